//! The WARC entry points: [`Pipeline::clean_warc`], [`WarcArticles`] and [`WarcResponse::clean`] (the
//! reader itself, below the pipeline, is `crate::warc`).

use super::Pipeline;
use crate::article::Article;
use crate::error::Error;
use crate::input;
use crate::warc::{WarcError, WarcResponse, WarcResponses, WarcStats, HTTP_HEAD_ALLOWANCE};
use std::io;
use std::path::Path;

impl WarcResponse {
    /// Decodes the payload (byte order mark, the Content-Type's charset, `<meta charset>`, a guess) and
    /// cleans it as HTML fetched from [`WarcResponse::url`].
    ///
    /// # Errors
    ///
    /// [`WarcError::Clean`] with the pipeline's error (too large, empty, not text, no article).
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::warc::{WarcError, WarcResponse};
    ///
    /// let empty = WarcResponse { record: 7, url: "https://example.com/".into(), content_type: None, payload: Vec::new() };
    /// let err = empty.clean(&copydesk::Pipeline::default()).unwrap_err();
    /// assert!(matches!(err, WarcError::Clean { record: 7, error: copydesk::Error::EmptyInput, .. }));
    /// ```
    pub fn clean(&self, pipeline: &Pipeline) -> Result<Article, WarcError> {
        self.try_clean(pipeline).map_err(|error| WarcError::Clean {
            record: self.record,
            url: self.url.clone(),
            error,
        })
    }

    fn try_clean(&self, pipeline: &Pipeline) -> Result<Article, Error> {
        let limit = pipeline.max_input_bytes();
        if self.payload.len() > limit {
            return Err(Error::TooLarge {
                size: self.payload.len(),
                limit,
            });
        }
        let (text, decoding) =
            input::decode_borrowing(&self.payload, self.content_type.as_deref())?;
        let mut article = pipeline.clean_html_with_url(&text, Some(&self.url))?;
        article.decoding = Some(decoding);
        Ok(article)
    }
}

/// The cleaned articles of a WARC file's HTML responses, each with its URL: [`Pipeline::clean_warc`].
///
/// # Examples
///
/// ```no_run
/// let pipeline = copydesk::Pipeline::default();
/// let mut articles = pipeline.clean_warc("CC-MAIN-example.warc.gz")?;
/// let ok = articles.by_ref().filter(Result::is_ok).count();
/// assert_eq!(ok + articles.stats().errors, articles.stats().responses + articles.stats().errors);
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct WarcArticles<'p> {
    responses: WarcResponses,
    pipeline: &'p Pipeline,
}

impl WarcArticles<'_> {
    /// What has been read so far; [`WarcStats::errors`] includes pages that failed to clean.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::default();
    /// let articles = copydesk::WarcArticles::new(&pipeline, copydesk::warc::WarcResponses::from_reader(std::io::empty())?);
    /// assert_eq!(articles.stats().records, 0);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn stats(&self) -> WarcStats {
        self.responses.stats
    }
}

impl<'p> WarcArticles<'p> {
    /// Cleans the responses of `responses` with `pipeline`.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::default();
    /// let responses = copydesk::warc::WarcResponses::from_reader(std::io::empty())?;
    /// assert_eq!(copydesk::WarcArticles::new(&pipeline, responses).count(), 0);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn new(pipeline: &'p Pipeline, responses: WarcResponses) -> WarcArticles<'p> {
        WarcArticles {
            responses,
            pipeline,
        }
    }
}

impl Iterator for WarcArticles<'_> {
    type Item = Result<Article, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        let cleaned = self.responses.next()?.and_then(|r| r.clean(self.pipeline));
        if let Err(WarcError::Clean { .. }) = cleaned {
            self.responses.stats.errors += 1;
        }
        Some(cleaned)
    }
}

impl Pipeline {
    /// Cleans the HTML `response` records of a WARC file (plain or gzip): an iterator of articles with
    /// their URL, one `Err` per broken record. Needs the `warc` feature.
    ///
    /// # Errors
    ///
    /// The I/O error of opening the file; errors of single records come out of the iterator.
    ///
    /// # Examples
    ///
    /// ```
    /// let pipeline = copydesk::Pipeline::default();
    /// assert!(pipeline.clean_warc("/no/such/archive.warc.gz").is_err());
    /// ```
    pub fn clean_warc(&self, path: impl AsRef<Path>) -> io::Result<WarcArticles<'_>> {
        let limit = self.max_input_bytes() as u64 + HTTP_HEAD_ALLOWANCE;
        let responses = WarcResponses::open(path)?.max_record_bytes(limit);
        Ok(WarcArticles::new(self, responses))
    }
}
