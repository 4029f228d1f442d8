//! React streaming segments, read where the page's scripts put them.
//!
//! A page rendered by React's streaming server writes a placeholder where content belongs: an empty
//! `<template id="B:x">` that opens a boundary's fallback (ended by the comment `<!--/$-->`), or an
//! empty `<template id="P:x">`. The content comes later, at the end of the body, in
//! `<div hidden id="S:x">`, with a script (`$RC("B:x","S:x")`, `$RS("S:x","P:x")`) that moves the
//! segment's children to the placeholder and drops the fallback. Read as written, the content is
//! hidden, or shown after everything else, outside the article.
//!
//! [`Streamed`] maps each placeholder to its segment (same suffix, which is how the server names
//! them; the scripts are often stripped from saved pages). Each segment is claimed by the first
//! placeholder that names it, so it is read at most once: a segment holding its own placeholder
//! (directly or through others) is never reached, as in the browser. [`Walk`] yields the page's
//! edges in document order, with each claimed segment's children at its placeholder; the segment
//! still appears at its own place, for the caller to skip (see [`Streamed::moved`]).

use super::align::Aligner;
use super::prune::Pruned;
use super::tree::{in_skipped_content, plain_attr};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use rustc_hash::{FxHashMap, FxHashSet};
use scraper::{Html, Node};

/// The placeholders of a page and the segments they stand for.
#[derive(Debug, Default)]
pub(crate) struct Streamed {
    /// Placeholder template → the segment read in its place.
    at: FxHashMap<NodeId, NodeId>,
    /// The claimed segments: skipped at their own place.
    moved: FxHashSet<NodeId>,
    /// The fallback nodes that a boundary's segment replaces.
    replaced: FxHashSet<NodeId>,
}

impl Streamed {
    /// Finds the page's streamed segments and their placeholders: empty when there are none. The
    /// page is only walked when `templates`, when the text `html` was parsed from holds a
    /// `<template` (see [`holds_a_template`]; every placeholder is one): most pages have none, and
    /// reading each element's attributes would cost them a walk of the page.
    pub(crate) fn find(html: &Html, templates: bool) -> Streamed {
        let mut streamed = Streamed::default();
        if !templates {
            return streamed;
        }
        let mut segments: FxHashMap<&str, NodeId> = FxHashMap::default();
        for node in html.tree.root().descendants() {
            if let Some(suffix) = segment_suffix(node) {
                segments.entry(suffix).or_insert(node.id());
            }
        }
        if segments.is_empty() {
            return streamed;
        }
        for node in html.tree.root().descendants() {
            let Some((boundary, suffix)) = placeholder(node) else {
                continue;
            };
            let Some(&segment) = segments.get(suffix) else {
                continue;
            };
            if !streamed.moved.insert(segment) {
                continue;
            }
            streamed.at.insert(node.id(), segment);
            if boundary {
                streamed.replaced.extend(fallback(node));
            }
        }
        streamed
    }

    /// Whether node `id` is a segment read at its placeholder, to skip at its own place.
    pub(crate) fn moved(&self, id: NodeId) -> bool {
        self.moved.contains(&id)
    }

    /// Whether node `id` is fallback content that a segment replaces.
    pub(crate) fn replaced(&self, id: NodeId) -> bool {
        self.replaced.contains(&id)
    }

    /// Whether the page has no segment to move.
    pub(crate) fn is_empty(&self) -> bool {
        self.at.is_empty()
    }
}

/// Where the text nodes of the segments read at a placeholder stand in the source: located ahead of
/// the walk, by a copy of `aligner` reading the whole page in document order as the walk's reader
/// does (only on pages with such segments).
pub(crate) fn located_in_moved(
    html: &Html,
    streamed: &Streamed,
    aligner: &Aligner<'_>,
) -> FxHashMap<NodeId, (usize, usize)> {
    let mut located = FxHashMap::default();
    if streamed.is_empty() {
        return located;
    }
    let mut reader = aligner.clone();
    let mut inside = 0usize;
    for edge in Edges::of(html.tree.root()) {
        match edge {
            Edge::Open(node) => {
                if streamed.moved(node.id()) {
                    inside += 1;
                }
                let Node::Text(text) = node.value() else {
                    continue;
                };
                if in_skipped_content(node, &reader) {
                    continue;
                }
                if let Some(at) = reader.locate(text) {
                    if inside > 0 {
                        located.insert(node.id(), at);
                    }
                }
            }
            Edge::Close(node) => {
                if streamed.moved(node.id()) {
                    inside = inside.saturating_sub(1);
                }
            }
        }
    }
    located
}

/// Why node `id` is skipped where it stands: a segment read at its placeholder (its text is kept
/// there, so nothing is recorded) or fallback content that a segment replaces.
pub(crate) fn skipped_here(streamed: &Streamed, id: NodeId) -> Option<Pruned> {
    if streamed.is_empty() {
        return None;
    }
    if streamed.moved(id) {
        return Some(Pruned {
            stage: "streamed-fallback",
            why: "streamed segment, read at its placeholder",
            recorded: false,
        });
    }
    streamed.replaced(id).then_some(Pruned {
        stage: "streamed-fallback",
        why: "placeholder content a streamed segment replaces",
        recorded: true,
    })
}

/// Whether a comment's text is one of the marks that open (`$`, `$?`, `$!`) or close (`/$`) a
/// streaming boundary.
pub(crate) fn is_boundary_mark(comment: &[u8]) -> bool {
    matches!(comment, b"$" | b"$?" | b"$!" | b"/$")
}

/// The suffix `x` of a segment `<div hidden id="S:x">`.
fn segment_suffix(node: NodeRef<'_, Node>) -> Option<&str> {
    let el = node.value().as_element()?;
    plain_attr(el, "hidden")?;
    plain_attr(el, "id")?.strip_prefix("S:")
}

/// Whether `source` holds a `<template` tag (lower, upper or capitalized): a search for the name's last seven letters
/// in lower or upper case (fast), each hit checked for `<` and a `t` before it.
///
/// Asked of the text a page is parsed from (in the pipeline, the prefilter's output: every element
/// of the tree comes from a start tag there, and with the scripts emptied it is shorter than the
/// page) right after the parse, so that the text can go before the tree is flattened.
pub(crate) fn holds_a_template(source: &str) -> bool {
    let bytes = source.as_bytes();
    let opens_tag = |at: usize| {
        at >= 2
            && bytes[at - 2] == b'<'
            && bytes[at - 1].eq_ignore_ascii_case(&b't')
            && bytes[at..]
                .get(..7)
                .is_some_and(|name| name.eq_ignore_ascii_case(b"emplate"))
    };
    [b"emplate", b"EMPLATE"]
        .iter()
        .any(|name| memchr::memmem::find_iter(bytes, name).any(opens_tag))
}

/// A placeholder `<template id="B:x">` (a boundary, `true`) or `<template id="P:x">`, with its
/// suffix. Only an empty template is one.
fn placeholder(node: NodeRef<'_, Node>) -> Option<(bool, &str)> {
    let el = node.value().as_element()?;
    // The parser hangs a template's content under a fragment node: empty, it holds nothing else.
    let empty = node
        .descendants()
        .skip(1)
        .all(|d| matches!(d.value(), Node::Fragment));
    if el.name() != "template" || !empty {
        return None;
    }
    let id = plain_attr(el, "id")?;
    match id.strip_prefix("B:") {
        Some(suffix) => Some((true, suffix)),
        None => id.strip_prefix("P:").map(|suffix| (false, suffix)),
    }
}

/// The siblings after a boundary's template up to the comment `<!--/$-->` that closes the boundary
/// (nested boundaries counted), or none when no such comment closes it.
fn fallback(template: NodeRef<'_, Node>) -> Vec<NodeId> {
    let mut nodes = Vec::new();
    let mut depth = 0usize;
    for sibling in template.next_siblings() {
        if let Node::Comment(comment) = sibling.value() {
            match &**comment {
                "/$" if depth == 0 => return nodes,
                "/$" => depth -= 1,
                mark if is_boundary_mark(mark.as_bytes()) => depth += 1,
                _ => {}
            }
        }
        nodes.push(sibling.id());
    }
    Vec::new()
}

/// The open and close edges of a subtree in document order, as `ego_tree`'s `Traverse` gives them,
/// written out here: the flattening's loop takes one per edge of the page, and `Traverse::next` was
/// at times left a call (its state, an `Option` of the last edge and of the root, checked anew each
/// time).
#[derive(Clone, Copy)]
pub(crate) struct Edges<'a> {
    /// The subtree's root: its close edge is the last.
    root: NodeId,
    /// The edge to give next.
    next: Option<Edge<'a, Node>>,
}

impl<'a> Edges<'a> {
    /// The edges of the subtree of `root`, its own included.
    pub(crate) fn of(root: NodeRef<'a, Node>) -> Edges<'a> {
        Edges {
            root: root.id(),
            next: Some(Edge::Open(root)),
        }
    }
}

impl<'a> Iterator for Edges<'a> {
    type Item = Edge<'a, Node>;

    #[inline]
    fn next(&mut self) -> Option<Edge<'a, Node>> {
        let edge = self.next?;
        self.next = match edge {
            Edge::Open(node) => Some(match node.first_child() {
                Some(child) => Edge::Open(child),
                None => Edge::Close(node),
            }),
            Edge::Close(node) if node.id() == self.root => None,
            Edge::Close(node) => match node.next_sibling() {
                Some(sibling) => Some(Edge::Open(sibling)),
                None => node.parent().map(Edge::Close),
            },
        };
        Some(edge)
    }
}

/// An edge of the walk, and whether it lies in a segment read at its placeholder.
pub(crate) type Step<'a> = (Edge<'a, Node>, bool);

/// The page's edges in document order, each claimed segment's children at its placeholder (the
/// placeholder's own edges left out). Iterative: a stack of the segments being read.
pub(crate) struct Walk<'a, 's> {
    streamed: &'s Streamed,
    page: Edges<'a>,
    /// The segments being read, innermost last: the child being walked and its traversal.
    inserted: Vec<(NodeRef<'a, Node>, Edges<'a>)>,
    /// How many segments are open at their own place, where the caller skips them: placeholders
    /// there are not read (a segment holding its own placeholder is never reached).
    in_moved: usize,
    /// The placeholders already read: none is read twice, whatever the page.
    expanded: FxHashSet<NodeId>,
}

impl<'a, 's> Walk<'a, 's> {
    /// A walk of the whole page.
    pub(crate) fn new(html: &'a Html, streamed: &'s Streamed) -> Walk<'a, 's> {
        Walk {
            streamed,
            page: Edges::of(html.tree.root()),
            inserted: Vec::new(),
            in_moved: 0,
            expanded: FxHashSet::default(),
        }
    }

    /// The next edge of the innermost traversal, moving on to the next child of a segment when one
    /// child is done and dropping a segment when all its children are.
    fn next_raw(&mut self) -> Option<Step<'a>> {
        loop {
            let Some((child, edges)) = self.inserted.last_mut() else {
                return self.page.next().map(|e| (e, false));
            };
            if let Some(edge) = edges.next() {
                return Some((edge, true));
            }
            match child.next_sibling() {
                Some(next) => *self.inserted.last_mut()? = (next, Edges::of(next)),
                None => {
                    self.inserted.pop();
                }
            }
        }
    }
}

impl<'a> Iterator for Walk<'a, '_> {
    type Item = Step<'a>;

    #[inline]
    fn next(&mut self) -> Option<Step<'a>> {
        if self.streamed.is_empty() {
            // A page without segments: its own edges, as they come.
            return self.page.next().map(|edge| (edge, false));
        }
        loop {
            let (edge, inside) = self.next_raw()?;
            let node = match edge {
                Edge::Open(node) | Edge::Close(node) => node,
            };
            if self.streamed.moved(node.id()) {
                match edge {
                    Edge::Open(_) => self.in_moved += 1,
                    Edge::Close(_) => self.in_moved = self.in_moved.saturating_sub(1),
                }
            }
            let segment = match self.streamed.at.get(&node.id()) {
                Some(&segment) if self.in_moved == 0 => segment,
                _ => return Some((edge, inside)),
            };
            // The placeholder is empty: its close comes next, and is left out with it.
            if let Edge::Open(_) = edge {
                if !self.expanded.insert(node.id()) {
                    continue;
                }
                let segment = node.tree().get(segment)?;
                if let Some(first) = segment.first_child() {
                    self.inserted.push((first, Edges::of(first)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of the page's text nodes in walk order, marking those read at a placeholder.
    fn walked(page: &str) -> String {
        let html = Html::parse_document(page);
        let streamed = Streamed::find(&html, holds_a_template(page));
        let mut out = Vec::new();
        let mut skip: Option<NodeId> = None;
        for (edge, inside) in Walk::new(&html, &streamed) {
            match edge {
                Edge::Open(node) if skip.is_none() => {
                    if streamed.moved(node.id()) || streamed.replaced(node.id()) {
                        skip = Some(node.id());
                    } else if let Node::Text(text) = node.value() {
                        out.push(if inside {
                            format!("[{}]", &**text)
                        } else {
                            text.to_string()
                        });
                    }
                }
                Edge::Close(node) if skip == Some(node.id()) => skip = None,
                _ => {}
            }
        }
        out.join(" ")
    }

    #[test]
    fn edges_are_those_of_ego_trees_traversal() {
        let page = "<!doctype html><html><head><title>T</title></head><body><p>a<b>b</b>c</p>\
                    <!--x--><ul><li>1<li>2</ul><div><div><div></div></div></div>tail</body></html>";
        let html = Html::parse_document(page);
        let key = |edge: Edge<'_, Node>| match edge {
            Edge::Open(node) => (true, node.id()),
            Edge::Close(node) => (false, node.id()),
        };
        for root in html.tree.root().descendants() {
            let ours: Vec<_> = Edges::of(root).map(key).collect();
            let theirs: Vec<_> = root.traverse().map(key).collect();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn a_boundary_segment_replaces_its_fallback() {
        let page = "<body><p>Intro</p><!--$?--><template id=\"B:0\"></template><p>Loading</p>\
                    <!--/$--><p>Outro</p><div hidden id=\"S:0\"><p>Body</p><p>More</p></div></body>";
        assert_eq!(walked(page), "Intro [Body] [More] Outro");
    }

    #[test]
    fn a_segment_may_hold_placeholders_of_its_own() {
        let page = "<body><template id=\"P:1\"></template><p>End</p>\
                    <div hidden id=\"S:1\"><p>A</p><template id=\"P:2\"></template><p>C</p></div>\
                    <div hidden id=\"S:2\"><p>B</p></div></body>";
        assert_eq!(walked(page), "[A] [B] [C] End");
    }

    #[test]
    fn only_a_page_with_a_template_is_walked_for_segments() {
        assert!(holds_a_template(
            "<body><TEMPLATE id=\"B:0\"></TEMPLATE></body>"
        ));
        assert!(holds_a_template("<template>"));
        assert!(!holds_a_template(
            "<body><p>A template for letters</p><templ"
        ));
        // A segment without a placeholder's template is not looked for.
        let page = "<body><div hidden id=\"S:0\"><p>Text</p></div></body>";
        assert!(Streamed::find(&Html::parse_document(page), holds_a_template(page)).is_empty());
    }

    #[test]
    fn a_missing_segment_leaves_the_page_as_it_is() {
        let page = "<body><!--$?--><template id=\"B:7\"></template><p>Loading</p><!--/$-->\
                    <p>Text</p></body>";
        let html = Html::parse_document(page);
        assert!(Streamed::find(&html, holds_a_template(page)).is_empty());
        assert_eq!(walked(page), "Loading Text");
    }

    #[test]
    fn a_segment_holding_its_own_placeholder_is_never_read() {
        let page = "<body><p>Text</p><div hidden id=\"S:3\"><p>Loop</p>\
                    <template id=\"P:3\"></template></div></body>";
        assert_eq!(walked(page), "Text");
    }

    #[test]
    fn two_segments_holding_each_others_placeholders_are_never_read() {
        let page = "<body><p>Text</p><div hidden id=\"S:1\"><p>One</p><template id=\"P:2\"></template>\
                    </div><div hidden id=\"S:2\"><p>Two</p><template id=\"P:1\"></template></div></body>";
        assert_eq!(walked(page), "Text");
    }

    #[test]
    fn a_segment_is_read_once_whatever_names_it_twice() {
        let page = "<body><template id=\"P:4\"></template><template id=\"B:4\"></template>\
                    <div hidden id=\"S:4\"><p>Once</p></div><div hidden id=\"S:4\"><p>Dup</p></div></body>";
        assert_eq!(walked(page), "[Once] Dup");
    }

    #[test]
    fn an_unclosed_boundary_keeps_its_fallback() {
        let page = "<body><template id=\"B:0\"></template><p>Loading</p>\
                    <div hidden id=\"S:0\"><p>Body</p></div></body>";
        assert_eq!(walked(page), "[Body] Loading");
    }

    #[test]
    fn nested_boundaries_in_a_fallback_are_dropped_with_it() {
        let page = "<body><!--$?--><template id=\"B:0\"></template><!--$--><p>Inner</p><!--/$-->\
                    <p>Loading</p><!--/$--><p>After</p><div hidden id=\"S:0\"><p>Body</p></div></body>";
        assert_eq!(walked(page), "[Body] After");
    }
}
