//! Charset fixtures: pages in legacy encodings, declared by meta, by Content-Type, or not at all, each
//! decoding to its UTF-8 reference. The fixtures are written by `tests/charset/make_fixtures.py`.

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
