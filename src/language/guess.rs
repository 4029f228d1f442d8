//! A language guess with its confidence, as whatlang's default ("combined") method makes it.
//!
//! whatlang finds the text's main script first. A script one language writes (Greek, Georgian, Hangul…)
//! names the language, and Han characters are told from Japanese by the share of kana: whatlang answers
//! those cheaply, and is asked. For a script several languages share (Latin, Cyrillic, Arabic,
//! Devanagari, Hebrew), the guess blends an alphabet score and a trigram score per language; that is
//! computed here, from inverted indexes, with whatlang's formulas, so the answer is whatlang's.

use super::alphabets::LetterTally;
use super::trigrams::{has_profiles, trigram_scores, TrigramReader};
use super::Allowed;
use whatlang::{Lang, Script};

/// whatlang's threshold: a guess is reliable when its confidence is above it.
const RELIABLE_CONFIDENCE: f64 = 0.9;

/// A detected language and how sure the detector is of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Guess {
    pub(super) lang: Lang,
    pub(super) confidence: f64,
}

impl Guess {
    /// True when the guess can be acted on.
    pub(super) fn is_reliable(&self) -> bool {
        self.confidence > RELIABLE_CONFIDENCE
    }
}

/// The language of `text` among the allowed ones, as whatlang's detector with the same allowlist
/// guesses it; `None` when the text has no letters of a known script.
pub(super) fn guess(text: &str, allowed: &Allowed<'_>) -> Option<Guess> {
    let script = super::script::main_script(text)?;
    if !has_profiles(script) {
        let info = allowed.whatlang_detector().detect(text)?;
        return Some(Guess {
            lang: info.lang(),
            confidence: info.confidence(),
        });
    }
    // The text is read once, lower-cased a character at a time, for both scores.
    let mut letters = LetterTally::new(script);
    let mut trigrams = TrigramReader::with_capacity(text.len());
    each_lowercase_char(text, |c| {
        letters.add(c);
        trigrams.add(c);
    });
    blended_guess(script, &letters, trigrams, allowed)
}

/// Calls `f` with each character of `text.to_lowercase()`, without writing it out: every character
/// lower-cases alone (`char::to_lowercase`) save a capital sigma, which takes the final form at the
/// end of a word; a text that has one is lower-cased whole.
fn each_lowercase_char(text: &str, mut f: impl FnMut(char)) {
    if text.contains('Σ') {
        text.to_lowercase().chars().for_each(f);
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            f(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut f);
        }
    }
}

/// The guess for a script several languages share: alphabet and trigram scores blended, the alphabet
/// weighing more in a short text.
fn blended_guess(
    script: Script,
    letters: &LetterTally,
    trigrams: TrigramReader,
    allowed: &Allowed<'_>,
) -> Option<Guess> {
    let (alphabet, letters) = letters.scores(script, allowed);
    let (trigram, trigrams) = trigram_scores(script, &trigrams.ranking(), allowed)?;
    let alphabet_weight = alphabet_weight(letters);
    let trigram_weight = 1.0 - alphabet_weight;
    // The lists are in the same order when the profiles file lists the script's languages as
    // whatlang does: the language at the same place is tried first.
    let score_in = |scores: &[(Lang, f64)], k: usize, lang: Lang| match scores.get(k) {
        Some(&(l, score)) if l == lang => score,
        _ => scores.iter().find(|(l, _)| *l == lang).map_or(0.0, |s| s.1),
    };
    // Both lists hold the same languages (the script's allowed ones); the order does not matter, since
    // only the best score's language and the two best scores decide.
    let mut best: Option<(Lang, f64)> = None;
    let mut second: Option<f64> = None;
    for (k, &(lang, a)) in alphabet.iter().enumerate() {
        let score = a * alphabet_weight + score_in(&trigram, k, lang) * trigram_weight;
        match best {
            Some((_, top)) if score <= top => {
                second = Some(second.map_or(score, |s| s.max(score)));
            }
            _ => {
                second = best.map(|(_, top)| top);
                best = Some((lang, score));
            }
        }
    }
    let (lang, top) = best?;
    let confidence = match second {
        Some(next) => confidence(top, next, trigrams),
        None => 1.0,
    };
    Some(Guess { lang, confidence })
}

/// The alphabet score's weight: 2/3 for a text of no letters, falling to 1/3 at 100 letters.
fn alphabet_weight(letters: usize) -> f64 {
    let weight = -(letters as f64 / 300.0) + 2.0 / 3.0;
    weight.clamp(1.0 / 3.0, 2.0 / 3.0)
}

/// How far the best score stands above the second best, relative to what a text with `count` trigrams
/// needs to be sure: 1 when far enough.
fn confidence(best: f64, second: f64, count: usize) -> f64 {
    if best == 0.0 {
        return 0.0;
    }
    if second == 0.0 {
        return best;
    }
    let confident_rate = (3.0 / count as f64) + 0.015;
    let rate = (best - second) / second;
    if rate > confident_rate {
        1.0
    } else {
        rate / confident_rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tie_for_the_best_score_is_no_confidence() {
        assert_eq!(confidence(0.5, 0.5, 100), 0.0);
        assert_eq!(confidence(0.0, 0.0, 100), 0.0);
        assert_eq!(confidence(0.6, 0.0, 100), 0.6);
        assert_eq!(confidence(0.9, 0.5, 100), 1.0);
    }

    #[test]
    fn the_alphabet_weighs_less_as_the_text_grows() {
        assert_eq!(alphabet_weight(0), 2.0 / 3.0);
        assert_eq!(alphabet_weight(1000), 1.0 / 3.0);
        assert!(alphabet_weight(50) < alphabet_weight(10));
    }

    #[test]
    fn one_allowed_language_is_a_sure_guess() {
        let only = [Lang::Eng];
        let guess = guess("the council met on monday", &Allowed::Only(&only)).unwrap();
        assert_eq!((guess.lang, guess.confidence), (Lang::Eng, 1.0));
    }

    #[test]
    fn scripts_of_one_language_name_it() {
        let guess = guess("Η κυβέρνηση ανακοίνωσε νέα μέτρα", &Allowed::All).unwrap();
        assert_eq!(guess.lang, Lang::Ell);
        assert!(guess.is_reliable());
    }
}
