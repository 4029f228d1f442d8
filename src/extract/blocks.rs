//! The chosen subtrees as typed blocks in document order, with inline text joined as a reader sees
//! it: inline tags continue the line, `<br>` and block edges separate, whitespace collapses.

use super::inline::Marks;
use super::tables::Context;
use super::tree::{collapse, is_phrasing, widen, Data, Tree};
use crate::block::{Block, BlockKind};

/// What closing an element does.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Close {
    /// Nothing: an inline element.
    Inline,
    /// Ends the block in progress; the element gave its content this kind.
    Block(BlockKind),
    /// Ends a table row.
    Row,
    /// Ends a table cell.
    Cell,
    /// A block inside a table cell: a space.
    CellBlock,
    /// A block inside preformatted text (a code viewer's line): a line break.
    PreLine,
}

/// Collects blocks while walking.
#[derive(Debug, Default)]
struct Builder {
    blocks: Vec<Block>,
    buf: String,
    /// Open elements: where each ends, and what closing it does.
    open: Vec<(usize, Close)>,
    row: Option<Vec<String>>,
    pre_depth: usize,
    /// Source range of the text in `buf` (of the row, in a table row).
    span: Option<(usize, usize)>,
    /// The inline markup of the text in `buf`, when it is kept.
    marks: Option<Marks>,
}

impl Builder {
    /// The kind of the innermost block element around the text.
    fn kind(&self) -> BlockKind {
        self.open
            .iter()
            .rev()
            .find_map(|(_, c)| match c {
                Close::Block(kind) => Some(*kind),
                _ => None,
            })
            .unwrap_or(BlockKind::Paragraph)
    }

    /// Whether a table cell of the row in progress is open.
    fn in_cell(&self) -> bool {
        self.open.iter().any(|(_, c)| *c == Close::Cell)
    }

    /// Ends the block in progress, as the kind of the innermost open block element.
    fn flush(&mut self) {
        self.flush_as(self.kind());
    }

    /// Ends the block in progress as `kind`.
    fn flush_as(&mut self, kind: BlockKind) {
        if self.buf.is_empty() {
            self.span = None;
            self.discard_marks();
            return;
        }
        let span = self.span.take().map(|(start, end)| start..end);
        let text = if kind == BlockKind::Preformatted {
            self.buf
                .trim_matches(|c| c == '\n' || c == '\r')
                .trim_end()
                .to_string()
        } else {
            tidy(&self.buf)
        };
        let inlines = match self.marks.as_mut() {
            Some(marks) if kind != BlockKind::Preformatted && !text.trim().is_empty() => {
                marks.take(&self.buf, &text)
            }
            Some(marks) => {
                marks.discard();
                Vec::new()
            }
            None => Vec::new(),
        };
        self.buf.clear();
        if !text.trim().is_empty() {
            let mut made = block(kind, text, span);
            made.inlines = inlines;
            self.blocks.push(made);
        }
    }

    fn open_element(&mut self, i: usize, end: usize, name: &str, cx: &Context) {
        if self.row.is_some() {
            match name {
                // A cell of a table nested in a cell is part of the outer cell's text: starting it
                // afresh would drop what the outer cell held before it.
                "td" | "th" if !self.in_cell() => {
                    self.buf.clear();
                    self.open.push((end, Close::Cell));
                }
                "br" => self.buf.push(' '),
                _ if is_phrasing(name) => self.open.push((end, Close::Inline)),
                _ => {
                    self.buf.push(' ');
                    self.open.push((end, Close::CellBlock));
                }
            }
            return;
        }
        if name == "br" {
            if self.pre_depth > 0 {
                self.buf.push('\n');
            } else {
                self.flush();
            }
            return;
        }
        if is_phrasing(name) {
            self.open.push((end, Close::Inline));
            return;
        }
        if self.pre_depth > 0 && !matches!(name, "pre" | "table" | "tr") {
            // Code viewers print each line of a listing as a block of its own inside `<pre>`
            // (`<div class="line">`): the browser shows them as the listing's lines, one block.
            self.end_line();
            self.open.push((end, Close::PreLine));
            return;
        }
        self.flush();
        let inherited = self.kind();
        let kind = match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
            "li" | "dt" | "dd" => BlockKind::ListItem,
            "blockquote" => BlockKind::Quote,
            "pre" => BlockKind::Preformatted,
            "figcaption" | "caption" => BlockKind::Caption,
            "tr" if cx.in_data_table[i] => {
                self.row = Some(Vec::new());
                self.open.push((end, Close::Row));
                return;
            }
            _ => inherited,
        };
        if name == "pre" {
            self.pre_depth += 1;
        }
        self.open.push((end, Close::Block(kind)));
    }

    fn close(&mut self, close: Close) {
        match close {
            Close::Inline => {}
            Close::CellBlock => self.buf.push(' '),
            Close::PreLine => self.end_line(),
            Close::Cell => {
                let cell = tidy(&self.buf);
                self.buf.clear();
                if let Some(row) = self.row.as_mut() {
                    row.push(cell);
                }
            }
            Close::Row => {
                if let Some(row) = self.row.take() {
                    self.buf.clear();
                    let span = self.span.take().map(|(start, end)| start..end);
                    self.discard_marks();
                    if row.iter().any(|c| !c.is_empty()) {
                        let text = format!("| {} |", row.join(" | "));
                        self.blocks.push(block(BlockKind::TableRow, text, span));
                    }
                }
            }
            Close::Block(kind) => {
                self.flush_as(kind);
                if kind == BlockKind::Preformatted {
                    self.pre_depth = self.pre_depth.saturating_sub(1);
                }
            }
        }
    }

    /// Ends the line in progress of preformatted text: a line break, unless the text is empty or
    /// already ends in one (a line's own `<br>` closes it).
    fn end_line(&mut self) {
        if !self.buf.is_empty() && !self.buf.ends_with('\n') {
            self.buf.push('\n');
        }
    }

    /// Drops the markup of a buffer emptied without making a block.
    fn discard_marks(&mut self) {
        if let Some(marks) = self.marks.as_mut() {
            marks.discard();
        }
    }

    /// Closes every element that ends at or before `at`.
    fn close_until(&mut self, at: usize) {
        if let Some(marks) = self.marks.as_mut() {
            marks.close_until(at, self.buf.len());
        }
        while let Some(&(end, close)) = self.open.last() {
            if end > at {
                break;
            }
            self.open.pop();
            self.close(close);
        }
    }
}

/// The blocks of the subtrees at `roots`, leaving out the subtrees `skip` names; with their inline
/// markup when `markup` is set.
pub(crate) fn blocks(
    tree: &Tree<'_>,
    cx: &Context,
    roots: &[usize],
    skip: impl Fn(usize) -> bool,
    markup: bool,
) -> Vec<Block> {
    let mut b = Builder {
        marks: markup.then(Marks::default),
        ..Builder::default()
    };
    for &root in roots {
        let end = tree.nodes[root].end();
        let mut i = root;
        while i < end {
            b.close_until(i);
            if skip(i) {
                i = tree.nodes[i].end();
                continue;
            }
            match tree.nodes[i].data {
                Data::Text(text) => {
                    b.buf.push_str(text);
                    b.span = widen(b.span, tree.nodes[i].at());
                }
                Data::Element(name, el) => {
                    b.open_element(i, tree.nodes[i].end(), name, cx);
                    if let Some(marks) = b.marks.as_mut().filter(|_| b.row.is_none()) {
                        marks.open(name, el, tree.nodes[i].end(), b.buf.len());
                    }
                }
            }
            i += 1;
        }
        b.close_until(usize::MAX);
        b.flush();
    }
    b.blocks
}

/// A block found at `span` of the source, when it was found.
fn block(kind: BlockKind, text: String, span: Option<std::ops::Range<usize>>) -> Block {
    match span {
        Some(span) => Block::located(kind, text, span),
        None => Block::new(kind, text),
    }
}

/// Collapses whitespace and drops a space the markup left before closing punctuation.
pub(super) fn tidy(text: &str) -> String {
    let collapsed = collapse(text);
    // Collapsed, the text's only whitespace is one space between words, never first nor last.
    let b = collapsed.as_bytes();
    let closes = |space: usize| match b.get(space + 1) {
        Some(b',' | b')' | b';') => true,
        Some(b'.') => matches!(b.get(space + 2), None | Some(b' ')),
        _ => false,
    };
    if !memchr::memchr_iter(b' ', b).any(closes) {
        return collapsed;
    }
    let mut out = String::with_capacity(collapsed.len());
    let mut last = 0;
    for space in memchr::memchr_iter(b' ', b).filter(|&i| closes(i)) {
        out.push_str(&collapsed[last..space]);
        last = space + 1;
    }
    out.push_str(&collapsed[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character by character reading `tidy` replaced.
    fn tidy_slowly(text: &str) -> String {
        let collapsed = collapse(text);
        let mut out = String::new();
        let mut chars = collapsed.chars().peekable();
        while let Some(c) = chars.next() {
            if c == ' ' {
                if let Some(&next) = chars.peek() {
                    let mut rest = chars.clone();
                    rest.next();
                    let after = rest.peek().copied();
                    let closes = matches!(next, ',' | ')' | ';')
                        || (next == '.' && after.is_none_or(char::is_whitespace));
                    if closes && !out.is_empty() {
                        continue;
                    }
                }
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn tidy_reads_as_it_did_character_by_character() {
        let parts = [" ", ".", ",", ")", ";", "a", "é", "\u{a0}", "\n", "x."];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let text = format!("{a}{b}{c}{d}");
                        assert_eq!(tidy(&text), tidy_slowly(&text), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn tidy_collapses_and_drops_spaces_before_punctuation() {
        assert_eq!(tidy("  a \n b , c .\n"), "a b, c.");
        assert_eq!(tidy("version .NET ships"), "version .NET ships");
        assert_eq!(tidy("(see below )"), "(see below)");
        assert_eq!(tidy("a . b .c ;d ,e ,"), "a. b .c;d,e,");
        assert_eq!(tidy("déjà vu . «x» , fin ."), "déjà vu. «x», fin.");
        assert_eq!(tidy(" .\u{a0}. "), "..");
    }
}
