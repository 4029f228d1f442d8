//! Affiliate disclosures: a site's note that it earns from the links or purchases in the text.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::AFFILIATE_DISCLOSURE;

/// A disclosure is a sentence or three ("This post may contain affiliate links. If you buy through
/// them, I may earn a small commission at no extra cost to you. Read my full disclosure."); a longer
/// block is the article's own paragraph, whatever it says of links.
const MAX_DISCLOSURE_WORDS: usize = 60;

/// Removes a site's affiliate disclosure: "This post contains affiliate links. Read my full
/// disclosure.", "As a member of a shop's programme we earn from qualifying purchases.", "We may earn
/// a commission when you buy through links on our site."
///
/// Shopping guides, reviews and recipe blogs print one under the headline, after the first paragraph
/// or beside each product box, so it is recognised anywhere in the article, not only at its edges
/// (the advertisement labels' disclosures, [`AdLabel`](super::AdLabel), are taken at the edges only).
/// Phrases come from `src/phrases/<lang>/affiliate_disclosure.txt`: each opens the block with the site
/// speaking of itself ("this post contains affiliate links", "we may earn a commission") or holds
/// wording only such a note uses ("qualifying purchases", "commission at no extra cost to you"), and
/// only a whole block of at most 60 words matches, so an article's sentence about affiliate
/// marketing stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let text = "Headline\n\nThe lightest tent we tested packs down to the size of a water bottle.\n\n\
///     This post may contain affiliate links. Read my full disclosure.\n\n\
///     Its poles are aluminium and the fly is rated for three seasons of use.\n";
/// let article = Pipeline::default().clean_text(text)?;
/// assert_eq!(article.removals[0].stage, "affiliate-disclosure");
/// assert_eq!(article.blocks.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct AffiliateDisclosure;

impl Cleaner for AffiliateDisclosure {
    fn name(&self) -> &'static str {
        "affiliate-disclosure"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(
            AFFILIATE_DISCLOSURE,
            MAX_DISCLOSURE_WORDS,
            OpenEnded::Anywhere,
            block,
            cx,
        )
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::AffiliateDisclosure;
    use crate::cleaners::test_macros::judge_in_body;

    removes! { AffiliateDisclosure;
        this_post: "This post contains affiliate links. Click through to read the full disclosure.",
        may_contain: "This article may contain affiliate links, see our editorial standards.",
        label: "Affiliate disclosure: the links below earn the author a fee when you buy.",
        disclosure_prefix: "Disclosure: some of my recipes contain affiliate links, and I thank you for using them.",
        programme: "As a member of the partner scheme, I earn from qualifying purchases.",
        we_may_earn: "We may earn a commission when you buy through the links on this page.",
        through_links: "Every product is picked by our testers. When you buy through links on our site, we may earn a fee.",
        at_no_cost: "Buying via the links here gets me a small commission at no extra cost to you. Thank you!",
        earn_us: "Shopping through the retailer links in this guide may earn us a commission.",
        german: "Dieser Beitrag enthält Affiliate-Links. Beim Kauf erhalten wir eine kleine Provision.",
        french: "Cet article contient des liens affiliés : un achat nous rapporte une petite commission.",
    }

    keeps! { AffiliateDisclosure;
        news: "The retailer cut the fees it pays sites for affiliate links last year, the report said on Monday.",
        marketing_guide: "Bloggers can make money through affiliate links, sponsored posts and their own digital products.",
        parenthesis: "I wash these towels with a plain castile soap every week (both are affiliate links).",
        agent: "Estate agents earn a commission from the seller, so ask who pays them before you sign anything.",
        qualifying: "Only qualifying purchases made before June count towards the tax credit, the ministry said.",
    }

    #[test]
    fn a_disclosure_between_paragraphs_goes() {
        let verdict = judge_in_body(
            &AffiliateDisclosure,
            "This post may contain affiliate links. Read about our editorial promise.",
        );
        assert!(!verdict.is_keep(), "{verdict:?}");
    }

    #[test]
    fn a_long_paragraph_that_ends_in_a_disclosure_stays() {
        let paragraph =
            "We tested twelve kettles over three months, boiling each one twice a day and \
            timing how long a full litre took; the cheapest model was slowest, but only by forty \
            seconds, and it was the quietest of the lot, which matters more in a small flat than \
            speed does. We may earn a commission from the links below.";
        let verdict = judge_in_body(&AffiliateDisclosure, paragraph);
        assert!(verdict.is_keep(), "{verdict:?}");
    }
}
