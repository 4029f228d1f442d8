//! A grid of teasers for other stories inside an article: "Related posts", "More from the blog",
//! "You may also like", laid out as cards, each a headline link with a line of its excerpt or a date.
//!
//! Site builders and shop blogs put such a grid in the same container as the story (or the picked
//! container is the `<main>` that holds both), and its excerpts keep the grid's share of links below
//! what the link-density rules take; on a page that does not declare its type, a run of cards is
//! also kept as a listing's items. What says the grid is not the story: each of its cards is a
//! headline link (a link in a heading, or a heading in a link) with a little text beside it, and the
//! article holds a body of prose outside the grid that outweighs it by far. A listing's cards are
//! its content, and there the prose outside them is an introduction, so the grid stays.

use super::marks::Marks;
use super::prune::Mark;
use super::score::Stats;
use super::tree::{Data, Tree, NO_PARENT};
use super::PageType;

/// The mark of a grid of teasers.
const RELATED_GRID: Mark = Some(("related-link", "a grid of teasers for other stories"));

/// Cards a grid needs: two boxes beside a story are a pair of asides, not a grid.
const MIN_CARDS: usize = 3;
/// Characters of a headline link: shorter is a label or a name ("More", "Jane Doe").
const MIN_HEADLINE_CHARS: f32 = 15.0;
/// Characters a card may hold: a headline and an excerpt of a few lines. More is a section of an
/// article that opens with a linked heading.
const MAX_CARD_CHARS: f32 = 700.0;
/// Characters outside links a card needs: its excerpt, date or author line. A card that is only a
/// headline is a link list's entry, which the link-density rules judge.
const MIN_CARD_PROSE: f32 = 20.0;
/// Prose (characters outside links) the article holds outside the grid, at least: an article's body,
/// not a listing's introduction (as `cards::MAX_INTRO_PROSE`).
const MIN_BODY_PROSE: f32 = 1500.0;
/// The body's prose outside the grid must be this many times the grid's text.
const MIN_BODY_SHARE: f32 = 2.0;

/// The body's prose outside a grid that closes it (see [`MAX_PROSE_AFTER`]) must be this many times
/// the grid's text: a carousel of a dozen teasers after the story is the blog's, not the story's.
const MIN_CLOSING_SHARE: f32 = 1.0;
/// Prose (characters outside links) the article may hold after a grid that closes it.
const MAX_PROSE_AFTER: f32 = 200.0;

/// Whether a page of this type may be an article with a grid of teasers, and whether it declares
/// itself an article: a declared article, or a page that declares nothing but names its author.
///
/// Listings, collections and the like keep their cards. So do undeclared pages without a byline:
/// undeclared listings and landing pages lay their items out as such cards (a home page's "latest
/// posts" closes it). An undeclared page with a byline reads as an article, but may be a blog's
/// listing all the same; its grid goes only when it closes the body (see [`mark_related_grids`]).
pub(crate) fn applies(page_type: PageType, bylined: bool) -> Option<bool> {
    match page_type {
        PageType::Article => Some(true),
        PageType::Unknown if bylined => Some(false),
        _ => None,
    }
}

/// Whether element `i` is a link to another page: an FAQ's question or a tab's label is a link to
/// the same page (`#…`) or to a script.
fn links_away(tree: &Tree<'_>, i: usize) -> bool {
    tree.attr(i, "href").is_some_and(|h| {
        let h = h.trim_start().as_bytes();
        !h.is_empty()
            && h[0] != b'#'
            && !(h.len() >= 11 && h[..11].eq_ignore_ascii_case(b"javascript:"))
    })
}

/// Whether the element is a heading below the page's title.
fn is_subheading(name: &str) -> bool {
    matches!(name, "h2" | "h3" | "h4" | "h5" | "h6")
}

/// What one root's subtree holds, by offset from the root.
struct Measures {
    /// Headline links in each subtree (cleaning's marks aside: a grid whose cards cleaning took in
    /// part is a grid all the same).
    headlines: Vec<u32>,
    /// Whether the node is inside a subtree cleaning marked.
    covered: Vec<bool>,
    /// Prose (text outside links, not covered) before each node, from the root; one more entry for
    /// the root's end.
    prose_before: Vec<f32>,
}

impl Measures {
    /// One forward pass (parents before children) and one backward pass over the root's subtree.
    fn new(tree: &Tree<'_>, stats: &Stats, marks: &Marks, root: usize) -> Measures {
        let end = tree.nodes[root].end();
        let len = end - root;
        let mut headlines = vec![0u32; len];
        let mut covered = vec![false; len];
        let mut in_heading = vec![false; len];
        let mut in_link = vec![false; len];
        let mut prose_before = vec![0.0f32; len + 1];
        let mut prose = 0.0;
        for i in root..end.min(marks.len()) {
            let k = i - root;
            prose_before[k] = prose;
            let parent = tree.nodes[i].parent();
            let p = (parent != NO_PARENT && parent >= root && i != root).then(|| parent - root);
            let (up_covered, up_heading, up_link) = p.map_or((false, false, false), |p| {
                (covered[p], in_heading[p], in_link[p])
            });
            covered[k] = up_covered || marks.is_marked(i);
            if stats.dead[i] {
                continue;
            }
            match tree.nodes[i].data {
                Data::Text(_) => {
                    if !up_link && !covered[k] {
                        prose += stats.text[i];
                    }
                    in_heading[k] = up_heading;
                    in_link[k] = up_link;
                }
                Data::Element(name, _) => {
                    let heading = is_subheading(name);
                    let link = name == "a" && links_away(tree, i);
                    let headline = (link && up_heading) || (heading && up_link);
                    if headline && stats.text[i] >= MIN_HEADLINE_CHARS {
                        headlines[k] = 1;
                    }
                    in_heading[k] = up_heading || heading;
                    in_link[k] = up_link || link;
                }
            }
        }
        prose_before[len] = prose;
        for i in (root + 1..end).rev() {
            let parent = tree.nodes[i].parent();
            if !stats.dead[i] && parent != NO_PARENT && parent >= root {
                headlines[parent - root] += headlines[i - root];
            }
        }
        Measures {
            headlines,
            covered,
            prose_before,
        }
    }

    /// Prose inside the subtree at `i` (of the root at `root`).
    fn prose_of(&self, tree: &Tree<'_>, root: usize, i: usize) -> f32 {
        self.prose_before[tree.nodes[i].end() - root] - self.prose_before[i - root]
    }

    /// Prose of the whole root.
    fn total(&self) -> f32 {
        self.prose_before.last().copied().unwrap_or(0.0)
    }
}

/// Whether element `c` is a card: one headline link and a little text beside it.
fn is_card(tree: &Tree<'_>, stats: &Stats, m: &Measures, root: usize, c: usize) -> bool {
    let text = stats.text[c];
    m.headlines[c - root] == 1
        && text <= MAX_CARD_CHARS
        && text - stats.link[c] >= MIN_CARD_PROSE
        && !tree.name(c).is_empty()
}

/// Whether element `c` is a grid: at least [`MIN_CARDS`] of its children with text are cards, and
/// they are two thirds of them or more (cards cleaning took already count).
fn is_grid(tree: &Tree<'_>, stats: &Stats, m: &Measures, root: usize, c: usize) -> bool {
    if m.headlines[c - root] < MIN_CARDS as u32 {
        return false;
    }
    let (mut cards, mut with_text) = (0usize, 0usize);
    for k in tree.children(c) {
        if stats.dead[k] || tree.name(k).is_empty() || stats.text[k] <= 0.0 {
            continue;
        }
        with_text += 1;
        if is_card(tree, stats, m, root, k) {
            cards += 1;
        }
    }
    cards >= MIN_CARDS && cards * 3 >= with_text * 2
}

/// Marks the grids of teasers inside the article `roots` (see the module's documentation) in
/// `marks`, cleaning's marks of the same roots. `bylined`: the page names its author.
///
/// A grid goes when the body's prose outside it is long and twice its text; a grid that closes the
/// body (little prose after it) needs only as much prose as its text, and is the only grid that
/// goes on an undeclared page.
pub(crate) fn mark_related_grids(
    tree: &Tree<'_>,
    stats: &Stats,
    roots: &[usize],
    (page_type, bylined): (PageType, bool),
    marks: &mut Marks,
) {
    let Some(declared) = applies(page_type, bylined) else {
        return;
    };
    // Each grid, its prose, and the prose of the roots up to its end.
    let mut grids: Vec<(usize, f32, f32)> = Vec::new();
    let mut prose_all = 0.0;
    for &root in roots {
        let m = Measures::new(tree, stats, marks, root);
        let end = tree.nodes[root].end();
        let mut i = root + 1;
        while i < end {
            if m.covered[i - root] || tree.name(i).is_empty() || m.headlines[i - root] == 0 {
                i = tree.nodes[i].end().max(i + 1);
                continue;
            }
            if is_grid(tree, stats, &m, root, i) {
                let through = prose_all + m.prose_before[tree.nodes[i].end() - root];
                grids.push((i, m.prose_of(tree, root, i), through));
                i = tree.nodes[i].end();
            } else {
                i += 1;
            }
        }
        prose_all += m.total();
    }
    let grid_prose: f32 = grids.iter().map(|&(_, p, _)| p).sum();
    let body = prose_all - grid_prose;
    for (g, _, through) in grids {
        let closes = prose_all - through <= MAX_PROSE_AFTER;
        if !declared && !closes {
            continue;
        }
        let share = if closes {
            MIN_CLOSING_SHARE
        } else {
            MIN_BODY_SHARE
        };
        if body >= MIN_BODY_PROSE && body >= share * stats.text[g] {
            marks.set(g, RELATED_GRID);
        }
    }
}
