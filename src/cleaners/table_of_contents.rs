//! A table of contents: its label and the entries that come again later as the article's headings.

use super::context::{BlockFlag, MAX_COPY_BYTES};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::fold;
use crate::removal::Reason;
use crate::text::is_prose;
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Entries a table of contents has at most, as this cleaner reads it: past that, a run of short
/// blocks is a list of its own.
const MAX_ENTRIES: usize = 40;

/// Words an entry has at most: a heading's length.
const MAX_ENTRY_WORDS: usize = 20;

/// Entries that must come again later for a label to open a table of contents: one repeat may be
/// chance.
const MIN_REPEATED_ENTRIES: usize = 2;

/// Removes a table of contents: its label ("Table of Contents", "In this article", "Inhalt",
/// "Sommaire", …, from `toc_labels.txt`) and each entry under it that comes again later, as the
/// heading it points to. The label goes when two entries or more come again, or when a label of two
/// words or more stands over no entry at all, or only over the article's first heading or two before
/// its prose (the table was shut when the page was saved; the headings stay); an entry
/// that does not come again (it may be the only copy of its words) stays. A table without a label
/// goes when five entries or more all come again below it, in order, as headings apart from each
/// other. Only copies are removed, so no words of the
/// article are lost. The headings may stand above the table too (a page's side column comes out after
/// the article in its text), an entry that opens with its section number ("1. Why it matters")
/// points to the heading without it, and a bare entry ("Why it matters") to the heading with one.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nTable of Contents\n\nWhy it matters\n\nWhat comes next\n\n\
///     The council approved the budget on Monday after a long debate.\n\nWhy it matters\n\n\
///     Schools and roads get more money than last year, the mayor said.\n\nWhat comes next\n\n\
///     A second vote is due in spring, when the figures are final.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// let stages: Vec<&str> = article.removals.iter().map(|r| r.stage).collect();
/// assert_eq!(stages, ["table-of-contents"; 3]);
/// assert_eq!(article.blocks.len(), 5);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct TableOfContents;

impl Cleaner for TableOfContents {
    fn name(&self) -> &'static str {
        "table-of-contents"
    }

    fn check(&self, _block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let index = cx.index();
        if cx.is_title_candidate() || !is_entry_shaped(cx, index) {
            return Verdict::Keep;
        }
        let Some(label) = label_above(cx, index) else {
            return match unlabelled_entry_copy(cx, index) {
                Some(copy) => Verdict::Drop(Reason::DuplicateOf(copy)),
                None => Verdict::Keep,
            };
        };
        if index == label && is_label_over_nothing(cx, index) {
            return Verdict::Drop(Reason::Pattern(
                "the label of a table of contents shown closed",
            ));
        }
        let entries = label + 1..run_end(cx, label);
        let heading_of = |i: usize| heading_of_entry(cx, i, entries.clone());
        if entries.clone().filter(|&i| heading_of(i).is_some()).count() < MIN_REPEATED_ENTRIES {
            return Verdict::Keep;
        }
        if index == label {
            return Verdict::Drop(Reason::Pattern("the label of a table of contents"));
        }
        if !entries.contains(&index) {
            return Verdict::Keep;
        }
        match heading_of(index) {
            Some(copy) => Verdict::Drop(Reason::DuplicateOf(copy)),
            None => Verdict::Keep,
        }
    }
}

/// Entries a table of contents without a label needs: fewer short lines that come again may be a
/// list the article walks through, or chance.
const MIN_UNLABELLED_ENTRIES: usize = 5;

/// For an entry of a table of contents that has no label, the heading it points to: the block at
/// `index` stands in a run of [`MIN_UNLABELLED_ENTRIES`] short lines or more (not prose, no title),
/// every one of which comes again further down, in the same order, each copy apart from the next
/// (headings with their sections between them; a footer's menu that repeats the header's would
/// come out as lines side by side). Only copies go, so the article loses no words.
fn unlabelled_entry_copy(cx: &BlockContext<'_>, index: usize) -> Option<usize> {
    cx.next_copy(index)?;
    let is_entry = |at: usize| {
        !(cx.title_is_first_block() && at == 0)
            && is_entry_shaped(cx, at)
            && cx.block(at).is_some_and(|block| !is_prose(&block.text))
    };
    let mut start = index;
    while start > 0 && index - start < MAX_ENTRIES && is_entry(start - 1) {
        start -= 1;
    }
    let mut end = index + 1;
    while end < cx.len() && end - start < MAX_ENTRIES && is_entry(end) {
        end += 1;
    }
    if end - start < MIN_UNLABELLED_ENTRIES {
        return None;
    }
    let mut last: Option<usize> = None;
    let mut own = None;
    for entry in start..end {
        let copy = cx.next_copy(entry).filter(|&copy| copy >= end)?;
        if last.is_some_and(|last| copy <= last + 1) {
            return None;
        }
        last = Some(copy);
        if entry == index {
            own = Some(copy);
        }
    }
    own
}

/// The heading the entry at `index` of the table whose entries are `entries` points to: the next copy
/// of its text after the table, or the last one before the table's label (a table of contents set
/// after the article, as a page's sticky side column comes out in its text); for an entry that opens
/// with its number ("1. Why it matters", "3.1 Costs"), a copy of its text without the number.
fn heading_of_entry(cx: &BlockContext<'_>, index: usize, entries: Range<usize>) -> Option<usize> {
    if let Some(copy) = cx.next_copy(index).filter(|&copy| copy >= entries.end) {
        return Some(copy);
    }
    let folded = cx.folded_at(index);
    let outside = |copies: Vec<usize>| {
        let after = copies.iter().copied().find(|&copy| copy >= entries.end);
        after.or_else(|| {
            copies
                .into_iter()
                .rev()
                .find(|&copy| copy < entries.start - 1)
        })
    };
    if let Some(copy) = outside(cx.blocks_folding_to(&folded)) {
        return Some(copy);
    }
    let unnumbered = without_number(&folded);
    if unnumbered.len() < folded.len() {
        return unnumbered
            .contains(' ')
            .then(|| outside(cx.blocks_folding_to(unnumbered)))
            .flatten();
    }
    numbered_copies(cx, &folded).into_iter().find_map(outside)
}

/// For an entry without a number, the blocks that read as it with a section number before it ("why it
/// matters" → "2. Why it matters"), numbers 1 to [`MAX_ENTRIES`], each number's blocks in order: a
/// table may list its entries bare while the headings carry their numbers. An entry of one word
/// ("Introduction") is too common a word to be sure of its heading, as in [`without_number`]'s use.
/// The blocks are read once a pass (see [`BlockContext::blocks_numbering`]): a page asks this for
/// every bare entry under a label, again for each block of the table.
fn numbered_copies(cx: &BlockContext<'_>, folded: &str) -> Vec<Vec<usize>> {
    let mut copies: Vec<Vec<usize>> = Vec::new();
    let mut last = None;
    for (number, i) in numbered_headings(cx, folded) {
        match copies.last_mut() {
            Some(group) if last == Some(number) => group.push(i),
            _ => copies.push(vec![i]),
        }
        last = Some(number);
    }
    copies
}

/// The blocks that read as the entry `folded` with a section number of 1 to [`MAX_ENTRIES`] before
/// it, as (number, index), by number and then index; none for an entry of one word (see
/// [`numbered_copies`]).
fn numbered_headings(cx: &BlockContext<'_>, folded: &str) -> Vec<(usize, usize)> {
    if folded.is_empty() || !folded.contains(' ') {
        return Vec::new();
    }
    let mut found = cx.blocks_numbering(folded);
    found.retain(|&(number, _)| number <= MAX_ENTRIES);
    found
}

/// A folded entry without the section number it opens with ("1 why it matters" → "why it matters",
/// "3 1 costs" → "costs"); the entry itself when it opens with none.
fn without_number(folded: &str) -> &str {
    let mut rest = folded;
    while let Some((first, after)) = rest.split_once(' ') {
        if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) || first.len() > 3 {
            break;
        }
        rest = after;
    }
    rest
}

/// Whether the block at `index` is short enough to be an entry of a table of contents (or its label).
fn is_entry_shaped(cx: &BlockContext<'_>, index: usize) -> bool {
    cx.block(index)
        .is_some_and(|block| block.text.len() <= MAX_COPY_BYTES)
        && cx.words_at(index) <= MAX_ENTRY_WORDS
}

/// Whether the block at `index` is a table of contents' label: found for every block of a pass at
/// the first question, as a run's entries each walk up over the blocks above them to their label.
fn is_label(cx: &BlockContext<'_>, index: usize) -> bool {
    cx.flag(index, BlockFlag::ContentsLabel, judge_label)
}

/// [`is_label`], judged.
fn judge_label(cx: &BlockContext<'_>, index: usize) -> bool {
    cx.block(index)
        .is_some_and(|block| block.text.len() <= MAX_LABEL_BYTES)
        && LABELS.contains(cx.folded_at(index).as_ref())
}

/// Whether the label at `index` stands over no entry at all (the next block is prose or too long for
/// an entry, or there is none) or over at most [`MAX_SHUT_LINES`] short lines that prose follows (the
/// article's first heading, "Overview"): the table was folded shut when the page was saved, and its
/// label is left. A one-word label ("Contents", "Inhalt") may head the article's own section and
/// stays.
fn is_label_over_nothing(cx: &BlockContext<'_>, index: usize) -> bool {
    let no_entry = |at: usize| {
        cx.block(at)
            .is_none_or(|next| is_prose(&next.text) || !is_entry_shaped(cx, at))
    };
    let lone_line =
        |at: usize| cx.block(at).is_some_and(|line| !is_prose(&line.text)) && !is_label(cx, at);
    let lines = (index + 1..)
        .take(MAX_SHUT_LINES + 1)
        .take_while(|&at| lone_line(at))
        .count();
    cx.folded_at(index).contains(' ')
        && (no_entry(index + 1)
            || (lines <= MAX_SHUT_LINES
                && cx.block(index + 1 + lines).is_some()
                && no_entry(index + 1 + lines)))
}

/// Short lines a shut table's label may stand over before the prose: the first heading, or a
/// heading and its first subheading.
const MAX_SHUT_LINES: usize = 2;

/// Bytes a label has at most; longer blocks are not folded to be looked up.
const MAX_LABEL_BYTES: usize = 64;

/// The label of the table of contents `index` stands in (see [`label_above`](super::labelled_run::label_above)).
fn label_above(cx: &BlockContext<'_>, index: usize) -> Option<usize> {
    super::labelled_run::label_above(
        index,
        MAX_ENTRIES,
        |at| is_label(cx, at),
        |at| is_entry_shaped(cx, at),
    )
}

/// Where the entries under the label at `label` end: at the first block that is not entry-shaped, at
/// another label, at the first copy of an entry, numbered or not (the article's first heading), or after
/// [`MAX_ENTRIES`].
fn run_end(cx: &BlockContext<'_>, label: usize) -> usize {
    let mut copies: Vec<usize> = Vec::new();
    let mut end = label + 1;
    while end < cx.len()
        && end - label <= MAX_ENTRIES
        && is_entry_shaped(cx, end)
        && !is_label(cx, end)
        && !copies.contains(&end)
    {
        copies.extend(cx.next_copy(end));
        copies.extend(next_unnumbered_copy(cx, end));
        copies.extend(next_numbered_copy(cx, end));
        end += 1;
    }
    end
}

/// The next block after the numbered entry at `index` that reads as the entry without its number
/// ("1. Why it matters" → "Why it matters"), or `None` for an entry without a number.
fn next_unnumbered_copy(cx: &BlockContext<'_>, index: usize) -> Option<usize> {
    let folded = cx.folded_at(index);
    let unnumbered = without_number(&folded);
    if unnumbered.len() == folded.len() || !unnumbered.contains(' ') {
        return None;
    }
    cx.blocks_folding_to(unnumbered)
        .into_iter()
        .find(|&copy| copy > index)
}

/// The next block after the entry at `index`, which has no number, that reads as the entry with one
/// ("Why it matters" → "2. Why it matters"), or `None`.
fn next_numbered_copy(cx: &BlockContext<'_>, index: usize) -> Option<usize> {
    numbered_headings(cx, &cx.folded_at(index))
        .into_iter()
        .map(|(_, copy)| copy)
        .filter(|&copy| copy > index)
        .min()
}

/// The labels of `toc_labels.txt`, folded.
static LABELS: Lazy<FxHashSet<String>> = Lazy::new(|| {
    include_str!("toc_labels.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(fold)
        .collect()
});

#[cfg(test)]
mod tests {
    use super::TableOfContents;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2, PARA_3};

    /// The verdicts on every block of `texts`, as the pipeline asks them: `true` for kept.
    fn kept(texts: &[&str]) -> Vec<bool> {
        kept_blocks(&TableOfContents, texts)
    }

    #[test]
    fn removes_a_label_over_prose_unless_it_is_one_word() {
        let shut = ["Budget passes", "Table of Contents", PARA_1, PARA_2];
        assert_eq!(kept(&shut), [true, false, true, true]);
        let at_end = ["Budget passes", PARA_1, "In this article"];
        assert_eq!(kept(&at_end), [true, true, false]);
        let heading = ["Budget passes", "Contents", PARA_1, PARA_2];
        assert_eq!(kept(&heading), [true; 4]);
    }

    #[test]
    fn removes_the_entries_of_a_table_without_a_label_that_come_again_in_order() {
        let entries = ["Costs", "Schools", "Roads", "Parks", "What comes next"];
        let mut texts = vec!["Budget passes"];
        texts.extend(entries);
        texts.push(PARA_1);
        for (heading, para) in entries.iter().zip([PARA_2, PARA_3, PARA_1, PARA_2, PARA_3]) {
            texts.extend([*heading, para]);
        }
        let verdicts = kept(&texts);
        assert_eq!(
            verdicts[..7],
            [true, false, false, false, false, false, true]
        );
        assert!(verdicts[7..].iter().all(|&k| k), "{verdicts:?}");
    }

    #[test]
    fn keeps_short_lines_without_a_label_unless_five_or_more_come_again_apart_in_order() {
        // Four entries are too few to tell a table from a list the article walks through.
        let four = [
            "Budget passes",
            "Costs",
            "Schools",
            "Roads",
            "Parks",
            PARA_1,
            "Costs",
            PARA_2,
            "Schools",
            PARA_3,
            "Roads",
            PARA_1,
            "Parks",
            PARA_2,
        ];
        assert!(kept(&four).iter().all(|&k| k));
        // A header's menu that the footer repeats line for line: the copies stand side by side.
        let menu = ["Home", "News", "Sport", "Business", "Weather"];
        let mut page = vec!["Budget passes"];
        page.extend(menu);
        page.extend([PARA_1, PARA_2]);
        page.extend(menu);
        assert!(kept(&page).iter().all(|&k| k));
        // Copies out of the entries' order point to no table.
        let shuffled = [
            "Budget passes",
            "Costs",
            "Schools",
            "Roads",
            "Parks",
            "Taxes",
            PARA_1,
            "Schools",
            PARA_2,
            "Costs",
            PARA_3,
            "Parks",
            PARA_1,
            "Roads",
            PARA_2,
            "Taxes",
            PARA_3,
        ];
        assert!(kept(&shuffled).iter().all(|&k| k));
    }

    #[test]
    fn a_pass_s_labels_are_those_each_block_is_judged() {
        use crate::cleaners::context::Pass;
        use crate::cleaners::BlockContext;
        let texts = [
            "Budget passes",
            "Table of Contents",
            "Related posts",
            PARA_1,
            "In this article",
            "contents",
        ];
        let blocks = crate::cleaners::test_macros::paragraphs(&texts);
        let keys = crate::document::BlockKey::all(&blocks);
        let pass = Pass::new(&blocks, &keys);
        let in_pass = BlockContext::in_pass(&pass, 0, None, None);
        let alone = BlockContext::new(&blocks, 0);
        for cx in [&in_pass, &alone] {
            let labels: Vec<bool> = (0..texts.len() + 2)
                .map(|i| super::is_label(cx, i))
                .collect();
            assert_eq!(
                labels,
                [false, true, false, false, true, true, false, false]
            );
        }
    }

    #[test]
    fn numbered_copies_are_those_a_lookup_of_each_number_finds() {
        use crate::cleaners::context::Pass;
        let texts = [
            "Why it matters",
            "2. Why it matters",
            "1. Why it matters",
            "2) Why it matters",
            "02. Why it matters",
            "41. Why it matters",
            "40. Why it matters",
            "21 Why it matters",
            "2. 1. Why it matters",
            "1. Why it matters, again",
            "Why it matters 2",
            PARA_1,
        ];
        let blocks = crate::cleaners::test_macros::paragraphs(&texts);
        let folded = crate::document::BlockKey::all(&blocks);
        let pass = Pass::new(&blocks, &folded);
        let cx = super::BlockContext::in_pass(&pass, 0, None, None);
        for entry in ["why it matters", "1 why it matters", "matters", "why"] {
            let looked_up: Vec<Vec<usize>> = (1..=super::MAX_ENTRIES)
                .map(|number| cx.blocks_folding_to(&format!("{number} {entry}")))
                .filter(|copies| !copies.is_empty())
                .collect();
            assert_eq!(super::numbered_copies(&cx, entry), looked_up, "{entry}");
        }
        // Numbers 1, 2 ("2." and "2)"), 21 and 40; not 02, 41 or a number after the words.
        assert_eq!(super::numbered_copies(&cx, "why it matters").len(), 4);
    }

    #[test]
    fn removes_a_label_over_the_first_heading_alone() {
        // The table shut, with the article's first heading right under its label: the heading stays.
        let shut = [
            "Budget passes",
            "On this page",
            "Why it matters",
            PARA_1,
            PARA_2,
        ];
        assert_eq!(kept(&shut), [true, false, true, true, true]);
        // Or over a heading and its first subheading.
        let two = [
            "Budget passes",
            "In this article",
            "Why it matters",
            "The first vote",
            PARA_1,
        ];
        assert_eq!(kept(&two), [true, false, true, true, true]);
        // Three lines under the label are a table's entries: it goes only when they come again.
        let three = [
            "Budget passes",
            "On this page",
            "Why it matters",
            "Who voted",
            "When",
            PARA_1,
        ];
        assert_eq!(kept(&three), [true; 6]);
        let one_word = ["Budget passes", "Contents", "Why it matters", PARA_1];
        assert_eq!(kept(&one_word), [true; 4]);
    }

    #[test]
    fn removes_the_label_and_the_entries_that_come_again() {
        let texts = [
            "Budget passes",
            "In this article:",
            "Why it matters",
            "Who voted against",
            "What comes next",
            PARA_1,
            "Why it matters",
            PARA_2,
            "What comes next",
            PARA_3,
        ];
        // "Who voted against" has no heading later: it may be the only copy of its words, and stays.
        assert_eq!(
            kept(&texts),
            [true, false, false, true, false, true, true, true, true, true]
        );
    }

    #[test]
    fn removes_a_table_set_after_the_article_and_numbered_entries() {
        // A page's side column with the table comes out after the article in its text.
        let after = [
            "Budget passes",
            "Why it matters",
            PARA_1,
            "What comes next",
            PARA_2,
            "Table of Contents",
            "Why it matters",
            "What comes next",
        ];
        assert_eq!(
            kept(&after),
            [true, true, true, true, true, false, false, false]
        );
        // Entries numbered where the headings are not.
        let numbered = [
            "Budget passes",
            "Table of contents",
            "1. Why it matters",
            "2. What comes next",
            "2.1 The second vote",
            PARA_1,
            "Why it matters",
            PARA_2,
            "What comes next",
            PARA_3,
        ];
        // "2.1 The second vote" has no heading: it may be the only copy of its words, and stays.
        assert_eq!(
            kept(&numbered),
            [true, false, false, false, true, true, true, true, true, true]
        );
        // Entries bare where the headings carry their numbers.
        let bare = [
            "Budget passes",
            "Table of contents",
            "Why it matters",
            "What comes next",
            "The second vote",
            PARA_1,
            "1. Why it matters",
            PARA_2,
            "2. What comes next",
            PARA_3,
        ];
        // "The second vote" has no heading: it may be the only copy of its words, and stays.
        assert_eq!(
            kept(&bare),
            [true, false, false, false, true, true, true, true, true, true]
        );
        // A numbered list under the label whose items come nowhere else stays whole.
        let list = [
            "Budget passes",
            "Contents of the box",
            "1. A charger",
            "2. A cable",
            PARA_1,
        ];
        assert_eq!(kept(&list), [true; 5]);
    }

    #[test]
    fn works_in_other_languages_and_in_the_pipeline_order() {
        let texts = [
            "Haushalt beschlossen",
            "Inhaltsverzeichnis",
            "Warum es wichtig ist",
            "Wie es weitergeht",
            PARA_1,
            "Warum es wichtig ist",
            PARA_2,
            "Wie es weitergeht",
            PARA_3,
        ];
        assert_eq!(
            kept(&texts),
            [true, false, false, false, true, true, true, true, true]
        );
    }

    #[test]
    fn keeps_a_contents_heading_whose_list_does_not_come_again() {
        // A heading that reads "Contents" above a list of its own: nothing repeats, nothing goes.
        let texts = [
            "What is in the box",
            PARA_1,
            "Contents",
            "One charger",
            "Two cables",
            "A manual",
            PARA_2,
            PARA_3,
        ];
        assert!(kept(&texts).iter().all(|&k| k));
    }

    #[test]
    fn keeps_the_label_when_only_one_entry_comes_again() {
        let texts = [
            "Budget passes",
            "Contents",
            "Why it matters",
            "Background",
            PARA_1,
            "Why it matters",
            PARA_2,
        ];
        assert!(kept(&texts).iter().all(|&k| k));
    }

    #[test]
    fn keeps_the_headings_the_entries_point_to() {
        // The run of entries ends at the first heading that repeats one of them, so the headings
        // themselves are never read as entries.
        let texts = [
            "Budget passes",
            "Table of contents",
            "Why it matters",
            "What comes next",
            "Why it matters",
            "What comes next",
            PARA_1,
            PARA_2,
        ];
        assert_eq!(
            kept(&texts),
            [true, false, false, false, true, true, true, true]
        );
    }

    removes! { TableOfContents;
        lone_label: "Table of Contents",
    }

    keeps! { TableOfContents;
        contents_sentence: "The contents of the report were leaked to reporters on Monday, officials said.",
        one_word_label: "Contents",
    }
}
