//! Plain-text input: splitting page text into blocks, and measuring text in every script.

mod box_remnant;
mod data_line;
mod dense_lines;
mod list_marks;
mod locate;
mod markdown_links;
mod markup_line;
mod name_run;
mod page_header;
mod situation;
mod split;
mod stamped_line;
mod thread;
mod title_anchor;

pub use crate::measure::{
    ends_sentence, has_word_chars, has_words, is_prose, is_unspaced_script, word_count,
};
pub(crate) use box_remnant::box_remnants;
pub use box_remnant::BOX_REMNANT;
pub(crate) use dense_lines::{split_dense, LineDensity};
pub use locate::locate_body;
pub(crate) use locate::{locate_measured, prose_blocks, Measured};
pub use markdown_links::{read_markdown_links, MARKDOWN_LINKS};
pub use markup_line::is_article_markup;
pub(crate) use page_header::page_header;
pub use page_header::PAGE_HEADER;
pub(crate) use situation::{short_lines_apart, Evidence, StockMarks};
pub use split::split_blocks;
pub(crate) use split::{reads_as_preformatted, split_text};
pub(crate) use thread::comment_thread_start;
pub(crate) use title_anchor::has_site_separator;
