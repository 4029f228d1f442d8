//! A run of names flattened into one line: a page's menu, category list or picker printed without
//! its line breaks ("Home News World Business Sport Culture Travel Style …", "Select Language English
//! Afrikaans Albanian …").
//!
//! Such a line is long, so length alone would read it as prose, and on a page with a short article
//! it can outweigh the article's own paragraphs. Its words show what it is: nearly every one opens
//! with a capital letter, as names and menu entries do, where running prose in a cased script has
//! its articles, prepositions and verbs in lower case; and it has none of prose's punctuation, no
//! sentence end, and hardly a comma. A spec line ("CPU: … | RAM: …"), a list of names parted by
//! commas or a table row of figures with its labels keep their marks and are not such a run.

use crate::measure::ends_sentence;

/// Words a line needs to be read as a run of names: shorter lines are not read as prose by length
/// anyway (a headline in title case is a headline).
const MIN_WORDS: usize = 25;

/// Share of the cased words that open with a lower-case letter under which a line reads as names.
/// English prose opens some two words in three in lower case, German prose (nouns capitalized) about
/// one in two; a menu's line none or nearly none (its "and", "of", "to").
const MAX_LOWER_SHARE: f64 = 0.3;

/// Words per mark of punctuation (comma, semicolon, colon, bar, square or curly bracket, equals sign,
/// question mark) under which a line is punctuated like a list or a spec line rather than a menu's
/// names. Round brackets do not count: a picker prints its options' variants in them ("English
/// (UK)", "Español (de México)").
const MIN_WORDS_PER_MARK: usize = 10;

/// Cased words a line needs for its case to be evidence: a line in a script without case (Chinese,
/// Arabic, Thai) is never read as a run of names.
const MIN_CASED_WORDS: usize = 20;

/// True when `text`, of `words` words, is a run of names flattened into one line (see the module's
/// documentation): at least [`MIN_WORDS`] words, no sentence end, fewer than one mark of punctuation
/// in [`MIN_WORDS_PER_MARK`] words, and under [`MAX_LOWER_SHARE`] of its cased words in lower case.
pub(crate) fn is_run_of_names(text: &str, words: usize) -> bool {
    if words < MIN_WORDS || ends_sentence(text) {
        return false;
    }
    let marks = text
        .chars()
        .filter(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '|' | '[' | ']' | '{' | '}' | '<' | '>' | '=' | '?'
            )
        })
        .count();
    if marks * MIN_WORDS_PER_MARK > words {
        return false;
    }
    let (mut cased, mut lower) = (0usize, 0usize);
    for word in text.split_whitespace() {
        let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        if first.is_lowercase() {
            cased += 1;
            lower += 1;
        } else if first.is_uppercase() {
            cased += 1;
        }
    }
    cased >= MIN_CASED_WORDS && (lower as f64) < MAX_LOWER_SHARE * cased as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::word_count;

    fn names(text: &str) -> bool {
        is_run_of_names(text, word_count(text))
    }

    #[test]
    fn a_flattened_menu_is_a_run_of_names() {
        assert!(names(
            "Home News World Business Markets Technology Science Health Sport Football Cricket Tennis \
             Culture Film Music Books Travel Food Style Opinion Letters Video Podcasts Newsletters \
             Puzzles Crosswords Jobs Contact Us"
        ));
        assert!(names(
            "Select Language English French German Spanish Italian Portuguese Dutch Polish Czech \
             Slovak Hungarian Romanian Bulgarian Greek Turkish Arabic Hebrew Hindi Bengali Thai \
             Vietnamese Indonesian Malay Tagalog Swahili"
        ));
    }

    #[test]
    fn a_language_picker_with_variants_in_brackets_is_a_run_of_names() {
        assert!(names(
            "Other languages: Afrikaans Català Čeština Cymraeg Dansk Deutsch English (British) English \
             (South African) Español (de Argentina) Español (de Chile) Español (de México) Eesti \
             Euskara Français Frysk Gaeilge Galego Hrvatski Italiano Latviešu Nederlands Norsk \
             Polski Português (do Brasil) Română Slovenčina Suomi Svenska Türkçe"
        ));
    }

    #[test]
    fn prose_without_a_sentence_end_is_not() {
        // A long caption or a run-on line of prose: its small words are in lower case.
        assert!(!names(
            "The harbour at dawn with the fishing boats coming in after a long night at sea and the \
             gulls following them all the way to the quay where the buyers wait for the catch"
        ));
    }

    #[test]
    fn punctuated_lists_and_spec_lines_are_not() {
        assert!(!names(
            "Weight: 1.2 kg | Battery: 10 Hours | Screen: 14 Inch OLED | Ports: Two USB-C, One HDMI | \
             Colour: Silver Grey | Price: From 999 Euro In Most Shops Across Europe"
        ));
        assert!(!names(
            "Speakers included Ann Marsh, Bo Lind, Cy Hart, Di Moor, Ed Vance, Flo Nye, Gus Reed, Hal \
             Boyd, Ida Crane, Jo Park and Kit Lowe"
        ));
    }

    #[test]
    fn short_lines_and_uncased_scripts_are_not() {
        assert!(!names("Home News World Business Sport Culture Travel"));
        assert!(!names(
            "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣 \
             一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣"
        ));
    }
}
