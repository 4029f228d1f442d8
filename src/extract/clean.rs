//! Cleaning the chosen article: containers inside it that are furniture after all (link lists,
//! image galleries without text, share bars, headings named like furniture), judged bottom-up in
//! one pass so that an outer container is judged without what was already removed inside it.

use super::banner::is_section_banner;
use super::button_link;
use super::cards::{items_make_a_listing, Grid, Inside, Repeats};
use super::cta_box;
use super::entry_form;
use super::headline_card;
use super::layout_wrapper::ParagraphBytes;
use super::linked_prose;
use super::list_in_prose;
use super::marks::Marks;
use super::prose_among_images;
use super::prose_boxes;
use super::prune::Mark;
use super::score::{hint_weight, post_hint_weight, Stats, SAME_PAGE_LINK_WEIGHT};
use super::section_actions;
use super::section_title;
use super::tables::Context;
use super::teaser_box;
use super::teaser_line::is_teaser_line;
use super::tree::{attr, is_phrasing, Data, Tree, NO_PARENT};
use once_cell::sync::Lazy;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::cell::OnceCell;

/// Why a container named like furniture goes.
const FURNITURE_NAME: &str = "class or id of page furniture";
/// A container with this many commas is prose, whatever else it holds.
const PROSE_COMMAS: u32 = 10;
/// Text share in lists past which a container is a list.
const LIST_SHARE: f32 = 0.9;
/// Share of heading text under which a short container is not a section title.
const HEADING_SHARE: f32 = 0.9;
/// Text shorter than this in a container without list or figure is a label.
const MIN_CONTAINER_CHARS: f32 = 25.0;
/// Link density over which an unhinted container is a link list.
const MAX_LINK_DENSITY: f32 = 0.2;
/// Link density over which a list is a menu or a list of related links: items of an article's own
/// lists hold text beside their links.
const MAX_LIST_LINK_DENSITY: f32 = 0.8;
/// Link density over which even a container named like content is a link list.
const MAX_HINTED_LINK_DENSITY: f32 = 0.5;
/// Class/id weight from which a container counts as named like content.
const CONTENT_WEIGHT: f32 = 25.0;
/// Share elements shorter than this are share bars; longer ones hold text.
const MAX_SHARE_CHARS: f32 = 500.0;
/// Readability discounts list items by this many, so that lists alone do not remove a container.
const LIST_ITEM_ALLOWANCE: f32 = 100.0;

/// Class or id of a share bar.
static SHARE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)(\b|_)(share|sharedaddy)(\b|_)").expect("literal regex"));

/// Counts gathered bottom-up over what is still kept.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    text: f32,
    link: f32,
    /// Links (`<a>` elements) in the subtree.
    links: f32,
    commas: u32,
    paragraphs: f32,
    images: f32,
    items: f32,
    heading_text: f32,
    /// Text in text nodes that hold only whitespace (see `section_title`).
    blank: f32,
    list_text: f32,
    code: bool,
    /// Whether the subtree holds a post's text as the page marks it (see [`is_post_text`]).
    post_text: bool,
}

impl Counts {
    fn add(&mut self, child: &Counts) {
        self.text += child.text;
        self.link += child.link;
        self.links += child.links;
        self.commas += child.commas;
        self.paragraphs += child.paragraphs;
        self.images += child.images;
        self.items += child.items;
        self.heading_text += child.heading_text;
        self.blank += child.blank;
        self.list_text += child.list_text;
        self.code |= child.code;
        self.post_text |= child.post_text;
    }
}

/// Options of one cleaning run.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options {
    pub weight_classes: bool,
    pub conditionally: bool,
    /// Whether what stands inside a listing's item (its wrappers, title and price line) is spared the
    /// link-list rules like the item: not on a product page, whose repeated blocks are its reviews
    /// and related products.
    pub whole_items: bool,
    /// Whether the page is a product page, which shows its features as pictures with captions.
    pub product: bool,
    /// Whether the page is a forum thread, whose posts may hold more pictures (smileys, attached
    /// screenshots) than paragraphs (a post written in lines, `<br>`, has none).
    pub thread: bool,
    /// Whether the page is a declared article, whose boxes named for a call to action go (see
    /// [`super::cta_box`]), as do its short forms to fill in (see [`super::entry_form`]).
    pub article: bool,
    /// Whether the page may hold its content in several sections (see `sections::may_widen`).
    pub sections: bool,
    /// Whether the page may be a service or landing page (declared so, or declaring nothing), whose
    /// sections end in buttons (see [`super::section_actions`]).
    pub landing: bool,
    /// Whether the page is a declared service page or an undeclared one that names no author and
    /// no date, whose cards of a linked title and a description are content (see
    /// [`super::headline_card`]).
    pub unsigned_landing: bool,
    /// The length (in characters) from which every copy of a block goes, in a container alike too:
    /// on a product page, a listing and a forum thread, where the page prints the same text again
    /// rather than writes it again (see [`MIN_PRODUCT_COPY_CHARS`], [`MIN_THREAD_COPY_CHARS`]). `None`: only
    /// copies in containers of another shape go, from [`MIN_REPEAT_CHARS`].
    pub all_copies: Option<usize>,
}

/// What the page's structure showed before cleaning: its runs of listing items, its grid of cards,
/// and its boxes of prose named like furniture (measured on first need, once for the tree).
#[derive(Clone, Copy)]
pub(crate) struct Found<'a> {
    pub items: Option<&'a Repeats>,
    pub grid: Option<&'a Grid>,
    pub prose_boxes: &'a OnceCell<Vec<bool>>,
}

/// Judges every container inside the article roots; returns the marks of the removed subtrees.
/// With `items`, runs of listing items (and what holds them) are not judged link lists; inside a
/// `grid` of cards, containers are judged only by name and tag (asides, share bars), not by their
/// measures, and the containers that hold the grid are not judged link lists.
pub(crate) fn clean(
    tree: &Tree<'_>,
    stats: &Stats,
    cx: &Context,
    roots: &[usize],
    options: Options,
    found: Found<'_>,
) -> Marks {
    let Found {
        items,
        grid,
        prose_boxes,
    } = found;
    let n = tree.nodes.len();
    let mut marks = Marks::new(n);
    // Counts are read and written inside the roots' subtrees alone (a node's parent there is in
    // the subtree too): one per node from the first root to the end of the last, not one per node
    // of the page (44 bytes a node, the size of the flattened page's own nodes).
    let first = roots.iter().copied().min().unwrap_or(0);
    let last = roots
        .iter()
        .map(|&root| tree.nodes[root].end())
        .max()
        .unwrap_or(first);
    let mut counts = vec![Counts::default(); last.saturating_sub(first)];
    let inside: Vec<Inside> = items
        .filter(|_| options.whole_items)
        .map(|r| {
            roots
                .iter()
                .map(|&root| r.inside_items(tree, stats, root))
                .collect()
        })
        .unwrap_or_default();
    let listing = !inside.is_empty() && items_make_a_listing(stats, roots, &inside);
    // Boxes of the article's own prose named like furniture (see `prose_boxes`), on first need,
    // once for the page's tree (the furniture marks may have asked already).
    let in_prose_boxes = |i: usize| {
        prose_boxes.get_or_init(|| prose_boxes::prose_boxes(tree, &ParagraphBytes::new(tree)))[i]
    };
    // A page made of teasers is a listing of them, which stay (see `teaser_box`).
    let teasers_may_go = options.article && teaser_box::teasers_may_go(tree, stats, roots);
    for (k, &root) in roots.iter().enumerate() {
        let in_item = |i: usize| listing && inside[k].flags[i - root];
        for i in (root..tree.nodes[root].end()).rev() {
            if stats.dead[i] {
                continue;
            }
            let mut own = counts[i - first];
            match tree.nodes[i].data {
                Data::Text(text) => {
                    own.text = stats.text[i];
                    if section_title::is_blank(text) {
                        own.blank = own.text;
                    }
                    own.commas = stats.commas[i];
                }
                Data::Element(name, _) => {
                    tally(tree, stats, i, name, &mut own);
                    own.post_text |= options.thread && is_post_text(tree, i);
                    if i != root {
                        let options = Options {
                            conditionally: options.conditionally
                                && !grid.is_some_and(|g| g.range.contains(&i)),
                            ..options
                        };
                        let judged = judge(tree, stats, cx, i, name, &own, options);
                        let judged = judged.filter(|&(stage, _)| {
                            stage != "link-dense"
                                || !(in_item(i)
                                    || items.is_some_and(|r| r.holds_items(tree, stats, i)))
                        });
                        let judged = judged.filter(|&(stage, _)| {
                            !(stage == "link-dense"
                                && grid.is_some_and(|g| holds(tree, i, &g.range)))
                        });
                        let judged = judged.filter(|&(_, why)| {
                            !(why == IMAGES_WITHOUT_TEXT
                                && captioned(&own)
                                && (options.product
                                    || items.is_some_and(|r| r.holds_items(tree, stats, i))))
                        });
                        let judged =
                            judged.filter(|&(_, why)| why != FURNITURE_NAME || !in_prose_boxes(i));
                        let judged = judged.filter(|&(_, why)| why != TEASER_BOX || teasers_may_go);
                        if let Some(mark) = judged {
                            marks.set(i, Some(mark));
                            continue;
                        }
                        // A button goes, but what holds it is judged on what it held with it
                        // (its counts go up): a box its button made mostly links stays one.
                        if options.article
                            && options.conditionally
                            && button_link::is_button_link(tree, stats, i)
                        {
                            marks.set(i, BUTTON_LINK);
                        }
                    }
                }
            }
            counts[i - first] = own;
            let parent = tree.nodes[i].parent();
            if parent != NO_PARENT && i != root {
                let mut up = own;
                if tree.name(i) == "a" {
                    let same_page = tree.attr(i, "href").is_some_and(|h| h.starts_with('#'));
                    up.link = own.text
                        * if same_page {
                            SAME_PAGE_LINK_WEIGHT
                        } else {
                            1.0
                        };
                    up.links += 1.0;
                }
                counts[parent - first].add(&up);
            }
        }
    }
    mark_repeats(tree, stats, roots, options.all_copies, &mut marks);
    marks
}

/// Why a teaser for another page goes (see [`teaser_box`]).
const TEASER_BOX: &str = "a teaser for another page";

/// The mark of a link drawn as a button in a declared article (see [`button_link`]).
const BUTTON_LINK: Mark = Some(("boilerplate-container", "a link drawn as a button"));

/// Whether element `i` holds the whole of `range` (a grid's subtree). The wrappers around a grid of
/// cards inside the article are its frame: they are not link lists for the cards' links, which the
/// grid is made of.
fn holds(tree: &Tree<'_>, i: usize, range: &std::ops::Range<usize>) -> bool {
    i <= range.start && range.end <= tree.nodes[i].end()
}

/// A block of text this long (characters) that repeats an earlier block of the article word for
/// word is a copy the page prints twice: a quoted post under the reply, the parent post a reply
/// shows, a carousel's cloned slides. Shorter blocks repeat by right (a label, a chorus, a step).
/// (Swept on the tune half: 30 takes repeated list items and labels of listings and docs, 100 and
/// 200 lift less.)
const MIN_REPEAT_CHARS: usize = 60;

/// Characters from which a block's copy goes on a product page or a listing, which print text twice
/// by make: a carousel's cloned slides, desktop and mobile copies of a description or of a card, a
/// spec panel in two tabs.
/// Shorter blocks repeat by right: each variant's labels ("Fabric content", "Dimensions"; 10 cost a
/// page whose variants carry theirs).
pub(crate) const MIN_PRODUCT_COPY_CHARS: usize = 20;

/// Characters from which a block's copy goes on a forum thread: quoted posts, a poster's signature
/// under every post. Shorter blocks repeat by right (a poster's name, "Thanks").
pub(crate) const MIN_THREAD_COPY_CHARS: usize = 10;

/// Elements whose text repeats by right: code, tables and forms.
fn repeats_by_right(name: &str) -> bool {
    matches!(
        name,
        "pre" | "code" | "table" | "thead" | "tbody" | "tr" | "td" | "th" | "form"
    )
}

/// Marks the blocks of the article (elements holding text and inline markup only) that repeat an
/// earlier block word for word, once they are [`MIN_REPEAT_CHARS`] long: the first copy stays.
///
/// Only a copy in a container of another shape than the first's is marked (see [`Shape`]): a quote
/// sits in the reply's `<blockquote>`, a parent post's excerpt in a box of its own. Paragraphs
/// repeated in containers alike are the text as written (a refrain, a placeholder page). With
/// `all_copies`, every copy from that length on is marked, whatever its container.
fn mark_repeats(
    tree: &Tree<'_>,
    stats: &Stats,
    roots: &[usize],
    all_copies: Option<usize>,
    marks: &mut Marks,
) {
    let min_chars = all_copies.unwrap_or(MIN_REPEAT_CHARS);
    // Keyed by blocks of 60 characters and more, hashed once each: Fx hashes them several times
    // faster than the default hasher, and the map is only asked, never walked in its order.
    let mut seen: FxHashMap<String, (Shape<'_>, usize)> = FxHashMap::default();
    for &root in roots {
        let end = tree.nodes[root].end();
        let inner = has_inner_block(tree, root);
        let mut i = root;
        while i < end {
            let gone = i != root && (stats.dead[i] || marks.is_marked(i));
            let name = tree.name(i);
            if gone || repeats_by_right(name) {
                i = tree.nodes[i].end();
                continue;
            }
            if tree.element(i).is_none() || inner[i - root] || is_inline(name) {
                i += 1;
                continue;
            }
            let text = tree.text_of(i, |j| stats.dead[j] || marks.is_marked(j));
            if text.chars().count() >= min_chars {
                let shape = Shape::of(tree, i);
                let (first, node) = *seen.entry(text).or_insert((shape, i));
                if (first != shape || all_copies.is_some() && node != i) && i != root {
                    marks.set(
                        i,
                        Some(("repeated-text", "repeats a block earlier in the article")),
                    );
                }
            }
            i = tree.nodes[i].end();
        }
    }
}

/// The shape of a block's container: its depth, and its parent's tag and class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape<'a> {
    depth: usize,
    tag: &'a str,
    class: &'a str,
}

impl<'a> Shape<'a> {
    fn of(tree: &Tree<'a>, i: usize) -> Shape<'a> {
        let parent = tree.nodes[i].parent();
        let mut depth = 0;
        let mut a = parent;
        while a != NO_PARENT {
            depth += 1;
            a = tree.nodes[a].parent();
        }
        if parent == NO_PARENT {
            return Shape {
                depth,
                tag: "",
                class: "",
            };
        }
        Shape {
            depth,
            tag: tree.name(parent),
            class: tree.attr(parent, "class").unwrap_or(""),
        }
    }
}

/// Elements that continue a block's line, line breaks included.
fn is_inline(name: &str) -> bool {
    is_phrasing(name) || matches!(name, "br" | "wbr")
}

/// For each node of the subtree at `root` (by its offset from `root`), whether it holds an element
/// that is not inline: one backward pass.
fn has_inner_block(tree: &Tree<'_>, root: usize) -> Vec<bool> {
    let end = tree.nodes[root].end();
    let mut inner = vec![false; end - root];
    for i in (root + 1..end).rev() {
        let parent = tree.nodes[i].parent();
        if parent == NO_PARENT || parent < root {
            continue;
        }
        let block = tree.element(i).is_some() && !is_inline(tree.name(i));
        if block || inner[i - root] {
            inner[parent - root] = true;
        }
    }
    inner
}

/// Whether element `i`'s class or id names a call to action (see [`cta_box`]).
fn names_call_to_action(tree: &Tree<'_>, i: usize) -> bool {
    [tree.attr(i, "class"), tree.attr(i, "id")]
        .into_iter()
        .flatten()
        .any(cta_box::names_call_to_action)
}

/// Adds the element's own contribution to its counts.
fn tally(tree: &Tree<'_>, stats: &Stats, i: usize, name: &str, own: &mut Counts) {
    match name {
        "p" => own.paragraphs += 1.0,
        "div" if stats.is_div_paragraph(tree, i) => own.paragraphs += 1.0,
        "img" => own.images += 1.0,
        "li" => own.items += 1.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => own.heading_text = own.text,
        "ul" | "ol" => own.list_text = own.text,
        "code" => own.code = true,
        _ => {}
    }
}

/// Whether element `i` is a post's text as the page marks it: schema.org's `text` property
/// (`itemprop="text"`), which forum software writes on each post's body (a `Comment`'s, a
/// `DiscussionForumPosting`'s or an `Answer`'s). A post of a few words ("Congrats!") is still a post.
fn is_post_text(tree: &Tree<'_>, i: usize) -> bool {
    tree.attr(i, "itemprop")
        .is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "text"))
}

/// Levels above an element searched for the post's text it stands in: the post's words sit in a
/// wrapper or two inside it.
const MAX_POST_TEXT_DEPTH: usize = 3;

/// Whether element `i` stands inside a post's text (see [`is_post_text`]), a few levels down.
fn in_post_text(tree: &Tree<'_>, i: usize) -> bool {
    let mut at = tree.nodes[i].parent();
    for _ in 0..MAX_POST_TEXT_DEPTH {
        if at == NO_PARENT {
            return false;
        }
        if is_post_text(tree, at) {
            return true;
        }
        at = tree.nodes[at].parent();
    }
    false
}

/// Whether element `i` is a banner that holds a section (see `banner`): a heading and a paragraph
/// among what it still holds.
fn holds_a_section_as_banner(tree: &Tree<'_>, i: usize, own: &Counts) -> bool {
    let headed_prose = own.heading_text > 0.0 && own.paragraphs >= 1.0;
    is_section_banner(
        tree.attr(i, "class").unwrap_or(""),
        tree.attr(i, "id").unwrap_or(""),
        || headed_prose,
        own.text as usize,
    )
}

/// The verdict on one element, given the counts of what it still holds.
fn judge(
    tree: &Tree<'_>,
    stats: &Stats,
    cx: &Context,
    i: usize,
    name: &str,
    own: &Counts,
    options: Options,
) -> Mark {
    // A forum thread's posts may be named like a discussion (see `Stats::posts`).
    let weight = match (options.weight_classes, stats.is_post(i)) {
        (false, _) => 0.0,
        (true, false) => hint_weight(tree, i),
        (true, true) => post_hint_weight(tree, i),
    };
    if options.weight_classes && matches!(name, "h1" | "h2") && weight < 0.0 {
        return Some(("boilerplate-container", "heading named like page furniture"));
    }
    if matches!(name, "aside" | "footer") {
        return Some(("boilerplate-container", "aside or footer element"));
    }
    if is_share_bar(tree, i) && own.text < MAX_SHARE_CHARS {
        return Some(("boilerplate-container", "share bar"));
    }
    if options.conditionally && is_teaser_line(tree, stats, i) {
        return Some(("related-link", "a label and a link to another story"));
    }
    if options.article
        && options.conditionally
        && teaser_box::is_teaser_box(tree, i, own.text, own.link)
    {
        return Some(("related-link", TEASER_BOX));
    }
    let conditional = matches!(name, "form" | "fieldset" | "table" | "ul" | "header")
        || (name == "div" && !stats.is_div_paragraph(tree, i));
    if !options.conditionally || !conditional {
        return None;
    }
    if cx.data_table[i] || cx.in_data_table[i] || own.code {
        return None;
    }
    if name == "form" && options.article && entry_form::is_entry_form(tree, i, own.text) {
        return Some(("boilerplate-container", "a form to fill in"));
    }
    if weight < 0.0 && !holds_a_section_as_banner(tree, i, own) {
        return Some(("boilerplate-container", FURNITURE_NAME));
    }
    if options.article
        && options.weight_classes
        && own.text >= cta_box::MIN_BOX_CHARS
        && names_call_to_action(tree, i)
        && !holds_a_section_as_banner(tree, i, own)
    {
        return Some(("boilerplate-container", "a call to action's box"));
    }
    if own.commas >= PROSE_COMMAS {
        return None;
    }
    let text = own.text;
    let is_list = matches!(name, "ul" | "ol") || (text > 0.0 && own.list_text / text > LIST_SHARE);
    let link_density = if text > 0.0 {
        (own.link / text).min(1.0)
    } else {
        0.0
    };
    let heading_density = section_title::heading_share(own.heading_text, text, own.blank);
    let figure = cx.in_figure[i];
    let (p, img, li) = (own.paragraphs, own.images, own.items - LIST_ITEM_ALLOWANCE);
    if !figure
        && img > 1.0
        && p / img < 0.5
        && !(options.thread && holds_prose(own))
        && !prose_among_images::holds_prose(own.text, own.link, own.commas)
    {
        return Some(("boilerplate-container", IMAGES_WITHOUT_TEXT));
    }
    if !is_list && li > p {
        return Some(("boilerplate-container", "more list items than paragraphs"));
    }
    if !is_list
        && !figure
        && heading_density < HEADING_SHARE
        && text < MIN_CONTAINER_CHARS
        && (img == 0.0 || img > 2.0)
        && !(options.thread && (own.post_text || in_post_text(tree, i)))
    {
        return Some(("boilerplate-container", "too little text"));
    }
    if is_list
        && weight < CONTENT_WEIGHT
        && link_density > MAX_LIST_LINK_DENSITY
        && !(list_in_prose::names_things(own.link, own.links)
            && list_in_prose::stands_in_the_flow(tree, stats, i))
    {
        return Some(("link-dense", "a list of links"));
    }
    if !is_list
        && weight < CONTENT_WEIGHT
        && link_density > MAX_LINK_DENSITY
        && !linked_prose::is_prose_with_links(own.text, own.link, own.paragraphs)
        && !(options.sections
            && options.landing
            && !figure
            && own.images == 0.0
            && section_actions::is_section_with_actions(own.text, own.link, own.links))
        && !(options.sections
            && options.unsigned_landing
            && headline_card::is_headline_card(own.text, own.link, own.links))
    {
        return Some(("link-dense", "mostly links"));
    }
    if weight >= CONTENT_WEIGHT && link_density > MAX_HINTED_LINK_DENSITY {
        return Some(("link-dense", "mostly links"));
    }
    None
}

/// Characters of text per image from which a post with more images than half its paragraphs holds
/// prose all the same.
const PROSE_CHARS_PER_IMAGE: f32 = 150.0;

/// Whether a forum post whose images outnumber its paragraphs holds prose all the same: a post
/// written in lines (`<br>`, no `<p>`) among its smileys or attached screenshots, not a row of
/// avatars or badges, whose images outnumber their words.
fn holds_prose(own: &Counts) -> bool {
    own.text >= PROSE_CHARS_PER_IMAGE * own.images
}

/// The verdict on a container with more images than half its paragraphs.
const IMAGES_WITHOUT_TEXT: &str = "images without text";

/// Text that is not link text, per image, from which a run of items with images is a listing's
/// captioned pictures (each product or place with its name beside its picture), not images without
/// text: the verdict counts paragraphs only, and a card's caption is no paragraph.
const MIN_CAPTION_CHARS: f32 = 30.0;

/// Whether a container's images come with text of their own beside them.
fn captioned(own: &Counts) -> bool {
    own.images > 0.0 && (own.text - own.link) / own.images >= MIN_CAPTION_CHARS
}

/// Named like a share bar.
fn is_share_bar(tree: &Tree<'_>, i: usize) -> bool {
    let Some(el) = tree.element(i) else {
        return false;
    };
    [attr(el, "class"), attr(el, "id")]
        .into_iter()
        .flatten()
        .any(|names| may_name_share(names) && SHARE.is_match(names))
}

/// Whether `names` may match [`SHARE`]: it holds `share` in any ASCII case, or a character beyond
/// ASCII (`ſ` folds to `s` in the pattern's case-insensitive match). Most names hold neither: they
/// are passed over without starting the regex, on every element of every attempt.
fn may_name_share(names: &str) -> bool {
    let b = names.as_bytes();
    !names.is_ascii()
        || memchr::memchr2_iter(b's', b'S', b).any(|at| {
            b.get(at + 1..at + 5)
                .is_some_and(|rest| rest.eq_ignore_ascii_case(b"hare"))
        })
}

#[cfg(test)]
mod tests {
    use super::{holds_prose, may_name_share, Counts, SHARE};

    #[test]
    fn a_post_in_lines_among_smileys_holds_prose_a_row_of_badges_not() {
        let post = Counts {
            text: 530.0,
            images: 2.0,
            ..Counts::default()
        };
        assert!(holds_prose(&post));
        let badges = Counts {
            text: 40.0,
            images: 3.0,
            ..Counts::default()
        };
        assert!(!holds_prose(&badges));
    }

    #[test]
    fn names_the_share_pattern_matches_pass_the_quick_check() {
        for names in [
            "share",
            "SHARE",
            "post-Share-bar",
            "sharedaddy sd-block",
            "entry_share_links",
            "\u{17f}hare",
            "btn sHaRe",
        ] {
            assert!(SHARE.is_match(names), "{names}");
            assert!(may_name_share(names), "{names}");
        }
        // Without `share` and within ASCII, the pattern is not started.
        for names in ["social-links", "shar e", "hare", "flex items-center s", ""] {
            assert!(!may_name_share(names), "{names}");
            assert!(!SHARE.is_match(names), "{names}");
        }
    }
}
