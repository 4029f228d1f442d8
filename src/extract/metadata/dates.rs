//! Publication dates: reading the many ways pages write them, and writing them as ISO 8601.

use once_cell::sync::Lazy;
use regex::Regex;

/// Years a publication date can have: the web's articles, with room for digitised archives.
const YEARS: std::ops::RangeInclusive<u32> = 1800..=2199;

/// Years a number in a URL path must fall in to be read as a date (`/2019/03/05/`): path segments
/// also hold ids, and news sites' URLs with dates start in the 1990s.
const URL_YEARS: std::ops::RangeInclusive<u32> = 1990..=2099;

/// Month names per language: `number TAB name,name,…`.
const MONTHS: &str = include_str!("../../text/months.tsv");

/// Month name (lower case) to month number, longest names first so alternations prefer them.
static MONTH_NAMES: Lazy<Vec<(String, u32)>> = Lazy::new(|| {
    let mut names = Vec::new();
    for line in MONTHS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (number, list) = line.split_once('\t').unwrap();
        let number: u32 = number.parse().unwrap();
        names.extend(
            list.split(',')
                .map(|name| (name.trim().to_lowercase(), number)),
        );
    }
    names.sort_by(|a, b| {
        b.0.chars()
            .count()
            .cmp(&a.0.chars().count())
            .then(a.0.cmp(&b.0))
    });
    names
});

static MONTH_ALTERNATION: Lazy<String> = Lazy::new(|| {
    MONTH_NAMES
        .iter()
        .map(|(name, _)| regex::escape(name))
        .collect::<Vec<_>>()
        .join("|")
});

/// `2019-03-05`, `2019-03-05T10:52:50+0100`, `2017-11-03 03:01:00.000000`, `2019-03-05T10:52Z`.
static ISO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\b(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    )
    .unwrap()
});

/// `2019/03/05`, `2019.03.05`, `2019. 3. 5.`, `20190305`, `2019年3月5日`.
static YMD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\b(\d{4})(?:[/.]\s?(\d{1,2})[/.]\s?(\d{1,2})\b|(\d{2})(\d{2})(?:\b|T)|\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日)")
        .unwrap()
});

/// `05.03.2019`, `5. 3. 2019` (day first, as in most of Europe).
static DMY: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b").unwrap());

/// `5 March 2019`, `5th Mar. 2019`, `5. März 2019`, `5 de março de 2019`, `Fri, 05 Mar 2019`.
static DAY_MONTH_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?({})\.?,?\s+(?:de\s+)?(\d{{4}})\b",
        *MONTH_ALTERNATION
    ))
    .unwrap()
});

/// `March 5, 2019`, `Mar. 5th 2019`.
static MONTH_DAY_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)\b({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b",
        *MONTH_ALTERNATION
    ))
    .unwrap()
});

/// A date in a URL's path: `/2019/03/05/` or `/2019-03-05-`.
static URL_DATE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"/(\d{4})([/-])(\d{1,2})[/-](\d{1,2})(?:[/\-_.]|$)").unwrap());

/// A date as ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the offset when the text has one.
/// `None` when the text holds no valid date.
pub(crate) fn normalize_date(text: &str) -> Option<String> {
    let text = text.trim();
    if !has_four_digits(text) {
        return None;
    }
    iso(text)
        .or_else(|| ymd(text))
        .or_else(|| day_month_year(text))
        .or_else(|| month_day_year(text))
        .or_else(|| dmy(text))
}

/// Where the first valid date in the text starts, in any of the forms [`normalize_date`] reads.
pub(crate) fn date_start(text: &str) -> Option<usize> {
    if !has_four_digits(text) {
        return None;
    }
    let day_month_year = DAY_MONTH_YEAR
        .captures_iter(text)
        .find(|c| month_number(&c[2]).is_some_and(|m| day_ok(&c[3], m, &c[1])))
        .and_then(|c| c.get(0));
    let month_day_year = MONTH_DAY_YEAR
        .captures_iter(text)
        .find(|c| month_number(&c[1]).is_some_and(|m| day_ok(&c[3], m, &c[2])))
        .and_then(|c| c.get(0));
    let numeric = [&*ISO, &*YMD, &*DMY].into_iter().filter_map(|re| {
        re.find_iter(text)
            .find(|m| normalize_date(m.as_str()).is_some())
    });
    numeric
        .chain(day_month_year)
        .chain(month_day_year)
        .map(|m| m.start())
        .min()
}

/// Whether `text` holds four digits in a row: every form [`normalize_date`] and [`date_start`] read
/// has a year of four, so a text without them holds no date, and no pattern is compiled or run for it
/// (most bylines). A digit is what `\d` matches, any decimal digit: `char::is_numeric` takes them all
/// in.
fn has_four_digits(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
            run += 1;
            if run == 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn day_ok(year: &str, month: u32, day_of_month: &str) -> bool {
    match (year.parse(), day_of_month.parse()) {
        (Ok(y), Ok(d)) => day(y, month, d).is_some(),
        _ => false,
    }
}

/// The date a URL's path holds, as `YYYY-MM-DD`.
pub(crate) fn date_in_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    URL_DATE.captures_iter(path).find_map(|caps| {
        let year: u32 = caps[1].parse().ok()?;
        if !URL_YEARS.contains(&year) {
            return None;
        }
        day(year, caps[3].parse().ok()?, caps[4].parse().ok()?)
    })
}

fn iso(text: &str) -> Option<String> {
    ISO.captures_iter(text).find_map(|caps| {
        let date = day(
            caps[1].parse().ok()?,
            caps[2].parse().ok()?,
            caps[3].parse().ok()?,
        )?;
        let (Some(hour), Some(minute)) = (caps.get(4), caps.get(5)) else {
            return Some(date);
        };
        let hour: u32 = hour.as_str().parse().ok()?;
        let minute: u32 = minute.as_str().parse().ok()?;
        let second: u32 = caps.get(6).map_or(Some(0), |s| s.as_str().parse().ok())?;
        if hour > 23 || minute > 59 || second > 60 {
            return Some(date);
        }
        let offset = caps
            .get(7)
            .map_or(Some(String::new()), |o| offset(o.as_str()))?;
        Some(format!("{date}T{hour:02}:{minute:02}:{second:02}{offset}"))
    })
}

/// `Z`, `UTC`, `+0100`, `+01`, `-04:00` as `Z` or `±HH:MM`.
fn offset(text: &str) -> Option<String> {
    if text.eq_ignore_ascii_case("z")
        || text.eq_ignore_ascii_case("utc")
        || text.eq_ignore_ascii_case("gmt")
    {
        return Some("Z".into());
    }
    let (sign, digits) = text.split_at(1);
    let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
    let hours: u32 = digits.get(..2)?.parse().ok()?;
    let minutes: u32 = digits
        .get(2..)
        .filter(|m| !m.is_empty())
        .map_or(Some(0), |m| m.parse().ok())?;
    (hours <= 14 && minutes <= 59).then(|| format!("{sign}{hours:02}:{minutes:02}"))
}

fn ymd(text: &str) -> Option<String> {
    YMD.captures_iter(text).find_map(|caps| {
        let year = caps[1].parse().ok()?;
        let (month, day_of_month) = match (caps.get(2), caps.get(4), caps.get(6)) {
            (Some(m), _, _) => (m, caps.get(3)?),
            (_, Some(m), _) => (m, caps.get(5)?),
            (_, _, Some(m)) => (m, caps.get(7)?),
            _ => return None,
        };
        day(
            year,
            month.as_str().parse().ok()?,
            day_of_month.as_str().parse().ok()?,
        )
    })
}

fn dmy(text: &str) -> Option<String> {
    DMY.captures_iter(text).find_map(|caps| {
        day(
            caps[3].parse().ok()?,
            caps[2].parse().ok()?,
            caps[1].parse().ok()?,
        )
    })
}

fn day_month_year(text: &str) -> Option<String> {
    DAY_MONTH_YEAR.captures_iter(text).find_map(|caps| {
        day(
            caps[3].parse().ok()?,
            month_number(&caps[2])?,
            caps[1].parse().ok()?,
        )
    })
}

fn month_day_year(text: &str) -> Option<String> {
    MONTH_DAY_YEAR.captures_iter(text).find_map(|caps| {
        day(
            caps[3].parse().ok()?,
            month_number(&caps[1])?,
            caps[2].parse().ok()?,
        )
    })
}

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTH_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, number)| *number)
}

/// `YYYY-MM-DD` when the three numbers make a calendar day.
fn day(year: u32, month: u32, day: u32) -> Option<String> {
    if !YEARS.contains(&year)
        || !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
    {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_without_four_digits_in_a_row_matches_no_date_pattern() {
        for text in [
            "5 March 19",
            "March 5, 201",
            "12.03.19",
            "By Jane Doe",
            "Fri, 05 Mar",
            "201-03-05",
            "20 19-03-05",
            "٢٠١ March",
            "19年3月5日",
            "",
        ] {
            assert!(!has_four_digits(text), "{text}");
            for pattern in [&*ISO, &*YMD, &*DMY, &*DAY_MONTH_YEAR, &*MONTH_DAY_YEAR] {
                assert!(!pattern.is_match(text), "{text}");
            }
        }
        for text in ["5 March 2019", "٢٠١٩", "x1234", "2019-03-05", "2019年"] {
            assert!(has_four_digits(text), "{text}");
        }
        // Digits of other scripts are `\d` to the patterns too.
        assert!(DAY_MONTH_YEAR.is_match("5 March ٢٠١٩"));
    }

    #[test]
    fn iso_forms_are_normalised() {
        for (raw, iso) in [
            ("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00"),
            ("2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00"),
            ("2019-01-03T07:00:02.000Z", "2019-01-03T07:00:02Z"),
            ("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"),
            ("2024-06-25", "2024-06-25"),
            ("  2013-09-11T10:00:00-04:00 ", "2013-09-11T10:00:00-04:00"),
            ("2018-04-05T06:00", "2018-04-05T06:00:00"),
            ("2019-3-5", "2019-03-05"),
        ] {
            assert_eq!(normalize_date(raw).as_deref(), Some(iso), "{raw}");
        }
    }

    #[test]
    fn written_forms_in_several_languages() {
        for (raw, iso) in [
            ("April 28, 2019 at 6:01 am", "2019-04-28"),
            ("Published Mar. 5th 2019", "2019-03-05"),
            ("Fri, 24 Jul 2015 05:36:09 +0100", "2015-07-24"),
            ("5. März 2019", "2019-03-05"),
            ("5 de março de 2019", "2019-03-05"),
            ("1er janvier 2020", "2020-01-01"),
            ("12 октября 2020", "2020-10-12"),
            ("05.03.2019", "2019-03-05"),
            ("2019/03/05", "2019-03-05"),
            ("2019. 3. 5.", "2019-03-05"),
            ("20190305", "2019-03-05"),
            ("2019年3月5日 10:00", "2019-03-05"),
        ] {
            assert_eq!(normalize_date(raw).as_deref(), Some(iso), "{raw}");
        }
    }

    #[test]
    fn non_dates_are_rejected() {
        for raw in [
            "",
            "yesterday",
            "2019-02-30",
            "2019-13-01",
            "1234567",
            "Last updated: recently",
            "May I help",
        ] {
            assert_eq!(normalize_date(raw), None, "{raw}");
        }
    }

    #[test]
    fn bad_times_keep_the_day() {
        assert_eq!(
            normalize_date("2019-03-05T25:00:00").as_deref(),
            Some("2019-03-05")
        );
    }

    #[test]
    fn dates_are_found_inside_text() {
        assert_eq!(date_start("Jane Doe, 24. Januar 2022"), Some(10));
        assert_eq!(date_start("Jane Doe am 08.12.2022"), Some(12));
        assert_eq!(date_start("Reuters Updated: January 16, 2020"), Some(17));
        assert_eq!(date_start("Jane Doe 2019-03-05T10:00Z"), Some(9));
        assert_eq!(date_start("Jane May"), None);
    }

    #[test]
    fn url_dates() {
        for (url, date) in [
            (
                "https://example.com/2019/03/05/story-slug/",
                Some("2019-03-05"),
            ),
            (
                "https://example.com/news/2019-03-05-story.html",
                Some("2019-03-05"),
            ),
            ("https://example.com/2019/3/5/story", Some("2019-03-05")),
            ("https://example.com/item/1234/56/78/", None),
            ("https://example.com/2019/03/story", None),
            ("https://example.com/story?d=/2019/03/05/", None),
        ] {
            assert_eq!(date_in_url(url).as_deref(), date, "{url}");
        }
    }

    #[test]
    fn month_table_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for (name, number) in MONTH_NAMES.iter() {
            assert!((1..=12).contains(number));
            assert!(
                !name.is_empty() && seen.insert(name.clone()),
                "duplicate month name {name}"
            );
        }
    }
}
