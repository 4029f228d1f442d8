//! Discovery: names a batch of articles writes in several ways.

use super::key::transliteration_key;
use super::table::{Form, Group, SpellingTable, USER};
use super::words;
use crate::article::Article;
use crate::block::BlockKind;
use std::collections::{HashMap, HashSet};

/// A differing token shorter than this is an initial, a particle or a short name (Ali / Aly Khan), too
/// short to tell a spelling from another name.
const MIN_DIFFERING_TOKEN_CHARS: usize = 4;

/// Where a form was seen: the article's index in the batch, and the block (`None` for the title).
///
/// # Examples
///
/// ```
/// use copydesk::normalize::Sighting;
/// let s = Sighting { article: 0, block: Some(2) };
/// assert_eq!(s.block, Some(2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sighting {
    /// Index of the article in the batch.
    pub article: usize,
    /// Index of the block in the article; `None` for its title.
    pub block: Option<usize>,
}

/// One spelling of a discovered name, how often and where it was seen.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{Sighting, VariantForm};
/// let form = VariantForm { text: "Sergey Lavrov".into(), count: 1, seen: vec![Sighting { article: 3, block: Some(0) }] };
/// assert_eq!(form.seen.len(), form.count);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantForm {
    /// The spelling, as written.
    pub text: String,
    /// How many times it was seen.
    pub count: usize,
    /// Each place it was seen.
    pub seen: Vec<Sighting>,
}

/// A name written in several ways across a batch, with the proposed canonical spelling.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::discover_variants;
///
/// let batch = [
///     copydesk::clean_text("Talks\n\nForeign Minister Sergei Lavrov spoke on Monday.")?,
///     copydesk::clean_text("Talks\n\nForeign Minister Sergey Lavrov spoke on Friday.")?,
/// ];
/// let clusters = discover_variants(&batch);
/// assert_eq!(clusters.len(), 1);
/// assert_eq!(clusters[0].canonical, "Sergei Lavrov");
/// assert_eq!(clusters[0].variants().collect::<Vec<_>>(), ["Sergey Lavrov"]);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantCluster {
    /// The proposed spelling: the most frequent, ties broken by the built-in AP-like style.
    pub canonical: String,
    /// Every spelling seen, the canonical one included, most frequent first.
    pub forms: Vec<VariantForm>,
}

impl VariantCluster {
    /// The spellings other than the canonical one.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{VariantCluster, VariantForm};
    /// let form = |t: &str| VariantForm { text: t.into(), count: 1, seen: Vec::new() };
    /// let cluster = VariantCluster { canonical: "Yuri Ushakov".into(), forms: vec![form("Yuri Ushakov"), form("Yury Ushakov")] };
    /// assert_eq!(cluster.variants().collect::<Vec<_>>(), ["Yury Ushakov"]);
    /// ```
    pub fn variants(&self) -> impl Iterator<Item = &str> {
        self.forms
            .iter()
            .map(|f| f.text.as_str())
            .filter(move |t| *t != self.canonical)
    }

    /// The evidence for each variant: the words in which it differs from the canonical spelling, each
    /// as (variant's word, canonical word).
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{VariantCluster, VariantForm};
    /// let form = |t: &str| VariantForm { text: t.into(), count: 1, seen: Vec::new() };
    /// let cluster = VariantCluster { canonical: "Yuri Ushakov".into(), forms: vec![form("Yuri Ushakov"), form("Yury Ushakov")] };
    /// assert_eq!(cluster.differences(), [("Yury Ushakov", vec![("Yury", "Yuri")])]);
    /// ```
    pub fn differences(&self) -> Vec<(&str, Vec<(&str, &str)>)> {
        self.variants()
            .map(|v| (v, differing_words(v, &self.canonical)))
            .collect()
    }
}

impl SpellingTable {
    /// A user table that applies discovered clusters: one group per cluster, its canonical spelling first.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{discover_variants, SpellingTable};
    /// let batch = [
    ///     copydesk::clean_text("A\n\nSergei Lavrov spoke. Sergei Lavrov left.")?,
    ///     copydesk::clean_text("B\n\nSergey Lavrov spoke.")?,
    /// ];
    /// let table = SpellingTable::from_clusters(&discover_variants(&batch));
    /// assert_eq!(table.canonical("Sergey Lavrov"), Some("Sergei Lavrov"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn from_clusters(clusters: &[VariantCluster]) -> SpellingTable {
        let groups = clusters
            .iter()
            .map(|cluster| {
                let mut forms = vec![Form {
                    text: cluster.canonical.clone(),
                    context_only: false,
                }];
                forms.extend(cluster.variants().map(|t| Form {
                    text: t.to_string(),
                    context_only: false,
                }));
                Group {
                    forms,
                    canonical: 0,
                    pinned: true,
                    domain: USER,
                }
            })
            .collect();
        SpellingTable {
            groups,
            kept: Vec::new(),
        }
    }
}

/// Forms of one cluster candidate, by lower-cased spelling.
type Candidate = HashMap<String, VariantForm>;

/// Finds names written in several ways across `articles`, precision first: a proposal must never merge
/// two people or two phrases.
///
/// Only English text is read (articles whose language is English, and articles of unknown language
/// that read as English): other languages capitalise nouns or have their own spellings.
///
/// A name is the last two words of a run of capitalised words ("Russian Foreign Minister Sergei Lavrov"
/// gives "Sergei Lavrov"; titles come first in running text): single words are never proposed. Two names
/// cluster when every word of one has the [`transliteration_key`] of the same word of the other, so
/// names whose every word varies are found ("Vassily Nebenzia" / "Vasily Nebenzya"), and so are
/// "Sergei Lavrov" / "Sergey Lavrov". A single word is proposed only when the batch writes it alone and
/// also in full names of a cluster whose last words vary ("Nebenzya said" beside "Vasily Nebenzya" and
/// "Vassily Nebenzia"). A spelling stays out of its cluster when a word in which it differs
/// from the proposed one is an English word ("The Year" / "The Ear", "Thomas More" / "Thomas Moore"),
/// is written in lower case somewhere in the batch (a word, then), or is shorter than four letters, or
/// when both differing words are common English given names ("Tony Brown" / "Toni Brown", "Ana Lee" /
/// "Anna Lee"). Names are hashed by their key, so the time is linear in the batch.
///
/// Proposals only, each with its evidence: every spelling's count and sightings, and
/// [`VariantCluster::differences`]. Apply them explicitly with [`SpellingTable::from_clusters`] and
/// [`PipelineBuilder::spelling_table`](crate::PipelineBuilder::spelling_table), or write them with
/// [`SpellingTable::to_tsv`] for a person to edit and pass back.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::discover_variants;
///
/// let batch = [
///     copydesk::clean_text("A\n\nAmbassador Vassily Nebenzia met Alexander Smith and Tony Brown.")?,
///     copydesk::clean_text("B\n\nAmbassador Vasily Nebenzya met Alexandra Smith and Toni Brown.")?,
/// ];
/// let clusters = discover_variants(&batch);
/// assert_eq!(clusters.len(), 1);
/// assert_eq!(clusters[0].canonical, "Vasily Nebenzya");
/// assert_eq!(clusters[0].differences(), [("Vassily Nebenzia", vec![("Vassily", "Vasily"), ("Nebenzia", "Nebenzya")])]);
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn discover_variants(articles: &[Article]) -> Vec<VariantCluster> {
    let mut candidates: HashMap<String, Candidate> = HashMap::new();
    let mut lower_words: HashSet<String> = HashSet::new();
    let mut alone_words: Candidate = HashMap::new();
    for (a, article) in articles.iter().enumerate() {
        // English only, as the built-in tables: German capitalises every noun ("Viel Spaß" is no name).
        let english = match article.language.as_deref() {
            Some(lang) => lang == "en",
            None => {
                let text: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
                super::english::may_be_english(&text.join(" "))
            }
        };
        if !english {
            continue;
        }
        let title = article.title.as_deref().map(|t| (None, t));
        let blocks = article
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind != BlockKind::Preformatted)
            .map(|(i, b)| (Some(i), b.text.as_str()));
        for (block, text) in title.into_iter().chain(blocks) {
            let seen = Sighting { article: a, block };
            note_lower_words(text, &mut lower_words);
            for run in capitalised_runs(text) {
                match run.as_slice() {
                    [.., first, last] => note(&mut candidates, &[first, last], seen),
                    [alone] => note_alone(&mut alone_words, alone, seen),
                    [] => {}
                }
            }
        }
    }
    let mut clusters: Vec<VariantCluster> = candidates
        .into_values()
        .filter(|forms| forms.len() > 1)
        .filter_map(|forms| into_cluster(forms, &lower_words))
        .collect();
    let surnames: Vec<VariantCluster> = clusters
        .iter()
        .filter_map(|c| surname_cluster(c, &alone_words))
        .collect();
    clusters.extend(surnames);
    clusters.sort_by(|a, b| {
        let total = |c: &VariantCluster| c.forms.iter().map(|f| f.count).sum::<usize>();
        total(b)
            .cmp(&total(a))
            .then_with(|| a.canonical.cmp(&b.canonical))
    });
    clusters
}

/// Files the name of `words` under the keys of all its words.
fn note(candidates: &mut HashMap<String, Candidate>, words: &[&str], seen: Sighting) {
    let key: Vec<String> = words.iter().map(|w| transliteration_key(w)).collect();
    let text = words.join(" ");
    // Straight and curly apostrophes are typography, not spelling: "Don't" and "Don’t" are one form.
    let identity = text.to_lowercase().replace('’', "'");
    let form = candidates
        .entry(key.join(" "))
        .or_default()
        .entry(identity)
        .or_insert_with(|| VariantForm {
            text: text.clone(),
            count: 0,
            seen: Vec::new(),
        });
    form.count += 1;
    form.seen.push(seen);
}

/// Counts a capitalised word that stands alone (not in a run of capitalised words).
fn note_alone(alone: &mut Candidate, word: &str, seen: Sighting) {
    let form = alone
        .entry(word.to_lowercase().replace('’', "'"))
        .or_insert_with(|| VariantForm {
            text: word.to_string(),
            count: 0,
            seen: Vec::new(),
        });
    form.count += 1;
    form.seen.push(seen);
}

/// The last words of a name's spellings as a cluster of their own, when the batch writes a variant last
/// word alone ("Nebenzya said" beside "Vasily Nebenzya" and "Vassily Nebenzia"): a single word is
/// proposed only as part of a name the batch spells in full.
fn surname_cluster(cluster: &VariantCluster, alone: &Candidate) -> Option<VariantCluster> {
    let last = |text: &str| text.rsplit(' ').next().unwrap_or(text).to_string();
    let canonical = last(&cluster.canonical);
    let key = |w: &str| w.to_lowercase().replace('’', "'");
    let mut spellings: Vec<String> = cluster.forms.iter().map(|f| last(&f.text)).collect();
    spellings.sort_by_key(|w| key(w));
    spellings.dedup_by_key(|w| key(w));
    let variant_alone = spellings
        .iter()
        .any(|w| key(w) != key(&canonical) && alone.contains_key(&key(w)));
    if spellings.len() < 2 || !variant_alone {
        return None;
    }
    let mut forms: Vec<VariantForm> = spellings
        .iter()
        .filter_map(|w| alone.get(&key(w)).cloned())
        .collect();
    if !forms.iter().any(|f| key(&f.text) == key(&canonical)) {
        forms.push(VariantForm {
            text: canonical.clone(),
            count: 0,
            seen: Vec::new(),
        });
    }
    forms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    Some(VariantCluster { canonical, forms })
}

/// Adds the words `text` writes in lower case: a word seen so is a word, not a name.
fn note_lower_words(text: &str, lower: &mut HashSet<String>) {
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        if word.chars().next().is_some_and(char::is_lowercase) {
            lower.insert(word.replace('’', "'"));
        }
    }
}

/// The pairs of words in which two spellings of a name differ.
fn differing_words<'a>(a: &'a str, b: &'a str) -> Vec<(&'a str, &'a str)> {
    a.split(' ')
        .zip(b.split(' '))
        .filter(|(x, y)| x.to_lowercase().replace('’', "'") != y.to_lowercase().replace('’', "'"))
        .collect()
}

/// Whether two differing words may be spellings of one name.
fn may_be_one_name(a: &str, b: &str, lower_words: &HashSet<String>) -> bool {
    let is_word = |w: &str| {
        words::is_english_word(w) || lower_words.contains(&w.to_lowercase().replace('’', "'"))
    };
    a.chars().count() >= MIN_DIFFERING_TOKEN_CHARS
        && b.chars().count() >= MIN_DIFFERING_TOKEN_CHARS
        && !is_word(a)
        && !is_word(b)
        && !(words::is_common_given_name(a) && words::is_common_given_name(b))
}

/// Orders a candidate's forms, picks the canonical one and keeps the spellings that may be the same
/// name as it; `None` when none is left beside it.
fn into_cluster(forms: Candidate, lower_words: &HashSet<String>) -> Option<VariantCluster> {
    let builtin = SpellingTable::builtin();
    let preferred = |text: &str| {
        text.split(' ')
            .filter(|w| builtin.canonical(w) == Some(*w))
            .count()
    };
    let mut forms: Vec<VariantForm> = forms.into_values().collect();
    forms.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| preferred(&b.text).cmp(&preferred(&a.text)))
            .then_with(|| a.text.cmp(&b.text))
    });
    let canonical = forms[0].text.clone();
    forms.retain(|f| {
        differing_words(&f.text, &canonical)
            .into_iter()
            .all(|(a, b)| may_be_one_name(a, b, lower_words))
    });
    (forms.len() > 1).then_some(VariantCluster { canonical, forms })
}

/// Runs of capitalised words in `text`: a word starts with a capital and has a lower-case letter (so
/// all-capital acronyms and datelines break a run), and any other punctuation than a hyphen or an
/// apostrophe inside a word ends the run. A possessive ending ("Putin's") ends the run after the word.
fn capitalised_runs(text: &str) -> Vec<Vec<&str>> {
    let mut runs = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for raw in text.split(char::is_whitespace) {
        let leading = raw.starts_with(|c: char| !c.is_alphanumeric());
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let trailing = word.len() < raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let (word, possessive) = match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
        {
            Some(stem) => (stem, true),
            None => (word, false),
        };
        if leading {
            flush(&mut runs, &mut run);
        }
        if is_capitalised(word) {
            run.push(word);
        } else {
            flush(&mut runs, &mut run);
        }
        if trailing || possessive {
            flush(&mut runs, &mut run);
        }
    }
    flush(&mut runs, &mut run);
    runs
}

fn flush<'t>(runs: &mut Vec<Vec<&'t str>>, run: &mut Vec<&'t str>) {
    if !run.is_empty() {
        runs.push(std::mem::take(run));
    }
}

/// A word that starts with a capital letter and has a lower-case one.
fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}
