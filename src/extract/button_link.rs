//! A link the page draws as a button, standing alone in an article: "Buy now at the maker's
//! store", "Schedule your demo", "Start a free trial", "Get in touch". Sites drop such calls to
//! action between a story's paragraphs or under its last one, and style them with the button class
//! of their CSS framework: Bootstrap's `btn`, Foundation's and most themes' `button`, WordPress's
//! button block (`wp-block-button__link`), Ghost's button card (`kg-btn`). A reader sees a button,
//! not a line of the story. Trafilatura drops elements whose class names a button; this rule reads
//! the class names as whole names (`btn-wrapper`, `accordion__button`, `body-btn-link` are other
//! things) and the link's place (alone in its line).
//!
//! What stays: a link of the page's own (`href="#…"`: a table of contents drawn as buttons), a
//! button in a sentence, a long label (a teaser's headline set in a button), and every page not
//! declared an article (a landing page's buttons may be its offer; see `cta_box`).

use super::score::Stats;
use super::tree::{is_phrasing, Tree, NO_PARENT};

/// Characters a button's label holds at most: "Share Tech World With Milan Newsletter". A longer
/// link is a headline or a sentence set in a button's style.
const MAX_LABEL_CHARS: f32 = 60.0;

/// Characters of text outside the link that its line may hold: an arrow, a bullet.
const MAX_OTHER_CHARS: f32 = 3.0;

/// Class names that say "button" in the markup vocabularies of CSS frameworks and publishing
/// platforms, compared whole and in any case. Each is a framework's or platform's own name, used
/// the same way on every site built with it.
const BUTTON_CLASSES: [&str; 4] = ["btn", "button", "wp-block-button__link", "kg-btn"];

/// Whether a `class` attribute holds one of [`BUTTON_CLASSES`] as a whole class name.
pub(crate) fn names_a_button(class: &str) -> bool {
    class.split_ascii_whitespace().any(|name| {
        BUTTON_CLASSES
            .iter()
            .any(|button| name.eq_ignore_ascii_case(button))
    })
}

/// Whether element `i` is a link to another page drawn as a button (see [`names_a_button`]), with a
/// short label, standing alone in its line: the block around it holds no other text.
pub(crate) fn is_button_link(tree: &Tree<'_>, stats: &Stats, i: usize) -> bool {
    if tree.name(i) != "a" {
        return false;
    }
    let label = stats.text[i];
    leads_away(tree, i)
        && tree.attr(i, "class").is_some_and(names_a_button)
        && label > 0.0
        && label <= MAX_LABEL_CHARS
        && stands_alone(tree, stats, i)
}

/// Whether link `i` leads to another page: an `href` that is not empty and not a `#` of the page's
/// own.
pub(crate) fn leads_away(tree: &Tree<'_>, i: usize) -> bool {
    tree.attr(i, "href")
        .is_some_and(|h| !h.trim().is_empty() && !h.trim_start().starts_with('#'))
}

/// Whether the block holding link `i` (its nearest ancestor that is not inline) holds nothing but
/// links, give or take an arrow: the link is a line of its own, not a word of a sentence.
fn stands_alone(tree: &Tree<'_>, stats: &Stats, i: usize) -> bool {
    let mut at = tree.nodes[i].parent();
    while at != NO_PARENT && is_phrasing(tree.name(at)) {
        at = tree.nodes[at].parent();
    }
    if at == NO_PARENT {
        return false;
    }
    stats.text[at] - stats.link[at] <= MAX_OTHER_CHARS
}

#[cfg(test)]
mod tests {
    use super::names_a_button;

    #[test]
    fn button_classes_are_read_as_whole_names() {
        for named in [
            "btn",
            "btn btn-primary",
            "Button large",
            "wp-block-button__link wp-element-button",
            "kg-btn kg-btn-accent",
        ] {
            assert!(names_a_button(named), "{named}");
        }
        for other in [
            "",
            "btn-wrapper",
            "accordion__button",
            "body-btn-link",
            "anchor-button",
            "buttons",
            "wp-block-button",
        ] {
            assert!(!names_a_button(other), "{other}");
        }
    }
}
