//! The records of what the pipeline removed and changed, and why.

use crate::lang::Lang;
use std::fmt;
use std::ops::Range;

/// Why a stage removed text.
///
/// # Examples
///
/// ```
/// use copydesk::Reason;
///
/// let reason = Reason::Pattern("no letters or digits");
/// assert_eq!(reason.to_string(), "no letters or digits");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Reason {
    /// The block matched a phrase of a shipped or user phrase list.
    Phrase {
        /// The language of the list that held the phrase.
        lang: Lang,
        /// The phrase as written in the list.
        phrase: String,
    },
    /// The block matched a rule of the text's or the page's structure, described in a few words: a
    /// cleaner's pattern ("no letters or digits"), or the DOM stage's reading of an element ("nav
    /// element", "hidden element", "mostly links", "outside the article").
    Pattern(&'static str),
    /// The block repeats another one; the number is the index of the kept copy among the blocks the cleaner saw.
    DuplicateOf(usize),
    /// The block recurs in this many documents of a batch.
    Recurring(usize),
    /// A reason given by a user's cleaner.
    Custom(String),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Phrase { lang, phrase } => write!(f, "matches the {lang} phrase {phrase:?}"),
            Reason::Pattern(what) => f.write_str(what),
            Reason::DuplicateOf(index) => write!(f, "repeats block {index}"),
            Reason::Recurring(docs) => write!(f, "recurs in {docs} documents of the batch"),
            Reason::Custom(text) => f.write_str(text),
        }
    }
}

/// One piece of text the pipeline removed: which stage, why, what, and where it stood in the input.
///
/// Every non-whitespace character of the input ends up in the article or in a removal (or a change):
/// nothing is dropped silently, and nothing is in two places.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let article = Pipeline::default()
///     .clean_text("Title\n\nBody text of the story, long enough to count as a paragraph.\n\nADVERTISEMENT\n")?;
/// let removal = &article.removals[0];
/// assert_eq!(removal.stage, "ad-label");
/// assert_eq!(removal.text, "ADVERTISEMENT");
/// let span = removal.span.clone().unwrap();
/// assert_eq!(&"Title\n\nBody text of the story, long enough to count as a paragraph.\n\nADVERTISEMENT\n"[span], "ADVERTISEMENT");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Removal {
    /// The stable name of the stage that removed the text:
    ///
    /// - a cleaner's name ([`Pipeline::cleaner_names`]: "ad-label", "newsletter-prompt", …, or a user
    ///   cleaner's own), the name [`PipelineBuilder::remove`](crate::PipelineBuilder::remove) takes;
    /// - text input: [`BODY_LOCATOR`] ("body-locator"), the body locator of whole-page text, for
    ///   blocks outside the article that no cleaner names; [`BOX_REMNANT`] ("box-remnant"), the short
    ///   lines (a heading, a button) left beside a box whose pitch or form a cleaner took;
    ///   [`PAGE_HEADER`] ("page-header"), a page's menu above the first prose of a text read as an
    ///   article;
    /// - a batch: [`BATCH_FURNITURE`] ("batch-furniture");
    /// - HTML input, the DOM stage: "script" (scripts, styles, templates), "control" (forms and their
    ///   controls), "embedded" (embedded objects), "hidden" (hidden elements), "annotation" (ruby
    ///   annotations), "streamed-fallback" (the placeholder content a React streaming segment
    ///   replaces), "navigation", "boilerplate-container" (asides, footers, page furniture by class,
    ///   id or role), "link-dense", "related-link", "repeated-text" (a block that repeats one earlier
    ///   in the article, in a container of another shape: a quoted post), "template-placeholder" (a
    ///   block made of template expressions no script filled in, `{{price.total}}`), "script-data"
    ///   (a block that is all JSON, a widget's settings the page keeps as text for its script),
    ///   "author-description" (the byline's author's biography at the article's foot, which the
    ///   page's JSON-LD gives as the author's description), "post-profile" (a forum post's rank,
    ///   counters, join date and buttons: "Posts: 4032", "Reply with quote"), "orphan-heading" (a
    ///   short heading that ends the article with nothing under it once the cleaners are done, the
    ///   title of a box of links that went as furniture: "Related topics"), "byline",
    ///   "title" (the page's headline, kept as
    ///   [`Article::title`]), and "low-score" (the rest of the page, outside the element read as the
    ///   article);
    /// - a normalizer's name ([`Normalizer::name`]: "invisible", "whitespace", …): a block that
    ///   normalizing left empty (zero-width characters, soft hyphens, controls), with the reason
    ///   "nothing left after normalizing"; its text is the block's before normalizing, and its edits
    ///   are not in [`Article::changes`];
    /// - HTML input with a preset or option: "edge-links" (link-dense blocks before or after the
    ///   article's prose, with [`Focus::Precision`](crate::Focus::Precision)) and "tables" (data
    ///   tables' rows, with tables turned off).
    ///
    /// These strings are stable: a new stage gets a new name, and a name is never reused.
    ///
    /// [`Pipeline::cleaner_names`]: crate::Pipeline::cleaner_names
    /// [`BODY_LOCATOR`]: crate::BODY_LOCATOR
    /// [`BOX_REMNANT`]: crate::BOX_REMNANT
    /// [`PAGE_HEADER`]: crate::PAGE_HEADER
    /// [`BATCH_FURNITURE`]: crate::batch::BATCH_FURNITURE
    /// [`Article::title`]: crate::Article::title
    /// [`Article::changes`]: crate::Article::changes
    /// [`Normalizer::name`]: crate::normalize::Normalizer::name
    pub stage: &'static str,
    /// Why it was removed.
    pub reason: Reason,
    /// The removed text.
    pub text: String,
    /// Byte range of the removed text in the input, when the stage can locate it: in the text given
    /// to `clean_text` or `clean_html`, or for `clean_bytes` in the decoded text (not the bytes).
    ///
    /// `&input[span]` is the text as the input has it, and `text` as a block: they hold the same
    /// characters but may differ in whitespace. A hard-wrapped paragraph of plain text is one block
    /// whose lines `text` joins with spaces, where the input has line breaks. In HTML the span runs
    /// from the first to the last text node of the removed text and covers the markup between them:
    /// with tags dropped and character references decoded, it holds the record's words. A text the
    /// parser read differently from the source's order (rare misnested markup) may have no span.
    pub span: Option<Range<usize>>,
}

impl Removal {
    /// Creates a removal record.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Reason, Removal};
    ///
    /// let r = Removal::new("my-cleaner", Reason::Custom("test".into()), "gone", Some(0..4));
    /// assert_eq!(r.text, "gone");
    /// ```
    pub fn new(
        stage: &'static str,
        reason: Reason,
        text: impl Into<String>,
        span: Option<Range<usize>>,
    ) -> Removal {
        Removal {
            stage,
            reason,
            text: text.into(),
            span,
        }
    }
}

/// One edit a normalizer made to the text of a kept block.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// // "e" + combining acute accent becomes the precomposed "é" under NFC.
/// let article = Pipeline::default().clean_text("Title\n\nCafe\u{301} society returns to the city this year.\n")?;
/// let change = &article.changes[0];
/// assert_eq!(change.normalizer, "unicode");
/// assert_eq!((change.from.as_str(), change.to.as_str()), ("Cafe\u{301}", "Café"));
///
/// // The same edit again and again is one record, counted.
/// let article = Pipeline::default().clean_text("Title\n\nA  b  c  d, and then the story went on for a while.\n")?;
/// assert_eq!(article.changes.len(), 1);
/// assert_eq!((article.changes[0].repeats, article.changes[0].span.clone()), (3, 1..9));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Change {
    /// The stable name of the normalizer ("unicode", "whitespace", …).
    pub normalizer: &'static str,
    /// Index of the changed block in [`Article::blocks`](crate::Article::blocks), or `None` for the title
    /// (and for the rare block a custom normalizer empties although it held a letter or a digit; a
    /// block left empty otherwise is a [`Removal`] by the normalizer that emptied it). `None` too for
    /// text input's reading of a line of an article's HTML source as HTML, before any block was
    /// cleaned (normalizer `"article-markup"`: `from` is the line, `to` its blocks' texts a blank line
    /// apart), and of Markdown's inline links and images (normalizer `"markdown-links"`: `from` is the
    /// block as it stood, `to` the block read, `repeats` the links and images read); such records
    /// come first.
    pub block: Option<usize>,
    /// Byte range of `from` in the block's text as it was before this change (for `"article-markup"`
    /// and `"markdown-links"`, in the input).
    pub span: Range<usize>,
    /// The text before.
    pub from: String,
    /// The text after.
    pub to: String,
    /// How many edits this record stands for: 1 for one edit. The same edit made again right after it in
    /// the same block (a run of `" - "` turned into dashes) is counted here, and `span` then runs from
    /// the first to the end of the last. In a record of unlisted changes
    /// ([`is_unlisted`](Change::is_unlisted)), the number of changes not listed.
    pub repeats: usize,
}

impl Change {
    /// The record that stands for `count` changes of `normalizer` not listed, past
    /// [`MAX_LISTED_CHANGES`](crate::normalize::MAX_LISTED_CHANGES).
    pub(crate) fn unlisted(normalizer: &'static str, count: usize) -> Change {
        Change {
            normalizer,
            block: None,
            span: 0..0,
            from: String::new(),
            to: String::new(),
            repeats: count,
        }
    }

    /// Whether this record only counts changes that are not listed: past
    /// [`MAX_LISTED_CHANGES`](crate::normalize::MAX_LISTED_CHANGES) records, each normalizer's further
    /// edits are counted in one such record (`repeats` of them), with no text. A real change never
    /// has the same text before and after.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::normalize::MAX_LISTED_CHANGES;
    ///
    /// // Every run of two spaces is one whitespace change; runs alternate with runs of three.
    /// let body: String = (0..=MAX_LISTED_CHANGES).map(|i| if i % 2 == 0 { "a  " } else { "b   " }).collect();
    /// let article = copydesk::Pipeline::default().clean_text(&format!("Title\n\n{body}end."))?;
    /// assert_eq!(article.changes.len(), MAX_LISTED_CHANGES + 1);
    /// let last = article.changes.last().unwrap();
    /// assert!(last.is_unlisted());
    /// assert_eq!((last.normalizer, last.repeats), ("whitespace", 1));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn is_unlisted(&self) -> bool {
        self.from == self.to
    }
}
