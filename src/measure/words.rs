//! How much text a block holds, measured the same way in every script.
//!
//! Chinese, Japanese and Thai do not put spaces between words, so counting whitespace-separated tokens
//! would call a whole paragraph "one word". A run of such characters counts as one word per
//! [`CHARS_PER_WORD_UNSPACED`] characters instead.

use super::char_table::letter;

/// Characters of an unspaced script (Han, Kana, Thai, …) that weigh as much as one word of a spaced one.
///
/// A Chinese word averages about 1.5–2 characters; 2 keeps thresholds conservative.
const CHARS_PER_WORD_UNSPACED: usize = 2;

/// Bytes per word past which a text is too long to be a short label of some number of words, judged
/// without counting them: words average 5 to 7 bytes with their space in Latin and Cyrillic script
/// (Cyrillic letters take two bytes), a word of an unspaced script 6 bytes (two characters of three
/// bytes). Only a text of very long tokens (URLs, file names) of few words is passed over, and the
/// cleaners that guard with it then keep it: the safe side.
const MAX_BYTES_PER_WORD: usize = 16;

/// True when `text` is too long, in bytes, to hold at most `words` words of ordinary length (see
/// [`MAX_BYTES_PER_WORD`]): a cheap test before counting words or matching phrases in a long block.
pub(crate) fn is_longer_than_words(text: &str, words: usize) -> bool {
    text.len() > words * MAX_BYTES_PER_WORD
}

/// Counts words; a run of an unspaced script (Han, Kana, Thai, …) counts one word per two characters.
///
/// # Examples
///
/// ```
/// use copydesk::text::word_count;
///
/// assert_eq!(word_count("Subscribe to our newsletter"), 4);
/// assert_eq!(word_count("- 12 -"), 1);
/// assert_eq!(word_count("東京都は月曜日に発表した"), 6);
/// ```
pub fn word_count(text: &str) -> usize {
    tally_words(text).words
}

/// [`word_count`] of a text, and whether every word of it is a token between white space: true when
/// the text has no character of an unspaced script, whose runs count one word per
/// [`CHARS_PER_WORD_UNSPACED`] characters.
pub(crate) fn word_count_spaced(text: &str) -> (usize, bool) {
    let tally = tally_words(text);
    (tally.words, !tally.saw_unspaced)
}

/// Counts the words of `text`.
fn tally_words(text: &str) -> WordTally {
    // In ASCII text the words are split at ASCII white space; in other text at any white space, which
    // takes in the vertical tab too.
    let separators = if text.is_ascii() {
        SPACE
    } else {
        SPACE | VERTICAL_TAB
    };
    let bytes = text.as_bytes();
    let mut tally = WordTally::default();
    let mut at = 0;
    'text: while at < bytes.len() {
        if tally.unspaced == 0 {
            at = tally.add_ascii_chunks(bytes, at, separators & VERTICAL_TAB == 0);
        }
        // Up to the next chunk: ASCII bytes looked up in a table without decoding, and without
        // branching on what each byte is (in prose a word ends every few bytes, too often for a branch
        // to guess); a character of another script decoded.
        let end = bytes.len().min(at + CHUNK);
        for (k, &b) in bytes[at..end].iter().enumerate() {
            let class = BYTE_CLASS[usize::from(b)];
            if class == NON_ASCII {
                at += k;
                // `at` stands at the start of a character: the bytes before it were ASCII or whole
                // characters.
                let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                    break 'text;
                };
                at += c.len_utf8();
                tally.add_char(c);
                continue 'text;
            }
            let ends_token = class & separators != 0;
            if ends_token && tally.unspaced > 0 {
                tally.end_token();
                continue;
            }
            tally.words += usize::from(ends_token & tally.spaced_word);
            tally.spaced_word = (tally.spaced_word | (class == ALPHANUMERIC)) & !ends_token;
        }
        at = end;
    }
    tally.end_token();
    tally
}

/// The words counted so far, and what the current token (the text since the last white space) holds.
#[derive(Default)]
struct WordTally {
    words: usize,
    /// Characters of unspaced scripts in the token.
    unspaced: usize,
    /// Whether the token holds a letter or digit of a spaced script.
    spaced_word: bool,
    /// Whether any token so far held a character of an unspaced script.
    saw_unspaced: bool,
}

impl WordTally {
    /// Takes in a non-ASCII character.
    fn add_char(&mut self, c: char) {
        if c.is_whitespace() {
            self.end_token();
        } else if is_unspaced_script(c) {
            self.unspaced += 1;
            self.saw_unspaced = true;
        } else if letter(c).alphanumeric {
            self.spaced_word = true;
        }
    }

    /// Takes in the 8-byte chunks of ASCII from `at` on, 8 bytes at once (a token without characters of
    /// unspaced scripts must be open); returns where it stopped: at the first chunk with a byte of
    /// another character, or with fewer than 8 bytes left. White space is ASCII white space, and in
    /// other than `ascii_text` the vertical tab too.
    fn add_ascii_chunks(&mut self, bytes: &[u8], mut at: usize, ascii_text: bool) -> usize {
        while let Some(chunk) = bytes.get(at..at + CHUNK) {
            let Ok(chunk) = <[u8; CHUNK]>::try_from(chunk) else {
                break;
            };
            let word = u64::from_le_bytes(chunk);
            if word & HIGH_BITS != 0 {
                break;
            }
            let digits = bytes_in(word, b'0', b'9');
            let letters = bytes_in(word | (ONES * 0x20), b'a', b'z');
            let mut space = bytes_in(word, b' ', b' ') | bytes_in(word, b'\t', b'\r');
            if ascii_text {
                space &= !bytes_in(word, 0x0B, 0x0B);
            }
            self.add_chunk(byte_bits(digits | letters), byte_bits(space));
            at += CHUNK;
        }
        at
    }

    /// Takes in one chunk of ASCII given as bit masks (bit `i` for byte `i`): its letters and digits,
    /// and its white space.
    #[inline]
    fn add_chunk(&mut self, alphanumeric: u32, mut space: u32) {
        // Bits from `from` on belong to the token still open.
        let mut from = 0;
        while space != 0 {
            let end = space.trailing_zeros();
            let token = alphanumeric & ((1 << end) - 1) & !((1 << from) - 1);
            self.words += usize::from(self.spaced_word || token != 0);
            self.spaced_word = false;
            from = end + 1;
            space &= space - 1;
        }
        self.spaced_word |= alphanumeric & !((1 << from) - 1) != 0;
    }

    /// Counts the token that white space (or the end of the text) ends.
    #[inline]
    fn end_token(&mut self) {
        self.words +=
            self.unspaced.div_ceil(CHARS_PER_WORD_UNSPACED) + usize::from(self.spaced_word);
        self.unspaced = 0;
        self.spaced_word = false;
    }
}

/// Bytes of ASCII taken in at once by [`WordTally::add_ascii_chunks`].
const CHUNK: usize = 8;

/// A one in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of every byte of a `u64`: set in the bytes that are not ASCII.
const HIGH_BITS: u64 = ONES * 0x80;

/// The high bit of each byte of `word` (ASCII bytes only) that lies in `low..=high`, others zero.
#[inline]
fn bytes_in(word: u64, low: u8, high: u8) -> u64 {
    // An ASCII byte plus (0x80 - low) reaches the high bit when it is at least `low`; plus
    // (0x7F - high) it stays below it when it is at most `high`. No sum carries into the next byte.
    let at_least = word + ONES * u64::from(0x80 - low);
    let above = word + ONES * u64::from(0x7F - high);
    at_least & !above & HIGH_BITS
}

/// The high bits of the eight bytes of `marks` (see [`bytes_in`]) as bits 0 to 7, byte 0 first.
#[inline]
fn byte_bits(marks: u64) -> u32 {
    // Each byte's bit, moved down to bit 0 of the byte, lands at bit 56 + its index in the product.
    (((marks >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56) as u32
}

/// [`BYTE_CLASS`] of an ASCII letter or digit.
const ALPHANUMERIC: u8 = 1;
/// [`BYTE_CLASS`] of ASCII white space: space, tab, line feed, form feed, carriage return.
const SPACE: u8 = 2;
/// [`BYTE_CLASS`] of the vertical tab: white space, but not ASCII white space.
const VERTICAL_TAB: u8 = 4;
/// [`BYTE_CLASS`] of a byte of a non-ASCII character.
const NON_ASCII: u8 = 8;

/// What [`word_count`] asks of each byte; 0 for ASCII punctuation, symbols and other controls.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else if byte.is_ascii_whitespace() {
            SPACE
        } else if byte == 0x0B {
            VERTICAL_TAB
        } else {
            0
        };
        b += 1;
    }
    table
};

/// True when the text has at least `n` words (as [`word_count`] counts them), without counting further.
///
/// # Examples
///
/// ```
/// use copydesk::text::has_words;
/// assert!(has_words("one two three", 3));
/// assert!(!has_words("one two", 3));
/// ```
pub fn has_words(text: &str, n: usize) -> bool {
    if text.is_ascii() {
        // As in `word_count`: a token is a word when it holds a letter or digit.
        let words = text
            .split_ascii_whitespace()
            .filter(|token| token.bytes().any(|b| b.is_ascii_alphanumeric()));
        return words.take(n).count() == n;
    }
    let mut words = 0;
    for token in text.split_whitespace() {
        words += word_count(token);
        if words >= n {
            return true;
        }
    }
    n == 0
}

/// True for characters of scripts written without spaces between words.
///
/// # Examples
///
/// ```
/// use copydesk::text::is_unspaced_script;
/// assert!(is_unspaced_script('漢'));
/// assert!(is_unspaced_script('か'));
/// assert!(!is_unspaced_script('a'));
/// assert!(!is_unspaced_script('한')); // Korean uses spaces
/// ```
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'     // Thai, Lao
        | '\u{1000}'..='\u{109F}'   // Myanmar
        | '\u{1780}'..='\u{17FF}'   // Khmer
        | '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'   // half-width Katakana
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B–F
    )
}

/// True when the text ends like a sentence: `.`, `!`, `?`, `…`, their CJK and Arabic forms, possibly
/// followed by closing quotes or brackets.
///
/// # Examples
///
/// ```
/// use copydesk::text::ends_sentence;
/// assert!(ends_sentence("He left."));
/// assert!(ends_sentence("“We won,” she said.”"));
/// assert!(ends_sentence("会議は終わった。"));
/// assert!(!ends_sentence("Latest news"));
/// ```
pub fn ends_sentence(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '」' | '』' | '）'
            )
    });
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', '؟', '।', '｡'])
}

/// Words in a block that make it read as running prose rather than a label or a menu entry.
const PROSE_MIN_WORDS: usize = 10;

/// Words past which a block counts as prose even without a sentence end (long captions, run-on lines).
const PROSE_LONG_WORDS: usize = 25;

/// True when a block reads like running prose: a sentence of some length, not a label.
///
/// # Examples
///
/// ```
/// use copydesk::text::is_prose;
/// assert!(is_prose("The storm reached the coast on Monday night, cutting power to thousands."));
/// assert!(!is_prose("Related articles"));
/// ```
pub fn is_prose(text: &str) -> bool {
    is_prose_counted(text, word_count(text))
}

/// [`is_prose`] for a text whose [`word_count`] is already known.
pub(crate) fn is_prose_counted(text: &str, words: usize) -> bool {
    words >= PROSE_LONG_WORDS || (words >= PROSE_MIN_WORDS && ends_sentence(text))
}

/// True when the text holds at least one letter or digit of any script.
///
/// # Examples
///
/// ```
/// use copydesk::text::has_word_chars;
/// assert!(has_word_chars("§ 3"));
/// assert!(!has_word_chars("• … |"));
/// ```
pub fn has_word_chars(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_length_guard_passes_labels_and_stops_long_blocks() {
        // Short labels of ordinary words, in spaced and unspaced scripts, are within the guard.
        for (label, words) in [
            ("Share this article", 3),
            ("Поделиться в соцсетях", 3),
            ("分享这篇文章", 3),
        ] {
            assert!(!is_longer_than_words(label, words), "{label}");
            assert!(word_count(label) <= words, "{label}");
        }
        // A paragraph is past it without a count of its words.
        let paragraph =
            "The council met on Monday evening and voted to close the old bridge. ".repeat(3);
        assert!(is_longer_than_words(&paragraph, 12));
    }

    /// Words as whitespace-separated tokens: in ASCII text split at ASCII white space, a token counting
    /// when it holds a letter or digit; elsewhere split at any white space, a token counting one word
    /// for a letter or digit of a spaced script and one per two characters of an unspaced one.
    fn word_count_by_tokens(text: &str) -> usize {
        if text.is_ascii() {
            return text
                .split_ascii_whitespace()
                .filter(|token| token.bytes().any(|b| b.is_ascii_alphanumeric()))
                .count();
        }
        text.split_whitespace()
            .map(|token| {
                let unspaced = token.chars().filter(|&c| is_unspaced_script(c)).count();
                let spaced = token
                    .chars()
                    .any(|c| !is_unspaced_script(c) && c.is_alphanumeric());
                unspaced.div_ceil(CHARS_PER_WORD_UNSPACED) + usize::from(spaced)
            })
            .sum()
    }

    proptest::proptest! {
        #[test]
        fn word_count_counts_tokens(
            text in "[a-zA-Z09 .,;'\"\t\n\r\x0B\x0C\x1C-\u{1F}\u{85}\u{A0}\u{2003}\u{200B}\u{3000}é\u{301}Ж東京かナ한ไ١²€“”—…🙂-]{0,40}",
        ) {
            proptest::prop_assert_eq!(word_count(&text), word_count_by_tokens(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        #[test]
        fn word_count_counts_tokens_of_long_texts(
            text in "([a-zA-Z09 .,;'\t\n\r\x0B\x0C@\\[`{-]{0,30}[é東京\u{3000}\u{85}]?){0,8}",
        ) {
            proptest::prop_assert_eq!(word_count(&text), word_count_by_tokens(&text), "{:?}", text);
        }
    }

    #[test]
    fn ascii_chunks_count_as_their_bytes_do() {
        let bytes: Vec<u8> = (0u8..128).collect();
        for window in bytes.windows(CHUNK) {
            let text = std::str::from_utf8(window).unwrap();
            for shifted in [
                text.to_string(),
                format!("x{text}"),
                format!("é{text}x{text}"),
            ] {
                assert_eq!(
                    word_count(&shifted),
                    word_count_by_tokens(&shifted),
                    "{shifted:?}"
                );
            }
        }
    }

    #[test]
    fn word_count_counts_tokens_of_every_character() {
        for c in (0..0x3_1000).filter_map(char::from_u32) {
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("東{c}京 x"),
                format!("{c}{c}{c}"),
            ] {
                assert_eq!(
                    word_count(&text),
                    word_count_by_tokens(&text),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn has_words_says_whether_word_count_reaches_n(
            text in "[a-z0-9 .,\t\n\x0B\x0C\x1C-\u{1F}\u{A0}é東京-]{0,24}",
            n in 0usize..8
        ) {
            proptest::prop_assert_eq!(has_words(&text, n), word_count(&text) >= n, "{:?}", text);
        }
    }
}
