//! A forum thread's post dates: each post opens (or closes) with the date it was written, a line of
//! its own ("Jan 12, 2024", "September 5, 2024, 11:15pm"). On an article such a line is metadata
//! ([`super::TimestampLabel`] drops it); in a thread it is part of the post, and the thread's text
//! keeps it.
//!
//! The evidence is the blocks' own: date lines in a series, [`MIN_SERIES`] of them within
//! [`REACH`] blocks of each other, with prose between each and the next date line before or after
//! it (a post between two dates), and no heading after it. An article's dateline and its "Updated" line stand together
//! at its top, with no prose between them, and stay metadata; so do the dates of a list of
//! stories, each over its story's headline.

use super::context::BlockFlag;
use super::timestamp_label::is_date_line;
use super::BlockContext;
use crate::block::BlockKind;

/// Date lines a series of posts holds at least: two dated lines are a dateline and an update as
/// often as two posts.
const MIN_SERIES: usize = 3;

/// Blocks before and after a date line in which the rest of its series stands: a post of a few
/// paragraphs, quotes, a signature.
const REACH: usize = 40;

/// Whether the block at `index` is a post's date: a date line in a series of them (see the
/// module's documentation).
pub(crate) fn is_post_date(cx: &BlockContext<'_>, index: usize) -> bool {
    if !is_dated(cx, index) {
        return false;
    }
    let start = index.saturating_sub(REACH);
    let end = (index + REACH + 1).min(cx.len());
    let series: Vec<usize> = (start..end).filter(|&i| is_dated(cx, i)).collect();
    if series.len() < MIN_SERIES {
        return false;
    }
    let Some(at) = series.iter().position(|&i| i == index) else {
        return false;
    };
    let before = at.checked_sub(1).map(|k| series[k]);
    let after = series.get(at + 1).copied();
    let prose_between = |from: usize, to: usize| cx.prose_before(to) > cx.prose_before(from + 1);
    before.is_some_and(|b| prose_between(b, index))
        || after.is_some_and(|a| prose_between(index, a))
}

/// Whether the block at `index` is a date line that no heading follows, judged once per block and
/// pass. A date over a heading is a card's in a list of stories (its date, the story's headline, its
/// teaser), not a post's; a heading before a post's date is its poster's name, as forum software
/// writes it.
fn is_dated(cx: &BlockContext<'_>, index: usize) -> bool {
    cx.flag(index, BlockFlag::DateLine, |cx, i| {
        cx.block(i).is_some_and(|b| is_date_line(&b.text))
            && !cx
                .block(i + 1)
                .is_some_and(|b| b.kind == BlockKind::Heading)
    })
}

#[cfg(test)]
mod tests {
    use crate::block::{Block, BlockKind};
    use crate::cleaners::test_macros::{judge_blocks, kept_blocks, PARA_1, PARA_2, PARA_3};
    use crate::cleaners::TimestampLabel;

    /// Blocks of the given kinds and texts.
    fn blocks_of(blocks: &[(BlockKind, &str)]) -> Vec<Block> {
        blocks
            .iter()
            .map(|(kind, text)| Block::new(*kind, *text))
            .collect()
    }

    #[test]
    fn dates_under_the_posters_names_stay() {
        let blocks = [
            (BlockKind::Heading, "hiker_jo"),
            (BlockKind::Paragraph, "March 3, 2024"),
            (BlockKind::Paragraph, PARA_1),
            (BlockKind::Heading, "tentmaker"),
            (BlockKind::Paragraph, "March 4, 2024"),
            (BlockKind::Paragraph, PARA_2),
            (BlockKind::Heading, "hiker_jo"),
            (BlockKind::Paragraph, "March 5, 2024"),
            (BlockKind::Paragraph, PARA_3),
        ];
        let blocks = blocks_of(&blocks);
        assert!((0..blocks.len()).all(|i| judge_blocks(
            &TimestampLabel,
            &blocks,
            i,
            Some("Which tent?")
        )
        .is_keep()));
    }

    #[test]
    fn dates_between_posts_stay() {
        let texts = [
            "Which tent for a wet weekend?",
            "March 3, 2024",
            PARA_1,
            "March 4, 2024",
            PARA_2,
            "March 4, 2024, 9:15pm",
            PARA_3,
        ];
        assert_eq!(
            kept_blocks(&TimestampLabel, &texts),
            [true, true, true, true, true, true, true]
        );
    }

    #[test]
    fn an_articles_dateline_and_update_go() {
        let texts = [
            "Council approves the budget",
            "March 3, 2024",
            "Updated March 4, 2024",
            PARA_1,
            PARA_2,
            PARA_3,
        ];
        assert_eq!(
            kept_blocks(&TimestampLabel, &texts),
            [true, false, false, true, true, true]
        );
    }

    #[test]
    fn two_dated_lines_are_no_series() {
        let texts = [
            "Council approves the budget",
            "March 3, 2024",
            PARA_1,
            PARA_2,
            "Updated March 4, 2024",
            PARA_3,
        ];
        assert_eq!(
            kept_blocks(&TimestampLabel, &texts),
            [true, false, true, true, false, true]
        );
    }

    #[test]
    fn dates_of_a_list_of_stories_beside_their_headlines_go() {
        let blocks = [
            (BlockKind::Paragraph, "March 3, 2024"),
            (BlockKind::Heading, "Budget passes after a long night"),
            (BlockKind::Paragraph, PARA_1),
            (BlockKind::Paragraph, "March 4, 2024"),
            (BlockKind::Heading, "Schools get more money"),
            (BlockKind::Paragraph, PARA_2),
            (BlockKind::Paragraph, "March 5, 2024"),
            (BlockKind::Heading, "A second vote in spring"),
            (BlockKind::Paragraph, PARA_3),
        ];
        let blocks = blocks_of(&blocks);
        let kept: Vec<bool> = (0..blocks.len())
            .map(|i| judge_blocks(&TimestampLabel, &blocks, i, Some("Council news")).is_keep())
            .collect();
        assert_eq!(
            kept,
            [false, true, true, false, true, true, false, true, true]
        );
    }

    #[test]
    fn dates_of_a_list_of_stories_without_prose_go() {
        let texts = [
            PARA_1,
            PARA_2,
            PARA_3,
            "More from the council",
            "March 3, 2024",
            "March 4, 2024",
            "March 5, 2024",
        ];
        assert_eq!(
            kept_blocks(&TimestampLabel, &texts),
            [true, true, true, true, false, false, false]
        );
    }
}
