//! Blocks of stray punctuation: "...", "•", "|".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::measure::is_format_character;
use crate::removal::Reason;
use crate::text::has_word_chars;

/// Removes blocks that hold no letter or digit of any script: "...", "•", "|", "* * *". A preformatted
/// block that shows something stays, and so does a line of code's brackets (`}`, `});`): between blank
/// lines they are part of a program printed line by line, as in the page's `<pre>`.
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
        let shows_something = || {
            block
                .text
                .chars()
                .any(|c| !c.is_whitespace() && !is_format_character(c))
        };
        if has_word_chars(&block.text)
            || block.kind == BlockKind::Preformatted && shows_something()
            || is_code_punctuation(&block.text)
        {
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

    #[test]
    fn keeps_a_preformatted_line_but_not_an_invisible_one_or_a_paragraph() {
        use crate::cleaners::{BlockContext, Cleaner};
        use crate::{Block, BlockKind};
        let blocks = [
            Block::new(BlockKind::Preformatted, "    }"),
            Block::new(BlockKind::Preformatted, "\u{200b} "),
            Block::new(BlockKind::Paragraph, "  // ..."),
        ];
        let verdicts: Vec<bool> = (0..blocks.len())
            .map(|i| {
                StrayPunctuation
                    .check(&blocks[i], &BlockContext::new(&blocks, i))
                    .is_keep()
            })
            .collect();
        assert_eq!(verdicts, [true, false, false]);
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
