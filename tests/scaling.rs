//! Bounded, linear work, counted instead of timed: ten times the input may cost at most about ten times
//! the allocations, the bytes allocated and the peak memory, for a long article, deep nesting, very long
//! lines, a page of 100,000 elements, whole-page text, a 20 MB page and a 200,000-deep nesting.
//!
//! Counts do not depend on the machine or on its load, so the verdict is the same on a busy two-core
//! CI runner as on a quiet laptop. A quadratic step that copies or rebuilds what it has seen (a string
//! grown by concatenation, a list re-collected per element) shows as about 100x the bytes allocated; a
//! linear one gives about 10x. Time itself is measured by `cargo bench --bench scaling`.
//!
//! Each count is per thread (a thread-local counter in a counting global allocator), so the tests of
//! this file, which run in parallel, never count each other's work.

mod shapes;

use copydesk::Pipeline;
use shapes::{
    article_page, elements, long_html_line, long_page, long_text_line, nested, page_text,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Largest accepted growth of any count for ten times the input: 10 for linear work, up to 20 when a
/// buffer that grows by doubling lands just under a power of two at 1x and just past one at 10x; a
/// quadratic step gives about 100.
const MAX_GROWTH: f64 = 25.0;

/// A small stack for every measured run: any recursion over the input's structure would overflow it.
const SMALL_STACK: usize = 256 * 1024;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
    static LIVE: Cell<i64> = const { Cell::new(0) };
    static PEAK: Cell<i64> = const { Cell::new(0) };
}

fn on_alloc(size: usize) {
    // `try_with`: a thread being torn down has no counters left; its allocations do not matter.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    let _ = ALLOCATED.try_with(|n| n.set(n.get() + size as u64));
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + size as i64);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

fn on_dealloc(size: usize) {
    let _ = LIVE.try_with(|live| live.set(live.get() - size as i64));
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counters are plain
// thread-local cells, initialised without allocating.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        on_alloc(layout.size());
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        on_dealloc(layout.size());
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        on_dealloc(layout.size());
        on_alloc(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// What one run cost: allocations made, bytes allocated, peak of bytes live over the input's own.
#[derive(Debug, Clone, Copy)]
struct Work {
    allocations: u64,
    allocated: u64,
    peak: i64,
}

/// The work of `clean` on `input`, counted on a fresh thread with a small stack (so the counts are
/// this run's alone). The input is built before counting starts.
fn work(clean: fn(&str) -> String, input: String) -> (Work, String) {
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let (base, live) = (ALLOCATIONS.get(), LIVE.get());
            let allocated = ALLOCATED.get();
            PEAK.set(live);
            let body = clean(&input);
            let work = Work {
                allocations: ALLOCATIONS.get() - base,
                allocated: ALLOCATED.get() - allocated,
                peak: PEAK.get() - live,
            };
            (work, body)
        })
        .expect("a thread starts")
        .join()
        .expect("no panic and no stack overflow")
}

fn html(input: &str) -> String {
    Pipeline::default()
        .clean_bytes(input.as_bytes(), Some("text/html"))
        .map(|a| a.body_text())
        .unwrap_or_default()
}

fn text(input: &str) -> String {
    Pipeline::default()
        .clean_text(input)
        .map(|a| a.body_text())
        .unwrap_or_default()
}

/// Cleans `make(n)` and `make(10 * n)`; each count may grow at most [`MAX_GROWTH`] times, and the
/// larger body must hold `expect`. Warms up first: phrase lists and tables compile on first use.
fn assert_linear(
    name: &str,
    clean: fn(&str) -> String,
    make: impl Fn(usize) -> String,
    n: usize,
    expect: &str,
) {
    let _ = work(clean, make(n));
    let (small, _) = work(clean, make(n));
    let (large, body) = work(clean, make(10 * n));
    assert!(body.contains(expect), "{name}: {expect:?} missing");
    let growth = |a: f64, b: f64| b / a.max(1.0);
    for (what, g) in [
        (
            "allocations",
            growth(small.allocations as f64, large.allocations as f64),
        ),
        (
            "bytes allocated",
            growth(small.allocated as f64, large.allocated as f64),
        ),
        ("peak memory", growth(small.peak as f64, large.peak as f64)),
    ] {
        eprintln!("{name}: 10x the input, {g:.1}x the {what}");
        assert!(
            g <= MAX_GROWTH,
            "{name}: 10x the input took {g:.1}x the {what} (at most {MAX_GROWTH}): {small:?} then {large:?}"
        );
    }
}

#[test]
fn a_long_article_page_scales_linearly() {
    assert_linear("long article", html, article_page, 500, "(4999)");
}

#[test]
fn deep_nesting_scales_linearly_up_to_200_000_levels() {
    assert_linear("deep nesting", html, nested, 20_000, "innermost paragraph");
}

#[test]
fn very_long_lines_scale_linearly() {
    assert_linear(
        "one long HTML line",
        html,
        long_html_line,
        2_000,
        "the mayor",
    );
    assert_linear(
        "one long text line",
        text,
        long_text_line,
        2_000,
        "the mayor",
    );
}

#[test]
fn a_page_of_100_000_elements_scales_linearly() {
    // 10x: 100,000 elements.
    assert_linear("100,000 elements", html, elements, 10_000, "w49999");
}

#[test]
fn whole_page_text_scales_linearly() {
    assert_linear("whole-page text", text, page_text, 500, "(4999)");
}

#[test]
fn a_20_mb_page_scales_linearly() {
    assert_linear("20 MB page", html, long_page, 2 << 20, "the innermost");
}
