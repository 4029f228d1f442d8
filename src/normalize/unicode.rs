//! Unicode normalization forms.

use super::{Edit, NormalizeContext, Normalizer};
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Which Unicode normalization form the text is put into.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::UnicodeForm;
/// assert_eq!(UnicodeForm::default(), UnicodeForm::Nfc);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum UnicodeForm {
    /// Canonical composition: "e" + combining acute becomes "é". The default.
    #[default]
    Nfc,
    /// Compatibility composition as well: "ﬁ" becomes "fi", full-width "Ａ" becomes "A".
    Nfkc,
    /// Leave the text as it is.
    Keep,
}

/// Puts text into a Unicode normalization form, one edit per changed word.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{NormalizeContext, Normalizer, UnicodeForm, UnicodeNormalizer};
/// use copydesk::BlockKind;
///
/// let nfc = UnicodeNormalizer::new(UnicodeForm::Nfc);
/// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
/// let edits = nfc.edits("a cafe\u{301} b", &cx);
/// assert_eq!(edits.len(), 1);
/// assert_eq!(edits[0].replacement, "café");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct UnicodeNormalizer {
    form: UnicodeForm,
}

impl UnicodeNormalizer {
    /// A normalizer into `form`.
    pub fn new(form: UnicodeForm) -> UnicodeNormalizer {
        UnicodeNormalizer { form }
    }

    fn is_normalized(&self, text: &str) -> bool {
        let quick = match self.form {
            UnicodeForm::Nfc => is_nfc_quick(text[start_of_nfc_check(text)..].chars()),
            UnicodeForm::Nfkc => is_nfkc_quick(text[start_of_nfkc_check(text)..].chars()),
            UnicodeForm::Keep => IsNormalized::Yes,
        };
        quick == IsNormalized::Yes
    }

    fn normalized(&self, text: &str) -> String {
        match self.form {
            UnicodeForm::Nfc => text.nfc().collect(),
            UnicodeForm::Nfkc => text.nfkc().collect(),
            UnicodeForm::Keep => text.to_string(),
        }
    }
}

impl Normalizer for UnicodeNormalizer {
    fn name(&self) -> &'static str {
        "unicode"
    }

    fn edits(&self, text: &str, cx: &NormalizeContext) -> Vec<Edit> {
        let mut edits = Vec::new();
        self.each_edit(text, cx, &mut |edit| edits.push(edit));
        edits
    }

    fn each_edit(&self, text: &str, _cx: &NormalizeContext, sink: &mut dyn FnMut(Edit)) {
        if self.is_normalized(text) {
            return;
        }
        for (start, word) in words(text).filter(|(_, word)| !self.is_normalized(word)) {
            let normal = self.normalized(word);
            if normal != word {
                sink(Edit::new(start..start + word.len(), normal));
            }
        }
    }
}

/// Bytes looked at together when skipping text the quick checks would pass over.
const CHUNK: usize = 32;

/// Where the NFC quick check of `text` has something to look at: every character below U+0300 is a
/// starter (combining class 0) that NFC keeps, so the check passes over them as over ASCII and may start
/// at the first character from U+0300 on. Found a chunk at a time (bytes below 0xCC are ASCII, bytes
/// of characters below U+0300, or continuation bytes), backed up to the start of its character.
fn start_of_nfc_check(text: &str) -> usize {
    start_of_check(text, 0xCC)
}

/// Where the NFKC quick check of `text` has something to look at: after its leading run of ASCII.
fn start_of_nfkc_check(text: &str) -> usize {
    start_of_check(text, 0x80)
}

/// The start of the character holding the first byte of `text` that is `first_byte_to_check` or more,
/// found a chunk of bytes at a time (the end of `text` when there is none).
fn start_of_check(text: &str, first_byte_to_check: u8) -> usize {
    let bytes = text.as_bytes();
    let mut at = bytes
        .chunks(CHUNK)
        .position(|chunk| chunk.iter().fold(0, |max, &b| max.max(b)) >= first_byte_to_check)
        .map_or(bytes.len(), |chunk| chunk * CHUNK);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Runs of non-whitespace with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(char::is_whitespace)
        .scan(0, |offset, word| {
            let start = *offset;
            *offset += word.len()
                + text[start + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::BlockKind;

    #[test]
    fn characters_below_u0300_are_starters_nfc_keeps() {
        for c in (0x80..0x300).filter_map(char::from_u32) {
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{c:?}"
            );
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            let mut utf8 = [0; 4];
            assert!(c.encode_utf8(&mut utf8).as_bytes()[0] < 0xCC, "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_quick_checks_may_start_where_they_find_something(
            picks in proptest::collection::vec(0..PIECES.len(), 0..40)
        ) {
            let text: String = picks.iter().map(|&k| PIECES[k]).collect();
            let nfc = is_nfc_quick(text.chars()) == IsNormalized::Yes;
            let nfkc = is_nfkc_quick(text.chars()) == IsNormalized::Yes;
            proptest::prop_assert_eq!(UnicodeNormalizer::new(UnicodeForm::Nfc).is_normalized(&text), nfc, "{:?}", text);
            proptest::prop_assert_eq!(UnicodeNormalizer::new(UnicodeForm::Nfkc).is_normalized(&text), nfkc, "{:?}", text);
        }
    }

    /// Pieces around the quick checks' cases: starters, combining marks in and out of order, characters
    /// NFC or NFKC change or may change, and letters of several scripts; long ASCII runs move the first
    /// character to check across chunk boundaries.
    const PIECES: &[&str] = &[
        "a",
        " ",
        "The council met on Monday.",
        "é",
        "e",
        "\u{301}",
        "\u{323}",
        "\u{300}",
        "\u{340}",
        "\u{212b}",
        "\u{2126}",
        "\u{1100}",
        "\u{1161}",
        "\u{ac00}",
        "\u{201c}",
        "\u{41f}",
        "\u{5e9}",
        "\u{5b8}",
        "\u{645}",
        "\u{64e}",
        "\u{958}",
        "\u{93c}",
        "東",
        "\u{f900}",
        "ä",
        "\u{308}",
        "\u{a0}",
        "\u{b2}",
        "\u{fb01}",
        "\u{2bf}",
    ];

    fn run(form: UnicodeForm, text: &str) -> String {
        let mut out = text.to_string();
        let cx = NormalizeContext::new(BlockKind::Paragraph, None);
        let mut changes = Vec::new();
        super::super::apply(
            &UnicodeNormalizer::new(form),
            &mut out,
            &cx,
            Some(0),
            &mut changes,
        );
        out
    }

    #[test]
    fn nfc_composes_in_several_scripts() {
        assert_eq!(
            run(UnicodeForm::Nfc, "Cafe\u{301} 東京 and\u{a0}more"),
            "Café 東京 and\u{a0}more"
        );
        assert_eq!(run(UnicodeForm::Nfc, "\u{1100}\u{1161}"), "\u{AC00}"); // Hangul jamo to syllable
        assert_eq!(run(UnicodeForm::Nfc, "й"), "й"); // Cyrillic short i, decomposed
    }

    #[test]
    fn nfkc_folds_compatibility_forms() {
        assert_eq!(run(UnicodeForm::Nfkc, "ﬁne ＡＢＣ"), "fine ABC");
    }

    #[test]
    fn keep_leaves_text_alone() {
        assert_eq!(run(UnicodeForm::Keep, "Cafe\u{301}"), "Cafe\u{301}");
    }

    #[test]
    fn normalizing_twice_changes_nothing() {
        let once = run(UnicodeForm::Nfc, "Cafe\u{301} ﬁne");
        assert_eq!(run(UnicodeForm::Nfc, &once), once);
    }

    #[test]
    fn word_offsets_are_right_after_multibyte_spaces() {
        let text = "a\u{3000}b\u{a0}cafe\u{301}";
        let found: Vec<(usize, &str)> = words(text).collect();
        for (start, word) in found {
            assert_eq!(&text[start..start + word.len()], word);
        }
    }
}
