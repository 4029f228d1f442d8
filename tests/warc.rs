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

/// A plain WARC response record around an HTTP message, declaring `length` (the message's own when `None`).
fn record(url: &str, http: &str, length: Option<&str>) -> String {
    let length = length.map_or_else(|| http.len().to_string(), str::to_string);
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nContent-Length: {length}\r\n\r\n{http}\r\n\r\n"
    )
}

const PAGE: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>It rained all day over the valley, and the river rose by a metre overnight.</p>";

#[test]
fn a_huge_declared_length_is_an_error_not_a_panic() {
    let archive = record(
        "https://example.com/a",
        "HTTP/1.1 200 OK\r\n",
        Some("18446744073709551614"),
    );
    let results: Vec<_> = WarcResponses::from_reader(std::io::Cursor::new(archive))
        .unwrap()
        .collect();
    assert_eq!(results.len(), 1);
    assert!(matches!(
        results[0],
        Err(WarcError::Record { record: 0, .. })
    ));
}

#[test]
fn a_record_over_the_limit_is_skipped_unread_and_reading_goes_on() {
    let big = format!("{PAGE}{}", "<p>more</p>".repeat(1000));
    let archive = record("https://example.com/big", &big, None)
        + &record("https://example.com/ok", PAGE, None);
    let responses = WarcResponses::from_reader(std::io::Cursor::new(archive))
        .unwrap()
        .max_record_bytes(4096);
    let results: Vec<_> = responses.collect();
    assert!(
        matches!(&results[0], Err(WarcError::Record { message, .. }) if message.contains("limit"))
    );
    assert_eq!(results[1].as_ref().unwrap().url, "https://example.com/ok");
}

#[test]
fn random_bytes_are_not_an_archive() {
    let noise: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let err = WarcResponses::from_reader(std::io::Cursor::new(noise)).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
}

#[test]
fn a_malformed_header_is_an_error_for_that_record_only() {
    let archive = format!(
        "WARC/1.0\r\nthis line has no colon\r\n\r\n{PAGE}\r\n\r\n{}",
        record("https://example.com/ok", PAGE, None)
    );
    let results: Vec<_> = WarcResponses::from_reader(std::io::Cursor::new(archive))
        .unwrap()
        .collect();
    assert!(matches!(
        results[0],
        Err(WarcError::Record { record: 0, .. })
    ));
    assert_eq!(
        results.last().unwrap().as_ref().unwrap().url,
        "https://example.com/ok"
    );
}
