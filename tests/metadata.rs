//! Metadata agreement with `expected-metadata.json` on readability-pages, against pinned floors.
//!
//! The corpus lives in `../shared/corpus` beside the repository; the test skips cleanly (and says so)
//! when it is absent. A field counts only on pages whose expected file has it (non-empty). Agreement:
//! - title: equal after whitespace and case normalisation;
//! - language: same primary subtag;
//! - byline: equal after normalisation (case, whitespace, a leading "By"), or one holding the other as
//!   a run of at least two whole words (the expected bylines are readability.js's raw text, often with
//!   dates or "By" glued on);
//! - site name: equal after normalisation;
//! - published date: same day.
//!
//! A floor is the share reached when it was pinned, less a noise margin of one page or so. Raise it when
//! a change earns it; never lower it silently.

mod common;

use std::path::PathBuf;

/// Title: 121 of 127 pages agreed when pinned (95.3%).
/// Lowered from 0.94 on purpose: a `<title>` is now cut where the page's `<h1>` ends ("Mozilla - Wikipedia"
/// becomes "Mozilla"), which readability's expected titles keep whole on three pages.
const TITLE_FLOOR: f64 = 0.925;
/// Language: 73 of 73 (100%).
const LANGUAGE_FLOOR: f64 = 0.98;
/// Byline: 69 of 76 (90.8%).
const BYLINE_FLOOR: f64 = 0.89;
/// Site name: 61 of 62 (98.4%).
const SITE_FLOOR: f64 = 0.96;
/// Published date: 32 of 33 (97.0%); the miss is the same instant written in UTC, a day later.
const DATE_FLOOR: f64 = 0.93;

fn pages_dir() -> Option<PathBuf> {
    common::corpus("readability-pages")
}

fn norm(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn strip_by(text: &str) -> String {
    let n = norm(text);
    for prefix in ["by ", "by: ", "par ", "written by "] {
        if let Some(rest) = n.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    n
}

/// Whether `outer` holds `inner` as a run of whole words; one word alone ("Last") proves nothing.
fn holds_words(outer: &[String], inner: &[String]) -> bool {
    inner.len() >= 2 && outer.windows(inner.len()).any(|w| w == inner)
}

fn agrees(field: &str, expected: &str, got: &str) -> bool {
    match field {
        "title" | "siteName" => norm(expected) == norm(got),
        "lang" => {
            let primary = |t: &str| t.split(['-', '_']).next().unwrap_or("").to_lowercase();
            primary(expected) == primary(got)
        }
        "byline" => {
            let (e, g) = (words(&strip_by(expected)), words(&strip_by(got)));
            e == g || holds_words(&e, &g) || holds_words(&g, &e)
        }
        "publishedTime" => expected
            .get(..10)
            .is_some_and(|day| got.get(..10) == Some(day)),
        _ => false,
    }
}

#[test]
fn metadata_agrees_with_expected() {
    let Some(dir) = pages_dir() else {
        return;
    };
    let fields = [
        ("title", "title", TITLE_FLOOR),
        ("lang", "language", LANGUAGE_FLOOR),
        ("byline", "byline", BYLINE_FLOOR),
        ("siteName", "site", SITE_FLOOR),
        ("publishedTime", "date", DATE_FLOOR),
    ];
    let mut tallies = vec![(0usize, 0usize, Vec::new()); fields.len()];
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for page in entries {
        let (Ok(source), Ok(expected)) = (
            std::fs::read_to_string(page.join("source.html")),
            std::fs::read_to_string(page.join("expected-metadata.json")),
        ) else {
            continue;
        };
        let expected: serde_json::Value = serde_json::from_str(&expected).unwrap();
        let got = copydesk::bench_support::page_metadata_for_tests(&source);
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        for ((json_key, our_key, _), tally) in fields.iter().zip(tallies.iter_mut()) {
            let Some(want) = expected[json_key].as_str().filter(|v| !v.trim().is_empty()) else {
                continue;
            };
            let value = got
                .iter()
                .find(|(k, _)| k == our_key)
                .and_then(|(_, v)| v.clone());
            tally.1 += 1;
            match &value {
                Some((have, _)) if agrees(json_key, want, have) => tally.0 += 1,
                _ => tally
                    .2
                    .push(format!("  {name}: expected {want:?}, got {value:?}")),
            }
        }
    }
    let mut report = String::new();
    let mut failed = false;
    for ((json_key, _, floor), (agree, total, misses)) in fields.iter().zip(&tallies) {
        let share = *agree as f64 / (*total).max(1) as f64;
        report.push_str(&format!(
            "{json_key}: {agree}/{total} = {:.1}% (floor {:.1}%)\n",
            share * 100.0,
            floor * 100.0
        ));
        if share < *floor {
            failed = true;
        }
        if std::env::var_os("COPYDESK_METADATA_MISSES").is_some() {
            report.push_str(&misses.join("\n"));
            report.push('\n');
        }
    }
    eprintln!("{report}");
    assert!(!failed, "metadata agreement fell below a floor:\n{report}");
}
