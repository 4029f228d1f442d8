//! Discovery: names a batch of articles writes in several ways.

use super::key::transliteration_key;
use super::table::{Form, Group, SpellingTable, USER};
use crate::article::{Article, BlockKind};
use std::collections::HashMap;

/// A differing token shorter than this is an initial or a particle, too short to tell a spelling from
/// another name.
const MIN_DIFFERING_TOKEN_CHARS: usize = 3;

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
        SpellingTable { groups }
    }
}

/// Forms of one cluster candidate, by lower-cased spelling.
type Candidate = HashMap<String, VariantForm>;

/// Finds names written in several ways across `articles`.
///
/// A name is the last two words of a run of capitalised words ("Russian Foreign Minister Sergei Lavrov"
/// gives "Sergei Lavrov"; titles come first in running text). Two names cluster when they share one
/// word exactly and their other words differ in spelling but share a [`transliteration_key`]: "Sergei
/// Lavrov" and "Sergey Lavrov" do; "Kim Jong Un" and "Kim Jong Il", "Alexander Smith" and "Alexandra
/// Smith", "Ivan Sergeyev" and "Ivan Sergeyeva" do not. Names are hashed by (shared word, key of the
/// other), so the time is linear in the batch. Proposals only: apply them with
/// [`SpellingTable::from_clusters`] and
/// [`PipelineBuilder::spelling_table`](crate::PipelineBuilder::spelling_table).
///
/// # Examples
///
/// ```
/// use copydesk::normalize::discover_variants;
///
/// let batch = [
///     copydesk::clean_text("A\n\nLeader Kim Jong Un met Alexander Smith.")?,
///     copydesk::clean_text("B\n\nLeader Kim Jong Il met Alexandra Smith.")?,
/// ];
/// assert!(discover_variants(&batch).is_empty());
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn discover_variants(articles: &[Article]) -> Vec<VariantCluster> {
    let mut candidates: HashMap<(bool, String, String), Candidate> = HashMap::new();
    for (a, article) in articles.iter().enumerate() {
        let title = article.title.as_deref().map(|t| (None, t));
        let blocks = article
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind != BlockKind::Preformatted)
            .map(|(i, b)| (Some(i), b.text.as_str()));
        for (block, text) in title.into_iter().chain(blocks) {
            let seen = Sighting { article: a, block };
            for run in capitalised_runs(text) {
                if let [.., first, last] = run.as_slice() {
                    note(&mut candidates, first, last, seen);
                }
            }
        }
    }
    let mut clusters: Vec<VariantCluster> = candidates
        .into_values()
        .filter(|forms| forms.len() > 1)
        .map(into_cluster)
        .collect();
    clusters.sort_by(|a, b| {
        let total = |c: &VariantCluster| c.forms.iter().map(|f| f.count).sum::<usize>();
        total(b)
            .cmp(&total(a))
            .then_with(|| a.canonical.cmp(&b.canonical))
    });
    clusters
}

/// Files the two-word name `first last` under both of its words.
fn note(
    candidates: &mut HashMap<(bool, String, String), Candidate>,
    first: &str,
    last: &str,
    seen: Sighting,
) {
    let text = format!("{first} {last}");
    let shared_last = (true, last.to_lowercase(), first);
    let shared_first = (false, first.to_lowercase(), last);
    for (side, shared, other) in [shared_last, shared_first] {
        if other.chars().count() < MIN_DIFFERING_TOKEN_CHARS {
            continue;
        }
        let forms = candidates
            .entry((side, shared, transliteration_key(other)))
            .or_default();
        // Straight and curly apostrophes are typography, not spelling: "Don't" and "Don’t" are one form.
        let identity = text.to_lowercase().replace('’', "'");
        let form = forms.entry(identity).or_insert_with(|| VariantForm {
            text: text.clone(),
            count: 0,
            seen: Vec::new(),
        });
        form.count += 1;
        form.seen.push(seen);
    }
}

/// Orders a candidate's forms and picks the canonical one.
fn into_cluster(forms: Candidate) -> VariantCluster {
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
    VariantCluster {
        canonical: forms[0].text.clone(),
        forms,
    }
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
    if run.len() > 1 {
        runs.push(std::mem::take(run));
    } else {
        run.clear();
    }
}

/// A word that starts with a capital letter and has a lower-case one.
fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}
