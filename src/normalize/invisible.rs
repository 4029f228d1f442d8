//! Invisible characters: removed when they carry nothing, kept where they carry meaning.

use super::{Edit, NormalizeContext, Normalizer};
use crate::block::BlockKind;
use crate::measure::scripts::{
    is_bidi_control, is_emoji_part, is_invisible_junk, is_joining_script, is_rtl, is_unusual_space,
    ZWJ, ZWNJ,
};
use std::ops::Range;

/// Removes invisible characters that carry nothing and turns unusual spaces into plain ones.
///
/// - Removed: zero-width space, a BOM inside the text, soft hyphen, word joiner, invisible operators,
///   control characters other than tab and line breaks.
/// - Made plain spaces: no-break, narrow no-break, en/em/thin/hair, ideographic and other Unicode spaces.
/// - Kept where they carry meaning: ZWNJ and ZWJ between letters of Arabic-script (Persian, Urdu, …),
///   Indic and other joining scripts, and ZWJ inside emoji sequences (👩‍💻); removed when stray
///   (between Latin letters, at a word's edge).
/// - Bidi marks and controls (LRM, RLM, ALM, embeddings, overrides, isolates) are kept in a block that
///   holds right-to-left letters and removed from a block that holds none; with
///   [`strip_bidi`](InvisibleNormalizer::strip_bidi) they are removed everywhere.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{InvisibleNormalizer, NormalizeContext, Normalizer};
/// use copydesk::BlockKind;
///
/// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
/// let edits = InvisibleNormalizer::default().edits("soft\u{ad}ware\u{a0}now", &cx);
/// assert_eq!(edits.len(), 2);
/// assert_eq!(edits[0].replacement, "");
/// assert_eq!(edits[1].replacement, " ");
/// // Persian keeps its zero-width non-joiner.
/// assert!(InvisibleNormalizer::default().edits("می\u{200c}خواهم", &cx).is_empty());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct InvisibleNormalizer {
    strip_bidi: bool,
}

impl InvisibleNormalizer {
    /// A normalizer that keeps bidi marks in right-to-left text.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{InvisibleNormalizer, Normalizer};
    /// assert_eq!(InvisibleNormalizer::new().name(), "invisible");
    /// ```
    pub fn new() -> InvisibleNormalizer {
        InvisibleNormalizer::default()
    }

    /// Whether bidi marks and controls are removed from right-to-left text too.
    ///
    /// # Default
    ///
    /// `false`: they are kept in blocks with right-to-left letters, where they fix the order of numbers
    /// and Latin words.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{InvisibleNormalizer, NormalizeContext, Normalizer};
    /// use copydesk::BlockKind;
    ///
    /// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
    /// let hebrew = "שלום\u{200f} 2024";
    /// assert!(InvisibleNormalizer::new().edits(hebrew, &cx).is_empty());
    /// assert_eq!(InvisibleNormalizer::new().strip_bidi(true).edits(hebrew, &cx).len(), 1);
    /// ```
    pub fn strip_bidi(mut self, yes: bool) -> InvisibleNormalizer {
        self.strip_bidi = yes;
        self
    }
}

impl Normalizer for InvisibleNormalizer {
    fn name(&self) -> &'static str {
        "invisible"
    }

    fn edits(&self, text: &str, cx: &NormalizeContext) -> Vec<Edit> {
        let mut edits = Vec::new();
        self.each_edit(text, cx, &mut |edit| edits.push(edit));
        edits
    }

    fn each_edit(&self, text: &str, cx: &NormalizeContext, sink: &mut dyn FnMut(Edit)) {
        // Whether the block holds right-to-left letters, found at its first bidi mark.
        let mut keep_bidi: Option<bool> = None;
        if cx.kind() == BlockKind::Preformatted {
            self.line_edits(text, &mut keep_bidi, sink);
        } else {
            self.scan(text, 0..text.len(), &mut keep_bidi, sink);
        }
    }
}

impl InvisibleNormalizer {
    /// The edits of a preformatted block, line by line: a line that holds nothing but characters this
    /// normalizer removes (and whitespace) goes with its line break. Text input counts such a line as a
    /// line of the block, not as the blank line that ends a block; left empty, it would be one when
    /// the article's text is read again, and the block would be split there.
    fn line_edits(&self, text: &str, keep_bidi: &mut Option<bool>, sink: &mut dyn FnMut(Edit)) {
        let mut line_start = 0;
        // Whether the lines so far all went, each with the line break after it.
        let mut all_went = true;
        for line in text.split_inclusive('\n') {
            let end = line_start + line.len();
            let body_end = line_start + line.trim_end_matches('\n').len();
            if !self.empties(text, line_start..body_end, keep_bidi) {
                all_went = false;
                self.scan(text, line_start..body_end, keep_bidi, sink);
            } else if all_went {
                // At the top of the block: with the line break after it.
                sink(Edit::new(line_start..end, ""));
            } else {
                // With the line break before it, which ends the line kept above it.
                sink(Edit::new(line_start - 1..body_end, ""));
            }
            line_start = end;
        }
    }

    /// Whether the line at `range` holds a character this normalizer removes and nothing else but
    /// whitespace.
    fn empties(&self, text: &str, range: Range<usize>, keep_bidi: &mut Option<bool>) -> bool {
        let mut removes_one = false;
        for (offset, c) in text[range.clone()].char_indices() {
            if c.is_whitespace() {
                continue;
            }
            if self.replacement(text, range.start + offset, c, keep_bidi) != Some("") {
                return false;
            }
            removes_one = true;
        }
        removes_one
    }

    /// The edits of the characters in `range` of `text`, in order.
    fn scan(
        &self,
        text: &str,
        range: Range<usize>,
        keep_bidi: &mut Option<bool>,
        sink: &mut dyn FnMut(Edit),
    ) {
        let bytes = &text.as_bytes()[..range.end];
        let mut at = range.start;
        while at < bytes.len() {
            // Eight printable ASCII bytes at once (most of most text): none starts an edit.
            if bytes.get(at..at + 8).is_some_and(is_printable_ascii) {
                at += 8;
                continue;
            }
            if !MAY_START_EDIT[usize::from(bytes[at])] {
                at += 1;
                continue;
            }
            // `MAY_START_EDIT` marks ASCII and leading bytes only: `at` starts a character.
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let end = at + c.len_utf8();
            if let Some(replacement) = self.replacement(text, at, c, keep_bidi) {
                sink(Edit::new(at..end, replacement));
            }
            at = end;
        }
    }

    /// What the character `c` at byte `i` of `text` becomes, when this normalizer changes it.
    fn replacement(
        &self,
        text: &str,
        i: usize,
        c: char,
        keep_bidi: &mut Option<bool>,
    ) -> Option<&'static str> {
        if is_invisible_junk(c) {
            Some("")
        } else if is_unusual_space(c) {
            Some(" ")
        } else if c == ZWNJ || c == ZWJ {
            let before = Before::joiner(&text[..i]);
            let next = text[i + c.len_utf8()..]
                .chars()
                .find(|&n| !is_invisible_junk(n));
            (!joins_meaningfully(c, before, next)).then_some("")
        } else if is_bidi_control(c) {
            let keep =
                *keep_bidi.get_or_insert_with(|| !self.strip_bidi && text.chars().any(is_rtl));
            (!keep).then_some("")
        } else {
            None
        }
    }
}

/// First bytes of the UTF-8 encodings of every character this normalizer may change: the ASCII controls
/// it removes, and the leading bytes of U+0080–U+00BF (C1 controls, no-break space, soft hyphen), of
/// U+061C, of U+1680, of U+2000–U+206F, of U+3000 and of U+FEFF. Other bytes are passed over unread.
const MAY_START_EDIT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] =
            matches!(b, 0x00..=0x08 | 0x0E..=0x1F | 0x7F | 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
        b += 1;
    }
    table
};

/// Whether eight bytes are all printable ASCII (space to tilde), none of them marked in
/// [`MAY_START_EDIT`]: told of the eight at once, each byte's answer in its high bit (a byte below
/// the space borrows as it is taken from, a byte from DEL up carries or has its high bit set).
fn is_printable_ascii(eight: &[u8]) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let Ok(eight) = <[u8; 8]>::try_from(eight) else {
        return false;
    };
    let x = u64::from_le_bytes(eight);
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGHS;
    let from_del = (x.wrapping_add(ONES) | x) & HIGHS;
    below_space | from_del == 0
}

/// What stands before a joiner, read as the next pass reads it: past the invisible characters this
/// normalizer removes, and over the combining marks back to the letter they sit on. Removing those
/// characters lets NFC put the marks in canonical order, so a virama is sought among all of them, not
/// only in the last place (`क\u{301}\u{feff}\u{94d}\u{200c}` reads `क\u{94d}\u{301}\u{200c}` next time).
/// Each walk stops at a letter, and a joiner is one: the walks never overlap, the work stays linear.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Before {
    /// The character the marks sit on, or the first mark when nothing is under them.
    letter: Option<char>,
    /// Whether a virama is among the marks (or is the letter).
    virama: bool,
}

impl Before {
    fn joiner(text: &str) -> Before {
        use unicode_normalization::char::canonical_combining_class as ccc;
        let mut before = Before {
            letter: None,
            virama: false,
        };
        for c in text.chars().rev().filter(|&c| !is_invisible_junk(c)) {
            before.virama |= is_virama(c);
            before.letter = Some(c);
            if ccc(c) == 0 {
                break;
            }
        }
        before
    }
}

/// Whether a ZWNJ or ZWJ after `before` and before `next` shapes a joining script or glues an emoji
/// sequence.
fn joins_meaningfully(c: char, before: Before, next: Option<char>) -> bool {
    // After a virama a joiner picks the consonant's form, at a word's end too: Malayalam chillu (ൻ
    // written ന്‍), Bengali khanda-ta (ৎ written ত্‍), Devanagari's explicit halant.
    if before.virama {
        return true;
    }
    let (Some(prev), Some(next)) = (before.letter, next) else {
        return false;
    };
    let script = is_joining_script(prev) && is_joining_script(next);
    let emoji = c == ZWJ && is_emoji_part(prev) && is_emoji_part(next);
    script || emoji
}

/// The viramas (halants) of the Indic and Southeast Asian scripts.
fn is_virama(c: char) -> bool {
    matches!(
        c,
        '\u{094D}'
            | '\u{09CD}'
            | '\u{0A4D}'
            | '\u{0ACD}'
            | '\u{0B4D}'
            | '\u{0BCD}'
            | '\u{0C4D}'
            | '\u{0CCD}'
            | '\u{0D4D}'
            | '\u{0DCA}'
            | '\u{1039}'
            | '\u{103A}'
            | '\u{17D2}'
            | '\u{1B44}'
            | '\u{A8C4}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_are_printable_ascii_as_each_byte_is() {
        for fill in [b' ', b'a', b'~', 0x1F, 0x7F, 0x80] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut eight = [fill; 8];
                    eight[at] = b;
                    let one_by_one = eight.iter().all(|b| (0x20..=0x7E).contains(b));
                    assert_eq!(is_printable_ascii(&eight), one_by_one, "{eight:?}");
                    if one_by_one {
                        assert!(eight.iter().all(|&b| !MAY_START_EDIT[usize::from(b)]));
                    }
                }
            }
        }
        assert!(!is_printable_ascii(b"short"));
    }
    use crate::block::BlockKind;

    fn run(normalizer: InvisibleNormalizer, text: &str) -> String {
        let mut out = text.to_string();
        let cx = NormalizeContext::new(BlockKind::Paragraph, None);
        super::super::apply(&normalizer, &mut out, &cx, Some(0), &mut Vec::new());
        out
    }

    fn run_preformatted(text: &str) -> String {
        let mut out = text.to_string();
        let cx = NormalizeContext::new(BlockKind::Preformatted, None);
        let normalizer = InvisibleNormalizer::new();
        super::super::apply(&normalizer, &mut out, &cx, Some(0), &mut Vec::new());
        out
    }

    #[test]
    fn a_joiner_keeps_its_virama_behind_marks_and_invisible_characters() {
        let clean = |t: &str| run(InvisibleNormalizer::new(), t);
        // Canonical order puts a virama (class 9) before an accent (230): the virama counts there.
        assert_eq!(
            clean("क\u{94d}\u{301}\u{200c}ष"),
            "क\u{94d}\u{301}\u{200c}ष"
        );
        // An invisible character between the virama and the joiner goes; the joiner stays.
        assert_eq!(clean("क\u{94d}\u{feff}\u{200c}ष"), "क\u{94d}\u{200c}ष");
        // The walk stops at the letter: a virama before it does not count.
        assert_eq!(clean("क\u{94d}क\u{301}\u{200c}x"), "क\u{94d}क\u{301}x");
        // Persian: a zero-width space beside the joiner does not hide the letters it joins.
        assert_eq!(clean("می\u{200b}\u{200c}خواهم"), "می\u{200c}خواهم");
        // Between Latin letters a joiner still goes.
        assert_eq!(clean("La\u{301}\u{200c}tin"), "La\u{301}tin");
    }

    #[test]
    fn a_code_line_of_invisible_characters_goes_with_its_line_break() {
        // Left as an empty line, it would end the block when the text is read again.
        let cases = [
            ("x = 1;\n\u{5}\n  y = 2;", "x = 1;\n  y = 2;"),
            ("x = 1;\n \u{feff}\u{200b} \n  y = 2;", "x = 1;\n  y = 2;"),
            ("\u{200b}\nx = 1;", "x = 1;"),
            ("x = 1;\n\u{ad}", "x = 1;"),
            ("x = 1;\n\u{5}\n\u{5}", "x = 1;"),
            ("x = 1;\n\u{5}\n\u{5}\n  y = 2;", "x = 1;\n  y = 2;"),
            // Lines with anything else keep their line breaks; only the invisible characters go.
            ("x = 1;\n\u{200b}z\n  y = 2;", "x = 1;\nz\n  y = 2;"),
            ("x = 1;\n\n  y\u{ad} = 2;", "x = 1;\n\n  y = 2;"),
            ("a\u{a0}b\n\u{a0}\nc", "a b\n \nc"),
        ];
        for (text, want) in cases {
            assert_eq!(run_preformatted(text), want, "{text:?}");
        }
        // A paragraph's line breaks are the whitespace normalizer's business.
        assert_eq!(run(InvisibleNormalizer::new(), "a\n\u{5}\nb"), "a\n\nb");
    }

    #[test]
    fn every_character_it_may_change_starts_with_a_marked_byte() {
        let may_change = |c: char| {
            is_invisible_junk(c)
                || is_unusual_space(c)
                || c == ZWNJ
                || c == ZWJ
                || is_bidi_control(c)
        };
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| may_change(c))
        {
            let mut utf8 = [0; 4];
            let first = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(MAY_START_EDIT[usize::from(first)], "{c:?}");
        }
        let continuation = &MAY_START_EDIT[0x80..0xC0];
        assert!(
            continuation.iter().all(|&marked| !marked),
            "a continuation byte is marked"
        );
    }

    fn clean(text: &str) -> String {
        run(InvisibleNormalizer::new(), text)
    }

    #[test]
    fn removes_zero_width_and_soft_hyphens_in_latin_and_cyrillic() {
        assert_eq!(clean("news\u{200b}paper"), "newspaper");
        assert_eq!(clean("co\u{ad}op\u{2060}er\u{feff}ate"), "cooperate");
        assert_eq!(clean("Мо\u{ad}сква\u{200b}"), "Москва");
    }

    #[test]
    fn removes_stray_controls_but_not_tabs_or_line_breaks() {
        assert_eq!(clean("a\u{7}b\u{1b}c\u{85}d\u{9c}e"), "abc\u{85}de");
        assert_eq!(clean("a\tb\nc\r\nd"), "a\tb\nc\r\nd");
    }

    #[test]
    fn unusual_spaces_become_plain() {
        assert_eq!(clean("10\u{a0}km"), "10 km");
        assert_eq!(clean("«\u{202f}Bonjour\u{202f}»"), "« Bonjour »");
        assert_eq!(clean("東京\u{3000}大阪"), "東京 大阪");
        assert_eq!(clean("a\u{2009}b\u{200a}c"), "a b c");
    }

    #[test]
    fn keeps_zwnj_in_persian_and_zwj_in_devanagari() {
        let persian = "می\u{200c}خواهم و کتاب\u{200c}ها";
        assert_eq!(clean(persian), persian);
        let devanagari = "क्\u{200d}ष और क्\u{200c}ष";
        assert_eq!(clean(devanagari), devanagari);
    }

    #[test]
    fn keeps_a_word_final_joiner_after_a_virama() {
        // Malayalam chillu n (ന് + ZWJ) and Bengali khanda-ta (ত্ + ZWJ) at a word's end.
        let malayalam = "അവന\u{0D4D}\u{200d} പോയി";
        let bengali = "উত\u{09CD}\u{200d}";
        assert_eq!(clean(malayalam), malayalam);
        assert_eq!(clean(bengali), bengali);
        // A joiner after a plain letter at a word's end is still stray.
        assert_eq!(clean("അവന\u{200d} പോയി"), "അവന പോയി");
    }

    #[test]
    fn removes_stray_joiners() {
        assert_eq!(clean("Lat\u{200c}in"), "Latin");
        assert_eq!(clean("Lat\u{200d}in"), "Latin");
        assert_eq!(clean("کتاب\u{200c} بعدی"), "کتاب بعدی"); // at a word's edge
        assert_eq!(clean("\u{200d}start"), "start");
    }

    #[test]
    fn keeps_emoji_zwj_sequences() {
        let family = "👨\u{200d}👩\u{200d}👧 and 👩🏽\u{200d}💻 and 🏳\u{fe0f}\u{200d}🌈";
        assert_eq!(clean(family), family);
    }

    #[test]
    fn bidi_marks_stay_in_rtl_text_only() {
        let hebrew = "המחיר\u{200f} 20 \u{2067}ש\"ח\u{2069}";
        assert_eq!(clean(hebrew), hebrew);
        let arabic = "السعر\u{61c} 20";
        assert_eq!(clean(arabic), arabic);
        assert_eq!(clean("plain\u{200e} English"), "plain English");
        assert_eq!(
            run(InvisibleNormalizer::new().strip_bidi(true), hebrew),
            "המחיר 20 ש\"ח"
        );
    }

    #[test]
    fn cjk_text_is_untouched() {
        let text = "東京都は２０２４年、「新しい計画」を発表した。한국어 텍스트";
        assert_eq!(clean(text), text);
    }

    #[test]
    fn is_idempotent() {
        for text in [
            "a\u{ad}\u{200c}b \u{200d}👩\u{200d}💻",
            "ی\u{ad}\u{200c}خ",
            "x\u{a0}\u{200b}\u{a0}y",
            "שלום\u{200f} test\u{200e}",
        ] {
            let once = clean(text);
            assert_eq!(clean(&once), once, "{text:?}");
        }
    }

    #[test]
    fn every_edit_is_recorded() {
        let mut text = "a\u{200b}b\u{a0}c".to_string();
        let mut changes = Vec::new();
        let cx = NormalizeContext::new(BlockKind::Paragraph, None);
        super::super::apply(
            &InvisibleNormalizer::new(),
            &mut text,
            &cx,
            Some(3),
            &mut changes,
        );
        let log: Vec<(&str, &str)> = changes
            .iter()
            .map(|c| (c.from.as_str(), c.to.as_str()))
            .collect();
        assert_eq!(log, [("\u{200b}", ""), ("\u{a0}", " ")]);
        assert!(changes
            .iter()
            .all(|c| c.normalizer == "invisible" && c.block == Some(3)));
    }
}
