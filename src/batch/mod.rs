//! Boilerplate learned across a batch: a site's menus, footers, newsletter boxes and disclaimers recur on
//! its pages, while article text does not.
//!
//! The batch stage counts first and decides after: every document's blocks are folded and hashed, the
//! number of documents of each site that hold each block is counted, and only then are the blocks that
//! recur often enough removed from every document. The result does not depend on the order of the
//! documents, and memory and time grow linearly with the batch (no document is compared with another).

mod workers;

use crate::block::Block;
use crate::document::Document;
use crate::error::Error;
use crate::phrases::fold;
use crate::removal::{Reason, Removal};
use crate::text::is_prose;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
pub(crate) use workers::Workers;

/// The stage name of the batch stage in removal records.
pub const BATCH_FURNITURE: &str = "batch-furniture";

/// Documents of a site a block must recur in before it counts as furniture. Two articles may share a
/// quote; three pages sharing a line is a pattern.
const MIN_RECURRING_DOCS: usize = 3;

/// Share of a site's documents a block must recur in. In a large batch a statement quoted by a handful of
/// articles is still news; furniture stands on a good share of the pages.
const MIN_RECURRING_SHARE: f64 = 0.1;

/// Share of a site's documents a block of prose (a sentence of some length) must recur in to be furniture:
/// a disclaimer or a sign-up pitch on most pages. Prose shared by fewer pages is more likely a story's
/// background paragraph repeated in follow-ups, a syndicated paragraph, or a quote.
const PROSE_SHARE: f64 = 0.5;

/// One document of a batch: a text, a page or raw bytes, and the site it comes from.
///
/// Documents with the same site key learn furniture from each other. Without a key, a page's canonical
/// URL or URL gives its host as the key; documents with neither form one group.
///
/// # Examples
///
/// ```
/// use copydesk::batch::BatchDocument;
///
/// let doc = BatchDocument::text("Headline\n\nBody.").site("example.com");
/// assert_eq!(doc.site_key(), Some("example.com"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct BatchDocument<'a> {
    pub(crate) input: Input<'a>,
    site: Option<&'a str>,
}

/// What a batch document holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Input<'a> {
    Text(&'a str),
    Html(&'a str, Option<&'a str>),
    Bytes(&'a [u8], Option<&'a str>),
}

impl<'a> BatchDocument<'a> {
    /// The document's bytes: what its input stage has to read.
    pub(crate) fn len(&self) -> usize {
        match self.input {
            Input::Text(text) | Input::Html(text, _) => text.len(),
            Input::Bytes(bytes, _) => bytes.len(),
        }
    }

    /// A document of plain text (a scraped article, or a whole page's text).
    pub fn text(text: &'a str) -> BatchDocument<'a> {
        BatchDocument {
            input: Input::Text(text),
            site: None,
        }
    }

    /// An HTML page, with the URL it was fetched from when known.
    ///
    /// # Examples
    ///
    /// ```
    /// let doc = copydesk::batch::BatchDocument::html("<p>Hi</p>", Some("https://example.com/a"));
    /// assert_eq!(doc.site_key(), None);
    /// ```
    pub fn html(html: &'a str, url: Option<&'a str>) -> BatchDocument<'a> {
        BatchDocument {
            input: Input::Html(html, url),
            site: None,
        }
    }

    /// Raw bytes in any charset, with the HTTP `Content-Type` when known (see
    /// [`Pipeline::clean_bytes`](crate::Pipeline::clean_bytes)).
    ///
    /// # Examples
    ///
    /// ```
    /// let doc = copydesk::batch::BatchDocument::bytes(b"<p>Hi</p>", Some("text/html"));
    /// assert_eq!(doc.site_key(), None);
    /// ```
    pub fn bytes(bytes: &'a [u8], content_type: Option<&'a str>) -> BatchDocument<'a> {
        BatchDocument {
            input: Input::Bytes(bytes, content_type),
            site: None,
        }
    }

    /// Sets the site key: a host name, or any string that groups one site's pages.
    pub fn site(mut self, key: &'a str) -> BatchDocument<'a> {
        self.site = Some(key);
        self
    }

    /// The site key, if any.
    pub fn site_key(&self) -> Option<&'a str> {
        self.site
    }
}

/// The bytes of a document's blocks after its input stage: the work left for its cleaning stage.
pub(crate) fn keyed_len(keyed: &Result<Keyed, Error>) -> usize {
    keyed.as_ref().map_or(0, |keyed| {
        keyed.document.blocks.iter().map(|b| b.text.len()).sum()
    })
}

/// A document after its input stage, with the [`block_key`] of each of its blocks.
pub(crate) struct Keyed {
    pub document: Document,
    pub keys: Vec<u64>,
}

/// Recurring blocks per site: (site hash, block hash) → documents they recur in.
#[derive(Debug, Default)]
pub(crate) struct Furniture {
    counts: HashMap<(u64, u64), usize>,
    docs_per_site: HashMap<u64, usize>,
}

impl Furniture {
    /// The number of the site's documents the block recurs in, when that makes it furniture.
    fn recurring(&self, site: u64, block: &Block, key: u64) -> Option<usize> {
        let docs = *self.docs_per_site.get(&site)?;
        let count = *self.counts.get(&(site, key))?;
        let share = if is_prose(&block.text) {
            PROSE_SHARE
        } else {
            MIN_RECURRING_SHARE
        };
        (count >= MIN_RECURRING_DOCS && count as f64 >= share * docs as f64).then_some(count)
    }
}

/// The hashed site key of a document: the caller's, else the host of the page's canonical URL or URL.
pub(crate) fn site_key(doc: &BatchDocument<'_>, document: Option<&Document>) -> u64 {
    if let Some(site) = doc.site {
        return hash(site);
    }
    let url = document.and_then(|d| d.meta.canonical_url.as_deref().or(d.meta.url.as_deref()));
    match url.and_then(host) {
        Some(host) => hash(host),
        None => hash(""),
    }
}

/// The host of an absolute URL, without a leading "www.".
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    Some(host.strip_prefix("www.").unwrap_or(host)).filter(|h| !h.is_empty())
}

/// Counts, per site, the documents that hold each distinct block.
pub(crate) fn learn_furniture(sites: &[u64], documents: &[Result<Keyed, Error>]) -> Furniture {
    let mut furniture = Furniture::default();
    for (&site, keyed) in sites.iter().zip(documents) {
        let Ok(keyed) = keyed else { continue };
        *furniture.docs_per_site.entry(site).or_default() += 1;
        let distinct: HashSet<u64> = keyed.keys.iter().copied().collect();
        for key in distinct {
            *furniture.counts.entry((site, key)).or_default() += 1;
        }
    }
    furniture
}

/// Removes a document's furniture blocks, recording each.
pub(crate) fn remove_furniture(
    document: &mut Document,
    keys: &[u64],
    furniture: &Furniture,
    site: u64,
) {
    let blocks = std::mem::take(&mut document.blocks);
    for (block, &key) in blocks.into_iter().zip(keys) {
        match furniture.recurring(site, &block, key) {
            Some(count) => document.removals.push(Removal {
                stage: BATCH_FURNITURE,
                reason: Reason::Recurring(count),
                text: block.text,
                span: block.span,
            }),
            None => document.blocks.push(block),
        }
    }
}

/// A block's identity across documents: its folded text, hashed. Blocks that fold to nothing (stray
/// punctuation) are left to their own cleaner.
pub(crate) fn block_key(block: &Block) -> u64 {
    let folded = fold(&block.text);
    if folded.is_empty() {
        return hash(&block.text);
    }
    hash(&folded)
}

fn hash<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Pipeline;

    fn page(i: usize, extra: &str) -> String {
        format!(
            "Story number {i} on the council\n\n\
             The council met on day {i} and voted on item {i}, after a debate that lasted hours.\n\n\
             The Daily Example is published by Example Media Group\n\n\
             {extra}\n\n\
             Members of the council said on day {i} that they would meet again before the summer.\n"
        )
    }

    fn bodies(pages: &[String], order: &[usize]) -> Vec<String> {
        let docs: Vec<BatchDocument> = order
            .iter()
            .map(|&i| BatchDocument::text(&pages[i]))
            .collect();
        let results = Pipeline::default().clean_batch(&docs);
        let mut by_page = vec![String::new(); pages.len()];
        for (&i, result) in order.iter().zip(results) {
            by_page[i] = result.unwrap().text();
        }
        by_page
    }

    #[test]
    fn a_line_in_five_of_six_pages_goes_and_a_line_in_one_stays() {
        let mut pages: Vec<String> = (0..5).map(|i| page(i, "")).collect();
        pages.push(
            "Story six\n\nA different kind of story entirely, with its own words in it.\n\nA line only this page has, with some words in it.\n"
                .to_string(),
        );
        let out = bodies(&pages, &[0, 1, 2, 3, 4, 5]);
        assert!(!out[0].contains("Example Media Group"));
        assert!(out[5].contains("A line only this page has"));
    }

    #[test]
    fn a_quote_two_articles_share_in_their_bodies_stays() {
        let quote =
            "“We will not give up until the job is done,” the mayor said on Tuesday evening.";
        let pages: Vec<String> = (0..6)
            .map(|i| page(i, if i < 2 { quote } else { "" }))
            .collect();
        let out = bodies(&pages, &[0, 1, 2, 3, 4, 5]);
        assert!(out[0].contains(quote) && out[1].contains(quote));
    }

    #[test]
    fn the_result_does_not_depend_on_the_order() {
        let pages: Vec<String> = (0..6)
            .map(|i| {
                page(
                    i,
                    if i % 2 == 0 {
                        "Sign in to read more"
                    } else {
                        ""
                    },
                )
            })
            .collect();
        assert_eq!(
            bodies(&pages, &[0, 1, 2, 3, 4, 5]),
            bodies(&pages, &[5, 3, 1, 4, 0, 2])
        );
    }

    #[test]
    fn sites_learn_from_their_own_pages() {
        let pages: Vec<String> = (0..6).map(|i| page(i, "")).collect();
        let docs: Vec<BatchDocument> = pages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                BatchDocument::text(p).site(if i < 2 { "a.example" } else { "b.example" })
            })
            .collect();
        let results = Pipeline::default().clean_batch(&docs);
        let site_a = results[0].as_ref().unwrap().text();
        let site_b = results[2].as_ref().unwrap().text();
        assert!(
            site_a.contains("Example Media Group"),
            "two pages of a site are too few to learn from"
        );
        assert!(!site_b.contains("Example Media Group"));
    }

    #[test]
    fn furniture_survives_single_document_cleaning() {
        // What the batch stage adds: the line is in the article's body run, where no single-page rule sees it.
        let single = Pipeline::default().clean_text(&page(1, "")).unwrap();
        assert!(single.text().contains("Example Media Group"));
    }

    #[test]
    fn pages_are_grouped_by_the_host_of_their_url() {
        assert_eq!(
            host("https://www.example.com:8080/a/b?c"),
            Some("example.com")
        );
        assert_eq!(
            host("http://user@news.example.org"),
            Some("news.example.org")
        );
        assert_eq!(host("not a url"), None);
    }

    #[test]
    fn html_pages_learn_furniture_too() {
        let pages: Vec<String> = (0..5)
            .map(|i| format!("<html><body><article><h1>Story {i}</h1><p>The council met on day {i} and voted on item {i}, after a debate that lasted hours into the night.</p><p>Read the Daily Example every morning</p><p>Members said on day {i} that they would meet again before the summer holidays began.</p></article></body></html>"))
            .collect();
        let docs: Vec<BatchDocument> = pages.iter().map(|p| BatchDocument::html(p, None)).collect();
        let results = Pipeline::default().clean_batch(&docs);
        let article = results[0].as_ref().unwrap();
        assert!(
            !article.body_text().contains("Daily Example"),
            "{}",
            article.body_text()
        );
        assert!(article.removals.iter().any(|r| r.stage == BATCH_FURNITURE));
    }

    #[test]
    fn a_batch_of_one_is_the_single_document_result() {
        let text = page(1, "Sign in to read more");
        let single = Pipeline::default().clean_text(&text).unwrap();
        let batch = Pipeline::default().clean_batch(&[BatchDocument::text(&text)]);
        assert_eq!(batch[0].as_ref().unwrap(), &single);
    }
}
