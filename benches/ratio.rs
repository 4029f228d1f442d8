//! The "× parse" table in one quick pass, for notes: `cargo bench --bench ratio`.
//!
//! For every page set (see `benches/common`), each page is parsed by bare `scraper` and cleaned by
//! `clean_html` one after the other (the order alternating between rounds), so both see the same
//! machine load; a round's ratio is its total cleaning time over its total parse time. The table gives
//! the median round and the spread (lowest and highest round), for the whole pipeline and for the DOM
//! stage alone. Criterion's `pipeline` bench measures the same more slowly and more carefully.
//!
//! Times are the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), not wall time: on a machine shared
//! with other jobs, wall time also counts the time the thread waited for a core. The stage profile
//! is wall time (the library reads `Instant`), each stage's share of `clean_html`'s wall time
//! scaled to its CPU time.
//!
//! Built with `--features stage-timings`, a profile follows each set: the time of each stage of
//! `clean_html`, as a multiple of the parse of the whole pages (the stages' `parse` is the parse of
//! what the prefilter left).
//!
//! `COPYDESK_RATIO_ROUNDS` (default 5) sets the rounds; `COPYDESK_BENCH_ALL=1` measures every page of
//! the sampled sets; `COPYDESK_RATIO_SETS=news,modern` picks sets. `COPYDESK_RATIO_PAGES=N` lists,
//! after each set, the N pages whose cleaning takes the most time beyond their parse (their fastest
//! round each): where the set's ratio comes from.

#[path = "common/mod.rs"]
mod common;

use copydesk::stage_timings::{self, Stage};
use copydesk::Pipeline;
use std::time::{Duration, Instant};

/// What is measured against the parse, per page.
const TARGETS: [&str; 2] = ["clean_html", "dom stage"];

fn timed(f: impl FnMut()) -> Duration {
    let mut f = f;
    let start = cpu_time();
    f();
    cpu_time().saturating_sub(start)
}

use common::cpu_time;

/// Time per stage of `clean_html`, in [`Stage::ALL`] order.
type StageTimes = [Duration; Stage::ALL.len()];

/// Each page's fastest parse and `clean_html` over the rounds so far (see [`worst_pages`]).
type PageTimes = Vec<(Duration, Duration)>;

/// One round over the pages: the total parse time, the total time of each target, and the stages'
/// times in `clean_html` with its wall time. Each page's times lower its entry of `fastest` when
/// they are its fastest yet.
fn round(
    pipeline: &Pipeline,
    pages: &[String],
    reverse: bool,
    fastest: &mut PageTimes,
) -> (Duration, [Duration; 2], StageTimes, Duration) {
    let mut parse = Duration::ZERO;
    let mut targets = [Duration::ZERO; 2];
    let mut stages = StageTimes::default();
    let mut clean_wall = Duration::ZERO;
    fastest.resize(pages.len(), (Duration::MAX, Duration::MAX));
    for (page, fastest) in pages.iter().zip(fastest.iter_mut()) {
        let floor = || {
            std::hint::black_box(scraper::Html::parse_document(page));
        };
        let mut clean = || {
            stage_timings::take();
            let start = Instant::now();
            let _ = std::hint::black_box(pipeline.clean_html(page));
            clean_wall += start.elapsed();
            for (total, t) in stages.iter_mut().zip(stage_timings::take()) {
                *total += t;
            }
        };
        let dom = || {
            std::hint::black_box(copydesk::bench_support::dom_stage_for_benches(page));
        };
        let (page_parse, page_clean) = if reverse {
            targets[1] += timed(dom);
            let c = timed(&mut clean);
            (timed(floor), c)
        } else {
            let p = timed(floor);
            let c = timed(&mut clean);
            targets[1] += timed(dom);
            (p, c)
        };
        parse += page_parse;
        targets[0] += page_clean;
        fastest.0 = fastest.0.min(page_parse);
        fastest.1 = fastest.1.min(page_clean);
    }
    (parse, targets, stages, clean_wall)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is read from the arguments.
    let rounds: usize = std::env::var("COPYDESK_RATIO_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5)
        .max(1);
    let pipeline = Pipeline::default();
    println!(
        "{:<14} {:>5} {:>7} {:>9} {:<12} {:>8} {:>13}",
        "set", "pages", "MB", "parse MB/s", "target", "x parse", "spread"
    );
    for (name, pages) in common::selected_sets() {
        let bytes = common::total_bytes(&pages) as f64;
        // A warm-up round, not counted.
        round(&pipeline, &pages, false, &mut PageTimes::new());
        let mut fastest = PageTimes::new();
        let mut parse_secs = Vec::new();
        let mut ratios = vec![Vec::new(); TARGETS.len()];
        let mut profile = vec![Vec::new(); Stage::ALL.len()];
        for r in 0..rounds {
            let (parse, targets, stages, clean_wall) =
                round(&pipeline, &pages, r % 2 == 1, &mut fastest);
            parse_secs.push(parse.as_secs_f64());
            let clean_ratio = targets[0].as_secs_f64() / parse.as_secs_f64();
            for (k, t) in stages.iter().enumerate() {
                profile[k].push(t.as_secs_f64() / clean_wall.as_secs_f64() * clean_ratio);
            }
            for (k, t) in targets.iter().enumerate() {
                ratios[k].push(t.as_secs_f64() / parse.as_secs_f64());
            }
        }
        let parse_mb_s = bytes / 1e6 / median(parse_secs);
        for (k, target) in TARGETS.iter().enumerate() {
            let lo = ratios[k].iter().copied().fold(f64::INFINITY, f64::min);
            let hi = ratios[k].iter().copied().fold(0.0, f64::max);
            println!(
                "{:<14} {:>5} {:>7.1} {:>10.1} {:<12} {:>8.2} {:>6.2}–{:<6.2}",
                name,
                pages.len(),
                bytes / 1e6,
                parse_mb_s,
                target,
                median(ratios[k].clone()),
                lo,
                hi
            );
        }
        if cfg!(feature = "stage-timings") {
            let shares: Vec<String> = Stage::ALL
                .iter()
                .zip(profile)
                .map(|(stage, ratios)| format!("{} {:.3}", stage.name(), median(ratios)))
                .collect();
            println!("{name:<14} stages (x parse, median): {}", shares.join(", "));
        }
        worst_pages(name, &pages, &fastest, pages_listed());
    }
}

/// How many pages [`worst_pages`] lists: `COPYDESK_RATIO_PAGES`, none by default.
fn pages_listed() -> usize {
    std::env::var("COPYDESK_RATIO_PAGES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Lists the `n` pages whose cleaning takes the most time beyond their parse (each page's fastest
/// round), with their share of the whole set's time beyond the parse: a set's ratio is a sum over
/// its pages, and a few pages may carry most of it.
fn worst_pages(set: &str, pages: &[String], fastest: &PageTimes, n: usize) {
    if n == 0 {
        return;
    }
    let beyond = |&(parse, clean): &(Duration, Duration)| clean.as_secs_f64() - parse.as_secs_f64();
    let total: f64 = fastest.iter().map(beyond).filter(|&b| b > 0.0).sum();
    let mut order: Vec<usize> = (0..fastest.len()).collect();
    order.sort_by(|&a, &b| beyond(&fastest[b]).total_cmp(&beyond(&fastest[a])));
    println!(
        "{set:<14} pages taking the most beyond their parse (of {:.1} ms):",
        total * 1e3
    );
    for &k in order.iter().take(n) {
        let (parse, clean) = fastest[k];
        println!(
            "{set:<14}   page {k:>4} {:>9} bytes  parse {:>7.3} ms  clean {:>7.3} ms  {:>5.2}x  {:>4.1}%  {}",
            pages[k].len(),
            parse.as_secs_f64() * 1e3,
            clean.as_secs_f64() * 1e3,
            clean.as_secs_f64() / parse.as_secs_f64(),
            beyond(&fastest[k]) / total * 100.0,
            title_of(&pages[k]),
        );
    }
}

/// The text of a page's `<title>`, shortened, to tell which page a line is about.
fn title_of(page: &str) -> String {
    let lower = page.to_ascii_lowercase();
    let Some(open) = lower.find("<title") else {
        return String::new();
    };
    let start = lower[open..].find('>').map_or(open, |k| open + k + 1);
    let end = lower[start..].find("</title").map_or(start, |k| start + k);
    page[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(50)
        .collect()
}
