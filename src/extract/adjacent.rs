//! Blocks that repeat the block just before them word for word: a card's title printed twice (once
//! for the layout with a picture, once for the one without, the page's style sheet showing one), an
//! accordion's question as its heading and again as its button. The reader sees the text once.
//!
//! Only a title's length is read so ([`MIN_CHARS`] to [`MAX_CHARS`]): a paragraph or a reference
//! written twice in a row is the page's text as written (a placeholder page, two sources cited
//! alike), and a short word ("link", "Edit") may stand under each of several items. Code, preformatted
//! text and table rows repeat by right (the same line twice in a listing, equal rows of a table).

use crate::{Block, BlockKind, Removal};

use super::tree::record;

/// Characters from which a block that repeats the one before it goes.
const MIN_CHARS: usize = 5;

/// Characters up to which a block that repeats the one before it goes.
const MAX_CHARS: usize = 100;

/// Removes each block whose text is the same as the text of the block kept just before it, and
/// records it as a removal (stage `repeated-text`).
pub(crate) fn drop_adjacent_copies(blocks: &mut Vec<Block>, removals: &mut Vec<Removal>) {
    let mut kept: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..) {
        if kept.last().is_some_and(|prev| repeats(prev, &block)) {
            let span = block.span.as_ref().map(|s| (s.start, s.end));
            record(
                removals,
                "repeated-text",
                "repeats the block just before it",
                &block.text,
                span,
            );
        } else {
            kept.push(block);
        }
    }
    *blocks = kept;
}

/// Whether `block` says again what `prev` says.
fn repeats(prev: &Block, block: &Block) -> bool {
    let text = block.text.trim();
    !repeats_by_right(block.kind)
        && !repeats_by_right(prev.kind)
        && (MIN_CHARS..=MAX_CHARS).contains(&text.chars().count())
        && text == prev.text.trim()
}

/// Block kinds whose text may stand twice in a row as written.
fn repeats_by_right(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Preformatted | BlockKind::TableRow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_block_repeating_the_one_before_goes() {
        let mut blocks = vec![
            Block::new(BlockKind::Heading, "Lantern oil, one litre"),
            Block::new(BlockKind::Paragraph, "Lantern oil, one litre"),
            Block::new(BlockKind::Paragraph, "£4.50"),
            Block::new(BlockKind::Heading, "Wick trimmer"),
            Block::new(BlockKind::Heading, "Wick trimmer"),
            Block::new(BlockKind::Paragraph, "£2.10"),
        ];
        let mut removals = Vec::new();
        drop_adjacent_copies(&mut blocks, &mut removals);
        assert_eq!(
            texts(&blocks),
            ["Lantern oil, one litre", "£4.50", "Wick trimmer", "£2.10"]
        );
        assert_eq!(removals.len(), 2);
        assert!(removals.iter().all(|r| r.stage == "repeated-text"));
    }

    const LONG: &str = "Placeholder text of a page still being written, which the site prints \
        twice in a row until an editor replaces it.";

    #[test]
    fn code_rows_words_paragraphs_and_copies_apart_stay() {
        let mut blocks = vec![
            Block::new(BlockKind::Preformatted, "count += 1"),
            Block::new(BlockKind::Preformatted, "count += 1"),
            Block::new(BlockKind::TableRow, "Tuesday | closed"),
            Block::new(BlockKind::TableRow, "Tuesday | closed"),
            Block::new(BlockKind::ListItem, "link"),
            Block::new(BlockKind::ListItem, "link"),
            Block::new(BlockKind::Paragraph, LONG),
            Block::new(BlockKind::Paragraph, LONG),
            Block::new(BlockKind::Paragraph, "Grind the corn and grind it fine."),
            Block::new(BlockKind::Paragraph, "The miller sang at noon."),
            Block::new(BlockKind::Paragraph, "Grind the corn and grind it fine."),
        ];
        let before = blocks.clone();
        let mut removals = Vec::new();
        drop_adjacent_copies(&mut blocks, &mut removals);
        assert_eq!(blocks, before);
        assert!(removals.is_empty());
    }
}
