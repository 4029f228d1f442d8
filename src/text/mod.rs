//! Plain-text input: splitting page text into blocks, and measuring text in every script.

pub(crate) mod char_table;
mod locate;
mod measure;
mod situation;
mod split;

pub use locate::{locate_body, MAX_LEAD_IN_BLOCKS};
pub(crate) use locate::{locate_measured, Measured};
pub use measure::{
    ends_sentence, has_word_chars, has_words, is_prose, is_unspaced_script, word_count,
    CHARS_PER_WORD_UNSPACED,
};
pub(crate) use measure::{is_prose_counted, word_count_spaced};
pub(crate) use situation::{short_lines_apart, Evidence};
pub use split::split_blocks;
