//! A line of page text that links one other story: a label, a colon and a headline ("Related: How the
//! bridge was built"), as news and blog CMSs drop between an article's paragraphs.

use crate::phrases::fold;
use crate::text::word_count;
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// The labels of `teaser_labels.txt`, folded.
static LABELS: Lazy<HashSet<String>> = Lazy::new(|| {
    include_str!("teaser_labels.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(fold)
        .collect()
});

/// Words of a label ("Lesen Sie auch", "Related reading").
const MAX_LABEL_WORDS: usize = 3;

/// Words a headline after the label needs: a name or a section ("Related: Budget") is no story.
const MIN_HEADLINE_WORDS: usize = 3;

/// Words a headline has at most: a longer line is the article's own sentence.
const MAX_HEADLINE_WORDS: usize = 24;

/// Bytes before a label's colon: three words, with the arrows that may open the line.
const MAX_LABEL_BYTES: usize = 64;

/// Bytes of a line that may be a label and a headline ([`MAX_LABEL_WORDS`] and [`MAX_HEADLINE_WORDS`]
/// words, of two-byte letters too): a longer block is a paragraph, passed over without reading it.
const MAX_LINE_BYTES: usize = 640;

/// Whether `text` is one line that reads as a label of `teaser_labels.txt`, a colon, and a headline of
/// [`MIN_HEADLINE_WORDS`] to [`MAX_HEADLINE_WORDS`] words. Arrows or guillemets may open it ("» Related:
/// …"); a line in parentheses is the author's aside ("(Related reading: …)") and stays.
pub(crate) fn is_teaser_label_line(text: &str) -> bool {
    let text = text.trim();
    // The colon first, by a byte search: most blocks have none, or none this close to their start.
    let Some((colon, width)) = first_colon(text).filter(|&(at, _)| at <= MAX_LABEL_BYTES) else {
        return false;
    };
    if text.len() > MAX_LINE_BYTES || text.starts_with('(') || text.contains('\n') {
        return false;
    }
    let label = text[..colon].trim_start_matches(['»', '>', '→', '•', '-', '–', '—', ' ']);
    let headline = &text[colon + width..];
    let label_words = word_count(label);
    (1..=MAX_LABEL_WORDS).contains(&label_words)
        && (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&word_count(headline))
        && LABELS.contains(&fold(label))
}

/// Where the first colon of `text` stands (an ASCII one or a full-width one), and its width in bytes.
fn first_colon(text: &str) -> Option<(usize, usize)> {
    let ascii = memchr::memchr(b':', text.as_bytes());
    let full_width = text.find('：');
    match (ascii, full_width) {
        (Some(a), Some(f)) if f < a => Some((f, '：'.len_utf8())),
        (Some(a), _) => Some((a, 1)),
        (None, Some(f)) => Some((f, '：'.len_utf8())),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::is_teaser_label_line;

    #[test]
    fn reads_a_label_a_colon_and_a_headline() {
        for line in [
            "Related: How the old bridge was built in nine months",
            "» Related: Ten parks to visit this spring",
            ">> RELATED READING: Why the council voted against the plan",
            "Recommended: The best walks along the river",
            "Lesen Sie auch: Warum die Brücke gesperrt wurde",
            "Czytaj też: Dlaczego most został zamknięty na miesiąc",
        ] {
            assert!(is_teaser_label_line(line), "{line:?}");
        }
    }

    #[test]
    fn passes_over_sentences_asides_and_other_labels() {
        for line in [
            "Related research shows that parks lower the city's temperature.",
            "(Related reading: how parks cool a city.)",
            "Related: Budget",
            "Note: the park opens again in May, the council said on Monday.",
            "Recommended reading for the summer",
            "Lesen Sie auch die Studie, bevor Sie über den Plan abstimmen.",
            "Czytaj też uważnie umowę, zanim ją podpiszesz.",
            "Related: the council's plan, which the mayor backed on Monday after a debate that lasted into the night and left most of the opposition unconvinced of it",
        ] {
            assert!(!is_teaser_label_line(line), "{line:?}");
        }
    }

    #[test]
    fn every_label_is_folded_and_none_is_empty() {
        assert!(super::LABELS.contains("related"));
        assert!(super::LABELS.contains("lesen sie auch"));
        assert!(super::LABELS.iter().all(|label| !label.is_empty()));
    }
}
