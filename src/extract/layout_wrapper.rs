//! Layout wrappers named for what they hold beside the content: a `c-layout-sidebar-left`,
//! `with-sidebar` or `content-sidebar-wrap` holds the article *and* its sidebar, and its name holds
//! a furniture word. Such a wrapper is not furniture when it holds most of the page's paragraphs:
//! menus, footers and link rails are furniture by their lists and links, and hold little text in
//! `<p>` elements, while a sidebar that outweighs the article in paragraphs is rare. Paragraphs in
//! list items do not count: a gallery's captions, a carousel's slides and a rail's teasers are
//! items of a list, an article's body is not.
//!
//! `prune::wraps_most_of_the_page` keeps a furniture-named wrapper that holds most of the page's
//! text; this rule measures paragraphs alone, so that the site's menus and footer (text, not
//! paragraphs) do not hide the wrapper's weight.

use super::tree::{trim, Data, Tree, NO_PARENT};

/// Share of the page's paragraph text past which a container named like furniture is a wrapper of
/// the page's content. (On the tune half of the dev sites 0.75 and 0.6 lift the same articles, 0.6
/// a service page more and a collection less; 0.5 lifts listings more but changes multilingual
/// pages' output for the worse.)
const MAX_FURNITURE_SHARE: f32 = 0.6;

/// Paragraph text (bytes) a page needs for the share to say anything: a page of a few lines has no
/// body to lose.
const MIN_PAGE_PARAGRAPH_BYTES: usize = 500;

/// Bytes of text inside `<p>` elements, outside list items, in each node's subtree.
pub(crate) struct ParagraphBytes {
    bytes: Vec<usize>,
    page: usize,
}

impl ParagraphBytes {
    /// One forward pass (which text stands in a paragraph outside list items) and one backward pass
    /// (sums).
    pub(crate) fn new(tree: &Tree<'_>) -> ParagraphBytes {
        let n = tree.nodes.len();
        // Per element: 0 outside paragraphs, 1 in a paragraph, 2 in a list item (paragraphs there
        // do not count).
        let mut state = vec![0u8; n];
        let mut bytes = vec![0usize; n];
        for i in 0..n {
            let up = tree.parents_value(&state, i, 0);
            match tree.nodes[i].data {
                Data::Element(name, _) => {
                    state[i] = match (up, name) {
                        (2, _) | (_, "li") => 2,
                        (1, _) | (_, "p") => 1,
                        _ => 0,
                    }
                }
                Data::Text(t) => {
                    if up == 1 {
                        bytes[i] = trim(t).len();
                    }
                }
            }
        }
        let mut page = 0;
        for i in (0..n).rev() {
            let parent = tree.nodes[i].parent();
            if parent == NO_PARENT {
                page += bytes[i];
            } else {
                bytes[parent] += bytes[i];
            }
        }
        ParagraphBytes { bytes, page }
    }

    /// Paragraph text (bytes) in node `i`'s subtree.
    pub(crate) fn of(&self, i: usize) -> usize {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    /// Paragraph text (bytes) of the whole page.
    pub(crate) fn page(&self) -> usize {
        self.page
    }

    /// Whether a node holding `text_bytes` of text (all of it, in paragraphs or not) can hold most of
    /// a page's paragraph text: a test before the page is measured.
    pub(crate) fn may_wrap(text_bytes: usize) -> bool {
        text_bytes as f32 > MAX_FURNITURE_SHARE * MIN_PAGE_PARAGRAPH_BYTES as f32
    }

    /// Whether node `i` holds most of the page's paragraph text: a layout wrapper around the page's
    /// content, whatever its name says.
    pub(crate) fn wraps_most_paragraphs(&self, i: usize) -> bool {
        self.page >= MIN_PAGE_PARAGRAPH_BYTES
            && self
                .bytes
                .get(i)
                .is_some_and(|&b| b as f32 > MAX_FURNITURE_SHARE * self.page as f32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(page: &str, class: &str) -> bool {
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let p = ParagraphBytes::new(&tree);
        let i = (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(class))
            .expect("fixture element");
        p.wraps_most_paragraphs(i)
    }

    const PARAGRAPH: &str = "The council approved the budget for the new bridge after a long \
        debate about its cost, which has grown by a third since the first plans were drawn up.";

    #[test]
    fn a_wrapper_around_most_paragraphs_wraps_the_content() {
        let page = format!(
            "<html><body><ul class=\"menu\"><li>Home</li><li>News</li></ul>\
             <div class=\"layout-sidebar\"><div class=\"rail\"><p>Popular</p></div>\
             <div class=\"main\"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>\
             <p>{PARAGRAPH}</p></div></div><p class=\"foot\">Contact us</p></body></html>"
        );
        assert!(measured(&page, "layout-sidebar"));
        assert!(!measured(&page, "rail"));
    }

    #[test]
    fn captions_in_list_items_are_no_paragraphs_of_the_body() {
        let captions = format!("<li><p>{PARAGRAPH}</p></li>").repeat(6);
        let page = format!(
            "<html><body><div class=\"story\"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>\
             <p>{PARAGRAPH}</p></div>\
             <ul class=\"legends\">{captions}</ul></body></html>"
        );
        assert!(!measured(&page, "legends"));
        assert!(measured(&page, "story"));
    }

    #[test]
    fn a_page_of_a_few_lines_says_nothing() {
        let page = "<html><body><div class=\"sidebar\"><p>Short note.</p></div></body></html>";
        assert!(!measured(page, "sidebar"));
    }
}
