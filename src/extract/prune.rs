//! Pruning: what never is article text (scripts, hidden nodes, form controls), and, per extraction
//! attempt, the page furniture dropped before scoring (navigation, asides, containers named like
//! furniture, the byline, the headline repeated above the body).

use super::accordion_button;
use super::assistive;
use super::banner::{holds_headed_prose, is_section_banner};
use super::content_hints::name_tokens;
use super::heading_anchor;
use super::layout_wrapper::ParagraphBytes;
use super::marks::Marks;
use super::prose_boxes;
use super::tokens::{
    is_furniture_role, rescued_by_other_names, NameAnswers, UNLIKELY, UNLIKELY_BUT_HEADER,
    UNLIKELY_IN_THREADS,
};
use super::tooltip;
use super::tree::{attr, attr_bit, attr_bits_of, trim, Data, Tree, NO_PARENT};
use super::PageType;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use html5ever::{local_name, ns};
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;
use scraper::node::Element;
use std::borrow::Cow;
use std::cell::OnceCell;

/// Why an element was dropped at flattening.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pruned {
    /// The stage id recorded in the removal.
    pub stage: &'static str,
    /// Why, in a few words.
    pub why: &'static str,
    /// Whether its text is visible on the page, so that dropping it must be recorded.
    pub recorded: bool,
}

/// Whether an SVG or MathML element's name is read as in HTML: a drawing itself (`<svg>`), and the
/// script, style sheet and title in one, which no reader sees there either.
fn is_read_in_drawings(el: &Element) -> bool {
    matches!(
        el.name.local,
        local_name!("svg") | local_name!("script") | local_name!("style") | local_name!("title")
    )
}

/// Decides whether an element is dropped at flattening, before any scoring.
pub(crate) fn classify(el: &Element) -> Option<Pruned> {
    classify_with_bits(el, attr_bits_of(el))
}

/// [`classify`] of an element whose attributes' bits (`tree::attr_bits_of`) are known: an
/// attribute the bits say it lacks is not looked for among its attributes. Most elements have none
/// of those that hide or make a control, and each look walks the parser's list of attributes.
pub(crate) fn classify_with_bits(el: &Element, bits: u32) -> Option<Pruned> {
    classify_answering(el, bits, assistive::is_assistive_only)
}

/// [`classify_with_bits`], asking `assistive_only` whether the element holds text for screen
/// readers only (`assistive::is_assistive_only`, or its answers kept per class value).
pub(crate) fn classify_answering<'e>(
    el: &'e Element,
    bits: u32,
    assistive_only: impl FnOnce(&'e Element) -> bool,
) -> Option<Pruned> {
    let has = |name: &str| bits & attr_bit(name) != 0;
    let invisible = |why| {
        Some(Pruned {
            stage: "script",
            why,
            recorded: false,
        })
    };
    // Compared as the parser's interned atoms: one word each, not the name spelled out.
    let name = match el.name.ns == ns!(html) || is_read_in_drawings(el) {
        true => el.name.local.clone(),
        // In SVG and MathML a name means the drawing's own element: a `<link>` or a `<base>` in a
        // formula is no document head's, nor a `<video>` in a drawing a video.
        false => local_name!(""),
    };
    match name {
        local_name!("script")
        | local_name!("style")
        | local_name!("noscript")
        | local_name!("template") => return invisible("script or style"),
        local_name!("head")
        | local_name!("meta")
        | local_name!("link")
        | local_name!("base")
        | local_name!("title") => return invisible("document head"),
        // Browsers never render the children of these (a frame shows its own document, media their
        // stream; the others are void).
        local_name!("iframe")
        | local_name!("embed")
        | local_name!("canvas")
        | local_name!("video")
        | local_name!("audio")
        | local_name!("source")
        | local_name!("track") => return invisible("embedded object"),
        // These may show their text (SVG `<text>` labels, an object's fallback, a map's links): it is
        // not article text, but dropping it is recorded.
        local_name!("svg") | local_name!("object") | local_name!("map") => {
            return Some(Pruned {
                stage: "embedded",
                why: "embedded object",
                recorded: true,
            })
        }
        // Never rendered (HTML's default style sheet): a datalist's suggestions show only in the
        // input's own menu, and `noembed`/`noframes` hold fallback for browsers without plugins or
        // frames, which no browser today is.
        local_name!("datalist") | local_name!("noembed") | local_name!("noframes") => {
            return invisible("never rendered")
        }
        // An accordion's question heads its answer (see `accordion_button`).
        local_name!("button") if accordion_button::is_accordion_button(el) => {}
        local_name!("input")
        | local_name!("textarea")
        | local_name!("select")
        | local_name!("button")
        | local_name!("option") => {
            return Some(Pruned {
                stage: "control",
                why: "form control",
                recorded: true,
            })
        }
        // Ruby fallback parentheses: hidden wherever ruby is shown (HTML's default style sheet).
        local_name!("rp") => return invisible("ruby fallback"),
        // Ruby annotations: the reading of the characters they stand over, printed small above them.
        local_name!("rt") => {
            return Some(Pruned {
                stage: "annotation",
                why: "ruby reading",
                recorded: true,
            })
        }
        local_name!("dialog") => {
            return Some(Pruned {
                stage: "boilerplate-container",
                why: "dialog",
                recorded: true,
            })
        }
        _ => {}
    }
    if has("role") && is_button_link(el) {
        return Some(Pruned {
            stage: "control",
            why: "link acting as a button",
            recorded: true,
        });
    }
    if (has("hidden") || has("aria-hidden") || has("style")) && is_hidden(el) {
        return Some(Pruned {
            stage: "hidden",
            why: "hidden element",
            recorded: true,
        });
    }
    if has("class") && assistive_only(el) {
        return Some(Pruned {
            stage: "hidden",
            why: "text for screen readers only",
            recorded: true,
        });
    }
    if has("aria-modal")
        && attr(el, "aria-modal") == Some("true")
        && attr(el, "role") == Some("dialog")
    {
        return Some(Pruned {
            stage: "boilerplate-container",
            why: "modal dialog",
            recorded: true,
        });
    }
    None
}

/// A link that says it is a button (`<a role="button">`) and leads nowhere (no `href`): a script's
/// control, as a `<button>` is, whose label ("Click to expand...", "Show more") works the page
/// rather than says anything. One with an address may be an accordion's heading (`href="#"`, the
/// question of an FAQ) or a step of a tour: it stays.
fn is_button_link(el: &Element) -> bool {
    el.name() == "a"
        && attr(el, "href").is_none()
        && attr(el, "role").is_some_and(|r| r.trim().eq_ignore_ascii_case("button"))
}

/// Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline style, and not a part the page
/// reveals itself (see [`is_revealed`]).
fn is_hidden(el: &Element) -> bool {
    let hidden = attr(el, "hidden").is_some_and(|v| !v.eq_ignore_ascii_case("until-found"))
        || aria_hides(el)
        || attr(el, "style").is_some_and(style_hides);
    hidden && !is_revealed(el)
}

/// Whether `aria-hidden="true"` hides the element from the reader too. On a link to another page it
/// does not: a card's second and third links to the same story (its picture, its summary under the
/// headline) are hidden from screen readers so that they hear the story's link once, while everyone
/// else sees the summary. A hidden menu or dialog says so on its container, not on each link. Links
/// within the page stay hidden: a heading's `#` anchor, a footnote marker, a skip link. (A slider's
/// arrows written as links to the page's own address, `…/story/#next`, are read as leading away.)
fn aria_hides(el: &Element) -> bool {
    attr(el, "aria-hidden") == Some("true")
        && !is_link_to_another_page(el)
        && !assistive::is_shown_twin(el)
        && !attr(el, "class").is_some_and(|c| c.contains("fallback-image"))
}

/// Whether `el` is a link that leads to another page: an `<a>` whose `href` is not a fragment of
/// this one (`#notes`). The prefilter keeps only the first character of a link's target, which
/// says just that.
fn is_link_to_another_page(el: &Element) -> bool {
    el.name() == "a"
        && attr(el, "href").is_some_and(|h| {
            let h = h.trim();
            !h.is_empty() && !h.starts_with('#')
        })
}

/// Class and id tokens of panels that the page shows on a click: an accordion's answers, the rest of
/// a "read more" text, the other tabs. Their text is on the page for the reader.
const REVEALED_PANEL_TOKENS: [&str; 9] = [
    "accordion",
    "collapse",
    "collapsible",
    "expandable",
    "expander",
    "readmore",
    "truncated",
    "tabpanel",
    "spoiler",
];

/// Parts hidden in the markup that the page itself shows: React's streamed segments
/// (`<div hidden id="S:0">`, numbered in hexadecimal, `S:2e`, and moved into place by the streaming
/// script), collapsed panels and the other panels of tabs and accordions.
fn is_revealed(el: &Element) -> bool {
    if is_disclosure_panel(el) {
        return true;
    }
    if let Some(id) = attr(el, "id") {
        let streamed = id
            .strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()));
        if streamed {
            return true;
        }
    }
    let names = format!(
        "{} {}",
        attr(el, "class").unwrap_or(""),
        attr(el, "id").unwrap_or("")
    );
    let revealing = |t: &str| {
        REVEALED_PANEL_TOKENS
            .iter()
            .any(|r| t.eq_ignore_ascii_case(r))
            || t.eq_ignore_ascii_case("answer")
    };
    names
        .to_ascii_lowercase()
        .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
        .any(revealing)
        || names
            .split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_')
            .any(|part| camel_part_reveals(part, revealing))
}

/// Words after a panel's word in a camel-cased name that name the panel's own parts
/// (`accordionContent`, `CollapsePanel`): the part is still the panel.
const PANEL_PART_WORDS: [&str; 4] = ["content", "panel", "body", "item"];

/// Whether a camel-cased part of a name (`ImageAccordion`, `accordionContent`) names a panel: a
/// word of `revealing` ends it or stands before a word of [`PANEL_PART_WORDS`]. A word inside a
/// longer name names something else (`PaymentElementAccordionGraphic`, a drawing of a form).
fn camel_part_reveals(part: &str, revealing: impl Fn(&str) -> bool) -> bool {
    let words: Vec<&str> = name_tokens(part).collect();
    if words.len() < 2 {
        return false;
    }
    words.iter().enumerate().any(|(i, w)| {
        revealing(w)
            && words.get(i + 1).is_none_or(|next| {
                PANEL_PART_WORDS
                    .iter()
                    .any(|p| next.eq_ignore_ascii_case(p))
            })
    })
}

/// A panel that the page's tab list or accordion header shows on a click: by its ARIA role, a
/// `tabpanel` or a `region` labelled by its header (the WAI-ARIA accordion pattern); without a
/// role, by a tab panel's class name. Dialogs and menus are not panels: a cookie banner or a
/// newsletter modal stays hidden.
fn is_disclosure_panel(el: &Element) -> bool {
    let Some(role) = attr(el, "role").map(str::trim) else {
        return has_tab_panel_class(el);
    };
    if role.eq_ignore_ascii_case("tabpanel") {
        return true;
    }
    role.eq_ignore_ascii_case("region")
        && attr(el, "aria-labelledby").is_some_and(|v| !v.trim().is_empty())
}

/// Endings of tab panel class names once `-` and `_` are left out: `tab-pane`, `tabs__panel`,
/// `product-tab-content`.
const TAB_PANEL_CLASS_ENDINGS: [&str; 6] = [
    "tabpane",
    "tabspane",
    "tabpanel",
    "tabspanel",
    "tabcontent",
    "tabscontent",
];

/// Whether a class name of the element names a tab panel.
fn has_tab_panel_class(el: &Element) -> bool {
    attr(el, "class").is_some_and(|class| {
        class.split_ascii_whitespace().any(|name| {
            let joined: String = name
                .chars()
                .filter(|c| !matches!(c, '-' | '_'))
                .map(|c| c.to_ascii_lowercase())
                .collect();
            TAB_PANEL_CLASS_ENDINGS
                .iter()
                .any(|ending| joined.ends_with(ending))
        })
    })
}

/// Whether an inline style hides the element.
pub(crate) fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let prop = prop.trim();
        let value = value.trim().trim_end_matches("!important").trim();
        (prop.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (prop.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

/// A mark on the root of a subtree dropped before scoring: stage id and reason.
pub(crate) type Mark = Option<(&'static str, &'static str)>;

/// Byline text longer than this is a paragraph that mentions the author, not a byline.
const MAX_BYLINE_CHARS: usize = 100;

/// A heading sharing more than this part of its words with the title repeats it.
pub(crate) const TITLE_SIMILARITY: f32 = 0.75;

/// Bytes of text a heading that repeats the title holds at most: a headline is a line or two. A
/// heading holding more holds more than the title (unclosed, it holds the rest of the page), and
/// reading its whole text for every such heading would cost the page's size once per heading.
const MAX_TITLE_HEADING_BYTES: usize = 1_000;

/// Marks the subtrees dropped before scoring in one attempt.
///
/// With `strip_unlikely`, navigation, furniture roles and containers named like furniture go; the
/// first byline and the first heading that repeats `title` always go (they are metadata). On a
/// forum thread's page, containers named like a discussion (comments, replies) that hold paragraphs
/// are the thread's posts, not furniture; on a product page, its customers' reviews are furniture.
/// `data_table` tells the page's tables of data (see `tables::Context::data_table`), read once per page.
pub(crate) fn mark_furniture(
    tree: &Tree<'_>,
    data_table: &[bool],
    strip_unlikely: bool,
    title: Option<&str>,
    page_type: PageType,
    prose_boxes: &OnceCell<Vec<bool>>,
) -> Marks {
    let in_thread = page_type == PageType::Forum;
    let product = page_type == PageType::Product;
    // A shop's and a landing page's tooltips explain their terms (see `tooltip`).
    let shop_or_landing = matches!(
        page_type,
        PageType::Product | PageType::Listing | PageType::Service
    );
    let n = tree.nodes.len();
    let mut marks = Marks::new(n);
    // Inside a table of data or code: names there describe cells and tokens, not page regions. A
    // table that lays out the page (a thread's posts as rows, see `tables`) names its regions.
    let mut in_table = vec![false; n];
    let mut byline_found = false;
    let mut title_found = false;
    let title_words = title.map(words);
    let text_bytes = subtree_text_bytes(tree);
    let paragraphs = in_thread.then(|| holds_paragraph(tree));
    // Whether each node holds a heading and prose (see `banner`), walked for on first need.
    let headed_prose: OnceCell<Vec<bool>> = OnceCell::new();
    // A layout wrapper named for the sidebar it holds beside the article (see `layout_wrapper`),
    // measured on first need: most pages name no container with that much text like furniture.
    let paragraph_bytes: OnceCell<ParagraphBytes> = OnceCell::new();
    let wraps_most_paragraphs = |i: usize| {
        ParagraphBytes::may_wrap(text_bytes[i])
            && paragraph_bytes
                .get_or_init(|| ParagraphBytes::new(tree))
                .wraps_most_paragraphs(i)
    };
    let page_bytes: usize = text_bytes
        .iter()
        .zip(&tree.nodes)
        .filter(|(_, n)| n.parent() == NO_PARENT)
        .map(|(b, _)| b)
        .sum();
    // One of a series of boxes of the article's prose (see `prose_boxes`), measured on first need,
    // once for the page's tree (cleaning asks too).
    let in_prose_boxes = |i: usize| {
        text_bytes[i] >= prose_boxes::MIN_BOX_PARAGRAPH_BYTES
            && prose_boxes.get_or_init(|| {
                prose_boxes::prose_boxes(
                    tree,
                    paragraph_bytes.get_or_init(|| ParagraphBytes::new(tree)),
                )
            })[i]
    };
    // What each class or id name, and each whole class and id, says to the furniture hints.
    let mut unlikely = UnlikelyAnswers::default();
    let mut byline_names = BylineAnswers::default();
    let mut i = 0;
    while i < n {
        let node = tree.nodes[i];
        if tree.element(i).is_none() {
            i += 1;
            continue;
        }
        let name = tree.name(i);
        let parent_in_table = node.parent() != NO_PARENT && in_table[node.parent()];
        in_table[i] = parent_in_table
            || matches!(name, "code" | "pre")
            || data_table.get(i).copied().unwrap_or(false);
        let class = tree.attr(i, "class").unwrap_or("");
        let id = tree.attr(i, "id").unwrap_or("");
        let mark = if strip_unlikely && matches!(name, "aside" | "footer") {
            Some(("boilerplate-container", "aside or footer element"))
        } else if strip_unlikely && name == "nav" {
            Some(("navigation", "nav element"))
        } else if strip_unlikely && tree.attr(i, "role").is_some_and(is_furniture_role) {
            Some(("navigation", "furniture role"))
        } else if strip_unlikely
            && !parent_in_table
            && !matches!(name, "body" | "a" | "html")
            && unlikely.ask(name, class, id, paragraphs.as_ref().is_some_and(|p| p[i]))
            // An id spelling the section's heading names its topic (see `heading_anchor`).
            && heading_anchor::id_without_heading(tree, i, id).is_none_or(|rest| {
                unlikely.ask(name, class, rest, paragraphs.as_ref().is_some_and(|p| p[i]))
            })
            && !wraps_most_of_the_page(text_bytes[i], page_bytes)
            && !wraps_most_paragraphs(i)
            && !in_prose_boxes(i)
            // A banner holding one of the page's sections stays (see `banner`).
            && (in_thread
                || !is_section_banner(
                    class,
                    id,
                    || headed_prose.get_or_init(|| holds_headed_prose(tree))[i],
                    text_bytes[i],
                ))
        {
            Some(("boilerplate-container", "class or id of page furniture"))
        } else if strip_unlikely
            && product
            && names_reviews(class, id)
            && !wraps_most_of_the_page(text_bytes[i], page_bytes)
        {
            Some(("boilerplate-container", "customer reviews of a product"))
        } else if strip_unlikely
            && shop_or_landing
            && tooltip::is_tooltip(class, tree.attr(i, "role"))
        {
            Some(("boilerplate-container", "tooltip shown on hover"))
        } else if in_thread && name == "a" && is_post_number(tree, i, text_bytes[i]) {
            Some(("navigation", "a post's permalink number"))
        } else if !byline_found && is_byline(tree, i, class, id, &mut byline_names) {
            byline_found = true;
            Some(("byline", "byline"))
        } else if !title_found
            && matches!(name, "h1" | "h2")
            && text_bytes[i] <= MAX_TITLE_HEADING_BYTES
            && title_words
                .as_ref()
                .is_some_and(|t| similarity(t, &tree.text_of(i, |_| false)) > TITLE_SIMILARITY)
        {
            title_found = true;
            Some(("title", "repeats the title"))
        } else {
            None
        };
        if mark.is_some() {
            marks.set(i, mark);
            i = node.end();
        } else {
            i += 1;
        }
    }
    marks
}

/// Most bytes of a post's number (`#12345`).
const MAX_POST_NUMBER_BYTES: usize = 8;

/// Whether a link's whole text is a post's number (`#1`, `#27`): forum software numbers each post of
/// a thread with a link to the post itself, which says where the post stands, not what it says.
fn is_post_number(tree: &Tree<'_>, i: usize, bytes: usize) -> bool {
    if bytes > MAX_POST_NUMBER_BYTES + 2 {
        return false;
    }
    let text = tree.text_of(i, |_| false);
    text.trim().strip_prefix('#').is_some_and(|n| {
        !n.is_empty() && n.len() <= MAX_POST_NUMBER_BYTES && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Tokens of class and id names of customer reviews (`product-reviews`, `customer-review`,
/// `review-list`). A product page's content is its description and specifications; what buyers
/// wrote of it is not.
const REVIEW_TOKENS: [&str; 1] = ["reviews"];

/// Whether class or id name the reviews of a product, or one customer's review (see
/// [`names_one_review`]).
fn names_reviews(class: &str, id: &str) -> bool {
    let names = || {
        class
            .split_ascii_whitespace()
            .chain(id.split_ascii_whitespace())
    };
    names()
        .flat_map(|name| name.split(['-', '_']))
        .any(|token| REVIEW_TOKENS.iter().any(|r| token.eq_ignore_ascii_case(r)))
        || class.split_ascii_whitespace().any(names_one_review)
}

/// The word that ends the class name of one customer's review.
const ONE_REVIEW: &str = "review";

/// Whether a class name is that of one customer's review as a whole: `review`, or a block named so
/// with a qualifier before it (`product-review`, `individual-review`, `featured_review`), as review
/// widgets wrap each review they list. A part of a review (`review-body`, `product-review__title`)
/// or another word ending so (`preview`) is not one.
fn names_one_review(name: &str) -> bool {
    let last = name.rsplit(['-', '_']).next().unwrap_or(name);
    last.eq_ignore_ascii_case(ONE_REVIEW) && !name.contains("__")
}

/// Share of the page's text past which a container named like furniture is taken for the page's
/// body all the same: an `ad-container` or `comments` wrapper around a forum thread, a layout column
/// called `sidebar-after` around the article. Furniture is the smaller part of a page.
const MAX_FURNITURE_SHARE: f32 = 0.75;

/// Whether a container holds more of the page's text than furniture does.
fn wraps_most_of_the_page(bytes: usize, page_bytes: usize) -> bool {
    page_bytes > 0 && bytes as f32 > MAX_FURNITURE_SHARE * page_bytes as f32
}

/// Bytes of text in each node's subtree, summed children to parents in one backward pass.
fn subtree_text_bytes(tree: &Tree<'_>) -> Vec<usize> {
    let mut bytes: Vec<usize> = tree
        .nodes
        .iter()
        .map(|n| match n.data {
            Data::Text(t) => trim(t).len(),
            Data::Element(..) => 0,
        })
        .collect();
    for i in (0..tree.nodes.len()).rev() {
        let parent = tree.nodes[i].parent();
        if parent != NO_PARENT {
            bytes[parent] += bytes[i];
        }
    }
    bytes
}

/// Whether each node's subtree holds a paragraph (`<p>`): one backward pass.
///
/// On a forum thread's page, a container named like a discussion that holds paragraphs is the
/// thread's posts (forum software writes posts in paragraphs); one without is a list of short
/// remarks under a post (a Q&A site's comments, one line of inline text each).
pub(crate) fn holds_paragraph(tree: &Tree<'_>) -> Vec<bool> {
    let n = tree.nodes.len();
    let mut holds: Vec<bool> = (0..n).map(|i| tree.name(i) == "p").collect();
    for i in (0..n).rev() {
        let parent = tree.nodes[i].parent();
        if parent != NO_PARENT && holds[i] {
            holds[parent] = true;
        }
    }
    holds
}

/// The names of an element's class that may name a region of the page: all but, on a `<table>`,
/// those of a part that sticks while the reader scrolls (`sticky-header`, `sticky-thead`), which
/// name the table's own header row, not the site's header.
fn names_of_region<'a>(name: &str, class: &'a str) -> Cow<'a, str> {
    let sticky = |n: &str| n.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("sticky"));
    if name != "table" || !class.split_ascii_whitespace().any(sticky) {
        return Cow::Borrowed(class);
    }
    let kept: Vec<&str> = class
        .split_ascii_whitespace()
        .filter(|n| !sticky(n))
        .collect();
    Cow::Owned(kept.join(" "))
}

/// The answers of [`is_unlikely_named`] on one page, kept: for each class or id name (see
/// [`Hints::matches_names`](super::tokens::Hints::matches_names)), and for each whole `class` and
/// `id` asked for an element of a kind. Markup repeats whole values (every entry of a list, every
/// card of a grid: more than half of the elements that have a class or id on news pages, two
/// thirds on today's pages), and a kept answer costs one lookup instead of a lookup per name.
#[derive(Default)]
struct UnlikelyAnswers<'a> {
    /// What each name says: outside a thread's posts, inside them, and on lines of text.
    seen: [NameAnswers<'a>; 3],
    /// What each whole `class` and `id` says, by the kind of element asked about (see
    /// [`UnlikelyAnswers::ask`]).
    whole: FxHashMap<(&'a str, &'a str, u8), bool>,
}

impl<'a> UnlikelyAnswers<'a> {
    /// [`is_unlikely_named`], kept for the element's `class` and `id` and the kind of element that
    /// decides which hints are read: a line of text outside a thread, an element inside a thread's
    /// posts, or any other. A `<table>`, whose names are read without those of a sticky part, is
    /// asked afresh.
    fn ask(&mut self, name: &str, class: &'a str, id: &'a str, in_thread: bool) -> bool {
        if class.is_empty() && id.is_empty() {
            return false;
        }
        let kind = if is_line(name) && !in_thread {
            2
        } else if name == "table" {
            return is_unlikely_named(name, class, id, in_thread, &mut self.seen);
        } else {
            u8::from(in_thread)
        };
        if let Some(&answer) = self.whole.get(&(class, id, kind)) {
            return answer;
        }
        let answer = is_unlikely_named(name, class, id, in_thread, &mut self.seen);
        if self.whole.len() < MAX_WHOLE_NAMES_KEPT {
            self.whole.insert((class, id, kind), answer);
        }
        answer
    }
}

/// Whole `class` and `id` values whose answers a page keeps: a page of generated values (a hash per
/// element) repeats few, and the table stays small.
const MAX_WHOLE_NAMES_KEPT: usize = 4096;

/// [`is_unlikely`] on the names of the element's class that may name a region of the page (see
/// [`names_of_region`]).
fn is_unlikely_named<'a>(
    name: &str,
    class: &'a str,
    id: &'a str,
    in_thread: bool,
    seen: &mut [NameAnswers<'a>; 3],
) -> bool {
    if is_line(name) && !in_thread {
        return is_unlikely_line(class, id, &mut seen[2]);
    }
    match names_of_region(name, class) {
        Cow::Borrowed(class) => is_unlikely(class, id, in_thread, seen),
        Cow::Owned(kept) => is_unlikely(&kept, id, in_thread, &mut Default::default()),
    }
}

/// Whether an element holds a line of text: a heading (`h1`–`h6`), a paragraph or a `<span>`.
fn is_line(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "span")
}

/// [`is_unlikely`] for a line of text (see [`is_line`]), whose names are read without the `header`
/// hint: a heading or a paragraph holds a line of text, never the site's header (logo, menu,
/// search), and one named a header (`section-header`, `header-anchor`, `category-header__title`,
/// `intro-header-text`) is the head of its section or its introduction. Its answers are not kept:
/// they differ from the other elements' for the same names, and `seen` keeps those of lines only.
fn is_unlikely_line<'a>(class: &'a str, id: &'a str, seen: &mut NameAnswers<'a>) -> bool {
    if class.is_empty() && id.is_empty() {
        return false;
    }
    UNLIKELY_BUT_HEADER.matches_names(class, id, seen)
        && !rescued_by_other_names(&UNLIKELY_BUT_HEADER, class, id)
}

/// Class and id name page furniture, and nothing that may be the article; for the posts of a forum
/// thread (`in_thread`: a container with paragraphs on a thread's page), names of a discussion are
/// not furniture.
fn is_unlikely<'a>(
    class: &'a str,
    id: &'a str,
    in_thread: bool,
    seen: &mut [NameAnswers<'a>; 3],
) -> bool {
    if class.is_empty() && id.is_empty() {
        return false;
    }
    let (unlikely, seen) = if in_thread {
        (&UNLIKELY_IN_THREADS, &mut seen[1])
    } else {
        (&UNLIKELY, &mut seen[0])
    };
    unlikely.matches_names(class, id, seen) && !rescued_by_other_names(unlikely, class, id)
}

/// A short element marked as the author line. `names` keeps what each `class` and `id` said.
fn is_byline<'a>(
    tree: &Tree<'_>,
    i: usize,
    class: &'a str,
    id: &'a str,
    names: &mut BylineAnswers<'a>,
) -> bool {
    let marked = tree.attr(i, "rel") == Some("author")
        || tree
            .attr(i, "itemprop")
            .is_some_and(|p| p.contains("author"))
        || names.ask(class, id);
    if !marked {
        return false;
    }
    let text = tree.text_of(i, |_| false);
    let chars = text.chars().count();
    chars > 0 && chars < MAX_BYLINE_CHARS
}

/// Fragments of class and id names of an author line.
const BYLINE_NAMES: [&str; 5] = ["byline", "author", "dateline", "writtenby", "p-author"];

/// [`BYLINE_NAMES`] found in ASCII names whatever their case, in one pass over each.
static BYLINE_NAMES_ASCII: Lazy<AhoCorasick> = Lazy::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(BYLINE_NAMES)
        .expect("byline names compile: they are short literals")
});

/// [`names_a_byline`] kept for each `class` and `id` asked about: a page asks about every named
/// element until it finds its byline, and markup repeats whole values (see [`UnlikelyAnswers`]).
#[derive(Default)]
struct BylineAnswers<'a>(FxHashMap<(&'a str, &'a str), bool>);

impl<'a> BylineAnswers<'a> {
    /// [`names_a_byline`], from the answers kept when `class` and `id` were asked before.
    fn ask(&mut self, class: &'a str, id: &'a str) -> bool {
        if class.is_empty() && id.is_empty() {
            return false;
        }
        if let Some(&answer) = self.0.get(&(class, id)) {
            return answer;
        }
        let answer = names_a_byline(class, id);
        if self.0.len() < MAX_WHOLE_NAMES_KEPT {
            self.0.insert((class, id), answer);
        }
        answer
    }
}

/// Whether class or id, lowercased, hold a fragment of [`BYLINE_NAMES`]. ASCII names (nearly all)
/// are searched in place, without a lowercased copy: no fragment holds a space, so none can span
/// the two.
fn names_a_byline(class: &str, id: &str) -> bool {
    if class.is_ascii() && id.is_ascii() {
        return [class, id]
            .iter()
            .any(|names| !names.is_empty() && BYLINE_NAMES_ASCII.is_match(names));
    }
    let names = format!("{class} {id}").to_lowercase();
    BYLINE_NAMES.iter().any(|w| names.contains(w))
}

/// Lowercased word tokens.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of `heading`'s text made of words that `title` also has (1.0 = all of them).
pub(crate) fn similarity(title: &[String], heading: &str) -> f32 {
    let heading = words(heading);
    if heading.is_empty() {
        return 0.0;
    }
    let title: std::collections::HashSet<&str> = title.iter().map(String::as_str).collect();
    let total: usize = heading.iter().map(|w| w.chars().count() + 1).sum();
    let unique: usize = heading
        .iter()
        .filter(|w| !title.contains(w.as_str()))
        .map(|w| w.chars().count() + 1)
        .sum();
    1.0 - unique as f32 / total as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's tables of data, as the main-content stage reads them once per page.
    fn data_tables(tree: &Tree<'_>) -> Vec<bool> {
        super::super::tables::Context::new(tree).data_table
    }

    /// The furniture marks of `tree` on a page of `page_type`, unlikely names stripped, no title.
    fn marks_on(tree: &Tree<'_>, page_type: PageType) -> Marks {
        mark_furniture(
            tree,
            &data_tables(tree),
            true,
            None,
            page_type,
            &OnceCell::new(),
        )
    }

    #[test]
    fn kept_answers_are_those_asked_afresh() {
        // The same names asked about elements of every kind, twice over: a kept answer must be the
        // one of its kind (a header's names on a heading, a discussion's inside a thread's posts,
        // a sticky header's on a table).
        let asked = [
            ("div", "site-header", "", false),
            ("h2", "site-header", "", false),
            ("div", "comment-list", "", false),
            ("div", "comment-list", "", true),
            ("h2", "comment-list", "", true),
            ("table", "sticky-header results", "", false),
            ("table", "sticky-header results", "", true),
            ("div", "sticky-header results", "", false),
            ("p", "", "sidebar", false),
            ("section", "", "sidebar", true),
            ("div", "story-body", "main", false),
            ("span", "", "", false),
        ];
        let mut kept = UnlikelyAnswers::default();
        for _ in 0..2 {
            for &(name, class, id, in_thread) in &asked {
                let afresh = is_unlikely_named(name, class, id, in_thread, &mut Default::default());
                let answer = kept.ask(name, class, id, in_thread);
                assert_eq!(answer, afresh, "{name} {class:?} {id:?} {in_thread}");
            }
        }
        // The names of the site's furniture are read as such, and the article's are not.
        assert!(kept.ask("div", "site-header", "", false));
        assert!(!kept.ask("h2", "site-header", "", false));
        assert!(kept.ask("div", "comment-list", "", false));
        assert!(!kept.ask("div", "comment-list", "", true));
        assert!(!kept.ask("table", "sticky-header results", "", false));
        assert!(kept.ask("div", "sticky-header results", "", false));
        assert!(!kept.ask("div", "story-body", "main", false));
    }

    #[test]
    fn byline_names_found_in_class_or_id_whatever_the_case() {
        for (class, id) in [
            ("post-Byline", ""),
            ("", "AUTHOR-box"),
            ("meta dateline", "x"),
            ("WrittenBy", ""),
            ("c\u{e9}l\u{e8}bre byline", ""),
            ("", "\u{c9}crit-Author"),
        ] {
            assert!(names_a_byline(class, id), "{class:?} {id:?}");
        }
        // A fragment split between class and id is no name of either.
        for (class, id) in [
            ("by", "line"),
            ("p-", "author-less"),
            ("", ""),
            ("\u{212a}", ""),
        ] {
            let joined = format!("{class} {id}").to_lowercase();
            let slow = BYLINE_NAMES.iter().any(|w| joined.contains(w));
            assert_eq!(names_a_byline(class, id), slow, "{class:?} {id:?}");
        }
    }

    #[test]
    fn a_kept_byline_answer_is_the_answer_for_the_same_class_and_id() {
        // The same class beside other ids, the same id beside other classes, each asked twice.
        let asked = [
            ("card", ""),
            ("card", "author-7"),
            ("card byline", ""),
            ("", "author-7"),
            ("card", "post"),
            ("", ""),
            ("c\u{e9}l\u{e8}bre", "Byline"),
        ];
        let mut kept = BylineAnswers::default();
        for (class, id) in asked.iter().chain(asked.iter()).rev() {
            assert_eq!(
                kept.ask(class, id),
                names_a_byline(class, id),
                "{class:?} {id:?}"
            );
        }
    }

    /// What `classify` says of the element with id `x` in `page`.
    fn classified(page: &str) -> Option<&'static str> {
        let html = scraper::Html::parse_document(page);
        let selector = scraper::Selector::parse("#x").expect("a valid selector");
        let el = html.select(&selector).next().expect("an element with id x");
        classify(el.value()).map(|p| p.stage)
    }

    #[test]
    fn the_attribute_bits_answer_as_the_attributes_do() {
        // Every attribute `classify` reads, present and absent, on elements it drops and keeps: told
        // from the element's bits, the verdict is the one of looking every attribute up (all bits
        // set).
        let page = r#"<body>
            <div hidden>a</div><div hidden="until-found">b</div><div aria-hidden="true">c</div>
            <div style="display:none">d</div><div style="color:red">e</div>
            <a role="button">f</a><a role="button" href="/x">g</a><a href="/y">h</a>
            <span class="sr-only">i</span><span class="lead">j</span>
            <div role="dialog" aria-modal="true">k</div><div role="dialog">l</div>
            <div aria-modal="true">m</div><div role="tabpanel" hidden>n</div>
            <div class="accordion-panel" style="display:none">o</div><p>p</p>
            <svg><a xlink:href="/z" role="button">q</a></svg>
        </body>"#;
        let html = scraper::Html::parse_document(page);
        let selector = scraper::Selector::parse("body *").expect("a valid selector");
        let mut verdicts = 0;
        for el in html.select(&selector) {
            let el = el.value();
            let from_bits = classify_with_bits(el, attr_bits_of(el)).map(|p| (p.stage, p.why));
            let looked_up = classify_with_bits(el, u32::MAX).map(|p| (p.stage, p.why));
            assert_eq!(from_bits, looked_up, "{el:?}");
            verdicts += usize::from(from_bits.is_some());
        }
        // Not a test of nothing: some of them are dropped.
        assert!(verdicts >= 6, "{verdicts}");
    }

    #[test]
    fn names_in_svg_and_mathml_are_the_drawing_s_own() {
        // Found by the quick stream of the HTML mutation harness: a `<link>` in a drawing was taken
        // for the head's, and the text in it went unrecorded; a `<base>` in a formula likewise.
        for page in [
            "<p><svg><link id=x>drawn words</link></svg></p>",
            "<p><math><base id=x>x</base></math></p>",
            "<p><svg><video id=x>drawn words</video></svg></p>",
        ] {
            assert_eq!(classified(page), None, "{page}");
        }
        // A drawing's script, style sheet and title stay unseen, and the drawing is a drawing.
        assert_eq!(
            classified("<svg><script id=x>x()</script></svg>"),
            Some("script")
        );
        assert_eq!(
            classified("<svg><style id=x>a{}</style></svg>"),
            Some("script")
        );
        assert_eq!(
            classified("<svg><title id=x>Tip</title></svg>"),
            Some("script")
        );
        assert_eq!(classified("<p><svg id=x></svg></p>"), Some("embedded"));
        // In HTML the names keep their meaning.
        assert_eq!(
            classified("<p><video id=x>fallback</video></p>"),
            Some("script")
        );
    }

    #[test]
    fn aria_hidden_hides_all_but_links_to_other_pages() {
        for shown in [
            r#"<a id="x" href="/stories/regatta" aria-hidden="true" tabindex="-1">Crews lined up</a>"#,
            r#"<a id="x" href="https://example.com/b" aria-hidden="true">Summary</a>"#,
        ] {
            let page = format!("<html><body><p>{shown}</p></body></html>");
            assert_eq!(classified(&page), None, "{shown}");
        }
        for hidden in [
            r##"<a id="x" href="#notes" aria-hidden="true">#</a>"##,
            r#"<a id="x" aria-hidden="true">Anchor without a target</a>"#,
            r#"<div id="x" aria-hidden="true"><a href="/b">Menu entry</a></div>"#,
        ] {
            let page = format!("<html><body>{hidden}</body></html>");
            assert_eq!(classified(&page), Some("hidden"), "{hidden}");
        }
    }

    #[test]
    fn tab_and_accordion_panels_are_shown_text() {
        for panel in [
            r#"<div id="x" role="tabpanel" aria-labelledby="t2" hidden>Specifications</div>"#,
            r#"<div id="x" role="region" aria-labelledby="h2" style="display:none">Care</div>"#,
            r#"<div id="x" class="tab-pane fade" aria-hidden="true">Materials</div>"#,
            r#"<div id="x" class="product-tabs__panel" hidden>Sizing</div>"#,
            r#"<div id="x" class="a-expander-content" style="display: none">More</div>"#,
            r#"<div hidden id="S:2e"><p id="x">Streamed</p></div>"#,
        ] {
            let page = format!("<html><body>{panel}</body></html>");
            assert_eq!(classified(&page), None, "{panel}");
        }
    }

    #[test]
    fn camel_cased_panel_names_are_shown_text() {
        for panel in [
            r#"<div id="x" class="ImageAccordion_tray__b2Xq" aria-hidden="true">Straps</div>"#,
            r#"<div id="x" class="faqList_accordionContent__9fQ" aria-hidden="true">Returns</div>"#,
            r#"<div id="x" class="CollapsePanel" style="display:none">Dimensions</div>"#,
            r#"<div id="x" class="specs expanderBody" hidden>Warranty</div>"#,
        ] {
            let page = format!("<html><body>{panel}</body></html>");
            assert_eq!(classified(&page), None, "{panel}");
        }
        // The panel's word inside a longer name names something else: a drawing of a form, a
        // toggle's icon.
        for hidden in [
            r#"<figure id="x" class="CheckoutAccordionGraphic" aria-hidden="true">Card</figure>"#,
            r#"<span id="x" class="AccordionIcon" aria-hidden="true">Open</span>"#,
        ] {
            let page = format!("<html><body>{hidden}</body></html>");
            assert_eq!(classified(&page), Some("hidden"), "{hidden}");
        }
    }

    #[test]
    fn hidden_dialogs_menus_and_unlabelled_regions_stay_hidden() {
        for hidden in [
            r#"<div id="x" role="dialog" aria-labelledby="n1" hidden>Sign up to our newsletter</div>"#,
            r#"<div id="x" class="cookie-banner" aria-hidden="true">We use cookies</div>"#,
            r#"<ul id="x" role="menu" aria-labelledby="m1" hidden><li>Account</li></ul>"#,
            r#"<div id="x" role="region" hidden>Draft</div>"#,
            r#"<div id="x" class="tabs" hidden>Tab one Tab two</div>"#,
        ] {
            let page = format!("<html><body>{hidden}</body></html>");
            assert_eq!(classified(&page), Some("hidden"), "{hidden}");
        }
    }

    #[test]
    fn styles_that_hide() {
        assert!(style_hides("color: red; display : none"));
        assert!(style_hides("visibility:hidden !important"));
        assert!(!style_hides("display: block"));
        assert!(style_hides("DISPLAY: None !important;"));
        // A Cyrillic `е` at the end: not the keyword.
        assert!(!style_hides("display: non\u{435}"));
    }

    #[test]
    fn a_furniture_name_around_most_of_the_page_is_not_furniture() {
        let long = "The thread goes on for a long time, post after post, with answers and thanks. "
            .repeat(8);
        let page = format!(
            "<html><body><div class=\"sidebar\"><p>Latest posts</p></div>\
             <div class=\"ad-container\"><p>{long}</p></div></body></html>"
        );
        let html = scraper::Html::parse_document(&page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = marks_on(&tree, PageType::Unknown);
        let marked = |class: &str| {
            (0..tree.nodes.len())
                .find(|&i| tree.attr(i, "class") == Some(class))
                .map(|i| marks[i].is_some())
        };
        assert_eq!(marked("sidebar"), Some(true));
        assert_eq!(marked("ad-container"), Some(false));
    }

    /// Whether the furniture hints mark the element of class `class` on `page` (a page of unknown
    /// type), `None` when no element has that class.
    fn marked_on_page(page: &str, class: &str) -> Option<bool> {
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = marks_on(&tree, PageType::Unknown);
        (0..tree.nodes.len())
            .find(|&i| tree.attr(i, "class") == Some(class))
            .map(|i| marks[i].is_some())
    }

    /// A made-up shop page: a box of class `class` (a list of brands and a line) beside a body
    /// long enough that the box never wraps most of the page.
    fn shop_page_with_box(class: &str) -> String {
        let long = "Every cable here is tested twice before it leaves the warehouse, and returns are free. "
            .repeat(8);
        format!(
            "<html><body><div class=\"{class}\"><p>All brands</p><ul><li><a href=\"/b/1\">Acme</a></li>\
             <li><a href=\"/b/2\">Bolt</a></li></ul></div>\
             <div class=\"catalogue\"><h1>Chargers and cables</h1><p>{long}</p></div></body></html>"
        )
    }

    /// Asserts that the box of class `class` on [`shop_page_with_box`]'s page is marked as
    /// furniture (`furniture`) or not, and that the body beside it never is.
    fn assert_box_marked(class: &str, furniture: bool) {
        let page = shop_page_with_box(class);
        assert_eq!(marked_on_page(&page, class), Some(furniture), "{class}");
        assert_eq!(marked_on_page(&page, "catalogue"), Some(false), "{class}");
    }

    #[test]
    fn a_name_that_says_furniture_and_content_is_the_furniture_s_content() {
        // The content of a dialog, of a sidebar, of a menu: furniture, not rescued by "content".
        for class in [
            "modal-content",
            "sidebar-content rounded",
            "p-body-sidebar",
            "vector-menu-content",
            "related-articles",
        ] {
            assert_box_marked(class, true);
        }
    }

    #[test]
    fn another_name_or_a_name_opening_with_content_still_rescues() {
        // A content name beside the furniture name, a layout column named first, a header's
        // content (an article's head and lead): these stay, with the body beside them.
        for class in [
            "sidebar main-column",
            "column-community-content",
            "main-sidebar-wrap",
            "article-header",
            "articleHeader__content",
        ] {
            assert_box_marked(class, false);
        }
    }

    /// Whether the furniture hints mark each element of a thread's page named `tag` (any name
    /// when `None`) with the class `class`, in the page's order.
    fn thread_marks(page: &str, tag: Option<&str>, class: &str) -> Vec<bool> {
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = marks_on(&tree, PageType::Forum);
        (0..tree.nodes.len())
            .filter(|&i| tag.is_none_or(|tag| tree.name(i) == tag))
            .filter(|&i| tree.attr(i, "class") == Some(class))
            .map(|i| marks[i].is_some())
            .collect()
    }

    /// Three posts of a thread, each made by `post` of a poster's name and what they said.
    fn three_posts(post: impl Fn(&str, &str) -> String) -> String {
        [
            (
                "ann",
                "The ferry was late again this morning, the third time this week.",
            ),
            (
                "bo",
                "It always is in winter, when the tide is low and the wind turns.",
            ),
            (
                "cy",
                "Take the bridge instead; it adds ten minutes and never waits.",
            ),
        ]
        .iter()
        .map(|(who, said)| post(who, said))
        .collect()
    }

    #[test]
    fn names_in_a_table_that_lays_out_posts_are_read_names_in_a_data_table_are_not() {
        // Posts as table rows (author box, message, signature): the signatures go, the messages stay.
        let posts = three_posts(|who, said| {
            format!(
                "<tr><td><div class=\"author\">{who}</div><div class=\"message\"><div class=\"text\">\
                 {said}</div><div class=\"signature\">Rides a red bike since 1999</div></div></td></tr>"
            )
        });
        // A table of data whose column is named like furniture keeps its cells.
        let data: String = (1..=12)
            .map(|n| format!("<tr><td class=\"signature\">Signer {n}</td><td>{n} May</td></tr>"))
            .collect();
        let page = format!("<html><body><table>{posts}</table><table>{data}</table></body></html>");
        assert_eq!(
            thread_marks(&page, Some("div"), "signature"),
            [true, true, true]
        );
        assert_eq!(
            thread_marks(&page, Some("div"), "message"),
            [false, false, false]
        );
        assert_eq!(thread_marks(&page, Some("td"), "signature"), [false; 12]);
    }

    #[test]
    fn a_posters_rank_under_their_name_goes_their_name_and_post_stay() {
        let posts = three_posts(|who, said| {
            format!(
                "<article class=\"message\"><div class=\"message-user\">\
                 <h4 class=\"message-name\">{who}</h4>\
                 <h5 class=\"userTitle message-userTitle\">Well-known member</h5></div>\
                 <div class=\"message-content\"><p>{said}</p></div></article>"
            )
        });
        let page = format!(
            "<html><body>{posts}<div class=\"usertitle\">Senior Member</div></body></html>"
        );
        assert_eq!(
            thread_marks(&page, None, "userTitle message-userTitle"),
            [true; 3]
        );
        assert_eq!(thread_marks(&page, None, "usertitle"), [true]);
        assert_eq!(thread_marks(&page, None, "message-name"), [false; 3]);
        assert_eq!(thread_marks(&page, None, "message-content"), [false; 3]);
    }

    #[test]
    fn on_a_thread_posts_named_comments_stay_and_short_remarks_go() {
        // The page's other text keeps the comments from wrapping most of the page.
        let page =
            "<html><body><div><p>A story of some length, longer than the comments below it, \
             told in one paragraph of plain text with nothing else around it at all.</p></div>\
             <div id=\"comments\"><article class=\"comment\">\
             <p>The first post of the thread, in a paragraph.</p></article></div>\
             <ul class=\"comments-list\"><li class=\"comment\"><span>A remark.</span></li></ul>\
             </body></html>";
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marked = |in_thread: bool, class: &str| {
            let page_type = if in_thread {
                PageType::Forum
            } else {
                PageType::Unknown
            };
            let marks = marks_on(&tree, page_type);
            (0..tree.nodes.len())
                .find(|&i| tree.attr(i, "class") == Some(class))
                .map(|i| marks[i].is_some())
        };
        // On a thread's page: the posts (with paragraphs) stay, the remarks under a post go.
        assert_eq!(marked(true, "comment"), Some(false));
        assert_eq!(marked(true, "comments-list"), Some(true));
        // Elsewhere, both are comments.
        let marks = marks_on(&tree, PageType::Unknown);
        let comments = (0..tree.nodes.len()).find(|&i| tree.attr(i, "id") == Some("comments"));
        assert_eq!(comments.map(|i| marks[i].is_some()), Some(true));
        assert_eq!(marked(false, "comments-list"), Some(true));
    }

    #[test]
    fn a_line_named_a_header_heads_its_section_a_block_so_named_is_the_site_s() {
        let page = "<html><body><div class=\"site-header\"><a href=\"/\">Home</a></div>\
             <h2 class=\"section-header\">Planting in autumn</h2>\
             <h3 id=\"header-anchor-2\">Choosing the bulbs</h3>\
             <h2 class=\"header-menu\">Menu</h2>\
             <p class=\"intro-header-text\">Bulbs want well drained soil and some sun.</p>\
             <p>Bulbs go in before the first frost, a hand deep, pointed end up.</p>\
             </body></html>";
        let html = scraper::Html::parse_document(page);
        let tree = Tree::flatten(&html, &mut Vec::new());
        let marks = marks_on(&tree, PageType::Unknown);
        let marked = |attr: &str, value: &str| {
            (0..tree.nodes.len())
                .find(|&i| tree.attr(i, attr) == Some(value))
                .map(|i| marks[i].is_some())
        };
        assert_eq!(marked("class", "site-header"), Some(true));
        assert_eq!(marked("class", "section-header"), Some(false));
        assert_eq!(marked("id", "header-anchor-2"), Some(false));
        assert_eq!(marked("class", "intro-header-text"), Some(false));
        // Other furniture names still hold on a heading.
        assert_eq!(marked("class", "header-menu"), Some(true));
    }

    #[test]
    fn names_of_reviews() {
        assert!(names_reviews("product-reviews js-reviews", ""));
        assert!(names_reviews("", "customer_Reviews"));
        // One review's parts, previews and reviewers are not a product's reviews.
        assert!(!names_reviews("review-body", ""));
        assert!(!names_reviews("previews", "reviewer-card"));
    }

    #[test]
    fn a_tables_sticky_parts_do_not_name_a_region() {
        assert_eq!(
            names_of_region("table", "wikitable sortable sticky-header"),
            "wikitable sortable"
        );
        assert_eq!(names_of_region("table", "Sticky_Footer"), "");
        // Elsewhere, a sticky header is the site's.
        assert_eq!(names_of_region("div", "sticky-header"), "sticky-header");
        assert_eq!(names_of_region("table", "site-header"), "site-header");
    }

    #[test]
    fn names_of_one_review() {
        assert!(names_reviews("review aok-relative", ""));
        assert!(names_reviews("individual-review", ""));
        assert!(names_reviews("card featured_Review", ""));
        // Its parts, a preview and a review's byline are not one review.
        assert!(!names_reviews("product-review__title", ""));
        assert!(!names_reviews("image-preview", "review"));
        assert!(!names_reviews("review-date reviewer", ""));
    }

    #[test]
    fn heading_similarity() {
        let title = words("Storm hits coast - Daily News");
        assert!(similarity(&title, "Storm hits coast") > TITLE_SIMILARITY);
        assert!(similarity(&title, "Rain in the valley") < TITLE_SIMILARITY);
    }
}
