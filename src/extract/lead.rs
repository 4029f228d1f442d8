//! The lead paragraph set apart from the body: news templates print the standfirst in the article's
//! header, an `h2` under the headline or a "leader"/"excerpt" box, and the body in a container after it.
//! Scoring picks the body container; this puts back the paragraphs of prose just before it, walking back
//! through little other text (a byline, a date, a photo caption) and never out of the article's region.

use super::prune::{similarity, words, TITLE_SIMILARITY};
use super::score::Stats;
use super::tables::Context;
use super::tree::{Data, Tree, NO_PARENT};
use crate::text::word_count;

/// How far up from the body container the lead may sit: the header and the body are siblings or
/// cousins inside the article element. Further up, the page's layout begins.
const MAX_LEVELS: usize = 3;
/// Words a lead needs: a standfirst is a sentence or two. Shorter text is a kicker, a byline or a label.
const MIN_LEAD_WORDS: usize = 15;
/// Characters of other text allowed between the lead and the body (byline, date, a photo caption):
/// more than that, and the paragraph belongs to something else.
const MAX_CHARS_BETWEEN: f32 = 250.0;
/// A lead is prose, not a list of links.
const MAX_LEAD_LINK_DENSITY: f32 = 0.25;
/// Paragraphs set apart before the body container that are taken at most: a standfirst, a summary, an
/// opening paragraph or two that the template prints in its own box.
const MAX_LEADS: usize = 4;
/// Nodes walked back from the body container before giving up: bounds the search on any page.
const MAX_NODES_WALKED: usize = 200;

/// The roots with the lead paragraphs in front, when they stand just before the first root.
pub(crate) fn with_lead(
    tree: &Tree<'_>,
    stats: &Stats,
    cx: &Context,
    roots: Vec<usize>,
    body: usize,
    title: Option<&str>,
) -> Vec<usize> {
    let Some(&first) = roots.first() else {
        return roots;
    };
    if first == body {
        return roots;
    }
    let title = title.map(words);
    let top = window_top(tree, first, body);
    let mut leads = Vec::new();
    let mut anchor = first;
    while leads.len() < MAX_LEADS {
        match lead_before(tree, stats, cx, anchor, top, title.as_deref()) {
            Some(lead) => {
                leads.push(lead);
                anchor = lead;
            }
            None => break,
        }
    }
    leads.reverse();
    leads.extend(roots);
    leads
}

/// The ancestor `MAX_LEVELS` above `i`, or the last one under `body`.
fn window_top(tree: &Tree<'_>, i: usize, body: usize) -> usize {
    let mut top = i;
    for _ in 0..MAX_LEVELS {
        let parent = tree.nodes[top].parent();
        if parent == NO_PARENT || parent == body {
            break;
        }
        top = parent;
    }
    top
}

/// Walks back in document order from `first` (the body container or a lead already found) to the
/// nearest paragraph of prose, through little text, without leaving the subtree of `top`.
fn lead_before(
    tree: &Tree<'_>,
    stats: &Stats,
    cx: &Context,
    first: usize,
    top: usize,
    title: Option<&[String]>,
) -> Option<usize> {
    let mut between = 0.0;
    let mut j = first;
    for _ in 0..MAX_NODES_WALKED {
        if j <= top {
            return None;
        }
        j -= 1;
        if tree.nodes[j].end() > first {
            continue; // an ancestor of the body container
        }
        if stats.dead[j] {
            continue;
        }
        if let Data::Text(_) = tree.nodes[j].data {
            between += stats.text[j];
            continue;
        }
        // The element's own text was counted on the way back through its descendants.
        let before = between - stats.text[j];
        if before > MAX_CHARS_BETWEEN {
            return None;
        }
        if is_lead(tree, stats, cx, j)
            && !in_other_item(tree, j, first)
            && !repeats_title(tree, j, title)
        {
            return Some(j);
        }
    }
    None
}

/// Whether `i` sits in a link, a list item, a figure or furniture below the nearest ancestor it
/// shares with the body container at `first`: a teaser of another story, a caption, a footer note.
fn in_other_item(tree: &Tree<'_>, i: usize, first: usize) -> bool {
    let mut a = i;
    while a != NO_PARENT && tree.nodes[a].end() <= first {
        if matches!(
            tree.name(a),
            "a" | "li" | "figure" | "figcaption" | "footer" | "aside" | "nav"
        ) {
            return true;
        }
        a = tree.nodes[a].parent();
    }
    false
}

/// Whether the paragraph repeats the page's title (a second headline over the body).
fn repeats_title(tree: &Tree<'_>, i: usize, title: Option<&[String]>) -> bool {
    title.is_some_and(|t| similarity(t, &tree.text_of(i, |_| false)) > TITLE_SIMILARITY)
}

/// A paragraph or heading of prose with few links, outside figures.
fn is_lead(tree: &Tree<'_>, stats: &Stats, cx: &Context, i: usize) -> bool {
    let name = tree.name(i);
    let unit = matches!(name, "p" | "h2" | "h3") || stats.is_div_paragraph(tree, i);
    unit && !cx.in_figure[i]
        && stats.link_density(i) < MAX_LEAD_LINK_DENSITY
        && word_count(&tree.text_of(i, |k| stats.dead[k])) >= MIN_LEAD_WORDS
}
