//! Mutation smoke test: the shipped fixtures, mutated (truncated, bytes flipped, runs duplicated and
//! deleted, nested deep, repeated, glued into one long line, NUL bytes), must give an article or a clear
//! error, never a panic, and must keep the conservation property.
//!
//! A bounded number of mutations runs in `cargo test`; `COPYDESK_MUTATE_SECONDS=600 cargo test --release
//! --test mutate -- --ignored` runs for that long and reports how many inputs it tried.

mod common;

use common::Rng;

use copydesk::{Error, Pipeline};
use std::path::Path;
use std::time::{Duration, Instant};

fn fixtures() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut inputs = Vec::new();
    for dir in ["fixtures", "golden"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let file = if path.is_dir() {
                path.join("input.txt")
            } else {
                path
            };
            if file.to_string_lossy().ends_with(".input.txt") || file.ends_with("input.txt") {
                if let Ok(bytes) = std::fs::read(&file) {
                    inputs.push(bytes);
                }
            }
        }
    }
    inputs
}

/// One mutation of `input`, chosen by `rng`.
fn mutate(input: &[u8], rng: &mut Rng) -> Vec<u8> {
    let len = input.len();
    let mut out = input.to_vec();
    match rng.below(8) {
        0 => out.truncate(rng.below(len + 1)),
        1 => {
            for _ in 0..1 + rng.below(16) {
                if !out.is_empty() {
                    let i = rng.below(out.len());
                    out[i] ^= 1 << rng.below(8);
                }
            }
        }
        2 => {
            let start = rng.below(len + 1);
            let end = (start + rng.below(200)).min(len);
            let run = input[start..end].to_vec();
            for _ in 0..1 + rng.below(50) {
                out.splice(start..start, run.iter().copied());
            }
        }
        3 => {
            let start = rng.below(len + 1);
            let end = (start + rng.below(400)).min(len);
            out.drain(start..end);
        }
        4 => out.retain(|&b| b != b'\n'),
        5 => {
            let i = rng.below(len + 1);
            out.insert(i, 0);
        }
        6 => {
            let line: Vec<u8> = b"- Advertisement -\n".to_vec();
            for _ in 0..1 + rng.below(2000) {
                out.extend_from_slice(&line);
            }
        }
        _ => {
            let i = rng.below(len + 1);
            out.splice(i..i, std::iter::repeat_n(b'\xe2', 1 + rng.below(5)));
        }
    }
    out
}

fn check(pipeline: &Pipeline, bytes: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(bytes);
    match pipeline.clean_text(&text) {
        Ok(article) => {
            let missing = common::unaccounted(&text, &article);
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("dropped silently: {missing:?}"))
            }
        }
        Err(Error::EmptyInput | Error::NotText { .. } | Error::NoArticle { .. }) => Ok(()),
        Err(e) => Err(format!("unexpected error: {e}")),
    }
}

fn run(budget: Duration, max_inputs: usize) -> usize {
    let pipeline = Pipeline::default();
    let inputs = fixtures();
    assert!(!inputs.is_empty());
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    let mut tried = 0;
    while tried < max_inputs && started.elapsed() < budget {
        let seed = rng.0;
        let base = &inputs[rng.below(inputs.len())];
        let mut mutated = mutate(base, &mut rng);
        for _ in 0..rng.below(3) {
            mutated = mutate(&mutated, &mut rng);
        }
        if let Err(problem) = check(&pipeline, &mutated) {
            panic!("input {tried} (rng state {seed:#x}): {problem}");
        }
        tried += 1;
    }
    tried
}

#[test]
fn mutated_fixtures_never_panic_or_lose_text() {
    let tried = run(Duration::from_secs(60), 300);
    assert!(tried >= 50, "only {tried} inputs tried");
}

#[test]
fn hostile_shapes_finish() {
    let pipeline = Pipeline::default();
    let one_line = "word ".repeat(2_000_000); // 10 MB without a newline
    assert!(pipeline.clean_text(&one_line).is_ok());
    let many_lines = "Menu\n".repeat(100_000);
    let _ = pipeline.clean_text(&many_lines);
    let nul = "Title\n\nBody\0text";
    assert!(matches!(
        pipeline.clean_text(nul),
        Err(Error::NotText { .. })
    ));
}

#[test]
#[ignore = "long run: COPYDESK_MUTATE_SECONDS sets the time"]
fn long_mutation_run() {
    let seconds = std::env::var("COPYDESK_MUTATE_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600);
    let tried = run(Duration::from_secs(seconds), usize::MAX);
    eprintln!("long mutation run: {tried} inputs in {seconds} s, no failure");
}
