//! Bytes to text: charset decoding and the HTML-or-text sniff.
//!
//! STUB: the real module (WHATWG sniffing, `encoding_rs`, `chardetng`) lands from the input branch; this
//! one only keeps the HTML branch compiling and decodes as UTF-8.

/// Text decoded from bytes, with the encoding used and whether any byte was malformed.
///
/// # Examples
///
/// ```
/// let decoded = copydesk::input::decode(b"caf\xc3\xa9", None)?;
/// assert_eq!(decoded.text, "café");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// The name of the encoding used.
    pub encoding: &'static str,
    /// Whether malformed bytes were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Decodes bytes to text.
///
/// # Errors
///
/// None in this stub.
///
/// # Examples
///
/// ```
/// assert_eq!(copydesk::input::decode(b"abc", None)?.encoding, "UTF-8");
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, crate::Error> {
    let _ = content_type;
    let text = String::from_utf8_lossy(bytes);
    let had_errors = matches!(text, std::borrow::Cow::Owned(_));
    Ok(Decoded {
        text: text.into_owned(),
        encoding: "UTF-8",
        had_errors,
    })
}

/// Whether text looks like an HTML document rather than plain text.
///
/// # Examples
///
/// ```
/// assert!(copydesk::input::looks_like_html("  <!doctype html><p>x"));
/// assert!(!copydesk::input::looks_like_html("Headline\n\nBody."));
/// ```
pub fn looks_like_html(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
}
