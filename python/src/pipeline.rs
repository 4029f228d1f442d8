//! `copydesk.Pipeline`: the options, and the cleaning calls with the GIL released.

use crate::article::PyArticle;
use crate::errors;
use copydesk::batch::BatchDocument;
use copydesk::normalize::{HouseStyle, SpellingTable, Typography, UnicodeForm};
use copydesk::phrases::Lang;
use copydesk::{Article, Pipeline};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};
use std::sync::Arc;

/// A configured cleaning pipeline: build it once, reuse it for every document, from any thread.
///
/// Options (all keyword-only, all optional):
///
/// - `language`: a language code (`"en"`, `"de"`, `"de-CH"`, …) whose phrase lists apply, its region
///   picking regional typography (Swiss guillemets); default: all of them.
/// - `input`: what plain-text input holds: `"article"` (an article's text, cruft inside: only recognised
///   cruft is removed), `"page"` (a whole page's text: the article is located first) or `"auto"` (read
///   from each text; the default). `Article.input` records the reading.
/// - `locate_body`: locate the article in text read as a page; default True.
/// - `typography`: `"off"` (default), `"smart"` (curly quotes, dashes) or `"plain"` (straight quotes).
/// - `unicode`: `"nfc"` (default), `"nfkc"` or `"none"` (`"keep"`, its former name, too).
/// - `strip_bidi`: also remove bidirectional control characters; default False.
/// - `house_style`: one spelling per name: `"ap"` (Sergei, Yuri; `"builtin"` too, the command's former
///   name) or `"bgn"` (Sergey, Yuriy); default off.
/// - `spelling_table`: path of a spelling table (canonical TAB variants per line), laid over the built-in ones.
/// - `builtin_spelling`: use the built-in spelling tables with `house_style`; default True.
/// - `remove`: names of cleaners or normalizers to leave out (`["share-prompt"]`).
/// - `max_input_bytes`: inputs larger than this raise TooLargeError; default 64 MiB.
/// - `detect_language`: detect the language when the caller and the page declare none, and check a
///   declared one against the text; default True. False saves about 0.05 ms per page.
/// - `name_located_cruft`: with `locate_body`, credit each block left out to the cleaner that would
///   drop it ("comment-form"): True for every one, False for none (`body-locator` removals, with the
///   same article text). By default those within 12 blocks of the article are named, and a page's far
///   menus and footers are not: naming them all costs about a fifth more time on whole-page text.
/// - `inline_markup`: keep the links, images, bold and italic of HTML pages, for
///   `Article.to_markdown(links=…, images=…, formatting=…)` and the blocks' `inlines` in `to_dict()`;
///   default False.
/// - `focus`: `"balanced"` (default), `"precision"` (fewer cruft words kept) or `"recall"` (fewer
///   article words lost); see the crate's `PipelineBuilder::focus`.
/// - `tables`: keep data tables; default True.
///
/// Cleaning releases the GIL: Python threads sharing one Pipeline run on all cores.
#[pyclass(frozen, module = "copydesk", name = "Pipeline")]
pub(crate) struct PyPipeline {
    pub(crate) inner: Arc<Pipeline>,
    max_input_bytes: usize,
}

/// The `typography` option's values.
fn typography(name: &str) -> PyResult<Typography> {
    match name {
        "off" => Ok(Typography::Off),
        "smart" => Ok(Typography::Smart),
        "plain" => Ok(Typography::Plain),
        other => Err(errors::config(format!(
            "typography must be \"off\", \"smart\" or \"plain\", not {other:?}"
        ))),
    }
}

/// The `unicode` option's values.
fn unicode(name: &str) -> PyResult<UnicodeForm> {
    match name {
        "nfc" => Ok(UnicodeForm::Nfc),
        "nfkc" => Ok(UnicodeForm::Nfkc),
        // `keep`: the former name, kept.
        "none" | "keep" => Ok(UnicodeForm::Keep),
        other => Err(errors::config(format!(
            "unicode must be \"nfc\", \"nfkc\" or \"none\", not {other:?}"
        ))),
    }
}

/// The `house_style` option's values.
fn house_style(name: &str) -> PyResult<HouseStyle> {
    match name {
        // `builtin`: the command's former name of the style.
        "ap" | "builtin" => Ok(HouseStyle::Ap),
        "bgn" => Ok(HouseStyle::Bgn),
        other => Err(errors::config(format!(
            "house_style must be \"ap\" or \"bgn\", not {other:?}"
        ))),
    }
}

/// A text or HTML document given as `str` or `bytes`.
enum Input<'a> {
    /// Under the abi3-py39 limited API a `str` is copied out as UTF-8 (`to_str` needs 3.10).
    Text(std::borrow::Cow<'a, str>),
    Bytes(&'a [u8]),
}

fn input<'a>(value: &'a Bound<'_, PyAny>) -> PyResult<Input<'a>> {
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Input::Text(s.to_cow()?));
    }
    if let Ok(b) = value.cast::<PyBytes>() {
        return Ok(Input::Bytes(b.as_bytes()));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "expected str or bytes, got {}",
        value.get_type().name()?
    )))
}

impl PyPipeline {
    /// Cleans bytes as HTML: the size limit, then decoding (BOM, the Content-Type's charset, `<meta>`, a guess).
    fn html_bytes(
        &self,
        bytes: &[u8],
        url: Option<&str>,
        content_type: Option<&str>,
    ) -> Result<Article, copydesk::Error> {
        if bytes.len() > self.max_input_bytes {
            return Err(copydesk::Error::TooLarge {
                size: bytes.len(),
                limit: self.max_input_bytes,
            });
        }
        let decoded = copydesk::input::decode(bytes, content_type)?;
        self.inner.clean_html_with_url(&decoded.text, url)
    }
}

fn wrap(result: PyResult<Result<Article, copydesk::Error>>) -> PyResult<PyArticle> {
    result?
        .map(|inner| PyArticle { inner })
        .map_err(errors::to_py)
}

#[pymethods]
impl PyPipeline {
    #[new]
    #[pyo3(signature = (*, language=None, input=None, locate_body=None, typography=None, unicode=None, strip_bidi=None,
        house_style=None, spelling_table=None, builtin_spelling=None, remove=None, max_input_bytes=None,
        detect_language=None, name_located_cruft=None, inline_markup=None, focus=None, tables=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        language: Option<&str>,
        input: Option<&str>,
        locate_body: Option<bool>,
        typography: Option<&str>,
        unicode: Option<&str>,
        strip_bidi: Option<bool>,
        house_style: Option<&str>,
        spelling_table: Option<std::path::PathBuf>,
        builtin_spelling: Option<bool>,
        remove: Option<Vec<String>>,
        max_input_bytes: Option<usize>,
        detect_language: Option<bool>,
        name_located_cruft: Option<bool>,
        inline_markup: Option<bool>,
        focus: Option<&str>,
        tables: Option<bool>,
    ) -> PyResult<Self> {
        let mut builder = Pipeline::builder();
        if let Some(on) = inline_markup {
            builder.inline_markup(on);
        }
        if let Some(name) = focus {
            let focus = copydesk::Focus::from_name(name).ok_or_else(|| {
                errors::config(format!(
                    "focus must be balanced, precision or recall, not {name:?}"
                ))
            })?;
            builder.focus(focus);
        }
        if let Some(on) = tables {
            builder.tables(on);
        }
        if let Some(code) = language {
            Lang::from_code(code)
                .ok_or_else(|| errors::config(format!("unknown language code {code:?}")))?;
            // The whole tag: a region picks regional typography ("de-CH": Swiss guillemets).
            builder.language_tag(code);
        }
        if let Some(name) = input {
            let kind = copydesk::InputKind::from_name(name).ok_or_else(|| {
                errors::config(format!("input must be article, page or auto, not {name:?}"))
            })?;
            builder.input_kind(kind);
        }
        if let Some(on) = locate_body {
            builder.locate_body(on);
        }
        if let Some(on) = detect_language {
            builder.detect_language(on);
        }
        if let Some(on) = name_located_cruft {
            builder.name_located_cruft(on);
        }
        if let Some(mode) = typography {
            builder.typography(self::typography(mode)?);
        }
        if let Some(form) = unicode {
            builder.unicode(self::unicode(form)?);
        }
        if let Some(yes) = strip_bidi {
            builder.strip_bidi(yes);
        }
        if let Some(style) = house_style {
            builder.house_style(self::house_style(style)?);
        }
        if let Some(path) = spelling_table {
            let text = std::fs::read_to_string(&path).map_err(|e| {
                errors::config(format!(
                    "cannot read the spelling table {}: {e}",
                    path.display()
                ))
            })?;
            let table =
                SpellingTable::parse(&path.display().to_string(), &text).map_err(errors::to_py)?;
            builder.spelling_table(table);
        }
        if let Some(yes) = builtin_spelling {
            builder.builtin_spelling(yes);
        }
        for name in remove.iter().flatten() {
            builder.remove(name);
        }
        let limit = max_input_bytes.unwrap_or(copydesk::DEFAULT_MAX_INPUT_BYTES);
        builder.max_input_bytes(limit);
        let pipeline = builder.build().map_err(errors::to_py)?;
        Ok(PyPipeline {
            inner: Arc::new(pipeline),
            max_input_bytes: limit,
        })
    }

    /// Cleans an HTML page given as `str`, or as `bytes` decoded with the charset of `content_type`
    /// (e.g. the HTTP header `"text/html; charset=windows-1252"`), then the page's `<meta charset>`, then a
    /// guess. `url` fills `Article.url` and helps read metadata. Raises a `copydesk.Error` subclass.
    #[pyo3(signature = (page, url=None, content_type=None))]
    fn clean_html(
        &self,
        py: Python<'_>,
        page: &Bound<'_, PyAny>,
        url: Option<&str>,
        content_type: Option<&str>,
    ) -> PyResult<PyArticle> {
        let page = input(page)?;
        wrap(py.detach(|| {
            errors::guard(|| match page {
                Input::Text(html) => self.inner.clean_html_with_url(&html, url),
                Input::Bytes(bytes) => self.html_bytes(bytes, url, content_type),
            })
        }))
    }

    /// Cleans plain text (a page copied as text: headline, paragraphs, and the site's furniture).
    fn clean_text(&self, py: Python<'_>, text: &str) -> PyResult<PyArticle> {
        wrap(py.detach(|| errors::guard(|| self.inner.clean_text(text))))
    }

    /// Cleans a document whose kind is not known: bytes or str, decoded (BOM, `content_type`'s charset,
    /// `<meta>`, a guess) and cleaned as HTML when it is markup, as text otherwise.
    #[pyo3(signature = (document, content_type=None))]
    fn clean_bytes(
        &self,
        py: Python<'_>,
        document: &Bound<'_, PyAny>,
        content_type: Option<&str>,
    ) -> PyResult<PyArticle> {
        let document = input(document)?;
        let bytes = match &document {
            Input::Text(s) => s.as_bytes(),
            Input::Bytes(b) => b,
        };
        wrap(py.detach(|| errors::guard(|| self.inner.clean_bytes(bytes, content_type))))
    }

    /// Cleans several documents as one batch: furniture that recurs across them (menus, footers, boxes) is
    /// learned and removed. Each item is a `str` or `bytes` document (HTML or text, sniffed), or a
    /// `(html, url)` tuple. Returns a list in the same order holding an `Article` or, for a document that
    /// failed, the `copydesk.Error` instance (not raised).
    fn clean_batch<'py>(
        &self,
        py: Python<'py>,
        documents: &Bound<'py, PyList>,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let items = documents
            .iter()
            .map(|item| BatchItem::from_py(&item))
            .collect::<PyResult<Vec<_>>>()?;
        let results = py.detach(|| {
            errors::guard(|| {
                let docs: Vec<BatchDocument<'_>> = items.iter().map(BatchItem::document).collect();
                self.inner.clean_batch(&docs)
            })
        })?;
        results
            .into_iter()
            .map(|r| match r {
                Ok(inner) => Ok(Py::new(py, PyArticle { inner })?.into_any()),
                Err(e) => Ok(errors::to_py(e).into_value(py).into_any()),
            })
            .collect()
    }

    /// The names of the cleaners, in the order they run.
    #[getter]
    fn cleaners(&self) -> Vec<&'static str> {
        self.inner.cleaner_names()
    }

    /// The names of the normalizers, in the order they run.
    #[getter]
    fn normalizers(&self) -> Vec<&'static str> {
        self.inner.normalizer_names()
    }

    fn __repr__(&self) -> String {
        format!(
            "<copydesk.Pipeline cleaners={} normalizers={}>",
            self.inner.cleaner_names().len(),
            self.inner.normalizer_names().len()
        )
    }
}

/// One item of `clean_batch`, copied out of Python so that cleaning runs without the GIL.
enum BatchItem {
    /// A `str` or `bytes` document, sniffed.
    Bytes(Vec<u8>),
    /// An `(html, url)` tuple.
    Html(String, Option<String>),
}

impl BatchItem {
    fn from_py(item: &Bound<'_, PyAny>) -> PyResult<BatchItem> {
        if let Ok(pair) = item.cast::<PyTuple>() {
            let (html, url): (String, Option<String>) = pair.extract()?;
            return Ok(BatchItem::Html(html, url));
        }
        Ok(match input(item)? {
            Input::Text(s) => BatchItem::Bytes(s.as_bytes().to_vec()),
            Input::Bytes(b) => BatchItem::Bytes(b.to_vec()),
        })
    }

    fn document(&self) -> BatchDocument<'_> {
        match self {
            BatchItem::Bytes(b) => BatchDocument::bytes(b, None),
            BatchItem::Html(html, url) => BatchDocument::html(html, url.as_deref()),
        }
    }
}
