//! Throughput of the text and HTML pipelines, the HTML one beside the bare `scraper` parse.
//!
//! Pages: `../shared/corpus/readability-pages-text` when it exists, else the shipped fixtures. Run with
//! `cargo bench --bench pipeline`; criterion reports time and throughput per group.

use copydesk::Pipeline;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn load_texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/readability-pages-text");
    let dir = if corpus.is_dir() {
        corpus
    } else {
        root.join("tests/fixtures")
    };
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        })
        .unwrap_or_default();
    texts.sort();
    texts
}

fn clean_text(c: &mut Criterion) {
    let texts = load_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let pipeline = Pipeline::default();
    let mut group = c.benchmark_group("clean_text");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("whole-page text corpus", |b| {
        b.iter(|| {
            for text in &texts {
                let _ = std::hint::black_box(pipeline.clean_text(text));
            }
        })
    });
    group.finish();
}

/// The readability-pages sources when the corpus exists, else the shipped HTML fixtures.
fn load_pages() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/readability-pages");
    let dir = if corpus.is_dir() {
        corpus
    } else {
        root.join("tests/html")
    };
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter_map(|p| {
                    let source = p.join("source.html");
                    let input = p.join("input.html");
                    std::fs::read_to_string(source)
                        .or_else(|_| std::fs::read_to_string(input))
                        .ok()
                })
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    pages
}

/// The whole HTML pipeline beside the bare parse it is measured against (target: at most 1.5x).
fn clean_html(c: &mut Criterion) {
    let pages = load_pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    let pipeline = Pipeline::default();
    let mut group = c.benchmark_group("clean_html");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("scraper parse alone", |b| {
        b.iter(|| {
            for page in &pages {
                std::hint::black_box(scraper::Html::parse_document(page));
            }
        })
    });
    group.bench_function("clean_html", |b| {
        b.iter(|| {
            for page in &pages {
                let _ = std::hint::black_box(pipeline.clean_html(page));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, clean_text, clean_html);
criterion_main!(benches);
