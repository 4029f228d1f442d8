//! The page flattened into one array in document order: the only walk over scraper's DOM.
//!
//! Every later stage works on this array. A node's subtree is the contiguous range `i..end`, so
//! subtree sums are one backward pass and skipping a subtree is one jump: no recursion anywhere,
//! whatever the depth of the page.

use super::accordion_button;
use super::align::Aligner;
use super::assistive;
use super::disclosure;
use super::prune::{self, Pruned};
use super::streamed::{self, Streamed, Walk};
use super::value_answers::ValueAnswers;
use crate::measure::{is_ascii_space, space_at};
use crate::removal::{Reason, Removal};
use ego_tree::iter::Edge;
use html5ever::{local_name, ns, LocalName};
use rustc_hash::FxHashMap;
use scraper::node::Element;
use scraper::{Html, Node as DomNode};
use std::cell::{Cell, RefCell};

/// Parent index of a node at the top of the document.
pub(crate) const NO_PARENT: usize = usize::MAX;

/// What a node holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Data<'a> {
    /// An element, with its lowercase local name.
    Element(&'a str, &'a Element),
    /// A text node.
    Text(&'a str),
}

/// One node of the flattened page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Node<'a> {
    pub data: Data<'a>,
    /// Index of the parent element, or [`PARENT_NONE`]: read through [`Node::parent`]. Held as a
    /// `u32`, as `end` is: 8 bytes a node, not 16, so a node takes 40 bytes, not 48 (see
    /// [`Node::located`]). No page has 4G nodes (the parser's own node takes more than 64 bytes).
    parent: u32,
    /// One past the last node of this node's subtree: read through [`Node::end`].
    end: u32,
    /// For a text node, the byte range of the page's source it came from; [`NOT_LOCATED`] when it
    /// was not found there (see [`Node::at`]). Held without an `Option`'s tag and as two `u32`s: 8
    /// bytes a node, not 24. Nearly every stage walks the whole array, and on pages of many small
    /// nodes those walks wait on memory more than they compute: the smaller a node, the fewer cache
    /// lines a walk reads.
    located: (u32, u32),
}

/// [`Node::parent`] as held for a node at the top of the document.
const PARENT_NONE: u32 = u32::MAX;

/// A node's index as held in a [`Node`]: an index past `u32` (a page of 4G nodes, which the parser
/// could not hold in memory) is held as the last one.
fn index32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// [`Node::located`] of a node that has no span: no byte range of a page starts there.
const NOT_LOCATED: (u32, u32) = (u32::MAX, u32::MAX);

impl Node<'_> {
    /// Index of the parent element, or [`NO_PARENT`].
    #[inline(always)]
    pub(crate) fn parent(&self) -> usize {
        match self.parent {
            PARENT_NONE => NO_PARENT,
            parent => parent as usize,
        }
    }

    /// One past the last node of this node's subtree.
    #[inline(always)]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    /// For a text node, the byte range of the page's source it came from, when it was found there.
    pub(crate) fn at(&self) -> Option<(usize, usize)> {
        let (start, end) = self.located;
        (self.located != NOT_LOCATED).then_some((start as usize, end as usize))
    }
}

/// [`Node::located`] for a byte range of the page's source: a range past 4 GiB (no page is that
/// long) is held as not located, as a text not found there is.
fn located(at: Option<(usize, usize)>) -> (u32, u32) {
    at.and_then(|(start, end)| Some((u32::try_from(start).ok()?, u32::try_from(end).ok()?)))
        .filter(|&span| span != NOT_LOCATED)
        .unwrap_or(NOT_LOCATED)
}

/// The flattened page.
#[derive(Debug, Default)]
pub(crate) struct Tree<'a> {
    pub nodes: Vec<Node<'a>>,
    /// Each node's class/id weight once asked for (NaN before): every attempt asks again.
    hint_weights: Vec<Cell<f32>>,
    /// For each node, which of the [`interned`] attributes it has, a bit each (see [`attr_bit`]):
    /// the stages ask every element of the page for attributes few elements have (`itemprop`,
    /// `itemtype`, `role`, `rel`), and the answer "none" is read here, four bytes a node in a row,
    /// without reaching into the parser's element and its list of attributes, which lie elsewhere
    /// in memory for each element. Empty for a tree not built by [`Tree::flatten_revealing`].
    attr_bits: Vec<u32>,
    /// The weights of `class` and `id` values met so far: utility-class markup repeats the same
    /// value on many elements.
    names_weights: RefCell<FxHashMap<&'a str, f32>>,
    /// The `<form>` elements that held a field to fill in (an `<input>` not `hidden`, a
    /// `<textarea>`, a `<select>`), in document order: the fields themselves are dropped at
    /// flattening as controls (see `extract::entry_form`).
    forms_with_fields: Vec<usize>,
    /// The hidden element whose dropped text was the longest, with that text's length in bytes (see
    /// [`Tree::flatten_revealing`]).
    pub held_back: Option<(ego_tree::NodeId, usize)>,
}

impl<'a> Tree<'a> {
    /// The value `values` holds for node `i`'s parent, or `outside` for a node without one: what a
    /// walk in document order (parents before children) hands down from parent to child.
    pub(crate) fn parents_value<T: Copy>(&self, values: &[T], i: usize, outside: T) -> T {
        match self.nodes[i].parent() {
            NO_PARENT => outside,
            parent => values[parent],
        }
    }

    /// Flattens a parsed page without locating its text (unit tests of later stages).
    #[cfg(test)]
    pub(crate) fn flatten(html: &'a Html, removals: &mut Vec<Removal>) -> Tree<'a> {
        Tree::flatten_located(html, false, &mut Aligner::new("", false), removals)
    }

    /// Flattens a parsed page, dropping what can never be article text and recording the visible part
    /// of what it drops, with its streamed segments read at their placeholders (see
    /// [`Streamed::find`]: `templates` tells whether the text `html` was parsed from holds a
    /// `<template`, see [`streamed::holds_a_template`]). `aligner` reads the page's source alongside,
    /// to locate each text node.
    pub(crate) fn flatten_located(
        html: &'a Html,
        templates: bool,
        aligner: &mut Aligner<'_>,
        removals: &mut Vec<Removal>,
    ) -> Tree<'a> {
        Tree::flatten_revealing(html, templates, aligner, removals, None)
    }

    /// [`Tree::flatten_located`], keeping the hidden element `reveal` as if it were shown: a page
    /// held back until its scripts run, hidden whole (see `extract::held_back`).
    pub(crate) fn flatten_revealing(
        html: &'a Html,
        templates: bool,
        aligner: &mut Aligner<'_>,
        removals: &mut Vec<Removal>,
        reveal: Option<ego_tree::NodeId>,
    ) -> Tree<'a> {
        let mut held_back: Option<(ego_tree::NodeId, usize)> = None;
        let mut skipped_id: Option<ego_tree::NodeId> = None;
        let mut forms_with_fields: Vec<usize> = Vec::new();
        // At most one node per node of the parsed page: reserved at once, the array never grows by
        // doubling (up to twice the memory it needs, on a page of many small nodes).
        let mut nodes: Vec<Node<'a>> = Vec::with_capacity(html.tree.values().len());
        let mut attr_bits: Vec<u32> = Vec::with_capacity(html.tree.values().len());
        let mut open: Vec<usize> = Vec::new();
        // Inside a pruned subtree: how many of its nodes are open, why it was pruned, its text so far.
        let mut skip_depth = 0usize;
        let mut skipped: Option<Pruned> = None;
        let mut skipped_text = String::new();
        let mut skipped_span: Option<(usize, usize)> = None;
        // Inside a recorded pruned subtree, the depth of an element no one sees (an SVG `<script>`),
        // whose text is not recorded; 0 when there is none.
        let mut unseen_depth = 0usize;
        // Whether a class value clips its element for screen readers, asked once per value.
        let mut clips = ValueAnswers::new();
        let streamed = Streamed::find(html, templates);
        let moved_at = streamed::located_in_moved(html, &streamed, aligner);
        for (edge, moved) in Walk::new(html, &streamed) {
            match edge {
                Edge::Open(node) => {
                    // Every text node is looked for in the source, in order, even unseen ones: the
                    // reader then never has to search past them. A segment read at its placeholder
                    // was located beforehand.
                    let at = match node.value() {
                        _ if moved => moved_at.get(&node.id()).copied(),
                        DomNode::Text(text) if !in_skipped_content(node, aligner) => {
                            aligner.locate(text)
                        }
                        _ => None,
                    };
                    if skip_depth > 0 {
                        skip_depth += 1;
                        match (node.value(), skipped) {
                            (DomNode::Text(text), Some(p)) if p.recorded && unseen_depth == 0 => {
                                skipped_text.push_str(text);
                                skipped_span = widen(skipped_span, at);
                            }
                            (DomNode::Element(el), _)
                                if unseen_depth == 0
                                    && prune::classify(el).is_some_and(|p| !p.recorded) =>
                            {
                                unseen_depth = skip_depth;
                            }
                            // A block's edges separate words, as in `Tree::text_of`: a select's
                            // options are not one word.
                            (DomNode::Element(el), _) if is_block_break(el.name()) => {
                                skipped_text.push(' ');
                            }
                            _ => {}
                        }
                        continue;
                    }
                    let parent = open.last().map_or(PARENT_NONE, |&i| index32(i));
                    if let Some(p) = streamed::skipped_here(&streamed, node.id()) {
                        skip_depth = 1;
                        skipped_id = None;
                        skipped = Some(p);
                        skipped_text.clear();
                        skipped_span = None;
                        if let DomNode::Text(text) = node.value() {
                            skipped_text.push_str(text);
                            skipped_span = at;
                        }
                        continue;
                    }
                    match node.value() {
                        DomNode::Element(el) => {
                            // One pass over its attributes: the pruner asks only for those it has.
                            let bits = attr_bits_of(el);
                            let assistive_only =
                                |el| assistive::is_assistive_only_answered(el, &mut clips);
                            let pruned = prune::classify_answering(el, bits, assistive_only)
                                .filter(|p| match p.stage {
                                    "hidden" => {
                                        reveal != Some(node.id())
                                            && !(p.why == "hidden element"
                                                && disclosure::is_collapsed_panel(node))
                                    }
                                    // An FAQ's question heads its answer (see `accordion_button`).
                                    "control" => !accordion_button::asks_a_question(node),
                                    _ => true,
                                });
                            if let Some(p) = pruned {
                                if p.stage == "control" && is_field(el) {
                                    note_field(&nodes, &open, &mut forms_with_fields);
                                }
                                skip_depth = 1;
                                // Only an element hidden by its style may be a page held back.
                                skipped_id = plain_attr(el, "style")
                                    .is_some_and(prune::style_hides)
                                    .then(|| node.id());
                                skipped = Some(p);
                                skipped_text.clear();
                                skipped_span = None;
                                continue;
                            }
                            let index = nodes.len();
                            attr_bits.push(bits);
                            nodes.push(Node {
                                data: Data::Element(el.name(), el),
                                parent,
                                end: index32(index + 1),
                                located: NOT_LOCATED,
                            });
                            open.push(index);
                        }
                        DomNode::Text(text) => {
                            let index = nodes.len();
                            attr_bits.push(0);
                            nodes.push(Node {
                                data: Data::Text(text),
                                parent,
                                end: index32(index + 1),
                                located: located(at),
                            });
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if skip_depth > 0 {
                        if skip_depth == unseen_depth {
                            unseen_depth = 0;
                        }
                        if node
                            .value()
                            .as_element()
                            .is_some_and(|e| is_block_break(e.name()))
                        {
                            skipped_text.push(' ');
                        }
                        skip_depth -= 1;
                        if skip_depth == 0 {
                            if let Some(p) = skipped.take() {
                                let bytes = skipped_text.trim().len();
                                if p.stage == "hidden" && held_back.is_none_or(|(_, b)| bytes > b) {
                                    if let Some(id) = skipped_id {
                                        held_back = Some((id, bytes));
                                    }
                                }
                                record(removals, p.stage, p.why, &skipped_text, skipped_span);
                            }
                        }
                        continue;
                    }
                    if node.value().is_element() {
                        if let Some(index) = open.pop() {
                            nodes[index].end = index32(nodes.len());
                        }
                    }
                }
            }
        }
        let hint_weights = vec![Cell::new(f32::NAN); nodes.len()];
        Tree {
            nodes,
            hint_weights,
            attr_bits,
            names_weights: RefCell::default(),
            forms_with_fields,
            held_back,
        }
    }

    /// Whether `<form>` element `i` held a field to fill in before its controls were dropped.
    pub(crate) fn form_holds_a_field(&self, i: usize) -> bool {
        self.forms_with_fields.binary_search(&i).is_ok()
    }

    /// The class/id weight of node `i`: `weigh` computes it the first time.
    pub(crate) fn hint_weight(&self, i: usize, weigh: impl FnOnce() -> f32) -> f32 {
        let Some(cell) = self.hint_weights.get(i) else {
            return weigh();
        };
        if cell.get().is_nan() {
            cell.set(weigh());
        }
        cell.get()
    }

    /// Forgets the class/id weights of the nodes: the page is read again as another type of page,
    /// whose posts weigh otherwise (see `score::post_hint_weight`).
    pub(crate) fn forget_hint_weights(&self) {
        self.hint_weights.iter().for_each(|c| c.set(f32::NAN));
    }

    /// The weight of a `class` or `id` value: `weigh` computes it the first time the value is met.
    pub(crate) fn names_weight(&self, names: &'a str, weigh: impl FnOnce(&str) -> f32) -> f32 {
        if let Some(&weight) = self.names_weights.borrow().get(names) {
            return weight;
        }
        let weight = weigh(names);
        self.names_weights.borrow_mut().insert(names, weight);
        weight
    }

    /// The node's element name, or "" for text.
    pub(crate) fn name(&self, i: usize) -> &'a str {
        match self.nodes[i].data {
            Data::Element(name, _) => name,
            Data::Text(_) => "",
        }
    }

    /// The node's element, if it is one.
    #[inline]
    pub(crate) fn element(&self, i: usize) -> Option<&'a Element> {
        match self.nodes[i].data {
            Data::Element(_, el) => Some(el),
            Data::Text(_) => None,
        }
    }

    /// An attribute of the node, if it is an element that has it (inlined as [`attr`] is). For the
    /// names of [`interned`], a node without the attribute is told by its bits, without reading
    /// its element.
    #[inline(always)]
    pub(crate) fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        let bit = attr_bit(name);
        if bit != 0 && self.attr_bits.get(i).is_some_and(|bits| bits & bit == 0) {
            return None;
        }
        self.element(i).and_then(|el| attr(el, name))
    }

    /// Indices of the node's children, in order.
    pub(crate) fn children(&self, i: usize) -> Children<'_, 'a> {
        Children {
            tree: self,
            next: i + 1,
            end: self.nodes[i].end(),
        }
    }

    /// The source range from the first to the last located text node of a subtree, skipping the
    /// subtrees `skip` says to skip.
    pub(crate) fn span_of(&self, i: usize, skip: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
        let mut span = None;
        let mut j = i;
        while j < self.nodes[i].end() {
            if j != i && skip(j) {
                j = self.nodes[j].end();
                continue;
            }
            span = widen(span, self.nodes[j].at());
            j += 1;
        }
        span
    }

    /// The text of a subtree, whitespace collapsed, skipping the subtrees `skip` says to skip.
    pub(crate) fn text_of(&self, i: usize, skip: impl Fn(usize) -> bool) -> String {
        let mut out = Collapsed::default();
        // Ends of the open block elements: their closing edge separates words too.
        let mut block_ends: Vec<usize> = Vec::new();
        let mut j = i;
        let end = self.nodes[i].end();
        while j < end {
            while block_ends.last().is_some_and(|&e| e <= j) {
                block_ends.pop();
                out.space();
            }
            if j != i && skip(j) {
                j = self.nodes[j].end();
                continue;
            }
            if let Data::Text(text) = self.nodes[j].data {
                out.push(text);
            } else if is_block_break(self.name(j)) {
                out.space();
                block_ends.push(self.nodes[j].end());
            }
            j += 1;
        }
        out.text
    }
}

/// An attribute of an element, found by comparing names: unlike `Element::attr`, it does not intern
/// the name first, which costs more than scanning the few attributes an element has. The names the
/// stages read most (those the parser knows at build time) are compared as the parser's own interned names, one integer each, without
/// reading any attribute's name or value as text. Always inlined: with the name a constant, as at
/// nearly every call, the choice of atom is made at compile time (a call that matched the name
/// against the list at run time cost about five times the scan).
#[inline(always)]
pub(crate) fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    match interned(name) {
        Some(atom) => el
            .attrs
            .iter()
            .find(|(n, _)| n.local == atom)
            .map(|(_, v)| &**v),
        None => el.attrs().find(|(n, _)| *n == name).map(|(_, v)| v),
    }
}

/// Whether a control is a field the reader fills in: an `<input>` that is not `hidden` (the
/// prefilter keeps an input's `type` only when it may say `hidden`), a `<textarea>`, a `<select>`.
fn is_field(el: &Element) -> bool {
    match el.name() {
        "textarea" | "select" => true,
        "input" => !plain_attr(el, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("hidden")),
        _ => false,
    }
}

/// Notes the innermost open `<form>` (of the `open` elements) as holding a field, once.
fn note_field(nodes: &[Node<'_>], open: &[usize], forms: &mut Vec<usize>) {
    let form = open
        .iter()
        .rev()
        .copied()
        .find(|&at| matches!(nodes[at].data, Data::Element("form", _)));
    if let Some(form) = form {
        if forms.last() != Some(&form) {
            forms.push(form);
        }
    }
}

/// An attribute in no namespace, as scraper's `Element::attr` finds it (an SVG link's `xlink:href`
/// is not its `href`), without interning the name at run time as `Element::attr` does: by the
/// parser's atom for the names of [`interned`], as [`attr`] reads them.
#[inline(always)]
pub(crate) fn plain_attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    match interned(name) {
        Some(atom) => el
            .attrs
            .iter()
            .find(|(n, _)| n.local == atom && n.ns == ns!() && n.prefix.is_none())
            .map(|(_, v)| &**v),
        None => el.attr(name),
    }
}

/// The parser's interned name for the attribute names the stages read most. The parser interns every
/// name it reads, each string as exactly one atom, so comparing atoms compares the names.
#[inline(always)]
fn interned(name: &str) -> Option<LocalName> {
    Some(match name {
        "class" => local_name!("class"),
        "id" => local_name!("id"),
        "style" => local_name!("style"),
        "hidden" => local_name!("hidden"),
        "role" => local_name!("role"),
        "href" => local_name!("href"),
        "itemprop" => local_name!("itemprop"),
        "itemtype" => local_name!("itemtype"),
        "content" => local_name!("content"),
        "type" => local_name!("type"),
        "rel" => local_name!("rel"),
        "datetime" => local_name!("datetime"),
        "aria-hidden" => local_name!("aria-hidden"),
        "aria-modal" => local_name!("aria-modal"),
        "aria-labelledby" => local_name!("aria-labelledby"),
        "summary" => local_name!("summary"),
        "lang" => local_name!("lang"),
        "src" => local_name!("src"),
        "alt" => local_name!("alt"),
        "name" => local_name!("name"),
        "property" => local_name!("property"),
        "http-equiv" => local_name!("http-equiv"),
        _ => return None,
    })
}

/// The bit of an attribute name of [`interned`] in [`Tree::attr_bits`]; 0 for other names. Always
/// inlined: with the name a constant, the bit is chosen at compile time.
#[inline(always)]
pub(crate) fn attr_bit(name: &str) -> u32 {
    match name {
        "class" => 1,
        "id" => 1 << 1,
        "style" => 1 << 2,
        "hidden" => 1 << 3,
        "role" => 1 << 4,
        "href" => 1 << 5,
        "itemprop" => 1 << 6,
        "itemtype" => 1 << 7,
        "content" => 1 << 8,
        "type" => 1 << 9,
        "rel" => 1 << 10,
        "datetime" => 1 << 11,
        "aria-hidden" => 1 << 12,
        "aria-modal" => 1 << 13,
        "aria-labelledby" => 1 << 14,
        "summary" => 1 << 15,
        "lang" => 1 << 16,
        "src" => 1 << 17,
        "alt" => 1 << 18,
        "name" => 1 << 19,
        "property" => 1 << 20,
        "http-equiv" => 1 << 21,
        _ => 0,
    }
}

/// The bits of [`attr_bit`] of the attributes `el` has, found by their local names in any
/// namespace, as [`attr`] finds them: one pass over its attributes, each name compared as the
/// parser's interned atom.
pub(crate) fn attr_bits_of(el: &Element) -> u32 {
    el.attrs.iter().fold(0, |bits, (name, _)| {
        bits | match name.local {
            local_name!("class") => 1,
            local_name!("id") => 1 << 1,
            local_name!("style") => 1 << 2,
            local_name!("hidden") => 1 << 3,
            local_name!("role") => 1 << 4,
            local_name!("href") => 1 << 5,
            local_name!("itemprop") => 1 << 6,
            local_name!("itemtype") => 1 << 7,
            local_name!("content") => 1 << 8,
            local_name!("type") => 1 << 9,
            local_name!("rel") => 1 << 10,
            local_name!("datetime") => 1 << 11,
            local_name!("aria-hidden") => 1 << 12,
            local_name!("aria-modal") => 1 << 13,
            local_name!("aria-labelledby") => 1 << 14,
            local_name!("summary") => 1 << 15,
            local_name!("lang") => 1 << 16,
            local_name!("src") => 1 << 17,
            local_name!("alt") => 1 << 18,
            local_name!("name") => 1 << 19,
            local_name!("property") => 1 << 20,
            local_name!("http-equiv") => 1 << 21,
            _ => 0,
        }
    })
}

/// Iterator over the children of a node.
pub(crate) struct Children<'t, 'a> {
    tree: &'t Tree<'a>,
    next: usize,
    end: usize,
}

impl Iterator for Children<'_, '_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.tree.nodes[i].end();
        Some(i)
    }
}

/// Elements whose edges separate words even when the markup puts no space there.
pub(crate) fn is_block_break(name: &str) -> bool {
    !name.is_empty() && !is_phrasing(name)
}

/// Phrasing (inline) elements: they continue the line they stand in.
pub(crate) fn is_phrasing(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "del"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "img"
            | "ins"
            | "kbd"
            | "label"
            | "mark"
            | "math"
            | "q"
            | "rp"
            | "rt"
            | "ruby"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strike"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "tt"
            | "u"
            | "var"
            | "wbr"
    )
}

/// `text.trim()`, with the ASCII whitespace at either end (a page's indentation, most of a
/// whitespace-only node) passed over byte by byte instead of character by character.
#[inline]
pub(crate) fn trim(text: &str) -> &str {
    let b = text.as_bytes();
    let Some(start) = b.iter().position(|&c| !is_ascii_space(c)) else {
        return "";
    };
    let end = b
        .iter()
        .rposition(|&c| !is_ascii_space(c))
        .map_or(start, |k| k + 1);
    // Both ends sit next to ASCII bytes, so on character boundaries; what is left may still start or
    // end with other whitespace (a no-break space), which `str::trim` takes.
    text[start..end].trim()
}

/// Whitespace runs to one space, trimmed.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = Collapsed::with_capacity(text.len());
    out.push(text);
    out.text
}

/// Text gathered piece by piece with its whitespace collapsed on the way: the pieces' [`collapse`]d
/// concatenation, without the concatenation.
#[derive(Debug, Default)]
pub(crate) struct Collapsed {
    /// The words so far, one space between them.
    pub text: String,
    /// Whether whitespace came after the last word: a space goes before the next one.
    space: bool,
}

impl Collapsed {
    /// Empty, with room for `bytes`.
    pub(crate) fn with_capacity(bytes: usize) -> Collapsed {
        Collapsed {
            text: String::with_capacity(bytes),
            space: false,
        }
    }

    /// Whitespace between what came and what comes.
    pub(crate) fn space(&mut self) {
        self.space = true;
    }

    /// A word, or the first of a run of them, that continues the text.
    fn word(&mut self, word: &str) {
        if self.space && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.space = false;
        self.text.push_str(word);
    }

    /// Text that continues the gathered text; a word it starts with continues the last word unless
    /// whitespace came between them.
    pub(crate) fn push(&mut self, text: &str) {
        // Whitespace is found byte by byte, without decoding characters (text with a curly quote or
        // a no-break space is most of a news page's). Each run of words already separated by single
        // spaces is a slice of `text` between whitespace, copied at once without checking it again
        // as UTF-8.
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        loop {
            while let Some(len) = space_at(bytes, i) {
                self.space = true;
                i += len;
            }
            if i >= n {
                return;
            }
            let start = i;
            // To the first whitespace that is not one space between two words. Eight bytes at a time
            // while they are ASCII letters, digits, punctuation and single spaces between them; else
            // the next eight byte by byte, ASCII letters, digits and punctuation passed with two
            // comparisons.
            'run: while i < n {
                if let Some(next) = plain_run_of_eight(bytes, i) {
                    i = next;
                    continue;
                }
                let stop = n.min(i + 8);
                while i < stop {
                    let b = bytes[i];
                    if b > b' ' && b < 0x80 {
                        i += 1;
                    } else if b == b' ' && i + 1 < n && space_at(bytes, i + 1).is_none() {
                        i += 2;
                    } else if space_at(bytes, i).is_some() {
                        break 'run;
                    } else {
                        i += 1;
                    }
                }
            }
            // `start` and `i` stand at the start of a character (whitespace, or the end of the text).
            self.word(&text[start..i]);
        }
    }
}

/// Where a run of words separated by single spaces that goes on at `i` goes on from, when the eight
/// bytes from `i` are all in it: printable ASCII and single spaces, the last of them, if a space,
/// followed by something other than whitespace. `None` otherwise (fewer than eight bytes left
/// included): the run is then read byte by byte. Eight bytes are read as one word: most of a page's
/// text is such runs.
#[inline(always)]
fn plain_run_of_eight(bytes: &[u8], i: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const LOWS: u64 = u64::from_le_bytes([0x7F; 8]);
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    let chunk: [u8; 8] = bytes.get(i..i + 8)?.try_into().ok()?;
    let x = u64::from_le_bytes(chunk);
    // A byte of 0x80 or more, or one below a space (the well-known test for a byte below a bound,
    // exact for the word as a whole once no byte is 0x80 or more).
    if (x | x.wrapping_sub(ONES * u64::from(b' '))) & HIGHS != 0 {
        return None;
    }
    // The high bit of each byte that is a space: the bytes of `t` are below 0x80, so no sum carries
    // into the next byte.
    let t = x ^ SPACES;
    let spaces = !(((t & LOWS) + LOWS) | t) & HIGHS;
    // Two spaces together (byte k and byte k + 1, little end first) end the run.
    if spaces & (spaces >> 8) != 0 {
        return None;
    }
    // A last space ends the run unless something other than whitespace follows it.
    if spaces >> 63 != 0 && (i + 8 >= bytes.len() || space_at(bytes, i + 8).is_some()) {
        return None;
    }
    Some(i + 8)
}

/// The range from the start of `a` to the end of `b`, either being absent.
pub(crate) fn widen(
    a: Option<(usize, usize)>,
    b: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    match (a, b) {
        (Some((start, _)), Some((_, end))) => Some((start, end)),
        (a, b) => a.or(b),
    }
}

/// Whether a text node stands in an element whose content the reader of the source skips.
pub(crate) fn in_skipped_content(
    node: ego_tree::NodeRef<'_, DomNode>,
    aligner: &Aligner<'_>,
) -> bool {
    node.parent()
        .and_then(|p| p.value().as_element().map(|e| e.name()))
        .is_some_and(|name| aligner.skips_content_of(name))
}

/// Records a removal of `text` (collapsed), found at `span` of the source, unless it is blank.
pub(crate) fn record(
    removals: &mut Vec<Removal>,
    stage: &'static str,
    why: &'static str,
    text: &str,
    span: Option<(usize, usize)>,
) {
    record_collapsed(removals, stage, why, collapse(text), span);
}

/// Records a removal of text already collapsed (by [`Tree::text_of`]) unless it is empty.
pub(crate) fn record_collapsed(
    removals: &mut Vec<Removal>,
    stage: &'static str,
    why: &'static str,
    text: String,
    span: Option<(usize, usize)>,
) {
    if !text.is_empty() {
        let span = span.map(|(start, end)| start..end);
        removals.push(Removal::new(stage, Reason::Pattern(why), text, span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_holds_its_span_without_an_option_tag() {
        // Data (24 bytes), parent and end (8), the span (8): a page of many small nodes holds
        // one of these per node.
        assert!(std::mem::size_of::<Node<'_>>() <= 40);
        let node = |located| Node {
            data: Data::Text("x"),
            parent: PARENT_NONE,
            end: 1,
            located,
        };
        assert_eq!(node(NOT_LOCATED).at(), None);
        assert_eq!(node((3, 4)).at(), Some((3, 4)));
        assert_eq!(node((0, 0)).at(), Some((0, 0)));
        assert_eq!(located(Some((3, 4))), (3, 4));
        assert_eq!(located(None), NOT_LOCATED);
        assert_eq!(located(Some((1, usize::MAX))), NOT_LOCATED);
    }

    /// The attribute names [`attr_bit`] gives a bit.
    const BIT_NAMES: [&str; 22] = [
        "class",
        "id",
        "style",
        "hidden",
        "role",
        "href",
        "itemprop",
        "itemtype",
        "content",
        "type",
        "rel",
        "datetime",
        "aria-hidden",
        "aria-modal",
        "aria-labelledby",
        "summary",
        "lang",
        "src",
        "alt",
        "name",
        "property",
        "http-equiv",
    ];

    #[test]
    fn each_interned_name_has_its_own_bit_and_its_element_sets_it() {
        let mut all = 0;
        for name in BIT_NAMES {
            let bit = attr_bit(name);
            assert_eq!(bit.count_ones(), 1, "{name}");
            assert_eq!(all & bit, 0, "{name} shares a bit");
            all |= bit;
            let page = format!("<div {name}=v>x</div>");
            let html = Html::parse_document(&page);
            let div = html
                .tree
                .values()
                .find_map(|n| n.as_element().filter(|e| e.name() == "div"));
            assert_eq!(div.map(attr_bits_of), Some(bit), "{name}");
        }
        assert_eq!(attr_bit("data-role"), 0);
    }

    #[test]
    fn the_bits_answer_as_the_element_does() {
        let page = "<html lang=en><body><div class=a id=b role=main><p itemprop=articleBody \
            style='color: red' data-x=1>Text <a href=/x rel=author>link</a></p>\
            <svg><a xlink:href=#y>z</a></svg><time datetime=2024-01-02>Jan</time>\
            <span hidden aria-hidden=true>h</span><img src=a.png alt=''></div></body></html>";
        let html = Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        assert_eq!(tree.attr_bits.len(), tree.nodes.len());
        for i in 0..tree.nodes.len() {
            for name in BIT_NAMES.iter().chain(&["data-x", "xlink:href"]) {
                let read = tree.element(i).and_then(|el| attr(el, name));
                assert_eq!(tree.attr(i, name), read, "node {i}, {name}");
            }
        }
        // A tree built without bits reads every element.
        let bare = Tree {
            nodes: tree.nodes.clone(),
            ..Tree::default()
        };
        let div = (0..tree.nodes.len())
            .find(|&i| tree.name(i) == "div")
            .unwrap();
        assert_eq!(bare.attr(div, "role"), Some("main"));
    }

    #[test]
    fn collapse_joins_the_words_with_one_space() {
        for text in [
            "",
            " \t\n",
            "one",
            "  one two\t\tthree\r\n",
            "a\x0Bb\x0Cc",
            "déjà  vu\u{a0}here ",
            "one two three",
            "one  two",
            " one",
            "one ",
            "one\ttwo",
            "a\x1Fb c",
            "a b  c d e",
            "x y\n",
            "p q \tr s ",
        ] {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(collapse(text), words.join(" "), "{text:?}");
        }
    }

    #[test]
    fn whitespace_is_told_by_its_bytes_as_char_is_whitespace_tells_it() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = c.to_string();
            let told = space_at(text.as_bytes(), 0);
            assert_eq!(
                told,
                c.is_whitespace().then_some(c.len_utf8()),
                "U+{:04X}",
                c as u32
            );
            // No byte inside a character is taken for the start of whitespace.
            for k in 1..text.len() {
                assert_eq!(space_at(text.as_bytes(), k), None, "U+{:04X}", c as u32);
            }
        }
        for text in [
            "a\u{2003}b\u{a0} c",
            "\u{3000}x \u{85}y\u{202f}",
            "é \u{2028}ü  ß",
        ] {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(collapse(text), words.join(" "), "{text:?}");
        }
    }

    #[test]
    fn long_runs_read_eight_bytes_at_a_time_collapse_as_before() {
        // Runs longer than eight bytes with spaces, other whitespace and non-ASCII letters at every
        // place of an eight-byte word and just past it.
        let pieces = [
            "ab", "c", " ", "  ", "\t", "\u{a0}", "é", "\u{2003}", "defghij", "\x1F", "\n",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut bits = seed;
            for _ in 0..(4 + bits % 12) {
                bits = bits.rotate_right(5) ^ 0x9E37_79B9;
                text.push_str(pieces[(bits % pieces.len() as u64) as usize]);
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(collapse(&text), words.join(" "), "{text:?}");
        }
        for text in [
            "abcdefg hijklmno",
            "abcdefg  hijklmno",
            "abcdefg \u{a0}hijk",
            "abcdefg ",
            "abcdefgh ",
            "abcdefg \tx",
            "a b c d e f g h i j k l",
        ] {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(collapse(text), words.join(" "), "{text:?}");
        }
    }

    #[test]
    fn collapsed_pieces_are_the_collapsed_concatenation() {
        let pieces = [
            "",
            " ",
            "a",
            "b ",
            " c",
            "d\te",
            "\u{a0}",
            "é",
            "f\u{2003}g",
            "  ",
            "h",
            "x\x1Fy",
        ];
        // Every sequence of three pieces, block breaks (" ") among them.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let mut out = Collapsed::default();
                    for piece in [a, b, c] {
                        if piece == " " {
                            out.space();
                        } else {
                            out.push(piece);
                        }
                    }
                    let whole = format!("{a}{b}{c}");
                    let words: Vec<&str> = whole.split_whitespace().collect();
                    assert_eq!(out.text, words.join(" "), "{a:?} {b:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn trim_is_str_trim() {
        for text in [
            "",
            " \t\n\r\x0B\x0C",
            "one",
            "  one two\t\n",
            "\u{a0} one \u{a0}",
            " \u{a0}\n one\u{2003} \n",
            "\u{a0}",
            "déjà ",
            " \x1F ",
            "\n\u{3000}",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn attributes_are_found_by_interned_and_other_names() {
        let html = Html::parse_fragment(r#"<p class="c" data-x="d" ID="i" style="s">t</p>"#);
        let p = html
            .tree
            .values()
            .find_map(|n| n.as_element().filter(|e| e.name() == "p"))
            .unwrap();
        // Names read from a table: the prefilter's test reads `attr` calls with literal names.
        let expected = [
            ("class", Some("c")),
            ("id", Some("i")),
            ("data-x", Some("d")),
            ("style", Some("s")),
            ("role", None),
            ("alt", None),
            ("data-y", None),
        ];
        for (name, value) in expected {
            assert_eq!(attr(p, name), value, "{name}");
            assert_eq!(plain_attr(p, name), value, "{name}");
        }
    }

    #[test]
    fn plain_attributes_are_those_scraper_reads() {
        let html = Html::parse_document(
            r#"<svg><a xlink:href="/x" href="/y" id="i"></a><a xlink:href="/z"></a></svg><html lang="en">"#,
        );
        for el in html.tree.values().filter_map(|n| n.as_element()) {
            for name in ["href", "id", "lang", "xml:lang", "pubdate", "class"] {
                assert_eq!(plain_attr(el, name), el.attr(name), "{name}");
            }
        }
    }
}
