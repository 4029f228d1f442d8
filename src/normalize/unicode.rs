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
            UnicodeForm::Nfc => is_nfc_quick(text.chars()),
            UnicodeForm::Nfkc => is_nfkc_quick(text.chars()),
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

    fn edits(&self, text: &str, _cx: &NormalizeContext) -> Vec<Edit> {
        if self.is_normalized(text) {
            return Vec::new();
        }
        words(text)
            .filter(|(_, word)| !self.is_normalized(word))
            .filter_map(|(start, word)| {
                let normal = self.normalized(word);
                (normal != word).then(|| Edit::new(start..start + word.len(), normal))
            })
            .collect()
    }
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
    use crate::article::BlockKind;

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
