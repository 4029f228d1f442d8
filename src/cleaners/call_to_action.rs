//! Call-to-action buttons: a shop's, a booking widget's or an affiliate box's button label standing alone.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::phrases::CALL_TO_ACTION;
use crate::removal::Reason;
use once_cell::sync::Lazy;

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
        let verdict = judge_phrase(
            CALL_TO_ACTION,
            MAX_BUTTON_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        );
        // A button's label that takes any words ("Read our full {*} review") ends without a full
        // stop; "Read our full review." is the article's sentence. A label written out whole in the
        // list is matched as the site prints it, full stop or not.
        if is_open_phrase(&verdict) && block.text.trim_end().ends_with('.') {
            return Verdict::Keep;
        }
        if verdict.is_keep() && is_repeated_button(block, cx) {
            return Verdict::Drop(Reason::Pattern(
                "a button's label, repeated under every item of the page",
            ));
        }
        verdict
    }
}

/// Copies of a button's label in one text that make it a button of every item: a roundup, a
/// listing or a course catalogue prints one under each.
const MIN_BUTTON_COPIES: usize = 3;

/// The verbs a button's label opens with (`button_verbs.txt`), lower case ASCII.
static BUTTON_VERBS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    include_str!("button_verbs.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
});

/// Whether `verdict` drops a block by a phrase that takes any words in a place (`{*}`).
fn is_open_phrase(verdict: &Verdict) -> bool {
    matches!(verdict, Verdict::Drop(Reason::Phrase { phrase, .. }) if phrase.contains("{*}"))
}

/// Whether `block` is a button's label that the text repeats under item after item ("See plans",
/// "Book a tour", "Read the full review"): two to eight words opening with a verb of
/// `button_verbs.txt`, no sentence or label (no full stop or colon at the end), standing
/// [`MIN_BUTTON_COPIES`] times or more. A label that stands once is the article's own words and stays
/// unless the phrase list names it.
fn is_repeated_button(block: &Block, cx: &BlockContext<'_>) -> bool {
    let text = block.text.trim();
    let words = cx.words();
    if cx.is_title_candidate()
        || block.kind == BlockKind::Preformatted
        || !(2..=MAX_BUTTON_WORDS).contains(&words)
        || text.contains('\n')
        || text.ends_with(['.', ':', ';', ','])
        || !text.starts_with(|c: char| c.is_alphabetic())
        || cx.is_prose()
    {
        return false;
    }
    let first = text
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    BUTTON_VERBS
        .iter()
        .any(|verb| first.eq_ignore_ascii_case(verb))
        && cx.count_folding_to(&cx.folded()) >= MIN_BUTTON_COPIES
}

#[cfg(test)]
mod tests {
    use super::CallToAction;

    removes! { CallToAction;
        buy_now_at: "Buy now at Corner Appliance",
        see_deal: "See Deal",
        shop_at_a_domain: "Shop at example.com",
        watch_now: "Watch Now",
        play_video: "Play Video",
        trusted_source: "Add As A Trusted Source For Google",
        buy_now: "Buy now",
        book_now: "BOOK NOW",
        retailer: "Check price at Amazon",
        retailer_two_words: "Check Price at Best Buy",
        buy_on: "Buy on Walmart",
        quote: "Get a Quote",
        trial: "Start your free trial",
        german: "Jetzt kaufen",
        french: "Ajouter au panier",
        ask_question: "Ask Question",
        related_questions: "Explore related questions",
        similar_questions: "See similar questions with these tags.",
        jump_to_latest: "Jump to Latest",
        feedback: "Was this article helpful?",
        rating: "Rate this post",
        preferred_source: "Add as a preferred source on Google",
        full_review: "Read our full Acme Trail 3 review",
        entire_review: "Read the entire review",
        prices_heading: "Best Prices Today:",
        price_source: "Price comparison from over 12,000 stores worldwide",
        free_demo: "Book Free Demo Today",
        free_call: "Schedule a Free Call",
    }

    keeps! { CallToAction;
        watch_now_sentence: "Watch now as the tide comes in, the ranger told the children on the pier.",
        play_video_heading: "Play video games with your kids",
        deal_sentence: "See deal terms in the filing, the regulator said on Tuesday.",
        trusted_source_sentence: "Add a trusted source for Google searches to your notes, the librarian advised.",
        buy_now_sentence: "Buy now and pay later schemes have grown fast, the central bank said in its report.",
        learn_more_sentence: "Learn more about the plan at a public meeting on Thursday, the council said.",
        book_now_sentence: "Book now, the airline urged travellers, as fares are expected to rise in the spring.",
        price_sentence: "Check price tags carefully: some shops still show last year's prices.",
        sign_in_now_sentence: "Sign in now, officials urged voters, before the registration window closes on Friday.",
        ask_question_sentence: "Ask questions before you sign: the contract runs for two years, the lawyer said.",
        related_questions_sentence: "The panel will explore related questions of cost and safety at its next meeting.",
        long_label: "View on Amazon to compare the price of the older model with the new one before buying",
        helpful_sentence: "Was this article helpful to the council? Members were split on the question.",
        source_sentence: "Add as a preferred source on Google, the publisher asked its readers in a note.",
        review_sentence: "Read our full Acme Trail 3 review.",
        review_link_sentence: "Read our full review of the Acme Trail 3 to see how it did on wet rock.",
        prices_sentence: "Best prices today are found at the market stalls before nine, traders say.",
        comparison_sentence: "Price comparison from one shop to the next showed a gap of almost a third.",
        free_call_sentence: "Schedule a free call with the council's energy adviser, the leaflet says, to check your grant.",
    }

    use crate::cleaners::test_macros::{kept_blocks, PARA_1, PARA_2, PARA_3};

    /// A roundup of three tours, each with its button, as a text lays it out.
    fn roundup(button: &'static str) -> Vec<&'static str> {
        vec![
            "Three walking tours of the old town",
            PARA_1,
            "The harbour walk",
            PARA_2,
            button,
            "The castle walk",
            PARA_3,
            button,
            "The market walk",
            PARA_1,
            button,
        ]
    }

    #[test]
    fn removes_a_button_repeated_under_every_item() {
        let kept = kept_blocks(&CallToAction, &roundup("Book a tour"));
        let removed: Vec<usize> = (0..kept.len()).filter(|&i| !kept[i]).collect();
        assert_eq!(removed, [4, 7, 10]);
    }

    #[test]
    fn keeps_a_repeated_line_that_is_no_button() {
        // A heading repeated under each item, a sentence, a label, a command, a one-word line.
        for line in [
            "What we liked",
            "Read the label before you buy.",
            "See it at:",
            "$ go build",
            "Explore",
        ] {
            let kept = kept_blocks(&CallToAction, &roundup(line));
            assert!(kept.iter().all(|&k| k), "{line:?} should stay: {kept:?}");
        }
    }

    #[test]
    fn keeps_a_button_label_that_stands_twice_or_once() {
        let texts = [
            "Three walking tours",
            PARA_1,
            "Book a tour",
            PARA_2,
            "Book a tour",
            PARA_3,
        ];
        assert!(kept_blocks(&CallToAction, &texts).iter().all(|&k| k));
    }
}
