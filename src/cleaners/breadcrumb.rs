//! Breadcrumb trails: "Home » Press » International News » …", "Home > World > Asia", "Home / News".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::is_longer_than_words;
use crate::phrases::{fold, BREADCRUMB_HOME};
use crate::removal::Reason;
use crate::text::{ends_sentence, word_count};
use once_cell::sync::Lazy;
use regex::Regex;

/// A breadcrumb separator: arrows and guillemets with or without spaces, ASCII ones only between spaces
/// (so "and/or" and "3>2" are not trails).
static SEPARATOR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\s*[»›→▸►]\s*|\s+(?:>>?|/|\||::|-->?)\s+").expect("separator pattern compiles")
});

/// Words a trail's inner step may have ("International News", "Politics and Government").
const MAX_STEP_WORDS: usize = 5;

/// A trail longer than this is a sentence with arrows in it.
const MAX_TRAIL_WORDS: usize = 60;

/// Steps a trail needs when it does not start with a "Home" word: three short steps in a row are a trail.
const MIN_STEPS_WITHOUT_HOME: usize = 3;

/// Removes breadcrumb trails. A trail's inner steps are short and do not end in a full stop; it starts with a
/// "Home" word of `src/phrases/<lang>/breadcrumb.txt`, or has three steps and stands outside the article's prose.
/// When the last step is a headline (longer than a section name), only the trail before it is cut, so the
/// headline stays for the title.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Home » World » Asia\n\nHeadline\n\nThe body of the story goes here, long enough to count.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.title.as_deref(), Some("Headline"));
/// assert_eq!(article.removals[0].stage, "breadcrumb");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Breadcrumb;

impl Cleaner for Breadcrumb {
    fn name(&self) -> &'static str {
        "breadcrumb"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let text = &block.text;
        if is_longer_than_words(text, MAX_TRAIL_WORDS) || cx.words() > MAX_TRAIL_WORDS {
            return Verdict::Keep;
        }
        let separators: Vec<(usize, usize)> = if may_hold_separator(text) {
            SEPARATOR
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect()
        } else {
            Vec::new()
        };
        let Some(&(_, last_step_start)) = separators.last() else {
            return lone_home_link(cx);
        };
        if points_back(text) {
            return Verdict::Keep;
        }
        // A first line of bars is the page's title ("Getting started | Docs | Example"), which
        // breadcrumbs never write with bars; the title's own cleaning cuts the site's name.
        if cx.is_title_candidate()
            && separators
                .iter()
                .all(|&(start, end)| text[start..end].trim() == "|")
        {
            return Verdict::Keep;
        }
        let mut step_start = 0;
        let mut inner_steps = Vec::with_capacity(separators.len());
        for &(start, end) in &separators {
            inner_steps.push(&text[step_start..start]);
            step_start = end;
        }
        let last_step = &text[last_step_start..];
        let short_steps = inner_steps.iter().all(|step| is_short_step(step));
        if !short_steps {
            return Verdict::Keep;
        }
        let starts_home = BREADCRUMB_HOME
            .find(&fold(inner_steps[0]), cx.lang())
            .is_some();
        let steps = separators.len() + 1;
        if !starts_home && (steps < MIN_STEPS_WITHOUT_HOME || !cx.is_outside_body()) {
            return Verdict::Keep;
        }
        if is_short_step(last_step) || last_step.trim().is_empty() {
            Verdict::Drop(Reason::Pattern("breadcrumb trail"))
        } else {
            Verdict::Cut(
                0..last_step_start,
                Reason::Pattern("breadcrumb trail before the headline"),
            )
        }
    }
}

/// Whether [`SEPARATOR`] can match in `text`: it holds one of the arrows, or one of the ASCII
/// separators right after whitespace. Most blocks hold neither, and are passed over by byte scans.
fn may_hold_separator(text: &str) -> bool {
    const ARROWS: [&str; 5] = ["»", "›", "→", "▸", "►"];
    // The arrows start with the byte 0xC2 ("»") or 0xE2 (the others): only there is the text compared.
    let bytes = text.as_bytes();
    let arrow_at = |at: usize| {
        ARROWS
            .iter()
            .any(|arrow| bytes[at..].starts_with(arrow.as_bytes()))
    };
    if memchr::memchr2_iter(0xC2, 0xE2, bytes).any(arrow_at) {
        return true;
    }
    let after_whitespace = |i: usize| {
        i > 0
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace)
    };
    memchr::memchr3_iter(b'>', b'/', b'|', bytes).any(after_whitespace)
        || memchr::memchr2_iter(b':', b'-', bytes).any(after_whitespace)
}

/// Whether `text` holds an arrow pointing back (`←`, `◂`, `◄`): a trail points one way, from the
/// home page down, so arrows both ways are a diagram ("main → A ← B ← C"), not a trail.
fn points_back(text: &str) -> bool {
    text.contains(['←', '◂', '◄', '⟵'])
}

/// A "Home" link standing alone outside the article: the first step of a trail that lost its other steps.
fn lone_home_link(cx: &BlockContext<'_>) -> Verdict {
    if cx.is_outside_body() && cx.phrase(BREADCRUMB_HOME).is_some() {
        Verdict::Drop(Reason::Pattern("a lone link to the home page"))
    } else {
        Verdict::Keep
    }
}

/// A step of a trail: a few words, no full stop at its end.
fn is_short_step(step: &str) -> bool {
    let words = word_count(step);
    (1..=MAX_STEP_WORDS).contains(&words) && !ends_sentence(step)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_first_line_of_bars_is_the_page_title_not_a_trail() {
        use crate::block::{Block, BlockKind};
        use crate::cleaners::{BlockContext, Cleaner};
        let title = "Getting started | Guides | Example Docs";
        let blocks = [
            Block::new(BlockKind::Paragraph, title),
            Block::new(
                BlockKind::Paragraph,
                "The council approved the new budget on Monday after a debate that lasted well into the night.",
            ),
        ];
        let folded = crate::document::BlockKey::all(&blocks);
        let pass = crate::cleaners::context::Pass::new(&blocks, &folded);
        let cx = BlockContext::in_pass(&pass, 0, None, None);
        assert!(super::Breadcrumb.check(&blocks[0], &cx).is_keep());
        // Below the title the same line is a trail.
        assert!(
            !crate::cleaners::test_macros::judge_before_body(&super::Breadcrumb, title).is_keep()
        );
    }

    use super::Breadcrumb;
    use crate::cleaners::test_macros::judge_before_body;
    use crate::cleaners::Verdict;

    #[test]
    fn every_arrow_starts_with_a_byte_the_scan_stops_at() {
        for arrow in ['»', '›', '→', '▸', '►'] {
            let mut utf8 = [0; 4];
            assert!(
                matches!(arrow.encode_utf8(&mut utf8).as_bytes()[0], 0xC2 | 0xE2),
                "{arrow}"
            );
        }
    }

    #[test]
    fn the_byte_scan_lets_every_separator_through() {
        for text in [
            "Home » Press",
            "Home›News",
            "A → B",
            "A ▸ B",
            "A ► B",
            "Home > World",
            "A >> B",
            "Home / News",
            "A | B",
            "A :: B",
            "A -- B",
            "A --> B",
            "A\u{a0}/ B",
            "x, y and z/w",
            "Plain text without any of them.",
            "10:30 - 11:00",
        ] {
            if super::SEPARATOR.is_match(text) {
                assert!(super::may_hold_separator(text), "{text}");
            }
        }
        assert!(!super::may_hold_separator("and/or, 10:30, e-mail"));
    }

    removes! { Breadcrumb;
        guillemets: "Home » Press » International News",
        angle: "Home > World > Asia",
        slash: "Home / News",
        no_home_three_steps: "News › World › Asia",
        lone_home: "Home",
    }

    keeps! { Breadcrumb;
        and_or: "Applicants must show a passport and/or an identity card at the border, officials said.",
        comparison: "Turnout was higher in the north > south divide, analysts said, than in any election before.",
        two_steps_without_home: "Politics / Economy",
        main_sentence: "Main Street was closed for the parade, the police said.",
        start_sentence: "Start of the season was delayed by two weeks after heavy rain flooded the pitch.",
        diagram_both_ways: "main → A ← B ← C",
        home_diagram_both_ways: "Home → draft ← review",
    }

    #[test]
    fn cuts_the_trail_and_keeps_a_headline_at_its_end() {
        let text = "Home » Press » International News » Peace treaty between Russia, Japan needed for regional stability";
        match judge_before_body(&Breadcrumb, text) {
            Verdict::Cut(range, _) => {
                assert_eq!(&text[range], "Home » Press » International News » ")
            }
            other => panic!("expected a cut, got {other:?}"),
        }
    }
}
