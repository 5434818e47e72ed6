//! Why an export failed.

use std::io;
use std::path::PathBuf;

use crate::Partitioning;

/// Why [`export`](crate::export) or [`export_partitioned`](crate::export_partitioned)
/// failed. Every message names the file, directory or pack label.
///
/// A failed export leaves no partial file: each table is written to a temporary file
/// in the output directory and renamed into place only when it is complete. Tables
/// written before the failure stay.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The output directory could not be created.
    #[error("cannot create directory {}: {source}", path.display())]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// A file could not be created, written or put in place.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// The Parquet writer failed.
    #[error("cannot write {}: {source}", path.display())]
    Parquet {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: parquet::errors::ParquetError,
    },
    /// The CSV writer failed.
    #[error("cannot write {}: {source}", path.display())]
    Csv {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: csv::Error,
    },
    /// A folder of a dataset could not be listed.
    #[error("cannot read directory {}: {source}", path.display())]
    ReadDir {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// A pack label that cannot name a file of a dataset (`part-<label>.parquet`).
    #[error(
        "pack label {label:?} cannot name a file: a label is one plain file name (no /, \\ or :)"
    )]
    BadLabel {
        /// The label.
        label: String,
    },
    /// A dataset folder already holds another pack's files cut another way (by day,
    /// and now by month): readers would not take them as one table.
    #[error(
        "{} is cut another way than by {by} (it holds {}): export by that, or into another directory",
        dir.display(),
        found.display()
    )]
    MixedPartitioning {
        /// The table's folder.
        dir: PathBuf,
        /// A file at another depth.
        found: PathBuf,
        /// The partitioning asked for.
        by: Partitioning,
    },
    /// A table's columns did not make an Arrow record batch (a bug).
    #[error("cannot build the {table} table: {source}")]
    Arrow {
        /// The table.
        table: &'static str,
        /// The cause.
        source: arrow_schema::ArrowError,
    },
}
