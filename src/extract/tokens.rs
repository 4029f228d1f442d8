//! Class, id and role hints: what a container's names say about it.
//!
//! The hint words are data (`hints/*.txt`), several languages each, compiled once per list.
//!
//! Furniture hints (negative, unlikely) are matched per name and token: the `class` is split on
//! whitespace into names, each name on `-` and `_` into tokens. A one-token hint of
//! [`MIN_INFIX_HINT`] letters or more matches a token that holds it (`menu` in `submenuitem`,
//! `footer` in `sitefooter`), a shorter one only a token it opens (`rss` in `rssfeed`, not in
//! `progress`); a hint of several tokens (`author-bio`) matches them in a row; a line starting with
//! `=` matches a whole token only (`=ad` is not `header` or `adobe`). Hints written outside ASCII
//! (`комментар`, `正文`) match anywhere, as scripts without separators need.
//!
//! Names of utility and layout vocabularies say nothing about content, so furniture hints skip them:
//! Tailwind variants (`md:hidden`) and utilities (`overflow-hidden`, `scroll-mt-4`), ITCSS layout
//! objects, utilities, layouts and states (`o-layout-sidebar-after`, `u-hidden`, `is-hidden-mobile`),
//! responsive visibility utilities (`hidden-xs`, `hidden-900`, `visible-desktop`),
//! page-builder wrappers (`elementor-widget-container`), BEM modifiers (`--sidebar` in
//! `card--sidebar`), and the file names in CSS modules' generated names (`footer-module__` in
//! `footer-module__introCell`).
//!
//! Content hints (positive) match whole tokens of a name, its case marking tokens too (see
//! `content_hints`): `history` is no story, `textwidget` no text, while a builder's
//! `wpb_text_column` and a CSS-in-JS `RichText__default` still say "text". The hints that rescue an
//! unlikely container (maybe) match the same way: `and` is no longer found in `standard` or
//! `landing`.

use super::content_hints::{name_tokens, ContentHints};
use super::responsive_display::is_hidden_until_a_breakpoint;
use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// Furniture hints this long or longer match inside a token; shorter ones only at its start.
const MIN_INFIX_HINT: usize = 4;

/// Tokens that hold a furniture hint but name content: a commentary is an opinion piece, an extract
/// an excerpt.
const FALSE_FRIENDS: &[&str] = &[
    "commentary",
    "commentaries",
    "commentator",
    "shareholder",
    "shareholders",
    "extract",
    "extraordinary",
    "remarkable",
];

/// Name prefixes of utility, layout and page-builder vocabularies: neutral names.
const NEUTRAL_PREFIXES: &[&str] = &[
    // ITCSS / BEM-IT layout objects, utilities, layouts and states (script hooks, `js-`, do name
    // what they hook: `js-post-comments`).
    "o-layout",
    "u-",
    "l-",
    "is-",
    "has-",
    // Page builders: every block of theirs is a "widget" or "module".
    "elementor",
    "et_pb_",
    "vc_",
    "wpb_",
    "fl-",
    "so-widget",
    "siteorigin-",
    "fusion-",
    "brxe-",
    // HubSpot's page builder wraps every module it places in `hs_cos_wrapper_widget` (id
    // `hs_cos_wrapper_widget_<number>`); its older templates lay them out in `widget-span` cells. The
    // module's own type stays judged (`hs_cos_wrapper_type_menu`, `widget-type-menu`).
    "hs_cos_wrapper_widget",
    "widget-span",
    "widget-type-cell",
    "widget-type-custom_widget",
    "widget-type-rich_text",
];

/// Tokens of CSS utility names (`overflow-hidden`, `vds-overflow_hidden`, `scroll-mt-4`, `sr-only`,
/// `hide-scrollbar`, `height-scrolling`): a name holding one describes rendering, not content.
const UTILITY_TOKENS: &[&str] = &[
    "overflow",
    "scroll",
    "scrollbar",
    "scrollbars",
    "scrolling",
    "scrollable",
    "visibility",
    "display",
    "sr",
    "visually",
];

/// One furniture hint.
#[derive(Debug)]
pub(crate) enum Hint {
    /// Tokens in a row; the last may be held by a longer token.
    Tokens(Vec<String>),
    /// One whole token.
    Exact(String),
    /// A substring of the names (hints outside ASCII).
    Anywhere(String),
}

impl Hint {
    fn parse(line: &str) -> Hint {
        if let Some(word) = line.strip_prefix('=') {
            return Hint::Exact(word.to_string());
        }
        if !line.is_ascii() {
            return Hint::Anywhere(line.to_string());
        }
        let tokens: Vec<String> = split_tokens(line).map(str::to_string).collect();
        match tokens.as_slice() {
            // "-ad-", "com-": readability's way of writing a whole token.
            [one] if line != one => Hint::Exact(one.clone()),
            _ => Hint::Tokens(tokens),
        }
    }

    /// Whether the hint matches the tokens of `block` ending at its `k`th token, `token`.
    fn ends_at(&self, block: &str, k: usize, token: &str) -> bool {
        match self {
            Hint::Exact(word) => token == word,
            Hint::Tokens(hint) => match hint.split_last() {
                None => false,
                Some((last, [])) => token_holds(token, last),
                Some((last, head)) => {
                    k >= head.len()
                        && token_holds(token, last)
                        && split_tokens(block)
                            .skip(k - head.len())
                            .zip(head)
                            .all(|(t, h)| t == h)
                }
            },
            Hint::Anywhere(_) => false,
        }
    }

    /// Whether the hint matches one name's tokens.
    #[cfg(test)]
    fn matches_tokens(&self, tokens: &[&str]) -> bool {
        match self {
            Hint::Exact(word) => tokens.iter().any(|t| t == word),
            Hint::Tokens(hint) => match hint.split_last() {
                None => false,
                Some((last, [])) => tokens.iter().any(|t| token_holds(t, last)),
                Some((last, head)) => tokens.windows(hint.len()).any(|w| {
                    w[..head.len()].iter().zip(head).all(|(t, h)| t == h)
                        && token_holds(w[head.len()], last)
                }),
            },
            Hint::Anywhere(_) => false,
        }
    }
}

/// Whether a token holds a one-token hint: equal, opened by it, or (long hints) anywhere inside.
fn token_holds(token: &str, hint: &str) -> bool {
    let holds = if hint.len() >= MIN_INFIX_HINT {
        token.contains(hint)
    } else {
        token.starts_with(hint)
    };
    holds && !FALSE_FRIENDS.contains(&token)
}

/// The tokens of a name: split on `-` and `_`.
fn split_tokens(name: &str) -> impl Iterator<Item = &str> {
    name.split(['-', '_']).filter(|t| !t.is_empty())
}

/// Whether a (lowercased) name belongs to a utility, layout or page-builder vocabulary.
fn is_neutral(name: &str) -> bool {
    name.contains(':')
        || name.contains('[')
        || NEUTRAL_PREFIXES.iter().any(|p| name.starts_with(p))
        || split_tokens(name).any(|t| UTILITY_TOKENS.contains(&t))
        || is_visibility_utility(name)
}

/// The markers between a CSS module's file name and a class's own name in generated names:
/// css-loader's `[name]__[local]` for a `footer.module.css` (`footer-module__introCell`) and Gatsby's
/// `[name]--[local]--[hash]` (`footer-module--intro-cell--3xYz`).
const MODULE_MARKERS: &[&str] = &["-module__", "_module__", "-module--", "_module--"];

/// The part of a (lowercased) name that says what its element is: the name before a BEM modifier
/// (`card--sidebar` is a card), and in a CSS module's generated name the class's own name, not the
/// file's: `footer-module__introCell` is an intro cell that the footer's file styles, and a landing
/// page's sections often live in such files, their root (`footer-module__root`) included. What a
/// module's element really is goes by its own name, its tag and its role.
fn role_block(name: &str) -> &str {
    // Most names hold no module marker: one scan for its word passes them over.
    let bytes = name.as_bytes();
    if !bytes.windows(b"module".len()).any(|w| w == b"module") {
        return name.split("--").next().unwrap_or(name);
    }
    for marker in MODULE_MARKERS {
        if let Some(at) = name.find(marker) {
            let file = &name[..at];
            let local = &name[at + marker.len()..];
            // Drop a modifier or a hash: `intro--wide`, css-loader's `introcell___3xyz`, Turbopack's
            // `[name]-module__[hash]__[local]` (`page-module__x1y2z3__intro`).
            let local = local.split("--").next().unwrap_or(local);
            let local = match local.split_once("__") {
                Some((_hash, own)) if !own.is_empty() && !own.starts_with('_') => {
                    own.split("__").next().unwrap_or(own)
                }
                Some((own, _)) => own,
                None => local,
            };
            let first = split_tokens(local).next().unwrap_or("");
            return if first.is_empty() { file } else { local };
        }
    }
    name.split("--").next().unwrap_or(name)
}

/// Words of a visibility state (`hidden-xs`, `visible-md`, `hide-on-mobile`, `quick-add-hidden`).
const VISIBILITY_WORDS: &[&str] = &["hidden", "visible", "hide", "show"];

/// Where a visibility state holds: Bootstrap's and Foundation's breakpoints, device names, print, and
/// a theme's quick view of a product in a modal (Shopify's `quick-add-hidden` on the product's own
/// description and accordions).
const VISIBILITY_CONTEXTS: &[&str] = &[
    "xs", "sm", "md", "lg", "xl", "xxl", "small", "medium", "large", "mobile", "tablet", "desktop",
    "phone", "print", "quick",
];

/// Whether a name says where its element is hidden or shown, not that it is (`hidden-xs`,
/// `hidden-sm-down`, `hidden-900`, `visible-desktop`, `hide-on-mobile`, `quick-add-hidden`): the page
/// shows it elsewhere (on another screen, outside a quick view; pages often set a section twice, once
/// for each screen), so the name says how it renders, not what it holds. Hidden elements go by their
/// attributes and styles; `hidden` alone, or with a word that is no place (`hidden-panel`), still
/// names a hidden block.
fn is_visibility_utility(name: &str) -> bool {
    let is_context = |t: &str| {
        VISIBILITY_CONTEXTS.contains(&t) || (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut tokens = split_tokens(name);
    let Some(first) = tokens.next() else {
        return false;
    };
    // The state first, then where: `hidden-xs`, `hide-on-mobile`.
    if VISIBILITY_WORDS.contains(&first) {
        let place = match tokens.next() {
            Some("on") => tokens.next(),
            place => place,
        };
        return place.is_some_and(is_context);
    }
    // Where first, then the state: `quick-add-hidden`, `mobile-hidden`.
    let last = name.rsplit(['-', '_']).find(|t| !t.is_empty());
    last.is_some_and(|last| VISIBILITY_WORDS.contains(&last)) && split_tokens(name).any(is_context)
}

/// A furniture hint list compiled for matching per token.
#[derive(Debug)]
pub(crate) struct Hints(TokenHints);

/// Furniture hints with the automata that find, in one pass over a token, the few hints that may
/// match it: a token matches a hint only if it holds the hint's word or last token. Utility-class
/// markup gives dozens of names per element, and trying each hint on each token was a tenth of the
/// time spent on a modern page.
#[derive(Debug)]
pub(crate) struct TokenHints {
    hints: Vec<Hint>,
    /// The hints written outside ASCII, matched anywhere in the names.
    anywhere: Option<AhoCorasick>,
    /// The words of exact hints and the last tokens of token hints, each once.
    parts: AhoCorasick,
    /// For each of `parts`, the hints it ends.
    by_part: Vec<Vec<usize>>,
}

impl TokenHints {
    fn new(hints: Vec<Hint>) -> TokenHints {
        let mut parts: Vec<&str> = Vec::new();
        let mut by_part: Vec<Vec<usize>> = Vec::new();
        let mut anywhere = Vec::new();
        for (k, hint) in hints.iter().enumerate() {
            let part = match hint {
                Hint::Exact(word) => word.as_str(),
                Hint::Tokens(tokens) => tokens.last().map_or("", String::as_str),
                Hint::Anywhere(text) => {
                    anywhere.push(text.as_str());
                    continue;
                }
            };
            // An empty word or token list matches no token, nor does a word with a separator.
            if part.is_empty() || part.contains(['-', '_']) {
                continue;
            }
            match parts.iter().position(|p| *p == part) {
                Some(at) => by_part[at].push(k),
                None => {
                    parts.push(part);
                    by_part.push(vec![k]);
                }
            }
        }
        let build = |patterns: &[&str]| {
            AhoCorasick::new(patterns).expect("hint lists compile: they are short literals")
        };
        TokenHints {
            anywhere: (!anywhere.is_empty()).then(|| build(&anywhere)),
            parts: build(&parts),
            by_part,
            hints,
        }
    }

    /// Whether the (lowercased) names match a hint.
    fn matches(&self, names: &str) -> bool {
        if self.anywhere.as_ref().is_some_and(|a| a.is_match(names)) {
            return true;
        }
        names
            .split_whitespace()
            .any(|name| self.name_matches(name) && !is_hidden_until_a_breakpoint(name, names))
    }

    /// Whether one (lowercased) name matches a hint.
    fn name_matches(&self, name: &str) -> bool {
        // Most names hold no hint's word or last token at all: one unanchored search of the name
        // (whose block is a part of it) answers them before the utility and module checks and the
        // overlapping search of the block.
        if !self.parts.is_match(name) {
            return false;
        }
        // A BEM modifier names a variant, not the block: `card--sidebar` is a card.
        !is_neutral(name) && self.block_matches(role_block(name))
    }

    /// [`TokenHints::matches`] on the names of ASCII `class` and `id`, each name's answer kept in
    /// `seen`. The hints written outside ASCII cannot be in them.
    fn matches_ascii<'a>(&self, class: &'a str, id: &'a str, seen: &mut NameAnswers<'a>) -> bool {
        class
            .split_whitespace()
            .chain(id.split_whitespace())
            .any(|name| {
                // `hidden` depends on the other names of its `class` (`hidden md:grid`): not kept.
                if is_hidden_until_a_breakpoint(name, class) {
                    return false;
                }
                if let Some(&answer) = seen.get(name) {
                    return answer;
                }
                let answer = self.name_matches(&name.to_ascii_lowercase());
                // A page of generated names (a hash per element) repeats few: the table stays small.
                if seen.len() < MAX_NAMES_KEPT {
                    seen.insert(name, answer);
                }
                answer
            })
    }

    /// Whether the tokens of a name's block match a hint: only the hints whose word or last token
    /// a token holds are tried, on that token. One pass of the automaton over the block finds them
    /// for all its tokens: no part holds a separator, so each part found lies in one token.
    fn block_matches(&self, block: &str) -> bool {
        let b = block.as_bytes();
        let is_separator = |c: &u8| matches!(c, b'-' | b'_');
        for found in self.parts.find_overlapping_iter(block) {
            let start = b[..found.start()]
                .iter()
                .rposition(is_separator)
                .map_or(0, |p| p + 1);
            let end = b[found.end()..]
                .iter()
                .position(is_separator)
                .map_or(b.len(), |p| found.end() + p);
            let token = &block[start..end];
            let k = split_tokens(&block[..start]).count();
            for &h in &self.by_part[found.pattern().as_usize()] {
                if self.hints[h].ends_at(block, k, token) {
                    return true;
                }
            }
        }
        false
    }
}

/// Names whose answers a page keeps: utility vocabularies have a few thousand names.
const MAX_NAMES_KEPT: usize = 4096;

/// What each name of a page's `class` and `id` values says to one hint list, once asked.
pub(crate) type NameAnswers<'a> = FxHashMap<&'a str, bool>;

/// `class` and `id` joined by a space and lowercased: the names the hints are matched against.
pub(crate) fn lowercase_names(class: &str, id: &str) -> String {
    let mut names = String::with_capacity(class.len() + 1 + id.len());
    names.push_str(class);
    names.push(' ');
    names.push_str(id);
    if names.is_ascii() {
        names.make_ascii_lowercase();
        names
    } else {
        names.to_lowercase()
    }
}

/// The hint lines of a file, lowercased: comments and blank lines skipped.
fn hint_lines(data: &str) -> impl Iterator<Item = String> + '_ {
    data.lines()
        .map(|line| line.split_once('#').map_or(line, |(head, _)| head).trim())
        .filter(|line| !line.is_empty())
        .map(str::to_lowercase)
}

impl Hints {
    /// Compiles a furniture hint file: tokens.
    fn furniture(data: &str) -> Hints {
        Hints(TokenHints::new(
            hint_lines(data).map(|l| Hint::parse(&l)).collect(),
        ))
    }

    /// Compiles a furniture hint file without the lines of `without`.
    fn furniture_without(data: &str, without: &str) -> Hints {
        let left_out: Vec<String> = hint_lines(without).collect();
        Hints(TokenHints::new(
            hint_lines(data)
                .filter(|l| !left_out.contains(l))
                .map(|l| Hint::parse(&l))
                .collect(),
        ))
    }

    /// Whether the (lowercased) names, a `class` and/or an `id` separated by whitespace, match a hint.
    pub(crate) fn matches(&self, names: &str) -> bool {
        self.0.matches(names)
    }

    /// Whether `class` and `id` (as the page writes them) match a furniture hint: [`Hints::matches`]
    /// on them joined and lowercased. Utility-class markup repeats the same names on many elements:
    /// the answer for each name of an ASCII `class` or `id` is kept in `seen`, which must serve this
    /// list only.
    pub(crate) fn matches_names<'a>(
        &self,
        class: &'a str,
        id: &'a str,
        seen: &mut NameAnswers<'a>,
    ) -> bool {
        if class.is_ascii() && id.is_ascii() {
            self.0.matches_ascii(class, id, seen)
        } else {
            self.matches(&lowercase_names(class, id))
        }
    }

    /// The original matching, hint by hint and token by token, for the test that holds the
    /// automata's answers equal to it.
    #[cfg(test)]
    fn matches_slowly(&self, names: &str) -> bool {
        let hints = &self.0.hints;
        let anywhere = hints
            .iter()
            .any(|h| matches!(h, Hint::Anywhere(s) if names.contains(s.as_str())));
        anywhere
            || names
                .split_whitespace()
                .filter(|name| !is_neutral(name) && !is_hidden_until_a_breakpoint(name, names))
                .any(|name| {
                    let block = role_block(name);
                    let tokens: Vec<&str> = split_tokens(block).collect();
                    hints.iter().any(|h| h.matches_tokens(&tokens))
                })
    }
}

/// Names of furniture: a container named so loses weight.
pub(crate) static NEGATIVE: Lazy<Hints> =
    Lazy::new(|| Hints::furniture(include_str!("hints/negative.txt")));
/// Names of article bodies: a container named so gains weight. Matched by whole tokens (see
/// `content_hints`).
pub(crate) static POSITIVE: Lazy<ContentHints> =
    Lazy::new(|| ContentHints::new(hint_lines(include_str!("hints/positive.txt"))));
/// Names of containers dropped before scoring.
pub(crate) static UNLIKELY: Lazy<Hints> =
    Lazy::new(|| Hints::furniture(include_str!("hints/unlikely.txt")));
/// Hints that name a discussion, which on a forum thread's page is the content.
const DISCUSSION: &str = include_str!("hints/discussion.txt");
/// Names of a discussion alone (comments, replies): the container of a thread's posts or of the
/// comments under a story (see `discussion_pick`).
pub(crate) static DISCUSSION_NAMES: Lazy<Hints> = Lazy::new(|| Hints::furniture(DISCUSSION));
/// Names of containers dropped before scoring on a forum thread's page: [`UNLIKELY`] without the
/// names of a discussion.
pub(crate) static UNLIKELY_IN_THREADS: Lazy<Hints> =
    Lazy::new(|| Hints::furniture_without(include_str!("hints/unlikely.txt"), DISCUSSION));
/// Names of furniture on a forum thread's page: [`NEGATIVE`] without the names of a discussion.
pub(crate) static NEGATIVE_IN_THREADS: Lazy<Hints> =
    Lazy::new(|| Hints::furniture_without(include_str!("hints/negative.txt"), DISCUSSION));
/// The hint of a page's header, which on a page that is not an article may name a section's head
/// (see `section_head`).
const HEADER: &str = "header";
/// [`UNLIKELY`] without [`HEADER`]: names that make a container furniture whatever it holds.
pub(crate) static UNLIKELY_BUT_HEADER: Lazy<Hints> =
    Lazy::new(|| Hints::furniture_without(include_str!("hints/unlikely.txt"), HEADER));
/// The hint of a banner, which may hold one of a landing page's sections (see `banner`).
const BANNER: &str = "banner";
/// [`UNLIKELY`] without [`BANNER`]: names that make a container furniture whatever it holds.
pub(crate) static UNLIKELY_BUT_BANNER: Lazy<Hints> =
    Lazy::new(|| Hints::furniture_without(include_str!("hints/unlikely.txt"), BANNER));
/// [`NEGATIVE`] without [`BANNER`]: names that lower a container's score whatever it holds.
pub(crate) static NEGATIVE_BUT_BANNER: Lazy<Hints> =
    Lazy::new(|| Hints::furniture_without(include_str!("hints/negative.txt"), BANNER));
/// Names that rescue an unlikely container. Matched by whole tokens, as [`POSITIVE`].
pub(crate) static MAYBE: Lazy<ContentHints> =
    Lazy::new(|| ContentHints::new(hint_lines(include_str!("hints/maybe.txt"))));

/// Hints of furniture whose content is never the article's: [`UNLIKELY`] without the header and
/// the banner, which on many pages hold the article's own head and lead (`article-header`,
/// `articleHeader__content`, a landing page's `hero-banner-content`).
const HEAD_AND_BANNER: &str = "header\nbanner";
/// [`UNLIKELY`] without [`HEAD_AND_BANNER`] (see [`rescued_by_other_names`]).
pub(crate) static FURNITURE_OF_ITS_OWN: Lazy<Hints> =
    Lazy::new(|| Hints::furniture_without(include_str!("hints/unlikely.txt"), HEAD_AND_BANNER));

/// Whether a name of `class` or `id` names what may be the article ([`MAYBE`]) without itself
/// naming a part of `furniture`: a container named like furniture stays if another of its names
/// says "content" (`sidebar main-column`), but a name that says both is a part of that furniture
/// (`modal-content`, `footer-body`, `sidebar-content`, `related-articles`, `vector-menu-content`):
/// the content of a dialog, the body of a footer, not the article's. A name that opens with the
/// content word still rescues (`main-sidebar-wrap`, `column-community-content`: a layout column or
/// wrapper named first for what it is), and so does a header's or banner's content (see
/// [`HEAD_AND_BANNER`]).
pub(crate) fn rescued_by_other_names(furniture: &Hints, class: &str, id: &str) -> bool {
    class
        .split_whitespace()
        .chain(id.split_whitespace())
        .any(|name| {
            MAYBE.matches(name) && {
                let lowercase = name.to_lowercase();
                !furniture.matches(&lowercase)
                    || !FURNITURE_OF_ITS_OWN.matches(&lowercase)
                    || name_tokens(name).next().is_some_and(|t| MAYBE.matches(t))
            }
        })
}

/// Weight one matching name gives: large enough to outweigh a few short paragraphs, as in readability.
pub(crate) const HINT_WEIGHT: f32 = 25.0;

/// ARIA roles of page furniture.
pub(crate) fn is_furniture_role(role: &str) -> bool {
    matches!(
        role.trim().to_ascii_lowercase().as_str(),
        "menu" | "menubar" | "complementary" | "navigation" | "alert" | "alertdialog" | "dialog"
    )
}

/// The class weight of an element: +25 per positive name (class, id), -25 per negative one.
#[cfg(test)]
pub(crate) fn class_weight(class: Option<&str>, id: Option<&str>) -> f32 {
    [class, id].into_iter().flatten().map(names_weight).sum()
}

/// The weight of one attribute's names (a `class` or an `id`): +25 when positive, -25 when
/// negative, both or neither 0.
pub(crate) fn names_weight(names: &str) -> f32 {
    weigh_names(names, &NEGATIVE)
}

/// The weight of one attribute's names on a forum thread's page, where names of a discussion are
/// not furniture (see [`NEGATIVE_IN_THREADS`]).
pub(crate) fn names_weight_in_threads(names: &str) -> f32 {
    weigh_names(names, &NEGATIVE_IN_THREADS)
}

/// +25 when the names match a content hint, -25 when they match `negative`, both or neither 0.
fn weigh_names(names: &str, negative: &Hints) -> f32 {
    if names.is_empty() {
        return 0.0;
    }
    // Most names are lowercase ASCII already: no copy for them.
    let lowercase = if names.is_ascii() && !names.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(names)
    } else {
        Cow::Owned(names.to_lowercase())
    };
    let mut weight = 0.0;
    if negative.matches(&lowercase) {
        weight -= HINT_WEIGHT;
    }
    // Content hints read the names as written: their case marks tokens (`articleBody`).
    if POSITIVE.matches(names) {
        weight += HINT_WEIGHT;
    }
    weight
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_a_discussion_are_furniture_except_in_a_thread() {
        // Each line of the discussion list is a furniture hint that it takes out in threads.
        let lists = [
            include_str!("hints/unlikely.txt"),
            include_str!("hints/negative.txt"),
        ];
        for line in hint_lines(DISCUSSION) {
            assert!(
                lists.iter().any(|l| hint_lines(l).any(|h| h == line)),
                "{line} is in no furniture list"
            );
        }
        for names in [
            "comments",
            "ipsComment_wrap",
            "js-post-replies",
            "kommentare",
        ] {
            let names = names.to_lowercase();
            assert!(UNLIKELY.matches(&names), "{names}");
            assert!(!UNLIKELY_IN_THREADS.matches(&names), "{names}");
        }
        // Other furniture stays furniture in a thread.
        for names in ["sidebar", "site-footer", "newsletter-signup"] {
            assert!(UNLIKELY_IN_THREADS.matches(names), "{names}");
        }
        assert!(names_weight("comment-list") < 0.0);
        assert_eq!(names_weight_in_threads("comment-list"), 0.0);
        assert!(names_weight_in_threads("share-bar sidebar") < 0.0);
    }

    #[test]
    fn every_list_compiles_and_matches_its_kind() {
        assert!(NEGATIVE.matches("comments-list"));
        assert!(NEGATIVE.matches("top ad"));
        assert!(!NEGATIVE.matches("header-download"));
        assert!(POSITIVE.matches("artikel-inhalt"));
        assert!(POSITIVE.matches("正文"));
        // Content words count as whole tokens of a name, not inside other words.
        assert!(POSITIVE.matches("wpb_text_column"));
        assert!(POSITIVE.matches("RichText__default"));
        assert!(POSITIVE.matches("ce-bodytext"));
        assert!(!POSITIVE.matches("history-timeline"));
        assert!(!POSITIVE.matches("textwidget"));
        assert!(UNLIKELY.matches("cookie-banner"));
        assert!(MAYBE.matches("main-column"));
        // Rescue words count as whole tokens too: "and" is not in "standard" or "landing".
        assert!(MAYBE.matches("sidebar-and-content"));
        assert!(MAYBE.matches("MathJax_Display"));
        assert!(!MAYBE.matches("format-standard"));
        assert!(!MAYBE.matches("landing-row"));
        assert!(UNLIKELY.matches("post-author-bio"));
        assert!(UNLIKELY.matches("testreport__authorbox"));
        assert!(UNLIKELY.matches("aawp-disclaimer"));
        // A plain "author" is the byline, which the pruner handles on its own (and keeps short).
        assert!(!UNLIKELY.matches("author vcard"));
        assert!(NEGATIVE.matches("affiliate-text"));
        assert!(UNLIKELY.matches("yorumlar-listesi"));
        assert!(UNLIKELY.matches("reclame-blok"));
        // A landing page's fine print; not a story about the law.
        assert!(NEGATIVE.matches("copy-legal"));
        assert!(NEGATIVE.matches("legal-text"));
        assert!(NEGATIVE.matches("offer fine-print"));
        assert!(!NEGATIVE.matches("legalization-story"));
        assert!(!NEGATIVE.matches("paralegal-guide"));
    }

    #[test]
    fn hints_match_tokens_not_substrings() {
        // Whole tokens, and hints of four letters or more inside a token.
        assert!(NEGATIVE.matches("comment-list"));
        assert!(NEGATIVE.matches("commentlist"));
        assert!(UNLIKELY.matches("a-submenuitem"));
        assert!(NEGATIVE.matches("site-footer"));
        assert!(NEGATIVE.matches("sitefooter"));
        assert!(UNLIKELY.matches("entry about-author"));
        // Substrings inside other words are not hints.
        assert!(!NEGATIVE.matches("loaded"));
        assert!(!NEGATIVE.matches("adobe-fonts header-download"));
        assert!(!NEGATIVE.matches("opinion-commentary"));
        assert!(!NEGATIVE.matches("shareholders-letter"));
        assert!(!UNLIKELY.matches("progress-bar"));
    }

    #[test]
    fn utility_layout_and_builder_names_are_neutral() {
        assert!(!NEGATIVE.matches("relative overflow-hidden"));
        assert!(!NEGATIVE.matches("vds-box vds-overflow_hidden"));
        assert!(!NEGATIVE.matches("md:hidden lg:block"));
        assert!(!NEGATIVE.matches("scroll-target"));
        // How a block scrolls, or hides its scroll bar, says nothing of what it holds.
        assert!(!NEGATIVE.matches("carousel__window hide-scrollbar"));
        assert!(!NEGATIVE.matches("fullwidth-box non-hundred-percent-height-scrolling"));
        assert!(!NEGATIVE.matches("list is-scrollable"));
        assert!(!UNLIKELY.matches("o-layout-sidebar-after"));
        assert!(!NEGATIVE.matches("elementor-widget elementor-widget-text-editor"));
        // HubSpot's module wrapper and its older layout cells: a builder's block, whatever it holds;
        // the module's type still names a menu.
        assert!(!NEGATIVE.matches(
            "hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module hs_cos_wrapper_widget_1700000000001"
        ));
        assert!(!NEGATIVE.matches("widget-span widget-type-cell span12"));
        assert!(!NEGATIVE.matches("widget-span widget-type-rich_text"));
        assert!(NEGATIVE.matches("hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_menu"));
        assert!(NEGATIVE.matches("widget-span widget-type-menu"));
        assert!(!UNLIKELY.matches("card--sidebar"));
        // A CSS module's generated name: the class's own name says the role, not the file's.
        assert!(!NEGATIVE.matches("footer-module__introCell".to_lowercase().as_str()));
        assert!(!NEGATIVE.matches("banner-module__heading___3xyz1"));
        assert!(!UNLIKELY.matches("sidebar-module--feature-text--2abc"));
        assert!(!UNLIKELY.matches("promo_module__body"));
        assert!(!NEGATIVE.matches("footer-module__root"));
        assert!(!UNLIKELY.matches("sidebar-module__container___1a2b3"));
        assert!(!NEGATIVE.matches("footer-module__x1y2z3__intro"));
        assert!(NEGATIVE.matches("page-module__x1y2z3__metaheading"));
        // Where a block is hidden or shown: another screen, print, a quick view of the product.
        for names in [
            "section hidden-xs",
            "col-md-6 hidden-xs",
            "hidden-900",
            "hidden-sm-down",
            "hidden-tablet-only",
            "visible-desktop",
            "hide-on-mobile",
            "hidden-print",
            "product__description rte quick-add-hidden",
        ] {
            assert!(!NEGATIVE.matches(names), "{names}");
        }
        // The same words as names of their own are still furniture.
        assert!(NEGATIVE.matches("hidden"));
        assert!(!NEGATIVE.matches("hidden md:grid"));
        assert!(NEGATIVE.matches("hidden md:p-4"));
        assert!(NEGATIVE.matches("hidden-panel"));
        assert!(NEGATIVE.matches("hidden-comments"));
        assert!(NEGATIVE.matches("news-scroller"));
        assert!(UNLIKELY.matches("sidebar"));
        assert!(NEGATIVE.matches("widget widget_text"));
        // A module's own furniture names still are; a name without its own part is the file's.
        assert!(NEGATIVE.matches("article-module__share-bar"));
        assert!(NEGATIVE.matches("article-module--sidebar--3xyz"));
        assert!(NEGATIVE.matches("footer-module__"));
    }

    #[test]
    fn the_automata_answer_as_each_hint_tried_in_turn() {
        let words = [
            "ad",
            "ads",
            "menu",
            "submenu",
            "comment",
            "commentary",
            "author",
            "bio",
            "share",
            "footer",
            "header",
            "related",
            "sidebar",
            "card",
            "o",
            "layout",
            "md:hidden",
            "hidden",
            "md:grid",
            "social",
            "widget",
            "text",
            "post",
            "content",
            "rss",
            "progress",
            "extra",
            "nav",
            "top",
            "x",
            "комментарии",
            "cookie",
            "banner",
            "about",
            "padding",
            "shadow",
            "item",
        ];
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        let seps = [" ", "-", "_", "--", "", "  "];
        for _ in 0..20_000 {
            let names: String = (0..1 + next(6))
                .map(|_| format!("{}{}", words[next(words.len())], seps[next(seps.len())]))
                .collect();
            for list in [&*NEGATIVE, &*UNLIKELY] {
                assert_eq!(
                    list.matches(&names),
                    list.matches_slowly(&names),
                    "{names:?}"
                );
            }
        }
    }

    #[test]
    fn names_answered_once_as_the_joined_names_are() {
        let pairs = [
            ("Sidebar-Widget", ""),
            ("post-content", "Main"),
            ("u-hidden SIDEBAR", "x"),
            ("card--sidebar", "related-Posts"),
            ("", "comments"),
            ("Sidebar-Widget", "comments"),
            ("комментарии", ""),
            ("a\x0Bsidebar", ""),
            ("flex items-center", "nav-menu"),
        ];
        for list in [&*UNLIKELY, &*UNLIKELY_IN_THREADS, &*NEGATIVE] {
            let mut seen = NameAnswers::default();
            // Twice: the second round answers from `seen`.
            for (class, id) in pairs.iter().chain(&pairs) {
                assert_eq!(
                    list.matches_names(class, id, &mut seen),
                    list.matches(&lowercase_names(class, id)),
                    "{class:?} {id:?}"
                );
            }
        }
    }

    #[test]
    fn weights_add_per_attribute() {
        assert_eq!(class_weight(Some("post-content"), None), 25.0);
        assert_eq!(class_weight(Some("articleBody"), None), 25.0);
        // "main" and "page" inside other words: no content hint.
        assert_eq!(class_weight(Some("maintenance-homepage"), None), 0.0);
        assert_eq!(class_weight(Some("sidebar"), Some("story")), 0.0);
        assert_eq!(class_weight(Some("share"), Some("social")), -50.0);
        assert_eq!(class_weight(None, None), 0.0);
    }
}
