//! Trigram scores: how far a text's most frequent trigrams stand from each language's profile, as
//! whatlang's trigram method measures it, computed from an inverted index.
//!
//! whatlang compares every profile of the script with the text, trigram by trigram: 300 hash lookups
//! per language, about 11,000 for a Latin-script text however short. The distance of a language is a sum
//! over its profile's trigrams, and a trigram the text lacks adds a constant, so the same sum is found by
//! walking the text's (at most 600) ranked trigrams once and visiting only the profiles that hold each:
//! the same distances, for a fraction of the lookups.

use super::Allowed;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;
use whatlang::{Lang, Script};

/// The largest distance one trigram adds: the distance of a profile trigram the text lacks.
const MAX_TRIGRAM_DISTANCE: u64 = 300;

/// The largest distance of a language (every trigram of a 300-trigram profile missing).
const MAX_TOTAL_DISTANCE: u64 = MAX_TRIGRAM_DISTANCE * MAX_TRIGRAM_DISTANCE;

/// The text's trigrams compared: its 600 most frequent (twice the profile size, as in whatlang).
const TEXT_TRIGRAMS: usize = 600;

/// Three characters packed in one integer, 21 bits each: integers compare as the character triples do.
type Trigram = u64;

fn pack(a: char, b: char, c: char) -> Trigram {
    ((a as u64) << 42) | ((b as u64) << 21) | (c as u64)
}

/// The profiles of one script's languages, turned around: each trigram with the languages whose
/// profile holds it, and its position there.
///
/// The postings sit in one array and the table holds ranges of it, so a lookup touches two compact
/// blocks of memory rather than a table of vectors each on the heap: a text's 600 lookups land in
/// random places of the index, and cache misses, not instructions, are their cost.
struct ProfileIndex {
    /// The script's languages, in file order.
    langs: Vec<Lang>,
    /// The number of trigrams in each language's profile.
    sizes: Vec<u64>,
    /// For each trigram, the range of its postings.
    ranges: FxHashMap<Trigram, (u32, u32)>,
    /// Postings grouped by trigram: a language's index in `langs` and the trigram's position in that
    /// language's profile, as `(language, position)`.
    postings: Vec<(u16, u16)>,
}

impl ProfileIndex {
    /// The profiles of `script` in `profiles.txt`.
    fn of(script: &'static str) -> ProfileIndex {
        let mut langs = Vec::new();
        let mut sizes = Vec::new();
        let mut entries: Vec<(Trigram, u16, u16)> = Vec::new();
        for (lang, trigrams) in super::script_lines(include_str!("profiles.txt"), script) {
            let lang_index = langs.len() as u16;
            let mut size = 0u64;
            for (position, trigram) in trigrams.split(' ').enumerate() {
                let mut chars = trigram.chars().map(|c| if c == '_' { ' ' } else { c });
                let (Some(a), Some(b), Some(c)) = (chars.next(), chars.next(), chars.next()) else {
                    continue;
                };
                entries.push((pack(a, b, c), lang_index, position as u16));
                size += 1;
            }
            langs.push(lang);
            sizes.push(size);
        }
        entries.sort_unstable();
        let mut ranges = FxHashMap::default();
        let mut postings = Vec::with_capacity(entries.len());
        for group in entries.chunk_by(|x, y| x.0 == y.0) {
            let start = postings.len() as u32;
            postings.extend(group.iter().map(|&(_, lang, position)| (lang, position)));
            ranges.insert(group[0].0, (start, postings.len() as u32));
        }
        ProfileIndex {
            langs,
            sizes,
            ranges,
            postings,
        }
    }

    /// The `(language, position)` postings of `trigram`.
    fn postings(&self, trigram: Trigram) -> &[(u16, u16)] {
        match self.ranges.get(&trigram) {
            Some(&(start, end)) => &self.postings[start as usize..end as usize],
            None => &[],
        }
    }
}

static LATIN: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("latin"));
static CYRILLIC: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("cyrillic"));
static ARABIC: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("arabic"));
static DEVANAGARI: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("devanagari"));
static HEBREW: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("hebrew"));

/// The scripts several languages share, each with its profiles.
#[cfg(test)]
pub(super) const SHARED_SCRIPTS: [Script; 5] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Arabic,
    Script::Devanagari,
    Script::Hebrew,
];

/// The profiles of a script several languages share; `None` for the others.
fn profiles(script: Script) -> Option<&'static ProfileIndex> {
    match script {
        Script::Latin => Some(&LATIN),
        Script::Cyrillic => Some(&CYRILLIC),
        Script::Arabic => Some(&ARABIC),
        Script::Devanagari => Some(&DEVANAGARI),
        Script::Hebrew => Some(&HEBREW),
        _ => None,
    }
}

/// True for the scripts whose languages are told apart by trigrams.
pub(super) fn has_profiles(script: Script) -> bool {
    profiles(script).is_some()
}

/// The text's trigrams, most frequent first (ties: the greater trigram first), at most
/// [`TEXT_TRIGRAMS`]. Characters that are no letters count as spaces, and the text is read as if a
/// space stood before and after it; a trigram of a space between two spaces, or of a space after or
/// before a space, is not counted.
fn ranked_trigrams(lowercase: &str) -> Vec<Trigram> {
    // A text of n characters has at most n + 1 trigrams, and a detection sample has about 1,000.
    let mut counts: FxHashMap<Trigram, u32> = FxHashMap::default();
    counts.reserve(lowercase.len().min(2048) / 2);
    let mut chars = lowercase
        .chars()
        .map(|c| if super::is_stop_char(c) { ' ' } else { c })
        .chain(Some(' '));
    let mut c1 = ' ';
    let mut c2 = chars.next().unwrap_or(' ');
    for c3 in chars {
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            *counts.entry(pack(c1, c2, c3)).or_insert(0) += 1;
        }
        c1 = c2;
        c2 = c3;
    }
    // Count and trigram in one integer, so that one comparison orders by count, then by trigram.
    let mut ranked: Vec<u128> = counts
        .into_iter()
        .map(|(t, n)| (u128::from(n) << 64) | u128::from(t))
        .collect();
    if ranked.len() > TEXT_TRIGRAMS {
        ranked.select_nth_unstable_by(TEXT_TRIGRAMS - 1, |a, b| b.cmp(a));
        ranked.truncate(TEXT_TRIGRAMS);
    }
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    ranked.into_iter().map(|key| key as u64).collect()
}

/// The trigram scores of the allowed languages of `script` for `lowercase` text (each in 0..=1), and
/// the number of distinct trigrams compared (whatlang's confidence depends on it). `None` for a script
/// without profiles or a text without trigrams.
pub(super) fn trigram_scores(
    script: Script,
    lowercase: &str,
    allowed: &Allowed<'_>,
) -> Option<(Vec<(Lang, f64)>, usize)> {
    let index = profiles(script)?;
    let ranked = ranked_trigrams(lowercase);
    if ranked.is_empty() {
        return None;
    }
    // Per language: the summed distance of the profile trigrams the text has, and how many it has.
    let mut found_distance = vec![0u64; index.langs.len()];
    let mut found = vec![0u64; index.langs.len()];
    for (rank, trigram) in ranked.iter().enumerate() {
        for &(lang, position) in index.postings(*trigram) {
            found_distance[lang as usize] += (rank as u64).abs_diff(u64::from(position));
            found[lang as usize] += 1;
        }
    }
    let count = ranked.len() as u64;
    // A short text cannot hold every profile trigram: the trigrams it could not hold do not count.
    let unheld = MAX_TRIGRAM_DISTANCE.saturating_sub(count) * MAX_TRIGRAM_DISTANCE;
    let max_distance = count * MAX_TRIGRAM_DISTANCE;
    let scores = index
        .langs
        .iter()
        .enumerate()
        .filter(|&(_, &lang)| allowed.has(lang))
        .map(|(k, &lang)| {
            let missing = (index.sizes[k] - found[k]) * MAX_TRIGRAM_DISTANCE;
            let distance = (found_distance[k] + missing).saturating_sub(unheld);
            let distance = distance.min(MAX_TOTAL_DISTANCE);
            let similarity = max_distance.saturating_sub(distance);
            (lang, similarity as f64 / max_distance as f64)
        })
        .collect();
    Some((scores, ranked.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unpack(t: Trigram) -> String {
        [t >> 42, (t >> 21) & 0x1F_FFFF, t & 0x1F_FFFF]
            .iter()
            .filter_map(|&c| char::from_u32(c as u32))
            .collect()
    }

    #[test]
    fn trigrams_are_ranked_by_frequency_with_spaces_at_the_ends() {
        let ranked: Vec<String> = ranked_trigrams("xaaaaabbbb    d")
            .into_iter()
            .map(unpack)
            .collect();
        assert_eq!(&ranked[..2], ["aaa", "bbb"]);
        assert!(ranked.contains(&" d ".to_string()));
        assert_eq!(ranked.len(), 8);
    }

    #[test]
    fn punctuation_and_digits_separate_words() {
        let ranked: Vec<String> = ranked_trigrams("give - it...9")
            .into_iter()
            .map(unpack)
            .collect();
        let mut sorted = ranked.clone();
        sorted.sort();
        assert_eq!(sorted, [" gi", " it", "giv", "it ", "ive", "ve "]);
    }

    #[test]
    fn every_profile_has_three_hundred_trigrams() {
        for script in SHARED_SCRIPTS {
            let index = profiles(script).unwrap();
            assert_eq!(index.langs.len(), script.langs().len(), "{script:?}");
            assert!(index.sizes.iter().all(|&n| n == 300), "{script:?}");
        }
        assert!(!has_profiles(Script::Greek));
        assert!(!has_profiles(Script::Mandarin));
    }

    #[test]
    fn a_text_scores_highest_in_its_own_language() {
        let text =
            "der stadtrat hat am montag nach einer langen debatte den neuen haushalt beschlossen";
        let (scores, _) = trigram_scores(Script::Latin, text, &Allowed::All).unwrap();
        let best = scores.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
        assert_eq!(best.0, Lang::Deu);
    }
}
