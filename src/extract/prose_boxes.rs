//! Boxes of the article's own prose named like furniture. A roundup reviews each product in a box
//! named for a product widget or card (`c-product-widget`, `review-card`), and the page's hints read
//! `widget` and `card` as furniture; yet each box holds paragraphs of the article, and together the
//! boxes hold much of its text. Related-post widgets and teaser cards are furniture by the same
//! names, but each holds a headline and a line or two, not paragraphs, and together little of the
//! page's paragraph text.
//!
//! A container is such a box when its parent holds at least [`MIN_BOXES`] elements of the very same
//! class attribute, each with [`MIN_BOX_PARAGRAPH_BYTES`] of paragraph text or more, and the boxes
//! together hold [`MIN_GROUP_SHARE`] of the page's paragraph text or more ([`MIN_PAIR_SHARE`] for
//! a pair). A container inside such a
//! box that holds most of the box's paragraphs (the box's text or content part, named like the box)
//! is no furniture either.

use super::layout_wrapper::ParagraphBytes;
use super::tree::{Tree, NO_PARENT};

/// Fewest sibling boxes of one class that make a series of the article's own reviews.
const MIN_BOXES: usize = 2;

/// From this many boxes on, [`MIN_GROUP_SHARE`] of the page's paragraphs make a series; fewer (a
/// pair) need [`MIN_PAIR_SHARE`]: two boxes of prose are as often a pair of teasers with long
/// excerpts, or a product's two panels of copy.
const MANY_BOXES: usize = 3;

/// Share of the page's paragraph text a pair of boxes holds together at least.
const MIN_PAIR_SHARE: f32 = 0.45;

/// Paragraph text (bytes) each box needs: a review's paragraph, not a teaser's line.
pub(crate) const MIN_BOX_PARAGRAPH_BYTES: usize = 250;

/// Share of the page's paragraph text the boxes hold together at least.
const MIN_GROUP_SHARE: f32 = 0.3;

/// Share of its box's paragraph text past which a container inside a box holds the box's prose
/// (`c-product-widget__content` inside `c-product-widget`), and is no furniture either.
const MIN_INNER_SHARE: f32 = 0.5;

/// Whether node `i`, inside box `outer`, is the box's own part holding its prose: named after the
/// box (`c-product-widget__content` inside `c-product-widget`, as BEM names a block's elements, or
/// an editor's `ck-widget row` inside a `ck-widget` grid: a class name opening with the box's first) and
/// holding [`MIN_INNER_SHARE`] of the box's paragraph text. A part named otherwise (a `copy-legal`
/// box of fine print inside a section) is judged by its own name.
fn is_part_of(tree: &Tree<'_>, paragraphs: &ParagraphBytes, i: usize, outer: usize) -> bool {
    let Some(block) = tree
        .attr(outer, "class")
        .and_then(|c| c.split_ascii_whitespace().next())
    else {
        return false;
    };
    let named_after = tree.attr(i, "class").is_some_and(|c| {
        c.split_ascii_whitespace()
            .any(|name| name.starts_with(block))
    });
    named_after && paragraphs.of(i) as f32 >= MIN_INNER_SHARE * paragraphs.of(outer) as f32
}

/// The paragraph text of a series of boxes: how many, the least any of them holds, and their sum.
#[derive(Clone, Copy)]
struct Group {
    count: usize,
    least: usize,
    sum: usize,
}

impl Group {
    /// The children of `parent` whose class attribute is `class`, measured.
    fn of(tree: &Tree<'_>, paragraphs: &ParagraphBytes, parent: usize, class: &str) -> Group {
        let mut group = Group {
            count: 0,
            least: usize::MAX,
            sum: 0,
        };
        for child in tree.children(parent) {
            if tree.attr(child, "class").map(str::trim) == Some(class) {
                let bytes = paragraphs.of(child);
                group.count += 1;
                group.least = group.least.min(bytes);
                group.sum += bytes;
            }
        }
        group
    }

    /// Whether the boxes are a series of the article's prose (see the module's description).
    fn is_series(&self, page: f32) -> bool {
        let share = if self.count >= MANY_BOXES {
            MIN_GROUP_SHARE
        } else {
            MIN_PAIR_SHARE
        };
        self.count >= MIN_BOXES
            && self.least >= MIN_BOX_PARAGRAPH_BYTES
            && self.sum as f32 >= page * share
    }
}

/// For each node, whether it is one of a series of boxes of the article's prose, or the part of such
/// a box that holds its paragraphs. Only a node with [`MIN_BOX_PARAGRAPH_BYTES`] of paragraph text
/// can be a box, so only its siblings are measured, once for each parent and class: the page's other
/// nodes cost a look at their paragraph bytes.
pub(crate) fn prose_boxes(tree: &Tree<'_>, paragraphs: &ParagraphBytes) -> Vec<bool> {
    let n = tree.nodes.len();
    let page = paragraphs.page() as f32;
    let mut is_box = vec![false; n];
    let mut judged: Vec<(usize, &str)> = Vec::new();
    for i in 0..n {
        if paragraphs.of(i) < MIN_BOX_PARAGRAPH_BYTES {
            continue;
        }
        let parent = tree.nodes[i].parent();
        let class = tree.attr(i, "class").map(str::trim).unwrap_or("");
        if parent == NO_PARENT || class.is_empty() || judged.contains(&(parent, class)) {
            continue;
        }
        judged.push((parent, class));
        if Group::of(tree, paragraphs, parent, class).is_series(page) {
            for child in tree.children(parent) {
                if tree.attr(child, "class").map(str::trim) == Some(class) {
                    is_box[child] = true;
                }
            }
        }
    }
    // The box each node stands in (`NO_PARENT` outside the boxes).
    let mut in_box = vec![NO_PARENT; n];
    let mut marks = vec![false; n];
    for i in 0..n {
        let outer = tree.parents_value(&in_box, i, NO_PARENT);
        if is_box[i] {
            in_box[i] = i;
            marks[i] = true;
        } else {
            in_box[i] = outer;
            marks[i] = outer != NO_PARENT && is_part_of(tree, paragraphs, i, outer);
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxes(page: &str, class: &str) -> bool {
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = prose_boxes(&tree, &ParagraphBytes::new(&tree));
        (0..tree.nodes.len())
            .filter(|&i| tree.attr(i, "class") == Some(class))
            .all(|i| marks[i])
    }

    const PARAGRAPH: &str = "The kettle boils a litre in under three minutes, keeps its water hot \
        for an hour and, unlike most of its rivals, tells the temperature on a small dial by the \
        handle, which we found easy to read from across the kitchen.";

    #[test]
    fn a_series_of_reviews_in_widgets_is_prose() {
        let review =
            format!("<div class=\"product-widget\"><h3>Kettle</h3><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>");
        let page = format!(
            "<html><body><article><p>{PARAGRAPH}</p>{review}{review}{review}</article></body></html>"
        );
        assert!(boxes(&page, "product-widget"));
    }

    #[test]
    fn teaser_cards_are_no_prose() {
        let card = "<div class=\"related-widget\"><a href=\"/a\">Another story</a>\
            <p>A short line about it.</p></div>"
            .repeat(4);
        let body = format!("<p>{PARAGRAPH}</p>").repeat(4);
        let page = format!("<html><body><article>{body}{card}</article></body></html>");
        assert!(!boxes(&page, "related-widget"));
    }

    #[test]
    fn a_pair_of_boxes_needs_most_of_the_pages_paragraphs() {
        let review =
            format!("<div class=\"product-widget\"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>");
        let body = format!("<p>{PARAGRAPH}</p>").repeat(6);
        let pair = format!("<html><body><article>{review}{review}</article></body></html>");
        assert!(boxes(&pair, "product-widget"));
        let beside = format!("<html><body><article>{body}{review}{review}</article></body></html>");
        assert!(!boxes(&beside, "product-widget"));
        let three =
            format!("<html><body><article>{body}{review}{review}{review}</article></body></html>");
        assert!(boxes(&three, "product-widget"));
    }

    #[test]
    fn the_part_of_a_box_that_holds_its_prose_is_prose_too() {
        let review = format!(
            "<div class=\"product-widget\"><div class=\"product-widget__name\">Kettle</div>\
             <div class=\"product-widget__content\"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div>"
        );
        let page = format!("<html><body><article>{review}{review}{review}</article></body></html>");
        assert!(boxes(&page, "product-widget__content"));
        assert!(!boxes(&page, "product-widget__name"));
    }

    #[test]
    fn a_part_named_otherwise_is_judged_by_its_own_name() {
        let section = format!(
            "<div class=\"module\"><div class=\"copy-legal\"><p>{PARAGRAPH}</p>\
             <p>{PARAGRAPH}</p></div></div>"
        );
        let page = format!("<html><body><main>{section}{section}</main></body></html>");
        assert!(boxes(&page, "module"));
        assert!(!boxes(&page, "copy-legal"));
    }
}
