//! `copydesk.iter_warc`: the articles of a WARC file.

use crate::article::PyArticle;
use crate::errors;
use crate::pipeline::PyPipeline;
use copydesk::warc::{WarcResponses, WarcStats};
use copydesk::Pipeline;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::sync::{Arc, Mutex};

/// An iterator of the cleaned `Article`s of a WARC file's HTML responses, each with its `url`.
///
/// Made by `copydesk.iter_warc(path)`. Records of other types, non-HTML and non-2xx responses are skipped;
/// `stats` counts them. A broken record is skipped too (`errors="skip"`, the default) or raises
/// `copydesk.WarcError` (`errors="raise"`), after which iteration can go on.
#[pyclass(module = "copydesk", name = "WarcIterator")]
pub(crate) struct PyWarcIterator {
    responses: Mutex<WarcResponses>,
    pipeline: Arc<Pipeline>,
    raise_errors: bool,
    /// Pages that failed to clean (the reader counts records it could not read).
    clean_errors: Mutex<usize>,
}

/// Opens a WARC file (plain or gzip) and iterates over the cleaned articles of its HTML responses.
///
/// `pipeline` defaults to `copydesk.Pipeline()`; `errors` is `"skip"` (default) or `"raise"`.
#[pyfunction]
#[pyo3(signature = (path, pipeline=None, errors="skip"))]
pub(crate) fn iter_warc(
    path: std::path::PathBuf,
    pipeline: Option<&Bound<'_, PyPipeline>>,
    errors: &str,
) -> PyResult<PyWarcIterator> {
    let raise_errors = match errors {
        "skip" => false,
        "raise" => true,
        other => {
            return Err(errors::config(format!(
                "errors must be \"skip\" or \"raise\", not {other:?}"
            )))
        }
    };
    let pipeline = match pipeline {
        Some(p) => Arc::clone(&p.get().inner),
        None => Arc::new(Pipeline::default()),
    };
    let responses = WarcResponses::open(&path).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => {
            errors::WarcError::new_err(format!("{}: {e}", path.display()))
        }
        _ => pyo3::exceptions::PyOSError::new_err(format!("cannot read {}: {e}", path.display())),
    })?;
    Ok(PyWarcIterator {
        responses: Mutex::new(responses),
        pipeline,
        raise_errors,
        clean_errors: Mutex::new(0),
    })
}

/// Lock a mutex even if a thread panicked while holding it: the counts stay usable.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[pymethods]
impl PyWarcIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<PyArticle>> {
        loop {
            let next = py.detach(|| {
                errors::guard(|| {
                    let item = lock(&self.responses).next()?;
                    let cleaned = item.and_then(|r| r.clean(&self.pipeline));
                    if let Err(copydesk::warc::WarcError::Clean { .. }) = cleaned {
                        *lock(&self.clean_errors) += 1;
                    }
                    Some(cleaned)
                })
            })?;
            match next {
                None => return Ok(None),
                Some(Ok(inner)) => return Ok(Some(PyArticle { inner })),
                Some(Err(e)) if self.raise_errors => {
                    return Err(errors::WarcError::new_err(e.to_string()))
                }
                Some(Err(_)) => continue,
            }
        }
    }

    /// Counts so far: `records`, `responses` (HTML, 2xx), `non_html`, `not_ok`, `errors`.
    #[getter]
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let stats: WarcStats = lock(&self.responses).stats();
        let d = PyDict::new(py);
        d.set_item("records", stats.records)?;
        d.set_item("responses", stats.responses)?;
        d.set_item("non_html", stats.non_html)?;
        d.set_item("not_ok", stats.not_ok)?;
        d.set_item("errors", stats.errors + *lock(&self.clean_errors))?;
        Ok(d)
    }
}
