//! Teasers of other stories: a truncated excerpt that ends in an ellipsis and a "more" link, or a
//! label and a colon before another story's headline.

use super::teaser_label_line::is_teaser_label_line;
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::is_longer_than_words;
use crate::phrases::fold;
use crate::removal::Reason;
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// The "more" words of `read_more_words.txt`, folded.
static READ_MORE: Lazy<HashSet<String>> = Lazy::new(|| {
    include_str!("read_more_words.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(fold)
        .collect()
});

/// A teaser is an excerpt of a few lines; longer blocks are article text that happens to trail off.
const MAX_TEASER_WORDS: usize = 60;

/// Removes teasers of other stories: an excerpt cut off with an ellipsis and followed by a "more" link
/// ("Auskunft über vergangenes Wetter… mehr", "The council met on Monday to […] Read more »"), anywhere.
/// A line that merely trails off stays: poems and quotes end that way too.
///
/// A line that links one other story from between the article's paragraphs goes too: a label of
/// `teaser_labels.txt`, a colon and a headline ("Related: How the bridge was built", "» Related
/// reading: …"), which the HTML stage reads from its markup and text keeps only as words.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nStorm hits the coast of Japan… Read more »\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "teaser-link");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct TeaserLink;

impl Cleaner for TeaserLink {
    fn name(&self) -> &'static str {
        "teaser-link"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let text = &block.text;
        if is_longer_than_words(text, MAX_TEASER_WORDS) || cx.is_title_candidate() {
            return Verdict::Keep;
        }
        // In HTML the extraction stage takes most such lines by their markup, in any language; the
        // words catch the rest, and the same line in text (re-cleaning an HTML article as text gives
        // the same body).
        if is_teaser_label_line(text) {
            return Verdict::Drop(Reason::Pattern(
                "a label and a colon before another story's headline",
            ));
        }
        let Some((before, after)) = split_at_ellipsis(text) else {
            return Verdict::Keep;
        };
        let after = fold(after);
        let words = cx.words();
        if !after.is_empty() && READ_MORE.contains(&after) && words <= MAX_TEASER_WORDS {
            return Verdict::Drop(Reason::Pattern("a teaser with a link to more"));
        }
        if after.is_empty() && ends_with_more_link(before) {
            return Verdict::Drop(Reason::Pattern("a teaser whose link to more trails off"));
        }

        Verdict::Keep
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// Words a "more" link has at most ("Continue reading", "Lire la suite").
const MAX_MORE_WORDS: usize = 3;

/// Whether `before` (a block's text up to its closing ellipsis) ends with a "more" link written as
/// links are, with a capital ("… Weiterlesen …", "Read More…"): themes print the link with an
/// ellipsis after it, or alone on a line. A sentence that trails off on the word ("there was more…")
/// has it in lower case.
fn ends_with_more_link(before: &str) -> bool {
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(MAX_MORE_WORDS)
        .collect();
    (1..=words.len()).any(|n| {
        let first = words[n - 1];
        first.chars().next().is_some_and(char::is_uppercase) && {
            let link: Vec<&str> = words[..n].iter().rev().copied().collect();
            READ_MORE.contains(&fold(&link.join(" ")))
        }
    })
}

/// Characters a "more" link after the ellipsis may have.
const MAX_TAIL_CHARS: usize = 30;

/// The text before the last ellipsis and what follows it, when only a short tail follows.
fn split_at_ellipsis(text: &str) -> Option<(&str, &str)> {
    // Only the end can hold an ellipsis followed by at most MAX_TAIL_CHARS characters: search there.
    let mut from = text
        .len()
        .saturating_sub(MAX_TAIL_CHARS * 4 + "[...]".len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // Every form holds "…" or "...": most blocks have neither, and are passed over with one scan for
    // the first bytes of both.
    let tail = &text.as_bytes()[from..];
    let ellipsis_at = |at: usize| {
        let rest = &tail[at..];
        rest.starts_with("…".as_bytes()) || rest.starts_with(b"...")
    };
    if !memchr::memchr2_iter(b'.', "…".as_bytes()[0], tail).any(ellipsis_at) {
        return None;
    }
    let (at, len) = ["…", "...", "[…]", "[...]"]
        .iter()
        .filter_map(|e| text[from..].rfind(e).map(|i| (from + i, e.len())))
        .max_by_key(|&(i, len)| (i + len, len))?;
    let after = &text[at + len..];
    (after.chars().count() <= MAX_TAIL_CHARS).then(|| (&text[..at], after))
}

#[cfg(test)]
mod tests {
    use super::TeaserLink;

    removes! { TeaserLink;
        german_more: "Auskunft über vergangenes Wetter… mehr •••",
        english_read_more: "The council met on Monday to discuss the budget […] Read more »",
        related_line: "Related: How the old bridge was built in nine months",
        more_link_trailing_off: "Was ist schlauer – statt Wasserflaschen aus Glas in Kisten herum wuchten? Also! Übrigens, am Weiterlesen …",
        lone_more_link: "Read More...",
    }

    #[test]
    fn removes_a_related_line_on_a_page_with_a_declared_title_too() {
        use crate::cleaners::test_macros::{judge_blocks, PARA_1};
        use crate::{Block, BlockKind};
        let blocks: Vec<Block> = [
            PARA_1,
            "Related: How the old bridge was built in nine months",
        ]
        .iter()
        .map(|t| Block::new(BlockKind::Paragraph, *t))
        .collect();
        assert!(!judge_blocks(&TeaserLink, &blocks, 1, Some("Bridge reopens")).is_keep());
        assert!(!judge_blocks(&TeaserLink, &blocks, 1, None).is_keep());
    }

    keeps! { TeaserLink;
        trailing_line: "Die Stadt steht schwarz und schweiget…",
        trailing_quote: "“We will see what happens…” she said, before leaving the room without another word.",
        related_sentence: "Related research shows that parks lower the temperature of a city in summer.",
        ellipsis_inside: "He paused… and then the whole room laughed, which nobody had expected at all.",
        trailing_off_on_more: "The council said there would be cuts, and then it promised more…",
    }
}
