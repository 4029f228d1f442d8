//! A forum thread's post dates are part of its posts; an article's dateline is metadata. Made-up
//! pages.

use copydesk::{PageType, Pipeline};

const POSTS: [(&str, &str, &str); 4] = [
    (
        "slipcaster",
        "March 3, 2024",
        "After six test firings the satin glaze finally fits the new clay body, with no crazing after a week on the shelf.",
    ),
    (
        "kilnsitter",
        "March 4, 2024",
        "Did you change the silica in the glaze or the firing schedule? A slower cool fixed crazing on my stoneware mugs.",
    ),
    (
        "potterpal",
        "March 4, 2024, 9:15pm",
        "I fire to cone six in an electric kiln and had the same trouble; the fix was a slower cool through the quartz inversion.",
    ),
    (
        "glazegeek",
        "March 6, 2024",
        "Before changing recipes, test the fit with a boiling water and ice water cycle on a few tiles in an afternoon.",
    ),
];

fn thread_page() -> String {
    let posts: String = POSTS
        .iter()
        .map(|(who, when, text)| {
            format!(
                r#"<article class="post"><div class="author">{who}</div><div class="when">{when}</div><div class="content"><p>{text}</p></div></article>"#
            )
        })
        .collect();
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Glaze fit results</title>
<script type="application/ld+json">{{"@type": "DiscussionForumPosting", "headline": "Glaze fit results"}}</script></head>
<body><h1>Glaze fit results</h1><div class="thread">{posts}</div></body></html>"#
    )
}

#[test]
fn a_threads_post_dates_stay_and_stay_when_cleaned_again() {
    let article = Pipeline::default().clean_html(&thread_page()).unwrap();
    assert_eq!(article.page_type, PageType::Forum);
    let body = article.body_text();
    for (_, when, text) in POSTS {
        assert!(body.contains(when), "{when:?} missing from {body}");
        assert!(body.contains(text), "{text:?} missing from {body}");
    }
    // Read again as text, the thread keeps its dates.
    let again = Pipeline::default()
        .clean_text(&format!("Glaze fit results\n\n{body}"))
        .unwrap();
    for (_, when, _) in POSTS {
        assert!(again.body_text().contains(when), "{when:?} dropped as text");
    }
}

#[test]
fn an_articles_dateline_still_goes() {
    let page = r#"<!DOCTYPE html><html lang="en"><head><title>Council approves the budget</title></head>
<body><article><h1>Council approves the budget</h1><p>March 3, 2024</p><p>Updated March 4, 2024</p>
<p>The city council approved the new budget on Monday after a debate that lasted well into the night.</p>
<p>Opponents said the plan would raise taxes, while supporters argued it would fund schools and roads.</p>
<p>A second vote is due in spring, when the final figures are known to everyone in the chamber.</p>
</article></body></html>"#;
    let body = Pipeline::default().clean_html(page).unwrap().body_text();
    assert!(!body.contains("March 3, 2024"), "dateline kept in {body}");
    assert!(
        !body.contains("Updated March 4"),
        "update line kept in {body}"
    );
    assert!(body.contains("approved the new budget"));
}
