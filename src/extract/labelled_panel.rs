//! An accordion's collapsed panel labelled by its header. The WAI-ARIA accordion pattern names each
//! panel by the button that opens it (`aria-labelledby="faq-3-heading"`) and hides it until then
//! (`hidden`, `aria-hidden="true"`, `inert`): an FAQ's answers, a feature list's details. The
//! reader opens them; their text is the page's. Pruning reveals such panels when they say
//! `role="region"`; many leave the role out and keep the label.
//!
//! Dialogs are labelled by their title too: a dialog says so by its role (pruned as a dialog
//! anyway), by being focusable by script (`tabindex="-1"`, as modal frameworks write it), or by its
//! names (`modal`, `popup`, `dialog`, `overlay` as a whole token); those stay hidden.

use super::tree::attr;
use scraper::node::Element;

/// Name tokens of overlays, which are labelled by their titles as panels are.
const OVERLAY_TOKENS: [&str; 6] = ["modal", "popup", "dialog", "overlay", "drawer", "offcanvas"];

/// Whether a hidden element without a role is a panel labelled by its header: it names the element
/// that labels it, is not focusable by script, and is not named an overlay.
pub(crate) fn is_labelled_panel(el: &Element) -> bool {
    attr(el, "role").is_none()
        && attr(el, "aria-labelledby").is_some_and(|v| !v.trim().is_empty())
        && attr(el, "tabindex").is_none()
        && attr(el, "aria-modal").is_none()
        && !names_an_overlay(el)
}

/// Whether the element's class or id holds an overlay's name as a whole token.
fn names_an_overlay(el: &Element) -> bool {
    [attr(el, "class"), attr(el, "id")]
        .into_iter()
        .flatten()
        .flat_map(|names| names.split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_'))
        .any(|token| OVERLAY_TOKENS.iter().any(|o| token.eq_ignore_ascii_case(o)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn first_div(html: &str) -> bool {
        let doc = Html::parse_fragment(html);
        let sel = Selector::parse("div").expect("selector");
        let el = doc.select(&sel).next().expect("a div");
        is_labelled_panel(el.value())
    }

    #[test]
    fn a_hidden_panel_labelled_by_its_header_is_a_panel() {
        assert!(first_div(
            r#"<div id="q1-answer" aria-labelledby="q1-heading" hidden aria-hidden="true">A</div>"#
        ));
        assert!(first_div(
            r#"<div class="details" aria-labelledby="t2" inert>A</div>"#
        ));
    }

    #[test]
    fn dialogs_and_unlabelled_elements_are_not() {
        // A modal framework's dialog: focusable by script, or named a modal, or with a role.
        assert!(!first_div(
            r#"<div class="box fade" tabindex="-1" aria-labelledby="title" aria-hidden="true">A</div>"#
        ));
        assert!(!first_div(
            r#"<div class="cookie-modal" aria-labelledby="title" aria-hidden="true">A</div>"#
        ));
        assert!(!first_div(
            r#"<div role="dialog" aria-labelledby="title" aria-hidden="true">A</div>"#
        ));
        assert!(!first_div(
            r#"<div aria-modal="true" aria-labelledby="title" hidden>A</div>"#
        ));
        assert!(!first_div(r#"<div hidden aria-labelledby=" ">A</div>"#));
        assert!(!first_div(r#"<div hidden>A</div>"#));
    }
}
