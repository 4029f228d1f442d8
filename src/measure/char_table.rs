//! Answers about characters, looked up in a table built once, for the blocks of Unicode most news text is
//! written in: U+0080–U+07FF (Latin-1 and Latin Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic) and
//! General Punctuation, U+2000–U+206F (dashes, curly quotes, the ellipsis, spaces and joiners), and
//! U+3000–U+30FF (CJK punctuation, Hiragana, Katakana). Other
//! characters get `None`, and the caller asks the Unicode tables, which search ranges for every question.

use super::scripts::is_format_character;
use once_cell::sync::Lazy;
use std::ops::Range;

/// The blocks the tables cover: U+0080–U+07FF, from the end of ASCII to the start of the Indic scripts;
/// General Punctuation; CJK Symbols and Punctuation, Hiragana and Katakana.
const BLOCKS: [Range<u32>; 3] = [0x80..0x800, 0x2000..0x2070, 0x3000..0x3100];

/// One answer per character of the [`BLOCKS`], computed once by the slow function it stands for.
pub(crate) struct CharTable<T> {
    tables: [Box<[T]>; 3],
}

impl<T: Copy> CharTable<T> {
    /// The table of `answer` for every character of the blocks.
    pub(crate) fn new(answer: impl Fn(char) -> T) -> CharTable<T> {
        let fill = |range: Range<u32>| range.filter_map(char::from_u32).map(&answer).collect();
        CharTable {
            tables: BLOCKS.map(fill),
        }
    }

    /// The answer for `c`, when `c` is in the table.
    #[inline]
    pub(crate) fn get(&self, c: char) -> Option<T> {
        let code = u32::from(c);
        let block = BLOCKS.iter().position(|block| code < block.end)?;
        let index = code.checked_sub(BLOCKS[block].start)? as usize;
        self.tables[block].get(index).copied()
    }
}

/// What counting letters and words asks of a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Letter {
    /// [`char::is_alphabetic`].
    pub alphabetic: bool,
    /// [`char::is_alphanumeric`].
    pub alphanumeric: bool,
    /// White space or an invisible format character ([`is_format_character`]).
    pub invisible: bool,
}

impl Letter {
    fn of(c: char) -> Letter {
        Letter {
            alphabetic: c.is_alphabetic(),
            alphanumeric: c.is_alphanumeric(),
            invisible: c.is_whitespace() || is_format_character(c),
        }
    }
}

static LETTERS: Lazy<CharTable<Letter>> = Lazy::new(|| CharTable::new(Letter::of));

/// [`Letter`] facts of a character, from the table when it covers `c`; CJK ideographs and Hangul
/// syllables are visible letters.
#[inline]
pub(crate) fn letter(c: char) -> Letter {
    if let Some(known) = LETTERS.get(c) {
        return known;
    }
    if is_cjk_ideograph_or_hangul_syllable(c) {
        return Letter {
            alphabetic: true,
            alphanumeric: true,
            invisible: false,
        };
    }
    Letter::of(c)
}

/// CJK Unified Ideographs and Hangul syllables: letters of one case, which NFKC leaves as they are.
#[inline]
pub(crate) fn is_cjk_ideograph_or_hangul_syllable(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_covered_character_gets_its_own_answer() {
        let table = CharTable::new(u32::from);
        for range in BLOCKS {
            for c in range.filter_map(char::from_u32) {
                assert_eq!(table.get(c), Some(u32::from(c)), "{c:?}");
            }
        }
    }

    #[test]
    fn characters_outside_the_blocks_are_not_covered() {
        let table = CharTable::new(|_| ());
        for c in [
            'a',
            '\u{7F}',
            '\u{800}',
            '\u{1FFF}',
            '\u{2070}',
            '東',
            '\u{10FFFF}',
        ] {
            assert_eq!(table.get(c), None, "{c:?}");
        }
    }

    #[test]
    fn letters_agree_with_the_unicode_tables_everywhere() {
        for c in (0..0x11000).filter_map(char::from_u32) {
            assert_eq!(letter(c), Letter::of(c), "{c:?}");
        }
    }
}
