//! Text nodes located in the page's source: the byte range each one came from.
//!
//! The parser gives no positions, but it keeps the order of the text: a text node is the character
//! data between two pieces of markup, entities decoded. So one forward pass over the source finds
//! them all: a cursor reads the source as the tokenizer would (tags, comments and the content of
//! scripts and style sheets skipped, character references decoded) and each text node, in document
//! order, is matched at the cursor, whitespace aside. A node that is not found there (markup the
//! reader models differently from the parser) is looked for a little further on, within a budget
//! that keeps the whole pass linear in the size of the page; when that fails the node has no span
//! and the cursor stays where it was.
//!
//! Spans start and end on the source's character boundaries, so slicing the page with them never
//! panics.

use super::prefilter::{comment_end, raw_text_end, script_end, COMMENT_OPEN};
use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use std::cell::Cell;
use std::ops::Range;

/// How many source bytes a search past the cursor may read for one text node before the node is
/// given up: enough to step over a hidden block or a misplaced piece of text, small enough that a
/// node the reader cannot find costs little.
const MAX_SEARCH_BYTES: usize = 8 * 1024;

/// Total work of failed matches, in multiples of the page's size, before the reader gives up on the
/// rest of the page: the guarantee that a page of unmatched nodes stays linear. A node matched at the
/// cursor costs nothing: the cursor moves past what it read.
const SEARCH_BUDGET_PER_BYTE: usize = 4;

/// Opens a script's start tag.
const SCRIPT_OPEN: &[u8] = b"<script";

/// Longest character reference name the tokenizer reads (`&CounterClockwiseContourIntegral;`).
const MAX_ENTITY_LEN: usize = 33;

/// Elements whose content is never text of the page the reader matches: raw text (scripts, style
/// sheets), and the title, which no text node outside `<head>` comes from.
const SKIPPED: [&str; 8] = [
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "title",
    "plaintext",
];

/// Where the reader stands in the source.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    /// Byte offset of the next unread byte.
    pos: usize,
    /// Inside a `<textarea>`: where its content ends. Up to there, `<` opens no tag.
    rcdata_end: usize,
    /// The second character of a reference that decodes to two, with where its reference ends.
    pending: Option<(char, usize)>,
}

/// A character the page shows, and the bytes of source it came from.
#[derive(Debug, Clone, Copy)]
struct Visible {
    c: char,
    start: usize,
    end: usize,
}

/// Locates text nodes in the source of a page, in document order.
#[derive(Debug, Clone)]
pub(crate) struct Aligner<'s> {
    src: &'s str,
    at: Cursor,
    /// `<noscript>` content is markup (the page read without scripts) rather than raw text.
    noscript_is_markup: bool,
    budget: usize,
    /// The text ranges of scripts already read in `src`, in order (see [`Aligner::with_scripts`]).
    scripts: &'s [(usize, usize)],
    /// The tags already read in `src`, in order (see [`Aligner::with_tags`]).
    tags: &'s [(usize, usize)],
    /// Where in `tags` the next tag looked up most likely stands: the one after the last found.
    next_tag: Cell<usize>,
}

impl<'s> Aligner<'s> {
    /// A reader at the start of `src`.
    pub(crate) fn new(src: &'s str, noscript_is_markup: bool) -> Aligner<'s> {
        Aligner {
            src,
            at: Cursor {
                pos: 0,
                rcdata_end: 0,
                pending: None,
            },
            noscript_is_markup,
            budget: src.len().saturating_mul(SEARCH_BUDGET_PER_BYTE),
            scripts: &[],
            tags: &[],
            next_tag: Cell::new(0),
        }
    }

    /// The reader, told where the text of scripts of its source that the prefilter read ends: pairs
    /// of the byte after a script's start tag and [`script_end`] from there, in order. A script it
    /// meets elsewhere is read as usual.
    pub(crate) fn with_scripts(mut self, scripts: &'s [(usize, usize)]) -> Aligner<'s> {
        self.scripts = scripts;
        self
    }

    /// The reader, told where the start and end tags of its source that the prefilter read start
    /// (their `<`) and end (one past their `>`), in order: it takes their ends from there instead of
    /// reading the tags again. A tag it meets elsewhere is read as usual.
    pub(crate) fn with_tags(mut self, tags: &'s [(usize, usize)]) -> Aligner<'s> {
        self.tags = tags;
        self
    }

    /// One past the `>` of the tag whose `<` is at `p` and whose name (after `<` or `</`) starts at
    /// `name_start`: looked up among the tags already read, the next one first.
    fn tag_end_from(&self, p: usize, name_start: usize) -> usize {
        let hint = self.next_tag.get();
        let k = match self.tags.get(hint) {
            Some(&(start, _)) if start == p => hint,
            _ => self.tags.partition_point(|&(start, _)| start < p),
        };
        match self.tags.get(k) {
            Some(&(start, end)) if start == p => {
                self.next_tag.set(k + 1);
                end
            }
            _ => tag_end(self.src.as_bytes(), name_start),
        }
    }

    /// [`script_end`] from `from`, looked up among the scripts already read.
    fn script_end_from(&self, from: usize) -> usize {
        match self
            .scripts
            .binary_search_by_key(&from, |&(start, _)| start)
        {
            Ok(k) => self.scripts[k].1,
            Err(_) => script_end(self.src.as_bytes(), from),
        }
    }

    /// Whether the text of an element so named is skipped by the reader, so that its text nodes must
    /// not be looked for.
    pub(crate) fn skips_content_of(&self, name: &str) -> bool {
        SKIPPED.contains(&name) || (name == "noscript" && !self.noscript_is_markup)
    }

    /// The byte range of the source that `text`, the next text node in document order, came from;
    /// `None` for a blank node or one not found. Moves the cursor past what it finds.
    pub(crate) fn locate(&mut self, text: &str) -> Option<(usize, usize)> {
        self.search(text, MAX_SEARCH_BYTES)
    }

    /// [`Aligner::locate`], reading at most `max_read` bytes past the cursor.
    fn search(&mut self, text: &str, max_read: usize) -> Option<(usize, usize)> {
        let text = shown(text);
        let first = text.chars().next()?;
        // Failed attempts are charged to the budget, so once it is spent every node would fail at
        // some cost: none is looked for any more.
        if self.budget == 0 {
            return None;
        }
        let mut at = self.at;
        let from = at.pos;
        // Bytes read by attempts that failed: the cost of searching, charged to the budget.
        let mut work = 0usize;
        loop {
            let ready = at.pending.is_none();
            let Some(v) = self.next_visible(&mut at) else {
                self.budget = self.budget.saturating_sub(work + (at.pos - from));
                return None;
            };
            if v.c == first {
                match self.match_at(v, at, ready, text) {
                    Ok((start, end, after)) => {
                        self.budget = self.budget.saturating_sub(work);
                        self.at = after;
                        return Some((start, end));
                    }
                    Err(reached) => work += reached.saturating_sub(v.start),
                }
            }
            let read = at.pos - from;
            if read > max_read || work + read > self.budget {
                self.budget = self.budget.saturating_sub(work + read);
                return None;
            }
        }
    }

    /// Matches `text` (its [`shown`] part) from its first character, found at `first` with the cursor
    /// `at` after it (`ready` when that character was not the second of a reference): its start, its
    /// end, and the cursor after it; or how far the attempt read.
    fn match_at(
        &self,
        first: Visible,
        at: Cursor,
        ready: bool,
        text: &str,
    ) -> Result<(usize, usize, Cursor), usize> {
        // Most text nodes are their source byte for byte. Without `&`, `<`, CR or NUL in it, a
        // stretch of source that equals the text holds no markup and no reference.
        let trimmed = text;
        // The four are ASCII: a byte scan finds them without decoding the text's characters.
        if ready
            && self.src.as_bytes()[first.start..].starts_with(trimmed.as_bytes())
            && memchr::memchr3(b'&', b'<', b'\r', trimmed.as_bytes()).is_none()
            && memchr::memchr(b'\0', trimmed.as_bytes()).is_none()
        {
            let end = first.start + trimmed.len();
            let after = Cursor {
                pos: end,
                rcdata_end: at.rcdata_end,
                pending: None,
            };
            return Ok((first.start, end, after));
        }
        let mut probe = at;
        let (start, mut end) = (first.start, first.end);
        let mut chars = text.chars().filter(|c| !is_ignored(*c));
        if chars.next() != Some(first.c) {
            return Err(probe.pos);
        }
        for c in chars {
            let v = self.next_visible(&mut probe).ok_or(probe.pos)?;
            if v.c != c {
                return Err(probe.pos);
            }
            end = v.end;
        }
        Ok((start, end, probe))
    }

    /// The next character the page shows at or after the cursor, whitespace aside; moves the cursor
    /// past it.
    fn next_visible(&self, at: &mut Cursor) -> Option<Visible> {
        let b = self.src.as_bytes();
        loop {
            // Runs of ASCII whitespace (a page's indentation between tags) passed byte by byte: each
            // is a character of text that is ignored, whatever the cursor's state.
            if at.pending.is_none() {
                at.pos = ignored_run_end(b, at.pos);
            }
            let v = self.next_char(at)?;
            if !is_ignored(v.c) {
                return Some(v);
            }
        }
    }

    /// The next character of text at or after the cursor, markup skipped and references decoded.
    fn next_char(&self, at: &mut Cursor) -> Option<Visible> {
        if let Some((c, end)) = at.pending.take() {
            return Some(Visible { c, start: end, end });
        }
        let b = self.src.as_bytes();
        loop {
            let p = at.pos;
            let &byte = b.get(p)?;
            let in_rcdata = p < at.rcdata_end;
            if byte == b'<' && !in_rcdata {
                if let Some(next) = self.skip_markup(p, at) {
                    at.pos = next;
                    continue;
                }
            }
            if byte == b'&' {
                if let Some((c, second, end)) = reference(self.src, p) {
                    at.pos = end;
                    if let Some(second) = second {
                        at.pending = Some((second, end));
                    }
                    return Some(Visible { c, start: p, end });
                }
            }
            let c = if byte.is_ascii() {
                char::from(byte)
            } else {
                self.src[p..].chars().next()?
            };
            at.pos = p + c.len_utf8();
            return Some(Visible {
                c,
                start: p,
                end: at.pos,
            });
        }
    }

    /// The end of the markup that starts with the `<` at `p`, or `None` when that `<` is text. Past a
    /// start tag whose content is skipped, the end of that content; past a `<textarea>`, the cursor
    /// notes where its text ends.
    fn skip_markup(&self, p: usize, at: &mut Cursor) -> Option<usize> {
        let b = self.src.as_bytes();
        let next = *b.get(p + 1)?;
        if b[p..].starts_with(COMMENT_OPEN) {
            return Some(comment_end(b, p + COMMENT_OPEN.len()));
        }
        if next == b'!' || next == b'?' {
            return Some(find_byte(b, p + 2, b'>'));
        }
        if next == b'/' {
            let after = *b.get(p + 2)?;
            return Some(if after.is_ascii_alphabetic() {
                self.tag_end_from(p, p + 2)
            } else if after == b'>' {
                p + 3
            } else {
                find_byte(b, p + 2, b'>')
            });
        }
        if !next.is_ascii_alphabetic() {
            return None;
        }
        let name_end = p
            + 1
            + b[p + 1..]
                .iter()
                .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
                .unwrap_or(b.len() - p - 1);
        let end = self.tag_end_from(p, p + 1);
        let name = &b[p + 1..name_end];
        if name.eq_ignore_ascii_case(b"textarea") {
            at.rcdata_end = raw_text_end(b, end, name);
            return Some(end);
        }
        let skipped = SKIPPED
            .iter()
            .any(|s| name.eq_ignore_ascii_case(s.as_bytes()))
            || (name.eq_ignore_ascii_case(b"noscript") && !self.noscript_is_markup);
        Some(if !skipped {
            end
        } else if name.eq_ignore_ascii_case(b"script") {
            // A `<!--` in a script can make even `</script>` part of its text, as the parser reads it.
            self.script_end_from(end)
        } else {
            raw_text_end(b, end, name)
        })
    }
}

/// The page's source as the spans point into it, read as the aligner read it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Source<'s> {
    /// The page.
    pub text: &'s str,
    /// `<noscript>` content is markup (the page read without scripts) rather than raw text.
    pub noscript_is_markup: bool,
}

impl Source<'_> {
    /// Where `text` stands in the stretch `within` of the page (a record's span): from its first to
    /// its last character, markup and whitespace aside, at its first occurrence. `None` when the
    /// stretch does not show it, or is not a stretch of the page.
    pub(crate) fn locate_within(&self, within: Range<usize>, text: &str) -> Option<Range<usize>> {
        let page = self.text.get(..within.end)?;
        page.get(within.start..)?;
        let mut reader = Aligner::new(page, self.noscript_is_markup);
        reader.at.pos = within.start;
        let (start, end) = reader.search(text, within.end - within.start)?;
        Some(start..end)
    }
}

/// How far before its `ld+json` type a JSON-LD script's start tag may begin.
const MAX_SCRIPT_TAG_BYTES: usize = 256;

/// The content of the first JSON-LD script of `src` that holds an `articleBody`: where the text of
/// an article read from JSON-LD stands in the page.
pub(crate) fn json_ld_body_script(src: &str) -> Option<(usize, usize)> {
    let b = src.as_bytes();
    json_ld_scripts(src).find(|&(content, end)| {
        memchr::memmem::find(&b[content..end], b"\"articleBody\"").is_some()
    })
}

/// The content of every JSON-LD script of `src`, in order: where each starts and ends.
pub(crate) fn json_ld_scripts(src: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = src.as_bytes();
    let mut after = 0;
    memchr::memmem::find_iter(b, b"ld+json").filter_map(move |at| {
        // Only in a `<script` start tag, past the last script looked at: each script's content is
        // read once.
        if at < after {
            return None;
        }
        let from = after.max(at.saturating_sub(MAX_SCRIPT_TAG_BYTES));
        let tag = memchr::memrchr(b'<', &b[from..at]).map(|k| from + k);
        let in_script_tag = tag.is_some_and(|t| {
            b.len() >= t + SCRIPT_OPEN.len()
                && b[t..t + SCRIPT_OPEN.len()].eq_ignore_ascii_case(SCRIPT_OPEN)
                && memchr::memchr(b'>', &b[t..at]).is_none()
        });
        if !in_script_tag {
            return None;
        }
        let content = find_byte(b, at, b'>');
        let end = script_end(b, content);
        after = end;
        Some((content, end))
    })
}

/// Characters the match passes over: whitespace, whose runs the stages collapse and the parser
/// normalizes (`\r\n`), and NUL, which the parser drops.
fn is_ignored(c: char) -> bool {
    c.is_whitespace() || c == '\0'
}

/// `text` without the [`is_ignored`] characters at either end; the ASCII ones (a page's
/// indentation, all of a blank node) passed over byte by byte.
fn shown(text: &str) -> &str {
    let b = text.as_bytes();
    let start = ignored_run_end(b, 0);
    if start == b.len() {
        return "";
    }
    let end = b
        .iter()
        .rposition(|&c| !is_ignored_byte(c))
        .map_or(start, |k| k + 1);
    // Both ends sit next to ASCII bytes, so on character boundaries.
    text[start..end].trim_matches(is_ignored)
}

/// Where the run of [`is_ignored_byte`]s at `from` ends (`from` itself when there is none). A page's
/// indentation is mostly spaces: eight of them are passed at once.
fn ignored_run_end(b: &[u8], from: usize) -> usize {
    const EIGHT_SPACES: u64 = u64::from_ne_bytes([b' '; 8]);
    let mut i = from;
    while let Some(&c) = b.get(i) {
        if !is_ignored_byte(c) {
            break;
        }
        let eight = b
            .get(i..i + 8)
            .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
            .map(u64::from_ne_bytes);
        i += if eight == Some(EIGHT_SPACES) { 8 } else { 1 };
    }
    i
}

/// [`is_ignored`] for an ASCII byte: whitespace or NUL.
fn is_ignored_byte(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b'\0')
}

/// One past the `>` that ends the tag whose name starts at `from`, quoted attribute values skipped;
/// the end of the source when it never ends.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(k) = b
        .get(i..)
        .and_then(|rest| memchr::memchr3(b'>', b'"', b'\'', rest))
    {
        let at = i + k;
        let q = b[at];
        if q == b'>' {
            return at + 1;
        }
        // A quote opens a value only right after `=` (spaces between allowed).
        let before = b[from..at].iter().rev().find(|c| !c.is_ascii_whitespace());
        i = if before == Some(&b'=') {
            find_byte(b, at + 1, q)
        } else {
            at + 1
        };
    }
    b.len()
}

/// One past the next `c` at or after `from`, or the end of the source.
fn find_byte(b: &[u8], from: usize, c: u8) -> usize {
    match b.get(from..).and_then(|rest| memchr::memchr(c, rest)) {
        Some(i) => from + i + 1,
        None => b.len(),
    }
}

/// The character reference at `p` (a `&`): its character or two, and where it ends; `None` when
/// the `&` is text.
fn reference(src: &str, p: usize) -> Option<(char, Option<char>, usize)> {
    let b = src.as_bytes();
    if b.get(p + 1) == Some(&b'#') {
        return numeric_reference(b, p);
    }
    // The longest name the table knows: it holds every prefix of its names, so the scan stops at
    // the first byte that continues no name.
    let mut found = None;
    let mut i = p + 1;
    while i < b.len() && i - p <= MAX_ENTITY_LEN {
        let c = b[i];
        if !(c.is_ascii_alphanumeric() || c == b';') {
            break;
        }
        let Some(&(first, second)) = NAMED_ENTITIES.get(&src[p + 1..=i]) else {
            break;
        };
        if first != 0 {
            found = Some((first, second, i + 1));
        }
        if c == b';' {
            break;
        }
        i += 1;
    }
    let (first, second, end) = found?;
    let first = char::from_u32(first)?;
    let second = (second != 0).then(|| char::from_u32(second)).flatten();
    Some((first, second, end))
}

/// A numeric character reference at `p` (`&#…`), decoded as the tokenizer does.
fn numeric_reference(b: &[u8], p: usize) -> Option<(char, Option<char>, usize)> {
    let hex = matches!(b.get(p + "&#".len()), Some(b'x' | b'X'));
    let digits_at = p + if hex { "&#x".len() } else { "&#".len() };
    let radix = if hex { 16 } else { 10 };
    let mut i = digits_at;
    let mut value: u32 = 0;
    while let Some(d) = b.get(i).and_then(|&c| (c as char).to_digit(radix)) {
        value = value.saturating_mul(radix).saturating_add(d);
        i += 1;
    }
    if i == digits_at {
        return None;
    }
    if b.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match value {
        0x80..=0x9F => C1_REPLACEMENTS[(value - 0x80) as usize]
            .unwrap_or_else(|| char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER)),
        0 => char::REPLACEMENT_CHARACTER,
        _ => char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
    };
    Some((c, None, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(src: &str, nodes: &[&str]) -> Vec<Option<String>> {
        let mut a = Aligner::new(src, false);
        nodes
            .iter()
            .map(|t| a.locate(t).map(|(s, e)| src[s..e].to_string()))
            .collect()
    }

    #[test]
    fn ignored_runs_end_at_the_first_byte_shown() {
        let runs = [
            "",
            "x",
            " x",
            "         x",
            "\n                 \t \0 x",
            "                ",
        ];
        for run in runs {
            for from in 0..run.len() {
                let slowly = run.as_bytes()[from..]
                    .iter()
                    .position(|&c| !is_ignored_byte(c))
                    .map_or(run.len(), |k| from + k);
                assert_eq!(
                    ignored_run_end(run.as_bytes(), from),
                    slowly,
                    "{run:?} {from}"
                );
            }
        }
    }

    #[test]
    fn shown_trims_what_is_ignored() {
        for text in [
            "",
            " \0\n",
            "a",
            "\0 a b \r\0",
            "\u{a0}\0 a\u{2003}",
            " \u{a0} ",
            "\x1Fa\x1F",
        ] {
            assert_eq!(shown(text), text.trim_matches(is_ignored), "{text:?}");
        }
    }

    #[test]
    fn finds_the_json_ld_script_that_holds_the_body() {
        let src = r#"<script type="application/ld+json">{"name":"x"}</script><script type="application/ld+json">{"articleBody":"Text"}</script>"#;
        let (start, end) = json_ld_body_script(src).unwrap();
        assert_eq!(&src[start..end], r#"{"articleBody":"Text"}"#);
        assert_eq!(json_ld_body_script("<p>ld+json</p>"), None);
    }

    #[test]
    fn scripts_read_by_the_prefilter_are_skipped_as_they_would_be_read() {
        let src = "<p>One</p><script>var a = '</p>';</script><p>Two</p>\
                   <script><!-- <script></script> --></script><p>Three</p><script>x</script>";
        let nodes = ["One", "Two", "Three"];
        let (_, scripts, _, _) = super::super::prefilter::prepare_noting_scripts(src, false);
        assert_eq!(scripts.len(), 3);
        let mut a = Aligner::new(src, false).with_scripts(&scripts);
        let told: Vec<_> = nodes.iter().map(|t| a.locate(t)).collect();
        let mut b = Aligner::new(src, false);
        let read: Vec<_> = nodes.iter().map(|t| b.locate(t)).collect();
        assert_eq!(told, read);
        assert!(told.iter().all(Option::is_some));
    }

    #[test]
    fn tags_read_by_the_prefilter_end_where_the_reader_ends_them() {
        let src = "<div class=\"a>b\" data-x='c\"d'><p id=x>One</p><!-- <p>no</p> -->\
                   <a href=\"/x?a=1&amp;b=2\" title = 'q>r'>Two</a><br/><script>var a = '<p>';</script>\
                   <p>Three &amp; <b >four</b ></p><img alt=x src=y.png>Five</div><p>Six";
        let (_, scripts, tags, _) = super::super::prefilter::prepare_noting_scripts(src, false);
        assert!(tags.len() > 10);
        for &(start, end) in &tags {
            let name_start = start
                + if src.as_bytes()[start + 1] == b'/' {
                    2
                } else {
                    1
                };
            assert_eq!(
                end,
                tag_end(src.as_bytes(), name_start),
                "{}",
                &src[start..]
            );
        }
        let nodes = ["One", "Two", "Three & ", "four", "Five", "Six"];
        let mut told = Aligner::new(src, false)
            .with_scripts(&scripts)
            .with_tags(&tags);
        let mut read = Aligner::new(src, false);
        let spans: Vec<_> = nodes.iter().map(|t| told.locate(t)).collect();
        assert_eq!(
            spans,
            nodes.iter().map(|t| read.locate(t)).collect::<Vec<_>>()
        );
        assert!(spans.iter().all(Option::is_some));
        // Looked up out of order (a search that failed reads the same tags again), the ends are
        // the same.
        let mut again = Aligner::new(src, false).with_tags(&tags);
        assert_eq!(again.locate("Six"), spans[5]);
        again.at.pos = 0;
        assert_eq!(again.locate("One"), spans[0]);
    }

    #[test]
    fn ignored_bytes_are_the_ignored_ascii_characters() {
        for c in 0u8..128 {
            assert_eq!(is_ignored_byte(c), is_ignored(char::from(c)), "{c}");
        }
    }

    #[test]
    fn finds_text_nodes_between_tags() {
        let src = "<p class=\"a>b\">Hello <b>world</b>!</p>";
        assert_eq!(
            spans(src, &["Hello ", "world", "!"]),
            [Some("Hello".into()), Some("world".into()), Some("!".into())]
        );
    }

    #[test]
    fn decodes_references_and_skips_comments_and_scripts() {
        let src = "<p>a &amp; b&nbsp;c &#x41;&#150;<!-- x --></p><script>d</script><p>d &notit; &copy</p>";
        assert_eq!(
            spans(src, &["a & b\u{a0}c A\u{2013}", "d ¬it; ©"]),
            [
                Some("a &amp; b&nbsp;c &#x41;&#150;".into()),
                Some("d &notit; &copy".into())
            ]
        );
    }

    #[test]
    fn steps_over_text_it_is_not_asked_for() {
        let src = "<title>T</title><template>hidden</template><p>shown</p>";
        assert_eq!(spans(src, &["shown"]), [Some("shown".into())]);
    }

    #[test]
    fn the_search_steps_over_text_it_is_not_asked_for_up_to_its_limit() {
        // Text with the node's first letter inside other words, multi-byte letters, a reference:
        // the node is found where it stands, not in a word before it.
        let filler = "ééé sxs &amp; ".repeat(50);
        let src = format!("<p>{filler}</p><p>shown</p>");
        assert_eq!(spans(&src, &["shown"]), [Some("shown".into())]);
        // Past the search's limit of bytes the node is given up, wherever the limit falls in a
        // character.
        let far = "é".repeat(MAX_SEARCH_BYTES);
        let src = format!("<p>first</p><p>{far}</p><p>shown</p>");
        assert_eq!(
            spans(&src, &["first", "shown"]),
            [Some("first".into()), None]
        );
    }

    #[test]
    fn a_node_not_in_the_source_has_no_span_and_moves_nothing() {
        let src = "<p>one</p><p>two</p>";
        assert_eq!(
            spans(src, &["one", "zzz", "two"]),
            [Some("one".into()), None, Some("two".into())]
        );
    }

    #[test]
    fn textarea_content_is_text_until_its_end_tag() {
        let src = "<textarea><b>x</b> &lt;</textarea><p>y</p>";
        assert_eq!(
            spans(src, &["<b>x</b> <", "y"]),
            [Some("<b>x</b> &lt;".into()), Some("y".into())]
        );
    }

    #[test]
    fn text_is_located_within_a_stretch_of_the_page() {
        let src = "<header><p>Kicker</p><p class=\"lead\">The council <b>passed</b> the budget &amp; more.</p><p>By A. Writer</p></header>";
        let source = Source {
            text: src,
            noscript_is_markup: false,
        };
        let whole = src.find("Kicker").unwrap()..src.find("Writer").unwrap() + 6;
        let found = source.locate_within(whole.clone(), "The council passed the budget & more.");
        assert_eq!(
            &src[found.unwrap()],
            "The council <b>passed</b> the budget &amp; more."
        );
        // Not in the stretch, or the stretch not of the page: nowhere.
        assert_eq!(source.locate_within(whole.clone(), "Kicker The end"), None);
        let before = 0..src.find("Kicker").unwrap();
        assert_eq!(source.locate_within(before, "Kicker"), None);
        assert_eq!(source.locate_within(0..src.len() + 1, "Kicker"), None);
        let inside_a_character = "é".len() - 1;
        assert_eq!(
            Source {
                text: "é",
                noscript_is_markup: false
            }
            .locate_within(inside_a_character..2, "é"),
            None
        );
    }

    #[test]
    fn spans_fall_on_character_boundaries_of_any_input() {
        let src = "<p>é&#233;</p>ü<<&&#x;<!--é-->ß</b>\u{0}ñ";
        let mut a = Aligner::new(src, false);
        for text in ["éé", "ü<<&&#x;", "ß", "ñ", "x", "<"] {
            if let Some((s, e)) = a.locate(text) {
                assert!(src.is_char_boundary(s) && src.is_char_boundary(e));
            }
        }
    }
}
