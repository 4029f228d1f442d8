//! Lines of a feed or a teaser list stamped with a clock time: "14:32 Minister resigns over
//! report", "Storm closes schools across the north Reuters 3/9 18:45". A live ticker, a "latest
//! news" column and a portal's list of headlines print each item with its time, at the start or at
//! the end of the line; an article's paragraphs do not stand between two clock times, and its
//! sentences end with a full stop, not with one.

use super::ends_sentence;

/// Words a stamped line needs to be taken for a headline's line: a short "Updated 14:32" is a
/// timestamp label, which other cleaners name.
const MIN_STAMPED_WORDS: usize = 6;

/// Words after a clock time that still belong to it ("18:45 Uhr", "6:30 pm").
const CLOCK_SUFFIXES: [&str; 5] = ["am", "pm", "uhr", "h", "hrs"];

/// True for a line of a feed or a teaser list: one that opens or closes with a clock time, runs to
/// [`MIN_STAMPED_WORDS`] words or more, and ends no sentence.
pub(crate) fn is_stamped_teaser(text: &str, words: usize) -> bool {
    let text = text.trim();
    words >= MIN_STAMPED_WORDS
        && !ends_sentence(text)
        && (opens_with_clock(text) || closes_with_clock(text))
}

/// "14:32 …" or "14h32 …": a clock time and a space at the start of the line.
fn opens_with_clock(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or("");
    first.len() < text.len() && is_clock(first)
}

/// "… 18:45", "… 6:30 pm", "… (18:45)": a clock time at the end of the line, with a closing
/// bracket or a unit after it.
fn closes_with_clock(text: &str) -> bool {
    let mut words = text.rsplit(' ');
    let mut last = words.next().unwrap_or("").trim_end_matches([')', ']']);
    if CLOCK_SUFFIXES.contains(&last.to_ascii_lowercase().as_str()) {
        last = words.next().unwrap_or("");
    }
    let last = last.trim_start_matches(['(', '[']);
    // "3/9(木) 18:45": the date before the time may be glued to a bracketed weekday.
    is_clock(last) || last.rsplit(')').next().is_some_and(is_clock)
}

/// "9:05", "14:32", "14h32": one or two digits, a colon or an "h", two digits.
fn is_clock(word: &str) -> bool {
    let bytes = word.as_bytes();
    let Some(sep) = bytes.iter().position(|&b| b == b':' || b == b'h') else {
        return false;
    };
    let (hours, minutes) = (&bytes[..sep], &bytes[sep + 1..]);
    (1..=2).contains(&hours.len())
        && minutes.len() == 2
        && hours.iter().chain(minutes).all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::word_count;

    fn stamped(text: &str) -> bool {
        is_stamped_teaser(text, word_count(text))
    }

    #[test]
    fn feed_and_teaser_lines_with_their_time_are_stamped() {
        assert!(stamped(
            "14:44 Accusations against the soldiers: fourteen named in report"
        ));
        assert!(stamped(
            "13h54 Le gouvernement annonce un plan pour les hôpitaux du nord"
        ));
        assert!(stamped(
            "Storm closes schools across the north Daily Herald 3/9 18:45"
        ));
        assert!(stamped(
            "Markets rebound as the yen weakens against the dollar Reuters 6:30 pm"
        ));
        assert!(stamped(
            "日経平均は5日ぶり反発、円安で大型外需株に買い戻し ロイター 3/9(木) 15:47"
        ));
    }

    #[test]
    fn article_lines_and_short_labels_are_not() {
        // A sentence that mentions a time, a sentence ending with one, a timestamp label.
        assert!(!stamped(
            "At 14:44 the council voted to approve the new budget for the city."
        ));
        assert!(!stamped(
            "The polls in the northern districts close tonight at 20:00."
        ));
        assert!(!stamped("Updated 14:32"));
        assert!(!stamped(
            "The meeting ran for 2 hours and ended after a long vote h12"
        ));
    }
}
