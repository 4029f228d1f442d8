//! House spelling: one spelling per name, from built-in and user variant tables, in a chosen house style;
//! and discovery of names a batch writes in several ways.

mod discover;
mod english;
mod key;
mod matcher;
mod style;
mod table;

pub use discover::{discover_variants, Sighting, VariantCluster, VariantForm};
pub use key::transliteration_key;
pub use style::{FormCounts, HouseStyle};
pub use table::SpellingTable;

use super::{Edit, NormalizeContext, Normalizer};
use crate::article::BlockKind;
use crate::phrases::Lang;
use matcher::{is_word_char, Matcher};
use std::collections::{HashMap, HashSet};
use table::Domain;

/// Characters skipped between a context-only form and its neighbour word (", " in "Odessa, Ukraine").
const MAX_GAP_TO_NEIGHBOUR: usize = 3;

/// What a variant is replaced with.
#[derive(Debug, Clone)]
struct Target {
    /// `None` for a multi-word canonical form, matched only so that the rules for its parts leave it be.
    canonical: Option<String>,
    context_only: bool,
    domain: Domain,
}

/// Replaces every variant spelling of a table by its group's canonical form under a house style.
///
/// Matching is whole-word and case-insensitive, and the match's capitalisation is carried over
/// ("SERGEY" → "SERGEI", "al-Qaeda" at a sentence start "Al-Qaeda" → "Al-Qaida"); a form written in
/// lower case where the table has a capital ("maxim") is a word, not a name, and is left alone.
/// Possessives and hyphenated forms are whole words ("Sergey's", "Yury-era"); longer words are not
/// ("Sergeyev", "Sergeyeva", "Alexandra"). A context-only variant (`~` in the table) is replaced only
/// when the word before or after it is a known form of the same table ("Yuri Ushakov" but not
/// "Yuri Kinugasa"). A multi-word canonical form is a person's own spelling and wins over the rules for
/// its parts ("Vitali Klitschko" stays although "Vitali" alone becomes "Vitaly"). Every variant of the table is in one automaton, compiled once when the normalizer
/// is built. Preformatted blocks are left alone. The built-in tables hold English romanizations: when
/// they are in use, a document whose language is known and not English is left alone, and so is a block
/// of unknown language that does not read as English (a German "Koran" or "Teheran" is right in German);
/// blocks too short to judge (headlines) are treated as English.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{HouseSpelling, HouseStyle, NormalizeContext, Normalizer, SpellingTable};
/// use copydesk::BlockKind;
///
/// let ap = HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap);
/// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
/// let edits = ap.edits("Sergey Lavrov met Yury Ushakov; Sergeyev did not.", &cx);
/// let to: Vec<&str> = edits.iter().map(|e| e.replacement.as_str()).collect();
/// assert_eq!(to, ["Sergei", "Yuri"]);
///
/// let bgn = HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Bgn);
/// assert_eq!(bgn.edits("SERGEI LAVROV", &cx)[0].replacement, "SERGEY");
/// ```
#[derive(Clone)]
pub struct HouseSpelling {
    matcher: Matcher,
    targets: Vec<Target>,
    context: HashMap<Domain, HashSet<String>>,
    english_only: bool,
}

impl std::fmt::Debug for HouseSpelling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HouseSpelling")
            .field("forms", &self.targets.len())
            .field("english_only", &self.english_only)
            .finish_non_exhaustive()
    }
}

impl HouseSpelling {
    /// A normalizer for `table` under `style`. Tables that include the built-in ones apply to English
    /// and unknown-language documents only; see [`english_only`](HouseSpelling::english_only).
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{HouseSpelling, HouseStyle, Normalizer, SpellingTable};
    /// let table = SpellingTable::parse("mine", "Kyiv\tKiev\n")?;
    /// assert_eq!(HouseSpelling::new(&table, &HouseStyle::Ap).name(), "house-spelling");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn new(table: &SpellingTable, style: &HouseStyle) -> HouseSpelling {
        let canonicals: Vec<(usize, usize)> = table
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| (g, style.pick(group)))
            .collect();
        let canonical_forms: HashSet<String> = canonicals
            .iter()
            .map(|&(g, c)| table.groups[g].forms[c].text.to_lowercase())
            .collect();
        let mut context: HashMap<Domain, HashSet<String>> = HashMap::new();
        let mut forms = Vec::new();
        let mut targets = Vec::new();
        let mut taken: HashMap<String, usize> = HashMap::new();
        for &(g, c) in &canonicals {
            let group = &table.groups[g];
            for (i, form) in group.forms.iter().enumerate() {
                let key = form.text.to_lowercase();
                if !form.context_only && !form.text.contains(' ') {
                    context.entry(group.domain).or_default().insert(key.clone());
                }
                // A canonical form of any group is never rewritten: that keeps the output a fixed point.
                if i == c || canonical_forms.contains(&key) {
                    continue;
                }
                let target = Target {
                    canonical: Some(group.forms[c].text.clone()),
                    context_only: form.context_only,
                    domain: group.domain,
                };
                match taken.get(&key) {
                    // A plain variant wins over a context-only one of another group.
                    Some(&t) if targets_context_only(&targets, t) && !form.context_only => {
                        targets[t] = target;
                    }
                    Some(_) => {}
                    None => {
                        taken.insert(key, targets.len());
                        forms.push(form.text.clone());
                        targets.push(target);
                    }
                }
            }
        }
        // A full name written as the house writes it ("Vitali Klitschko") wins over the rule for its
        // given name, because the longer match is found first.
        for &(g, c) in &canonicals {
            let text = &table.groups[g].forms[c].text;
            if text.contains(' ') && !taken.contains_key(&text.to_lowercase()) {
                taken.insert(text.to_lowercase(), targets.len());
                forms.push(text.clone());
                targets.push(Target {
                    canonical: None,
                    context_only: false,
                    domain: table.groups[g].domain,
                });
            }
        }
        HouseSpelling {
            matcher: Matcher::new(forms),
            targets,
            context,
            english_only: false,
        }
        .english_only(true)
    }

    /// Whether the normalizer skips documents whose language is known and not English.
    ///
    /// # Default
    ///
    /// `true`: the built-in tables are English romanizations (a German text rightly writes Gorbatschow).
    /// Blocks of unknown language are judged by their English function words.
    /// Set `false` for a user table written for other languages.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{HouseSpelling, HouseStyle, NormalizeContext, Normalizer, SpellingTable};
    /// use copydesk::{phrases::Lang, BlockKind};
    ///
    /// let table = SpellingTable::parse("de", "Kiew\tKijew\n")?;
    /// let de = NormalizeContext::new(BlockKind::Paragraph, Some(Lang::De));
    /// assert!(HouseSpelling::new(&table, &HouseStyle::Ap).edits("in Kijew", &de).is_empty());
    /// let any = HouseSpelling::new(&table, &HouseStyle::Ap).english_only(false);
    /// assert_eq!(any.edits("in Kijew", &de)[0].replacement, "Kiew");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn english_only(mut self, yes: bool) -> HouseSpelling {
        self.english_only = yes;
        self
    }

    /// Whether the word before or after `range` is a known form of `domain`.
    fn has_context(&self, text: &str, range: &std::ops::Range<usize>, domain: Domain) -> bool {
        let Some(known) = self.context.get(domain) else {
            return false;
        };
        let next = neighbour_after(text, range.end);
        let prev = neighbour_before(text, range.start);
        [next, prev]
            .into_iter()
            .flatten()
            .any(|word| known.contains(&strip_possessive(word).to_lowercase()))
    }
}

fn targets_context_only(targets: &[Target], t: usize) -> bool {
    targets[t].context_only
}

/// The word after `end`, past at most [`MAX_GAP_TO_NEIGHBOUR`] spaces or commas.
fn neighbour_after(text: &str, end: usize) -> Option<&str> {
    let rest = &text[end..];
    let gap: usize = rest
        .chars()
        .take(MAX_GAP_TO_NEIGHBOUR)
        .take_while(|c| matches!(c, ' ' | ','))
        .map(char::len_utf8)
        .sum();
    let word_len: usize = rest[gap..]
        .chars()
        .take_while(|&c| is_word_char(c) || matches!(c, '-' | '\'' | '’'))
        .map(char::len_utf8)
        .sum();
    (gap > 0 && word_len > 0).then(|| &rest[gap..gap + word_len])
}

/// The word before `start`, past at most [`MAX_GAP_TO_NEIGHBOUR`] spaces or commas.
fn neighbour_before(text: &str, start: usize) -> Option<&str> {
    let head = &text[..start];
    let gap: usize = head
        .chars()
        .rev()
        .take(MAX_GAP_TO_NEIGHBOUR)
        .take_while(|c| matches!(c, ' ' | ','))
        .map(char::len_utf8)
        .sum();
    let head = &head[..head.len() - gap];
    let word_len: usize = head
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c) || matches!(c, '-' | '\'' | '’'))
        .map(char::len_utf8)
        .sum();
    (gap > 0 && word_len > 0).then(|| &head[head.len() - word_len..])
}

/// "Lavrov's" → "Lavrov".
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

impl Normalizer for HouseSpelling {
    fn name(&self) -> &'static str {
        "house-spelling"
    }

    fn edits(&self, text: &str, cx: &NormalizeContext) -> Vec<Edit> {
        let foreign = match cx.lang() {
            Some(lang) => lang != Lang::En,
            None => !english::may_be_english(text),
        };
        if cx.kind() == BlockKind::Preformatted || (self.english_only && foreign) {
            return Vec::new();
        }
        self.matcher
            .find_all(text)
            .into_iter()
            .filter_map(|hit| {
                let target = &self.targets[hit.form];
                let canonical = target.canonical.as_deref()?;
                if target.context_only && !self.has_context(text, &hit.range, target.domain) {
                    return None;
                }
                Some(Edit::new(hit.range, hit.shape.apply(canonical)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
