//! Photo and image credits standing alone.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::{floor_char_boundary, is_longer_than_words};
use crate::phrases::{Lang, PHOTO_CREDIT};
use crate::removal::Reason;
use once_cell::sync::Lazy;
use regex::{Regex, RegexBuilder};

/// A credit line names a photographer and an agency; a caption sentence is longer.
const MAX_CREDIT_WORDS: usize = 12;

/// Removes photo and image credits standing alone: "Photo: Reuters", "Image copyright Getty Images".
///
/// Phrases come from `src/phrases/<lang>/photo_credit.txt`; only a whole block of at most 12 words matches,
/// so a sentence that merely mentions the same words stays. A caption whose last sentence credits a named
/// photographer ("… at dusk. Credit: Jane Doe", "… in winter. Photograph by Jane Doe.") goes too, up to
/// 60 words.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nPhoto: Reuters\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "photo-credit");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct PhotoCredit;

impl Cleaner for PhotoCredit {
    fn name(&self) -> &'static str {
        "photo-credit"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let verdict = judge_phrase(
            PHOTO_CREDIT,
            MAX_CREDIT_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        );
        if let Verdict::Drop(Reason::Phrase { lang, phrase }) = &verdict {
            if *lang == Lang::En && phrase.ends_with("{*}") && !credit_follows_label(&block.text) {
                return Verdict::Keep;
            }
        }
        if verdict.is_keep()
            && !cx.is_title_candidate()
            && is_credited_caption(&block.text, cx.words())
        {
            return Verdict::Drop(Reason::Pattern("a caption ending in a photo credit"));
        }
        if verdict.is_keep()
            && !cx.is_title_candidate()
            && is_caption_with_named_credit(&block.text, cx.words())
        {
            return Verdict::Drop(Reason::Pattern("a caption ending in a named photo credit"));
        }
        if verdict.is_keep() && !cx.is_title_candidate() && is_source_address(&block.text) {
            return Verdict::Drop(Reason::Pattern("a source label naming only a web address"));
        }
        if verdict.is_keep()
            && !cx.is_title_candidate()
            && is_figure_caption(&block.text, cx.words())
        {
            return Verdict::Drop(Reason::Pattern("a figure's numbered caption"));
        }
        verdict
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// A caption is a sentence or two; past this a block ending in a credit is article text.
const MAX_CAPTION_WORDS: usize = 30;

/// Room for the lazy DFA of [`CREDIT_TAIL`]: its bounded Unicode classes make many states, and with the
/// default room the DFA keeps being rebuilt, block after block.
const CREDIT_DFA_BYTES: usize = 32 << 20;

/// A credit at the end of a caption: "(Foto: Getty)", "Photo: Jane Doe", "… / Shutterstock",
/// "(REUTERS/Denis Balibouse)", in the languages of the label list below.
static CREDIT_TAIL: Lazy<Regex> = Lazy::new(|| {
    // The pattern is verbose (`(?x)`), which would drop the space of "getty images" and match only
    // "gettyimages": a space of a name is written out, and may be left out, as in [`AGENCY_FORMS`].
    let agencies: Vec<String> = AGENCIES
        .iter()
        .map(|a| {
            a.split(' ')
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\ ?")
        })
        .collect();
    let label = CREDIT_LABELS.join("|");
    RegexBuilder::new(&format!(
        r"(?ix)
        (?: [(\[] \s* (?:{label}) \s* : [^)\]]{{1,80}} [)\]]
          | (?:^|[\s/|–-]) (?:{label}) \s* : \s* [^\s.!?] [^.!?:]{{0,60}}
          | (?:^|[\s(/|–-]) (?:{agencies}) (?:\s*/[^)]{{1,{tail}}})? \)?
        ) \s* $",
        agencies = agencies.join("|"),
        tail = MAX_CREDIT_TAIL_CHARS,
    ))
    .dfa_size_limit(CREDIT_DFA_BYTES)
    .build()
    .expect("credit pattern compiles")
});

/// The words that label a credit before its colon ("Foto: …"), lower case.
const CREDIT_LABELS: [&str; 16] = [
    "foto",
    "fotos",
    "photo",
    "photos",
    "bild",
    "image",
    "imagen",
    "immagine",
    "credit",
    "crédit",
    "crédito",
    "fotografía",
    "zdjęcie",
    "фото",
    "quelle",
    "źródło",
];

/// The agencies of `photo_agencies.txt`, ASCII and lower case.
static AGENCIES: Lazy<Vec<&'static str>> = Lazy::new(|| {
    include_str!("photo_agencies.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .collect()
});

/// A short block that ends in a photo credit: a figure's caption, not article text.
fn is_credited_caption(text: &str, words: usize) -> bool {
    !is_longer_than_words(text, MAX_CAPTION_WORDS)
        && words <= MAX_CAPTION_WORDS
        && may_end_in_credit(text)
        && CREDIT_TAIL.is_match(text)
}

/// What every credit of [`CREDIT_TAIL`] needs: an agency's name where the pattern wants one, or a
/// credit label before a colon ("Foto: …"). Most short blocks have neither, and this check costs far
/// less than the pattern.
fn may_end_in_credit(text: &str) -> bool {
    if ends_in_agency(text) {
        return true;
    }
    if !text.contains(':') {
        return false;
    }
    // A label, then spaces, then the colon: looked up from each colon backwards.
    let lower = text.to_lowercase();
    lower.match_indices(':').any(|(at, _)| {
        let before = lower[..at].trim_end();
        CREDIT_LABELS.iter().any(|label| before.ends_with(label))
    })
}

/// Whether an agency's name stands where [`CREDIT_TAIL`] wants one: at the end (before a `)` and white
/// space), or before a `/` and at most [`MAX_CREDIT_TAIL_CHARS`] more characters ("Reuters/Jane Doe").
/// Looked up from the end of the text, not searched for through all of it.
fn ends_in_agency(text: &str) -> bool {
    let trimmed = text.trim_end();
    let before_paren = trimmed.strip_suffix(')').unwrap_or(trimmed);
    if ends_with_agency(before_paren) {
        return true;
    }
    // A slash among the last characters: found among the bytes that can hold them (four per
    // character at most), then counted in characters.
    let window = before_paren
        .len()
        .saturating_sub((MAX_CREDIT_TAIL_CHARS + 1) * 4);
    memchr::memrchr_iter(b'/', &before_paren.as_bytes()[window..])
        .map(|at| window + at)
        .take_while(|&at| before_paren[at..].chars().count() <= MAX_CREDIT_TAIL_CHARS + 1)
        .any(|at| ends_with_agency(before_paren[..at].trim_end()))
}

/// The agencies as written and as [`CREDIT_TAIL`] reads them: with the spaces of a name and without
/// ("getty images" and "gettyimages").
static AGENCY_FORMS: Lazy<Vec<String>> = Lazy::new(|| {
    let mut forms: Vec<String> = AGENCIES.iter().map(|a| a.to_string()).collect();
    forms.extend(
        AGENCIES
            .iter()
            .filter(|a| a.contains(' '))
            .map(|a| a.replace(' ', "")),
    );
    forms
});

/// Characters a credit may hold after the agency's slash: the `[^)]{1,60}` of [`CREDIT_TAIL`].
const MAX_CREDIT_TAIL_CHARS: usize = 60;

/// Whether `text` ends with an agency's name (in any ASCII case) that stands where [`CREDIT_TAIL`] lets
/// one start: "epa" ending "separate" is no credit.
fn ends_with_agency(text: &str) -> bool {
    let Some(last) = text.as_bytes().last().map(u8::to_ascii_lowercase) else {
        return false;
    };
    AGENCY_FORMS.iter().any(|agency| {
        // The last letter first: most texts end in none of the agencies' last letters.
        let Some(at) = text.len().checked_sub(agency.len()) else {
            return false;
        };
        if agency.as_bytes().last() != Some(&last) {
            return false;
        }
        text.get(at..)
            .is_some_and(|end| end.eq_ignore_ascii_case(agency))
            && starts_a_credit(text, at)
    })
}

/// Words that may follow a credit label without a colon: "Photo by …", "Foto de …", "Image courtesy of
/// …".
const CREDIT_CONNECTIVES: &[&str] = &[
    "by",
    "courtesy",
    "credit",
    "credits",
    "copyright",
    "via",
    "from",
    "source",
    "de",
    "del",
    "di",
    "da",
    "von",
    "par",
    "por",
    "van",
    "du",
];

/// Whether what follows the label opening `text` ("Photo", "Credit", "Foto") reads as a credit: a
/// colon, a copyright sign or a bar after the label, a connective ("by", "courtesy of"), or a name
/// (a capital letter). A lower-case word of the Latin alphabet after the label is a noun phrase ("Photo booth – $500",
/// "Photo manipulation in Photoshop", "Credit/debit cards"), and a price is never a credit ("Credit
/// Hour $337").
fn credit_follows_label(text: &str) -> bool {
    if has_price(text) {
        return false;
    }
    if text.contains(['©', ':']) {
        return true;
    }
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let label_end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    let rest = &text[label_end..];
    let gap_end = rest
        .find(|c: char| c.is_alphanumeric())
        .unwrap_or(rest.len());
    let gap = &rest[..gap_end];
    if gap.contains([':', '：', '©', '|']) {
        return true;
    }
    let next = &rest[gap_end..];
    let word_end = next
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(next.len());
    let word = &next[..word_end];
    match word.chars().next() {
        None => true,
        // Other alphabets keep the old reading: "Фото пресс-службы" is a credit.
        Some(first) if first.is_ascii_lowercase() => CREDIT_CONNECTIVES
            .iter()
            .any(|connective| word.eq_ignore_ascii_case(connective)),
        Some(_) => true,
    }
}

/// A currency sign next to a digit: "$337", "€ 20", "20 €".
fn has_price(text: &str) -> bool {
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽') {
            let before = previous.is_some_and(|p| p.is_ascii_digit());
            let after = chars
                .clone()
                .find(|n| *n != ' ')
                .is_some_and(|n| n.is_ascii_digit());
            if before || after {
                return true;
            }
        }
        previous = Some(c).filter(|c| *c != ' ').or(previous);
    }
    false
}

/// Whether an agency's name at byte `at` stands where [`CREDIT_TAIL`] lets one start.
fn starts_a_credit(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '/' | '|' | '–' | '-'))
}

/// A caption with a named credit may run to two or three sentences; past this a block is article text
/// even when its last sentence reads as a credit.
const MAX_NAMED_CREDIT_CAPTION_WORDS: usize = 60;

/// A credit names a person or a body in a few words: "Photograph by Jane Doe, courtesy of the Parks
/// Board" is eight.
const MAX_CREDIT_NAME_WORDS: usize = 10;

/// How far back from the end of a block a credit may start, in bytes: a label, a connective and a
/// name of [`MAX_CREDIT_NAME_WORDS`] words.
const MAX_NAMED_CREDIT_BYTES: usize = 160;

/// The English labels of a credit that names its photographer after a colon or a connective: "Credit:
/// Jane Doe", "Photograph by Jane Doe", "(Photo Credit: Jane Doe)". Each is tried, so "photo credit"
/// and "photo" both are.
const NAMED_CREDIT_LABELS: [&str; 12] = [
    "photographs",
    "photograph",
    "photo credit",
    "image credit",
    "illustration",
    "picture",
    "credit",
    "photos",
    "photo",
    "images",
    "image",
    "photography",
];

/// What every label of [`NAMED_CREDIT_LABELS`] opens with, lower case: a block whose last
/// [`MAX_NAMED_CREDIT_BYTES`] hold none of them, in any case, cannot end in a named credit.
const LABEL_STEM_WORDS: [&str; 5] = ["photo", "picture", "image", "illustration", "credit"];

/// A searcher for each stem of [`LABEL_STEM_WORDS`], run over a block's last bytes lower-cased
/// (ASCII letters only, as a search in any case compares them): a few vector searches over at most
/// [`MAX_NAMED_CREDIT_BYTES`] bytes cost less than an ASCII-case-insensitive automaton's walk a byte
/// at a time (callgrind, readability pages: the cleaner 16.0M -> 12.7M instructions a round).
static LABEL_STEMS: Lazy<Vec<memchr::memmem::Finder<'static>>> = Lazy::new(|| {
    LABEL_STEM_WORDS
        .iter()
        .map(|stem| memchr::memmem::Finder::new(stem.as_bytes()))
        .collect()
});

/// Room for a window of [`MAX_NAMED_CREDIT_BYTES`] bytes widened to a character boundary.
const STEM_WINDOW_ROOM: usize = MAX_NAMED_CREDIT_BYTES + 4;

/// Whether `window` holds a stem of [`LABEL_STEM_WORDS`], in any case.
fn holds_a_label_stem(window: &str) -> bool {
    let mut room = [0u8; STEM_WINDOW_ROOM];
    let lowered: std::borrow::Cow<'_, [u8]> = match room.get_mut(..window.len()) {
        Some(room) => {
            room.copy_from_slice(window.as_bytes());
            room.make_ascii_lowercase();
            std::borrow::Cow::Borrowed(room)
        }
        None => std::borrow::Cow::Owned(window.as_bytes().to_ascii_lowercase()),
    };
    LABEL_STEMS.iter().any(|stem| stem.find(&lowered).is_some())
}

/// Words between a label and the name it credits: "Photo by …", "Photograph courtesy of …", "Image via …".
const NAMED_CREDIT_CONNECTIVES: [&str; 4] = ["courtesy of", "courtesy", "by", "via"];

/// A caption whose last sentence credits a named photographer or body: "Hikers on the ridge at dusk.
/// Credit: Jane Doe", "Coneflowers in winter. Photograph by Jane Doe." The credit must follow a sentence's
/// end, a bar or an opening bracket, and name someone (a capital letter), so a sentence that merely
/// mentions a photo by someone stays, and so does a long paragraph.
fn is_caption_with_named_credit(text: &str, words: usize) -> bool {
    if words > MAX_NAMED_CREDIT_CAPTION_WORDS
        || is_longer_than_words(text, MAX_NAMED_CREDIT_CAPTION_WORDS)
    {
        return false;
    }
    let text = text.trim_end();
    let window = floor_char_boundary(text, text.len().saturating_sub(MAX_NAMED_CREDIT_BYTES));
    if !holds_a_label_stem(&text[window..]) {
        return false;
    }
    let mut previous = text[..window].chars().next_back();
    text[window..].char_indices().any(|(offset, c)| {
        let starts_word = previous.is_some_and(char::is_whitespace) && !c.is_whitespace();
        previous = Some(c);
        let at = window + offset;
        starts_word && may_open_a_credit(&text[..at], &text[at..]) && is_named_credit(&text[at..])
    })
}

/// Whether a credit may start between `before` and `tail`: in brackets, or after a sentence's end, a
/// bar or a dash.
fn may_open_a_credit(before: &str, tail: &str) -> bool {
    tail.starts_with('(')
        || before
            .trim_end()
            .ends_with(['.', '!', '?', '|', '–', '—', '。'])
}

/// Whether `tail` reads as a named credit and nothing else: an optional bracket, a label, a colon or a
/// connective, and a name of at most [`MAX_CREDIT_NAME_WORDS`] words opening with a capital letter.
fn is_named_credit(tail: &str) -> bool {
    let tail = tail.strip_prefix('(').unwrap_or(tail).trim_start();
    let tail = tail.trim_end_matches(['.', ')', ' ']);
    NAMED_CREDIT_LABELS.iter().any(|label| {
        tail.get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
            && strip_credit_link(&tail[label.len()..]).is_some_and(is_credited_name)
    })
}

/// What follows a credit's label: a colon (and an optional "courtesy of"), or a connective; `None`
/// when neither.
fn strip_credit_link(after: &str) -> Option<&str> {
    let trimmed = after.trim_start();
    if let Some(rest) = trimmed.strip_prefix(':') {
        let rest = rest.trim_start();
        return Some(strip_connective(rest).unwrap_or(rest));
    }
    if trimmed.len() == after.len() {
        // The label runs on into a longer word: "Pictures", "Creditors".
        return None;
    }
    strip_connective(trimmed)
}

/// `text` after a leading connective of [`NAMED_CREDIT_CONNECTIVES`] and its space.
fn strip_connective(text: &str) -> Option<&str> {
    NAMED_CREDIT_CONNECTIVES.iter().find_map(|connective| {
        let head = text.get(..connective.len())?;
        let rest = &text[connective.len()..];
        (head.eq_ignore_ascii_case(connective) && rest.starts_with(' ')).then(|| rest.trim_start())
    })
}

/// Words in lower case that a credited name may hold: "Jane Doe for the Daily Post", "Jane Doe,
/// courtesy of the Parks Board", "Ana de la Cruz", "Jane Doe and Sam Roe". Any other word in lower case reads as a clause
/// running on ("Photographs by Jane Doe will be shown until May"), not a name.
const NAME_PARTICLES: [&str; 18] = [
    "of", "the", "for", "and", "via", "at", "on", "courtesy", "de", "da", "del", "la", "le", "du",
    "van", "von", "der", "y",
];

/// A name as a credit gives it: a capital letter first (after an optional "the": "the Parks Board"), a
/// few words, no lower-case word but [`NAME_PARTICLES`], no question or exclamation.
fn is_credited_name(name: &str) -> bool {
    let named = name
        .get(..4)
        .filter(|head| head.eq_ignore_ascii_case("the "))
        .map_or(name, |_| &name[4..]);
    named.chars().next().is_some_and(char::is_uppercase)
        && name.split_whitespace().count() <= MAX_CREDIT_NAME_WORDS
        && !name.contains(['?', '!', ':'])
        && name.split_whitespace().all(is_name_word)
}

/// A word of a credited name: not in lower case, or a particle of [`NAME_PARTICLES`] ("for", "of").
fn is_name_word(word: &str) -> bool {
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    !bare.chars().next().is_some_and(char::is_lowercase) || NAME_PARTICLES.contains(&bare)
}

/// The labels of a source line under a chart or an image ("Source: example.com"), and of an image's
/// credit naming its source the same way ("Image: https://example.com/"), lower case.
const SOURCE_LABELS: [&str; 12] = [
    "source",
    "sources",
    "quelle",
    "fuente",
    "fonte",
    "źródło",
    "image",
    "bild",
    "imagen",
    "imagem",
    "immagine",
    "obraz",
];

/// A source line under a chart or an image that names nothing but a web address: "Source:
/// www.example.com", "Quelle: example.de", "Image: https://example.com/". A source named in words
/// ("Source: Bureau of Labor Statistics") may be the article's own note and stays.
fn is_source_address(text: &str) -> bool {
    let Some((label, rest)) = text.trim().split_once(':') else {
        return false;
    };
    let label = label.trim();
    let rest = rest.trim();
    // The longest label is eight bytes: a longer one is no label, and is not lower-cased.
    label.len() <= 8
        && SOURCE_LABELS.contains(&label.to_lowercase().as_str())
        && !rest.is_empty()
        && !rest.contains(char::is_whitespace)
        && is_web_address(rest)
}

/// Whether `token` reads as a web address: an optional scheme, then a host of dotted names whose last
/// is two or more letters ("www.example.com", "https://example.org/chart").
fn is_web_address(token: &str) -> bool {
    let token = token
        .strip_prefix("https://")
        .or_else(|| token.strip_prefix("http://"))
        .unwrap_or(token);
    let host = token.split('/').next().unwrap_or("");
    let mut names = host.split('.');
    let Some(first) = names.next() else {
        return false;
    };
    let rest: Vec<&str> = names.collect();
    let Some(last) = rest.last() else {
        return false;
    };
    !first.is_empty()
        && rest.iter().all(|name| !name.is_empty())
        && last.len() >= 2
        && last.chars().all(|c| c.is_ascii_alphabetic())
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// A figure's caption opens with a figure label, an optional number and a colon: "Abbildung 4: …",
/// "Fig. 2: …", "Abb.: …", "図1：…", in the languages of `figure_labels.txt`.
static FIGURE_LABEL: Lazy<Regex> = Lazy::new(|| {
    let labels: Vec<String> = include_str!("figure_labels.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| regex::escape(line.trim()))
        .collect();
    Regex::new(&format!(
        r"(?i)^\s*(?:{})\s*(?:\d+(?:[.,]\d+)*[a-z]?)?\s*[:：]\s*\S",
        labels.join("|")
    ))
    .expect("figure label pattern compiles")
});

/// A short block that opens with a figure label and a colon: the caption of a figure or chart.
fn is_figure_caption(text: &str, words: usize) -> bool {
    // One-character searches run on bytes; a search for either of two characters decodes the text.
    words <= MAX_CAPTION_WORDS * 2
        && (text.contains(':') || text.contains('：'))
        && FIGURE_LABEL.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::PhotoCredit;

    #[test]
    fn a_window_holds_a_stem_in_any_case_wherever_it_stands() {
        let reference = |window: &str| {
            let lower = window.to_ascii_lowercase();
            super::LABEL_STEM_WORDS
                .iter()
                .any(|stem| lower.contains(stem))
        };
        for stem in [
            "Photo",
            "PICTURE",
            "imAge",
            "Illustration",
            "CrEdIt",
            "phot",
            "İmage",
            "crédit",
        ] {
            for fill in ["", "x", "é", "Getty "] {
                for n in [0, 1, 50, 170, 200] {
                    let window = format!("{}{stem}{}", fill.repeat(n), fill.repeat(n % 7));
                    assert_eq!(
                        super::holds_a_label_stem(&window),
                        reference(&window),
                        "{window:?}"
                    );
                }
            }
        }
    }

    const PIECES: [&str; 20] = [
        "Getty",
        "GettyImages",
        "getty images",
        "AP Photo",
        "APPHOTO",
        "EPA",
        "separate",
        "/",
        ")",
        "(",
        " ",
        "  ",
        "\n",
        "Jane Doe",
        "é",
        "Foto:",
        "Reuters",
        "x",
        "–",
        "ſ",
    ];

    proptest::proptest! {
        #[test]
        fn every_credit_the_pattern_finds_passes_the_cheap_check(
            picks in proptest::collection::vec(0..PIECES.len(), 0..10)
        ) {
            let text: String = picks.iter().map(|&k| PIECES[k]).collect();
            if super::CREDIT_TAIL.is_match(&text) {
                proptest::prop_assert!(super::may_end_in_credit(&text), "{:?}", text);
            }
        }
    }

    #[test]
    fn every_named_credit_label_opens_with_a_stem_the_precheck_looks_for() {
        for label in super::NAMED_CREDIT_LABELS {
            assert!(
                super::LABEL_STEM_WORDS
                    .iter()
                    .any(|stem| label.starts_with(stem)),
                "{label}"
            );
        }
        for stem in super::LABEL_STEM_WORDS {
            assert!(super::holds_a_label_stem(&format!(
                "A caption. {stem}: Jane Doe"
            )));
            assert!(super::holds_a_label_stem(&stem.to_uppercase()));
        }
        assert!(super::holds_a_label_stem("… | PhotoGraph by Jane Doe"));
        assert!(!super::holds_a_label_stem(
            "The council approved the budget on Monday."
        ));
        assert!(!super::holds_a_label_stem("Pictur"));
    }

    #[test]
    fn a_long_credit_after_the_slash_is_still_looked_for() {
        let tail = "x".repeat(super::MAX_CREDIT_TAIL_CHARS);
        let text = format!("A caption. Reuters /{tail}");
        assert!(super::CREDIT_TAIL.is_match(&text));
        assert!(super::may_end_in_credit(&text));
        let too_long = format!("A caption. Reuters /{tail}x");
        assert!(!super::CREDIT_TAIL.is_match(&too_long));
    }

    removes! { PhotoCredit;
                photo: "Photo: Reuters",
        photo_by: "Photo by Jane Doe",
        photo_name: "Photo Jane Doe on Unsplash",
        credit_lower_agency: "Foto: dpa",
        spanish_file_photo: "Foto de archivo",
        credit_colon: "Credit: courtesy of the family",
        caption_with_credit: "Golf im TV: Die Übertragungszeiten der großen Turniere im Überblick. (Foto: Getty)",
        caption_with_agency: "Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)",
        stock_library: "praca / ShutterStock",
        spanish_caption: "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina",
        image_copyright: "Image copyright Getty Images",
        getty: "Getty Images",
        file_photo: "File photo",
        figure_caption: "Figure 3: Changing the font size of the axis text.",
        german_figure: "Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform ist deutlich.",
        abbreviated_figure: "Abb.: Collage aus Internetbildern",
        russian_figure: "Рис. 2: Схема движения поездов",
        japanese_figure: "図1：東京都の人口の推移",
        agency_of_two_words_after_a_bar: "Jane Doe | Getty Images",
        agency_of_two_words_after_slashes: "Jane Doe // Getty Images",
        agency_after_via: "Jane Doe/Moment via Getty Images",
        caption_ending_in_agency_of_two_words: "Do you sleep well? Jane Doe/Moment via Getty Images",
        agency_written_together: "Jane Doe/GettyImages",
        stock_library_web_address: "Jane Doe / Shutterstock.com",
        free_library: "Jane Doe from Pixabay",
        image_by: "Image by Jane Doe Photography via Wedding Magazine",
        image_credit_web_address: "Image Credit: Example.com via Flickr (license)",
        image_courtesy: "Image: Courtesy Jane Doe/City Parks Board.",
        image_via: "Image via Jane Doe",
        source_web_address: "Source: www.example.com",
        source_link: "Quelle: https://example.de/grafik",
        image_web_address: "Image: https://example.com/",
        bild_web_address: "Bild: example.de",
        long_caption_with_credit: "The tester crosses a boulder field at dusk with the watch set to its brightest mode, which drained the battery by a third over the evening. Credit: Jane Doe",
        caption_photographed_by: "Seed heads of the asters stand through the winter and feed the finches in the park. Photograph by Jane Doe.",
        caption_photo_by_after_bar: "Bakers shape the loaves before dawn. | Photo by Jane Doe",
        caption_courtesy_of: "The restored tram on its first run along the harbour. Photograph courtesy of the City Transit Museum.",
        caption_bracketed_photo_credit: "The new menu has a dozen flavours, from lemon to smoked chili and more. (Photo Credit: Jane Doe)",
        caption_image_via: "A battery cabinet in a garage. Image via Jane Doe.",
        caption_credit_for_a_paper: "Voters queue outside the school hall. Photo by Jane Doe for the Daily Post",
        caption_credit_and_courtesy: "The orchard in bloom. Photo by Jane Doe, courtesy of the Parks Board.",
    }

    #[test]
    fn a_credit_label_is_found_before_any_colon() {
        use super::may_end_in_credit;
        assert!(may_end_in_credit("Flood waters rise. FOTO : Max Muster"));
        assert!(may_end_in_credit(
            "Blick über die Stadt (Bild: Stadtarchiv)"
        ));
        assert!(may_end_in_credit("Note: the photos: Jane Doe"));
        assert!(!may_end_in_credit(
            "Photo of the day, taken at noon: the harbour"
        ));
        assert!(!may_end_in_credit("Note: no credit here"));
    }

    keeps! { PhotoCredit;
        reuters_in_a_sentence: "The figures were first reported by Reuters on Tuesday, citing two people familiar with the plan.",
        photo_word: "The photo shows the minister arriving at the summit in a black car on Monday.",
        caption: "A photo taken on Monday shows firefighters battling the blaze near the village of Mati, east of Athens.",
        photography: "Photography was banned inside the courtroom throughout the trial, the judge ruled.",
        figure_in_a_sentence: "Figure 3 shows how the rents rose faster than wages in every district since 2010.",
        figure_word: "Figures: the council spent more than it raised for the third year running, the report says, and warns of cuts.",
        german_figure_in_text: "Abbildung 4 zeigt, wie stark die Mieten seit 2010 gestiegen sind.",
        photo_booth: "Photo booth – ~$500-$800",
        photo_noun_phrase: "Photo manipulation in Adobe Photoshop",
        credit_hour_price: "Credit Hour $337 $516",
        credit_debit: "– Credit/debit cards (Visa, Mastercard, American Express)",
        agency_ending_a_sentence: "The family sold the rights to the photo to Getty Images.",
        agency_of_two_words_in_a_sentence: "Getty Images sent a photographer to the harbour on Monday morning.",
        source_in_words: "Source: Bureau of Labor Statistics",
        image_label_in_a_sentence: "Image sizes: example.com now serves them at half the weight, the developers said on Monday.",
        source_sentence: "Source: the ministry's annual report, which example.com first published.",
        source_number: "Source: 3.5",
        image_by_image: "Image by image, the film builds a portrait of a family that has lost its home to the flood.",
        photo_by_in_a_sentence: "The exhibition opens with a photo by Jane Doe of the flooded square, taken on the morning after the storm.",
        sentence_after_a_photo_credit_word: "The jury picked the winners on Friday. Photo by photo, they argued over the light and the framing.",
        credit_in_the_last_sentence_of_a_long_paragraph: "The council approved the budget on Monday after a debate that ran well into the night, and the mayor said schools and roads would get more money than last year while the parks would get less. Opponents said the plan would raise taxes and promised to fight it at the next vote in the spring, when the final figures for the year are known to everyone in the chamber. Credit: Jane Doe",
        credit_as_a_noun: "Rates rose again this quarter. Credit card debt is at a record high, the bank says.",
        pictured_by_the_press: "The minister was pictured leaving the building. Pictures by the agency were sold abroad.",
        credit_running_on_into_a_clause: "The harbour at dawn, before the boats go out. Photographs by Jane Doe will be shown at the gallery until May.",
    }
}
