//! Teaser lines inside the article: a short label and a colon, then one link to another story
//! ("Lea también: <a>headline</a>", "READ MORE: <a>…</a>", "Lesen Sie auch: <a>…</a>", "اقرأ أيضا: <a>…</a>").
//!
//! News CMSs drop such lines between the paragraphs of a story. The rule reads the markup, not the words,
//! so it holds in every language: the label is whatever short text ends in a colon before the link, and
//! the link carries a headline. Phrase lists only catch the labels they know (and only when the page's
//! language is right); this catches the rest.

use super::score::Stats;
use super::tree::{Data, Tree};
use crate::text::word_count;

/// A teaser line is a label and a headline: longer units are paragraphs that happen to hold a link.
const MAX_LINE_CHARS: f32 = 300.0;
/// Nodes a unit may hold to be looked at: a label, a link and a few inline wrappers (strong, span, em).
/// Bounds the scan of each unit, so the rule stays linear on any page.
const MAX_LINE_NODES: usize = 24;
/// Words a label may have: "Lea también", "Lesen Sie auch", "Read more from us".
const MAX_LABEL_WORDS: usize = 4;
/// Words a link text needs to be a headline rather than a name or a source ("Reuters", "PDF").
const MIN_HEADLINE_WORDS: usize = 3;

/// Elements that stand as one line of the article.
fn is_line_element(name: &str) -> bool {
    matches!(name, "p" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// What one unit holds, in reading order: text before the first link, the link text, text after it.
#[derive(Debug, Default)]
struct Line {
    label: String,
    link: String,
    tail: String,
    links: usize,
}

/// Whether element `i` (a paragraph or heading inside the article) is a teaser line.
pub(crate) fn is_teaser_line(tree: &Tree<'_>, stats: &Stats, i: usize) -> bool {
    if !is_line_element(tree.name(i)) || stats.text[i] > MAX_LINE_CHARS || stats.link[i] <= 0.0 {
        return false;
    }
    let end = tree.nodes[i].end();
    if end - i > MAX_LINE_NODES {
        return false;
    }
    let Some(line) = read_line(tree, stats, i) else {
        return false;
    };
    let label = line.label.trim_matches(|c: char| c.is_whitespace());
    let tail_is_empty = line
        .tail
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '»' | '>' | '|' | '-' | '–' | '—'));
    line.links == 1
        && tail_is_empty
        && label.ends_with([':', '：'])
        && (1..=MAX_LABEL_WORDS).contains(&word_count(label))
        && word_count(&line.link) >= MIN_HEADLINE_WORDS
}

/// Splits the unit's text around its links; `None` when it holds a block element (then it is no line).
fn read_line(tree: &Tree<'_>, stats: &Stats, i: usize) -> Option<Line> {
    let mut line = Line::default();
    // Where the link being read ends (links do not nest).
    let mut link_end = None;
    for j in i + 1..tree.nodes[i].end() {
        if stats.dead[j] {
            continue;
        }
        if link_end.is_some_and(|e| j >= e) {
            link_end = None;
        }
        match tree.nodes[j].data {
            Data::Element("a", _) if link_end.is_none() => {
                // A link to a place on the same page (a footnote, a table of contents) is no teaser.
                if tree.attr(j, "href").is_none_or(|h| h.starts_with('#')) {
                    return None;
                }
                line.links += 1;
                link_end = Some(tree.nodes[j].end());
            }
            Data::Element(name, _) if !super::tree::is_phrasing(name) && name != "br" => {
                return None;
            }
            Data::Element(..) => {}
            Data::Text(text) => {
                let into = if link_end.is_some() {
                    &mut line.link
                } else if line.links == 0 {
                    &mut line.label
                } else {
                    &mut line.tail
                };
                into.push_str(text);
            }
        }
    }
    Some(line)
}
