//! Pages too dense for a tree (tiny elements by the hundred thousand) are read without one: the
//! article says so, every visible character is accounted for exactly once, the output is NFC and
//! cleans the same again, and nothing panics on the same pages mutated.

mod common;

use common::{Rng, DENSE_SHAPES as SHAPES};
use copydesk::{Error, Pipeline};

/// About `bytes` of `unit` repeated inside a page's body.
fn page(unit: &str, bytes: usize) -> String {
    format!(
        "<html><head><title>Dense  page</title><style>p {{ color: red }}</style></head><body>{}</body></html>",
        unit.repeat(bytes / unit.len())
    )
}

fn is_dense(article: &copydesk::Article) -> bool {
    common::read_as_dense(article)
}

#[test]
fn a_page_of_tiny_elements_is_read_without_a_tree_and_says_so() {
    let html = page("<div>a</div>", 4 << 20);
    let article = Pipeline::default().clean_html(&html).expect("an article");
    let reading = article.input.clone().expect("a reading");
    assert_eq!(reading.decided_by, "dense-markup");
    assert!(
        reading
            .evidence
            .starts_with("dense markup read without a tree"),
        "{}",
        reading.evidence
    );
    assert_eq!(article.title.as_deref(), Some("Dense page"));
    // The style sheet is not text; the tiny elements' text is in lines, not one block each.
    let text = article.text();
    assert!(!text.contains("color"));
    assert!(
        article.blocks.len() < html.len() / 12 / 10,
        "{}",
        article.blocks.len()
    );
    assert!(article.blocks.iter().all(|b| b.span.is_none()));
}

#[test]
fn an_ordinary_page_keeps_its_tree() {
    let html = page("<p>The council met on Monday to discuss the bridge, which has been closed for repairs since May.</p>", 1 << 20);
    let article = Pipeline::default().clean_html(&html).expect("an article");
    assert!(!is_dense(&article));
    // A small page of tiny elements fits its budget: still read with a tree.
    let small = page("<div>a</div>", 64 << 10);
    if let Ok(article) = Pipeline::default().clean_html(&small) {
        assert!(!is_dense(&article));
    }
}

#[test]
fn hidden_text_of_a_dense_page_stays_out_and_visible_text_is_all_there() {
    let body = "<div>alpha</div><script>var x = '<div>never</div>';</script>\
                <template><p>unseen</p></template><noscript>off</noscript>\
                <p>beta &amp; gamma</p><svg><style>css</style><text>fill</text></svg>\
                <textarea>shown <b></textarea><ruby>kan<rp>(<rt>ji</ruby>\
                <div><video>fallback</div>after video<p hidden>concealed</p>";
    let html = page(body, 3 << 20);
    let article = Pipeline::default().clean_html(&html).expect("an article");
    assert!(is_dense(&article));
    let all: String = article
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .chain(article.removals.iter().map(|r| r.text.as_str()))
        .collect();
    for hidden in ["never", "unseen", "off", "var", "css", "(", "fallback"] {
        assert!(!all.contains(hidden), "{hidden}");
    }
    // An element never shown ends where the parser ends it: the text after it is there.
    for shown in [
        "alpha",
        "beta & gamma",
        "fill",
        "shown <b>",
        "kan",
        "ji",
        "after video",
    ] {
        assert!(all.contains(shown), "{shown}");
    }
    assert!(article
        .removals
        .iter()
        .any(|r| r.stage == "hidden" && r.text.contains("concealed")));
    check(&Pipeline::default(), &html, &article);
}

/// Conservation, NFC and a second cleaning that changes nothing, on every shape.
#[test]
fn dense_pages_lose_nothing_and_clean_the_same_again() {
    let pipeline = Pipeline::default();
    for unit in SHAPES {
        let html = page(unit, 3 << 20);
        let article = pipeline.clean_html(&html).expect("an article");
        assert!(is_dense(&article), "{unit}");
        check(&pipeline, &html, &article);
    }
}

fn check(pipeline: &Pipeline, html: &str, article: &copydesk::Article) {
    let missing = common::unaccounted_html(&common::visible_text(html), article);
    if !missing.is_empty() {
        let dump = std::env::temp_dir().join("copydesk-dense-failure.html");
        let _ = std::fs::write(&dump, html);
        panic!("{missing:?} (page saved to {})", dump.display());
    }
    assert_eq!(common::output_problem(article), None);
    assert_eq!(common::second_clean_problem(article), None);
    let _ = pipeline;
}

/// A block the reader starts with a stray control character and whose ellipsis was mis-decoded reads
/// as an indented line before normalizing and as prose after: it comes out flush, and the same again.
#[test]
fn a_block_that_reads_as_prose_once_normalized_cleans_the_same_again() {
    let pipeline = Pipeline::default();
    let html = format!(
        "{}<p>\u{1a}<p>The reading room will open later on Sunday mornings from Aprilâ€¦</p>",
        page("<i></i>", 300_000)
    );
    let article = pipeline.clean_html(&html).expect("an article");
    assert!(is_dense(&article));
    assert!(
        article
            .text()
            .contains("\nThe reading room will open later on Sunday mornings from April…\n"),
        "{:?}",
        article.text()
    );
    assert_eq!(common::second_clean_problem(&article), None);
}

/// The dense shapes mutated (tags cut, bytes flipped, hidden elements left open): never a panic,
/// nothing visible lost, output NFC.
#[test]
fn mutated_dense_pages_never_panic_or_lose_text() {
    let pipeline = Pipeline::default();
    let mut rng = Rng(0x5EED_D15E);
    for _ in 0..12 {
        let unit = SHAPES[rng.below(SHAPES.len())];
        let mut bytes = page(unit, 3 << 20).into_bytes();
        for _ in 0..1 + rng.below(6) {
            let i = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[i] ^= 1 << rng.below(7),
                1 => bytes
                    .splice(i..i, b"<template>".iter().copied())
                    .for_each(drop),
                2 => bytes
                    .splice(i..i, b"<script>x<".iter().copied())
                    .for_each(drop),
                _ => bytes
                    .splice(i..i, "\u{ad}\u{301}<b>&#0;".bytes())
                    .for_each(drop),
            }
        }
        let html = String::from_utf8_lossy(&bytes).into_owned();
        match pipeline.clean_html(&html) {
            Ok(article) => check(&pipeline, &html, &article),
            Err(Error::NoArticle { .. }) => {}
            Err(e) => panic!("unexpected error: {e}"),
        }
    }
}

#[test]
fn deep_nesting_and_stray_end_tags_in_a_dense_page_finish() {
    let html = format!(
        "{}{}",
        "<div>".repeat(600),
        "<i>x</i></b></span>".repeat(200_000)
    );
    let article = Pipeline::default().clean_html(&html).expect("an article");
    assert!(is_dense(&article));
    assert!(article.text().contains("xxxx"));
}
