//! Phrase lists as data: one file per language and cleaner, compiled once into one index over all of them.
//!
//! Each list lives in `src/phrases/<lang>/<cleaner>.txt`: one phrase per line, `#` starts a comment, NFC,
//! sorted. A phrase is matched against a whole block after [`fold`]ing both (case, punctuation and spacing
//! do not matter). Three placeholders widen a phrase:
//!
//! | placeholder | matches |
//! |---|---|
//! | `{n}` | a number (`12 comments`) |
//! | `{w}` | one word (`more from {w}`) |
//! | `{*}` | anything, including nothing (`we use cookies {*}`) |
//!
//! # Examples
//!
//! ```
//! use copydesk::phrases::{fold, Lang, PhraseSet};
//!
//! let set = PhraseSet::new(&[(Lang::En, "# comment\nadvertisement\n{n} comments\n")]);
//! let hit = set.find(&fold("- ADVERTISEMENT -"), Some(Lang::En)).unwrap();
//! assert_eq!(hit.phrase, "advertisement");
//! assert!(set.find(&fold("12 Comments"), None).is_some());
//! assert!(set.find(&fold("Advertisement revenue fell"), None).is_none());
//! ```

mod index;
mod lists;

pub use crate::lang::Lang;
pub(crate) use index::PhraseHits;
pub(crate) use lists::*;

use crate::measure::char_table::{is_cjk_ideograph_or_hangul_syllable, CharTable};
use crate::measure::is_format_character;
use index::PhraseIndex;
use once_cell::sync::Lazy;
use std::fmt;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// A phrase list entry that matched a block.
///
/// # Examples
///
/// ```
/// use copydesk::phrases::{fold, Lang, PhraseSet};
///
/// let set = PhraseSet::new(&[(Lang::De, "anzeige\n")]);
/// let hit = set.find(&fold("ANZEIGE"), None).unwrap();
/// assert_eq!((hit.lang, hit.phrase), (Lang::De, "anzeige"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// The language whose list held the phrase.
    pub lang: Lang,
    /// The phrase as written in the list.
    pub phrase: &'static str,
}

/// Phrase lists of several languages, compiled into one index: a hash table of the exact phrases and one
/// linear-time regex set of those with placeholders.
///
/// # Examples
///
/// ```
/// use copydesk::phrases::{fold, Lang, PhraseSet};
///
/// let set = PhraseSet::new(&[(Lang::En, "share this article\n"), (Lang::Fr, "partager cet article\n")]);
/// // With a language, that language's list and English apply.
/// assert!(set.find(&fold("Partager cet article"), Some(Lang::Fr)).is_some());
/// assert!(set.find(&fold("Partager cet article"), Some(Lang::De)).is_none());
/// // Without one, every list applies.
/// assert!(set.find(&fold("Partager cet article"), None).is_some());
/// ```
pub struct PhraseSet {
    /// The lists, as one category of an index.
    index: PhraseIndex,
    /// Languages and phrase counts, for `Debug`.
    sizes: Vec<(Lang, usize)>,
}

/// The one category of a [`PhraseSet`]'s index.
const SET_CATEGORY: u8 = 0;

impl fmt::Debug for PhraseSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.sizes.iter().copied()).finish()
    }
}

impl PhraseSet {
    /// Compiles phrase lists, one `(language, file contents)` pair each.
    ///
    /// Lists are data shipped with the crate or written by the caller; when the phrases with placeholders
    /// cannot compile (far too many), they are left out rather than panicking.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::phrases::{Lang, PhraseSet};
    ///
    /// let set = PhraseSet::new(&[(Lang::En, "advertisement\nsponsored content\n")]);
    /// assert_eq!(set.len(), 2);
    /// ```
    pub fn new(sources: &[(Lang, &'static str)]) -> PhraseSet {
        let lists: Vec<(u8, Lang, &'static str)> = sources
            .iter()
            .map(|&(lang, source)| (SET_CATEGORY, lang, source))
            .collect();
        let sizes = sources
            .iter()
            .map(|&(lang, source)| (lang, phrase_lines(source).count()))
            .filter(|&(_, n)| n > 0)
            .collect();
        PhraseSet {
            index: PhraseIndex::new(&lists),
            sizes,
        }
    }

    /// Finds a phrase that matches the whole of `folded` (a [`fold`]ed block).
    ///
    /// With `lang`, that language's list and English are searched; with `None`, every list.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::phrases::{fold, Lang, PhraseSet};
    ///
    /// let set = PhraseSet::new(&[(Lang::En, "we use cookies {*}\n")]);
    /// assert!(set.find(&fold("We use cookies to improve your experience."), None).is_some());
    /// ```
    pub fn find(&self, folded: &str, lang: Option<Lang>) -> Option<PhraseMatch> {
        self.index.find(folded, SET_CATEGORY, lang)
    }

    /// Number of phrases over all languages.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::phrases::{Lang, PhraseSet};
    /// assert!(PhraseSet::new(&[(Lang::En, "# only a comment\n")]).is_empty());
    /// ```
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// True when no list holds a phrase.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::phrases::{Lang, PhraseSet};
    /// assert!(!PhraseSet::new(&[(Lang::En, "advertisement\n")]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The phrase lines of a list file: comments and blank lines skipped, surrounding space trimmed.
pub(crate) fn phrase_lines(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(|line| line.split_once('#').map_or(line, |(head, _)| head).trim())
        .filter(|line| !line.is_empty())
}

/// Turns one phrase line into an anchored regex over folded text.
fn phrase_pattern(phrase: &str) -> String {
    let mut pattern = String::from("^");
    let mut words_so_far = 0;
    for word in phrase.split_whitespace() {
        let part = match word {
            "{n}" => r"\d+".to_string(),
            "{w}" => r"\S+".to_string(),
            "{*}" if words_so_far == 0 => {
                pattern.push_str("(?:.* )?");
                continue;
            }
            "{*}" => {
                pattern.push_str("(?: .*)?");
                continue;
            }
            _ => regex::escape(&fold(word)),
        };
        if part.is_empty() {
            continue;
        }
        if words_so_far > 0 {
            pattern.push(' ');
        }
        pattern.push_str(&part);
        words_so_far += 1;
    }
    pattern.push('$');
    pattern
}

/// Folds text for matching: lower case, punctuation and symbols turned into spaces, spaces collapsed.
///
/// Letters, digits and combining marks of every script are kept, so the fold of a Hindi or Arabic phrase
/// still spells the phrase. Format characters (zero-width spaces, soft hyphens, joiners, bidi marks,
/// stray controls) are dropped and the text is compatibility-composed (NFKC) first, so text folds the
/// same before and after the normalizers: "Abonnez-vous à" with a decomposed "à", "news\u{AD}letter"
/// or a full-width "ＡＤ" match their lists, and cleaning an article's own text again finds what the
/// first run found.
///
/// # Examples
///
/// ```
/// use copydesk::phrases::fold;
///
/// assert_eq!(fold("- Advertisement -"), "advertisement");
/// assert_eq!(fold("Home » Press"), "home press");
/// assert_eq!(fold("「広告」"), "広告");
/// assert_eq!(fold("A\u{300} la une"), fold("À la une"));
/// assert_eq!(fold("News\u{AD}letter"), "newsletter");
/// ```
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return fold_ascii(text.as_bytes());
    }
    fold_general(text)
}

/// The first word of [`fold`]`(text)`, up to ASCII case, when it is plain ASCII: the first run of ASCII
/// letters and digits, when only ASCII stands before it and what ends it is ASCII punctuation, a symbol,
/// white space or the end of the text. `None` when there is no word, or when a character of another
/// script or a control that fold takes out (joining what stands around it) may belong to the first
/// word. A cleaner that wants a block only when its first word is a certain one can tell most blocks
/// apart without folding them whole.
pub(crate) fn ascii_first_word(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii() || b.is_ascii_alphanumeric())?;
    if !bytes[start].is_ascii() {
        return None;
    }
    let len = bytes[start..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len() - start);
    let end = start + len;
    match bytes.get(end) {
        Some(&b) if !b.is_ascii() || ASCII_FOLD[usize::from(b)] == ASCII_FORMAT => None,
        _ => text.get(start..end),
    }
}

/// [`fold`] of any text: one pass when no character needs preparing, else the characters taken out
/// and the text composed first.
fn fold_general(text: &str) -> String {
    fold_checked(text, true).unwrap_or_else(|| {
        let kept: String = text.chars().filter(|&c| !is_format_character(c)).collect();
        let composed: String = kept.nfkc().collect();
        fold_checked(&composed, false).unwrap_or_default()
    })
}

/// Whether the [`fold`] of ASCII `text` opens with `key` and goes on after a space (`key` itself a
/// fold: the fold of a longer text that opens with the same words), read byte by byte as far as
/// the first difference, without folding the whole of `text`; `None` when `text` is not ASCII. A
/// cleaner comparing a short block with the opening of the long paragraphs after it reads a few
/// bytes of each instead of folding them whole.
pub(crate) fn ascii_fold_extends(text: &str, key: &str) -> Option<bool> {
    let mut folded = AsciiFoldBytes::of(text)?;
    Some(key.bytes().all(|k| folded.next() == Some(k)) && folded.next() == Some(b' '))
}

/// [`ascii_fold_extends`] with the key given unfolded: whether the [`fold`] of ASCII `text` opens
/// with the fold of ASCII `shorter` and goes on after a space, neither folded whole; `None` when
/// either is not ASCII.
pub(crate) fn ascii_fold_extends_fold_of(text: &str, shorter: &str) -> Option<bool> {
    let mut folded = AsciiFoldBytes::of(text)?;
    let mut key = AsciiFoldBytes::of(shorter)?;
    Some(key.all(|k| folded.next() == Some(k)) && folded.next() == Some(b' '))
}

/// The bytes of the [`fold`] of an ASCII text, one at a time, as [`fold_ascii`] writes them.
struct AsciiFoldBytes<'t> {
    bytes: std::slice::Iter<'t, u8>,
    /// A separator was read since the last word character.
    pending_space: bool,
    /// A word character was written.
    started: bool,
    /// The word character read with a space written before it, given next.
    held: Option<u8>,
}

impl<'t> AsciiFoldBytes<'t> {
    /// The fold's bytes of `text`, or `None` when it is not ASCII.
    fn of(text: &'t str) -> Option<Self> {
        text.is_ascii().then(|| AsciiFoldBytes {
            bytes: text.as_bytes().iter(),
            pending_space: false,
            started: false,
            held: None,
        })
    }
}

impl Iterator for AsciiFoldBytes<'_> {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        if let Some(held) = self.held.take() {
            return Some(held);
        }
        for &b in self.bytes.by_ref() {
            match ASCII_FOLD[usize::from(b & 0x7F)] {
                ASCII_SEPARATOR => self.pending_space = true,
                ASCII_FORMAT => {}
                lower => {
                    let space = self.pending_space && self.started;
                    self.pending_space = false;
                    self.started = true;
                    if space {
                        self.held = Some(lower);
                        return Some(b' ');
                    }
                    return Some(lower);
                }
            }
        }
        None
    }
}

/// [`fold`] of ASCII text, byte by byte: NFKC leaves ASCII as it is, and the controls that
/// [`is_format_character`] takes out are skipped, not read as separators.
fn fold_ascii(bytes: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut pending_space = false;
    for &b in bytes {
        match ASCII_FOLD[usize::from(b & 0x7F)] {
            ASCII_SEPARATOR => pending_space = true,
            ASCII_FORMAT => {}
            lower => {
                if pending_space && !out.is_empty() {
                    out.push(b' ');
                }
                pending_space = false;
                out.push(lower);
            }
        }
    }
    // Every byte written is ASCII.
    String::from_utf8(out).unwrap_or_default()
}

/// Whether [`fold`] must take `c` out or compose it before folding: a format character, a combining
/// mark (which composition may merge or reorder), or a character NFKC may change into other letters
/// or digits. A no-break space or an ellipsis, which NFKC changes into other separators, folds the same.
fn needs_preparing(c: char) -> bool {
    is_format_character(c)
        || canonical_combining_class(c) != 0
        || (is_nfkc_quick(std::iter::once(c)) != IsNormalized::Yes
            && (is_word_char(c) || std::iter::once(c).nfkc().any(is_word_char)))
}

/// The fold of `text`; with `check`, `None` as soon as a character [`needs_preparing`] (most text has
/// none, and is folded in this one pass).
fn fold_checked(text: &str, check: bool) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // A run of ASCII, byte by byte: the common case, without decoding or the Unicode tables.
        while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii()) {
            at += 1;
            match ASCII_FOLD[usize::from(b)] {
                ASCII_SEPARATOR => pending_space = true,
                ASCII_FORMAT if check => return None,
                ASCII_FORMAT => pending_space = true,
                lower => {
                    if pending_space && !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                    out.push(char::from(lower));
                }
            }
        }
        // `at` stands after whole characters only.
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        let known = fold_char(c);
        if check && known.map_or_else(|| needs_preparing(c), |k| k.needs_preparing) {
            return None;
        }
        if c == '\u{307}' && out.ends_with('i') {
            // A decomposed Turkish "İ": the dot above carries nothing for matching.
            continue;
        }
        if known.map_or_else(|| is_word_char(c), |k| k.word) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            match known.and_then(|k| k.lower) {
                Some(lower) => out.push(lower),
                None => push_lowercase(&mut out, c),
            }
        } else {
            pending_space = true;
        }
    }
    Some(out)
}

/// [`ASCII_FOLD`] of punctuation, symbols and white space: they separate words.
const ASCII_SEPARATOR: u8 = 0;

/// [`ASCII_FOLD`] of the ASCII controls that [`is_format_character`] takes out.
const ASCII_FORMAT: u8 = 1;

/// What [`fold`] makes of each ASCII byte: a letter or digit its lower case, other bytes
/// [`ASCII_SEPARATOR`] or [`ASCII_FORMAT`].
const ASCII_FOLD: [u8; 128] = {
    let mut table = [ASCII_SEPARATOR; 128];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = byte.to_ascii_lowercase();
        } else if matches!(byte, 0x00..=0x08 | 0x0E..=0x1F | 0x7F) {
            table[b] = ASCII_FORMAT;
        }
        b += 1;
    }
    table
};

/// Pushes the lower case of `c` as [`fold`] writes it.
fn push_lowercase(out: &mut String, c: char) {
    match c {
        // Turkish "İ" lower-cases to "i" + combining dot above; fold it to a plain "i".
        'İ' => out.push('i'),
        _ => out.extend(c.to_lowercase()),
    }
}

/// What [`fold_checked`] asks of a character, answered once per character of a [`CharTable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FoldChar {
    needs_preparing: bool,
    word: bool,
    /// The lower case [`push_lowercase`] writes, when it is one character.
    lower: Option<char>,
}

impl FoldChar {
    fn of(c: char) -> FoldChar {
        let mut lower = String::new();
        push_lowercase(&mut lower, c);
        let mut chars = lower.chars();
        FoldChar {
            needs_preparing: needs_preparing(c),
            word: is_word_char(c),
            lower: chars.next().filter(|_| chars.next().is_none()),
        }
    }
}

/// [`FoldChar`] answers for the letters and punctuation of most news text.
static FOLD_CHARS: Lazy<CharTable<FoldChar>> = Lazy::new(|| CharTable::new(FoldChar::of));

/// The [`FoldChar`] answers for `c` when they are known without the Unicode tables: from [`FOLD_CHARS`],
/// or for CJK ideographs and Hangul syllables, which are letters that neither case nor NFKC changes.
#[inline]
fn fold_char(c: char) -> Option<FoldChar> {
    FOLD_CHARS.get(c).or_else(|| {
        is_cjk_ideograph_or_hangul_syllable(c).then_some(FoldChar {
            needs_preparing: false,
            word: true,
            lower: Some(c),
        })
    })
}

/// Letters, digits and combining marks; everything else separates words when folding.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Combining marks of the scripts that news is written in (Arabic, Hebrew, Indic, Thai, generic).
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0900}'..='\u{0DFF}'
        | '\u{0E31}'..='\u{0E3A}'
        | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{3099}'..='\u{309A}'
        | '\u{FE20}'..='\u{FE2F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST_WORD_PIECES: [&str; 16] = [
        "the", "The", "city", "CITY", "é", "ı", "İ", "\u{307}", " ", "“", "-", "7", "\u{1}", "\t",
        "\u{7F}", "\u{AD}",
    ];

    proptest::proptest! {
        #[test]
        fn the_ascii_first_word_is_the_folded_first_word(
            picks in proptest::collection::vec(0..FIRST_WORD_PIECES.len(), 0..8)
        ) {
            let text: String = picks.iter().map(|&k| FIRST_WORD_PIECES[k]).collect();
            if let Some(word) = ascii_first_word(&text) {
                let folded = fold(&text);
                let folded_first = folded.split(' ').next().unwrap_or("");
                proptest::prop_assert_eq!(word.to_ascii_lowercase(), folded_first, "{:?}", text);
            }
        }
    }

    /// Whether `fold(text)` opens with `key` and a space, read from the whole fold.
    fn extends_by_the_whole_fold(text: &str, key: &str) -> bool {
        let folded = fold(text);
        folded.len() > key.len()
            && folded.starts_with(key)
            && folded.as_bytes().get(key.len()) == Some(&b' ')
    }

    proptest::proptest! {
        #[test]
        fn a_fold_read_as_far_as_it_differs_answers_as_the_whole_fold(
            text in "[a-cA-C0 .,\x01\t-]{0,24}",
            cut in 0usize..30,
        ) {
            // Keys that a fold opens with (a prefix of the text's own fold, cut anywhere, a space at
            // its end included) and keys it does not.
            let folded = fold(&text);
            let key = &folded[..cut.min(folded.len())];
            for key in [key, "a b", "b", "", " ", "ab c"] {
                proptest::prop_assert_eq!(
                    ascii_fold_extends(&text, key),
                    Some(extends_by_the_whole_fold(&text, key)),
                    "{:?} {:?}", text, key
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn two_folds_read_as_far_as_they_differ_answer_as_the_whole_folds(
            text in "[a-cA-C0 .,\x01\t-]{0,24}",
            cut in 0usize..30,
            other in "[a-c .-]{0,6}",
        ) {
            // Texts whose fold the text's own opens with (its opening, cut anywhere) and others.
            let shorter = &text[..cut.min(text.len())];
            for shorter in [shorter, other.as_str(), "a b", ""] {
                proptest::prop_assert_eq!(
                    ascii_fold_extends_fold_of(&text, shorter),
                    Some(extends_by_the_whole_fold(&text, &fold(shorter))),
                    "{:?} {:?}", text, shorter
                );
            }
            proptest::prop_assert_eq!(AsciiFoldBytes::of(&text).map(|f| f.collect::<Vec<u8>>()), Some(fold(&text).into_bytes()));
        }
    }

    #[test]
    fn a_fold_read_as_far_as_it_differs_needs_a_space_after_the_key() {
        assert_eq!(
            ascii_fold_extends_fold_of("The storm, it spread.", "The  STORM"),
            Some(true)
        );
        assert_eq!(
            ascii_fold_extends_fold_of("The storm", "The storm"),
            Some(false)
        );
        assert_eq!(ascii_fold_extends_fold_of("Le café brûle", "Le"), None);
        assert_eq!(ascii_fold_extends_fold_of("Le cafe", "Café"), None);
        let long = "The storm reached the coast on Monday night, cutting power.";
        assert_eq!(ascii_fold_extends(long, "the storm reached"), Some(true));
        assert_eq!(ascii_fold_extends(long, "the storm reach"), Some(false));
        assert_eq!(ascii_fold_extends("The storm", "the storm"), Some(false));
        assert_eq!(ascii_fold_extends("The storm!", "the storm"), Some(false));
        assert_eq!(ascii_fold_extends("The storm, it", "the storm"), Some(true));
        assert_eq!(
            ascii_fold_extends("The stormy sea", "the storm"),
            Some(false)
        );
        assert_eq!(ascii_fold_extends("Le café", "le"), None);
    }

    proptest::proptest! {
        #[test]
        fn ascii_text_folds_as_any_text(text in "[ -~\\x00-\\x1F\\x7F]{0,40}") {
            proptest::prop_assert_eq!(fold_ascii(text.as_bytes()), fold_general(&text), "{:?}", text);
        }
    }

    #[test]
    fn every_ascii_pair_folds_as_any_text() {
        for a in 0u8..128 {
            for b in 0u8..128 {
                let text = format!("x{}{}y", char::from(a), char::from(b));
                assert_eq!(fold_ascii(text.as_bytes()), fold_general(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn ascii_folds_as_the_character_rules_say() {
        for b in 0..128u8 {
            let c = char::from(b);
            let expected = if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase() as u8
            } else if is_format_character(c) {
                ASCII_FORMAT
            } else {
                ASCII_SEPARATOR
            };
            assert_eq!(ASCII_FOLD[usize::from(b)], expected, "{c:?}");
        }
    }

    #[test]
    fn known_fold_answers_are_the_unicode_tables_answers() {
        for c in (0x80..0x11000).filter_map(char::from_u32) {
            if let Some(known) = fold_char(c) {
                assert_eq!(known, FoldChar::of(c), "{c:?}");
            }
        }
    }

    #[test]
    fn fold_ignores_case_punctuation_and_spacing() {
        assert_eq!(
            fold("  Subscribe   to our NEWSLETTER! "),
            "subscribe to our newsletter"
        );
        assert_eq!(fold("Leave a Reply"), fold("LEAVE A REPLY."));
        assert_eq!(fold("…"), "");
        assert_eq!(fold("İLGİLİ HABERLER"), "ilgili haberler");
    }

    #[test]
    fn text_folds_the_same_before_and_after_normalizing() {
        // Decomposed accents, soft hyphens, zero-width spaces, joiners and compatibility forms.
        assert_eq!(
            fold("Abonnez-vous a\u{300} notre newsletter"),
            fold("Abonnez-vous à notre newsletter")
        );
        assert_eq!(
            fold("News\u{AD}letter abon\u{200B}nieren"),
            "newsletter abonnieren"
        );
        assert_eq!(fold("ＡＤＶＥＲＴＩＳＥＭＥＮＴ"), "advertisement");
        assert_eq!(fold("ﬁnd out\u{A0}more…"), "find out more");
        assert_eq!(fold("a\u{1E023}\u{A9B3}"), fold("a\u{A9B3}\u{1E023}"));
        let set = PhraseSet::new(&[(Lang::Fr, "abonnez vous à notre newsletter {*}\n")]);
        assert!(set
            .find(
                &fold("Abonnez-vous a\u{300} notre newsletter"),
                Some(Lang::Fr)
            )
            .is_some());
    }

    /// Pieces of text whose fold normalization could change: decomposed and precomposed letters,
    /// combining marks of several classes, format characters, compatibility characters.
    const PIECES: [&str; 20] = [
        "a", "e", "\u{301}", "\u{300}", "\u{316}", "é", "İ", "i", "\u{307}", " ", "-", "\u{AD}",
        "\u{200B}", "\u{200D}", "\u{A0}", "ﬁ", "Ａ", "½", "\u{64E}", "\u{651}",
    ];

    proptest::proptest! {
        #[test]
        fn fold_is_unchanged_by_the_unicode_and_invisible_normalizers(
            picks in proptest::collection::vec(0..PIECES.len(), 0..12)
        ) {
            use unicode_normalization::UnicodeNormalization;
            let text: String = picks.iter().map(|&k| PIECES[k]).collect();
            let nfc: String = text.nfc().collect();
            let nfkc: String = text.nfkc().collect();
            let visible: String = text.chars().filter(|&c| !is_format_character(c)).collect();
            proptest::prop_assert_eq!(fold(&nfc), fold(&text), "{:?}", text);
            proptest::prop_assert_eq!(fold(&nfkc), fold(&text), "{:?}", text);
            proptest::prop_assert_eq!(fold(&visible), fold(&text), "{:?}", text);
        }
    }

    #[test]
    fn placeholders_widen_a_phrase() {
        let set = PhraseSet::new(&[(Lang::En, "{n} comments\nmore from {w}\ntags {*}\n")]);
        assert!(set.find(&fold("12 comments"), None).is_some());
        assert!(set.find(&fold("many comments"), None).is_none());
        assert!(set.find(&fold("More from Reuters"), None).is_some());
        assert!(set.find(&fold("More from the wires"), None).is_none());
        assert!(set.find(&fold("Tags: politics, Japan"), None).is_some());
        assert!(set.find(&fold("Tags"), None).is_some());
    }

    #[test]
    fn the_whole_block_must_match() {
        let set = PhraseSet::new(&[(Lang::En, "advertisement\n")]);
        assert!(set
            .find(&fold("Advertisement revenue fell 8%"), None)
            .is_none());
        assert!(set.find(&fold("The advertisement"), None).is_none());
    }
}

#[cfg(test)]
mod data_tests {
    use super::lists::{shipped_lists, SHIPPED};
    use super::*;
    use regex::RegexSet;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn every_shipped_list_compiles() {
        let phrases: usize = shipped_lists()
            .iter()
            .map(|(_, _, source)| phrase_lines(source).count())
            .sum();
        assert_eq!(SHIPPED.len(), phrases);
        assert!(AD_LABEL.find("advertisement", Some(Lang::En)).is_some());
        assert!(LOADING_INDICATOR.find("advertisement", None).is_none());
    }

    #[test]
    fn every_list_file_is_nfc_sorted_without_duplicates() {
        let mut problems = Vec::new();
        for (file, lang, source) in shipped_lists() {
            let name = format!("{lang}/{file}");
            if source.nfc().collect::<String>() != source {
                problems.push(format!("{name}: not NFC"));
            }
            let lines: Vec<&str> = phrase_lines(source).collect();
            if lines.is_empty() {
                problems.push(format!("{name}: no phrases"));
            }
            for pair in lines.windows(2) {
                if pair[0] > pair[1] {
                    problems.push(format!(
                        "{name}: {:?} is out of order before {:?}",
                        pair[0], pair[1]
                    ));
                }
            }
            let mut folded: Vec<String> = lines
                .iter()
                .map(|l| fold(l) + if l.contains('{') { *l } else { "" })
                .collect();
            folded.sort();
            for pair in folded.windows(2) {
                if pair[0] == pair[1] {
                    problems.push(format!("{name}: {:?} twice", pair[0]));
                }
            }
            if RegexSet::new(lines.iter().map(|p| phrase_pattern(p))).is_err() {
                problems.push(format!("{name}: a phrase does not compile"));
            }
        }
        assert!(
            problems.is_empty(),
            "phrase list problems:\n{}",
            problems.join("\n")
        );
    }
}
