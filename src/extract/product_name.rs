//! A product's name, put back at the head of a product page's body.
//!
//! The page's first `<h1>` is the product's name. It is often left out: dropped as the headline
//! (the first heading that repeats the page's title is metadata on an article, which the output
//! carries as its title), or left outside the container that won, beside the gallery and the price.
//! On a product page the name stands at the head of the item's own text (name, price, description,
//! specifications) as the page shows it. When the body does not hold it and the page shows it (a
//! record of text left out holds it), the name comes back as the body's first block.

use super::align::Source;
use crate::block::{Block, BlockKind};
use crate::removal::Removal;

/// Stages whose records may hold the name: the heading dropped for repeating the title, and the text
/// left outside the article or in a container named like furniture. Hidden text stays hidden.
const RESTORED_FROM: [&str; 3] = ["title", "low-score", "boilerplate-container"];

/// Most words of a name put back: a longer heading is a sentence, not a product's name.
const MAX_NAME_WORDS: usize = 40;

/// Puts `name` (the text of the page's first `<h1>`) back at the top of `blocks`, when the blocks do
/// not hold it and the page shows it (a record of text left out holds it). The name leaves that
/// record (see `super::take_out`).
pub(crate) fn restore_product_name(
    blocks: &mut Vec<Block>,
    name: &str,
    removals: &mut Vec<Removal>,
    source: Source<'_>,
) {
    let name = name.trim();
    if name.is_empty()
        || crate::text::word_count(name) > MAX_NAME_WORDS
        || blocks.iter().any(|b| b.text.contains(name))
    {
        return;
    }
    let Some(index) = removals
        .iter()
        .position(|r| RESTORED_FROM.contains(&r.stage) && r.text.contains(name))
    else {
        return;
    };
    let block = match super::take_out(removals, index, name, source) {
        Some(span) => Block::located(BlockKind::Heading, name, span),
        None => Block::new(BlockKind::Heading, name),
    };
    blocks.insert(0, block);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::removal::Reason;

    const NO_SOURCE: Source<'static> = Source {
        text: "",
        noscript_is_markup: false,
    };

    fn record(stage: &'static str, text: &str) -> Removal {
        Removal::new(stage, Reason::Pattern("test"), text.to_string(), None)
    }

    #[test]
    fn the_name_comes_back_first_and_leaves_its_record() {
        let mut blocks = vec![Block::new(
            BlockKind::Paragraph,
            "Turned from one block of walnut.",
        )];
        let mut removals = vec![record("title", "Walnut desk lamp")];
        restore_product_name(&mut blocks, "Walnut desk lamp", &mut removals, NO_SOURCE);
        assert_eq!(blocks[0].text, "Walnut desk lamp");
        assert_eq!(blocks[0].kind, BlockKind::Heading);
        assert_eq!(blocks[1].text, "Turned from one block of walnut.");
        assert!(removals.is_empty());
    }

    #[test]
    fn the_name_leaves_a_longer_record_with_the_rest() {
        let mut blocks = vec![Block::new(BlockKind::Paragraph, "Turned.")];
        let mut removals = vec![record("low-score", "Lamps Walnut desk lamp £40")];
        restore_product_name(&mut blocks, "Walnut desk lamp", &mut removals, NO_SOURCE);
        assert_eq!(blocks[0].text, "Walnut desk lamp");
        assert_eq!(removals.len(), 1);
        assert_eq!(removals[0].text, "Lamps £40");
    }

    #[test]
    fn a_held_hidden_or_missing_name_changes_nothing() {
        let held = || {
            vec![Block::new(
                BlockKind::Paragraph,
                "Walnut desk lamp, turned.",
            )]
        };
        let mut blocks = held();
        let mut removals = vec![record("title", "Walnut desk lamp")];
        restore_product_name(&mut blocks, "Walnut desk lamp", &mut removals, NO_SOURCE);
        assert_eq!((blocks.len(), removals.len()), (1, 1));
        let mut blocks = vec![Block::new(BlockKind::Paragraph, "Turned.")];
        let mut removals = vec![record("hidden", "Walnut desk lamp")];
        restore_product_name(&mut blocks, "Walnut desk lamp", &mut removals, NO_SOURCE);
        restore_product_name(&mut blocks, "", &mut removals, NO_SOURCE);
        assert_eq!((blocks.len(), removals.len()), (1, 1));
    }
}
