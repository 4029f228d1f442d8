//! HTML input: find the article in a page and turn it into typed blocks.
//!
//! The page is parsed once (`scraper`) and flattened once into an array in document order
//! ([`tree`]); every later stage walks that array without recursion:
//!
//! 1. [`prune`]: drop what is never article text (scripts, hidden nodes, controls), then, per
//!    attempt, page furniture (navigation, asides, containers named like furniture).
//! 2. [`score`]: measure every subtree and score the containers of paragraph-like units.
//! 3. [`candidates`]: pick the best container and the siblings that hold more of the body; on a page
//!    that does not declare itself an article, [`sections`] widens it to the ancestor that holds the
//!    neighbouring blocks of content (a landing page's sections, a thread's posts).
//! 4. [`clean`]: judge the containers inside the article (link lists, share bars, galleries), and the
//!    [`teaser_line`]s between its paragraphs ("Read also: <a>headline</a>").
//! 5. [`blocks`]: the result as typed blocks in document order, with the [`section_head`]s inside
//!    the article that pruning took for the site's header.
//!
//! When the result is too short, the attempt is repeated with fewer rules (first without dropping
//! furniture by name, then without class weights, then without cleaning), and the longest result wins.
//! JSON-LD `articleBody` stands in when the DOM yields much less than it.
//!
//! Every piece of visible text left out is recorded as a [`Removal`] with the stage that dropped it.

mod accordion_button;
mod adjacent;
mod align;
mod assistive;
mod banner;
mod blocks;
mod button_link;
mod candidates;
mod cards;
mod clean;
mod content_hints;
mod cta_box;
mod dense;
mod depth_cap;
mod described;
mod disclosure;
mod discussion_pick;
mod entry_form;
mod footer_pick;
mod fragment;
mod headed;
mod heading_anchor;
mod headline_card;
mod held_back;
mod inline;
mod layout_wrapper;
mod lead;
mod linked_prose;
mod list_in_prose;
mod marks;
pub(crate) mod metadata;
mod orphan_heading;
mod other_items;
mod other_threads;
mod page_type;
mod parse;
mod placeholders;
mod post_profile;
mod product_name;
mod prose_among_images;
mod prose_boxes;
pub(crate) use dense::DENSE_MARKUP;
pub(crate) use fragment::fragment_blocks;
pub(crate) use orphan_heading::drop_orphan_heading;
pub use page_type::PageType;
mod prefilter;
mod prune;
mod related_grid;
mod repeated_run;
mod responsive_display;
mod score;
mod script_data;
mod section_actions;
mod section_head;
mod section_title;
mod sections;
mod site_root;
mod streamed;
mod tables;
mod teaser_box;
mod teaser_line;
mod tokens;
mod tooltip;
mod trailing_bio;
mod tree;
mod value_answers;

use crate::article::Article;
use crate::block::{Block, BlockKind};
use crate::document::{Document, TitleSource};
use crate::removal::Removal;
use crate::stage_timings::{timed, Stage};
use marks::Marks;
use metadata::{read_metadata, PageMetadata};
use prune::Mark;
use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;
use tables::Context;
use tree::{record, record_collapsed, Data, Tree};

/// An article shorter than this (in characters) means the rules threw the body away: try again with
/// fewer of them. Readability's `charThreshold`.
const MIN_ARTICLE_CHARS: usize = 500;

/// When the DOM's article holds less than this share of the JSON-LD `articleBody`, the JSON-LD body
/// is the article: the page renders its text by script, or hides it from the DOM.
const MIN_SHARE_OF_JSON_LD: f32 = 0.5;

/// Which rules an attempt applies.
#[derive(Debug, Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

/// The attempts in order: all rules, then each rule given up in turn.
const ATTEMPTS: [Flags; 4] = [
    Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    },
    Flags {
        strip_unlikely: false,
        weight_classes: true,
        clean_conditionally: true,
    },
    Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: true,
    },
    Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: false,
    },
];

/// What the caller asks of the DOM stage.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Options {
    /// Check a declared language against the article's text.
    pub detect_language: bool,
    /// Keep the blocks' inline markup (links, images, bold, italic).
    pub markup: bool,
    /// `Focus::Recall`: the containers inside the article are not judged conditionally (link lists,
    /// galleries and boxes judged by their measures stay).
    pub keep_doubtful: bool,
    /// `Focus::Precision`: the article is not widened to the sections around it on pages that do not
    /// declare themselves articles.
    pub no_widening: bool,
}

/// What one view of the page yields: the body's blocks, what was removed, and the page's metadata.
#[derive(Debug)]
struct Extraction {
    blocks: Vec<Block>,
    removals: Vec<Removal>,
    metadata: PageMetadata,
}

impl Extraction {
    /// The document the later stages read: the blocks and records as found, the page's metadata in
    /// its `meta`, and the headline the page declares as its title.
    fn into_document(self) -> Document {
        let mut meta = Article::default();
        self.metadata.fill(&mut meta);
        let title = meta.title.clone();
        Document {
            blocks: self.blocks,
            title: TitleSource::Declared(title),
            removals: self.removals,
            meta,
            text_input: None,
            line_groups: Vec::new(),
        }
    }
}

/// What the page declares that the attempts use: its title and its type.
struct Page<'a> {
    title: Option<&'a str>,
    page_type: PageType,
    /// The runs of same-shaped siblings (listing items), on pages that are not declared articles.
    items: Option<cards::Repeats>,
    /// Whether the blocks keep their inline markup.
    markup: bool,
    /// Whether the article stays the container that won (`Options::no_widening`).
    no_widening: bool,
    /// The container the page marks as the article, if any.
    marked: Option<usize>,
    /// Whether the page names its author (a byline).
    bylined: bool,
    /// Whether the page names neither an author nor a date (see `sections::Kind`).
    unsigned: bool,
    /// On a page that may open its sections with heads named like a header, what each subtree holds.
    heads: Option<section_head::SectionHeads>,
}

impl Page<'_> {
    /// What widening reads of the page: its type, and whether an undeclared page is unsigned.
    fn sections_kind(&self) -> sections::Kind {
        sections::Kind {
            page_type: self.page_type,
            unsigned: self.unsigned,
        }
    }
}

/// One attempt's result.
struct Attempt {
    /// What furniture marked, then what cleaning marked.
    marks: Marks,
    roots: Vec<usize>,
    blocks: Vec<Block>,
    chars: usize,
    /// Characters of a listing's grid of cards added beside the picked container.
    grid_chars: usize,
    /// The nodes of section heads inside the article that pruning dropped by name and that are
    /// back (see [`section_head`]); empty when none may be.
    revived: Vec<bool>,
}

/// Finds the article in an HTML page: a [`Document`] of the body's blocks, not yet cleaned, with what
/// was left out on record and the page's metadata (title, byline, date, …) in its `meta`.
///
/// When the page's scripted view holds no article, the view the page keeps for readers without
/// scripts (its `<noscript>` elements, as forum software serves its threads) is read instead.
///
/// A page whose tree would take more memory than its budget is read without one (see [`dense`]).
pub(crate) fn extract(html: &str, page_url: Option<&str>, options: Options) -> Document {
    if let Some(document) = dense::read_if_dense(html, page_url) {
        return document;
    }
    best_view(html, page_url, options).into_document()
}

/// The view of the page that yields the article: the scripted one, or the one without scripts when
/// it yields more where the scripted one yields too little.
fn best_view(html: &str, page_url: Option<&str>, options: Options) -> Extraction {
    let scripted = extract_view(html, html, false, page_url, options);
    if chars_of(&scripted.blocks) >= MIN_ARTICLE_CHARS {
        return scripted;
    }
    let Some(unscripted) = noscript_view(html) else {
        return scripted;
    };
    let fallback = extract_view(&unscripted, html, true, page_url, options);
    if chars_of(&fallback.blocks) > chars_of(&scripted.blocks) {
        fallback
    } else {
        scripted
    }
}

fn chars_of(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| b.text.chars().count()).sum()
}

/// Bytes of markup inside `<noscript>` elements that make a view of their own worth reading: less is a
/// tracking pixel or a "please enable JavaScript" line.
const MIN_NOSCRIPT_BYTES: usize = 500;

/// The page with its `<noscript>` elements turned into `<div>`s (what a browser without scripts
/// shows), or `None` when they hold too little to be a view of the page.
fn noscript_view(html: &str) -> Option<String> {
    const OPEN: &[u8] = b"<noscript";
    const CLOSE: &[u8] = b"</noscript";
    let bytes = html.as_bytes();
    let at = |i: usize, tag: &[u8]| {
        bytes.len() >= i + tag.len() && bytes[i..i + tag.len()].eq_ignore_ascii_case(tag)
    };
    let mut out = String::with_capacity(html.len());
    let (mut last, mut inside, mut opened_at, mut i) = (0, 0usize, None, 0);
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let (tag, replacement) = if at(i, OPEN) {
            (OPEN, "<div data-noscript")
        } else if at(i, CLOSE) {
            (CLOSE, "</div")
        } else {
            i += 1;
            continue;
        };
        if tag == OPEN {
            opened_at = Some(i);
        } else if let Some(start) = opened_at.take() {
            inside += i - start;
        }
        out.push_str(&html[last..i]);
        out.push_str(replacement);
        i += tag.len();
        last = i;
    }
    out.push_str(&html[last..]);
    (inside >= MIN_NOSCRIPT_BYTES).then_some(out)
}

/// Finds the article in one view of an HTML page: `html`, the page as given (`source`) or the page
/// with its `<noscript>` elements read as markup (`noscript_is_markup`). Spans point into `source`.
fn extract_view(
    html: &str,
    source: &str,
    noscript_is_markup: bool,
    page_url: Option<&str>,
    options: Options,
) -> Extraction {
    let (prepared, scripts, tags, nodes) = timed(Stage::Prefilter, || {
        prefilter::prepare_noting_scripts(html, options.markup)
    });
    // Where the prefilter read `source` itself, the reader skips its scripts and tags without
    // reading them.
    let same = std::ptr::eq(html, source);
    let read_scripts: &[(usize, usize)] = if same { &scripts } else { &[] };
    let read_tags: &[(usize, usize)] = if same { &tags } else { &[] };
    let dom = timed(Stage::Parse, || parse::parse_document(&prepared, nodes));
    // The text parsed is read once more, for a `<template`, and goes before the tree is flattened
    // beside the parsed page: on a small page it is a copy of the page, beside a tree of five to
    // seven times the page's size.
    let templates = streamed::holds_a_template(&prepared);
    drop(prepared);
    let mut metadata = timed(Stage::Metadata, || read_metadata(&dom, page_url));
    let mut removals = Vec::new();
    let tree = timed(Stage::Flatten, || {
        let mut aligner = align::Aligner::new(source, noscript_is_markup)
            .with_scripts(read_scripts)
            .with_tags(read_tags);
        let tree = Tree::flatten_located(&dom, templates, &mut aligner, &mut removals);
        let Some(reveal) = held_back::held_back(&tree) else {
            return tree;
        };
        // The page sits in one hidden element: read again, that element shown.
        removals.clear();
        let mut aligner = align::Aligner::new(source, noscript_is_markup)
            .with_scripts(read_scripts)
            .with_tags(read_tags);
        Tree::flatten_revealing(&dom, templates, &mut aligner, &mut removals, Some(reveal))
    });
    // The scripts and tags the prefilter read are the flatten's alone: they go before the stages
    // that follow add their own tables beside the tree.
    drop((scripts, tags));
    if metadata.page_type == PageType::Unknown {
        let itemtypes = (0..tree.nodes.len()).filter_map(|i| tree.attr(i, "itemtype"));
        metadata.page_type = page_type::declared_in_microdata(itemtypes);
    }
    let canonical = metadata.canonical_url.as_ref().map(|(u, _)| u.as_str());
    metadata.page_type = site_root::or_home_page(metadata.page_type, canonical);
    if matches!(metadata.page_type, PageType::Unknown | PageType::Article)
        && (metadata.thread_address || canonical.is_some_and(page_type::is_thread_url))
    {
        metadata.page_type = PageType::Forum;
    }
    let (cx, measures) = timed(Stage::Measures, || {
        (Context::new(&tree), score::TextMeasures::new(&tree))
    });
    let page = Page {
        title: metadata.title.as_ref().map(|(t, _)| t.as_str()),
        page_type: metadata.page_type,
        items: sections::may_widen(metadata.page_type).then(|| cards::Repeats::new(&tree)),
        markup: options.markup,
        no_widening: options.no_widening,
        marked: candidates::semantic_root(&tree),
        bylined: metadata.byline.is_some(),
        unsigned: metadata.byline.is_none() && metadata.date.is_none(),
        heads: section_head::may_hold_heads(metadata.page_type)
            .then(|| section_head::SectionHeads::new(&tree)),
    };
    let mut best = timed(Stage::Attempts, || {
        best_attempt(&tree, &cx, &measures, &page, options)
    });
    // A page that declares no thread but whose pick is one post of a discussion is read again as a
    // thread (see `discussion_pick`), and kept so when that yields much more.
    if matches!(page.page_type, PageType::Unknown | PageType::Article)
        && best
            .as_ref()
            .is_some_and(|b| discussion_pick::picks_a_post(&tree, &b.roots))
    {
        let thread = Page {
            page_type: PageType::Forum,
            items: Some(cards::Repeats::new(&tree)),
            heads: section_head::may_hold_heads(PageType::Forum)
                .then(|| section_head::SectionHeads::new(&tree)),
            ..page
        };
        tree.forget_hint_weights();
        let again = timed(Stage::Attempts, || {
            best_attempt(&tree, &cx, &measures, &thread, options)
        });
        let chars = |a: &Option<Attempt>| a.as_ref().map_or(0, |a| a.chars);
        if discussion_pick::thread_yields_more(chars(&best), chars(&again)) {
            best = again;
            metadata.page_type = PageType::Forum;
        } else {
            // The weights cached now are the thread's: a later reader of the first page type must
            // not find them.
            tree.forget_hint_weights();
        }
    }
    let blocks = timed(Stage::Record, || {
        let mut blocks = match best {
            Some(mut attempt) => {
                if footer_pick::picks_only_the_footer(&tree, &attempt.roots) {
                    attempt.roots.clear();
                    attempt.blocks.clear();
                }
                record_left_out(&tree, &attempt, &mut removals);
                attempt.blocks
            }
            None => Vec::new(),
        };
        if let Some(body) = metadata.json_ld_body.as_deref() {
            blocks = json_ld_fallback(blocks, body, source, &mut removals);
        }
        let source = align::Source {
            text: source,
            noscript_is_markup,
        };
        if let Some((description, _)) = metadata.description.as_ref() {
            restore_standfirst(&mut blocks, description, &mut removals, source);
        }
        if let Some(description) = metadata.product_description.as_deref() {
            described::restore_product_description(&mut blocks, description, &mut removals, source);
        }
        if metadata.page_type == PageType::Product && !blocks.is_empty() {
            if let Some(h1) = (0..tree.nodes.len()).find(|&i| tree.name(i) == "h1") {
                let name = tree.text_of(h1, |_| false);
                product_name::restore_product_name(&mut blocks, &name, &mut removals, source);
            }
        }
        adjacent::drop_adjacent_copies(&mut blocks, &mut removals);
        repeated_run::drop_repeated_runs(&mut blocks, &mut removals);
        let thread = metadata.page_type == PageType::Forum;
        post_profile::drop_profile_lines(&mut blocks, thread, &mut removals);
        placeholders::drop_placeholders(&mut blocks, &mut removals, source.text);
        script_data::drop_script_data(&mut blocks, &mut removals, source.text);
        if let Some((byline, _)) = metadata.byline.as_ref() {
            let boxed = |block: &Block| trailing_bio::in_author_box(&tree, block);
            trailing_bio::drop_trailing_bio(&mut blocks, byline, source.text, boxed, &mut removals);
        }
        blocks
    });
    if options.detect_language {
        timed(Stage::Language, || {
            check_declared_language(&mut metadata, &blocks)
        });
    }
    // Reported, not read as a layout: extraction took the page as one that declares nothing (a
    // documentation page's sections are content as a landing page's are), and the address tells the
    // caller what the page is.
    if metadata.page_type == PageType::Unknown && metadata.documentation_address {
        metadata.page_type = PageType::Documentation;
    }
    Extraction {
        blocks,
        removals,
        metadata,
    }
}

/// The best of the attempts on the page's tree (see [`ATTEMPTS`]): the first long enough, else the
/// longest; `None` on a page without elements.
fn best_attempt(
    tree: &Tree<'_>,
    cx: &Context,
    measures: &score::TextMeasures,
    page: &Page<'_>,
    options: Options,
) -> Option<Attempt> {
    let mut best: Option<Attempt> = None;
    if let Some(body) = candidates::body_of(tree) {
        let semantic = page.marked;
        // What the strictest attempt found: a container the page marks as the article must hold at
        // least that much to be taken instead.
        let mut strict_chars = None;
        let mut layers = Layers::default();
        for flags in ATTEMPTS {
            let flags = Flags {
                clean_conditionally: flags.clean_conditionally && !options.keep_doubtful,
                ..flags
            };
            let layer = layers.get(
                tree,
                cx,
                measures,
                flags.strip_unlikely,
                page.title,
                page.page_type,
            );
            let attempt = run_attempt(tree, cx, layer, body, flags, page, None);
            // A grid of cards added beside a short pick does not make it long enough: the next
            // attempts may find the body that pruning took.
            let enough = attempt.chars.saturating_sub(attempt.grid_chars) >= MIN_ARTICLE_CHARS;
            let strict = *strict_chars.get_or_insert(attempt.chars);
            if best.as_ref().is_none_or(|b| attempt.chars > b.chars) {
                best = Some(attempt);
            }
            if enough {
                break;
            }
            // A short article in a container the page marks as the article is a short article:
            // relaxing the rules further would only let page furniture outgrow it.
            if let Some(root) = semantic {
                let marked = run_attempt(tree, cx, layer, body, flags, page, Some(root));
                // Only when the marked container itself was used: inside pruned furniture (a layout
                // wrapper named "sidebar"), the attempt fell back to scoring and proves nothing.
                let used_root = marked.roots == [root];
                if used_root
                    && marked.chars > 0
                    && marked.chars >= strict
                    && !cleaned_away(&layer.stats, root, marked.chars)
                {
                    best = Some(marked);
                    break;
                }
            }
        }
    }
    best
}

/// Share of the text of the container the page marks as its article, left after furniture, below
/// which what cleaning kept of it is not a short article but a body that cleaning took for a list
/// (an index page's lists of links, judged "more list items than paragraphs").
const MIN_KEPT_OF_MARKED: f32 = 0.25;

/// Whether cleaning left less than [`MIN_KEPT_OF_MARKED`] of the text that the marked container
/// `root` holds past furniture.
fn cleaned_away(stats: &score::Stats, root: usize, kept_chars: usize) -> bool {
    (kept_chars as f32) < MIN_KEPT_OF_MARKED * stats.text[root]
}

/// What pruning furniture gives the attempts: its marks and the measures of what it leaves. It
/// depends only on whether furniture is dropped by name (`strip_unlikely`), so the attempts that
/// share that rule (all but the first, and an attempt on the marked container) share one.
struct Layer {
    furniture: Marks,
    stats: score::Stats,
    /// The page's boxes of prose named like furniture (see `prose_boxes`), shared by both layers
    /// and every attempt on the tree: measured once, on first need.
    prose_boxes: Rc<OnceCell<Vec<bool>>>,
}

impl Layer {
    fn new(
        tree: &Tree<'_>,
        cx: &Context,
        measures: &score::TextMeasures,
        strip: bool,
        title: Option<&str>,
        page_type: PageType,
        prose_boxes: Rc<OnceCell<Vec<bool>>>,
    ) -> Layer {
        let in_thread = page_type == PageType::Forum;
        let mut furniture =
            prune::mark_furniture(tree, &cx.data_table, strip, title, page_type, &prose_boxes);
        if page_type == PageType::Product {
            other_items::mark_other_items(tree, &mut furniture);
        }
        if in_thread {
            other_threads::mark_other_threads(tree, &mut furniture);
        }
        let stats = score::Stats::new(tree, measures, &furniture).in_thread(tree, in_thread);
        Layer {
            furniture,
            stats,
            prose_boxes,
        }
    }
}

/// The two layers, each made when an attempt first needs it.
#[derive(Default)]
struct Layers {
    strict: Option<Layer>,
    relaxed: Option<Layer>,
    prose_boxes: Rc<OnceCell<Vec<bool>>>,
}

impl Layers {
    fn get(
        &mut self,
        tree: &Tree<'_>,
        cx: &Context,
        measures: &score::TextMeasures,
        strip: bool,
        title: Option<&str>,
        page_type: PageType,
    ) -> &Layer {
        let slot = if strip {
            &mut self.strict
        } else {
            &mut self.relaxed
        };
        let boxes = Rc::clone(&self.prose_boxes);
        slot.get_or_insert_with(|| Layer::new(tree, cx, measures, strip, title, page_type, boxes))
    }
}

/// Runs the stages once with the given rules on a layer of furniture pruned by those rules; `root`,
/// when given, is the article instead of the best-scoring container.
fn run_attempt(
    tree: &Tree<'_>,
    cx: &Context,
    layer: &Layer,
    body: usize,
    flags: Flags,
    page: &Page<'_>,
    root: Option<usize>,
) -> Attempt {
    let title = page.title;
    let stats = &layer.stats;
    let mut marks = layer.furniture.clone();
    let (roots, grid) = match root {
        Some(root) if !stats.dead[root] => (vec![root], None),
        _ => {
            let mut scores = score::score(tree, stats, flags.weight_classes);
            let picked = candidates::pick(tree, stats, &mut scores, body, flags.weight_classes);
            let roots = lead::with_lead(tree, stats, cx, picked, body, title);
            if page.no_widening {
                (roots, None)
            } else {
                let roots =
                    sections::widen(tree, stats, roots, body, page.sections_kind(), page.marked);
                sections::with_grid(tree, stats, roots, page.page_type, page.marked)
            }
        }
    };
    let options = clean::Options {
        weight_classes: flags.weight_classes,
        conditionally: flags.clean_conditionally,
        whole_items: page.page_type != PageType::Product,
        product: page.page_type == PageType::Product,
        thread: page.page_type == PageType::Forum,
        article: page.page_type == PageType::Article,
        sections: sections::may_widen(page.page_type),
        landing: matches!(page.page_type, PageType::Unknown | PageType::Service),
        unsigned_landing: page.page_type == PageType::Service
            || page.page_type == PageType::Unknown && page.unsigned,
        all_copies: match page.page_type {
            PageType::Product | PageType::Listing => Some(clean::MIN_PRODUCT_COPY_CHARS),
            PageType::Forum => Some(clean::MIN_THREAD_COPY_CHARS),
            _ => None,
        },
    };
    let mut cleaned = clean::clean(
        tree,
        stats,
        cx,
        &roots,
        options,
        clean::Found {
            items: page.items.as_ref(),
            grid: grid.as_ref(),
            prose_boxes: &layer.prose_boxes,
        },
    );
    if flags.clean_conditionally {
        let kind = (page.page_type, page.bylined);
        related_grid::mark_related_grids(tree, stats, &roots, kind, &mut cleaned);
    }
    marks.lay(&cleaned);
    drop(cleaned);
    let revived = match &page.heads {
        Some(heads) if flags.strip_unlikely => {
            // A landing page's short banners are its sections' heads (see `section_head`).
            let banners = page.page_type == PageType::Service
                || page.page_type == PageType::Unknown && page.unsigned;
            heads.revived(tree, &roots, banners, |j| layer.furniture.get(j))
        }
        _ => Vec::new(),
    };
    // A node furniture marked is dead: past the dead ones, the marks left are cleaning's.
    let cut = |j: usize| stats.dead[j] || marks.is_marked(j);
    let blocks = if revived.contains(&true) {
        let left_out = section_head::left_out(tree, &revived, cut);
        blocks::blocks(tree, cx, &roots, |j| left_out[j], page.markup)
    } else {
        blocks::blocks(tree, cx, &roots, cut, page.markup)
    };
    // The heads that came back do not count in the comparison of attempts: they follow the pick,
    // and must not change which attempt wins.
    let chars = if revived.contains(&true) {
        let pruned = |j: usize| stats.dead[j] || marks.is_marked(j);
        chars_of(&blocks::blocks(tree, cx, &roots, pruned, page.markup))
    } else {
        chars_of(&blocks)
    };
    Attempt {
        marks,
        roots,
        blocks,
        chars,
        grid_chars: grid.map_or(0, |g| g.added as usize),
        revived,
    }
}

/// Records every piece of visible text the attempt left out: the furniture and cleaned subtrees
/// with their stage, and everything outside the article as "low-score".
fn record_left_out(tree: &Tree<'_>, attempt: &Attempt, removals: &mut Vec<Removal>) {
    let revived = |j: usize| attempt.revived.get(j).copied().unwrap_or(false);
    let mark = |j: usize| attempt.marks.get(j).filter(|_| !revived(j));
    let marked = |j: usize| attempt.marks.is_marked(j) && !revived(j);
    let n = tree.nodes.len();
    let mut roots = attempt.roots.iter().copied().peekable();
    let mut i = 0;
    while i < n {
        let end = tree.nodes[i].end();
        while roots.peek().is_some_and(|&r| r < i) {
            roots.next();
        }
        let next_root = roots.peek().copied();
        if next_root == Some(i) || marked(i) {
            record_marked(tree, i, end, &mark, &revived, removals);
            i = end;
        } else if next_root.is_some_and(|r| r < end) {
            // An ancestor of the article: its own text is outside, its descendants are visited.
            if let Data::Text(text) = tree.nodes[i].data {
                let at = tree.nodes[i].at();
                record(removals, "low-score", "outside the article", text, at);
            }
            i += 1;
        } else {
            let text = tree.text_of(i, marked);
            let span = tree.span_of(i, marked);
            record_collapsed(removals, "low-score", "outside the article", text, span);
            record_marked(tree, i + 1, end, &mark, &revived, removals);
            i = end;
        }
    }
}

/// Records the marked subtrees in `start..end` with their own stage.
fn record_marked(
    tree: &Tree<'_>,
    start: usize,
    end: usize,
    mark: &impl Fn(usize) -> Mark,
    revived: &impl Fn(usize) -> bool,
    removals: &mut Vec<Removal>,
) {
    for j in start..end {
        if let Some((stage, why)) = mark(j) {
            // Nested marks are visited too; each records only its own text, and not the revived
            // heads inside it, which the article shows.
            let text = tree.text_of(j, |k| mark(k).is_some() || revived(k));
            let span = tree.span_of(j, |k| mark(k).is_some() || revived(k));
            record_collapsed(removals, stage, why, text, span);
        }
    }
}

/// Replaces a declared language that the article's own text contradicts.
///
/// Templates declare the language of the site, not of the article: a Spanish story under
/// `<html lang="en">`, a German one on a page whose CMS defaults to English. The declared tag would pick
/// the wrong phrase lists, so when detection on the article's blocks is reliable, names another
/// language that copydesk has lists for, and disagrees with the declared primary subtag, the detected
/// language wins. A regional variant (`en-GB` against `en`) or a language without lists keeps the tag.
fn check_declared_language(metadata: &mut PageMetadata, blocks: &[Block]) {
    let Some((declared, _)) = metadata.language.as_ref() else {
        return;
    };
    let primary = declared.split('-').next().unwrap_or(declared);
    let Some(detected) = crate::language::detect_among_lists(blocks, primary) else {
        return;
    };
    if detected != primary && crate::phrases::Lang::from_code(detected).is_some() {
        metadata.language = Some((detected.to_string(), "detected"));
    }
}

/// Words a page's description needs to be taken for a standfirst rather than a tagline.
const MIN_STANDFIRST_WORDS: usize = 8;

/// Characters of the standfirst's opening that, found in a block, show the article holds it already:
/// the article's copy may differ further on (a link, a last sentence cut).
const STANDFIRST_OPENING_CHARS: usize = 40;

/// Puts back the article's standfirst when the page prints it outside the container that won: news
/// pages set the lead paragraph in the header beside the headline, and repeat it as their meta
/// description. It comes back only when the page shows it (it is in the visible text left out) and
/// the article does not already hold it. The text put back leaves the record that held it (see
/// [`take_out`]) and spans its own stretch of the page.
fn restore_standfirst(
    blocks: &mut Vec<Block>,
    description: &str,
    removals: &mut Vec<Removal>,
    source: align::Source<'_>,
) {
    let standfirst = tree::collapse(description);
    if crate::text::word_count(&standfirst) < MIN_STANDFIRST_WORDS || blocks.is_empty() {
        return;
    }
    let opening: String = standfirst.chars().take(STANDFIRST_OPENING_CHARS).collect();
    if blocks.iter().any(|b| b.text.contains(&opening)) {
        return;
    }
    let Some(shown) = removals.iter().position(|r| {
        matches!(r.stage, "low-score" | "boilerplate-container") && r.text.contains(&standfirst)
    }) else {
        return;
    };
    let source_span = take_out(removals, shown, &standfirst, source);
    let block = match source_span {
        Some(span) => Block::located(BlockKind::Paragraph, standfirst, span),
        None => Block::new(BlockKind::Paragraph, standfirst),
    };
    blocks.insert(0, block);
}

/// Takes `part`, put back into the article, out of the record at `index`, and returns the span of
/// `part` in the page.
///
/// When the record holds `part` (whitespace aside), it keeps the rest, or goes when nothing is left.
/// When `part` is also located in the record's stretch of the page, it gets that stretch of its own,
/// and the rest of the record the stretches before and after it: a record with text on both sides is
/// split in two. Otherwise the record's span is returned, as the best known.
fn take_out(
    removals: &mut Vec<Removal>,
    index: usize,
    part: &str,
    source: align::Source<'_>,
) -> Option<Range<usize>> {
    let record = &removals[index];
    let span = record.span.clone();
    let Some((before, after)) = around_first(&record.text, part) else {
        return span;
    };
    let own = span
        .clone()
        .and_then(|within| source.locate_within(within, part));
    let pieces = match (&span, &own) {
        (Some(whole), Some(own)) => vec![
            (before, Some(whole.start..own.start)),
            (after, Some(own.end..whole.end)),
        ],
        _ => vec![(joined(&before, &after), span.clone())],
    };
    let (stage, reason) = (record.stage, record.reason.clone());
    let rest = pieces
        .into_iter()
        .filter(|(text, _)| !text.is_empty())
        .map(|(text, span)| Removal::new(stage, reason.clone(), text, span));
    removals.splice(index..=index, rest);
    own.or(span)
}

/// Two texts joined by a space, either being empty.
fn joined(before: &str, after: &str) -> String {
    match (before.is_empty(), after.is_empty()) {
        (true, _) => after.to_string(),
        (_, true) => before.to_string(),
        _ => format!("{before} {after}"),
    }
}

/// The text before and after the first occurrence of `part` in `text`, trimmed; `None` when `text`
/// does not hold `part`, even with whitespace aside.
///
/// Whitespace aside: a text put back from the page's metadata may space its words otherwise than the
/// page's text nodes, joined into a record, do ("fit- Light" for a list's "fit", "- Light").
fn around_first(text: &str, part: &str) -> Option<(String, String)> {
    if part.trim().is_empty() {
        return None;
    }
    let (start, end) = match text.find(part) {
        Some(at) => (at, at + part.len()),
        None => find_spaced(text, part)?,
    };
    let before = text[..start].trim_end().to_string();
    let after = text[end..].trim_start().to_string();
    Some((before, after))
}

/// The byte range of `text` from the first to the last character of the first stretch that holds
/// the characters of `part` in order, whitespace aside in both.
fn find_spaced(text: &str, part: &str) -> Option<(usize, usize)> {
    let wanted: String = part.chars().filter(|c| !c.is_whitespace()).collect();
    if wanted.is_empty() {
        return None;
    }
    let mut compact = String::with_capacity(text.len());
    // For each byte of `compact`, the range of `text` of the character it belongs to.
    let mut origin: Vec<(usize, usize)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices().filter(|(_, c)| !c.is_whitespace()) {
        compact.push(c);
        origin.extend(std::iter::repeat_n((at, at + c.len_utf8()), c.len_utf8()));
    }
    let k = compact.find(&wanted)?;
    Some((origin[k].0, origin[k + wanted.len() - 1].1))
}

/// The JSON-LD body's paragraphs instead of the DOM's blocks when the DOM yielded much less.
///
/// Its blocks span the content of the JSON-LD script in `source` that holds the body.
fn json_ld_fallback(
    blocks: Vec<Block>,
    body: &str,
    source: &str,
    removals: &mut Vec<Removal>,
) -> Vec<Block> {
    let dom_chars: usize = blocks.iter().map(|b| b.text.chars().count()).sum();
    let json_chars = body.chars().count();
    if (dom_chars as f32) >= MIN_SHARE_OF_JSON_LD * json_chars as f32 {
        return blocks;
    }
    for block in blocks {
        let span = block.span.map(|s| (s.start, s.end));
        let why = "shorter than the JSON-LD articleBody";
        record(removals, "low-score", why, &block.text, span);
    }
    let script = align::json_ld_body_script(source);
    body.split('\n')
        .map(tree::collapse)
        .filter(|p| !p.is_empty())
        .map(|p| match &script {
            Some((start, end)) => Block::located(BlockKind::Paragraph, p, *start..*end),
            None => Block::new(BlockKind::Paragraph, p),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` without the first occurrence of `part`, the space around it collapsed.
    fn without_first(text: &str, part: &str) -> Option<String> {
        around_first(text, part).map(|(before, after)| joined(&before, &after))
    }

    #[test]
    fn text_put_back_leaves_its_record_whatever_its_spacing() {
        let record = "Description A kettle for camp. - Holds a litre - Folding handle Reviews";
        assert_eq!(
            without_first(record, "A kettle for camp.").as_deref(),
            Some("Description - Holds a litre - Folding handle Reviews")
        );
        // The metadata joins the list's items otherwise than the page's text nodes do.
        assert_eq!(
            without_first(
                record,
                "A kettle for camp.\n- Holds a litre- Folding handle"
            )
            .as_deref(),
            Some("Description Reviews")
        );
        assert_eq!(
            without_first("Café crème", "Cafécrème").as_deref(),
            Some("")
        );
        // Another text, or a blank one, is not taken out.
        assert_eq!(without_first(record, "A kettle for tea"), None);
        assert_eq!(without_first(record, " "), None);
    }
}
