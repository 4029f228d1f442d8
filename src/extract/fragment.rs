//! An article's markup found inside a text: read as HTML, every block of it kept.

use super::align::Aligner;
use super::blocks::blocks;
use super::parse::parse_document;
use super::prefilter::prepare_noting_scripts;
use super::tables::Context;
use super::tree::Tree;
use crate::block::Block;

/// The blocks of the HTML fragment `html`, all of them in order (no content is picked: the fragment
/// is an article's own markup), with spans into `html`. Scripts and styles hold no block.
pub(crate) fn fragment_blocks(html: &str) -> Vec<Block> {
    let (prepared, scripts, tags, nodes) = prepare_noting_scripts(html, false);
    let dom = parse_document(&prepared, nodes);
    let mut removals = Vec::new();
    let mut aligner = Aligner::new(html, false)
        .with_scripts(&scripts)
        .with_tags(&tags);
    let tree = Tree::flatten_located(&dom, false, &mut aligner, &mut removals);
    if tree.nodes.is_empty() {
        return Vec::new();
    }
    let cx = Context::new(&tree);
    blocks(&tree, &cx, &[0], |_| false, false)
}

#[cfg(test)]
mod tests {
    use super::fragment_blocks;
    use crate::block::BlockKind;

    #[test]
    fn reads_each_element_as_a_block_with_its_span() {
        let html = "<h1>Harbour plan</h1> <p class=\"byline\">By Ann Lee</p> \
            <p>The board&rsquo;s vote <a href=\"/x\">ended</a> the dispute.</p>";
        let blocks = fragment_blocks(html);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Harbour plan",
                "By Ann Lee",
                "The board’s vote ended the dispute."
            ]
        );
        assert_eq!(blocks[0].kind, BlockKind::Heading);
        let span = blocks[2].span.clone().unwrap();
        assert!(html[span].starts_with("The board&rsquo;s vote <a"));
    }

    #[test]
    fn broken_markup_gives_what_text_it_holds() {
        for html in [
            "<p>Open <b>and never closed",
            "</p></p><",
            "<p><script>x()</script></p>",
        ] {
            let blocks = fragment_blocks(html);
            let tags = ["</", "<p", "<b", "<script"];
            assert!(
                blocks
                    .iter()
                    .all(|b| tags.iter().all(|t| !b.text.contains(t))),
                "{html}"
            );
        }
    }
}
