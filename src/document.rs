//! The document between the input stage and the article: blocks, title source, the removals so far,
//! and the per-block keys every stage reads.
//!
//! Stages (`extract`, `text`, `batch`, `cleaners`) take and return `Document`s; the pipeline runs them.

use crate::article::{Article, InputKind};
use crate::block::Block;
use crate::measure::{is_prose_counted, word_count_spaced};
use crate::phrases::{fold, PhraseHits, SHIPPED};
use crate::removal::Removal;
use once_cell::unsync::OnceCell;
use std::cell::Cell;
use std::ops::Range;

/// How the title of a document is found.
#[derive(Debug, Clone)]
pub(crate) enum TitleSource {
    /// Text input: the first block that survives cleaning, when it is short enough to be a headline.
    FirstBlock,
    /// HTML input: the headline the page declares in its markup.
    Declared(Option<String>),
}

/// A document between the input stage and the article: blocks, title source, and what was removed so far.
#[derive(Debug)]
pub(crate) struct Document {
    pub blocks: Vec<Block>,
    pub title: TitleSource,
    pub removals: Vec<Removal>,
    /// Metadata found by the input stage; its `blocks`, `removals` and `changes` are filled in at the end.
    pub meta: Article,
    /// Text input: what the caller says it holds (an article, a page, or `Auto` to read it from the
    /// text), and the share of its short lines that stand in a paragraph of their own (see
    /// [`crate::text::short_lines_apart`]). `None` for HTML, whose article the DOM stage has found.
    pub text_input: Option<(InputKind, f64)>,
    /// Text input: the groups of lines it holds between blank lines that were split into a block for
    /// each line (see [`LineGroup`]). Empty for HTML.
    pub line_groups: Vec<LineGroup>,
}

/// Lines of text input that stand together between blank lines, each read as a block of its own so
/// the cleaners judge them one by one: a list, lines of code or of a program's output, a table's rows.
/// In a text that parts its paragraphs by blank lines, such a group is laid out on purpose; when the
/// cleaners keep every line of it unchanged, the article gives the lines back as they stood, as one
/// preformatted block, not as paragraphs a blank line apart. So an article's text (whose only such
/// groups are its preformatted blocks) cleaned again comes out the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineGroup {
    /// From the first line's first byte to the last line's last.
    pub span: Range<usize>,
    /// The lines as they stand, spaces at their ends dropped, joined by line feeds.
    pub text: String,
    /// Each line's block span: the line without the spaces at its ends.
    pub lines: Vec<Range<usize>>,
}

/// What the pipeline computes once per block and keeps while the block survives: its folded text,
/// whether it reads as prose, and (when first asked) which shipped phrases it matches.
#[derive(Debug, Clone)]
pub(crate) struct BlockKey {
    /// The block's [`fold`], made on first use: long paragraphs are never matched against phrases.
    folded: OnceCell<String>,
    pub prose: bool,
    /// The block's [`word_count`].
    pub words: usize,
    /// Words its [`fold`] has at least. Without characters of unspaced scripts the fold has at least
    /// the [`word_count`]: each word there is a token of white space holding a letter or digit, white
    /// space folds to a separator and every letter or digit to a word character (a test holds both
    /// for every character). A run of Han or Kana counts several words but folds to one.
    pub(crate) min_folded_words: usize,
    /// The block's hits in the shipped phrase lists, looked up on first use: most blocks are too long
    /// for any phrase rule and are never looked up.
    phrase_hits: OnceCell<PhraseHits>,
    /// Whether the body locator reads the block as prose, judged on its first run.
    located_prose: OnceCell<bool>,
    /// Bit `i`: the pipeline's cleaner `i` (of the first [`MAX_REMEMBERED_CLEANERS`]) judges a
    /// block alone ([`Cleaner::judges_block_alone`](crate::cleaners::Cleaner::judges_block_alone))
    /// and kept this one.
    kept_alone: Cell<u64>,
}

/// Cleaners whose verdicts a [`BlockKey`] remembers: the bits of its mask. The default pipeline
/// has about thirty.
pub(crate) const MAX_REMEMBERED_CLEANERS: usize = 64;

impl BlockKey {
    pub(crate) fn of(block: &Block) -> BlockKey {
        let (words, spaced) = word_count_spaced(&block.text);
        BlockKey {
            folded: OnceCell::new(),
            prose: is_prose_counted(&block.text, words),
            words,
            min_folded_words: if spaced { words } else { 0 },
            phrase_hits: OnceCell::new(),
            located_prose: OnceCell::new(),
            kept_alone: Cell::new(0),
        }
    }

    /// Whether the cleaner at `cleaner` of the pipeline, which judges blocks alone, kept this
    /// key's block when it last judged it (false for a cleaner past [`MAX_REMEMBERED_CLEANERS`]).
    pub(crate) fn kept_alone_by(&self, cleaner: usize) -> bool {
        cleaner < MAX_REMEMBERED_CLEANERS && self.kept_alone.get() & 1 << cleaner != 0
    }

    /// Remembers that the cleaner at `cleaner` of the pipeline, which judges blocks alone, kept
    /// this key's block.
    pub(crate) fn remember_kept_alone_by(&self, cleaner: usize) {
        if cleaner < MAX_REMEMBERED_CLEANERS {
            self.kept_alone.set(self.kept_alone.get() | 1 << cleaner);
        }
    }

    /// The body locator's judgement of the block as prose: `judge`'s answer, asked once per block.
    pub(crate) fn located_prose(&self, judge: impl FnOnce() -> bool) -> bool {
        *self.located_prose.get_or_init(judge)
    }

    /// The [`fold`] of `block`, the block this key was made for; folded once.
    pub(crate) fn folded(&self, block: &Block) -> &str {
        self.folded.get_or_init(|| fold(&block.text))
    }

    /// The hits of `block` (the block this key was made for) in the shipped phrase lists, looked up once.
    pub(crate) fn phrase_hits(&self, block: &Block) -> &PhraseHits {
        self.phrase_hits
            .get_or_init(|| SHIPPED.hits(self.folded(block)))
    }

    /// Keys for every block.
    pub(crate) fn all(blocks: &[Block]) -> Vec<BlockKey> {
        blocks.iter().map(BlockKey::of).collect()
    }
}
