//! The parse of the prefiltered page into a tree whose node storage is sized before the parse.
//!
//! `scraper` parses into a tree that starts with room for one node and doubles its storage as the
//! tree builder adds nodes: a news page's few thousand nodes cost a dozen reallocations, each copying
//! every node so far, and the storage before the last doubling lives beside the new one for a
//! moment. The page's tags bound its nodes closely (a start tag makes an element, the text between
//! two tags at most one text node), and the prefilter counts them on its way (the `<` it meets
//! outside raw text and comments): dev pages hold 1.1 to 1.3 nodes per `<` left to parse (0.16 to
//! 1.76 page by page), so room for 1.5 per `<` is reserved at once, and a page that needs more grows
//! from there as before. The tree is the one `Html::parse_document` builds: same sink, same options.

use html5ever::driver::{self, ParseOpts};
use html5ever::tendril::TendrilSink;
use scraper::html::HtmlTreeSink;
use scraper::{Html, Node};

/// Nodes reserved per `<` of the page, as a fraction: three for every two.
const NODES_PER_LT: (usize, usize) = (3, 2);

/// Nodes reserved for any page: the document, `<html>`, `<head>`, `<body>` and a few more the tree
/// builder adds without a tag.
const MIN_NODES: usize = 16;

/// `html` parsed as `Html::parse_document` parses it, the tree's storage reserved for a page of
/// `lts` tags (the `<` the prefilter met: see `prefilter::prepare_noting_scripts`).
pub(crate) fn parse_document(html: &str, lts: usize) -> Html {
    let mut document = Html::new_document();
    let capacity = node_capacity(lts, html.len());
    document.tree = ego_tree::Tree::with_capacity(Node::Document, capacity);
    driver::parse_document(HtmlTreeSink::new(document), ParseOpts::default()).one(html)
}

/// The nodes to reserve for a page of `lts` tags and `bytes` bytes: [`NODES_PER_LT`] of its tags,
/// never more than its bytes (every node but the few the tree builder adds on its own takes at
/// least a byte of the page), plus [`MIN_NODES`].
fn node_capacity(lts: usize, bytes: usize) -> usize {
    (lts.saturating_mul(NODES_PER_LT.0) / NODES_PER_LT.1)
        .min(bytes)
        .saturating_add(MIN_NODES)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as an outline: each node's depth and what it is (names, attributes, text).
    fn outline(html: &Html) -> Vec<String> {
        let mut lines = Vec::new();
        for edge in html.tree.root().traverse() {
            if let ego_tree::iter::Edge::Open(node) = edge {
                let depth = node.ancestors().count();
                lines.push(format!("{depth} {:?}", node.value()));
            }
        }
        lines
    }

    /// The page's `<`, as the prefilter counts them on a page without raw text.
    fn lts(page: &str) -> usize {
        page.matches('<').count()
    }

    #[test]
    fn the_tree_is_the_one_parse_document_builds() {
        let pages = [
            "",
            "plain text, no tag",
            "<!doctype html><title>T</title><p>One <b>two</p> three<table><td>cell</table>",
            "<div><p>unclosed <i>italic<div>block</i> after</div><!-- note --><svg><path d=M0/></svg>",
            "<html><head><meta charset=utf-8></head><body><ul><li>a<li>b</ul></body></html> tail",
            "<select><option>x<option>y</select><template><p>t</template><frameset></frameset>",
        ];
        for page in pages {
            assert_eq!(
                outline(&parse_document(page, lts(page))),
                outline(&Html::parse_document(page)),
                "{page:?}"
            );
        }
    }

    #[test]
    fn room_is_reserved_from_the_tags() {
        assert_eq!(node_capacity(0, 0), MIN_NODES);
        let page = "<p>a</p><p>b</p>";
        assert_eq!(node_capacity(lts(page), page.len()), 6 + MIN_NODES);
        assert_eq!(node_capacity(1, 5), 1 + MIN_NODES);
        // A count the page cannot hold (none can be larger than its bytes) reserves no more.
        assert_eq!(node_capacity(usize::MAX, 100), 100 + MIN_NODES);
    }

    #[test]
    fn a_wrong_count_changes_nothing_but_the_room() {
        let page = "<div><p>one<p>two</div>";
        for count in [0, 1, 1000, usize::MAX] {
            assert_eq!(
                outline(&parse_document(page, count)),
                outline(&Html::parse_document(page))
            );
        }
    }

    #[test]
    fn a_page_with_more_nodes_than_reserved_still_parses_whole() {
        // An element and a text node for every `<`: more nodes than the room reserved.
        let page = "<br>x".repeat(100);
        let html = parse_document(&page, lts(&page));
        assert!(html.tree.values().count() > node_capacity(lts(&page), page.len()));
        assert_eq!(outline(&html), outline(&Html::parse_document(&page)));
    }
}
