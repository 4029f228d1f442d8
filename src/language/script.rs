//! The main script of a text, as whatlang's `detect_script` finds it, in one pass that looks each
//! character up once.
//!
//! whatlang tries its 25 script tests in turn on every character (moving a test that matched one
//! place forward), so a character of no script (a curly quote, a dash) costs 25 tests. Here each
//! character is classed by one `match` over the same ranges (copied from whatlang 0.18,
//! `src/scripts/chars.rs`, MIT licence, copyright Serhii Potapov). The counts do not depend on the
//! order of the tests, since the ranges are disjoint, save two characters that whatlang counts as
//! Latin or Cyrillic by the order its tests have reached: a text with one of them, or whose two most
//! frequent scripts tie (whatlang's pick then depends on its order too), is handed to whatlang.

use whatlang::Script;

/// The scripts whatlang tells apart, each with its place in the counts.
const SCRIPTS: [Script; 25] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Arabic,
    Script::Mandarin,
    Script::Devanagari,
    Script::Hebrew,
    Script::Ethiopic,
    Script::Georgian,
    Script::Bengali,
    Script::Hangul,
    Script::Hiragana,
    Script::Katakana,
    Script::Greek,
    Script::Kannada,
    Script::Tamil,
    Script::Thai,
    Script::Gujarati,
    Script::Gurmukhi,
    Script::Telugu,
    Script::Malayalam,
    Script::Oriya,
    Script::Myanmar,
    Script::Sinhala,
    Script::Khmer,
    Script::Armenian,
];

/// What one character says of the script.
enum Class {
    /// No script's letter: a stop character, a symbol, a letter of a script whatlang does not know.
    None,
    /// A letter of the script at this place of [`SCRIPTS`].
    Of(usize),
    /// A letter two of whatlang's ranges hold (U+1D2B and U+1D78, Latin and Cyrillic).
    Either,
}

/// The class of a character that is not ASCII, by whatlang's ranges.
fn class_of(c: char) -> Class {
    let script = match c {
        '\u{1D2B}' | '\u{1D78}' => return Class::Either,
        '\u{0080}'..='\u{024F}'
        | '\u{0250}'..='\u{02AF}'
        | '\u{1D00}'..='\u{1D7F}'
        | '\u{1D80}'..='\u{1DBF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2100}'..='\u{214F}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}' => 0,
        '\u{0400}'..='\u{0484}'
        | '\u{0487}'..='\u{052F}'
        | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A640}'..='\u{A69D}'
        | '\u{A69F}' => 1,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{07FF}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10E60}'..='\u{10E7F}'
        | '\u{1EE00}'..='\u{1EEFF}' => 2,
        '\u{2E80}'..='\u{2E99}'
        | '\u{2E9B}'..='\u{2EF3}'
        | '\u{2F00}'..='\u{2FD5}'
        | '\u{3005}'
        | '\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303B}'
        | '\u{3400}'..='\u{4DB5}'
        | '\u{4E00}'..='\u{9FCC}'
        | '\u{F900}'..='\u{FA6D}'
        | '\u{FA70}'..='\u{FAD9}' => 3,
        '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{1CD0}'..='\u{1CFF}' => 4,
        '\u{0590}'..='\u{05FF}' => 5,
        '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' | '\u{AB00}'..='\u{AB2F}' => 6,
        '\u{10A0}'..='\u{10FF}' => 7,
        '\u{0980}'..='\u{09FF}' => 8,
        '\u{AC00}'..='\u{D7AF}'
        | '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3200}'..='\u{32FF}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{D7B0}'..='\u{D7FF}'
        | '\u{FF00}'..='\u{FFEF}' => 9,
        '\u{3040}'..='\u{309F}' => 10,
        '\u{30A0}'..='\u{30FF}' => 11,
        '\u{0370}'..='\u{03FF}' => 12,
        '\u{0C80}'..='\u{0CFF}' => 13,
        '\u{0B80}'..='\u{0BFF}' => 14,
        '\u{0E00}'..='\u{0E7F}' => 15,
        '\u{0A80}'..='\u{0AFF}' => 16,
        '\u{0A00}'..='\u{0A7F}' => 17,
        '\u{0C00}'..='\u{0C7F}' => 18,
        '\u{0D00}'..='\u{0D7F}' => 19,
        '\u{0B00}'..='\u{0B7F}' => 20,
        '\u{1000}'..='\u{109F}' => 21,
        '\u{0D80}'..='\u{0DFF}' => 22,
        '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}' => 23,
        '\u{0530}'..='\u{058F}' | '\u{FB13}'..='\u{FB17}' => 24,
        _ => return Class::None,
    };
    Class::Of(script)
}

/// The script most of the text's letters belong to, as `whatlang::detect_script` answers; `None`
/// for a text without letters of a known script.
pub(super) fn main_script(text: &str) -> Option<Script> {
    let mut counts = [0usize; SCRIPTS.len()];
    for c in text.chars() {
        if c.is_ascii() {
            // The ASCII characters that are no stop characters are the letters (and DEL, of no
            // script).
            counts[0] += usize::from(c.is_ascii_alphabetic());
            continue;
        }
        match class_of(c) {
            Class::None => {}
            Class::Of(k) => counts[k] += 1,
            Class::Either => return whatlang::detect_script(text),
        }
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    if most == 0 {
        return None;
    }
    let mut with_most = counts.iter().enumerate().filter(|&(_, &n)| n == most);
    match (with_most.next(), with_most.next()) {
        (Some((k, _)), None) => Some(SCRIPTS[k]),
        _ => whatlang::detect_script(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_alone_has_whatlangs_script() {
        for c in (0..0x20000).filter_map(char::from_u32) {
            let text = c.to_string();
            assert_eq!(
                main_script(&text),
                whatlang::detect_script(&text),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn mixed_texts_have_whatlangs_script() {
        for text in [
            "",
            "12:45 -- !",
            "Hello!",
            "Привет! Текст на русском with some English.",
            "Russian word любовь means love.",
            "ab вг",
            "\u{1D2B}\u{1D78} ab",
            "東京 ひらがな カタカナ",
            "“Quoted” — dashed… ’tis",
            "שלום world שלום",
        ] {
            assert_eq!(main_script(text), whatlang::detect_script(text), "{text:?}");
        }
    }
}
