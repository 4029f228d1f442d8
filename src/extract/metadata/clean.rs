//! Tidying metadata values: entities left escaped by the page, runs of whitespace.

use super::url_ref;

/// Named entities that pages leave escaped inside attribute values and JSON-LD strings (the HTML
/// parser has already decoded one level; these are the second level of double-escaped values).
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("hellip", '…'),
    ("middot", '·'),
    ("copy", '©'),
];

/// Longest entity body looked at after `&` (`#x10FFFF` and the longest name fit).
const MAX_ENTITY_LEN: usize = 10;

/// Collapses whitespace, decodes a leftover level of entities, trims; `None` when nothing is left.
pub(crate) fn clean_value(raw: &str) -> Option<String> {
    let decoded = unescape_entities(raw);
    let mut out = String::with_capacity(decoded.len());
    for word in decoded.split(|c: char| c.is_whitespace() || c == '\u{200b}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

/// Decodes `&amp;`, `&#8217;`, `&#x2019;` and the other entities of [`NAMED_ENTITIES`]; anything else,
/// including invalid code points such as `&#x0;`, is left as written.
pub(crate) fn unescape_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let body_end = rest[1..]
            .char_indices()
            .take(MAX_ENTITY_LEN + 1)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i + 1);
        match body_end.and_then(|end| entity(&rest[1..end]).map(|c| (c, end))) {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character an entity body (between `&` and `;`) stands for.
fn entity(body: &str) -> Option<char> {
    if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    NAMED_ENTITIES
        .iter()
        .find(|(name, _)| *name == body)
        .map(|(_, c)| *c)
}

/// Whether a value is a URL rather than a name or a title.
pub(crate) fn is_url(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("//")
        || lower.starts_with("www.")
        || lower.starts_with('/')
}

/// An absolute URL for `href`: as is when it has a scheme, else resolved against the page's URL by
/// RFC 3986 ([`url_ref::resolve`]: `../x`, `./x`, `//host/x`, `?q`, `/x`); `None` when it cannot be (no
/// page URL, or one without a scheme and a hierarchy, such as `mailto:`).
pub(crate) fn resolve_url(href: &str, page_url: Option<&str>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    if has_scheme(href) {
        return Some(href.to_string());
    }
    url_ref::resolve(page_url?.trim(), href)
}

/// Whether `url` opens with a scheme and `://`.
fn has_scheme(url: &str) -> bool {
    url.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls_resolve_by_rfc_3986() {
        let base = Some("https://e.com/a/b/page.html?q=1#top");
        let cases = [
            ("../x", "https://e.com/a/x"),
            ("../../x", "https://e.com/x"),
            ("../../../x", "https://e.com/x"),
            ("./x", "https://e.com/a/b/x"),
            ("x/../y", "https://e.com/a/b/y"),
            ("?p=2", "https://e.com/a/b/page.html?p=2"),
            ("/x/./y/../z", "https://e.com/x/z"),
            ("//cdn.e.com/x", "https://cdn.e.com/x"),
            ("  other.html ", "https://e.com/a/b/other.html"),
        ];
        for (href, want) in cases {
            assert_eq!(resolve_url(href, base).as_deref(), Some(want), "{href}");
        }
    }

    #[test]
    fn urls_that_cannot_be_resolved_are_none() {
        assert_eq!(resolve_url("../x", None), None);
        assert_eq!(resolve_url("../x", Some("not a url")), None);
        assert_eq!(resolve_url("../x", Some("mailto:a@e.com")), None);
        assert_eq!(resolve_url("#top", Some("https://e.com/")), None);
        assert_eq!(resolve_url(" ", Some("https://e.com/")), None);
        // A URL with a scheme is kept as the page wrote it.
        assert_eq!(
            resolve_url("HTTP://E.com/a/../b", None).as_deref(),
            Some("HTTP://E.com/a/../b")
        );
    }

    #[test]
    fn values_are_collapsed_and_trimmed() {
        assert_eq!(
            clean_value("  By\n\t\tScott   Cunningham ").as_deref(),
            Some("By Scott Cunningham")
        );
        assert_eq!(clean_value(" \n "), None);
        assert_eq!(clean_value("a\u{a0}b").as_deref(), Some("a b"));
    }

    #[test]
    fn leftover_entities_are_decoded_once() {
        assert_eq!(
            unescape_entities("Tom &amp; Jerry&#8217;s &#x1F62D;"),
            "Tom & Jerry’s 😭"
        );
        assert_eq!(unescape_entities("&amp;amp;"), "&amp;");
        assert_eq!(
            unescape_entities("&#xg; &#x0; &#xFFFFFFFF; &unknown; & x &"),
            "&#xg; &#x0; &#xFFFFFFFF; &unknown; & x &"
        );
        assert_eq!(unescape_entities("AT&T; Q&A"), "AT&T; Q&A");
    }

    #[test]
    fn urls_are_told_from_names() {
        assert!(is_url("https://example.com/people/jane"));
        assert!(is_url("www.example.com"));
        assert!(!is_url("Jane Doe"));
    }
}
