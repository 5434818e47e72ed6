use thiserror::Error;

/// Everything that can go wrong in the `baokan` API.
///
/// ```
/// let err = baokan::corpus().article("99").unwrap_err();
/// assert_eq!(err.to_string(), "no article with id \"99\" (the corpus has articles 1 to 2)");
/// assert!(matches!(err, baokan::Error::UnknownId { .. }));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not a valid pack.
    #[error("invalid pack: {0}")]
    Pack(#[from] baokan_pack::PackError),
    /// An id is well formed but names no item in this corpus.
    #[error("no {kind} with id {id:?} ({hint})")]
    UnknownId {
        /// What kind of item was asked for.
        kind: &'static str,
        /// The id as given.
        id: String,
        /// What ids exist.
        hint: String,
    },
    /// A pack file could not be opened or mapped.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: std::path::PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A search query is empty.
    #[error("the query is empty")]
    EmptyQuery,
    /// A search query is longer than the limit.
    #[error("the query is {chars} chars long; the limit is {limit}")]
    QueryTooLong {
        /// Length of the query in chars.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// A search query holds a char it can never match (a line break or control char).
    #[error("the query cannot match: {reason}")]
    BadQuery {
        /// Why.
        reason: &'static str,
    },
    /// A regular expression does not compile.
    #[error("invalid regular expression: {0}")]
    Regex(String),
    /// The traditional-to-simplified converter could not be loaded.
    #[error("traditional-to-simplified conversion is unavailable: {0}")]
    Convert(String),
    /// An argument is out of its allowed range (an n-gram length, a window size…).
    #[error("invalid {what}: {reason}")]
    BadArgument {
        /// Which argument.
        what: &'static str,
        /// What is wrong with it, and what is allowed.
        reason: String,
    },
    /// A string is not an item id, or not one of the level asked for.
    #[error("{id:?} is not {reason}")]
    BadId {
        /// The string as given.
        id: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A pack file is not a valid pack of the format version this reader reads.
    #[error("{path}: invalid pack: {source}")]
    PackFile {
        /// The pack file.
        path: std::path::PathBuf,
        /// What is wrong with it.
        source: baokan_pack::PackError,
    },
    /// An id of a corpus of several packs names no pack (`2019-02:17`).
    #[error(
        "{id:?} names no pack: qualify it with a pack's label, like LABEL:1 (the packs are {labels})"
    )]
    UnqualifiedId {
        /// The id as given.
        id: String,
        /// The labels of the packs, joined by commas.
        labels: String,
    },
    /// A qualified id names a pack that is not there.
    #[error("no pack labelled {label:?} (the packs are {labels})")]
    UnknownPack {
        /// The label as given.
        label: String,
        /// The labels of the packs, joined by commas.
        labels: String,
    },
}
