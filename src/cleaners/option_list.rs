//! A picker's options run together: a country selector or a month archive dumped as one line of text.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::removal::Reason;
use once_cell::sync::Lazy;
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

/// Words a block must have to be read as a picker's options: a short list is a label or a line of prose.
const MIN_WORDS: usize = 12;

/// Names a place or language picker's line holds at least.
const MIN_NAMES: usize = 10;

/// Share of the line's words that the names must make up: the rest is the picker's label and what
/// some pickers print beside each name (a shop's currency codes: "Albania / ALL Andorra / EUR").
const MIN_NAME_SHARE: f64 = 0.4;

/// Months with a year ("November 2025") a month archive's line holds at least.
const MIN_MONTHS: usize = 6;

/// Share of the line's words that months with their years must make up.
const MIN_MONTH_SHARE: f64 = 0.6;

/// Options per comma, semicolon or full stop a line of options has at least.
const OPTIONS_PER_MARK: usize = 4;

/// Words a name has at most ("South Georgia and the South Sandwich Islands").
const MAX_NAME_WORDS: usize = 7;

/// Removes a block that is a picker's options run together, as a page's text dump prints a `<select>`:
/// a country or state selector ("Select Country United States Canada Afghanistan Albania …"), a
/// language switcher ("Select Language English Afrikaans Albanian …") or a blog's month archive
/// ("Archives Select Month January 2026 December 2025 …"). Prose lists with commas, options
/// do not: a block with a question or exclamation mark, or with a comma, semicolon or full stop for
/// every four options, stays, however many countries or months it names.
///
/// Place names are English (`place_names.txt`: countries, US states, Canadian provinces); language
/// names English and each language's own (`language_names.txt`); month names those of every language
/// copydesk reads dates in.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n\
///     Archives Select Month March 2026 February 2026 January 2026 December 2025 November 2025 October 2025\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "option-list");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct OptionList;

impl Cleaner for OptionList {
    fn name(&self) -> &'static str {
        "option-list"
    }

    fn check(&self, block: &Block, _cx: &BlockContext<'_>) -> Verdict {
        let text = &block.text;
        // The three are ASCII: a byte scan finds them without decoding characters.
        if memchr::memchr3(b'\n', b'?', b'!', text.as_bytes()).is_some() {
            return Verdict::Keep;
        }
        // A block punctuated like prose for every one of its words taken as an option is punctuated
        // like prose for any options found among them: passed over before any word is copied.
        match words_unless_prose(text) {
            Some(all) if !punctuated_like_prose(text, all) => {}
            _ => return Verdict::Keep,
        }
        let words = Words::of(text);
        if words.len() < MIN_WORDS {
            return Verdict::Keep;
        }
        match options_of(&words) {
            Some((options, reason)) if !punctuated_like_prose(text, options) => {
                Verdict::Drop(Reason::Pattern(reason))
            }
            _ => Verdict::Keep,
        }
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// A block's words, each trimmed of what is not a letter or digit at its ends and lower-cased, empty
/// ones left out: written once into one text, a single space between two words, so that a run of
/// words is a slice of it (a name of several words is looked up without joining them, and no word
/// is a string of its own).
struct Words {
    joined: String,
    /// Each word's bytes in `joined`.
    spans: Vec<Range<usize>>,
}

impl Words {
    fn of(text: &str) -> Words {
        let mut words = Words {
            joined: String::with_capacity(text.len()),
            spans: Vec::new(),
        };
        for token in text.split_whitespace() {
            let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric());
            if trimmed.is_empty() {
                continue;
            }
            if !words.joined.is_empty() {
                words.joined.push(' ');
            }
            let start = words.joined.len();
            if trimmed.is_ascii() {
                words.joined.push_str(trimmed);
                words.joined[start..].make_ascii_lowercase();
            } else {
                words.joined.push_str(&trimmed.to_lowercase());
            }
            // No character lower-cases to nothing or to white space: the word stays one word.
            words.spans.push(start..words.joined.len());
        }
        words
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    /// The word at `i`.
    fn word(&self, i: usize) -> &str {
        &self.joined[self.spans[i].clone()]
    }

    /// The `n` words from `i` on, joined by single spaces.
    fn run(&self, i: usize, n: usize) -> &str {
        &self.joined[self.spans[i].start..self.spans[i + n - 1].end]
    }
}

/// Share of a block's words starting with a lower-case letter above which it reads as prose: a picker's
/// options are names and dates, capitalized, with an "and" or "of" inside a few names.
const MAX_LOWER_CASE_SHARE: f64 = 0.5;

/// Whether `text` is too short for a picker's options or reads as prose by its lower-case words: most
/// blocks are passed over here, before any word is copied.
#[cfg(test)]
fn reads_as_prose(text: &str) -> bool {
    words_unless_prose(text).is_none()
}

/// The number of words of `text` (split at whitespace), or `None` when it is too short for a
/// picker's options or reads as prose by its lower-case words (see [`reads_as_prose`]).
fn words_unless_prose(text: &str) -> Option<usize> {
    let (mut words, mut lower) = (0usize, 0usize);
    // Words and their first letters read eight bytes at a time where the eight are ASCII (most of
    // any text, and all of most), as `split_whitespace` and `char::is_lowercase` read ASCII; elsewhere
    // byte by byte, whitespace told by its bytes as `split_whitespace` tells it by characters, and
    // only a word's first character decoded, when it is not ASCII.
    let bytes = text.as_bytes();
    let (mut at, mut after_space) = (0, true);
    while at < bytes.len() {
        // `at` stands at the start of a character or inside one; eight ASCII bytes from it are eight
        // characters.
        if let Some(eight) = bytes.get(at..at + 8).and_then(ascii_eight) {
            let (starts, lower_starts, last_space) = ascii_word_starts(eight, after_space);
            words += starts;
            lower += lower_starts;
            after_space = last_space;
            at += 8;
            continue;
        }
        if let Some(len) = crate::measure::space_at(bytes, at) {
            after_space = true;
            at += len;
            continue;
        }
        if after_space {
            words += 1;
            let first = bytes[at];
            // `at` follows whitespace or starts the text: a character starts there.
            lower += usize::from(if first < 0x80 {
                first.is_ascii_lowercase()
            } else {
                text[at..].chars().next().is_some_and(char::is_lowercase)
            });
        }
        after_space = false;
        at += 1;
    }
    (words >= MIN_WORDS && lower as f64 <= MAX_LOWER_CASE_SHARE * words as f64).then_some(words)
}

/// The high bit of each of eight bytes.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// Eight bytes read as one number (the first the lowest), when all eight are ASCII.
fn ascii_eight(chunk: &[u8]) -> Option<u64> {
    let x = u64::from_le_bytes(chunk.try_into().ok()?);
    (x & HIGHS == 0).then_some(x)
}

/// Of eight ASCII bytes (as [`ascii_eight`] reads them), after whitespace or not: how many words start in them, how many of those
/// with a lower-case letter, and whether the last byte is whitespace. Each test is made on the eight
/// bytes at once, each byte's answer in its high bit (no byte has it set, so no sum or difference
/// carries into the next byte).
fn ascii_word_starts(x: u64, after_space: bool) -> (usize, usize, bool) {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    // The bytes at `low` or above.
    let at_least = |low: u8| ((x | HIGHS) - ONES * u64::from(low)) & HIGHS;
    // The bytes equal to `c`: those whose difference from it is zero.
    let equal = |c: u8| {
        let differ = x ^ (ONES * u64::from(c));
        !((differ + !HIGHS) | differ) & HIGHS
    };
    // A space, or a tab, line feed, vertical tab, form feed or carriage return (`\t` to `\r`).
    let spaces = equal(b' ') | (at_least(b'\t') & !at_least(b'\r' + 1));
    let lower_case = at_least(b'a') & !at_least(b'z' + 1);
    // A word starts at a byte other than whitespace whose byte before is whitespace.
    let before = spaces << 8 | if after_space { 0x80 } else { 0 };
    let starts = !spaces & HIGHS & before;
    (
        starts.count_ones() as usize,
        (starts & lower_case).count_ones() as usize,
        spaces >> 63 != 0,
    )
}

/// Whether `text` has the punctuation of a list in prose: a comma, semicolon or full stop for every
/// [`OPTIONS_PER_MARK`] options or more. Options hold a few marks inside names ("Korea, Republic
/// of", "U.S. Virgin Islands"); a list written in a sentence has one between every two items.
fn punctuated_like_prose(text: &str, options: usize) -> bool {
    let marks = text
        .chars()
        .filter(|c| matches!(c, ',' | ';' | '.' | '，' | '、' | '；' | '。'))
        .count();
    marks * OPTIONS_PER_MARK > options
}

/// What kind of picker `words` (lower case, punctuation trimmed) are the options of: how many options,
/// and the reason.
fn options_of(words: &Words) -> Option<(usize, &'static str)> {
    let share = |n: usize| n as f64 / words.len() as f64;
    let pickers = [
        (&*PLACES, "a place picker's options run together"),
        (&*LANGUAGES, "a language picker's options run together"),
    ];
    for (names, reason) in pickers {
        let (found, taken) = names_in(words, names);
        if found >= MIN_NAMES && share(taken) >= MIN_NAME_SHARE {
            return Some((found, reason));
        }
    }
    let months = months_with_years(words);
    (months >= MIN_MONTHS && share(2 * months) >= MIN_MONTH_SHARE)
        .then_some((months, "a month archive's options run together"))
}

/// The names of `names` in `words`, read left to right, the longest name first at each word: how many
/// names, and how many words they take.
fn names_in(words: &Words, names: &Names) -> (usize, usize) {
    let (mut found, mut taken, mut i) = (0, 0, 0);
    while i < words.len() {
        if !names.first_words.contains(words.word(i)) {
            i += 1;
            continue;
        }
        let longest = (1..=MAX_NAME_WORDS.min(words.len() - i))
            .rev()
            .find(|&n| names.whole.contains(words.run(i, n)));
        match longest {
            Some(n) => {
                found += 1;
                taken += n;
                i += n;
            }
            None => i += 1,
        }
    }
    (found, taken)
}

/// How many month names in `words` have a year right after them ("november 2025").
fn months_with_years(words: &Words) -> usize {
    (1..words.len())
        .filter(|&i| MONTHS.contains(words.word(i - 1)) && is_year(words.word(i)))
        .count()
}

/// A four-digit year of the web's archives.
fn is_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2099).contains(&y))
}

/// The names of a list file, and the words they start with (a word no name starts with is passed over
/// without joining it to the next ones).
struct Names {
    whole: HashSet<String>,
    first_words: HashSet<String>,
}

/// The names of a list file (`#` starts a comment line), lower case, each word trimmed as the block's
/// words are.
fn name_list(source: &str) -> Names {
    let whole: HashSet<String> = source
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|name| {
            name.split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let first_words = whole
        .iter()
        .filter_map(|name| name.split(' ').next())
        .map(str::to_string)
        .collect();
    Names { whole, first_words }
}

/// The places of `place_names.txt`.
static PLACES: Lazy<Names> = Lazy::new(|| name_list(include_str!("place_names.txt")));

/// The languages of `language_names.txt`.
static LANGUAGES: Lazy<Names> = Lazy::new(|| name_list(include_str!("language_names.txt")));

/// Every month name and abbreviation of `months.tsv`, lower case.
static MONTHS: Lazy<HashSet<String>> = Lazy::new(|| {
    include_str!("../text/months.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .flat_map(|(_, names)| names.split(','))
        .map(|name| name.trim().to_lowercase())
        .filter(|name| !name.is_empty())
        .collect()
});

#[cfg(test)]
mod tests {
    #[test]
    fn text_reads_as_prose_as_it_did_word_by_word() {
        let slowly = |text: &str| {
            let words: Vec<&str> = text.split_whitespace().collect();
            let lower = words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .count();
            words.len() < super::MIN_WORDS
                || lower as f64 > super::MAX_LOWER_CASE_SHARE * words.len() as f64
        };
        let parts = [
            "a", "B", " ", "\t", "\x0B", "\r\n", "1", "é", "Zz", "\u{a0}", "x", "\u{2003}", "Éa",
            "ß", "\u{3000}", "\u{85}", "\x0C",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let text = format!("{a}{b} {c}{d} {a} {d}{c} {b} ").repeat(2);
                        assert_eq!(super::reads_as_prose(&text), slowly(&text), "{text:?}");
                        if let Some(words) = super::words_unless_prose(&text) {
                            assert_eq!(words, text.split_whitespace().count(), "{text:?}");
                        }
                    }
                }
            }
        }
    }

    use super::*;

    removes! { OptionList;
        country_picker: "Select Country United States Canada Afghanistan Albania Algeria American Samoa \
            Andorra Angola Anguilla Antigua and Barbuda Argentina Armenia Aruba Australia Austria",
        country_picker_with_currencies: "Albania / ALL Andorra / EUR Angola / AOA Anguilla / XCD \
            Antigua & Barbuda / XCD Armenia / AMD Aruba / AWG Australia / AUD Austria / EUR Azerbaijan / AZN \
            Bahamas / BSD Bahrain / BHD",
        month_archive: "Archives Select Month January 2026 December 2025 November 2025 October 2025 \
            September 2025 August 2025 July 2025",
        country_picker_with_long_names: "Please select your country United Kingdom Afghanistan Albania \
            Algeria Bolivia, Plurinational State of Iran, Islamic Republic of Korea, Republic of Mexico \
            Norway Oman Panama Peru Qatar Romania Samoa Spain Sweden Switzerland Syria Taiwan Tajikistan \
            Tanzania Thailand Togo Tonga Tunisia U.S. Virgin Islands",
        state_picker: "Choose your state Alabama Alaska Arizona Arkansas California Colorado Connecticut \
            Delaware District of Columbia Florida Georgia Hawaii Idaho",
        language_switcher: "Select Language English Afrikaans Albanian Amharic Arabic Armenian \
            Azerbaijani Basque Belarusian Bengali Bosnian Bulgarian Catalan",
        month_archive_in_german: "Archiv Monat auswählen Januar 2026 Dezember 2025 November 2025 \
            Oktober 2025 September 2025 August 2025",
    }

    keeps! { OptionList;
        countries_listed_in_prose: "The ban covers Albania, Algeria, Andorra, Angola, Argentina, Armenia, \
            Australia, Austria, Bahrain, Belgium, Bolivia and Brazil, the ministry said.",
        months_listed_in_prose: "Sales rose in January 2025, February 2025, March 2025, April 2025, \
            May 2025 and June 2025 before falling back.",
        a_list_of_countries_with_a_few_commas: "Albania Algeria Andorra, Angola Argentina, Armenia \
            Australia, Austria Bahrain, Belgium Bolivia and Brazil",
        a_sentence_without_commas: "Delegates from Canada and Mexico met counterparts from the United \
            States in Ottawa on Monday to talk about trade",
        a_short_list: "United States Canada Mexico",
        languages_listed_in_prose: "The app offers courses in English, Spanish, French, German, Italian, \
            Japanese, Korean, Chinese, Russian, Arabic and Portuguese.",
        a_list_of_a_few_countries_in_a_long_line: "Our correspondents report from France Germany and \
            Spain where the elections are held on the same day as in Italy this year",
    }

    #[test]
    fn words_are_the_block_s_words_trimmed_and_lower_cased_one_by_one() {
        let parts = [
            "İstanbul",
            "(Chad)",
            "ÉIRE,",
            " ",
            "\u{a0}",
            "--",
            "São",
            "Tomé",
            "ǅ",
            "x.",
            "1/2",
            "\t",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let text = format!("{a} {b}{c} {c}{a}");
                    let one_by_one: Vec<String> = text
                        .split_whitespace()
                        .map(|w| {
                            w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase()
                        })
                        .filter(|w| !w.is_empty())
                        .collect();
                    let words = Words::of(&text);
                    let read: Vec<&str> = (0..words.len()).map(|i| words.word(i)).collect();
                    assert_eq!(read, one_by_one, "{text:?}");
                    for i in 0..words.len() {
                        for n in 1..=words.len() - i {
                            assert_eq!(words.run(i, n), one_by_one[i..i + n].join(" "));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn names_of_several_words_count_once() {
        let words = Words::of("Antigua and Barbuda, United States of America (Chad)");
        assert_eq!(names_in(&words, &PLACES), (3, 8));
    }
}
