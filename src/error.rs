//! The one error type of the crate.

/// Everything that can go wrong when building a [`Pipeline`](crate::Pipeline) or cleaning a document.
///
/// Messy input is not an error: broken markup, odd spacing or stray bytes are cleaned and recorded.
/// Errors are for input that cannot be an article at all, and for configuration that contradicts itself.
///
/// # Examples
///
/// ```
/// use copydesk::{Error, Pipeline};
///
/// let err = Pipeline::default().clean_text("   \n\n  ").unwrap_err();
/// assert!(matches!(err, Error::EmptyInput));
/// assert!(err.to_string().contains("empty"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds no visible characters.
    #[error("the input is empty or holds only whitespace: there is no article to clean")]
    EmptyInput,

    /// The input is larger than the pipeline's size limit: its bytes, or the text they decode to
    /// (a single-byte charset's letters can take two or three bytes each as UTF-8).
    #[error(
        "the input is {size} bytes, over the limit of {limit} bytes; \
         raise it with PipelineBuilder::max_input_bytes if such documents are expected"
    )]
    TooLarge {
        /// Size of the input in bytes (of the decoded text, for bytes that decode to more).
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },

    /// The input does not look like text (it holds NUL bytes or mostly control characters).
    #[error(
        "the input is not text ({reason}); check that the file is an HTML page or a text file"
    )]
    NotText {
        /// What gave it away.
        reason: String,
    },

    /// The bytes do not decode in the encoding chosen for them: most of their characters are malformed,
    /// so replacing those with U+FFFD would leave no text to clean (a wrong charset label, or bytes that
    /// are not text).
    #[error(
        "the bytes do not decode as {encoding}: {malformed} of their {chars} characters are malformed; \
         pass the right charset in the Content-Type, or check that the file is text"
    )]
    Undecodable {
        /// The encoding the bytes were decoded with.
        encoding: &'static str,
        /// Characters that decoded to U+FFFD.
        malformed: usize,
        /// Characters decoded, whitespace aside.
        chars: usize,
    },

    /// Cleaning left nothing that could be an article.
    #[error("no article found: {reason}")]
    NoArticle {
        /// Why nothing was kept.
        reason: String,
    },

    /// A cleaner or normalizer name passed to the builder is not in the pipeline.
    #[error("no stage named {name:?} in the pipeline; its stages are: {known}")]
    UnknownStage {
        /// The name that was asked for.
        name: String,
        /// The names the pipeline has, comma-separated.
        known: String,
    },

    /// Two stages share a name, so records and `remove()` could not tell them apart.
    #[error("two stages are named {name:?}; give each cleaner and normalizer its own name")]
    DuplicateStage {
        /// The name used twice.
        name: String,
    },

    /// An option has a value that cannot work.
    #[error("invalid option {option}: {message}")]
    InvalidOption {
        /// The option's name as the builder spells it.
        option: &'static str,
        /// What is wrong with the value.
        message: String,
    },

    /// A user-supplied table (for example a spelling table) has a line that cannot be read.
    #[error("{source_name}, line {line}: {message}")]
    BadTable {
        /// Where the table came from (a file name, or `"<string>"`).
        source_name: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
}
