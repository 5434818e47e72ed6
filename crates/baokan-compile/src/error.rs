use std::path::PathBuf;

use thiserror::Error;

/// Why a source could not be compiled. Each variant names the file, and the line where
/// there is one, so a user can go straight to the problem.
///
/// ```
/// let err = baokan_compile::compile_text("empty.txt", "", &Default::default()).unwrap_err();
/// assert_eq!(err.to_string(), "empty.txt: line 1: file is empty");
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum CompileError {
    /// The file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The bytes are not text in a supported encoding.
    #[error("{file}: line {line}, column {column}: {reason}")]
    Decode {
        /// File name.
        file: String,
        /// 1-based line of the first bad byte.
        line: u32,
        /// 1-based column (in chars) of the first bad byte.
        column: u32,
        /// What was wrong.
        reason: String,
    },
    /// The file has no text at all.
    #[error("{file}: line 1: file is empty")]
    Empty {
        /// File name.
        file: String,
    },
    /// The file has text but nothing that forms an article.
    #[error("{file}: line {line}: no article found")]
    NoArticle {
        /// File name.
        file: String,
        /// Last line read.
        line: u32,
    },
    /// A line is longer than the compiler accepts.
    #[error("{file}: line {line}: line is {bytes} bytes long; the limit is {limit}")]
    LineTooLong {
        /// File name.
        file: String,
        /// 1-based line.
        line: u32,
        /// Its length in bytes.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// A JSONL record is not an article object.
    #[error("{file}: line {line}: {reason}")]
    Record {
        /// File name.
        file: String,
        /// 1-based line of the record.
        line: u32,
        /// What is wrong with it.
        reason: String,
    },
    /// Nothing to compile: no page files under the paths given.
    #[error("{path}: no page files (*.txt, *.jsonl) found")]
    NoFiles {
        /// The path given.
        path: PathBuf,
    },
    /// The corpus is too large for the pack's 32-bit offsets.
    #[error("{file}: corpus exceeds the pack limit of 4 GiB of text")]
    TooLarge {
        /// The file being added when the limit was passed.
        file: String,
    },
    /// The manifest could not be read.
    #[error("{file}: line {line}: {reason}")]
    Manifest {
        /// Manifest file name.
        file: String,
        /// 1-based line of the problem (1 where unknown).
        line: u32,
        /// What was wrong.
        reason: String,
    },
    /// The search index could not be built.
    #[error("building the search index failed: {0}")]
    Index(String),
    /// The pack that was just written failed its own validation (a compiler bug).
    #[error("internal error: the compiled pack does not validate: {0}")]
    Pack(#[from] baokan_pack::PackError),
}
