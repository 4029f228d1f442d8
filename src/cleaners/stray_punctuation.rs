//! Blocks of stray punctuation: "...", "•", "|".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::removal::Reason;
use crate::text::has_word_chars;

/// Removes blocks that hold no letter or digit of any script: "...", "•", "|", "* * *".
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let article = Pipeline::default().clean_text("...\n\nHeadline\n\nThe body of the story, in full.\n")?;
/// assert_eq!(article.title.as_deref(), Some("Headline"));
/// assert_eq!(article.removals[0].stage, "stray-punctuation");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct StrayPunctuation;

impl Cleaner for StrayPunctuation {
    fn name(&self) -> &'static str {
        "stray-punctuation"
    }

    fn check(&self, block: &Block, _cx: &BlockContext<'_>) -> Verdict {
        if has_word_chars(&block.text) {
            Verdict::Keep
        } else {
            Verdict::Drop(Reason::Pattern("no letters or digits"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StrayPunctuation;

    removes! { StrayPunctuation;
        ellipsis: "...",
        bullet: "•",
        bar: "|",
        asterisms: "* * *",
        unicode_ellipsis: "…",
    }

    keeps! { StrayPunctuation;
        number: "2024",
        cjk: "。東京",
        short_word: "Yes.",
    }
}
