//! The records of what the pipeline removed and changed, and why.

use crate::phrases::Lang;
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
    /// The block matched a structural rule, described in a few words.
    Pattern(&'static str),
    /// An HTML element was dropped by a selector or tag rule.
    Selector(&'static str),
    /// The block repeats another one; the number is the index of the kept copy among the blocks the cleaner saw.
    DuplicateOf(usize),
    /// The block scored too low to be part of the article.
    LowScore(f32),
    /// The block recurs in this many documents of a batch.
    Recurring(usize),
    /// A reason given by a user's cleaner.
    Custom(String),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Phrase { lang, phrase } => write!(f, "matches the {lang} phrase {phrase:?}"),
            Reason::Pattern(what) | Reason::Selector(what) => f.write_str(what),
            Reason::DuplicateOf(index) => write!(f, "repeats block {index}"),
            Reason::LowScore(score) => write!(f, "scores {score:.2}, too low for article text"),
            Reason::Recurring(docs) => write!(f, "recurs in {docs} documents of the batch"),
            Reason::Custom(text) => f.write_str(text),
        }
    }
}

/// One piece of text the pipeline removed: which stage, why, what, and where it stood in the input.
///
/// Every non-whitespace character of the input ends up in the article or in a removal (or a change):
/// nothing is dropped silently.
///
/// # Examples
///
/// ```
/// use copydesk::Pipeline;
///
/// let article = Pipeline::default()
///     .clean_text("Title\n\nBody text of the story, long enough to count as a paragraph.\n\nADVERTISEMENT\n")?;
/// let removal = &article.removals[0];
/// assert_eq!(removal.cleaner, "ad-label");
/// assert_eq!(removal.text, "ADVERTISEMENT");
/// let span = removal.span.clone().unwrap();
/// assert_eq!(&"Title\n\nBody text of the story, long enough to count as a paragraph.\n\nADVERTISEMENT\n"[span], "ADVERTISEMENT");
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Removal {
    /// The stable name of the stage that removed the text ("ad-label", "newsletter-prompt", …).
    pub cleaner: &'static str,
    /// Why it was removed.
    pub reason: Reason,
    /// The removed text.
    pub text: String,
    /// Byte range of the removed text in the (decoded) input, when the stage can locate it.
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
        cleaner: &'static str,
        reason: Reason,
        text: impl Into<String>,
        span: Option<Range<usize>>,
    ) -> Removal {
        Removal {
            cleaner,
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
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Change {
    /// The stable name of the normalizer ("unicode", "whitespace", …).
    pub normalizer: &'static str,
    /// Index of the changed block in [`Article::blocks`](crate::Article::blocks), or `None` for the title.
    pub block: Option<usize>,
    /// Byte range of `from` in the block's text as it was before this change.
    pub span: Range<usize>,
    /// The text before.
    pub from: String,
    /// The text after.
    pub to: String,
}
