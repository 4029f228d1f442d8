//! The blocks every input becomes: a heading, a paragraph, a list item, … with its span in the input.
//!
//! At the bottom of the crate with the measures: it imports nothing from the crate.

use std::ops::Range;

/// What kind of text a block holds.
///
/// # Examples
///
/// ```
/// use copydesk::BlockKind;
/// assert_ne!(BlockKind::Heading, BlockKind::Paragraph);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// A heading inside the article body.
    Heading,
    /// A paragraph of running text.
    Paragraph,
    /// An item of a list.
    ListItem,
    /// A block quotation.
    Quote,
    /// A figure or image caption.
    Caption,
    /// Preformatted text or code.
    Preformatted,
    /// A row of a table, cells separated by " | ".
    TableRow,
}

/// One block of article text: a heading, a paragraph, a list item, …
///
/// # Examples
///
/// ```
/// use copydesk::{Block, BlockKind};
///
/// let block = Block::new(BlockKind::Paragraph, "It rained.");
/// assert_eq!(block.text, "It rained.");
/// assert_eq!(block.span, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text, on one line unless the kind keeps line breaks (preformatted text).
    pub text: String,
    /// Byte range of the block in the (decoded) input, when the input stage can locate it.
    pub span: Option<Range<usize>>,
}

impl Block {
    /// Creates a block that does not point into an input.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Block, BlockKind};
    /// assert_eq!(Block::new(BlockKind::Heading, "Results").kind, BlockKind::Heading);
    /// ```
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Block {
        Block {
            kind,
            text: text.into(),
            span: None,
        }
    }

    /// Creates a block that stands at `span` in the input.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Block, BlockKind};
    /// let input = "Hello world";
    /// let block = Block::located(BlockKind::Paragraph, &input[6..], 6..11);
    /// assert_eq!(&input[block.span.clone().unwrap()], block.text);
    /// ```
    pub fn located(kind: BlockKind, text: impl Into<String>, span: Range<usize>) -> Block {
        Block {
            kind,
            text: text.into(),
            span: Some(span),
        }
    }
}
