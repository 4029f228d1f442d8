//! `copydesk.Article`: a cleaned article, read-only.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// A cleaned article: metadata, body blocks, and the log of every removal and change.
///
/// `text` is the title, a blank line and the body; `body` the body alone (blocks separated by a blank line);
/// `markdown` the article as Markdown. `removals` and `changes` are lists of dicts. `to_dict()` gives
/// everything as plain Python values (JSON-serialisable).
#[pyclass(frozen, module = "copydesk", name = "Article")]
pub(crate) struct PyArticle {
    pub(crate) inner: copydesk::Article,
}

#[pymethods]
impl PyArticle {
    /// The headline, or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }
    /// Who wrote it, without a leading "By", or None.
    #[getter]
    fn byline(&self) -> Option<&str> {
        self.inner.byline.as_deref()
    }
    /// The publication date as ISO 8601, or None.
    #[getter]
    fn date(&self) -> Option<&str> {
        self.inner.date.as_deref()
    }
    /// The publication's name, or None.
    #[getter]
    fn site(&self) -> Option<&str> {
        self.inner.site.as_deref()
    }
    /// The language as a BCP 47 tag (`en`, `pt-BR`), or None.
    #[getter]
    fn language(&self) -> Option<&str> {
        self.inner.language.as_deref()
    }
    /// The page's URL, when known.
    #[getter]
    fn url(&self) -> Option<&str> {
        self.inner.url.as_deref()
    }
    /// The canonical URL the page declares, or None.
    #[getter]
    fn canonical_url(&self) -> Option<&str> {
        self.inner.canonical_url.as_deref()
    }
    /// The page's own summary (meta description), or None.
    #[getter]
    fn description(&self) -> Option<&str> {
        self.inner.description.as_deref()
    }
    /// The title, a blank line, the blocks separated by blank lines, a final newline.
    #[getter]
    fn text(&self) -> String {
        self.inner.text()
    }
    /// The body alone: the blocks separated by one blank line.
    #[getter]
    fn body(&self) -> String {
        self.inner.body_text()
    }
    /// How a text input was read: a dict with `kind` (`"article"` or `"page"`), `decided_by`
    /// (`"option"` or `"detected"`) and `evidence`; None for HTML.
    #[getter]
    fn input<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(reading) = &self.inner.input else {
            return Ok(None);
        };
        let d = PyDict::new(py);
        d.set_item("kind", reading.kind.name())?;
        d.set_item("decided_by", reading.decided_by)?;
        d.set_item("evidence", &reading.evidence)?;
        Ok(Some(d))
    }
    /// The article as Markdown (headings, lists, quotes, tables).
    #[getter]
    fn markdown(&self) -> String {
        self.inner.to_markdown()
    }
    /// The body blocks: dicts with `kind` and `text`.
    #[getter]
    fn blocks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .inner
            .blocks
            .iter()
            .map(|b| {
                let d = PyDict::new(py);
                d.set_item("kind", format!("{:?}", b.kind))?;
                d.set_item("text", &b.text)?;
                Ok(d)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// Everything removed: dicts with `stage`, `reason`, `text` and `span` (byte offsets in the decoded input, or None).
    #[getter]
    fn removals<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .inner
            .removals
            .iter()
            .map(|r| {
                let d = PyDict::new(py);
                d.set_item("stage", r.stage)?;
                d.set_item("reason", r.reason.to_string())?;
                d.set_item("text", &r.text)?;
                d.set_item("span", r.span.as_ref().map(|s| (s.start, s.end)))?;
                Ok(d)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// Every edit the normalizers made: dicts with `stage`, `block`, `from`, `to`, `span` and `repeats`
    /// (how many times the same edit was made back to back; a record with equal `from` and `to` counts
    /// the edits past the cap that are not listed).
    #[getter]
    fn changes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .inner
            .changes
            .iter()
            .map(|c| {
                let d = PyDict::new(py);
                d.set_item("stage", c.normalizer)?;
                d.set_item("block", c.block)?;
                d.set_item("from", &c.from)?;
                d.set_item("to", &c.to)?;
                d.set_item("span", (c.span.start, c.span.end))?;
                d.set_item("repeats", c.repeats)?;
                Ok(d)
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// Everything as a dict of plain values: metadata, `text`, `body`, `blocks`, `removals`, `changes`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("title", self.title())?;
        d.set_item("byline", self.byline())?;
        d.set_item("date", self.date())?;
        d.set_item("site", self.site())?;
        d.set_item("language", self.language())?;
        d.set_item("url", self.url())?;
        d.set_item("canonical_url", self.canonical_url())?;
        d.set_item("description", self.description())?;
        d.set_item("text", self.text())?;
        d.set_item("body", self.body())?;
        d.set_item("input", self.input(py)?)?;
        d.set_item("blocks", self.blocks(py)?)?;
        d.set_item("removals", self.removals(py)?)?;
        d.set_item("changes", self.changes(py)?)?;
        Ok(d)
    }
    fn __repr__(&self) -> String {
        format!(
            "<copydesk.Article title={:?} url={:?} blocks={} removals={}>",
            self.inner.title.as_deref().unwrap_or(""),
            self.inner.url.as_deref().unwrap_or(""),
            self.inner.blocks.len(),
            self.inner.removals.len()
        )
    }
}
