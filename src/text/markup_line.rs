//! A line of an article's HTML source inside a text: a republishing box's copy of the article, or
//! a scraper that handed over an element's markup instead of its text.

use memchr::memmem;

/// Closing tags of text blocks (paragraphs, headings, list entries, quotes) a line needs to be an
/// article's markup. A sentence about HTML quotes a tag or two ("close it with `</p>`"); three
/// closed paragraphs in a line that opens with a tag are a document's source.
const MIN_CLOSED_BLOCKS: usize = 3;

/// The closing tags counted, in lower case (the line is searched as written and in lower case).
const BLOCK_CLOSINGS: [&str; 9] = [
    "</p>",
    "</li>",
    "</h1>",
    "</h2>",
    "</h3>",
    "</h4>",
    "</h5>",
    "</h6>",
    "</blockquote>",
];

/// Whether `text` (a block of a text input) is a line of an article's HTML source: it opens with a
/// tag and closes [`MIN_CLOSED_BLOCKS`] text blocks or more.
///
/// # Examples
///
/// ```
/// use copydesk::text::is_article_markup;
///
/// assert!(is_article_markup("<h1>Plan passes</h1> <p>The board voted.</p> <p>Work starts in May.</p>"));
/// assert!(!is_article_markup("Close each paragraph with </p> and each item with </li>, as in <p>Hi</p>."));
/// assert!(!is_article_markup("<p>One paragraph of markup.</p>"));
/// ```
pub fn is_article_markup(text: &str) -> bool {
    let text = text.trim_start();
    if !text.starts_with('<') || memchr::memmem::find(text.as_bytes(), b"</").is_none() {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let closed: usize = BLOCK_CLOSINGS
        .iter()
        .map(|tag| memmem::find_iter(lower.as_bytes(), tag.as_bytes()).count())
        .sum();
    closed >= MIN_CLOSED_BLOCKS
}
