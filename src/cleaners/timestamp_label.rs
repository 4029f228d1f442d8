//! Section labels with timestamps: "Other News Materials 24 November 2018 11:24 (UTC +04:00)".

use super::{post_dates, BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::is_longer_than_words;
use crate::removal::Reason;
use crate::text::{ends_sentence, word_count};
use once_cell::sync::Lazy;
use regex::Regex;

/// Month names and abbreviations in the languages of `src/text/months.tsv`, longest first.
static MONTH_NAMES: Lazy<String> = Lazy::new(|| {
    let mut names: Vec<&str> = include_str!("../text/months.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .flat_map(|(_, names)| names.split(','))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
});

/// Dates and times as news pages print them: `11:24`, `2018-11-24`, `01-04-2024`,
/// `24.11.2018`, `24 November 2018`, `6. Mai 2014`, `November 24, 2018`, `Nov. 24`, `2014年5月6日`,
/// `2014년 5월 6일`, in the languages of the month table. A day, month and year joined by hyphens take a
/// year of this century or the last, so that a range of numbers ("10-12-2500") is no date.
static DATE_OR_TIME: Lazy<Regex> = Lazy::new(|| date_or_time(r"\b"));

/// [`DATE_OR_TIME`] with ASCII word boundaries, for text whose only word characters are ASCII (see
/// [`has_only_ascii_word_characters`]): there they are the same boundaries, and without Unicode ones
/// the pattern runs as a lazy DFA instead of a backtracker, many times faster.
static DATE_OR_TIME_IN_ASCII: Lazy<Regex> = Lazy::new(|| date_or_time(r"(?-u:\b)"));

/// True when every word character of `text` (letter, digit, mark, connector) is ASCII: its other
/// characters are punctuation and spaces common in Latin-script text (curly quotes, dashes, bullets,
/// no-break spaces, currency signs), which neither kind of word boundary counts as word characters.
fn has_only_ascii_word_characters(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_ascii()
            || matches!(c, '\u{A0}'..='\u{BF}' | '×' | '÷' | '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20CF}')
                && !matches!(
                    c,
                    // Letters, digits and joiners among those ranges.
                    'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾'
                        | '\u{200C}' | '\u{200D}' | '‿' | '⁀' | '⁔'
                )
    })
}

/// [`DATE_OR_TIME`] without its word boundaries: it finds a superset of the dates, and as a lazy DFA
/// (Unicode word boundaries keep the exact pattern off the DFA on non-ASCII text), a cheap first test.
static LOOSE_DATE_OR_TIME: Lazy<Regex> = Lazy::new(|| date_or_time(""));

/// The date and time pattern, with `boundary` where a date must start or end at a word boundary.
fn date_or_time(boundary: &str) -> Regex {
    let month = format!(r"(?:{})\.?", *MONTH_NAMES);
    let b = boundary;
    Regex::new(&format!(
        r"(?ix)
        {b}\d{{1,2}}:\d{{2}}(?::\d{{2}})?{b}
        | {b}\d{{4}}-\d{{1,2}}-\d{{1,2}}{b}
        | {b}\d{{1,2}}-\d{{1,2}}-(?:19|20)\d{{2}}{b}
        | {b}(?:\d{{1,2}}\.\d{{1,2}}\.|\d{{1,2}}/\d{{1,2}}/)(?:\d{{4}}|\d{{2}}){b}
        | {b}\d{{1,2}}\.?\s+(?:de\s+)?{month}\s+(?:de\s+)?\d{{4}}{b}
        | \d{{4}}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]
        | {b}{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?{b}"
    ))
    .expect("date pattern compiles")
}

/// Relative times as pages print them ("5 hours ago", "Updated 2 days ago", "vor 3 Tagen"), from
/// `relative_times.tsv`: the whole of a block, a label before it at most.
static RELATIVE_TIME: Lazy<Regex> = Lazy::new(|| {
    let alternatives: Vec<String> = include_str!("relative_times.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(relative_time_pattern)
        .collect();
    // Matched on lower-cased text, with ASCII digits and spaces: a small automaton, built fast.
    Regex::new(&format!(r"^(?:{})\.?$", alternatives.join("|")))
        .expect("relative time patterns compile")
});

/// The regex of one line of `relative_times.tsv` (language, labels, pattern, units), or `None` for a
/// line without its four fields.
fn relative_time_pattern(line: &str) -> Option<String> {
    let mut fields = line.split('\t');
    let (_lang, labels, pattern, units) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let alternation = |list: &str| {
        list.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(spaced_words)
            .collect::<Vec<_>>()
            .join("|")
    };
    let units = alternation(units);
    let time = pattern_pieces(pattern)
        .iter()
        .map(|piece| match *piece {
            "{n}" => "[0-9]{1,3}".to_string(),
            "{a}" => "(?:an?|one)".to_string(),
            "{unit}" => format!("(?:{units})"),
            words => spaced_words(words),
        })
        .collect::<Vec<_>>()
        .join(r"(?-u:\s)*");
    let label = alternation(labels);
    Some(if label.is_empty() {
        time
    } else {
        format!(r"(?:(?:{label})(?-u:\s)*:?(?-u:\s)+)?{time}")
    })
}

/// A pattern of `relative_times.tsv` cut into its placeholders (`{n}`, `{a}`, `{unit}`) and the
/// words between them, trimmed: "vor {n} {unit}" gives "vor", "{n}", "{unit}"; "{n}{unit}前" (no
/// spaces, as Chinese and Japanese write it) gives "{n}", "{unit}", "前".
fn pattern_pieces(pattern: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let close = rest[open..]
            .find('}')
            .map_or(rest.len(), |at| open + at + 1);
        pieces.push(rest[..open].trim());
        pieces.push(&rest[open..close]);
        rest = &rest[close..];
    }
    pieces.push(rest.trim());
    pieces.retain(|piece| !piece.is_empty());
    pieces
}

/// The words of `phrase` as a regex, lower-cased and escaped, with any run of spaces between them.
fn spaced_words(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .map(|word| regex::escape(&word.to_lowercase()))
        .collect::<Vec<_>>()
        .join(r"(?-u:\s)+")
}

/// Words a relative time has at most, its label included ("last updated 5 minutes ago").
const MAX_RELATIVE_TIME_WORDS: usize = 6;

/// Whether `text` is a relative time and nothing else, a label before it at most.
fn is_relative_time(text: &str) -> bool {
    !is_longer_than_words(text, MAX_RELATIVE_TIME_WORDS)
        && RELATIVE_TIME.is_match(&text.trim().to_lowercase())
}

/// A label with a timestamp is a line, not a paragraph.
const MAX_LABEL_WORDS: usize = 15;

/// Words a label may have besides its date and time ("Other News Materials", "Updated", "Published").
const MAX_WORDS_BESIDE_DATE: usize = 6;

/// Words a dated label inside the article may have: "Updated", "Stand", "Aktualisiert am".
const MAX_WORDS_BESIDE_DATE_IN_BODY: usize = 2;

/// Removes short labels that carry a date or time (section labels, "Updated 11:24 GMT", a bare dateline
/// such as "April 5, 2018 | 6:00 PM") when they stand outside the article's prose.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nOther News Materials 24 November 2018 11:24 (UTC +04:00)\n\nThe body of the story goes here, long enough to count.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "timestamp-label");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct TimestampLabel;

impl Cleaner for TimestampLabel {
    fn name(&self) -> &'static str {
        "timestamp-label"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let text = &block.text;
        if cx.is_title_candidate() || is_longer_than_words(text, MAX_LABEL_WORDS) {
            return Verdict::Keep;
        }
        if is_relative_time(text) {
            // "5 hours ago" beside a post or a list's item: never a sentence of the article.
            return Verdict::Drop(Reason::Pattern("a relative time"));
        }
        if cx.words() > MAX_LABEL_WORDS || ends_as_sentence(text) {
            return Verdict::Keep;
        }
        // Every date or time has a digit: most labels without one are passed over here, cheaply.
        // A link's path holds dates and numbers ("/2016/05/…"), but a link is no label.
        if text.contains("://") || text.trim_start().starts_with("www.") {
            return Verdict::Keep;
        }
        let Some(found) = Dated::read(text) else {
            return Verdict::Keep;
        };
        // Inside the article, only a block that is a date and little else: "16 marca 2021",
        // "Aktualisiert: 11.04.2020, 10:27". A time alone ("23:15") heads a live blog's entry.
        let label = if cx.is_outside_body() {
            found.beside_words <= MAX_WORDS_BESIDE_DATE
        } else {
            found.is_date_line()
        };
        // A post's date in a thread is part of the post (see `post_dates`).
        if label && !(found.is_date_line() && post_dates::is_post_date(cx, cx.index())) {
            Verdict::Drop(Reason::Pattern("a label with a date or time"))
        } else {
            Verdict::Keep
        }
    }
}

/// Whether `text` ends as a sentence does ("a.m." and "p.m." end a time, not a sentence).
fn ends_as_sentence(text: &str) -> bool {
    ends_sentence(text) && !text.ends_with("a.m.") && !text.ends_with("p.m.")
}

/// What a short block holds beside its dates and times.
#[derive(Debug, Clone, Copy)]
struct Dated {
    /// Whether one of them is a date, not a time alone.
    has_date: bool,
    /// Words of the block outside its dates and times.
    beside_words: usize,
}

impl Dated {
    /// The dates and times of `text` and the words beside them, or `None` when it holds none, or
    /// holds a measured value beside them ("1/1/2013 +13.1%": a table's row).
    fn read(text: &str) -> Option<Dated> {
        let has_digit = text.bytes().any(|b| b.is_ascii_digit())
            || (!text.is_ascii() && text.chars().any(|c| !c.is_ascii() && c.is_numeric()));
        if !has_digit {
            return None;
        }
        let mut found = false;
        let mut has_date = false;
        let mut beside_words = 0;
        let mut last_end = 0;
        for m in dates_in(text) {
            found = true;
            has_date |= !m.as_str().contains(':');
            beside_words += word_count(&text[last_end..m.start()]);
            if holds_a_value(&text[last_end..m.start()]) {
                return None;
            }
            last_end = m.end();
        }
        beside_words += word_count(&text[last_end..]);
        if !found || holds_a_value(&text[last_end..]) {
            return None;
        }
        Some(Dated {
            has_date,
            beside_words,
        })
    }

    /// A date and little else: "16 marca 2021", "Aktualisiert: 11.04.2020, 10:27".
    fn is_date_line(self) -> bool {
        self.has_date && self.beside_words <= MAX_WORDS_BESIDE_DATE_IN_BODY
    }
}

/// Whether `text` is a date and little else (see [`Dated::is_date_line`]), a line and no sentence.
pub(crate) fn is_date_line(text: &str) -> bool {
    !is_longer_than_words(text, MAX_LABEL_WORDS)
        && word_count(text) <= MAX_LABEL_WORDS
        && !ends_as_sentence(text)
        && !text.contains("://")
        && !text.trim_start().starts_with("www.")
        && Dated::read(text).is_some_and(Dated::is_date_line)
}

/// Whether text beside a date holds a measured value: a percentage, a signed decimal number or an
/// amount of money ("+13.1%", "-0.4", "$1,200"). A label's other words ("Updated", "GMT +1", "UTC
/// +04:00" once its time is read) hold none.
fn holds_a_value(text: &str) -> bool {
    text.split_whitespace().any(|token| {
        let has_digit = token.bytes().any(|b| b.is_ascii_digit());
        let signed = token.strip_prefix(['+', '-', '−']).is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit()) && rest.contains(['.', ','])
        });
        has_digit && (token.contains('%') || signed || token.contains(['$', '€', '£', '¥']))
    })
}

/// The matches of [`DATE_OR_TIME`] in `text`, as `find_iter` gives them.
///
/// Every exact match is also a match of [`LOOSE_DATE_OR_TIME`], so no exact match starts before the
/// loose pattern's next one: the exact pattern (slow on text with non-ASCII letters, where its word
/// boundaries need a backtracker) is only started where the loose one (a lazy DFA) found a candidate,
/// and not at all when it found none. `find_at` sees the text before its start, so the boundaries
/// hold as in `find_iter`.
fn dates_in(text: &str) -> impl Iterator<Item = regex::Match<'_>> {
    let exact = if has_only_ascii_word_characters(text) {
        &*DATE_OR_TIME_IN_ASCII
    } else {
        &*DATE_OR_TIME
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let candidate = LOOSE_DATE_OR_TIME.find_at(text, at)?;
        let found = exact.find_at(text, candidate.start())?;
        // No alternative of the pattern matches the empty string, so the search moves on.
        at = found.end().max(at + 1);
        Some(found)
    })
}

#[cfg(test)]
mod tests {
    use super::TimestampLabel;
    use crate::cleaners::test_macros::judge_before_body;

    removes! { TimestampLabel;
        section_label: "Other News Materials 24 November 2018 11:24 (UTC +04:00)",
        dateline: "April 5, 2018 | 6:00 PM",
        updated: "Updated 11:24 GMT",
                iso: "Published 2019-03-01",
        german: "Erstellt am Dienstag 6. Mai 2014",
        spanish: "Publicado el 3 de marzo de 2021",
        japanese: "2014年5月6日 14:03",
        numeric_with_slashes: "Posted 15/12/2025",
        numeric_with_dots: "Aktualisiert am 06.05.2014",
        time_zone: "Updated 11:24 GMT +1",
        day_month_year_with_hyphens: "Post time: 01-04-2024",
        relative_time: "5 hours ago",
        relative_time_with_a_label: "Published 6 hours ago",
        relative_time_with_a_colon: "Updated: 2 days ago",
        relative_time_in_words: "an hour ago",
        relative_time_abbreviated: "3 mins ago",
        relative_time_german: "vor 3 Tagen",
        relative_time_german_in_words: "Aktualisiert vor einer Stunde",
        relative_time_french: "il y a 2 heures",
        relative_time_spanish: "hace 5 minutos",
        relative_time_italian: "3 giorni fa",
        relative_time_dutch: "2 uur geleden",
        relative_time_russian: "5 часов назад",
        relative_time_polish: "3 dni temu",
        relative_time_turkish: "2 saat önce",
        relative_time_japanese: "5時間前",
        relative_time_chinese: "3天前",
        relative_time_korean: "5시간 전",
        relative_time_arabic: "منذ 3 ساعات",
    }

    keeps! { TimestampLabel;
        sentence: "The meeting on 24 November 2018 ended at 11:24 without an agreement, officials said.",
        no_date: "Other News Materials",
        version_range: "Full diff 6.4.102...6.4.103",
        rating: "Ratings 9.7/10",
        table_row: "1/1/2013 +13.1%",
        price_row: "March 3, 2024 $1,250",
        signed_row: "2024-03-01 -0.4",
        minus_sign_row: "2024-03-01 −0.4",
        link_with_a_dated_path: "http://www.example.com/news/article/72418/1/2016/world-markets",
        relative_time_in_a_line: "He left the band 5 years ago",
        relative_time_in_a_sentence: "Five years ago, the council voted to build a bridge over the river.",
        relative_time_as_a_list_item: "Moved to Berlin 2 years ago",
        relative_time_in_a_heading: "What happened 10 years ago",
        hyphenated_numbers: "Parts 10-12-2500 and 4-5-1899",
        time_in_a_sentence: "The train left at 9:06am on 01-04-2024 and reached the coast by noon, the operator said.",
    }

    #[test]
    fn ascii_text_finds_the_same_dates_with_either_pattern() {
        use super::{DATE_OR_TIME, DATE_OR_TIME_IN_ASCII};
        for text in [
            "Other News Materials 24 November 2018 11:24 (UTC +04:00)",
            "April 5, 2018 | 6:00 PM",
            "Nov. 24 at 10:30am, updated 2019-03-01",
            "Posted 01-04-2024, 12-1-19999 and 3-4-1899",
            "x24 November 2018 and 12:345 and 1/2/2020x and a1:23",
            "Published 3 de marzo de 2021 at 9:05",
            "v2.11.24 and 24.11.2018_ and _11:24",
            "“24 November 2018” – 11:24 • ©2018",
        ] {
            let spans = |re: &regex::Regex| -> Vec<(usize, usize)> {
                re.find_iter(text).map(|m| (m.start(), m.end())).collect()
            };
            assert!(super::has_only_ascii_word_characters(text));
            let via_candidates: Vec<(usize, usize)> = super::dates_in(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(via_candidates, spans(&DATE_OR_TIME), "{text}");
            assert_eq!(
                spans(&DATE_OR_TIME),
                spans(&DATE_OR_TIME_IN_ASCII),
                "{text}"
            );
        }
    }

    #[test]
    fn dates_are_found_as_find_iter_finds_them() {
        use super::{dates_in, DATE_OR_TIME};
        for text in [
            "Aktualisiert: 11.04.2020, 10:27 Uhr — Übersicht",
            "Опубликовано 24 ноября 2018 11:24, обновлено 12:05",
            "2014年5月6日 14:03 更新",
            "été 24 juillet 2019 à 9:05 puis 10:15é",
            "März 5, 2018 | 6:00 PM",
        ] {
            let spans: Vec<(usize, usize)> = DATE_OR_TIME
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let via_candidates: Vec<(usize, usize)> =
                dates_in(text).map(|m| (m.start(), m.end())).collect();
            assert!(!spans.is_empty(), "{text}");
            assert_eq!(via_candidates, spans, "{text}");
        }
    }

    /// Pieces of labels: dates, times, month names, and the characters around them that decide word
    /// boundaries (ASCII and non-ASCII letters, digits, underscores, punctuation).
    const PIECES: [&str; 22] = [
        "24",
        "2018",
        "11",
        ":",
        ".",
        "/",
        " ",
        "-",
        "November",
        "Nov.",
        "März",
        "ноября",
        "de ",
        "年",
        "月",
        "日",
        "é",
        "x",
        "_",
        "–",
        "“",
        ",",
    ];

    proptest::proptest! {
        #[test]
        fn dates_in_agrees_with_find_iter(picks in proptest::collection::vec(0..PIECES.len(), 0..24)) {
            let text: String = picks.iter().map(|&k| PIECES[k]).collect();
            let spans: Vec<(usize, usize)> = super::DATE_OR_TIME
                .find_iter(&text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let via_candidates: Vec<(usize, usize)> =
                super::dates_in(&text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(via_candidates, spans, "{}", text);
        }
    }

    #[test]
    fn characters_passed_as_non_word_are_no_word_characters() {
        use super::has_only_ascii_word_characters;
        let word = regex::Regex::new(r"^\w$").unwrap();
        for c in (0x80..0x2100).filter_map(char::from_u32) {
            if has_only_ascii_word_characters(&c.to_string()) {
                assert!(!word.is_match(&c.to_string()), "U+{:04X}", c as u32);
            }
        }
        assert!(has_only_ascii_word_characters("“Updated” – 11:24 • 5 €"));
        assert!(!has_only_ascii_word_characters("24 März 2018"));
    }

    #[test]
    fn removes_a_label_before_the_body() {
        let verdict = judge_before_body(
            &TimestampLabel,
            "Other News Materials 24 November 2018 11:24 (UTC +04:00)",
        );
        assert!(!verdict.is_keep());
    }

    #[test]
    fn keeps_a_time_inside_the_body_and_removes_a_bare_date() {
        use crate::cleaners::test_macros::judge_in_body;
        assert!(judge_in_body(&TimestampLabel, "Update 11:24 GMT").is_keep());
        assert!(!judge_in_body(&TimestampLabel, "Aktualisiert: 11.04.2020, 10:27").is_keep());
        assert!(!judge_in_body(&TimestampLabel, "16 marca 2021").is_keep());
        assert!(
            judge_in_body(&TimestampLabel, "Elections on 16 March 2021 in the north").is_keep()
        );
        // A time with its "AM" or "pm" and a zone keeps those as words: an event's date in a
        // listing and a poster's name over a post's date stay in the body.
        assert!(judge_in_body(&TimestampLabel, "Tue, Mar 17, 11:00 AM GMT+1").is_keep());
        assert!(judge_in_body(&TimestampLabel, "hiker_jo September 5, 2024, 11:26pm 2").is_keep());
    }
}
