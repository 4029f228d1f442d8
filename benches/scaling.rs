//! Time against input size: each shape of input cleaned at 1x and at 10x, for a ratio that linear work
//! keeps near 10 (a quadratic step gives about 100). Run with `cargo bench --bench scaling`; after
//! criterion's report, a table gives each shape's time ratio and that of the bare `scraper` parse of the
//! same inputs (copydesk cannot scale better than its parser, whose growth past 10x is the caches').
//!
//! Timing is a bench's job, not a test's: `tests/scaling.rs` counts allocations instead, so `cargo test`
//! gives the same verdict on a busy machine. `COPYDESK_BENCH_QUICK=1` shortens every measurement.

#[path = "../tests/shapes/mod.rs"]
mod shapes;

use copydesk::Pipeline;
use criterion::{BenchmarkId, Criterion, Throughput};
use shapes::{article_page, elements, long_html_line, nested, page_text};
use std::path::PathBuf;
use std::time::Duration;

/// One shape: its name, whether it is HTML (else whole-page text), its input at a size, the 1x size.
struct Shape {
    name: &'static str,
    is_html: bool,
    make: fn(usize) -> String,
    n: usize,
}

const SHAPES: &[Shape] = &[
    Shape {
        name: "long article",
        is_html: true,
        make: article_page,
        n: 500,
    },
    Shape {
        name: "deep nesting",
        is_html: true,
        make: nested,
        n: 2_000,
    },
    Shape {
        name: "long html line",
        is_html: true,
        make: long_html_line,
        n: 2_000,
    },
    Shape {
        name: "100k elements",
        is_html: true,
        make: elements,
        n: 10_000,
    },
    Shape {
        name: "whole-page text",
        is_html: false,
        make: page_text,
        n: 500,
    },
];

fn configure() -> Criterion {
    let c = Criterion::default();
    if std::env::var_os("COPYDESK_BENCH_QUICK").is_some() {
        c.warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1))
            .sample_size(10)
    } else {
        c.sample_size(10).measurement_time(Duration::from_secs(5))
    }
}

/// Benches every shape at 1x and 10x, for copydesk and (HTML) for the bare parse.
fn bench(c: &mut Criterion) {
    let pipeline = Pipeline::default();
    for shape in SHAPES {
        let mut group = c.benchmark_group(format!("scaling/{}", shape.name));
        for scale in [1, 10] {
            let input = (shape.make)(shape.n * scale);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::new("copydesk", scale), &input, |b, input| {
                b.iter(|| {
                    let _ = std::hint::black_box(if shape.is_html {
                        pipeline.clean_html(input)
                    } else {
                        pipeline.clean_text(input)
                    });
                })
            });
            if shape.is_html {
                group.bench_with_input(BenchmarkId::new("parse", scale), &input, |b, input| {
                    b.iter(|| std::hint::black_box(scraper::Html::parse_document(input)))
                });
            }
        }
        group.finish();
    }
}

/// Median time (ns) of one bench, from criterion's own files.
fn median(group: &str, id: &str, scale: usize) -> Option<f64> {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/criterion"));
    let file = dir
        .join(group.replace('/', "_"))
        .join(id)
        .join(scale.to_string())
        .join("new/estimates.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

/// The 10x/1x time ratio of every shape, copydesk's and the parse's.
fn report() {
    println!(
        "\n{:<20} {:>14} {:>14}",
        "shape", "10x/1x time", "parse 10x/1x"
    );
    for shape in SHAPES {
        let group = format!("scaling/{}", shape.name);
        let ratio = |id| Some(median(&group, id, 10)? / median(&group, id, 1)?);
        let show = |r: Option<f64>| r.map_or_else(|| "-".into(), |r| format!("{r:.1}"));
        println!(
            "{:<20} {:>14} {:>14}",
            shape.name,
            show(ratio("copydesk")),
            show(ratio("parse"))
        );
    }
}

fn main() {
    let mut c = configure().configure_from_args();
    bench(&mut c);
    c.final_summary();
    report();
}
