//! WARC records read one at a time, with every length bounded before anything is allocated.
//!
//! A record is a version line (`WARC/1.0`), header fields up to a blank line, then exactly
//! `Content-Length` bytes of block, then a blank line or two. The declared length is untrusted: a
//! record that declares more than the reader's limit is skipped without being read into memory and
//! reported as an error, and a header that runs past [`MAX_HEADER_BYTES`] is an error too. After a
//! record whose header cannot be read, the reader looks for the next line that starts a record.

use std::io::{self, BufRead, Read};

/// A WARC header is a few hundred bytes; one this long is not a header.
pub(crate) const MAX_HEADER_BYTES: usize = 64 * 1024;

/// The first bytes of a record's version line.
pub(crate) const VERSION_PREFIX: &[u8] = b"WARC/";

/// What reading one record gave.
#[derive(Debug)]
pub(crate) enum Read1 {
    /// A whole record: its header fields (names as written) and its block.
    Record(Header, Vec<u8>),
    /// A record that could not be read; `fatal` when nothing after it can be read either.
    Bad { message: String, fatal: bool },
    /// A record too large to read, skipped; its header is known.
    TooLarge { header: Header, declared: u64 },
}

/// The header fields of a record.
#[derive(Debug, Default)]
pub(crate) struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    /// The value of the first field named `name` (case-insensitive), trimmed.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }
}

/// Reads records from `inner`, never holding a block longer than `max_block` bytes.
#[derive(Debug)]
pub(crate) struct RecordReader<R> {
    inner: R,
    max_block: u64,
    /// Set after a header could not be read: skip lines until one starts a record.
    lost: bool,
}

impl<R: BufRead> RecordReader<R> {
    pub(crate) fn new(inner: R, max_block: u64) -> RecordReader<R> {
        RecordReader {
            inner,
            max_block,
            lost: false,
        }
    }

    pub(crate) fn set_max_block(&mut self, max_block: u64) {
        self.max_block = max_block;
    }

    pub(crate) fn max_block(&self) -> u64 {
        self.max_block
    }

    /// The next record, or `None` at the end of the input.
    pub(crate) fn next_record(&mut self) -> Option<Read1> {
        match self.read_record() {
            Ok(read) => read,
            Err(error) => Some(Read1::Bad {
                message: format!("cannot read the archive: {error}"),
                fatal: true,
            }),
        }
    }

    fn read_record(&mut self) -> io::Result<Option<Read1>> {
        let Some(version) = self.version_line()? else {
            return Ok(None);
        };
        if !version.starts_with(VERSION_PREFIX) {
            self.lost = true;
            return Ok(Some(bad(format!(
                "not a WARC record: it opens with {:?}",
                excerpt(&version)
            ))));
        }
        let header = match self.header_fields()? {
            Ok(header) => header,
            Err(message) => {
                self.lost = true;
                return Ok(Some(bad(message)));
            }
        };
        let declared = match header.get("Content-Length").map(str::parse::<u64>) {
            Some(Ok(n)) => n,
            Some(Err(_)) => {
                self.lost = true;
                return Ok(Some(bad("the Content-Length is not a number".into())));
            }
            None => {
                self.lost = true;
                return Ok(Some(bad("the record has no Content-Length".into())));
            }
        };
        if declared > self.max_block {
            let skipped = io::copy(&mut (&mut self.inner).take(declared), &mut io::sink())?;
            if skipped < declared {
                return Ok(Some(truncated(declared, skipped)));
            }
            return Ok(Some(Read1::TooLarge { header, declared }));
        }
        // Bounded by `max_block`; grows only as bytes actually arrive.
        let mut block = Vec::with_capacity(declared.min(1 << 20) as usize);
        (&mut self.inner).take(declared).read_to_end(&mut block)?;
        if (block.len() as u64) < declared {
            return Ok(Some(truncated(declared, block.len() as u64)));
        }
        Ok(Some(Read1::Record(header, block)))
    }

    /// The version line of the next record, skipping the blank lines between records (and, after a
    /// broken record, every line that does not start one); `None` at the end of the input.
    fn version_line(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            let Some(line) = self.line()? else {
                return Ok(None);
            };
            let trimmed = trim_line_end(&line);
            if trimmed.is_empty() || (self.lost && !trimmed.starts_with(VERSION_PREFIX)) {
                continue;
            }
            self.lost = false;
            return Ok(Some(trimmed.to_vec()));
        }
    }

    /// The header fields up to the blank line, or why they are not a header.
    fn header_fields(&mut self) -> io::Result<Result<Header, String>> {
        let mut header = Header::default();
        let mut total = 0;
        loop {
            let Some(line) = self.line()? else {
                return Ok(Err("the archive ends inside a record header".into()));
            };
            total += line.len();
            if total > MAX_HEADER_BYTES {
                return Ok(Err(format!(
                    "the record header is longer than {MAX_HEADER_BYTES} bytes"
                )));
            }
            let line = trim_line_end(&line);
            if line.is_empty() {
                return Ok(Ok(header));
            }
            let text = String::from_utf8_lossy(line);
            if line[0] == b' ' || line[0] == b'\t' {
                // A folded continuation of the field before.
                if let Some((_, value)) = header.fields.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            let Some((name, value)) = text.split_once(':') else {
                return Ok(Err(format!("not a header field: {:?}", excerpt(line))));
            };
            header
                .fields
                .push((name.trim().to_string(), value.trim().to_string()));
        }
    }

    /// One line with its end, at most [`MAX_HEADER_BYTES`] long (a longer one comes in pieces);
    /// `None` at the end of the input.
    fn line(&mut self) -> io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        (&mut self.inner)
            .take(MAX_HEADER_BYTES as u64 + 1)
            .read_until(b'\n', &mut line)?;
        Ok((!line.is_empty()).then_some(line))
    }
}

fn bad(message: String) -> Read1 {
    Read1::Bad {
        message,
        fatal: false,
    }
}

fn truncated(declared: u64, got: u64) -> Read1 {
    Read1::Bad {
        message: format!("the archive ends inside a record: {got} of {declared} bytes"),
        fatal: true,
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .rposition(|&c| c != b'\n' && c != b'\r')
        .map_or(0, |p| p + 1);
    &line[..end]
}

/// A bounded, printable excerpt of a bad line for error messages.
fn excerpt(line: &[u8]) -> String {
    /// Long enough to recognise the line, short enough for a log line.
    const EXCERPT_BYTES: usize = 60;
    String::from_utf8_lossy(&line[..line.len().min(EXCERPT_BYTES)]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(bytes: &[u8], max_block: u64) -> Vec<Read1> {
        let mut reader = RecordReader::new(bytes, max_block);
        std::iter::from_fn(|| reader.next_record()).collect()
    }

    fn record(length: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: {length}\r\n\r\n{block}\r\n\r\n"
        )
    }

    #[test]
    fn records_are_read_with_their_fields_and_blocks() {
        let bytes = format!("{}{}", record("5", "hello"), record("3", "abc"));
        let read = read_all(bytes.as_bytes(), 100);
        assert_eq!(read.len(), 2);
        let Read1::Record(header, block) = &read[0] else {
            panic!("{:?}", read[0]);
        };
        assert_eq!(header.get("warc-type"), Some("response"));
        assert_eq!(block, b"hello");
        assert!(matches!(&read[1], Read1::Record(_, b) if b == b"abc"));
    }

    #[test]
    fn a_huge_declared_length_is_an_error_not_an_allocation() {
        let bytes = record("18446744073709551614", "tiny");
        let read = read_all(bytes.as_bytes(), 1 << 20);
        assert_eq!(read.len(), 1);
        assert!(
            matches!(&read[0], Read1::Bad { fatal: true, message } if message.contains("ends inside"))
        );
    }

    #[test]
    fn a_record_over_the_limit_is_skipped_and_reading_goes_on() {
        let bytes = format!("{}{}", record("10", "0123456789"), record("2", "ok"));
        let read = read_all(bytes.as_bytes(), 5);
        assert!(matches!(&read[0], Read1::TooLarge { declared: 10, .. }));
        assert!(matches!(&read[1], Read1::Record(_, b) if b == b"ok"));
    }

    #[test]
    fn random_bytes_are_an_error_not_an_empty_archive() {
        let read = read_all(b"\x00\x17garbage that is no archive\n\xff\xfe", 100);
        assert_eq!(read.len(), 1);
        assert!(matches!(&read[0], Read1::Bad { fatal: false, .. }));
    }

    #[test]
    fn after_a_broken_header_the_next_record_is_found() {
        let bytes = format!(
            "WARC/1.0\r\nno colon here\r\n\r\njunk\r\n\r\n{}",
            record("2", "ok")
        );
        let read = read_all(bytes.as_bytes(), 100);
        assert_eq!(read.len(), 2);
        assert!(matches!(&read[0], Read1::Bad { fatal: false, .. }));
        assert!(matches!(&read[1], Read1::Record(_, b) if b == b"ok"));
    }

    #[test]
    fn bad_lengths_and_endless_headers_are_errors() {
        let bytes = record("-1", "x");
        assert!(matches!(
            &read_all(bytes.as_bytes(), 100)[0],
            Read1::Bad { .. }
        ));
        let endless = format!("WARC/1.0\r\nX: {}", "a".repeat(3 * MAX_HEADER_BYTES));
        let read = read_all(endless.as_bytes(), 100);
        assert!(matches!(&read[0], Read1::Bad { .. }));
    }
}
