//! A teaser for another page inside an article: a box the page names a teaser (`teaser`,
//! `c-teaser`, `sz-teaser__title`, `teaserWrapper`, `contentteaser`: the word news CMSs give the
//! card that advertises another story, a programme, the print issue) holding a short headline and
//! summary that link away. Publishers set such boxes between a story's paragraphs or under it; the
//! story's own text is not linked from a box of its name.
//!
//! Trafilatura drops every element whose class or id holds "teaser". The name alone is not
//! enough: many CMSs name the story's lead (`article-teaser`, `teaser-text`, `lead teasertext`) so,
//! and the lead links nowhere. This rule reads the name and the links: a box named a teaser whose
//! text is short and that holds a link to another page, or stands inside one (a card made one
//! link).

use super::button_link;
use super::score::Stats;
use super::tree::{Tree, NO_PARENT};

/// The word that names a teaser, read at either end of a name's piece (`teaserWrapper`,
/// `contentteaser`) in any case.
const TOKEN: &str = "teaser";

/// Characters a teaser holds at most: a headline and a sentence or two. A longer box is a lead or
/// a section the page happens to name so.
pub(crate) const MAX_TEASER_CHARS: f32 = 300.0;

/// Levels above a box searched for the link it stands in: a card's link wraps its box and a
/// wrapper or two.
const MAX_LINK_DEPTH: usize = 4;

/// Whether a `class` or `id` value names a teaser: one of its names, split on `-` and `_`, has a
/// piece that opens or ends with "teaser" (`c-teaser`, `teaserkasten`, `contentteaser`), but not
/// one that holds it in the middle.
pub(crate) fn names_teaser(names: &str) -> bool {
    // Most names hold no "teaser" at all: one scan says so before any split. Case-blind in place:
    // this is asked of every named element of an article, so it allocates nothing.
    let token = TOKEN.as_bytes();
    if !names
        .as_bytes()
        .windows(token.len())
        .any(|w| w.eq_ignore_ascii_case(token))
    {
        return false;
    }
    names
        .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
        .map(str::as_bytes)
        .filter(|piece| piece.len() >= token.len())
        .any(|piece| {
            piece[..token.len()].eq_ignore_ascii_case(token)
                || piece[piece.len() - token.len()..].eq_ignore_ascii_case(token)
        })
}

/// Whether element `i`, holding `text` characters of which `link` in links, is a teaser for another
/// page: named so (see [`names_teaser`]), short, and linking away (a link inside it, or one it
/// stands in).
pub(crate) fn is_teaser_box(tree: &Tree<'_>, i: usize, text: f32, link: f32) -> bool {
    is_named_teaser(tree, i)
        && text > 0.0
        && text <= MAX_TEASER_CHARS
        && (link > 0.0 || in_link_away(tree, i))
}

/// Share of the article's text from which its teasers are its content: a listing's cards
/// (Drupal's `node-view-mode--teaser` rows, a section page's stories), not boxes beside a story.
const MAX_TEASER_SHARE: f32 = 0.5;

/// Whether the teasers of the article at `roots` are boxes beside its text, which may go: the
/// boxes named teasers (see [`names_teaser`]) and short enough to be one hold less than half the
/// text. One pass over the roots' subtrees, a teaser's own subtree skipped once counted.
pub(crate) fn teasers_may_go(tree: &Tree<'_>, stats: &Stats, roots: &[usize]) -> bool {
    let mut total = 0.0;
    let mut teasers = 0.0;
    for &root in roots {
        total += stats.text[root];
        let end = tree.nodes[root].end();
        let mut i = root + 1;
        while i < end {
            if !stats.dead[i] && is_named_teaser(tree, i) && stats.text[i] <= MAX_TEASER_CHARS {
                teasers += stats.text[i];
                i = tree.nodes[i].end();
            } else {
                i += 1;
            }
        }
    }
    teasers < total * MAX_TEASER_SHARE
}

/// Whether element `i`'s class or id names a teaser.
fn is_named_teaser(tree: &Tree<'_>, i: usize) -> bool {
    [tree.attr(i, "class"), tree.attr(i, "id")]
        .into_iter()
        .flatten()
        .any(names_teaser)
}

/// Whether element `i` is, or stands a few levels down inside, a link to another page.
fn in_link_away(tree: &Tree<'_>, i: usize) -> bool {
    let mut at = i;
    for _ in 0..=MAX_LINK_DEPTH {
        if at == NO_PARENT {
            return false;
        }
        if tree.name(at) == "a" {
            return button_link::leads_away(tree, at);
        }
        at = tree.nodes[at].parent();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::names_teaser;

    #[test]
    fn teaser_names_are_read_at_a_pieces_ends() {
        for named in [
            "teaser",
            "c-teaser c-teaser--wide",
            "sz-teaser__title",
            "teaserWrapper",
            "box contentteaser",
            "Teaser-breaker",
        ] {
            assert!(names_teaser(named), "{named}");
        }
        for other in ["", "article", "superteaserbox", "tease"] {
            assert!(!names_teaser(other), "{other}");
        }
    }
}
