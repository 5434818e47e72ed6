//! Many packs as one hive-partitioned dataset: `DIR/<table>/year=Y/month=M/part-<label>.EXT`.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use baokan::{Corpora, Corpus, Date, PACK_SEPARATOR};

use crate::schema::{ARTICLES, TableSchema};
use crate::tables::Table;
use crate::{ExportError, Format, Partitioning, TABLES, write};

/// The column naming the pack a row comes from, first in every table of a dataset.
pub const PACK_COLUMN: &str = "pack";

/// The columns holding item ids, qualified `LABEL:ID` (`2019-02:17.3.2`) in a dataset so
/// that they are unique across packs and name the item as `baokan --corpus` of several
/// packs does. `entity_id` (`kind:name`) is no item id: it stays as it is, so that one
/// entity has one id in every pack.
pub const ITEM_ID_COLUMNS: [&str; 6] = [
    "id",
    "article_id",
    "section_id",
    "paragraph_id",
    "sentence_id",
    "duplicate_of",
];

/// What [`export_partitioned`] wrote in one file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PartSummary {
    /// The table, e.g. `paragraphs`.
    pub table: &'static str,
    /// The label of the pack the rows come from.
    pub pack: String,
    /// The partition folder, relative to the table's folder (`year=2022/month=10`);
    /// empty for `entities`, which has no date and is not partitioned.
    pub partition: String,
    /// Rows written (the CSV header not counted).
    pub rows: usize,
    /// The file written: `DIR/<table>/<partition>/part-<pack>.EXT`.
    pub path: PathBuf,
}

/// Writes each pack of `corpora` into `dir` as part of one hive-partitioned dataset:
/// `DIR/<table>/year=YYYY/month=M/part-<label>.EXT` (with `/day=D` by
/// [`Partitioning::Day`]), a row in the partition of its article's date; returns the
/// files written, pack by pack, then in [`TABLES`] order, then partition order (by
/// date, the undated last).
///
/// - Every table has a file in each partition where the pack has an article, with no
///   rows if need be, so each table's schema is there to read. `entities` has no date:
///   its rows go to `DIR/entities/part-<label>.EXT`, one row per entity per pack.
/// - The partition values are in the folder names only, never in the files, so DuckDB
///   (`read_parquet('DIR/articles/**/*.parquet', hive_partitioning = true)`) and Spark
///   (`spark.read.parquet("DIR/articles")`) add `year`, `month` (and `day`) columns
///   once; undated rows read `NULL` there ([`NULL_PARTITION`](crate::NULL_PARTITION)).
/// - Every table gains a first column, [`PACK_COLUMN`], the pack's label, and its item
///   ids ([`ITEM_ID_COLUMNS`]) are qualified `LABEL:ID`, so they are unique across
///   packs and joins on them stay within a pack.
/// - Files are named by pack, so exporting packs one at a time into one `dir`
///   accumulates one dataset; exporting a pack again replaces its files (each written
///   atomically) and removes those of its files no longer written. The other packs'
///   files are left alone.
///
/// A label that cannot name a file is an [`ExportError::BadLabel`]; a `dir` whose files
/// are cut another way (by month, now by day) an [`ExportError::MixedPartitioning`],
/// before anything is written.
///
/// ```
/// use baokan_export::{Format, Partitioning, export_partitioned};
///
/// let dir = std::env::temp_dir().join(format!("baokan-dataset-doc-{}", std::process::id()));
/// let one = baokan::corpus();
/// let packs = baokan::Corpora::new([("a", one), ("b", one)])?;
/// let files = export_partitioned(&packs, Format::Parquet, Partitioning::Month, &dir)?;
/// assert_eq!(files[0].path, dir.join("articles/year=2022/month=10/part-a.parquet"));
/// assert!(dir.join("paragraphs/year=2022/month=10/part-b.parquet").is_file());
/// assert!(dir.join("entities/part-b.parquet").is_file());
/// let rows: usize = files.iter().filter(|f| f.table == "paragraphs").map(|f| f.rows).sum();
/// assert_eq!(rows, 2 * one.paragraphs().len());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn export_partitioned(
    corpora: &Corpora<'_>,
    format: Format,
    by: Partitioning,
    dir: &Path,
) -> Result<Vec<PartSummary>, ExportError> {
    for label in corpora.labels() {
        check_label(label)?;
    }
    for schema in TABLES {
        check_depth(
            &dir.join(schema.name),
            depth(schema, by),
            format,
            corpora,
            by,
        )?;
    }
    fs::create_dir_all(dir).map_err(|source| ExportError::CreateDir {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    for pack in corpora.packs() {
        written.extend(export_pack(&pack.item, pack.label, format, by, dir)?);
    }
    Ok(written)
}

/// One pack's files, table by table.
fn export_pack(
    corpus: &Corpus<'_>,
    label: &str,
    format: Format,
    by: Partitioning,
    dir: &Path,
) -> Result<Vec<PartSummary>, ExportError> {
    let dates: HashMap<String, Option<Date>> = corpus
        .articles()
        .map(|a| (a.id().to_string(), a.date()))
        .collect();
    let file_name = format!("part-{label}.{}", format.extension());
    let mut written = Vec::new();
    for schema in TABLES {
        let mut table = Table::build(schema, corpus);
        let parts = partitions(&mut table, schema, by, &dates);
        for id in ITEM_ID_COLUMNS {
            if let Some(ids) = table.text_column(id) {
                for v in ids.iter_mut().flatten() {
                    *v = format!("{label}{PACK_SEPARATOR}{v}").into();
                }
            }
        }
        table.prepend_constant(PACK_COLUMN, label);
        let table_dir = dir.join(schema.name);
        let mut paths = Vec::with_capacity(parts.len());
        let whole = parts.len() == 1;
        for (partition, rows) in parts.into_values() {
            let folder = table_dir.join(&partition);
            fs::create_dir_all(&folder).map_err(|source| ExportError::CreateDir {
                path: folder.clone(),
                source,
            })?;
            let path = folder.join(&file_name);
            let part = if whole { None } else { Some(table.take(&rows)) };
            write::table_file(part.as_ref().unwrap_or(&table), format, &path)?;
            paths.push(path.clone());
            written.push(PartSummary {
                table: schema.name,
                pack: label.to_string(),
                partition,
                rows: rows.len(),
                path,
            });
        }
        remove_stale(&table_dir, format, &file_name, &paths)?;
    }
    Ok(written)
}

type Parts = BTreeMap<(bool, i32, u32, u32), (String, Vec<usize>)>;

/// The table's rows by partition: one partition per date of the pack's articles (so
/// every table has the same folders), each with the rows of its articles, in order.
fn partitions(
    table: &mut Table<'_>,
    schema: &TableSchema,
    by: Partitioning,
    dates: &HashMap<String, Option<Date>>,
) -> Parts {
    let link = if *schema == ARTICLES {
        "id"
    } else {
        "article_id"
    };
    let all = (0..table.rows()).collect();
    let Some(articles) = table.text_column(link) else {
        return Parts::from([((false, 0, 0, 0), (String::new(), all))]);
    };
    let mut parts: Parts = dates
        .values()
        .map(|&d| (by.key(d), (by.folder(d), Vec::new())))
        .collect();
    for (row, article) in articles.iter().enumerate() {
        let date = article
            .as_deref()
            .and_then(|a| dates.get(a).copied().flatten());
        parts
            .entry(by.key(date))
            .or_insert_with(|| (by.folder(date), Vec::new()))
            .1
            .push(row);
    }
    parts
}

/// The number of path components from a table's folder to its files.
fn depth(schema: &TableSchema, by: Partitioning) -> usize {
    if *schema == ARTICLES || schema.column("article_id").is_some() {
        by.keys().len() + 1
    } else {
        1
    }
}

/// A label names files (`part-<label>.parquet`), so it must be one plain path
/// component; [`Corpora`] already refuses empty ones and [`PACK_SEPARATOR`].
fn check_label(label: &str) -> Result<(), ExportError> {
    let plain = !label.is_empty()
        && label != "."
        && label != ".."
        && !label.contains(['/', '\\', PACK_SEPARATOR, '\0']);
    if plain {
        Ok(())
    } else {
        Err(ExportError::BadLabel {
            label: label.to_string(),
        })
    }
}

/// Refuses a table folder holding another pack's files at another depth: a dataset cut
/// by month and by day at once, which no reader takes as one table.
fn check_depth(
    table_dir: &Path,
    depth: usize,
    format: Format,
    corpora: &Corpora<'_>,
    by: Partitioning,
) -> Result<(), ExportError> {
    let ours: Vec<String> = corpora
        .labels()
        .map(|l| format!("part-{l}.{}", format.extension()))
        .collect();
    for (path, d) in part_files(table_dir, format)? {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if d != depth && !ours.iter().any(|o| o == name) {
            return Err(ExportError::MixedPartitioning {
                dir: table_dir.to_path_buf(),
                found: path,
                by,
            });
        }
    }
    Ok(())
}

/// Removes the files named `file_name` under `table_dir` that this export did not
/// write (a partition the pack no longer has), and their folders once empty.
fn remove_stale(
    table_dir: &Path,
    format: Format,
    file_name: &str,
    kept: &[PathBuf],
) -> Result<(), ExportError> {
    for (path, _) in part_files(table_dir, format)? {
        if path.file_name().and_then(|n| n.to_str()) != Some(file_name) || kept.contains(&path) {
            continue;
        }
        fs::remove_file(&path).map_err(|source| ExportError::Io {
            path: path.clone(),
            source,
        })?;
        let mut folder = path.parent();
        while let Some(f) = folder.filter(|f| *f != table_dir) {
            if fs::remove_dir(f).is_err() {
                break; // not empty: another pack's files are there
            }
            folder = f.parent();
        }
    }
    Ok(())
}

/// Every `part-*.EXT` file under `table_dir`, with its depth below it (none when the
/// folder is missing).
fn part_files(table_dir: &Path, format: Format) -> Result<Vec<(PathBuf, usize)>, ExportError> {
    let suffix = format!(".{}", format.extension());
    let mut found = Vec::new();
    let mut todo = vec![(table_dir.to_path_buf(), 1)];
    while let Some((folder, d)) = todo.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(ExportError::ReadDir {
                    path: folder,
                    source,
                });
            }
        };
        for entry in entries {
            let entry = entry.map_err(|source| ExportError::ReadDir {
                path: folder.clone(),
                source,
            })?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if path.is_dir() {
                todo.push((path, d + 1));
            } else if name.starts_with("part-") && name.ends_with(&suffix) {
                found.push((path, d));
            }
        }
    }
    found.sort();
    Ok(found)
}
