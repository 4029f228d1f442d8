//! Articles read from HTML pages (issue 20, session 20): what the rules of this session take out of
//! an article and the body text they keep. Made-up pages only.

use copydesk::Pipeline;

/// An article whose page describes its author in JSON-LD (as SEO plugins print a `Person` with
/// every post) and prints the same description in a box under the article.
fn page_with_author_box(description: &str, box_text: &str) -> String {
    format!(
        r##"<html><head><title>The bridge budget passes</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": [
  {{"@type": "Article", "headline": "The bridge budget passes", "author": {{"@id": "#jane"}}}},
  {{"@type": "Person", "@id": "#jane", "name": "Jane Doe", "description": "{description}"}}]}}</script>
<meta name="author" content="Jane Doe"></head><body><article>
<h1>The bridge budget passes</h1>
<p>The council approved the budget for the new bridge on Monday after a long debate about its cost,
which has grown by a third since the first plans were drawn up two years ago.</p>
<p>Work on the bridge starts in the spring, and the council expects it to open to traffic within two
years, provided the river stays low enough for the piers to be set in the summer months.</p>
<p>Several members asked for the tolls to be dropped once the loans are repaid, and the mayor
promised a vote on that question before the end of the year, after the accounts are audited.</p>
<div class="writer"><p>Jane Doe</p><p>{box_text}</p></div>
</article></body></html>"##
    )
}

const BIO: &str = "Jane Doe is a freelance writer living in Denver who has covered city politics \
    for ten years and writes about public money.";

#[test]
fn the_bylines_biography_that_the_pages_data_describes_goes_with_its_name_line() {
    let page = page_with_author_box(BIO, BIO);
    let article = Pipeline::default().clean_html(&page).unwrap();
    let body = article.text();
    assert!(!body.contains("freelance writer"), "{body}");
    assert!(
        body.contains("Several members asked for the tolls"),
        "{body}"
    );
    assert!(body.contains("The council approved the budget"), "{body}");
    let stages: Vec<&str> = article
        .removals
        .iter()
        .filter(|r| r.text.contains("Jane Doe"))
        .map(|r| r.stage)
        .collect();
    assert!(
        stages.contains(&"author-description"),
        "{:?}",
        article.removals
    );
}

#[test]
fn a_note_on_the_author_that_the_pages_data_does_not_give_is_no_data_match() {
    // The page's data describes the author otherwise: the data rule leaves the note at the foot.
    // Since session 23 (issue 19) the note goes as an author's box without a label (its name line,
    // then a biography opening with the name, and nothing of the article after it): on the dev
    // sets' references such a box at the foot is cruft on every page where it changed the output.
    let page = page_with_author_box(
        "Editor of the city desk.",
        "Jane Doe is a freelance writer living in Denver who has covered city politics for ten years.",
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert!(article
        .removals
        .iter()
        .all(|r| r.stage != "author-description"));
    assert!(article
        .removals
        .iter()
        .any(|r| r.stage == "author-bio" && r.text.contains("freelance writer living in Denver")));
    // Followed by the article's prose, the same name and note are the article's own and stay.
    let page = page.replace(
        "</div>\n</article>",
        "</div>\n<p>The bridge itself will carry two lanes of traffic and a path for bicycles and \
         walkers, the plans show, with a view of the old town from its middle span.</p></article>",
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert!(article.text().contains("freelance writer living in Denver"));
}

#[test]
fn the_bylines_biography_in_a_box_named_as_the_authors_goes_with_its_label() {
    // No JSON-LD: the page names the box as a contributor's (a box named `author` is furniture
    // already, pruned whole by the DOM stage).
    let page = page_with_author_box("", "")
        .replace("<div class=\"writer\"><p>Jane Doe</p><p></p></div>", "")
        .replace(
            "</article>",
            &format!(
                "<div class=\"profile-card\"><h3>About the author</h3><p>Jane Doe</p>\
                 <div class=\"contributor-text\"><p>{BIO}</p></div></div></article>"
            ),
        );
    let article = Pipeline::default().clean_html(&page).unwrap();
    let body = article.text();
    assert!(!body.contains("freelance writer"), "{body}");
    assert!(!body.contains("About the author"), "{body}");
    assert!(
        body.contains("Several members asked for the tolls"),
        "{body}"
    );
    assert!(
        article
            .removals
            .iter()
            .any(|r| r.stage == "author-description" && r.text.contains("freelance writer")),
        "{:?}",
        article.removals
    );
}

#[test]
fn a_biography_in_a_box_named_otherwise_stays() {
    let page = page_with_author_box("", "").replace(
        "<div class=\"writer\"><p>Jane Doe</p><p></p></div>",
        &format!("<div class=\"closing-note\"><p>{BIO}</p></div>"),
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    assert!(article.text().contains("freelance writer living in Denver"));
}

#[test]
fn a_biography_of_several_paragraphs_in_a_microdata_author_box_goes_whole() {
    // WordPress's author box plugins: the box holds the author in microdata.
    let second =
        "She holds a degree in economics from the state university and serves on the board \
        of the city's library.";
    let page = page_with_author_box("", "").replace(
        "<div class=\"writer\"><p>Jane Doe</p><p></p></div>",
        &format!(
            "<div class=\"sab-wrap\" itemprop=\"author\" itemscope>\
             <div class=\"sab-name\"><span>Jane Doe</span></div>\
             <div class=\"sab-desc\"><div><p>{BIO}</p><p>{second}</p></div></div></div>"
        ),
    );
    let article = Pipeline::default().clean_html(&page).unwrap();
    let body = article.text();
    assert!(!body.contains("freelance writer"), "{body}");
    assert!(!body.contains("degree in economics"), "{body}");
    assert!(
        body.contains("Several members asked for the tolls"),
        "{body}"
    );
    let taken = article
        .removals
        .iter()
        .filter(|r| r.stage == "author-description")
        .count();
    assert_eq!(taken, 3, "{:?}", article.removals);
}
