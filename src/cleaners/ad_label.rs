//! Blocks that are only an advertisement label.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::AD_LABEL;

/// An advertisement label is a few words and an advertising disclosure a sentence or two; a longer
/// block mentioning ads is article text.
const MAX_LABEL_WORDS: usize = 40;

/// Removes blocks that are only an advertisement label: "- Advertisement -", "ADVERTISEMENT", "Sponsored content",
/// "Story continues below advertisement". Anywhere in the article: ad slots sit between paragraphs.
///
/// Phrases come from `src/phrases/<lang>/ad_label.txt`; only a whole block of at most 40 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n- Advertisement -\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "ad-label");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct AdLabel;

impl Cleaner for AdLabel {
    fn name(&self) -> &'static str {
        "ad-label"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(AD_LABEL, MAX_LABEL_WORDS, OpenEnded::AtEdge, block, cx)
    }
}

#[cfg(test)]
mod tests {
    use super::AdLabel;

    removes! { AdLabel;
        dash_framed: "- Advertisement -",
        capitals: "ADVERTISEMENT",
        sponsored: "Sponsored content",
        story_continues: "Story continues below advertisement",
        scroll: "Scroll to continue with content",
        disclosure: "Advertising disclosure: We may receive compensation for some of the links in our stories.",
    }

    keeps! { AdLabel;
        revenue: "Advertisement revenue rose 8% in the quarter, the company said in a statement.",
        sponsored_sentence: "The event was sponsored by a local bank and drew more than two thousand visitors.",
        ad_word: "An ad campaign launched last week has already been pulled after complaints.",
        commission_news: "The regulator said shops may receive compensation for some of the losses caused by the strike.",
        affiliate_news: "The company banned affiliate links on its platform last year, the report said on Monday.",
    }
}
