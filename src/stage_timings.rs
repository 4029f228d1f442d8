//! Time spent in each stage of the pipeline, for profiling: on with the `stage-timings` feature,
//! compiled away without it.
//!
//! Each stage runs inside `timed`, which adds its wall time to a per-thread total; the benches read
//! and reset the totals with [`take`]. Without the feature `timed` only calls the stage, and
//! [`take`] returns zeros.

use std::time::Duration;

/// The stages timed, in pipeline order.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The scan that cuts what no stage reads, before the parse.
    Prefilter,
    /// The HTML parse of what is left (`scraper`).
    Parse,
    /// Metadata: the walk over `<meta>`, `<title>`, bylines, dates, and the JSON-LD read.
    Metadata,
    /// The DOM flattened into an array, pruning hidden nodes, scripts and controls.
    Flatten,
    /// Text measures of every subtree, once per page.
    Measures,
    /// The extraction attempts: furniture marks, scoring, candidates, cleaning, blocks.
    Attempts,
    /// Recording what was left out, the JSON-LD fallback, the standfirst.
    Record,
    /// Language detection (declared language checked, or detected).
    Language,
    /// The block cleaners, in rounds.
    Cleaners,
    /// The normalizers.
    Normalizers,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 10] = [
        Stage::Prefilter,
        Stage::Parse,
        Stage::Metadata,
        Stage::Flatten,
        Stage::Measures,
        Stage::Attempts,
        Stage::Record,
        Stage::Language,
        Stage::Cleaners,
        Stage::Normalizers,
    ];

    /// The stage's name in tables.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Prefilter => "prefilter",
            Stage::Parse => "parse",
            Stage::Metadata => "metadata",
            Stage::Flatten => "flatten",
            Stage::Measures => "measures",
            Stage::Attempts => "attempts",
            Stage::Record => "record",
            Stage::Language => "language",
            Stage::Cleaners => "cleaners",
            Stage::Normalizers => "normalizers",
        }
    }
}

#[cfg(feature = "stage-timings")]
thread_local! {
    static TOTALS: std::cell::Cell<[Duration; Stage::ALL.len()]> =
        const { std::cell::Cell::new([Duration::ZERO; Stage::ALL.len()]) };
}

/// Runs a stage, adding its time to this thread's total for it when the feature is on.
#[inline(always)]
pub(crate) fn timed<T>(stage: Stage, f: impl FnOnce() -> T) -> T {
    #[cfg(feature = "stage-timings")]
    {
        let start = std::time::Instant::now();
        let out = f();
        let elapsed = start.elapsed();
        TOTALS.with(|t| {
            let mut totals = t.get();
            totals[stage as usize] += elapsed;
            t.set(totals);
        });
        out
    }
    #[cfg(not(feature = "stage-timings"))]
    {
        let _ = stage;
        f()
    }
}

/// This thread's time per stage since the last call, in [`Stage::ALL`] order; resets the totals.
/// All zero without the `stage-timings` feature.
///
/// # Examples
///
/// ```
/// let _ = copydesk::Pipeline::default().clean_html("<p>Rain fell on the valley all day long.</p>");
/// let times = copydesk::stage_timings::take();
/// assert_eq!(times.len(), copydesk::stage_timings::Stage::ALL.len());
/// assert!(copydesk::stage_timings::take().iter().all(|t| t.is_zero()));
/// ```
#[doc(hidden)]
pub fn take() -> [Duration; Stage::ALL.len()] {
    #[cfg(feature = "stage-timings")]
    {
        TOTALS.with(|t| t.replace([Duration::ZERO; Stage::ALL.len()]))
    }
    #[cfg(not(feature = "stage-timings"))]
    {
        [Duration::ZERO; Stage::ALL.len()]
    }
}
