//! The text entry point: [`Pipeline::clean_text`], its input stage, and the body locator of whole-page
//! text.

use super::rounds::is_headline;
use super::{Pipeline, BODY_LOCATOR};
use crate::article::{Article, InputReading};
use crate::batch::BATCH_FURNITURE;
use crate::block::{Block, BlockKind};
use crate::cleaners::context::Pass;
use crate::cleaners::{BlockContext, Cleaner, StrayPunctuation, Verdict};
use crate::document::{BlockKey, Document, LineGroup, TitleSource};
use crate::error::Error;
use crate::measure::is_format_character;
use crate::phrases::Lang;
use crate::removal::{Change, Reason, Removal};
use crate::text::{
    comment_thread_start, is_article_markup, locate_measured, prose_blocks, read_markdown_links,
    short_lines_apart, split_dense, split_text, LineDensity, Measured, MARKDOWN_LINKS,
};
use std::collections::HashSet;
use std::ops::Range;

/// What [`Article::input`]'s reading says it was decided by, for as long as the text's own reading has
/// not been made: a text read in joined lines (see `text::dense_lines`).
const DENSE_LINES: &str = "dense-lines";

/// Blocks the body locator leaves out are credited to the cleaner that would drop them when they stand
/// at most this many blocks before or after the located article (by default). The cruft a scraped
/// article carries (ad labels, sign-up prompts, share rows, comment forms, tags, "Related" lists) sits
/// next to it; further out lie the page's menus and footers, recorded as "outside the article" without
/// asking every cleaner about each of their lines.
const NAMED_REACH: usize = 12;

/// Which blocks left out by the body locator are credited to the cleaner that would drop them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Naming {
    /// None: every one is recorded as outside the article.
    Off,
    /// Those within [`NAMED_REACH`] blocks of the located article.
    NearBody,
    /// Every one.
    All,
}

impl Naming {
    /// True when the block `index` is named, `body` being the located article's blocks.
    fn names(self, index: usize, body: &Range<usize>) -> bool {
        match self {
            Naming::Off => false,
            Naming::All => true,
            Naming::NearBody => {
                let distance = if index < body.start {
                    body.start - index
                } else {
                    index.saturating_sub(body.end) + 1
                };
                distance <= NAMED_REACH
            }
        }
    }
}

impl Pipeline {
    /// Cleans plain text: a scraped article, or a whole page's text, cruft and all.
    ///
    /// The text is split into blocks at blank lines and at lines that stand alone; the first block that
    /// survives cleaning becomes the title when it is short enough to be one. In a text that parts its
    /// paragraphs by blank lines, lines that stood together (a list without bullets, a program's
    /// output) and were all kept come out together again, as one preformatted block: an article's
    /// text cleaned again comes out the same. A text of so many short lines that a block for each
    /// would take more than ten times its size in memory is read with its shortest lines joined
    /// into paragraphs, and [`Article::input`]'s evidence says so.
    ///
    /// # Errors
    ///
    /// [`Error::TooLarge`] over the size limit, [`Error::EmptyInput`] for blank input, [`Error::NotText`]
    /// for binary data, [`Error::NoArticle`] when every block is cruft.
    ///
    /// # Examples
    ///
    /// ```
    /// let article = copydesk::Pipeline::default().clean_text("All news\n\nHeadline\n\nBody text.\n")?;
    /// assert_eq!(article.title.as_deref(), Some("Headline"));
    /// assert_eq!(article.removals[0].text, "All news");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn clean_text(&self, text: &str) -> Result<Article, Error> {
        let document = self.text_document(text)?;
        self.finish(document)
    }

    /// The input stage of text: checks, then blocks, not yet cleaned.
    pub(crate) fn text_document(&self, text: &str) -> Result<Document, Error> {
        self.check_input(text)?;
        let mut meta = Article::default();
        // A text of so many short lines that a block for each would pass the memory budget is read
        // in paragraphs of joined lines, and its reading says so (see `text::dense_lines`).
        let density = LineDensity::of(text);
        let (blocks, line_groups) = if density.too_dense() {
            meta.input = Some(InputReading {
                kind: self.input_kind,
                decided_by: DENSE_LINES,
                evidence: density.evidence(),
            });
            (split_dense(text, density.threshold()), Vec::new())
        } else {
            split_text(text)
        };
        let (blocks, read_markup) = read_article_markup(blocks, text);
        meta.changes = read_markup;
        let (blocks, read_links) = read_markdown(blocks);
        let line_groups = without_read_lines(line_groups, &read_links);
        meta.changes.extend(read_links);
        let apart = short_lines_apart(text, &blocks);
        Ok(Document {
            blocks,
            title: TitleSource::FirstBlock,
            removals: Vec::new(),
            meta,
            text_input: Some((self.input_kind, apart)),
            line_groups,
        })
    }

    /// Whole-page text: keeps the article's run of prose (and the page's first line when it can be the
    /// title), recording every other block as a removal of the "body-locator" stage.
    pub(super) fn keep_located_body(
        &self,
        document: &mut Document,
        keys: &mut Vec<BlockKey>,
        lang: Option<Lang>,
    ) {
        let page = with_furniture(document, keys);
        let (blocks, page_keys) = match &page {
            Some(page) => (&page.blocks[..], &page.keys[..]),
            None => (&document.blocks[..], &keys[..]),
        };
        let words: Vec<usize> = page_keys.iter().map(|k| k.words).collect();
        let shape = Measured::new(blocks, &words, Some(page_keys));
        let cruft = self.recognised_prose(&shape, document, keys, page.as_ref(), lang);
        let measured = Measured {
            cruft: Some(&cruft),
            ..shape
        };
        let Some(body) = locate_measured(&measured, lang) else {
            return;
        };
        // Where each of the document's blocks stands on the page the locator read.
        let at = |i: usize| page.as_ref().map_or(i, |page| page.positions[i]);
        let keep_first = document.blocks.first().is_some_and(is_headline);
        let outside = |i: usize| !(body.contains(&at(i)) || (i == 0 && keep_first));
        if !(0..document.blocks.len()).any(outside) {
            return;
        }
        let verdicts: Vec<Option<(&'static str, Reason)>> = {
            let pass = Pass::new(&document.blocks, keys);
            (0..document.blocks.len())
                .map(|i| {
                    outside(i).then(|| {
                        if self.name_located_cruft.names(at(i), &body) {
                            self.name_the_cruft(&pass, i, lang)
                        } else {
                            outside_the_article()
                        }
                    })
                })
                .collect()
        };
        let blocks = std::mem::take(&mut document.blocks);
        let old_keys = std::mem::take(keys);
        let outside = verdicts.iter().filter(|v| v.is_some()).count();
        document.blocks.reserve(blocks.len() - outside);
        keys.reserve(blocks.len() - outside);
        document.removals.reserve(outside);
        for ((block, key), verdict) in blocks.into_iter().zip(old_keys).zip(verdicts) {
            match verdict {
                None => {
                    document.blocks.push(block);
                    keys.push(key);
                }
                Some((stage, reason)) => document.removals.push(Removal {
                    stage,
                    reason,
                    text: block.text,
                    span: block.span,
                }),
            }
        }
    }

    /// Which blocks of the page the locator reads (`m`) are prose that a cleaner recognises as cruft
    /// on its own: a cookie dialog's paragraphs, a newsletter box's pitch, an affiliate disclosure.
    /// Such prose is worth nothing to the located article (see [`Measured::cruft`]), so a consent
    /// dialog of long paragraphs does not outweigh the article. Only the blocks that read as prose
    /// are asked ([`prose_blocks`]: the others are chrome to the locator already), and only the
    /// document's own blocks (the furniture the batch stage put back is no article either way).
    fn recognised_prose(
        &self,
        m: &Measured<'_>,
        document: &Document,
        keys: &[BlockKey],
        page: Option<&PageView>,
        lang: Option<Lang>,
    ) -> Vec<bool> {
        let mut in_document: Vec<Option<usize>> = vec![None; m.blocks.len()];
        for i in 0..document.blocks.len() {
            let at = page.map_or(i, |page| page.positions[i]);
            if let Some(slot) = in_document.get_mut(at) {
                *slot = Some(i);
            }
        }
        let pass = Pass::new(&document.blocks, keys);
        let mut cruft = vec![false; m.blocks.len()];
        for at in prose_blocks(m) {
            let Some(i) = in_document[at] else {
                continue;
            };
            // Asked as if at the article's edge: where the locator has yet to find the article,
            // a notice between the page's menus stands at the edge of whatever it turns out to be.
            let cx = BlockContext::in_pass(&pass, i, None, lang).everywhere_an_edge();
            cruft[at] = self
                .cleaners
                .iter()
                .any(|cleaner| matches!(cleaner.check(&pass.blocks[i], &cx), Verdict::Drop(_)));
        }
        cruft
    }

    /// Text input, an article or a page: removes a comment thread that follows the article (see
    /// [`comment_thread_start`]), from its first signed reply to the end, recording each block as a
    /// removal of the "body-locator" stage. Replies are prose, so neither the cleaners nor the locator's
    /// run of prose tell them from the article; their signatures do.
    pub(super) fn cut_comment_thread(&self, document: &mut Document, keys: &mut Vec<BlockKey>) {
        let Some(start) = comment_thread_start(&document.blocks, 0..document.blocks.len()) else {
            return;
        };
        keys.truncate(start);
        let (stage, reason) = in_a_comment_thread();
        let thread = document.blocks.split_off(start);
        document
            .removals
            .extend(thread.into_iter().map(|block| Removal {
                stage,
                reason: reason.clone(),
                text: block.text,
                span: block.span,
            }));
    }

    /// The stage to credit for a block the body locator leaves out: the first cleaner that would drop it
    /// on its own, so the record says "comment-form" rather than only "outside the article".
    fn name_the_cruft(
        &self,
        pass: &Pass<'_>,
        index: usize,
        lang: Option<Lang>,
    ) -> (&'static str, Reason) {
        let block = &pass.blocks[index];
        let cx = BlockContext::in_pass(pass, index, None, lang);
        for cleaner in &self.cleaners {
            if let Verdict::Drop(reason) = cleaner.check(block, &cx) {
                return (cleaner.name(), reason);
            }
        }
        outside_the_article()
    }
}

/// The name, in [`Change`] records, of text input's reading of a line of an article's HTML source
/// ([`is_article_markup`]) as HTML.
pub(crate) const ARTICLE_MARKUP: &str = "article-markup";

/// `blocks` of the text `text`, each line of an article's HTML source among them
/// ([`is_article_markup`]: a republishing box's copy of the article, an element's markup a scraper
/// handed over as its text) read as HTML: its paragraphs, headings and list entries as blocks of
/// their own, tags gone and character references decoded, their spans into `text`. Each line so
/// read is recorded as a change (see [`ARTICLE_MARKUP`]): the line before, its blocks' texts after.
fn read_article_markup(blocks: Vec<Block>, text: &str) -> (Vec<Block>, Vec<Change>) {
    if !blocks.iter().any(|b| is_article_markup(&b.text)) {
        return (blocks, Vec::new());
    }
    let mut read = Vec::with_capacity(blocks.len());
    let mut changes = Vec::new();
    for block in blocks {
        if block.kind == BlockKind::Preformatted || !is_article_markup(&block.text) {
            read.push(block);
            continue;
        }
        let inner = crate::extract::fragment_blocks(&block.text);
        if inner.is_empty() {
            read.push(block);
            continue;
        }
        // Spans of the markup's blocks are offsets into the line, placed in the text only where
        // the block's span holds the line as it stands.
        let base = block
            .span
            .as_ref()
            .filter(|span| text.get((*span).clone()) == Some(block.text.as_str()))
            .map(|span| span.start);
        let to: Vec<&str> = inner.iter().map(|b| b.text.as_str()).collect();
        changes.push(Change {
            normalizer: ARTICLE_MARKUP,
            block: None,
            span: block.span.clone().unwrap_or(0..block.text.len()),
            to: to.join("\n\n"),
            from: block.text,
            repeats: 1,
        });
        read.extend(inner.into_iter().map(|mut b| {
            b.span = base
                .zip(b.span)
                .map(|(at, span)| at + span.start..at + span.end);
            b
        }));
    }
    (read, changes)
}

/// `blocks` with Markdown's inline links read as their text and its inline images as nothing
/// ([`read_markdown_links`]; the targets kept as the blocks' markup), each block so read recorded as a
/// change ([`MARKDOWN_LINKS`]: the block's text before and after, its span in the input), when the
/// text holds [`MIN_MARKDOWN_LINKS`] or more. A block left without a visible character (a line of
/// images) goes, its text in the record. Preformatted blocks (code) are read as they stand.
fn read_markdown(blocks: Vec<Block>) -> (Vec<Block>, Vec<Change>) {
    if !blocks.iter().any(|b| b.text.contains("](")) {
        return (blocks, Vec::new());
    }
    let found: Vec<_> = blocks
        .iter()
        .map(|block| {
            (block.kind != BlockKind::Preformatted)
                .then(|| read_markdown_links(&block.text))
                .flatten()
        })
        .collect();
    let links: usize = found.iter().flatten().map(|(_, _, links)| links).sum();
    if links < MIN_MARKDOWN_LINKS {
        return (blocks, Vec::new());
    }
    let mut read = Vec::with_capacity(blocks.len());
    let mut changes = Vec::new();
    for (mut block, found) in blocks.into_iter().zip(found) {
        let Some((text, markup, links)) = found else {
            read.push(block);
            continue;
        };
        let visible = text
            .chars()
            .any(|c| !c.is_whitespace() && !is_format_character(c));
        changes.push(Change {
            normalizer: MARKDOWN_LINKS,
            block: None,
            span: block.span.clone().unwrap_or(0..block.text.len()),
            from: std::mem::replace(&mut block.text, text),
            to: block.text.clone(),
            repeats: links,
        });
        if visible {
            block.inlines = markup;
            read.push(block);
        }
    }
    (read, changes)
}

/// Markdown links and images a text holds at least for its links to be read ([`read_markdown`]):
/// a text written in Markdown links its menus and sentences by the dozen, while a plain text may
/// show the syntax a few times (a help page, an article quoting a reference list as its site
/// printed it), which is its text.
const MIN_MARKDOWN_LINKS: usize = 6;

/// The line groups none of whose lines Markdown's links were read in (`read`): a group gives back
/// its lines as they stood, links and all, so a group with a line read is no group to give back.
fn without_read_lines(groups: Vec<LineGroup>, read: &[Change]) -> Vec<LineGroup> {
    if read.is_empty() {
        return groups;
    }
    let spans: HashSet<&Range<usize>> = read.iter().map(|c| &c.span).collect();
    groups
        .into_iter()
        .filter(|g| !g.lines.iter().any(|line| spans.contains(line)))
        .collect()
}

/// A text document's blocks with the batch's furniture put back where it stood, for reading the
/// page: the situation and the body locator judge the page the text came as, menus and footers
/// included. Without them, a page whose recurring chrome the batch stage took away reads as shorter
/// and more article-like than it is, and the locator keeps more of what is left around the article
/// than it does on the same page cleaned alone.
pub(crate) struct PageView {
    pub blocks: Vec<Block>,
    pub keys: Vec<BlockKey>,
    /// Each of the document's blocks' index in `blocks`.
    pub positions: Vec<usize>,
}

/// The [`PageView`] of a text document from which the batch stage removed furniture; `None` when it
/// removed none (or a block has no span to place it by).
pub(crate) fn with_furniture(document: &Document, keys: &[BlockKey]) -> Option<PageView> {
    let furniture: Vec<&Removal> = document
        .removals
        .iter()
        .filter(|r| r.stage == BATCH_FURNITURE)
        .collect();
    if furniture.is_empty()
        || document.text_input.is_none()
        || furniture.iter().any(|r| r.span.is_none())
        || document.blocks.iter().any(|b| b.span.is_none())
    {
        return None;
    }
    let start = |span: &Option<Range<usize>>| span.as_ref().map_or(0, |s| s.start);
    let total = document.blocks.len() + furniture.len();
    let mut view = PageView {
        blocks: Vec::with_capacity(total),
        keys: Vec::with_capacity(total),
        positions: Vec::with_capacity(document.blocks.len()),
    };
    let mut pieces = furniture.into_iter().peekable();
    for (block, key) in document.blocks.iter().zip(keys) {
        while let Some(piece) = pieces.next_if(|r| start(&r.span) < start(&block.span)) {
            view.push_furniture(piece);
        }
        view.positions.push(view.blocks.len());
        view.blocks.push(block.clone());
        view.keys.push(key.clone());
    }
    pieces.for_each(|piece| view.push_furniture(piece));
    Some(view)
}

impl PageView {
    fn push_furniture(&mut self, removal: &Removal) {
        let block = Block::located(
            BlockKind::Paragraph,
            removal.text.clone(),
            removal.span.clone().unwrap_or_default(),
        );
        self.keys.push(BlockKey::of(&block));
        self.blocks.push(block);
    }
}

/// The record of a block the body locator leaves out as part of a comment thread after the article.
fn in_a_comment_thread() -> (&'static str, Reason) {
    (
        BODY_LOCATOR,
        Reason::Pattern("in a comment thread: replies signed with names, dates and times"),
    )
}

/// The record of a block the body locator leaves out and no cleaner names.
fn outside_the_article() -> (&'static str, Reason) {
    (
        BODY_LOCATOR,
        Reason::Pattern("outside the article's run of prose"),
    )
}

/// Gives back each [`LineGroup`] whose lines the cleaners kept unchanged, in a row, as the group
/// stood: one preformatted block in place of the lines' blocks. A line of punctuation alone that
/// [`StrayPunctuation`] took from such a group comes back with it (a rule or a separator in code, a row
/// of ASCII art: part of the lines' layout), and its removal leaves the record, when `restore_strays`;
/// a group that lost any other line, or every line, stays apart. Other blocks pass as they are. Blocks, groups and removals
/// run in the order of the text, so one walk does it.
pub(super) fn rejoin_line_groups(
    blocks: Vec<Block>,
    groups: &[LineGroup],
    removals: &mut Vec<Removal>,
    restore_strays: bool,
) -> Vec<Block> {
    if groups.is_empty() {
        return blocks;
    }
    let stray = StrayPunctuation.name();
    let strays: HashSet<Range<usize>> = removals
        .iter()
        .filter(|removal| restore_strays && removal.stage == stray && is_visible(&removal.text))
        .filter_map(|removal| removal.span.clone())
        .collect();
    let kept = kept_line_groups(&blocks, groups, &strays);
    if kept.is_empty() {
        return blocks;
    }
    let restored: HashSet<&Range<usize>> = kept
        .iter()
        .flat_map(|kept| kept.group.lines.iter())
        .filter(|line| strays.contains(*line))
        .collect();
    if !restored.is_empty() {
        removals.retain(|r| {
            !(r.stage == stray && r.span.as_ref().is_some_and(|s| restored.contains(s)))
        });
    }
    let mut out = Vec::with_capacity(blocks.len());
    let mut kept = kept.into_iter().peekable();
    let mut skip = 0;
    for (i, block) in blocks.into_iter().enumerate() {
        if skip > 0 {
            skip -= 1;
        } else if let Some(found) = kept.next_if(|found| found.first_block == i) {
            let text = found.group.text.clone();
            out.push(Block::located(
                BlockKind::Preformatted,
                text,
                found.group.span.clone(),
            ));
            skip = found.blocks - 1;
        } else {
            out.push(block);
        }
    }
    out
}

/// Whether a line shows anything once the normalizers are through: a line of invisible characters
/// alone comes out empty, and the lines around it would read as one wrapped line a second time.
fn is_visible(text: &str) -> bool {
    text.chars()
        .any(|c| !c.is_whitespace() && !is_format_character(c))
}

/// A [`LineGroup`] found whole among the blocks: where its first kept line's block stands and how
/// many blocks its kept lines are.
struct KeptGroup<'g> {
    group: &'g LineGroup,
    first_block: usize,
    blocks: usize,
}

/// The groups each of whose lines `blocks` hold unchanged, in a row, or that [`StrayPunctuation`]
/// took (`strays`: the spans it removed), with at least one line kept.
fn kept_line_groups<'g>(
    blocks: &[Block],
    groups: &'g [LineGroup],
    strays: &HashSet<Range<usize>>,
) -> Vec<KeptGroup<'g>> {
    let mut kept = Vec::new();
    let mut at = 0;
    for group in groups {
        while blocks.get(at).is_some_and(|block| {
            block
                .span
                .as_ref()
                .is_none_or(|s| s.start < group.span.start)
        }) {
            at += 1;
        }
        let mut next = at;
        let whole = group.lines.iter().all(|line| {
            let holds = blocks.get(next).is_some_and(|block| {
                block.span.as_ref() == Some(line) && block.text.len() == line.len()
            });
            next += usize::from(holds);
            holds || strays.contains(line)
        });
        if whole && next > at {
            kept.push(KeptGroup {
                group,
                first_block: at,
                blocks: next - at,
            });
            at = next;
        }
    }
    kept
}
