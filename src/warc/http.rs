//! The HTTP message inside a WARC `response` record: status line, headers, payload.

use memchr::memmem;

/// The parts of an HTTP response that cleaning needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HttpResponse<'a> {
    /// The status code of the status line (`200`).
    pub status: u16,
    /// The value of the `Content-Type` header, when there is one.
    pub content_type: Option<String>,
    /// The bytes after the blank line that ends the headers.
    pub payload: &'a [u8],
}

/// Splits an HTTP response into its status, Content-Type and payload; `Err` says why it is not one.
///
/// Header lines end in CRLF as HTTP wants, or in a bare LF as some crawlers write them.
pub(crate) fn parse(message: &[u8]) -> Result<HttpResponse<'_>, String> {
    let (head, payload) = split_head(message)
        .ok_or_else(|| "the HTTP message has no blank line after its headers".to_string())?;
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let status = status_code(status_line)
        .ok_or_else(|| format!("not an HTTP status line: {:?}", truncate(status_line)))?;
    let content_type = lines.find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("content-type")
            .then(|| value.trim().to_string())
    });
    Ok(HttpResponse {
        status,
        content_type,
        payload,
    })
}

/// The header block and the payload, split at the first empty line.
fn split_head(message: &[u8]) -> Option<(&[u8], &[u8])> {
    let crlf = memmem::find(message, b"\r\n\r\n").map(|at| (at, at + 4));
    let lf = memmem::find(message, b"\n\n").map(|at| (at, at + 2));
    let (end, start) = match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some((&message[..end], &message[start..]))
}

/// The code of `HTTP/1.1 200 OK`.
fn status_code(line: &str) -> Option<u16> {
    let mut parts = line.split_ascii_whitespace();
    parts.next().filter(|v| v.starts_with("HTTP/"))?;
    parts.next()?.parse().ok()
}

/// A bounded excerpt of a bad line for error messages.
fn truncate(line: &str) -> String {
    /// Long enough to recognise the line, short enough for a log line.
    const EXCERPT_CHARS: usize = 60;
    line.chars().take(EXCERPT_CHARS).collect()
}

/// Whether a Content-Type names a markup document (HTML or XHTML).
pub(crate) fn is_html(content_type: &str) -> bool {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    mime == "text/html" || mime == "application/xhtml+xml"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_status_type_and_payload() {
        let msg = b"HTTP/1.1 200 OK\r\nServer: x\r\ncontent-type: text/html; charset=windows-1252\r\n\r\n<p>Hi\r\n\r\nthere</p>";
        let r = parse(msg).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(
            r.content_type.as_deref(),
            Some("text/html; charset=windows-1252")
        );
        assert_eq!(r.payload, b"<p>Hi\r\n\r\nthere</p>");
    }

    #[test]
    fn bare_lf_headers_and_missing_type() {
        let r = parse(b"HTTP/1.0 404 Not Found\nX: y\n\nbody").unwrap();
        assert_eq!(
            (r.status, r.content_type, r.payload),
            (404, None, &b"body"[..])
        );
    }

    #[test]
    fn rejects_what_is_not_http() {
        assert!(parse(b"<html>no headers</html>").is_err());
        assert!(parse(b"GET / HTTP/1.1\r\n\r\n").is_err());
        assert!(parse(b"HTTP/1.1 abc OK\r\n\r\n").is_err());
    }

    #[test]
    fn html_types() {
        assert!(is_html("text/html"));
        assert!(is_html("Text/HTML; charset=utf-8"));
        assert!(is_html("application/xhtml+xml"));
        assert!(!is_html("application/pdf"));
        assert!(!is_html("text/plain; note=text/html"));
    }
}
