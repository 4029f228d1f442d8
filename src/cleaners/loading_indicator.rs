//! Placeholder text left by scripts that never ran.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::LOADING_INDICATOR;

/// Placeholders left by scripts are a few words.
const MAX_INDICATOR_WORDS: usize = 8;

/// Removes placeholder text left by scripts that never ran: "Loading…", "Please enable JavaScript".
///
/// Phrases come from `src/phrases/<lang>/loading_indicator.txt`; only a whole block of at most 8 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nLoading...\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "loading-indicator");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct LoadingIndicator;

impl Cleaner for LoadingIndicator {
    fn name(&self) -> &'static str {
        "loading-indicator"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(
            LOADING_INDICATOR,
            MAX_INDICATOR_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::LoadingIndicator;

    removes! { LoadingIndicator;
        loading: "Loading...",
        wait: "Please wait",
        load_more: "Load more",
    }

    keeps! { LoadingIndicator;
        sentence: "Loading of the ships resumed on Tuesday after the strike ended, the port authority said.",
    }
}
