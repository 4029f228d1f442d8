//! The lede printed twice: a teaser or summary line, then the full first paragraph.

use super::{BlockContext, Cleaner, Verdict};
use crate::article::Block;
use crate::removal::Reason;
use crate::text::word_count;

/// How many following blocks may stand between a truncated lede and its complete copy. Pages print the
/// teaser right above the article (with the headline repeated in between); a match further away is a
/// summary that the article restates on purpose.
const LEDE_WINDOW: usize = 3;

/// Words a block needs before a repeat of it counts; short repeated labels belong to other cleaners.
const MIN_LEDE_WORDS: usize = 6;

/// Removes a paragraph that is printed again within the next few blocks, keeping the complete copy: a
/// truncated lede followed by the full one, or the article's first paragraph printed twice in a row.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe storm reached the coast on Monday night\n\nThe storm reached the coast on Monday night, cutting power to thousands.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].cleaner, "repeated-lede");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RepeatedLede;

impl Cleaner for RepeatedLede {
    fn name(&self) -> &'static str {
        "repeated-lede"
    }

    fn check(&self, _block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let index = cx.index();
        if cx.is_title_candidate() {
            return Verdict::Keep;
        }
        let key = cx.folded();
        if word_count(&key) < MIN_LEDE_WORDS {
            return Verdict::Keep;
        }
        // An exact copy counts only right after the article's first prose block: a standfirst printed
        // twice. Further down, a repeated paragraph may be the author's (a refrain, a repeated quote).
        if let Some(earlier) = index.checked_sub(1) {
            let earlier_is_title = earlier == 0 && cx.title_is_first_block();
            // A third copy after this one makes the run a pattern of the page (a refrain, filler
            // text), not a standfirst printed twice; without this check, cleaning to a fixed point
            // would remove every copy but the first, one per round.
            let run_goes_on = cx.block(index + 1).is_some() && cx.folded_at(index + 1) == key;
            if !earlier_is_title
                && !run_goes_on
                && cx.prose_before(earlier) == 0
                && cx.folded_at(earlier) == key
            {
                return Verdict::Drop(Reason::DuplicateOf(earlier));
            }
        }
        for later in index + 1..=index + LEDE_WINDOW {
            let Some(_) = cx.block(later) else { break };
            let other = cx.folded_at(later);
            if other.len() > key.len()
                && other.starts_with(&*key)
                && other.as_bytes().get(key.len()) == Some(&b' ')
            {
                return Verdict::Drop(Reason::DuplicateOf(later));
            }
        }
        Verdict::Keep
    }
}

#[cfg(test)]
mod tests {
    use super::RepeatedLede;
    use crate::cleaners::test_macros::judge_before_body;

    #[test]
    fn removes_a_truncated_lede_before_the_full_one() {
        // judge_before_body puts the block right before the body's first paragraph, which opens with it.
        let truncated = "The city council approved the new budget on Monday";
        assert!(!judge_before_body(&RepeatedLede, truncated).is_keep());
    }

    #[test]
    fn keeps_a_short_block_that_opens_the_next_one() {
        assert!(judge_before_body(&RepeatedLede, "The city council").is_keep());
    }

    #[test]
    fn a_paragraph_printed_three_times_is_a_pattern_not_a_lede() {
        let para =
            "The storm reached the coast on Monday night, cutting power to thousands of homes.";
        let twice = format!("Headline\n\n{para}\n\n{para}\n");
        let article = crate::Pipeline::default().clean_text(&twice).unwrap();
        assert_eq!(article.blocks.len(), 1);
        let thrice = format!("Headline\n\n{para}\n\n{para}\n\n{para}\n");
        let article = crate::Pipeline::default().clean_text(&thrice).unwrap();
        assert_eq!(article.blocks.len(), 3, "{:?}", article.removals);
    }

    keeps! { RepeatedLede;
        distinct: "The mayor said the vote showed the city could still agree on what matters most.",
    }
}
