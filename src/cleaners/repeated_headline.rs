//! The headline printed again inside the article.

use super::{BlockContext, Cleaner, Verdict};
use crate::article::Block;
use crate::phrases::fold;
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
/// assert_eq!(article.removals[0].cleaner, "repeated-headline");
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
        if cx.is_title_candidate() || block.text.len() > title.len() + 8 {
            return Verdict::Keep;
        }
        let key = cx.folded();
        if key.is_empty() {
            return Verdict::Keep;
        }
        let title_key = fold(title);
        let same = *key == *title_key;
        let opens_title = title_key.starts_with(&*key)
            && title_key.as_bytes().get(key.len()) == Some(&b' ')
            && key.chars().count() as f32 >= MIN_SHARE_OF_TITLE * title_key.chars().count() as f32
            && word_count(&key) >= MIN_PARTIAL_WORDS;
        if same || opens_title {
            Verdict::Drop(Reason::Pattern("repeats the headline"))
        } else {
            Verdict::Keep
        }
    }
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

    keeps! { RepeatedHeadline;
        body: "The budget includes money for schools, roads and a new library in the east of the city.",
    }
}
