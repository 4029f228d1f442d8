//! Telling binary files from text before decoding them.

use crate::error::Error;

/// Bytes examined for NULs and control bytes: git's `buffer_is_binary` looks at the first 8000 bytes,
/// enough for the header of every binary format.
const SAMPLE: usize = 8000;

/// Share of control bytes past which the sample is binary (the text pipeline uses the same share).
const MAX_CONTROL_SHARE: f64 = 0.1;

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

/// A control byte that text does not hold (tab, line breaks, form feed and the ISO-2022 escape do).
fn is_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f
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
    fn nul_bytes_past_the_sample_are_left_to_the_decoder() {
        let mut text = vec![b'a'; SAMPLE];
        text.push(0);
        assert!(check_bytes(&text).is_ok());
        text[5] = 0;
        let err = check_bytes(&text).unwrap_err();
        assert!(err.to_string().contains("byte 5"), "{err}");
    }
}
