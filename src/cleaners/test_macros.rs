//! Table macros for cleaner tests: `removes!` and `keeps!`, each case its own named test.

use super::context::Pass;
use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};

const TITLE: &str = "Council approves new budget after long debate";
const BODY_1: &str =
    "The city council approved the new budget on Monday after a debate that lasted well into the night.";
const BODY_2: &str =
    "Opponents said the plan would raise taxes, while supporters argued it would fund schools and roads.";

/// Three paragraphs of a made-up article, for tests that lay out blocks around them.
pub(crate) const PARA_1: &str =
    "The council approved the budget on Monday after a long debate in the chamber.";
pub(crate) const PARA_2: &str =
    "Schools and roads get more money than last year, the mayor told reporters.";
pub(crate) const PARA_3: &str =
    "A second vote is due in spring, when the final figures are known to everyone.";

/// Each of `texts` as a paragraph block.
pub(crate) fn paragraphs(texts: &[&str]) -> Vec<Block> {
    texts
        .iter()
        .map(|t| Block::new(BlockKind::Paragraph, *t))
        .collect()
}

/// The verdict on `texts[index]` among `texts`, each a paragraph, as the pipeline asks it.
pub(crate) fn judge(cleaner: &dyn Cleaner, texts: &[&str], index: usize) -> Verdict {
    let blocks = paragraphs(texts);
    judge_blocks(cleaner, &blocks, index, None)
}

/// The verdict on `blocks[index]` as the pipeline asks it: in a text input (`declared_title` `None`,
/// the first block the title candidate) or on a page whose title is declared.
pub(crate) fn judge_blocks(
    cleaner: &dyn Cleaner,
    blocks: &[Block],
    index: usize,
    declared_title: Option<&str>,
) -> Verdict {
    let folded = crate::document::BlockKey::all(blocks);
    let pass = Pass::new(blocks, &folded);
    let cx = BlockContext::in_pass(&pass, index, declared_title.map(Some), None);
    cleaner.check(&blocks[index], &cx)
}

/// The verdicts on every block of `texts`, each a paragraph, as the pipeline asks them: `true` for kept.
pub(crate) fn kept_blocks(cleaner: &dyn Cleaner, texts: &[&str]) -> Vec<bool> {
    (0..texts.len())
        .map(|i| judge(cleaner, texts, i).is_keep())
        .collect()
}

/// The verdict on `text` as the last block, after the article's prose.
pub(crate) fn judge_after_body(cleaner: &dyn Cleaner, text: &str) -> Verdict {
    judge(cleaner, &[TITLE, BODY_1, BODY_2, text], 3)
}

/// The verdict on `text` between two paragraphs of the article's prose.
pub(crate) fn judge_in_body(cleaner: &dyn Cleaner, text: &str) -> Verdict {
    judge(cleaner, &[TITLE, BODY_1, text, BODY_2], 2)
}

/// The verdict on `text` right after the title, before any prose.
pub(crate) fn judge_before_body(cleaner: &dyn Cleaner, text: &str) -> Verdict {
    judge(cleaner, &[TITLE, text, BODY_1, BODY_2], 1)
}

/// Each case: the cleaner removes (drops or cuts) the text when it stands after the article's prose.
macro_rules! removes {
    ($cleaner:expr; $($name:ident: $text:expr,)+) => {
        $(
            #[test]
            fn $name() {
                let verdict = $crate::cleaners::test_macros::judge_after_body(&$cleaner, $text);
                assert!(!verdict.is_keep(), "{:?} should be removed, got {:?}", $text, verdict);
            }
        )+
    };
}

/// Each case: the cleaner keeps the text both inside the article's prose and after it.
macro_rules! keeps {
    ($cleaner:expr; $($name:ident: $text:expr,)+) => {
        $(
            #[test]
            fn $name() {
                let inside = $crate::cleaners::test_macros::judge_in_body(&$cleaner, $text);
                assert!(inside.is_keep(), "{:?} inside the body should stay, got {:?}", $text, inside);
                let after = $crate::cleaners::test_macros::judge_after_body(&$cleaner, $text);
                assert!(after.is_keep(), "{:?} after the body should stay, got {:?}", $text, after);
            }
        )+
    };
}
