//! Items of a listing: repeated sibling blocks of the same shape (tag and class), each holding a
//! title link and some text of its own, as a shop's product grid, a blog's index or a directory lays
//! them out. The link-density rules take such a card for a link list; on a page that does not declare
//! itself an article, the cards and the grid that holds them are the content.

use super::score::Stats;
use super::tree::{Tree, NO_PARENT};
use std::collections::HashMap;

/// Siblings of one shape that make a run of items: fewer is a pair of boxes.
const MIN_ITEMS: u32 = 3;
/// Characters of text outside links an item needs: a title link alone, with no description, price or
/// date beside it, is a link list's entry. (The tune half of the dev sites scores the same from 0 to
/// 80; 0 harms more pages.)
const MIN_ITEM_PROSE: f32 = 20.0;

/// For each element, how many of its siblings (itself included) share its tag and class.
#[derive(Debug)]
pub(crate) struct Repeats(Vec<u32>);

impl Repeats {
    /// Counts the shapes of every parent's element children, in one pass.
    pub(crate) fn new(tree: &Tree<'_>) -> Repeats {
        let n = tree.nodes.len();
        let mut counts: HashMap<(usize, &str, &str), u32> = HashMap::new();
        let key = |i: usize| {
            let class = tree.attr(i, "class")?;
            (!class.trim().is_empty()).then(|| (tree.nodes[i].parent, tree.name(i), class))
        };
        for i in 0..n {
            if tree.nodes[i].parent == NO_PARENT || tree.name(i).is_empty() {
                continue;
            }
            if let Some(k) = key(i) {
                *counts.entry(k).or_insert(0) += 1;
            }
        }
        let repeats = (0..n)
            .map(|i| {
                if tree.nodes[i].parent == NO_PARENT || tree.name(i).is_empty() {
                    return 0;
                }
                key(i).and_then(|k| counts.get(&k).copied()).unwrap_or(0)
            })
            .collect();
        Repeats(repeats)
    }

    /// Whether element `i` is one item of a run: repeated in shape, with text of its own.
    pub(crate) fn is_item(&self, stats: &Stats, i: usize) -> bool {
        self.0.get(i).is_some_and(|&r| r >= MIN_ITEMS)
            && stats.text[i] - stats.link[i] >= MIN_ITEM_PROSE
    }

    /// Whether element `i` is an item, or holds a run of items among its children.
    pub(crate) fn holds_items(&self, tree: &Tree<'_>, stats: &Stats, i: usize) -> bool {
        self.is_item(stats, i)
            || tree
                .children(i)
                .filter(|&c| !stats.dead[c] && self.is_item(stats, c))
                .count()
                >= MIN_ITEMS as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::prune::Mark;
    use crate::extract::score::TextMeasures;
    use scraper::Html;

    /// Whether the first element of class `class` holds items, on `page`.
    fn holds_items(page: &str, class: &str) -> bool {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks: Vec<Mark> = vec![None; tree.nodes.len()];
        let stats = Stats::new(&tree, &TextMeasures::new(&tree), &marks);
        let i = (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(class))
            .unwrap();
        Repeats::new(&tree).holds_items(&tree, &stats, i)
    }

    fn card(text: &str) -> String {
        format!(
            "<div class=\"card\"><a href=\"/item\">Oak side table with one drawer</a>{text}</div>"
        )
    }

    #[test]
    fn repeated_cards_with_text_of_their_own_are_items() {
        let cards = card("<p>Solid oak, oiled, 45 cm high. 120 EUR</p>").repeat(3);
        let page = format!("<html><body><div class=\"grid\">{cards}</div></body></html>");
        assert!(holds_items(&page, "card"));
        assert!(holds_items(&page, "grid"));
    }

    #[test]
    fn a_pair_of_boxes_or_bare_links_are_not_items() {
        let pair = card("<p>Solid oak, oiled, 45 cm high. 120 EUR</p>").repeat(2);
        let page = format!("<html><body><div class=\"grid\">{pair}</div></body></html>");
        assert!(!holds_items(&page, "card"));
        assert!(!holds_items(&page, "grid"));
        let links = card("").repeat(5);
        let page = format!("<html><body><div class=\"grid\">{links}</div></body></html>");
        assert!(!holds_items(&page, "card"));
        assert!(!holds_items(&page, "grid"));
    }
}
