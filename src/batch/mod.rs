//! Boilerplate learned across a batch: a site's menus, footers, newsletter boxes and disclaimers recur on
//! its pages, while article text does not.
//!
//! The batch stage counts first and decides after: every document's blocks are folded and hashed, the
//! number of documents of each site that hold each block is counted, and only then are the blocks that
//! recur often enough removed from every document. The result does not depend on the order of the
//! documents, and memory and time grow linearly with the batch (no document is compared with another).

use crate::article::{Article, Block};
use crate::error::Error;
use crate::phrases::fold;
use crate::pipeline::{Document, Pipeline};
use crate::removal::{Reason, Removal};
use crate::text::word_count;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// The stage name of the batch stage in removal records.
pub const BATCH_FURNITURE: &str = "batch-furniture";

/// Documents of a site a block must recur in before it counts as furniture. Two articles may share a
/// quote; three pages sharing a line is a pattern.
pub const MIN_RECURRING_DOCS: usize = 3;

/// Share of a site's documents a block must recur in. In a large batch a statement quoted by a handful of
/// articles is still news; furniture stands on a good share of the pages.
pub const MIN_RECURRING_SHARE: f64 = 0.1;

/// Words past which a recurring block is article-length prose: kept unless it recurs on most of a site's
/// pages (syndicated paragraphs, a story's update repeated in follow-ups).
const LONG_PROSE_WORDS: usize = 40;

/// Share of a site's documents a long prose block must recur in to be furniture (a disclaimer on every page).
const LONG_PROSE_SHARE: f64 = 0.5;

/// One document of a batch: its text, and the site it comes from.
///
/// Documents with the same site key learn furniture from each other; documents without one form one group.
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
    input: &'a str,
    site: Option<&'a str>,
}

impl<'a> BatchDocument<'a> {
    /// A document of plain text (a scraped article, or a whole page's text).
    pub fn text(text: &'a str) -> BatchDocument<'a> {
        BatchDocument {
            input: text,
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

impl Pipeline {
    /// Cleans a batch of documents, removing the blocks that recur across a site's documents (stage
    /// "batch-furniture", with the number of documents they recur in) before the usual stages run.
    ///
    /// The result is one entry per document, in the input order, and does not depend on that order.
    /// A batch of one document gives exactly what [`clean_text`](Pipeline::clean_text) gives.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::batch::BatchDocument;
    /// use copydesk::Pipeline;
    ///
    /// let pages: Vec<String> = (0..5)
    ///     .map(|i| format!("Story {i}\n\nThe body of story number {i}, which differs from every other.\n\nThe Daily Example, since 1901\n"))
    ///     .collect();
    /// let docs: Vec<BatchDocument> = pages.iter().map(|p| BatchDocument::text(p)).collect();
    /// let articles = Pipeline::default().clean_batch(&docs);
    /// let first = articles[0].as_ref().unwrap();
    /// assert_eq!(first.body_text(), "The body of story number 0, which differs from every other.");
    /// assert_eq!(first.removals[0].cleaner, "batch-furniture");
    /// ```
    pub fn clean_batch(&self, docs: &[BatchDocument<'_>]) -> Vec<Result<Article, Error>> {
        let documents: Vec<Result<Document, Error>> = docs
            .iter()
            .map(|doc| self.text_document(doc.input))
            .collect();
        let furniture = learn_furniture(docs, &documents);
        documents
            .into_iter()
            .zip(docs)
            .map(|(document, doc)| {
                let mut document = document?;
                remove_furniture(&mut document, &furniture, doc.site);
                self.finish(document)
            })
            .collect()
    }
}

/// Recurring blocks per site: (site hash, block hash) → documents they recur in.
#[derive(Debug, Default)]
struct Furniture {
    counts: HashMap<(u64, u64), usize>,
    docs_per_site: HashMap<u64, usize>,
}

impl Furniture {
    /// The number of the site's documents the block recurs in, when that makes it furniture.
    fn recurring(&self, site: u64, block: &Block, key: u64) -> Option<usize> {
        let docs = *self.docs_per_site.get(&site)?;
        let count = *self.counts.get(&(site, key))?;
        let long = word_count(&block.text) >= LONG_PROSE_WORDS;
        let share = if long {
            LONG_PROSE_SHARE
        } else {
            MIN_RECURRING_SHARE
        };
        (count >= MIN_RECURRING_DOCS && count as f64 >= share * docs as f64).then_some(count)
    }
}

/// Counts, per site, the documents that hold each distinct block.
fn learn_furniture(docs: &[BatchDocument<'_>], documents: &[Result<Document, Error>]) -> Furniture {
    let mut furniture = Furniture::default();
    for (doc, document) in docs.iter().zip(documents) {
        let Ok(document) = document else { continue };
        let site = hash(&doc.site);
        *furniture.docs_per_site.entry(site).or_default() += 1;
        let distinct: HashSet<u64> = document.blocks.iter().map(block_key).collect();
        for key in distinct {
            *furniture.counts.entry((site, key)).or_default() += 1;
        }
    }
    furniture
}

/// Removes a document's furniture blocks, recording each.
fn remove_furniture(document: &mut Document, furniture: &Furniture, site: Option<&str>) {
    let site = hash(&site);
    let blocks = std::mem::take(&mut document.blocks);
    for block in blocks {
        match furniture.recurring(site, &block, block_key(&block)) {
            Some(count) => document.removals.push(Removal {
                cleaner: BATCH_FURNITURE,
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
fn block_key(block: &Block) -> u64 {
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
    fn a_batch_of_one_is_the_single_document_result() {
        let text = page(1, "Sign in to read more");
        let single = Pipeline::default().clean_text(&text).unwrap();
        let batch = Pipeline::default().clean_batch(&[BatchDocument::text(&text)]);
        assert_eq!(batch[0].as_ref().unwrap(), &single);
    }
}
