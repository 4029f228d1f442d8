//! Corpus gate on the multilingual dev set: "with" and "without" snippets, scored as
//! `../shared/tools/score_snippets.py` scores them (whitespace collapsed, substring match, counts summed
//! over pages), against a pinned floor.
//!
//! The corpus lives in `../shared/corpus` beside the repository and is absent for users of the crate:
//! the gate then skips and says so. A floor never drops silently; raise it when a change earns it.

mod common;

use copydesk::Pipeline;
use std::path::PathBuf;

/// Snippet F1 on multilingual-dev/pages, each page cleaned on its own, when pinned.
///
/// Lowered on purpose from 0.9387 (precision 0.9231) by issue 20: that figure owed part of itself to
/// phrase entries copied from this corpus's own "without" snippets and one outlet's sentences, which
/// the phrase lists no longer hold. The figures here are what the honest lists reach.
/// 0.9358 before session 26 kept FAQ questions written as buttons (see [`SNIPPET_PRECISION`]).
const SNIPPET_F1: f64 = 0.9352;
/// Snippet precision when pinned: issue 7 asks for at least 0.90. Lowered from 0.9145 in session 26
/// (main read 0.9102 then): FAQ questions written as `<button>`s now stay with their answers, and
/// two such questions are "without" snippets here (0.9090), while wcxb-dev's references keep them
/// (both halves of its sites gain).
const SNIPPET_PRECISION: f64 = 0.9090;
/// Noise margin under the pinned figures before the gate fails.
const MARGIN: f64 = 0.005;

fn corpus_dir() -> Option<PathBuf> {
    common::corpus("multilingual-dev")
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn snippets(item: &serde_json::Value, key: &str) -> Vec<String> {
    item[key]
        .as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str()).map(collapse).collect())
        .unwrap_or_default()
}

#[test]
fn multilingual_snippet_f1_holds_its_floor() {
    let Some(dir) = corpus_dir() else {
        return;
    };
    let evaldata = std::fs::read_to_string(dir.join("evaldata.json")).expect("evaldata readable");
    let evaldata: serde_json::Value = serde_json::from_str(&evaldata).expect("evaldata is JSON");
    let pipeline = Pipeline::default();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut pages = Vec::new();
    for (page, item) in evaldata.as_object().expect("evaldata is an object") {
        let file = item["file"].as_str().expect("each page names its file");
        let bytes = std::fs::read(dir.join("pages").join(file)).unwrap_or_default();
        let body = pipeline
            .clean_bytes(&bytes, Some("text/html"))
            .map(|a| collapse(&a.body_text()))
            .unwrap_or_default();
        let with = snippets(item, "with");
        let found = with.iter().filter(|s| body.contains(s.as_str())).count();
        let kept_without = snippets(item, "without")
            .iter()
            .filter(|s| body.contains(s.as_str()))
            .count();
        tp += found;
        fn_ += with.len() - found;
        fp += kept_without;
        let wrong = (with.len() - found + kept_without) as f64;
        pages.push((
            page.clone(),
            2.0 * found as f64 / (2.0 * found as f64 + wrong).max(1.0),
        ));
    }
    common::report_page_deltas("multilingual-dev", &pages);
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::MIN_POSITIVE);
    eprintln!("multilingual-dev snippets: f1={f1:.4} precision={precision:.4} recall={recall:.4}");
    assert!(
        f1 >= SNIPPET_F1 - MARGIN,
        "snippet F1 {f1:.4} fell below the floor {SNIPPET_F1} - {MARGIN}"
    );
    assert!(
        precision >= SNIPPET_PRECISION - MARGIN,
        "snippet precision {precision:.4} fell below the floor {SNIPPET_PRECISION} - {MARGIN}"
    );
}
