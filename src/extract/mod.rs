//! The HTML stages: pruning, scoring and picking the body, blocks, and the page's metadata.

pub(crate) mod metadata;
