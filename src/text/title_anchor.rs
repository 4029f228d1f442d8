//! The page's title as evidence of where its article starts.
//!
//! A scraper that hands over a whole page's visible text starts it, more often than not, with the
//! page's `<title>`: the article's headline with the site's name beside it ("Storm hits coast |
//! Daily Herald", "Daily Herald - Storm hits coast"). Further down the headline stands again, on a
//! line of its own, right above the article. On a news front or an article page with long teaser
//! lists, the richest run of prose may be the teasers, not the article: the title tells which
//! headline the page is about. When the located run lies elsewhere and a run of prose starts right
//! below the title's headline, the article is that run.

use super::locate::Measured;
use crate::measure::is_unspaced_script;
use crate::phrases::fold;

/// Words past which the first line is no page title (a title is a headline and a site's name).
const MAX_TITLE_WORDS: usize = 30;

/// Words the headline needs for its repetition to tell something: "Home" or "News" in a title and in
/// a menu below say nothing about where the article is.
const MIN_HEADLINE_WORDS: usize = 3;

/// Characters a headline of a script written without spaces needs instead of words.
const MIN_UNSPACED_HEADLINE_CHARS: usize = 8;

/// What separates a title's headline from the site's or section's name.
const TITLE_SEPARATORS: [&str; 9] = [
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " : ",
];

/// The [`TITLE_SEPARATORS`] that a short sentence of prose seldom holds: bars, dashes and the like
/// between spaces. (" / " and " : " stand in prose: "and / or", "Note : …".)
const SITE_SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

/// Whether `line` has the shape of a page's `<title>`: words, one of [`SITE_SEPARATORS`], words
/// ("Hugging Face – The AI community building the future.", "Grain exports rise | Daily Post"). A
/// title may close with a full stop, as a site's motto does; the caller bounds its length, for a
/// long sentence may hold a dash.
pub(crate) fn has_site_separator(line: &str) -> bool {
    SITE_SEPARATORS.iter().any(|sep| {
        line.split_once(sep).is_some_and(|(before, after)| {
            before.chars().any(char::is_alphanumeric) && after.chars().any(char::is_alphanumeric)
        })
    })
}

/// The lines of the page below its title, by index, that repeat the title's headline: the first
/// line's folded text whole, or a part of it that one of [`TITLE_SEPARATORS`] cuts off from the
/// rest (the site's name before or after). Empty when the first line is no title (too long) or no
/// such part is long enough to tell anything.
pub(super) fn title_headlines(m: &Measured<'_>) -> Vec<usize> {
    let Some(title) = m.blocks.first() else {
        return Vec::new();
    };
    if m.words[0] > MAX_TITLE_WORDS {
        return Vec::new();
    }
    let stems = headline_stems(&title.text);
    if stems.is_empty() {
        return Vec::new();
    }
    (1..m.blocks.len())
        .filter(|&i| m.words[i] <= MAX_TITLE_WORDS)
        .filter(|&i| match m.keys.and_then(|keys| keys.get(i)) {
            Some(key) => stems.iter().any(|stem| stem == key.folded(&m.blocks[i])),
            None => stems.contains(&fold(&m.blocks[i].text)),
        })
        .collect()
}

/// The folded forms a title's headline may take: the whole title, and its longest part between
/// [`TITLE_SEPARATORS`] (the site's and section's names are the shorter parts), each when long enough
/// to tell something ([`MIN_HEADLINE_WORDS`]).
fn headline_stems(title: &str) -> Vec<String> {
    let mut cuts: Vec<(usize, usize)> = TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| title.match_indices(sep).map(|(at, s)| (at, at + s.len())))
        .collect();
    cuts.sort_unstable();
    let mut parts = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for (start, end) in cuts {
        if start >= from {
            parts.push(&title[from..start]);
            from = end;
        }
    }
    parts.push(&title[from..]);
    let longest = parts
        .iter()
        .map(|part| fold(part))
        .max_by_key(|part| part.chars().count());
    let mut stems: Vec<String> = std::iter::once(fold(title)).chain(longest).collect();
    stems.retain(|stem| tells_something(stem));
    stems.dedup();
    stems
}

/// Whether a folded headline is long enough for its repetition on a line of its own to mean the
/// article's headline: [`MIN_HEADLINE_WORDS`] words, or a run of [`MIN_UNSPACED_HEADLINE_CHARS`]
/// characters of a script written without spaces. One long word of a spaced script ("Newsletter",
/// a menu's first entry, which the footer's menu repeats) is no headline.
fn tells_something(folded: &str) -> bool {
    let words = folded.split(' ').filter(|w| !w.is_empty()).count();
    words >= MIN_HEADLINE_WORDS
        || (words == 1
            && folded.chars().filter(|&c| is_unspaced_script(c)).count()
                >= MIN_UNSPACED_HEADLINE_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::word_count;
    use crate::text::split_blocks;

    fn headlines(text: &str) -> Vec<usize> {
        let blocks = split_blocks(text);
        let words: Vec<usize> = blocks.iter().map(|b| word_count(&b.text)).collect();
        title_headlines(&Measured::new(&blocks, &words, None))
    }

    #[test]
    fn the_headline_is_found_with_the_site_name_on_either_side() {
        let page = "Storm hits the coast | Daily Herald\n\nHome\n\nStorm hits the coast\n\nText.\n";
        assert_eq!(headlines(page), vec![2]);
        let page =
            "Daily Herald - Storm hits the coast\n\nNews\n\nStorm Hits The Coast!\n\nText.\n";
        assert_eq!(headlines(page), vec![2]);
    }

    #[test]
    fn the_site_name_is_no_headline_however_long() {
        let page = "Storm hits the coast tonight | The Daily Herald\n\nThe Daily Herald\n\nNews\n";
        assert!(headlines(page).is_empty());
    }

    #[test]
    fn short_or_partial_repetitions_are_no_headline() {
        // "Daily Herald" is the site's name, too short to tell; a line that only starts like the
        // headline is another line.
        let page =
            "Storm hits the coast | Daily Herald\n\nDaily Herald\n\nStorm hits the coast again\n";
        assert!(headlines(page).is_empty());
        let page = "News | Herald\n\nNews\n\nHerald\n";
        assert!(headlines(page).is_empty());
    }

    #[test]
    fn one_long_word_is_a_headline_only_in_a_script_without_spaces() {
        // A page's text without its title opens with the menu, which the footer repeats.
        let page = "Newsletter\n\nSubscriptions\n\nStorm hits the coast\n\nNewsletter\n";
        assert!(headlines(page).is_empty());
        let page = "台風が沿岸部を直撃 | 日報\n\nホーム\n\n台風が沿岸部を直撃\n\n本文。\n";
        assert_eq!(headlines(page), vec![2]);
    }

    #[test]
    fn a_site_separator_between_words_gives_a_title_its_shape() {
        assert!(has_site_separator(
            "Product Hunt – The best new products in tech."
        ));
        assert!(has_site_separator("Grain exports rise | Daily Post"));
        assert!(!has_site_separator(
            "The vote was close, and the council met again."
        ));
        assert!(!has_site_separator("Pros and / or cons"));
        assert!(!has_site_separator("– The best new products in tech."));
    }
}
