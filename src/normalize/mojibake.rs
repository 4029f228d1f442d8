//! Mojibake: UTF-8 text that was read once as Windows-1252 (or Latin-1) and written out again, repaired.

use super::{Edit, NormalizeContext, Normalizer};

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
    fn each_edit(&self, text: &str, _cx: &NormalizeContext, sink: &mut dyn FnMut(Edit)) {
        if !may_hold_mojibake(text) {
            return;
        }
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let Some((lead, continuations)) = lead_byte(c) else {
                continue;
            };
            let mut bytes = [lead, 0, 0];
            let mut end = at + c.len_utf8();
            let mut taken = 0;
            while taken < continuations {
                let Some((next_at, next)) =
                    chars.next_if(|&(_, next)| continuation_byte(next).is_some())
                else {
                    break;
                };
                taken += 1;
                bytes[taken] = continuation_byte(next).unwrap_or_default();
                end = next_at + next.len_utf8();
            }
            if taken == continuations {
                if let Some(repaired) = plausible_character(&bytes[..=continuations]) {
                    sink(Edit::new(at..end, repaired));
                }
            }
        }
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
/// and other blocks are no repair.
fn plausible_character(bytes: &[u8]) -> Option<String> {
    let decoded = std::str::from_utf8(bytes).ok()?;
    let mut chars = decoded.chars();
    let c = chars.next()?;
    let plausible = matches!(
        c,
        '\u{a0}'..='\u{24f}' | '\u{2010}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}' | '\u{2100}'..='\u{214f}'
    );
    (plausible && chars.next().is_none()).then(|| decoded.to_string())
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
    fn keeps_sequences_that_decode_to_no_plausible_character() {
        // "Â" and a Latin-1 C1 control decode to that control, which is no repair.
        assert_eq!(repaired("Â\u{85}"), "Â\u{85}");
    }
}
