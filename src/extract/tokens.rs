//! Class, id and role hints: what a container's names say about it.
//!
//! The hint words are data (`hints/*.txt`), several languages each, compiled once into one regex per
//! list. A plain line matches anywhere in the lowercased `class` + `id`; a line starting with `=`
//! matches a whole word only.

use once_cell::sync::Lazy;
use regex::Regex;

/// A class/id hint list compiled into one matcher.
#[derive(Debug)]
pub(crate) struct Hints {
    matcher: Option<Regex>,
}

impl Hints {
    /// Compiles a hint file.
    fn new(data: &str) -> Hints {
        let mut anywhere = Vec::new();
        let mut words = Vec::new();
        for line in data.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match line.strip_prefix('=') {
                Some(word) => words.push(regex::escape(&word.to_lowercase())),
                None => anywhere.push(regex::escape(&line.to_lowercase())),
            }
        }
        let mut parts = anywhere;
        if !words.is_empty() {
            parts.push(format!(
                r"(?:^|[^\p{{L}}\p{{N}}])(?:{})(?:$|[^\p{{L}}\p{{N}}])",
                words.join("|")
            ));
        }
        let matcher = (!parts.is_empty()).then(|| {
            Regex::new(&parts.join("|")).expect("hint lists compile: they are escaped literals")
        });
        Hints { matcher }
    }

    /// Whether the (lowercased) names match a hint.
    pub(crate) fn matches(&self, names: &str) -> bool {
        self.matcher.as_ref().is_some_and(|m| m.is_match(names))
    }
}

/// Names of furniture: a container named so loses weight.
pub(crate) static NEGATIVE: Lazy<Hints> =
    Lazy::new(|| Hints::new(include_str!("hints/negative.txt")));
/// Names of article bodies: a container named so gains weight.
pub(crate) static POSITIVE: Lazy<Hints> =
    Lazy::new(|| Hints::new(include_str!("hints/positive.txt")));
/// Names of containers dropped before scoring.
pub(crate) static UNLIKELY: Lazy<Hints> =
    Lazy::new(|| Hints::new(include_str!("hints/unlikely.txt")));
/// Names that rescue an unlikely container.
pub(crate) static MAYBE: Lazy<Hints> = Lazy::new(|| Hints::new(include_str!("hints/maybe.txt")));

/// Weight one matching name gives: large enough to outweigh a few short paragraphs, as in readability.
pub(crate) const HINT_WEIGHT: f32 = 25.0;

/// ARIA roles of page furniture.
pub(crate) fn is_furniture_role(role: &str) -> bool {
    matches!(
        role.trim().to_ascii_lowercase().as_str(),
        "menu" | "menubar" | "complementary" | "navigation" | "alert" | "alertdialog" | "dialog"
    )
}

/// The class weight of an element: +25 per positive name (class, id), -25 per negative one.
pub(crate) fn class_weight(class: Option<&str>, id: Option<&str>) -> f32 {
    let mut weight = 0.0;
    for names in [class, id].into_iter().flatten() {
        if names.is_empty() {
            continue;
        }
        let names = names.to_lowercase();
        if NEGATIVE.matches(&names) {
            weight -= HINT_WEIGHT;
        }
        if POSITIVE.matches(&names) {
            weight += HINT_WEIGHT;
        }
    }
    weight
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_compiles_and_matches_its_kind() {
        assert!(NEGATIVE.matches("comments-list"));
        assert!(NEGATIVE.matches("top ad"));
        assert!(!NEGATIVE.matches("header-download"));
        assert!(POSITIVE.matches("artikel-inhalt"));
        assert!(POSITIVE.matches("正文"));
        assert!(UNLIKELY.matches("cookie-banner"));
        assert!(MAYBE.matches("main-column"));
        assert!(UNLIKELY.matches("post-author-bio"));
        assert!(UNLIKELY.matches("testreport__authorbox"));
        assert!(UNLIKELY.matches("aawp-disclaimer"));
        // A plain "author" is the byline, which the pruner handles on its own (and keeps short).
        assert!(!UNLIKELY.matches("author vcard"));
        assert!(NEGATIVE.matches("affiliate-text"));
        assert!(UNLIKELY.matches("yorumlar-listesi"));
        assert!(UNLIKELY.matches("reclame-blok"));
    }

    #[test]
    fn weights_add_per_attribute() {
        assert_eq!(class_weight(Some("post-content"), None), 25.0);
        assert_eq!(class_weight(Some("sidebar"), Some("story")), 0.0);
        assert_eq!(class_weight(Some("share"), Some("social")), -50.0);
        assert_eq!(class_weight(None, None), 0.0);
    }
}
