//! The headline: candidates from the markup, the site's suffix stripped, picked by agreement.

use once_cell::sync::Lazy;
use regex::Regex;

/// A last title segment of at most this many words is a site's name or a section ("- BBC News",
/// "| Politics"), not part of a headline.
const MAX_SUFFIX_WORDS: usize = 3;

/// What must stay of a title for a short suffix that does not name the site to be cut: with fewer words
/// the title is as likely a headline in two parts ("Rock - Paper", "Mozilla - Wikipedia" when the
/// site's name is unknown) or a navigation path ("Docs - Install").
const MIN_HEAD_WORDS: usize = 5;

/// A separator between a headline and the site's name: a bar, dash, colon pair, dot or slash with
/// spaces around it.
static SEPARATOR: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\s+(?:\||-|–|—|::|·|•|/|//|»|~)\s+").unwrap());

/// The sources that may overrule the first title candidate when the page confirms them and not it.
const RIVAL_SOURCES: &[&str] = &["json-ld:headline", "og:title", "json-ld:name"];

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
    let head_words = word_count(head);
    if (names_site(tail, site_names) && head_words > 0)
        || (word_count(tail) <= MAX_SUFFIX_WORDS && head_words >= MIN_HEAD_WORDS)
    {
        return head.trim().to_string();
    }
    let (lead, rest) = (&title[..first.start()], &title[first.end()..]);
    if names_site(lead, site_names) && word_count(rest) > 0 {
        return rest.trim().to_string();
    }
    title.trim().to_string()
}

/// The `<title>` cut at a separator where what comes before it is the page's `<h1>`: "Storm hits coast |
/// Daily News" with the heading "Storm hits coast". The heading confirms where the site's name begins.
fn strip_by_heading(title: &str, h1s: &[String]) -> Option<String> {
    let headings: Vec<String> = h1s.iter().map(|h| comparable(h)).collect();
    SEPARATOR.find_iter(title).find_map(|separator| {
        let head = title[..separator.start()].trim();
        let key = comparable(head);
        (!key.is_empty() && headings.contains(&key)).then(|| head.to_string())
    })
}

/// Picks the headline.
///
/// `candidates` come from the metadata in order of trust: JSON-LD `headline`, `og:title`, then the
/// others (twitter:title, Dublin Core, …, JSON-LD `name`). Sites fill JSON-LD for search engines and
/// OpenGraph for sharing, often rewriting the one or the other, and some put a description in the
/// JSON-LD `headline` and the title in its `name`; so when the first of these is not confirmed by an
/// `<h1>` or the `<title>` and a rival among them is, the rival wins. Metadata titles are kept as the site wrote them. Without
/// metadata the `<title>` stands, its site suffix stripped, and without a `<title>` the first `<h1>`.
pub(super) fn choose_title(
    candidates: &[(String, &'static str)],
    document_title: Option<&str>,
    h1s: &[String],
    site_names: &[String],
) -> Option<(String, &'static str)> {
    let stripped_title = document_title
        .map(|t| strip_by_heading(t, h1s).unwrap_or_else(|| strip_site(t, site_names)))
        .filter(|t| !comparable(t).is_empty());
    let mut confirmations: Vec<String> = h1s.iter().map(|h| comparable(h)).collect();
    confirmations.extend(document_title.map(comparable));
    confirmations.extend(stripped_title.as_deref().map(comparable));
    let is_confirmed = |text: &str| confirmations.contains(&comparable(text));
    let candidates: Vec<&(String, &'static str)> = candidates
        .iter()
        .filter(|(text, _)| !comparable(text).is_empty())
        .collect();
    if candidates
        .first()
        .is_some_and(|(text, _)| !is_confirmed(text))
    {
        let rival = candidates
            .iter()
            .skip(1)
            .find(|(text, source)| RIVAL_SOURCES.contains(source) && is_confirmed(text));
        if let Some(rival) = rival {
            return Some((*rival).clone());
        }
    }
    if let Some(first) = candidates.first() {
        return Some((*first).clone());
    }
    stripped_title.map(|t| (t, "<title>")).or_else(|| {
        h1s.iter()
            .find(|h| !comparable(h).is_empty())
            .map(|h| (h.clone(), "h1"))
    })
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
            (
                "Obama admits US gun laws are his 'biggest frustration' - BBC News",
                "Obama admits US gun laws are his 'biggest frustration'",
            ),
            (
                "Storm hits the coast overnight | Politics",
                "Storm hits the coast overnight",
            ),
            (
                "Storm hits the coast | Politics",
                "Storm hits the coast | Politics",
            ),
            ("Storm hits - BBC News", "Storm hits"),
            (
                "Lorem ipsum dolor sit amet – My website",
                "Lorem ipsum dolor sit amet",
            ),
            ("BBC News :: Storm hits the coast", "Storm hits the coast"),
            (
                "Get your code fully covered | Code | Nicolas Perriault",
                "Get your code fully covered | Code",
            ),
            (
                "The storm hits the coast of the county hard - Something else entirely here",
                "The storm hits the coast of the county hard - Something else entirely here",
            ),
            ("Rock - Paper", "Rock - Paper"),
            ("A title without separator", "A title without separator"),
            ("Covid-19 cases rise", "Covid-19 cases rise"),
        ] {
            assert_eq!(strip_site(title, &bbc), stripped, "{title}");
        }
    }

    fn c(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        list.iter().map(|(t, s)| (t.to_string(), *s)).collect()
    }

    #[test]
    fn json_ld_and_opengraph_are_settled_by_agreement() {
        let candidates = c(&[
            ("Storm hits the coast", "json-ld:headline"),
            ("You won't believe this storm", "og:title"),
        ]);
        let got = choose_title(&candidates, Some("Storm hits the coast | Daily"), &[], &[]);
        assert_eq!(
            got,
            Some(("Storm hits the coast".into(), "json-ld:headline"))
        );
        let got = choose_title(&candidates, Some("You won't believe this storm"), &[], &[]);
        assert_eq!(
            got,
            Some(("You won't believe this storm".into(), "og:title"))
        );
        // A twitter:title is no rival: sites copy it from the others.
        let with_twitter = c(&[
            ("Storm hits the coast", "og:title"),
            ("Storm: live", "twitter:title"),
        ]);
        let got = choose_title(&with_twitter, Some("Storm: live"), &[], &[]);
        assert_eq!(got, Some(("Storm hits the coast".into(), "og:title")));
        // A JSON-LD name confirmed by the h1 wins over a headline that is a description.
        let wiki = c(&[
            (
                "matrix equal to its conjugate-transpose",
                "json-ld:headline",
            ),
            ("Hermitian matrix", "json-ld:name"),
        ]);
        let got = choose_title(
            &wiki,
            Some("Hermitian matrix - Wikipedia"),
            &["Hermitian matrix".into()],
            &[],
        );
        assert_eq!(got, Some(("Hermitian matrix".into(), "json-ld:name")));
        // Unconfirmed both: JSON-LD.
        let got = choose_title(&candidates, None, &["Something else".into()], &[]);
        assert_eq!(
            got,
            Some(("Storm hits the coast".into(), "json-ld:headline"))
        );
    }

    #[test]
    fn metadata_titles_are_kept_as_written() {
        let candidates = c(&[
            ("How to build a terrarium | eHow", "og:title"),
            ("How to build a terrarium", "twitter:title"),
        ]);
        let got = choose_title(
            &candidates,
            Some("How to build a terrarium"),
            &[],
            &sites(&["eHow"]),
        );
        assert_eq!(
            got,
            Some(("How to build a terrarium | eHow".into(), "og:title"))
        );
    }

    #[test]
    fn the_heading_shows_where_a_short_title_ends() {
        let h1s = vec!["Storm hits coast".to_string()];
        assert_eq!(
            strip_by_heading("Storm hits coast | Daily News", &h1s).as_deref(),
            Some("Storm hits coast")
        );
        assert_eq!(
            strip_by_heading("Storm hits coast again | Daily News", &h1s),
            None
        );
    }

    #[test]
    fn without_metadata_the_title_then_the_h1() {
        let site = sites(&["Daily Planet"]);
        let got = choose_title(
            &[],
            Some("Storm hits the coast - Daily Planet"),
            &["Menu".into()],
            &site,
        );
        assert_eq!(got, Some(("Storm hits the coast".into(), "<title>")));
        let got = choose_title(&[], None, &["  ".into(), "Only heading".into()], &[]);
        assert_eq!(got, Some(("Only heading".into(), "h1")));
        assert_eq!(choose_title(&[], Some("  "), &[], &[]), None);
    }
}
