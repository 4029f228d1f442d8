//! Articles read from HTML pages (issue 20, session 22): what the rules of this session take out of
//! an article and the body text they keep. Made-up pages only.

mod common;

use common::STORY;
use copydesk::Pipeline;

/// The closing paragraph of a story, set after a grid when the grid sits in the body's middle: more
/// prose than a grid that closes the body may have after it (200 characters), without counting the
/// page's indentation.
const MORE_STORY: &str = r#"
<p>The council will publish the final costs of the bridge every quarter on its website, together with
the minutes of the committee that oversees the work, and residents may ask questions at each meeting
of the committee.</p>
"#;

/// A page that declares no type, names its author (`<meta name="author">`) and holds `story`, then
/// `after`, in one container: a shop's or a site builder's blog post.
fn undeclared_post(head: &str, story: &str, after: &str) -> String {
    format!(
        r##"<html><head><title>The bridge budget passes</title>{head}</head><body><main>
<h1>The bridge budget passes</h1>{story}
{after}</main><footer><p>Contact us</p></footer></body></html>"##
    )
}

/// The author's line in a page's head.
const AUTHOR: &str = r#"<meta name="author" content="Jane Rivers">"#;

/// The same page declared a blog post (JSON-LD).
const BLOG_POSTING: &str = r#"<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "BlogPosting", "headline": "The bridge budget passes", "datePublished": "2025-03-04"}</script>"#;

/// Headlines and excerpts of made-up teasers for other stories.
const TEASERS: [(&str, &str); 6] = [
    (
        "Ferry timetable changes for the winter season",
        "The ferry will run every forty minutes from November, and the last crossing of the day leaves \
         an hour earlier than it did in the summer, the operator said on Friday after a long meeting.",
    ),
    (
        "New cycle lanes open along the river road",
        "Two kilometres of protected lanes now link the market square with the rowing club, and the \
         council plans a third stretch along the old towpath next year if the grant is renewed.",
    ),
    (
        "Library extension wins a regional design prize",
        "The jury praised the reading room's tall windows and the quiet garden laid out behind it, which \
         the architects planted with trees taken from the old square before it was paved over.",
    ),
    (
        "Market hall reopens after a year of repairs",
        "Traders moved back into the hall on Saturday, a year after the roof was found to leak, and the \
         stalls on the north side are now let to bakers and cheesemakers from the valley farms.",
    ),
    (
        "School buses to stop at the new estate",
        "From September the two morning buses will call at the estate on the hill, which the families \
         who moved there last year have asked for since the first houses were finished in spring.",
    ),
    (
        "Rowing club celebrates its hundredth regatta",
        "Crews from eleven towns raced on the river on Sunday, and the club's oldest member, who first \
         rowed here in 1961, started the final race from the landing stage with the old brass bell.",
    ),
];

/// A carousel of the first `n` teaser cards, each a heading link to another story with its excerpt
/// and date.
fn carousel(n: usize) -> String {
    let cards: String = TEASERS
        .iter()
        .take(n)
        .enumerate()
        .map(|(k, (headline, excerpt))| {
            format!(
                r#"<div class="slide"><div class="item"><a href="/blog/story-{k}"><img src="/a.jpg" alt=""></a>
<h3 class="item-title"><a href="/blog/story-{k}">{headline}</a></h3>
<div class="item-excerpt">{excerpt}</div><div class="item-date">Feb 19, 2025</div></div></div>"#
            )
        })
        .collect();
    format!(
        r#"<section class="blog-carousel"><h2>Blog</h2><div class="slides">{cards}</div></section>"#
    )
}

/// Whether a removal is the grid rule's.
fn is_grid_removal(r: &copydesk::Removal) -> bool {
    r.stage == "related-link" && r.reason.to_string() == "a grid of teasers for other stories"
}

fn clean(page: &str) -> copydesk::Article {
    Pipeline::default().clean_html(page).unwrap()
}

#[test]
fn a_carousel_closing_an_undeclared_post_with_a_byline_goes() {
    let article = clean(&undeclared_post(AUTHOR, STORY, &carousel(3)));
    let body = article.text();
    assert!(!body.contains("Ferry timetable changes"), "{body}");
    assert!(!body.contains("protected lanes now link"), "{body}");
    assert!(body.contains("The council approved the budget"), "{body}");
    assert!(
        body.contains("bus passes will be valid on the ferry"),
        "{body}"
    );
    assert!(
        article
            .removals
            .iter()
            .any(|r| is_grid_removal(r) && r.text.contains("Library extension wins")),
        "{:?}",
        article.removals
    );
}

#[test]
fn a_grid_inside_an_undeclared_post_stays() {
    // The story goes on after the cards: they may be the page's items.
    let story = format!("{STORY}{}{MORE_STORY}", carousel(3));
    let article = clean(&undeclared_post(AUTHOR, &story, ""));
    let body = article.text();
    assert!(body.contains("Ferry timetable changes"), "{body}");
    assert!(body.contains("publish the final costs"), "{body}");
    assert!(!article.removals.iter().any(is_grid_removal));
}

#[test]
fn a_closing_grid_on_an_undeclared_page_without_a_byline_stays() {
    // A landing page's or a home page's "latest posts" close it, and name no author.
    let article = clean(&undeclared_post("", STORY, &carousel(3)));
    let body = article.text();
    assert!(body.contains("Ferry timetable changes"), "{body}");
    assert!(body.contains("The council approved the budget"), "{body}");
    assert!(!article.removals.iter().any(is_grid_removal));
}

#[test]
fn a_long_carousel_closing_a_declared_post_goes() {
    // Six cards: more than half the story's text, less than all of it.
    let head = format!("{AUTHOR}{BLOG_POSTING}");
    let article = clean(&undeclared_post(&head, STORY, &carousel(6)));
    let body = article.text();
    assert!(!body.contains("Rowing club celebrates"), "{body}");
    assert!(!body.contains("Market hall reopens"), "{body}");
    assert!(body.contains("The council approved the budget"), "{body}");
    assert!(body.contains("the steel for the main span"), "{body}");
}

#[test]
fn a_long_grid_inside_a_declared_post_stays() {
    // Six cards with the story going on after them: the grid is not closing it, and is over half
    // the body's text.
    let head = format!("{AUTHOR}{BLOG_POSTING}");
    let story = format!("{STORY}{}{MORE_STORY}", carousel(6));
    let body = clean(&undeclared_post(&head, &story, "")).text();
    assert!(body.contains("Rowing club celebrates"), "{body}");
    assert!(body.contains("publish the final costs"), "{body}");
}

/// A page declared a blog post (JSON-LD) whose article holds `story`, a box that `box_names` name,
/// holding an offer, and the story's last paragraph.
fn post_with_box(head: &str, box_names: &str) -> String {
    let offer = r#"<h3>Thinking of selling your shop?</h3><p>Get a free valuation of your business from
our brokers within two days, and a plan for the sale that fits the years ahead of you.</p>
<p><a href="/valuation">Get my free valuation</a></p>"#;
    format!(
        r##"<html><head><title>The bridge budget passes</title>{head}</head><body><main><article>
<h1>The bridge budget passes</h1>{STORY}<div {box_names}>{offer}</div>{MORE_STORY}</article></main>
<footer><p>Contact us</p></footer></body></html>"##
    )
}

#[test]
fn a_box_named_for_a_call_to_action_in_an_article_goes() {
    for names in [
        r#"class="cta-text""#,
        r#"class="post-cta inner""#,
        r#"class="box" id="mini-cta""#,
    ] {
        let article = clean(&post_with_box(BLOG_POSTING, names));
        let body = article.text();
        assert!(
            !body.contains("free valuation of your business"),
            "{names}: {body}"
        );
        assert!(body.contains("The council approved the budget"), "{body}");
        assert!(body.contains("publish the final costs"), "{body}");
        assert!(
            article
                .removals
                .iter()
                .any(|r| r.stage == "boilerplate-container"
                    && r.reason.to_string() == "a call to action's box"
                    && r.text.contains("Thinking of selling")),
            "{names}: {:?}",
            article.removals
        );
    }
}

#[test]
fn a_box_whose_name_only_holds_the_letters_stays() {
    // `octave` and `ctabar` hold "cta" but not as a token of their own.
    for names in [r#"class="octave""#, r#"class="ctabar""#] {
        let body = clean(&post_with_box(BLOG_POSTING, names)).text();
        assert!(
            body.contains("free valuation of your business"),
            "{names}: {body}"
        );
    }
}

#[test]
fn a_call_to_action_on_a_page_that_declares_no_article_stays() {
    // A landing page's offer is its content; an undeclared page may be one.
    let body = clean(&post_with_box(AUTHOR, r#"class="cta-text""#)).text();
    assert!(body.contains("free valuation of your business"), "{body}");
    assert!(body.contains("The council approved the budget"), "{body}");
}
