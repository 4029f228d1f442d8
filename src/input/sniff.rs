//! Telling an HTML page from plain text.

use crate::measure::floor_char_boundary;
use once_cell::sync::Lazy;
use regex::Regex;

/// Characters at the start of a document searched for tags: a page's markup starts at once, and a
/// text that quotes a tag or two further on is still text.
const SNIFF_LIMIT: usize = 4096;

/// Distinct HTML element names in the sniffed start from which a fragment without `<html>` or a
/// doctype is HTML. One or two could be a text quoting markup ("write <b>bold</b> or <i>italic</i>");
/// the smallest article fragment has a container, a heading and paragraphs.
const MIN_FRAGMENT_TAGS: usize = 3;

/// Whether a decoded document is HTML rather than plain text.
///
/// True for documents that open (after a BOM, whitespace and comments) with a doctype, `<html>`,
/// `<head>`, `<body>` or an XML prolog followed by markup, and for fragments that open with a tag and
/// whose start holds tags of several HTML elements. Text that mentions `a < b`, quotes a `<br>`, or
/// shows markup further down (a page about HTML) is not HTML.
///
/// # Examples
///
/// ```
/// use copydesk::input::looks_like_html;
///
/// assert!(looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
/// assert!(looks_like_html("\u{feff}\n  <html lang=en><p>Hi"));
/// assert!(looks_like_html("<div class=story><h1>Title</h1><p>One.</p><p>Two.</p></div>"));
/// assert!(!looks_like_html("Headline\n\nIf a < b and c > d, then use <br> for breaks."));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    static DOCUMENT_START: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^(?:\s|<!--(?s:.*?)-->)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html[\s>]))")
            .unwrap()
    });
    static FRAGMENT_START: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^(?:\s|<!--(?s:.*?)-->)*<[A-Za-z]").unwrap());
    static ELEMENT_TAG: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?i)</?(a|abbr|article|aside|b|blockquote|body|br|div|em|figure|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|li|link|main|meta|nav|ol|p|pre|script|section|span|strong|style|table|td|title|tr|ul)(?:\s[^<>]*)?/?>",
        )
        .unwrap()
    });
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = &text[preamble_len(text)..];
    let head = &text[..floor_char_boundary(text, SNIFF_LIMIT)];
    if DOCUMENT_START.is_match(head) {
        return true;
    }
    if !FRAGMENT_START.is_match(head) {
        return false;
    }
    let mut names: Vec<String> = Vec::new();
    for caps in ELEMENT_TAG.captures_iter(head) {
        let name = caps[1].to_ascii_lowercase();
        if !names.contains(&name) {
            names.push(name);
            if names.len() >= MIN_FRAGMENT_TAGS {
                return true;
            }
        }
    }
    false
}

/// The length of what some servers send before a page's markup starts, whatever its size: whitespace,
/// comments, whole `<style>` and `<script>` elements (a theme's inlined CSS), and the warnings PHP
/// prints before the page (`<br />\n<b>Warning</b>:  … on line <b>12</b><br />`). Each step is one
/// search forward, so the whole skip is linear.
fn preamble_len(text: &str) -> usize {
    static SKIPPABLE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?i)^(?:\s+|<!--(?s:.*?)-->|(?:<br\s*/?>\s*)*(?:<b>)?(?:PHP )?(?:warning|notice|deprecated|strict standards|(?:catchable )?fatal error|parse error)(?:</b>)?:[^\n]*(?:\n|$))",
        )
        .unwrap()
    });
    static RAW_START: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)^<(style|script)[\s>]").unwrap());
    let mut at = 0;
    loop {
        let rest = &text[at..];
        if let Some(m) = SKIPPABLE.find(rest) {
            if m.end() > 0 {
                at += m.end();
                continue;
            }
        }
        let Some(caps) = RAW_START.captures(rest) else {
            return at;
        };
        let close = format!("</{}", caps[1].to_ascii_lowercase());
        let Some(end) = find_ignore_ascii_case(rest, &close) else {
            return at;
        };
        match rest[end..].find('>') {
            Some(gt) => at += end + gt + 1,
            None => return at,
        }
    }
}

/// Where `needle` (ASCII, lowercase) first occurs in `haystack`, ignoring ASCII case.
fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_html() {
        for page in [
            "<!doctype html>\n<title>x</title>",
            "<!-- saved from url --><!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
            "\n<!-- THEME DEBUG\n  * html.tpl.php\n-->\n<!DOCTYPE html>",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">",
            "<HTML><HEAD>",
            "<head><meta charset=utf-8>",
        ] {
            assert!(looks_like_html(page), "{page}");
        }
    }

    #[test]
    fn text_is_not_html() {
        for text in [
            "",
            "Plain text.\n\nSecond paragraph.",
            "Write <b>bold</b> like this, and <i>italic</i> like that.",
            "From: Ann <ann@example.com>\nTo: Bob <bob@example.com>",
            "<3 this story",
            "html is a markup language; <html> is its root element.",
            "<?xml version=\"1.0\"?><rss><channel>",
            "A page about markup\n\nIt shows <div class=x><p>one</p><ul><li>two</li></ul></div> as code.",
        ] {
            assert!(!looks_like_html(text), "{text}");
        }
    }

    #[test]
    fn style_sheets_scripts_and_php_warnings_before_the_page_are_skipped() {
        let style = format!(
            "<style type=\"text/css\">{}</style>\n<!DOCTYPE html><html><body><p>Hi</p>",
            "p { margin: 0 }\n".repeat(1000)
        );
        assert!(looks_like_html(&style));
        let script = format!(
            "<SCRIPT>{}</SCRIPT><html><body>",
            "var a = 1 < 2;\n".repeat(1000)
        );
        assert!(looks_like_html(&script));
        let warnings = "<br />\n<b>Warning</b>:  include(x.php): failed to open stream in <b>/srv/a.php</b> on line <b>3</b><br />\n"
            .repeat(100)
            + "<!DOCTYPE html><html>";
        assert!(looks_like_html(&warnings));
        assert!(looks_like_html(
            "PHP Notice:  Undefined index: q in /srv/a.php on line 9\n<!doctype html>"
        ));
    }

    #[test]
    fn text_that_opens_like_a_preamble_is_still_text() {
        for text in [
            "Warning: the bridge is closed.\n\nTraffic was diverted on Monday.",
            "<style> is a tag, and so is <b>.\n\nMore text.",
            "<script>alert(1)</script> is how the attack began.\n\nThe site was patched.",
        ] {
            assert!(!looks_like_html(text), "{text}");
        }
    }

    #[test]
    fn only_the_start_is_sniffed() {
        let late = format!(
            "{}<div><p><span><a href=x>y</a></span></p></div>",
            "text ".repeat(1000)
        );
        assert!(!looks_like_html(&late));
        let multibyte = "é".repeat(SNIFF_LIMIT);
        assert!(!looks_like_html(&multibyte));
    }
}
