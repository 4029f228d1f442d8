//! Markdown's inline links and images in text input: `[text](https://…)` reads as its text, and
//! `![alt](image.png)` as nothing, as the same page's HTML reads.
//!
//! Scrapers that hand over Markdown (Firecrawl, Jina Reader, crawl4ai, `html2text`, `markdownify`)
//! write every link with its target: a menu entry becomes `* [News](https://example.com/news/)`, a
//! sentence with two links grows by two URLs. Read as they stand, the targets are words to every
//! measure of the text: a menu's line reads as long as a sentence, prose reads as a run of URLs, and
//! whatever is kept carries them. So the text input reads each link as its text and each image as
//! nothing, keeping the target as the block's inline markup (written again by
//! [`Article::to_markdown_with`](crate::Article::to_markdown_with) when asked), and records what it
//! read as a change.
//!
//! Only the inline forms are read, one level of brackets deep, outside code spans; a bracket pair
//! followed by anything but a parenthesised target ("[sic]", "[1]", "[citation needed]") is text.

use crate::block::{Inline, InlineKind};
use once_cell::sync::Lazy;
use regex::Regex;

/// An inline image, `![alt](src)` or `![alt](src "title")`: its alt text and source.
static IMAGE: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"!\[([^\[\]\n]*)\]{TARGET}")).unwrap());

/// An inline link, `[text](href)` or `[text](href "title")`: its text and target.
static LINK: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"\[([^\[\]\n]*)\]{TARGET}")).unwrap());

/// A [`TARGET`] at the start of a text.
static TARGET_AT: Lazy<Regex> = Lazy::new(|| Regex::new(&format!("^{TARGET}")).unwrap());

/// A link's or image's parenthesised target: `<…>`, or a run without spaces that may hold one pair of
/// parentheses (Wikipedia's `Mercury_(planet)`), then an optional title in quotes or parentheses.
const TARGET: &str = r#"\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"#;

/// The name, in [`Change`](crate::Change) records, of text input's reading of Markdown's inline
/// links and images.
pub const MARKDOWN_LINKS: &str = "markdown-links";

/// `text` with each inline image dropped and each inline link read as its text, with the markup of
/// what was read (links over their text, images at their point), and how many were read; `None`
/// when it holds none. A target must look like one (see [`is_target`]).
///
/// # Examples
///
/// ```
/// use copydesk::text::read_markdown_links;
///
/// let (text, markup, read) =
///     read_markdown_links("* [News](https://example.com/news/) ![](dot.gif)").unwrap();
/// assert_eq!(text, "* News "); // the whitespace normalizer takes the space the image leaves
/// assert_eq!(read, 2);
/// assert_eq!(markup[0].text, "News");
/// assert!(read_markdown_links("Prices rose [sic] (2019)").is_none());
/// ```
pub fn read_markdown_links(text: &str) -> Option<(String, Vec<Inline>, usize)> {
    if !text.contains("](") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut markup = Vec::new();
    let mut read = 0;
    let mut at = 0;
    for (start, end, found) in matches(text) {
        out.push_str(&text[at..start]);
        at = end;
        read += 1;
        match found {
            Found::Image { alt, src } => markup.push(Inline::new(
                InlineKind::Image {
                    src: src.to_string(),
                    alt: alt.to_string(),
                },
                out.len()..out.len(),
                "",
            )),
            Found::Link { text, href } => {
                let from = out.len();
                out.push_str(text);
                markup.push(Inline::new(
                    InlineKind::Link {
                        href: href.to_string(),
                    },
                    from..out.len(),
                    text,
                ));
            }
        }
    }
    if read == 0 {
        return None;
    }
    out.push_str(&text[at..]);
    Some((out, markup, read))
}

/// A link or an image found in a text.
enum Found<'t> {
    Image { alt: &'t str, src: &'t str },
    Link { text: &'t str, href: &'t str },
}

/// The images and links of `text` outside code spans, in order, as `(start, end, what)`: images
/// first, so a linked image (`[![alt](src)](href)`) reads as nothing.
fn matches(text: &str) -> Vec<(usize, usize, Found<'_>)> {
    let code = Spans::new(code_spans(text));
    let outside = |start: usize, end: usize| !code.overlaps(start, end);
    let escaped = |start: usize| text[..start].ends_with('\\');
    let mut found: Vec<(usize, usize, Found<'_>)> = IMAGE
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let src = target(c.get(2)?.as_str());
            (outside(whole.start(), whole.end()) && !escaped(whole.start()) && is_target(src)).then(
                || {
                    let alt = c.get(1).map_or("", |m| m.as_str());
                    (whole.start(), whole.end(), Found::Image { alt, src })
                },
            )
        })
        .collect();
    // A link around an image: "[" right before the image, "](" and a target right after it.
    for image in &mut found {
        // Bytes, not a slice: the byte before the image may be inside another character.
        let Some(open) = image
            .0
            .checked_sub(1)
            .filter(|&o| text.as_bytes()[o] == b'[')
        else {
            continue;
        };
        let Some(rest) = text[image.1..].strip_prefix(']') else {
            continue;
        };
        if let Some(c) = TARGET_AT.captures(rest) {
            if c.get(1).is_some_and(|m| is_target(target(m.as_str()))) {
                image.0 = open;
                image.1 += 1 + c.get(0).map_or(0, |m| m.end());
            }
        }
    }
    let taken = Spans::new(found.iter().map(|&(s, e, _)| s..e).collect());
    let free = |start: usize, end: usize| !taken.overlaps(start, end);
    found.extend(LINK.captures_iter(text).filter_map(|c| {
        let whole = c.get(0)?;
        let href = target(c.get(2)?.as_str());
        let (start, end) = (whole.start(), whole.end());
        (free(start, end) && outside(start, end) && !escaped(start) && is_target(href)).then(|| {
            let text = c.get(1).map_or("", |m| m.as_str());
            (start, end, Found::Link { text, href })
        })
    }));
    found.sort_by_key(|f| f.0);
    found
}

/// Byte ranges in the order of their starts, asked whether any overlaps a range in time logarithmic
/// in their number (a text of many links and code spans is read in time linear in its length).
struct Spans {
    starts: Vec<usize>,
    /// The furthest end among the ranges up to each one.
    reach: Vec<usize>,
}

impl Spans {
    fn new(mut spans: Vec<std::ops::Range<usize>>) -> Spans {
        spans.sort_by_key(|s| s.start);
        let starts = spans.iter().map(|s| s.start).collect();
        let reach = spans
            .iter()
            .scan(0, |furthest, s| {
                *furthest = s.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Spans { starts, reach }
    }

    /// Whether a range overlaps `start..end`: one starting before `end` reaches past `start`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.reach[before_end - 1] > start
    }
}

/// A target without the angle brackets of its `<…>` form.
fn target(raw: &str) -> &str {
    raw.strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(raw)
}

/// Whether `target` reads as a link's target rather than words in brackets: a URL, a path, an anchor
/// or a file name (it holds a colon, a slash, a dot or a hash). "(2019)" and "(see below)" are not.
fn is_target(target: &str) -> bool {
    !target.is_empty()
        && target.contains([':', '/', '.', '#'])
        && !target.contains(char::is_whitespace)
}

/// The byte ranges of `text`'s code spans: from a run of backticks to the next run as long.
fn code_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (start, run length)
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
        match open {
            Some((start, len)) if len == run => {
                spans.push(start..i + run);
                open = None;
            }
            None => open = Some((i, run)),
            _ => {}
        }
        i += run;
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::read_markdown_links;
    use crate::block::InlineKind;

    fn read(text: &str) -> Option<String> {
        read_markdown_links(text).map(|(text, _, _)| text)
    }

    #[test]
    fn links_read_as_their_text_and_images_as_nothing() {
        for (text, expected) in [
            (
                "The [council](https://example.gov/council) met on [Monday](/news/2024/monday \"Monday\").",
                Some("The council met on Monday."),
            ),
            ("![A harbour at dawn](harbour.jpg)", Some("")),
            ("[![Logo](/logo.png)](https://example.com/) Home", Some(" Home")),
            (
                "See [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)).",
                Some("See Mercury."),
            ),
            ("[Contact](<https://example.com/a b>)", None),
            ("[Contact](<mailto:desk@example.com>)", Some("Contact")),
        ] {
            assert_eq!(read(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn the_targets_are_kept_as_markup() {
        let (text, markup, read) =
            read_markdown_links("Read [the report](https://example.org/r.pdf) ![chart](c.png) now")
                .unwrap();
        assert_eq!(text, "Read the report  now");
        assert_eq!(read, 2);
        assert_eq!(markup[0].range, 5..15);
        assert!(
            matches!(&markup[0].kind, InlineKind::Link { href } if href == "https://example.org/r.pdf")
        );
        assert!(
            matches!(&markup[1].kind, InlineKind::Image { src, alt } if src == "c.png" && alt == "chart")
        );
    }

    #[test]
    fn an_image_after_a_character_of_several_bytes_reads_too() {
        assert_eq!(read("é![x](a.png)").as_deref(), Some("é"));
        assert_eq!(
            read("日[![x](a.png)](https://e.com)本").as_deref(),
            Some("日本")
        );
    }

    /// Texts made of the syntax's pieces and characters of several bytes.
    fn pieces() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop::sample::select(vec![
            "![x](a.png)",
            "[x](https://e.com)",
            "[",
            "]",
            "(",
            ")",
            "](https://e.com)",
            "é",
            "日",
            "`",
            "\\",
            " ",
            "x",
            "\n",
        ]);
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// Any text of the syntax's pieces reads without a panic: what is read is shorter than what
        /// stood, with one piece of markup for each link or image read, each over the text read.
        #[test]
        fn any_text_reads_without_a_panic(text in pieces()) {
            if let Some((out, markup, read)) = read_markdown_links(&text) {
                proptest::prop_assert!(out.len() < text.len());
                proptest::prop_assert_eq!(markup.len(), read);
                for inline in &markup {
                    proptest::prop_assert_eq!(out.get(inline.range.clone()), Some(inline.text.as_str()));
                }
            }
        }
    }

    #[test]
    fn brackets_that_are_no_link_stay() {
        for text in [
            "Prices rose [sic] (2019) in the capital.",
            "The figure [1](see below) is an estimate.",
            "Use `[text](https://example.com)` to write a link.",
            "An escaped \\[link](https://example.com) stays.",
            "A [bracket] and a (parenthesis).",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
