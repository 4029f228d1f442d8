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
//! let log: Vec<(&str, &str)> = article.removals.iter().map(|r| (r.stage, r.text.as_str())).collect();
//! assert_eq!(log, [("breadcrumb", "Home » News » World"), ("share-prompt", "Share this article")]);
//! for removal in &article.removals {
//!     // Each removal knows where it stood in the input (a hard-wrapped paragraph's line breaks are
//!     // spaces in `removal.text`: see `Removal::span`).
//!     assert_eq!(&text[removal.span.clone().unwrap()], removal.text);
//! }
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! # Inputs
//!
//! **HTML**: a main-content stage finds the article in the DOM (dropping menus, sidebars, footers),
//! then the same cleaners run on its blocks; metadata comes from the page's `<meta>`, JSON-LD and markup.
//!
//! ```
//! let page = "<html lang=en><head><title>Storm hits coast | Daily News</title></head><body>\
//!     <nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Storm hits coast</h1>\
//!     <p>The storm reached the coast on Monday night, and the ferries stayed in port.</p></article>\
//!     <footer>About us</footer></body></html>";
//! let article = copydesk::clean_html(page)?;
//! assert_eq!(article.title.as_deref(), Some("Storm hits coast"));
//! assert_eq!(article.body_text(), "The storm reached the coast on Monday night, and the ferries stayed in port.");
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! **Bytes** in any charset, as fetched: [`Pipeline::clean_bytes`] decodes them (byte order mark, the
//! `Content-Type` header's charset, `<meta charset>`, then a statistical guess) and tells HTML from text.
//!
//! ```
//! // "Café" in windows-1252, declared by the server's Content-Type header.
//! let bytes = b"<title>Caf\xe9</title><p>The caf\xe9 on the square reopened on Monday after a long winter.</p>";
//! let article = copydesk::Pipeline::default().clean_bytes(bytes, Some("text/html; charset=windows-1252"))?;
//! assert_eq!(article.title.as_deref(), Some("Café"));
//! assert!(article.body_text().starts_with("The café on the square"));
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! **Text**: a scraped article, or the whole text of a page, whose article the body locator finds
//! ([`clean_text`], [`Pipeline::clean_text`]; see the examples above).
//!
//! **Batch**: [`Pipeline::clean_batch`] cleans a site's pages together and removes the furniture that
//! recurs across them (stage `batch-furniture`); `clean_batch_threads` does it on several threads.
//!
//! ```
//! use copydesk::{batch::BatchDocument, Pipeline};
//!
//! let pages: Vec<String> = (0..4)
//!     .map(|i| format!("Story {i}\n\nThe body of story {i}, unlike any other story.\n\nThe Daily Example, since 1901\n"))
//!     .collect();
//! let docs: Vec<BatchDocument> = pages.iter().map(|p| BatchDocument::text(p)).collect();
//! let articles = Pipeline::default().clean_batch(&docs);
//! let first = articles[0].as_ref().unwrap();
//! assert_eq!(first.body_text(), "The body of story 0, unlike any other story.");
//! assert_eq!(first.removals[0].stage, "batch-furniture");
//! ```
//!
//! # Output
//!
//! **The record**: an [`Article`] holds the metadata (title, byline, date, site, language, URLs), the
//! kept [`Block`]s with their [`BlockKind`] and byte span in the input, every [`Removal`] (stage,
//! [`Reason`], text, span) and every normalizer [`Change`]. Nothing is dropped silently.
//!
//! ```
//! let article = copydesk::clean_text("Headline\n\nThe story,  in full.\n\nAdvertisement\n")?;
//! assert_eq!(article.blocks[0].kind, copydesk::BlockKind::Paragraph);
//! assert_eq!(article.blocks[0].text, "The story, in full.");
//! assert_eq!(article.removals[0].stage, "ad-label");
//! assert_eq!(article.changes[0].normalizer, "whitespace");
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! **Markdown**: [`Article::to_markdown`] renders the title, headings, lists, quotes, code and tables.
//!
//! ```
//! let page = "<title>Results</title><article><p>The count finished late on Sunday, with a record turnout.</p>\
//!             <h2>By party</h2><ul><li>Blue won 41 seats.</li></ul></article>";
//! let markdown = copydesk::clean_html(page)?.to_markdown();
//! assert!(markdown.starts_with("# Results\n\nThe count finished late on Sunday"));
//! assert!(markdown.contains("## By party\n\n- Blue won 41 seats.\n"));
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! # Features
//!
//! All off by default:
//!
//! - `serde`: `Serialize` for the record ([`Article`] and [`Block`] as their JSON record,
//!   [`Article::to_json`]; [`Removal`], [`Change`]) and
//!   `Serialize` + `Deserialize` for the plain-data enums ([`BlockKind`], [`Reason`], [`phrases::Lang`]).
//! - `rayon`: `Pipeline::clean_batch_parallel`, a batch on rayon's global thread pool.
//! - `warc`: `copydesk::warc` and `Pipeline::clean_warc`, the HTML responses of a WARC archive.
//! - `cli`: the `copydesk` command, `cargo run --release --features cli --bin copydesk -- FILE`
//!   (`--help` lists its options). Python bindings live in the repository's `python/` directory.
//!
//! ```
//! # #[cfg(feature = "serde")]
//! # {
//! let article = copydesk::clean_text("Headline\n\nThe story, in full.\n")?;
//! let json = serde_json::to_value(&article).unwrap();
//! assert_eq!(json["title"], "Headline");
//! assert_eq!(json, article.to_json(copydesk::Markup::all()));
//! let kind: copydesk::BlockKind = serde_json::from_str("\"paragraph\"").unwrap();
//! assert_eq!(kind, copydesk::BlockKind::Paragraph);
//! # }
//! # Ok::<(), copydesk::Error>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The modules, bottom layer first: each imports only from the modules listed before it (tests/layers.rs
// checks every `crate::` path against this order; ARCHITECTURE.md draws the layers). One module per
// group: rustfmt keeps the order of groups.

// Leaves: the languages with phrase lists, and character and word measures.
mod lang;

mod measure;

// Profiling: the time of each stage, with the `stage-timings` feature; imports nothing.
#[doc(hidden)]
pub mod stage_timings;

// The record: blocks, removals and changes, the article, errors.
mod block;

mod removal;

mod decoding;

mod article;

mod error;

// Phrase lists, and the document every stage works on.
pub mod phrases;

mod document;

// The stages, each a set of functions over documents.
pub mod input;

pub mod text;

mod language;

pub mod cleaners;

pub mod normalize;

mod markdown;

mod extract;

mod record;

pub mod batch;

#[cfg(feature = "warc")]
pub mod warc;

// The top: every entry point of `Pipeline`.
mod pipeline;

#[doc(hidden)]
pub mod bench_support;

pub use article::{Article, InputKind, InputReading, MetadataSources};
pub use block::{Block, BlockKind, Inline, InlineKind};
pub use error::Error;
pub use extract::PageType;
pub use input::DEFAULT_MAX_INPUT_BYTES;
pub use language::detect_language;
pub use markdown::Markup;
#[cfg(feature = "warc")]
pub use pipeline::WarcArticles;
pub use pipeline::{Focus, Pipeline, PipelineBuilder, BODY_LOCATOR, BOX_REMNANT, PAGE_HEADER};
pub use record::SCHEMA_VERSION;
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
