use thiserror::Error;

/// Why a byte string is not a valid pack.
///
/// Every check of [`Pack::parse`](crate::Pack::parse) and [`Pack::verify`](crate::Pack::verify)
/// fails with one of these; none panics.
///
/// ```
/// let err = baokan_pack::Pack::parse(b"not a pack").unwrap_err();
/// assert!(matches!(err, baokan_pack::PackError::TooShort { .. }));
/// ```
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PackError {
    /// The bytes end before the header or a declared table does.
    #[error("pack is truncated: {needed} bytes needed, {found} present")]
    TooShort {
        /// Bytes the header or directory says are needed.
        needed: u64,
        /// Bytes present.
        found: u64,
    },
    /// The first eight bytes are not the pack magic.
    #[error("not a baokan pack (bad magic bytes)")]
    BadMagic,
    /// The pack was written by another format version.
    #[error("pack format version {found} is not supported: this reader reads version {supported}")]
    UnsupportedVersion {
        /// The version stored in the pack.
        found: u32,
        /// The version this reader reads.
        supported: u32,
    },
    /// The length in the header disagrees with the byte count.
    #[error("pack length mismatch: header says {declared} bytes, found {found}")]
    LengthMismatch {
        /// Length stored in the header.
        declared: u64,
        /// Length of the bytes given.
        found: u64,
    },
    /// The checksum over the body does not match: the bytes were changed after writing.
    #[error("pack checksum mismatch: stored {stored:#010x}, computed {computed:#010x}")]
    Checksum {
        /// Checksum stored in the header.
        stored: u32,
        /// Checksum of the bytes given.
        computed: u32,
    },
    /// A table's bytes do not match the checksum in its directory entry: they were
    /// changed after writing.
    #[error(
        "pack table {table}: checksum mismatch: stored {stored:#010x}, computed {computed:#010x}"
    )]
    TableChecksum {
        /// Table name.
        table: &'static str,
        /// Checksum stored in the directory.
        stored: u32,
        /// Checksum of the table's bytes.
        computed: u32,
    },
    /// A byte outside the header, the directory and every table is not zero.
    #[error("pack byte {at} lies between tables and is not zero")]
    Padding {
        /// Offset of the byte.
        at: u64,
    },
    /// A table named in the directory is missing, repeated or out of bounds.
    #[error("pack table {table}: {reason}")]
    Table {
        /// Table name.
        table: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// A record breaks an invariant (a span outside an arena, a dangling index, …).
    #[error("pack table {table}, record {row}: {reason}")]
    Record {
        /// Table name.
        table: &'static str,
        /// Zero-based record index.
        row: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// An arena is not valid UTF-8.
    #[error("pack arena {arena} is not valid UTF-8 at byte {at}")]
    Utf8 {
        /// Arena name.
        arena: &'static str,
        /// Byte offset of the first invalid byte.
        at: usize,
    },
}
