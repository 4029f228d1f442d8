//! Caps how deep HTML elements nest before the page is parsed.
//!
//! html5ever's tree builder checks the stack of open elements for every tag, so a page of n nested
//! elements takes time quadratic in n (200,000 nested `<div>`s take over a minute). No article nests
//! hundreds of elements deep; such pages are broken or hostile. This pass scans the markup once, tracks
//! the open elements as a browser would (with the common implied end tags), and drops the start and end
//! tags that would nest deeper than the cap. Text is never dropped, only the tags around it; a page within
//! the cap is returned as it is, without a copy.

use std::borrow::Cow;
use std::ops::Range;

/// Elements nested deeper than this are flattened. Real pages stay far below it (the deepest of the
/// readability test pages nests about 40 levels).
pub const MAX_NESTING: usize = 512;

/// Elements with no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements a start tag of the same name closes when one is open on top (`<p>a<p>b`, `<li>a<li>b`).
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "option", "tr", "td", "th"];

/// Block elements whose start tag closes an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// The markup with every element deeper than `max_depth` flattened into its parent.
///
/// # Examples
///
/// ```
/// use copydesk::input::limit_nesting;
///
/// let deep = format!("{}text{}", "<div>".repeat(5), "</div>".repeat(5));
/// assert_eq!(limit_nesting(&deep, 2), "<div><div>text</div></div>");
/// let shallow = "<p>one<p>two<div>three</div>";
/// assert!(matches!(limit_nesting(shallow, 2), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn limit_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    let drops = tags_too_deep(html, max_depth);
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for range in drops {
        out.push_str(&html[copied..range.start]);
        copied = range.end;
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Byte ranges of the tags to drop, in order.
fn tags_too_deep(html: &str, max_depth: usize) -> Vec<Range<usize>> {
    let bytes = html.as_bytes();
    let mut open: Vec<&str> = Vec::new();
    let mut excess = 0usize;
    let mut drops = Vec::new();
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + offset;
        let rest = &html[start + 1..];
        if rest.starts_with("!--") {
            at = find_from(html, start + 4, "-->").map_or(html.len(), |i| i + 3);
            continue;
        }
        if rest.starts_with('!') || rest.starts_with('?') {
            at = find_byte(bytes, start, b'>').map_or(html.len(), |i| i + 1);
            continue;
        }
        let closing = rest.starts_with('/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            at = start + 1;
            continue;
        }
        let end = tag_end(bytes, name_start + name_len);
        let name = &html[name_start..name_start + name_len];
        if closing {
            if excess > 0 {
                drops.push(start..end);
                excess -= 1;
            } else if let Some(i) = open.iter().rposition(|o| o.eq_ignore_ascii_case(name)) {
                open.truncate(i);
            }
            at = end;
            continue;
        }
        if is_one_of(name, RAW_TEXT) {
            at = raw_text_end(html, end, name);
            continue;
        }
        if is_one_of(name, VOID) || bytes[..end].ends_with(b"/>") {
            at = end;
            continue;
        }
        close_implied(&mut open, name);
        if open.len() >= max_depth {
            drops.push(start..end);
            excess += 1;
        } else {
            open.push(name);
        }
        at = end;
    }
    drops
}

/// Pops the open elements that a start tag of `name` closes by implication.
fn close_implied(open: &mut Vec<&str>, name: &str) {
    if let Some(top) = open.last() {
        let same = is_one_of(name, SELF_CLOSING_SIBLINGS) && top.eq_ignore_ascii_case(name);
        let cell = is_one_of(name, &["td", "th"]) && is_one_of(top, &["td", "th"]);
        let p = top.eq_ignore_ascii_case("p") && is_one_of(name, CLOSES_P);
        if same || cell || p {
            open.pop();
        }
    }
}

/// The byte after a tag's closing `>`, skipping quoted attribute values.
fn tag_end(bytes: &[u8], mut at: usize) -> usize {
    let mut quote: Option<u8> = None;
    while at < bytes.len() {
        let b = bytes[at];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return at + 1,
            None => {}
        }
        at += 1;
    }
    bytes.len()
}

/// Where the raw text of a `<script>`-like element ends: after its end tag, or at the end of the input.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(i) = find_from(html, at, "</") {
        let candidate = &bytes[i + 2..];
        if candidate.len() >= name.len()
            && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return tag_end(bytes, i + 2 + name.len());
        }
        at = i + 2;
    }
    html.len()
}

fn find_from(html: &str, from: usize, needle: &str) -> Option<usize> {
    html.get(from..)?.find(needle).map(|i| from + i)
}

fn find_byte(bytes: &[u8], from: usize, byte: u8) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&b| b == byte)
        .map(|i| from + i)
}

fn is_one_of(name: &str, set: &[&str]) -> bool {
    set.iter().any(|s| s.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_drops_only_deep_tags() {
        let deep = format!(
            "<body>{}deep text{}</body>",
            "<div class=x>".repeat(10),
            "</div>".repeat(10)
        );
        let out = limit_nesting(&deep, 4);
        assert!(out.contains("deep text"));
        assert_eq!(out.matches("<div").count(), 3);
        assert_eq!(out.matches("</div>").count(), 3);
    }

    #[test]
    fn unclosed_paragraphs_and_items_do_not_deepen() {
        let page = format!(
            "<body><ul>{}</ul>{}</body>",
            "<li>item".repeat(1000),
            "<p>para".repeat(1000)
        );
        assert!(matches!(limit_nesting(&page, 8), Cow::Borrowed(_)));
    }

    #[test]
    fn scripts_comments_and_quoted_brackets_are_skipped() {
        let page = "<div title='a>b'><script>if (a<b) { x = '<div>' }</script><!-- <div> --><p>ok</p></div>";
        assert!(matches!(limit_nesting(page, 2), Cow::Borrowed(_)));
    }

    #[test]
    fn malformed_markup_does_not_panic() {
        for page in [
            "<",
            "<div",
            "</",
            "<!--",
            "<script>",
            "<a href='",
            "<<<>>>",
            "<é>",
            "</div></div>",
        ] {
            let _ = limit_nesting(page, 1);
        }
    }

    #[test]
    fn time_grows_linearly_with_depth() {
        // 200,000 levels go through in one pass; the test would take minutes if the pass were quadratic.
        let n = 200_000;
        let deep = format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
        let out = limit_nesting(&deep, MAX_NESTING);
        assert_eq!(out.matches("<div>").count(), MAX_NESTING);
    }
}
