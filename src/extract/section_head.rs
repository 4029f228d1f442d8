//! Section heads: a block named like a page's header (`section-header`, `page-header`,
//! `category-header`) that holds a heading and the prose under it, as landing pages, shop
//! categories and service pages open each section. The `header` hint drops the site's header (logo,
//! menu, search) before scoring; on a page that does not declare itself an article, the same name on
//! a heading with its introduction, inside the content picked, is the section's start, and its text
//! comes back. On a landing page that names no author and no date, a block named a banner (`hero-banner`,
//! `banner_section`) holding a heading and a line is such a head too: too short to be taken for a
//! section of its own (see `banner`), it opens or closes one of the page's sections.

use super::prune::Mark;
use super::tokens::{
    lowercase_names, rescued_by_other_names, Hints, FURNITURE_OF_ITS_OWN, UNLIKELY_BUT_HEADER,
};
use super::tree::{attr, trim, Data, Tree, NO_PARENT};
use super::PageType;
use crate::measure::ends_sentence;

/// The mark pruning gives a container named like furniture.
const NAMED_FURNITURE: (&str, &str) = ("boilerplate-container", "class or id of page furniture");

/// Bytes of text outside links a section head holds: a heading and a line under it. A site's
/// header holds menu links, a logo and a search box, and little text of its own.
const MIN_PROSE_BYTES: u32 = 40;
/// Share of a section head's text in links: a heading and its introduction are mostly prose, a
/// site's header is mostly links.
const MAX_LINK_SHARE: f32 = 0.3;

/// What a subtree holds, for judging it a section head.
#[derive(Debug, Clone, Copy, Default)]
struct Held {
    text: u32,
    link: u32,
    heading: bool,
    /// Navigation, a form or a menu: the makings of a site's header.
    chrome: bool,
}

/// For each node, what its subtree holds; made in one backward pass.
#[derive(Debug)]
pub(crate) struct SectionHeads(Vec<Held>);

impl SectionHeads {
    /// Gathers every subtree's text, link text, headings and chrome, children to parents.
    pub(crate) fn new(tree: &Tree<'_>) -> SectionHeads {
        let n = tree.nodes.len();
        let mut held = vec![Held::default(); n];
        for i in (0..n).rev() {
            let mut own = held[i];
            match tree.nodes[i].data {
                Data::Text(text) => own.text = trim(text).len() as u32,
                Data::Element(..) => {
                    let name = tree.name(i);
                    own.heading |= matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
                    own.chrome |= matches!(name, "nav" | "form" | "menu" | "input" | "select");
                    if name == "a" {
                        own.link = own.text;
                    }
                }
            }
            held[i] = own;
            let parent = tree.nodes[i].parent();
            if parent != NO_PARENT {
                let up = &mut held[parent];
                up.text += own.text;
                up.link += own.link;
                up.heading |= own.heading;
                up.chrome |= own.chrome;
            }
        }
        SectionHeads(held)
    }

    /// Whether element `i` is a section's head: a heading and prose, few links, no navigation or
    /// form.
    pub(crate) fn is_head(&self, i: usize) -> bool {
        let Some(h) = self.0.get(i) else {
            return false;
        };
        h.heading
            && !h.chrome
            && h.text.saturating_sub(h.link) >= MIN_PROSE_BYTES
            && h.link as f32 <= h.text as f32 * MAX_LINK_SHARE
    }
}

/// Whether a page of this type opens its sections with heads named like a page's header: one that
/// may hold its content in sibling sections, and is not a forum thread (whose header names are the
/// forum's own).
pub(crate) fn may_hold_heads(page_type: PageType) -> bool {
    super::sections::may_widen(page_type) && page_type != PageType::Forum
}

impl SectionHeads {
    /// For each node, whether it stands in a section head that pruning dropped by its `header` name
    /// (`mark` gives pruning's marks) inside the `roots`: the text that comes back. With `banners`
    /// (an unsigned landing page), a head may be named a banner too.
    pub(crate) fn revived(
        &self,
        tree: &Tree<'_>,
        roots: &[usize],
        banners: bool,
        mark: impl Fn(usize) -> Mark,
    ) -> Vec<bool> {
        let own: &Hints = if banners {
            &FURNITURE_OF_ITS_OWN
        } else {
            &UNLIKELY_BUT_HEADER
        };
        let mut revived = vec![false; tree.nodes.len()];
        for &root in roots {
            for i in root + 1..tree.nodes[root].end() {
                let parent = tree.nodes[i].parent();
                let inherited =
                    parent != NO_PARENT && revived[parent] && !named_furniture_inside(tree, i, own);
                // A banner's name is furniture of `UNLIKELY_BUT_HEADER` but not of `own`: such a
                // head must say something in a sentence.
                revived[i] = inherited
                    || (mark(i) == Some(NAMED_FURNITURE)
                        && self.is_head(i)
                        && (named_header_only(tree, i, &UNLIKELY_BUT_HEADER)
                            || banners
                                && named_header_only(tree, i, own)
                                && holds_a_sentence(tree, i)));
            }
        }
        revived
    }
}

/// For each node, whether the blocks leave it out, given `cut` (a node that furniture or cleaning
/// marked) and the nodes `revived` (see [`SectionHeads::revived`]).
///
/// A revived head comes back with the containers around it: a container marked around it (cleaning
/// found "too little text" in a wrapper whose sections pruning had dropped by name) is walked
/// through, its own text and its other children left out, so that the head inside is not lost
/// with it.
pub(crate) fn left_out(
    tree: &Tree<'_>,
    revived: &[bool],
    cut: impl Fn(usize) -> bool,
) -> Vec<bool> {
    let n = tree.nodes.len();
    let is_revived = |j: usize| revived.get(j).copied().unwrap_or(false);
    // Whether the subtree holds a revived node, children to parents.
    let mut holds = vec![false; n];
    for i in (0..n).rev() {
        holds[i] |= is_revived(i);
        let parent = tree.nodes[i].parent();
        if holds[i] && parent != NO_PARENT {
            holds[parent] = true;
        }
    }
    // Whether the node stands in a marked container, and is not revived.
    let mut inside_cut = vec![false; n];
    let mut out = vec![false; n];
    for i in 0..n {
        let parent = tree.nodes[i].parent();
        let above = parent != NO_PARENT && inside_cut[parent];
        inside_cut[i] = (above || cut(i)) && !is_revived(i);
        out[i] = inside_cut[i] && !holds[i];
    }
    out
}

/// Whether a text of element `i`'s subtree ends as a sentence does. A banner that opens a section
/// says something of it in a sentence; a banner of title lines (a promoted report's name over a
/// "Learn more" button, a course's name over its figures) is a teaser for another page.
fn holds_a_sentence(tree: &Tree<'_>, i: usize) -> bool {
    (i + 1..tree.nodes[i].end())
        .any(|j| matches!(tree.nodes[j].data, Data::Text(text) if ends_sentence(text)))
}

/// Whether element `i`, inside a head that comes back, is named like furniture of `own` (a cookie
/// notice or a menu set in the site's header), and not rescued by a content name: it stays out, as
/// pruning would have dropped it on its own.
fn named_furniture_inside(tree: &Tree<'_>, i: usize, own: &Hints) -> bool {
    let Some(el) = tree.element(i) else {
        return false;
    };
    let class = attr(el, "class").unwrap_or("");
    let id = attr(el, "id").unwrap_or("");
    if class.is_empty() && id.is_empty() {
        return false;
    }
    own.matches(&lowercase_names(class, id)) && !rescued_by_other_names(own, class, id)
}

/// Whether element `i`'s class and id name no furniture of `own`: only the hints a section's head
/// may carry (a header's, and a banner's on an unsigned landing page).
fn named_header_only(tree: &Tree<'_>, i: usize, own: &Hints) -> bool {
    let Some(el) = tree.element(i) else {
        return false;
    };
    let class = attr(el, "class").unwrap_or("");
    let id = attr(el, "id").unwrap_or("");
    !own.matches(&lowercase_names(class, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn is_head(page: &str, class: &str) -> bool {
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let i = (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(class))
            .unwrap();
        SectionHeads::new(&tree).is_head(i)
    }

    #[test]
    fn a_heading_with_its_introduction_is_a_section_head() {
        let page = "<html><body><div class=\"section-header\"><h2>Piano tuning at home</h2>\
                    <p>We come to you, with our own tools, any day of the week.</p></div></body></html>";
        assert!(is_head(page, "section-header"));
    }

    #[test]
    fn a_sites_header_is_not() {
        // Menu and search: chrome.
        let page = "<html><body><div class=\"site-header\"><h1><a href=\"/\">Tuners Ltd</a></h1>\
                    <nav><a href=\"/a\">About</a></nav><p>Serving the county since 1990, every day.</p>\
                    </div></body></html>";
        assert!(!is_head(page, "site-header"));
        // Mostly links.
        let page = "<html><body><div class=\"page-header\"><h2>Menu</h2>\
                    <a href=\"/a\">Our pianos for sale</a> <a href=\"/b\">Our tuning rates</a>\
                    <a href=\"/c\">Our rental pianos</a> short line</div></body></html>";
        assert!(!is_head(page, "page-header"));
        // No heading: a banner line.
        let page = "<html><body><div class=\"top-header\"><p>Free delivery on every order above \
                    fifty pounds this month.</p></div></body></html>";
        assert!(!is_head(page, "top-header"));
    }
}
