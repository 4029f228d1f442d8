//! Texts of so many short lines that a block for each would not fit the memory budget, read with
//! their shortest lines joined.
//!
//! Every block costs the pipeline a few hundred bytes whatever its length (the block, its key, the
//! cleaning rounds' tables: 270 to 300 bytes a block measured on texts of two-letter lines, of
//! one-word paragraphs and of a menu's entries), so a text of two-letter lines needed some 90 times
//! its size. [`LineDensity`] measures the text's lines (one scan) and predicts the blocks' cost; over
//! the budget ([`allowed_peak`]), [`split_dense`] reads the text instead of
//! [`split_text`](super::split_text): runs of lines shorter than a threshold are joined, a space
//! between them, into paragraphs of [`JOINED_BLOCK_BYTES`] or so, and every other line is a block of
//! its own. The threshold is the least of [`THRESHOLDS`] whose blocks fit the budget: a page's menu
//! entries are joined before its paragraphs are. Nothing is lost (every character but the line
//! breaks is in a block, each block with its span in the text), and the reading says so in
//! [`Article::input`](crate::Article::input)'s evidence. A text of lines of ordinary length never
//! comes near the budget: the least it takes is some 60,000 lines (see
//! [`MIN_BUDGET`](crate::measure::budget::MIN_BUDGET)) averaging under 50 bytes.

use super::split::raw_lines;
use crate::block::{Block, BlockKind};
use crate::measure::budget::allowed_peak;

/// Bytes of memory the pipeline takes per block of text, at most: an upper bound of what was
/// measured (peak bytes over the block count: 270 to 300, see the module's documentation).
const BYTES_PER_BLOCK: usize = 512;

/// The size a run of joined short lines grows to before a new paragraph starts, in bytes.
const JOINED_BLOCK_BYTES: usize = 256;

/// Line lengths under which lines are joined, tried from the least: the threshold of a text is the
/// first whose blocks fit its budget (the last one always does: every block then holds
/// [`JOINED_BLOCK_BYTES`] or more, or ends a run before a longer line).
const THRESHOLDS: [usize; 6] = [8, 16, 32, 64, 128, JOINED_BLOCK_BYTES];

/// A text's size and the blocks it makes read line by line and read with each threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineDensity {
    /// The text's size in bytes.
    pub bytes: usize,
    /// The text's lines that are not blank: each is a block at most when read line by line.
    pub lines: usize,
    /// For each of [`THRESHOLDS`], the blocks at most of joining the lines shorter than it.
    joined: [usize; THRESHOLDS.len()],
}

impl LineDensity {
    /// Measures the lines of `text`. A text too short to pass the budget even with a line for each
    /// byte is not scanned.
    pub(crate) fn of(text: &str) -> LineDensity {
        let bytes = text.len();
        let mut density = LineDensity {
            bytes,
            lines: 0,
            joined: [0; THRESHOLDS.len()],
        };
        if bytes.saturating_mul(BYTES_PER_BLOCK) <= allowed_peak(bytes) {
            return density;
        }
        // For each threshold: lines standing alone, runs of short lines, and their bytes.
        let mut alone = [0usize; THRESHOLDS.len()];
        let mut runs = [0usize; THRESHOLDS.len()];
        let mut short_bytes = [0usize; THRESHOLDS.len()];
        let mut in_run = [false; THRESHOLDS.len()];
        for (_, line) in raw_lines(text) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            density.lines += 1;
            for (k, &threshold) in THRESHOLDS.iter().enumerate() {
                if line.len() >= threshold {
                    alone[k] += 1;
                    in_run[k] = false;
                } else {
                    short_bytes[k] += line.len() + 1;
                    runs[k] += usize::from(!in_run[k]);
                    in_run[k] = true;
                }
            }
        }
        for k in 0..THRESHOLDS.len() {
            density.joined[k] = alone[k] + runs[k] + short_bytes[k] / JOINED_BLOCK_BYTES;
        }
        density
    }

    /// The predicted peak of reading `blocks` blocks.
    fn cost(blocks: usize) -> usize {
        blocks.saturating_mul(BYTES_PER_BLOCK)
    }

    /// Whether a block for each line would take more than the text may.
    pub(crate) fn too_dense(self) -> bool {
        Self::cost(self.lines) > allowed_peak(self.bytes)
    }

    /// The line length under which the text's lines are joined: the least of [`THRESHOLDS`] whose
    /// blocks fit the budget, the largest when none does.
    pub(crate) fn threshold(self) -> usize {
        let fits = |k: &usize| Self::cost(self.joined[*k]) <= allowed_peak(self.bytes);
        let k = (0..THRESHOLDS.len())
            .find(fits)
            .unwrap_or(THRESHOLDS.len() - 1);
        THRESHOLDS[k]
    }

    /// What [`Article::input`](crate::Article::input)'s evidence says of a dense text.
    pub(crate) fn evidence(self) -> String {
        format!(
            "{} lines in {} bytes would take about {} MB as a block each, over the budget of {} MB: \
             runs of lines shorter than {} bytes were joined into paragraphs",
            self.lines,
            self.bytes,
            Self::cost(self.lines) >> 20,
            allowed_peak(self.bytes) >> 20,
            self.threshold()
        )
    }
}

/// Splits a dense text into blocks: runs of lines shorter than `threshold` joined with a space until
/// they hold [`JOINED_BLOCK_BYTES`] (blank lines between them too), each longer line a paragraph of
/// its own. Every block records its span in `text`.
pub(crate) fn split_dense(text: &str, threshold: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    // (start, end, text) of the paragraph being joined.
    let mut open: Option<(usize, usize, String)> = None;
    let flush = |open: &mut Option<(usize, usize, String)>, blocks: &mut Vec<Block>| {
        if let Some((start, end, joined)) = open.take() {
            blocks.push(Block::located(BlockKind::Paragraph, joined, start..end));
        }
    };
    for (at, raw) in raw_lines(text) {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let start = at + (raw.len() - raw.trim_start().len());
        let end = start + line.len();
        if line.len() >= threshold {
            flush(&mut open, &mut blocks);
            blocks.push(Block::located(BlockKind::Paragraph, line, start..end));
            continue;
        }
        let (_, open_end, joined) = open.get_or_insert_with(|| {
            (
                start,
                end,
                String::with_capacity(JOINED_BLOCK_BYTES + threshold),
            )
        });
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(line);
        *open_end = end;
        if joined.len() >= JOINED_BLOCK_BYTES {
            flush(&mut open, &mut blocks);
        }
    }
    flush(&mut open, &mut blocks);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::budget::MIN_BUDGET;

    #[test]
    fn short_lines_past_the_budget_are_dense() {
        let lines = "ab\n".repeat(1 << 20);
        let density = LineDensity::of(&lines);
        assert_eq!(density.lines, 1 << 20);
        assert!(density.too_dense());
        // The same lines under the floor, and lines of ordinary length past it, are not.
        assert!(!LineDensity::of(&"ab\n".repeat(10_000)).too_dense());
        let paragraphs = format!("{}\n\n", "Words of a paragraph. ".repeat(6)).repeat(40_000);
        assert!(paragraphs.len() * 10 > MIN_BUDGET);
        assert!(!LineDensity::of(&paragraphs).too_dense());
    }

    #[test]
    fn the_shortest_lines_are_joined_first() {
        // A page's paragraphs with a menu's entries between them: 3 MB, over the floor's lines.
        let unit = format!(
            "{}\n\nHome\nNews\nSport\nWeather\n\n",
            "Words of a paragraph. ".repeat(4).trim_end()
        );
        let text = unit.repeat((3 << 20) / unit.len());
        let density = LineDensity::of(&text);
        assert!(density.too_dense());
        assert_eq!(density.threshold(), 8);
        let blocks = split_dense(&text, density.threshold());
        assert_eq!(
            blocks[0].text,
            "Words of a paragraph. ".repeat(4).trim_end()
        );
        assert_eq!(blocks[1].text, "Home News Sport Weather");
        assert_eq!(blocks.len(), 2 * text.matches("Home").count());
        // Lines of two letters are all joined, into blocks of 256 bytes or more.
        let letters = "ab\n".repeat(1 << 20);
        let density = LineDensity::of(&letters);
        assert_eq!(density.threshold(), 8);
        let blocks = split_dense(&letters, density.threshold());
        assert!(blocks
            .iter()
            .rev()
            .skip(1)
            .all(|b| b.text.len() >= JOINED_BLOCK_BYTES));
        // Lines of 40 bytes, as many as fit 3 MB, need the threshold that joins them.
        let lines = format!("{}\n", "x".repeat(40)).repeat(3 << 20 >> 5);
        let density = LineDensity::of(&lines);
        assert!(density.too_dense());
        assert_eq!(density.threshold(), 64);
    }

    #[test]
    fn blank_lines_count_no_block() {
        let text = "ab\n\n\n\n".repeat(1 << 18);
        assert_eq!(LineDensity::of(&text).lines, 1 << 18);
    }

    #[test]
    fn short_lines_join_into_paragraphs_with_their_spans() {
        let text = format!(
            "{}\n\n  {}  \n{}",
            "ab\ncd\n".repeat(100),
            "x".repeat(300),
            "ef\n".repeat(3)
        );
        let blocks = split_dense(&text, JOINED_BLOCK_BYTES);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        // 86 two-letter lines make the first 257 bytes; the 28 lines left before the long line
        // make a shorter paragraph of their own.
        let full = ["ab", "cd"].repeat(43).join(" ");
        let rest = ["ab", "cd"].repeat(14).join(" ");
        let long = "x".repeat(300);
        assert_eq!(texts, [&full, &full, &rest, &long, "ef ef ef"]);
        for block in &blocks {
            let span = block.span.clone().unwrap();
            let spanned: Vec<&str> = text[span].split_whitespace().collect();
            assert_eq!(spanned.join(" "), block.text);
        }
    }

    #[test]
    fn nothing_but_line_breaks_is_lost() {
        let text = "one\r\ntwo\rthree\u{2028}four\n\n\tfive  ".repeat(50);
        let joined: String = split_dense(&text, JOINED_BLOCK_BYTES)
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let words: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(joined.split_whitespace().collect::<Vec<_>>(), words);
    }
}
