//! The "help, never harm" gate of text mode: on real article containers (`wcxb-dev-text/container`, an
//! article's text as a scraper's article selector hands it over), copydesk must come out at least as
//! good as passing the text through, document by document.
//!
//! It prints the mean word F1 (WCXB's metric, as `../shared/tools/score_wcxb.py` computes it) of
//! copydesk and of passing the text through, and the share of documents where copydesk is worse than
//! passing through by more than [`HARM_MARGIN`]; it fails when that share passes [`MAX_HARMED_SHARE`].
//!
//! The corpus lives in `../shared/corpus` beside the repository. Without it the gate skips, unless
//! `COPYDESK_REQUIRE_CORPUS=1` is set (as CI sets it): then a missing corpus fails.

mod common;

use copydesk::Pipeline;
use std::collections::HashMap;
use std::path::PathBuf;

/// A document is harmed when copydesk's F1 is below passing through by more than this.
const HARM_MARGIN: f64 = 0.02;

/// Share of documents that may be harmed.
const MAX_HARMED_SHARE: f64 = 0.03;

fn container_dir() -> Option<PathBuf> {
    common::corpus("wcxb-dev-text/container")
}

/// Lower-cased word tokens (`\w+`), counted.
fn word_counts(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for token in text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
    {
        *counts.entry(token.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// Word-multiset F1 of `predicted` against `truth`.
fn word_f1(predicted: &str, truth: &str) -> f64 {
    let (p, t) = (word_counts(predicted), word_counts(truth));
    let (np, nt): (usize, usize) = (p.values().sum(), t.values().sum());
    if nt == 0 {
        return if np == 0 { 1.0 } else { 0.0 };
    }
    if np == 0 {
        return 0.0;
    }
    let overlap: usize = p
        .iter()
        .map(|(word, n)| (*n).min(t.get(word).copied().unwrap_or(0)))
        .sum();
    let (precision, recall) = (overlap as f64 / np as f64, overlap as f64 / nt as f64);
    if overlap == 0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

#[test]
fn container_text_is_never_made_worse_than_passing_it_through() {
    let Some(dir) = container_dir() else {
        return;
    };
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("truth.json")).unwrap()).unwrap();
    let truth = truth.as_object().unwrap();
    assert!(!truth.is_empty(), "empty truth file");
    let pipeline = Pipeline::default();
    let (mut ours, mut passed, mut harmed) = (0.0, 0.0, Vec::new());
    let mut pages = Vec::new();
    for (id, entry) in truth {
        let body = entry["articleBody"].as_str().unwrap_or_default();
        let text = std::fs::read_to_string(dir.join("pages").join(format!("{id}.txt"))).unwrap();
        let predicted = pipeline
            .clean_text(&text)
            .map(|a| a.body_text())
            .unwrap_or_default();
        let (f_ours, f_passed) = (word_f1(&predicted, body), word_f1(&text, body));
        pages.push((id.clone(), f_ours));
        ours += f_ours;
        passed += f_passed;
        if f_ours < f_passed - HARM_MARGIN {
            harmed.push(format!("{id} ({f_passed:.3} -> {f_ours:.3})"));
        }
    }
    common::report_page_deltas("wcxb-dev-text-container", &pages);
    let n = truth.len() as f64;
    let share = harmed.len() as f64 / n;
    println!(
        "wcxb-dev-text/container: word F1 {:.4} (passing through {:.4}); {} of {} documents ({:.1}%) \
         worse than passing through by more than {HARM_MARGIN}",
        ours / n,
        passed / n,
        harmed.len(),
        truth.len(),
        100.0 * share
    );
    assert!(
        share <= MAX_HARMED_SHARE,
        "{:.1}% of documents harmed (limit {:.0}%): {}",
        100.0 * share,
        100.0 * MAX_HARMED_SHARE,
        harmed.join(", ")
    );
}
