//! Corpus gates: word-4-gram shingle F1 on the development corpora, against pinned floors.
//!
//! The corpora live in `../shared/corpus` beside the repository; users of the crate do not have them,
//! so each gate skips cleanly (and says so) when they are absent, unless `COPYDESK_REQUIRE_CORPUS=1`
//! (CI) makes their absence a failure. The F1 is computed as
//! `../shared/tools/score.py` computes it: per document, shingle counts normalised to sum to one,
//! precision and recall averaged over documents, F1 of the averages.
//!
//! A floor is the figure reached when it was pinned, less a noise margin. Raise it when a change earns
//! it; never lower it silently.

mod common;

use copydesk::{InputKind, Pipeline};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Noise margin under the pinned figure before a gate fails.
const MARGIN: f64 = 0.01;

/// Text mode on whole-page text (readability-pages-text), read as pages (`InputKind::Page`, as a caller
/// who knows they hold whole pages says): F1 reached when pinned.
const TEXT_MODE_F1: f64 = 0.917;

/// HTML mode on the pages themselves (readability-pages/*/source.html): F1 reached when pinned.
const HTML_MODE_F1: f64 = 0.982;

fn corpus_dir() -> Option<PathBuf> {
    common::corpus("")
}

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, i64> {
    let toks = tokens(text);
    let mut counts = HashMap::new();
    if toks.is_empty() {
        return counts;
    }
    let n = 4.min(toks.len());
    for gram in toks.windows(n) {
        *counts.entry(gram.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// (precision, recall) of one document, `None` for a side that score.py leaves out of its average.
fn doc_scores(truth: &str, pred: &str) -> (Option<f64>, Option<f64>) {
    let t = shingles(truth);
    let p = shingles(pred);
    let tp: i64 = t
        .iter()
        .map(|(g, n)| (*n).min(*p.get(g).unwrap_or(&0)))
        .sum();
    let fp: i64 = p.values().sum::<i64>() - tp;
    let fn_: i64 = t.values().sum::<i64>() - tp;
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return (None, None);
    }
    let (tp, fp, fn_) = (tp as f64 / total, fp as f64 / total, fn_ as f64 / total);
    let precision = if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp + fp > 0.0 {
        tp / (tp + fp)
    } else {
        0.0
    };
    let recall = if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp + fn_ > 0.0 {
        tp / (tp + fn_)
    } else {
        0.0
    };
    (
        ((tp + fp) > 0.0).then_some(precision),
        ((tp + fn_) > 0.0).then_some(recall),
    )
}

/// Corpus F1 from per-document (precision, recall) pairs, as score.py averages them; prints the figures.
fn report_f1(label: &str, scores: &[(Option<f64>, Option<f64>)]) -> f64 {
    let precisions: Vec<f64> = scores.iter().filter_map(|s| s.0).collect();
    let recalls: Vec<f64> = scores.iter().filter_map(|s| s.1).collect();
    let (p, r) = (mean(&precisions), mean(&recalls));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    eprintln!(
        "{label}: f1={f1:.3} precision={p:.3} recall={r:.3} docs={}",
        scores.len()
    );
    f1
}

/// Each page's F1 from its (precision, recall), named by its id: 0 where either is undefined.
fn page_f1s(
    truth: &[(String, String)],
    scores: &[(Option<f64>, Option<f64>)],
) -> Vec<(String, f64)> {
    truth
        .iter()
        .zip(scores)
        .map(|((id, _), score)| {
            let f1 = match *score {
                (Some(p), Some(r)) if p + r > 0.0 => 2.0 * p * r / (p + r),
                _ => 0.0,
            };
            (id.clone(), f1)
        })
        .collect()
}

#[test]
fn page_deltas_count_pages_better_and_worse_and_list_the_largest_drops() {
    let previous: HashMap<String, f64> = [("a", 0.5), ("b", 0.9), ("c", 0.7), ("d", 0.8)]
        .into_iter()
        .map(|(page, score)| (page.to_string(), score))
        .collect();
    let now: Vec<(String, f64)> = [("a", 0.6), ("b", 0.4), ("c", 0.7), ("d", 0.7), ("e", 1.0)]
        .into_iter()
        .map(|(page, score)| (page.to_string(), score))
        .collect();
    let deltas = common::page_deltas(&previous, &now, 1);
    assert_eq!(
        (deltas.better, deltas.worse, deltas.unchanged, deltas.new),
        (1, 2, 1, 1)
    );
    assert_eq!(deltas.drops, vec![("b".to_string(), 0.9, 0.4)]);
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

/// Reads the `{id: {"articleBody": …}}` truth file without a JSON dependency in the library's tests.
fn read_truth(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).expect("truth file readable");
    let value: serde_json::Value = serde_json::from_str(&text).expect("truth file is JSON");
    value
        .as_object()
        .expect("truth file is an object")
        .iter()
        .map(|(id, v)| {
            (
                id.clone(),
                v["articleBody"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn text_mode_f1_holds_its_floor() {
    let Some(corpus) = corpus_dir() else {
        return;
    };
    let pipeline = Pipeline::builder()
        .input_kind(InputKind::Page)
        .build()
        .unwrap();
    let truth = read_truth(&corpus.join("readability-pages.truth.json"));
    let scores: Vec<_> = truth
        .iter()
        .map(|(id, body)| {
            let path = corpus
                .join("readability-pages-text")
                .join(format!("{id}.txt"));
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let predicted = pipeline
                .clean_text(&text)
                .map(|a| a.body_text())
                .unwrap_or_default();
            doc_scores(body, &predicted)
        })
        .collect();
    common::report_page_deltas("readability-pages-text", &page_f1s(&truth, &scores));
    let f1 = report_f1("text mode on readability-pages-text", &scores);
    assert!(
        f1 >= TEXT_MODE_F1 - MARGIN,
        "text-mode F1 {f1:.3} fell below the floor {TEXT_MODE_F1} - {MARGIN}"
    );
}

#[test]
fn html_mode_f1_holds_its_floor() {
    let Some(corpus) = corpus_dir() else {
        return;
    };
    let pipeline = Pipeline::default();
    let truth = read_truth(&corpus.join("readability-pages.truth.json"));
    let mut failures = Vec::new();
    let scores: Vec<_> = truth
        .iter()
        .map(|(id, body)| {
            let path = corpus
                .join("readability-pages")
                .join(id)
                .join("source.html");
            let bytes = std::fs::read(&path).unwrap_or_default();
            let predicted = match pipeline.clean_bytes(&bytes, Some("text/html")) {
                Ok(article) => article.body_text(),
                Err(e) => {
                    failures.push(format!("{id}: {e}"));
                    String::new()
                }
            };
            doc_scores(body, &predicted)
        })
        .collect();
    common::report_page_deltas("readability-pages", &page_f1s(&truth, &scores));
    let f1 = report_f1("html mode on readability-pages", &scores);
    assert!(failures.is_empty(), "pages that failed: {failures:?}");
    assert!(
        f1 >= HTML_MODE_F1 - MARGIN,
        "HTML-mode F1 {f1:.3} fell below the floor {HTML_MODE_F1} - {MARGIN}"
    );
}
