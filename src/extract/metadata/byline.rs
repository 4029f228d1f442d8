//! The byline: cleaning author names out of the markup that carries them.

use super::clean::{clean_value, is_url};
use super::collect::MAX_BYLINE_CHARS;
use super::dates::date_start;
use once_cell::sync::Lazy;
use regex::Regex;

/// Words that introduce a byline ("By", "Von", "Par", …), one per line.
const PREFIXES: &str = include_str!("byline_prefixes.txt");

/// Words that join a byline to a date after it ("am", "on", "Updated:"), one per line.
const CONNECTIVES: &str = include_str!("byline_connectives.txt");

static CONNECTIVE_LIST: Lazy<Vec<String>> = Lazy::new(|| word_list(CONNECTIVES));

/// First words of picture credits that sit in byline markup ("Foto: …", "Photo by …").
const REJECTS: &str = include_str!("byline_rejects.txt");

static REJECT_LIST: Lazy<Vec<String>> = Lazy::new(|| word_list(REJECTS));

fn word_list(data: &str) -> Vec<String> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

/// A picture credit: "©", or a first word such as "Foto" or "Photo".
fn is_picture_credit(text: &str) -> bool {
    let first = text
        .split(is_separator)
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    text.starts_with('©') || REJECT_LIST.contains(&first)
}

/// A relative time after a byline ("3 hours ago", "vor 2 Tagen", "il y a 5 min", "hace 1 día").
static RELATIVE_TIME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?:\b\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\s+ago\b|\bvor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b|\bil\s+y\s+a\s+\d+|\bhace\s+\d+)",
    )
    .unwrap()
});

/// Characters that separate a byline from what follows it on the same line.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '|' | ',' | ';' | ':' | '-' | '–' | '—' | '/' | '·' | '•' | '~'
        )
}

/// The prefixes, lower case, longest first so that "written by" is tried before "by".
static PREFIX_LIST: Lazy<Vec<String>> = Lazy::new(|| {
    let mut list: Vec<String> = PREFIXES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    list.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    list.dedup();
    list
});

/// A byline as it should read: whitespace collapsed, a leading "By" (in several languages) and
/// trailing separators removed; `None` for URLs, empty or over-long values.
pub(super) fn clean_byline(raw: &str) -> Option<String> {
    let text = clean_value(raw)?;
    if is_url(&text) || is_picture_credit(&text) {
        return None;
    }
    let text = strip_prefix(&text);
    // Every relative time holds a digit (`\d`, which `char::is_numeric` takes in): a byline without
    // one is not searched, and the pattern not compiled for it.
    let relative = text
        .chars()
        .any(char::is_numeric)
        .then(|| RELATIVE_TIME.find(text))
        .flatten()
        .map(|m| m.start());
    let text = match date_start(text).into_iter().chain(relative).min() {
        Some(at) => strip_connectives(&text[..at]),
        None => text,
    };
    let text = strip_prefix(text.trim_matches(is_separator));
    let text = text.trim_matches(is_separator);
    let has_letters = text.chars().any(char::is_alphabetic);
    let lower = text.to_lowercase();
    let only_connectives = lower
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .all(|w| CONNECTIVE_LIST.iter().any(|c| c == w));
    let is_prefix_alone = PREFIX_LIST.contains(&lower) || only_connectives;
    (has_letters && !is_prefix_alone && text.chars().count() <= MAX_BYLINE_CHARS && !is_url(text))
        .then(|| text.to_string())
}

/// Removes the words that led up to a date cut from the end ("Jane Doe am", "Reuters Updated:").
fn strip_connectives(text: &str) -> &str {
    let mut text = text.trim_end_matches(is_separator);
    while let Some((head, last)) = text.rsplit_once(char::is_whitespace) {
        let word = last.trim_matches(is_separator).to_lowercase();
        if !CONNECTIVE_LIST.contains(&word) {
            break;
        }
        text = head.trim_end_matches(is_separator);
    }
    text
}

/// Removes one leading byline word ("By", "Written by", "Von", …) followed by a space or a colon.
fn strip_prefix(text: &str) -> &str {
    for prefix in PREFIX_LIST.iter() {
        let n = prefix.chars().count();
        let cut = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
        if text[..cut].to_lowercase() != *prefix {
            continue;
        }
        let rest = &text[cut..];
        if rest.starts_with(|c: char| c.is_whitespace() || c == ':') {
            let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ':');
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_in_several_languages_are_stripped() {
        for (raw, clean) in [
            ("By Ana Sandoiu", "Ana Sandoiu"),
            ("By\n\t\t\tScott Cunningham", "Scott Cunningham"),
            ("BY: JOE WEE", "JOE WEE"),
            ("Written by Rob Ewaschuk", "Rob Ewaschuk"),
            ("Par Sébastien Farcis", "Sébastien Farcis"),
            ("Von Anna Schmidt", "Anna Schmidt"),
            ("Por María López |", "María López"),
            ("Автор: Иван Петров", "Иван Петров"),
            ("Jane Doe", "Jane Doe"),
            ("Jörn Mecher am 08.12.2022", "Jörn Mecher"),
            ("Redaktion, 24. Januar 2022", "Redaktion"),
            ("Sara Zinnecker Stand: 05. Februar 2020", "Sara Zinnecker"),
            ("eseppelt · 31. Oktober 2023", "eseppelt"),
            ("Reuters Updated: January 16, 2020", "Reuters"),
            ("Veröffentlicht von HansG", "HansG"),
            ("przez Łukasz Brzeziński", "Łukasz Brzeziński"),
            ("Alex Perry 1 day ago", "Alex Perry"),
            ("Anna Schmidt, vor 3 Stunden", "Anna Schmidt"),
        ] {
            assert_eq!(clean_byline(raw).as_deref(), Some(clean), "{raw}");
        }
    }

    #[test]
    fn names_that_start_like_a_prefix_are_kept() {
        for name in [
            "Byron Smith",
            "Diane Keaton",
            "Avery Jones",
            "Parker Posey",
            "Vonda Shepard",
        ] {
            assert_eq!(clean_byline(name).as_deref(), Some(name));
        }
        assert_eq!(clean_byline("By"), None);
        assert_eq!(clean_byline("Written by:"), None);
    }

    #[test]
    fn urls_and_long_texts_are_not_bylines() {
        assert_eq!(clean_byline("https://www.facebook.com/janedoe"), None);
        assert_eq!(clean_byline(" | "), None);
        assert_eq!(clean_byline(&"word ".repeat(40)), None);
        assert_eq!(clean_byline("© Kathrin Führes"), None);
        assert_eq!(clean_byline("Foto: Anna Schmidt"), None);
        assert_eq!(clean_byline("Фото из Инстаграма"), None);
        assert_eq!(
            clean_byline("Photographer Jane Doe").as_deref(),
            Some("Photographer Jane Doe")
        );
        assert_eq!(clean_byline("Posted on"), None);
        assert_eq!(clean_byline("Veröffentlicht am"), None);
        assert_eq!(clean_byline("Posted on March 5, 2019"), None);
        assert_eq!(
            clean_byline("Veröffentlicht am 8. Februar 2022 von PETA-Team"),
            None
        );
    }
}
