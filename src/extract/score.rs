//! Scoring: text measures of every subtree, and the readability-style content score of the
//! containers that hold paragraphs.
//!
//! Each paragraph-like unit (a `p`, `pre`, `td`, `section`, `h2`–`h6`, a `div` holding no block, or a
//! run of loose inline text in a `div`) scores `1 + commas + one point per 100 characters (at most 3)`
//! and hands that score up to five ancestors, less with each level. Containers start from a tag base
//! and their class/id hints; the final score is scaled by the share of text that is not link text.

use super::heading_anchor;
use super::marks::Marks;
use super::prune::holds_paragraph;
use super::tokens::{names_weight, names_weight_in_threads};
use super::tree::{is_phrasing, trim, Data, Tree, NO_PARENT};
use std::cell::OnceCell;

/// A unit shorter than this (in characters) is a label, a caption or a button, not a paragraph.
const MIN_UNIT_CHARS: f32 = 25.0;
/// Characters per point of length a unit scores, and the most points length can give.
const CHARS_PER_POINT: f32 = 100.0;
const MAX_LENGTH_POINTS: f32 = 3.0;
/// How many ancestors a unit's score reaches: beyond five levels a container is page layout.
const MAX_ANCESTOR_LEVELS: usize = 5;
/// A link to an anchor on the same page (`#section`) counts for this share of its text: tables of
/// contents and footnote marks are links, but not navigation away from the article.
pub(crate) const SAME_PAGE_LINK_WEIGHT: f32 = 0.3;
/// A `div` wrapping one paragraph with less link density than this is that paragraph.
const MAX_WRAPPER_LINK_DENSITY: f32 = 0.25;

/// Commas of several scripts (Latin, Arabic, CJK full-width and ideographic, small forms).
fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '\u{3001}'
    )
}

/// Elements that make a `div` a container rather than a paragraph.
fn is_div_block(name: &str) -> bool {
    matches!(
        name,
        "blockquote" | "dl" | "div" | "img" | "ol" | "p" | "pre" | "table" | "ul"
    )
}

/// Text measures of every subtree in one attempt, with the subtrees marked by pruning left out.
#[derive(Debug)]
pub(crate) struct Stats {
    /// Characters of text, whitespace runs counted once.
    pub text: Vec<f32>,
    /// Characters of link text (same-page links weighted down).
    pub link: Vec<f32>,
    /// Commas.
    pub commas: Vec<u32>,
    /// Whether the subtree holds an element that makes a `div` a container.
    pub block_desc: Vec<bool>,
    /// Whether the node or an ancestor is marked.
    pub dead: Vec<bool>,
    /// On a forum thread's page, whether the node holds a paragraph: a container named like a
    /// discussion that does is the thread's posts, not furniture (see [`holds_paragraph`]). Empty
    /// on other pages.
    pub posts: Vec<bool>,
}

impl Stats {
    /// The measures of a forum thread's page (`in_thread`), whose posts may be named like a
    /// discussion.
    pub(crate) fn in_thread(mut self, tree: &Tree<'_>, in_thread: bool) -> Stats {
        if in_thread {
            self.posts = holds_paragraph(tree);
        }
        self
    }

    /// Whether node `i` holds a post of a forum thread (see [`Stats::posts`]).
    pub(crate) fn is_post(&self, i: usize) -> bool {
        self.posts.get(i).copied().unwrap_or(false)
    }

    /// Measures every subtree in one forward and one backward pass.
    pub(crate) fn new(tree: &Tree<'_>, measures: &TextMeasures, marks: &Marks) -> Stats {
        let n = tree.nodes.len();
        let mut dead = vec![false; n];
        for i in 0..n {
            let parent = tree.nodes[i].parent();
            dead[i] = marks.is_marked(i) || (parent != NO_PARENT && dead[parent]);
        }
        let mut stats = Stats {
            text: vec![0.0; n],
            link: vec![0.0; n],
            commas: vec![0; n],
            block_desc: vec![false; n],
            dead,
            posts: Vec::new(),
        };
        for i in (0..n).rev() {
            if stats.dead[i] {
                continue;
            }
            if let Data::Text(text) = tree.nodes[i].data {
                let (chars, commas) = measures.of(i, text);
                stats.text[i] = chars;
                stats.commas[i] = commas;
            }
            let parent = tree.nodes[i].parent();
            if parent == NO_PARENT {
                continue;
            }
            let name = tree.name(i);
            stats.text[parent] += stats.text[i];
            stats.commas[parent] += stats.commas[i];
            stats.link[parent] += if name == "a" {
                let same_page = tree.attr(i, "href").is_some_and(|h| h.starts_with('#'));
                stats.text[i]
                    * if same_page {
                        SAME_PAGE_LINK_WEIGHT
                    } else {
                        1.0
                    }
            } else {
                stats.link[i]
            };
            if stats.block_desc[i] || is_div_block(name) {
                stats.block_desc[parent] = true;
            }
        }
        stats
    }

    /// Share of the subtree's text that is link text.
    pub(crate) fn link_density(&self, i: usize) -> f32 {
        if self.text[i] > 0.0 {
            (self.link[i] / self.text[i]).min(1.0)
        } else {
            0.0
        }
    }

    /// Whether the element is a `div` that holds no block: readability treats it as a paragraph.
    pub(crate) fn is_div_paragraph(&self, tree: &Tree<'_>, i: usize) -> bool {
        tree.name(i) == "div" && !self.block_desc[i]
    }
}

/// [`measure`] of the text nodes, taken when an attempt first needs one (text under pruned furniture
/// never is) and kept for the next attempts, which would measure the same text again.
#[derive(Debug)]
pub(crate) struct TextMeasures(Vec<OnceCell<(f32, u32)>>);

impl TextMeasures {
    pub(crate) fn new(tree: &Tree<'_>) -> TextMeasures {
        TextMeasures(vec![OnceCell::new(); tree.nodes.len()])
    }

    /// The measure of node `i`, a text node holding `text`.
    fn of(&self, i: usize, text: &str) -> (f32, u32) {
        self.0
            .get(i)
            .map_or_else(|| measure(text), |cell| *cell.get_or_init(|| measure(text)))
    }
}

/// Characters (whitespace runs counted once) and commas of a text.
fn measure(text: &str) -> (f32, u32) {
    let mut chars = 0u32;
    let mut commas = 0u32;
    let mut in_space = false;
    if text.is_ascii() {
        // Most text nodes: bytes are characters, no decoding needed. Every byte counts but the
        // second of two whitespace bytes in a row; counted pair by pair, without a state carried from
        // byte to byte, the loops run on whole vectors of bytes.
        let b = text.as_bytes();
        let space = |c: u8| c == b' ' || (b'\t'..=b'\r').contains(&c);
        let repeats: u32 = match b.len() {
            0 | 1 => 0,
            n => b[..n - 1]
                .iter()
                .zip(&b[1..])
                .map(|(&x, &y)| u32::from(space(x) & space(y)))
                .sum(),
        };
        let commas: u32 = b.iter().map(|&c| u32::from(c == b',')).sum();
        return ((b.len() as u32).saturating_sub(repeats) as f32, commas);
    }
    // Whitespace told by its bytes; only a character that is neither ASCII nor whitespace is decoded,
    // for whether it is a comma.
    let b = text.as_bytes();
    let mut at = 0;
    while at < b.len() {
        let space = crate::measure::space_at(b, at);
        if let Some(len) = space {
            chars += u32::from(!in_space);
            in_space = true;
            at += len;
            continue;
        }
        in_space = false;
        chars += 1;
        if b[at] < 0x80 {
            commas += u32::from(b[at] == b',');
            at += 1;
        } else {
            // `at` starts a character: the text's first, or one after another character.
            let c = text[at..].chars().next().unwrap_or(' ');
            commas += u32::from(is_comma(c));
            at += c.len_utf8();
        }
    }
    (chars as f32, commas)
}

/// Content scores of the containers; `scored[i]` says whether node `i` is a candidate at all.
#[derive(Debug)]
pub(crate) struct Scores {
    pub score: Vec<f32>,
    pub scored: Vec<bool>,
    /// [`Stats::posts`], for the containers' class weights.
    pub posts: Vec<bool>,
}

impl Scores {
    /// Gives the container its starting score on first touch.
    fn init(&mut self, tree: &Tree<'_>, i: usize, weight_classes: bool) {
        if self.scored[i] {
            return;
        }
        self.scored[i] = true;
        let post = self.posts.get(i).copied().unwrap_or(false);
        self.score[i] = base_score(tree, i, weight_classes, post);
    }
}

/// The starting score of a container: its tag, and its class/id hints (`post`: of a forum thread's
/// post, see [`Stats::posts`]).
pub(crate) fn base_score(tree: &Tree<'_>, i: usize, weight_classes: bool, post: bool) -> f32 {
    let tag = match tree.name(i) {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    tag + match (weight_classes, post) {
        (false, _) => 0.0,
        (true, false) => hint_weight(tree, i),
        (true, true) => post_hint_weight(tree, i),
    }
}

/// The class/id weight of a forum thread's post, whose names of a discussion are not furniture.
/// (Not cached by name: the same names weigh otherwise on a container that is not a post.)
pub(crate) fn post_hint_weight(tree: &Tree<'_>, i: usize) -> f32 {
    tree.hint_weight(i, || {
        [tree.attr(i, "class"), tree.attr(i, "id")]
            .into_iter()
            .flatten()
            .map(names_weight_in_threads)
            .sum()
    })
}

/// The class/id weight of a node.
pub(crate) fn hint_weight(tree: &Tree<'_>, i: usize) -> f32 {
    tree.hint_weight(i, || {
        let class = tree
            .attr(i, "class")
            .map_or(0.0, |c| tree.names_weight(c, names_weight));
        class + tree.attr(i, "id").map_or(0.0, |id| id_weight(tree, i, id))
    })
}

/// The weight of element `i`'s `id`: of what it holds besides its heading's words when it spells
/// its section's heading (see `heading_anchor`), and only asked when the whole id weighs against.
fn id_weight<'a>(tree: &Tree<'a>, i: usize, id: &'a str) -> f32 {
    let weight = tree.names_weight(id, names_weight);
    if weight >= 0.0 {
        return weight;
    }
    heading_anchor::id_without_heading(tree, i, id).map_or(weight, names_weight)
}

/// Scores every container that holds a paragraph-like unit.
pub(crate) fn score(tree: &Tree<'_>, stats: &Stats, weight_classes: bool) -> Scores {
    let n = tree.nodes.len();
    let wrapper = wrappers(tree, stats);
    let mut scores = Scores {
        score: vec![0.0; n],
        scored: vec![false; n],
        posts: stats.posts.clone(),
    };
    let mut i = 0;
    while i < n {
        if stats.dead[i] {
            i = tree.nodes[i].end();
            continue;
        }
        let name = tree.name(i);
        if name.is_empty() {
            i += 1;
            continue;
        }
        let is_unit = matches!(
            name,
            "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6"
        ) || stats.is_div_paragraph(tree, i);
        if is_unit {
            let parent = tree.nodes[i].parent();
            hand_up(
                tree,
                &wrapper,
                &mut scores,
                stats.text[i],
                stats.commas[i],
                parent,
                weight_classes,
            );
        } else if name == "div" {
            for (chars, commas) in loose_runs(tree, stats, i) {
                hand_up(
                    tree,
                    &wrapper,
                    &mut scores,
                    chars,
                    commas,
                    i,
                    weight_classes,
                );
            }
        }
        i += 1;
    }
    for i in 0..n {
        if scores.scored[i] {
            scores.score[i] *= 1.0 - stats.link_density(i);
        }
    }
    scores
}

/// Gives a unit's score to its ancestors, starting at `first`.
fn hand_up(
    tree: &Tree<'_>,
    wrapper: &[bool],
    scores: &mut Scores,
    chars: f32,
    commas: u32,
    first: usize,
    weight_classes: bool,
) {
    if chars < MIN_UNIT_CHARS {
        return;
    }
    let points = 1.0 + commas as f32 + (chars / CHARS_PER_POINT).floor().min(MAX_LENGTH_POINTS);
    let mut level = 0usize;
    let mut a = first;
    while a != NO_PARENT && level < MAX_ANCESTOR_LEVELS {
        let parent = tree.nodes[a].parent();
        if wrapper[a] {
            a = parent;
            continue;
        }
        if parent == NO_PARENT {
            break; // the <html> element is never the article
        }
        scores.init(tree, a, weight_classes);
        let divider = match level {
            0 => 1.0,
            1 => 2.0,
            _ => level as f32 * 3.0,
        };
        scores.score[a] += points / divider;
        level += 1;
        a = parent;
    }
}

/// Divs that wrap exactly one paragraph: they stand for it and do not count as a level.
fn wrappers(tree: &Tree<'_>, stats: &Stats) -> Vec<bool> {
    let n = tree.nodes.len();
    let mut wrapper = vec![false; n];
    for (i, w) in wrapper.iter_mut().enumerate() {
        if tree.name(i) != "div" || stats.dead[i] {
            continue;
        }
        let mut paragraphs = 0;
        let mut other = false;
        for c in tree.children(i) {
            if stats.dead[c] {
                continue;
            }
            match tree.nodes[c].data {
                Data::Text(t) if trim(t).is_empty() => {}
                Data::Element("p", _) => paragraphs += 1,
                _ => other = true,
            }
        }
        *w = paragraphs == 1 && !other && stats.link_density(i) < MAX_WRAPPER_LINK_DENSITY;
    }
    wrapper
}

/// Runs of inline content among a container `div`'s children, split at blocks and at double `<br>`:
/// (characters, commas) of each.
fn loose_runs(tree: &Tree<'_>, stats: &Stats, div: usize) -> Vec<(f32, u32)> {
    let mut runs = Vec::new();
    let mut chars = 0.0;
    let mut commas = 0;
    let mut breaks = 0;
    for c in tree.children(div) {
        if stats.dead[c] {
            continue;
        }
        let name = tree.name(c);
        let inline = name.is_empty() || is_phrasing(name) || name == "br";
        if name == "br" {
            breaks += 1;
        } else if !(name.is_empty() && stats.text[c] <= 1.0) {
            breaks = 0;
        }
        if !inline || breaks >= 2 {
            if chars > 0.0 {
                runs.push((chars, commas));
            }
            chars = 0.0;
            commas = 0;
            continue;
        }
        chars += stats.text[c];
        commas += stats.commas[c];
    }
    if chars > 0.0 {
        runs.push((chars, commas));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measure_counts_space_runs_once() {
        assert_eq!(measure("a  b,\n c"), (6.0, 1));
        assert_eq!(measure("一、二"), (3.0, 1));
    }

    /// The byte by byte count `measure` replaced for ASCII text.
    fn measure_byte_by_byte(text: &str) -> (f32, u32) {
        let (mut chars, mut commas, mut in_space) = (0u32, 0u32, false);
        for &b in text.as_bytes() {
            let space = matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
            chars += u32::from(!space || !in_space);
            commas += u32::from(b == b',');
            in_space = space;
        }
        (chars as f32, commas)
    }

    #[test]
    fn ascii_text_is_measured_as_byte_by_byte() {
        let parts = [
            "", " ", "\t", "\x0B", "\x0C", "\r\n", "a", ",", "\x1F", "\x08", "\x0E",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let text = format!("{a}{b}{c}{a}");
                    assert_eq!(measure(&text), measure_byte_by_byte(&text), "{text:?}");
                }
            }
        }
        let long = "Words, and  more\n\n words ".repeat(40);
        assert_eq!(measure(&long), measure_byte_by_byte(&long));
    }

    /// The character by character count `measure` replaced for other text.
    fn measure_char_by_char(text: &str) -> (f32, u32) {
        let (mut chars, mut commas, mut in_space) = (0u32, 0u32, false);
        for c in text.chars() {
            let space = c.is_whitespace();
            chars += u32::from(!space || !in_space);
            commas += u32::from(!space && is_comma(c));
            in_space = space;
        }
        (chars as f32, commas)
    }

    #[test]
    fn other_text_is_measured_as_char_by_char() {
        let parts = [
            " ", "\t", "a", ",", "é", "\u{a0}", "\u{3000}", "、", "，", "\u{2003}", "\u{85}", "—",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let text = format!("é{a}{b}{c}{a}");
                    assert_eq!(measure(&text), measure_char_by_char(&text), "{text:?}");
                }
            }
        }
    }
}
