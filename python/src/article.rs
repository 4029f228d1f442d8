//! `copydesk.Article`: a cleaned article, read-only.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// A cleaned article: metadata, body blocks, and the log of every removal and change.
///
/// `text` is the title, a blank line and the body; `article_body` the body alone (blocks separated by a
/// blank line; `body` is its former name, kept); `markdown` the article as Markdown. `removals` and
/// `changes` are lists of dicts. `to_dict()` gives the JSON record, the schema of the command's `--json`
/// (see the crate's docs/json-schema.md), as plain Python values.
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
    /// The body alone: the blocks separated by one blank line (`articleBody` in `to_dict()`).
    #[getter]
    fn article_body(&self) -> String {
        self.inner.body_text()
    }
    /// The body alone: the former name of `article_body`, kept.
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
    /// How the input's bytes were decoded (`clean_bytes`): a dict with `encoding` (`"UTF-8"`,
    /// `"windows-1252"`, …), `source` (`"bom"`, `"content-type"`, `"meta"`, `"xml-declaration"`,
    /// `"valid-utf8"` or `"detected"`) and `had_errors`; None for input given as text.
    #[getter]
    fn decoding<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(decoding) = &self.inner.decoding else {
            return Ok(None);
        };
        let d = PyDict::new(py);
        d.set_item("encoding", decoding.encoding)?;
        d.set_item("source", decoding.source.name())?;
        d.set_item("had_errors", decoding.had_errors)?;
        Ok(Some(d))
    }
    /// The article as Markdown (headings, lists, quotes, tables).
    #[getter]
    fn markdown(&self) -> String {
        self.inner.to_markdown()
    }
    /// The article as Markdown with the inline markup asked for (the pipeline must keep it:
    /// `Pipeline(inline_markup=True)`): links as `[text](href)`, images as `![alt](src)`, bold and
    /// italic as `**…**` and `*…*`.
    #[pyo3(signature = (*, links=false, images=false, formatting=false))]
    fn to_markdown(&self, links: bool, images: bool, formatting: bool) -> String {
        let markup = copydesk::Markup::default()
            .with_links(links)
            .with_images(images)
            .with_formatting(formatting);
        self.inner.to_markdown_with(markup)
    }
    /// The body blocks: dicts with `kind` (`"paragraph"`, `"list-item"`, …), `text` and `span` (byte
    /// offsets in the decoded input, or None).
    #[getter]
    fn blocks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .inner
            .blocks
            .iter()
            .map(|b| {
                let d = PyDict::new(py);
                d.set_item("kind", b.kind.name())?;
                d.set_item("text", &b.text)?;
                d.set_item("span", b.span.as_ref().map(|s| (s.start, s.end)))?;
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
    /// The JSON record as a dict of plain values: `schemaVersion`, `articleBody`, the metadata, `text`,
    /// `sources`, `input`, `decoding`, `blocks` (with their `inlines` when the pipeline kept them),
    /// `removals`, `changes`: the schema of the command's `--json` (docs/json-schema.md). `body` is
    /// kept beside `articleBody`, its former name.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let record = self.inner.to_json(copydesk::Markup::all()).to_string();
        let loaded = py.import("json")?.call_method1("loads", (record,))?;
        let d = loaded.cast_into::<PyDict>()?;
        d.set_item("body", self.body())?;
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
