//! The batch entry points: [`Pipeline::clean_batch`] and its threaded forms, [`Pipeline::clean_each_threads`].
//! The input stages, then the furniture the `batch` stage learns across the documents, then the rounds.

use super::Pipeline;
use crate::article::Article;
use crate::batch::{
    block_key, keyed_len, learn_furniture, remove_furniture, site_key, BatchDocument, Input, Keyed,
    Workers,
};
use crate::document::Document;
use crate::error::Error;

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
    /// assert_eq!(first.removals[0].stage, "batch-furniture");
    /// ```
    pub fn clean_batch(&self, docs: &[BatchDocument<'_>]) -> Vec<Result<Article, Error>> {
        self.clean_batch_in(docs, Workers::Threads(1), &|| {})
    }

    /// [`clean_batch`](Pipeline::clean_batch) on up to `threads` threads of the calling process, with
    /// the same result. `progress` is called twice per document, from any thread: once when its input
    /// stage is done (parsed, blocks found) and once when its article is; a bar of
    /// `2 * docs.len()` steps.
    ///
    /// Documents are handed out one at a time, so a few large pages do not hold up a thread's share;
    /// the counting between the two stages runs on the calling thread and does not depend on the order
    /// the documents finish in. `threads` of 0 or 1 runs everything on the calling thread.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::batch::BatchDocument;
    /// use copydesk::Pipeline;
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    ///
    /// let pages: Vec<String> = (0..6)
    ///     .map(|i| format!("Story {i}\n\nThe body of story number {i}, which differs from every other.\n\nThe Daily Example, since 1901\n"))
    ///     .collect();
    /// let docs: Vec<BatchDocument> = pages.iter().map(|p| BatchDocument::text(p)).collect();
    /// let steps = AtomicUsize::new(0);
    /// let pipeline = Pipeline::default();
    /// let parallel = pipeline.clean_batch_threads(&docs, 2, &|| {
    ///     steps.fetch_add(1, Ordering::Relaxed);
    /// });
    /// assert_eq!(steps.into_inner(), 12);
    /// let serial = pipeline.clean_batch(&docs);
    /// for (a, b) in parallel.iter().zip(&serial) {
    ///     assert_eq!(a.as_ref().unwrap().text(), b.as_ref().unwrap().text());
    /// }
    /// assert_eq!(parallel[0].as_ref().unwrap().removals[0].stage, "batch-furniture");
    /// ```
    pub fn clean_batch_threads(
        &self,
        docs: &[BatchDocument<'_>],
        threads: usize,
        progress: &(dyn Fn() + Sync),
    ) -> Vec<Result<Article, Error>> {
        self.clean_batch_in(docs, Workers::Threads(threads), progress)
    }

    /// [`clean_batch`](Pipeline::clean_batch) on rayon's global thread pool, with the same result.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::batch::BatchDocument;
    ///
    /// let docs = [BatchDocument::text("Headline\n\nThe body of the story, with a full stop at its end.")];
    /// let articles = copydesk::Pipeline::default().clean_batch_parallel(&docs);
    /// assert_eq!(articles[0].as_ref().unwrap().title.as_deref(), Some("Headline"));
    /// ```
    #[cfg(feature = "rayon")]
    pub fn clean_batch_parallel(&self, docs: &[BatchDocument<'_>]) -> Vec<Result<Article, Error>> {
        self.clean_batch_in(docs, Workers::Rayon, &|| {})
    }

    /// Each document cleaned on its own, as [`clean_bytes`](Pipeline::clean_bytes) and the other
    /// single-document calls would, on up to `threads` threads of the calling process; results in the
    /// documents' order. Nothing is learned across the documents: use
    /// [`clean_batch_threads`](Pipeline::clean_batch_threads) for that. `progress` is called once per
    /// document, from any thread, when its article is done.
    ///
    /// # Examples
    ///
    /// ```
    /// use copydesk::{batch::BatchDocument, Pipeline};
    ///
    /// let pages = ["Headline\n\nThe first story, long enough to be an article of its own, ends here.",
    ///              "Other headline\n\nThe second story, also long enough to stand alone, ends here."];
    /// let docs: Vec<BatchDocument> = pages.iter().map(|p| BatchDocument::text(p)).collect();
    /// let each = Pipeline::default().clean_each_threads(&docs, 2, &|| {});
    /// let alone = Pipeline::default().clean_text(pages[1])?;
    /// assert_eq!(each[1].as_ref().unwrap().text(), alone.text());
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn clean_each_threads(
        &self,
        docs: &[BatchDocument<'_>],
        threads: usize,
        progress: &(dyn Fn() + Sync),
    ) -> Vec<Result<Article, Error>> {
        Workers::Threads(threads).map_heaviest_first(docs.to_vec(), BatchDocument::len, |doc| {
            let article = self
                .input_document(&doc)
                .and_then(|document| self.finish(document));
            progress();
            article
        })
    }

    /// The input stage of one document, whatever it holds.
    fn input_document(&self, doc: &BatchDocument<'_>) -> Result<Document, Error> {
        match doc.input {
            Input::Text(text) => self.text_document(text),
            Input::Html(html, url) => self.html_document(html, url),
            Input::Bytes(bytes, content_type) => self.bytes_document(bytes, content_type),
        }
    }

    /// The batch: input stages, counting, then the cleaners, the first and last on `workers`.
    fn clean_batch_in(
        &self,
        docs: &[BatchDocument<'_>],
        workers: Workers,
        progress: &(dyn Fn() + Sync),
    ) -> Vec<Result<Article, Error>> {
        // Each document with its blocks' keys, hashed on the workers: the counting between the two
        // stages is the only part that runs on one thread.
        let documents: Vec<Result<Keyed, Error>> =
            workers.map_heaviest_first(docs.to_vec(), BatchDocument::len, |doc| {
                let document = self.input_document(&doc).map(|document| {
                    let keys = document.blocks.iter().map(block_key).collect();
                    Keyed { document, keys }
                });
                progress();
                document
            });
        let sites: Vec<u64> = docs
            .iter()
            .zip(&documents)
            .map(|(doc, keyed)| site_key(doc, keyed.as_ref().ok().map(|k| &k.document)))
            .collect();
        let furniture = learn_furniture(&sites, &documents);
        let jobs: Vec<(Result<Keyed, Error>, u64)> = documents.into_iter().zip(sites).collect();
        workers.map_heaviest_first(
            jobs,
            |(keyed, _)| keyed_len(keyed),
            |(keyed, site)| {
                let article = keyed.and_then(|Keyed { mut document, keys }| {
                    remove_furniture(&mut document, &keys, &furniture, site);
                    self.finish(document)
                });
                progress();
                article
            },
        )
    }
}
