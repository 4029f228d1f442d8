//! Call-to-action buttons: a shop's, a booking widget's or an affiliate box's button label standing alone.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::CALL_TO_ACTION;

/// A button's label is a few words ("Check price at Amazon", "Start your free trial").
const MAX_BUTTON_WORDS: usize = 8;

/// Removes call-to-action buttons that stand alone as a block: "Buy now", "Book now", "Check price at
/// Amazon", "Get a quote". Product roundups, booking pages and service pages leave one
/// after every item; in page text they are lines of their own.
///
/// Phrases come from `src/phrases/<lang>/call_to_action.txt`; only a whole block of at most 8 words
/// matches, so a sentence that uses the same words ("Buy now and pay later, the bank says") stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe lightest tent we tested packs down to the size of a water bottle.\n\nCheck price at Amazon\n\nIts poles are aluminium and the fly is rated for three seasons.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "call-to-action");
/// assert_eq!(article.blocks.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CallToAction;

impl Cleaner for CallToAction {
    fn name(&self) -> &'static str {
        "call-to-action"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(
            CALL_TO_ACTION,
            MAX_BUTTON_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::CallToAction;

    removes! { CallToAction;
        buy_now: "Buy now",
        book_now: "BOOK NOW",
        retailer: "Check price at Amazon",
        retailer_two_words: "Check Price at Best Buy",
        buy_on: "Buy on Walmart",
        quote: "Get a Quote",
        trial: "Start your free trial",
        german: "Jetzt kaufen",
        french: "Ajouter au panier",
    }

    keeps! { CallToAction;
        buy_now_sentence: "Buy now and pay later schemes have grown fast, the central bank said in its report.",
        learn_more_sentence: "Learn more about the plan at a public meeting on Thursday, the council said.",
        book_now_sentence: "Book now, the airline urged travellers, as fares are expected to rise in the spring.",
        price_sentence: "Check price tags carefully: some shops still show last year's prices.",
        long_label: "View on Amazon to compare the price of the older model with the new one before buying",
    }
}
