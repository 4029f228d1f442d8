//! Accessibility jump links left in page text.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::SKIP_LINK;

/// Skip links are three or four words; an image viewer's keyboard label ("Press enter or click to view
/// image in full size") ten.
const MAX_LINK_WORDS: usize = 10;

/// Removes accessibility jump links left in page text: "Skip to content", "Skip to main content".
///
/// Phrases come from `src/phrases/<lang>/skip_link.txt`; only a whole block of at most 10 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nSkip to main content\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "skip-link");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct SkipLink;

impl Cleaner for SkipLink {
    fn name(&self) -> &'static str {
        "skip-link"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(SKIP_LINK, MAX_LINK_WORDS, OpenEnded::NotOnProse, block, cx)
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::SkipLink;

    removes! { SkipLink;
        footer: "Skip to footer",
        sidebar: "Skip to primary sidebar",
        two_links_on_a_line: "Skip to main content Skip to footer",
        content: "Skip to content",
        main: "Skip to main content",
        navigation: "Jump to navigation",
        new_window: "Opens in a new window",
        image_zoom: "Press enter or click to view image in full size",
        image_viewer: "View image in fullscreen",
        enlarge: "Click to enlarge",
    }

    keeps! { SkipLink;
        skip_heading: "Skip to the end",
        skips_sentence: "Skip to the recipe, skip to the comments: readers told us what they read first.",
        sentence: "Viewers were told they could skip to the content they wanted with a new menu, the broadcaster said.",
        window_sentence: "The shop opens in a new window-lined building on the square next month.",
        enlarge_sentence: "Click to enlarge the map and see which streets close on Sunday.",
        fullscreen_sentence: "You can view the image in fullscreen on the museum's site until May.",
    }
}
