//! An author's credit line standing alone: "By Jane Doe", "Written by Jane Doe | Updated May 3, 2025".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::removal::Reason;
use once_cell::sync::Lazy;

/// A credit line names an author or two and perhaps a date; a longer block is text.
const MAX_LINE_WORDS: usize = 16;

/// Words of one author's name ("Maria de la Cruz Ortega").
const MAX_NAME_WORDS: usize = 5;

/// Blocks on either side looked at for other credit lines.
const NEIGHBOUR_REACH: usize = 40;

/// Credit lines within [`NEIGHBOUR_REACH`] of each other that are still an article's own (its byline, a
/// reviewer's, an editor's). More make a list: books and their authors, a thread's posts.
const MAX_CREDITS_NEARBY: usize = 3;

/// A label opening a credit line, from `credit_line_labels.txt`: its words, lower case, and whether it
/// names the author's part ("written by") or stands bare ("by").
struct Label {
    words: Vec<&'static str>,
    names_part: bool,
}

static LABELS: Lazy<Vec<Label>> = Lazy::new(|| {
    let mut labels: Vec<Label> = include_str!("credit_line_labels.txt")
        .lines()
        .filter_map(|line| {
            let (kind, words) = line.split_once(' ')?;
            let names_part = match kind {
                "verb" => true,
                "bare" => false,
                _ => return None,
            };
            Some(Label {
                words: words.split_whitespace().collect(),
                names_part,
            })
        })
        .collect();
    // The longest label first: "medically reviewed by" before "reviewed by".
    labels.sort_by_key(|label| std::cmp::Reverse(label.words.len()));
    labels
});

/// Lower-case particles inside a name ("Ursula von der Leyen", "Luis de Guindos").
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "der", "den", "van", "von", "da", "dos", "du", "la", "le", "bin", "al",
    "y",
];

/// Words joining two authors' names.
const NAME_JOINERS: &[&str] = &["and", "&", "und", "et", "y", "e", "en"];

/// Capitalised words that open a phrase, not a name, after a bare "By" ("By The Numbers", "By Our
/// Reporters"), lower case.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "our",
    "my",
    "your",
    "its",
    "his",
    "her",
    "their",
    "all",
    "any",
    "far",
    "now",
    "then",
    "way",
    "default",
    "design",
    "comparison",
    "contrast",
    "means",
    "popular",
    "request",
    "appointment",
    "category",
    "type",
    "price",
    "date",
    "topic",
    "region",
    "state",
    "country",
    "industry",
    "name",
];

/// Removes an author's credit line standing alone: "By Jane Doe", "Written by Jane Doe", "Reviewed by
/// Dr. Ann Lee, MD", "By Jane Doe | Updated May 3, 2025", "Von Anna Schmidt" (labels from
/// `credit_line_labels.txt`). After a bare "By" at least two capitalised name words must follow, so "By
/// Tuesday" and "By The Numbers" stay; a line that reads as a sentence stays. Where several credit
/// lines stand close together they are the article's own list (books and their authors, a thread's
/// posts) and all stay.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nWritten by Jane Doe\n\nThe council approved the budget on Monday after a long debate.\n\nSchools get more money than last year, the mayor said.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "credit-line");
/// assert_eq!(article.blocks.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CreditLine;

impl Cleaner for CreditLine {
    fn name(&self) -> &'static str {
        "credit-line"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.is_title_candidate() || !is_credit_line(block) || cx.is_prose() {
            return Verdict::Keep;
        }
        let index = cx.index();
        let reach = index.saturating_sub(NEIGHBOUR_REACH)..=index + NEIGHBOUR_REACH;
        let nearby = reach
            .filter_map(|at| cx.block(at))
            .filter(|other| is_credit_line(other))
            .take(MAX_CREDITS_NEARBY + 1)
            .count();
        if nearby > MAX_CREDITS_NEARBY {
            return Verdict::Keep;
        }
        Verdict::Drop(Reason::Pattern("an author's credit line standing alone"))
    }
}

/// Whether `block` is one line of a credit label and the names after it, perhaps with a date or role
/// set off after them.
fn is_credit_line(block: &Block) -> bool {
    let text = block.text.trim();
    if block.kind == BlockKind::Preformatted
        || text.len() > MAX_LINE_WORDS * 24
        || !opens_like_a_label(text)
        || text.contains('\n')
        || text.ends_with(['?', '!'])
    {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > MAX_LINE_WORDS {
        return false;
    }
    LABELS
        .iter()
        .find_map(|label| label_len(&words, label).map(|len| (len, label.names_part)))
        .is_some_and(|(len, names_part)| names_follow(&words[len..], names_part))
}

/// The labels' first words, lower case, sorted for a binary search.
static FIRST_WORDS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    let mut words: Vec<&'static str> = LABELS.iter().map(|label| label.words[0]).collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// Bytes of the longest first word a label may have.
const MAX_FIRST_WORD_BYTES: usize = 16;

/// A cheap first test: the line's first word is one a label opens with ("By", "Written", …). Most
/// blocks fail it without an allocation.
fn opens_like_a_label(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    let first = first.trim_end_matches(':');
    if first.is_empty() || first.len() > MAX_FIRST_WORD_BYTES {
        return false;
    }
    if first.is_ascii() {
        let mut lower = [0u8; MAX_FIRST_WORD_BYTES];
        let lower = &mut lower[..first.len()];
        lower.copy_from_slice(first.as_bytes());
        lower.make_ascii_lowercase();
        return FIRST_WORDS
            .binary_search_by(|word| word.as_bytes().cmp(lower))
            .is_ok();
    }
    // Only a label's first word that is not ASCII itself can match one that is not ("écrit").
    FIRST_WORDS
        .iter()
        .filter(|word| !word.is_ascii())
        .any(|word| same_word(first, word))
}

/// Whether `word` is `expected` (lower case) up to case, without an allocation.
fn same_word(word: &str, expected: &str) -> bool {
    match word.is_ascii() {
        true => word.eq_ignore_ascii_case(expected),
        false => word
            .chars()
            .flat_map(char::to_lowercase)
            .eq(expected.chars()),
    }
}

/// How many of `words` the label takes (its last word may carry a colon: "By: Jane Doe"), or `None`.
fn label_len(words: &[&str], label: &Label) -> Option<usize> {
    if words.len() <= label.words.len() {
        return None;
    }
    let last = label.words.len() - 1;
    let matches = label.words.iter().enumerate().all(|(i, expected)| {
        let word = if i == last {
            words[i].trim_end_matches(':')
        } else {
            words[i]
        };
        same_word(word, expected)
    });
    matches.then_some(label.words.len())
}

/// Whether `words` (what follows the label) are one or more names, then nothing or a date or role set
/// off by a separator: "Jane Doe", "Jane Doe and John Roe", "Ann Lee, MD | May 3, 2025".
fn names_follow(words: &[&str], names_part: bool) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let first = first.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !starts_upper(first) || NOT_NAMES.contains(&first.to_lowercase().as_str()) {
        return false;
    }
    let mut name_words = 0;
    let mut in_name = 0;
    for word in words {
        if is_separator(word) {
            return enough_names(name_words, names_part);
        }
        let bare = word.trim_end_matches([',', ';']);
        if NAME_JOINERS.contains(&bare) {
            in_name = 0;
            continue;
        }
        if !(starts_upper(bare) || NAME_PARTICLES.contains(&bare)) || in_name >= MAX_NAME_WORDS {
            return false;
        }
        name_words += 1;
        in_name = if bare.len() < word.len() {
            0
        } else {
            in_name + 1
        };
    }
    enough_names(name_words, names_part)
}

/// One name word after a label naming the author's part ("Written by Kristin"); two after a bare one.
fn enough_names(name_words: usize, names_part: bool) -> bool {
    name_words >= if names_part { 1 } else { 2 }
}

/// A word standing between the names and a date or role: "|", "•", "–", "on", "Published:".
fn is_separator(word: &str) -> bool {
    matches!(
        word,
        "|" | "•" | "·" | "-" | "–" | "—" | "/" | "»" | "on" | "at" | "am" | "le" | "el"
    ) || ["published", "updated", "posted", "last"]
        .iter()
        .any(|w| word.trim_end_matches(':').eq_ignore_ascii_case(w))
}

/// Whether `word` opens with an upper-case letter (or a digit-free initial: "J.").
fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::CreditLine;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2, PARA_3};

    removes! { CreditLine;
        bare_by: "By Jane Doe",
        lower_case_by: "by Jane Doe",
        written_by_one_name: "Written by Kristin",
        reviewer_with_credentials: "Reviewed by: Dr. Ann Lee, MD",
        two_authors: "By Jane Doe and John Roe",
        agency_after_comma: "By Jane Doe, Example Wire",
        with_date: "By Rebecca Stone Published: Jun 25, 2025",
        with_bar_and_date: "Written by Jane Doe | Updated March 3, 2025",
        posted_at: "Posted by: John at December 18, 2025 05:48 PM",
        particle: "By Ursula von der Leyen",
        german: "Von Anna Schmidt",
        french: "Par Jean Dupont",
    }

    keeps! { CreditLine;
        by_a_day: "By Tuesday, the river had risen above the bridge.",
        by_the_numbers: "By The Numbers",
        by_the_numbers_lower: "By the numbers",
        by_hand: "Written by hand",
        one_word_after_bare_by: "By Functionality",
        forum_post_header: "by Minoa » Tue Aug 27, 2019 5:58 am",
        sentence: "Written by Jane Doe in 1990, the book sold a million copies.",
        question: "Written by Jane Doe?",
        lower_case_words: "By clicking submit you agree to the terms",
    }

    #[test]
    fn every_label_passes_the_first_test() {
        for label in super::LABELS.iter() {
            let line = format!("{} Jane Doe", label.words.join(" "));
            assert!(super::opens_like_a_label(&line), "{line:?}");
        }
    }

    #[test]
    fn keeps_a_list_of_books_and_their_authors() {
        let mut texts = vec!["Ten novels for the summer", PARA_1];
        let books = [
            ("The Quiet River", "by Ann Marsh"),
            ("Salt and Iron", "by Tom Reed"),
            ("A Winter Garden", "by Lena Stone"),
            ("Northern Lights", "by Carl Berg"),
        ];
        for (title, author) in &books {
            texts.push(title);
            texts.push(author);
        }
        texts.push(PARA_2);
        assert!(kept_blocks(&CreditLine, &texts).iter().all(|&kept| kept));
    }

    #[test]
    fn takes_a_byline_and_a_reviewer_line_but_no_prose() {
        let texts = [
            "Ten novels for the summer",
            "By Jane Doe",
            "Reviewed by John Roe",
            PARA_1,
            PARA_2,
            PARA_3,
        ];
        assert_eq!(
            kept_blocks(&CreditLine, &texts),
            [true, false, false, true, true, true]
        );
    }
}
