//! Telling binary files from text before decoding them.

use crate::error::Error;

/// Bytes examined for NULs and control bytes: git's `buffer_is_binary` looks at the first 8000 bytes,
/// enough for the header of every binary format.
const SAMPLE: usize = 8000;

/// Share of control characters past which input is binary, not text: of the bytes of the sample before
/// decoding, of the characters of decoded text.
const MAX_CONTROL_SHARE: f64 = 0.1;

/// How much of a decoded markup document the binary check reads: binary files give themselves away in
/// their first bytes, and reading all of a large page would cost a tenth of parsing it.
const MARKUP_SNIFF_BYTES: usize = 64 * 1024;

/// Magic numbers of binary formats that are fetched in place of pages: (offset, bytes, format name).
/// Only signatures that no text starts with are listed; the others fall to the NUL and control checks.
const MAGIC: &[(usize, &[u8], &str)] = &[
    (0, b"%PDF-", "PDF"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG"),
    (0, b"GIF87a", "GIF"),
    (0, b"GIF89a", "GIF"),
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"PK\x03\x04", "ZIP"),
    (0, b"PK\x05\x06", "ZIP"),
    (0, b"\x1f\x8b", "gzip"),
    (0, b"\x28\xb5\x2f\xfd", "Zstandard"),
    (0, b"\xfd7zXZ\x00", "xz"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (0, b"BZh91AY&SY", "bzip2"),
    (0, b"\x7fELF", "ELF executable"),
    (
        0,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "OLE (legacy Office)",
    ),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"OggS\x00", "Ogg"),
    (0, b"fLaC", "FLAC"),
    (0, b"SQLite format 3\x00", "SQLite"),
    (4, b"ftyp", "ISO media (MP4, HEIF)"),
    (8, b"WEBP", "WebP"),
    (8, b"WAVE", "WAV audio"),
    (8, b"AVI ", "AVI video"),
];

/// Fails when the bytes start with the magic number of a binary format.
pub(super) fn check_magic(bytes: &[u8]) -> Result<(), Error> {
    for (offset, magic, format) in MAGIC {
        if bytes
            .get(*offset..)
            .is_some_and(|rest| rest.starts_with(magic))
        {
            return Err(Error::NotText {
                reason: format!("it starts with the signature of a {format} file"),
            });
        }
    }
    Ok(())
}

/// A C0 control or DEL: a character text does not hold, tab, line feed, form feed and carriage
/// return excepted.
fn is_text_control(b: u8) -> bool {
    let text_c0 = (b == b'\t') | (b == b'\n') | (b == 0x0C) | (b == b'\r');
    ((b < 0x20) & !text_c0) | (b == 0x7F)
}

/// A control byte of undecoded bytes: [`is_text_control`], but for the escape that ISO-2022 encodings
/// use to switch character sets.
fn is_control(b: u8) -> bool {
    is_text_control(b) && b != 0x1b
}

/// Fails when the start of an ASCII-compatible document holds NUL bytes or mostly control bytes.
pub(super) fn check_bytes(bytes: &[u8]) -> Result<(), Error> {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    if let Some(at) = sample.iter().position(|b| *b == 0) {
        return Err(Error::NotText {
            reason: format!("it holds NUL bytes (the first at byte {at})"),
        });
    }
    let controls = sample.iter().filter(|b| is_control(**b)).count();
    if controls as f64 > MAX_CONTROL_SHARE * sample.len() as f64 {
        return Err(Error::NotText {
            reason: format!(
                "{controls} of its first {} bytes are control bytes",
                sample.len()
            ),
        });
    }
    Ok(())
}

/// Fails when decoded text is binary: with `nul_is_binary` (plain text), when it holds a NUL; in any
/// case when more than [`MAX_CONTROL_SHARE`] of its characters are C0 or C1 controls (other than tab
/// and line breaks). Markup (`nul_is_binary` false, where parsers drop NULs) is judged on its first
/// [`MARKUP_SNIFF_BYTES`], as `file(1)` sniffs a prefix.
pub(crate) fn check_text(text: &str, nul_is_binary: bool) -> Result<(), Error> {
    // Counted on bytes: every character starts with a non-continuation byte, C0 controls and DEL
    // are single bytes, and C1 controls (U+0080–U+009F) are 0xC2 followed by 0x80–0x9F.
    let bytes = if nul_is_binary {
        text.as_bytes()
    } else {
        &text.as_bytes()[..text.len().min(MARKUP_SNIFF_BYTES)]
    };
    if nul_is_binary && memchr::memchr(0, bytes).is_some() {
        return Err(Error::NotText {
            reason: "it holds NUL bytes".into(),
        });
    }
    let c0 = count_bytes(bytes, is_text_control);
    let c1 = memchr::memchr_iter(0xC2, bytes)
        .filter(|&k| bytes.get(k + 1).is_some_and(|n| (0x80..0xA0).contains(n)))
        .count();
    let controls = c0 + c1;
    // A character takes at most four bytes: with no more controls than the share of a quarter of the
    // bytes, they are no more than the share of the characters, which are then not counted (a pass
    // over every byte of the sample).
    if controls as f64 <= MAX_CONTROL_SHARE * (bytes.len() / MAX_CHAR_BYTES) as f64 {
        return Ok(());
    }
    let chars = count_bytes(bytes, |b| b & 0xC0 != 0x80);
    if controls as f64 > MAX_CONTROL_SHARE * chars as f64 {
        return Err(Error::NotText {
            reason: format!("{controls} of its {chars} characters are control characters"),
        });
    }
    Ok(())
}

/// The most bytes a character takes in UTF-8.
const MAX_CHAR_BYTES: usize = 4;

/// How many of `bytes` satisfy `test`. Counted in runs of 255 with a byte-wide counter, so the loop
/// vectorizes 16 or 32 bytes at a time: this scans every input.
fn count_bytes(bytes: &[u8], test: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(usize::from(u8::MAX))
        .map(|run| {
            let n = run.iter().fold(0u8, |n, &b| n + u8::from(test(b)));
            usize::from(n)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_name_the_format() {
        let err = check_magic(b"\x00\x00\x00\x18ftypheic").unwrap_err();
        assert!(err.to_string().contains("ISO media"), "{err}");
        let err = check_magic(b"RIFF\x10\x00\x00\x00WEBPVP8 ").unwrap_err();
        assert!(err.to_string().contains("WebP"), "{err}");
        let err = check_magic(b"RIFF\x24\x08\x00\x00WAVEfmt ").unwrap_err();
        assert!(err.to_string().contains("WAV"), "{err}");
    }

    #[test]
    fn text_that_merely_resembles_a_signature_passes() {
        for text in [
            &b"PDF files are documents"[..],
            b"GIF is a format",
            b"PK fire",
            b"<p>ftyp</p>",
        ] {
            assert!(check_magic(text).is_ok(), "{text:?}");
        }
    }

    #[test]
    fn a_few_control_bytes_are_text_and_many_are_not() {
        let mut text = b"<p>A page with a stray \x07 bell and an \x1b$B escape.</p>".to_vec();
        assert!(check_bytes(&text).is_ok());
        text.extend_from_slice(&[0x01; 20]);
        assert!(check_bytes(&text).is_err());
    }

    #[test]
    fn text_and_bytes_count_the_same_controls_but_the_escape() {
        for b in 0..=0x7f_u8 {
            assert_eq!(is_control(b), is_text_control(b) && b != 0x1b, "{b:#x}");
        }
        assert!(check_text("a\u{1b}[1mbold\u{1b}[0m text of a page", true).is_ok());
        assert!(check_text(&"\u{1b}a".repeat(20), true).is_err());
        assert!(check_bytes(&b"\x1ba".repeat(20)).is_ok());
    }

    #[test]
    fn controls_are_weighed_against_characters_not_bytes() {
        // Ninety characters of four bytes and ten controls: a tenth of the characters, text.
        let text = format!("{}{}", "\u{1F600}".repeat(90), "\u{1}".repeat(10));
        assert!(check_text(&text, true).is_ok());
        // One control more: past the share of the characters, though under a tenth of the bytes.
        let text = format!("{}{}", "\u{1F600}".repeat(90), "\u{1}".repeat(11));
        assert!(check_text(&text, true).is_err());
        // Few controls among many ASCII bytes pass without counting the characters.
        let text = format!("{}{}", "a".repeat(990), "\u{1}".repeat(10));
        assert!(check_text(&text, true).is_ok());
    }

    #[test]
    fn markup_is_judged_on_its_first_bytes_and_nul_only_in_text() {
        let page = format!(
            "<p>{}</p>{}",
            "a".repeat(MARKUP_SNIFF_BYTES),
            "\u{1}".repeat(10_000)
        );
        assert!(check_text(&page, false).is_ok());
        assert!(check_text(&page, true).is_err());
        assert!(check_text("<p>a\0b</p>", false).is_ok());
        assert!(check_text("a\0b", true).is_err());
    }

    #[test]
    fn nul_bytes_past_the_sample_are_left_to_the_decoder() {
        let mut text = vec![b'a'; SAMPLE];
        text.push(0);
        assert!(check_bytes(&text).is_ok());
        text[5] = 0;
        let err = check_bytes(&text).unwrap_err();
        assert!(err.to_string().contains("byte 5"), "{err}");
    }
}
