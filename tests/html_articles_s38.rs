//! Articles read from HTML (issue 20, session 38): a link drawn as a button and a teaser for another
//! page, inside a declared article, go; the story around them, a lead named a teaser, buttons in a
//! sentence or to the page's own sections, and a page made of teasers stay. Made-up pages only.

use copydesk::Pipeline;

const FIRST: &str = "The ferry to the outer islands ran on its winter timetable for the last time \
    on Sunday, and the harbour master said the new summer boat would dock at the north pier.";
const SECOND: &str = "Fishermen who moor along the north pier were asked to move their boats to \
    the old basin by the end of the month, where the council has laid new pontoons and lights.";
const THIRD: &str = "The crossing will take forty minutes instead of an hour, and the first \
    sailing of the day will leave at half past six so that island pupils reach school on time.";

/// A page holding `middle` between its second and third paragraphs, with `head` in its `<head>`.
fn page(head: &str, middle: &str) -> String {
    format!(
        r#"<html><head><title>Summer ferry docks at the north pier</title>{head}</head>
<body><article><h1>Summer ferry docks at the north pier</h1>
<p>{FIRST}</p>
<p>{SECOND}</p>
{middle}
<p>{THIRD}</p>
</article></body></html>"#
    )
}

/// The JSON-LD of a declared news article.
const NEWS: &str = r#"<script type="application/ld+json">{"@context": "https://schema.org",
 "@type": "NewsArticle", "headline": "Summer ferry docks at the north pier",
 "datePublished": "2025-03-04"}</script>"#;

/// A declared news article holding `middle` between its second and third paragraphs.
fn article(middle: &str) -> String {
    page(NEWS, middle)
}

/// The article's text, cleaned from `html`.
fn body_of(html: &str) -> String {
    Pipeline::default().clean_html(html).unwrap().text()
}

/// Asserts the three paragraphs of the story stand in `body`.
fn assert_story_stays(body: &str) {
    for paragraph in [FIRST, SECOND, THIRD] {
        assert!(body.contains(&paragraph[..60]), "{body}");
    }
}

#[test]
fn a_button_link_alone_in_its_line_goes_from_an_article() {
    for button in [
        r#"<p><a class="btn btn-primary" href="https://tickets.example/ferry">Book your crossing</a></p>"#,
        r#"<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/timetable">See the timetable</a></div></div>"#,
        r#"<div><a class="Button" href="/shop">Visit the harbour shop</a> &rarr;</div>"#,
    ] {
        let body = body_of(&article(button));
        for label in [
            "Book your crossing",
            "See the timetable",
            "Visit the harbour shop",
        ] {
            assert!(!body.contains(label), "{body}");
        }
        assert_story_stays(&body);
    }
}

#[test]
fn buttons_in_a_sentence_to_the_page_or_with_long_labels_stay() {
    let in_a_sentence = r#"<p>Timetables are posted at the pier and <a class="btn" href="/timetable">online</a> from March.</p>"#;
    let body = body_of(&article(in_a_sentence));
    assert!(body.contains("online from March"), "{body}");
    // A table of contents drawn as buttons links to the page's own sections.
    let contents = r##"<p><a class="button" href="#fares">Fares for island residents</a></p>"##;
    let body = body_of(&article(contents));
    assert!(body.contains("Fares for island residents"), "{body}");
    // A headline set in a button's style is a sentence, not a label.
    let headline = r#"<p><a class="btn" href="/2025/pier">How the north pier was rebuilt after the storms of the winter before last</a></p>"#;
    let body = body_of(&article(headline));
    assert!(body.contains("How the north pier was rebuilt"), "{body}");
}

#[test]
fn a_button_link_stays_on_a_page_that_declares_no_article() {
    let button = r#"<p><a class="btn btn-primary" href="https://tickets.example/ferry">Book your crossing</a></p>"#;
    let body = body_of(&page("", button));
    assert!(body.contains("Book your crossing"), "{body}");
}

/// A teaser for another story, as a news CMS sets it between a story's paragraphs: a headline, a
/// sentence and a short link (too few links for the link-list rules).
const TEASER: &str = r#"<div class="teaser-box"><h3>Lighthouse keepers return to the point</h3>
<p>Two families will live at the station again this year, the trust that runs it said. <a href="/2025/lighthouse-keepers">Read on</a></p></div>"#;

#[test]
fn a_teaser_for_another_story_goes_from_an_article() {
    let body = body_of(&article(TEASER));
    assert!(!body.contains("Lighthouse keepers return"), "{body}");
    assert!(!body.contains("Two families will live"), "{body}");
    assert_story_stays(&body);
}

#[test]
fn a_lead_named_a_teaser_stays() {
    // Many CMSs name the story's lead a teaser; it links nowhere.
    let lead = r#"<p class="article-teaser">The island's summer timetable starts in April, with four sailings a day.</p>"#;
    let body = body_of(&article(lead));
    assert!(body.contains("summer timetable starts in April"), "{body}");
    assert_story_stays(&body);
}

#[test]
fn a_page_made_of_teasers_keeps_them() {
    // A section page typed an article: its teasers (Drupal's teaser view mode) are its content.
    let cards: String = [
        ("north-pier", "North pier reopens", "Boats moor again at the north pier after the winter's repairs."),
        ("old-basin", "Pontoons for the old basin", "The council lays new moorings and lights in the old basin."),
        ("school-run", "Earlier ferry for pupils", "A crossing at half past six brings island pupils in on time."),
        ("lighthouse", "Keepers return to the point", "Two families move into the station again this year."),
        ("fares", "Fares frozen for residents", "Islanders pay last year's price for every crossing."),
        ("harbour-shop", "Harbour shop changes hands", "A fishing family takes over the shop by the slipway."),
    ]
    .iter()
    .map(|(slug, title, text)| {
        format!(
            r#"<div class="views-row"><div class="node--view-mode-teaser"><h3>{title}</h3><p>{text} <a href="/news/{slug}">Read on</a></p></div></div>"#
        )
    })
    .collect();
    let html = format!(
        r#"<html><head><title>Harbour news</title>{NEWS}</head><body><article><h1>Harbour news</h1>
<p>{FIRST}</p><p>{SECOND}</p>{cards}</article></body></html>"#
    );
    let body = body_of(&html);
    for title in ["North pier reopens", "Harbour shop changes hands"] {
        assert!(body.contains(title), "{body}");
    }
}
