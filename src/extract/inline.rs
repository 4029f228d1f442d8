//! Inline markup collected while a block's text is joined, when the caller asks for it: links,
//! images, bold and italic, placed in the block's text once whitespace is collapsed.

use crate::block::{Inline, InlineKind};
use scraper::node::Element;

/// One piece of markup in a block's raw buffer (text nodes joined, whitespace not yet collapsed).
#[derive(Debug)]
struct Mark {
    kind: InlineKind,
    start: usize,
    end: usize,
}

/// The markup of the block in progress.
#[derive(Debug, Default)]
pub(super) struct Marks {
    closed: Vec<Mark>,
    /// Open elements that mark text: where the element's subtree ends, what it marks, where its text
    /// starts in the buffer.
    open: Vec<(usize, InlineKind, usize)>,
}

impl Marks {
    /// Element `name` opens at byte `at` of the buffer; its subtree ends before node `end`.
    pub(super) fn open(&mut self, name: &str, el: &Element, end: usize, at: usize) {
        let kind = match name {
            "a" => match el.attr("href").map(str::trim) {
                Some(href) if is_link_target(href) => InlineKind::Link {
                    href: href.to_string(),
                },
                _ => return,
            },
            "b" | "strong" => InlineKind::Bold,
            "i" | "em" => InlineKind::Italic,
            "img" => {
                if let Some(src) = image_source(el) {
                    let alt = el.attr("alt").map(super::tree::collapse);
                    let kind = InlineKind::Image {
                        src,
                        alt: alt.unwrap_or_default(),
                    };
                    self.closed.push(Mark {
                        kind,
                        start: at,
                        end: at,
                    });
                }
                return;
            }
            _ => return,
        };
        self.open.push((end, kind, at));
    }

    /// Closes the marks whose element ends at or before node `i`; the buffer is `len` bytes long.
    pub(super) fn close_until(&mut self, i: usize, len: usize) {
        while self.open.last().is_some_and(|(end, _, _)| *end <= i) {
            if let Some((_, kind, start)) = self.open.pop() {
                self.closed.push(Mark {
                    kind,
                    start,
                    end: len,
                });
            }
        }
    }

    /// The block ends with `raw` in the buffer, its text being `text` (`raw` tidied): its markup placed
    /// in `text`. A mark still open goes on in the next block, from its start.
    pub(super) fn take(&mut self, raw: &str, text: &str) -> Vec<Inline> {
        for (_, kind, start) in &mut self.open {
            self.closed.push(Mark {
                kind: kind.clone(),
                start: *start,
                end: raw.len(),
            });
            *start = 0;
        }
        if self.closed.is_empty() {
            return Vec::new();
        }
        let (mapped, map) = tidy_mapped(raw);
        let marks = std::mem::take(&mut self.closed);
        if mapped != text {
            return Vec::new(); // Not expected: the text is never at stake, only its markup.
        }
        let place = |raw_at: usize| map.partition_point(|&r| r < raw_at);
        let mut inlines: Vec<Inline> = marks
            .into_iter()
            .filter_map(|mark| {
                let (mut start, mut end) = (place(mark.start), place(mark.end));
                if matches!(mark.kind, InlineKind::Image { .. }) {
                    return Some(Inline::new(mark.kind, start..start, ""));
                }
                while start < end && text.as_bytes()[start] == b' ' {
                    start += 1;
                }
                while end > start && text.as_bytes()[end - 1] == b' ' {
                    end -= 1;
                }
                let marked = text.get(start..end).filter(|m| !m.is_empty())?;
                Some(Inline::new(mark.kind, start..end, marked))
            })
            .collect();
        inlines.sort_by_key(|i| (i.range.start, std::cmp::Reverse(i.range.end)));
        inlines
    }

    /// The buffer was emptied without making a block: an image waits for the next block's start,
    /// the text the other marks held is gone.
    pub(super) fn discard(&mut self) {
        self.closed
            .retain(|mark| matches!(mark.kind, InlineKind::Image { .. }));
        for mark in &mut self.closed {
            (mark.start, mark.end) = (0, 0);
        }
        for (_, _, start) in &mut self.open {
            *start = 0;
        }
    }
}

/// Whether a link target leads somewhere else than the page itself or a script.
fn is_link_target(href: &str) -> bool {
    let lower = href.get(..11).unwrap_or(href).to_ascii_lowercase();
    !href.is_empty() && !href.starts_with('#') && !lower.starts_with("javascript:")
}

/// An image's source: `src`, or `data-src` when `src` is missing or a placeholder (`data:`).
fn image_source(el: &Element) -> Option<String> {
    let usable = |s: &&str| !s.is_empty() && !s.starts_with("data:");
    el.attr("src")
        .map(str::trim)
        .filter(usable)
        .or_else(|| el.attr("data-src").map(str::trim).filter(usable))
        .map(str::to_string)
}

/// `tidy` of the block builder with, for each byte of the result, the offset in `raw` it came from
/// (for a space, the first whitespace character of the run it stands for).
fn tidy_mapped(raw: &str) -> (String, Vec<usize>) {
    // Whitespace runs to one space, trimmed (`collapse`).
    let mut chars: Vec<(char, usize)> = Vec::with_capacity(raw.len());
    let mut space: Option<usize> = None;
    for (at, c) in raw.char_indices() {
        if c.is_whitespace() {
            if !chars.is_empty() && space.is_none() {
                space = Some(at);
            }
        } else {
            if let Some(space_at) = space.take() {
                chars.push((' ', space_at));
            }
            chars.push((c, at));
        }
    }
    // No space before closing punctuation.
    let mut out = String::with_capacity(raw.len());
    let mut map = Vec::with_capacity(raw.len());
    for (k, &(c, at)) in chars.iter().enumerate() {
        if c == ' ' && !out.is_empty() {
            if let Some(&(next, _)) = chars.get(k + 1) {
                let after = chars.get(k + 2).map(|&(a, _)| a);
                let closes = matches!(next, ',' | ')' | ';')
                    || (next == '.' && after.is_none_or(char::is_whitespace));
                if closes {
                    continue;
                }
            }
        }
        out.push(c);
        map.extend(std::iter::repeat_n(at, c.len_utf8()));
    }
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_mapped_gives_the_tidy_text() {
        for raw in [
            "  a \n b , c .\n",
            "version .NET ships",
            "(see below )",
            "caf\u{e9}\u{a0} au  lait ; x",
            "",
            "   ",
            "end .",
        ] {
            let (text, map) = tidy_mapped(raw);
            assert_eq!(text, super::super::blocks::tidy(raw), "{raw:?}");
            assert_eq!(map.len(), text.len());
        }
    }

    #[test]
    fn marks_are_placed_in_the_tidy_text() {
        let raw = "Read  the report , then\n act.";
        let mut marks = Marks::default();
        marks.closed.push(Mark {
            kind: InlineKind::Bold,
            start: 5,
            end: 16,
        });
        let text = super::super::blocks::tidy(raw);
        let inlines = marks.take(raw, &text);
        assert_eq!(text, "Read the report, then act.");
        assert_eq!(inlines[0].text, "the report");
        assert_eq!(&text[inlines[0].range.clone()], "the report");
    }
}
