//! copydesk does to scraped articles what a newspaper's copy desk does: it strips the site's cruft
//! (advertisement labels, newsletter prompts, comment forms, breadcrumbs, tag lists, share and cookie
//! prompts, the repeated headline) and puts the text into one house style, keeping a record of every
//! removal and change.
//!
//! # Examples
//!
//! The one-liner:
//!
//! ```
//! let article = copydesk::clean_text("Headline\n\nThe story, in full.\n\n- Advertisement -\n")?;
//! assert_eq!(article.text(), "Headline\n\nThe story, in full.\n");
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! A pipeline of your own, built once and shared across threads:
//!
//! ```
//! use copydesk::{phrases::Lang, Pipeline};
//!
//! let pipeline = Pipeline::builder().language(Lang::En).remove("timestamp-label").build()?;
//! let article = pipeline.clean_text("Headline\n\nThe story, in full.\n\nLeave a Reply\n")?;
//! assert_eq!(article.blocks.len(), 1);
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! Reading what was removed, and why:
//!
//! ```
//! let text = "Home » News » World\n\nHeadline\n\nThe story, in full.\n\nShare this article\n";
//! let article = copydesk::clean_text(text)?;
//! let log: Vec<(&str, &str)> = article.removals.iter().map(|r| (r.cleaner, r.text.as_str())).collect();
//! assert_eq!(log, [("breadcrumb", "Home » News » World"), ("share-prompt", "Share this article")]);
//! for removal in &article.removals {
//!     // Each removal knows where it stood in the input (a hard-wrapped paragraph's line breaks are
//!     // spaces in `removal.text`: see `Removal::span`).
//!     assert_eq!(&text[removal.span.clone().unwrap()], removal.text);
//! }
//! # Ok::<(), copydesk::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
pub mod batch;
pub mod cleaners;
mod error;
mod extract;
pub mod input;
mod language;
mod markdown;
pub mod normalize;
pub mod phrases;
mod pipeline;
mod removal;
pub mod text;
#[cfg(feature = "warc")]
pub mod warc;

pub use article::{Article, Block, BlockKind, MetadataSources};
pub use error::Error;
#[doc(hidden)]
pub use extract::dom_stage_for_benches;
#[doc(hidden)]
pub use extract::metadata::page_metadata_for_tests;
pub use language::detect_language;
pub use pipeline::{Pipeline, PipelineBuilder, BODY_LOCATOR, DEFAULT_MAX_INPUT_BYTES};
pub use removal::{Change, Reason, Removal};

use once_cell::sync::Lazy;

static DEFAULT_PIPELINE: Lazy<Pipeline> = Lazy::new(Pipeline::default);

/// Cleans plain text with the default pipeline.
///
/// # Errors
///
/// As [`Pipeline::clean_text`].
///
/// # Examples
///
/// ```
/// let article = copydesk::clean_text("Headline\n\nBody.\n\nADVERTISEMENT")?;
/// assert_eq!(article.body_text(), "Body.");
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn clean_text(text: &str) -> Result<Article, Error> {
    DEFAULT_PIPELINE.clean_text(text)
}

/// Cleans an HTML page with the default pipeline.
///
/// # Errors
///
/// As [`Pipeline::clean_html`].
///
/// # Examples
///
/// ```
/// let page = "<title>Rain</title><body><p>It rained all day over the valley, and the river rose.</p>\
///             <div class=\"share\"><a href=\"#\">Share</a></div></body>";
/// let article = copydesk::clean_html(page)?;
/// assert_eq!(article.body_text(), "It rained all day over the valley, and the river rose.");
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn clean_html(html: &str) -> Result<Article, Error> {
    DEFAULT_PIPELINE.clean_html(html)
}

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
