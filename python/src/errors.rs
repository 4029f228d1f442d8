//! `copydesk.Error` and its subclasses, one per kind of failure.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    copydesk,
    Error,
    PyException,
    "Base class of every copydesk error."
);
create_exception!(
    copydesk,
    EmptyInputError,
    Error,
    "The input holds no visible characters."
);
create_exception!(
    copydesk,
    TooLargeError,
    Error,
    "The input is larger than the pipeline's max_input_bytes."
);
create_exception!(
    copydesk,
    NotTextError,
    Error,
    "The input is not text (binary data)."
);
create_exception!(
    copydesk,
    UndecodableError,
    Error,
    "The bytes do not decode as text in any charset that fits them (too many malformed characters)."
);
create_exception!(
    copydesk,
    InternalError,
    Error,
    "copydesk failed on this input in a way it should not (a bug: please report the input)."
);
create_exception!(
    copydesk,
    NoArticleError,
    Error,
    "Cleaning left nothing that could be an article."
);
create_exception!(
    copydesk,
    ConfigError,
    Error,
    "A Pipeline option is unknown, contradictory or has a value that cannot work."
);
create_exception!(
    copydesk,
    WarcError,
    Error,
    "A WARC record could not be read or cleaned."
);

/// The Python exception of a library error.
pub(crate) fn to_py(error: copydesk::Error) -> PyErr {
    let message = error.to_string();
    match error {
        copydesk::Error::EmptyInput => EmptyInputError::new_err(message),
        copydesk::Error::TooLarge { .. } => TooLargeError::new_err(message),
        copydesk::Error::NotText { .. } => NotTextError::new_err(message),
        copydesk::Error::Undecodable { .. } => UndecodableError::new_err(message),
        copydesk::Error::NoArticle { .. } => NoArticleError::new_err(message),
        copydesk::Error::UnknownStage { .. }
        | copydesk::Error::DuplicateStage { .. }
        | copydesk::Error::InvalidOption { .. }
        | copydesk::Error::BadTable { .. } => ConfigError::new_err(message),
        _ => Error::new_err(message),
    }
}

/// Runs `f`, turning a panic into `copydesk.InternalError`: a panic must never reach Python as
/// `PanicException`, a `BaseException` that `except copydesk.Error` does not catch. The last resort:
/// the library is meant not to panic at all.
pub(crate) fn guard<T>(f: impl FnOnce() -> T) -> PyResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        InternalError::new_err(format!("copydesk panicked: {what}"))
    })
}

/// A configuration error raised by the bindings themselves (an unknown option value).
pub(crate) fn config(message: String) -> PyErr {
    ConfigError::new_err(message)
}

/// Adds the exception classes to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("Error", py.get_type::<Error>())?;
    m.add("EmptyInputError", py.get_type::<EmptyInputError>())?;
    m.add("TooLargeError", py.get_type::<TooLargeError>())?;
    m.add("NotTextError", py.get_type::<NotTextError>())?;
    m.add("NoArticleError", py.get_type::<NoArticleError>())?;
    m.add("UndecodableError", py.get_type::<UndecodableError>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("WarcError", py.get_type::<WarcError>())?;
    Ok(())
}
