//! How a document given as bytes was decoded: part of the record ([`Article::decoding`]), made by
//! the input stage ([`crate::input`]).
//!
//! [`Article::decoding`]: crate::Article::decoding

/// How a document given as bytes was decoded: the encoding, where it came from, and whether malformed
/// bytes were met. [`Pipeline::clean_bytes`](crate::Pipeline::clean_bytes) records it in
/// [`Article::decoding`](crate::Article::decoding); the spans of that article's blocks and removals are
/// byte ranges of the decoded text, not of the bytes.
///
/// # Examples
///
/// ```
/// use copydesk::input::CharsetSource;
///
/// let page = b"<meta charset=windows-1252><p>Caf\xe9 owners reopened their terraces on Monday, after the winter.</p>";
/// let article = copydesk::Pipeline::default().clean_bytes(page, None)?;
/// let decoding = article.decoding.unwrap();
/// assert_eq!(decoding.encoding, "windows-1252");
/// assert_eq!(decoding.source, CharsetSource::Meta);
/// assert!(!decoding.had_errors);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Decoding {
    /// The name of the encoding used, as the Encoding Standard spells it (`"UTF-8"`, `"windows-1251"`, …).
    pub encoding: &'static str,
    /// Where the encoding came from.
    pub source: CharsetSource,
    /// Whether some bytes were malformed in that encoding: they were replaced with U+FFFD (in UTF-8
    /// text, read as windows-1252), as [`Decoded::had_errors`](crate::input::Decoded::had_errors) says.
    pub had_errors: bool,
}

/// Where the encoding of a [`Decoded`](crate::input::Decoded) text came from, in the order they are tried.
///
/// # Examples
///
/// ```
/// use copydesk::input::{decode, CharsetSource};
///
/// let decoded = decode(b"\xef\xbb\xbfHello", Some("text/plain; charset=latin1"))?;
/// assert_eq!(decoded.source, CharsetSource::Bom);
/// assert_eq!(decoded.text, "Hello");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum CharsetSource {
    /// A byte order mark at the start of the bytes.
    Bom,
    /// The `charset` parameter of the Content-Type passed to [`decode`](crate::input::decode).
    ContentType,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the page's head.
    Meta,
    /// The encoding declaration of an XML prolog (`<?xml version="1.0" encoding="…"?>`).
    XmlDeclaration,
    /// A declaration named a legacy encoding, but the bytes are valid UTF-8 holding non-ASCII text, which
    /// text in a legacy encoding practically never is; so the declaration was overruled.
    ValidUtf8,
    /// A guess from the bytes themselves (`chardetng`, or the NUL pattern of BOM-less UTF-16); also
    /// when a declared UTF-8 proved wrong (malformed bytes and no well-formed non-ASCII text).
    Detected,
}

impl CharsetSource {
    /// The source's stable name, as the JSON output spells it: `bom`, `content-type`, `meta`,
    /// `xml-declaration`, `valid-utf8`, `detected`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::input::CharsetSource::ContentType.name(), "content-type");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            CharsetSource::Bom => "bom",
            CharsetSource::ContentType => "content-type",
            CharsetSource::Meta => "meta",
            CharsetSource::XmlDeclaration => "xml-declaration",
            CharsetSource::ValidUtf8 => "valid-utf8",
            CharsetSource::Detected => "detected",
        }
    }
}
