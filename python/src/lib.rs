//! Python bindings of copydesk: `copydesk._copydesk`, re-exported by the `copydesk` package.

mod article;
mod errors;
mod pipeline;
mod warc;

use pyo3::prelude::*;

/// The native module; import `copydesk` instead.
#[pymodule]
fn _copydesk(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<pipeline::PyPipeline>()?;
    m.add_class::<article::PyArticle>()?;
    m.add_class::<warc::PyWarcIterator>()?;
    m.add_function(wrap_pyfunction!(warc::iter_warc, m)?)?;
    errors::register(m)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
