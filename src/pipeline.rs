//! The pipeline: input → blocks → cleaners → normalizers → [`Article`].

use crate::article::{Article, Block, BlockKind};
use crate::cleaners::context::Pass;
use crate::cleaners::{default_cleaners, BlockContext, Cleaner, Verdict};
use crate::error::Error;
use crate::normalize::{
    self, default_normalizers, NormalizeContext, Normalizer, UnicodeForm, UnicodeNormalizer,
};
use crate::phrases::{fold, Lang};
use crate::removal::Removal;
use crate::text::{is_prose, split_blocks, word_count};
use std::ops::Range;
use std::sync::Arc;

/// The default size limit: pages past this are almost always data dumps or attacks, not articles.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

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
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline {
            cleaners: default_cleaners(),
            normalizers: default_normalizers(),
            language: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
        }
    }
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
    /// assert_eq!(copydesk::Pipeline::default().normalizer_names(), ["unicode", "whitespace"]);
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
        self.check_input(text)?;
        let document = Document {
            blocks: split_blocks(text),
            title: TitleSource::FirstBlock,
            removals: Vec::new(),
            meta: Article::default(),
        };
        self.finish(document)
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
        let mut chars = 0usize;
        let mut controls = 0usize;
        for (k, &b) in bytes.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                chars += 1;
            }
            if b == 0 && nul_is_binary {
                return Err(Error::NotText {
                    reason: "it holds NUL bytes".into(),
                });
            }
            let c0 = (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F;
            let c1 = b == 0xC2 && bytes.get(k + 1).is_some_and(|&n| (0x80..0xA0).contains(&n));
            if c0 || c1 {
                controls += 1;
            }
        }
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
        self.run_cleaners(&mut document);
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
        if article.language.is_none() {
            article.language = self.language.map(|l| l.code().to_string());
            article.sources.language = self.language.map(|_| "option");
        }
        self.run_normalizers(&mut article, blocks);
        if article.blocks.is_empty() && article.title.as_deref().is_none_or(str::is_empty) {
            return Err(Error::NoArticle {
                reason: format!(
                    "every block was removed as cruft ({} removals); see the removals with --explain",
                    article.removals.len()
                ),
            });
        }
        Ok(article)
    }

    /// Runs the cleaners in rounds until a round removes nothing (at most [`MAX_CLEANING_ROUNDS`]).
    ///
    /// Cleaners judge blocks in context (where the prose starts, what stands next to a block), and a
    /// removal changes the context of the blocks around it. Running to a fixed point makes the result
    /// the same as cleaning the result again.
    fn run_cleaners(&self, document: &mut Document) {
        let mut folded: Vec<String> = document.blocks.iter().map(|b| fold(&b.text)).collect();
        let mut prose: Vec<bool> = document.blocks.iter().map(|b| is_prose(&b.text)).collect();
        for _ in 0..MAX_CLEANING_ROUNDS {
            let removed_before = document.removals.len();
            self.run_cleaning_round(document, &mut folded, &mut prose);
            if document.removals.len() == removed_before {
                break;
            }
        }
    }

    /// Runs each cleaner once over all blocks, applying each cleaner's verdicts at once.
    fn run_cleaning_round(
        &self,
        document: &mut Document,
        folded: &mut Vec<String>,
        prose: &mut Vec<bool>,
    ) {
        let declared = match &document.title {
            TitleSource::FirstBlock => None,
            TitleSource::Declared(title) => Some(title.clone()),
        };
        let lang = self.language;
        for cleaner in &self.cleaners {
            if document.blocks.is_empty() {
                break;
            }
            let verdicts: Vec<Verdict> = {
                let pass = Pass::new(&document.blocks, folded, prose);
                let declared = declared.as_ref().map(|t| t.as_deref());
                (0..document.blocks.len())
                    .map(|i| {
                        let cx = BlockContext::in_pass(&pass, i, declared, lang);
                        cleaner.check(&document.blocks[i], &cx)
                    })
                    .collect()
            };
            if verdicts.iter().all(Verdict::is_keep) {
                continue;
            }
            let blocks = std::mem::take(&mut document.blocks);
            let keys = std::mem::take(folded);
            let flags = std::mem::take(prose);
            for (((block, key), is_prose_block), verdict) in
                blocks.into_iter().zip(keys).zip(flags).zip(verdicts)
            {
                match verdict {
                    Verdict::Keep => {
                        document.blocks.push(block);
                        folded.push(key);
                        prose.push(is_prose_block);
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
                                folded.push(fold(&kept.text));
                                prose.push(is_prose(&kept.text));
                                document.blocks.push(kept);
                            }
                        }
                        None => {
                            document.blocks.push(block);
                            folded.push(key);
                            prose.push(is_prose_block);
                        }
                    },
                }
            }
        }
    }

    /// Normalizes the title and every block, records the changes, and drops blocks left empty.
    fn run_normalizers(&self, article: &mut Article, blocks: Vec<Block>) {
        let lang = self.language;
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
    problems: Vec<Error>,
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
            problems: Vec::new(),
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

    /// Removes the cleaner or normalizer named `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = copydesk::Pipeline::builder().remove("no-such-stage").build().unwrap_err();
    /// assert!(err.to_string().contains("no-such-stage"));
    /// ```
    pub fn remove(&mut self, name: &str) -> &mut Self {
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

    /// The language of the documents, when the caller knows it: its phrase lists and English apply.
    ///
    /// # Default
    ///
    /// Unknown: the phrase lists of every language apply.
    pub fn language(&mut self, lang: Lang) -> &mut Self {
        self.language = Some(lang);
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
    /// share a name, [`Error::InvalidOption`] for a zero size limit.
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
        let mut names: Vec<&str> = self.cleaners.iter().map(|c| c.name()).collect();
        names.extend(self.normalizers.iter().map(|n| n.name()));
        names.sort_unstable();
        if let Some(pair) = names.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(Error::DuplicateStage {
                name: pair[0].to_string(),
            });
        }
        Ok(Pipeline {
            cleaners: self.cleaners.clone(),
            normalizers: self.normalizers.clone(),
            language: self.language,
            max_input_bytes: self.max_input_bytes,
        })
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
    fn a_long_first_block_is_not_a_title() {
        let para = "word ".repeat(60);
        let article = Pipeline::default().clean_text(&para).unwrap();
        assert_eq!(article.title, None);
        assert_eq!(article.blocks.len(), 1);
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
