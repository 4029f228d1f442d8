//! Throughput of every stage against the floor: the bare `scraper` parse of the same pages.
//!
//! Pages (see `benches/common`): the news pages, `../shared/corpus/readability-pages` when it exists,
//! else the pages shipped in `tests/` (group `html`); the modern pages, a sample of
//! `../shared/corpus/wcxb-dev` (group `modern`, skipped with a message when `../shared` is absent);
//! and `../shared/corpus/readability-pages-text` (whole-page text) or the shipped texts. Run with
//! `cargo bench --bench pipeline`; after criterion's own report, a table gives each bench's
//! throughput (MB/s) and its time relative to its group's parse floor (`x floor`, lower is better;
//! the `clean_html` targets are 1.1x on news pages and 1.3x on modern ones). Per-byte figures are
//! comparable across groups: the text and normalizer benches are set against the news floor, on
//! their own inputs' bytes. `cargo bench --bench ratio` prints the same ratios in one quick pass.
//!
//! Times are the thread's CPU time (`common::ThreadCpu`): on a machine shared with other jobs, wall
//! time also counts the waits for a core, and the ratios drifted by a third between runs.
//!
//! `COPYDESK_BENCH_QUICK=1` shortens every measurement (a smoke run, figures noisier).

use copydesk::normalize::{
    HouseSpelling, HouseStyle, InvisibleNormalizer, NormalizeContext, Normalizer, SpellingTable,
    Typography, TypographyNormalizer, UnicodeForm, UnicodeNormalizer, WhitespaceNormalizer,
};
use copydesk::{BlockKind, Pipeline};
use criterion::{Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Duration;

#[path = "common/mod.rs"]
mod common;

/// Criterion group of the HTML benches on news pages; the floor is in it.
const HTML_GROUP: &str = "html";
/// Criterion group of the HTML benches on modern pages, with their own floor.
const MODERN_GROUP: &str = "modern";
/// The floor's bench id.
const FLOOR: &str = "scraper parse (floor)";

fn root() -> &'static Path {
    common::root()
}

/// The file `pick` names for each entry of `dir`, read as text, in path order.
fn read_dir_sorted(dir: &Path, pick: impl Fn(&Path) -> Option<PathBuf>) -> Vec<String> {
    common::read_dir_sorted(dir, pick)
}

/// The whole-page texts of readability-pages-text when the corpus exists, else the shipped ones.
fn load_texts() -> Vec<String> {
    let corpus = root().join("../shared/corpus/readability-pages-text");
    let is_txt = |p: &Path| p.extension().is_some_and(|e| e == "txt").then(|| p.into());
    if corpus.is_dir() {
        return read_dir_sorted(&corpus, is_txt);
    }
    let mut texts = read_dir_sorted(&root().join("tests/fixtures"), is_txt);
    texts.extend(read_dir_sorted(&root().join("tests/golden"), |p| {
        Some(p.join("input.txt"))
    }));
    texts
}

fn total_bytes(inputs: &[String]) -> u64 {
    common::total_bytes(inputs)
}

/// Criterion timing by the thread's CPU clock.
type Cpu = Criterion<common::ThreadCpu>;

fn configure() -> Cpu {
    let c = Criterion::default().with_measurement(common::ThreadCpu::default());
    if std::env::var_os("COPYDESK_BENCH_QUICK").is_some() {
        c.warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1))
            .sample_size(10)
    } else {
        c.sample_size(20).measurement_time(Duration::from_secs(10))
    }
}

/// The floor, the DOM stage, and the whole HTML pipeline, over the same pages in one group.
fn html(c: &mut Cpu, group_name: &str, pages: &[String]) {
    let pipeline = Pipeline::default();
    let mut group = c.benchmark_group(group_name);
    group.throughput(Throughput::Bytes(total_bytes(pages)));
    group.bench_function(FLOOR, |b| {
        b.iter(|| {
            for page in pages {
                std::hint::black_box(scraper::Html::parse_document(page));
            }
        })
    });
    group.bench_function("dom stage", |b| {
        b.iter(|| {
            for page in pages {
                std::hint::black_box(copydesk::bench_support::dom_stage_for_benches(page));
            }
        })
    });
    group.bench_function("clean_html", |b| {
        b.iter(|| {
            for page in pages {
                let _ = std::hint::black_box(pipeline.clean_html(page));
            }
        })
    });
    group.finish();
}

/// The bench of `clean_text` crediting each located-out block to the cleaner that would drop it (what
/// the example binary does for `--json` and `--explain`).
const TEXT_NAMED: &str = "clean_text, located cruft named";

/// Whole-page text through the text pipeline (body locator, cleaners, normalizers): as configured by
/// default, and with the record's located cruft credited to the cleaners.
fn text(c: &mut Cpu, texts: &[String]) {
    let named = Pipeline::builder()
        .name_located_cruft(true)
        .build()
        .expect("the options are valid");
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(total_bytes(texts)));
    for (id, pipeline) in [("clean_text", Pipeline::default()), (TEXT_NAMED, named)] {
        group.bench_function(id, |b| {
            b.iter(|| {
                for text in texts {
                    let _ = std::hint::black_box(pipeline.clean_text(text));
                }
            })
        });
    }
    group.finish();
}

/// Each normalizer on its own, over every line of the whole-page texts.
fn normalizers(c: &mut Cpu, texts: &[String]) {
    let lines: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.lines())
        .filter(|l| !l.trim().is_empty())
        .collect();
    let bytes: usize = lines.iter().map(|l| l.len()).sum();
    let all: Vec<Box<dyn Normalizer>> = vec![
        Box::new(UnicodeNormalizer::new(UnicodeForm::Nfc)),
        Box::new(InvisibleNormalizer::new()),
        Box::new(WhitespaceNormalizer),
        Box::new(TypographyNormalizer::new(Typography::Smart)),
        Box::new(
            HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap)
                .expect("the built-in tables compile"),
        ),
    ];
    let cx = NormalizeContext::new(BlockKind::Paragraph, None);
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(bytes as u64));
    for normalizer in &all {
        group.bench_function(normalizer.name(), |b| {
            b.iter(|| {
                for line in &lines {
                    std::hint::black_box(normalizer.edits(line, &cx));
                }
            })
        });
    }
    group.finish();
}

/// One bench's time per iteration (ns), as criterion's mean and median estimates, and the bytes it
/// processed, from criterion's own files.
fn estimate(group: &str, id: &str) -> Option<(Times, f64)> {
    let dir = std::env::var_os("CRITERION_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/criterion"));
    let dir = dir.join(group).join(id);
    let read = |file: &str| -> Option<serde_json::Value> {
        let text = std::fs::read_to_string(dir.join("new").join(file)).ok()?;
        serde_json::from_str(&text).ok()
    };
    let estimates = read("estimates.json")?;
    let times = Times {
        mean: estimates["mean"]["point_estimate"].as_f64()?,
        median: estimates["median"]["point_estimate"].as_f64()?,
    };
    let bytes = read("benchmark.json")?["throughput"]["Bytes"].as_f64()?;
    Some((times, bytes))
}

/// Nanoseconds per iteration. The median is the steadier figure on a shared machine, where a
/// neighbour's burst inflates a few samples and with them the mean.
#[derive(Debug, Clone, Copy)]
struct Times {
    mean: f64,
    median: f64,
}

/// Throughput of every bench, and its time per byte relative to the floor's, from the mean and from
/// the median time.
fn report(benches: &[(&str, String)]) {
    let Some(news_floor) = estimate(HTML_GROUP, FLOOR) else {
        return;
    };
    println!(
        "\n{:<52} {:>10} {:>9} {:>12} {:>11}",
        "bench", "MB/s", "x floor", "median MB/s", "x floor med"
    );
    for (group, id) in benches {
        let Some((times, bytes)) = estimate(group, id) else {
            continue;
        };
        // The modern pages against their own parse; everything else against the news pages'.
        let (floor, floor_bytes) = if *group == MODERN_GROUP {
            match estimate(MODERN_GROUP, FLOOR) {
                Some(floor) => floor,
                None => continue,
            }
        } else {
            news_floor
        };
        let mb_per_s = |ns: f64| bytes / ns * 1e9 / 1e6;
        let ratio = |ns: f64, floor_ns: f64| ns / bytes / (floor_ns / floor_bytes);
        println!(
            "{:<52} {:>10.1} {:>9.2} {:>12.1} {:>11.2}",
            format!("{group}/{id}"),
            mb_per_s(times.mean),
            ratio(times.mean, floor.mean),
            mb_per_s(times.median),
            ratio(times.median, floor.median),
        );
    }
}

fn main() {
    let mut c = configure().configure_from_args();
    let pages = common::news_pages();
    let modern = common::modern_pages();
    let texts = load_texts();
    html(&mut c, HTML_GROUP, &pages);
    if modern.is_empty() {
        println!("modern: skipped, ../shared/corpus/wcxb-dev is absent");
    } else {
        html(&mut c, MODERN_GROUP, &modern);
    }
    text(&mut c, &texts);
    normalizers(&mut c, &texts);
    c.final_summary();
    let mut benches = vec![
        (HTML_GROUP, FLOOR.to_string()),
        (HTML_GROUP, "dom stage".to_string()),
        (HTML_GROUP, "clean_html".to_string()),
        (MODERN_GROUP, FLOOR.to_string()),
        (MODERN_GROUP, "dom stage".to_string()),
        (MODERN_GROUP, "clean_html".to_string()),
        ("text", "clean_text".to_string()),
        ("text", TEXT_NAMED.to_string()),
    ];
    for name in [
        "unicode",
        "invisible",
        "whitespace",
        "typography",
        "house-spelling",
    ] {
        benches.push(("normalize", name.to_string()));
    }
    report(&benches);
}
