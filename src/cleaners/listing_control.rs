//! A listing's controls standing as blocks: the count of its results, its sort, filter and view
//! controls, the buttons on each of its cards.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::LISTING_CONTROL;

/// A control's label is a few words ("Showing 1–24 of 130 results", "Sort by: Newest").
const MAX_CONTROL_WORDS: usize = 8;

/// Removes the controls a listing or a shop's category page prints around and on its items: the
/// count of results ("Showing 1–24 of 130 results", "Loaded 52 results"), the sort, filter and view
/// controls ("Sort by", "Filter & Sort", "View as Grid List"), and the buttons and counts on every card
/// ("Quick view", "Add to wishlist", "Notify me", "128 reviews"). The items are the listing's content; these are its machinery.
///
/// Phrases come from `src/phrases/<lang>/listing_control.txt`; only a whole block of at most 8 words
/// matches, so a sentence that uses the same words ("Sort by date to see the newest filings first")
/// stays. Single words ("Filters", "Sort") are not in the lists: they head an article's sections too
/// (on a page about coffee makers), and a text read again does not tell a heading from a control.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Garden tools\n\nShowing 1–24 of 130 results\n\nOak-handled trowel with a steel blade and a leather loop.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "listing-control");
/// assert_eq!(article.blocks.len(), 1);
/// assert!(article.blocks[0].text.starts_with("Oak-handled trowel"));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ListingControl;

impl Cleaner for ListingControl {
    fn name(&self) -> &'static str {
        "listing-control"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if cx.is_title_candidate() {
            return Verdict::Keep;
        }
        judge_phrase(
            LISTING_CONTROL,
            MAX_CONTROL_WORDS,
            OpenEnded::NotOnProse,
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
    use super::ListingControl;

    removes! { ListingControl;
        result_range: "Showing 1–24 of 130 results",
        bare_range: "1 - 12 of 27 products",
        items_range: "Items 1-24 of 123",
        loaded: "Loaded 52 results",
        found: "48 results found",
        products_count: "Products (36)",
        sort_by: "Sort by",
        sort_by_choice: "Sort by: Newest first",
        filter_and_sort: "Filter & Sort",
        view_as: "View as Grid List",
        per_page: "Show 24 per page",
        clear: "Clear all filters",
        quick_view: "Quick view",
        compare: "Add to Compare",
        wishlist: "Add to wishlist",
        notify: "Notify me",
        review_count: "128 reviews",
        review_count_thousands: "(1,204 Reviews)",
        shop_by: "Shop by",
    }

    keeps! { ListingControl;
        sort_sentence: "Sort by date to see the newest filings first, the clerk advised.",
        filter_sentence: "Filters on the intake kept the sand out of the engine for a week.",
        results_sentence: "The results of 24 of 130 trials were never published, the review found.",
        count_in_title: "Showing 12 results of a survey that nobody asked for",
        compare_sentence: "Add to compare the two plans: one costs less, the other covers more.",
        a_year_range: "1990 to 1995",
        one_word_heading: "Filters",
        reviews_sentence: "Twelve reviews of the plan found no error in its figures.",
    }
}
