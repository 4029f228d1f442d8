//! The WARC reader over `tests/warc/sample.warc.gz` (made by `tests/warc/make_fixture.py` from `tests/html`).
#![cfg(feature = "warc")]

use copydesk::warc::{WarcError, WarcResponses};
use copydesk::{Error, Pipeline};
use std::path::Path;

const SAMPLE: &str = "tests/warc/sample.warc.gz";

fn fixture_body(name: &str) -> String {
    let html = std::fs::read(Path::new("tests/html").join(name).join("input.html")).unwrap();
    Pipeline::default()
        .clean_bytes(&html, Some("text/html"))
        .unwrap()
        .body_text()
}

#[test]
fn articles_come_out_with_urls_and_bad_records_do_not_stop_reading() {
    let pipeline = Pipeline::default();
    let mut articles = pipeline.clean_warc(SAMPLE).unwrap();
    let results: Vec<_> = articles.by_ref().collect();
    let urls: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(a) => a.url.clone().unwrap(),
            Err(WarcError::Clean { url, .. }) => format!("clean error {url}"),
            Err(WarcError::Record { record, .. }) => format!("record error {record}"),
            Err(e) => panic!("{e}"),
        })
        .collect();
    assert_eq!(
        urls,
        [
            "https://example.com/chrome",
            "https://example.org/cafe",
            "record error 6",
            "https://example.com/table",
            "clean error https://example.com/empty",
            "https://example.com/split",
        ]
    );
    let stats = articles.stats();
    assert_eq!(stats.records, 11);
    assert_eq!(stats.responses, 5);
    assert_eq!(stats.non_html, 1);
    assert_eq!(stats.not_ok, 1);
    assert_eq!(stats.errors, 2);
    assert!(matches!(
        results[4],
        Err(WarcError::Clean {
            error: Error::EmptyInput | Error::NoArticle { .. },
            ..
        })
    ));
}

#[test]
fn bodies_match_cleaning_the_pages_directly() {
    let pipeline = Pipeline::default();
    let articles: Vec<_> = pipeline
        .clean_warc(SAMPLE)
        .unwrap()
        .filter_map(Result::ok)
        .collect();
    assert_eq!(articles[0].body_text(), fixture_body("article-with-chrome"));
    assert_eq!(articles[2].body_text(), fixture_body("data-table"));
    assert_eq!(articles[3].body_text(), fixture_body("split-body"));
}

#[test]
fn the_http_charset_decodes_the_page() {
    let pipeline = Pipeline::default();
    let cafe = pipeline
        .clean_warc(SAMPLE)
        .unwrap()
        .filter_map(Result::ok)
        .find(|a| a.url.as_deref() == Some("https://example.org/cafe"))
        .unwrap();
    assert_eq!(cafe.title.as_deref(), Some("Café terraces reopen"));
    assert!(cafe.body_text().starts_with("Café owners in the old town"));
    assert!(!cafe.body_text().contains('\u{fffd}'));
    assert!(!cafe.body_text().contains("Home"));
}

#[test]
fn a_plain_archive_reads_as_the_gzip_one() {
    let mut plain = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::MultiGzDecoder::new(std::fs::File::open(SAMPLE).unwrap()),
        &mut plain,
    )
    .unwrap();
    assert!(plain.starts_with(b"WARC/1"));
    let urls = |responses: WarcResponses| -> Vec<String> {
        responses.filter_map(Result::ok).map(|r| r.url).collect()
    };
    let from_plain = urls(WarcResponses::from_reader(std::io::Cursor::new(plain)).unwrap());
    assert_eq!(from_plain, urls(WarcResponses::open(SAMPLE).unwrap()));
    assert_eq!(from_plain.len(), 5);
}

#[test]
fn a_truncated_archive_reports_one_error_and_ends() {
    let bytes = std::fs::read(SAMPLE).unwrap();
    let cut = bytes[..bytes.len() - 100].to_vec();
    let results: Vec<_> = WarcResponses::from_reader(std::io::Cursor::new(cut))
        .unwrap()
        .collect();
    assert!(results.last().unwrap().is_err());
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 4);
}
