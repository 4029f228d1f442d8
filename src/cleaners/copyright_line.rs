//! Copyright and rights lines.

use super::phrase_rule::{judge_phrase, OpenEnded};
use super::{BlockContext, Cleaner, Verdict};
use crate::block::Block;
use crate::measure::is_longer_than_words;
use crate::phrases::COPYRIGHT_LINE;
use crate::removal::Reason;
use crate::text::word_count;

/// Copyright footers are a line or two.
const MAX_LINE_WORDS: usize = 40;

/// Removes copyright and rights lines: "© 2024 Example Media. All rights reserved.", "Copyright 2019 The Associated
/// Press".
///
/// Phrases come from `src/phrases/<lang>/copyright_line.txt`; only a whole block of at most 40 words matches,
/// so a sentence that merely mentions the same words stays.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe council approved the budget on Monday after a long debate.\n\n© 2024 Example Media. All rights reserved.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "copyright-line");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CopyrightLine;

impl Cleaner for CopyrightLine {
    fn name(&self) -> &'static str {
        "copyright-line"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let verdict = judge_phrase(COPYRIGHT_LINE, MAX_LINE_WORDS, OpenEnded::AtEdge, block, cx);
        if verdict.is_keep() && starts_with_copyright_sign(&block.text) && cx.is_at_edge() {
            return Verdict::Drop(Reason::Pattern("opens with the copyright sign"));
        }
        verdict
    }
}

/// "© 2022 …", "(c) 2019 …": a rights line in any language, when it is short.
fn starts_with_copyright_sign(text: &str) -> bool {
    let text = text.trim_start();
    (text.starts_with('©') || text.starts_with("(c)") || text.starts_with("(C)"))
        && !is_longer_than_words(text, MAX_LINE_WORDS)
        && word_count(text) <= MAX_LINE_WORDS
}

#[cfg(test)]
mod tests {
    use super::CopyrightLine;

    removes! { CopyrightLine;
        symbol: "© 2024 Example Media. All rights reserved.",
        word: "Copyright 2019 The Associated Press",
        sign_in_any_language: "© 2022, Example News. This article is the property of Example News. Written permission must be obtained before reprint.",
        rights: "All rights reserved.",
        reprint: "This material may not be published, broadcast, rewritten or redistributed.",
    }

    keeps! { CopyrightLine;
        lawsuit: "The publisher sued over copyright, saying the site had copied thousands of articles.",
        reserved: "The seats were reserved for relatives of the victims, all of whom attended the ceremony.",
        sign_mid_sentence: "The logo, marked © in the corner of every page, was designed by a student in 1998.",
    }
}
