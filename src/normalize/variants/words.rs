//! Word lists discovery checks a differing token against: English words and common given names.

use once_cell::sync::Lazy;
use std::collections::HashSet;

static ENGLISH_WORDS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| lines(include_str!("english_words.txt")));

static GIVEN_NAMES: Lazy<HashSet<String>> = Lazy::new(|| {
    lines(include_str!("given_names.txt"))
        .into_iter()
        .map(str::to_lowercase)
        .collect()
});

/// The entries of a list file: one per line, `#` comments.
fn lines(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Whether `token` (any case) is an English word of the built-in list.
pub(crate) fn is_english_word(token: &str) -> bool {
    ENGLISH_WORDS.contains(token.to_lowercase().as_str())
}

/// Whether `token` (any case) is a common given name of English-speaking countries.
pub(crate) fn is_common_given_name(token: &str) -> bool {
    GIVEN_NAMES.contains(&token.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_answer() {
        assert!(is_english_word("Desert") && is_english_word("dessert"));
        assert!(!is_english_word("Lavrov"));
        assert!(is_common_given_name("Tony") && is_common_given_name("toni"));
        assert!(!is_common_given_name("Sergey"));
    }

    #[test]
    fn list_files_are_sorted_without_duplicates() {
        for text in [
            include_str!("english_words.txt"),
            include_str!("given_names.txt"),
        ] {
            let entries: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
            assert!(entries.windows(2).all(|w| w[0] < w[1]), "sorted, unique");
        }
    }
}
