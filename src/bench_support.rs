//! Hooks for the crate's benches and tests: stages run alone, internals read out. Not part of the API:
//! hidden from the docs, and free to change in any release.

use crate::extract::{extract, metadata, Options};
use scraper::Html;

/// The DOM stage alone, for the benches: parse, metadata and extraction of `html`, without the checks,
/// cleaners and normalizers that follow; the number of blocks found.
///
/// # Examples
///
/// ```
/// let page = "<body><p>It rained all day over the valley, and the river rose by a metre.</p></body>";
/// assert_eq!(copydesk::bench_support::dom_stage_for_benches(page), 1);
/// ```
pub fn dom_stage_for_benches(html: &str) -> usize {
    let options = Options {
        detect_language: true,
        ..Options::default()
    };
    extract(html, None, options).blocks.len()
}

/// The metadata of an HTML page as `(field, value)` pairs, for the crate's corpus tests; not part of
/// the API.
///
/// # Examples
///
/// ```
/// let page = "<html lang=en_GB><meta property=og:site_name content=Planet><title>Hi there - Planet</title></html>";
/// let fields = copydesk::bench_support::page_metadata_for_tests(page);
/// assert!(fields.contains(&("language", Some(("en-GB".to_string(), "html[lang]")))));
/// assert!(fields.contains(&("title", Some(("Hi there".to_string(), "<title>")))));
/// assert!(fields.contains(&("site", Some(("Planet".to_string(), "og:site_name")))));
/// ```
pub fn page_metadata_for_tests(html: &str) -> Vec<(&'static str, Option<(String, &'static str)>)> {
    let meta = metadata::read_metadata(&Html::parse_document(html), None);
    vec![
        ("title", meta.title),
        ("byline", meta.byline),
        ("date", meta.date),
        ("site", meta.site),
        ("language", meta.language),
        ("url", meta.url),
        ("canonical_url", meta.canonical_url),
        ("description", meta.description),
        (
            "json_ld_body",
            meta.json_ld_body.map(|b| (b, "json-ld:articleBody")),
        ),
    ]
}
