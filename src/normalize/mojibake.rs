//! Mojibake: UTF-8 text that was read once as Windows-1252 (or Latin-1) and written out again, repaired.

use super::{Edit, NormalizeContext, Normalizer};
use crate::measure::scripts::is_format_character;
use unicode_normalization::UnicodeNormalization;

/// Repairs the commonest mojibake: a character's UTF-8 bytes read one by one as Windows-1252 or
/// Latin-1 characters, so that "don’t" reads "donâ€™t", "café" "cafÃ©", "Łódź" "Åódź" and a
/// no-break space "Â ". Pages saved through a wrong charset declaration, or text decoded twice by a
/// scraper, carry it; the words it breaks no longer match their spelling anywhere else.
///
/// Only a sequence that reads back as one character is repaired: a lead of `Â`, `Ã`, `Å` (two bytes)
/// or `â` (three bytes, the punctuation block) followed by the characters of continuation bytes,
/// decoding to a letter or sign of the Latin blocks, general punctuation, currency or letterlike
/// symbols. Real text seldom puts one of those four letters right before such a sign ("Ã©", "â€™"),
/// and an isolated lead or a lead followed by a letter ("SÃO", "pâte") stays as it is.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{MojibakeNormalizer, NormalizeContext, Normalizer};
/// use copydesk::BlockKind;
///
/// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
/// let edits = MojibakeNormalizer.edits("donâ€™t go to the cafÃ©", &cx);
/// assert_eq!(edits.len(), 2);
/// assert_eq!(edits[0].replacement, "’");
/// assert_eq!(edits[1].replacement, "é");
/// // French, Portuguese and Polish as they are written stay as they are.
/// assert!(MojibakeNormalizer.edits("Une pâte, NÃO, Łódź, « café »", &cx).is_empty());
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct MojibakeNormalizer;

impl Normalizer for MojibakeNormalizer {
    fn name(&self) -> &'static str {
        "mojibake"
    }

    fn edits(&self, text: &str, cx: &NormalizeContext) -> Vec<Edit> {
        let mut edits = Vec::new();
        self.each_edit(text, cx, &mut |edit| edits.push(edit));
        edits
    }

    /// Hands each repair over as it is found, in order: a text of nothing but mojibake holds one
    /// repair every few bytes, and a list of them all would be many times the text's size.
    ///
    /// Repairs are made to a fixed point in one pass, so that cleaning the output again finds none:
    /// a repair that gives a lead ("Ãƒ©", mojibake twice over, gives "Ã©" and then "é") or a
    /// continuation (`Ã` before "â€™") is read again with its neighbours, and the invisible
    /// characters the `invisible` normalizer takes out later do not keep a lead from its
    /// continuations.
    fn each_edit(&self, text: &str, _cx: &NormalizeContext, sink: &mut dyn FnMut(Edit)) {
        if !may_hold_mojibake(text) {
            return;
        }
        let mut window = Window::default();
        let mut strays = StrayLeads::default();
        let mut emit = |piece: Piece| strays.see(piece, sink);
        for (at, c) in text.char_indices() {
            window.push(
                Piece {
                    range: at..at + c.len_utf8(),
                    c,
                    repaired: false,
                },
                &mut emit,
            );
        }
        window.flush_all(&mut emit);
        strays.end(sink);
    }
}

/// A character of the text, or the one a repair made of several.
#[derive(Debug, Clone)]
struct Piece {
    range: std::ops::Range<usize>,
    c: char,
    repaired: bool,
}

impl Piece {
    /// An invisible character the `invisible` normalizer may take out, and which is no
    /// continuation byte's character itself: it stands between a lead and its continuations
    /// without breaking them apart.
    fn is_transparent(&self) -> bool {
        is_format_character(self.c) && continuation_byte(self.c).is_none()
    }

    /// An invisible character the `invisible` normalizer takes out, continuation byte's or not.
    fn goes_later(&self) -> bool {
        !self.repaired && is_format_character(self.c)
    }
}

/// Invisible characters a lead may stand apart from its continuations by: more, and the lead is
/// given up (no text holds such runs but a made-up one).
const MAX_TRANSPARENT_RUN: usize = 32;

/// The last few characters, where a repair can still be made: at most three visible ones (a lead
/// and two continuations) and the invisible ones between them.
#[derive(Debug, Default)]
struct Window {
    pieces: std::collections::VecDeque<Piece>,
}

impl Window {
    fn push(&mut self, piece: Piece, sink: &mut dyn FnMut(Piece)) {
        self.pieces.push_back(piece);
        while self.reduce() {}
        self.trim(sink);
    }

    /// Replaces a lead and its continuations at the end of the window by the character they encode,
    /// when it is a plausible one; whether it did.
    ///
    /// A control character that is a continuation byte's (`\u{8f}`) continues a lead first; when no
    /// plausible character comes of that, it is passed over as the other invisible characters are,
    /// since the `invisible` normalizer takes it out and would leave the lead beside the next
    /// continuation ("Â\u{8f}¬" reads "¬", as "Â¬" would when cleaned again).
    fn reduce(&mut self) -> bool {
        self.reduce_over(Piece::is_transparent) || self.reduce_over(Piece::goes_later)
    }

    /// [`Window::reduce`], passing over the pieces `skipped` tells.
    fn reduce_over(&mut self, skipped: fn(&Piece) -> bool) -> bool {
        if self.pieces.back().is_none_or(skipped) {
            return false;
        }
        let visible: Vec<usize> = (0..self.pieces.len())
            .rev()
            .filter(|&i| !skipped(&self.pieces[i]))
            .take(3)
            .collect();
        for n in 2..=visible.len() {
            let lead_at = visible[n - 1];
            let Some((lead, continuations)) = lead_byte(self.pieces[lead_at].c) else {
                continue;
            };
            if continuations != n - 1 {
                continue;
            }
            let mut bytes = [lead, 0, 0];
            let all_continue = visible[..n - 1].iter().rev().enumerate().all(|(k, &i)| {
                continuation_byte(self.pieces[i].c)
                    .map(|b| bytes[k + 1] = b)
                    .is_some()
            });
            if !all_continue {
                continue;
            }
            let Some(c) = plausible_character(&bytes[..n]) else {
                continue;
            };
            let start = self.pieces[lead_at].range.start;
            let end = self.pieces.back().map_or(start, |p| p.range.end);
            self.pieces.truncate(lead_at);
            self.pieces.push_back(Piece {
                range: start..end,
                c,
                repaired: true,
            });
            return true;
        }
        false
    }

    /// Hands over the pieces no repair can reach any more: those before the last three visible
    /// ones, invisible ones before the first visible one, and a lead left too long alone.
    fn trim(&mut self, sink: &mut dyn FnMut(Piece)) {
        loop {
            let visible = self.pieces.iter().filter(|p| !p.is_transparent()).count();
            let front_transparent = self.pieces.front().is_some_and(Piece::is_transparent);
            if visible > 3 || front_transparent || self.pieces.len() > MAX_TRANSPARENT_RUN + 3 {
                let Some(piece) = self.pieces.pop_front() else {
                    return;
                };
                sink(piece);
            } else {
                return;
            }
        }
    }

    fn flush_all(&mut self, sink: &mut dyn FnMut(Piece)) {
        while let Some(piece) = self.pieces.pop_front() {
            sink(piece);
        }
    }
}

/// Hands the window's pieces over as edits, in order: a repaired piece as its repair, and a stray
/// `Â` as its removal. A no-break space written as UTF-8 and read as Latin-1 is "Â" and a no-break
/// space; where the no-break space has since gone (trimmed at the end of a paragraph, or made a plain
/// space by a scraper), the `Â` is left after a word, before a space or the end of the text
/// ("for cats.Â", "$62Â a month"). No word ends in an `Â` after a lower-case letter, a digit or a
/// sign (the capitals of ROMÂNIA stand after capitals), so a run of them there goes.
#[derive(Debug, Default)]
struct StrayLeads {
    /// The last visible character handed over, before any pending `Â`.
    before: Option<char>,
    /// The run of `Â` after it, waiting for what follows.
    pending: Option<std::ops::Range<usize>>,
    /// The repairs in that run that gave an `Â` ("Ã‚", mojibake twice over): handed over as
    /// repairs when the run stays, taken into its removal when it goes.
    pending_repairs: Vec<Piece>,
    /// Whether only spaces stand since the last run that went: the spaces of a run of no-break
    /// spaces ("1.Â Â Â ") stand between its leads.
    after_stray: bool,
}

impl StrayLeads {
    fn see(&mut self, piece: Piece, sink: &mut dyn FnMut(Edit)) {
        if piece.goes_later() {
            // Invisible characters go later, the C1 controls among them too: they part nothing
            // ("cats.Â\u{8d}" ends in a stray lead once the control has gone).
        } else if piece.c == 'Â' && self.may_follow() {
            // A repair that gives an `Â` gives what a second cleaning reads as a stray lead: it is
            // one now, or cleaning the output again would take it out.
            let start = self.pending.as_ref().map_or(piece.range.start, |r| r.start);
            self.pending = Some(start..piece.range.end);
            if piece.repaired {
                self.pending_repairs.push(piece);
            }
            return;
        } else {
            let space = piece.c.is_whitespace();
            if space {
                self.end(sink);
            } else {
                self.after_stray = false;
                self.keep_pending(sink);
            }
            self.pending = None;
            self.before = Some(piece.c);
        }
        if piece.repaired {
            sink(Edit::new(piece.range, piece.c.to_string()));
        }
    }

    /// The run pending before a visible character stays: its repairs are handed over as repairs.
    fn keep_pending(&mut self, sink: &mut dyn FnMut(Edit)) {
        for piece in self.pending_repairs.drain(..) {
            sink(Edit::new(piece.range, piece.c.to_string()));
        }
    }

    /// Whether a stray `Â` may stand here: after a character that is neither a space nor a capital,
    /// after a run of them already pending, or after spaces that follow a run that went.
    fn may_follow(&self) -> bool {
        self.pending.is_some()
            || self.after_stray
            || self
                .before
                .is_some_and(|c| !c.is_whitespace() && !c.is_uppercase())
    }

    /// The run pending before a space or the end of the text goes.
    fn end(&mut self, sink: &mut dyn FnMut(Edit)) {
        self.pending_repairs.clear();
        if let Some(range) = self.pending.take() {
            sink(Edit::new(range, String::new()));
            self.after_stray = true;
        }
    }
}

/// Whether `c`, put right after `before`, would continue a mojibake lead there: the last visible
/// character of `before` is a lead (`Â`, `Ã`, `Å`, `â`), or a continuation after `â`, and `c` is a
/// continuation's character. Another normalizer that would write such a character there (a curly
/// quote after "Ã", making "Ã’", which reads "Ò") leaves the text as it is, so that cleaning the
/// output again repairs nothing the first cleaning did not.
pub(crate) fn continues_a_lead(before: &str, c: char) -> bool {
    if continuation_byte(c).is_none() {
        return false;
    }
    let mut visible = before.chars().rev().filter(|&c| !is_format_character(c));
    match (visible.next(), visible.next()) {
        (Some(last), _) if lead_byte(last).is_some() => true,
        (Some(last), Some('â')) => continuation_byte(last).is_some(),
        _ => false,
    }
}

/// Whether `text` holds one of the four leads (`Â` `Ã` `Å` `â`, UTF-8 `C3 82`, `C3 83`, `C3 85`,
/// `C3 A2`): most texts hold none and are passed over by a byte search.
fn may_hold_mojibake(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(0xC3, bytes)
        .any(|i| matches!(bytes.get(i + 1), Some(0x82 | 0x83 | 0x85 | 0xA2)))
}

/// The UTF-8 lead byte a character stands for, and how many continuation bytes follow it: `Â` and
/// `Ã` start Latin-1's letters and signs, `Å` Latin Extended-A (Polish, Czech, Turkish), `â` general
/// punctuation (quotes, dashes, ellipsis), the euro and the trade mark sign.
fn lead_byte(c: char) -> Option<(u8, usize)> {
    match c {
        'Â' => Some((0xC2, 1)),
        'Ã' => Some((0xC3, 1)),
        'Å' => Some((0xC5, 1)),
        'â' => Some((0xE2, 2)),
        _ => None,
    }
}

/// The continuation byte (0x80 to 0xBF) a character stands for when the bytes were read as
/// Windows-1252 (`€` for 0x80, `™` for 0x99) or as Latin-1 (U+0080 to U+00BF).
fn continuation_byte(c: char) -> Option<u8> {
    let byte = match c {
        '\u{80}'..='\u{bf}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(byte)
}

/// The character `bytes` encode in UTF-8, when it is one mojibake is made of: a letter or sign of
/// Latin-1 and Latin Extended-A/B, general punctuation, currency or letterlike symbols. C1 controls
/// and other blocks are no repair. It comes in its NFC form, as the text around it is (this stage
/// runs after NFC): the ohm, kelvin and angstrom signs are the letters Ω, K and Å there.
fn plausible_character(bytes: &[u8]) -> Option<char> {
    let decoded = std::str::from_utf8(bytes).ok()?;
    let mut chars = decoded.chars();
    let c = chars.next()?;
    let plausible = matches!(
        c,
        '\u{a0}'..='\u{24f}' | '\u{2010}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}' | '\u{2100}'..='\u{214f}'
    );
    if !plausible || chars.next().is_some() {
        return None;
    }
    let mut composed = std::iter::once(c).nfc();
    match (composed.next(), composed.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::MojibakeNormalizer;
    use crate::block::BlockKind;
    use crate::normalize::{apply, NormalizeContext};

    fn repaired(text: &str) -> String {
        let mut text = text.to_string();
        let cx = NormalizeContext::new(BlockKind::Paragraph, None);
        apply(&MojibakeNormalizer, &mut text, &cx, None, &mut Vec::new());
        text
    }

    #[test]
    fn repairs_punctuation_read_as_windows_1252() {
        assert_eq!(
            repaired("Itâ€™s â€œfineâ€\u{9d} â€” really â€¦"),
            "It’s “fine” — really …"
        );
        assert_eq!(repaired("Price: 5 â‚¬, Brandâ„¢"), "Price: 5 €, Brand™");
    }

    #[test]
    fn repairs_punctuation_read_as_latin_1() {
        // The second and third bytes as C1 controls, as a decoder of Latin-1 leaves them.
        assert_eq!(
            repaired("If you\u{e2}\u{80}\u{99}ve heard"),
            "If you’ve heard"
        );
    }

    #[test]
    fn repairs_letters_and_no_break_spaces() {
        assert_eq!(repaired("cafÃ© crÃ¨me, naÃ¯ve"), "café crème, naïve");
        assert_eq!(repaired("WrocÅ‚aw, Å›wiat"), "Wrocław, świat");
        assert_eq!(repaired("100\u{c2}\u{a0}km, Â£20"), "100\u{a0}km, £20");
    }

    #[test]
    fn removes_the_lead_of_a_no_break_space_that_has_gone() {
        // The no-break space trimmed at a paragraph's end, or made a plain space.
        assert_eq!(repaired("for cats.Â"), "for cats.");
        assert_eq!(repaired("with EmbraceÂ"), "with Embrace");
        assert_eq!(repaired("$62Â a month, 10Â km"), "$62 a month, 10 km");
        assert_eq!(repaired("twice overÂÂ \u{200b}"), "twice over \u{200b}");
        assert_eq!(repaired("cats.Â\u{200b}"), "cats.\u{200b}");
        // Still there: repaired as ever.
        assert_eq!(repaired("cats.Â\u{a0}"), "cats.\u{a0}");
        // A run of no-break spaces made plain spaces: every lead goes, up to the next word.
        assert_eq!(repaired("1.Â Â Â Eat more"), "1.   Eat more");
        assert_eq!(repaired("1.Â Â word Â"), "1.  word Â");
    }

    #[test]
    fn keeps_an_a_with_circumflex_that_starts_or_ends_a_capital_word() {
        for text in ["ROMÂ NIA", "Â la une", "mot Â", "Â", "ÂÂ", "CÂ", "pâte"] {
            assert_eq!(repaired(text), text, "{text:?}");
        }
    }

    #[test]
    fn keeps_text_written_with_the_same_letters() {
        for text in [
            "Une pâte brisée, un château, la tâche.",
            "NÃO, SÃO PAULO, MAÇÃ",
            "Ångström, Århus, ÅSA",
            "ROMÂNIA, CÂMPULUNG",
            "Âge: 40 ans. Ã la carte",
            "â€",
            "Ã",
            "â\u{80}",
        ] {
            assert_eq!(repaired(text), text, "{text:?}");
        }
    }

    #[test]
    fn repairs_to_the_nfc_form_of_a_letterlike_sign() {
        // The ohm, kelvin and angstrom signs are the letters omega, K and A with ring in NFC, which
        // this stage's input is in: its repairs are too (found by the HTML mutation harness).
        assert_eq!(
            repaired("5 â„¦ and 3 â„ª, 2 â„«"),
            "5 \u{3a9} and 3 K, 2 \u{c5}"
        );
        assert_eq!(repaired("at 3 â„ƒ"), "at 3 \u{2103}");
    }

    #[test]
    fn repairs_to_a_fixed_point_so_that_a_second_reading_finds_nothing() {
        // Mojibake twice over: the first repair gives a lead, read again with what follows.
        assert_eq!(repaired("cafÃƒ©"), "café");
        // A repair that gives a continuation is read again with the lead before it.
        assert_eq!(repaired("Ãâ€™"), "Ò");
        // Invisible characters the `invisible` normalizer takes out later do not part a lead from
        // its continuation: a second reading would find them side by side.
        assert_eq!(repaired("cafÃ\u{200b}©, Ã\u{10}²"), "café, ò");
        // So do the C1 controls among them, where a lead and the control make no character: the
        // control goes, and the lead meets the continuation after it.
        assert_eq!(repaired("C»Â\u{8f}¬d"), "C»¬d");
        // A stray lead before such a control is a stray lead at the end of its word: it goes, and
        // the `invisible` normalizer takes the control out after.
        assert_eq!(repaired("for catsÂ\u{8d}"), "for cats\u{8d}");
        // A repair that gives such a lead ("Ã‚", the lead's own mojibake) gives a stray lead: it
        // goes with the run, or stays repaired before a letter.
        assert_eq!(repaired("for catsÃ‚\u{81}"), "for cats\u{81}");
        assert_eq!(repaired("$62Ã‚ a month, 10ÂÃ‚ km"), "$62 a month, 10 km");
        assert_eq!(repaired("1.Ã‚Ã‚b"), "1.ÂÂb");
        for text in [
            "cafÃƒ©",
            "Ãâ€™",
            "Ã\u{10}²",
            "donâ€™t Ã©Ã©",
            "Ã\u{200b}\u{200b}©",
            "C»Â\u{8f}¬d, Ã\u{81}\u{90}©",
            "ãÂ\u{8d}",
            "for catsÂ\u{8d}\nand dogs",
            "for catsÃ‚\u{81}",
            "1.Ã‚Ã‚b Ã‚",
        ] {
            let once = repaired(text);
            assert_eq!(repaired(&once), once, "{text:?}");
        }
    }

    #[test]
    fn keeps_sequences_that_decode_to_no_plausible_character() {
        // "Â" and a Latin-1 C1 control decode to that control, which is no repair.
        assert_eq!(repaired("Â\u{85}"), "Â\u{85}");
    }
}
