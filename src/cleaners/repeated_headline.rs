//! The headline printed again inside the article.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::removal::Reason;
use crate::text::word_count;

/// A block shorter than this share of the title (in characters) is too partial to call a repeat of it.
const MIN_SHARE_OF_TITLE: f32 = 0.5;

/// Words a partial repeat needs; a one- or two-word block that happens to open the title is a label.
const MIN_PARTIAL_WORDS: usize = 4;

/// Removes a block that repeats the headline: the same text, or the title without the site's suffix
/// (the page title "Storm hits coast | Daily News" repeated as "Storm hits coast"). The title candidate
/// itself stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Storm hits coast\n\nStorm hits coast\n\nThe storm reached the coast on Monday night, cutting power.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "repeated-headline");
/// assert_eq!(article.text(), "Storm hits coast\n\nThe storm reached the coast on Monday night, cutting power.\n");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RepeatedHeadline;

impl Cleaner for RepeatedHeadline {
    fn name(&self) -> &'static str {
        "repeated-headline"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let Some(title) = cx.title_candidate() else {
            return Verdict::Keep;
        };
        if cx.is_title_candidate() {
            return cut_site_suffix(block, cx);
        }
        if block.text.len() > title.len() + 8 {
            return Verdict::Keep;
        }
        let key = cx.folded();
        if key.is_empty() {
            return Verdict::Keep;
        }
        let title_key = cx.folded_title().unwrap_or_default();
        if *key == *title_key || opens_title(&key, &title_key) {
            Verdict::Drop(Reason::Pattern("repeats the headline"))
        } else {
            Verdict::Keep
        }
    }
}

/// Blocks below the page title searched for the headline printed without the site's name.
const HEADLINE_SEARCH_BLOCKS: usize = 8;

/// The page title "Storm hits coast | Daily News" when the page prints "Storm hits coast" below it: the
/// site's suffix is cut, so the title is the headline.
fn cut_site_suffix(block: &Block, cx: &BlockContext<'_>) -> Verdict {
    let title = &block.text;
    for index in 1..=HEADLINE_SEARCH_BLOCKS {
        let Some(other) = cx.block(index) else { break };
        let headline = other.text.trim();
        let Some(rest) = title.strip_prefix(headline) else {
            continue;
        };
        let is_suffix = rest.starts_with(|c: char| {
            c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | ':' | '·' | '»')
        });
        if headline.is_empty() || !is_suffix || !opens_title(&cx.folded_at(index), &cx.folded()) {
            continue;
        }
        return Verdict::Cut(
            headline.len()..title.len(),
            Reason::Pattern("the site's name after the headline"),
        );
    }
    Verdict::Keep
}

/// True when `key` is most of `title_key` and ends where one of its words ends.
fn opens_title(key: &str, title_key: &str) -> bool {
    title_key.starts_with(key)
        && title_key.as_bytes().get(key.len()) == Some(&b' ')
        && key.chars().count() as f32 >= MIN_SHARE_OF_TITLE * title_key.chars().count() as f32
        && word_count(key) >= MIN_PARTIAL_WORDS
}

#[cfg(test)]
mod tests {
    use super::RepeatedHeadline;
    use crate::cleaners::test_macros::{judge_after_body, judge_before_body};

    const TITLE: &str = "Council approves new budget after long debate";

    #[test]
    fn removes_the_same_headline() {
        assert!(!judge_before_body(&RepeatedHeadline, TITLE).is_keep());
        assert!(!judge_after_body(
            &RepeatedHeadline,
            "COUNCIL APPROVES NEW BUDGET AFTER LONG DEBATE."
        )
        .is_keep());
    }

    #[test]
    fn removes_the_headline_without_the_page_titles_site_suffix() {
        // The title candidate in these tests is TITLE; a block that is most of it counts as a repeat.
        assert!(
            !judge_before_body(&RepeatedHeadline, "Council approves new budget after").is_keep()
        );
    }

    #[test]
    fn keeps_a_short_opening_and_other_text() {
        assert!(judge_before_body(&RepeatedHeadline, "Council").is_keep());
        assert!(judge_before_body(
            &RepeatedHeadline,
            "Council approves new budget after long debate with unions"
        )
        .is_keep());
    }

    #[test]
    fn cuts_the_site_name_off_a_page_title_that_the_page_repeats_without_it() {
        use crate::block::{Block, BlockKind};
        use crate::cleaners::{BlockContext, Cleaner, Verdict};
        let blocks = [
            Block::new(
                BlockKind::Paragraph,
                "Bridge reopens after repairs | Riverside Gazette",
            ),
            Block::new(BlockKind::Paragraph, "Menu"),
            Block::new(BlockKind::Paragraph, "Bridge reopens after repairs"),
        ];
        let folded = crate::document::BlockKey::all(&blocks);
        let pass = crate::cleaners::context::Pass::new(&blocks, &folded);
        let cx = BlockContext::in_pass(&pass, 0, None, None);
        match RepeatedHeadline.check(&blocks[0], &cx) {
            Verdict::Cut(range, _) => assert_eq!(&blocks[0].text[range], " | Riverside Gazette"),
            other => panic!("expected a cut, got {other:?}"),
        }
    }

    keeps! { RepeatedHeadline;
        body: "The budget includes money for schools, roads and a new library in the east of the city.",
    }
}
