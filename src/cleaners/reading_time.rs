//! A line that gives an article's reading time, with its date or byline beside it: "July 12, 2025 · 9
//! min read".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::ends_sentence;
use crate::removal::Reason;
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

/// Words a reading-time line has at most: a date, a byline of a few words and the reading time.
const MAX_LINE_WORDS: usize = 14;

/// Digits the number of minutes has at most.
const MAX_MINUTE_DIGITS: usize = 3;

/// Words between the reading word and the number when the reading word comes first ("Lesezeit: 4
/// Min.", "temps de lecture 5 min"): at most one ("reading time 4 min").
const MAX_WORDS_BEFORE_NUMBER: usize = 2;

/// The units of minutes and the reading words of `reading_time_words.txt`.
struct Words {
    minutes: FxHashSet<&'static str>,
    read: FxHashSet<&'static str>,
}

static WORDS: Lazy<Words> = Lazy::new(|| {
    let mut words = Words {
        minutes: FxHashSet::default(),
        read: FxHashSet::default(),
    };
    for line in include_str!("reading_time_words.txt").lines() {
        match line.split_once(' ') {
            Some(("minute", word)) => {
                words.minutes.insert(word);
            }
            Some(("read", word)) => {
                words.read.insert(word);
            }
            _ => {}
        }
    }
    words
});

/// Removes a line that gives an article's reading time, alone or with the date, the byline or a
/// separator beside it, as blogs and news sites print it under a headline or on a teaser: "July 12,
/// 2025 · 9 min read", "By Jane Doe — 7 minutes read", "Lesezeit: 4 Min.". A short block (at most 14
/// words) that ends no sentence and holds a number of minutes with a reading word right after the unit
/// ("6 min read") or just before the number ("reading time 6 min"). A sentence that mentions reading
/// time ("The report is a 5 min read, and worth it.") ends as a sentence and stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nJuly 12, 2025 · 9 min read\n\n\
///     The council approved the budget on Monday after a long debate.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "reading-time");
/// assert_eq!(article.blocks.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadingTime;

impl Cleaner for ReadingTime {
    fn name(&self) -> &'static str {
        "reading-time"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.words() > MAX_LINE_WORDS || cx.is_title_candidate() {
            return Verdict::Keep;
        }
        // Most blocks hold no digit, and no number of minutes.
        if !block.text.bytes().any(|b| b.is_ascii_digit()) || is_sentence(&block.text) {
            return Verdict::Keep;
        }
        if gives_reading_time(&cx.folded()) {
            Verdict::Drop(Reason::Pattern("a line giving the reading time"))
        } else {
            Verdict::Keep
        }
    }
}

/// Whether `text` reads as a sentence: it ends as one (a unit abbreviated with a full stop, "4 Min.",
/// ends none), or a sentence ends inside it.
fn is_sentence(text: &str) -> bool {
    let text = text.trim_end();
    let abbreviated = text
        .len()
        .checked_sub(ABBREVIATED_UNIT.len())
        .and_then(|at| text.get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(ABBREVIATED_UNIT));
    (ends_sentence(text) && !abbreviated)
        || text.contains(". ")
        || text.contains("? ")
        || text.contains("! ")
}

/// The unit of minutes abbreviated with a full stop, as German and French lines end ("4 Min.").
const ABBREVIATED_UNIT: &str = " min.";

/// Whether the folded words hold a number of minutes with a reading word right after the unit ("6 min
/// read", "7 minutes reading") or at most [`MAX_WORDS_BEFORE_NUMBER`] words before the number
/// ("lesezeit 4 min").
fn gives_reading_time(folded: &str) -> bool {
    let words: Vec<&str> = folded.split(' ').collect();
    let is_read = |at: usize| words.get(at).is_some_and(|w| WORDS.read.contains(w));
    words.windows(2).enumerate().any(|(at, pair)| {
        let is_number = !pair[0].is_empty()
            && pair[0].len() <= MAX_MINUTE_DIGITS
            && pair[0].bytes().all(|b| b.is_ascii_digit());
        if !is_number || !WORDS.minutes.contains(pair[1]) {
            return false;
        }
        let read_after = is_read(at + 2);
        let read_before = (1..=MAX_WORDS_BEFORE_NUMBER)
            .filter_map(|back| at.checked_sub(back))
            .any(is_read);
        read_after || read_before
    })
}

#[cfg(test)]
mod tests {
    use super::ReadingTime;

    removes! { ReadingTime;
        alone: "6 min read",
        dated: "July 12, 2025 • 9 min read",
        numeric_date: "23.07.2025 · 6 min read",
        byline: "By Jane Doe — 7 minutes read",
        team: "Editorial Team | 5 min read",
        byline_after: "2024-11-03 14 min read Written by Jane Doe",
        capitals: "Jun 08, 2023 • 11 Minute Read",
        read_time: "4 min read time",
        label_first: "Reading time: 4 minutes",
        german: "Lesezeit: 4 Min.",
        french: "Temps de lecture : 5 min",
    }

    keeps! { ReadingTime;
        sentence: "The report is a 5 min read, and worth every minute of it.",
        cooking: "Bake for 25 minutes",
        timing: "Read the label for 2 minutes",
        no_number: "A quick read",
        long: "Readers who spend 10 minutes reading the local paper each day say they trust it more than the national news",
    }
}
