//! Collapsed disclosure panels: an accordion's answer or a "details" text hidden in the markup
//! under the header that opens it. FAQ blocks, product descriptions and specification panels are
//! written as a header (`<h3>`, `<summary>`, a heading around a button) followed by a panel that a
//! script or the browser shows on a click, hidden until then (`style="display:none"`, `hidden`).
//! The reader opens them; their text is the page's. Panels named so
//! (`accordion`, `collapse`) or given their ARIA role are known already by `prune`; these are
//! known by where they stand, right after their header.

use ego_tree::NodeRef;
use scraper::Node;

/// Whether `node`, an element hidden in the markup, is a panel that the header just before it
/// opens: its previous element sibling is a heading or a `<summary>`; or, first in a wrapper of its own, the wrapper's previous sibling is.
pub(crate) fn is_collapsed_panel(node: NodeRef<'_, Node>) -> bool {
    let Some(el) = node.value().as_element() else {
        return false;
    };
    if !is_panel(el) || !collapsed_in_view(el) || !holds_an_answer(node) {
        return false;
    }
    if follows_header(node) {
        return true;
    }
    let Some(parent) = node.parent() else {
        return false;
    };
    first_element_child(parent).is_some_and(|c| c.id() == node.id())
        && parent
            .value()
            .as_element()
            .is_some_and(|e| e.name() == "div")
        && follows_header(parent)
}

/// Characters of text a panel holds at least: an answer or a description of a few sentences. A
/// forum's description under its title, a tooltip's line or a menu's labels are shorter.
const MIN_PANEL_CHARS: usize = 200;

/// Most nodes of a panel looked at for its text: a hidden element is measured once, and a panel
/// hidden inside a shown one is measured again, so the measure is bounded.
const MAX_NODES_MEASURED: usize = 2_000;

/// Whether `node` holds [`MIN_PANEL_CHARS`] of text among its first [`MAX_NODES_MEASURED`] nodes.
fn holds_an_answer(node: NodeRef<'_, Node>) -> bool {
    let mut chars = 0;
    for d in node.descendants().take(MAX_NODES_MEASURED) {
        if let Node::Text(t) = d.value() {
            chars += t.trim().chars().count();
            if chars >= MIN_PANEL_CHARS {
                return true;
            }
        }
    }
    false
}

/// Whether the element is hidden from view (the `hidden` attribute, an inline style), not only from
/// screen readers: `aria-hidden` alone marks a carousel's other slides and a layout's copies as
/// often as a closed panel.
fn collapsed_in_view(el: &scraper::node::Element) -> bool {
    el.attr("hidden").is_some() || el.attr("style").is_some_and(super::prune::style_hides)
}

/// Whether an element may be a disclosure's panel: a container. A paragraph hidden under a
/// heading is a paragraph the page hides, not a panel it opens.
fn is_panel(el: &scraper::node::Element) -> bool {
    matches!(
        el.name(),
        "div" | "section" | "dd" | "ul" | "ol" | "dl" | "table"
    )
}

/// Whether the element sibling just before `node` is a disclosure's header.
fn follows_header(node: NodeRef<'_, Node>) -> bool {
    let mut prev = node.prev_sibling();
    while let Some(p) = prev {
        match p.value() {
            Node::Element(el) => return is_header(el),
            Node::Text(t) if t.trim().is_empty() => prev = p.prev_sibling(),
            Node::Comment(_) => prev = p.prev_sibling(),
            _ => return false,
        }
    }
    false
}

/// A disclosure's header: a heading below the page's title (an accordion's button sits inside
/// it) or a `<summary>`. A bare button does not say which panel it opens (the prefilter keeps no
/// `aria-expanded` or `aria-controls`), and a dialog's close button or a menu's toggle stands
/// before hidden blocks too.
fn is_header(el: &scraper::node::Element) -> bool {
    matches!(el.name(), "h2" | "h3" | "h4" | "h5" | "h6" | "summary")
}

/// The first child of `node` that is an element.
fn first_element_child(node: NodeRef<'_, Node>) -> Option<NodeRef<'_, Node>> {
    node.children().find(|c| c.value().is_element())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An answer of a few sentences, made up.
    const ANSWER: &str = "The kettle boils a full litre in about four minutes and switches itself \
        off when the water is ready. Its base turns all the way round, so it sits the same way in \
        either hand, and the filter lifts out for rinsing under the tap after each use.";

    /// What `is_collapsed_panel` says of the element with id `x` in `page`.
    fn collapsed(page: &str) -> bool {
        let html = scraper::Html::parse_document(page);
        let selector = scraper::Selector::parse("#x").expect("a valid selector");
        let el = html.select(&selector).next().expect("an element with id x");
        is_collapsed_panel(*el)
    }

    #[test]
    fn a_hidden_answer_under_its_question_is_a_panel() {
        for page in [
            format!(r#"<h3>How fast?</h3> <div id="x" style="display:none"><p>{ANSWER}</p></div>"#),
            format!(
                r#"<details><summary>How fast?</summary><div id="x" hidden>{ANSWER}</div></details>"#
            ),
            format!(r#"<h3>How fast?</h3><!-- panel --><section id="x" hidden>{ANSWER}</section>"#),
            format!(
                r#"<h4><button>How fast?</button></h4><div><div id="x" style="display: none">{ANSWER}</div></div>"#
            ),
        ] {
            assert!(collapsed(&page), "{page}");
        }
    }

    #[test]
    fn short_or_headerless_hidden_blocks_and_hidden_paragraphs_are_no_panels() {
        for page in [
            // A forum's one-line description under its title.
            r#"<h2>General</h2><div id="x" style="display:none">For talk about anything.</div>"#
                .to_string(),
            // A hidden paragraph under a heading is hidden text, not a panel.
            format!(r#"<h2>Notes</h2><p id="x" hidden>{ANSWER}</p>"#),
            // No header before it: a menu, a dialog, a copy for another screen.
            format!(r#"<a href="/shop">Shop</a><div id="x" style="display:none">{ANSWER}</div>"#),
            format!(r#"<div>Intro</div><div id="x" hidden>{ANSWER}</div>"#),
            // Hidden from screen readers only: a carousel's other slide, a layout's copy.
            format!(r#"<h3>How fast?</h3><div id="x" aria-hidden="true">{ANSWER}</div>"#),
            // A bare button: a dialog's close button, a menu's toggle.
            format!(r#"<button>Close</button><div id="x" hidden>{ANSWER}</div>"#),
            format!(
                r#"<button aria-expanded="false">Menu</button><div id="x" hidden>{ANSWER}</div>"#
            ),
            // Not first in its wrapper.
            format!(r#"<h3>Q</h3><div><span>x</span><div id="x" hidden>{ANSWER}</div></div>"#),
        ] {
            assert!(!collapsed(&page), "{page}");
        }
    }
}
