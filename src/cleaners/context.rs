//! What a cleaner may know about a block's surroundings.

use crate::block::Block;
use crate::document::BlockKey;
use crate::phrases::{fold, Category, Lang, PhraseMatch};
use crate::text::{is_prose, word_count};
use once_cell::unsync::OnceCell;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

/// A block's place among the blocks a cleaner sees: its index, its neighbours, the title candidate,
/// the language, and where the run of article prose begins and ends.
///
/// # Examples
///
/// ```
/// use copydesk::cleaners::BlockContext;
/// use copydesk::{Block, BlockKind};
///
/// let blocks = vec![
///     Block::new(BlockKind::Paragraph, "Storm hits coast"),
///     Block::new(BlockKind::Paragraph, "The storm reached the coast on Monday night, cutting power to thousands."),
///     Block::new(BlockKind::Paragraph, "Share this article"),
/// ];
/// let cx = BlockContext::new(&blocks, 2).title("Storm hits coast");
/// assert!(cx.is_after_body());
/// assert_eq!(cx.previous().unwrap().text, blocks[1].text);
/// assert_eq!(cx.folded(), "share this article");
/// ```
#[derive(Debug, Clone)]
pub struct BlockContext<'a> {
    blocks: &'a [Block],
    folded: Option<&'a [BlockKey]>,
    index: usize,
    title: Option<&'a str>,
    title_is_first_block: bool,
    language: Option<Lang>,
    body: Option<Range<usize>>,
    /// Prose blocks before this one and after it.
    prose_around: (usize, usize),
    /// Prose blocks before each block, when the pipeline has counted them.
    prose_counts: Option<&'a [usize]>,
    /// For each short block, the next block with the same fold, found once per pass (see
    /// [`BlockContext::next_copy`]).
    next_copies: Option<&'a OnceCell<Vec<Option<usize>>>>,
    /// For each block, the last block before it with the same text, found once per pass (see
    /// [`BlockContext::earlier_copy`]).
    earlier_copies: Option<&'a OnceCell<Vec<Option<usize>>>>,
    /// The short blocks of each fold, found once per pass on first use (see
    /// [`BlockContext::blocks_folding_to`]).
    folds: Option<&'a OnceCell<Folds>>,
    /// The short blocks that fold to a section number and a fold, by that fold, found once per pass
    /// on first use (see [`BlockContext::blocks_numbering`]).
    numbered: Option<&'a OnceCell<NumberedFolds>>,
    /// The answers of each [`BlockFlag`] for every block, found once per pass on first use.
    flags: Option<&'a [OnceCell<Vec<bool>>; BLOCK_FLAGS]>,
    /// A declared title and its fold, folded once per pass on first use (see
    /// [`BlockContext::folded_title`]).
    title_fold: Option<&'a OnceCell<(String, String)>>,
    /// Whether every block counts as standing at an edge of the article (see
    /// [`BlockContext::everywhere_an_edge`]).
    everywhere_an_edge: bool,
}

/// A question a cleaner asks about many blocks around each block it judges, whose answer depends on
/// the pass's blocks alone: inside the pipeline it is answered once per block and pass (see
/// [`BlockContext::flag`]).
#[derive(Debug, Clone, Copy)]
pub(crate) enum BlockFlag {
    /// Whether the block is the label of a list of other stories (`related_list`).
    RelatedListLabel,
    /// Whether the block is a date and little else (`post_dates`).
    DateLine,
    /// Whether the block is shaped as a headline in a list of other stories (`related_list`).
    HeadlineShaped,
    /// Whether the block is the label of a table of contents (`table_of_contents`).
    ContentsLabel,
}

/// The number of [`BlockFlag`]s.
const BLOCK_FLAGS: usize = 4;

/// The indices of the blocks of at most [`MAX_COPY_BYTES`] bytes, by their fold.
pub(crate) type Folds = HashMap<String, Vec<usize>>;

/// The blocks of at most [`MAX_COPY_BYTES`] bytes whose fold opens with a section number ("2 why it
/// matters"), by the fold after it ("why it matters"): each block's number and index, by number and
/// then index.
pub(crate) type NumberedFolds = HashMap<String, Vec<(usize, usize)>>;

impl<'a> BlockContext<'a> {
    /// A context for `blocks[index]`, with no title and no language; the body run is computed from the blocks.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::BlockContext;
    /// use copydesk::{Block, BlockKind};
    /// let blocks = [Block::new(BlockKind::Paragraph, "Hi")];
    /// assert_eq!(BlockContext::new(&blocks, 0).index(), 0);
    /// ```
    pub fn new(blocks: &'a [Block], index: usize) -> BlockContext<'a> {
        BlockContext {
            blocks,
            folded: None,
            index,
            title: None,
            title_is_first_block: false,
            language: None,
            body: body_run(blocks),
            prose_around: prose_around(blocks, index),
            prose_counts: None,
            next_copies: None,
            earlier_copies: None,
            flags: None,
            folds: None,
            numbered: None,
            title_fold: None,
            everywhere_an_edge: false,
        }
    }

    /// Sets the title candidate (the headline the page declares).
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::BlockContext;
    /// let cx = BlockContext::new(&[], 0).title("Headline");
    /// assert_eq!(cx.title_candidate(), Some("Headline"));
    /// ```
    pub fn title(mut self, title: &'a str) -> Self {
        self.title = Some(title);
        self
    }

    /// Sets the language of the document.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::BlockContext;
    /// use copydesk::phrases::Lang;
    /// assert_eq!(BlockContext::new(&[], 0).language(Some(Lang::De)).lang(), Some(Lang::De));
    /// ```
    pub fn language(mut self, lang: Option<Lang>) -> Self {
        self.language = lang;
        self
    }

    /// Built by the pipeline: folded keys computed once per pass. With `declared_title` `None` (text mode)
    /// the first block is the title candidate.
    pub(crate) fn in_pass(
        pass: &'a Pass<'a>,
        index: usize,
        declared_title: Option<Option<&'a str>>,
        language: Option<Lang>,
    ) -> BlockContext<'a> {
        let (title, title_is_first_block) = match declared_title {
            Some(title) => (title, false),
            None => (pass.blocks.first().map(|b| b.text.as_str()), true),
        };
        BlockContext {
            blocks: pass.blocks,
            folded: Some(pass.folded),
            index,
            title,
            title_is_first_block,
            language,
            body: pass.body.clone(),
            prose_around: pass.prose_around(index),
            prose_counts: Some(&pass.prose_before),
            next_copies: Some(&pass.next_copies),
            earlier_copies: Some(&pass.earlier_copies),
            folds: Some(&pass.folds),
            numbered: Some(&pass.numbered),
            flags: Some(&pass.flags),
            title_fold: Some(&pass.title_fold),
            everywhere_an_edge: false,
        }
    }

    /// The same context moved to the block at `index` of `pass` (the pass it was made in): a pass
    /// asks each cleaner about every block, and only the index and the prose around it change.
    pub(crate) fn move_to(&mut self, pass: &Pass<'a>, index: usize) {
        self.index = index;
        self.prose_around = pass.prose_around(index);
    }

    /// `judge`'s answer for the block at `index` (false past the last block): inside the pipeline
    /// found for every block of the pass at the first question and kept, otherwise asked at once.
    /// `judge` must answer from the blocks, the title and the language alone, as they stand in
    /// the pass: not from the block this context is at.
    pub(crate) fn flag(
        &self,
        index: usize,
        flag: BlockFlag,
        judge: impl Fn(&Self, usize) -> bool,
    ) -> bool {
        match self.flag_answers(flag, &judge) {
            Some(answers) => answers.get(index).copied().unwrap_or(false),
            None => index < self.blocks.len() && judge(self, index),
        }
    }

    /// Whether the [`flag`](Self::flag) of any block in `range` is set (blocks past the last one
    /// answer false): inside the pipeline read from the pass's answers in one slice, without a
    /// lookup for each block.
    pub(crate) fn any_flag(
        &self,
        range: Range<usize>,
        flag: BlockFlag,
        judge: impl Fn(&Self, usize) -> bool,
    ) -> bool {
        match self.flag_answers(flag, &judge) {
            Some(answers) => {
                let end = range.end.min(answers.len());
                answers
                    .get(range.start.min(end)..end)
                    .is_some_and(|a| a.contains(&true))
            }
            None => range
                .filter(|&i| i < self.blocks.len())
                .any(|i| judge(self, i)),
        }
    }

    /// The pass's answers of `flag` for every block, found at the first question (`None` outside
    /// the pipeline). The answers already found are read without calling into the cell's
    /// initialisation: most questions come after the first.
    fn flag_answers(
        &self,
        flag: BlockFlag,
        judge: &impl Fn(&Self, usize) -> bool,
    ) -> Option<&'a [bool]> {
        let cell = &self.flags?[flag as usize];
        let answers = match cell.get() {
            Some(answers) => answers,
            None => cell.get_or_init(|| (0..self.blocks.len()).map(|i| judge(self, i)).collect()),
        };
        Some(answers.as_slice())
    }

    /// The block's index among the blocks this cleaner sees.
    pub fn index(&self) -> usize {
        self.index
    }

    /// How many blocks this cleaner sees.
    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    /// True when the cleaner sees no blocks.
    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// The block at `index`, if any.
    pub fn block(&self, index: usize) -> Option<&'a Block> {
        self.blocks.get(index)
    }

    /// The block before this one.
    pub fn previous(&self) -> Option<&'a Block> {
        self.index.checked_sub(1).and_then(|i| self.blocks.get(i))
    }

    /// The block after this one.
    pub fn next(&self) -> Option<&'a Block> {
        self.blocks.get(self.index + 1)
    }

    /// The title candidate: the page's declared headline, or in text mode the first block.
    pub fn title_candidate(&self) -> Option<&'a str> {
        self.title
    }

    /// The [`fold`] of the title candidate; in text mode the first block's, folded once per block.
    /// A declared title is folded once per pass (the cleaners ask about it for many blocks).
    pub(crate) fn folded_title(&self) -> Option<Cow<'a, str>> {
        let title = self.title?;
        if self.title_is_first_block {
            return Some(self.folded_at(0));
        }
        let Some(cell) = self.title_fold else {
            return Some(Cow::Owned(fold(title)));
        };
        let (kept_title, folded) = cell.get_or_init(|| (title.to_string(), fold(title)));
        // The fold kept is that of the first title asked about in the pass: another title (a
        // context given one of its own) is folded afresh.
        Some(if kept_title == title {
            Cow::Borrowed(folded.as_str())
        } else {
            Cow::Owned(fold(title))
        })
    }

    /// True when this block is itself the title candidate (text mode: the first block).
    pub fn is_title_candidate(&self) -> bool {
        self.title_is_first_block && self.index == 0
    }

    /// True in text mode, where the first block is the title candidate rather than a declared headline.
    pub fn title_is_first_block(&self) -> bool {
        self.title_is_first_block
    }

    /// The document's language, when known.
    pub fn lang(&self) -> Option<Lang> {
        self.language
    }

    /// This block's text, [`fold`]ed for phrase matching.
    pub fn folded(&self) -> Cow<'a, str> {
        self.folded_at(self.index)
    }

    /// The folded text of the block at `index` (empty when there is none).
    pub fn folded_at(&self, index: usize) -> Cow<'a, str> {
        match self
            .folded
            .and_then(|keys| keys.get(index))
            .zip(self.blocks.get(index))
        {
            Some((key, block)) => Cow::Borrowed(key.folded(block)),
            None => Cow::Owned(
                self.blocks
                    .get(index)
                    .map_or_else(String::new, |b| fold(&b.text)),
            ),
        }
    }

    /// The index of the next block after `index` whose text folds the same, for a block of at most 200
    /// bytes (a heading, a label, a list entry); `None` for longer blocks. Inside
    /// the pipeline the answers for every block are found once per pass, in one walk; on a context
    /// made with [`BlockContext::new`] each question walks the blocks after `index`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::BlockContext;
    /// use copydesk::{Block, BlockKind};
    /// let blocks = [
    ///     Block::new(BlockKind::Paragraph, "Why it matters"),
    ///     Block::new(BlockKind::Paragraph, "The council met on Monday."),
    ///     Block::new(BlockKind::Heading, "Why it matters!"),
    /// ];
    /// let cx = BlockContext::new(&blocks, 0);
    /// assert_eq!(cx.next_copy(0), Some(2));
    /// assert_eq!(cx.next_copy(1), None);
    /// ```
    pub fn next_copy(&self, index: usize) -> Option<usize> {
        match self.next_copies {
            Some(cell) => cell
                .get_or_init(|| next_copies(self.blocks, |i| self.folded_at(i)))
                .get(index)
                .copied()
                .flatten(),
            None => {
                let block = self.blocks.get(index)?;
                if block.text.len() > MAX_COPY_BYTES {
                    return None;
                }
                let key = self.folded_at(index);
                (index + 1..self.blocks.len()).find(|&later| {
                    self.blocks[later].text.len() <= MAX_COPY_BYTES && self.folded_at(later) == key
                })
            }
        }
    }

    /// The last block before the one at `index` with the same text: for a block of at most 200
    /// bytes, the same fold ([`BlockContext::blocks_folding_to`]); for a longer one (a paragraph),
    /// the same text, trimmed. Inside the pipeline the paragraphs are read once per pass, on first
    /// use.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::BlockContext;
    /// use copydesk::{Block, BlockKind};
    /// let long = "The council approved the budget on Monday after a debate that lasted well into the \
    ///     night, and the mayor said the vote settled the question of the new library for a decade.";
    /// let blocks = [
    ///     Block::new(BlockKind::Paragraph, long),
    ///     Block::new(BlockKind::Paragraph, "Why it matters"),
    ///     Block::new(BlockKind::Paragraph, long),
    ///     Block::new(BlockKind::Heading, "Why it matters!"),
    /// ];
    /// let cx = BlockContext::new(&blocks, 0);
    /// assert_eq!(cx.earlier_copy(2), Some(0));
    /// assert_eq!(cx.earlier_copy(3), Some(1));
    /// assert_eq!(cx.earlier_copy(1), None);
    /// ```
    pub fn earlier_copy(&self, index: usize) -> Option<usize> {
        match (self.earlier_copies, self.next_copies) {
            (Some(cell), Some(next)) => cell
                .get_or_init(|| {
                    let next = next.get_or_init(|| next_copies(self.blocks, |i| self.folded_at(i)));
                    earlier_copies(self.blocks, next)
                })
                .get(index)
                .copied()
                .flatten(),
            _ => {
                let block = self.blocks.get(index)?;
                if block.text.len() > MAX_COPY_BYTES {
                    let text = block.text.trim();
                    return (0..index)
                        .rev()
                        .find(|&at| self.blocks[at].text.trim() == text);
                }
                // The block is folded once, not again for every block it is compared with.
                let key = self.folded_at(index);
                if key.is_empty() {
                    return None;
                }
                (0..index).rev().find(|&at| {
                    self.blocks[at].text.len() <= MAX_COPY_BYTES && self.folded_at(at) == key
                })
            }
        }
    }

    /// The blocks of at most 200 bytes whose text folds to `key`, in order: the copies of a heading
    /// wherever they stand (a table of contents set after the article, a numbered entry whose heading
    /// has no number). Inside the pipeline the blocks are folded once per pass, on first use.
    pub(crate) fn blocks_folding_to(&self, key: &str) -> Vec<usize> {
        match self.folds {
            Some(cell) => cell
                .get_or_init(|| folds(self.blocks, |i| self.folded_at(i)))
                .get(key)
                .cloned()
                .unwrap_or_default(),
            None => (0..self.blocks.len())
                .filter(|&i| {
                    self.blocks[i].text.len() <= MAX_COPY_BYTES && self.folded_at(i) == key
                })
                .collect(),
        }
    }

    /// The blocks of at most 200 bytes whose text folds to a section number and `rest` ("2. Why it
    /// matters" for "why it matters"), as (number, index), by number and then index: the numbered
    /// headings a bare entry of a table of contents points to. The number is written as numbers are,
    /// without leading zeros. Inside the pipeline the blocks are read once per pass, on first use.
    pub(crate) fn blocks_numbering(&self, rest: &str) -> Vec<(usize, usize)> {
        match self.numbered {
            Some(cell) => cell
                .get_or_init(|| numbered_folds(self.blocks, |i| self.folded_at(i)))
                .get(rest)
                .cloned()
                .unwrap_or_default(),
            None => numbered_folds(self.blocks, |i| self.folded_at(i))
                .remove(rest)
                .unwrap_or_default(),
        }
    }

    /// How many blocks of at most 200 bytes fold to `key`: [`blocks_folding_to`]'s length, without
    /// the copy of the list.
    ///
    /// [`blocks_folding_to`]: BlockContext::blocks_folding_to
    pub(crate) fn count_folding_to(&self, key: &str) -> usize {
        match self.folds {
            Some(cell) => cell
                .get_or_init(|| folds(self.blocks, |i| self.folded_at(i)))
                .get(key)
                .map_or(0, Vec::len),
            None => self.blocks_folding_to(key).len(),
        }
    }

    /// The [`word_count`] of this block, counted once per block by the pipeline.
    pub(crate) fn words(&self) -> usize {
        self.words_at(self.index)
    }

    /// The [`word_count`] of the block at `index` (0 when there is none), counted once per block by
    /// the pipeline: a cleaner reading the blocks around this one does not count them again.
    pub(crate) fn words_at(&self, index: usize) -> usize {
        match self.folded.and_then(|keys| keys.get(index)) {
            Some(key) => key.words,
            None => self.blocks.get(index).map_or(0, |b| word_count(&b.text)),
        }
    }

    /// True when this block's [`fold`] has more than `limit` words; a long block is answered without
    /// folding it when its key knows its fold has at least that many.
    pub(crate) fn folds_to_more_words_than(&self, limit: usize) -> bool {
        let key = self.folded.and_then(|keys| keys.get(self.index));
        if key.is_some_and(|key| key.min_folded_words > limit) {
            return true;
        }
        let folded = self.folded();
        match limit.checked_sub(1) {
            // Folded words are joined by single spaces.
            Some(spaces) => memchr::memchr_iter(b' ', folded.as_bytes())
                .nth(spaces)
                .is_some(),
            None => !folded.is_empty(),
        }
    }

    /// The phrase of `category` that matches the whole block, in the document's language or English
    /// (every language when it is unknown); looked up once per block by the pipeline.
    pub(crate) fn phrase(&self, category: Category) -> Option<PhraseMatch> {
        let key = self.folded.and_then(|keys| keys.get(self.index));
        match key.zip(self.blocks.get(self.index)) {
            Some((key, block)) => category.pick(key.phrase_hits(block), self.language),
            None => category.find(&self.folded(), self.language),
        }
    }

    /// True when this block reads as prose ([`is_prose`]), judged once per block by the pipeline.
    pub(crate) fn is_prose(&self) -> bool {
        match self.folded.and_then(|keys| keys.get(self.index)) {
            Some(key) => key.prose,
            None => self
                .blocks
                .get(self.index)
                .is_some_and(|b| is_prose(&b.text)),
        }
    }

    /// Indices of the run of article prose: from the first block that reads as prose to the last one.
    pub fn body_run(&self) -> Option<Range<usize>> {
        self.body.clone()
    }

    /// True when the block stands before the first prose block.
    pub fn is_before_body(&self) -> bool {
        self.body.as_ref().is_some_and(|run| self.index < run.start)
    }

    /// True when the block stands after the last prose block.
    pub fn is_after_body(&self) -> bool {
        self.body.as_ref().is_some_and(|run| self.index >= run.end)
    }

    /// True when the block stands before or after the run of prose: where page chrome gathers.
    pub fn is_outside_body(&self) -> bool {
        self.is_before_body() || self.is_after_body()
    }

    /// How many prose blocks stand before the block at `index`.
    pub fn prose_before(&self, index: usize) -> usize {
        match self.prose_counts {
            Some(counts) => counts.get(index).copied().unwrap_or(0),
            None => self
                .blocks
                .iter()
                .take(index)
                .filter(|b| is_prose(&b.text))
                .count(),
        }
    }

    /// True when no other prose block stands before this one, or none after it: the block is at an edge of
    /// the article even if it reads as prose itself (a sign-up pitch, a consent notice).
    pub fn is_at_edge(&self) -> bool {
        self.everywhere_an_edge || self.prose_around.0 == 0 || self.prose_around.1 == 0
    }

    /// The same context with every block standing at an edge of the article ([`is_at_edge`]): for
    /// asking whether a block of prose is cruft wherever the page has it (a consent notice among a
    /// page's menus, a sign-up pitch between two boxes), not whether to remove it there.
    ///
    /// [`is_at_edge`]: BlockContext::is_at_edge
    pub(crate) fn everywhere_an_edge(mut self) -> Self {
        self.everywhere_an_edge = true;
        self
    }
}

#[derive(Debug)]
pub(crate) struct Pass<'a> {
    pub blocks: &'a [Block],
    pub folded: &'a [BlockKey],
    pub body: Option<Range<usize>>,
    /// `prose_before[i]`: how many prose blocks stand before block `i`; one more entry for the total.
    prose_before: Vec<usize>,
    /// [`BlockContext::next_copy`] of every block, found on first use.
    next_copies: OnceCell<Vec<Option<usize>>>,
    /// [`BlockContext::earlier_copy`] of every block, found on first use.
    earlier_copies: OnceCell<Vec<Option<usize>>>,
    /// [`BlockContext::blocks_folding_to`] of every fold, found on first use.
    folds: OnceCell<Folds>,
    /// [`BlockContext::blocks_numbering`] of every fold, found on first use.
    numbered: OnceCell<NumberedFolds>,
    /// [`BlockContext::flag`] of every block, for each flag, found on first use.
    flags: [OnceCell<Vec<bool>>; BLOCK_FLAGS],
    /// [`BlockContext::folded_title`] of a declared title, with the title, found on first use.
    title_fold: OnceCell<(String, String)>,
}

impl<'a> Pass<'a> {
    pub(crate) fn new(blocks: &'a [Block], folded: &'a [BlockKey]) -> Pass<'a> {
        let mut prose_before = Vec::with_capacity(blocks.len() + 1);
        let mut count = 0;
        let (mut first, mut last) = (None, None);
        for (i, key) in folded.iter().enumerate() {
            prose_before.push(count);
            if key.prose {
                count += 1;
                first.get_or_insert(i);
                last = Some(i);
            }
        }
        prose_before.push(count);
        Pass {
            blocks,
            folded,
            body: first.zip(last).map(|(first, last)| first..last + 1),
            prose_before,
            next_copies: OnceCell::new(),
            earlier_copies: OnceCell::new(),
            folds: OnceCell::new(),
            numbered: OnceCell::new(),
            flags: Default::default(),
            title_fold: OnceCell::new(),
        }
    }

    /// Prose blocks before block `index` and after it, not counting the block itself.
    fn prose_around(&self, index: usize) -> (usize, usize) {
        let total = self.prose_before.last().copied().unwrap_or(0);
        let before = self.prose_before.get(index).copied().unwrap_or(total);
        let through = self.prose_before.get(index + 1).copied().unwrap_or(total);
        (before, total - through)
    }
}

/// Bytes a block may have for [`BlockContext::next_copy`] to look for its copies: a heading or a list
/// entry; paragraphs are not folded for it.
pub(crate) const MAX_COPY_BYTES: usize = 200;

/// For each block of at most [`MAX_COPY_BYTES`] bytes, the next block whose text folds the same: one
/// walk from the end, remembering where each fold was last seen.
fn next_copies<'a>(
    blocks: &[Block],
    folded_at: impl Fn(usize) -> Cow<'a, str>,
) -> Vec<Option<usize>> {
    let mut next = vec![None; blocks.len()];
    let mut seen: HashMap<Cow<'a, str>, usize> = HashMap::new();
    for (i, block) in blocks.iter().enumerate().rev() {
        if block.text.len() > MAX_COPY_BYTES {
            continue;
        }
        let key = folded_at(i);
        if key.is_empty() {
            continue;
        }
        next[i] = seen.insert(key, i);
    }
    next
}

/// For each block, the last block before it with the same text: for a block of at most
/// [`MAX_COPY_BYTES`] bytes the same fold (the block whose next copy it is, from `next`, the
/// [`next_copies`] of the blocks), for a longer one the same trimmed text, found in one walk.
fn earlier_copies(blocks: &[Block], next: &[Option<usize>]) -> Vec<Option<usize>> {
    let mut earlier = vec![None; blocks.len()];
    for (at, copy) in next.iter().enumerate() {
        if let Some(slot) = copy.and_then(|copy| earlier.get_mut(copy)) {
            *slot = Some(at);
        }
    }
    let mut texts: HashMap<&str, usize> = HashMap::new();
    for (i, block) in blocks.iter().enumerate() {
        if block.text.len() > MAX_COPY_BYTES {
            earlier[i] = texts.insert(block.text.trim(), i);
        }
    }
    earlier
}

/// The blocks of at most [`MAX_COPY_BYTES`] bytes by their fold, in one walk.
fn folds<'a>(blocks: &[Block], folded_at: impl Fn(usize) -> Cow<'a, str>) -> Folds {
    let mut folds: Folds = HashMap::new();
    for (i, block) in blocks.iter().enumerate() {
        if block.text.len() > MAX_COPY_BYTES {
            continue;
        }
        let key = folded_at(i);
        if !key.is_empty() {
            folds.entry(key.into_owned()).or_default().push(i);
        }
    }
    folds
}

/// The blocks of at most [`MAX_COPY_BYTES`] bytes whose fold opens with a section number, by the
/// fold after it, in one walk.
fn numbered_folds<'a>(
    blocks: &[Block],
    folded_at: impl Fn(usize) -> Cow<'a, str>,
) -> NumberedFolds {
    let mut numbered: NumberedFolds = HashMap::new();
    for (i, block) in blocks.iter().enumerate() {
        if block.text.len() > MAX_COPY_BYTES {
            continue;
        }
        if let Some((number, rest)) = section_number(&folded_at(i)) {
            numbered
                .entry(rest.to_owned())
                .or_default()
                .push((number, i));
        }
    }
    for found in numbered.values_mut() {
        found.sort_unstable();
    }
    numbered
}

/// A fold's opening section number and the fold after it and its space ("2 why it matters" → 2,
/// "why it matters"): a number as numbers are written, without leading zeros.
fn section_number(key: &str) -> Option<(usize, &str)> {
    let digits = key.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || key.starts_with('0') {
        return None;
    }
    let rest = key[digits..].strip_prefix(' ')?;
    Some((key[..digits].parse().ok()?, rest))
}

/// Prose blocks before `blocks[index]` and after it, not counting the block itself.
fn prose_around(blocks: &[Block], index: usize) -> (usize, usize) {
    let before = blocks
        .iter()
        .take(index)
        .filter(|b| is_prose(&b.text))
        .count();
    let after = blocks
        .iter()
        .skip(index + 1)
        .filter(|b| is_prose(&b.text))
        .count();
    (before, after)
}

/// From the first prose block to the last one (end exclusive), or `None` when no block reads as prose.
fn body_run(blocks: &[Block]) -> Option<Range<usize>> {
    let first = blocks.iter().position(|b| is_prose(&b.text))?;
    let last = blocks.iter().rposition(|b| is_prose(&b.text))?;
    Some(first..last + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::BlockKey;
    use crate::measure::word_count_spaced;
    use crate::text::is_unspaced_script;

    fn folded_words(text: &str) -> usize {
        let folded = fold(text);
        if folded.is_empty() {
            0
        } else {
            folded.split(' ').count()
        }
    }

    #[test]
    fn every_character_folds_to_at_least_the_words_it_counts() {
        let spaced = (0..0x3_1000)
            .filter_map(char::from_u32)
            .filter(|&c| !is_unspaced_script(c));
        for c in spaced {
            for text in [format!("{c}"), format!("a{c}b"), format!(" {c}\u{301} x")] {
                let (words, all_spaced) = word_count_spaced(&text);
                assert!(all_spaced, "U+{:04X}", c as u32);
                assert!(folded_words(&text) >= words, "U+{:04X}", c as u32);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_text_without_unspaced_scripts_folds_to_at_least_its_word_count(
            text in "[a-zA-Z09 .,;'\"\t\n\r\x0B\x0C\x1C-\u{1F}\u{85}\u{A0}\u{AD}\u{2003}\u{200B}\u{2028}\u{3000}\u{FEFF}é\u{301}\u{93E}ЖİΑ١²½€“”—…🙂-]{0,40}",
        ) {
            let (words, all_spaced) = word_count_spaced(&text);
            proptest::prop_assert!(all_spaced);
            proptest::prop_assert!(folded_words(&text) >= words, "{:?}", text);
        }
    }

    /// Made-up blocks, some of them short labels, for the flag tests below.
    fn flag_blocks() -> Vec<Block> {
        [
            "Related",
            "A long paragraph of the article, with words.",
            "Related",
            "x",
            "Tags",
        ]
        .iter()
        .map(|t| Block::new(crate::BlockKind::Paragraph, *t))
        .collect()
    }

    /// A made-up flag: the block is "Related".
    fn is_related(cx: &BlockContext<'_>, i: usize) -> bool {
        cx.block(i).is_some_and(|b| b.text == "Related")
    }

    #[test]
    fn any_flag_in_a_range_answers_as_the_flags_of_its_blocks() {
        let blocks = flag_blocks();
        let keys = BlockKey::all(&blocks);
        let pass = Pass::new(&blocks, &keys);
        let in_pass = BlockContext::in_pass(&pass, 0, None, None);
        let alone = BlockContext::new(&blocks, 0);
        for cx in [&in_pass, &alone] {
            for start in 0..8 {
                for end in start..9 {
                    let one_by_one =
                        (start..end).any(|i| cx.flag(i, BlockFlag::RelatedListLabel, is_related));
                    assert_eq!(
                        cx.any_flag(start..end, BlockFlag::RelatedListLabel, is_related),
                        one_by_one,
                        "{start}..{end}"
                    );
                }
            }
        }
        assert!(in_pass.any_flag(1..3, BlockFlag::RelatedListLabel, is_related));
        assert!(!in_pass.any_flag(3..9, BlockFlag::RelatedListLabel, is_related));
    }

    #[test]
    fn a_declared_title_folded_once_in_a_pass_is_the_title_s_own_fold() {
        let blocks = flag_blocks();
        let keys = BlockKey::all(&blocks);
        let pass = Pass::new(&blocks, &keys);
        let first = BlockContext::in_pass(&pass, 1, Some(Some("Storm Hits Coast!")), None);
        assert_eq!(first.folded_title().as_deref(), Some("storm hits coast"));
        // Kept: asked again from another block, the same fold.
        let again = BlockContext::in_pass(&pass, 3, Some(Some("Storm Hits Coast!")), None);
        assert!(matches!(
            again.folded_title(),
            Some(Cow::Borrowed("storm hits coast"))
        ));
        // Another title in the same pass is folded afresh, not given the kept fold.
        let other = again.title("Budget — Passes");
        assert_eq!(other.folded_title().as_deref(), Some("budget passes"));
        // In text mode the title is the first block.
        let text_mode = BlockContext::in_pass(&pass, 2, None, None);
        assert_eq!(text_mode.folded_title().as_deref(), Some("related"));
    }

    #[test]
    fn a_run_of_an_unspaced_script_is_no_bound() {
        let (words, all_spaced) = word_count_spaced("東京都は月曜日に発表した");
        assert_eq!((words, all_spaced), (6, false));
        assert_eq!(folded_words("東京都は月曜日に発表した"), 1);
        let key = BlockKey::of(&Block::new(
            crate::BlockKind::Paragraph,
            "東京都は月曜日に発表した",
        ));
        assert_eq!(key.min_folded_words, 0);
    }
}
