//! The pipeline: input → blocks → cleaners → normalizers → [`Article`].

use crate::article::{Article, Block, BlockKind, InputKind, InputReading};
use crate::cleaners::context::{BlockKey, Pass};
use crate::cleaners::{default_cleaners, BlockContext, Cleaner, Verdict};
use crate::error::Error;
use crate::language::detect_language;
use crate::normalize::{
    self, default_normalizers, HouseSpelling, HouseStyle, InvisibleNormalizer, NormalizeContext,
    Normalizer, SpellingTable, Typography, TypographyNormalizer, UnicodeForm, UnicodeNormalizer,
};
use crate::phrases::Lang;
use crate::removal::{Reason, Removal};
use crate::stage_timings::{timed, Stage};
use crate::text::{
    locate_measured, short_lines_apart, split_blocks, word_count, Evidence, Measured,
};
use std::ops::Range;
use std::sync::Arc;

/// The default size limit: pages past this are almost always data dumps or attacks, not articles.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// The stage name of text mode's body locator in removal records and in [`PipelineBuilder::remove`].
pub const BODY_LOCATOR: &str = "body-locator";

/// Blocks the body locator leaves out are credited to the cleaner that would drop them when they stand
/// at most this many blocks before or after the located article (by default). The cruft a scraped
/// article carries (ad labels, sign-up prompts, share rows, comment forms, tags, "Related" lists) sits
/// next to it; further out lie the page's menus and footers, recorded as "outside the article" without
/// asking every cleaner about each of their lines.
const NAMED_REACH: usize = 12;

/// A first block longer than this is a paragraph, not a headline, so text input gets no title from it.
const MAX_TITLE_WORDS: usize = 40;

/// Rounds of cleaning before the pipeline stops looking for a fixed point. Each round that changes
/// anything removes at least one block, and in practice the second round finds nothing more.
const MAX_CLEANING_ROUNDS: usize = 8;

/// Share of control characters (other than tab and line breaks) past which input is binary, not text.
const MAX_CONTROL_SHARE: f64 = 0.1;

/// How much of a markup document the binary check reads: binary files give themselves away in their
/// first bytes, and reading all of a large page would cost a tenth of parsing it.
const MARKUP_SNIFF_BYTES: usize = 64 * 1024;

/// A configured cleaning pipeline: immutable, `Send + Sync`, built once and shared across threads.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let pipeline = Pipeline::default();
/// let article = pipeline.clean_text("Headline\n\nThe body of the story.\n\nSubscribe to our newsletter\n")?;
/// assert_eq!(article.text(), "Headline\n\nThe body of the story.\n");
/// assert_eq!(article.removals[0].cleaner, "newsletter-prompt");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Pipeline {
    cleaners: Vec<Arc<dyn Cleaner>>,
    normalizers: Vec<Arc<dyn Normalizer>>,
    language: Option<Lang>,
    max_input_bytes: usize,
    locate_body: bool,
    input_kind: InputKind,
    pub(crate) detect_language: bool,
    name_located_cruft: Naming,
}

/// Which blocks left out by the body locator are credited to the cleaner that would drop them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
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

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline {
            cleaners: default_cleaners(),
            normalizers: default_normalizers(),
            language: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            locate_body: true,
            input_kind: InputKind::Auto,
            detect_language: true,
            name_located_cruft: Naming::NearBody,
        }
    }
}

/// For each stage of the cleaning loop, the number of removals the document had when the stage last
/// judged every block and removed nothing (`None`: not since its last removal).
struct Settled {
    cleaners: Vec<Option<usize>>,
    locator: Option<usize>,
}

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
}

impl Pipeline {
    /// A builder starting from the default cleaners and normalizers.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{phrases::Lang, Pipeline};
    ///
    /// let pipeline = Pipeline::builder()
    ///     .remove("timestamp-label")
    ///     .language(Lang::En)
    ///     .max_input_bytes(1 << 20)
    ///     .build()?;
    /// assert!(!pipeline.cleaner_names().contains(&"timestamp-label"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::new()
    }

    /// Names of the cleaners, in the order they run.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(copydesk::Pipeline::default().cleaner_names().contains(&"ad-label"));
    /// ```
    pub fn cleaner_names(&self) -> Vec<&'static str> {
        self.cleaners.iter().map(|c| c.name()).collect()
    }

    /// Names of the normalizers, in the order they run.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::Pipeline::default().normalizer_names(), ["unicode", "invisible", "whitespace"]);
    /// ```
    pub fn normalizer_names(&self) -> Vec<&'static str> {
        self.normalizers.iter().map(|n| n.name()).collect()
    }

    /// Cleans plain text: a scraped article, or a whole page's text, cruft and all.
    ///
    /// The text is split into blocks at blank lines and at lines that stand alone; the first block that
    /// survives cleaning becomes the title when it is short enough to be one.
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
        let blocks = split_blocks(text);
        let apart = short_lines_apart(text, &blocks);
        Ok(Document {
            blocks,
            title: TitleSource::FirstBlock,
            removals: Vec::new(),
            meta: Article::default(),
            text_input: Some((self.input_kind, apart)),
        })
    }

    /// Whole-page text: keeps the article's run of prose (and the page's first line when it can be the
    /// title), recording every other block as a removal of the "body-locator" stage.
    fn keep_located_body(
        &self,
        document: &mut Document,
        keys: &mut Vec<BlockKey>,
        lang: Option<Lang>,
    ) {
        let words: Vec<usize> = keys.iter().map(|k| k.words).collect();
        let measured = Measured {
            blocks: &document.blocks,
            words: &words,
            keys: Some(keys),
        };
        let Some(body) = locate_measured(&measured, lang) else {
            return;
        };
        let keep_first = document.blocks.first().is_some_and(is_headline);
        let outside = |i: usize| !(body.contains(&i) || (i == 0 && keep_first));
        if !(0..document.blocks.len()).any(outside) {
            return;
        }
        let verdicts: Vec<Option<(&'static str, Reason)>> = {
            let pass = Pass::new(&document.blocks, keys);
            (0..document.blocks.len())
                .map(|i| {
                    outside(i).then(|| {
                        if self.name_located_cruft.names(i, &body) {
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
                Some((cleaner, reason)) => document.removals.push(Removal {
                    cleaner,
                    reason,
                    text: block.text,
                    span: block.span,
                }),
            }
        }
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

    /// Size, emptiness and binary checks shared by every input.
    pub(crate) fn check_input(&self, text: &str) -> Result<(), Error> {
        self.check_input_with(text, true)
    }

    /// The input checks; `nul_is_binary` says whether one NUL byte already makes the input binary
    /// (text), or whether NULs count as control characters only (markup, where parsers drop them;
    /// there only the first [`MARKUP_SNIFF_BYTES`] are looked at, as `file(1)` sniffs a prefix).
    pub(crate) fn check_input_with(&self, text: &str, nul_is_binary: bool) -> Result<(), Error> {
        if text.len() > self.max_input_bytes {
            return Err(Error::TooLarge {
                size: text.len(),
                limit: self.max_input_bytes,
            });
        }
        if text.trim().is_empty() {
            return Err(Error::EmptyInput);
        }
        // Counted on bytes: every character starts with a non-continuation byte, C0 controls and DEL
        // are single bytes, and C1 controls (U+0080–U+009F) are 0xC2 followed by 0x80–0x9F.
        let bytes = if nul_is_binary {
            text.as_bytes()
        } else {
            &text.as_bytes()[..text.len().min(MARKUP_SNIFF_BYTES)]
        };
        if nul_is_binary && memchr::memchr(0, bytes).is_some() {
            return Err(Error::NotText {
                reason: "it holds NUL bytes".into(),
            });
        }
        let chars = count_bytes(bytes, |b| b & 0xC0 != 0x80);
        // Tab, line feed, form feed and carriage return are the C0 characters text may hold.
        let c0 = count_bytes(bytes, |b| {
            let text_c0 = (b == b'\t') | (b == b'\n') | (b == 0x0C) | (b == b'\r');
            ((b < 0x20) & !text_c0) | (b == 0x7F)
        });
        let c1 = memchr::memchr_iter(0xC2, bytes)
            .filter(|&k| bytes.get(k + 1).is_some_and(|n| (0x80..0xA0).contains(n)))
            .count();
        let controls = c0 + c1;
        if controls as f64 > MAX_CONTROL_SHARE * chars as f64 {
            return Err(Error::NotText {
                reason: format!("{controls} of its {chars} characters are control characters"),
            });
        }
        Ok(())
    }

    /// The size limit in bytes.
    pub(crate) fn max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// Runs the cleaners and normalizers on a document and assembles the article.
    pub(crate) fn finish(&self, mut document: Document) -> Result<Article, Error> {
        let lang = timed(Stage::Language, || self.document_language(&mut document));
        timed(Stage::Cleaners, || self.run_cleaners(&mut document, lang));
        let mut article = std::mem::take(&mut document.meta);
        article.removals = std::mem::take(&mut document.removals);
        let mut blocks = document.blocks;
        match document.title {
            TitleSource::Declared(title) => article.title = title,
            TitleSource::FirstBlock => {
                if blocks.len() > 1 && is_headline(&blocks[0]) {
                    article.title = Some(blocks.remove(0).text);
                    article.sources.title = Some("text:first-block");
                }
            }
        }
        timed(Stage::Normalizers, || {
            self.run_normalizers(&mut article, blocks, lang)
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
    fn document_language(&self, document: &mut Document) -> Option<Lang> {
        if let Some(lang) = self.language {
            if document.meta.language.is_none() {
                document.meta.language = Some(lang.code().to_string());
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
        let detected = detect_language(&document.blocks)?;
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
        // A stage's verdicts depend on the blocks alone, and the blocks change only with a removal: a
        // stage that removed nothing when the document had `n` removals would remove nothing again
        // while it still has `n`. So the confirming round runs only the stages that have not yet seen
        // the final blocks, and the result is the same as running them all.
        let mut settled = Settled {
            cleaners: vec![None; self.cleaners.len()],
            locator: None,
        };
        let locate_body = match document.text_input {
            None => false,
            Some((said, apart)) => {
                let reading = read_input(said, apart, &document.blocks, &folded, lang);
                let page = reading.kind == InputKind::Page;
                document.meta.input = Some(reading);
                page && self.locate_body
            }
        };
        for _ in 0..MAX_CLEANING_ROUNDS {
            let removed_before = document.removals.len();
            if locate_body && settled.locator != Some(removed_before) {
                self.keep_located_body(document, &mut folded, lang);
                if document.removals.len() == removed_before {
                    settled.locator = Some(removed_before);
                }
            }
            self.run_cleaning_round(document, &mut folded, lang, &mut settled.cleaners);
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
        for (cleaner, settled) in self.cleaners.iter().zip(settled) {
            if document.blocks.is_empty() {
                break;
            }
            if *settled == Some(document.removals.len()) {
                continue;
            }
            let verdicts: Vec<Verdict> = {
                let pass = Pass::new(&document.blocks, folded);
                let declared = declared.as_ref().map(|t| t.as_deref());
                (0..document.blocks.len())
                    .map(|i| {
                        let cx = BlockContext::in_pass(&pass, i, declared, lang);
                        cleaner.check(&document.blocks[i], &cx)
                    })
                    .collect()
            };
            if verdicts.iter().all(Verdict::is_keep) {
                *settled = Some(document.removals.len());
                continue;
            }
            let blocks = std::mem::take(&mut document.blocks);
            let keys = std::mem::take(folded);
            document.blocks.reserve(blocks.len());
            folded.reserve(blocks.len());
            for ((block, key), verdict) in blocks.into_iter().zip(keys).zip(verdicts) {
                match verdict {
                    Verdict::Keep => {
                        document.blocks.push(block);
                        folded.push(key);
                    }
                    Verdict::Drop(reason) => document.removals.push(Removal {
                        cleaner: cleaner.name(),
                        reason,
                        text: block.text,
                        span: block.span,
                    }),
                    Verdict::Cut(range, reason) => match cut(&block, range) {
                        Some((kept, removed_text, removed_span)) => {
                            document.removals.push(Removal {
                                cleaner: cleaner.name(),
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
    fn run_normalizers(&self, article: &mut Article, blocks: Vec<Block>, lang: Option<Lang>) {
        if let Some(title) = article.title.as_mut() {
            let cx = NormalizeContext::new(BlockKind::Heading, lang);
            for normalizer in &self.normalizers {
                normalize::apply(normalizer.as_ref(), title, &cx, None, &mut article.changes);
            }
        }
        for mut block in blocks {
            let index = article.blocks.len();
            let first_change = article.changes.len();
            let cx = NormalizeContext::new(block.kind, lang);
            for normalizer in &self.normalizers {
                normalize::apply(
                    normalizer.as_ref(),
                    &mut block.text,
                    &cx,
                    Some(index),
                    &mut article.changes,
                );
            }
            if block.text.is_empty() {
                // Its text went into the changes just recorded; they now belong to no block.
                for change in &mut article.changes[first_change..] {
                    change.block = None;
                }
                continue;
            }
            article.blocks.push(block);
        }
    }
}

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
    let measured = Measured {
        blocks,
        words: &words,
        keys: Some(keys),
    };
    let evidence = Evidence::of(&measured, lang, short_lines_apart);
    let (kind, decided_by) = match said {
        InputKind::Auto => (evidence.kind(), "detected"),
        said => (said, "option"),
    };
    InputReading {
        kind,
        decided_by,
        evidence: evidence.describe(),
    }
}

/// The record of a block the body locator leaves out and no cleaner names.
fn outside_the_article() -> (&'static str, Reason) {
    (
        BODY_LOCATOR,
        Reason::Pattern("outside the article's run of prose"),
    )
}

/// Why an article came out empty, for [`Error::NoArticle`].
fn no_article_reason(article: &Article) -> String {
    if !article.removals.is_empty() {
        format!(
            "every block was removed as cruft ({} removals); clean with fewer cleaners, or read why each \
             was removed (Article::removals, --explain in the example binary) on a trimmed copy",
            article.removals.len()
        )
    } else if !article.changes.is_empty() {
        "its only text was invisible or control characters, which normalizing removed".into()
    } else {
        "the document holds no visible text, only markup, scripts or styles; check that it is the \
         article page and not a script-rendered shell"
            .into()
    }
}

/// How many of `bytes` satisfy `test`. Counted in runs of 255 with a byte-wide counter, so the loop
/// vectorizes 16 or 32 bytes at a time: this scans every input.
fn count_bytes(bytes: &[u8], test: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(usize::from(u8::MAX))
        .map(|run| {
            let n = run.iter().fold(0u8, |n, &b| n + u8::from(test(b)));
            usize::from(n)
        })
        .sum()
}

/// A first block that can stand as the headline: short, and not a sentence closed by a full stop
/// (headlines may end in "?" or "!", rarely in ".").
fn is_headline(block: &Block) -> bool {
    let text = block.text.trim_end();
    matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading)
        && word_count(text) <= MAX_TITLE_WORDS
        && (text.ends_with("...") || !text.ends_with(['.', '。']))
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
    // Spans can be shifted only when the block's text is its input slice byte for byte.
    let located = block.span.clone().filter(|s| s.len() == text.len());
    let removed_span = located.as_ref().map(|s| s.start + start..s.start + end);
    let before = &text[..start];
    let after = &text[end..];
    let kept_text = format!("{}{}", before.trim_end(), after.trim_start());
    let kept_text = if before.trim().is_empty() || after.trim().is_empty() {
        kept_text.trim().to_string()
    } else {
        format!("{} {}", before.trim(), after.trim())
    };
    let kept = (!kept_text.is_empty()).then(|| {
        let span = located.and_then(|s| {
            if before.trim().is_empty() {
                let lead = after.len() - after.trim_start().len();
                Some(s.start + end + lead..s.start + end + lead + kept_text.len())
            } else if after.trim().is_empty() {
                let lead = before.len() - before.trim_start().len();
                Some(s.start + lead..s.start + lead + kept_text.len())
            } else {
                None
            }
        });
        Block {
            kind: block.kind,
            text: kept_text,
            span,
        }
    });
    Some((kept, text[range].to_string(), removed_span))
}

/// Builds a [`Pipeline`]: add, remove, replace and reorder cleaners and normalizers, and set options.
///
/// Setters take `&mut self` and chain; mistakes (an unknown stage name, a zero size limit) are reported
/// by [`build`](PipelineBuilder::build).
///
/// # Examples
///
/// ```
/// use copydesk::cleaners::{FnCleaner, Verdict};
/// use copydesk::Pipeline;
///
/// let pipeline = Pipeline::builder()
///     .insert_before("ad-label", FnCleaner::new("mine", |_, _| Verdict::Keep))
///     .build()?;
/// let names = pipeline.cleaner_names();
/// let mine = names.iter().position(|n| *n == "mine").unwrap();
/// assert_eq!(names[mine + 1], "ad-label");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    cleaners: Vec<Arc<dyn Cleaner>>,
    normalizers: Vec<Arc<dyn Normalizer>>,
    language: Option<Lang>,
    max_input_bytes: usize,
    locate_body: bool,
    input_kind: InputKind,
    detect_language: bool,
    name_located_cruft: Naming,
    problems: Vec<Error>,
    house_style: Option<HouseStyle>,
    spelling_tables: Vec<SpellingTable>,
    builtin_spelling: bool,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl PipelineBuilder {
    /// A builder with the default cleaners and normalizers.
    pub fn new() -> PipelineBuilder {
        let defaults = Pipeline::default();
        PipelineBuilder {
            cleaners: defaults.cleaners,
            normalizers: defaults.normalizers,
            language: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            locate_body: true,
            input_kind: InputKind::Auto,
            detect_language: true,
            name_located_cruft: Naming::NearBody,
            problems: Vec::new(),
            house_style: None,
            spelling_tables: Vec::new(),
            builtin_spelling: true,
        }
    }

    /// Appends a cleaner; it runs after the others.
    pub fn add(&mut self, cleaner: impl Cleaner + 'static) -> &mut Self {
        self.cleaners.push(Arc::new(cleaner));
        self
    }

    /// Inserts a cleaner just before the stage named `name`.
    pub fn insert_before(&mut self, name: &str, cleaner: impl Cleaner + 'static) -> &mut Self {
        match self.cleaner_position(name) {
            Some(i) => self.cleaners.insert(i, Arc::new(cleaner)),
            None => self.unknown(name),
        }
        self
    }

    /// Replaces the cleaner named `name` with another, in the same place.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::cleaners::{FnCleaner, Verdict};
    /// let pipeline = copydesk::Pipeline::builder()
    ///     .replace("ad-label", FnCleaner::new("my-ads", |_, _| Verdict::Keep))
    ///     .build()?;
    /// assert!(pipeline.cleaner_names().contains(&"my-ads"));
    /// assert!(!pipeline.cleaner_names().contains(&"ad-label"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn replace(&mut self, name: &str, cleaner: impl Cleaner + 'static) -> &mut Self {
        match self.cleaner_position(name) {
            Some(i) => self.cleaners[i] = Arc::new(cleaner),
            None => self.unknown(name),
        }
        self
    }

    /// Removes the cleaner or normalizer named `name` (or the text-mode "body-locator" stage).
    ///
    /// # Examples
    ///
    /// ```
    /// let err = copydesk::Pipeline::builder().remove("no-such-stage").build().unwrap_err();
    /// assert!(err.to_string().contains("no-such-stage"));
    /// ```
    pub fn remove(&mut self, name: &str) -> &mut Self {
        if name == BODY_LOCATOR {
            return self.locate_body(false);
        }
        let before = self.cleaners.len() + self.normalizers.len();
        self.cleaners.retain(|c| c.name() != name);
        self.normalizers.retain(|n| n.name() != name);
        if self.cleaners.len() + self.normalizers.len() == before {
            self.unknown(name);
        }
        self
    }

    /// Removes every cleaner, to start from an empty list.
    pub fn clear_cleaners(&mut self) -> &mut Self {
        self.cleaners.clear();
        self
    }

    /// Moves the named cleaners to the front, in the order given; the others keep their order after them.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::builder().order(&["repeated-headline", "ad-label"]).build()?;
    /// assert_eq!(&pipeline.cleaner_names()[..2], ["repeated-headline", "ad-label"]);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn order(&mut self, names: &[&str]) -> &mut Self {
        let mut front = Vec::with_capacity(names.len());
        for name in names {
            match self.cleaner_position(name) {
                Some(i) => front.push(self.cleaners.remove(i)),
                None => self.unknown(name),
            }
        }
        front.append(&mut self.cleaners);
        self.cleaners = front;
        self
    }

    /// Appends a normalizer; it runs after the others.
    pub fn add_normalizer(&mut self, normalizer: impl Normalizer + 'static) -> &mut Self {
        self.normalizers.push(Arc::new(normalizer));
        self
    }

    /// Removes every normalizer: the kept text comes out exactly as the cleaners left it.
    pub fn clear_normalizers(&mut self) -> &mut Self {
        self.normalizers.clear();
        self
    }

    /// Chooses the Unicode normalization form of the "unicode" normalizer.
    ///
    /// # Default
    ///
    /// [`UnicodeForm::Nfc`].
    pub fn unicode(&mut self, form: UnicodeForm) -> &mut Self {
        let normalizer: Arc<dyn Normalizer> = Arc::new(UnicodeNormalizer::new(form));
        match self.normalizers.iter().position(|n| n.name() == "unicode") {
            Some(i) => self.normalizers[i] = normalizer,
            None => self.normalizers.insert(0, normalizer),
        }
        self
    }

    /// Whether bidi marks and controls (LRM, RLM, ALM, embeddings, isolates) are removed from
    /// right-to-left text too, by the "invisible" normalizer.
    ///
    /// # Default
    ///
    /// `false`: they are kept in blocks with right-to-left letters and removed from the others.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::builder().strip_bidi(true).build()?;
    /// let article = pipeline.clean_text("כותרת\n\nהמחיר\u{200f} הוא 20 שקלים לכל אחד מהם.")?;
    /// assert!(!article.blocks[0].text.contains('\u{200f}'));
    /// assert_eq!(article.changes[0].normalizer, "invisible");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn strip_bidi(&mut self, yes: bool) -> &mut Self {
        let normalizer: Arc<dyn Normalizer> = Arc::new(InvisibleNormalizer::new().strip_bidi(yes));
        match self
            .normalizers
            .iter()
            .position(|n| n.name() == "invisible")
        {
            Some(i) => self.normalizers[i] = normalizer,
            None => {
                let at = self.normalizer_position("unicode").map_or(0, |i| i + 1);
                self.normalizers.insert(at, normalizer);
            }
        }
        self
    }

    /// Typography: straight punctuation to the document language's quotes and dashes
    /// ([`Typography::Smart`]), or back to ASCII ([`Typography::Plain`]); see
    /// [`TypographyNormalizer`](crate::normalize::TypographyNormalizer). It runs after whitespace.
    ///
    /// # Default
    ///
    /// [`Typography::Off`]: punctuation is left as it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::Typography, phrases::Lang, Pipeline};
    ///
    /// let pipeline = Pipeline::builder().language(Lang::En).typography(Typography::Smart).build()?;
    /// let article = pipeline.clean_text("Title\n\nShe said \"it's over\" - and left...")?;
    /// assert_eq!(article.blocks[0].text, "She said “it’s over” – and left…");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn typography(&mut self, mode: Typography) -> &mut Self {
        let existing = self.normalizer_position("typography");
        if mode == Typography::Off {
            if let Some(i) = existing {
                self.normalizers.remove(i);
            }
            return self;
        }
        let normalizer: Arc<dyn Normalizer> = Arc::new(TypographyNormalizer::new(mode));
        match existing {
            Some(i) => self.normalizers[i] = normalizer,
            None => {
                let at = self
                    .normalizer_position("whitespace")
                    .map_or(self.normalizers.len(), |i| i + 1);
                self.normalizers.insert(at, normalizer);
            }
        }
        self
    }

    /// Turns on house spelling with the built-in variant tables (and any
    /// [`spelling_table`](PipelineBuilder::spelling_table)), writing each name as `style` does. The
    /// "house-spelling" normalizer runs last.
    ///
    /// # Default
    ///
    /// Off. When a spelling table is given without a style, [`HouseStyle::Ap`].
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::HouseStyle, Pipeline};
    ///
    /// let pipeline = Pipeline::builder().house_style(HouseStyle::Bgn).build()?;
    /// let article = pipeline.clean_text("Talks\n\nSergei Lavrov arrived in Kiev on Monday.")?;
    /// assert_eq!(article.blocks[0].text, "Sergey Lavrov arrived in Kyiv on Monday.");
    /// assert_eq!(article.changes[0].normalizer, "house-spelling");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn house_style(&mut self, style: HouseStyle) -> &mut Self {
        self.house_style = Some(style);
        self
    }

    /// Adds a user spelling table, laid over the built-in tables (or over the tables added before it);
    /// turns house spelling on. See [`SpellingTable`] for the format.
    ///
    /// # Default
    ///
    /// No user tables.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::SpellingTable, Pipeline};
    ///
    /// let table = SpellingTable::parse("house.tsv", "Sergey\tSergei\n")?;
    /// let pipeline = Pipeline::builder().spelling_table(table).build()?;
    /// let article = pipeline.clean_text("Talks\n\nSergei Lavrov arrived in Kiev on Monday.")?;
    /// assert_eq!(article.blocks[0].text, "Sergey Lavrov arrived in Kyiv on Monday.");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn spelling_table(&mut self, table: SpellingTable) -> &mut Self {
        self.spelling_tables.push(table);
        self
    }

    /// Whether house spelling uses the built-in tables; `false` leaves only the user tables, which then
    /// apply to documents in any language.
    ///
    /// # Default
    ///
    /// `true`.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{normalize::SpellingTable, Pipeline};
    ///
    /// let table = SpellingTable::parse("house.tsv", "Sergey\tSergei\n")?;
    /// let pipeline = Pipeline::builder().spelling_table(table).builtin_spelling(false).build()?;
    /// let article = pipeline.clean_text("Talks\n\nSergei Lavrov arrived in Kiev on Monday.")?;
    /// assert_eq!(article.blocks[0].text, "Sergey Lavrov arrived in Kiev on Monday.");
    ///
    /// let err = Pipeline::builder().builtin_spelling(false).house_style(Default::default()).build();
    /// assert!(err.is_err());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn builtin_spelling(&mut self, yes: bool) -> &mut Self {
        self.builtin_spelling = yes;
        self
    }

    /// The language of the documents, when the caller knows it: its phrase lists and English apply.
    ///
    /// # Default
    ///
    /// Unknown: the phrase lists of every language apply.
    pub fn language(&mut self, lang: Lang) -> &mut Self {
        self.language = Some(lang);
        self
    }

    /// Whether a text input read as a whole page ([`InputKind::Page`]) is searched for the article's run
    /// of prose before the cleaners run. Off, every block of the text goes to the cleaners.
    ///
    /// # Default
    ///
    /// On. Text read as an article ([`InputKind::Article`]) never goes through the locator.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::builder().locate_body(false).build()?;
    /// let article = pipeline.clean_text("Weather\nSport\n\nHeadline\n\nThe story, in full, with a full stop at its end.")?;
    /// assert_eq!(article.title.as_deref(), Some("Weather"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn locate_body(&mut self, on: bool) -> &mut Self {
        self.locate_body = on;
        self
    }

    /// What text input holds: an article's own text ([`InputKind::Article`]: only what a cleaner
    /// recognises as cruft is removed), a whole page's ([`InputKind::Page`]: the article is located
    /// first), or either, read per document from the text ([`InputKind::Auto`]). The reading is recorded
    /// in [`Article::input`]. HTML input is not affected.
    ///
    /// # Default
    ///
    /// [`InputKind::Auto`].
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{InputKind, Pipeline};
    ///
    /// let page = "Home\nNews\nSport\nWeather\nCulture\nTravel\n\nStorm hits coast\n\n\
    ///     The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
    ///     Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
    ///     About us\nContact\nPrivacy\nTerms\nCareers\nAdvertise\n";
    /// let as_page = Pipeline::default().clean_text(page)?; // read as a page: menus on both sides
    /// assert_eq!(as_page.input.unwrap().kind, InputKind::Page);
    /// assert_eq!(as_page.title.as_deref(), Some("Storm hits coast"));
    /// assert_eq!(as_page.blocks.len(), 2);
    /// let as_article = Pipeline::builder().input_kind(InputKind::Article).build()?.clean_text(page)?;
    /// // No cleaner knows menu entries: said to be an article, the text keeps them.
    /// assert!(as_article.blocks.len() > 2);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn input_kind(&mut self, kind: InputKind) -> &mut Self {
        self.input_kind = kind;
        self
    }

    /// Whether the language is detected from the text when neither the caller nor the page declares
    /// one, and whether a page's declared language is checked against its text. Off, a document
    /// without a declared language is cleaned with the phrase lists of every language and recorded
    /// without one; this also saves the detection's cost (about 0.1 ms per page).
    ///
    /// # Default
    ///
    /// On.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Titre\n\nLe conseil municipal a adopté lundi le nouveau budget après un long débat \
    ///     qui a duré jusque tard dans la nuit.\n\nL'opposition a déclaré que le plan augmenterait \
    ///     les impôts de tous les habitants de la ville.\n";
    /// let detected = copydesk::Pipeline::default().clean_text(text)?;
    /// assert_eq!(detected.language.as_deref(), Some("fr"));
    /// let pipeline = copydesk::Pipeline::builder().detect_language(false).build()?;
    /// assert_eq!(pipeline.clean_text(text)?.language, None);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn detect_language(&mut self, on: bool) -> &mut Self {
        self.detect_language = on;
        self
    }

    /// Whether each block the body locator leaves out of whole-page text is credited to the first cleaner
    /// that would drop it on its own ("comment-form", with the phrase), or recorded as a `body-locator`
    /// removal ("outside the article's run of prose") without asking the cleaners. The article's text
    /// is the same either way, and every removal is still recorded with its text and span. `true` names
    /// every such block (the example binary does for `--json` and `--explain`); `false` names none.
    ///
    /// # Default
    ///
    /// The blocks within 12 blocks of the located article are named: the cruft a scraped article carries
    /// sits there. The page's far menus and footers are recorded as outside the article: asking every
    /// cleaner about each of their lines takes about a fifth of `clean_text`'s time on whole-page text.
    ///
    /// # Examples
    ///
    /// ```
    /// let page = "Home\nNews\nSport\nWeather\nCulture\nTravel\n\nStorm hits coast\n\n\
    ///     The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
    ///     Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
    ///     Leave a Reply\n";
    /// use copydesk::{InputKind, Pipeline};
    /// let named = Pipeline::builder().input_kind(InputKind::Page).build()?.clean_text(page)?;
    /// let fast = Pipeline::builder()
    ///     .input_kind(InputKind::Page)
    ///     .name_located_cruft(false)
    ///     .build()?
    ///     .clean_text(page)?;
    /// assert_eq!(named.text(), fast.text());
    /// let credit = |a: &copydesk::Article| {
    ///     a.removals.iter().find(|r| r.text == "Leave a Reply").map(|r| r.cleaner)
    /// };
    /// assert_eq!(credit(&named), Some("comment-form"));
    /// assert_eq!(credit(&fast), Some("body-locator"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn name_located_cruft(&mut self, on: bool) -> &mut Self {
        self.name_located_cruft = if on { Naming::All } else { Naming::Off };
        self
    }

    /// The largest input accepted, in bytes.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_INPUT_BYTES`] (64 MiB).
    pub fn max_input_bytes(&mut self, limit: usize) -> &mut Self {
        self.max_input_bytes = limit;
        self
    }

    /// Checks the configuration and builds the pipeline.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownStage`] for a name that matched no stage, [`Error::DuplicateStage`] when two stages
    /// share a name, [`Error::InvalidOption`] for a zero size limit or for house spelling without the
    /// built-in tables and without a user table.
    pub fn build(&self) -> Result<Pipeline, Error> {
        if let Some(problem) = self.problems.first() {
            return Err(problem.clone());
        }
        if self.max_input_bytes == 0 {
            return Err(Error::InvalidOption {
                option: "max_input_bytes",
                message: "must be at least 1 byte".into(),
            });
        }
        let mut normalizers = self.normalizers.clone();
        if let Some(spelling) = self.house_spelling()? {
            normalizers.push(Arc::new(spelling));
        }
        let mut names: Vec<&str> = self.cleaners.iter().map(|c| c.name()).collect();
        names.extend(normalizers.iter().map(|n| n.name()));
        names.sort_unstable();
        if let Some(pair) = names.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(Error::DuplicateStage {
                name: pair[0].to_string(),
            });
        }
        Ok(Pipeline {
            cleaners: self.cleaners.clone(),
            normalizers,
            language: self.language,
            max_input_bytes: self.max_input_bytes,
            locate_body: self.locate_body,
            input_kind: self.input_kind,
            detect_language: self.detect_language,
            name_located_cruft: self.name_located_cruft,
        })
    }

    /// The house-spelling normalizer the options ask for, if any.
    fn house_spelling(&self) -> Result<Option<HouseSpelling>, Error> {
        if self.house_style.is_none() && self.spelling_tables.is_empty() {
            return Ok(None);
        }
        if !self.builtin_spelling && self.spelling_tables.is_empty() {
            return Err(Error::InvalidOption {
                option: "builtin_spelling",
                message: "house spelling without the built-in tables needs a spelling_table".into(),
            });
        }
        let mut table = if self.builtin_spelling {
            SpellingTable::builtin().clone()
        } else {
            SpellingTable::default()
        };
        for user in &self.spelling_tables {
            table = user.merged_over(&table);
        }
        let style = self.house_style.clone().unwrap_or_default();
        Ok(Some(
            HouseSpelling::new(&table, &style)?.english_only(self.builtin_spelling),
        ))
    }

    fn normalizer_position(&self, name: &str) -> Option<usize> {
        self.normalizers.iter().position(|n| n.name() == name)
    }

    fn cleaner_position(&self, name: &str) -> Option<usize> {
        self.cleaners.iter().position(|c| c.name() == name)
    }

    fn unknown(&mut self, name: &str) {
        let mut known: Vec<&str> = self.cleaners.iter().map(|c| c.name()).collect();
        known.extend(self.normalizers.iter().map(|n| n.name()));
        self.problems.push(Error::UnknownStage {
            name: name.to_string(),
            known: known.join(", "),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::removal::Reason;

    #[test]
    fn pipeline_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Pipeline>();
        assert_send_sync::<Article>();
        assert_send_sync::<Error>();
    }

    #[test]
    fn size_limit_is_enforced() {
        let pipeline = Pipeline::builder().max_input_bytes(10).build().unwrap();
        assert!(matches!(
            pipeline.clean_text("0123456789ab"),
            Err(Error::TooLarge {
                size: 12,
                limit: 10
            })
        ));
    }

    #[test]
    fn binary_input_is_not_text() {
        let err = Pipeline::default().clean_text("abc\0def").unwrap_err();
        assert!(matches!(err, Error::NotText { .. }));
        let controls: String = "\u{1}\u{2}\u{3}a".repeat(10);
        assert!(matches!(
            Pipeline::default().clean_text(&controls),
            Err(Error::NotText { .. })
        ));
    }

    #[test]
    fn all_cruft_is_no_article() {
        let err = Pipeline::default()
            .clean_text("Advertisement\n\nShare this article")
            .unwrap_err();
        assert!(matches!(err, Error::NoArticle { .. }));
    }

    #[test]
    fn no_article_says_why() {
        let bare = Pipeline::builder().clear_cleaners().build().unwrap();
        let err = bare.clean_text("\u{200b}\u{200b}").unwrap_err();
        assert!(err.to_string().contains("invisible"), "{err}");
        let err = Pipeline::default()
            .clean_html("<html><body><script>render()</script></body></html>")
            .unwrap_err();
        assert!(err.to_string().contains("no visible text"), "{err}");
        let err = Pipeline::default()
            .clean_text("\u{1}\u{2}\u{3}")
            .unwrap_err();
        assert!(matches!(err, Error::NotText { .. }), "{err}");
        let err = Pipeline::default()
            .clean_text("Advertisement\n\nShare this article")
            .unwrap_err();
        assert!(err.to_string().contains("2 removals"), "{err}");
    }

    #[test]
    fn a_long_first_block_is_not_a_title() {
        let para = "word ".repeat(60);
        let article = Pipeline::default().clean_text(&para).unwrap();
        assert_eq!(article.title, None);
        assert_eq!(article.blocks.len(), 1);
    }

    #[test]
    fn without_detection_a_declared_language_stands() {
        let page = "<html lang=\"en\"><body><article><p>El ayuntamiento aprobó el lunes el nuevo \
            presupuesto después de un largo debate que duró hasta la noche.</p><p>La oposición dijo \
            que el plan subiría los impuestos de todos los vecinos de la ciudad.</p></article></body></html>";
        let checked = Pipeline::default().clean_html(page).unwrap();
        assert_eq!(checked.language.as_deref(), Some("es"));
        let declared = Pipeline::builder()
            .detect_language(false)
            .build()
            .unwrap()
            .clean_html(page)
            .unwrap();
        assert_eq!(declared.language.as_deref(), Some("en"));
    }

    #[test]
    fn unnamed_cruft_is_still_recorded_and_the_text_is_the_same() {
        let page = "Home\nNews\nSport\nWeather\nCulture\nTravel\n\nStorm hits coast\n\n\
            The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
            Advertisement\n\n\
            Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
            Share this article\nLeave a Reply\nYour email address will not be published.\n";
        let named = Pipeline::builder()
            .input_kind(InputKind::Page)
            .name_located_cruft(true)
            .build()
            .unwrap()
            .clean_text(page)
            .unwrap();
        let fast = Pipeline::builder()
            .input_kind(InputKind::Page)
            .name_located_cruft(false)
            .build()
            .unwrap()
            .clean_text(page)
            .unwrap();
        assert_eq!(named.text(), fast.text());
        let texts = |a: &Article| {
            a.removals
                .iter()
                .map(|r| r.text.clone())
                .collect::<Vec<_>>()
        };
        let mut named_texts = texts(&named);
        let mut fast_texts = texts(&fast);
        named_texts.sort();
        fast_texts.sort();
        assert_eq!(named_texts, fast_texts);
        // The ad label inside the body is the cleaners' either way; what lies outside is the locator's.
        let by = |a: &Article, text: &str| {
            a.removals
                .iter()
                .find(|r| r.text == text)
                .map(|r| r.cleaner)
        };
        assert_eq!(by(&named, "Leave a Reply"), Some("comment-form"));
        assert_eq!(by(&fast, "Leave a Reply"), Some(BODY_LOCATOR));
        assert_eq!(by(&fast, "Advertisement"), Some("ad-label"));
    }

    #[test]
    fn by_default_only_cruft_near_the_article_is_named() {
        let menu: String = (1..=20).map(|k| format!("Section {k}\n\n")).collect();
        let page = format!(
            "Daily News\n\nAdvertisement\n\n{menu}Storm hits coast\n\n\
            The storm reached the coast on Monday night, cutting power to thousands of homes.\n\n\
            Crews worked through the night to restore it, the utility said on Tuesday morning.\n\n\
            Share this article\n"
        );
        let by = |a: &Article, text: &str| {
            a.removals
                .iter()
                .find(|r| r.text == text)
                .map(|r| r.cleaner)
        };
        let near = Pipeline::builder()
            .input_kind(InputKind::Page)
            .build()
            .unwrap()
            .clean_text(&page)
            .unwrap();
        let all = Pipeline::builder()
            .input_kind(InputKind::Page)
            .name_located_cruft(true)
            .build()
            .unwrap()
            .clean_text(&page)
            .unwrap();
        assert_eq!(near.text(), all.text());
        assert_eq!(by(&near, "Share this article"), Some("share-prompt"));
        assert_eq!(by(&all, "Share this article"), Some("share-prompt"));
        assert_eq!(by(&near, "Advertisement"), Some(BODY_LOCATOR));
        assert_eq!(by(&all, "Advertisement"), Some("ad-label"));
    }

    #[test]
    fn duplicate_names_fail_to_build() {
        use crate::cleaners::FnCleaner;
        let err = Pipeline::builder()
            .add(FnCleaner::new("ad-label", |_, _| Verdict::Keep))
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::DuplicateStage { .. }));
    }

    #[test]
    fn cuts_keep_spans_pointing_at_the_input() {
        let input = "Home » World » Asia » Storm hits the coast of Japan overnight\n\nThe storm reached the coast on Monday night, cutting power to thousands of homes.";
        let article = Pipeline::default().clean_text(input).unwrap();
        let removal = &article.removals[0];
        assert_eq!(removal.cleaner, "breadcrumb");
        assert_eq!(&input[removal.span.clone().unwrap()], removal.text);
        assert_eq!(
            article.title.as_deref(),
            Some("Storm hits the coast of Japan overnight")
        );
    }

    #[test]
    fn bad_cut_ranges_are_ignored() {
        use crate::cleaners::FnCleaner;
        let pipeline = Pipeline::builder()
            .clear_cleaners()
            .add(FnCleaner::new("bad", |_, _| {
                Verdict::Cut(3..1000, Reason::Pattern("bad"))
            }))
            .add(FnCleaner::new("mid", |b, _| {
                if b.text.starts_with("é") {
                    Verdict::Cut(1..2, Reason::Pattern("not a char boundary"))
                } else {
                    Verdict::Keep
                }
            }))
            .build()
            .unwrap();
        let article = pipeline.clean_text("Title\n\nétude of the text").unwrap();
        assert!(article.removals.is_empty());
        assert_eq!(article.blocks[0].text, "étude of the text");
    }
}
