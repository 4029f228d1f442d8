//! Whether a block of unknown language reads as English, for the English-only built-in tables.

use once_cell::sync::Lazy;
use std::collections::HashSet;

static MARKERS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| words(include_str!("english_markers.txt")));

static FOREIGN_MARKERS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| words(include_str!("foreign_markers.txt")));

/// The words of a marker file: one per line, `#` comments.
fn words(file: &'static str) -> HashSet<&'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Blocks shorter than this (headlines, captions, bylines) are too short to judge and count as English.
const MIN_WORDS_TO_JUDGE: usize = 8;

/// Share of marker words below which a block is not English: English news prose runs at 15–25 % of
/// these words; German, French or Spanish prose at none or nearly none.
const MIN_MARKER_SHARE: f64 = 0.06;

/// Whether `text` can be English: no more foreign function words than English ones, and, when long
/// enough to judge, enough English function words.
pub(crate) fn may_be_english(text: &str) -> bool {
    let mut words = 0usize;
    let mut markers = 0usize;
    let mut foreign = 0usize;
    for word in text.split_whitespace() {
        words += 1;
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if MARKERS.contains(word.as_str()) {
            markers += 1;
        } else if FOREIGN_MARKERS.contains(word.as_str()) {
            foreign += 1;
        }
    }
    let enough = words < MIN_WORDS_TO_JUDGE || markers as f64 >= MIN_MARKER_SHARE * words as f64;
    enough && foreign <= markers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_prose_and_short_blocks_pass() {
        assert!(may_be_english(
            "Russia's Foreign Minister Sergey Lavrov said on Saturday that the talks would go on."
        ));
        assert!(may_be_english("Sergey Lavrov in Kiev"));
        assert!(may_be_english("The fall of Kiev and the end of the war"));
    }

    #[test]
    fn short_blocks_with_foreign_function_words_do_not() {
        assert!(!may_be_english("Von Tunis nach Teheran"));
        assert!(!may_be_english("Der Koran"));
        assert!(!may_be_english("Les rues de Kiev"));
    }

    #[test]
    fn other_languages_do_not() {
        assert!(!may_be_english(
            "Der Außenminister sagte am Samstag in Teheran, die Gespräche über den Koran gingen weiter."
        ));
        assert!(!may_be_english(
            "Le ministre a déclaré samedi à Kiev que les négociations se poursuivraient la semaine prochaine."
        ));
        assert!(!may_be_english(
            "De minister zei zaterdag in Kiev dat de gesprekken volgende week worden voortgezet."
        ));
    }
}
