//! placeholder
mod clean;
mod dates;
mod jsonld;
