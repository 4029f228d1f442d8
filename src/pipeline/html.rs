//! The HTML entry points of [`Pipeline`].

use super::{Focus, Pipeline};
use crate::article::Article;
use crate::document::Document;
use crate::error::Error;
use crate::extract;
use crate::input;

impl Pipeline {
    /// Cleans an HTML page: finds the article in the DOM, reads the page's metadata, and sends the
    /// body's blocks through the same cleaners and normalizers as text.
    ///
    /// Everything the DOM stage leaves out (navigation, hidden nodes, sidebars, comments, …) is in
    /// [`Article::removals`] with the stage that dropped it.
    ///
    /// # Errors
    ///
    /// [`Error::TooLarge`] over the size limit, [`Error::EmptyInput`] for a blank page,
    /// [`Error::NotText`] for binary data, [`Error::NoArticle`] when the page holds no text at all.
    ///
    /// # Examples
    ///
    /// ```
    /// let page = r#"<html><head><title>Storm hits coast</title></head><body>
    ///   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    ///   <article><h1>Storm hits coast</h1>
    ///     <p>The storm reached the coast on Monday night, cutting power to thousands of homes.</p>
    ///     <p>Crews worked through the night to restore the lines<br>and clear the roads.</p>
    ///   </article></body></html>"#;
    /// let article = copydesk::Pipeline::default().clean_html(page)?;
    /// assert_eq!(article.title.as_deref(), Some("Storm hits coast"));
    /// assert!(article.body_text().starts_with("The storm reached the coast"));
    /// assert!(article.body_text().contains("lines\n\nand clear"));
    /// assert!(article.removals.iter().any(|r| r.text == "Home World"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn clean_html(&self, html: &str) -> Result<Article, Error> {
        self.clean_html_with_url(html, None)
    }

    /// Cleans an HTML page fetched from `url`; the URL fills [`Article::url`] and helps read
    /// metadata (a date in the path).
    ///
    /// # Errors
    ///
    /// As [`Pipeline::clean_html`].
    ///
    /// # Examples
    ///
    /// ```
    /// let page = "<title>Rain</title><p>It rained all day over the valley, and the river rose by a metre.</p>";
    /// let article = copydesk::Pipeline::default()
    ///     .clean_html_with_url(page, Some("https://example.com/2024/05/01/rain"))?;
    /// assert_eq!(article.url.as_deref(), Some("https://example.com/2024/05/01/rain"));
    /// assert_eq!(article.blocks.len(), 1);
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn clean_html_with_url(&self, html: &str, url: Option<&str>) -> Result<Article, Error> {
        let document = self.html_document(html, url)?;
        self.finish(document)
    }

    /// The input stage of HTML: checks, the DOM stage and the page's metadata; blocks not yet cleaned.
    pub(crate) fn html_document(&self, html: &str, url: Option<&str>) -> Result<Document, Error> {
        // Markup parsers drop stray NULs, so only a page mostly made of control characters is binary.
        self.check_input_with(html, false)?;
        let options = extract::Options {
            detect_language: self.detect_language,
            markup: self.inline_markup || self.focus == Focus::Precision,
            keep_doubtful: self.focus == Focus::Recall,
            no_widening: self.focus == Focus::Precision,
        };
        Ok(extract::extract(html, url, options))
    }

    /// Cleans a document given as raw bytes: decodes it (byte order mark, the `Content-Type` header's
    /// charset, the page's `<meta charset>`, then a guess), then cleans it as HTML when it is markup
    /// and as text otherwise.
    ///
    /// # Errors
    ///
    /// As [`Pipeline::clean_html`] and [`Pipeline::clean_text`].
    ///
    /// # Examples
    ///
    /// ```
    /// let bytes = "<html><body><p>Caf\u{e9} owners reopened their terraces on Monday, after a long winter.</p></body></html>".as_bytes();
    /// let article = copydesk::Pipeline::default().clean_bytes(bytes, Some("text/html; charset=utf-8"))?;
    /// assert!(article.body_text().starts_with("Café owners"));
    ///
    /// let text = copydesk::Pipeline::default().clean_bytes(b"Headline\n\nBody text.", None)?;
    /// assert_eq!(text.title.as_deref(), Some("Headline"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn clean_bytes(&self, bytes: &[u8], content_type: Option<&str>) -> Result<Article, Error> {
        let document = self.bytes_document(bytes, content_type)?;
        self.finish(document)
    }

    /// The input stage of raw bytes: decoded, then the HTML or the text input stage.
    pub(crate) fn bytes_document(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<Document, Error> {
        if bytes.len() > self.max_input_bytes() {
            return Err(Error::TooLarge {
                size: bytes.len(),
                limit: self.max_input_bytes(),
            });
        }
        let (text, decoding) = input::decode_borrowing(bytes, content_type)?;
        let declared_html = content_type.is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            t.contains("html") || t.contains("xml")
        });
        let mut document = if declared_html || input::looks_like_html(&text) {
            self.html_document(&text, None)?
        } else {
            self.text_document(&text)?
        };
        document.meta.decoding = Some(decoding);
        Ok(document)
    }
}
