//! Blocks of stray punctuation: "...", "•", "|".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::removal::Reason;
use crate::text::has_word_chars;

/// Removes blocks that hold no letter or digit of any script: "...", "•", "|", "* * *". A line of a
/// program's brackets (`}`, `});`) stays: between blank lines it is part of a program printed line by
/// line, as in the page's `<pre>`. (A preformatted block of other punctuation goes as before: whether
/// an indented line reads as preformatted depends on the whole text's spacing, which the cleaners
/// change, and a second reading must keep what the first kept.)
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
        if has_word_chars(&block.text) || is_code_punctuation(&block.text) {
            Verdict::Keep
        } else {
            Verdict::Drop(Reason::Pattern("no letters or digits"))
        }
    }
}

/// Whether `text` is a line of code's brackets alone (`}`, `});`, `],`, `[`): what a program printed
/// line by line leaves between its statements. It holds a bracket and nothing but brackets,
/// semicolons, commas and spaces.
fn is_code_punctuation(text: &str) -> bool {
    let text = text.trim();
    text.contains(['{', '}', '[', ']', '(', ')'])
        && text.chars().all(|c| {
            matches!(
                c,
                '{' | '}' | '[' | ']' | '(' | ')' | ';' | ',' | ' ' | '\t'
            )
        })
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
        closing_brace: "}",
        closing_call: "});",
        opening_bracket: "[",
        number: "2024",
        cjk: "。東京",
        short_word: "Yes.",
    }
}
