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
/// time ("The report is a 5 min read, and worth it.") ends as a sentence and stays, and so do the
/// lines of a list of cards (another such line a few blocks away), which a listing keeps.
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
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadingTime;

impl Cleaner for ReadingTime {
    fn name(&self) -> &'static str {
        "reading-time"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.is_title_candidate()
            || !is_reading_time_line(cx.words(), &block.text, || cx.folded())
            || is_in_list_of_cards(cx)
        {
            return Verdict::Keep;
        }
        Verdict::Drop(Reason::Pattern("a line giving the reading time"))
    }
}

/// Blocks around a reading-time line that are looked at for another one: a card of a list (a
/// headline, a byline, a teaser, the line) holds a handful.
const CARD_WINDOW: usize = 6;

/// Whether another reading-time line stands within [`CARD_WINDOW`] blocks of this one: then the line
/// is one card's in a list of cards, and a listing (a blog's front page, an archive) keeps its cards
/// whole, as its readers see them. An article has one such line, under its headline.
fn is_in_list_of_cards(cx: &BlockContext<'_>) -> bool {
    let index = cx.index();
    let around = index.saturating_sub(CARD_WINDOW)..(index + CARD_WINDOW + 1).min(cx.len());
    around.filter(|&at| at != index).any(|at| {
        cx.block(at)
            .is_some_and(|b| is_reading_time_line(cx.words_at(at), &b.text, || cx.folded_at(at)))
    })
}

/// Whether a block of `words` words and `text` (folded by `folded`, asked last) is a reading-time
/// line: short, with a digit, no sentence, and a number of minutes read as reading time.
fn is_reading_time_line<F: AsRef<str>>(
    words: usize,
    text: &str,
    folded: impl FnOnce() -> F,
) -> bool {
    // Most blocks hold no digit, and no number of minutes.
    words <= MAX_LINE_WORDS
        && text.bytes().any(|b| b.is_ascii_digit())
        && !is_sentence(text)
        && gives_reading_time(folded().as_ref())
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

    #[test]
    fn keeps_the_lines_of_a_list_of_cards() {
        let texts = [
            "Latest stories",
            "Why the bridge closed for a year",
            "March 7, 2026 · 4 min read",
            "Ten parks to visit this spring",
            "March 6, 2026 · 6 min read",
        ];
        let kept = crate::cleaners::test_macros::kept_blocks(&ReadingTime, &texts);
        assert_eq!(kept, [true; 5]);
    }

    #[test]
    fn removes_the_line_under_an_article_s_headline() {
        use crate::cleaners::test_macros::{PARA_1, PARA_2, PARA_3};
        let texts = [
            "Council approves budget",
            "March 7, 2026 · 4 min read",
            PARA_1,
            PARA_2,
            PARA_3,
        ];
        let kept = crate::cleaners::test_macros::kept_blocks(&ReadingTime, &texts);
        assert_eq!(kept, [true, false, true, true, true]);
    }
}
