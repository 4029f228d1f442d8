//! The HTML standard's prescan of a byte stream for a `<meta>` charset declaration.
//!
//! The algorithm ("prescan a byte stream to determine its encoding") walks tags and comments without
//! building a tree: it skips comments, reads the attributes of every tag in any order and quoting, and
//! honours `<meta charset>` and `<meta http-equiv="Content-Type" content="…; charset=…">`.

use super::charset::{charset_parameter, for_label, in_document, is_space};
use encoding_rs::Encoding;

/// The standard prescans the first 1024 bytes.
const PRESCAN_LIMIT: usize = 1024;

/// Bytes searched for a later declaration in the head. Browsers honour a `<meta charset>` that the
/// tree builder meets after the first 1024 bytes (Firefox re-parses, Chrome scans the whole head);
/// heads full of inline scripts and styles put it well past 1024 bytes.
const HEAD_LIMIT: usize = 64 * 1024;

/// The encoding a `<meta>` declares in the first 1024 bytes, else further on in the head.
pub(super) fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    prescan(&bytes[..bytes.len().min(PRESCAN_LIMIT)]).or_else(|| {
        if bytes.len() <= PRESCAN_LIMIT {
            return None;
        }
        let window = &bytes[..bytes.len().min(HEAD_LIMIT)];
        prescan(&window[..head_end(window)])
    })
}

/// Where the head ends: at the first `<body` (any case), or the end of the window.
fn head_end(window: &[u8]) -> usize {
    const BODY: &[u8] = b"<body";
    window
        .windows(BODY.len())
        .position(|w| w.eq_ignore_ascii_case(BODY))
        .unwrap_or(window.len())
}

/// What a `<meta>` tag's `charset` attributes have given so far.
#[derive(Clone, Copy, PartialEq)]
enum Charset {
    /// No charset seen yet.
    Null,
    /// A charset attribute named no encoding.
    Failure,
    /// This encoding.
    Found(&'static Encoding),
}

/// The prescan proper, over the bytes it is given.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < bytes.len() {
        let rest = &bytes[pos..];
        if rest.starts_with(b"<!--") {
            // The comment ends at the first "-->" whose '>' comes after "<!-": "<!-->" is a comment.
            let end = find(bytes, pos + 2, b"-->")?;
            pos = end + 3;
            continue;
        }
        if starts_with_ignore_case(rest, b"<meta")
            && rest.get(5).is_some_and(|b| is_space(*b) || *b == b'/')
        {
            pos += 5;
            if let Some(encoding) = meta_tag(bytes, &mut pos)? {
                return Some(encoding);
            }
        } else if rest.first() == Some(&b'<') && is_tag_start(rest) {
            pos += rest.iter().position(|b| is_space(*b) || *b == b'>')?;
            while attribute(bytes, &mut pos)?.is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos = find(bytes, pos + 1, b">")?;
        }
        pos += 1;
    }
    None
}

/// `<` followed by a letter, or by `/` and a letter: an element's start or end tag.
fn is_tag_start(rest: &[u8]) -> bool {
    match rest.get(1) {
        Some(b) if b.is_ascii_alphabetic() => true,
        Some(b'/') => rest.get(2).is_some_and(u8::is_ascii_alphabetic),
        _ => false,
    }
}

/// Reads a `<meta>` tag's attributes from `pos`. `None` when the bytes run out; `Some(None)` when the
/// tag declares no usable encoding.
fn meta_tag(bytes: &[u8], pos: &mut usize) -> Option<Option<&'static Encoding>> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    let mut charset = Charset::Null;
    while let Some((name, value)) = attribute(bytes, pos)? {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" => got_pragma |= value.eq_ignore_ascii_case(b"content-type"),
            b"content" if charset == Charset::Null => {
                if let Some(encoding) = charset_parameter(&value).and_then(for_label) {
                    charset = Charset::Found(encoding);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = for_label(&value).map_or(Charset::Failure, Charset::Found);
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    let declared = match (need_pragma, charset) {
        (None, _) => None,
        (Some(true), _) if !got_pragma => None,
        (_, Charset::Found(encoding)) => Some(in_document(encoding)),
        _ => None,
    };
    Some(declared)
}

/// The standard's "get an attribute": `None` when the bytes run out, `Some(None)` at the tag's `>`,
/// else the lower-cased name and value, with `pos` after them.
#[allow(clippy::type_complexity)]
fn attribute(bytes: &[u8], pos: &mut usize) -> Option<Option<(Vec<u8>, Vec<u8>)>> {
    while is_space(*bytes.get(*pos)?) || bytes[*pos] == b'/' {
        *pos += 1;
    }
    if bytes[*pos] == b'>' {
        return Some(None);
    }
    let mut name = Vec::new();
    let value = Vec::new();
    // The name.
    loop {
        let b = *bytes.get(*pos)?;
        match b {
            b'=' if !name.is_empty() => {
                *pos += 1;
                return read_value(bytes, pos, name, value);
            }
            b if is_space(b) => break,
            b'/' | b'>' => return Some(Some((name, value))),
            b => name.push(b.to_ascii_lowercase()),
        }
        *pos += 1;
    }
    // Spaces, then '=' or another attribute.
    while is_space(*bytes.get(*pos)?) {
        *pos += 1;
    }
    if bytes[*pos] != b'=' {
        return Some(Some((name, value)));
    }
    *pos += 1;
    read_value(bytes, pos, name, value)
}

/// The value part of "get an attribute", from just after the `=`.
#[allow(clippy::type_complexity)]
fn read_value(
    bytes: &[u8],
    pos: &mut usize,
    name: Vec<u8>,
    mut value: Vec<u8>,
) -> Option<Option<(Vec<u8>, Vec<u8>)>> {
    while is_space(*bytes.get(*pos)?) {
        *pos += 1;
    }
    match bytes[*pos] {
        quote @ (b'"' | b'\'') => loop {
            *pos += 1;
            let b = *bytes.get(*pos)?;
            if b == quote {
                *pos += 1;
                return Some(Some((name, value)));
            }
            value.push(b.to_ascii_lowercase());
        },
        b'>' => return Some(Some((name, value))),
        b => value.push(b.to_ascii_lowercase()),
    }
    loop {
        *pos += 1;
        let b = *bytes.get(*pos)?;
        if is_space(b) || b == b'>' {
            return Some(Some((name, value)));
        }
        value.push(b.to_ascii_lowercase());
    }
}

/// Position of `needle` in `bytes` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{BIG5, EUC_JP, GBK, SHIFT_JIS, UTF_8, WINDOWS_1251, WINDOWS_1252};

    fn scan(page: &str) -> Option<&'static str> {
        meta_charset(page.as_bytes()).map(Encoding::name)
    }

    #[test]
    fn meta_charset_in_every_spelling() {
        for (page, name) in [
            ("<meta charset=utf-8>", "UTF-8"),
            ("<META CHARSET='Shift_JIS'>", "Shift_JIS"),
            ("<meta charset = \"euc-jp\" >", "EUC-JP"),
            ("<meta\ncharset=big5 />", "Big5"),
            ("<meta name=x charset=gb2312>", "GBK"),
            ("<meta/charset=koi8-r>", "KOI8-R"),
        ] {
            assert_eq!(scan(page), Some(name), "{page}");
        }
    }

    #[test]
    fn http_equiv_needs_the_pragma_in_any_order() {
        let both = [
            r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">"#,
            r#"<meta content='text/html;charset=windows-1251' http-equiv='content-type'>"#,
            r#"<meta content=text/html;charset=windows-1251 http-equiv=Content-Type>"#,
        ];
        for page in both {
            assert_eq!(meta_charset(page.as_bytes()), Some(WINDOWS_1251), "{page}");
        }
        // A content attribute without http-equiv declares nothing.
        assert_eq!(
            scan(r#"<meta name="x" content="text/html; charset=big5">"#),
            None
        );
    }

    #[test]
    fn the_first_of_repeated_attributes_counts() {
        assert_eq!(meta_charset(b"<meta charset=big5 charset=gbk>"), Some(BIG5));
        // charset wins over content on the same tag whatever the order.
        let page =
            br#"<meta http-equiv=content-type content="text/html; charset=gbk" charset=euc-jp>"#;
        assert_eq!(meta_charset(page), Some(EUC_JP));
    }

    #[test]
    fn comments_and_other_tags_hide_declarations() {
        assert_eq!(
            scan("<!-- <meta charset=big5> --><meta charset=gbk>"),
            Some("GBK")
        );
        assert_eq!(scan("<!--><meta charset=gbk>"), Some("GBK"));
        assert_eq!(
            meta_charset(b"<div title='<meta charset=big5>'><meta charset=shift_jis>"),
            Some(SHIFT_JIS)
        );
        assert_eq!(
            scan("<!DOCTYPE html><?php x ?></x><meta charset=big5>"),
            Some("Big5")
        );
        assert_eq!(scan("<!-- unterminated <meta charset=big5>"), None);
    }

    #[test]
    fn unknown_labels_fall_through_to_the_next_declaration() {
        assert_eq!(
            scan("<meta charset=nonsense><meta charset=gbk>"),
            Some("GBK")
        );
    }

    #[test]
    fn utf16_and_x_user_defined_are_adjusted() {
        assert_eq!(meta_charset(b"<meta charset=utf-16le>"), Some(UTF_8));
        assert_eq!(
            meta_charset(b"<meta charset=x-user-defined>"),
            Some(WINDOWS_1252)
        );
    }

    #[test]
    fn a_late_declaration_in_the_head_counts_but_not_one_in_the_body() {
        let script = format!("<script>{}</script>", "var x = 1;\n".repeat(200));
        let head = format!("<html><head>{script}<meta charset=gbk></head><body>x</body>");
        assert_eq!(meta_charset(head.as_bytes()), Some(GBK));
        let body = format!("<html><head>{script}</head><body><meta charset=gbk>x</body>");
        assert_eq!(meta_charset(body.as_bytes()), None);
    }

    #[test]
    fn truncated_tags_give_nothing_and_do_not_panic() {
        for page in [
            "<meta charset=",
            "<meta charset='gbk",
            "<meta ",
            "<a href",
            "<",
            "<!",
            "<meta charset=gbk",
        ] {
            assert_eq!(scan(page), None, "{page}");
        }
    }
}
