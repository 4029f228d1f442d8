//! A product's own description, put back when the page shows it but the article left it out.
//!
//! Product pages name their description box like furniture (`product-info`, `sidebar-description`),
//! hide it in a panel, or set it beside the gallery outside the container that won. The page's JSON-LD
//! `Product.description` says which text that is: when the page shows it (it is in the visible text
//! left out) and the article does not already hold it, it comes back at the top of the article.

use super::align::Source;
use super::prune::words;
use crate::block::{Block, BlockKind};
use crate::removal::Removal;
use std::cmp::Ordering;
use std::collections::HashSet;
use std::ops::Range;

/// Words a description needs to be a description rather than a tagline or a list of keywords.
const MIN_DESCRIPTION_WORDS: usize = 20;

/// Share of the description's word triples a piece of left-out text must hold to show it.
const MIN_SHOWN_SHARE: f32 = 0.8;

/// Share of the description's word triples past which the article holds it already.
const MAX_HELD_SHARE: f32 = 0.5;

/// Stages whose text is never the description put back: the headline and byline are metadata.
const NOT_RESTORED: [&str; 2] = ["title", "byline"];

/// Puts `description` (one paragraph a line) at the top of `blocks` when the page shows it and the
/// blocks do not hold it. The text put back leaves the record that held it when it is there, whitespace
/// aside, and spans its own stretch of the page when found there (see `super::take_out`).
pub(crate) fn restore_product_description(
    blocks: &mut Vec<Block>,
    description: &str,
    removals: &mut Vec<Removal>,
    source: Source<'_>,
) {
    let wanted = words(description);
    if wanted.len() < MIN_DESCRIPTION_WORDS {
        return;
    }
    let wanted = triples(&wanted);
    let body: Vec<String> = blocks.iter().flat_map(|b| words(&b.text)).collect();
    if share(&wanted, &triples(&body)) > MAX_HELD_SHARE {
        return;
    }
    let Some(shown) = removals.iter().position(|r| {
        !NOT_RESTORED.contains(&r.stage)
            && share(&wanted, &triples(&words(&r.text))) >= MIN_SHOWN_SHARE
    }) else {
        return;
    };
    let whole = description.replace('\n', " ");
    let spans = if super::around_first(&removals[shown].text, &whole).is_some() {
        let span = super::take_out(removals, shown, &whole, source);
        line_spans(description, span, source)
    } else {
        take_out_lines(removals, shown, description, source)
    };
    let restored = description
        .lines()
        .zip(spans)
        .map(|(line, span)| match span {
            Some(span) => Block::located(BlockKind::Paragraph, line, span),
            None => Block::new(BlockKind::Paragraph, line),
        })
        .collect::<Vec<_>>();
    blocks.splice(0..0, restored);
}

/// The span of each line of `description` in the page: its own stretch of `whole` (where the
/// description stands), each line looked for after the one before; `whole` itself for a line not
/// found there, as the best known.
fn line_spans(
    description: &str,
    whole: Option<Range<usize>>,
    source: Source<'_>,
) -> Vec<Option<Range<usize>>> {
    let Some(whole) = whole else {
        return description.lines().map(|_| None).collect();
    };
    let mut from = whole.start;
    description
        .lines()
        .map(|line| {
            let own = source.locate_within(from..whole.end, line);
            if let Some(own) = &own {
                from = own.end;
            }
            Some(own.unwrap_or_else(|| whole.clone()))
        })
        .collect()
}

/// Takes the lines of `description` out of the record at `index` one by one, when the record holds
/// them only apart (the page sets headings between the paragraphs the JSON-LD joins), and returns
/// their spans (see `super::take_out`). Each line is looked for in what the line before left of the
/// record: the stretch after it, when the record was split around it.
fn take_out_lines(
    removals: &mut Vec<Removal>,
    mut index: usize,
    description: &str,
    source: Source<'_>,
) -> Vec<Option<Range<usize>>> {
    let mut spans = Vec::new();
    // Whether the record is still there, in one piece or two.
    let mut left = true;
    for line in description.lines() {
        let held = left
            && removals
                .get(index)
                .is_some_and(|r| super::around_first(&r.text, line).is_some());
        if !held {
            spans.push(None);
            continue;
        }
        let before = removals.len();
        spans.push(super::take_out(removals, index, line, source));
        match removals.len().cmp(&before) {
            // Split in two: the rest after the line is the next record.
            Ordering::Greater => index += 1,
            Ordering::Less => left = false,
            Ordering::Equal => {}
        }
    }
    spans
}

/// The word triples of a text's words.
fn triples(words: &[String]) -> HashSet<[&str; 3]> {
    words
        .windows(3)
        .map(|w| [w[0].as_str(), w[1].as_str(), w[2].as_str()])
        .collect()
}

/// Share of `wanted`'s triples that `found` holds.
fn share(wanted: &HashSet<[&str; 3]>, found: &HashSet<[&str; 3]>) -> f32 {
    if wanted.is_empty() {
        return 0.0;
    }
    wanted.intersection(found).count() as f32 / wanted.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tree::record;

    /// No page: the records' spans are kept as they are.
    const NO_SOURCE: Source<'static> = Source {
        text: "",
        noscript_is_markup: false,
    };

    const DESCRIPTION: &str = "A kettle for the camp stove and the open fire alike.\n\
        The enamel coat over a steel body takes the heat of a wood fire without warping at all.";

    fn paragraph(text: &str) -> Block {
        Block::new(BlockKind::Paragraph, text)
    }

    #[test]
    fn a_shown_description_left_out_comes_back_first() {
        let mut blocks = vec![paragraph("Reviews: five stars from twelve walkers.")];
        let mut removals = Vec::new();
        let shown = DESCRIPTION.replace('\n', " ");
        record(
            &mut removals,
            "boilerplate-container",
            "class",
            &shown,
            Some((10, 99)),
        );
        record(
            &mut removals,
            "navigation",
            "nav element",
            "Home Shop Sale",
            None,
        );
        restore_product_description(&mut blocks, DESCRIPTION, &mut removals, NO_SOURCE);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 3);
        assert!(texts[0].starts_with("A kettle"), "{texts:?}");
        assert!(texts[1].starts_with("The enamel coat"), "{texts:?}");
        assert_eq!(blocks[0].span, Some(10..99));
        // The record that held it is gone; the others stay.
        assert_eq!(removals.len(), 1);
        assert_eq!(removals[0].stage, "navigation");
    }

    #[test]
    fn a_description_not_shown_or_already_held_is_not_added() {
        let body = vec![paragraph("Reviews: five stars from twelve walkers.")];
        // Not on the page: only the JSON-LD has it.
        let mut blocks = body.clone();
        let mut removals = Vec::new();
        record(
            &mut removals,
            "navigation",
            "nav element",
            "Home Shop Sale",
            None,
        );
        restore_product_description(&mut blocks, DESCRIPTION, &mut removals, NO_SOURCE);
        assert_eq!(blocks, body);
        // In the article already.
        let mut blocks = vec![paragraph(&DESCRIPTION.replace('\n', " "))];
        let mut removals = Vec::new();
        record(&mut removals, "hidden", "hidden element", DESCRIPTION, None);
        restore_product_description(&mut blocks, DESCRIPTION, &mut removals, NO_SOURCE);
        assert_eq!(blocks.len(), 1);
        // Shown only as the headline.
        let mut blocks = body.clone();
        let mut removals = Vec::new();
        record(
            &mut removals,
            "title",
            "repeats the title",
            DESCRIPTION,
            None,
        );
        restore_product_description(&mut blocks, DESCRIPTION, &mut removals, NO_SOURCE);
        assert_eq!(blocks, body);
        // Too short to be a description.
        let mut removals = Vec::new();
        record(
            &mut removals,
            "low-score",
            "outside",
            "Light and strong.",
            None,
        );
        restore_product_description(&mut blocks, "Light and strong.", &mut removals, NO_SOURCE);
        assert_eq!(blocks, body);
    }
}
