//! Allocations of `clean_html` against a bare `scraper` parse of the same pages: `cargo bench --bench alloc`.
//!
//! The memory side of the "× parse" table: a counting global allocator (this bench binary's alone)
//! counts the calls to the allocator (`alloc` and growing `realloc`) and the bytes they ask for,
//! over one round of every page of a set after a warm-up round (so the automata and tables built on
//! first use are not counted). Counts, not seconds: the same figures on every machine and run, for
//! comparing two builds.
//!
//! `COPYDESK_RATIO_SETS=news,modern` picks sets, as in `--bench ratio`; `COPYDESK_BENCH_ALL=1`
//! measures every page of the sampled sets.

#[path = "common/mod.rs"]
mod common;

use copydesk::Pipeline;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};

/// Counts calls to the allocator and the bytes they ask for.
struct Counting;

static CALLS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        CALLS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(
            new_size.saturating_sub(layout.size()) as u64,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Calls and bytes counted while `f` runs.
fn counted(f: impl FnOnce()) -> (u64, u64) {
    let (calls, bytes) = (CALLS.load(Ordering::Relaxed), BYTES.load(Ordering::Relaxed));
    f();
    (
        CALLS.load(Ordering::Relaxed) - calls,
        BYTES.load(Ordering::Relaxed) - bytes,
    )
}

/// One round of `clean_html` over the pages.
fn clean_round(pipeline: &Pipeline, pages: &[String]) {
    for page in pages {
        let _ = std::hint::black_box(pipeline.clean_html(page));
    }
}

fn main() {
    let pipeline = Pipeline::default();
    println!(
        "{:<14} {:>5} {:<12} {:>12} {:>8} {:>10} {:>8}",
        "set", "pages", "target", "allocations", "x parse", "MB asked", "x parse"
    );
    for (name, pages) in common::selected_sets() {
        // A warm-up round, not counted: what is built once per process.
        clean_round(&pipeline, &pages);
        let parse = counted(|| {
            for page in &pages {
                std::hint::black_box(scraper::Html::parse_document(page));
            }
        });
        let clean = counted(|| clean_round(&pipeline, &pages));
        for (target, (calls, bytes)) in [("parse", parse), ("clean_html", clean)] {
            println!(
                "{:<14} {:>5} {:<12} {:>12} {:>8.3} {:>10.1} {:>8.3}",
                name,
                pages.len(),
                target,
                calls,
                calls as f64 / parse.0.max(1) as f64,
                bytes as f64 / 1e6,
                bytes as f64 / parse.1.max(1) as f64
            );
        }
    }
}
