//! A heading left at the article's foot with nothing under it: the title of a box that followed the
//! story ("Related topics", "More from this section", "Recommend this page", "Weitere Inhalte")
//! whose links or teasers went as furniture while its heading, set in the story's container, stayed.
//! A heading names what follows it; the last block of an article has nothing after it to name.
//!
//! Only a label is taken so: the last block is a heading of at most [`MAX_WORDS`] words (and
//! [`MAX_CHARS`] characters, for scripts written without spaces) that does not end a sentence. An
//! author who closes a post with a heading-styled sentence ("Thanks for reading, see you next
//! week!") or an FAQ's last question, whose answer the page keeps folded, keeps it. A heading after a
//! heading stays too: a landing page's last section may be headings alone. And an article of fewer
//! than [`MIN_BLOCKS_BEFORE`] blocks before the heading is a page too short to tell a box's title from
//! its own outline.
//!
//! The rule runs on an HTML page's blocks once the cleaners and the batch stage have spoken (they may
//! take the box under the heading: a list of related links, a share row), and reads the blocks, not
//! the tree: it costs one look at the last two blocks. Text input keeps its last line: there a short
//! line without a full stop is as likely a sign-off or a name as a box's title.

use crate::{Block, BlockKind, Removal};

use super::tree::record;

/// Words from which a heading is a sentence, not a box's title ("More stories from our newsroom"
/// has five).
const MAX_WORDS: usize = 6;

/// Characters from which a heading is a sentence: a box's title is a few words, also in scripts
/// written without spaces (Chinese "相关新闻", Japanese "関連記事").
const MAX_CHARS: usize = 60;

/// Blocks that must stand before the heading: on a shorter page the heading may be its outline.
const MIN_BLOCKS_BEFORE: usize = 3;

/// Characters that end a sentence (Latin, CJK full-width, Arabic question mark).
const SENTENCE_ENDS: [char; 8] = ['.', '!', '?', '…', '。', '！', '？', '؟'];

/// Removes the article's last block when it is a heading with nothing under it (see the module's
/// documentation) and records it as a removal (stage `orphan-heading`). Run on HTML input only.
pub(crate) fn drop_orphan_heading(blocks: &mut Vec<Block>, removals: &mut Vec<Removal>) {
    let n = blocks.len();
    if n <= MIN_BLOCKS_BEFORE {
        return;
    }
    let (last, before) = (&blocks[n - 1], &blocks[n - 2]);
    if !is_box_title(last) || before.kind == BlockKind::Heading {
        return;
    }
    if let Some(block) = blocks.pop() {
        let span = block.span.as_ref().map(|s| (s.start, s.end));
        record(
            removals,
            "orphan-heading",
            "a heading at the article's end with nothing under it",
            &block.text,
            span,
        );
    }
}

/// Whether `block` is a heading short enough to be a box's title and not a sentence.
fn is_box_title(block: &Block) -> bool {
    let text = block.text.trim();
    block.kind == BlockKind::Heading
        && !text.is_empty()
        && text.split_whitespace().count() <= MAX_WORDS
        && text.chars().count() <= MAX_CHARS
        && !text.ends_with(SENTENCE_ENDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(last: &[(BlockKind, &str)]) -> Vec<Block> {
        let mut blocks = vec![
            Block::new(BlockKind::Paragraph, "The council met on Tuesday to vote."),
            Block::new(BlockKind::Paragraph, "The budget passed by two votes."),
            Block::new(BlockKind::Paragraph, "The mayor said work starts in May."),
        ];
        blocks.extend(last.iter().map(|(kind, text)| Block::new(*kind, *text)));
        blocks
    }

    fn cleaned(mut blocks: Vec<Block>) -> (Vec<String>, Vec<Removal>) {
        let mut removals = Vec::new();
        drop_orphan_heading(&mut blocks, &mut removals);
        (blocks.into_iter().map(|b| b.text).collect(), removals)
    }

    macro_rules! removes {
        ($name:ident, $heading:expr) => {
            #[test]
            fn $name() {
                let (texts, removals) = cleaned(story(&[(BlockKind::Heading, $heading)]));
                assert_eq!(texts.len(), 3, "{texts:?}");
                assert_eq!(removals.len(), 1);
                assert_eq!(removals[0].stage, "orphan-heading");
                assert_eq!(removals[0].text, $heading);
            }
        };
    }

    macro_rules! keeps {
        ($name:ident, $last:expr) => {
            #[test]
            fn $name() {
                let (texts, removals) = cleaned(story($last));
                assert!(removals.is_empty(), "{removals:?}");
                assert_eq!(texts.len(), 3 + $last.len());
            }
        };
    }

    removes!(en_related_box, "Related topics");
    removes!(en_colon_label, "More from the newsroom:");
    removes!(de_box_title, "Weitere Themen");
    removes!(zh_box_title, "相关新闻");

    keeps!(
        a_heading_with_text_under_it,
        &[
            (BlockKind::Heading, "What comes next"),
            (BlockKind::Paragraph, "Work starts in May.")
        ]
    );
    keeps!(
        a_closing_sentence_set_as_heading,
        &[(BlockKind::Heading, "Thanks for reading, see you next week!")]
    );
    keeps!(
        an_faq_question_whose_answer_is_folded,
        &[(BlockKind::Heading, "Who pays for the new road?")]
    );
    keeps!(
        a_long_heading,
        &[(
            BlockKind::Heading,
            "How the council found the money for the new road"
        )]
    );
    keeps!(
        a_heading_after_a_heading,
        &[
            (BlockKind::Heading, "Our services"),
            (BlockKind::Heading, "Contact us")
        ]
    );
    keeps!(
        a_short_paragraph_at_the_end,
        &[(BlockKind::Paragraph, "Related topics")]
    );

    #[test]
    fn keeps_the_heading_of_a_short_page() {
        let blocks = vec![
            Block::new(BlockKind::Heading, "Opening hours"),
            Block::new(BlockKind::Paragraph, "Monday to Friday, 9 to 5."),
            Block::new(BlockKind::Heading, "Holidays"),
        ];
        let (texts, removals) = cleaned(blocks);
        assert!(removals.is_empty());
        assert_eq!(texts.len(), 3);
    }

    #[test]
    fn takes_one_heading_only() {
        let (texts, removals) = cleaned(story(&[
            (BlockKind::Paragraph, "Related topics"),
            (BlockKind::Heading, "Recommend this page"),
        ]));
        assert_eq!(removals.len(), 1);
        assert_eq!(texts.last().map(String::as_str), Some("Related topics"));
    }

    #[test]
    fn empty_and_short_inputs_do_not_panic() {
        for n in 0..=3 {
            let mut blocks: Vec<Block> = (0..n)
                .map(|_| Block::new(BlockKind::Heading, "More"))
                .collect();
            let mut removals = Vec::new();
            drop_orphan_heading(&mut blocks, &mut removals);
            assert_eq!(blocks.len(), n);
        }
    }
}
