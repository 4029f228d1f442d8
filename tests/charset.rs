//! Charset fixtures: pages in legacy encodings, declared by meta, by Content-Type, or not at all, each
//! decoding to its UTF-8 reference. The fixtures are written by `tests/charset/make_fixtures.py`.

mod common;

use copydesk::input::{decode, looks_like_html, CharsetSource};
use std::path::Path;

fn source_name(source: CharsetSource) -> String {
    format!("{source:?}")
}

#[test]
fn every_fixture_decodes_to_its_reference() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/charset");
    let cases = std::fs::read_to_string(dir.join("cases.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, content_type, encoding, source] = fields[..] else {
            panic!("bad line in cases.tsv: {line}");
        };
        count += 1;
        let bytes = std::fs::read(dir.join(file)).unwrap();
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "{file} should not be valid UTF-8"
        );
        let reference =
            std::fs::read_to_string(dir.join(file.replace(".html", ".utf8.html"))).unwrap();
        let content_type = (content_type != "-").then_some(content_type);
        let decoded = decode(&bytes, content_type).unwrap();
        let got = (
            decoded.encoding,
            source_name(decoded.source),
            decoded.had_errors,
        );
        let encoding_ok = encoding.split('|').any(|name| name == got.0);
        if !encoding_ok || got.1 != source || got.2 || decoded.text != reference {
            failures.push(format!(
                "{file}: got {got:?}, expected ({encoding}, {source}); text equal: {}",
                decoded.text == reference
            ));
        }
        assert!(looks_like_html(&decoded.text), "{file}");
    }
    assert!(count >= 20, "only {count} cases read");
    assert!(
        failures.is_empty(),
        "{} of {count} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_content_type_charset_wins_over_the_page() {
    // The server's word wins over the page's, as in browsers: EUC-JP bytes read as EUC-KR come out
    // different from the reference (this keeps the fixtures honest about which declaration was used).
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/charset");
    let bytes = std::fs::read(dir.join("ja-euc-jp-meta.html")).unwrap();
    let reference = std::fs::read_to_string(dir.join("ja-euc-jp-meta.utf8.html")).unwrap();
    let decoded = decode(&bytes, Some("text/html; charset=euc-kr")).unwrap();
    assert_eq!(decoded.encoding, "EUC-KR");
    assert_ne!(decoded.text, reference);
}

/// Pages of the development corpora with malformed bytes when this was pinned: two pages whose UTF-8
/// holds stray Latin-1 bytes (browsers show the same replacement characters).
const MAX_PAGES_WITH_REPLACEMENTS: usize = 2;

#[test]
fn corpus_pages_decode_and_sniff_as_html_and_page_text_as_text() {
    let Some(corpus) = common::corpus("") else {
        return;
    };
    let mut pages: Vec<std::path::PathBuf> = Vec::new();
    for entry in std::fs::read_dir(corpus.join("multilingual-dev/pages")).unwrap() {
        pages.push(entry.unwrap().path());
    }
    for entry in std::fs::read_dir(corpus.join("readability-pages")).unwrap() {
        pages.push(entry.unwrap().path().join("source.html"));
    }
    let (mut with_replacements, mut not_html) = (Vec::new(), Vec::new());
    for page in pages.iter().filter(|p| p.is_file()) {
        let decoded = decode(&std::fs::read(page).unwrap(), None).unwrap();
        if decoded.had_errors {
            with_replacements.push(page.display().to_string());
        }
        if !looks_like_html(&decoded.text) {
            not_html.push(page.display().to_string());
        }
    }
    assert!(pages.len() > 600, "only {} pages found", pages.len());
    assert!(
        not_html.is_empty(),
        "pages not sniffed as HTML: {not_html:?}"
    );
    assert!(
        with_replacements.len() <= MAX_PAGES_WITH_REPLACEMENTS,
        "pages with malformed bytes: {with_replacements:?}"
    );
    let mut texts_as_html = Vec::new();
    for entry in std::fs::read_dir(corpus.join("readability-pages-text")).unwrap() {
        let path = entry.unwrap().path();
        let decoded = decode(&std::fs::read(&path).unwrap(), None).unwrap();
        if looks_like_html(&decoded.text) {
            texts_as_html.push(path.display().to_string());
        }
    }
    assert!(
        texts_as_html.is_empty(),
        "page texts sniffed as HTML: {texts_as_html:?}"
    );
}
