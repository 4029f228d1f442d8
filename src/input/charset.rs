//! Charset labels and guesses: the Content-Type parameter, the XML prolog, `chardetng`.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, REPLACEMENT, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};
use once_cell::sync::Lazy;
use regex::bytes::Regex;

/// Bytes fed to `chardetng`: its guess settles long before this, and the cap bounds the time spent
/// on very large pages.
const GUESS_LIMIT: usize = 4 * 1024 * 1024;

/// Bytes of BOM-less input examined for the NUL pattern of UTF-16.
const UTF16_SAMPLE: usize = 1024;

/// Share of the high (or low) bytes of UTF-16 code units that are NUL in UTF-16 HTML: markup is ASCII,
/// so well over this share of them are; binary formats scatter NULs over both byte positions.
const UTF16_NUL_SHARE: f64 = 0.3;

/// Share of NULs tolerated on the other byte position of UTF-16 (U+0100, U+0200, … are rare).
const UTF16_OTHER_NUL_SHARE: f64 = 0.02;

/// Bytes at the start searched for an XML prolog.
const XML_PROLOG_LIMIT: usize = 1024;

/// ASCII whitespace as the HTML and Encoding standards define it.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

/// The encoding for a label, per the Encoding Standard; `None` for unknown labels and for the
/// "replacement" encoding (ISO-2022-KR, HZ, …), which would turn the whole page into one U+FFFD.
pub(super) fn for_label(label: &[u8]) -> Option<&'static Encoding> {
    Encoding::for_label(label).filter(|encoding| *encoding != REPLACEMENT)
}

/// What a declaration inside the document may name: a document that can be read far enough to find
/// its own `<meta>` cannot be UTF-16, and x-user-defined is read as windows-1252 (HTML standard).
pub(super) fn in_document(encoding: &'static Encoding) -> &'static Encoding {
    if is_utf16(encoding) {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    }
}

/// The encoding named by the `charset` parameter of a Content-Type header.
pub(super) fn from_content_type(content_type: &str) -> Option<&'static Encoding> {
    charset_parameter(content_type.as_bytes()).and_then(for_label)
}

/// The HTML standard's "algorithm for extracting a character encoding from a meta element", which
/// also reads a Content-Type header: the value after `charset=`, quoted or up to a space or `;`.
pub(super) fn charset_parameter(value: &[u8]) -> Option<&[u8]> {
    const NAME: &[u8] = b"charset";
    let mut pos = 0;
    loop {
        let found = value
            .get(pos..)?
            .windows(NAME.len())
            .position(|w| w.eq_ignore_ascii_case(NAME))?;
        pos += found + NAME.len();
        pos += value[pos..].iter().take_while(|b| is_space(**b)).count();
        if value.get(pos) == Some(&b'=') {
            pos += 1;
            break;
        }
    }
    pos += value[pos..].iter().take_while(|b| is_space(**b)).count();
    match *value.get(pos)? {
        quote @ (b'"' | b'\'') => {
            let rest = &value[pos + 1..];
            let end = rest.iter().position(|b| *b == quote)?;
            Some(&rest[..end])
        }
        _ => {
            let rest = &value[pos..];
            let end = rest
                .iter()
                .position(|b| is_space(*b) || *b == b';')
                .unwrap_or(rest.len());
            Some(&rest[..end])
        }
    }
}

/// The encoding an XML prolog declares (`<?xml version="1.0" encoding="ISO-8859-7"?>`).
pub(super) fn from_xml_declaration(bytes: &[u8]) -> Option<&'static Encoding> {
    static PROLOG: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r#"^[\t\n\r ]*<\?xml[\t\n\r ][^>]*?\bencoding[\t\n\r ]*=[\t\n\r ]*["']([A-Za-z0-9._:-]+)["']"#)
            .unwrap()
    });
    let head = &bytes[..bytes.len().min(XML_PROLOG_LIMIT)];
    let label = PROLOG.captures(head)?.get(1)?.as_bytes();
    for_label(label).map(in_document)
}

/// UTF-16 in either byte order.
pub(super) fn is_utf16(encoding: &'static Encoding) -> bool {
    encoding == UTF_16LE || encoding == UTF_16BE
}

/// An encoding other than UTF-8 and UTF-16: text in it is practically never valid UTF-8 as well.
pub(super) fn is_legacy(encoding: &'static Encoding) -> bool {
    encoding != UTF_8 && !is_utf16(encoding)
}

/// Valid UTF-8 that holds some non-ASCII text.
pub(super) fn is_utf8_text(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// A guess from the bytes alone: BOM-less UTF-16 by its NUL pattern, else `chardetng`.
pub(super) fn guess(bytes: &[u8]) -> &'static Encoding {
    if let Some(encoding) = utf16_by_nul_pattern(bytes) {
        return encoding;
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Allow);
    let fed = &bytes[..bytes.len().min(GUESS_LIMIT)];
    detector.feed(fed, fed.len() == bytes.len());
    detector.guess(None, Utf8Detection::Allow)
}

/// UTF-16 without a BOM: NULs on one byte position of the code units and (almost) none on the other;
/// or, for text in one alphabet, the high bytes NUL (spaces, digits, punctuation) or the alphabet's own.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(UTF16_SAMPLE)];
    let units = sample.len() / 2;
    if units < 8 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let share = |n: usize| n as f64 / units as f64;
    if share(odd) >= UTF16_NUL_SHARE && share(even) <= UTF16_OTHER_NUL_SHARE {
        Some(UTF_16LE)
    } else if share(even) >= UTF16_NUL_SHARE && share(odd) <= UTF16_OTHER_NUL_SHARE {
        Some(UTF_16BE)
    } else if share(even) <= UTF16_OTHER_NUL_SHARE && is_one_alphabet(sample, 1) {
        Some(UTF_16LE)
    } else if share(odd) <= UTF16_OTHER_NUL_SHARE && is_one_alphabet(sample, 0) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Share of code units whose high byte is NUL or the alphabet's (spaces and punctuation are ASCII, the
/// letters of Cyrillic, Greek, Hebrew, Arabic or an Indic script share one high byte).
const ONE_ALPHABET_SHARE: f64 = 0.95;

/// Share of NUL high bytes in such text: the spaces between words, at least.
const ONE_ALPHABET_MIN_SPACES: f64 = 0.05;

/// High bytes of the alphabets told this way: U+0100 to U+1FFF (scripts up to Greek Extended); CJK
/// spreads over many high bytes, and surrogates are not characters.
const ALPHABET_HIGH_BYTES: std::ops::RangeInclusive<u8> = 0x01..=0x1f;

/// Whether `sample` reads as UTF-16 text of one alphabet, its high bytes at `high` (0 big-endian, 1
/// little-endian): the high bytes NUL or one alphabet's, and every unit with a NUL high byte a printable
/// ASCII character or whitespace.
fn is_one_alphabet(sample: &[u8], high: usize) -> bool {
    let units = sample.len() / 2;
    let mut counts = [0usize; 256];
    let mut ascii_ok = 0usize;
    for pair in sample.chunks_exact(2) {
        counts[usize::from(pair[high])] += 1;
        let low = pair[1 - high];
        ascii_ok += usize::from(pair[high] == 0 && (low.is_ascii_graphic() || is_space(low)));
    }
    let Some(alphabet) = ALPHABET_HIGH_BYTES.max_by_key(|&b| counts[usize::from(b)]) else {
        return false;
    };
    let nul = counts[0];
    let covered = nul + counts[usize::from(alphabet)];
    nul as f64 >= ONE_ALPHABET_MIN_SPACES * units as f64
        && ascii_ok == nul
        && covered as f64 >= ONE_ALPHABET_SHARE * units as f64
        && counts[usize::from(alphabet)] > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_parameter_follows_the_meta_algorithm() {
        for (value, label) in [
            ("text/html; charset=utf-8", Some("utf-8")),
            ("text/html;charset=\"Shift_JIS\"", Some("Shift_JIS")),
            ("text/html; CHARSET = 'koi8-r' ; x=y", Some("koi8-r")),
            ("text/html; charset=gbk;q=1", Some("gbk")),
            ("text/html; charsetx; charset=big5", Some("big5")),
            ("text/html; charset=\"unterminated", None),
            ("text/html", None),
            ("text/html; charset", None),
            ("text/html; charset=", None),
        ] {
            let got = charset_parameter(value.as_bytes()).map(|l| std::str::from_utf8(l).unwrap());
            assert_eq!(got, label, "{value}");
        }
    }

    #[test]
    fn replacement_labels_are_ignored() {
        assert_eq!(for_label(b"iso-2022-kr"), None);
        assert_eq!(for_label(b"hz-gb-2312"), None);
        assert_eq!(for_label(b" EUC-KR "), Some(encoding_rs::EUC_KR));
    }

    #[test]
    fn xml_prolog_needs_to_open_the_document() {
        assert_eq!(
            from_xml_declaration(b"<?xml version='1.0' encoding='windows-1250'?><a/>"),
            Some(encoding_rs::WINDOWS_1250)
        );
        assert_eq!(
            from_xml_declaration(b"<p>x</p><?xml version='1.0' encoding='big5'?>"),
            None
        );
        assert_eq!(
            from_xml_declaration(b"<?xml version='1.0' encoding='utf-16'?>"),
            Some(UTF_8)
        );
    }

    #[test]
    fn bomless_utf16_of_one_alphabet_is_recognised() {
        let text = "Новости дня: в городе открылся новый мост через реку, движение восстановлено.";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(utf16_by_nul_pattern(&le), Some(UTF_16LE));
        assert_eq!(utf16_by_nul_pattern(&be), Some(UTF_16BE));
        let greek: Vec<u8> = "Η βροχή έπεσε όλη μέρα στην κοιλάδα."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(utf16_by_nul_pattern(&greek), Some(UTF_16LE));
    }

    #[test]
    fn other_bytes_with_some_nuls_are_not_utf16() {
        // Little-endian integers: NUL high bytes, but their low bytes are not text.
        let ints: Vec<u8> = (0u16..200).flat_map(|i| (i * 7).to_le_bytes()).collect();
        assert_eq!(utf16_by_nul_pattern(&ints), None);
        // Windows-1251 text has no NULs at all.
        assert_eq!(
            utf16_by_nul_pattern(b"\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff \xcd\xee\xe2"),
            None
        );
    }

    #[test]
    fn ascii_text_with_nul_noise_is_not_utf16() {
        let mut bytes = b"<html><body>plain ascii text here and more</body></html>".to_vec();
        bytes[10] = 0;
        assert_eq!(utf16_by_nul_pattern(&bytes), None);
    }
}
