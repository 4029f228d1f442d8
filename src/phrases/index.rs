//! Many phrase lists behind one lookup, over every list at once: hash tables for the exact phrases and
//! for those open at one end ("we use cookies {*}", "{*} all rights reserved"), and for the few other
//! phrases with placeholders ("{n} comments on {*}"), one regex each, tried only on blocks that hold
//! the phrase's fixed words (found for all of them at once by one Aho-Corasick automaton).
//!
//! Hash lookups keep the cost per block to a few probes at its word boundaries; one regex set over
//! thousands of open-ended patterns would instead build lazy-DFA states for nearly every new block.
//!
//! A block is looked up once and the answer kept ([`PhraseHits`]); each cleaner then asks the hits for
//! its own category and language instead of running its own automaton over the block again.

use super::{fold, phrase_lines, phrase_pattern, Lang, PhraseMatch};
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// One phrase of one list.
struct Entry {
    /// Which list (cleaner category) the phrase belongs to.
    category: u8,
    /// The list's language.
    lang: Lang,
    /// The list's position among the lists given: earlier lists win.
    list: u16,
    /// The phrase's position in its list: earlier phrases win.
    line: u32,
    /// The phrase as written.
    phrase: &'static str,
}

/// Every phrase of some lists, matched against a whole folded block in one lookup.
pub(crate) struct PhraseIndex {
    entries: Vec<Entry>,
    /// Folded exact phrases (no placeholder) to their entries.
    exact: HashMap<String, Vec<u32>>,
    /// Phrases open at their end ("read more {*}"), by their folded fixed part.
    prefixes: Affixes,
    /// Phrases open at their start ("{*} all rights reserved"), by their folded fixed part.
    suffixes: Affixes,
    /// The other phrases with placeholders.
    patterns: Patterns,
    /// For each category, the most words a block can have and match one of its phrases without `{*}`.
    closed_words: Vec<usize>,
    /// Every one-word block that matches some phrase is one of these: an exact phrase, the fixed part
    /// of an open-ended one, or the literal of a pattern, of one word. Most one-word blocks (menu
    /// entries) are none, and are answered with one probe.
    one_word_keys: HashSet<String>,
}

/// Phrases with placeholders inside or at both ends: a regex each, behind a literal prefilter.
struct Patterns {
    /// The longest run of fixed words of each literal-bearing pattern (folded), in the order of
    /// `by_literal`.
    literals: Vec<String>,
    /// The literals by their first word, as slots of `by_literal`. A literal is a run of whole words
    /// and a folded block is words joined by single spaces, so a block holds a literal only where one
    /// of its words is the literal's first: one hash probe per word of the block finds every
    /// literal it holds. (An Aho-Corasick automaton over the literals walked a table a transition a
    /// byte, nearly every one a read the cache had lost since the last block.)
    by_first_word: HashMap<String, Vec<usize>>,
    /// The [`WordSign`]s of the keys of `by_first_word`: a word whose sign is not among them opens
    /// no literal, and is passed over without hashing it.
    first_word_signs: WordSigns,
    /// For each literal, the patterns (entry, regex) that need it.
    by_literal: Vec<Vec<(u32, LazyRegex)>>,
    /// Patterns without a fixed word ("{n} {*}"): tried on every block.
    always: Vec<(u32, LazyRegex)>,
}

/// A phrase's regex, compiled the first time a block is tried against it: most phrases with
/// placeholders never are (their literal is on no page), and compiling them all took more than
/// the rest of the phrase index.
struct LazyRegex {
    pattern: String,
    /// `None` once it failed to compile: a phrase too large to compile matches nothing.
    regex: once_cell::sync::OnceCell<Option<Regex>>,
}

impl LazyRegex {
    fn new(pattern: String) -> LazyRegex {
        LazyRegex {
            pattern,
            regex: once_cell::sync::OnceCell::new(),
        }
    }

    fn is_match(&self, text: &str) -> bool {
        self.regex
            .get_or_init(|| Regex::new(&self.pattern).ok())
            .as_ref()
            .is_some_and(|regex| regex.is_match(text))
    }
}

impl Patterns {
    fn new(phrases: Vec<(u32, &str)>) -> Patterns {
        let mut literal_ids: HashMap<String, usize> = HashMap::default();
        let mut literals: Vec<String> = Vec::new();
        let mut by_literal: Vec<Vec<(u32, LazyRegex)>> = Vec::new();
        let mut always = Vec::new();
        for (id, phrase) in phrases {
            // A phrase too large to compile matches nothing, as if left out (the doc of
            // `PhraseSet::new`).
            let regex = LazyRegex::new(phrase_pattern(phrase));
            match longest_fixed_run(phrase) {
                Some(literal) => {
                    let next = literal_ids.len();
                    let slot = *literal_ids.entry(literal.clone()).or_insert(next);
                    if slot == by_literal.len() {
                        by_literal.push(Vec::new());
                        literals.push(literal);
                    }
                    by_literal[slot].push((id, regex));
                }
                None => always.push((id, regex)),
            }
        }
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::default();
        for (slot, literal) in literals.iter().enumerate() {
            let first = literal.split(' ').next().unwrap_or(literal);
            by_first_word
                .entry(first.to_string())
                .or_default()
                .push(slot);
        }
        let mut first_word_signs = WordSigns::default();
        for first in by_first_word.keys() {
            first_word_signs.insert(first.as_bytes());
        }
        Patterns {
            literals,
            by_first_word,
            first_word_signs,
            by_literal,
            always,
        }
    }

    /// Adds the entries whose pattern matches the whole of `folded`.
    fn extend_hits(&self, folded: &str, hits: &mut Vec<u32>) {
        let mut try_all = |candidates: &[(u32, LazyRegex)]| {
            for (id, regex) in candidates {
                if regex.is_match(folded) && !hits.contains(id) {
                    hits.push(*id);
                }
            }
        };
        try_all(&self.always);
        if self.by_first_word.is_empty() {
            return;
        }
        // Each word of the block, with the literals that open with it: one that the block holds
        // from there to the end of a word (the end or a space) is held between word boundaries.
        let bytes = folded.as_bytes();
        let mut start = 0;
        // One pass over the block for its spaces; the end of the last word after them.
        let ends = memchr::memchr_iter(b' ', bytes).chain(std::iter::once(bytes.len()));
        for end in ends {
            let word = &bytes[start..end];
            if !self.first_word_signs.may_hold(word) {
                start = end + 1;
                continue;
            }
            if let Some(slots) = self.by_first_word.get(&folded[start..end]) {
                for &slot in slots {
                    let literal = self.literals[slot].as_bytes();
                    let after = start + literal.len();
                    if bytes[start..].starts_with(literal)
                        && (after == bytes.len() || bytes[after] == b' ')
                    {
                        try_all(&self.by_literal[slot]);
                    }
                }
            }
            start = end + 1;
        }
    }

    /// The literals of one word: a one-word block holds a literal only when it is one of them.
    fn one_word_literals(&self) -> impl Iterator<Item = &String> {
        self.literals.iter().filter(|l| !l.contains(' '))
    }
}

/// Bits of a [`WordSigns`] set: with a few hundred words in the set, about one word in ten that is
/// none of them shares a sign with one.
const WORD_SIGN_BITS: usize = 4096;

/// A set of cheap signatures of words (their length, first and last bytes): a word whose signature
/// is not in the set is none of the words put in, told with a few instructions instead of a hash of
/// the word and a probe of a table.
struct WordSigns(Box<[u64; WORD_SIGN_BITS / 64]>);

impl Default for WordSigns {
    fn default() -> Self {
        WordSigns(Box::new([0; WORD_SIGN_BITS / 64]))
    }
}

impl WordSigns {
    fn sign(word: &[u8]) -> usize {
        let first = usize::from(word.first().copied().unwrap_or(0));
        let last = usize::from(word.last().copied().unwrap_or(0));
        (first ^ last << 4 ^ word.len() << 7) % WORD_SIGN_BITS
    }

    fn insert(&mut self, word: &[u8]) {
        let sign = Self::sign(word);
        self.0[sign / 64] |= 1 << (sign % 64);
    }

    /// False when `word` is certainly none of the words inserted.
    fn may_hold(&self, word: &[u8]) -> bool {
        let sign = Self::sign(word);
        self.0[sign / 64] & 1 << (sign % 64) != 0
    }
}

/// The longest run of fixed words of a phrase with placeholders, folded: a block that matches the
/// phrase holds it between word boundaries.
fn longest_fixed_run(phrase: &str) -> Option<String> {
    phrase
        .split(['{', '}'])
        .enumerate()
        // Odd pieces are the placeholders' names.
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, piece)| fold(piece))
        .filter(|run| !run.is_empty())
        .max_by_key(String::len)
}

/// Fixed parts of phrases open at one end, the most words any of them has, and the words they have at
/// the block's edge (the first word of a prefix, the last of a suffix).
#[derive(Default)]
struct Affixes {
    entries: HashMap<String, Vec<u32>>,
    max_words: usize,
    /// A block whose edge word is none of these matches no phrase here: one probe instead of one per
    /// word boundary.
    edge_words: HashSet<String>,
}

impl Affixes {
    fn insert(&mut self, fixed: String, id: u32, edge_word: &str) {
        self.max_words = self.max_words.max(fixed.split(' ').count());
        self.edge_words.insert(edge_word.to_string());
        self.entries.entry(fixed).or_default().push(id);
    }

    /// Adds the entries of the block's `parts` (its prefixes or suffixes, shortest first), looked up
    /// only when its `edge_word` (its first or last word) is the edge of some entry.
    fn extend_hits<'t>(
        &self,
        edge_word: &str,
        parts: impl Iterator<Item = &'t str>,
        hits: &mut Vec<u32>,
    ) {
        if !self.edge_words.contains(edge_word) {
            return;
        }
        for part in parts.take(self.max_words.max(1)) {
            hits.extend(self.entries.get(part).into_iter().flatten());
        }
    }

    fn prefix(&mut self, fixed: String, id: u32) {
        let first = fixed.split(' ').next().unwrap_or("").to_string();
        self.insert(fixed, id, &first);
    }

    fn suffix(&mut self, fixed: String, id: u32) {
        let last = fixed.rsplit(' ').next().unwrap_or("").to_string();
        self.insert(fixed, id, &last);
    }
}

/// The words of every block a phrase without `{*}` matches (`{n}` and `{w}` stand for one word each),
/// or `None` for an open-ended phrase.
fn closed_words(phrase: &str) -> Option<usize> {
    if phrase.contains("{*}") {
        return None;
    }
    let words = |word: &str| match word {
        "{n}" | "{w}" => 1,
        _ => fold(word).split(' ').filter(|w| !w.is_empty()).count(),
    };
    Some(phrase.split_whitespace().map(words).sum())
}

/// How a phrase is matched.
enum Shape {
    Exact(String),
    Prefix(String),
    Suffix(String),
    Pattern,
}

/// A phrase's shape: exact, open at one end (its fixed part folded), or anything else for the regex set.
fn shape(phrase: &str) -> Shape {
    if !phrase.contains('{') {
        return Shape::Exact(fold(phrase));
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let fixed = |words: &[&str]| {
        (!words.is_empty() && words.iter().all(|w| !w.contains('{')))
            .then(|| fold(&words.join(" ")))
    };
    match words.as_slice() {
        [head @ .., "{*}"] => fixed(head)
            .filter(|f| !f.is_empty())
            .map_or(Shape::Pattern, Shape::Prefix),
        ["{*}", tail @ ..] => fixed(tail)
            .filter(|f| !f.is_empty())
            .map_or(Shape::Pattern, Shape::Suffix),
        _ => Shape::Pattern,
    }
}

/// The entries of a [`PhraseIndex`] that match one block: found once, asked per category.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseHits(Vec<u32>);

impl PhraseIndex {
    /// Compiles lists given as `(category, language, file contents)`; earlier lists take precedence
    /// when several match. A phrase whose pattern cannot compile is left out rather than panicking.
    pub(crate) fn new(lists: &[(u8, Lang, &'static str)]) -> PhraseIndex {
        let mut entries = Vec::new();
        let mut exact: HashMap<String, Vec<u32>> = HashMap::default();
        let (mut prefixes, mut suffixes) = (Affixes::default(), Affixes::default());
        let mut patterns = Vec::new();
        let mut closed = Vec::new();
        for (list, &(category, lang, source)) in lists.iter().enumerate() {
            for (line, phrase) in phrase_lines(source).enumerate() {
                if let Some(words) = closed_words(phrase) {
                    let slot = usize::from(category);
                    closed.resize(closed.len().max(slot + 1), 0);
                    closed[slot] = closed[slot].max(words);
                }
                let id = entries.len() as u32;
                entries.push(Entry {
                    category,
                    lang,
                    list: list as u16,
                    line: line as u32,
                    phrase,
                });
                match shape(phrase) {
                    Shape::Exact(key) => exact.entry(key).or_default().push(id),
                    Shape::Prefix(fixed) => prefixes.prefix(fixed, id),
                    Shape::Suffix(fixed) => suffixes.suffix(fixed, id),
                    Shape::Pattern => patterns.push((id, phrase)),
                }
            }
        }
        let patterns = Patterns::new(patterns);
        let one_word_keys = exact
            .keys()
            .chain(prefixes.entries.keys())
            .chain(suffixes.entries.keys())
            .filter(|key| !key.contains(' '))
            .chain(patterns.one_word_literals())
            .cloned()
            .collect();
        PhraseIndex {
            entries,
            exact,
            prefixes,
            suffixes,
            patterns,
            closed_words: closed,
            one_word_keys,
        }
    }

    /// The most words a block can have and still match a phrase of `category` that has no `{*}`: a
    /// longer block matches only the open-ended ones, if any.
    pub(crate) fn max_closed_words(&self, category: u8) -> usize {
        self.closed_words
            .get(usize::from(category))
            .copied()
            .unwrap_or(0)
    }

    /// Every entry whose phrase matches the whole of `folded` (a [`fold`]ed block).
    pub(crate) fn hits(&self, folded: &str) -> PhraseHits {
        // Every pattern needs a literal (see `Patterns::extend_hits`), which a one-word block must be.
        let one_word = !folded.contains(' ');
        if one_word && self.patterns.always.is_empty() && !self.one_word_keys.contains(folded) {
            return PhraseHits::default();
        }
        let mut hits: Vec<u32> = self.exact.get(folded).cloned().unwrap_or_default();
        // "read more {*}" matches "read more" and "read more …": the whole block or a part ending at a
        // space; "{*} all rights reserved" the whole block or a part starting after one.
        let first_word = memchr::memchr(b' ', folded.as_bytes()).map_or(folded, |at| &folded[..at]);
        let prefixes = folded
            .match_indices(' ')
            .map(|(at, _)| &folded[..at])
            .chain([folded]);
        self.prefixes.extend_hits(first_word, prefixes, &mut hits);
        let last_word =
            memchr::memrchr(b' ', folded.as_bytes()).map_or(folded, |at| &folded[at + 1..]);
        let suffixes = folded
            .rmatch_indices(' ')
            .map(|(at, _)| &folded[at + 1..])
            .chain([folded]);
        self.suffixes.extend_hits(last_word, suffixes, &mut hits);
        self.patterns.extend_hits(folded, &mut hits);
        PhraseHits(hits)
    }

    /// The first matching phrase of `category` among `hits`, in `lang`'s list or English (every list
    /// when `lang` is `None`): the earliest list, then the earliest line of it.
    pub(crate) fn pick(
        &self,
        hits: &PhraseHits,
        category: u8,
        lang: Option<Lang>,
    ) -> Option<PhraseMatch> {
        hits.0
            .iter()
            .map(|&id| &self.entries[id as usize])
            .filter(|e| e.category == category)
            .filter(|e| lang.is_none_or(|l| e.lang == l || e.lang == Lang::En))
            .min_by_key(|e| (e.list, e.line))
            .map(|e| PhraseMatch {
                lang: e.lang,
                phrase: e.phrase,
            })
    }

    /// [`hits`](Self::hits) and [`pick`](Self::pick) in one call, for a text looked up once.
    pub(crate) fn find(
        &self,
        folded: &str,
        category: u8,
        lang: Option<Lang>,
    ) -> Option<PhraseMatch> {
        self.pick(&self.hits(folded), category, lang)
    }

    /// Number of phrases in all lists.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> PhraseIndex {
        PhraseIndex::new(&[
            (0, Lang::En, "advertisement\nsponsored {*}\n"),
            (1, Lang::En, "share\n{n} comments\n"),
            (0, Lang::De, "anzeige\nwerbung {*}\n"),
        ])
    }

    #[test]
    fn one_lookup_answers_every_category() {
        let index = index();
        let hits = index.hits(&fold("12 Comments"));
        assert_eq!(index.pick(&hits, 1, None).unwrap().phrase, "{n} comments");
        assert!(index.pick(&hits, 0, None).is_none());
        let hits = index.hits(&fold("Advertisement"));
        assert_eq!(index.pick(&hits, 0, None).unwrap().phrase, "advertisement");
        assert!(index.pick(&hits, 1, None).is_none());
    }

    #[test]
    fn a_language_limits_the_lists_to_it_and_english() {
        let index = index();
        let hits = index.hits(&fold("ANZEIGE"));
        assert!(index.pick(&hits, 0, Some(Lang::De)).is_some());
        assert!(index.pick(&hits, 0, Some(Lang::Fr)).is_none());
        assert!(index.pick(&hits, 0, None).is_some());
        let hits = index.hits(&fold("Sponsored content"));
        assert!(index.pick(&hits, 0, Some(Lang::Fr)).is_some());
    }

    #[test]
    fn a_part_of_a_block_is_no_hit() {
        let index = index();
        assert!(index
            .find(&fold("Advertisement revenue fell"), 0, None)
            .is_none());
        assert!(index.find(&fold("Share prices rose"), 1, None).is_none());
        assert!(index.find(&fold("Werbung für Bier"), 0, None).is_some());
    }

    #[test]
    fn one_word_blocks_find_their_patterns() {
        let index = PhraseIndex::new(&[(1, Lang::En, "{*} reserved {*}\n{n} comments on {w}\n")]);
        assert!(index.find("reserved", 1, None).is_some());
        assert!(index.find("comments", 1, None).is_none());
        assert!(index.find("reserve", 1, None).is_none());
        assert!(index.find("all rights reserved", 1, None).is_some());
    }

    #[test]
    fn literals_are_found_in_blocks_of_ascii_and_beyond() {
        let index = PhraseIndex::new(&[
            (1, Lang::En, "{n} comments on {*}\n"),
            (1, Lang::Fr, "{n} réactions à {*}\n"),
        ]);
        // Each literal is found by its first word.
        let mut first_words: Vec<&str> = index
            .patterns
            .by_first_word
            .keys()
            .map(String::as_str)
            .collect();
        first_words.sort_unstable();
        assert_eq!(first_words, ["comments", "réactions"]);
        // Their signs are in the set; a word of another length and letters is told apart by its sign.
        for word in &first_words {
            assert!(index.patterns.first_word_signs.may_hold(word.as_bytes()));
        }
        assert!(!index.patterns.first_word_signs.may_hold(b"story"));
        // An ASCII literal in a block of ASCII, and in a block beyond it.
        let hits = index.hits(&fold("12 comments on the story"));
        assert_eq!(
            index.pick(&hits, 1, None).unwrap().phrase,
            "{n} comments on {*}"
        );
        let hits = index.hits(&fold("12 comments on Café Noir"));
        assert_eq!(
            index.pick(&hits, 1, None).unwrap().phrase,
            "{n} comments on {*}"
        );
        // A literal beyond ASCII in its block.
        let hits = index.hits(&fold("3 réactions à l'article"));
        assert_eq!(
            index.pick(&hits, 1, None).unwrap().phrase,
            "{n} réactions à {*}"
        );
        // Neither in prose that holds their words elsewhere.
        assert!(index
            .find(&fold("Readers left comments on it"), 1, None)
            .is_none());
        assert!(index
            .find(&fold("Les réactions à chaud"), 1, None)
            .is_none());
    }

    #[test]
    fn every_shipped_phrase_with_placeholders_finds_its_filled_in_block() {
        let index = &*crate::phrases::SHIPPED;
        let mut checked = 0;
        for entry in index.entries.iter().filter(|e| e.phrase.contains('{')) {
            let filled = entry
                .phrase
                .replace("{n}", "12")
                .replace("{w}", "example")
                .replace("{*}", "more words here");
            let hits = index.hits(&fold(&filled));
            let found = hits
                .0
                .iter()
                .any(|&id| index.entries[id as usize].phrase == entry.phrase);
            assert!(found, "{:?} from {:?}", filled, entry.phrase);
            checked += 1;
        }
        assert!(checked > 200, "{checked} phrases with placeholders");
    }

    /// The entries of the patterns whose regex matches `folded`, every pattern tried: what the
    /// lookup by literals must find.
    fn pattern_hits_slowly(index: &PhraseIndex, folded: &str) -> Vec<u32> {
        let patterns = &index.patterns;
        let mut ids: Vec<u32> = patterns
            .always
            .iter()
            .chain(patterns.by_literal.iter().flatten())
            .filter(|(_, regex)| regex.is_match(folded))
            .map(|&(id, _)| id)
            .collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn the_lookup_by_literals_finds_what_every_pattern_tried_finds() {
        let index = &*crate::phrases::SHIPPED;
        let fillings = [("12", "example", "more words here"), ("3", "x", "a")];
        let mut checked = 0;
        for entry in index.entries.iter().filter(|e| e.phrase.contains('{')) {
            for (n, w, rest) in fillings {
                let filled = entry
                    .phrase
                    .replace("{n}", n)
                    .replace("{w}", w)
                    .replace("{*}", rest);
                // The phrase alone, inside other words, and twice over.
                for text in [
                    filled.clone(),
                    format!("see {filled} now"),
                    format!("{filled} {filled}"),
                ] {
                    let folded = fold(&text);
                    let mut found = Vec::new();
                    index.patterns.extend_hits(&folded, &mut found);
                    found.sort_unstable();
                    assert_eq!(found, pattern_hits_slowly(index, &folded), "{folded:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked} blocks");
        // Words that open a literal but do not go on as it does, and blocks of none.
        for text in ["comments", "comments off", "12 comments", "", "a b c"] {
            let folded = fold(text);
            let mut found = Vec::new();
            index.patterns.extend_hits(&folded, &mut found);
            found.sort_unstable();
            assert_eq!(found, pattern_hits_slowly(index, &folded), "{folded:?}");
        }
    }

    #[test]
    fn closed_phrases_bound_the_words_of_their_blocks() {
        let index = PhraseIndex::new(&[
            (
                0,
                Lang::En,
                "advertisement\nsponsored {*}\n{n} e-mails from {w}\n",
            ),
            (1, Lang::En, "read more {*}\n"),
        ]);
        // "{n} e mails from {w}": five words, the placeholders one each.
        assert_eq!(index.max_closed_words(0), 5);
        assert!(index.find("12 e mails from bob", 0, None).is_some());
        // Only open-ended phrases: no block is too short to match, none too long.
        assert_eq!(index.max_closed_words(1), 0);
        assert_eq!(index.max_closed_words(7), 0);
    }

    #[test]
    fn a_one_word_block_is_found_by_every_shape_of_phrase() {
        let index = PhraseIndex::new(&[(
            0,
            Lang::En,
            "sponsored\nshare {*}\n{*} reserved\n{n} comments on {*}\n",
        )]);
        for word in ["sponsored", "share", "reserved", "comments"] {
            let expected = word != "comments";
            assert_eq!(index.find(word, 0, None).is_some(), expected, "{word}");
        }
        assert!(index.find("menu", 0, None).is_none());
    }

    #[test]
    fn the_earliest_list_wins() {
        let index = PhraseIndex::new(&[(0, Lang::En, "tags {*}\n"), (0, Lang::De, "tags\n")]);
        assert_eq!(index.find("tags", 0, None).unwrap().lang, Lang::En);
    }
}
