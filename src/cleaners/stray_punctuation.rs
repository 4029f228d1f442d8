//! Blocks of stray punctuation: "...", "•", "|".

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
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

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        if has_word_chars(&block.text)
            || is_code_punctuation(&block.text)
            || is_code_comment(&block.text)
            || stands_by_code(cx)
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
            matches!(c, '{' | '}' | '[' | ']' | '(' | ')' | ';' | ',') || c.is_whitespace()
        })
}

/// Whether `text` is a comment of C's family that holds no word: `// ...`, `// ------ //`, `/* … */`,
/// as a program's listing marks a cut or a section. A page's separators are not written so.
fn is_code_comment(text: &str) -> bool {
    let text = text.trim_start();
    (text.starts_with("//") || text.starts_with("/*")) && text.len() > 2
}

/// Whether the block stands next to a block of code (a preformatted block of several lines): there a
/// line of punctuation ("...", "```", "[...]") is the listing's own, cut apart by a blank line.
fn stands_by_code(cx: &BlockContext<'_>) -> bool {
    let is_code = |b: &Block| b.kind == BlockKind::Preformatted && b.text.contains('\n');
    cx.previous().is_some_and(is_code) || cx.next().is_some_and(is_code)
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
        closing_braces_on_two_lines: "\t\t}\n\t};",
        elided_code: "  // ...",
        comment_rule: "// ------------ //",
        closing_brace: "}",
        closing_call: "});",
        opening_bracket: "[",
        number: "2024",
        cjk: "。東京",
        short_word: "Yes.",
    }

    /// The verdict on `texts[index]`, the blocks marked `true` being code (preformatted, several lines).
    fn verdict_among(texts: &[(&str, bool)], index: usize) -> bool {
        use crate::block::{Block, BlockKind};
        use crate::cleaners::test_macros::judge_blocks;
        let blocks: Vec<Block> = texts
            .iter()
            .map(|&(text, code)| match code {
                true => Block::new(BlockKind::Preformatted, text),
                false => Block::new(BlockKind::Paragraph, text),
            })
            .collect();
        judge_blocks(&StrayPunctuation, &blocks, index, None).is_keep()
    }

    #[test]
    fn an_ellipsis_beside_code_is_the_listing_s_and_stays() {
        use crate::cleaners::test_macros::{PARA_1, PARA_2};
        let code = "def area(r):\n    return 3.14 * r * r";
        let texts = [
            (PARA_1, false),
            (code, true),
            ("...", false),
            (PARA_2, false),
        ];
        assert!(verdict_among(&texts, 2));
        let prose = [(PARA_1, false), ("...", false), (PARA_2, false)];
        assert!(!verdict_among(&prose, 1));
    }
}
