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

/// Whether `text` can be English: it holds no more function words of other Latin-script languages than
/// English ones. Prose in German, French, Spanish, Dutch, … is full of the former; an English headline
/// without either ("Sergey Lavrov met Yury Ushakov") counts as English.
pub(crate) fn may_be_english(text: &str) -> bool {
    let mut markers = 0usize;
    let mut foreign = 0usize;
    for word in text.split_whitespace() {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if MARKERS.contains(word.as_str()) {
            markers += 1;
        } else if FOREIGN_MARKERS.contains(word.as_str()) {
            foreign += 1;
        }
    }
    foreign <= markers
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
        assert!(may_be_english(
            "Putin, Xi meet in Moscow as Ukraine war grinds on"
        ));
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
            "El ministro dijo el sábado en Kiev que las negociaciones continuarán y que no hay plazos."
        ));
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
