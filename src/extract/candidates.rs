//! Picking the article: the best-scoring container, lifted to a common ancestor when several good
//! candidates share one, then widened with the sibling containers that hold more of the body.

use super::score::{base_score, Scores, Stats};
use super::tree::{Tree, NO_PARENT};
use once_cell::sync::Lazy;
use regex::Regex;

/// Candidates weighed for the common-ancestor rule.
const TOP_CANDIDATES: usize = 5;
/// Other candidates must score this share of the best one to count as rivals.
const RIVAL_SHARE: f32 = 0.75;
/// When this many rivals share an ancestor with the best candidate, the ancestor is the article.
const MIN_RIVALS_SHARING: usize = 3;
/// A parent scoring under this share of its child's score is a page, not the article.
const PARENT_SCORE_FLOOR: f32 = 1.0 / 3.0;
/// A sibling needs this share of the winner's score to join it (and at least `MIN_SIBLING_SCORE`).
const SIBLING_SHARE: f32 = 0.2;
const MIN_SIBLING_SCORE: f32 = 10.0;
/// A sibling paragraph this long with little link text is body text left outside the winner.
const LONG_PARAGRAPH_CHARS: f32 = 80.0;
const MAX_PARAGRAPH_LINK_DENSITY: f32 = 0.25;

/// A sentence end followed by a space or the end: a short paragraph that is prose, not a label.
static SENTENCE_END: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"[.。!?！？](\s|$)").expect("literal regex"));

/// The first `body` element, or the first element when the page has none.
pub(crate) fn body_of(tree: &Tree<'_>) -> Option<usize> {
    let mut first = None;
    for i in 0..tree.nodes.len() {
        let name = tree.name(i);
        if name == "body" {
            return Some(i);
        }
        if first.is_none() && !name.is_empty() {
            first = Some(i);
        }
    }
    first
}

/// The container the page itself marks as the article: the element with `itemprop="articleBody"`,
/// else the page's only `article`, else its only `main`.
pub(crate) fn semantic_root(tree: &Tree<'_>) -> Option<usize> {
    let mut article = (None, 0);
    let mut main = (None, 0);
    for i in 0..tree.nodes.len() {
        let name = tree.name(i);
        if name.is_empty() {
            continue;
        }
        if tree.attr(i, "itemprop").is_some_and(|p| {
            p.split_whitespace()
                .any(|v| v.eq_ignore_ascii_case("articleBody"))
        }) {
            return Some(i);
        }
        match name {
            "article" => article = (Some(i), article.1 + 1),
            "main" => main = (Some(i), main.1 + 1),
            _ => {}
        }
    }
    match (article, main) {
        ((Some(a), 1), _) => Some(a),
        (_, (Some(m), 1)) => Some(m),
        _ => None,
    }
}

/// The roots of the article's subtrees, in document order.
pub(crate) fn pick(
    tree: &Tree<'_>,
    stats: &Stats,
    scores: &mut Scores,
    body: usize,
    weight_classes: bool,
) -> Vec<usize> {
    let mut ranked: Vec<usize> = (0..tree.nodes.len())
        .filter(|&i| scores.scored[i])
        .collect();
    ranked.sort_by(|&a, &b| scores.score[b].total_cmp(&scores.score[a]).then(a.cmp(&b)));
    ranked.truncate(TOP_CANDIDATES);
    let Some(&best) = ranked.first() else {
        return vec![body];
    };
    if best == body {
        return vec![body];
    }
    let mut top = common_ancestor(tree, scores, &ranked, body).unwrap_or(best);
    ensure_scored(tree, scores, top, weight_classes);
    top = climb_scores(tree, scores, top, body);
    top = climb_single_children(tree, stats, top, body);
    ensure_scored(tree, scores, top, weight_classes);
    if top == body {
        return vec![body];
    }
    with_siblings(tree, stats, scores, top)
}

/// Gives a container that no unit reached its base score, so it can be compared.
fn ensure_scored(tree: &Tree<'_>, scores: &mut Scores, i: usize, weight_classes: bool) {
    if !scores.scored[i] {
        scores.scored[i] = true;
        let post = scores.posts.get(i).copied().unwrap_or(false);
        scores.score[i] = base_score(tree, i, weight_classes, post);
    }
}

/// An ancestor of the best candidate that also holds enough of its close rivals.
fn common_ancestor(
    tree: &Tree<'_>,
    scores: &Scores,
    ranked: &[usize],
    body: usize,
) -> Option<usize> {
    let best = ranked[0];
    let rivals: Vec<usize> = ranked[1..]
        .iter()
        .copied()
        .filter(|&r| scores.score[r] / scores.score[best] >= RIVAL_SHARE)
        .collect();
    if rivals.len() < MIN_RIVALS_SHARING {
        return None;
    }
    let mut a = tree.nodes[best].parent();
    while a != NO_PARENT && a != body {
        let end = tree.nodes[a].end();
        let holding = rivals.iter().filter(|&&r| r > a && r < end).count();
        if holding >= MIN_RIVALS_SHARING {
            return Some(a);
        }
        a = tree.nodes[a].parent();
    }
    None
}

/// Moves up while the parent scores better: the body is split over the parent's children.
fn climb_scores(tree: &Tree<'_>, scores: &Scores, top: usize, body: usize) -> usize {
    let mut last = scores.score[top];
    let floor = last * PARENT_SCORE_FLOOR;
    let mut parent = tree.nodes[top].parent();
    while parent != NO_PARENT && parent != body {
        if !scores.scored[parent] {
            parent = tree.nodes[parent].parent();
            continue;
        }
        let score = scores.score[parent];
        if score < floor {
            break;
        }
        if score > last {
            return parent;
        }
        last = score;
        parent = tree.nodes[parent].parent();
    }
    top
}

/// Moves up while the parent holds nothing but the candidate.
fn climb_single_children(tree: &Tree<'_>, stats: &Stats, mut top: usize, body: usize) -> usize {
    loop {
        let parent = tree.nodes[top].parent();
        if parent == NO_PARENT || parent == body {
            return top;
        }
        let elements = tree
            .children(parent)
            .filter(|&c| !stats.dead[c] && !tree.name(c).is_empty())
            .count();
        if elements != 1 {
            return top;
        }
        top = parent;
    }
}

/// The winner and the siblings that hold more of the body: well-scored containers (a bonus for the
/// winner's class), and paragraphs of prose with little link text.
fn with_siblings(tree: &Tree<'_>, stats: &Stats, scores: &Scores, top: usize) -> Vec<usize> {
    let parent = tree.nodes[top].parent();
    if parent == NO_PARENT {
        return vec![top];
    }
    let top_score = scores.score[top];
    let threshold = MIN_SIBLING_SCORE.max(top_score * SIBLING_SHARE);
    let top_class = tree.attr(top, "class").filter(|c| !c.is_empty());
    let mut roots = Vec::new();
    for c in tree.children(parent) {
        if stats.dead[c] || tree.name(c).is_empty() {
            continue;
        }
        if c == top {
            roots.push(c);
            continue;
        }
        let bonus = if top_class.is_some() && tree.attr(c, "class") == top_class {
            top_score * SIBLING_SHARE
        } else {
            0.0
        };
        if scores.scored[c] && scores.score[c] + bonus >= threshold {
            roots.push(c);
        } else if tree.name(c) == "p" || stats.is_div_paragraph(tree, c) {
            let density = stats.link_density(c);
            let chars = stats.text[c];
            let long_prose = chars > LONG_PARAGRAPH_CHARS && density < MAX_PARAGRAPH_LINK_DENSITY;
            let short_sentence = chars > 0.0
                && chars <= LONG_PARAGRAPH_CHARS
                && density == 0.0
                && SENTENCE_END.is_match(&tree.text_of(c, |j| stats.dead[j]));
            if long_prose || short_sentence {
                roots.push(c);
            }
        }
    }
    roots
}
