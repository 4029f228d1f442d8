//! The headline: candidates from the markup, the site's suffix stripped, picked by agreement.

use once_cell::sync::Lazy;
use regex::Regex;

/// A last title segment of at most this many words is a site's name or a section ("- BBC News",
/// "| Politics"), not part of a headline.
const MAX_SUFFIX_WORDS: usize = 3;

/// What must stay of a title for a short suffix to be cut: a headline of fewer words would more likely
/// be cut in half ("Rock - Paper").
const MIN_HEAD_WORDS: usize = 3;

/// A separator between a headline and the site's name: a bar, dash, colon pair, dot or slash with
/// spaces around it.
static SEPARATOR: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\s+(?:\||-|–|—|::|·|•|/|//|»|~)\s+").unwrap());

/// Lower-cased, whitespace-collapsed, punctuation at the ends trimmed: the form titles are compared in.
pub(super) fn comparable(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Whether a title segment names the site: equal to its name or host, or one holding the other.
fn names_site(segment: &str, site_names: &[String]) -> bool {
    let segment = comparable(segment);
    let compact: String = segment.chars().filter(|c| c.is_alphanumeric()).collect();
    !segment.is_empty()
        && site_names.iter().any(|site| {
            let site_compact: String = site.chars().filter(|c| c.is_alphanumeric()).collect();
            !site_compact.is_empty()
                && (site_compact == compact
                    || (compact.len() >= 3 && site_compact.contains(&compact))
                    || (site_compact.len() >= 3 && compact.contains(&site_compact)))
        })
}

/// Strips the site's name from the end (or the start) of a title: " - BBC News", " | Site",
/// "Site :: ". The last segment goes when it names the site or is short; the first only when it
/// names the site.
pub(super) fn strip_site(title: &str, site_names: &[String]) -> String {
    let separators: Vec<regex::Match<'_>> = SEPARATOR.find_iter(title).collect();
    let (Some(first), Some(last)) = (separators.first(), separators.last()) else {
        return title.trim().to_string();
    };
    let (head, tail) = (&title[..last.start()], &title[last.end()..]);
    if names_site(tail, site_names)
        || (word_count(tail) <= MAX_SUFFIX_WORDS && word_count(head) >= MIN_HEAD_WORDS)
    {
        return head.trim().to_string();
    }
    let (lead, rest) = (&title[..first.start()], &title[first.end()..]);
    if names_site(lead, site_names) && word_count(rest) >= MIN_HEAD_WORDS {
        return rest.trim().to_string();
    }
    title.trim().to_string()
}

/// Strips a suffix from a metadata title only when it names the site: an `og:title` is the
/// headline as the site wants it shared, so a short last segment there is part of it.
fn strip_named_site(title: &str, site_names: &[String]) -> String {
    match SEPARATOR.find_iter(title).last() {
        Some(last) if names_site(&title[last.end()..], site_names) && word_count(&title[..last.start()]) > 0 => {
            title[..last.start()].trim().to_string()
        }
        _ => title.trim().to_string(),
    }
}

/// Picks the headline.
///
/// `candidates` come from the metadata (og:title, twitter:title, JSON-LD headline, …) in order of
/// trust. The first one that the `<title>` or an `<h1>` confirms wins; else the first candidate;
/// without candidates, an `<h1>` the `<title>` confirms, else the `<title>` without the site's suffix,
/// else the first `<h1>`.
pub(super) fn choose_title(
    candidates: &[(String, &'static str)],
    document_title: Option<&str>,
    h1s: &[String],
    site_names: &[String],
) -> Option<(String, &'static str)> {
    let stripped_title = document_title.map(|t| strip_site(t, site_names)).filter(|t| !t.is_empty());
    let full_title = document_title.map(comparable).unwrap_or_default();
    let mut confirmations: Vec<String> = h1s.iter().map(|h| comparable(h)).collect();
    confirmations.extend(stripped_title.as_deref().map(comparable));
    let candidates: Vec<(String, &'static str)> = candidates
        .iter()
        .map(|(text, source)| (strip_named_site(text, site_names), *source))
        .filter(|(text, _)| !comparable(text).is_empty())
        .collect();
    let confirmed = candidates.iter().find(|(text, _)| {
        let c = comparable(text);
        confirmations.contains(&c) || (word_count(&c) >= MIN_HEAD_WORDS && full_title.starts_with(&c))
    });
    if let Some(found) = confirmed.or(candidates.first()) {
        return Some(found.clone());
    }
    let confirmed_h1 = h1s.iter().find(|h| {
        let c = comparable(h);
        !c.is_empty() && full_title.contains(&c)
    });
    if let Some(h1) = confirmed_h1 {
        return Some((h1.clone(), "h1"));
    }
    stripped_title
        .map(|t| (t, "<title>"))
        .or_else(|| h1s.first().map(|h| (h.clone(), "h1")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sites(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| comparable(n)).collect()
    }

    #[test]
    fn site_suffixes_are_stripped() {
        let bbc = sites(&["BBC News"]);
        for (title, stripped) in [
            ("Obama admits US gun laws are his 'biggest frustration' - BBC News", "Obama admits US gun laws are his 'biggest frustration'"),
            ("Storm hits the coast | Politics", "Storm hits the coast"),
            ("Lorem ipsum dolor sit amet – My website", "Lorem ipsum dolor sit amet"),
            ("BBC News :: Storm hits the coast", "Storm hits the coast"),
            ("Get your code covered | Code | Nicolas Perriault", "Get your code covered | Code"),
            ("The storm hits the coast of the county hard - Something else entirely here", "The storm hits the coast of the county hard - Something else entirely here"),
            ("Rock - Paper", "Rock - Paper"),
            ("A title without separator", "A title without separator"),
            ("Covid-19 cases rise", "Covid-19 cases rise"),
        ] {
            assert_eq!(strip_site(title, &bbc), stripped, "{title}");
        }
    }

    #[test]
    fn metadata_titles_lose_only_the_site_name() {
        let site = sites(&["BBC News"]);
        assert_eq!(strip_named_site("Headline here - BBC News", &site), "Headline here");
        assert_eq!(strip_named_site("Rock - Paper", &site), "Rock - Paper");
    }

    fn c(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        list.iter().map(|(t, s)| (t.to_string(), *s)).collect()
    }

    #[test]
    fn the_confirmed_candidate_wins() {
        let candidates = c(&[("Share-friendly teaser!", "og:title"), ("Storm hits the coast", "json-ld:headline")]);
        let got = choose_title(&candidates, Some("Storm hits the coast | Daily"), &[], &[]);
        assert_eq!(got, Some(("Storm hits the coast".into(), "json-ld:headline")));
        let got = choose_title(&candidates, None, &["Something else".into()], &[]);
        assert_eq!(got, Some(("Share-friendly teaser!".into(), "og:title")));
    }

    #[test]
    fn without_metadata_h1_and_title_decide() {
        let h1s = vec!["Site logo".to_string(), "Storm hits the coast".to_string()];
        let got = choose_title(&[], Some("Storm hits the coast - Daily Planet"), &h1s, &[]);
        assert_eq!(got, Some(("Storm hits the coast".into(), "h1")));
        let got = choose_title(&[], Some("Storm hits the coast - Daily Planet"), &["Menu".into()], &[]);
        assert_eq!(got, Some(("Storm hits the coast".into(), "<title>")));
        let got = choose_title(&[], None, &["Only heading".into()], &[]);
        assert_eq!(got, Some(("Only heading".into(), "h1")));
        assert_eq!(choose_title(&[], Some("  "), &[], &[]), None);
    }
}
