//! One automaton over every form of a table: whole-word, case-insensitive, capitalisation carried over.

use regex::{Regex, RegexBuilder};
use std::collections::HashMap;
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
}

/// Regex alternation of many literal forms, compiled once.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: Option<Regex>,
    forms: Vec<String>,
    by_key: HashMap<String, usize>,
}

/// Compiled size the alternation may reach: a few thousand names compile to a few MiB.
const MATCHER_SIZE_LIMIT: usize = 64 * 1024 * 1024;

impl Matcher {
    /// A matcher of `forms` (case-insensitively unique; later duplicates are ignored).
    pub fn new(forms: Vec<String>) -> Matcher {
        let mut by_key = HashMap::with_capacity(forms.len());
        for (i, form) in forms.iter().enumerate() {
            by_key.entry(form.to_lowercase()).or_insert(i);
        }
        let mut alternatives: Vec<&String> = forms.iter().collect();
        // Longest first: the alternation is leftmost-first, so a longer form wins at the same start.
        alternatives.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        alternatives.dedup();
        let automaton = (!alternatives.is_empty()).then(|| {
            let pattern: Vec<String> = alternatives.iter().map(|f| regex::escape(f)).collect();
            RegexBuilder::new(&pattern.join("|"))
                .case_insensitive(true)
                .size_limit(MATCHER_SIZE_LIMIT)
                .build()
                .ok()
        });
        Matcher {
            automaton: automaton.flatten(),
            forms,
            by_key,
        }
    }

    /// Every whole-word match in `text`, left to right, not overlapping.
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let Some(automaton) = &self.automaton else {
            return hits;
        };
        let mut at = 0;
        while let Some(m) = automaton.find_at(text, at) {
            match self.hit(text, m.range()) {
                Some(hit) => {
                    at = hit.range.end;
                    hits.push(hit);
                }
                None => {
                    at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
                }
            }
            if at >= text.len() {
                break;
            }
        }
        hits
    }

    /// A match at `range` when it stands as whole words and its capitalisation is one the form allows.
    fn hit(&self, text: &str, range: Range<usize>) -> Option<Hit> {
        let before = text[..range.start].chars().next_back();
        let after = text[range.end..].chars().next();
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            return None;
        }
        let found = &text[range.clone()];
        let form = *self.by_key.get(&found.to_lowercase())?;
        let written = &self.forms[form];
        let shape = if found == written {
            Shape::Exact
        } else if found == capitalise(written) {
            Shape::Capitalised
        } else if found == written.to_uppercase() && found.chars().count() > 1 {
            Shape::Upper
        } else {
            return None;
        };
        Some(Hit { range, form, shape })
    }
}

/// Characters that continue a word: a match next to one is part of a longer word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(forms: &[&str]) -> Matcher {
        Matcher::new(forms.iter().map(|f| f.to_string()).collect())
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
        assert!(found(&m, "Sergeyev and Sergeyeva met Alexandra").is_empty());
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
    fn empty_matcher_finds_nothing() {
        assert!(matcher(&[]).find_all("anything").is_empty());
    }
}
