//! Articles read from HTML pages (issue 20, session 21): what the rules of this session take out of
//! an article and the body text they keep. Made-up pages only.

mod common;

use common::STORY;
use copydesk::Pipeline;

/// A page declared a blog post (JSON-LD), holding `story` and then `after` in its article (a site builder's post, where the
/// story and what follows it share one container).
fn blog_post(story: &str, after: &str) -> String {
    format!(
        r##"<html><head><title>The bridge budget passes</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BlogPosting",
"headline": "The bridge budget passes", "datePublished": "2025-03-04"}}</script>
</head><body><main><article><h1>The bridge budget passes</h1>{story}
{after}</article></main></body></html>"##
    )
}

/// A card of a grid: a heading link to another story with a line of its excerpt, as `href`.
fn card(href: &str, headline: &str, excerpt: &str) -> String {
    format!(
        r#"<div class="tile"><a href="{href}"><img src="/a.jpg" alt=""></a>
<h3 class="tile-title"><a href="{href}">{headline}</a></h3>
<div class="tile-text">{excerpt}</div><div class="tile-date">Feb 19, 2025</div></div>"#
    )
}

/// A grid of three cards whose links go to `hrefs`.
fn grid(hrefs: [&str; 3]) -> String {
    let cards = [
        card(
            hrefs[0],
            "Ferry timetable changes for the winter season",
            "The ferry will run every forty minutes from November, and the last crossing of the day \
             leaves an hour earlier than it did in the summer, the operator said on Friday.",
        ),
        card(
            hrefs[1],
            "New cycle lanes open along the river road",
            "Two kilometres of protected lanes now link the market square with the rowing club, and \
             the council plans a third stretch along the old towpath next year.",
        ),
        card(
            hrefs[2],
            "Library extension wins a regional design prize",
            "The jury praised the reading room's tall windows and the quiet garden laid out behind \
             it, which the architects planted with trees from the old square.",
        ),
    ];
    format!(r#"<section class="more">{}</section>"#, cards.concat())
}

/// Whether a removal is the grid rule's.
fn is_grid_removal(r: &copydesk::Removal) -> bool {
    r.stage == "related-link" && r.reason.to_string() == "a grid of teasers for other stories"
}

fn clean(page: &str) -> copydesk::Article {
    Pipeline::default().clean_html(page).unwrap()
}

#[test]
fn a_grid_of_teasers_under_a_blog_posts_body_goes() {
    let page = blog_post(STORY, &grid(["/ferry", "/cycle-lanes", "/library-prize"]));
    let article = clean(&page);
    let body = article.text();
    assert!(!body.contains("Ferry timetable changes"), "{body}");
    assert!(!body.contains("protected lanes now link"), "{body}");
    assert!(body.contains("The council approved the budget"), "{body}");
    assert!(body.contains("the steel for the main span"), "{body}");
    assert!(
        article
            .removals
            .iter()
            .any(|r| is_grid_removal(r) && r.text.contains("New cycle lanes open")),
        "{:?}",
        article.removals
    );
}

#[test]
fn questions_that_open_on_the_same_page_are_no_grid_of_teasers() {
    // An FAQ laid out like cards: its questions link to their own answers on the page.
    let page = blog_post(
        STORY,
        &grid(["#ferry", "#cycle-lanes", "javascript:void(0)"]),
    );
    let body = clean(&page).text();
    assert!(body.contains("Ferry timetable changes"), "{body}");
    assert!(body.contains("The council approved the budget"), "{body}");
}

#[test]
fn a_grid_beside_a_short_introduction_is_the_page() {
    // A blog's index declared a post: a sentence of introduction and its cards, which are the content.
    let intro = "<p>Stories from the river towns, chosen by the editors every week.</p>";
    let page = blog_post(intro, &grid(["/ferry", "/cycle-lanes", "/library-prize"]));
    let article = clean(&page);
    assert!(
        !article.removals.iter().any(is_grid_removal),
        "{:?}",
        article.removals
    );
    assert!(article.text().contains("Stories from the river towns"));
}

#[test]
fn a_grid_under_a_page_that_declares_nothing_stays() {
    // Undeclared listings and landing pages lay their items out as such cards.
    let page = blog_post(STORY, &grid(["/ferry", "/cycle-lanes", "/library-prize"]))
        .replace(r#""@type": "BlogPosting","#, r#""@type": "Thing","#);
    let body = clean(&page).text();
    assert!(body.contains("The council approved the budget"), "{body}");
    assert!(body.contains("Library extension wins"), "{body}");
}

/// A page whose article sits in a layout wrapper named for the sidebar beside it, under a long menu
/// (more text than the wrapper, none of it in paragraphs), with teasers for other pages under it
/// (enough text for an article, so that the rules are not relaxed when the wrapper goes).
fn page_in_a_sidebar_layout(rail: &str) -> String {
    let menu: String = (1..=60)
        .map(|k| format!("<li><a href=\"/topic/{k}\">Guidance topic number {k}</a></li>"))
        .collect();
    format!(
        r##"<html><head><title>The bridge budget passes</title></head><body>
<nav><ul>{menu}</ul></nav>
<div class="c-layout-sidebar-left"><div class="c-layout-side">{rail}</div>
<div class="c-layout-main"><h1>The bridge budget passes</h1>{STORY}</div></div>
<div class="more"><h2>Also see</h2>{TEASERS}</div>
<footer><p>Contact us</p></footer></body></html>"##
    )
}

/// Three teasers for other pages, with a paragraph each.
const TEASERS: &str = r#"
<div class="teaser"><h3>Shopping and paying safely</h3><p>Tips that help you buy from shops you have not
used before, pay with cards that protect you, and spot the signs of a website that is not what it says.</p></div>
<div class="teaser"><h3>Passwords that keep you safe</h3><p>How a password manager remembers a long and
different password for every account, so that a leak at one shop does not open all your other accounts.</p></div>
<div class="teaser"><h3>Bargain hunters warned of scams</h3><p>The yearly campaign asks shoppers to take a
moment before they click on a deal that looks too good, and to report messages that ask for bank details.</p></div>
"#;

#[test]
fn an_article_in_a_layout_named_for_its_sidebar_stays() {
    let rail = r#"<ul><li><a href="/a">Step one</a></li><li><a href="/b">Step two</a></li></ul>"#;
    let article = clean(&page_in_a_sidebar_layout(rail));
    let body = article.text();
    assert!(body.contains("The council approved the budget"), "{body}");
    assert!(body.contains("the steel for the main span"), "{body}");
    assert!(!body.contains("Guidance topic number 7"), "{body}");
}

#[test]
fn a_sidebar_beside_the_article_still_goes() {
    let rail =
        r#"<div class="sidebar-box"><p>Sign up to our weekly letter of council news.</p></div>"#;
    let body = clean(&page_in_a_sidebar_layout(rail)).text();
    assert!(body.contains("The council approved the budget"), "{body}");
    assert!(!body.contains("weekly letter of council news"), "{body}");
}
