//! Placeholder text left by scripts that never ran.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::phrases::LOADING_INDICATOR;
use crate::removal::Reason;

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
        let verdict = judge_phrase(
            LOADING_INDICATOR,
            MAX_INDICATOR_WORDS,
            OpenEnded::NotOnProse,
            block,
            cx,
        );
        if verdict.is_keep() && cx.words() <= MAX_INDICATOR_WORDS && is_loading_line(&block.text) {
            return Verdict::Drop(Reason::Pattern(
                "a placeholder saying what is loading, with an ellipsis",
            ));
        }
        verdict
    }

    fn judges_block_alone(&self) -> bool {
        true
    }
}

/// Whether `text` says what a script is loading and trails off: "Loading specifications…", "Loading
/// prices for your region...". The ellipsis is a placeholder's, the first word a participle that
/// opens no headline of its own ("Loading docks" has no ellipsis).
fn is_loading_line(text: &str) -> bool {
    let text = text.trim();
    let Some(head) = text.get(..8) else {
        return false;
    };
    head.eq_ignore_ascii_case("loading ") && (text.ends_with('…') || text.ends_with("..."))
}

#[cfg(test)]
mod tests {
    use super::LoadingIndicator;

    removes! { LoadingIndicator;
        loading: "Loading...",
        wait: "Please wait",
        load_more: "Load more",
        loading_what: "Loading specifications…",
        loading_what_dots: "Loading prices for your region...",
        instagram_fallback: "A post shared by Jane Doe (@janedoe)",
    }

    keeps! { LoadingIndicator;
        sentence: "Loading of the ships resumed on Tuesday after the strike ended, the port authority said.",
        post_shared_in_a_sentence: "A post shared by the mayor on Monday drew thousands of replies within an hour of going up.",
        handle_in_a_sentence: "— and then Jane Doe (@janedoe) replied that she had never seen the report before 2024.",
        loading_heading: "Loading docks and warehouses",
        loading_sentence_trailing_off: "Loading the lorries took the crews the whole of the night and most of the morning...",
        // An embedded post's signature names who is quoted: the post's text stays, so does its author.
        microblog_signature: "— Jane Doe (@janedoe) November 20, 2025",
        dash_and_handle_without_date: "— Jane Doe (@janedoe)",
        quoted_handle_in_prose: "The mayor, Jane Doe (@janedoe), posted the figures on Monday, May 4, 2024",
    }
}
