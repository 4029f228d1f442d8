//! The parse of the prefiltered page into a tree whose node storage is sized before the parse.
//!
//! `scraper` parses into a tree that starts with room for one node and doubles its storage as the
//! tree builder adds nodes: a news page's few thousand nodes cost a dozen reallocations, each copying
//! every node so far, and the storage before the last doubling lives beside the new one for a
//! moment. The page's tags bound its nodes closely (a start tag makes an element, the text between
//! two tags at most one text node), and the prefilter counts them on its way (see
//! `prefilter::Nodes`): the parse makes 0.77 to 1.04 of that count on the dev pages (0.985 on the
//! median page), so room for a sixteenth more is reserved at once (no dev page needed more), and a
//! page that needs more grows from there as before. A node takes over a hundred bytes and a modern
//! page holds one per 28 bytes (the median dev page of 20 to 200 KB): room reserved and never used
//! (a quarter of it on the median page when room was reserved for 1.5 nodes per `<`) weighs about
//! the page's own size. The tree is the one `Html::parse_document` builds: same sink, same options.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::TokenizerResult;
use scraper::html::HtmlTreeSink;
use scraper::{Html, Node};

use super::depth_cap::{Capped, Watched};

/// Room reserved beyond the nodes counted, as a share of them: a sixteenth.
const SLACK_SHARE: usize = 16;

/// Nodes reserved for any page: the document, `<html>`, `<head>`, `<body>` and a few more the tree
/// builder adds without a tag.
const MIN_NODES: usize = 16;

/// `html` parsed as `Html::parse_document` parses it (with the same sink and options), the tree's
/// storage reserved for about `nodes` nodes (as the prefilter counts them: see
/// `prefilter::prepare_noting_scripts`), its depth capped (see `depth_cap`).
pub(crate) fn parse_document(html: &str, nodes: usize) -> Html {
    let mut document = Html::new_document();
    let capacity = node_capacity(nodes, html.len());
    document.tree = ego_tree::Tree::with_capacity(Node::Document, capacity);
    let builder = TreeBuilder::new(
        Watched::new(HtmlTreeSink::new(document)),
        TreeBuilderOpts::default(),
    );
    let tokenizer = Tokenizer::new(Capped::new(builder), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // A script's end hands control back, as to a browser that would run it: go on.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.finish()
}

/// The nodes to reserve for a page of about `nodes` nodes and `bytes` bytes: those and a
/// [`SLACK_SHARE`]th more, never more than its bytes (every node but the few the tree builder adds on
/// its own takes at least a byte of the page), plus [`MIN_NODES`].
fn node_capacity(nodes: usize, bytes: usize) -> usize {
    nodes
        .saturating_add(nodes / SLACK_SHARE)
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

    /// The page's nodes as the prefilter counts them.
    fn counted(page: &str) -> usize {
        super::super::prefilter::prepare_noting_scripts(page, false).3
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
                outline(&parse_document(page, counted(page))),
                outline(&Html::parse_document(page)),
                "{page:?}"
            );
        }
    }

    #[test]
    fn room_is_reserved_from_the_nodes_counted() {
        assert_eq!(node_capacity(0, 0), MIN_NODES);
        // Two elements and their text; a sixteenth of 32 more.
        let page = "<p>a</p><p>b</p>";
        assert_eq!(counted(page), 4);
        assert_eq!(node_capacity(32, 1000), 34 + MIN_NODES);
        assert_eq!(node_capacity(1, 5), 1 + MIN_NODES);
        // A count the page cannot hold (none can be larger than its bytes) reserves no more.
        assert_eq!(node_capacity(usize::MAX, 100), 100 + MIN_NODES);
    }

    #[test]
    fn the_nodes_counted_are_those_the_parse_makes() {
        // Elements from start tags, a text node for each run of text and for a script's content,
        // the doctype and the comment: the parse adds the document's own node alone.
        let page =
            "<!doctype html><html><head><title>T</title><script>if (a<b) go('<p>');</script>\
                    </head><body><!-- c --><div class=x><p>One <a href=/a>two</a> three.</p>\n\
                    <p>Four</p></div></body></html>";
        assert_eq!(counted(page), 18);
        assert_eq!(
            parse_document(page, counted(page)).tree.values().count(),
            19
        );
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
        // A row group and a row the tree builder adds to each table without a tag: five nodes
        // where three are counted.
        let page = "<table><td>x</table>".repeat(100);
        let html = parse_document(&page, counted(&page));
        assert!(html.tree.values().count() > node_capacity(counted(&page), page.len()));
        assert_eq!(outline(&html), outline(&Html::parse_document(&page)));
    }
}
