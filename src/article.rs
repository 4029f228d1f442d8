//! The cleaned article: metadata, blocks, and the record of removals and changes.

use crate::block::Block;
use crate::removal::{Change, Removal};

/// A cleaned article: metadata, body blocks, and the record of everything removed or changed.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let page = "Storm hits coast\n\nThe storm reached the coast on Monday night, cutting power to thousands.\n\nShare this article\n";
/// let article = Pipeline::default().clean_text(page)?;
/// assert_eq!(article.title.as_deref(), Some("Storm hits coast"));
/// assert_eq!(article.body_text(), "The storm reached the coast on Monday night, cutting power to thousands.");
/// assert_eq!(article.removals.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
///
/// Its JSON record, one schema for every output, is [`Article::to_json`]; with the `serde` feature,
/// an article serializes as that record.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Article {
    /// The headline.
    pub title: Option<String>,
    /// Who wrote it, without a leading "By".
    pub byline: Option<String>,
    /// When it was published, as ISO 8601 (`2018-11-24` or `2018-11-24T11:24:00+04:00`).
    pub date: Option<String>,
    /// The publication's name.
    pub site: Option<String>,
    /// The article's language as a BCP 47 tag (`en`, `pt-BR`), from metadata or detection.
    pub language: Option<String>,
    /// The page's URL, when known.
    pub url: Option<String>,
    /// The canonical URL the page declares.
    pub canonical_url: Option<String>,
    /// The page's own summary (meta description).
    pub description: Option<String>,
    /// The kind of page the article was taken from, as the page declares it.
    pub page_type: crate::PageType,
    /// Where each metadata field came from (`"og:title"`, `"json-ld"`, `"<title>"`, …).
    pub sources: MetadataSources,
    /// The body, in reading order.
    pub blocks: Vec<Block>,
    /// Everything the pipeline removed, in the order it was removed.
    pub removals: Vec<Removal>,
    /// Every edit the normalizers made to kept text.
    pub changes: Vec<Change>,
    /// How a text input was read: an article's own text or a whole page's, and why. `None` for HTML,
    /// but for a page too dense for a tree, read as a whole page's text (`decided_by` `"dense-markup"`).
    pub input: Option<InputReading>,
    /// How the input's bytes were decoded, for [`Pipeline::clean_bytes`](crate::Pipeline::clean_bytes):
    /// the encoding, where it came from, whether malformed bytes were met. `None` for input given as
    /// text. Spans are then byte ranges of the decoded text.
    pub decoding: Option<crate::decoding::Decoding>,
}

/// What a plain-text input holds, as the caller says ([`crate::PipelineBuilder::input_kind`]) or the
/// pipeline reads it.
///
/// - [`InputKind::Article`]: an article's text as a scraper's article selector hands it over, cruft
///   inside. Only what a cleaner positively recognises as cruft is removed; every other block stays.
/// - [`InputKind::Page`]: a whole page's visible text. The article's run of prose is located first, and
///   the menus, link lists and footers around it are removed.
/// - [`InputKind::Auto`] (the default): read from the text itself, per document.
///
/// # Examples
///
/// ```
/// use copydesk::{InputKind, Pipeline};
///
/// let article = Pipeline::default().clean_text("Headline\n\nThe council met on Monday.\n")?;
/// assert_eq!(article.input.unwrap().kind, InputKind::Article);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum InputKind {
    /// Decide per document from the text.
    #[default]
    Auto,
    /// An article's own text, with some cruft between and around its paragraphs.
    Article,
    /// A whole page's text: menus, link lists and footers around the article.
    Page,
}

impl InputKind {
    /// The kind's name as the command line and the JSON output spell it: `auto`, `article`, `page`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(copydesk::InputKind::Page.name(), "page");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            InputKind::Auto => "auto",
            InputKind::Article => "article",
            InputKind::Page => "page",
        }
    }

    /// The kind named `name` (`auto`, `article` or `page`), if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::InputKind;
    /// assert_eq!(InputKind::from_name("article"), Some(InputKind::Article));
    /// assert_eq!(InputKind::from_name("html"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<InputKind> {
        [InputKind::Auto, InputKind::Article, InputKind::Page]
            .into_iter()
            .find(|kind| kind.name() == name)
    }
}

/// How the pipeline read a text input: as an article or as a whole page, who decided, and on what
/// evidence.
///
/// # Examples
///
/// ```
/// use copydesk::{InputKind, Pipeline};
///
/// let pipeline = Pipeline::builder().input_kind(InputKind::Page).build()?;
/// let reading = pipeline.clean_text("Headline\n\nThe council met on Monday.\n")?.input.unwrap();
/// assert_eq!((reading.kind, reading.decided_by), (InputKind::Page, "option"));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct InputReading {
    /// [`InputKind::Article`] or [`InputKind::Page`], never `Auto`.
    pub kind: InputKind,
    /// `"option"` when the caller said so, `"detected"` when read from the text.
    pub decided_by: &'static str,
    /// The measures the decision rests on, in words (for `--explain` and the JSON output).
    pub evidence: String,
}

/// Where each metadata field of an [`Article`] came from: the name of the markup that gave it
/// (`"og:title"`, `"json-ld:headline"`, `"meta:author"`, `"<title>"`, `"url"`, `"text"`, …), `None` when the
/// field is empty.
///
/// # Examples
///
/// ```
/// let article = copydesk::clean_text("Headline\n\nBody text.")?;
/// assert_eq!(article.sources.title, Some("text:first-block"));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct MetadataSources {
    /// Source of [`Article::title`].
    pub title: Option<&'static str>,
    /// Source of [`Article::byline`].
    pub byline: Option<&'static str>,
    /// Source of [`Article::date`].
    pub date: Option<&'static str>,
    /// Source of [`Article::site`].
    pub site: Option<&'static str>,
    /// Source of [`Article::language`].
    pub language: Option<&'static str>,
    /// Source of [`Article::url`].
    pub url: Option<&'static str>,
    /// Source of [`Article::canonical_url`].
    pub canonical_url: Option<&'static str>,
    /// Source of [`Article::description`].
    pub description: Option<&'static str>,
}

impl Article {
    /// The title and the body: the title, a blank line, the blocks separated by blank lines, a final newline.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::Pipeline;
    ///
    /// let article = Pipeline::default().clean_text("Headline\nFirst paragraph here.\n\n\nSecond paragraph here.")?;
    /// assert_eq!(article.text(), "Headline\n\nFirst paragraph here.\n\nSecond paragraph here.\n");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn text(&self) -> String {
        let mut out = String::new();
        if let Some(title) = self.title.as_deref().filter(|t| !t.is_empty()) {
            out.push_str(title);
            out.push('\n');
        }
        for block in &self.blocks {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&block.text);
            out.push('\n');
        }
        out
    }

    /// The body alone: the blocks separated by one blank line, no final newline.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::Pipeline;
    ///
    /// let article = Pipeline::default().clean_text("Headline\n\nOne.\n\nTwo.")?;
    /// assert_eq!(article.body_text(), "One.\n\nTwo.");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for (i, block) in self.blocks.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            out.push_str(&block.text);
        }
        out
    }
}
