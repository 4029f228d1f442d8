//! The blocks every input becomes: a heading, a paragraph, a list item, … with its span in the input.
//!
//! At the bottom of the crate with the measures: it imports nothing from the crate. Its JSON record
//! is in `record`.

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
    /// Preformatted text or code; in text input also lines that stood together between blank lines
    /// and come out as they stood (see [`crate::Pipeline::clean_text`]).
    Preformatted,
    /// A row of a table, printed as a Markdown table prints one: "| Station | Rainfall |". The bars at
    /// its ends mark a row standing alone too, so an article's text read again knows it for one. (A
    /// text's own runs of rows, "Station | Rainfall", are rows without them.)
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
/// assert!(block.inlines.is_empty());
/// ```
///
/// With the `serde` feature, a block serializes as its JSON record ([`Block::to_json`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text, on one line unless the kind keeps line breaks (preformatted text).
    pub text: String,
    /// Byte range of the block in the input (for `clean_bytes`, in the decoded text), when the input
    /// stage can locate it. In HTML it runs from the block's first to its last text node, markup
    /// between them included: with tags dropped and character references decoded, it holds the block's
    /// words as the page has them (the normalizers may have changed them since).
    pub span: Option<Range<usize>>,
    /// The block's inline markup (links, images, bold, italic), when the pipeline was asked to keep it
    /// ([`PipelineBuilder::inline_markup`](crate::PipelineBuilder::inline_markup)); empty otherwise
    /// and for text input. See [`Inline`].
    pub inlines: Vec<Inline>,
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
            inlines: Vec::new(),
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
            inlines: Vec::new(),
        }
    }
}

/// What an [`Inline`] marks: a link, an image, bold or italic text.
///
/// # Examples
///
/// ```
/// use copydesk::InlineKind;
/// let link = InlineKind::Link { href: "https://example.com/".into() };
/// assert_ne!(link, InlineKind::Bold);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InlineKind {
    /// A link (`<a href>`), its target as the page wrote it.
    Link {
        /// The link's target.
        href: String,
    },
    /// An image (`<img>`): it marks no text, it stands at a point of the block.
    Image {
        /// The image's source (`src`, or `data-src` for lazily loaded images).
        src: String,
        /// Its alternative text, empty when the page gives none.
        alt: String,
    },
    /// Bold text (`<b>`, `<strong>`).
    Bold,
    /// Italic text (`<i>`, `<em>`).
    Italic,
}

/// A piece of inline markup of a [`Block`]: what it is, where it stood in the block's text when the
/// block was made, and the text it marked.
///
/// Cleaners and normalizers edit a block's text without moving its markup: [`Block::markup`] finds
/// each piece again by its text, and leaves out a piece whose text is gone. The text itself is never
/// changed by markup.
///
/// # Examples
///
/// ```
/// use copydesk::{Block, BlockKind, Inline, InlineKind};
///
/// let mut block = Block::new(BlockKind::Paragraph, "Read the report today.");
/// block.inlines.push(Inline::new(InlineKind::Link { href: "/report".into() }, 5..15, "the report"));
/// assert_eq!(block.markup()[0].0, 5..15);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Inline {
    /// What the markup is.
    pub kind: InlineKind,
    /// Byte range of the marked text in [`Block::text`] when the block was made; empty for an image.
    pub range: Range<usize>,
    /// The marked text (empty for an image).
    pub text: String,
}

impl Inline {
    /// Markup of the text `text` at `range` of a block's text.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Inline, InlineKind};
    /// let bold = Inline::new(InlineKind::Bold, 0..4, "Note");
    /// assert_eq!(bold.text, "Note");
    /// ```
    pub fn new(kind: InlineKind, range: Range<usize>, text: impl Into<String>) -> Inline {
        Inline {
            kind,
            range,
            text: text.into(),
        }
    }
}

impl Block {
    /// The block's markup where it stands in the block's text now, in text order: each piece at its
    /// recorded range when its text is still there, else where its text occurs nearest to it; a piece
    /// whose text is gone is left out (an image stays while its point is in the text).
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{Block, BlockKind, Inline, InlineKind};
    ///
    /// let mut block = Block::new(BlockKind::Paragraph, "Advertisement Read the report.");
    /// block.inlines.push(Inline::new(InlineKind::Bold, 19..29, "the report"));
    /// block.text = "Read the report.".into(); // a cleaner cut the label
    /// assert_eq!(block.markup(), vec![(5..15, &InlineKind::Bold)]);
    /// ```
    pub fn markup(&self) -> Vec<(Range<usize>, &InlineKind)> {
        let text = self.text.as_str();
        let mut found: Vec<(Range<usize>, &InlineKind)> = self
            .inlines
            .iter()
            .filter_map(|inline| {
                if matches!(inline.kind, InlineKind::Image { .. }) {
                    let at = inline.range.start;
                    return text.is_char_boundary(at).then_some((at..at, &inline.kind));
                }
                if inline.text.is_empty() {
                    return None;
                }
                let range = match text.get(inline.range.clone()) {
                    Some(marked) if marked == inline.text => inline.range.clone(),
                    _ => {
                        let was = inline.range.start;
                        let (at, _) = text
                            .match_indices(inline.text.as_str())
                            .min_by_key(|(at, _)| at.abs_diff(was))?;
                        at..at + inline.text.len()
                    }
                };
                Some((range, &inline.kind))
            })
            .collect();
        found.sort_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)));
        found
    }
}
