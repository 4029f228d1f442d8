//! The page sets the benches measure, read the same way by every bench.
//!
//! - **news**: `../shared/corpus/readability-pages` (2019 news pages), else the HTML pages shipped in
//!   `tests/`.
//! - **modern**: a deterministic sample of `../shared/corpus/wcxb-dev/html` (2025–26 pages of seven
//!   types, gzipped): every [`MODERN_STRIDE`]th page in name order. Empty when `../shared` is absent.
//! - **multilingual**: a sample of `../shared/corpus/multilingual-dev/pages`, likewise.

#![allow(dead_code)] // Each bench uses a part.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One page in this many of the WCXB dev set is measured: 1,497 pages give 214, enough for a
/// steady ratio and short enough for a bench.
pub const MODERN_STRIDE: usize = 7;

/// One page in this many of the multilingual dev set (500 pages) is measured.
pub const MULTILINGUAL_STRIDE: usize = 5;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The corpus directory `name` under `../shared/corpus`.
pub fn corpus(name: &str) -> PathBuf {
    root().join("../shared/corpus").join(name)
}

/// The paths `pick` names for each entry of `dir`, in path order.
pub fn paths_sorted(dir: &Path, pick: impl Fn(&Path) -> Option<PathBuf>) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter_map(|p| pick(&p))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

/// The file `pick` names for each entry of `dir`, read as text, in path order.
pub fn read_dir_sorted(dir: &Path, pick: impl Fn(&Path) -> Option<PathBuf>) -> Vec<String> {
    paths_sorted(dir, pick)
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// A page read as bytes (gunzipped when its name ends in `.gz`), decoded as UTF-8 with U+FFFD for
/// invalid bytes.
pub fn read_page(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let bytes = if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .ok()?;
        out
    } else {
        bytes
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// The readability-pages sources when the corpus exists, else the shipped HTML pages.
pub fn news_pages() -> Vec<String> {
    let corpus = corpus("readability-pages");
    if corpus.is_dir() {
        return read_dir_sorted(&corpus, |p| Some(p.join("source.html")));
    }
    let mut pages = read_dir_sorted(&root().join("tests/html"), |p| {
        p.extension().is_some_and(|e| e == "html").then(|| p.into())
    });
    pages.extend(read_dir_sorted(&root().join("tests/golden"), |p| {
        Some(p.join("input.html"))
    }));
    pages
}

/// Every `stride`th file of a corpus directory (in name order), read; empty when it is absent.
fn sample(dir: &Path, stride: usize) -> Vec<String> {
    paths_sorted(dir, |p| p.is_file().then(|| p.into()))
        .iter()
        .step_by(stride)
        .filter_map(|p| read_page(p))
        .collect()
}

/// The sample of WCXB dev pages; empty when `../shared` is absent. `COPYDESK_BENCH_ALL=1` reads
/// every page.
pub fn modern_pages() -> Vec<String> {
    sample(&corpus("wcxb-dev/html"), stride(MODERN_STRIDE))
}

/// The sample of multilingual dev pages; empty when `../shared` is absent.
pub fn multilingual_pages() -> Vec<String> {
    sample(
        &corpus("multilingual-dev/pages"),
        stride(MULTILINGUAL_STRIDE),
    )
}

fn stride(default: usize) -> usize {
    if std::env::var_os("COPYDESK_BENCH_ALL").is_some_and(|v| v == "1") {
        1
    } else {
        default
    }
}

/// Reads a page set.
type Loader = fn() -> Vec<String>;

/// The page sets `COPYDESK_RATIO_SETS` names (comma-separated; every set when unset), each read, in
/// the order news, modern, multilingual; a set whose corpus is absent is left out with a line saying so.
pub fn selected_sets() -> Vec<(&'static str, Vec<String>)> {
    let wanted = std::env::var("COPYDESK_RATIO_SETS").unwrap_or_default();
    let sets: [(&str, Loader); 3] = [
        ("news", news_pages),
        ("modern", modern_pages),
        ("multilingual", multilingual_pages),
    ];
    let mut selected = Vec::new();
    for (name, load) in sets {
        if !wanted.is_empty() && !wanted.split(',').any(|w| w == name) {
            continue;
        }
        let pages = load();
        if pages.is_empty() {
            println!("{name:<14} skipped: its corpus under ../shared/corpus is absent");
            continue;
        }
        selected.push((name, pages));
    }
    selected
}

pub fn total_bytes(inputs: &[String]) -> u64 {
    inputs.iter().map(String::len).sum::<usize>() as u64
}

/// The CPU time this thread has used; wall time since the first call where the clock cannot be read.
///
/// On a machine shared with other jobs, wall time also counts the time a thread waited for a core.
pub fn cpu_time() -> std::time::Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the call only writes it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return START.elapsed();
    }
    std::time::Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

static START: std::sync::LazyLock<std::time::Instant> =
    std::sync::LazyLock::new(std::time::Instant::now);

/// Criterion's measurement by the thread's CPU clock ([`cpu_time`]), shown as criterion shows
/// wall time.
pub struct ThreadCpu(criterion::measurement::WallTime);

impl Default for ThreadCpu {
    fn default() -> Self {
        ThreadCpu(criterion::measurement::WallTime)
    }
}

impl criterion::measurement::Measurement for ThreadCpu {
    type Intermediate = std::time::Duration;
    type Value = std::time::Duration;

    fn start(&self) -> Self::Intermediate {
        cpu_time()
    }
    fn end(&self, start: Self::Intermediate) -> Self::Value {
        cpu_time().saturating_sub(start)
    }
    fn add(&self, a: &Self::Value, b: &Self::Value) -> Self::Value {
        *a + *b
    }
    fn zero(&self) -> Self::Value {
        std::time::Duration::ZERO
    }
    fn to_f64(&self, value: &Self::Value) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn criterion::measurement::ValueFormatter {
        self.0.formatter()
    }
}
