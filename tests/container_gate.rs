//! The "help, never harm" gate of text mode: on real article containers (`wcxb-dev-text/container`, an
//! article's text as a scraper's article selector hands it over), copydesk must come out at least as
//! good as passing the text through, document by document.
//!
//! It prints the mean word F1 (WCXB's metric, as `../shared/tools/score_wcxb.py` computes it) of
//! copydesk and of passing the text through, and the share of documents where copydesk is worse than
//! passing through by more than [`HARM_MARGIN`]; it fails when that share passes [`MAX_HARMED_SHARE`].
//!
//! It also audits every stage's removals against the reference, as `../shared/tools/stage_audit.py`
//! does, but by word counts: a removal's word is the article's when the output has fewer of that
//! word than the reference, so a second copy (a table of contents' entry beside its heading, a
//! headline printed twice) is judged cruft, as the metric judges it. It fails when a stage removes
//! more of the article's words than of cruft.
//!
//! The corpus lives in `../shared/corpus` beside the repository. Without it the gate skips, unless
//! `COPYDESK_REQUIRE_CORPUS=1` is set (as CI sets it): then a missing corpus fails.

mod common;

use copydesk::Pipeline;
use std::collections::{BTreeMap, HashMap};
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

/// Words a removal needs to be judged: shorter ones (a label, a date) say too little.
const MIN_AUDITED_WORDS: usize = 4;

/// Words removed by one stage: the article's (which the output lacks against the reference), and
/// cruft.
#[derive(Default)]
struct StageWords {
    article: usize,
    cruft: usize,
}

/// Lower-cased word tokens (`\w+`) of `text`, in order.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
}

/// Adds the removals of one document to `audit`: each removal of [`MIN_AUDITED_WORDS`] or more is the
/// article's when most of its words are missing from the output against the reference's counts (each
/// found word is given back to the output, so a copy removed twice counts once).
fn audit_removals(
    audit: &mut BTreeMap<&'static str, StageWords>,
    article: &copydesk::Article,
    truth: &str,
) {
    let reference = word_counts(truth);
    let mut output = word_counts(&article.body_text());
    for removal in &article.removals {
        let removed: Vec<String> = words(&removal.text).collect();
        if removed.len() < MIN_AUDITED_WORDS {
            continue;
        }
        let mut missing = 0;
        for word in &removed {
            let had = output.entry(word.clone()).or_insert(0);
            if reference.get(word).copied().unwrap_or(0) > *had {
                missing += 1;
                *had += 1;
            }
        }
        let stage = audit.entry(removal.stage).or_default();
        match 2 * missing > removed.len() {
            true => stage.article += removed.len(),
            false => stage.cruft += removed.len(),
        }
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
    let mut audit = BTreeMap::new();
    for (id, entry) in truth {
        let body = entry["articleBody"].as_str().unwrap_or_default();
        let text = std::fs::read_to_string(dir.join("pages").join(format!("{id}.txt"))).unwrap();
        let article = pipeline.clean_text(&text).ok();
        if let Some(article) = &article {
            audit_removals(&mut audit, article, body);
        }
        let predicted = article.map(|a| a.body_text()).unwrap_or_default();
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
    println!("stage audit by word counts: article words / cruft words removed");
    let mut harmful = Vec::new();
    for (stage, removed) in &audit {
        println!("  {stage:<24}{:>8}{:>8}", removed.article, removed.cruft);
        if removed.article > removed.cruft {
            harmful.push(*stage);
        }
    }
    assert!(
        harmful.is_empty(),
        "stages removing more article words than cruft: {harmful:?}"
    );
    assert!(
        share <= MAX_HARMED_SHARE,
        "{:.1}% of documents harmed (limit {:.0}%): {}",
        100.0 * share,
        100.0 * MAX_HARMED_SHARE,
        harmed.join(", ")
    );
}
