//! The bottom layer of measures every stage shares: character classes (scripts, invisible and format
//! characters, a lookup table for the common blocks of Unicode) and word measures (`word_count`,
//! `is_prose`, …) that count the same way in every script.
//!
//! A leaf: it imports nothing from the crate. The public measures are re-exported by [`crate::text`].

pub(crate) mod budget;
pub(crate) mod char_table;
pub(crate) mod scripts;
mod spaces;
mod words;

pub(crate) use scripts::is_format_character;
pub(crate) use spaces::{is_ascii_space, space_at};
pub use words::{
    ends_sentence, has_word_chars, has_words, is_prose, is_unspaced_script, word_count,
};
pub(crate) use words::{is_longer_than_words, is_prose_counted, word_count_spaced};

/// The largest character boundary of `text` at or below byte `index` (the end of `text` past it):
/// where a slice cut at a byte budget may end.
pub(crate) fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut at = index.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::floor_char_boundary;

    #[test]
    fn a_budget_inside_a_character_ends_before_it() {
        // "é" takes bytes 1 and 2, "字" bytes 3 to 5.
        let text = "né字";
        assert_eq!(floor_char_boundary(text, 2), 1);
        assert_eq!(floor_char_boundary(text, 3), 3);
        assert_eq!(floor_char_boundary(text, 4), 3);
        assert_eq!(floor_char_boundary(text, 6), 6);
        assert_eq!(floor_char_boundary(text, 100), 6);
        assert_eq!(floor_char_boundary("", 3), 0);
    }
}
