//! Pages whose tree would not fit the memory budget, read without one.
//!
//! The parsed DOM and the tables the DOM stage keeps beside it cost several hundred bytes per tag
//! (measured: about 370 bytes per tag for a page of tiny `<div>`s, up to about 850 on the densest
//! dev pages), whatever the tag's own size. A page of ten-byte elements therefore needs some sixty
//! times its size in memory. The decision is taken per page, before the parse (trafilatura's
//! `max_tree_size` refuses a page whose parsed tree is too large; by then the memory is spent):
//! [`Density`] counts the page's `<` (one cheap scan) and predicts the tree's cost; over
//! [`Density::allowed`], the page is read by html5ever's tokenizer alone, with no tree: its visible
//! text, cut into blocks at block-level tags, goes through the pipeline as the text of a whole page
//! (body locator, cleaners, normalizers), and [`Article::input`] says so (`decided_by`
//! [`DENSE_MARKUP`]).
//!
//! What the reader skips is what a browser's default style sheet never shows and the tokenizer can
//! tell by itself: the raw text of `<script>`, `<style>`, `<noscript>`, `<iframe>`, `<noembed>`,
//! `<noframes>` and `<title>` (whose text is the article's title), and everything inside
//! `<template>`, `<datalist>`, `<rp>`, `<canvas>`, `<video>` and `<audio>`, and inside SVG's and
//! MathML's `<script>`, `<style>` and `<title>`. The reader follows the open elements' names (up to
//! the parse's depth cap, `depth_cap`), so such an element ends where the parser ends it: at its end
//! tag or at an end tag of an element around it. The text of an element its attributes hide (`hidden`,
//! `display: none`, `visibility: hidden`) is recorded as a removal of the "hidden" stage, one record
//! per block at most. Everything else a reader sees is in a block, so nothing visible is lost. Spans into the page are not known on this path: blocks and records have none.
//!
//! [`Article::input`]: crate::Article::input

use crate::article::{Article, InputKind, InputReading};
use crate::document::{Document, TitleSource};
use crate::measure::budget::allowed_peak;
use crate::removal::{Reason, Removal};
use crate::text::{short_lines_apart, split_text};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::{LocalName, TokenizerResult};
use std::cell::RefCell;

/// [`InputReading::decided_by`] of a page read without a tree.
pub(crate) const DENSE_MARKUP: &str = "dense-markup";

/// Bytes of memory the tree and the DOM stage's tables take per `<` of the page, at most: an upper
/// bound of what was measured (peak bytes over the page's `<` count: 370 for tiny `<div>`s, 572 to
/// 852 on the densest dev pages of 20 to 330 KB).
const BYTES_PER_TAG: usize = 1024;

/// Bytes of markup fed to the tokenizer at a time: the reader holds no copy of the whole page.
const CHUNK_BYTES: usize = 64 << 10;

/// Characters a block holds at least before a block-level tag ends it: shorter pieces are joined
/// with a space, so a page of tiny elements makes blocks of a line or so, not one per element (a
/// block costs a few hundred bytes in the pipeline).
const MIN_BLOCK_BYTES: usize = 80;

/// The longest title taken from `<title>`, in bytes.
const MAX_TITLE_BYTES: usize = 1024;

/// A page's tag count and the memory a tree of it would take, against its budget.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Density {
    /// The page's `<` (every tag starts with one; so may text and scripts, which only errs towards
    /// a larger prediction).
    pub tags: usize,
    /// The page's size in bytes.
    pub bytes: usize,
}

impl Density {
    /// Counts the tags of `html`.
    pub(crate) fn of(html: &str) -> Density {
        Density {
            tags: memchr::memchr_iter(b'<', html.as_bytes()).count(),
            bytes: html.len(),
        }
    }

    /// The predicted peak of reading the page with a tree.
    pub(crate) fn predicted(self) -> usize {
        self.tags.saturating_mul(BYTES_PER_TAG)
    }

    /// The peak the page may take: ten times its size, or 32 MB for a small page (see
    /// [`allowed_peak`]). Dense markup under the floor is read with a tree (ten-byte elements up
    /// to a page of about 190 KB); the densest dev pages predict at most two thirds of it.
    pub(crate) fn allowed(self) -> usize {
        allowed_peak(self.bytes)
    }

    /// Whether a tree of the page would take more than it may.
    pub(crate) fn too_dense(self) -> bool {
        self.predicted() > self.allowed()
    }
}

/// The document of a page too dense for a tree (see the module's documentation), or `None` when a
/// tree of it fits its budget.
pub(crate) fn read_if_dense(html: &str, page_url: Option<&str>) -> Option<Document> {
    let density = Density::of(html);
    density.too_dense().then(|| read(html, page_url, density))
}

/// Reads `html` without a tree.
fn read(html: &str, page_url: Option<&str>, density: Density) -> Document {
    let Page {
        text,
        title,
        removals,
    } = page_text(html);
    let (mut blocks, _) = split_text(&text);
    let apart = short_lines_apart(&text, &blocks);
    drop(text);
    for block in &mut blocks {
        block.span = None;
    }
    let mut meta = Article {
        url: page_url.map(str::to_string),
        ..Article::default()
    };
    meta.input = Some(InputReading {
        kind: InputKind::Page,
        decided_by: DENSE_MARKUP,
        evidence: format!(
            "dense markup read without a tree: {} tags in {} bytes would take about {} MB as a tree, \
             over the budget of {} MB",
            density.tags,
            density.bytes,
            density.predicted() >> 20,
            density.allowed() >> 20
        ),
    });
    if title.is_some() {
        meta.sources.title = Some("<title>");
    }
    Document {
        blocks,
        title: TitleSource::Declared(title),
        removals,
        meta,
        text_input: Some((InputKind::Page, apart)),
        line_groups: Vec::new(),
    }
}

/// What the reader takes from a page: its visible text, blocks a blank line apart, and its title.
struct Page {
    text: String,
    title: Option<String>,
    /// What hidden elements hold.
    removals: Vec<Removal>,
}

/// Tokenizes `html` a chunk at a time into [`Page`].
fn page_text(html: &str) -> Page {
    let tokenizer = Tokenizer::new(Reader::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut at = 0;
    while at < html.len() {
        let mut end = (at + CHUNK_BYTES).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        queue.push_back(StrTendril::from_slice(&html[at..end]));
        // The reader never asks for a script to run: the tokenizer stops only when the queue is empty.
        while let TokenizerResult::Script(()) = tokenizer.feed(&queue) {}
        at = end;
    }
    tokenizer.end();
    let mut state = tokenizer.sink.state.into_inner();
    state.flush_hidden();
    let title = state.title.split_whitespace().collect::<Vec<_>>().join(" ");
    Page {
        text: state.text,
        title: (!title.is_empty()).then_some(title),
        removals: state.removals,
    }
}

/// The tokenizer's sink: the text read so far and where the reader is.
#[derive(Default)]
struct Reader {
    state: RefCell<ReaderState>,
}

#[derive(Default)]
struct ReaderState {
    /// The visible text: blocks a blank line apart, whitespace runs as one space.
    text: String,
    /// Where the current block starts in `text`.
    block_start: usize,
    /// Whether whitespace was met since the last character kept.
    space: bool,
    /// The raw-text element open (its text is not shown, or is the title), if any.
    raw: Option<Raw>,
    /// The open elements' names, up to [`MAX_DEPTH`] (deeper ones are not followed).
    open: Vec<LocalName>,
    /// The place on `open` of the element whose content is never shown, while it is open.
    unseen: Option<usize>,
    /// The place on `open` of the outermost `<svg>` or `<math>`, while it is open: its content holds
    /// no raw text.
    foreign: Option<usize>,
    /// The place on `open` of the outermost element hidden by its attributes, while it is open.
    hidden: Option<usize>,
    /// The text of hidden elements not yet recorded, and whether whitespace was met after it.
    hidden_text: String,
    hidden_space: bool,
    /// The records of hidden elements' text.
    removals: Vec<Removal>,
    /// The text of `<title>`.
    title: String,
}

/// A raw-text element's text: skipped, kept (`<textarea>`, `<xmp>`) or the title.
#[derive(Clone, Copy, PartialEq)]
enum Raw {
    Skipped,
    Kept,
    Title,
}

/// Elements whose content a browser never shows, which the tokenizer reads as markup.
pub(super) const UNSEEN: [&str; 6] = ["template", "datalist", "rp", "canvas", "video", "audio"];

/// Elements of SVG and MathML whose content is never shown (where they hold no raw text).
const FOREIGN_UNSEEN: [&str; 3] = ["script", "style", "title"];

/// Open elements the reader follows; deeper ones are read as text of the deepest (the parse's
/// cap, as browsers cap the tree).
const MAX_DEPTH: usize = super::depth_cap::MAX_DEPTH;

/// Elements that bound the scope an end tag searches (HTML's "has an element in scope").
const SCOPE: [&str; 9] = [
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
];

/// Elements of special meaning to the parser (those that end the search of an end tag of another
/// element; HTML's "special" category, its common members).
fn is_special(name: &str) -> bool {
    is_block_level(name)
        || is_void(name)
        || SCOPE.contains(&name)
        || matches!(
            name,
            "body"
                | "button"
                | "center"
                | "colgroup"
                | "dir"
                | "frameset"
                | "head"
                | "iframe"
                | "listing"
                | "menu"
                | "noembed"
                | "noframes"
                | "noscript"
                | "plaintext"
                | "script"
                | "select"
                | "style"
                | "tbody"
                | "textarea"
                | "tfoot"
                | "thead"
                | "title"
                | "xmp"
        )
}

/// Open elements searched for one that a start tag closes without its end tag.
const IMPLIED_SEARCH: usize = 64;

/// The elements a start tag of `name` closes when one is open, and the elements that stop the search.
fn implied_end(name: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    const TABLE: &[&str] = &["table", "template", "html"];
    const P_SCOPE: &[&str] = &[
        "td", "th", "caption", "table", "button", "template", "object", "marquee", "applet", "html",
    ];
    Some(match name {
        "td" | "th" => (&["td", "th"], &["tr", "table", "template", "html"]),
        "tr" => (&["tr"], TABLE),
        "tbody" | "thead" | "tfoot" => (&["tbody", "thead", "tfoot"], TABLE),
        "li" => (&["li"], &["ul", "ol", "menu", "template", "html"]),
        "dt" | "dd" => (&["dt", "dd"], &["dl", "template", "html"]),
        "option" => (&["option"], &["select", "datalist", "template", "html"]),
        _ if is_block_level(name) && name != "br" => (&["p"], P_SCOPE),
        _ => return None,
    })
}

/// Elements without content or end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose tags end a block (when it is long enough).
fn is_block_level(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "br"
            | "dd"
            | "details"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tr"
            | "ul"
    )
}

/// Inline elements laid out apart from the text beside them, cells and boxes of their own (other
/// inline tags, `<b>`, `<span>`, do not part words).
fn parts_words(name: &str) -> bool {
    matches!(
        name,
        "td" | "th"
            | "caption"
            | "option"
            | "button"
            | "select"
            | "input"
            | "img"
            | "textarea"
            | "svg"
            | "math"
            | "video"
            | "audio"
            | "canvas"
            | "iframe"
            | "object"
            | "embed"
    )
}

/// The tokenizer state a start tag of `name` opens, outside SVG and MathML, and what its text is.
fn raw_kind(name: &str) -> Option<(TokenSinkResult<()>, Raw)> {
    Some(match name {
        "script" => (TokenSinkResult::RawData(RawKind::ScriptData), Raw::Skipped),
        "style" | "iframe" | "noembed" | "noframes" | "noscript" => {
            (TokenSinkResult::RawData(RawKind::Rawtext), Raw::Skipped)
        }
        "xmp" => (TokenSinkResult::RawData(RawKind::Rawtext), Raw::Kept),
        "textarea" => (TokenSinkResult::RawData(RawKind::Rcdata), Raw::Kept),
        "title" => (TokenSinkResult::RawData(RawKind::Rcdata), Raw::Title),
        "plaintext" => (TokenSinkResult::Plaintext, Raw::Kept),
        _ => return None,
    })
}

/// Adds `text` to `out`, its whitespace runs as one space (none at the start of `out[start..]`);
/// `space` says whether whitespace was met since the last word.
fn push_words(out: &mut String, start: usize, space: &mut bool, text: &str) {
    for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
        // Every piece after the first follows whitespace.
        *space |= i > 0;
        if word.is_empty() {
            continue;
        }
        if *space && out.len() > start {
            out.push(' ');
        }
        out.push_str(word);
        *space = false;
    }
}

/// Whether a start tag's attributes hide its element: `hidden`, or an inline style of
/// `display: none` or `visibility: hidden`.
fn is_hidden(tag: &Tag) -> bool {
    tag.attrs.iter().any(|a| match &*a.name.local {
        "hidden" => true,
        "style" => {
            let style: String = a
                .value
                .chars()
                .filter(|c| !c.is_ascii_whitespace())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        }
        _ => false,
    })
}

impl ReaderState {
    /// Adds visible text, its whitespace runs as one space.
    fn push_text(&mut self, text: &str) {
        push_words(&mut self.text, self.block_start, &mut self.space, text);
    }

    /// Ends the record of the hidden text read so far, if any.
    fn flush_hidden(&mut self) {
        if !self.hidden_text.is_empty() {
            let text = std::mem::take(&mut self.hidden_text);
            self.removals.push(Removal::new(
                "hidden",
                Reason::Pattern("hidden element"),
                text,
                None,
            ));
        }
    }

    /// A block-level tag: the block ends there when it is long enough; otherwise its next text is a
    /// word apart.
    fn block_tag(&mut self) {
        if self.text.len() - self.block_start >= MIN_BLOCK_BYTES {
            self.text.push_str("\n\n");
            self.block_start = self.text.len();
            // One record per block at most for the hidden elements in it: a record per element
            // would cost more than the tree.
            self.flush_hidden();
        }
        self.space = true;
    }

    /// A start or end tag outside raw text; what the tokenizer reads next.
    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name = &*tag.name;
        if is_block_level(name) {
            self.block_tag();
        } else if parts_words(name) {
            self.space = true;
        }
        match tag.kind {
            TagKind::EndTag => {
                self.close(&tag.name);
                TokenSinkResult::Continue
            }
            TagKind::StartTag => self.start(tag),
        }
    }

    /// An end tag closes the innermost open element of its name and what is open inside it, as the
    /// parser does: not past an element that bounds its scope (a table, a cell, a template), nor, for
    /// an element of no special meaning (`</span>`), past one of special meaning (a `<div>`). Else
    /// it is ignored.
    fn close(&mut self, name: &LocalName) {
        let special = is_special(name);
        for at in (0..self.open.len()).rev() {
            let open = &self.open[at];
            if open == name {
                self.close_from(at);
                return;
            }
            if SCOPE.contains(&&**open) || (!special && is_special(open)) {
                return;
            }
        }
    }

    /// Closes the open elements from place `at` on.
    fn close_from(&mut self, at: usize) {
        self.open.truncate(at);
        if self.unseen.is_some_and(|u| u >= at) {
            self.unseen = None;
        }
        if self.hidden.is_some_and(|h| h >= at) {
            self.hidden = None;
            self.hidden_space = true;
        }
        if self.foreign.is_some_and(|f| f >= at) {
            self.foreign = None;
        }
    }

    /// A start tag that closes an open element without its end tag, as the parser does: a cell the
    /// previous cell, a row the previous row, a list item the previous item, a block the open
    /// paragraph (searched among the innermost [`IMPLIED_SEARCH`] open elements, up to an element
    /// that bounds the search).
    fn close_implied(&mut self, name: &str) {
        let Some((closed, bounds)) = implied_end(name) else {
            return;
        };
        let from = self.open.len().saturating_sub(IMPLIED_SEARCH);
        for at in (from..self.open.len()).rev() {
            let open = &*self.open[at];
            if closed.contains(&open) {
                self.close_from(at);
                return;
            }
            if bounds.contains(&open) {
                return;
            }
        }
    }

    /// A start tag: an element opened, maybe one whose content is not shown, or raw text.
    fn start(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name = &*tag.name;
        // An annotation's parenthesis ends where the next annotation starts.
        if matches!(name, "rt" | "rp") {
            if let Some(u) = self.unseen.filter(|&u| &*self.open[u] == "rp") {
                self.open.truncate(u);
                self.unseen = None;
            }
        }
        let foreign = self.foreign.is_some();
        if !foreign {
            self.close_implied(name);
        }
        if foreign || !is_void(name) {
            if tag.self_closing && foreign {
                return TokenSinkResult::Continue;
            }
            // Past the cap, tags are not followed: their content is read as the deepest element's.
            let room = self.open.len() < MAX_DEPTH;
            let unseen = match foreign {
                true => FOREIGN_UNSEEN.contains(&name),
                false => UNSEEN.contains(&name),
            };
            if room && unseen && self.unseen.is_none() {
                self.unseen = Some(self.open.len());
            }
            if room && self.hidden.is_none() && is_hidden(tag) {
                self.hidden = Some(self.open.len());
            }
            if room && !foreign && matches!(name, "svg" | "math") {
                self.foreign = Some(self.open.len());
            }
            if foreign || raw_kind(name).is_none() {
                if room {
                    self.open.push(tag.name.clone());
                }
                return TokenSinkResult::Continue;
            }
        }
        match raw_kind(name) {
            Some((next, raw)) if self.unseen.is_none() => {
                self.raw = Some(raw);
                next
            }
            // Raw text inside an element never shown is not shown either.
            Some((next, _)) => {
                self.raw = Some(Raw::Skipped);
                next
            }
            None => TokenSinkResult::Continue,
        }
    }

    /// Text: kept, skipped or the title, by where it stands.
    fn characters(&mut self, text: &str) {
        match (self.raw, self.unseen) {
            (Some(Raw::Skipped), _) | (_, Some(_)) => {}
            (Some(Raw::Title), _) => {
                if self.title.len() < MAX_TITLE_BYTES {
                    self.title.push_str(text);
                }
            }
            (Some(Raw::Kept), _) | (None, None) if self.hidden.is_some() => {
                push_words(&mut self.hidden_text, 0, &mut self.hidden_space, text);
            }
            (Some(Raw::Kept), _) | (None, None) => self.push_text(text),
        }
    }
}

impl TokenSink for Reader {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut state = self.state.borrow_mut();
        match token {
            Token::CharacterTokens(text) => state.characters(&text),
            Token::TagToken(tag) => {
                // In raw text the only tag the tokenizer gives is the element's end tag.
                if state.raw.take().is_some() {
                    return TokenSinkResult::Continue;
                }
                return state.tag(&tag);
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_spaces_and_only_block_and_cell_tags_part_them() {
        let page = page_text("<p>one two  three\n<b>four</b>five</p><span>six</span><td>7<td>8");
        assert_eq!(page.text, "one two three fourfive six 7 8");
        assert_eq!(page.title, None);
    }

    #[test]
    fn long_blocks_end_at_block_level_tags_and_short_ones_run_on() {
        let long = "word ".repeat(20);
        let page = page_text(&format!("<p>{long}</p><p>a</p><p>b</p><br>c"));
        assert_eq!(page.text, format!("{}\n\na b c", long.trim_end()));
    }

    #[test]
    fn the_title_is_read_and_hidden_text_is_not() {
        let page = page_text(
            "<title> A  title </title><script>x<y</script><p>kept</p><template>t</template>\
             <svg><title>icon</title><text>label</text></svg><video><source>old <i>browsers</i></video>end",
        );
        assert_eq!(page.title.as_deref(), Some("A title"));
        assert_eq!(page.text, "kept label end");
    }

    #[test]
    fn hidden_elements_are_recorded_one_record_per_block() {
        let page = page_text(
            "<p>shown <span hidden>one</span> text <b style='DISPLAY: none'>two <i>three</i></b>\
             after</p><div style=visibility:hidden>four</div>",
        );
        assert_eq!(page.text, "shown text after");
        let records: Vec<_> = page.removals.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(records, ["one two three four"]);
        assert!(page
            .removals
            .iter()
            .all(|r| r.stage == "hidden" && r.span.is_none()));
    }

    #[test]
    fn the_budget_is_ten_times_the_page_or_the_floor() {
        let divs = "<div>a</div>".repeat(400_000);
        assert!(Density::of(&divs).too_dense());
        assert!(!Density::of(&"<div>a</div>".repeat(1_000)).too_dense());
        let prose = format!("<p>{}</p>", "Words of a paragraph. ".repeat(50)).repeat(2_000);
        assert!(!Density::of(&prose).too_dense());
    }
}
