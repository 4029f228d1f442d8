//! Golden tests: every case's cleaned text must equal its expected file to the byte.
//!
//! Cases: the user's seed articles in `tests/fixtures/NAME.input.txt` → `NAME.expected.txt` (never rewritten),
//! and our own cases in `tests/golden/CASE/{input.txt, expected.txt, removals.txt}`, with an optional
//! `input-kind.txt` (`article` or `page`) saying what the input holds, as a caller would; without it the
//! pipeline reads it from the text. Set `COPYDESK_BLESS=1`
//! to rewrite the expected files of our own cases; review the diff before committing it.

mod common;

use copydesk::{Article, InputKind, Pipeline};
use std::fs;
use std::path::{Path, PathBuf};

fn removals_listing(article: &Article) -> String {
    article
        .removals
        .iter()
        .map(|r| format!("{}\t{}\n", r.stage, r.text))
        .collect()
}

fn seed_cases() -> Vec<(String, PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases: Vec<_> = fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p
                .file_name()?
                .to_str()?
                .strip_suffix(".input.txt")?
                .to_string();
            let expected = dir.join(format!("{name}.expected.txt"));
            Some((name, p, expected))
        })
        .collect();
    cases.sort();
    cases
}

fn own_cases() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut cases: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("input.txt").is_file())
        .collect();
    cases.sort();
    cases
}

#[test]
fn seeds_come_out_exactly_as_expected() {
    let pipeline = Pipeline::default();
    let cases = seed_cases();
    assert_eq!(cases.len(), 5, "the five seed articles are shipped");
    let mut failures = Vec::new();
    for (name, input, expected) in cases {
        let input = fs::read_to_string(&input).unwrap();
        let expected = fs::read_to_string(&expected).unwrap();
        match pipeline.clean_text(&input) {
            Ok(article) if article.text() == expected => {}
            Ok(article) => failures.push(format!("{name}: got\n{}", article.text())),
            Err(e) => failures.push(format!("{name}: error {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} seed(s) differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn own_golden_cases_match() {
    let bless = std::env::var_os("COPYDESK_BLESS").is_some();
    // The listings credit every located-out block to the cleaner that would drop it, as `--explain` does
    // (by default only those near the article are).
    let mut failures = Vec::new();
    let cases = own_cases();
    assert!(!cases.is_empty(), "tests/golden holds cases");
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let kind = match fs::read_to_string(case.join("input-kind.txt")) {
            Ok(kind) => InputKind::from_name(kind.trim())
                .unwrap_or_else(|| panic!("{name}: input-kind.txt names no kind: {kind:?}")),
            Err(_) => InputKind::Auto,
        };
        let pipeline = Pipeline::builder()
            .name_located_cruft(true)
            .input_kind(kind)
            .build()
            .unwrap();
        let input = fs::read_to_string(case.join("input.txt")).unwrap();
        let article = match pipeline.clean_text(&input) {
            Ok(article) => article,
            Err(e) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        let got_text = article.text();
        let got_removals = removals_listing(&article);
        if bless {
            fs::write(case.join("expected.txt"), &got_text).unwrap();
            fs::write(case.join("removals.txt"), &got_removals).unwrap();
            continue;
        }
        let expected = fs::read_to_string(case.join("expected.txt")).unwrap_or_default();
        let expected_removals = fs::read_to_string(case.join("removals.txt")).unwrap_or_default();
        if got_text != expected {
            failures.push(format!("{name}: text differs; got\n{got_text}"));
        }
        if got_removals != expected_removals {
            failures.push(format!("{name}: removals differ; got\n{got_removals}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden case(s) differ (COPYDESK_BLESS=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_fixture_conserves_its_text() {
    let pipeline = Pipeline::default();
    let mut inputs: Vec<PathBuf> = seed_cases()
        .into_iter()
        .map(|(_, input, _)| input)
        .collect();
    inputs.extend(own_cases().into_iter().map(|c| c.join("input.txt")));
    for path in inputs {
        let input = fs::read_to_string(&path).unwrap();
        let article = pipeline.clean_text(&input).unwrap();
        let missing = common::unaccounted(&input, &article);
        assert!(
            missing.is_empty(),
            "{}: characters dropped silently: {missing:?}",
            path.display()
        );
    }
}

#[test]
fn removal_spans_point_at_the_removed_text() {
    let pipeline = Pipeline::default();
    for (name, input, _) in seed_cases() {
        let input = fs::read_to_string(&input).unwrap();
        let article = pipeline.clean_text(&input).unwrap();
        for removal in &article.removals {
            let span = removal
                .span
                .clone()
                .expect("text-mode removals are located");
            assert_eq!(
                &input[span], removal.text,
                "{name}: span of a {} removal",
                removal.stage
            );
        }
    }
}
