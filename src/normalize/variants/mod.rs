//! House spelling: one spelling per name, from built-in and user variant tables, in a chosen house style;
//! and discovery of names a batch writes in several ways.

mod compose;
mod discover;
mod english;
mod key;
mod matcher;
mod style;
mod table;
mod words;

pub use discover::{discover_variants, Sighting, VariantCluster, VariantForm};
pub use key::transliteration_key;
pub use style::{FormCounts, HouseStyle};
pub use table::SpellingTable;

use super::{Edit, NormalizeContext, Normalizer};
use crate::block::BlockKind;
use crate::error::Error;
use crate::phrases::Lang;
use matcher::{is_word_char, straight, Matcher};
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use table::Domain;

/// Characters skipped between a context-only form and its neighbour word (", " in "Odessa, Ukraine").
const MAX_GAP_TO_NEIGHBOUR: usize = 3;

/// Passes of house spelling over one text before its output is a fixed point. Each pass after the
/// first only finds rules made applicable by the one before ("Vitali Klychko" → "Vitaly Klitschko" →
/// "Vitali Klitschko"), so a third pass already finds nothing; the bound keeps a bad table finite.
const MAX_PASSES: usize = 4;

/// Spans house spelling never touches: URLs (with a scheme, `www.` or a domain and a path), e-mail
/// addresses, hashtags, @handles and inline code in backticks. A rewritten name there breaks a link.
static PROTECTED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>]+",
        r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/[^\s<>]*",
        r"|[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+",
        r"|\B[#@][\w'’-]+",
        r"|`[^`\n]*`",
    ))
    .unwrap()
});

/// What a variant is replaced with.
#[derive(Debug, Clone)]
struct Target {
    /// `None` for a form kept as written: a multi-word canonical form, a person's own spelling or a
    /// fixed phrase, matched only so that the rules for its parts leave it be.
    canonical: Option<String>,
    context_only: bool,
    domain: Domain,
}

/// Known single-word forms of each domain: the neighbours that let a context-only form count.
type ContextWords = HashMap<Domain, HashSet<String>>;

/// Replaces every variant spelling of a table by its group's canonical form under a house style.
///
/// Matching is whole-word and case-insensitive, straight and curly apostrophes alike ("Qur’an" is
/// "Qur'an"; the replacement keeps the text's apostrophe), and the match's capitalisation is carried over
/// ("SERGEY" → "SERGEI", "al-Qaeda" at a sentence start "Al-Qaeda" → "Al-Qaida"); a form written in
/// lower case where the table has a capital ("maxim") is a word, not a name, and is left alone.
/// Possessives and hyphenated forms are whole words ("Sergey's", "Yury-era"); longer words are not
/// ("Sergeyev", "Sergeyeva", "Alexandra"), nor identifiers ("Sergey_Lavrov"). A context-only variant
/// (`~` in the table) is replaced only when the word before or after it is a known form of the same
/// table ("Yuri Ushakov" but not "Yuri Kinugasa"). A multi-word canonical form is a person's own
/// spelling and wins over the rules for its parts ("Vitali Klitschko" stays although "Vitali" alone
/// becomes "Vitaly"); so do the built-in lists of people's own spellings ("Sergey Brin", "Andrey
/// Rublev") and of fixed phrases ("chicken Kiev", "Battle of Kharkov"), which every style keeps.
///
/// Never rewritten: URLs, e-mail addresses, hashtags, @handles, `code spans` and preformatted blocks.
/// The output is a fixed point: the rules run again on their own output until nothing changes, so
/// applying the style twice gives what applying it once gives.
///
/// Every form of the table is in one Aho–Corasick automaton, compiled once when the normalizer is
/// built: the time per text does not grow with the table. The built-in tables hold English
/// romanizations: when they are in use, a document whose language is known and not English is left
/// alone, and so is a block of unknown language that does not read as English (a German "Koran" or
/// "Teheran" is right in German); blocks too short to judge (headlines) are treated as English.
///
/// # Examples
///
/// ```
/// use copydesk::normalize::{HouseSpelling, HouseStyle, NormalizeContext, Normalizer, SpellingTable};
/// use copydesk::BlockKind;
///
/// let ap = HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Ap)?;
/// let cx = NormalizeContext::new(BlockKind::Paragraph, None);
/// let edits = ap.edits("Sergey Lavrov met Yury Ushakov; Sergeyev did not.", &cx);
/// let to: Vec<&str> = edits.iter().map(|e| e.replacement.as_str()).collect();
/// assert_eq!(to, ["Sergei", "Yuri"]);
/// assert!(ap.edits("See https://en.wikipedia.org/wiki/Sergey_Lavrov and #SergeyLavrov", &cx).is_empty());
///
/// let bgn = HouseSpelling::new(SpellingTable::builtin(), &HouseStyle::Bgn)?;
/// assert_eq!(bgn.edits("SERGEI LAVROV", &cx)[0].replacement, "SERGEY");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Clone)]
pub struct HouseSpelling {
    matcher: Matcher,
    targets: Vec<Target>,
    context: ContextWords,
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
    /// # Errors
    ///
    /// [`Error::InvalidOption`] for a table too big to serve (millions of forms): never a table
    /// silently left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::{HouseSpelling, HouseStyle, Normalizer, SpellingTable};
    /// let table = SpellingTable::parse("mine", "Kyiv\tKiev\n")?;
    /// assert_eq!(HouseSpelling::new(&table, &HouseStyle::Ap)?.name(), "house-spelling");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn new(table: &SpellingTable, style: &HouseStyle) -> Result<HouseSpelling, Error> {
        let kept: HashSet<String> = table.kept.iter().map(|k| key_of(k)).collect();
        // A group holding a person's own spelling writes it under every style.
        let canonicals: Vec<(usize, usize)> = table
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| {
                let own = group
                    .forms
                    .iter()
                    .position(|f| kept.contains(&key_of(&f.text)));
                (g, own.unwrap_or_else(|| style.pick(group)))
            })
            .collect();
        let canonical_forms: HashSet<String> = canonicals
            .iter()
            .map(|&(g, c)| key_of(&table.groups[g].forms[c].text))
            .collect();
        let mut forms = Vec::new();
        let mut targets = Vec::new();
        let mut taken: HashMap<String, usize> = HashMap::new();
        // Kept as written first: a person's own spelling or a fixed phrase wins over every group.
        for kept in &table.kept {
            if taken.insert(key_of(kept), targets.len()).is_none() {
                forms.push(kept.clone());
                targets.push(Target {
                    canonical: None,
                    context_only: false,
                    domain: table::NAMES,
                });
            }
        }
        for &(g, c) in &canonicals {
            let group = &table.groups[g];
            for (i, form) in group.forms.iter().enumerate() {
                let key = key_of(&form.text);
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
                    Some(&t) if targets[t].context_only && !form.context_only => {
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
        // given name, because the longer match is taken.
        for &(g, c) in &canonicals {
            let text = &table.groups[g].forms[c].text;
            if text.contains(' ') && !taken.contains_key(&key_of(text)) {
                taken.insert(key_of(text), targets.len());
                forms.push(text.clone());
                targets.push(Target {
                    canonical: None,
                    context_only: false,
                    domain: table.groups[g].domain,
                });
            }
        }
        Ok(HouseSpelling {
            matcher: Matcher::new(forms)?,
            targets,
            context: context_words(table),
            english_only: false,
        }
        .english_only(true))
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
    /// assert!(HouseSpelling::new(&table, &HouseStyle::Ap)?.edits("in Kijew", &de).is_empty());
    /// let any = HouseSpelling::new(&table, &HouseStyle::Ap)?.english_only(false);
    /// assert_eq!(any.edits("in Kijew", &de)[0].replacement, "Kiew");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn english_only(mut self, yes: bool) -> HouseSpelling {
        self.english_only = yes;
        self
    }

    /// The edits of one pass over `text`.
    fn pass(&self, text: &str) -> Vec<Edit> {
        let protected: Vec<Range<usize>> = PROTECTED.find_iter(text).map(|m| m.range()).collect();
        let candidates: Vec<Candidate<'_>> = self
            .matcher
            .find_all(text)
            .into_iter()
            .filter_map(|hit| {
                let target = &self.targets[hit.form];
                let canonical = target.canonical.as_deref()?;
                let shielded = protected
                    .iter()
                    .any(|p| hit.range.start < p.end && p.start < hit.range.end);
                (!shielded).then_some(Candidate {
                    hit,
                    target,
                    canonical,
                })
            })
            .collect();
        let counted = self.counted(text, &candidates);
        candidates
            .into_iter()
            .zip(counted)
            .filter(|(_, counted)| *counted)
            .map(|(Candidate { hit, canonical, .. }, _)| {
                let mut replacement = hit.shape.apply(canonical);
                if hit.curly {
                    replacement = replacement.replace('\'', "’");
                }
                Edit::new(hit.range, replacement)
            })
            .filter(|edit| text[edit.range.clone()] != edit.replacement)
            .collect()
    }

    /// Which of `candidates` (in text order) are replaced: a plain variant always; a context-only one
    /// beside a known form of its domain, or beside a candidate that is replaced by a known form of
    /// its domain. A run of context-only names ("Serguei Iouri Ushakov") is thus settled in one pass,
    /// from the known name along the run, as the output would read it again: one name a pass would
    /// leave a long run unsettled after the last pass (the output no fixed point), and passes as
    /// many as the run is long would cost time quadratic in it.
    fn counted(&self, text: &str, candidates: &[Candidate<'_>]) -> Vec<bool> {
        let mut counted: Vec<bool> = candidates
            .iter()
            .map(|c| {
                !c.target.context_only
                    || has_context(&self.context, text, &c.hit.range, c.target.domain)
            })
            .collect();
        // Whether candidate `from`, replaced, is a known form of candidate `to`'s domain.
        let lends = |from: &Candidate<'_>, to: &Candidate<'_>| {
            self.context
                .get(to.target.domain)
                .is_some_and(|known| known.contains(&key_of(from.canonical)))
        };
        // Forward: a candidate whose word before is a counted candidate; backward: whose word after is.
        for i in 1..candidates.len() {
            let (before, this) = (&candidates[i - 1], &candidates[i]);
            if !counted[i]
                && counted[i - 1]
                && lends(before, this)
                && word_before_is(text, &this.hit.range, &before.hit.range)
            {
                counted[i] = true;
            }
        }
        for i in (1..candidates.len()).rev() {
            let (this, after) = (&candidates[i - 1], &candidates[i]);
            if !counted[i - 1]
                && counted[i]
                && lends(after, this)
                && word_after_is(text, &this.hit.range, &after.hit.range)
            {
                counted[i - 1] = true;
            }
        }
        counted
    }
}

/// A form of the table found in a text, outside protected spans, that has a house form.
struct Candidate<'a> {
    hit: matcher::Hit,
    target: &'a Target,
    canonical: &'a str,
}

/// The matching key of a form: lower case, apostrophes straight.
fn key_of(form: &str) -> String {
    straight(form).to_lowercase()
}

/// The known single-word forms of each domain of `table` (its plain forms, not the context-only ones).
fn context_words(table: &SpellingTable) -> ContextWords {
    let mut context: ContextWords = HashMap::new();
    for group in &table.groups {
        for form in group.forms.iter().filter(|f| !f.context_only) {
            if !form.text.contains(' ') {
                context
                    .entry(group.domain)
                    .or_default()
                    .insert(key_of(&form.text));
            }
        }
    }
    context
}

/// Whether the word before or after `range` is a known form of `domain`.
fn has_context(context: &ContextWords, text: &str, range: &Range<usize>, domain: Domain) -> bool {
    let Some(known) = context.get(domain) else {
        return false;
    };
    let next = neighbour_after(text, range.end);
    let prev = neighbour_before(text, range.start);
    [next, prev]
        .into_iter()
        .flatten()
        .any(|word| known.contains(&key_of(strip_possessive(word))))
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

/// Whether the word after `range` (as [`neighbour_after`] reads it, a possessive stripped) is the
/// one at `next`.
fn word_after_is(text: &str, range: &Range<usize>, next: &Range<usize>) -> bool {
    neighbour_after(text, range.end).is_some_and(|word| {
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        at == next.start && at + strip_possessive(word).len() == next.end
    })
}

/// Whether the word before `range` (as [`neighbour_before`] reads it, a possessive stripped) is the
/// one at `previous`.
fn word_before_is(text: &str, range: &Range<usize>, previous: &Range<usize>) -> bool {
    neighbour_before(text, range.start).is_some_and(|word| {
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        at == previous.start && at + strip_possessive(word).len() == previous.end
    })
}

/// "Lavrov's" → "Lavrov".
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// How often each form of `table` stands in `texts`, lower-cased; a context-only form counts only
/// beside a known name, as house spelling would replace it.
pub(crate) fn count_forms<'t>(
    table: &SpellingTable,
    texts: impl IntoIterator<Item = &'t str>,
) -> HashMap<String, usize> {
    // Lower-cased form → (as written, domain, context-only in every group that has it).
    let mut known: HashMap<String, (String, Domain, bool)> = HashMap::new();
    for group in &table.groups {
        for form in &group.forms {
            let entry =
                known
                    .entry(key_of(&form.text))
                    .or_insert((form.text.clone(), group.domain, true));
            if !form.context_only {
                *entry = (form.text.clone(), group.domain, false);
            }
        }
    }
    let forms: Vec<String> = known.values().map(|(text, _, _)| text.clone()).collect();
    let mut counts = HashMap::new();
    // A table too big to match makes the house style's own build fail: nothing to count for it.
    let Ok(matcher) = Matcher::new(forms) else {
        return counts;
    };
    let context = context_words(table);
    for text in texts {
        for hit in matcher.find_all(text) {
            let key = key_of(&matcher.forms()[hit.form]);
            let Some((_, domain, context_only)) = known.get(&key) else {
                continue;
            };
            if *context_only && !has_context(&context, text, &hit.range, domain) {
                continue;
            }
            *counts.entry(key).or_default() += 1;
        }
    }
    counts
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
        let mut edits = self.pass(text);
        let mut current = compose::apply(text, &edits);
        for _ in 1..MAX_PASSES {
            let more = self.pass(&current);
            if more.is_empty() {
                break;
            }
            edits = compose::compose(text, &edits, &more);
            current = compose::apply(text, &edits);
        }
        edits
    }
}

#[cfg(test)]
mod tests;
