//! Bytes to text: charset sniffing and decoding, and telling HTML from plain text.
//!
//! The charset is chosen in the order the WHATWG encoding sniffing algorithm gives: a byte order mark,
//! the `charset` of the Content-Type the caller passes, a `<meta charset>` or `http-equiv` declaration
//! found by the spec's prescan of the page's first 1024 bytes (and, as browsers do when the tree builder
//! meets one later, further on in the head), then a statistical guess by `chardetng`. The bytes are
//! decoded by `encoding_rs` with the labels of the Encoding Standard. Messy bytes are not an error: they
//! decode to U+FFFD and [`Decoded::had_errors`] says so. Binary files are [`Error::NotText`].

mod binary;
mod charset;
mod prescan;
mod sniff;
mod utf8;

pub(crate) use binary::check_text;
pub use sniff::looks_like_html;

pub use crate::decoding::{CharsetSource, Decoding};
use crate::error::Error;
use encoding_rs::Encoding;
use std::borrow::Cow;

/// The default size limit of an input: pages past this are almost always data dumps or attacks, not
/// articles.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Text decoded from bytes, with the encoding used and where that choice came from.
///
/// # Examples
///
/// ```
/// let decoded = copydesk::input::decode(b"<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4", None)?;
/// assert_eq!(decoded.text, "<meta charset=koi8-r><p>Привет");
/// assert_eq!(decoded.encoding, "KOI8-R");
/// assert_eq!(decoded.source, copydesk::input::CharsetSource::Meta);
/// assert!(!decoded.had_errors);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Decoded {
    /// The decoded text, without a byte order mark.
    pub text: String,
    /// The name of the encoding used, as the Encoding Standard spells it (`"UTF-8"`, `"windows-1251"`, …).
    pub encoding: &'static str,
    /// Whether some bytes were malformed in that encoding. They decode to U+FFFD, except in UTF-8 text,
    /// where they are read as windows-1252 (Latin-1 text pasted into a UTF-8 page).
    pub had_errors: bool,
    /// Where the encoding came from.
    pub source: CharsetSource,
}

impl Decoded {
    /// How the text was decoded, without the text: what [`Article::decoding`](crate::Article::decoding)
    /// records.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::input::{decode, CharsetSource};
    ///
    /// let decoding = decode(b"\xef\xbb\xbfHello", None)?.decoding();
    /// assert_eq!((decoding.encoding, decoding.source, decoding.had_errors), ("UTF-8", CharsetSource::Bom, false));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn decoding(&self) -> Decoding {
        Decoding {
            encoding: self.encoding,
            source: self.source,
            had_errors: self.had_errors,
        }
    }
}

/// Decodes a document's bytes to text, choosing the charset as a browser would.
///
/// `content_type` is the HTTP Content-Type header when it is known (`"text/html; charset=Shift_JIS"`);
/// its `charset` wins over what the page declares, as in browsers. Labels are the Encoding Standard's,
/// so `latin1` decodes as windows-1252 and `gb2312` as GBK. Malformed bytes become U+FFFD and set
/// [`Decoded::had_errors`].
///
/// # Errors
///
/// [`Error::NotText`] when the bytes are a binary file: a known magic number (PDF, PNG, GIF, JPEG,
/// ZIP, gzip, …), NUL bytes near the start of a document that is not UTF-16, or mostly control bytes.
/// [`Error::Undecodable`] when more than a quarter of the decoded characters are malformed bytes: the
/// replacement characters would leave no text worth cleaning.
///
/// # Examples
///
/// ```
/// use copydesk::input::decode;
///
/// // Windows-1251 declared by the server:
/// let decoded = decode(b"\xcd\xee\xe2\xee\xf1\xf2\xe8", Some("text/html; charset=windows-1251"))?;
/// assert_eq!(decoded.text, "Новости");
///
/// // A PDF is not a page:
/// assert!(matches!(decode(b"%PDF-1.7\n...", None), Err(copydesk::Error::NotText { .. })));
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, Error> {
    let (text, decoding) = decode_borrowing(bytes, content_type)?;
    Ok(Decoded {
        text: text.into_owned(),
        encoding: decoding.encoding,
        had_errors: decoding.had_errors,
        source: decoding.source,
    })
}

/// [`decode`], the text borrowed from `bytes` when they are UTF-8 as they stand (nearly every page):
/// the pipeline reads it there, without a copy of the page beside all it builds of it.
pub(crate) fn decode_borrowing<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
) -> Result<(Cow<'a, str>, Decoding), Error> {
    let (encoding, source, bom_len) = match Encoding::for_bom(bytes) {
        Some((encoding, bom_len)) => (encoding, CharsetSource::Bom, bom_len),
        None => {
            binary::check_magic(bytes)?;
            let (encoding, source) = choose_encoding(bytes, content_type);
            (encoding, source, 0)
        }
    };
    let body = &bytes[bom_len..];
    if !charset::is_utf16(encoding) {
        binary::check_bytes(body)?;
    } else if source == CharsetSource::Bom && is_utf8_behind_utf16_bom(body) {
        return Err(Error::Undecodable {
            encoding: encoding.name(),
            malformed: body.len() / 2,
            chars: body.len() / 2,
        });
    }
    if encoding == encoding_rs::UTF_8 {
        if let Ok(text) = std::str::from_utf8(body) {
            let decoding = Decoding {
                encoding: "UTF-8",
                source,
                had_errors: false,
            };
            return Ok((Cow::Borrowed(text), decoding));
        }
        let decoded = decode_utf8(body, source)?;
        let decoding = decoded.decoding();
        return Ok((Cow::Owned(decoded.text), decoding));
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let decoded = Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        had_errors,
        source,
    };
    check_decodable(&decoded)?;
    let decoding = decoded.decoding();
    Ok((Cow::Owned(decoded.text), decoding))
}

/// Bytes after a UTF-16 byte order mark from which a body that reads as UTF-8 is taken for UTF-8: a
/// few code units could be valid UTF-8 by chance.
const MIN_UTF16_MISLABEL_BYTES: usize = 8;

/// Whether the body after a UTF-16 byte order mark is in fact UTF-8 text (a wrong mark put in front of
/// it): no NUL byte, which UTF-16 has for every ASCII character, and valid UTF-8, which UTF-16 of
/// other scripts practically never is (its bytes 0x80 to 0xBF would have to fall just so). Decoded as
/// UTF-16 every byte pair is some character, so no malformed byte would give it away.
fn is_utf8_behind_utf16_bom(body: &[u8]) -> bool {
    body.len() >= MIN_UTF16_MISLABEL_BYTES
        && memchr::memchr(0, body).is_none()
        && std::str::from_utf8(body).is_ok()
}

/// Share of malformed characters (U+FFFD from decoding) past which decoded bytes are not text: a page
/// with a wrong charset label decodes with a few per cent of them, and a quarter leaves no sentence
/// whole.
const MAX_MALFORMED_SHARE: f64 = 0.25;

/// Fails when the decoding replaced more than [`MAX_MALFORMED_SHARE`] of the characters.
fn check_decodable(decoded: &Decoded) -> Result<(), Error> {
    if !decoded.had_errors {
        return Ok(());
    }
    let mut chars = 0usize;
    let mut malformed = 0usize;
    for c in decoded.text.chars().filter(|c| !c.is_whitespace()) {
        chars += 1;
        malformed += usize::from(c == char::REPLACEMENT_CHARACTER);
    }
    if malformed as f64 > MAX_MALFORMED_SHARE * chars as f64 {
        return Err(Error::Undecodable {
            encoding: decoded.encoding,
            malformed,
            chars,
        });
    }
    Ok(())
}

/// Decodes bytes said to be UTF-8. Malformed bytes beside well-formed UTF-8 text are stray legacy
/// bytes, read as windows-1252; malformed bytes with no well-formed non-ASCII text at all mean the
/// declaration is wrong, and the encoding is guessed from the bytes.
fn decode_utf8(body: &[u8], source: CharsetSource) -> Result<Decoded, Error> {
    // The common case, checked at memory speed.
    if let Ok(text) = std::str::from_utf8(body) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: "UTF-8",
            had_errors: false,
            source,
        });
    }
    let census = utf8::census(body);
    if census.malformed == 0 {
        let text = String::from_utf8_lossy(body).into_owned();
        return Ok(Decoded {
            text,
            encoding: "UTF-8",
            had_errors: false,
            source,
        });
    }
    if census.non_ascii == 0 && source != CharsetSource::Bom {
        let encoding = charset::guess(body);
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        let text = text.into_owned();
        let decoded = Decoded {
            text,
            encoding: encoding.name(),
            had_errors,
            source: CharsetSource::Detected,
        };
        check_decodable(&decoded)?;
        return Ok(decoded);
    }
    Ok(Decoded {
        text: utf8::decode_mixed(body),
        encoding: "UTF-8",
        had_errors: true,
        source,
    })
}

/// The encoding of BOM-less bytes: declarations first, then a guess.
fn choose_encoding(bytes: &[u8], content_type: Option<&str>) -> (&'static Encoding, CharsetSource) {
    let declared = content_type
        .and_then(charset::from_content_type)
        .map(|encoding| (encoding, CharsetSource::ContentType))
        .or_else(|| prescan::meta_charset(bytes).map(|encoding| (encoding, CharsetSource::Meta)))
        .or_else(|| {
            charset::from_xml_declaration(bytes).map(|e| (e, CharsetSource::XmlDeclaration))
        });
    match declared {
        Some((encoding, _)) if charset::is_legacy(encoding) && charset::is_utf8_text(bytes) => {
            (encoding_rs::UTF_8, CharsetSource::ValidUtf8)
        }
        Some(found) => found,
        // What the statistical guess says of valid UTF-8 with non-ASCII text, found without it.
        None if charset::is_utf8_text(bytes) => (encoding_rs::UTF_8, CharsetSource::Detected),
        None => (charset::guess(bytes), CharsetSource::Detected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8], content_type: Option<&str>) -> Decoded {
        decode(bytes, content_type).unwrap()
    }

    #[test]
    fn utf8_as_it_stands_is_read_where_it_lies() {
        let page = "<p>Caf\u{e9} au lait</p>".as_bytes();
        let (text, decoding) = decode_borrowing(page, None).unwrap();
        assert!(matches!(text, Cow::Borrowed(t) if t.as_ptr() == page.as_ptr()));
        assert_eq!(decoding, decoded(page, None).decoding());
        // After a byte order mark: the text behind it.
        let marked = b"\xef\xbb\xbfHello";
        let (text, _) = decode_borrowing(marked, None).unwrap();
        assert!(matches!(text, Cow::Borrowed("Hello")));
    }

    #[test]
    fn text_decoded_or_repaired_is_a_copy() {
        // Windows-1251 declared; UTF-8 with a stray Latin-1 byte.
        for (bytes, content_type) in [
            (
                &b"\xcd\xee\xe2\xee\xf1\xf2\xe8"[..],
                Some("text/html; charset=windows-1251"),
            ),
            (&b"caf\xe9 \xe2\x80\x94 ok"[..], None),
        ] {
            let (text, decoding) = decode_borrowing(bytes, content_type).unwrap();
            let whole = decoded(bytes, content_type);
            assert!(
                matches!(&text, Cow::Owned(t) if *t == whole.text),
                "{text:?}"
            );
            assert_eq!(decoding, whole.decoding());
        }
    }

    #[test]
    fn bom_beats_every_declaration() {
        let d = decoded(
            b"\xef\xbb\xbf<meta charset=windows-1251>\xd0\xaf",
            Some("text/html; charset=koi8-r"),
        );
        assert_eq!((d.encoding, d.source), ("UTF-8", CharsetSource::Bom));
        assert_eq!(d.text, "<meta charset=windows-1251>Я");
    }

    #[test]
    fn utf16_boms_decode_and_nul_bytes_are_not_binary_there() {
        let mut le = vec![0xff, 0xfe];
        le.extend("<p>Grüße</p>".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decoded(&le, None);
        assert_eq!((d.text.as_str(), d.encoding), ("<p>Grüße</p>", "UTF-16LE"));
        let mut be = vec![0xfe, 0xff];
        be.extend("<p>日本</p>".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decoded(&be, None).text, "<p>日本</p>");
    }

    #[test]
    fn a_utf16_bom_before_utf8_bytes_is_undecodable_not_mojibake() {
        for bom in [&b"\xff\xfe"[..], b"\xfe\xff"] {
            let mut bytes = bom.to_vec();
            bytes.extend_from_slice("<p>Caf\u{e9} owners reopened their terraces.</p>".as_bytes());
            assert!(matches!(
                decode(&bytes, None),
                Err(Error::Undecodable { .. })
            ));
        }
        // Real UTF-16 in a script with no ASCII still decodes.
        let mut cjk = vec![0xff, 0xfe];
        cjk.extend(
            "日本語の新聞記事です"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        assert_eq!(decoded(&cjk, None).text, "日本語の新聞記事です");
    }

    #[test]
    fn content_type_beats_meta() {
        let page = b"<meta charset=\"utf-8\"><p>\xc1\xee\xeb\xe3\xe0\xf0\xe8\xff</p>";
        let d = decoded(page, Some("text/html;charset=\"windows-1251\""));
        assert_eq!(
            (d.encoding, d.source),
            ("windows-1251", CharsetSource::ContentType)
        );
        assert_eq!(d.text, "<meta charset=\"utf-8\"><p>Болгария</p>");
        assert!(!d.had_errors);
    }

    #[test]
    fn content_type_without_charset_or_with_unknown_label_is_ignored() {
        let page = b"<meta charset=iso-8859-2><p>\xb9\xe8</p>";
        for ct in [
            "text/html",
            "text/html; charset=no-such-charset",
            "text/html; charset=",
        ] {
            let d = decoded(page, Some(ct));
            assert_eq!(
                (d.encoding, d.source),
                ("ISO-8859-2", CharsetSource::Meta),
                "{ct}"
            );
            assert_eq!(d.text, "<meta charset=iso-8859-2><p>šč</p>");
        }
    }

    #[test]
    fn labels_follow_the_encoding_standard() {
        for (label, name) in [
            ("latin1", "windows-1252"),
            ("iso-8859-1", "windows-1252"),
            ("ascii", "windows-1252"),
            ("gb2312", "GBK"),
            ("x-sjis", "Shift_JIS"),
            ("ks_c_5601-1987", "EUC-KR"),
            ("iso-8859-9", "windows-1254"),
            ("cp1251", "windows-1251"),
            ("koi8-r", "KOI8-R"),
        ] {
            let d = decoded(
                b"<p>plain</p>",
                Some(&format!("text/html; charset={label}")),
            );
            assert_eq!(d.encoding, name, "{label}");
        }
    }

    #[test]
    fn valid_utf8_overrules_a_legacy_declaration() {
        let page = "<meta charset=iso-8859-1><p>Ça a été très réussi</p>";
        let d = decoded(page.as_bytes(), None);
        assert_eq!((d.encoding, d.source), ("UTF-8", CharsetSource::ValidUtf8));
        assert_eq!(d.text, page);
        let page = "<p>東京都の天気</p>";
        let d = decoded(page.as_bytes(), Some("text/html; charset=Shift_JIS"));
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-8", page));
        // …but pure ASCII keeps its declaration, and so does text that is not valid UTF-8.
        let d = decoded(b"<meta charset=latin1><p>plain</p>", None);
        assert_eq!(
            (d.encoding, d.source),
            ("windows-1252", CharsetSource::Meta)
        );
        let d = decoded(b"<meta charset=latin1><p>caf\xe9</p>", None);
        assert_eq!(
            (d.encoding, d.text.as_str()),
            ("windows-1252", "<meta charset=latin1><p>café</p>")
        );
    }

    #[test]
    fn malformed_bytes_are_replaced_not_rejected() {
        let d = decoded(b"<meta charset=gbk><p>\xc4\xe3\xff</p>", None);
        assert!(d.had_errors);
        assert_eq!(d.text, "<meta charset=gbk><p>你\u{fffd}</p>");
    }

    #[test]
    fn stray_latin1_in_utf8_is_read_as_windows_1252() {
        let d = decoded(
            b"<meta charset=utf-8><p>Gr\xc3\xbc\xc3\x9fe, Mitgef\xfchl</p>",
            None,
        );
        assert_eq!(
            (d.encoding, d.source, d.had_errors),
            ("UTF-8", CharsetSource::Meta, true)
        );
        assert_eq!(d.text, "<meta charset=utf-8><p>Grüße, Mitgefühl</p>");
    }

    #[test]
    fn a_false_utf8_declaration_is_overruled_by_a_guess() {
        let text = "<meta charset=utf-8><p>Москва — столица России, крупнейший по численности населения город страны.</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decoded(&bytes, None);
        assert_eq!(
            (d.encoding, d.source, d.had_errors),
            ("windows-1251", CharsetSource::Detected, false)
        );
        assert_eq!(d.text, text);
    }

    #[test]
    fn undeclared_legacy_text_is_guessed() {
        let text = "Москва — столица России, крупнейший по численности населения город страны. \
                    Город расположен на реке Москве в центре Восточно-Европейской равнины.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decoded(&bytes, None);
        assert_eq!(
            (d.encoding, d.source),
            ("windows-1251", CharsetSource::Detected)
        );
        assert_eq!(d.text, text);
    }

    #[test]
    fn undeclared_utf8_is_utf8() {
        let d = decoded("<p>Zürich ist schön</p>".as_bytes(), None);
        assert_eq!((d.encoding, d.source), ("UTF-8", CharsetSource::Detected));
    }

    #[test]
    fn xml_declaration_is_used_when_nothing_else_declares() {
        let d = decoded(
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><html><p>\xe1\xe2\xe3</p>",
            None,
        );
        assert_eq!(
            (d.encoding, d.source),
            ("ISO-8859-7", CharsetSource::XmlDeclaration)
        );
        assert!(d.text.ends_with("<p>αβγ</p>"));
    }

    #[test]
    fn binary_input_is_not_text() {
        for bytes in [
            &b"%PDF-1.4\n%\xe2\xe3\xcf\xd3"[..],
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            b"GIF89a\x01\x00",
            b"\xff\xd8\xff\xe0\0\x10JFIF",
            b"PK\x03\x04\x14\0",
            b"\x1f\x8b\x08\0",
            b"<html>\0\0\0\0<body>",
            b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f<p>a</p>",
        ] {
            let err = decode(bytes, None).unwrap_err();
            assert!(matches!(err, Error::NotText { .. }), "{bytes:?}");
        }
        let err = decode(b"%PDF-1.4", None).unwrap_err();
        assert!(err.to_string().contains("PDF"), "{err}");
    }

    #[test]
    fn bytes_that_are_mostly_malformed_are_undecodable() {
        // Shift_JIS lead bytes with no valid trail byte, declared by the server.
        let bytes = b"\x81\x20\x82\x20\x83\x20\x84\x20<p>ok</p>\x85\x20\x86\x20\x87\x20";
        let err = decode(bytes, Some("text/html; charset=Shift_JIS")).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Undecodable {
                    encoding: "Shift_JIS",
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("Content-Type"), "{err}");
        // A few malformed bytes in a page are only replaced.
        let d = decoded(
            b"<p>\x81\x20 a well-formed sentence around it</p>",
            Some("text/html; charset=Shift_JIS"),
        );
        assert!(d.had_errors);
        assert!(d.text.contains('\u{fffd}'));
    }

    #[test]
    fn bomless_utf16_is_recognised_by_its_nul_pattern() {
        let le: Vec<u8> = "<html><p>Hello, world. This is text.</p></html>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decoded(&le, None);
        assert_eq!(
            (d.encoding, d.source),
            ("UTF-16LE", CharsetSource::Detected)
        );
        assert_eq!(d.text, "<html><p>Hello, world. This is text.</p></html>");
        let be: Vec<u8> = "<p>Hello, world.</p>"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decoded(&be, None).encoding, "UTF-16BE");
    }

    #[test]
    fn content_type_utf16_without_bom_is_honoured() {
        let le: Vec<u8> = "<p>Hi</p>"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decoded(&le, Some("text/html; charset=utf-16le"));
        assert_eq!(d.text, "<p>Hi</p>");
    }

    #[test]
    fn empty_input_decodes_to_empty_text() {
        assert_eq!(decoded(b"", None).text, "");
    }
}
