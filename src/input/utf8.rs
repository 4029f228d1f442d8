//! UTF-8 that is not quite UTF-8: stray legacy bytes in a UTF-8 page, or a page that says UTF-8 and
//! is not.

use encoding_rs::WINDOWS_1252;

/// What the bytes hold, read as UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Census {
    /// Well-formed characters outside ASCII: the evidence that the text is UTF-8 at all.
    pub non_ascii: usize,
    /// Runs of malformed bytes.
    pub malformed: usize,
}

/// Counts well-formed non-ASCII characters and malformed runs.
pub(super) fn census(bytes: &[u8]) -> Census {
    let mut census = Census {
        non_ascii: 0,
        malformed: 0,
    };
    for chunk in bytes.utf8_chunks() {
        census.non_ascii += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        census.malformed += usize::from(!chunk.invalid().is_empty());
    }
    census
}

/// Decodes UTF-8, reading each malformed run as windows-1252: the usual cause is Latin-1 text pasted
/// into a UTF-8 page ("Mitgef\xfchl"), which browsers show as U+FFFD and readers as what was meant.
pub(super) fn decode_mixed(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            out.push_str(&WINDOWS_1252.decode_without_bom_handling(chunk.invalid()).0);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn census_counts_evidence_and_damage() {
        assert_eq!(
            census("plain".as_bytes()),
            Census {
                non_ascii: 0,
                malformed: 0
            }
        );
        assert_eq!(
            census("Grüße".as_bytes()),
            Census {
                non_ascii: 2,
                malformed: 0
            }
        );
        assert_eq!(
            census(b"Gr\xc3\xbc\xdfe \xe9t\xe9"),
            Census {
                non_ascii: 1,
                malformed: 3
            }
        );
    }

    #[test]
    fn stray_latin1_bytes_are_read_as_windows_1252() {
        let bytes = b"Gr\xc3\xbc\xc3\x9fe, Mitgef\xfchl w\xe4hlen \x93quoted\x94";
        assert_eq!(decode_mixed(bytes), "Grüße, Mitgefühl wählen “quoted”");
        assert_eq!(decode_mixed("ok ✓".as_bytes()), "ok ✓");
    }
}
