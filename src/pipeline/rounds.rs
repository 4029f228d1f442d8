//! What every entry point ends with: the cleaners in rounds until a round removes nothing, the
//! normalizers, and the [`Article`].

use super::text::{rejoin_line_groups, with_furniture};
use super::{emptied, Pipeline, BOX_REMNANT, PAGE_HEADER};
use crate::article::{Article, InputKind, InputReading};
use crate::block::{Block, BlockKind};
use crate::cleaners::context::Pass;
use crate::cleaners::{
    is_chrome_mark, is_footer_mark, BlockContext, Verdict, MAX_CHROME_MARK_WORDS,
    MAX_FOOTER_MARK_WORDS,
};
use crate::document::{BlockKey, Document, TitleSource};
use crate::error::Error;
use crate::language::Detection;
use crate::measure::ends_sentence;
use crate::normalize::{self, NormalizeContext};
use crate::phrases::Lang;
use crate::removal::{Reason, Removal};
use crate::stage_timings::{timed, Stage};
use crate::text::{box_remnants, has_site_separator, page_header, reads_as_preformatted};
use crate::text::{word_count, Evidence, Measured, StockMarks};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// A first block longer than this is a paragraph, not a headline, so text input gets no title from it.
const MAX_TITLE_WORDS: usize = 40;

/// Rounds of cleaning before the pipeline stops looking for a fixed point. Each round that changes
/// anything removes at least one block, and in practice the second round finds nothing more.
const MAX_CLEANING_ROUNDS: usize = 8;

/// Times the cleaners may run again because the text they kept reads as another language than the
/// whole input did. One shift is the common case (menus or CSS outweighed the article); a second
/// covers text whose reading moves once more when a block goes; past that the last reading stands.
const MAX_LANGUAGE_SHIFTS: usize = 2;

/// For each stage of the cleaning loop, the number of removals the document had when the stage last
/// judged every block and removed nothing (`None`: not since its last removal).
struct Settled {
    cleaners: Vec<Option<usize>>,
    locator: Option<usize>,
}

impl Pipeline {
    /// Runs the cleaners and normalizers on a document and assembles the article.
    pub(crate) fn finish(&self, mut document: Document) -> Result<Article, Error> {
        // Whether the language is detected here, from the text (not given, nor declared by the page).
        let detects = self.language.is_none() && document.meta.language.is_none();
        let mut detection = None;
        let lang = timed(Stage::Language, || {
            self.document_language(&mut document, &mut detection)
        });
        timed(Stage::Cleaners, || self.run_cleaners(&mut document, lang));
        let lang = match detects && self.detect_language {
            true => self.settle_language(&mut document, lang, detection.unwrap_or_default()),
            false => lang,
        };
        if document.text_input.is_none() {
            // Read once the cleaners have spoken: they may have taken the box under the heading.
            crate::extract::drop_orphan_heading(&mut document.blocks, &mut document.removals);
        }
        let mut article = std::mem::take(&mut document.meta);
        article.removals = std::mem::take(&mut document.removals);
        let mut blocks = document.blocks;
        let read_as_text = document.text_input.is_some();
        match document.title {
            TitleSource::Declared(title) => article.title = title,
            TitleSource::FirstBlock => {
                if blocks.len() > 1 && is_headline(&blocks[0]) {
                    article.title = Some(blocks.remove(0).text);
                    article.sources.title = Some("text:first-block");
                }
            }
        }
        // A lone block is never the title (above): a line of punctuation given back beside it would
        // make it one when the output is read again.
        let restore_strays = article.title.is_some() || blocks.len() > 1;
        let mut blocks = rejoin_line_groups(
            blocks,
            &document.line_groups,
            &mut article.removals,
            restore_strays,
        );
        if !self.inline_markup {
            // Collected only for a cleaner (`Focus::Precision`), not asked for in the output.
            blocks.iter_mut().for_each(|b| b.inlines = Vec::new());
        }
        timed(Stage::Normalizers, || {
            self.run_normalizers(&mut article, blocks, lang, read_as_text)
        });
        if article.blocks.is_empty() && article.title.as_deref().is_none_or(str::is_empty) {
            return Err(Error::NoArticle {
                reason: no_article_reason(&article),
            });
        }
        Ok(article)
    }

    /// The language the cleaners and normalizers work in: the caller's, the page's (as the DOM stage
    /// settled it: the declared one, unless the article's text reliably reads as another language with
    /// phrase lists), or the one detected from the text; recorded on the article. `None` when unknown
    /// or when copydesk has no phrase lists for it: then every list applies.
    /// A language detected here leaves in `detection` what it read (see [`Detection`]).
    fn document_language(
        &self,
        document: &mut Document,
        detection: &mut Option<Detection>,
    ) -> Option<Lang> {
        if let Some(lang) = self.language {
            if document.meta.language.is_none() {
                let tag = self.language_tag.as_deref().unwrap_or(lang.code());
                document.meta.language = Some(tag.to_string());
                document.meta.sources.language = Some("option");
            }
            return Some(lang);
        }
        if let Some(declared) = document.meta.language.as_deref() {
            return Lang::from_code(declared);
        }
        if !self.detect_language {
            return None;
        }
        // Read as the kept text will be (a page's headline, then its blocks), so that when cleaning
        // leaves the sampled text as it was, the check in `settle_language` needs no second guess.
        let detected = detection
            .insert(Detection::of(read_for_language(document)))
            .answer()?;
        document.meta.language = Some(detected.to_string());
        document.meta.sources.language = Some("detected");
        Lang::from_code(detected)
    }

    /// Runs the body locator (text mode) and the cleaners in rounds until a round removes nothing (at most
    /// [`MAX_CLEANING_ROUNDS`]).
    ///
    /// Cleaners judge blocks in context (where the prose starts, what stands next to a block), and a
    /// removal changes the context of the blocks around it. Running to a fixed point makes the result
    /// the same as cleaning the result again.
    fn run_cleaners(&self, document: &mut Document, lang: Option<Lang>) {
        // A block's key depends on its text alone: computed once, kept beside the block while it survives.
        let mut folded = BlockKey::all(&document.blocks);
        let locate_body = match document.text_input {
            None => false,
            Some((said, apart)) => {
                // The page as it came, the batch's furniture included.
                let reading = match with_furniture(document, &folded) {
                    Some(page) => read_input(said, apart, &page.blocks, &page.keys, lang),
                    None => read_input(said, apart, &document.blocks, &folded, lang),
                };
                let page = reading.kind == InputKind::Page;
                document.meta.input = Some(match document.meta.input.take() {
                    // A page read without a tree keeps the reading that says so.
                    Some(dense) if dense.decided_by == crate::extract::DENSE_MARKUP => dense,
                    // A text read in joined lines says so before what its reading rests on.
                    Some(joined) => InputReading {
                        evidence: format!("{}; {}", joined.evidence, reading.evidence),
                        ..reading
                    },
                    None => reading,
                });
                if self.locate_body {
                    self.cut_comment_thread(document, &mut folded);
                }
                page && self.locate_body
            }
        };
        self.clean_rounds(document, &mut folded, lang, locate_body);
    }

    /// The language detected from the whole input, checked against the text the cleaners kept: when
    /// that reads as another language (or as none), the cleaners run again in it, and it is recorded.
    /// Lines of CSS or markup, or a menu, can decide what the whole input reads as; cleaning the
    /// article's own text reads it without them, and would otherwise judge it with other phrase lists
    /// (at most [`MAX_LANGUAGE_SHIFTS`] times: blocks removed under one language stay removed). The
    /// body locator does not run again: the kept text is the body it located.
    /// `detection` is what the whole input's detection read: kept text that samples the same reads
    /// the same, without a second guess.
    fn settle_language(
        &self,
        document: &mut Document,
        mut lang: Option<Lang>,
        mut detection: Detection,
    ) -> Option<Lang> {
        for _ in 0..MAX_LANGUAGE_SHIFTS {
            let kept = timed(Stage::Language, || {
                detection.again(read_for_language(document))
            });
            if kept == document.meta.language.as_deref() {
                break;
            }
            document.meta.language = kept.map(str::to_string);
            document.meta.sources.language = kept.map(|_| "detected");
            let was = lang;
            lang = kept.and_then(Lang::from_code);
            if lang != was {
                let mut folded = BlockKey::all(&document.blocks);
                timed(Stage::Cleaners, || {
                    self.clean_rounds(document, &mut folded, lang, false)
                });
            }
        }
        lang
    }

    /// The cleaning rounds of [`run_cleaners`](Self::run_cleaners), to a fixed point.
    fn clean_rounds(
        &self,
        document: &mut Document,
        folded: &mut Vec<BlockKey>,
        lang: Option<Lang>,
        locate_body: bool,
    ) {
        // A stage's verdicts depend on the blocks alone, and the blocks change only with a removal: a
        // stage that removed nothing when the document had `n` removals would remove nothing again
        // while it still has `n`. So the confirming round runs only the stages that have not yet seen
        // the final blocks, and the result is the same as running them all.
        let mut settled = Settled {
            cleaners: vec![None; self.cleaners.len()],
            locator: None,
        };
        for _ in 0..MAX_CLEANING_ROUNDS {
            let removed_before = document.removals.len();
            if locate_body && settled.locator != Some(removed_before) {
                self.keep_located_body(document, folded, lang);
                if document.removals.len() == removed_before {
                    settled.locator = Some(removed_before);
                }
            }
            self.run_cleaning_round(document, folded, lang, &mut settled.cleaners);
            if self.box_remnants && document.text_input.is_some() {
                drop_box_remnants(document, folded);
            }
            if self.page_header && !locate_body && reads_as_detected_article(document) {
                drop_page_header(document, folded);
            }
            if document.removals.len() == removed_before {
                break;
            }
        }
    }

    /// Runs each cleaner once over all blocks, applying each cleaner's verdicts at once.
    fn run_cleaning_round(
        &self,
        document: &mut Document,
        folded: &mut Vec<BlockKey>,
        lang: Option<Lang>,
        settled: &mut [Option<usize>],
    ) {
        let declared = match &document.title {
            TitleSource::FirstBlock => None,
            TitleSource::Declared(title) => Some(title.clone()),
        };
        // What a pass knows of the blocks (prose counts, copies, folds) depends on them alone: made
        // once, and again only after a cleaner removed something.
        let declared = declared.as_ref().map(|t| t.as_deref());
        let mut pass: Option<Pass<'_>> = None;
        // One list of verdicts for every cleaner of the round, emptied and filled again: a list of
        // its own for each cleaner was about 9,000 allocations of 4.5 KB a round of the modern
        // bench, each written once and freed.
        let mut verdicts: Vec<Verdict> = Vec::new();
        for (c, (cleaner, settled)) in self.cleaners.iter().zip(settled).enumerate() {
            if document.blocks.is_empty() {
                break;
            }
            if *settled == Some(document.removals.len()) {
                continue;
            }
            verdicts.clear();
            {
                let pass = pass.get_or_insert_with(|| Pass::new(&document.blocks, folded));
                // Made once, moved from block to block.
                let mut cx = BlockContext::in_pass(pass, 0, declared, lang);
                // A cleaner that judges a block alone keeps a block it kept before while the block
                // is unchanged (its key stays with it): in text input not the first block, the
                // title candidate, whose place may have been another block's when it was judged.
                let alone = cleaner.judges_block_alone();
                verdicts.extend((0..document.blocks.len()).map(|i| {
                    cx.move_to(pass, i);
                    let remembered = alone && !cx.is_title_candidate();
                    if remembered && folded[i].kept_alone_by(c) {
                        return Verdict::Keep;
                    }
                    // A data table's row belongs to its table, which the DOM stage judged
                    // whole (see `Cleaner::judges_table_rows`).
                    let verdict = match document.blocks[i].kind == BlockKind::TableRow {
                        true if !cleaner.judges_table_rows() => Verdict::Keep,
                        _ => cleaner.check(&document.blocks[i], &cx),
                    };
                    if remembered && verdict.is_keep() {
                        folded[i].remember_kept_alone_by(c);
                    }
                    verdict
                }));
            }
            if verdicts.iter().all(Verdict::is_keep) {
                *settled = Some(document.removals.len());
                continue;
            }
            pass = None;
            let blocks = std::mem::take(&mut document.blocks);
            let keys = std::mem::take(folded);
            document.blocks.reserve(blocks.len());
            folded.reserve(blocks.len());
            for ((block, key), verdict) in blocks.into_iter().zip(keys).zip(verdicts.drain(..)) {
                match verdict {
                    Verdict::Keep => {
                        document.blocks.push(block);
                        folded.push(key);
                    }
                    Verdict::Drop(reason) => document.removals.push(Removal {
                        stage: cleaner.name(),
                        reason,
                        text: block.text,
                        span: block.span,
                    }),
                    Verdict::Cut(range, reason) => match cut(&block, range) {
                        Some((kept, removed_text, removed_span)) => {
                            document.removals.push(Removal {
                                stage: cleaner.name(),
                                reason,
                                text: removed_text,
                                span: removed_span,
                            });
                            if let Some(kept) = kept {
                                folded.push(BlockKey::of(&kept));
                                document.blocks.push(kept);
                            }
                        }
                        None => {
                            document.blocks.push(block);
                            folded.push(key);
                        }
                    },
                }
            }
        }
    }

    /// Normalizes the title and every block, records the changes, and drops blocks left empty.
    /// `read_as_text`: the blocks were read from text (text input, or a page read without a tree), so
    /// a preformatted block is one by its shape and spacing alone.
    fn run_normalizers(
        &self,
        article: &mut Article,
        blocks: Vec<Block>,
        lang: Option<Lang>,
        read_as_text: bool,
    ) {
        // The full tag (its region: Swiss guillemets) when it names the language the normalizers use.
        let tag = self
            .language_tag
            .as_deref()
            .or(article.language.as_deref())
            .filter(|tag| lang.is_some() && Lang::from_code(tag) == lang)
            .map(str::to_string);
        let tag = tag.as_deref();
        if let Some(title) = article.title.as_mut() {
            let cx = NormalizeContext::new(BlockKind::Heading, lang).with_tag(tag);
            for normalizer in &self.normalizers {
                normalize::apply(normalizer.as_ref(), title, &cx, None, &mut article.changes);
            }
        }
        for mut block in blocks {
            let index = article.blocks.len();
            let mark = emptied::ChangeMark::of(&article.changes);
            let original = emptied::original_if_at_risk(&block);
            let preformatted =
                (read_as_text && block.kind == BlockKind::Preformatted).then(|| block.text.clone());
            let mut emptied_by = self.normalize_block(&mut block, index, lang, tag, article);
            // Normalizing may change how a block read from text reads: a line that only a control
            // character or a mis-decoded ending kept from reading as prose reads as prose once they
            // are repaired. A second reading of the output takes it for a paragraph, so this one
            // does too, and normalizes it as one (its indentation goes).
            if preformatted.is_some_and(|was| was != block.text)
                && !block.text.is_empty()
                && !reads_as_preformatted(&block.text)
            {
                block.kind = BlockKind::Paragraph;
                emptied_by = self
                    .normalize_block(&mut block, index, lang, tag, article)
                    .or(emptied_by);
            }
            // The markup's texts go through the same edits, to be found in the block's text again.
            let cx = NormalizeContext::new(block.kind, lang).with_tag(tag);
            for inline in &mut block.inlines {
                for normalizer in &self.normalizers {
                    let scratch = &mut Vec::new();
                    normalize::apply(normalizer.as_ref(), &mut inline.text, &cx, None, scratch);
                }
            }
            if block.text.is_empty() {
                if let Some(emptied_by) = emptied_by {
                    emptied::record(article, block, original, emptied_by, &mark);
                }
                continue;
            }
            article.blocks.push(block);
        }
    }
}

impl Pipeline {
    /// Runs every normalizer on one block's text (the article's block `index`), recording the changes;
    /// returns the normalizer that left a text empty, if one did.
    fn normalize_block(
        &self,
        block: &mut Block,
        index: usize,
        lang: Option<Lang>,
        tag: Option<&str>,
        article: &mut Article,
    ) -> Option<&'static str> {
        let cx = NormalizeContext::new(block.kind, lang).with_tag(tag);
        let mut emptied_by = None;
        for normalizer in &self.normalizers {
            let was_empty = block.text.is_empty();
            normalize::apply(
                normalizer.as_ref(),
                &mut block.text,
                &cx,
                Some(index),
                &mut article.changes,
            );
            if !was_empty && block.text.is_empty() {
                emptied_by = Some(normalizer.name());
            }
        }
        emptied_by
    }
}

/// [`InputReading::decided_by`] of a text whose situation was read from the text itself (not said by
/// the caller).
const READ_FROM_THE_TEXT: &str = "detected";

/// How a text input is read: as the caller said, or from the evidence of its blocks (see
/// [`Evidence`]).
fn read_input(
    said: InputKind,
    short_lines_apart: f64,
    blocks: &[Block],
    keys: &[BlockKey],
    lang: Option<Lang>,
) -> InputReading {
    let words: Vec<usize> = keys.iter().map(|k| k.words).collect();
    let measured = Measured::new(blocks, &words, Some(keys));
    let evidence = Evidence::of(
        &measured,
        lang,
        short_lines_apart,
        stock_marks(blocks, keys, lang),
    );
    let (kind, decided_by) = match said {
        InputKind::Auto => (evidence.kind(), READ_FROM_THE_TEXT),
        said => (said, "option"),
    };
    InputReading {
        kind,
        decided_by,
        evidence: evidence.describe(),
    }
}

/// The different footer marks among `blocks` ([`is_footer_mark`]: footer links, rights lines) and
/// the different chrome marks, the footer's and the other stock lines of a page's chrome
/// ([`is_chrome_mark`]): each counted once however often it stands (a shop's "Support" under every
/// product is one).
fn stock_marks(blocks: &[Block], keys: &[BlockKey], lang: Option<Lang>) -> StockMarks {
    let mut footer: FxHashSet<&str> = FxHashSet::default();
    let mut other: FxHashSet<&str> = FxHashSet::default();
    for (block, key) in blocks.iter().zip(keys) {
        // A paragraph is folded only when it is short enough to be a mark.
        if key.words > MAX_FOOTER_MARK_WORDS {
            continue;
        }
        let folded = key.folded(block);
        if is_footer_mark(&block.text, folded) {
            footer.insert(folded);
        } else if key.words <= MAX_CHROME_MARK_WORDS && is_chrome_mark(key.phrase_hits(block), lang)
        {
            other.insert(folded);
        }
    }
    StockMarks {
        footer: footer.len(),
        chrome: footer.len() + other.len(),
    }
}

/// Why an article came out empty, for [`Error::NoArticle`].
fn no_article_reason(article: &Article) -> String {
    let left_empty = |r: &&Removal| r.reason == Reason::Pattern(emptied::LEFT_EMPTY);
    let emptied = article.removals.iter().filter(left_empty).count();
    if article.removals.len() > emptied {
        format!(
            "every block was removed as cruft ({} removals); clean with fewer cleaners, or read why each \
             was removed (Article::removals, --explain in the example binary) on a trimmed copy",
            article.removals.len() - emptied
        )
    } else if emptied > 0 || !article.changes.is_empty() {
        "its only text was invisible or control characters, which normalizing removed".into()
    } else {
        "the document holds no visible text, only markup, scripts or styles; check that it is the \
         article page and not a script-rendered shell"
            .into()
    }
}

/// A first block that can stand as the headline: short, and not a sentence closed by a full stop
/// (headlines may end in "?" or "!", rarely in "."), unless it is written in title case ("The Hottest
/// Markets in the U.S.", "Hair Follicles Grown in the Lab for the First Time."), as headlines are and
/// sentences are not. A line without a letter or a digit ("...", "* * *") is no headline, nor is a
/// long one that closes a sentence in any way and is not in title case ("… the worry that comes
/// back every spring: “Why did my seedlings wilt overnight?”"): an article handed over without its
/// headline opens with its first paragraph, often a question to the reader. A short line in the
/// shape of a page's `<title>` is a headline however it ends ("Product Hunt – The best new products
/// in tech.", [`has_site_separator`]): an article's text printed with its title opens so. A
/// sentence that runs on into the next block ("I get emails every day asking:", "As the philosopher
/// says in his book,") is the article's opening, not its headline ([`leads_into_next`]).
pub(super) fn is_headline(block: &Block) -> bool {
    let text = block.text.trim_end();
    let words = word_count(text);
    matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading)
        && text.chars().any(char::is_alphanumeric)
        && words <= MAX_TITLE_WORDS
        && !leads_into_next(text, words)
        && ((text.ends_with("...") || !text.ends_with(['.', '。']))
            && !is_long_sentence(text, words)
            || is_title_case(text)
            || words <= MAX_SENTENCE_TITLE_WORDS && has_site_separator(text))
}

/// Words up to which a line ending in a colon may be a label standing as the headline ("Key
/// Takeaways:", "Search:"): what it introduces is no part of a sentence.
const MAX_LABEL_WORDS: usize = 3;

/// Whether `text`, of `words` words, is a sentence that goes on in the next block: it ends in a
/// comma or a semicolon, or in a colon after more words than a label has and not in title case (a
/// headline ending in a colon is written as one). A page title's " :: " separator is no colon.
fn leads_into_next(text: &str, words: usize) -> bool {
    let text = text.trim_end_matches(['"', '\'', '”', '’', ')', ' ']);
    let Some(last) = text.chars().next_back() else {
        return false;
    };
    match last {
        ',' | ';' | '，' | '；' => true,
        ':' | '：' => !text.ends_with("::") && words > MAX_LABEL_WORDS && !is_title_case(text),
        _ => false,
    }
}

/// Whether `text`, of `words` words, closes a sentence past [`MAX_SENTENCE_TITLE_WORDS`].
fn is_long_sentence(text: &str, words: usize) -> bool {
    words > MAX_SENTENCE_TITLE_WORDS && ends_sentence(text)
}

/// Words past which a first block that closes a sentence ("?", "!", "…", a full stop inside
/// quotes or brackets) is the article's opening paragraph, not its headline: question headlines
/// run to a dozen words or so. Measured on article containers' first blocks (see the CHANGELOG):
/// every such block over twenty words was the article's first paragraph.
const MAX_SENTENCE_TITLE_WORDS: usize = 20;

/// Words of four letters or more that must open with a capital, in a share of at least
/// [`TITLE_CASE_SHARE`], for a line to be in title case; shorter words ("in", "the", "for") are
/// left lower case by most house styles.
const TITLE_CASE_MIN_LETTERS: usize = 4;

/// Longer words a line needs to be read as title case: a short line of names is no evidence.
const TITLE_CASE_MIN_WORDS: usize = 3;

/// Share of a line's longer words that open with a capital in title case.
const TITLE_CASE_SHARE: f64 = 0.8;

/// Whether `text` is in title case: most of its longer words open with a capital, and it has at least
/// three of them (a short line of names is no evidence).
fn is_title_case(text: &str) -> bool {
    let long_words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= TITLE_CASE_MIN_LETTERS)
        .collect();
    let capitalized = long_words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    long_words.len() >= TITLE_CASE_MIN_WORDS
        && capitalized as f64 >= TITLE_CASE_SHARE * long_words.len() as f64
}

/// Applies a cut verdict: the kept rest of the block (if any text is left), the removed text and its span.
/// `None` when the range is empty, out of bounds or off a character boundary.
#[allow(clippy::type_complexity)]
fn cut(
    block: &Block,
    range: Range<usize>,
) -> Option<(Option<Block>, String, Option<Range<usize>>)> {
    let text = &block.text;
    let Range { start, end } = range;
    if start >= end
        || end > text.len()
        || !text.is_char_boundary(start)
        || !text.is_char_boundary(end)
    {
        return None;
    }
    // Spans can be shifted only when the block's text is its input slice byte for byte; otherwise
    // (markup, joined lines) both parts keep the block's span, which holds their words.
    let located = block.span.clone().filter(|s| s.len() == text.len());
    let removed_span = match &located {
        Some(s) => Some(s.start + start..s.start + end),
        None => block.span.clone(),
    };
    let before = &text[..start];
    let after = &text[end..];
    let kept_text = format!("{}{}", before.trim_end(), after.trim_start());
    let kept_text = if before.trim().is_empty() || after.trim().is_empty() {
        kept_text.trim().to_string()
    } else {
        format!("{} {}", before.trim(), after.trim())
    };
    let kept = (!kept_text.is_empty()).then(|| {
        // A rest on one side is its own slice; a rest on both sides, or a block whose text is not
        // its slice, keeps the block's span.
        let span = match located {
            Some(s) if before.trim().is_empty() => {
                let lead = after.len() - after.trim_start().len();
                Some(s.start + end + lead..s.start + end + lead + kept_text.len())
            }
            Some(s) if after.trim().is_empty() => {
                let lead = before.len() - before.trim_start().len();
                Some(s.start + lead..s.start + lead + kept_text.len())
            }
            _ => block.span.clone(),
        };
        // What is left of preformatted text may read as a plain line (a heading after a cut breadcrumb):
        // then it is a paragraph, as a second reading of the output takes it.
        let kind = match block.kind {
            BlockKind::Preformatted if !reads_as_preformatted(&kept_text) => BlockKind::Paragraph,
            kind => kind,
        };
        let mut kept = Block::new(kind, kept_text);
        kept.span = span;
        kept.inlines = block.inlines.clone(); // found again by their text: see `Block::markup`
        kept
    });
    Some((kept, text[range].to_string(), removed_span))
}

/// The texts language detection reads of a document: its declared headline (a page's), then its
/// blocks, as cleaning the article's own text again reads them.
fn read_for_language(document: &Document) -> impl Iterator<Item = &str> {
    let title = match &document.title {
        TitleSource::Declared(title) => title.as_deref(),
        TitleSource::FirstBlock => None,
    };
    title
        .into_iter()
        .chain(document.blocks.iter().map(|b| b.text.as_str()))
}

/// Whether the document is text the situation detector read as an article (not a page, and not so
/// said by the caller: an article the caller vouches for keeps every line a cleaner does not take).
fn reads_as_detected_article(document: &Document) -> bool {
    document.text_input.is_some()
        && document
            .meta
            .input
            .as_ref()
            .is_some_and(|r| r.kind == InputKind::Article && r.decided_by == READ_FROM_THE_TEXT)
}

/// Text mode, a text read as an article: drops a page's header above its first prose
/// ([`page_header`]), recording each block under [`PAGE_HEADER`]. A first block kept as the title
/// stays.
fn drop_page_header(document: &mut Document, folded: &mut Vec<BlockKey>) {
    if folded.len() != document.blocks.len() {
        return;
    }
    let from = match document.title {
        TitleSource::FirstBlock => usize::from(document.blocks.first().is_some_and(is_headline)),
        TitleSource::Declared(_) => 0,
    };
    let header = {
        let words: Vec<usize> = folded.iter().map(|k| k.words).collect();
        let m = Measured::new(&document.blocks, &words, Some(folded));
        page_header(&m, from)
    };
    if header.is_empty() {
        return;
    }
    let removed: Vec<Block> = document.blocks.drain(header.clone()).collect();
    folded.drain(header);
    for block in removed {
        document.removals.push(Removal {
            stage: PAGE_HEADER,
            reason: Reason::Pattern(
                "a page's header: ten or more short lines above the first prose",
            ),
            text: block.text,
            span: block.span,
        });
    }
}

/// Text mode: drops what is left of the boxes a cleaner took part of ([`box_remnants`]), recording
/// each as a removal of the "box-remnant" stage.
fn drop_box_remnants(document: &mut Document, folded: &mut Vec<BlockKey>) {
    let first_is_title = matches!(document.title, TitleSource::FirstBlock);
    let remnants = box_remnants(&document.blocks, &document.removals, first_is_title);
    if remnants.is_empty() || folded.len() != document.blocks.len() {
        return;
    }
    // One pass over the blocks (not a `Vec::remove` per remnant, which is quadratic in a text with
    // many boxes); `remnants` is sorted.
    let mut next = remnants.iter().copied().peekable();
    let blocks = std::mem::take(&mut document.blocks);
    let keys = std::mem::take(folded);
    for (index, (block, key)) in blocks.into_iter().zip(keys).enumerate() {
        if next.next_if_eq(&index).is_some() {
            document.removals.push(Removal {
                stage: BOX_REMNANT,
                reason: Reason::Pattern(
                    "a short line of a box whose pitch or form a cleaner took beside it",
                ),
                text: block.text,
                span: block.span,
            });
        } else {
            document.blocks.push(block);
            folded.push(key);
        }
    }
}
