//! What a heading leads: its largest ancestor in which no text comes before it.
//!
//! A box that a heading titles (a list of other threads, a shop's returns panel) opens with that
//! heading; climbing from the heading, the first ancestor holding text before it holds more than
//! the box (the posts, the product's description). The climb stops short of an ancestor holding an
//! `<h1>` (the page's own title) and of `<main>`, `<body>` and `<html>`.

use super::marks::Marks;
use super::tree::{Data, Tree, NO_PARENT};
use crate::phrases::{fold, Category};

/// The page's `h1` elements, in document order: what [`led_by`] needs to stop below them.
pub(crate) fn page_h1s(tree: &Tree<'_>) -> Vec<usize> {
    (0..tree.nodes.len())
        .filter(|&j| tree.name(j) == "h1")
        .collect()
}

/// Whether heading `i` names a box in the words of `list`: its whole text (at most `max_bytes`),
/// folded, is one of the list's phrases.
pub(crate) fn names_a_box(tree: &Tree<'_>, i: usize, list: Category, max_bytes: usize) -> bool {
    let text = tree.text_of(i, |_| false);
    let text = text.trim();
    !text.is_empty() && text.len() <= max_bytes && list.find(&fold(text), None).is_some()
}

/// Whether `i` or one of its ancestors is marked.
pub(crate) fn inside_marked(tree: &Tree<'_>, marks: &Marks, mut i: usize) -> bool {
    while i != NO_PARENT {
        if marks[i].is_some() {
            return true;
        }
        i = tree.nodes[i].parent();
    }
    false
}

/// The largest ancestor of heading `i` that it leads: no text stands in it before the heading, no
/// `h1` stands in it at all (`h1s`: the page's, in document order, see [`page_h1s`]); short of
/// `<main>`, `<body>` and `<html>`. Each node before the heading is read once, however far the walk
/// climbs.
pub(crate) fn led_by(tree: &Tree<'_>, i: usize, h1s: &[usize]) -> usize {
    let mut top = i;
    loop {
        let parent = tree.nodes[top].parent();
        if parent == NO_PARENT
            || matches!(tree.name(parent), "main" | "body" | "html")
            || text_between(tree, parent + 1, top)
            || holds_h1(tree, parent, h1s)
        {
            return top;
        }
        top = parent;
    }
}

/// Whether a text node that is not blank lies among nodes `from..to` (in document order).
fn text_between(tree: &Tree<'_>, from: usize, to: usize) -> bool {
    tree.nodes[from..to]
        .iter()
        .any(|node| matches!(node.data, Data::Text(text) if !text.trim().is_empty()))
}

/// Whether the subtree of `i` holds one of `h1s` (sorted node indices).
fn holds_h1(tree: &Tree<'_>, i: usize, h1s: &[usize]) -> bool {
    let first_after = h1s.partition_point(|&h| h < i);
    h1s.get(first_after)
        .is_some_and(|&h| h < tree.nodes[i].end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn led_by_id(page: &str, heading: &str) -> String {
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let Some(i) = (0..tree.nodes.len()).find(|&i| tree.attr(i, "id") == Some(heading)) else {
            return String::new();
        };
        let top = led_by(&tree, i, &page_h1s(&tree));
        tree.attr(top, "id").unwrap_or(tree.name(top)).to_string()
    }

    #[test]
    fn a_heading_leads_the_boxes_it_opens_and_not_what_holds_text_before_it() {
        let page = "<html><body><div id=page><p>The product's description.</p>\
                    <div id=box><div id=head><h3 id=h>Returns</h3></div><p>Thirty days.</p></div>\
                    </div></body></html>";
        assert_eq!(led_by_id(page, "h"), "box");
    }

    #[test]
    fn a_heading_does_not_lead_the_pages_title_or_main() {
        let page = "<html><body><div id=wrap><h2 id=h>Returns</h2><h1>Walnut lamp</h1></div>\
                    <main id=m><div id=box><h2 id=g>Returns</h2><p>Thirty days.</p></div></main>\
                    </body></html>";
        assert_eq!(led_by_id(page, "h"), "h");
        assert_eq!(led_by_id(page, "g"), "box");
    }
}
