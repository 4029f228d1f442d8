//! WARC input: the `response` records of a web archive, cleaned as articles with their URL.
//!
//! Web corpora come as WARC files (Common Crawl's are gzip-compressed record by record). [`WarcResponses`]
//! reads the `response` records of such a file (plain or `.gz`), keeps the HTML ones, and gives each
//! with its `WARC-Target-URI` and HTTP `Content-Type`; [`WarcResponse::clean`] decodes it with the
//! header's charset and cleans it, setting [`Article::url`](crate::Article::url). [`Pipeline::clean_warc`](crate::Pipeline::clean_warc) does both.
//!
//! Records of other types (`request`, `metadata`, `warcinfo`), non-HTML responses and responses that are
//! not a success (redirects, errors) are skipped and counted in [`WarcStats`]. A broken record is an
//! error for that record only: the iterator goes on with the next one. An I/O error (a truncated or
//! corrupt gzip stream) ends the iteration after being reported, since nothing after it can be read.
//!
//! Payloads are taken as stored: Common Crawl stores them decoded (no chunked transfer or gzip
//! content encoding), which is what this module expects.
//!
//! Needs the `warc` feature.
//!
//! # Examples
//!
//! ```
//! use copydesk::warc::WarcResponses;
//!
//! let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
//!             <title>Rain</title><p>It rained all day over the valley, and the river rose by a metre.</p>";
//! let warc = format!(
//!     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/rain\r\n\
//!      Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{}\r\n\r\n",
//!     http.len(), http
//! );
//! let mut responses = WarcResponses::from_reader(std::io::Cursor::new(warc.into_bytes()))?;
//! let pipeline = copydesk::Pipeline::default();
//! let article = responses.next().unwrap()?.clean(&pipeline)?;
//! assert_eq!(article.url.as_deref(), Some("https://example.com/rain"));
//! assert!(article.body_text().starts_with("It rained"));
//! assert!(responses.next().is_none());
//! assert_eq!(responses.stats().responses, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod http;
mod record;

use crate::error::Error;
use crate::input;
use record::{Header, Read1, RecordReader};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// Buffer size for reading archives: records are tens of kilobytes, files gigabytes.
const READ_BUFFER_BYTES: usize = 1 << 20;

/// Room for the WARC record's HTTP status line and headers around a payload of the pipeline's size limit.
pub(crate) const HTTP_HEAD_ALLOWANCE: u64 = 1 << 20;

/// The two bytes that open every gzip member (RFC 1952).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A reader of archive bytes, decompressed when the archive is gzip.
type ArchiveReader = Box<dyn BufRead + Send>;

/// Counts of what a WARC file held and what was done with it.
///
/// # Examples
///
/// ```
/// let stats = copydesk::warc::WarcStats::default();
/// assert_eq!(stats.records + stats.responses + stats.non_html + stats.not_ok + stats.errors, 0);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WarcStats {
    /// Every record read, of any type.
    pub records: usize,
    /// HTML `response` records with a success status, given out for cleaning.
    pub responses: usize,
    /// `response` records skipped because their payload is not HTML (PDF, images, JSON, …).
    pub non_html: usize,
    /// `response` records skipped because their status is not a success (redirects, 404s, …).
    pub not_ok: usize,
    /// Records that could not be read or cleaned.
    pub errors: usize,
}

/// What went wrong with one record; the records after it are still read.
///
/// # Examples
///
/// ```
/// use copydesk::warc::WarcError;
///
/// let err = WarcError::Record { record: 3, message: "the HTTP message has no blank line".into() };
/// assert_eq!(err.to_string(), "WARC record 3: the HTTP message has no blank line");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WarcError {
    /// The record (or the archive at that point) could not be read as a WARC record holding an HTTP response.
    #[error("WARC record {record}: {message}")]
    Record {
        /// The record's number in the file, from 0.
        record: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The record was read but cleaning its page failed.
    #[error("WARC record {record} ({url}): {error}")]
    Clean {
        /// The record's number in the file, from 0.
        record: usize,
        /// The record's `WARC-Target-URI`.
        url: String,
        /// Why cleaning failed.
        error: Error,
    },
}

/// One HTML `response` record: where the page came from and its HTTP payload.
///
/// # Examples
///
/// ```
/// use copydesk::warc::WarcResponse;
///
/// let response = WarcResponse {
///     record: 0,
///     url: "https://example.com/a".into(),
///     content_type: Some("text/html; charset=iso-8859-1".into()),
///     payload: b"<p>Caf\xe9 owners reopened their terraces on Monday, after a long and quiet winter.</p>".to_vec(),
/// };
/// let article = response.clean(&copydesk::Pipeline::default())?;
/// assert!(article.body_text().starts_with("Café owners"));
/// assert_eq!(article.url.as_deref(), Some("https://example.com/a"));
/// # Ok::<(), copydesk::warc::WarcError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcResponse {
    /// The record's number in the file, from 0.
    pub record: usize,
    /// The `WARC-Target-URI`: the URL the page was fetched from.
    pub url: String,
    /// The HTTP `Content-Type` header, whose charset decodes the payload.
    pub content_type: Option<String>,
    /// The HTTP payload: the page's bytes.
    pub payload: Vec<u8>,
}

/// The HTML `response` records of a WARC file, in file order.
///
/// # Examples
///
/// ```no_run
/// let pipeline = copydesk::Pipeline::default();
/// let mut responses = copydesk::warc::WarcResponses::open("CC-MAIN-example.warc.gz")?;
/// for response in responses.by_ref() {
///     match response.and_then(|r| r.clean(&pipeline)) {
///         Ok(article) => println!("{}\t{}", article.url.unwrap_or_default(), article.title.unwrap_or_default()),
///         Err(e) => eprintln!("{e}"),
///     }
/// }
/// eprintln!("{:?}", responses.stats());
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct WarcResponses {
    records: RecordReader<ArchiveReader>,
    pub(crate) stats: WarcStats,
    /// Set after an I/O error: the stream cannot be read past it.
    done: bool,
}

impl std::fmt::Debug for WarcResponses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WarcResponses")
            .field("stats", &self.stats)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl WarcResponses {
    /// Opens a WARC file, plain or gzip-compressed (recognised by its first bytes, not its name).
    ///
    /// # Errors
    ///
    /// The I/O error of opening or first reading the file.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(copydesk::warc::WarcResponses::open("/no/such/file.warc.gz").is_err());
    /// ```
    pub fn open(path: impl AsRef<Path>) -> io::Result<WarcResponses> {
        WarcResponses::from_reader(File::open(path)?)
    }

    /// Reads a WARC archive from any reader, plain or gzip-compressed (one member per record or one for all).
    ///
    /// # Errors
    ///
    /// The I/O error of the first read; [`io::ErrorKind::InvalidData`] when the (decompressed) bytes do not
    /// open with a WARC version line.
    ///
    /// ```
    /// let err = copydesk::warc::WarcResponses::from_reader(std::io::Cursor::new(b"\x89PNG\r\n")).unwrap_err();
    /// assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
    /// ```
    ///
    /// # Examples
    ///
    /// ```
    /// let mut responses = copydesk::warc::WarcResponses::from_reader(std::io::empty())?;
    /// assert!(responses.next().is_none());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn from_reader(reader: impl Read + Send + 'static) -> io::Result<WarcResponses> {
        let mut buffered = BufReader::with_capacity(READ_BUFFER_BYTES, reader);
        let is_gzip = buffered.fill_buf()?.starts_with(&GZIP_MAGIC);
        let mut archive: ArchiveReader = if is_gzip {
            let decoder = flate2::bufread::MultiGzDecoder::new(buffered);
            Box::new(BufReader::with_capacity(READ_BUFFER_BYTES, decoder))
        } else {
            Box::new(buffered)
        };
        if !opens_like_warc(archive.fill_buf()?) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "not a WARC archive: it does not open with a WARC/ version line",
            ));
        }
        let max_block = crate::input::DEFAULT_MAX_INPUT_BYTES as u64 + HTTP_HEAD_ALLOWANCE;
        Ok(WarcResponses {
            records: RecordReader::new(archive, max_block),
            stats: WarcStats::default(),
            done: false,
        })
    }

    /// Records whose block (the HTTP message) declares more than `bytes` are skipped unread and reported
    /// as an error; nothing larger is ever held in memory.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_INPUT_BYTES`](crate::DEFAULT_MAX_INPUT_BYTES) plus 1 MiB for the HTTP headers.
    /// [`Pipeline::clean_warc`](crate::Pipeline::clean_warc) uses the pipeline's own size limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::warc::{WarcError, WarcResponses};
    ///
    /// let warc = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 18446744073709551614\r\n\r\nHTTP/1.1 200 OK\r\n";
    /// let mut responses = WarcResponses::from_reader(std::io::Cursor::new(warc))?.max_record_bytes(1 << 20);
    /// assert!(matches!(responses.next(), Some(Err(WarcError::Record { record: 0, .. }))));
    /// assert!(responses.next().is_none());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn max_record_bytes(mut self, bytes: u64) -> WarcResponses {
        self.records.set_max_block(bytes);
        self
    }

    /// What has been read so far.
    ///
    /// # Examples
    ///
    /// ```
    /// let responses = copydesk::warc::WarcResponses::from_reader(std::io::empty())?;
    /// assert_eq!(responses.stats(), copydesk::warc::WarcStats::default());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn stats(&self) -> WarcStats {
        self.stats
    }

    /// The next record as a response to clean, `None` for a record that is skipped.
    fn accept(
        &mut self,
        record: usize,
        header: &Header,
        body: Vec<u8>,
    ) -> Option<Result<WarcResponse, WarcError>> {
        if !is_response(header) {
            return None;
        }
        let fail = |message: String| Some(Err(WarcError::Record { record, message }));
        let Some(url) = header.get("WARC-Target-URI").map(str::to_string) else {
            return fail("a response record without WARC-Target-URI".into());
        };
        let http = match http::parse(&body) {
            Ok(http) => http,
            Err(message) => return fail(message),
        };
        if !(200..300).contains(&http.status) {
            self.stats.not_ok += 1;
            return None;
        }
        let is_html = match http.content_type.as_deref() {
            Some(content_type) => http::is_html(content_type),
            None => sniff_html(http.payload),
        };
        if !is_html {
            self.stats.non_html += 1;
            return None;
        }
        let payload_start = body.len() - http.payload.len();
        let content_type = http.content_type;
        let mut payload = body;
        payload.drain(..payload_start);
        Some(Ok(WarcResponse {
            record,
            url,
            content_type,
            payload,
        }))
    }
}

/// Whether the first bytes of an archive (after decompression) can open a WARC record: an empty
/// archive can, random bytes cannot.
fn opens_like_warc(head: &[u8]) -> bool {
    let start = head
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    let prefix = &head[..head.len().min(record::VERSION_PREFIX.len())];
    record::VERSION_PREFIX.starts_with(prefix)
}

/// Whether a record is a `response` record.
fn is_response(header: &Header) -> bool {
    header
        .get("WARC-Type")
        .is_some_and(|t| t.eq_ignore_ascii_case("response"))
}

/// Whether an untyped payload opens like an HTML page.
fn sniff_html(payload: &[u8]) -> bool {
    /// Markup shows in the first kilobyte, as the HTML spec's own sniffing assumes.
    const SNIFF_BYTES: usize = 1024;
    let prefix = &payload[..payload.len().min(SNIFF_BYTES)];
    input::looks_like_html(&String::from_utf8_lossy(prefix))
}

impl Iterator for WarcResponses {
    type Item = Result<WarcResponse, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let record = self.stats.records;
            let read = self.records.next_record()?;
            self.stats.records += 1;
            let item = match read {
                Read1::Record(header, body) => self.accept(record, &header, body),
                Read1::TooLarge { header, declared } => is_response(&header).then(|| {
                    Err(WarcError::Record {
                        record,
                        message: format!(
                            "the record declares {declared} bytes, more than the limit of {}",
                            self.records.max_block()
                        ),
                    })
                }),
                Read1::Bad { message, fatal } => {
                    // An I/O error or an archive cut short: nothing after it can be trusted.
                    self.done = fatal;
                    Some(Err(WarcError::Record { record, message }))
                }
            };
            match item {
                Some(Ok(response)) => {
                    self.stats.responses += 1;
                    return Some(Ok(response));
                }
                Some(Err(error)) => {
                    self.stats.errors += 1;
                    return Some(Err(error));
                }
                None => continue,
            }
        }
        None
    }
}
