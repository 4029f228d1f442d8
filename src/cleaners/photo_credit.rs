//! Photo and image credits standing alone.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::article::Block;
use crate::phrases::PHOTO_CREDIT;

/// A credit line names a photographer and an agency; a caption sentence is longer.
const MAX_CREDIT_WORDS: usize = 12;

/// Removes photo and image credits standing alone: "Photo: Reuters", "Image copyright Getty Images".
///
/// Phrases come from `src/phrases/<lang>/photo_credit.txt`; only a whole block of at most 12 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\nPhoto: Reuters\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].cleaner, "photo-credit");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct PhotoCredit;

impl Cleaner for PhotoCredit {
    fn name(&self) -> &'static str {
        "photo-credit"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        judge_phrase(
            &PHOTO_CREDIT,
            MAX_CREDIT_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::PhotoCredit;

    removes! { PhotoCredit;
        photo: "Photo: Reuters",
        image_copyright: "Image copyright Getty Images",
        getty: "Getty Images",
        file_photo: "File photo",
    }

    keeps! { PhotoCredit;
        caption: "A photo taken on Monday shows firefighters battling the blaze near the village of Mati, east of Athens.",
        photography: "Photography was banned inside the courtroom throughout the trial, the judge ruled.",
    }
}
