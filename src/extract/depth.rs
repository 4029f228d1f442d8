//! A guard against pathological nesting, applied to the markup before it is parsed.
//!
//! The HTML tree builder checks element scopes by walking the stack of open elements, so each start
//! tag costs time in proportion to the nesting depth: 200,000 nested `<div>`s take minutes to parse.
//! Browsers cap the depth of the tree for the same reason (Chromium's parser stops nesting at 512
//! levels and attaches deeper elements to the deepest allowed parent). This guard does the same on
//! the markup: one linear scan that tracks the elements that need an end tag, and drops the start and
//! end tags of elements past the cap. Their content stays, attached to the deepest kept ancestor.
//! Pages under the cap (all real ones) are parsed as they are, without a copy.

use std::borrow::Cow;

/// Nesting depth past which start tags are dropped: Chromium's parser limit. Real pages stay far
/// below it (news pages nest 20 to 60 levels deep).
const MAX_DEPTH: usize = 512;

/// How far down the stack an end tag looks for its start tag. Misnested markup closes an element a
/// few levels down; looking further would make the scan quadratic on stray end tags.
const MAX_END_TAG_SEARCH: usize = 16;

/// Elements whose content is raw text: a `<` inside them opens no tag.
const RAW_TEXT: [&str; 8] = [
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements with no end tag, or whose end tag may be left out: they are not tracked.
fn is_untracked(name: &str) -> bool {
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
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "param"
            | "keygen"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "tr"
            | "td"
            | "th"
            | "option"
            | "optgroup"
            | "tbody"
            | "thead"
            | "tfoot"
            | "colgroup"
            | "caption"
            | "rb"
            | "rt"
            | "rp"
            | "rtc"
            | "html"
            | "head"
            | "body"
    )
}

/// The markup with tags past [`MAX_DEPTH`] dropped; borrowed unchanged when no tag is that deep.
pub(crate) fn cap_depth(html: &str) -> Cow<'_, str> {
    let drops = tags_to_drop(html.as_bytes());
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (start, end) in drops {
        out.push_str(&html[at..start]);
        at = end;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

/// Byte ranges of the tags to drop, in order. Every range starts at `<` and ends after `>`, so the
/// cuts fall on character boundaries.
fn tags_to_drop(b: &[u8]) -> Vec<(usize, usize)> {
    let mut drops = Vec::new();
    // Open tracked elements: lowercase name, and whether its tags are dropped.
    let mut stack: Vec<(TagName, bool)> = Vec::new();
    let mut i = 0;
    while let Some(offset) = memchr::memchr(b'<', &b[i..]) {
        let start = i + offset;
        let rest = &b[start..];
        if rest.starts_with(b"<!--") {
            i = find(b, start + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if name_len == 0 || !b[name_start].is_ascii_alphabetic() {
            // `<!doctype>`, `<?xml>`, or a lone `<` in text.
            i = start + 1;
            continue;
        }
        let raw_name = &b[name_start..name_start + name_len];
        let name = TagName::of(raw_name);
        let end = tag_end(b, name_start + name_len);
        let self_closing = end >= 2 && b[end - 2] == b'/';
        i = end;
        let name_str = name.as_str();
        if closing {
            let found = stack
                .iter()
                .rev()
                .take(MAX_END_TAG_SEARCH)
                .position(|(n, _)| *n == name);
            if let Some(depth_from_top) = found {
                let index = stack.len() - 1 - depth_from_top;
                if stack[index].1 {
                    drops.push((start, end));
                }
                stack.truncate(index);
            }
            continue;
        }
        if RAW_TEXT.contains(&name_str) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(raw_name);
            i = find_ignore_case(b, end, &close).unwrap_or(b.len());
            continue;
        }
        if self_closing || is_untracked(name_str) {
            continue;
        }
        let dropped = stack.len() >= MAX_DEPTH;
        if dropped {
            drops.push((start, end));
        }
        stack.push((name, dropped));
    }
    drops
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

    /// The name as text (ASCII letters, digits and hyphens only, so always valid).
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

/// One past the `>` that ends a tag whose name ends at `from`, skipping quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> usize {
    // Most tags hold no quote before their `>`: find it directly.
    if let Some(close) = memchr::memchr(b'>', &b[from..]) {
        if memchr::memchr2(b'"', b'\'', &b[from..from + close]).is_none() {
            return from + close + 1;
        }
    }
    let mut at = from;
    while let Some(k) = memchr::memchr3(b'>', b'"', b'\'', &b[at..]) {
        let c = b[at + k];
        if c == b'>' {
            return at + k + 1;
        }
        // Skip the quoted value to its closing quote.
        match memchr::memchr(c, &b[at + k + 1..]) {
            Some(close) => at = at + k + 1 + close + 1,
            None => return b.len(),
        }
    }
    b.len()
}

/// Position of `needle` in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(b.get(from..)?, needle).map(|p| from + p)
}

/// Position of `needle` (`</` and a lowercase ASCII name) in `b` at or after `from`, ignoring case.
fn find_ignore_case(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut at = from;
    while let Some(p) = find(b, at, b"</") {
        if b.get(p..p + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(p);
        }
        at = p + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let page = "<html><body><div><p>Text <b>bold</b></p><!-- <div> --></div></body></html>";
        assert!(matches!(cap_depth(page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_capped_and_the_text_kept() {
        let n = MAX_DEPTH + 100;
        let page = format!(
            "{}<p>deep</p>{}",
            "<div class=\"x\">".repeat(n),
            "</div>".repeat(n)
        );
        let capped = cap_depth(&page);
        assert_eq!(capped.matches("<div").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("<p>deep</p>"));
    }

    #[test]
    fn tags_inside_scripts_and_quotes_do_not_count() {
        let deep = "<div>".repeat(MAX_DEPTH);
        let page = format!("<script>var s = \"{deep}\";</script><div title='a>b'>x</div>");
        assert!(matches!(cap_depth(&page), Cow::Borrowed(_)));
    }
}
