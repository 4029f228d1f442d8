//! Banners that hold a section: content management systems and shop themes style a landing page's
//! sections as "banners" (a call to action's `cmp-cta__banner`, a theme's `image-banner` hero) and
//! put a heading and paragraphs of the page's own prose in them. An advertising or cookie banner
//! holds a line or a picture, no headed prose: a container named a banner, and no other furniture,
//! that holds a heading, a paragraph and a few sentences of text is a section, not furniture.

use super::tokens::{lowercase_names, NEGATIVE_BUT_BANNER, UNLIKELY, UNLIKELY_BUT_BANNER};
use super::tree::Tree;

/// Fewest bytes of text in a banner that holds a section: a few sentences.
const MIN_SECTION_BYTES: usize = 300;

/// Whether each node's subtree holds a heading (`<h1>` to `<h6>`) and a paragraph (`<p>`): one
/// backward pass.
pub(crate) fn holds_headed_prose(tree: &Tree<'_>) -> Vec<bool> {
    let n = tree.nodes.len();
    let mut heading: Vec<bool> = (0..n)
        .map(|i| matches!(tree.name(i), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
        .collect();
    let mut paragraph: Vec<bool> = (0..n).map(|i| tree.name(i) == "p").collect();
    for i in (0..n).rev() {
        let parent = tree.nodes[i].parent();
        if parent < n {
            heading[parent] |= heading[i];
            paragraph[parent] |= paragraph[i];
        }
    }
    heading
        .iter()
        .zip(&paragraph)
        .map(|(h, p)| *h && *p)
        .collect()
}

/// Whether a container whose names read as furniture is a banner holding a section: named a banner
/// and no other furniture, with a heading, a paragraph (`headed_prose`) and `text_bytes` of text.
///
/// `headed_prose` is asked last, of a banner with enough text only: the caller answers it from
/// [`holds_headed_prose`], a walk of the whole tree that most pages, naming no such banner, never need.
pub(crate) fn is_section_banner(
    class: &str,
    id: &str,
    headed_prose: impl FnOnce() -> bool,
    text_bytes: usize,
) -> bool {
    if text_bytes < MIN_SECTION_BYTES {
        return false;
    }
    let names = lowercase_names(class, id);
    UNLIKELY.matches(&names)
        && !UNLIKELY_BUT_BANNER.matches(&names)
        && !NEGATIVE_BUT_BANNER.matches(&names)
        && headed_prose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_banner_and_no_other_furniture_with_enough_text() {
        assert!(is_section_banner(
            "cmp-cta cmp-cta__banner",
            "",
            || true,
            400
        ));
        assert!(is_section_banner(
            "image-banner",
            "hero",
            || true,
            MIN_SECTION_BYTES
        ));
        // Too little text, no heading or paragraph, or another furniture name.
        assert!(!is_section_banner("cmp-cta__banner", "", || true, 120));
        assert!(!is_section_banner("cmp-cta__banner", "", || false, 900));
        assert!(!is_section_banner("cookie-banner", "", || true, 900));
        assert!(!is_section_banner("banner", "sidebar", || true, 900));
        assert!(!is_section_banner("banner promo", "", || true, 900));
        // Not named a banner at all.
        assert!(!is_section_banner("widget", "", || true, 900));
    }

    #[test]
    fn headed_prose_is_a_heading_and_a_paragraph_below_the_node() {
        let page = "<html><body><div id=a><h2>T</h2><div><p>x</p></div></div>\
                    <div id=b><p>y</p></div><div id=c><h3>z</h3></div></body></html>";
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let held = holds_headed_prose(&tree);
        let by_id = |id: &str| {
            (0..tree.nodes.len())
                .find(|&i| tree.attr(i, "id") == Some(id))
                .map(|i| held[i])
        };
        assert_eq!(by_id("a"), Some(true));
        assert_eq!(by_id("b"), Some(false));
        assert_eq!(by_id("c"), Some(false));
    }
}
