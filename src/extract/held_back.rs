//! Pages held back: the whole page sits in one hidden element until its scripts run.
//!
//! Some pages hide their body (`<div style="visibility:hidden">` around everything, a lock-down
//! plugin's `display:none` wrapper) and reveal it once their scripts and styles have loaded, so that
//! the reader never sees it unstyled. Dropped as hidden, such a page comes out empty. When one element
//! hidden by its style held far more text than all the page shows, it is taken for the page itself,
//! shown. Only inline styles count: an `aria-hidden` `<main>` is a page saved with a dialog open
//! over it, and showing it cost three pages of one shop on the dev set.

use super::tree::{trim, Data, Tree};

/// Fewest bytes of text a hidden element must hold to be taken for the page held back: a hidden
/// menu or dialog on a page that shows almost nothing else is no body.
const MIN_HELD_BACK_BYTES: usize = 1_000;

/// How many times the text the page shows the hidden element must hold: a page held back shows next
/// to nothing (a blank screen, a "loading" line), while a hidden mega menu or dialog sits beside a
/// body the page shows, often several times as long: on the dev pages such menus hold up to eight
/// times the text shown, and with 4 instead of 10 a product page of the tune half fell from .96 to .63.
const HELD_BACK_RATIO: usize = 10;

/// The element hidden by its inline style to show when `tree` was flattened: the one that held the
/// most text, when it held [`HELD_BACK_RATIO`] times what the rest of the page shows, and at least
/// [`MIN_HELD_BACK_BYTES`].
pub(crate) fn held_back(tree: &Tree<'_>) -> Option<ego_tree::NodeId> {
    let (id, bytes) = tree.held_back?;
    if bytes < MIN_HELD_BACK_BYTES {
        return None;
    }
    // The text shown is summed only until it is enough to keep the element hidden: most pages hide
    // a menu or a dialog beside a body far longer.
    let mut shown = 0usize;
    for node in &tree.nodes {
        if let Data::Text(t) = node.data {
            shown += trim(t).len();
            if bytes <= HELD_BACK_RATIO * shown {
                return None;
            }
        }
    }
    Some(id)
}
