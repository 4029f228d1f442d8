//! On a product page, the sections that show other products: "Customers also bought", "Similar
//! items", "You may also like", "Recently viewed".
//!
//! A shop lays such grids below (or beside) the product, and each holds more text than the product's
//! own title, price and specifications, so scoring may pick the grid instead of the product. What
//! says a grid is about other products is its heading, in words every shop uses
//! (`other_items_heading.txt`); the section is what the heading heads: the largest ancestor of the
//! heading in which no heading of its rank or above comes before it, and which holds neither the
//! page's `<h1>` (the product's own name) nor is `<main>`, `<body>` or `<html>`. Headings after it
//! in the section may be its items' own (a card's title, a promoted card's "why this ad" label).

use super::headed::{inside_marked, names_a_box};
use super::marks::Marks;
use super::prune::Mark;
use super::tree::{Tree, NO_PARENT};
use crate::phrases::OTHER_ITEMS_HEADING;

/// The mark of a section of other products.
const OTHER_ITEMS: Mark = Some(("boilerplate-container", "section of other products"));

/// Headings longer than this (in bytes) are a sentence, not a grid's title.
const MAX_HEADING_BYTES: usize = 120;

/// A heading's rank (`h1` is 1), or `None` for other elements.
fn rank(name: &str) -> Option<usize> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Per rank (index 0 for `h1` … 5 for `h6`), the number of headings of that rank or above among the
/// nodes before each node: the headings of rank `r` or above in a subtree `i` are
/// `before[r][end] - before[r][i]`.
fn headings_before(tree: &Tree<'_>) -> [Vec<u32>; 6] {
    let n = tree.nodes.len();
    let mut before: [Vec<u32>; 6] = Default::default();
    for counts in &mut before {
        counts.reserve(n + 1);
        counts.push(0);
    }
    for i in 0..n {
        let r = rank(tree.name(i));
        for (k, counts) in before.iter_mut().enumerate() {
            let last = counts.last().copied().unwrap_or(0);
            let here = u32::from(r.is_some_and(|r| r <= k + 1));
            counts.push(last + here);
        }
    }
    before
}

/// Marks, in `marks`, the sections of a product page headed as other products (see the module's
/// documentation). Nodes already marked, and sections inside marked ones, are left as they are.
pub(crate) fn mark_other_items(tree: &Tree<'_>, marks: &mut Marks) {
    let n = tree.nodes.len();
    if marks.len() != n {
        return;
    }
    let before = headings_before(tree);
    let count = |r: usize, i: usize| {
        let end = tree.nodes[i].end();
        before[r - 1][end] - before[r - 1][i]
    };
    let mut i = 0;
    while i < n {
        let Some(r) = rank(tree.name(i)).filter(|&r| r > 1) else {
            i += 1;
            continue;
        };
        let end = tree.nodes[i].end();
        if heads_other_items(tree, i) && !inside_marked(tree, marks, i) {
            let top = section_of(tree, i, r, &count, &before);
            marks.set(top, OTHER_ITEMS);
        }
        i = end;
    }
}

/// Whether heading `i` names a grid of other products.
fn heads_other_items(tree: &Tree<'_>, i: usize) -> bool {
    names_a_box(tree, i, OTHER_ITEMS_HEADING, MAX_HEADING_BYTES)
}

/// The largest ancestor of heading `i` (of rank `r`) that it heads: no heading of rank `r` or above
/// comes before it there, and no `h1` stands in it; short of `<main>`, `<body>` and `<html>`. The
/// headings after it may be its items' (a card's title, an ad's label).
fn section_of(
    tree: &Tree<'_>,
    i: usize,
    r: usize,
    count: &impl Fn(usize, usize) -> u32,
    before: &[Vec<u32>; 6],
) -> usize {
    let mut top = i;
    loop {
        let parent = tree.nodes[top].parent();
        if parent == NO_PARENT
            || matches!(tree.name(parent), "main" | "body" | "html")
            || before[r - 1][i] > before[r - 1][parent]
            || count(1, parent) > 0
        {
            return top;
        }
        top = parent;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked_ids(page: &str) -> Vec<String> {
        crate::extract::marks::marked_ids(page, mark_other_items)
    }

    #[test]
    fn a_grid_headed_as_other_products_is_marked_up_to_its_section() {
        let page = "<html><body><main><div id=product><h1>Walnut desk lamp</h1>\
                    <p>A lamp turned from one block of walnut.</p><h2>Details</h2><p>Height 40 cm</p></div>\
                    <div id=grid><div class=head><h2>Customers who viewed this item also viewed</h2></div>\
                    <ul><li><h3>Oak lamp</h3>$40</li><li><h3>Ash lamp</h3>$35</li></ul></div>\
                    <section id=similar><h2>Similar items</h2><p>Brass lamp</p></section>\
                    </main></body></html>";
        assert_eq!(marked_ids(page), ["grid", "similar"]);
    }

    #[test]
    fn the_products_own_headings_and_sentences_are_not_marked() {
        let page = "<html><body><div id=product><h1>Walnut desk lamp</h1>\
                    <h2>You may also like how it glows at night, because the shade is thin enough to let \
                    the light of the bulb through in the evening hours</h2><p>Shade</p>\
                    <h2>Related reading</h2><p>Care</p></div></body></html>";
        assert!(marked_ids(page).is_empty());
    }

    #[test]
    fn headings_inside_the_grid_do_not_end_its_section() {
        // Each promoted card carries a label of the heading's rank; the product follows the grid.
        let page = "<html><body><div id=page><div id=grid><div><h2>Similar items</h2></div>\
                    <ul><li><h3>Oak lamp</h3><h2>Why you see this ad</h2></li>\
                    <li><h3>Ash lamp</h3><h2>Why you see this ad</h2></li></ul></div>\
                    <div id=product><h1>Walnut desk lamp</h1><h2>Details</h2><p>Height 40 cm</p></div>\
                    </div></body></html>";
        assert_eq!(marked_ids(page), ["grid"]);
    }

    #[test]
    fn grids_of_accessories_and_of_what_other_buyers_chose_are_marked() {
        let page = "<html><body><main><div id=product><h1>Walnut desk lamp</h1>\
                    <p>A lamp turned from one block of walnut.</p></div>\
                    <section id=pairs><h2>Pairs well with</h2><p>Linen shade</p></section>\
                    <section id=viewed><h2>This is what customers who viewed this lamp bought</h2>\
                    <p>Oak lamp</p></section>\
                    <section id=bought><h2>Frequently purchased together</h2><p>Bulb</p></section>\
                    </main></body></html>";
        assert_eq!(marked_ids(page), ["pairs", "viewed", "bought"]);
    }

    #[test]
    fn a_sentence_about_what_the_product_pairs_with_is_not_marked() {
        let page = "<html><body><div id=product><h1>Walnut desk lamp</h1>\
                    <h2>Pairs well with a reading chair</h2><p>Place it beside one.</p>\
                    <h2>Who viewed this lamp first</h2><p>Our carpenter.</p></div></body></html>";
        assert!(marked_ids(page).is_empty());
    }

    #[test]
    fn a_heading_beside_the_product_name_is_marked_alone() {
        // The heading's parent holds the `h1`: only the heading goes, not the product with it.
        let page = "<html><body><div id=wrap><h1>Walnut desk lamp</h1><p>Turned walnut.</p>\
                    <h3 id=h>You might also like</h3><p>Oak lamp</p></div></body></html>";
        assert_eq!(marked_ids(page), ["h"]);
    }
}
