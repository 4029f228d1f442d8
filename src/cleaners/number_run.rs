//! A run of lone numbers, one a line: a rating widget's stars ("1 2 3 4 5"), a carousel's or a
//! pager's dots, a list of scores torn from their cards.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::removal::Reason;

/// Lone numbers in a row that make a run: two may be a score and its count.
const MIN_RUN: usize = 3;

/// Blocks past this one that are read to find where a run ends: a code listing's gutter is at most
/// so long before its code, as this cleaner reads it.
const MAX_GUTTER_LINES: usize = 200;

/// Digits a lone number has at most: a star, a page, a score; a year or an amount is no widget's.
const MAX_DIGITS: usize = 3;

/// Removes a run of three or more blocks in a row that each hold only a small number ("1", "2", "3",
/// "4", "5"): a rating widget's stars, a carousel's or a pager's dots, scores torn from their cards.
/// A number alone before each step of a recipe stays (text stands between the numbers), and so does
/// a year or an amount on a line of its own, and the line numbers of a code listing or a program's
/// output (a run right before code, or after a line that announces it with a colon).
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     1\n\n2\n\n3\n\n4\n\n5\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert!(article.removals.iter().all(|r| r.stage == "number-run"));
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NumberRun;

impl Cleaner for NumberRun {
    fn name(&self) -> &'static str {
        "number-run"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if !is_lone_number(block) || cx.is_title_candidate() {
            return Verdict::Keep;
        }
        let index = cx.index();
        let is_number_at = |at: usize| cx.block(at).is_some_and(is_lone_number);
        // A run of MIN_RUN that holds this block starts at most MIN_RUN - 1 blocks before it.
        let in_run = (index.saturating_sub(MIN_RUN - 1)..=index)
            .any(|start| (start..start + MIN_RUN).all(is_number_at));
        match in_run && !is_listing(cx, index) {
            true => Verdict::Drop(Reason::Pattern(
                "a run of lone numbers (stars, dots, scores)",
            )),
            false => Verdict::Keep,
        }
    }
}

/// Whether the run holding the block at `index` is a listing's line numbers or a program's output:
/// the block after the run is code (a code block, or a line holding braces or a semicolon, as code
/// shown as text does), or the block before it announces it ("The output:", "It looks like this:").
fn is_listing(cx: &BlockContext<'_>, index: usize) -> bool {
    let is_number_at = |at: usize| cx.block(at).is_some_and(is_lone_number);
    let after = (index + 1..index + 1 + MAX_GUTTER_LINES)
        .find(|&at| !is_number_at(at))
        .and_then(|end| cx.block(end));
    let before = (index.saturating_sub(MAX_GUTTER_LINES)..index)
        .rev()
        .find(|&at| !is_number_at(at))
        .and_then(|start| cx.block(start));
    after.is_some_and(|block| block.kind == BlockKind::Preformatted || is_code_shaped(&block.text))
        || before.is_some_and(|block| block.text.trim_end().ends_with(':'))
}

/// Whether a line reads as code: it holds a brace or a semicolon, which prose hardly does.
fn is_code_shaped(text: &str) -> bool {
    text.contains(['{', '}', ';'])
}

/// Whether the block holds only a number of at most [`MAX_DIGITS`] digits.
fn is_lone_number(block: &Block) -> bool {
    let text = block.text.trim();
    block.kind != BlockKind::Preformatted
        && (1..=MAX_DIGITS).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::NumberRun;
    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2};

    #[test]
    fn removes_a_run_of_lone_numbers() {
        let texts = ["Budget passes", PARA_1, "1", "2", "3", "4", "5", PARA_2];
        assert_eq!(
            kept_blocks(&NumberRun, &texts),
            [true, true, false, false, false, false, false, true]
        );
        let scores = ["Best watches", PARA_1, "93", "91", "85", PARA_2];
        assert_eq!(
            kept_blocks(&NumberRun, &scores),
            [true, true, false, false, false, true]
        );
    }

    #[test]
    fn keeps_the_line_numbers_of_a_code_listing() {
        use crate::block::{Block, BlockKind};
        use crate::cleaners::test_macros::judge_blocks;
        let mut blocks: Vec<Block> = ["Budget passes", PARA_1, "1", "2", "3"]
            .iter()
            .map(|t| Block::new(BlockKind::Paragraph, *t))
            .collect();
        blocks.push(Block::new(
            BlockKind::Preformatted,
            "let a = 1;\nlet b = 2;\nlet c = 3;",
        ));
        for index in 2..5 {
            assert!(judge_blocks(&NumberRun, &blocks, index, None).is_keep());
        }
    }

    #[test]
    fn keeps_the_line_numbers_and_output_of_code_shown_as_text() {
        let gutter = [
            "Parsing",
            PARA_1,
            "1",
            "2",
            "3",
            "int main() {",
            "return 0;",
            "}",
        ];
        assert_eq!(kept_blocks(&NumberRun, &gutter), [true; 8]);
        let output = ["Counting", PARA_1, "The output:", "1", "2", "3", PARA_2];
        assert_eq!(kept_blocks(&NumberRun, &output), [true; 7]);
    }

    #[test]
    fn keeps_numbers_with_text_between_and_short_runs() {
        let steps = [
            "Pancakes",
            PARA_1,
            "1",
            "Whisk the eggs.",
            "2",
            "Add the flour.",
            "3",
            "Fry.",
        ];
        assert_eq!(kept_blocks(&NumberRun, &steps), [true; 8]);
        let pair = ["Budget passes", PARA_1, "4", "12", PARA_2];
        assert_eq!(kept_blocks(&NumberRun, &pair), [true; 5]);
        let years = ["Budget passes", PARA_1, "2023", "2024", "2025", PARA_2];
        assert_eq!(kept_blocks(&NumberRun, &years), [true; 6]);
        let amounts = ["Budget passes", PARA_1, "1.5", "$20", "3%", PARA_2];
        assert_eq!(kept_blocks(&NumberRun, &amounts), [true; 6]);
    }
}
