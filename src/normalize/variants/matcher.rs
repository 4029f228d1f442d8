//! One automaton over every form of a table: whole-word, case-insensitive, straight and curly
//! apostrophes alike, capitalisation carried over.
//!
//! The forms are folded (lower case, ’ as ') into one Aho–Corasick automaton; the text is folded the same
//! way, so matching costs the same for ten forms or a million. Each match is then checked against the
//! rules: whole words only, and a capitalisation the form allows.

use crate::error::Error;
use aho_corasick::{AhoCorasick, MatchKind};
use std::ops::Range;

/// How a match is capitalised relative to the form it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// As written in the table.
    Exact,
    /// All capitals (a headline or a wire dateline).
    Upper,
    /// The first letter raised (a sentence start: "Al-Qaida").
    Capitalised,
}

impl Shape {
    /// `text` given this shape.
    pub fn apply(self, text: &str) -> String {
        match self {
            Shape::Exact => text.to_string(),
            Shape::Upper => text.to_uppercase(),
            Shape::Capitalised => capitalise(text),
        }
    }
}

/// `text` with its first letter in capitals.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A match of a form in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    pub range: Range<usize>,
    /// Index of the form in the list the matcher was built from.
    pub form: usize,
    pub shape: Shape,
    /// Whether the text wrote an apostrophe curly (’): the replacement should too.
    pub curly: bool,
}

/// Most forms one matcher serves: a table past this is an error, not a silently ignored table.
pub(crate) const MAX_FORMS: usize = 2_000_000;

/// Most bytes of forms one matcher serves (the automaton takes some tens of bytes per byte of form).
pub(crate) const MAX_FORM_BYTES: usize = 64 * 1024 * 1024;

/// An Aho–Corasick automaton over the folded forms, compiled once.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: Option<AhoCorasick>,
    forms: Vec<String>,
    /// Form index of each pattern of the automaton (case-insensitive duplicates share the first).
    pattern_form: Vec<usize>,
}

impl Matcher {
    /// A matcher of `forms` (case-insensitively unique; later duplicates are ignored).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidOption`] when the forms are more than the matcher serves.
    pub fn new(forms: Vec<String>) -> Result<Matcher, Error> {
        let bytes: usize = forms.iter().map(String::len).sum();
        if forms.len() > MAX_FORMS || bytes > MAX_FORM_BYTES {
            return Err(Error::InvalidOption {
                option: "spelling_table",
                message: format!(
                    "the spelling tables hold {} forms ({bytes} bytes), over the limit of {MAX_FORMS} \
                     forms or {MAX_FORM_BYTES} bytes: use a smaller table",
                    forms.len()
                ),
            });
        }
        let mut seen = std::collections::HashSet::with_capacity(forms.len());
        let mut patterns = Vec::with_capacity(forms.len());
        let mut pattern_form = Vec::with_capacity(forms.len());
        for (i, form) in forms.iter().enumerate() {
            let folded = fold(form).0;
            if !folded.is_empty() && seen.insert(folded.clone()) {
                patterns.push(folded);
                pattern_form.push(i);
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            let built = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .map_err(|e| Error::InvalidOption {
                    option: "spelling_table",
                    message: format!("the spelling tables cannot be compiled: {e}"),
                })?;
            Some(built)
        };
        Ok(Matcher {
            automaton,
            forms,
            pattern_form,
        })
    }

    /// The forms the matcher was built from.
    pub fn forms(&self) -> &[String] {
        &self.forms
    }

    /// Every whole-word match in `text`, left to right, not overlapping: at each start the longest
    /// match the rules accept.
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let (folded, map) = fold(text);
        let mut hits: Vec<Hit> = automaton
            .find_overlapping_iter(folded.as_str())
            .filter_map(|m| {
                let range = original_range(&map, m.start(), m.end(), text.len())?;
                self.hit(text, range, self.pattern_form[m.pattern().as_usize()])
            })
            .collect();
        hits.sort_by(|a, b| {
            a.range
                .start
                .cmp(&b.range.start)
                .then(b.range.end.cmp(&a.range.end))
        });
        let mut taken_to = 0;
        hits.retain(|hit| {
            let free = hit.range.start >= taken_to;
            if free {
                taken_to = hit.range.end;
            }
            free
        });
        hits
    }

    /// A match of `form` at `range` when it stands as whole words and its capitalisation is one the
    /// form allows.
    fn hit(&self, text: &str, range: Range<usize>, form: usize) -> Option<Hit> {
        let before = text[..range.start].chars().next_back();
        let after = text[range.end..].chars().next();
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            return None;
        }
        let written = &self.forms[form];
        let curly = text[range.clone()].contains('’');
        let found = straight(&text[range.clone()]);
        let written_straight = straight(written);
        let shape = if found == written_straight {
            Shape::Exact
        } else if found == capitalise(&written_straight) {
            Shape::Capitalised
        } else if found == written_straight.to_uppercase() && found.chars().count() > 1 {
            Shape::Upper
        } else {
            return None;
        };
        Some(Hit {
            range,
            form,
            shape,
            curly,
        })
    }
}

/// `text` with curly apostrophes straight.
pub(crate) fn straight(text: &str) -> String {
    text.replace('’', "'")
}

/// `text` folded for matching (lower case, ’ as '), with the byte offset in `text` of each byte of
/// the folded text when they differ (`None`: the same offsets).
fn fold(text: &str) -> (String, Option<Vec<usize>>) {
    if text.is_ascii() {
        return (text.to_ascii_lowercase(), None);
    }
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let before = folded.len();
        if c == '’' {
            folded.push('\'');
        } else {
            folded.extend(c.to_lowercase());
        }
        map.extend(std::iter::repeat_n(i, folded.len() - before));
    }
    (folded, Some(map))
}

/// The range of `text` a match of the folded text covers, when it starts and ends on whole characters
/// of `text`.
fn original_range(
    map: &Option<Vec<usize>>,
    start: usize,
    end: usize,
    len: usize,
) -> Option<Range<usize>> {
    let Some(map) = map else {
        return Some(start..end);
    };
    let at = |k: usize| map.get(k).copied().unwrap_or(len);
    let starts_char = start == 0 || map[start - 1] != map[start];
    let ends_char = end >= map.len() || map[end - 1] != map[end];
    (starts_char && ends_char).then(|| at(start)..at(end))
}

/// Characters that continue a word: a match next to one is part of a longer word (or an identifier,
/// as in `Sergey_Lavrov`).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(forms: &[&str]) -> Matcher {
        Matcher::new(forms.iter().map(|f| f.to_string()).collect()).unwrap()
    }

    fn found<'t>(m: &Matcher, text: &'t str) -> Vec<(&'t str, Shape)> {
        m.find_all(text)
            .into_iter()
            .map(|h| (&text[h.range], h.shape))
            .collect()
    }

    #[test]
    fn whole_words_only() {
        let m = matcher(&["Sergey", "Alexandr"]);
        assert!(found(&m, "Sergeyev and Sergeyeva met Alexandra, Sergey_Lavrov").is_empty());
        assert_eq!(
            found(&m, "Sergey's plan, the Sergey-era; SERGEY"),
            [
                ("Sergey", Shape::Exact),
                ("Sergey", Shape::Exact),
                ("SERGEY", Shape::Upper)
            ]
        );
    }

    #[test]
    fn lower_case_words_are_not_names() {
        let m = matcher(&["Maxim", "al-Qaeda"]);
        assert!(found(&m, "a maxim of old").is_empty());
        assert_eq!(
            found(&m, "Al-Qaeda and al-Qaeda"),
            [("Al-Qaeda", Shape::Capitalised), ("al-Qaeda", Shape::Exact)]
        );
    }

    #[test]
    fn longest_form_wins_and_cyrillic_matches() {
        let m = matcher(&["Kurile", "Kurile Islands", "Юрий"]);
        assert_eq!(
            found(&m, "the Kurile Islands"),
            [("Kurile Islands", Shape::Exact)]
        );
        assert_eq!(
            found(&m, "ЮРИЙ и Юрий"),
            [("ЮРИЙ", Shape::Upper), ("Юрий", Shape::Exact)]
        );
    }

    #[test]
    fn a_rejected_longer_match_leaves_the_shorter_one() {
        let m = matcher(&["Kurile", "Kurile Islandsx"]);
        assert_eq!(found(&m, "Kurile Islandsxy"), [("Kurile", Shape::Exact)]);
    }

    #[test]
    fn curly_and_straight_apostrophes_match_alike() {
        let m = matcher(&["Qur'an", "Sana’a"]);
        let hits = m.find_all("the Qur’an in Sana'a");
        assert_eq!(hits.len(), 2);
        assert!(hits[0].curly && !hits[1].curly);
    }

    #[test]
    fn case_folding_that_changes_length_keeps_offsets() {
        let m = matcher(&["Kyiv"]);
        let text = "İİ Kyiv ẞ KYIV";
        let hits = m.find_all(text);
        assert_eq!(hits.len(), 2);
        assert_eq!(&text[hits[0].range.clone()], "Kyiv");
        assert_eq!(&text[hits[1].range.clone()], "KYIV");
    }

    #[test]
    fn empty_matcher_finds_nothing() {
        assert!(matcher(&[]).find_all("anything").is_empty());
    }

    #[test]
    fn too_many_forms_are_an_error() {
        let forms: Vec<String> = (0..=MAX_FORMS).map(|i| format!("N{i}")).collect();
        let err = Matcher::new(forms).unwrap_err();
        assert!(err.to_string().contains("over the limit"), "{err}");
    }
}
