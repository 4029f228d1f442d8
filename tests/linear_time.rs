//! Linear time: a page ten times larger takes at most about ten times as long, for a long article, deep
//! nesting, very long lines and a page of 100,000 elements, in HTML and in text mode.
//!
//! Ratios, not wall-clock limits: each input is cleaned at 1x and at 10x, alternately, several times; the
//! fastest run of each is compared (the fastest is the one least disturbed by other work on a shared
//! machine). A quadratic step would make the ratio about 100; linear work gives about 10.
//!
//! A larger input also falls out of the processor's caches: the bare `scraper` parse of a page of
//! 100,000 elements costs about twice as much per element as that of 10,000. HTML inputs are therefore
//! held to the limit times the parse's own growth past 10x (when it grows faster than linearly): copydesk
//! must scale as well as its parser, whose growth it cannot change.

use copydesk::Pipeline;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Largest accepted time ratio for ten times the input: 10 for linear work, with room for the noise of
/// a loaded shared machine and for caches; a quadratic step gives about 100, so it still stands out.
const MAX_RATIO: f64 = 20.0;

/// Runs of each size; the fastest counts.
const RUNS: usize = 5;

fn fastest(clean: &dyn Fn(&str), input: &str, best: &mut Duration) {
    let start = Instant::now();
    clean(input);
    *best = (*best).min(start.elapsed());
}

/// The time ratio of cleaning `make(10 * n)` to cleaning `make(n)`.
/// One measurement at a time: the tests of this file would otherwise time each other.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn ratio(clean: &dyn Fn(&str), make: &impl Fn(usize) -> String, n: usize) -> f64 {
    let _turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let (small, large) = (make(n), make(10 * n));
    clean(&small); // first use: compiles the phrase lists and tables
    let (mut t1, mut t10) = (Duration::MAX, Duration::MAX);
    for _ in 0..RUNS {
        fastest(clean, &small, &mut t1);
        fastest(clean, &large, &mut t10);
    }
    t10.as_secs_f64() / t1.as_secs_f64()
}

fn parse(input: &str) {
    std::hint::black_box(scraper::Html::parse_document(input));
}

fn html(input: &str) {
    let _ = std::hint::black_box(Pipeline::default().clean_html(input));
}

fn text(input: &str) {
    let _ = std::hint::black_box(Pipeline::default().clean_text(input));
}

fn assert_linear(name: &str, ratio: f64) {
    assert!(
        ratio <= MAX_RATIO,
        "{name}: 10x the input took {ratio:.1}x the time (at most {MAX_RATIO})"
    );
}

/// An HTML input scales linearly, allowing for the growth of the bare parse of the same inputs.
fn assert_html_linear(name: &str, make: impl Fn(usize) -> String, n: usize) {
    let floor = ratio(&parse, &make, n);
    let limit = MAX_RATIO * (floor / 10.0).max(1.0);
    let took = ratio(&html, &make, n);
    assert!(
        took <= limit,
        "{name}: 10x the input took {took:.1}x the time (at most {limit:.1}; the parse alone {floor:.1}x)"
    );
}

const PARA: &str = "The council approved the new budget on Monday after a debate that lasted well into the night, \
    and the mayor said the vote showed the city could still agree on what matters.";

fn article_page(paragraphs: usize) -> String {
    let mut page = String::from("<html><head><title>Budget</title></head><body><nav><a href=/>Home</a> <a href=/n>News</a></nav><article><h1>Budget</h1>");
    for i in 0..paragraphs {
        page.push_str(&format!("<p>{PARA} ({i})</p>"));
        if i % 10 == 0 {
            page.push_str("<div class=share><a href=#>Share</a></div><p>Advertisement</p>");
        }
    }
    page.push_str("</article><footer>About us</footer></body></html>");
    page
}

#[test]
fn a_long_article_page_scales_linearly() {
    assert_html_linear("long article", article_page, 500);
}

#[test]
fn deep_nesting_scales_linearly() {
    let nested = |depth: usize| {
        format!(
            "<html><body>{}<p>{PARA}</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    };
    assert_html_linear("deep nesting", nested, 2_000);
}

#[test]
fn very_long_lines_scale_linearly() {
    let long_line = |sentences: usize| format!("<p>{}</p>", format!("{PARA} ").repeat(sentences));
    assert_html_linear("one long HTML line", long_line, 2_000);
    let long_text =
        |sentences: usize| format!("Budget\n\n{}", format!("{PARA} ").repeat(sentences));
    assert_linear("one long text line", ratio(&text, &long_text, 2_000));
}

#[test]
fn a_page_of_100_000_elements_scales_linearly() {
    let elements = |n: usize| {
        let mut page = String::from("<html><body><article>");
        for i in 0..n / 2 {
            page.push_str(&format!("<span>w{i}</span><b> </b>"));
        }
        page.push_str("</article></body></html>");
        page
    };
    // 10x: 100,000 elements.
    assert_html_linear("100,000 elements", elements, 10_000);
}

#[test]
fn whole_page_text_scales_linearly() {
    let page = |paragraphs: usize| {
        let mut page = String::from("Home\nNews\nSport\n\nBudget passes\n\n");
        for i in 0..paragraphs {
            page.push_str(&format!("{PARA} ({i})\n\n"));
            if i % 10 == 0 {
                page.push_str("Advertisement\n\nShare this article\n\n");
            }
        }
        page.push_str("About us\nContact\n");
        page
    };
    assert_linear("whole-page text", ratio(&text, &page, 500));
}
