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
    /// A string is not an item id.
    #[error("{id:?} is not an item id: {reason}")]
    BadId {
        /// The string as given.
        id: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}
