//! Alphabet scores: how well a text's letters fit each language's alphabet, as whatlang's alphabet
//! method counts them (`alphabets.txt` holds its alphabets).

use super::Allowed;
use once_cell::sync::Lazy;
use whatlang::{Lang, Script};

/// The alphabets of one script, turned around: each letter with the languages that write it.
struct LetterLanguages {
    /// Every letter of the script's alphabets, sorted, once each.
    letters: Vec<char>,
    /// For each letter, the languages whose alphabet has it (a language twice when its alphabet lists
    /// the letter twice, as whatlang counts it).
    langs: Vec<Vec<Lang>>,
    /// For each character up to the greatest letter, its index in `letters` plus one, 0 for none:
    /// one load per character of the text instead of a binary search.
    slot: Vec<u16>,
}

static LATIN: Lazy<LetterLanguages> = Lazy::new(|| LetterLanguages::of("latin"));
static CYRILLIC: Lazy<LetterLanguages> = Lazy::new(|| LetterLanguages::of("cyrillic"));

impl LetterLanguages {
    /// The alphabets of `script` in `alphabets.txt`.
    fn of(script: &'static str) -> LetterLanguages {
        let mut pairs: Vec<(char, Lang)> = Vec::new();
        for (lang, alphabet) in alphabet_lines(script) {
            pairs.extend(alphabet.chars().map(|c| (c, lang)));
        }
        // A stable sort keeps each letter's languages in file order.
        pairs.sort_by_key(|&(c, _)| c);
        let mut letters: Vec<char> = Vec::new();
        let mut langs: Vec<Vec<Lang>> = Vec::new();
        for (c, lang) in pairs {
            if letters.last() != Some(&c) {
                letters.push(c);
                langs.push(Vec::new());
            }
            if let Some(list) = langs.last_mut() {
                list.push(lang);
            }
        }
        let mut slot = vec![0u16; letters.last().map_or(0, |&c| c as usize + 1)];
        for (k, &c) in letters.iter().enumerate() {
            slot[c as usize] = k as u16 + 1;
        }
        LetterLanguages {
            letters,
            langs,
            slot,
        }
    }

    /// The index of `c` in `letters`.
    fn letter_index(&self, c: char) -> Option<usize> {
        match self.slot.get(c as usize) {
            Some(&k) if k > 0 => Some(usize::from(k) - 1),
            _ => None,
        }
    }
}

/// The `(language, alphabet)` lines of `script` in `alphabets.txt`.
fn alphabet_lines(script: &'static str) -> impl Iterator<Item = (Lang, &'static str)> {
    super::script_lines(include_str!("alphabets.txt"), script)
}

/// The letters of a text counted against the alphabets of its script, a lower-case character at a
/// time (see [`LetterTally::scores`]).
pub(super) struct LetterTally {
    /// The script's alphabets; `None` for a script without them (Arabic, Devanagari, Hebrew).
    table: Option<&'static LetterLanguages>,
    /// For each letter of `table`, twice the times it occurs.
    letter_scores: Vec<usize>,
    /// The characters counted: all but stop characters.
    counted: usize,
}

impl LetterTally {
    /// An empty tally for a text of `script`.
    pub(super) fn new(script: Script) -> LetterTally {
        let table = match script {
            Script::Latin => Some(&*LATIN),
            Script::Cyrillic => Some(&*CYRILLIC),
            _ => None,
        };
        LetterTally {
            table,
            letter_scores: vec![0; table.map_or(0, |t| t.letters.len())],
            counted: 0,
        }
    }

    /// Counts one lower-case character of the text.
    #[inline]
    pub(super) fn add(&mut self, c: char) {
        let Some(table) = self.table else {
            return;
        };
        if super::is_stop_char(c) {
            return;
        }
        self.counted += 1;
        if let Some(k) = table.letter_index(c) {
            if let Some(score) = self.letter_scores.get_mut(k) {
                *score += 2;
            }
        }
    }

    /// The alphabet scores of the allowed languages of `script` (the tally's): each language's score
    /// in 0..=1, and the number of letters counted (whatlang weighs the alphabet scores by it).
    ///
    /// Scripts without alphabets (Arabic, Devanagari, Hebrew) give every allowed language 1 over a
    /// count of 1, as whatlang does.
    pub(super) fn scores(
        &self,
        script: Script,
        allowed: &Allowed<'_>,
    ) -> (Vec<(Lang, f64)>, usize) {
        let Some(table) = self.table else {
            let scores = script
                .langs()
                .iter()
                .filter(|&&l| allowed.has(l))
                .map(|&l| (l, 1.0))
                .collect();
            return (scores, 1);
        };
        let script_langs = script.langs();
        let counted = self.counted;
        // A letter of every alphabet of the script counts for all of them.
        let mut common = 0usize;
        let mut lang_scores = vec![0usize; Lang::all().len()];
        for (k, &score) in self
            .letter_scores
            .iter()
            .enumerate()
            .filter(|(_, &s)| s > 0)
        {
            let langs = &table.langs[k];
            if langs.len() == script_langs.len() {
                common += score;
            } else {
                for &lang in langs {
                    lang_scores[lang as usize] += score;
                }
            }
        }
        let scores = script_langs
            .iter()
            .filter(|&&l| allowed.has(l))
            .map(|&l| {
                let raw = (lang_scores[l as usize] + common).saturating_sub(counted);
                (l, raw as f64 / counted as f64)
            })
            .collect();
        (scores, counted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The alphabet scores of the allowed languages of `script` for `lowercase` text.
    fn alphabet_scores(
        script: Script,
        lowercase: &str,
        allowed: &Allowed<'_>,
    ) -> (Vec<(Lang, f64)>, usize) {
        let mut tally = LetterTally::new(script);
        lowercase.chars().for_each(|c| tally.add(c));
        tally.scores(script, allowed)
    }

    fn score_of(scores: &[(Lang, f64)], lang: Lang) -> f64 {
        scores
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(-1.0, |s| s.1)
    }

    #[test]
    fn letters_outside_a_language_alphabet_lower_its_score() {
        let (scores, counted) = alphabet_scores(Script::Latin, "große straße", &Allowed::All);
        assert_eq!(counted, 11);
        assert_eq!(score_of(&scores, Lang::Deu), 1.0);
        assert!(score_of(&scores, Lang::Eng) < 1.0);
    }

    #[test]
    fn the_slot_table_finds_every_letter_and_nothing_else() {
        for table in [&*LATIN, &*CYRILLIC] {
            for c in (0..0x3000).filter_map(char::from_u32) {
                let searched = table.letters.binary_search(&c).ok();
                assert_eq!(table.letter_index(c), searched, "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn every_latin_and_cyrillic_language_has_an_alphabet() {
        for (script, name) in [(Script::Latin, "latin"), (Script::Cyrillic, "cyrillic")] {
            let listed: Vec<Lang> = alphabet_lines(name).map(|(l, _)| l).collect();
            for lang in script.langs() {
                assert!(listed.contains(lang), "{lang:?}");
            }
        }
    }

    #[test]
    fn scripts_without_alphabets_score_every_allowed_language_alike() {
        let allowed = [Lang::Heb];
        let (scores, counted) = alphabet_scores(Script::Hebrew, "שלום", &Allowed::Only(&allowed));
        assert_eq!((scores, counted), (vec![(Lang::Heb, 1.0)], 1));
    }
}
