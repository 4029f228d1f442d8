//! One walk over the parsed page, gathering every piece of markup that can carry metadata.

use super::clean::clean_value;
use crate::extract::tree::plain_attr;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use ego_tree::NodeRef;
use html5ever::local_name;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};
use std::collections::HashMap;

/// Class and id fragments of elements that hold a byline (data: one per line, `#` comments).
const BYLINE_HINTS: &str = include_str!("byline_hints.txt");

/// Class and id fragments that disqualify a byline hint: comment authors, author boxes' avatars, …
const BYLINE_HINT_EXCLUSIONS: &str = include_str!("byline_hint_exclusions.txt");

/// Characters past which an element's text is a paragraph or an author's biography, not a byline.
pub(super) const MAX_BYLINE_CHARS: usize = 100;

/// Nodes looked at inside one byline candidate before giving up on it (bounds the work on huge
/// containers whose class happens to say "author").
const MAX_BYLINE_NODES: usize = 200;

/// Byline candidates kept from the DOM, in document order.
const MAX_BYLINE_CANDIDATES: usize = 20;

/// `<h1>` headings kept.
const MAX_H1: usize = 4;

/// Characters kept of a heading or title: headlines are far shorter.
const MAX_HEADING_CHARS: usize = 400;

/// Everything the walk found.
#[derive(Debug, Default)]
pub(super) struct Markup {
    /// `<meta>` values by lower-cased key (`name`, `property`, `http-equiv`, and `itemprop:` + itemprop),
    /// in document order.
    pub metas: HashMap<String, Vec<String>>,
    /// The document's `<title>`.
    pub title: Option<String>,
    /// The texts of the first `<h1>` headings.
    pub h1s: Vec<String>,
    /// `<html lang>` (or `xml:lang`).
    pub html_lang: Option<String>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// The texts of the JSON-LD scripts.
    pub json_ld: Vec<String>,
    /// `datetime` of `<time>` elements: (value, whether it is marked as the publication date).
    pub times: Vec<(String, bool)>,
    /// Values of `itemprop=datePublished` on elements other than `<meta>`.
    pub itemprop_dates: Vec<String>,
    /// Byline candidates from the DOM: (text, source), in document order.
    pub bylines: Vec<(String, &'static str)>,
}

/// Walks the page once (iteratively, in document order) and gathers its metadata markup.
pub(super) fn collect(html: &Html) -> Markup {
    let mut markup = Markup::default();
    let mut hinted = HintAnswers::default();
    for_each_element(*html.root_element(), |element| {
        let el = element.value();
        // Names compared as the parser's atoms (see `Names::of`).
        match el.name.local {
            local_name!("meta") => add_meta(&mut markup.metas, el),
            local_name!("title") if markup.title.is_none() && is_html(el) => {
                markup.title = limited_text(element, MAX_HEADING_CHARS, usize::MAX);
            }
            local_name!("h1") if markup.h1s.len() < MAX_H1 => {
                if let Some(text) = limited_text(element, MAX_HEADING_CHARS, usize::MAX) {
                    markup.h1s.push(text);
                }
            }
            local_name!("html") if markup.html_lang.is_none() => {
                markup.html_lang = plain_attr(el, "lang")
                    .or_else(|| plain_attr(el, "xml:lang"))
                    .and_then(clean_value);
            }
            local_name!("link")
                if markup.canonical.is_none() && has_token(plain_attr(el, "rel"), "canonical") =>
            {
                markup.canonical = plain_attr(el, "href").and_then(clean_value);
            }
            local_name!("script") if is_json_ld(el) => {
                markup.json_ld.push(element.text().collect())
            }
            local_name!("time") => {
                if let Some(value) = plain_attr(el, "datetime").and_then(clean_value) {
                    let marked = plain_attr(el, "pubdate").is_some()
                        || has_token(plain_attr(el, "itemprop"), "datepublished")
                        || plain_attr(el, "class")
                            .is_some_and(|c| c.to_ascii_lowercase().contains("publish"));
                    markup.times.push((value, marked));
                }
            }
            _ => {}
        }
        // Every element: the attributes scanned once by name, without interning it as `Element::attr` does.
        let names = Names::of(el);
        if el.name.local != local_name!("meta") && has_token(names.itemprop, "datepublished") {
            if let Some(value) = plain_attr(el, "datetime")
                .or_else(|| plain_attr(el, "content"))
                .and_then(clean_value)
            {
                markup.itemprop_dates.push(value);
            }
        }
        if markup.bylines.len() < MAX_BYLINE_CANDIDATES {
            if let Some(candidate) = byline_candidate(element, &names, &mut hinted) {
                markup.bylines.push(candidate);
            }
        }
    });
    markup
}

/// Calls `f` on every element of the subtree of `root` (itself included), in document order: an
/// iterative walk by first child, next sibling and parent, written out here so that it is compiled
/// into the caller's loop (`ego_tree`'s traversal, a state machine over open and close edges, was
/// at times left a call per node, at twice the cost).
#[inline(always)]
fn for_each_element<'a>(root: NodeRef<'a, Node>, mut f: impl FnMut(ElementRef<'a>)) {
    let mut node = root;
    loop {
        if let Some(element) = ElementRef::wrap(node) {
            f(element);
        }
        if let Some(child) = node.first_child() {
            node = child;
            continue;
        }
        // Up to the first ancestor (or the node itself) with a next sibling, never past `root`.
        loop {
            if node.id() == root.id() {
                return;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                break;
            }
            match node.parent() {
                Some(parent) => node = parent,
                None => return,
            }
        }
    }
}

fn lines(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn is_html(el: &Element) -> bool {
    &*el.name.ns == "http://www.w3.org/1999/xhtml"
}

fn is_json_ld(el: &Element) -> bool {
    plain_attr(el, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
}

/// Whether a space-separated attribute value holds `token` (ASCII case-insensitive).
fn has_token(value: Option<&str>, token: &str) -> bool {
    value.is_some_and(|v| {
        v.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case(token))
    })
}

/// Records a `<meta>` under each of its keys.
fn add_meta(metas: &mut HashMap<String, Vec<String>>, el: &Element) {
    let Some(content) = plain_attr(el, "content").and_then(clean_value) else {
        return;
    };
    let mut keys: Vec<String> = Vec::new();
    for attr in ["property", "name", "http-equiv"] {
        if let Some(value) = plain_attr(el, attr) {
            keys.extend(value.split_ascii_whitespace().map(str::to_ascii_lowercase));
        }
    }
    if let Some(value) = plain_attr(el, "itemprop") {
        keys.extend(
            value
                .split_ascii_whitespace()
                .map(|k| format!("itemprop:{}", k.to_ascii_lowercase())),
        );
    }
    for key in keys {
        metas.entry(key).or_default().push(content.clone());
    }
}

/// An element's text, whitespace collapsed; `None` when empty, longer than `max_chars`, or when
/// more than `max_nodes` nodes would have to be visited.
fn limited_text(element: ElementRef<'_>, max_chars: usize, max_nodes: usize) -> Option<String> {
    let mut raw = String::new();
    for (visited, node) in element.descendants().enumerate() {
        if visited >= max_nodes {
            return None;
        }
        if let Node::Text(text) = node.value() {
            raw.push_str(text);
            raw.push(' ');
            if raw.len() > max_chars * 4 {
                return None;
            }
        }
    }
    clean_value(&raw).filter(|t| t.chars().count() <= max_chars)
}

/// The attributes of an element that name what it holds, read in one pass.
struct Names<'a> {
    rel: Option<&'a str>,
    itemprop: Option<&'a str>,
    class: Option<&'a str>,
    id: Option<&'a str>,
}

impl<'a> Names<'a> {
    /// One pass over the attributes: this runs for every element of the page.
    fn of(el: &'a Element) -> Names<'a> {
        let mut names = Names {
            rel: None,
            itemprop: None,
            class: None,
            id: None,
        };
        // Each name compared as the parser's interned atom, in any namespace as `Element::attrs`
        // names them: the atom is one word, and a name not among the parser's static atoms (the
        // `data-` attributes of modern markup) is not looked up where it is stored to be spelled.
        for (name, value) in el.attrs.iter() {
            let slot = match name.local {
                local_name!("rel") => &mut names.rel,
                local_name!("itemprop") => &mut names.itemprop,
                local_name!("class") => &mut names.class,
                local_name!("id") => &mut names.id,
                _ => continue,
            };
            // The first of a name, as `Element::attr` finds it.
            slot.get_or_insert(&**value);
        }
        names
    }
}

/// A byline candidate: `rel=author`, `itemprop=author` (its `name` inside when it has one), or a
/// class or id with a byline hint, holding a short text.
fn byline_candidate<'a>(
    element: ElementRef<'a>,
    names: &Names<'a>,
    hinted: &mut HintAnswers<'a>,
) -> Option<(String, &'static str)> {
    let el = element.value();
    if matches!(
        el.name.local,
        local_name!("meta")
            | local_name!("link")
            | local_name!("script")
            | local_name!("style")
            | local_name!("body")
            | local_name!("html")
            | local_name!("head")
    ) {
        return None;
    }
    let source = if has_token(names.rel, "author") {
        "rel=author"
    } else if has_token(names.itemprop, "author") {
        "itemprop=author"
    } else {
        // No hint is empty: an absent or empty name holds none, and is not searched. A class is
        // looked up first (see `HintAnswers::is_match`); an id, which a page gives one element,
        // is not.
        let marks = [
            (names.class.unwrap_or(""), Met::Often),
            (names.id.unwrap_or(""), Met::Once),
        ];
        let mut found = |list: HintList| {
            marks
                .iter()
                .any(|&(m, met)| !m.is_empty() && hinted.is_match(list, m, met))
        };
        if !found(HintList::Hints) || found(HintList::Exclusions) {
            return None;
        }
        ".byline"
    };
    if source == "itemprop=author" {
        if let Some(name) = itemprop_name(element) {
            return Some((name, source));
        }
    }
    limited_text(element, MAX_BYLINE_CHARS, MAX_BYLINE_NODES).map(|text| (text, source))
}

/// The two lists of class and id fragments a byline candidate is checked against.
#[derive(Debug, Clone, Copy)]
enum HintList {
    /// [`HINTS`].
    Hints,
    /// [`EXCLUSIONS`].
    Exclusions,
}

/// How often a page repeats a value: what decides whether its answer is looked up first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Met {
    /// A `class`: markup repeats whole values (every entry of a list, every card of a grid).
    Often,
    /// An `id`: one element's.
    Once,
}

/// What each class or id value met on a page answered to each [`HintList`] (when it was asked):
/// utility-class markup repeats the same value on many elements, each searched once.
#[derive(Debug, Default)]
struct HintAnswers<'a>(FxHashMap<&'a str, [Option<bool>; 2]>);

/// Class values whose answer to [`HintList::Hints`] a page keeps whatever it is (see
/// [`HintAnswers::is_match`]): a page of generated values (a hash per element) repeats few, and
/// the table stays small.
const MAX_CLASSES_KEPT: usize = 4096;

impl<'a> HintAnswers<'a> {
    /// Whether `value` holds a fragment of `list`.
    fn is_match(&mut self, list: HintList, value: &'a str, met: Met) -> bool {
        // A class is looked up before it is read: hashing a value reads its bytes a word at a
        // time, the pass below reads them one by one, and most classes of a page were met before
        // (two thirds of the named elements of today's pages repeat a whole value). Its answer is
        // kept whatever it is, up to `MAX_CLASSES_KEPT` values.
        if matches!((list, met), (HintList::Hints, Met::Often)) {
            let kept = self.0.get(value).and_then(|a| a[HintList::Hints as usize]);
            if let Some(answer) = kept {
                return answer;
            }
            let answer = holds_hint_start(value.as_bytes()) && HINTS.is_match(value);
            if answer || self.0.len() < MAX_CLASSES_KEPT {
                self.0.entry(value).or_default()[HintList::Hints as usize] = Some(answer);
            }
            return answer;
        }
        // Most values (ids above all, each met once) hold no hint's first three letters: told by
        // one pass over their bytes, without hashing them to look up an answer kept.
        if matches!(list, HintList::Hints) && !holds_hint_start(value.as_bytes()) {
            return false;
        }
        let answers = self.0.entry(value).or_default();
        *answers[list as usize].get_or_insert_with(|| match list {
            HintList::Hints => HINTS.is_match(value),
            HintList::Exclusions => EXCLUSIONS.is_match(value),
        })
    }
}

/// One case-insensitive automaton over the lines of a hint list: it runs on every element's class.
fn fragments(data: &'static str) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // A DFA: one step per byte of every element's class and id.
        .kind(Some(AhoCorasickKind::DFA))
        .build(lines(data))
        .expect("hint fragments compile")
}

/// Class and id fragments of bylines, compiled once.
static HINTS: Lazy<AhoCorasick> = Lazy::new(|| fragments(BYLINE_HINTS));

/// Whether an attribute of a start tag (`class`, `id`, `rel` or `itemprop`), read as bytes (whole,
/// or from the end of its name on), may make its element a byline candidate: it holds a byline hint (`author` among them), or a
/// character reference that could spell one. The prefilter leaves such an element's whitespace as it
/// is, since a candidate's text is limited in bytes, whitespace included.
pub(crate) fn may_name_byline(attribute: &[u8]) -> bool {
    let starts = &*HINT_STARTS;
    // One pass for both: a `&` anywhere answers at once, and most attributes hold no hint's first
    // three letters, so are passed over without the automaton, which costs more to start than to
    // run on a class name.
    let mut hint = starts.any_length;
    for (at, &c) in attribute.iter().enumerate() {
        if starts.marks[usize::from(c)] {
            if c == b'&' {
                return true;
            }
            hint = hint || starts.starts_at(attribute, at);
        }
    }
    hint && HINTS.is_match(attribute)
}

/// Whether `value` holds the first three letters of a byline hint, in any case (or a hint is
/// shorter than two letters): a value that does not holds no hint.
fn holds_hint_start(value: &[u8]) -> bool {
    let starts = &*HINT_STARTS;
    starts.any_length
        || value
            .iter()
            .enumerate()
            .any(|(at, &c)| starts.marks[usize::from(c)] && starts.starts_at(value, at))
}

/// The first bytes (lower case) of each byline hint: an attribute that holds none of them holds no
/// hint.
struct HintStarts {
    /// The first bytes of the hints, in either case, and `&`: the one table the scan of an
    /// attribute reads for each of its bytes.
    marks: [bool; 256],
    /// By a hint's first two bytes (lower case, first byte high): 0 when no hint starts so, else
    /// one more than the place in `thirds` of the bytes that may follow them.
    pairs: Box<[u8; 1 << 16]>,
    /// The third bytes (both cases) that may follow a pair of `pairs`; all of them when a hint is
    /// the pair alone.
    thirds: Vec<[bool; 256]>,
    /// Whether a hint is shorter than two bytes (or the hints start with too many pairs for
    /// `pairs`): then any attribute may hold one.
    any_length: bool,
}

impl HintStarts {
    /// Whether a hint may start at `at` of `value`, by its first three bytes (its first two at the
    /// end of `value`). `at` is within `value`.
    #[inline]
    fn starts_at(&self, value: &[u8], at: usize) -> bool {
        let lower = |c: u8| usize::from(c.to_ascii_lowercase());
        let Some(&second) = value.get(at + 1) else {
            return false;
        };
        let slot = self.pairs[lower(value[at]) << 8 | lower(second)];
        slot != 0
            && value
                .get(at + 2)
                .is_none_or(|&third| self.thirds[usize::from(slot) - 1][usize::from(third)])
    }
}

static HINT_STARTS: Lazy<HintStarts> = Lazy::new(|| {
    let mut starts = HintStarts {
        marks: [false; 256],
        pairs: Box::new([0; 1 << 16]),
        thirds: Vec::new(),
        any_length: false,
    };
    starts.marks[usize::from(b'&')] = true;
    for hint in lines(BYLINE_HINTS) {
        let (a, b, third) = match hint.as_bytes() {
            [a, b, rest @ ..] => (*a, *b, rest.first().copied()),
            _ => {
                starts.any_length = true;
                continue;
            }
        };
        let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
        starts.marks[usize::from(a)] = true;
        starts.marks[usize::from(a.to_ascii_uppercase())] = true;
        let pair = usize::from(a) << 8 | usize::from(b);
        if starts.pairs[pair] == 0 {
            let Ok(slot) = u8::try_from(starts.thirds.len() + 1) else {
                // More pairs than a byte counts: any attribute may hold a hint (the automaton tells).
                starts.any_length = true;
                continue;
            };
            starts.thirds.push([false; 256]);
            starts.pairs[pair] = slot;
        }
        let thirds = &mut starts.thirds[usize::from(starts.pairs[pair]) - 1];
        match third {
            Some(c) => {
                thirds[usize::from(c.to_ascii_lowercase())] = true;
                thirds[usize::from(c.to_ascii_uppercase())] = true;
            }
            None => *thirds = [true; 256],
        }
    }
    starts
});

/// Class and id fragments that disqualify a byline hint, compiled once.
static EXCLUSIONS: Lazy<AhoCorasick> = Lazy::new(|| fragments(BYLINE_HINT_EXCLUSIONS));

/// The `itemprop=name` inside an `itemprop=author` element (its `content`, else its text).
fn itemprop_name(element: ElementRef<'_>) -> Option<String> {
    element
        .descendants()
        .take(MAX_BYLINE_NODES)
        .filter_map(ElementRef::wrap)
        .find(|e| has_token(e.value().attr("itemprop"), "name"))
        .and_then(|e| {
            e.value()
                .attr("content")
                .and_then(clean_value)
                .or_else(|| limited_text(e, MAX_BYLINE_CHARS, MAX_BYLINE_NODES))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markup(page: &str) -> Markup {
        collect(&Html::parse_document(page))
    }

    #[test]
    fn metas_by_every_key_in_order() {
        let m = markup(
            r#"<meta property="og:title twitter:title" content=" A  title "><meta name="OG:Title" content="Second">
               <meta itemprop="author" content="Jane"><meta http-equiv="Content-Language" content="de"><meta name="x">"#,
        );
        assert_eq!(m.metas["og:title"], ["A title", "Second"]);
        assert_eq!(m.metas["twitter:title"], ["A title"]);
        assert_eq!(m.metas["itemprop:author"], ["Jane"]);
        assert_eq!(m.metas["content-language"], ["de"]);
        assert!(!m.metas.contains_key("x"));
    }

    #[test]
    fn head_markup() {
        let m = markup(
            r#"<html lang="en-us"><head><title> Page  title </title><link rel="Canonical" href="https://e.com/a">
               <script type="application/ld+json">{"a":1}</script></head>
               <body><svg><title>icon</title></svg><h1>One</h1><h1>Two <b>parts</b></h1>
               <time datetime="2020-01-01">Jan</time><time pubdate datetime="2020-02-02">Feb</time>
               <span itemprop="datePublished" content="2020-03-03">Mar</span></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Page title"));
        assert_eq!(m.html_lang.as_deref(), Some("en-us"));
        assert_eq!(m.canonical.as_deref(), Some("https://e.com/a"));
        assert_eq!(m.json_ld, ["{\"a\":1}"]);
        assert_eq!(m.h1s, ["One", "Two parts"]);
        assert_eq!(
            m.times,
            [
                ("2020-01-01".to_string(), false),
                ("2020-02-02".to_string(), true)
            ]
        );
        assert_eq!(m.itemprop_dates, ["2020-03-03"]);
    }

    #[test]
    fn attributes_with_a_byline_hint_are_told_apart() {
        for hinted in [
            &b"class=\"post-Author\""[..],
            b"rel=author",
            b"id='BYLINE'",
            b"class=x&#x61;uthor",
        ] {
            assert!(may_name_byline(hinted), "{hinted:?}");
        }
        for plain in [&b"class=\"nav menu\""[..], b"id=a", b"class", b""] {
            assert!(!may_name_byline(plain), "{plain:?}");
        }
        // Every hint of the list is found, in any case.
        for hint in lines(BYLINE_HINTS) {
            assert!(may_name_byline(hint.to_uppercase().as_bytes()), "{hint}");
        }
    }

    #[test]
    fn kept_hint_answers_are_those_of_the_automata() {
        // Made-up values: with and without a hint, in either case, repeated, and one value met
        // as a class and as an id.
        let values = [
            "post-Author",
            "nav menu",
            "grid gap-4 px-2",
            "BYLINE",
            "comment-author",
            "",
            "au",
            "x&#x61;uthor",
            "nav menu",
            "post-Author",
        ];
        let mut kept = HintAnswers::default();
        for met in [Met::Often, Met::Once, Met::Often] {
            for value in values {
                for (list, automaton) in [
                    (HintList::Hints, &*HINTS),
                    (HintList::Exclusions, &*EXCLUSIONS),
                ] {
                    let fresh = automaton.is_match(value);
                    assert_eq!(kept.is_match(list, value, met), fresh, "{value} {met:?}");
                }
            }
        }
    }

    #[test]
    fn byline_candidates_in_document_order() {
        let m = markup(
            r#"<div class="comment-author">Troll</div>
               <a rel="author" href="/jane">Jane Doe</a>
               <span itemprop="author" itemscope><span itemprop="name">John Roe</span> (Reuters)</span>
               <p class="post-byline">By Ann Lee</p>
               <div class="author-bio">Ann Lee has written about weather for many years, for many papers, in many countries, and won prizes.</div>"#,
        );
        assert_eq!(
            m.bylines,
            [
                ("Jane Doe".to_string(), "rel=author"),
                ("John Roe".to_string(), "itemprop=author"),
                ("By Ann Lee".to_string(), ".byline"),
            ]
        );
    }

    #[test]
    fn deep_nesting_is_walked_without_recursion() {
        // The walk is iterative at any depth; html5ever's own parse of deep nesting is superlinear,
        // which keeps this figure modest.
        let depth = 3_000;
        let page = format!(
            "{}<h1 class=byline>Deep</h1>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let m = markup(&page);
        assert_eq!(m.h1s, ["Deep"]);
    }
}
