//! The bottom layer of measures every stage shares: character classes (scripts, invisible and format
//! characters, a lookup table for the common blocks of Unicode) and word measures (`word_count`,
//! `is_prose`, …) that count the same way in every script.
//!
//! A leaf: it imports nothing from the crate. The public measures are re-exported by [`crate::text`].

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
