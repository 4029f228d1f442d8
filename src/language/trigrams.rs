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
    /// The profiles of `script` in `profiles.txt`, of the languages `keep` keeps.
    fn of(script: &'static str, keep: impl Fn(Lang) -> bool) -> ProfileIndex {
        let mut langs = Vec::new();
        let mut sizes = Vec::new();
        let mut entries: Vec<(Trigram, u16, u16)> = Vec::new();
        let lines = super::script_lines(include_str!("profiles.txt"), script);
        for (lang, trigrams) in lines.filter(|&(lang, _)| keep(lang)) {
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

/// Every language of the script.
fn all(_: Lang) -> bool {
    true
}

/// The languages copydesk has phrase lists for.
fn listed(lang: Lang) -> bool {
    super::LISTED.contains(&lang)
}

static LATIN: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("latin", all));
static CYRILLIC: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("cyrillic", all));
static ARABIC: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("arabic", all));
static DEVANAGARI: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("devanagari", all));
static HEBREW: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("hebrew", all));

// The same, of the languages with phrase lists alone: the check of a page's declared language
// compares only those (and the declared one), and a trigram's postings of other languages would be
// read for nothing (in Latin script, 9 of the 39 profiles).
static LATIN_LISTED: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("latin", listed));
static CYRILLIC_LISTED: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("cyrillic", listed));
static ARABIC_LISTED: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("arabic", listed));
static DEVANAGARI_LISTED: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("devanagari", listed));
static HEBREW_LISTED: Lazy<ProfileIndex> = Lazy::new(|| ProfileIndex::of("hebrew", listed));

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

/// The profiles of a script several languages share, of only the languages with phrase lists.
fn listed_profiles(script: Script) -> Option<&'static ProfileIndex> {
    match script {
        Script::Latin => Some(&LATIN_LISTED),
        Script::Cyrillic => Some(&CYRILLIC_LISTED),
        Script::Arabic => Some(&ARABIC_LISTED),
        Script::Devanagari => Some(&DEVANAGARI_LISTED),
        Script::Hebrew => Some(&HEBREW_LISTED),
        _ => None,
    }
}

/// True for the scripts whose languages are told apart by trigrams.
pub(super) fn has_profiles(script: Script) -> bool {
    profiles(script).is_some()
}

/// The text's trigrams in the order whatlang ranks them: most frequent first, ties broken by the
/// greater trigram first. Characters that are no letters count as spaces, and the text is read as if
/// a space stood before and after it; a trigram of a space between two spaces, or of a space after or
/// before a space, is not counted.
///
/// The rank of a trigram is found without sorting the ranking itself: the text's trigrams are sorted
/// once as they occur (one flat array, no map of counts), which groups each trigram's occurrences;
/// a trigram's rank is then the number of trigrams more frequent than it (from a histogram of the
/// counts) plus the number as frequent and greater (counted while the groups are read from the
/// greatest trigram down).
pub(super) struct Ranking {
    /// The distinct trigrams, in increasing order.
    trigrams: Vec<Trigram>,
    /// How often each of `trigrams` occurs.
    counts: Vec<u32>,
}

/// Reads a text's trigrams a lower-case character at a time, into a [`Ranking`].
pub(super) struct TrigramReader {
    /// Every trigram counted, as it occurs.
    occurrences: Vec<Trigram>,
    /// The two characters before the next one (stop characters as spaces); `None` before the
    /// first character.
    last: Option<(char, char)>,
}

impl TrigramReader {
    /// A reader for a text of about `chars` characters.
    pub(super) fn with_capacity(chars: usize) -> TrigramReader {
        TrigramReader {
            // A text of n characters has at most n + 1 trigrams.
            occurrences: Vec::with_capacity(chars + 1),
            last: None,
        }
    }

    /// Reads one lower-case character of the text.
    #[inline]
    pub(super) fn add(&mut self, c: char) {
        let c3 = if super::is_stop_char(c) { ' ' } else { c };
        match self.last {
            None => self.last = Some((' ', c3)),
            Some((c1, c2)) => {
                self.push(c1, c2, c3);
                self.last = Some((c2, c3));
            }
        }
    }

    #[inline]
    fn push(&mut self, c1: char, c2: char, c3: char) {
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            self.occurrences.push(pack(c1, c2, c3));
        }
    }

    /// The ranking of the trigrams read, the text read as if a space followed it.
    pub(super) fn ranking(mut self) -> Ranking {
        if let Some((c1, c2)) = self.last {
            self.push(c1, c2, ' ');
        }
        let mut trigrams = self.occurrences;
        trigrams.sort_unstable();
        // Each run of equal trigrams becomes one trigram and its count, written over the runs.
        let mut counts: Vec<u32> = Vec::with_capacity(trigrams.len());
        let (mut read, mut written) = (0, 0);
        while let Some(&trigram) = trigrams.get(read) {
            let run = trigrams[read..]
                .iter()
                .take_while(|&&t| t == trigram)
                .count();
            trigrams[written] = trigram;
            written += 1;
            counts.push(run as u32);
            read += run;
        }
        trigrams.truncate(written);
        Ranking { trigrams, counts }
    }
}

impl Ranking {
    /// The ranking of `lowercase` text's trigrams.
    #[cfg(test)]
    fn of(lowercase: &str) -> Ranking {
        let mut reader = TrigramReader::with_capacity(lowercase.len());
        lowercase.chars().for_each(|c| reader.add(c));
        reader.ranking()
    }

    /// The number of distinct trigrams.
    fn len(&self) -> usize {
        self.trigrams.len()
    }

    /// Calls `visit(rank, trigram)` for each trigram ranked below `limit`, the greater trigrams first.
    fn for_each_below(&self, limit: usize, mut visit: impl FnMut(usize, Trigram)) {
        let most = self.counts.iter().copied().max().unwrap_or(0) as usize;
        // For each count, the rank of the next trigram of that count: first the number of trigrams
        // more frequent than it.
        let mut next_rank = vec![0usize; most + 2];
        for &n in &self.counts {
            next_rank[n as usize] += 1;
        }
        let mut above = 0;
        for slot in next_rank.iter_mut().rev() {
            let here = *slot;
            *slot = above;
            above += here;
        }
        for (&trigram, &n) in self.trigrams.iter().zip(&self.counts).rev() {
            let slot = &mut next_rank[n as usize];
            let rank = *slot;
            *slot += 1;
            if rank < limit {
                visit(rank, trigram);
            }
        }
    }
}

/// The trigram scores of the allowed languages of `script` for a text's `ranking` (each in 0..=1), and
/// the number of distinct trigrams compared (whatlang's confidence depends on it). `None` for a script
/// without profiles or a text without trigrams.
pub(super) fn trigram_scores(
    script: Script,
    ranking: &Ranking,
    allowed: &Allowed<'_>,
) -> Option<(Vec<(Lang, f64)>, usize)> {
    // A language's score depends on its own profile alone: when every allowed language has phrase
    // lists, the index of those languages gives their scores, in the same order.
    let index = match allowed {
        Allowed::Only(langs) if langs.iter().all(|&l| listed(l)) => listed_profiles(script)?,
        _ => profiles(script)?,
    };
    if ranking.len() == 0 {
        return None;
    }
    // Per language: the summed distance of the profile trigrams the text has, and how many it has.
    let mut found_distance = vec![0u64; index.langs.len()];
    let mut found = vec![0u64; index.langs.len()];
    ranking.for_each_below(TEXT_TRIGRAMS, |rank, trigram| {
        for &(lang, position) in index.postings(trigram) {
            found_distance[lang as usize] += (rank as u64).abs_diff(u64::from(position));
            found[lang as usize] += 1;
        }
    });
    let compared = ranking.len().min(TEXT_TRIGRAMS);
    let count = compared as u64;
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
    Some((scores, compared))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text's ranked trigrams, at most [`TEXT_TRIGRAMS`], as [`Ranking`] ranks them.
    fn ranked_trigrams(lowercase: &str) -> Vec<Trigram> {
        let ranking = Ranking::of(lowercase);
        let mut ranked = vec![None; ranking.len().min(TEXT_TRIGRAMS)];
        ranking.for_each_below(TEXT_TRIGRAMS, |rank, trigram| {
            assert!(ranked[rank].is_none(), "rank {rank} given twice");
            ranked[rank] = Some(trigram);
        });
        ranked
            .into_iter()
            .map(|t| t.expect("every rank given"))
            .collect()
    }

    /// The same ranking as whatlang makes it: counted in a map, sorted by count and trigram, both
    /// descending, cut to [`TEXT_TRIGRAMS`].
    fn ranked_by_sorting(lowercase: &str) -> Vec<Trigram> {
        let mut counts: std::collections::HashMap<Trigram, u32> = Default::default();
        let mut chars = lowercase
            .chars()
            .map(|c| {
                if super::super::is_stop_char(c) {
                    ' '
                } else {
                    c
                }
            })
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
        let mut ranked: Vec<(u32, Trigram)> = counts.into_iter().map(|(t, n)| (n, t)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        ranked.truncate(TEXT_TRIGRAMS);
        ranked.into_iter().map(|(_, t)| t).collect()
    }

    #[test]
    fn the_ranks_are_those_of_sorting_by_count_and_trigram() {
        let long = "the council approved the new budget on monday after a debate that lasted well \
            into the night; der stadtrat hat am montag den neuen haushalt beschlossen. "
            .repeat(12);
        let many: String = (0..2000u32)
            .filter_map(|k| char::from_u32(0x61 + k % 26).zip(char::from_u32(0x61 + k / 26 % 26)))
            .map(|(a, b)| format!("{a}{b}{a} "))
            .collect();
        for text in [
            "",
            " ",
            "a",
            "aaaa",
            "xaaaaabbbb    d",
            "give - it...9",
            "große straße, привет мир",
            long.as_str(),
            many.as_str(),
        ] {
            assert_eq!(ranked_trigrams(text), ranked_by_sorting(text), "{text:?}");
        }
    }

    #[test]
    fn a_reader_made_for_a_shorter_text_grows() {
        let text = "the council approved the new budget on monday after a long debate".repeat(20);
        let mut reader = TrigramReader::with_capacity(0);
        text.chars().for_each(|c| reader.add(c));
        let ranking = reader.ranking();
        let mut ranked = vec![0; ranking.len().min(TEXT_TRIGRAMS)];
        ranking.for_each_below(TEXT_TRIGRAMS, |rank, trigram| ranked[rank] = trigram);
        assert_eq!(ranked, ranked_by_sorting(&text));
    }

    proptest::proptest! {
        #[test]
        fn ranks_agree_with_sorting_on_any_text(text in "[a-pß .]{0,1500}") {
            proptest::prop_assert_eq!(ranked_trigrams(&text), ranked_by_sorting(&text));
        }
    }

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
        let (scores, _) = trigram_scores(Script::Latin, &Ranking::of(text), &Allowed::All).unwrap();
        let best = scores.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
        assert_eq!(best.0, Lang::Deu);
    }

    #[test]
    fn the_listed_languages_score_the_same_in_their_own_index() {
        let listed_only: Vec<Lang> = super::super::LISTED.clone();
        let mut with_czech = listed_only.clone();
        with_czech.push(Lang::Ces);
        for (script, text) in [
            (
                Script::Latin,
                "der stadtrat hat am montag den neuen haushalt beschlossen",
            ),
            (
                Script::Latin,
                "el concejo aprobó el nuevo presupuesto el lunes",
            ),
            (
                Script::Cyrillic,
                "президент заявил что переговоры продолжатся",
            ),
            (
                Script::Arabic,
                "قال المتحدث باسم الحكومة إن المفاوضات ستستمر",
            ),
        ] {
            let ranking = Ranking::of(text);
            let (own, _) = trigram_scores(script, &ranking, &Allowed::Only(&listed_only)).unwrap();
            let (full, _) = trigram_scores(script, &ranking, &Allowed::Only(&with_czech)).unwrap();
            let full: Vec<(Lang, f64)> =
                full.into_iter().filter(|&(l, _)| l != Lang::Ces).collect();
            assert!(!own.is_empty(), "{text}");
            assert_eq!(own, full, "{text}");
        }
    }
}
