//! The lede printed twice: a teaser or summary line, then the full first paragraph.

use super::{BlockContext, Cleaner, Verdict};
use crate::block::{Block, BlockKind};
use crate::phrases::{ascii_first_word, ascii_fold_extends, ascii_fold_extends_fold_of};
use crate::removal::Reason;
use crate::text::has_words;

/// How many following blocks may stand between a truncated lede and its complete copy. Pages print the
/// teaser right above the article (with the headline repeated in between); a match further away is a
/// summary that the article restates on purpose.
const LEDE_WINDOW: usize = 3;

/// Words a block needs before a repeat of it counts; short repeated labels belong to other cleaners.
const MIN_LEDE_WORDS: usize = 6;

/// Removes a truncated paragraph that is printed again, complete, within the next few blocks: a teaser
/// of the lede above the full lede. A paragraph repeated whole is left alone: it may be the author's.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Headline\n\nThe storm reached the coast on Monday night\n\nThe storm reached the coast on Monday night, cutting power to thousands.\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.removals[0].stage, "repeated-lede");
/// assert_eq!(article.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RepeatedLede;

impl Cleaner for RepeatedLede {
    fn name(&self) -> &'static str {
        "repeated-lede"
    }

    fn check(&self, block: &Block, cx: &BlockContext<'_>) -> Verdict {
        let index = cx.index();
        // A listing's excerpt before the whole listing is how documentation shows code: a lede is prose.
        if cx.is_title_candidate() || block.kind == BlockKind::Preformatted {
            return Verdict::Keep;
        }
        if !may_repeat_within_window(block, cx) {
            return Verdict::Keep;
        }
        // An ASCII block and the ASCII blocks after it are compared by their folds as far as they
        // differ, neither folded whole: most blocks that pass the first word are paragraphs that
        // go on differently.
        let unfolded = (index + 1..=index + LEDE_WINDOW)
            .map_while(|later| cx.block(later))
            .all(|later| ascii_fold_extends_fold_of(&later.text, &block.text) == Some(false));
        if unfolded {
            return Verdict::Keep;
        }
        let key = cx.folded();
        if !has_words(&key, MIN_LEDE_WORDS) || holds_address(&block.text) {
            return Verdict::Keep;
        }
        for later in index + 1..=index + LEDE_WINDOW {
            let Some(other) = cx.block(later) else { break };
            if completes(cx, later, &other.text, &key) {
                return Verdict::Drop(Reason::DuplicateOf(later));
            }
        }
        Verdict::Keep
    }
}

/// Whether the block at `later` (its text `text`) folds to `key` and more after a space: the
/// complete copy of the block folded to `key`. An ASCII block is read only as far as it differs
/// from `key`, not folded whole (most later blocks are long paragraphs that differ early).
fn completes(cx: &BlockContext<'_>, later: usize, text: &str, key: &str) -> bool {
    if let Some(answer) = ascii_fold_extends(text, key) {
        return answer;
    }
    let other = cx.folded_at(later);
    other.len() > key.len()
        && other.starts_with(key)
        && other.as_bytes().get(key.len()) == Some(&b' ')
}

/// Whether `text` holds a web address or a path (a word with both a slash and a dot in it): a
/// command ("go get example.com/acme/tool") that the next command extends, never a lede's teaser.
fn holds_address(text: &str) -> bool {
    // Most blocks hold no slash at all: one byte search answers them without splitting the words.
    memchr::memchr(b'/', text.as_bytes()).is_some()
        && text
            .split_whitespace()
            .any(|word| word.contains('/') && word.contains('.'))
}

/// Whether a block within the window after `block` may start with it. A complete copy's fold starts with
/// the block's fold and a space, so both folds have the same first word: when the first words are plain
/// ASCII and differ, the block is passed over without folding long paragraphs whole.
fn may_repeat_within_window(block: &Block, cx: &BlockContext<'_>) -> bool {
    let Some(first) = ascii_first_word(&block.text) else {
        return true;
    };
    (cx.index() + 1..=cx.index() + LEDE_WINDOW)
        .map_while(|later| cx.block(later))
        .any(|later| ascii_first_word(&later.text).is_none_or(|w| w.eq_ignore_ascii_case(first)))
}

#[cfg(test)]
mod tests {
    use super::RepeatedLede;
    use crate::cleaners::test_macros::judge_before_body;

    #[test]
    fn removes_a_truncated_lede_before_the_full_one() {
        // judge_before_body puts the block right before the body's first paragraph, which opens with it.
        let truncated = "The city council approved the new budget on Monday";
        assert!(!judge_before_body(&RepeatedLede, truncated).is_keep());
    }

    #[test]
    fn keeps_a_listing_s_excerpt_before_the_whole_listing() {
        use crate::block::{Block, BlockKind};
        use crate::Pipeline;
        let excerpt = "function count() {\n  const [n, setN] = useState(0);\n  // ...";
        let whole = format!("{excerpt}\n  return n;\n}}");
        let text = format!(
            "Counting clicks\n\nState lives in the component that uses it, and every component \
             keeps its own copy of it.\n\n{excerpt}\n\n{whole}\n"
        );
        let article = Pipeline::default().clean_text(&text).unwrap();
        let code: Vec<&Block> = article
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Preformatted)
            .collect();
        assert_eq!(code.len(), 2, "{:?}", article.removals);
        assert_eq!(code[0].text, excerpt);
    }

    #[test]
    fn keeps_a_command_that_the_next_command_extends() {
        let text = "Installing\n\nInstall the library with the package tool, then add the helpers that \
             the examples below use.\n\ngo get example.com/acme/client\n\ngo get example.com/acme/client/helpers@latest\n";
        let article = crate::Pipeline::default().clean_text(text).unwrap();
        assert!(article.removals.is_empty(), "{:?}", article.removals);
    }

    #[test]
    fn keeps_a_short_block_that_opens_the_next_one() {
        assert!(judge_before_body(&RepeatedLede, "The city council").is_keep());
    }

    #[test]
    fn a_lede_behind_punctuation_or_in_another_case_is_still_found() {
        use crate::cleaners::{BlockContext, Cleaner};
        use crate::{Block, BlockKind};
        let blocks = [
            Block::new(BlockKind::Paragraph, "Headline"),
            Block::new(
                BlockKind::Paragraph,
                "“THE CITY council approved the new budget on Monday",
            ),
            Block::new(BlockKind::Paragraph, "Photo: Reuters"),
            Block::new(
                BlockKind::Paragraph,
                "The city council approved the new budget on Monday, after a long debate.",
            ),
        ];
        let cx = BlockContext::new(&blocks, 1);
        assert!(!RepeatedLede.check(&blocks[1], &cx).is_keep());
    }

    keeps! { RepeatedLede;
        distinct: "The mayor said the vote showed the city could still agree on what matters most.",
    }
}
