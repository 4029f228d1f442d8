//! What the markup goes through before it is parsed: one linear scan that leaves out what no stage
//! reads. (The depth of the tree is capped in the parse itself, where the tree builder's real stack
//! is known: see `depth_cap`.)
//!
//! - **Scripts and style sheets.** Their text is never shown and never read (the JSON-LD scripts the
//!   metadata reads are kept), yet it is often close to half of a news page's bytes, and the tokenizer
//!   reads it character by character. The scan empties them: `<script src=a.js>…</script>` becomes
//!   `<script src=a.js></script>`.
//! - **Attributes.** Of what is left, about half is attributes, and most of those no stage reads
//!   (data attributes, event handlers, image sources, SVG path data). The scan cuts them from start
//!   tags, keeping [`READ_ATTRIBUTES`]; of those, some are read only for some words or on some
//!   elements, and cut elsewhere (see `ReadFor`): inline styles that cannot hide their element,
//!   relations but `author` and `canonical`, types but a script's that may name JSON and an input's
//!   that may be `hidden`, and every attribute of a `<link>` no stage reads (a style sheet, an icon).
//! - **Indentation.** A run of whitespace between two tags (a page's indentation, often a tenth of
//!   what is left) reads the same to every stage as one whitespace character: the scan keeps the
//!   first. Not inside a `<pre>` or `<listing>`, whose whitespace is text (to the end of the page
//!   once the scan cannot tell where the parser closes one), nor in an `<h1>` or an element that may hold a byline: the metadata stage limits their text in
//!   bytes, whitespace included.
//! - **Whitespace at a block's edge.** Most runs of text between tags on an indented page are
//!   whitespace next to a block's tag (`</li>\n<li>`, `</a>\n</div>`): each was a character token
//!   for the tree builder and a text node every stage walked past, read by none but as one
//!   character of padding in a container's text length. Next to a tag that surely makes a block's
//!   edge (see `Edge`), while no formatting element may be reopened and outside SVG, MathML and
//!   `<select>`, the scan cuts the run whole: the same tree as the page written on one line.
//!
//! The scan follows the tokenizer's states wherever they decide what is a tag and where a script
//! ends (comments, bogus comments, attribute syntax, other raw text, the escaped `<!-- <script>` runs
//! inside scripts), and cuts nothing inside `<svg>` and `<math>` scripts, which do not hold raw text,
//! nor anywhere once it cannot follow the parser. A property test checks that the tree parsed from
//! the result is the page's tree minus the scripts' text, the unread attributes and whitespace at a
//! line's edge. Pages with nothing
//! to cut are parsed as they are, without a copy.

use super::value_answers::ValueAnswers;
use std::borrow::Cow;
use std::ops::Range;

/// How far down the stack an end tag looks for its start tag. Misnested markup closes an element a
/// few levels down; looking further would make the scan quadratic on stray end tags.
const MAX_END_TAG_SEARCH: usize = 16;

/// Opens a comment: its text starts after these bytes.
pub(super) const COMMENT_OPEN: &[u8] = b"<!--";

/// The ends of a comment the tokenizer takes, longest first: `-->`, and `--!>` as an error.
const COMMENT_CLOSES: [&[u8]; 2] = [b"--!>", b"-->"];

/// Opens a CDATA section (in SVG or MathML).
const CDATA_OPEN: &[u8] = b"<![CDATA[";

/// Closes a CDATA section.
const CDATA_CLOSE: &[u8] = b"]]>";

/// Elements whose content is raw text: a `<` inside them opens no tag.
/// (`<noscript>` holds raw text too: the parser runs with scripting on, as browsers do.)
const RAW_TEXT: [&[u8]; 9] = [
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"noscript",
];

/// Elements that never have content.
fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"keygen"
    )
}

/// Elements with no end tag, or whose end tag may be left out: they are not tracked.
fn is_untracked(name: &[u8]) -> bool {
    is_void(name)
        || matches!(
            name,
            b"p" | b"li"
                | b"dt"
                | b"dd"
                | b"tr"
                | b"td"
                | b"th"
                | b"option"
                | b"optgroup"
                | b"tbody"
                | b"thead"
                | b"tfoot"
                | b"colgroup"
                | b"caption"
                | b"rb"
                | b"rt"
                | b"rp"
                | b"rtc"
                | b"html"
                | b"head"
                | b"body"
        )
}

/// A byte range of the markup: start and end.
type Span = (usize, usize);

/// The markup to parse: scripts and style sheets emptied, and the attributes no stage reads cut;
/// borrowed unchanged when there is nothing to cut.
#[cfg(test)]
pub(crate) fn prepare(html: &str) -> Cow<'_, str> {
    prepare_for(html, false)
}

/// [`prepare`], keeping also what inline markup reads when `markup` is set: link targets whole,
/// and [`MARKUP_ATTRIBUTES`].
#[cfg(test)]
pub(crate) fn prepare_for(html: &str, markup: bool) -> Cow<'_, str> {
    cut(html, &cuts(html.as_bytes(), markup).0)
}

/// [`prepare_for`], and where the text of each script the scan read starts and ends in `html`
/// (as [`script_end`] finds it), in order: the reader of the source skips them without reading
/// them again. Also where each start and end tag the scan read starts and ends (one past its `>`),
/// in order, which the reader of the source takes instead of reading the tag again; and the nodes
/// the parse makes of the page, as the scan counts them on its way (see [`Nodes`]), which size the
/// tree before the parse (see `extract::parse`).
pub(crate) fn prepare_noting_scripts(html: &str, markup: bool) -> Prepared<'_> {
    let (drops, read, nodes) = cuts(html.as_bytes(), markup);
    (cut(html, &drops), read.scripts, read.tags, nodes)
}

/// The markup to parse, the scripts' text ranges, the tags, and the nodes counted (see
/// [`prepare_noting_scripts`]).
pub(crate) type Prepared<'a> = (Cow<'a, str>, Vec<Span>, Vec<Span>, usize);

/// What the scan read on its way that the reader of the source would read again.
struct Read {
    /// The text ranges of the scripts, in order.
    scripts: Vec<Span>,
    /// The start and end tags, from `<` to one past `>`, in order.
    tags: Vec<Span>,
}

/// `html` without the byte ranges `drops`; borrowed when there are none. Sized beforehand to what
/// is kept: reserved at the page's size, the copy asked for about three times the room it used on
/// the modern bench (67.4 MB a round for 18.0 MB kept), the parser copying it once more.
fn cut<'a>(html: &'a str, drops: &[Span]) -> Cow<'a, str> {
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(kept_len(html, drops));
    for_each_kept(html, drops, |piece| out.push_str(piece));
    Cow::Owned(out)
}

/// The bytes [`for_each_kept`] hands over.
fn kept_len(html: &str, drops: &[Span]) -> usize {
    let mut len = 0;
    for_each_kept(html, drops, |piece| len += piece.len());
    len
}

/// Hands over, in order, the pieces of `html` outside the byte ranges `drops` (in order, not
/// overlapping). No cut follows a `<` (attribute cuts follow a space or quote, emptied scripts and
/// drawings a `>`, comments' text `<!--`, whitespace a whitespace character): none joins a `<` of
/// text to what follows it.
fn for_each_kept<'a>(html: &'a str, drops: &[Span], mut push: impl FnMut(&'a str)) {
    let mut at = 0;
    for &(start, end) in drops {
        push(&html[at..start]);
        at = end;
    }
    push(&html[at..]);
}

/// Bytes of markup per tag on the dev pages, 2019 news and 2025–26 pages alike (about 130): the
/// scan's lists of tags and of cuts (about as many) are sized from it before the scan. A denser page
/// grows them as before; a sparser one (a long text) leaves some room unused.
const BYTES_PER_TAG: usize = 128;

/// Byte ranges to cut, in order: unread attributes, the bodies of scripts and style sheets, comments'
/// text, drawings without text, and whitespace runs. Every range starts and ends next to an ASCII delimiter, so the cuts fall on character
/// boundaries.
/// Also returns the scripts' text ranges and the tags read on the way, and the nodes counted (see
/// [`Nodes`]).
fn cuts(b: &[u8], markup: bool) -> (Vec<Span>, Read, usize) {
    // Room for the tags and cuts of a page of typical density at once: grown from nothing, the two
    // lists were copied a dozen times over on their way to a few thousand entries each.
    let expected = b.len() / BYTES_PER_TAG;
    let mut scan = Scan {
        b,
        markup,
        drops: Vec::with_capacity(expected),
        scripts: Vec::new(),
        tags: Vec::with_capacity(expected),
        stack: Vec::new(),
        foreign: Foreign::default(),
        drawing: None,
        foreign_root: None,
        verbatim: Verbatim::Off,
        shield: None,
        byline_answers: ValueAnswers::new(),
        after: Edge::Unsure,
        pending_space: None,
        formatting_open: [0; FORMATTING_NAMES],
    };
    let mut i = 0;
    let mut nodes = Nodes::default();
    while let Some(start) = next_lt(b, i) {
        nodes.text(i, start);
        scan.text(i..start);
        i = match scan.tag_at(start) {
            Some(tag) if tag.closing => scan.end_tag(tag),
            Some(tag) => {
                let tag_end = tag.end;
                match scan.start_tag(tag) {
                    Some(next) => {
                        nodes.start_tag(tag_end, next);
                        next
                    }
                    None => break,
                }
            }
            None => {
                nodes.other();
                scan.other(start)
            }
        };
    }
    nodes.text(i, b.len());
    let kept = scan.drops.len();
    scan.settle_space(Edge::Unsure, kept);
    let read = Read {
        scripts: scan.scripts,
        tags: scan.tags,
    };
    (scan.drops, read, nodes.0)
}

/// Where the next `<` at or after `from` is. Tags often follow each other with nothing between
/// them: that `<` is read at once, without starting a search.
fn next_lt(b: &[u8], from: usize) -> Option<usize> {
    match b.get(from) {
        Some(b'<') => Some(from),
        Some(_) => memchr::memchr(b'<', &b[from..]).map(|offset| from + offset),
        None => None,
    }
}

/// The nodes the parse makes of the markup the scan reads, counted on its way: a text node for each
/// run of text between two tags, an element for each start tag (and a text node for the content of
/// a raw-text element, which the scan passes with its tag), a node for each comment or doctype.
/// About what the parse makes (on the dev pages 0.77 to 1.04 of it, a median of 0.985): the
/// elements the tree builder adds without a tag are few, and adjacent runs it joins (around a `<`
/// that opens nothing) are counted apart. The tree's storage is sized from it (see
/// `extract::parse`).
#[derive(Default)]
struct Nodes(usize);

impl Nodes {
    /// Text from `start` to `end` (a `<` or the page's end): a text node when not empty.
    fn text(&mut self, start: usize, end: usize) {
        self.0 += usize::from(start < end);
    }

    /// A start tag ending at `tag_end`, after which the scan goes on at `next`: past a raw-text
    /// element's content, a text node more.
    fn start_tag(&mut self, tag_end: usize, next: usize) {
        self.0 += 1 + usize::from(next > tag_end);
    }

    /// A `<` that opens no tag: a comment, a doctype, or a `<` in text (a node too many).
    fn other(&mut self) {
        self.0 += 1;
    }
}

/// The state of the scan over a page's markup.
struct Scan<'b> {
    b: &'b [u8],
    /// Whether inline markup is kept (link targets whole, image sources).
    markup: bool,
    /// The cuts found so far, in order.
    drops: Vec<(usize, usize)>,
    /// The text ranges of the scripts read so far, in order.
    scripts: Vec<(usize, usize)>,
    /// The start and end tags read so far, from `<` to one past `>`, in order.
    tags: Vec<Span>,
    /// Open tracked elements: lowercase name.
    stack: Vec<TagName>,
    foreign: Foreign,
    /// The outermost `<svg>` open, while its body may still be cut.
    drawing: Option<Drawing>,
    /// The stack place of the outermost `<svg>` or `<math>` open: an end tag that closes what holds
    /// it puts the parser back in HTML where the scan cannot follow.
    foreign_root: Option<usize>,
    /// Whether whitespace is left as it is: inside a `<pre>` or `<listing>`, and from one on where
    /// the scan cannot tell that the parser closed it.
    verbatim: Verbatim,
    /// While an element whose whitespace is kept (an `<h1>`, or one a `class`, `id`, `rel` or
    /// `itemprop` may make a byline candidate) is open: the stack's length
    /// below which it is closed. Its whitespace is kept until then.
    shield: Option<usize>,
    /// What the values of `class`, `id`, `rel` and `itemprop` (read from the end of the name,
    /// `="…"` included) met so far answered to
    /// [`may_name_byline`](super::metadata::may_name_byline).
    byline_answers: ValueAnswers<'b>,
    /// What the last thing read was to whitespace after it (see [`Edge`]).
    after: Edge,
    /// A run of whitespace between tags, and what the tag before it was: cut whole or shortened
    /// once the scan knows what follows it (see [`Scan::settle_space`]).
    pending_space: Option<(Range<usize>, Edge)>,
    /// Start tags of each formatting element read, less its end tags: while any may be open, the
    /// parser may reopen them at the next text, whitespace too, so whitespace stays.
    formatting_open: [u16; FORMATTING_NAMES],
}

/// An `<svg>` whose body is left out when it holds no text: an icon's shapes are nodes no stage
/// reads (the pruner drops the element, recording only its text).
#[derive(Clone, Copy)]
struct Drawing {
    /// Its place on the scan's stack.
    depth: usize,
    /// One past the `>` of its start tag.
    body_start: usize,
    /// Whether anything but tags, comments and whitespace was seen in it.
    has_text: bool,
}

/// A start or end tag the scan has read.
struct Tag<'b> {
    start: usize,
    /// One past its `>`.
    end: usize,
    closing: bool,
    self_closing: bool,
    raw_name: &'b [u8],
    name: TagName,
    /// Where the cuts of its unread attributes begin in the scan's cuts.
    first_cut: usize,
    /// Whether a `class`, `id`, `rel` or `itemprop` of it may make it a byline candidate.
    byline_hint: bool,
}

impl<'b> Scan<'b> {
    /// The tag that opens at `start` (a `<`), when a letter follows `<` or `</`.
    /// Its unread attributes that can be cut cleanly are added to the cuts at once.
    fn tag_at(&mut self, start: usize) -> Option<Tag<'b>> {
        let b = self.b;
        let closing = b.get(start + 1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            return None;
        }
        // A tag name runs to whitespace, `/` or `>`.
        let name_len = b[name_start..]
            .iter()
            .take_while(|&&c| !is_space(c) && c != b'/' && c != b'>')
            .count();
        let raw_name = &b[name_start..name_start + name_len];
        let tag_name = TagName::of(raw_name);
        // An element without content, or the page's root, head or body, keeps no whitespace for a
        // byline hint (see `start_tag`): its attributes are not read for one. Nor are those of an
        // element inside one that keeps its whitespace already: its hint would change nothing.
        let reads_byline_hint = !closing
            && !self.is_shielded()
            && !is_void(tag_name.as_bytes())
            && !is_document_element(tag_name.as_bytes());
        let first_cut = self.drops.len();
        // A formatting element's attributes stay: the parser keeps at most three alike (same name,
        // same attributes) on its list of formatting elements to reopen, so cutting what tells two
        // apart would change which it reopens. An `<a>` closes the one open before it: never two.
        let cut_attributes = !closing
            && !self.foreign.lost_track
            && (!is_formatting(tag_name.as_bytes()) || tag_name.as_bytes() == b"a");
        // The lowercase name (a name longer than `TAG_NAME_BYTES`, cut short, is none of these).
        let is_link = tag_name.as_bytes() == b"link";
        // Only a script's type (JSON-LD) and an input's (the tree builder's, in a table) are read.
        let type_read: fn(&[u8]) -> bool = if tag_name.as_bytes() == b"script" {
            may_name_json
        } else if tag_name.as_bytes() == b"input" {
            may_name_hidden
        } else {
            |_| false
        };
        let markup = self.markup;
        let drops = &mut self.drops;
        let byline_answers = &mut self.byline_answers;
        let mut byline_hint = false;
        let (mut styles, mut rels, mut types) =
            (ReadFor::default(), ReadFor::default(), ReadFor::default());
        let (end, self_closing) = scan_tag(b, name_start + name_len, |name, whole| {
            let asks_byline = reads_byline_hint && !byline_hint;
            if !asks_byline && !cut_attributes {
                return;
            }
            let kind = AttributeName::of(&b[name.clone()]);
            if asks_byline
                && kind.may_make_a_byline()
                // From the end of its name: no hint holds the name's letters with a `=` or a
                // space after them, so none starts in it.
                && byline_answers.answer(&b[name.end..whole.1], super::metadata::may_name_byline)
            {
                byline_hint = true;
            }
            if !cut_attributes {
                return;
            }
            match kind {
                AttributeName::Unread { markup: read }
                    if !(markup && read) && is_cut_clean(b, whole) =>
                {
                    drops.push(whole);
                }
                AttributeName::Style => styles.read(b, whole, drops, may_hide),
                AttributeName::Rel => rels.read(b, whole, drops, may_name_read_relation),
                AttributeName::Type => types.read(b, whole, drops, type_read),
                AttributeName::Href if !is_link && !markup => {
                    drops.extend(link_target_tail(b, name.end, whole.1));
                }
                _ => {}
            }
        });
        if styles.kept_after_cut || rels.kept_after_cut || types.kept_after_cut {
            // A later `style`, `rel` or `type` would take the place of the one cut: the tag stays whole.
            self.drops.truncate(first_cut);
        }
        let attributes = (name_start + name_len, end.saturating_sub(1));
        // `end < b.len()`: the tag ends at a `>` of its own, not at the end of the markup.
        if is_link
            && cut_attributes
            && end < b.len()
            && attributes.0 < attributes.1
            && !is_read_link(&b[start..end])
        {
            // None of its attributes is read: `<link rel=stylesheet href=…>` becomes `<link>`.
            self.drops.truncate(first_cut);
            self.drops.push(attributes);
        }
        self.tags.push((start, end));
        // A tag the markup ends in, without its `>`, is no tag to the parser.
        let edge = if b[..end].last() != Some(&b'>') {
            Edge::Unsure
        } else if closing {
            Edge::of_end_tag(tag_name.as_bytes(), self.stack.last() == Some(&tag_name))
        } else {
            Edge::of_start_tag(tag_name.as_bytes())
        };
        let cuts_before = self.drops.len();
        self.settle_space(edge, first_cut);
        Some(Tag {
            start,
            end,
            closing,
            self_closing,
            raw_name,
            name: tag_name,
            first_cut: first_cut + (self.drops.len() - cuts_before),
            byline_hint,
        })
    }

    /// Text between tags: inside a drawing, anything but whitespace keeps its body. Whitespace alone
    /// is cut to its first character, where that reads the same (see [`Scan::may_shorten_space`]).
    fn text(&mut self, range: Range<usize>) {
        let text = &self.b[range.clone()];
        if let Some(drawing) = &mut self.drawing {
            if text.iter().any(|&c| !is_space(c)) {
                drawing.has_text = true;
            }
        }
        let after = std::mem::replace(&mut self.after, Edge::Unsure);
        if text.is_empty() || !self.may_shorten_space() || !text.iter().all(|&c| is_space(c)) {
            return;
        }
        if self.may_cut_space_whole() {
            self.pending_space = Some((range, after));
        } else if text.len() > 1 {
            self.drops.push((range.start + 1, range.end));
        }
    }

    /// Cuts the whitespace waiting for what follows it, now that the tag after it (`next`; an
    /// `Edge::Unsure` for anything else) is read: whole next to a tag that surely makes a block's
    /// edge (see [`Edge`]) on either side, else to its first character. The cut goes at place `at`
    /// of the cuts: before those of the tag after it.
    fn settle_space(&mut self, next: Edge, at: usize) {
        let Some((range, before)) = self.pending_space.take() else {
            return;
        };
        let cut = if before == Edge::Sure || next == Edge::Sure {
            (range.start, range.end)
        } else if range.len() > 1 {
            (range.start + 1, range.end)
        } else {
            return;
        };
        self.drops.insert(at, cut);
    }

    /// Whether a run of whitespace may go whole when a block's edge stands on either side of it
    /// (see [`Scan::settle_space`]): the parser reopens no formatting element at it (none may be
    /// open), nor reads it in SVG, MathML or a `<select>`. At a line's edge no stage reads it but as
    /// padding of the text's length, the same on a page written on one line and one indented.
    fn may_cut_space_whole(&self) -> bool {
        self.formatting_open.iter().all(|&n| n == 0)
            && !self.foreign.is_open()
            && self.drawing.is_none()
            && !self.stack.iter().any(|n| n.as_bytes() == b"select")
    }

    /// Whether a run of whitespace between tags may be shortened: it is no text of a `<pre>` (none
    /// was opened yet), and the scan follows the parser. In SVG and MathML too: the tree builder
    /// inserts their whitespace as it does HTML's, and every stage reads a run of it as one (a
    /// drawing's text is recorded collapsed).
    fn may_shorten_space(&mut self) -> bool {
        if self.shield.is_some_and(|m| self.stack.len() < m) {
            self.shield = None;
        }
        self.shield.is_none() && self.verbatim == Verbatim::Off && !self.foreign.lost_track
    }

    /// Whether the whitespace is kept for an element still open (see [`Scan::shield_until`]): a
    /// start tag met now may change that only when it is not.
    fn is_shielded(&self) -> bool {
        self.shield.is_some_and(|m| self.stack.len() >= m)
    }

    /// A start tag whose element keeps its whitespace: kept until the scan's stack drops below
    /// `stack_len` (the stack's length with the element on it, or, for an element the scan does not
    /// track, its parent closed).
    fn shield_until(&mut self, stack_len: usize) {
        if self.shield.is_none_or(|m| stack_len < m) {
            self.shield = Some(stack_len);
        }
    }

    /// Past a `<` that opens no tag, emptying comments (no stage reads them but the marks of React's
    /// streaming boundaries, which `extract::streamed` reads). Inside a drawing,
    /// anything but a comment (a CDATA section, a `<` in text) keeps its body.
    fn other(&mut self, start: usize) -> usize {
        self.after = Edge::Unsure;
        let kept = self.drops.len();
        self.settle_space(Edge::Unsure, kept);
        let end = self.skip_other(start);
        let b = self.b;
        if !b[start..].starts_with(COMMENT_OPEN) {
            if let Some(drawing) = &mut self.drawing {
                drawing.has_text = true;
            }
            return end;
        }
        // The text between `<!--` and the `-->` or `--!>` that ends it; abrupt or unended comments
        // stay as they are.
        let close = COMMENT_CLOSES
            .iter()
            .find(|c| b[..end].ends_with(c))
            .map_or(0, |c| c.len());
        let body = (start + COMMENT_OPEN.len(), end - close);
        let kept = crate::extract::streamed::is_boundary_mark(&b[body.0..body.1.max(body.0)]);
        if close > 0 && body.0 < body.1 && !kept && !self.foreign.lost_track {
            self.drops.push(body);
        }
        end
    }

    /// Past a `<` that opens no tag: a comment, a bogus comment (`<!doctype>`, `<?xml>`, `</` before
    /// anything but a letter), a CDATA section in SVG or MathML, or a `<` in text.
    fn skip_other(&self, start: usize) -> usize {
        let b = self.b;
        let rest = &b[start..];
        if rest.starts_with(COMMENT_OPEN) {
            comment_end(b, start + COMMENT_OPEN.len())
        } else if rest.starts_with(CDATA_OPEN) && self.foreign.is_open() {
            find(b, start + CDATA_OPEN.len(), CDATA_CLOSE)
                .map_or(b.len(), |e| e + CDATA_CLOSE.len())
        } else if matches!(rest.get(1), Some(b'/' | b'!' | b'?')) {
            // A bogus comment: `<` and the character after it, then up to the next `>`.
            let from = start + "</".len();
            memchr::memchr(b'>', &b[from..]).map_or(b.len(), |e| from + e + 1)
        } else {
            start + 1
        }
    }

    /// An end tag closes its element if it is open near the top of the stack; returns where to go on.
    fn end_tag(&mut self, tag: Tag<'_>) -> usize {
        self.foreign.close(tag.name);
        if let Some(k) = formatting_index(tag.name.as_bytes()) {
            self.formatting_open[k] = self.formatting_open[k].saturating_sub(1);
        }
        let found = self
            .stack
            .iter()
            .rev()
            .take(MAX_END_TAG_SEARCH)
            .position(|n| *n == tag.name);
        let index = found.map(|depth_from_top| self.stack.len() - 1 - depth_from_top);
        self.after = Edge::of_end_tag(tag.name.as_bytes(), found == Some(0));
        if let Some(root) = self.foreign_root {
            match index {
                Some(k) if k > root => {}
                Some(k) if k == root => self.foreign_root = None,
                _ => {
                    self.foreign_root = None;
                    self.foreign.lost_track = true;
                }
            }
        }
        if let Some(drawing) = self.drawing {
            match index {
                // It closes an element of the drawing.
                Some(k) if k > drawing.depth => {}
                Some(k) if k == drawing.depth => self.close_drawing(drawing, tag.start),
                // It may close what holds the drawing: the parser's view of it is lost.
                _ => self.drawing = None,
            }
        }
        if let Some(index) = index {
            self.verbatim.close(index, self.stack.len());
            // The end tag of a formatting element leaves the blocks inside it open (the adoption
            // agency): the scan cannot tell, so a shield it would end stays to the end of the page.
            if self.shield.is_some_and(|m| index < m) && is_formatting(tag.name.as_bytes()) {
                self.shield = Some(0);
            }
            self.stack.truncate(index);
        }
        tag.end
    }

    /// A start tag: its unread attributes, the body of a raw-text element, or a place on the stack.
    /// Returns where to go on, or `None` when the rest of the page is text (`<plaintext>`).
    fn start_tag(&mut self, tag: Tag<'_>) -> Option<usize> {
        let name = tag.name.as_bytes();
        self.after = Edge::of_start_tag(name);
        let was_foreign = self.foreign.is_open();
        self.foreign.start(tag.name, tag.self_closing);
        if self.foreign.lost_track {
            // This very tag may have lost the scan the parser's track: its attributes stay.
            self.drops.truncate(tag.first_cut);
        }
        if !self.foreign.is_open() && RAW_TEXT.contains(&name) {
            return Some(self.raw_text(&tag));
        }
        match name {
            // A frameset page ignores `<script>` start tags: what follows is markup again.
            b"frameset" => self.foreign.lost_track = true,
            // Everything after it is text.
            b"plaintext" => return None,
            _ => {}
        }
        if let Some(k) = formatting_index(name) {
            self.formatting_open[k] = self.formatting_open[k].saturating_add(1);
        }
        let tracked = !tag.self_closing && !is_untracked(name);
        if tag.self_closing && !is_void(name) {
            // The parser opens it all the same (`<table/>`), and the scan does not follow it: a
            // `<pre>` around it may stay open past its end tag.
            self.verbatim.lose_track();
        }
        // An element without content (`<link rel=author>`) has no whitespace to keep, nor has the
        // page's root, head or body: the metadata stage takes none of them for a byline.
        if (name == b"h1" || tag.byline_hint) && !is_void(name) && !is_document_element(name) {
            self.shield_until(self.stack.len() + usize::from(tracked));
        }
        if tracked {
            self.stack.push(tag.name);
            if matches!(name, b"pre" | b"listing") {
                self.verbatim.open(self.stack.len() - 1);
            }
            if !was_foreign && matches!(name, b"svg" | b"math") {
                self.foreign_root = Some(self.stack.len() - 1);
            }
            let outermost = name == b"svg" && self.foreign.svg == 1 && self.foreign.math == 0;
            if outermost && !self.foreign.lost_track && self.drawing.is_none() {
                self.drawing = Some(Drawing {
                    depth: self.stack.len() - 1,
                    body_start: tag.end,
                    has_text: false,
                });
            }
        }
        if !tracked && matches!(name, b"pre" | b"listing") {
            // Opened by the parser (`<pre/>`), but not on the scan's stack.
            self.verbatim = Verbatim::Always;
        }
        Some(tag.end)
    }

    /// The end tag at `end_tag` closes the drawing: its body goes when it holds no text, the cuts
    /// inside it with it.
    fn close_drawing(&mut self, drawing: Drawing, end_tag: usize) {
        self.drawing = None;
        if drawing.has_text || self.foreign.lost_track || end_tag <= drawing.body_start {
            return;
        }
        while self
            .drops
            .last()
            .is_some_and(|&(from, _)| from >= drawing.body_start)
        {
            self.drops.pop();
        }
        self.drops.push((drawing.body_start, end_tag));
    }

    /// The text of a raw-text element, up to its end tag: emptied when no stage reads it. Returns
    /// where its end tag starts.
    fn raw_text(&mut self, tag: &Tag<'_>) -> usize {
        let b = self.b;
        let name = tag.name.as_bytes();
        let text_end = if name == b"script" {
            let end = script_end(b, tag.end);
            self.scripts.push((tag.end, end));
            end
        } else {
            raw_text_end(b, tag.end, tag.raw_name)
        };
        if text_end < b.len()
            && !tag.self_closing
            && !self.foreign.lost_track
            && is_never_read(name, &b[tag.start..tag.end], &b[tag.end..text_end])
        {
            self.drops.push((tag.end, text_end));
        }
        text_end
    }
}

/// Whether the whitespace between tags is text of a `<pre>` or `<listing>`, which the parser keeps as
/// it is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Verbatim {
    /// No `<pre>` or `<listing>` is open.
    Off,
    /// The outermost one open stands at this place on the scan's stack.
    Until(usize),
    /// One was opened and the scan cannot tell where the parser closes it: to the end of the page.
    Always,
}

impl Verbatim {
    /// A `<pre>` or `<listing>` put at `place` on the scan's stack.
    fn open(&mut self, place: usize) {
        *self = match *self {
            Verbatim::Off => Verbatim::Until(place),
            kept => kept,
        };
    }

    /// The scan no longer knows where the parser closes the `<pre>` open, if any.
    fn lose_track(&mut self) {
        if let Verbatim::Until(_) = self {
            *self = Verbatim::Always;
        }
    }

    /// An end tag closes what stands at `index` of a stack `len` long. Only the outermost `<pre>`'s
    /// own end tag, with nothing open inside it, surely closes it in the parser too: the parser
    /// closes it at its end tag when it is in scope, and every element that could put it out of
    /// scope (`<table>`, `<object>`, `<template>`, `<applet>`, `<marquee>`, SVG and MathML) is on the
    /// scan's stack. Anything else closing it (a misnested end tag, the adoption agency of a
    /// formatting element) leaves whitespace as it is to the end.
    fn close(&mut self, index: usize, len: usize) {
        if let Verbatim::Until(place) = *self {
            if index == place && index + 1 == len {
                *self = Verbatim::Off;
            } else if index <= place {
                *self = Verbatim::Always;
            }
        }
    }
}

/// The attributes of one name in one tag that the stages read only for some words: `style` (only
/// whether it hides its element: see `prune::style_hides`) and `rel` (only `author` and
/// `canonical`). One without them is as good as none: it is cut. The parser keeps the first of
/// duplicate attributes: when the first is cut, so are the others, lest one of them take its place.
#[derive(Default)]
struct ReadFor {
    /// Whether one was seen: then whether it was cut.
    first_cut: Option<bool>,
    /// Whether one that could not be cut cleanly followed a cut one.
    kept_after_cut: bool,
}

impl ReadFor {
    /// An attribute whose whole `name=value` is `whole`: cut when `may_be_read` says it cannot be
    /// read, or the first of its name was cut.
    fn read(
        &mut self,
        b: &[u8],
        whole: (usize, usize),
        drops: &mut Vec<Span>,
        may_be_read: fn(&[u8]) -> bool,
    ) {
        let text = &b[whole.0..whole.1];
        let cut = *self.first_cut.get_or_insert_with(|| !may_be_read(text));
        if !cut {
            return;
        }
        if is_cut_clean(b, whole) {
            drops.push(whole);
        } else {
            self.kept_after_cut = true;
        }
    }
}

/// Whether an inline style (its whole `style=value`) may hide its element: it names `display` or
/// `visibility`, or holds a character reference, which may spell either.
fn may_hide(style: &[u8]) -> bool {
    style.contains(&b'&')
        || contains_ignore_case(style, b"display")
        || contains_ignore_case(style, b"visibility")
}

/// Whether a `rel` (its whole `rel=value`) may be read: the byline's `rel=author` and the canonical
/// address's `rel=canonical` (`noopener`, `nofollow`, `sponsored` are read by no stage), or it holds a
/// character reference, which may spell either.
fn may_name_read_relation(rel: &[u8]) -> bool {
    rel.contains(&b'&')
        || contains_ignore_case(rel, b"author")
        || contains_ignore_case(rel, b"canonical")
}

/// Whether a script's `type` (its whole `type=value`) may make it JSON-LD, which the metadata reads
/// (`application/ld+json`; a character reference may spell it).
fn may_name_json(script_type: &[u8]) -> bool {
    script_type.contains(&b'&') || contains_ignore_case(script_type, b"json")
}

/// Whether an input's `type` (its whole `type=value`) may be `hidden`, the one value the tree builder
/// reads (an input in a table is put in it only then).
fn may_name_hidden(input_type: &[u8]) -> bool {
    input_type.contains(&b'&') || contains_ignore_case(input_type, b"hidden")
}

/// Whether a `<link>` tag (its bytes) may be read: the metadata reads the page's canonical address
/// (`rel=canonical`) and microdata (`itemprop`) on any element, and `rel=author` is kept (see
/// [`names_read_link`]). Style sheets, preloads, icons and
/// feeds are read by no stage: their attributes (often a kilobyte per page head) are cut. A character
/// reference may spell either name: such a tag stays.
fn is_read_link(tag: &[u8]) -> bool {
    tag.contains(&b'&') || names_read_link(tag)
}

/// Whether a `<link>` tag names what the metadata reads on it. `author` too: no stage reads
/// `rel=author` on a `<link>` today, but the byline's is the first place to look for one.
fn names_read_link(tag: &[u8]) -> bool {
    [&b"canonical"[..], b"itemprop", b"author"]
        .iter()
        .any(|name| contains_ignore_case(tag, name))
}

/// The elements that frame the document (`<html>`, `<head>`, `<body>`): their start tags make no new
/// element past the first (the parser adds their attributes to the one it has).
fn is_document_element(name: &[u8]) -> bool {
    matches!(name, b"html" | b"head" | b"body")
}

/// How many formatting elements there are (see [`formatting_index`]).
const FORMATTING_NAMES: usize = 14;

/// The place of a formatting element's name (lower case) among the fourteen.
fn formatting_index(name: &[u8]) -> Option<usize> {
    Some(match name {
        b"a" => 0,
        b"b" => 1,
        b"big" => 2,
        b"code" => 3,
        b"em" => 4,
        b"font" => 5,
        b"i" => 6,
        b"nobr" => 7,
        b"s" => 8,
        b"small" => 9,
        b"strike" => 10,
        b"strong" => 11,
        b"tt" => 12,
        b"u" => 13,
        _ => return None,
    })
}

/// What a tag is to the whitespace between it and the next or last tag: surely a block's edge,
/// at which no whitespace is shown, or not surely.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Edge {
    /// Not a block's tag, anything but a tag, or a block's tag that the parser may ignore (a
    /// `</li>` with no list item open, a `<td>` outside a table) or move text across (a `<table>`,
    /// before which it puts text read inside it).
    Unsure,
    /// A block's tag that always makes an element's edge: a start tag the parser inserts wherever
    /// it stands (outside a `<select>`), a `</p>` (which makes an empty paragraph when none is open),
    /// or the end tag of the block the scan has open on top.
    Sure,
}

impl Edge {
    /// A start tag of the element so named (lower case).
    fn of_start_tag(name: &[u8]) -> Edge {
        match name {
            b"div" | b"p" | b"ul" | b"ol" | b"li" | b"dl" | b"dt" | b"dd" | b"section"
            | b"article" | b"header" | b"footer" | b"nav" | b"aside" | b"main" | b"h1" | b"h2"
            | b"h3" | b"h4" | b"h5" | b"h6" | b"blockquote" | b"figure" | b"figcaption" | b"hr"
            | b"meta" | b"link" => Edge::Sure,
            _ => Edge::Unsure,
        }
    }

    /// An end tag of the element so named (lower case); `top` when it closes the element the scan
    /// has open on top of its stack.
    fn of_end_tag(name: &[u8], top: bool) -> Edge {
        match name {
            b"p" => Edge::Sure,
            // The document's end tags: whitespace after them goes into the body, after its last child.
            b"body" | b"html" => Edge::Unsure,
            _ if top && is_block_edge(name) => Edge::Sure,
            _ => Edge::Unsure,
        }
    }
}

/// Elements next to which whitespace is never shown (between two of them, nor read by any stage
/// but as padding): blocks, lists, tables and their rows and cells, and what stands in the head.
fn is_block_edge(name: &[u8]) -> bool {
    matches!(
        name,
        b"html"
            | b"head"
            | b"body"
            | b"div"
            | b"p"
            | b"ul"
            | b"ol"
            | b"li"
            | b"dl"
            | b"dt"
            | b"dd"
            | b"table"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"tr"
            | b"td"
            | b"th"
            | b"section"
            | b"article"
            | b"header"
            | b"footer"
            | b"nav"
            | b"aside"
            | b"main"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"blockquote"
            | b"figure"
            | b"figcaption"
            | b"form"
            | b"hr"
            | b"meta"
            | b"link"
            | b"title"
    )
}

/// The formatting elements, whose end tags the parser may read without closing what they hold.
fn is_formatting(name: &[u8]) -> bool {
    formatting_index(name).is_some()
}

/// Whether the body of a raw-text element can be left out: a script or a style sheet. The metadata
/// stage reads JSON-LD scripts (`type="application/ld+json"`) and no other: a framework's JSON state
/// (`<script id="__NEXT_DATA__" type="application/json">`, often a tenth of a modern page) goes too.
/// A JSON script whose tag holds a character reference stays: `ld&#x2B;json` is JSON-LD.
fn is_never_read(name: &[u8], start_tag: &[u8], body: &[u8]) -> bool {
    let json_ld = contains_ignore_case(start_tag, b"json")
        && (contains_ignore_case(start_tag, b"ld+json") || start_tag.contains(&b'&'));
    let emptied = match name {
        b"script" => !json_ld,
        b"style" => true,
        _ => false,
    };
    emptied && !body.is_empty()
}

/// SVG and MathML on the page, as far as the scan can follow them. Inside them `<script>` and
/// `<style>` are elements like any other, whose content the tokenizer reads as markup, so nothing is
/// cut there. An element no SVG or MathML drawing holds (HTML inside `<foreignObject>`, or a `<div>`
/// that makes the parser leave the drawing) can put the parser where the scan cannot follow: from
/// there on, nothing on the page is cut.
#[derive(Default)]
struct Foreign {
    /// `<svg>` elements open.
    svg: usize,
    /// `<math>` elements open.
    math: usize,
    /// Elements open inside the drawing whose content the parser reads as HTML again (SVG's
    /// `<title>`, `<desc>` and `<foreignObject>`, MathML's text elements).
    integration: Vec<TagName>,
    /// Whether the scan lost track of the parser's namespace or mode.
    lost_track: bool,
}

impl Foreign {
    /// Whether the scan is inside SVG or MathML.
    fn is_open(&self) -> bool {
        self.svg + self.math > 0
    }

    fn start(&mut self, name: TagName, self_closing: bool) {
        let name_str = name.as_bytes();
        if !self.integration.is_empty() || (self.is_open() && !is_svg_or_mathml(name_str)) {
            self.lost_track = true;
        }
        match name_str {
            _ if self_closing => {}
            b"svg" => self.svg += 1,
            b"math" => self.math += 1,
            b"title" | b"desc" | b"foreignobject" | b"mi" | b"mo" | b"mn" | b"ms" | b"mtext"
            | b"annotation-xml"
                if self.is_open() =>
            {
                self.integration.push(name)
            }
            _ => {}
        }
    }

    /// An end tag: `</svg>` closes nothing inside a `<math>` that holds no `<svg>`, and vice versa.
    fn close(&mut self, name: TagName) {
        match name.as_bytes() {
            b"svg" => self.svg = self.svg.saturating_sub(1),
            b"math" => self.math = self.math.saturating_sub(1),
            _ => {
                if self.integration.last() == Some(&name) {
                    self.integration.pop();
                }
                return;
            }
        }
        if !self.is_open() {
            self.integration.clear();
        }
    }
}

/// Whether an element name (lower case) belongs in SVG or MathML drawings. `<foreignObject>`, whose
/// content is HTML, does not count.
#[rustfmt::skip]
fn is_svg_or_mathml(name: &[u8]) -> bool {
    const SVG: &[&[u8]] = &[
        b"a", b"animate", b"animatemotion", b"animatetransform", b"circle", b"clippath", b"defs",
        b"desc", b"ellipse", b"filter", b"g", b"image", b"line", b"lineargradient", b"marker",
        b"mask", b"metadata", b"mpath", b"path", b"pattern", b"polygon", b"polyline",
        b"radialgradient", b"rect", b"script", b"set", b"stop", b"style", b"svg", b"switch",
        b"symbol", b"text", b"textpath", b"title", b"tspan", b"use", b"view",
    ];
    const MATHML: &[&[u8]] = &[
        b"math", b"annotation", b"annotation-xml", b"semantics", b"none", b"maction", b"menclose",
        b"merror", b"mfenced", b"mfrac", b"mi", b"mmultiscripts", b"mn", b"mo", b"mover",
        b"mpadded", b"mphantom", b"mprescripts", b"mroot", b"mrow", b"ms", b"mspace", b"msqrt",
        b"mstyle", b"msub", b"msubsup", b"msup", b"mtable", b"mtd", b"mtext", b"mtr", b"munder",
        b"munderover",
    ];
    // `fe…`: the filter primitives (`feGaussianBlur`).
    // A name cut short inside a character is no name of theirs.
    (name.starts_with(b"fe") && std::str::from_utf8(name).is_ok())
        || SVG.contains(&name)
        || MATHML.contains(&name)
}

/// Where the raw text of element `name` that starts at `from` ends: at its first end tag, as the
/// tokenizer ends it; the end of the markup when there is none.
pub(super) fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(p) = find(b, at, b"</") {
        if is_tag_at(b, p, true, name) {
            return p;
        }
        at = p + 2;
    }
    b.len()
}

/// Whether the tag at `p` is a start tag (or, when `closing`, an end tag) of element `name`: the name
/// in any case, followed by whitespace, `/` or `>`.
fn is_tag_at(b: &[u8], p: usize, closing: bool, name: &[u8]) -> bool {
    let opening: &[u8] = if closing { b"</" } else { b"<" };
    let name_at = p + opening.len();
    b[p..].starts_with(opening)
        && b.get(name_at..name_at + name.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(name))
        && b.get(name_at + name.len())
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// Where the script whose text starts at `from` ends, as the tokenizer's script states find it: a
/// `<!--` in the text starts an escaped run, in which a `<script` makes even `</script>` part of the
/// text until `-->` or the next `</script>`. The end of the markup when it never ends.
pub(super) fn script_end(b: &[u8], from: usize) -> usize {
    enum State {
        Data,
        Escaped,
        DoubleEscaped,
    }
    let end_tag = |p| is_tag_at(b, p, true, b"script");
    let mut state = State::Data;
    let mut at = from;
    while let Some(k) = memchr::memchr2(b'<', b'-', &b[at..]) {
        let p = at + k;
        at = p + 1;
        match state {
            State::Data if end_tag(p) => return p,
            State::Data if b[p..].starts_with(b"<!--") => {
                state = State::Escaped;
                // The dashes may close it at once: `<!-->`.
                at = p + 2;
            }
            State::Escaped if end_tag(p) => return p,
            State::Escaped if is_tag_at(b, p, false, b"script") => state = State::DoubleEscaped,
            State::DoubleEscaped if end_tag(p) => state = State::Escaped,
            State::Escaped | State::DoubleEscaped if b[p..].starts_with(b"-->") => {
                state = State::Data;
                at = p + 3;
            }
            _ => {}
        }
    }
    b.len()
}

/// One past the end of the comment whose text starts at `from` (just after `<!--`): `-->`, `--!>`, or
/// the abrupt `<!-->` and `<!--->` the tokenizer also takes as comments.
pub(super) fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = &b[from..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut at = from;
    while let Some(p) = find(b, at, b"--") {
        match b.get(p + 2) {
            Some(b'>') => return p + "-->".len(),
            Some(b'!') if b.get(p + "--!".len()) == Some(&b'>') => return p + "--!>".len(),
            _ => at = p + 1,
        }
    }
    b.len()
}

/// Whether `haystack` holds `needle` (lowercase ASCII), ignoring ASCII case.
/// Only where its first letter stands, in either case, is the needle compared: the scan reads every
/// start tag of a link and every style and relation so.
fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), haystack).any(|at| {
        haystack
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Longest tag name kept whole; longer (custom element) names are told apart by this prefix only,
/// which at worst closes the wrong one of two such elements.
const TAG_NAME_BYTES: usize = 24;

/// A tag name, lower case, held inline: the scan allocates nothing per tag.
#[derive(Clone, Copy, PartialEq, Eq)]
struct TagName {
    bytes: [u8; TAG_NAME_BYTES],
    len: u8,
}

impl TagName {
    fn of(raw: &[u8]) -> TagName {
        let mut bytes = [0; TAG_NAME_BYTES];
        let len = raw.len().min(TAG_NAME_BYTES);
        for (to, from) in bytes.iter_mut().zip(&raw[..len]) {
            *to = from.to_ascii_lowercase();
        }
        TagName {
            bytes,
            len: len as u8,
        }
    }

    /// The name's bytes, lower case: compared with names as bytes, never checked as text.
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// Whitespace as the tokenizer knows it.
fn is_space(c: u8) -> bool {
    BYTE_CLASS[usize::from(c)] & SPACE != 0
}

/// The classes of [`BYTE_CLASS`]: whitespace, and the three bytes that end an attribute's name.
const SPACE: u8 = 1;
const NAME_END: u8 = 2;
const SLASH: u8 = 4;

/// What each byte is to the attribute scan, looked up at once instead of compared with each
/// delimiter in turn: tags are most of what the scan reads.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    table[b'\t' as usize] = SPACE;
    table[b'\n' as usize] = SPACE;
    table[b'\x0C' as usize] = SPACE;
    table[b'\r' as usize] = SPACE;
    table[b' ' as usize] = SPACE;
    table[b'/' as usize] = NAME_END | SLASH;
    table[b'>' as usize] = NAME_END;
    table[b'=' as usize] = NAME_END;
    table
};

/// The class of a byte in [`BYTE_CLASS`].
fn class(c: u8) -> u8 {
    BYTE_CLASS[usize::from(c)]
}

/// Reads the attributes of a tag whose name ends at `from` as the tokenizer does, calling `attribute`
/// with the byte range of each one's name and of the whole `name=value`. Returns one past the `>`
/// that ends the tag (the end of the markup when none does), and whether the tag closes itself (`/>`).
fn scan_tag(
    b: &[u8],
    from: usize,
    mut attribute: impl FnMut(Range<usize>, (usize, usize)),
) -> (usize, bool) {
    let len = b.len();
    let mut at = from;
    loop {
        // Before an attribute name: whitespace, and `/` that does not end the tag.
        let mut slash = false;
        while at < len && class(b[at]) & (SPACE | SLASH) != 0 {
            slash = b[at] == b'/';
            at += 1;
        }
        if at >= len {
            return (len, false);
        }
        if b[at] == b'>' {
            return (at + 1, slash);
        }
        // The name: its first character whatever it is (even `=`), then up to a delimiter.
        let name_start = at;
        at += 1;
        while at < len && class(b[at]) & (SPACE | NAME_END) == 0 {
            at += 1;
        }
        let name_end = at;
        while at < len && is_space(b[at]) {
            at += 1;
        }
        if at < len && b[at] == b'=' {
            at += 1;
            while at < len && is_space(b[at]) {
                at += 1;
            }
            match b.get(at) {
                Some(&quote @ (b'"' | b'\'')) => match memchr::memchr(quote, &b[at + 1..]) {
                    Some(k) => at += k + 2,
                    None => return (len, false),
                },
                Some(b'>') | None => {}
                Some(_) => {
                    while at < len && b[at] != b'>' && !is_space(b[at]) {
                        at += 1;
                    }
                }
            }
        }
        attribute(name_start..name_end, (name_start, at));
    }
}

/// Whether cutting an attribute leaves the tag's other attributes as they were: it follows whitespace or
/// a quoted value (not a `/`, which would then close the tag), and no `=` follows it (which would then
/// give the attribute before it a value).
fn is_cut_clean(b: &[u8], (from, to): (usize, usize)) -> bool {
    let after = b[to..].iter().find(|&&c| !is_space(c));
    from > 0
        && (is_space(b[from - 1]) || matches!(b[from - 1], b'"' | b'\''))
        && after != Some(&b'=')
}

/// Defines [`READ_ATTRIBUTES`] and [`is_read_lowercase`] from one list.
macro_rules! read_attributes {
    ($($name:literal),* $(,)?) => {
        /// The attributes some stage reads (`xlink:href` too: in SVG the parser names it `href`), and
        /// those that steer the tree builder (an `<annotation-xml>`'s `encoding`, a `<font>`'s
        /// `color`, `face` and `size` inside SVG, an `<input>`'s `type` in a table). A stage that
        /// starts reading another attribute must add it here (a test checks the `attr` calls).
        #[cfg(test)]
        const READ_ATTRIBUTES: &[&[u8]] = &[$($name),*];

        /// Whether a lowercase attribute name is one of [`READ_ATTRIBUTES`]: one `match`, which the
        /// compiler sorts by length, instead of a comparison with each name in turn.
        fn is_read_lowercase(name: &[u8]) -> bool {
            matches!(name, $($name)|*)
        }
    };
}

read_attributes![
    b"class",
    b"id",
    b"style",
    b"hidden",
    b"aria-hidden",
    b"aria-modal",
    b"role",
    b"href",
    b"xlink:href",
    b"rel",
    b"itemprop",
    b"content",
    b"name",
    b"property",
    b"http-equiv",
    b"datetime",
    b"itemtype",
    b"pubdate",
    b"summary",
    b"datatable",
    b"lang",
    b"xml:lang",
    b"type",
    b"charset",
    b"encoding",
    b"color",
    b"face",
    b"size",
    b"aria-labelledby",
];

/// Longer than any name in [`READ_ATTRIBUTES`]: an attribute name this long is unread.
const MAX_READ_NAME_BYTES: usize = 16;

/// The attributes inline markup reads besides [`READ_ATTRIBUTES`]: an image's source and text.
const MARKUP_ATTRIBUTES: &[&[u8]] = &[b"src", b"data-src", b"alt"];

/// Whether inline markup reads an attribute, given its name (the scan asks [`AttributeName::of`]).
#[cfg(test)]
fn is_markup_attribute(name: &[u8]) -> bool {
    MARKUP_ATTRIBUTES
        .iter()
        .any(|read| read.eq_ignore_ascii_case(name))
}

/// What the scan does with an attribute, told by its name in any case. Every attribute of every
/// start tag is asked about: one lowercase copy of its name and one `match` on it, not a comparison
/// in any case with each name in turn (a `class`, the commonest, was compared with up to nine).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AttributeName {
    /// No stage reads it ([`is_unread_attribute`]); `markup` when inline markup does
    /// ([`MARKUP_ATTRIBUTES`]).
    Unread { markup: bool },
    /// `style`: read for the words that may hide its element (see `ReadFor`).
    Style,
    /// `rel`: read for the relations some stage reads, and by which an element may be a byline.
    Rel,
    /// `type`: read on a script and an input.
    Type,
    /// `href`: of a link's target, only the first character is read (see [`link_target_tail`]).
    Href,
    /// Another of [`READ_ATTRIBUTES`]; `byline` when the metadata stage may take its element for a
    /// byline candidate by it (`class`, `id`, `itemprop`).
    Read { byline: bool },
}

impl AttributeName {
    /// The kind of an attribute, given its name as the page spells it.
    fn of(name: &[u8]) -> AttributeName {
        if name.len() > MAX_READ_NAME_BYTES {
            return AttributeName::Unread { markup: false };
        }
        let mut lower = [0u8; MAX_READ_NAME_BYTES];
        for (to, from) in lower.iter_mut().zip(name) {
            *to = from.to_ascii_lowercase();
        }
        let lower = &lower[..name.len()];
        match lower {
            b"class" | b"id" | b"itemprop" => AttributeName::Read { byline: true },
            b"style" => AttributeName::Style,
            b"rel" => AttributeName::Rel,
            b"type" => AttributeName::Type,
            b"href" => AttributeName::Href,
            _ if is_read_lowercase(lower) => AttributeName::Read { byline: false },
            _ => AttributeName::Unread {
                markup: MARKUP_ATTRIBUTES.contains(&lower),
            },
        }
    }

    /// Whether the metadata stage may take an element for a byline candidate by this attribute
    /// (`class`, `id`, `rel` or `itemprop`).
    fn may_make_a_byline(self) -> bool {
        matches!(
            self,
            AttributeName::Rel | AttributeName::Read { byline: true }
        )
    }
}

/// Whether no stage reads an attribute, given its name: data attributes, event handlers, image
/// sources and sets, SVG path data, titles, sizes: about a third of a page's markup after its scripts.
/// (The scan asks [`AttributeName::of`].)
#[cfg(test)]
fn is_unread_attribute(name: &[u8]) -> bool {
    if name.len() > MAX_READ_NAME_BYTES {
        return true;
    }
    let mut lower = [0u8; MAX_READ_NAME_BYTES];
    for (to, from) in lower.iter_mut().zip(name) {
        *to = from.to_ascii_lowercase();
    }
    !is_read_lowercase(&lower[..name.len()])
}

/// Of a link's target (`href` on any element but `<link>`, whose canonical URL the metadata reads)
/// the stages read only whether it points within the page (`#…`): all after its first character
/// can go, inside the quotes. Returns that range, if any; none for a value that opens with a
/// character reference.
fn link_target_tail(b: &[u8], name_end: usize, end: usize) -> Option<(usize, usize)> {
    let mut at = name_end;
    while at < end && is_space(b[at]) {
        at += 1;
    }
    if b.get(at) != Some(&b'=') {
        return None;
    }
    at += 1;
    while at < end && is_space(b[at]) {
        at += 1;
    }
    let quote = *b.get(at).filter(|&&q| q == b'"' || q == b'\'')?;
    let value = at + 1..end.checked_sub(1)?;
    if value.start >= value.end || b[value.end] != quote || b[value.start] == b'&' {
        return None;
    }
    // The whole first character, however many bytes it takes.
    let first = value.start + utf8_len(b[value.start]);
    (first < value.end).then_some((first, value.end))
}

/// Bytes of the UTF-8 character whose first byte is `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Position of `needle` in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_classes_are_the_delimiters() {
        for c in 0..=u8::MAX {
            let space = matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
            assert_eq!(is_space(c), space, "{c}");
            assert_eq!(class(c) & SLASH != 0, c == b'/', "{c}");
            assert_eq!(
                class(c) & NAME_END != 0,
                matches!(c, b'/' | b'>' | b'='),
                "{c}"
            );
        }
    }

    #[test]
    fn names_of_drawings_are_matched_as_bytes() {
        assert!(is_svg_or_mathml(b"fegaussianblur"));
        assert!(is_svg_or_mathml(b"path") && is_svg_or_mathml(b"mrow"));
        assert!(!is_svg_or_mathml(b"div") && !is_svg_or_mathml(b""));
        // `fe` and the first byte of `é`: a name cut short inside a character.
        assert!(!is_svg_or_mathml(b"fe\xC3"));
        assert!(is_untracked(b"br") && !is_untracked(b"div"));
    }

    #[test]
    fn the_cut_sized_beforehand_holds_what_is_kept() {
        let pages = [
            "",
            "no tag at all",
            "<p data-x=1 class=a>One</p><script>var a = '<p>';</script><p>Two</p>",
            "<div onclick=\"go()\" id=k>x < y <b>é</b></div><style>p{}</style>tail",
            "a <<div data-v=\"1\">text</div><<script>s</script>",
        ];
        for page in pages {
            for markup in [false, true] {
                let drops = cuts(page.as_bytes(), markup).0;
                let mut kept = String::new();
                let mut at = 0;
                for &(start, end) in &drops {
                    // No cut follows a `<`: none joins a `<` of text to what follows it.
                    assert!(start == 0 || page.as_bytes()[start - 1] != b'<', "{page:?}");
                    kept.push_str(&page[at..start]);
                    at = end;
                }
                kept.push_str(&page[at..]);
                assert_eq!(cut(page, &drops), kept.as_str(), "{page:?}");
                assert_eq!(kept_len(page, &drops), kept.len(), "{page:?}");
                assert_eq!(&*prepare_noting_scripts(page, markup).0, kept.as_str());
            }
        }
    }

    #[test]
    fn shallow_pages_without_scripts_are_untouched() {
        let page = "<html><body><div><p>Text <b>bold</b></p><!----></div></body></html>";
        assert!(matches!(prepare(page), Cow::Borrowed(_)));
    }

    #[test]
    fn comments_and_json_state_are_emptied() {
        assert_eq!(
            prepare("<p>a<!-- <div> -->b<!--x--!>c<!-->d<!--->e</p>"),
            "<p>a<!---->b<!----!>c<!-->d<!--->e</p>"
        );
        // React's streaming boundary marks are read.
        let marks =
            "<div><!--$?--><template id=\"B:0\"></template><!--/$--><!--$--><!--$!--></div>";
        assert_eq!(prepare(marks), marks);
        assert_eq!(
            prepare(r#"<script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>"#),
            r#"<script id="__NEXT_DATA__" type="application/json"></script>"#
        );
        for ld in [
            r#"<script type="application/ld+json">{"headline":"H"}</script>"#,
            r#"<script type="application/ld&#x2B;json">{"headline":"H"}</script>"#,
        ] {
            assert_eq!(prepare(ld), ld);
        }
    }

    #[test]
    fn drawings_without_text_are_emptied() {
        assert_eq!(
            prepare(r#"<p>a<svg class="icon" viewBox="0 0 9 9"><g><path d="M0"/></g> </svg>b</p>"#),
            r#"<p>a<svg class="icon" ></svg>b</p>"#
        );
        // Their text is recorded when the pruner drops them: they stay whole.
        for kept in [
            "<p>a<svg><text>Label</text></svg>b</p>",
            "<p>a<svg><g>&amp;</g></svg>b</p>",
            "<p>a<svg><![CDATA[x]]></svg>b</p>",
            // An end tag that may close what holds the drawing: the scan no longer knows where it ends.
            "<div><a><svg></a></div></svg><p>x</p>",
            "<div><svg><g></div></svg><p>x</p>",
        ] {
            assert_eq!(prepare(kept), kept);
        }
    }

    #[test]
    fn scripts_are_emptied_to_the_end_tag_the_tokenizer_sees() {
        assert_eq!(
            prepare("<!--><script>x()</script>"),
            "<!--><script></script>"
        );
        assert_eq!(
            prepare("<!---><script>x()</script>"),
            "<!---><script></script>"
        );
    }

    #[test]
    fn attributes_no_stage_reads_are_cut() {
        assert_eq!(
            prepare(
                r#"<div class="a" data-x="1" ONCLICK='f()'><img srcset="a 1x" src=b><svg><path d="M0 0"/></svg></div>"#
            ),
            r#"<div class="a"  ><img  ><svg></svg></div>"#
        );
        // A cut that would change the attributes around it is not made.
        assert_eq!(prepare("<div/data-x=1>"), "<div/data-x=1>");
        assert_eq!(prepare("<p class data-x=1 =b>"), "<p class data-x=1 >");
    }

    #[test]
    fn link_targets_keep_their_first_character() {
        assert_eq!(
            prepare(r##"<a href="https://e.com/a">x</a><a HREF='#top'>y</a><a href="é/b">z</a>"##),
            r##"<a href="h">x</a><a HREF='#'>y</a><a href="é">z</a>"##
        );
        // The canonical link is read whole; a character reference may stand for `#`.
        for kept in [
            r#"<link rel="canonical" href="https://e.com/a">"#,
            r#"<a href="&#35;top">x</a>"#,
            "<a href=https://e.com/a>x</a>",
        ] {
            assert_eq!(prepare(kept), kept);
        }
    }

    #[test]
    fn inline_markup_keeps_link_targets_and_image_sources() {
        let page = r#"<p><a href="https://e.com/a" data-x=1>x</a><img src="a.jpg" alt="A" srcset="b"></p>"#;
        assert_eq!(
            prepare_for(page, true),
            r#"<p><a href="https://e.com/a" >x</a><img src="a.jpg" alt="A" ></p>"#
        );
        assert_eq!(prepare(page), r#"<p><a href="h" >x</a><img   ></p>"#);
    }

    #[test]
    fn read_attributes_are_known_in_any_case() {
        for name in READ_ATTRIBUTES {
            assert!(name.len() <= MAX_READ_NAME_BYTES);
            assert!(!is_unread_attribute(name));
            assert!(!is_unread_attribute(&name.to_ascii_uppercase()));
        }
        for name in [
            &b"data-class"[..],
            b"src",
            b"classes",
            b"aria-labelledby-x",
            b"",
        ] {
            assert!(is_unread_attribute(name), "{name:?}");
        }
    }

    /// The scan's questions about an attribute before [`AttributeName`]: each answered on its own,
    /// comparing the name in any case.
    fn kind_asked_one_by_one(name: &[u8]) -> AttributeName {
        let byline = [&b"class"[..], b"id", b"rel", b"itemprop"]
            .iter()
            .any(|n| name.eq_ignore_ascii_case(n));
        if is_unread_attribute(name) {
            AttributeName::Unread {
                markup: is_markup_attribute(name),
            }
        } else if name.eq_ignore_ascii_case(b"style") {
            AttributeName::Style
        } else if name.eq_ignore_ascii_case(b"rel") {
            AttributeName::Rel
        } else if name.eq_ignore_ascii_case(b"type") {
            AttributeName::Type
        } else if name.eq_ignore_ascii_case(b"href") {
            AttributeName::Href
        } else {
            AttributeName::Read { byline }
        }
    }

    #[test]
    fn an_attribute_is_told_by_one_match_as_by_each_question() {
        let mut names: Vec<Vec<u8>> = Vec::new();
        for &name in READ_ATTRIBUTES.iter().chain(MARKUP_ATTRIBUTES) {
            names.push(name.to_vec());
            names.push(name.to_ascii_uppercase());
            // Mixed case, a letter more, a letter less.
            let mixed: Vec<u8> = name
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    if k % 2 == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        *c
                    }
                })
                .collect();
            names.push(mixed);
            names.push([name, b"x"].concat());
            names.push(name[1..].to_vec());
        }
        names.extend(
            [
                &b""[..],
                b"=",
                b"data-id",
                b"onclick",
                b"aria-labelledby-x",
                b"xlink:hrefs",
                b"cl\xC3\xA4ss",
                b"ID\xFF",
            ]
            .iter()
            .map(|n| n.to_vec()),
        );
        for name in &names {
            let kind = AttributeName::of(name);
            assert_eq!(kind, kind_asked_one_by_one(name), "{name:?}");
            assert_eq!(
                kind.may_make_a_byline(),
                matches!(
                    kind_asked_one_by_one(name),
                    AttributeName::Rel | AttributeName::Read { byline: true }
                ),
                "{name:?}"
            );
        }
        assert_eq!(
            AttributeName::of(b"Class"),
            AttributeName::Read { byline: true }
        );
        assert_eq!(
            AttributeName::of(b"SRC"),
            AttributeName::Unread { markup: true }
        );
        assert_eq!(
            AttributeName::of(b"data-x"),
            AttributeName::Unread { markup: false }
        );
        assert!(AttributeName::of(b"REL").may_make_a_byline());
        assert!(!AttributeName::of(b"style").may_make_a_byline());
    }

    proptest::proptest! {
        #[test]
        fn any_attribute_name_is_told_as_by_each_question(
            name in proptest::collection::vec(
                proptest::sample::select(b"aAcCdDeEfFhHiIlLmMnNoOpPrRsStTyY-:=x\xC3\xA4".to_vec()),
                0..20,
            )
        ) {
            proptest::prop_assert_eq!(AttributeName::of(&name), kind_asked_one_by_one(&name));
        }
    }

    #[test]
    fn every_attribute_a_stage_reads_is_kept() {
        let calls =
            regex::Regex::new(r#"attr\((?:[a-z]+, )?"([a-z:-]+)"\)|for attr in \[([^\]]*)\]"#)
                .unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract");
        let mut files = vec![std::path::PathBuf::from(dir)];
        let mut names = Vec::new();
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for found in calls.captures_iter(&source) {
                let listed = found.get(1).or(found.get(2)).unwrap().as_str();
                names.extend(
                    listed
                        .split(',')
                        .map(|n| n.trim().trim_matches('"').to_string()),
                );
            }
        }
        assert!(names.len() > 20, "found only {names:?}");
        for name in names.iter().filter(|n| !n.is_empty()) {
            // Of a style and a relation only some words are read (see `ReadFor`), a type only on
            // a script or an input.
            let value = match name.as_str() {
                "style" => "display:none",
                "rel" => "author",
                _ => "v",
            };
            let (element, value) = if name == "type" {
                ("input", "hidden")
            } else {
                ("p", value)
            };
            let tag = format!("<{element} {name}=\"{value}\">");
            let markup = is_markup_attribute(name.as_bytes());
            assert_eq!(
                prepare_for(&tag, markup),
                tag,
                "a stage reads `{name}`: add it to READ_ATTRIBUTES"
            );
        }
    }

    #[test]
    fn case_is_ignored_in_searches() {
        assert!(contains_ignore_case(b"rel=\"Canonical\"", b"canonical"));
        assert!(contains_ignore_case(b"CANONICAL", b"canonical"));
        assert!(contains_ignore_case(b"x", b""));
        assert!(!contains_ignore_case(b"canonica", b"canonical"));
        assert!(!contains_ignore_case(b"c c canon", b"canonical"));
    }

    #[test]
    fn styles_that_cannot_hide_their_element_are_cut() {
        assert_eq!(
            prepare("<p class=a style=\"color: red\" id=b>x</p>"),
            "<p class=a  id=b>x</p>"
        );
        // A style that names `display` or `visibility`, or holds a character reference, stays.
        for kept in [
            "<p style=\"display: none\">x</p>",
            "<p STYLE='Visibility:hidden'>x</p>",
            "<p style=\"&#100;isplay:none\">x</p>",
        ] {
            assert_eq!(prepare(kept), kept);
        }
        // The parser keeps the first of two styles: when it is cut, the second goes too, and
        // when it stays, so does the second (which the parser drops).
        assert_eq!(
            prepare("<p style=a style=\"display:none\">x</p>"),
            "<p  >x</p>"
        );
        let first_hides = "<p style=\"display:none\" style=a>x</p>";
        assert_eq!(prepare(first_hides), first_hides);
    }

    #[test]
    fn relations_and_types_no_stage_reads_are_cut() {
        assert_eq!(
            prepare("<a class=x rel=\"nofollow noopener\" href=\"#a\">x</a><button type=submit>y</button>"),
            "<a class=x  href=\"#\">x</a><button >y</button>"
        );
        for kept in [
            "<a rel=author href=\"#\">x</a>",
            "<a REL=\"Author\">x</a>",
            "<table><input type=hidden></table>",
            "<script type=\"application/ld+json\">{}</script>",
        ] {
            assert_eq!(prepare(kept), kept);
        }
        // A script's type that cannot name JSON-LD, an input's that cannot be `hidden`, go, with
        // the duplicates that would take their place.
        assert_eq!(
            prepare("<script type=text/javascript type=application/ld+json>x</script><input type=text type=hidden>"),
            "<script  >x</script><input  >"
        );
    }

    #[test]
    fn links_no_stage_reads_lose_their_attributes() {
        assert_eq!(
            prepare(
                "<head>\n<link rel=stylesheet href=\"/a.css\" media=all>\n<LINK REL=icon HREF=x />\n"
            ),
            "<head><link><LINK>\n"
        );
        // The canonical address, microdata, and a character reference that may spell them stay.
        for kept in [
            "<link rel=canonical href=\"https://e.com/a\">",
            "<link itemprop=\"url\" href=\"https://e.com/a\">",
            "<link rel=\"&#99;anonical\" href=\"https://e.com/a\">",
        ] {
            assert_eq!(prepare(kept), kept);
        }
        // A tag the markup ends inside stays as it is.
        assert_eq!(prepare("<link class=icon"), "<link class=icon");
    }

    #[test]
    fn whitespace_between_tags_is_cut_to_its_first_character() {
        assert_eq!(
            prepare(
                "<ul>\n    <li><a>One</a>  <a>two</a></li>\r\n\t<i> three  four </i>  </ul> \n"
            ),
            "<ul><li><a>One</a> <a>two</a></li>\r<i> three  four </i></ul> \n"
        );
        // Whitespace beside text, and a single whitespace character, stay.
        let kept = "<p>a <b>b</b> c\n  <i>d</i>\t<i>e</i></p>";
        assert_eq!(prepare(kept), kept);
        // Inside a `<pre>` or `<listing>`, whitespace is left as it is, up to its end tag.
        assert_eq!(
            prepare("<p>a</p>\n  <pre>\n  <b>x</b>  <i>y</i></pre>  <p>b</p>  "),
            "<p>a</p><pre>\n  <b>x</b>  <i>y</i></pre><p>b</p>  "
        );
        assert_eq!(
            prepare("<listing>\n <b>x</b>\n <pre> <i>y</i> </pre> </listing>  <p>b</p>  "),
            "<listing>\n <b>x</b>\n <pre> <i>y</i> </pre> </listing><p>b</p>  "
        );
        // From there to the end of the page where the parser may leave it open: closed by another
        // element's end tag or by the adoption agency, with a self-closed element inside it (the
        // parser opens `<table/>`, out of whose scope `</pre>` closes nothing), or self-closed itself.
        for kept in [
            "<div><pre> <i>y</i> </div>  <p>b</p>  ",
            "<pre> <b>x <i>y</i> </pre>  <p>b</p>  ",
            "<b><pre> <i>y</i> </b>  </pre>  <p>b</p>  ",
            "<pre> <table/>  </pre>  <p>b</p>  ",
            "<pre/>  <p>b</p>  ",
        ] {
            assert_eq!(prepare(kept), kept);
        }
        // A self-closed element outside a `<pre>` (an SVG shape) changes nothing.
        assert_eq!(
            prepare("<svg><path d=x/></svg>  <p>a</p>  <pre> <b/>  </pre>  <p>b</p>  "),
            "<svg></svg><p>a</p><pre> <b/>  </pre>  <p>b</p>  "
        );
        // In SVG and MathML it is cut as in HTML: a drawing's text is read collapsed.
        let page = "<div>  <svg><text>  <tspan>a</tspan>  </text></svg>  </div>";
        assert_eq!(
            prepare(page),
            "<div><svg><text> <tspan>a</tspan> </text></svg></div>"
        );
        assert_eq!(
            prepare("<p><math>\n  <mi>x</mi>\n  <mo>+</mo>\n</math>  </p>"),
            "<p><math>\n<mi>x</mi>\n<mo>+</mo>\n</math></p>"
        );
    }

    #[test]
    fn whitespace_between_blocks_goes_whole() {
        // Next to a block's tag that surely makes an element's edge, whatever stands on its other
        // side: at a line's edge, no whitespace is shown.
        assert_eq!(
            prepare("<div> <span>a</span> <!----> </div>"),
            "<div><span>a</span> <!----></div>"
        );
        assert_eq!(
            prepare("<div>\n  <p>a</p>\n  <ul>\n <li>b</li>\n </ul>\n</div>\n<h2>c</h2>"),
            "<div><p>a</p><ul><li>b</li></ul></div><h2>c</h2>"
        );
        for kept in [
            // Between inline elements, comments or text, it may be shown: one character stays.
            "<p><span>a</span> <!----> <span>b</span></p>",
            // While a formatting element may be open, the parser reopens it at whitespace too.
            "<b><p>a</p> <p>b</p></b>",
            // Between two tags the parser may ignore or move text across (a stray `</li>`, a
            // `<table>`), whitespace could join text on both sides.
            "a</li> <table>b",
            // In a `<select>`, start tags of blocks are ignored.
            "<select><div>a</div> <div>b</div></select>",
            // A tag the page ends in is no tag to the parser.
            "<span>a</span> <div class=x",
        ] {
            assert_eq!(prepare(kept), kept, "{kept}");
        }
        // Whitespace at the end of the page or before a tag of the document stays as before.
        assert_eq!(
            prepare("<span>a</span>  </body>  "),
            "<span>a</span> </body>  "
        );
        // The parse differs only in whitespace at a line's edge (see `line_edges`).
        let page = "<body>\n<div>\n <p>a <b>b</b></p>\n</div>\n<ul>\n<li>c</li>\n</ul>\n</body>";
        assert_eq!(parsed_outline(&prepare(page)), parsed_outline(page));
    }

    #[test]
    fn headings_and_bylines_keep_their_whitespace() {
        // The metadata stage limits their text in bytes, whitespace included.
        for kept in [
            "<h1>\n  <a>Title</a>\n  </h1>",
            "<div class=\"post-Author\">\n  <a>Jane</a>\n  </div>",
            "<span rel=author>\n <b>Jane</b> </span>",
            "<div id=\"&#x61;uthor\">\n <b>Jane</b> </div>",
        ] {
            assert_eq!(prepare(kept), kept);
        }
        // An element without content keeps nothing.
        assert_eq!(
            prepare("<head>  <link rel=author href=a>  <title>t</title>  </head>"),
            "<head><link rel=author href=a><title>t</title> </head>"
        );
        // Until the element closes; an untracked one, until what holds it closes.
        assert_eq!(
            prepare("<div>  <p class=byline>  <b>J</b>  </div>  <i>x</i>  "),
            "<div><p class=byline>  <b>J</b>  </div><i>x</i>  "
        );
        // The end tag of a formatting element may leave it open: kept to the end.
        assert_eq!(
            prepare("<b><div class=author>  <i>J</i></b>  <i>x</i>  <p>"),
            "<b><div class=author>  <i>J</i></b>  <i>x</i>  <p>"
        );
        // The page's root, head and body are never bylines: their hints keep nothing.
        assert_eq!(
            prepare("<html class=has-author>  <head id=byline>  </head>  <body class=author-page>  <p>x</p>  </body>"),
            "<html class=has-author> <head id=byline> </head> <body class=author-page><p>x</p></body>"
        );
    }

    #[test]
    fn scripts_and_style_sheets_are_emptied() {
        let page =
            "<head><style>p{color:red}</style><SCRIPT src=a.js>var a = '<p>x</p>';</SCRIPT >\
                    </head><body><p>Body</p><script>f()</script></body>";
        assert_eq!(
            prepare(page),
            "<head><style></style><SCRIPT ></SCRIPT ></head><body><p>Body</p><script></script></body>"
        );
    }

    #[test]
    fn scripts_that_are_read_or_could_hide_their_end_are_kept() {
        let kept = [
            r#"<script type="application/ld+json">{"headline":"H"}</script><p>x</p>"#,
            "<svg><style>.a{fill:red}</style></svg><p>x</p>",
            "<noscript><script>x()</script></noscript><p>x</p>",
            "<textarea><script>shown()</script></textarea>",
            "<title><script>shown()</script></titles></title>",
            "<plaintext><script>shown()</script>",
            "</<script>shown()</script>",
            "<?php <script>shown()</script> ?>",
        ];
        for page in kept {
            assert_eq!(prepare(page), page, "{page}");
        }
        // A comment is emptied whole, the script in it with it.
        assert_eq!(
            prepare("<!-- <script>x()</script> --!><p>x</p>"),
            "<!----!><p>x</p>"
        );
        // The quote opens a value only after `=`: the `<textarea>` is a tag, and the script in it text.
        let page = r#"<div class="open><b class="c"><textarea><script>shown()</script>"#;
        assert!(prepare(page).ends_with("<textarea><script>shown()</script>"));
    }

    #[test]
    fn emptied_scripts_leave_the_parsed_text_alone() {
        let page =
            "<body><p>One <script>document.write('<b>')</script>two</p><style>b{}</style></body>";
        let text = |html: &str| {
            scraper::Html::parse_document(html)
                .root_element()
                .text()
                .filter(|t| !t.contains("write") && !t.contains("b{}"))
                .collect::<String>()
        };
        assert_eq!(text(&prepare(page)), text(page));
    }

    #[test]
    fn tags_inside_scripts_and_quotes_are_no_tags() {
        let deep = "<div>".repeat(600);
        let page = format!("<script>var s = \"{deep}\";</script><div class='a>b'>x</div>");
        // Read as tags, the script's text would hide its end and the quoted `>` end the `<div>`.
        assert_eq!(prepare(&page), "<script></script><div class='a>b'>x</div>");
    }

    /// The page as the parser sees it, except the text of scripts and style sheets, the attributes
    /// no stage reads, the text of comments, the length of whitespace runs outside `<pre>` and
    /// `<listing>` (each read as one space) and, in SVG drawings, all but their text (without
    /// whitespace): every node in document order.
    fn parsed_outline(html: &str) -> Vec<String> {
        let dom = scraper::Html::parse_document(html);
        let line_edges = line_edges(&dom);
        let is_drawing = |node: ego_tree::NodeRef<'_, scraper::Node>| {
            node.value().as_element().is_some_and(|e| e.name() == "svg")
        };
        dom.tree
            .root()
            .descendants()
            .filter(|node| !node.ancestors().any(is_drawing))
            .filter_map(|node| match node.value() {
                scraper::Node::Element(el) => Some(format!(
                    "<{} {:?}>{}",
                    el.name(),
                    el.attrs()
                        .filter(|(name, _)| !is_unread_attribute(name.as_bytes()))
                        // A style that cannot hide its element is as good as none.
                        .filter(|(name, value)| *name != "style" || may_hide(value.as_bytes()))
                        // Nor a relation no stage reads, nor a type but a script's or an input's.
                        .filter(|(name, value)| {
                            *name != "rel" || may_name_read_relation(value.as_bytes())
                        })
                        .filter(|(name, value)| match (*name, el.name()) {
                            ("type", "script") => may_name_json(value.as_bytes()),
                            ("type", "input") => may_name_hidden(value.as_bytes()),
                            (name, _) => name != "type",
                        })
                        // Nor is any attribute of a link no stage reads.
                        .filter(|_| el.name() != "link" || names_read_link(&link_tag(el)))
                        .map(|(name, value)| match name {
                            // Of a link's target, only whether it points within the page.
                            "href" if el.name() != "link" => (
                                name,
                                &value[..value.chars().next().map_or(0, char::len_utf8)]
                            ),
                            _ => (name, value),
                        })
                        .collect::<Vec<_>>(),
                    if is_drawing(node) {
                        node.descendants()
                            .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
                            .collect::<String>()
                            .split_whitespace()
                            .collect::<String>()
                    } else {
                        String::new()
                    }
                )),
                scraper::Node::Text(text) => {
                    // Scripts' text is never read, but that of JSON-LD, as the metadata finds it.
                    let parent = node.parent().and_then(|p| p.value().as_element());
                    let raw = parent.is_some_and(|p| {
                        p.name() == "style"
                            || (p.name() == "script"
                                && !p.attr("type").is_some_and(|t| {
                                    t.trim().eq_ignore_ascii_case("application/ld+json")
                                }))
                    });
                    let verbatim = node.ancestors().any(|a| {
                        a.value()
                            .as_element()
                            .is_some_and(|e| matches!(e.name(), "pre" | "listing" | "textarea"))
                    });
                    let text = if verbatim {
                        text.to_string()
                    } else {
                        let text = runs_as_one_space(text);
                        // Whitespace at a line's edge is never read (the prefilter may cut it
                        // whole between blocks): next to a block's edge, inline tags aside.
                        let (at_start, at_end) =
                            line_edges.get(&node.id()).copied().unwrap_or_default();
                        let mut text = text.as_str();
                        if at_start {
                            text = text.trim_start_matches(' ');
                        }
                        if at_end {
                            text = text.trim_end_matches(' ');
                        }
                        if text.is_empty() {
                            return None;
                        }
                        text.to_string()
                    };
                    (!raw).then(|| format!("{text:?}"))
                }
                scraper::Node::Comment(_) => Some("<!---->".to_string()),
                _ => None,
            })
            .collect()
    }

    /// For each text node, whether it starts and whether it ends a line: whether, in document order,
    /// a block's edge (see [`is_block_edge`]) or the document's own comes before it (and after it)
    /// with no other text between, inline tags aside.
    fn line_edges(
        dom: &scraper::Html,
    ) -> std::collections::HashMap<ego_tree::NodeId, (bool, bool)> {
        enum Event {
            Edge,
            Text(ego_tree::NodeId, bool),
        }
        let mut events = vec![Event::Edge];
        for edge in dom.tree.root().traverse() {
            let node = match edge {
                ego_tree::iter::Edge::Open(n) | ego_tree::iter::Edge::Close(n) => n,
            };
            match node.value() {
                scraper::Node::Element(e) if is_block_edge(e.name().as_bytes()) => {
                    events.push(Event::Edge)
                }
                // A script's or a style sheet's text is never read (it may be emptied).
                scraper::Node::Text(_)
                    if matches!(edge, ego_tree::iter::Edge::Open(_))
                        && !node
                            .parent()
                            .and_then(|p| p.value().as_element())
                            .is_some_and(|p| matches!(p.name(), "script" | "style")) =>
                {
                    let blank = node
                        .value()
                        .as_text()
                        .is_some_and(|t| t.bytes().all(is_space));
                    events.push(Event::Text(node.id(), blank))
                }
                _ => {}
            }
        }
        events.push(Event::Edge);
        let mut edges = std::collections::HashMap::new();
        // Whitespace next to whitespace reads as one run: passed over.
        fn reaches_edge<'e>(mut events: impl Iterator<Item = &'e Event>) -> bool {
            events
                .find(|e| !matches!(e, Event::Text(_, true)))
                .is_some_and(|e| matches!(e, Event::Edge))
        }
        for (k, event) in events.iter().enumerate() {
            if let Event::Text(id, _) = event {
                let start = reaches_edge(events[..k].iter().rev());
                let end = reaches_edge(events[k + 1..].iter());
                edges.insert(*id, (start, end));
            }
        }
        edges
    }

    /// A `<link>` element's read attributes, names and values, one after the other (a character
    /// reference decoded: none is left).
    fn link_tag(el: &scraper::node::Element) -> Vec<u8> {
        el.attrs()
            .filter(|(name, _)| !is_unread_attribute(name.as_bytes()))
            .flat_map(|(name, value)| [name.as_bytes(), value.as_bytes()])
            .flatten()
            .copied()
            .collect()
    }

    /// `text` with each run of whitespace (as the tokenizer knows it) read as one space.
    fn runs_as_one_space(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            let space = c.is_ascii() && is_space(c as u8);
            if !(space && out.ends_with(' ')) {
                out.push(if space { ' ' } else { c });
            }
        }
        out
    }

    /// Four bold tags told apart only by styles that cannot hide them, left open before a block: the
    /// parser reopens all four in the block. Cut, the styles would make them alike, and the parser
    /// keeps at most three alike to reopen.
    #[test]
    fn formatting_elements_told_apart_by_their_attributes_stay_apart() {
        let page = "<p><b style=color:red><b style=color:blue><b style=color:green>\
                    <b style=color:gray><div>Rain</div>";
        assert_eq!(parsed_outline(&prepare(page)), parsed_outline(page));
        // Other elements' styles that cannot hide them are cut as before.
        assert_eq!(prepare("<p style=color:red>Rain</p>"), "<p >Rain</p>");
    }

    /// The dev corpora's pages, when `../shared` sits beside the repository: the same tree, minus what
    /// is never read, on real markup.
    #[test]
    fn real_pages_parse_to_the_same_tree() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
        let mut pages = Vec::new();
        // Every page of the news and multilingual sets, and every third modern page (gzipped): their
        // JSON state, icons and utility markup.
        for (dir, stride) in [
            ("readability-pages", 1),
            ("multilingual-dev/pages", 1),
            ("wcxb-dev/html", 3),
        ] {
            let Ok(entries) = std::fs::read_dir(format!("{root}/{dir}")) else {
                continue;
            };
            let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            for path in paths.into_iter().step_by(stride) {
                let page = if path.is_dir() {
                    path.join("source.html")
                } else {
                    path
                };
                let Ok(mut bytes) = std::fs::read(&page) else {
                    continue;
                };
                if page.extension().is_some_and(|e| e == "gz") {
                    let mut plain = Vec::new();
                    use std::io::Read;
                    if flate2::read::GzDecoder::new(&bytes[..])
                        .read_to_end(&mut plain)
                        .is_err()
                    {
                        continue;
                    }
                    bytes = plain;
                }
                pages.push((page, String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
        // CI sets COPYDESK_REQUIRE_CORPUS=1: there a missing corpus fails instead of passing empty.
        let required = std::env::var_os("COPYDESK_REQUIRE_CORPUS").is_some_and(|v| v == "1");
        assert!(
            !(required && pages.is_empty()),
            "COPYDESK_REQUIRE_CORPUS=1 but {root} is absent"
        );
        for (path, html) in &pages {
            let prepared = prepare(html);
            if matches!(prepared, Cow::Owned(_)) {
                let (a, b) = (parsed_outline(&prepared), parsed_outline(html));
                if let Some(k) = (0..a.len().max(b.len())).find(|&k| a.get(k) != b.get(k)) {
                    panic!(
                        "{}: node {k} is {:?}, parsed from the page {:?}",
                        path.display(),
                        a.get(k),
                        b.get(k)
                    );
                }
            }
        }
    }

    /// Markup fragments that move the tokenizer between its states.
    const FRAGMENTS: &[&str] = &[
        "<script>",
        "</script>",
        "<SCRIPT >",
        "</script ",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "--!>",
        "<!-->",
        "</",
        "<",
        ">",
        "\"",
        "'",
        "=",
        " ",
        "<div a=",
        "<div a=\"",
        "<textarea>",
        "</textarea>",
        "<title>",
        "</title>",
        "<div data-x=1 onclick='a>b' d=\"M0\">",
        "<script_x>",
        "<a b=c/>",
        "<svg a=b/>",
        "<DIV DATA-X=y/>",
        "<p d>",
        " data-y=\"",
        " onload=",
        "<img srcset='a 1x' sizes=1>",
        "<span =data-z>",
        "<svg>",
        "</svg>",
        "<noscript>",
        "</noscript>",
        "<p>",
        "text",
        "</scripts>",
        "<?",
        "<!",
        "<plaintext>",
        "<script type=application/ld+json>",
        "<![CDATA[",
        "]]>",
        "<math>",
        "<xmp>",
        "</xmp>",
        "<iframe>",
        "</iframe>",
        "<table>",
        "<td>",
        "<select>",
        "<template>",
        "</template>",
        "/>",
        "<script/>",
        "<foreignObject>",
        "<desc>",
        "</desc>",
        "<font color=red>",
        "<b>",
        "</b>",
        "<noembed>",
        "</noembed>",
        "<head>",
        "</head>",
        "<body>",
        "<frameset>",
        "<mi>",
        "</mi>",
        "<annotation-xml encoding=text/html>",
        "<path/>",
        "<svg/>",
        "</math>",
        "<g>",
        "</g>",
        "<textarea/>",
        "'>",
        "\">",
        "<a b='",
        "<!DOCTYPE html>",
        "</title>",
        "<svg viewBox='0 0 1 1'>",
        "<path d=1>",
        "</path>",
        "<a>",
        "</a>",
        "<a href='#x'>",
        "<a href=\"http://e\">",
        "<link href='http://e'>",
        "<a href=\"&#35;x\">",
        "</div>",
        "<div>",
        "<!--c-->",
        "<!-- c --!>",
        "&amp;",
        "<script type=application/json>",
        "<script type=application/ld&#x2B;json>",
        "<script type=application/ld+json>",
        "<select>",
        "</select>",
        "<a b=c/>",
        "<title><!--c-->",
        "<pre>",
        "</pre>",
        "<listing>",
        "</listing>",
        "\n  ",
        " \t",
        "\r\n",
        "<div style='color:red'>",
        "<p style=display:none>",
        " style=\"a\"",
        " STYLE='visibility:hidden'",
        "<b style=x style='visibility:hidden'>",
        "<i style=\"&#100;isplay:none\">",
        " style",
        "<link rel=stylesheet href=a.css>",
        "<link rel=canonical href='http://e'>",
        "<LINK REL=ICON HREF=x/>",
        "<link itemprop=url href=x>",
        "<link rel=\"&#99;anonical\" href=x>",
        "<link/>",
        "<a rel=\"nofollow noopener\" href=x>",
        "<a rel=author rel=nofollow>",
        " rel=author",
        " type=hidden",
        "<input type=hidden>",
        "<button type=submit>",
        " TYPE=x",
        "<input type=text>",
        "<input type=text type=hidden>",
        "<script type=text/javascript type=application/ld+json>",
        "<script type=module>",
        "<link",
        " rel=preload",
        // Blocks, between which whitespace may go whole, and tags the parser may ignore.
        "<ul>",
        "</ul>",
        "<li>",
        "</li>",
        "</p>",
        "<tr>",
        "</tr>",
        "</td>",
        "</table>",
        "<h2>",
        "</h2>",
        "<meta>",
        "<dd>",
        "</dd>",
        "<form>",
        "</form>",
        "<hr>",
        "<section>",
        "</section>",
        "</body>",
        "</html>",
        "<option>",
        "<i>",
        "</i>",
        "<caption>",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        #[test]
        fn the_parse_differs_only_in_what_is_never_read(
            picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..40)
        ) {
            let page: String = picks.iter().map(|&k| FRAGMENTS[k]).collect();
            proptest::prop_assert_eq!(parsed_outline(&prepare(&page)), parsed_outline(&page), "{}", page);
        }
    }
}
