//! Runs of blocks printed twice in a row: a carousel's cloned slides (each card's title and line,
//! then the same cards again for the loop), a section written once for wide screens and once for
//! narrow ones, the page's style sheet showing one copy. The reader sees the run once.
//!
//! One block written twice in a row is [`super::adjacent`]'s; here a run of two blocks or more
//! (up to [`MAX_RUN`]), not all alike, followed at once by the same run, block for block, loses its
//! second copy. A single paragraph repeated stays (a refrain), and so does a run holding a long
//! paragraph (see [`MAX_BLOCK_CHARS`]: a placeholder page repeats its filler text and headings),
//! and code, preformatted text and table rows, which repeat by right.

use crate::{Block, BlockKind, Removal};

use super::tree::record;

/// Blocks a repeated run holds at most: a card (title, line, price) or a short section. (On the
/// tune half of the dev sites runs of up to 3, 4, 8, 16 and 40 blocks were tried: 8 takes every
/// copy that 40 takes.)
const MAX_RUN: usize = 8;

/// Characters of text a run needs, all its blocks together: shorter runs are labels that may stand
/// twice by right ("Yes", "No" in two rows of answers).
const MIN_RUN_CHARS: usize = 20;

/// Characters a block of a repeated run holds at most: a card's title and line, a short paragraph of
/// a section. A run with a longer paragraph is the page's text as written (a placeholder page's
/// filler and heading, twice). (On the tune half of the dev sites 300 takes one copy less than 500;
/// 500 takes every copy that no limit takes.)
const MAX_BLOCK_CHARS: usize = 500;

/// Removes the second copy of each run of blocks that repeats the run just before it, block for
/// block (see the module's documentation), and records each removed block (stage
/// `repeated-text`). One pass: at each block, runs of 2 to [`MAX_RUN`] blocks are tried, shortest
/// first.
pub(crate) fn drop_repeated_runs(blocks: &mut Vec<Block>, removals: &mut Vec<Removal>) {
    let texts: Vec<&str> = blocks.iter().map(|b| b.text.trim()).collect();
    let mut gone = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        match (2..=MAX_RUN).find(|&n| repeats_at(blocks, &texts, i, n)) {
            Some(n) => {
                gone[i + n..i + 2 * n].iter_mut().for_each(|g| *g = true);
                i += 2 * n;
            }
            None => i += 1,
        }
    }
    if !gone.contains(&true) {
        return;
    }
    let mut k = 0;
    blocks.retain(|block| {
        let keep = !gone[k];
        k += 1;
        if !keep {
            let span = block.span.as_ref().map(|s| (s.start, s.end));
            record(
                removals,
                "repeated-text",
                "repeats the run of blocks just before it",
                &block.text,
                span,
            );
        }
        keep
    });
}

/// Whether the `n` blocks from `i` are followed at once by the same `n` blocks.
fn repeats_at(blocks: &[Block], texts: &[&str], i: usize, n: usize) -> bool {
    let Some(copy) = texts.get(i + n..i + 2 * n) else {
        return false;
    };
    let run = &texts[i..i + n];
    let lengths = || run.iter().map(|t| t.chars().count());
    run == copy
        && run.iter().any(|t| *t != run[0])
        && lengths().sum::<usize>() >= MIN_RUN_CHARS
        && lengths().all(|len| len <= MAX_BLOCK_CHARS)
        && !blocks[i..i + 2 * n]
            .iter()
            .any(|b| repeats_by_right(b.kind))
}

/// Block kinds whose text may stand twice in a row as written.
fn repeats_by_right(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Preformatted | BlockKind::TableRow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(blocks: &[(BlockKind, &str)]) -> (Vec<String>, usize) {
        let mut blocks: Vec<Block> = blocks.iter().map(|&(k, t)| Block::new(k, t)).collect();
        let mut removals = Vec::new();
        drop_repeated_runs(&mut blocks, &mut removals);
        assert!(removals.iter().all(|r| r.stage == "repeated-text"));
        (blocks.into_iter().map(|b| b.text).collect(), removals.len())
    }

    use BlockKind::{Heading, Paragraph, Preformatted, TableRow};

    #[test]
    fn a_carousel_cloned_slide_by_slide_goes() {
        let (kept, removed) = run(&[
            (Heading, "Harbour lights"),
            (
                Paragraph,
                "A rebrand for a ferry company on the east coast.",
            ),
            (Heading, "Harbour lights"),
            (
                Paragraph,
                "A rebrand for a ferry company on the east coast.",
            ),
            (Heading, "Orchard cider"),
            (Paragraph, "Labels and a shop for a family press."),
            (Heading, "Orchard cider"),
            (Paragraph, "Labels and a shop for a family press."),
        ]);
        assert_eq!(
            kept,
            [
                "Harbour lights",
                "A rebrand for a ferry company on the east coast.",
                "Orchard cider",
                "Labels and a shop for a family press.",
            ]
        );
        assert_eq!(removed, 4);
    }

    #[test]
    fn a_section_printed_twice_goes_once() {
        let (kept, removed) = run(&[
            (Heading, "Our kitchens"),
            (
                Paragraph,
                "Every kitchen is drawn, built and fitted by the same team.",
            ),
            (Paragraph, "We guarantee the work for ten years."),
            (Heading, "Our kitchens"),
            (
                Paragraph,
                "Every kitchen is drawn, built and fitted by the same team.",
            ),
            (Paragraph, "We guarantee the work for ten years."),
            (Paragraph, "Call us for a visit."),
        ]);
        assert_eq!(kept.len(), 4);
        assert_eq!(kept[3], "Call us for a visit.");
        assert_eq!(removed, 3);
    }

    #[test]
    fn a_single_paragraph_repeated_stays() {
        let chorus = "And the river runs on, and the river runs on to the sea.";
        let (kept, removed) = run(&[
            (Paragraph, chorus),
            (Paragraph, chorus),
            (Paragraph, "The second verse tells of the mill."),
        ]);
        assert_eq!(kept.len(), 3);
        assert_eq!(removed, 0);
    }

    #[test]
    fn a_placeholder_page_stays() {
        let filler = "Lorem ipsum dolor sit amet, ".repeat(20);
        let (kept, removed) = run(&[
            (Paragraph, &filler),
            (Heading, "Secondary header"),
            (Paragraph, &filler),
            (Heading, "Secondary header"),
        ]);
        assert_eq!(kept.len(), 4);
        assert_eq!(removed, 0);
        let line = "The same short paragraph, four times over.";
        let (kept, _) = run(&[
            (Paragraph, line),
            (Paragraph, line),
            (Paragraph, line),
            (Paragraph, line),
        ]);
        assert_eq!(kept.len(), 4);
    }

    #[test]
    fn a_run_repeated_later_not_at_once_stays() {
        let (kept, removed) = run(&[
            (Paragraph, "First line of the chorus, sung loud."),
            (Paragraph, "Second line of the chorus, sung soft."),
            (Paragraph, "A verse between the two choruses."),
            (Paragraph, "First line of the chorus, sung loud."),
            (Paragraph, "Second line of the chorus, sung soft."),
        ]);
        assert_eq!(kept.len(), 5);
        assert_eq!(removed, 0);
    }

    #[test]
    fn short_labels_code_and_rows_stay() {
        let (kept, _) = run(&[
            (Paragraph, "Yes"),
            (Paragraph, "No"),
            (Paragraph, "Yes"),
            (Paragraph, "No"),
        ]);
        assert_eq!(kept.len(), 4);
        let (kept, _) = run(&[
            (Preformatted, "retry the request after a second"),
            (Preformatted, "log the failure and go on"),
            (Preformatted, "retry the request after a second"),
            (Preformatted, "log the failure and go on"),
        ]);
        assert_eq!(kept.len(), 4);
        let (kept, _) = run(&[
            (TableRow, "Monday | closed all day"),
            (TableRow, "Tuesday | nine to five"),
            (TableRow, "Monday | closed all day"),
            (TableRow, "Tuesday | nine to five"),
        ]);
        assert_eq!(kept.len(), 4);
    }

    #[test]
    fn empty_and_tiny_inputs() {
        assert_eq!(run(&[]).0.len(), 0);
        assert_eq!(run(&[(Paragraph, "One block alone here.")]).0.len(), 1);
    }
}
