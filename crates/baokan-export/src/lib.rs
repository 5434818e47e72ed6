//! **baokan-export**: a [`baokan`] corpus as linked tables, written to Parquet, JSON
//! Lines or CSV, for DuckDB, Polars, pandas or a spreadsheet.
//!
//! ```
//! use baokan_export::{Format, export};
//!
//! let dir = std::env::temp_dir().join(format!("baokan-export-doc-{}", std::process::id()));
//! let tables = export(&baokan::corpus(), Format::Jsonl, &dir)?;
//! let paragraphs = tables.iter().find(|t| t.name == "paragraphs").unwrap();
//! assert_eq!(paragraphs.rows, 76);
//! assert_eq!(paragraphs.path, dir.join("paragraphs.jsonl"));
//!
//! let first = std::fs::read_to_string(&paragraphs.path)?;
//! let first: serde_json::Value = serde_json::from_str(first.lines().next().unwrap())?;
//! assert_eq!(first["id"], "1.1.1");
//! assert_eq!(first["section_id"], "1.1");
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The tables
//!
//! [`TABLES`] lists them with their columns, types and nullability; that list is the
//! one definition every format follows. Each file is named after its table
//! (`paragraphs.parquet`, `paragraphs.jsonl`, `paragraphs.csv`).
//!
//! | table | a row is | key | links |
//! |---|---|---|---|
//! | `articles` | an article | `id` (`1`) | |
//! | `sections` | a section | `id` (`1.2`) | `article_id` |
//! | `paragraphs` | a paragraph | `id` (`1.2.3`) | `section_id`, `article_id` |
//! | `sentences` | a sentence | `id` (`1.2.3.4`) | `paragraph_id`, `section_id`, `article_id` |
//! | `credits` | a credit line (byline, chart, caption …) | `id` (`1.c1`) | `article_id` |
//! | `figures` | a figure (51.8万人) | | `sentence_id`, `paragraph_id`, `section_id`, `article_id` |
//! | `dates` | a date mention | | the same |
//! | `citations` | a citation 《…》 | | the same |
//! | `quotes` | a quotation “…” | | the same |
//! | `entities` | a named entity | `entity_id` | |
//! | `entity_mentions` | a mention of one | | `entity_id`, and as the mentions above |
//!
//! The ids are the library's [`ItemId`](baokan::ItemId)s as text, so a row links to
//! `baokan show`, `Corpus::find` and the Python API. A mention's `sentence_id` is null
//! when the mention lies outside every sentence.
//!
//! Choices worth knowing:
//!
//! - **`entity_id`** is `kind:name` (`person:习近平`, `place:哈尔滨`), not an ordinal:
//!   it stays the same when the corpus grows, and reads well in a join.
//! - **A citation's issuers** are one list column, `issuers` (`List<Utf8>` in
//!   Parquet, an array in JSON Lines), not a table of their own; CSV has no lists, so
//!   there they are joined by `、` (中央组织部、财政部). In DuckDB, `unnest(issuers)`
//!   gives one row per issuer. An article's `reporters` are a list column the same way.
//! - **A credit's id** is `<article id>.c<n>` (`1.c1`), `n` counting the article's
//!   credit lines from 1 in page order. Credits are not paragraphs: they link to their
//!   article only.
//! - **Offsets**: `char_start`/`char_end` count chars in the corpus text
//!   ([`Corpus::text`](baokan::Corpus::text)), `byte_start`/`byte_end` bytes; `line`
//!   and `column` (1-based, in chars) place the first char in its source `file`.
//! - **Absent values** are Parquet nulls, JSON `null`s, and empty CSV fields.
//! - **Names of kinds** (`kind`, `end`, `precision`, `approx` …) are the snake_case
//!   names the library's JSON uses (`list_item`, `full_stop`, `article_date`).
//!
//! # The formats
//!
//! - [`Format::Parquet`]: one record batch per table, snappy-compressed; `Utf8`,
//!   `Int64` (counts, offsets), `UInt32` (lines, columns), `Float64`, `Boolean` and
//!   `List<Utf8>` columns, nullable exactly where [`TABLES`] says.
//! - [`Format::Jsonl`]: one JSON object per line, keys in column order.
//! - [`Format::Csv`]: RFC 4180 (CRLF line ends, quotes where needed), UTF-8 without a
//!   BOM, a header row first.
//!
//! Each file is written atomically: to a temporary file in the output directory, then
//! renamed into place, so a reader sees the old file or the new one, never a part.
//!
//! # Many packs as one dataset
//!
//! [`export_partitioned`] writes every pack of a [`baokan::Corpora`] (shards of an
//! archive) into one hive-partitioned dataset, a folder per table and per month or day
//! ([`Partitioning`]) of each row's article, a file per pack:
//!
//! ```text
//! DIR/articles/year=2019/month=2/part-2019-02.parquet
//! DIR/articles/year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__/part-undated.parquet
//! DIR/paragraphs/year=2019/month=2/part-2019-02.parquet
//! DIR/entities/part-2019-02.parquet                      (no date: not partitioned)
//! ```
//!
//! DuckDB (`read_parquet('DIR/paragraphs/**/*.parquet', hive_partitioning = true)`) and
//! Spark (`spark.read.parquet("DIR/paragraphs")`) read each table as one, with integer
//! `year` and `month` (and `day`) columns taken from the folder names, `NULL` for
//! undated articles. The files hold the columns of [`TABLES`] after a [`PACK_COLUMN`]
//! (the pack's label), with item ids qualified `LABEL:ID` ([`ITEM_ID_COLUMNS`]) so they
//! are unique across packs. Packs exported one at a time into one folder make the same
//! dataset, byte for byte, as all of them at once.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod dataset;
mod error;
mod partition;
pub mod schema;
mod tables;
mod write;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use dataset::{ITEM_ID_COLUMNS, PACK_COLUMN, PartSummary, export_partitioned};
pub use error::ExportError;
pub use partition::{NULL_PARTITION, Partitioning, UnknownPartitioning};
pub use schema::{ColumnSchema, ColumnType, TABLES, TableSchema};

use crate::tables::Table;

/// A file format [`export`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Apache Parquet, via Arrow: typed columns, compressed; for DuckDB, Polars,
    /// pandas, Spark.
    Parquet,
    /// JSON Lines: one object per row.
    Jsonl,
    /// Comma-separated values (RFC 4180), with a header row.
    Csv,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Parquet, Format::Jsonl, Format::Csv];

    /// The format's name, as the CLI spells it: `parquet`, `jsonl` or `csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Parquet => "parquet",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }

    /// The file extension, without the dot (the same as [`Format::as_str`]).
    pub fn extension(self) -> &'static str {
        self.as_str()
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A format name that is not `parquet`, `jsonl` or `csv`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?}: expected parquet, jsonl or csv")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    /// ```
    /// use baokan_export::Format;
    /// assert_eq!("parquet".parse(), Ok(Format::Parquet));
    /// assert!("xlsx".parse::<Format>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// What [`export`] wrote for one table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TableSummary {
    /// The table's name, e.g. `paragraphs`.
    pub name: &'static str,
    /// Rows written (the CSV header not counted).
    pub rows: usize,
    /// The file written: `DIR/NAME.EXT`.
    pub path: PathBuf,
}

/// Writes every table of [`TABLES`] for `corpus` into `dir`, in `format`, one file per
/// table named `NAME.EXT`; returns what it wrote, in [`TABLES`] order.
///
/// Creates `dir` (and its parents) when missing, and replaces files of the same names.
/// Tables are built and written one at a time, so memory holds one table at most.
///
/// ```
/// use baokan_export::{Format, export};
/// let dir = std::env::temp_dir().join(format!("baokan-export-csv-{}", std::process::id()));
/// let tables = export(&baokan::corpus(), Format::Csv, &dir)?;
/// let names: Vec<&str> = tables.iter().map(|t| t.name).collect();
/// assert_eq!(names[..4], ["articles", "sections", "paragraphs", "sentences"]);
/// let csv = std::fs::read_to_string(dir.join("articles.csv"))?;
/// assert!(csv.starts_with("id,file,title,subtitle,"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn export(
    corpus: &baokan::Corpus<'_>,
    format: Format,
    dir: &Path,
) -> Result<Vec<TableSummary>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::CreateDir {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut summaries = Vec::with_capacity(TABLES.len());
    for schema in TABLES {
        let table = Table::build(schema, corpus);
        let path = dir.join(format!("{}.{}", schema.name, format.extension()));
        write::table_file(&table, format, &path)?;
        summaries.push(TableSummary {
            name: schema.name,
            rows: table.rows(),
            path,
        });
    }
    Ok(summaries)
}
