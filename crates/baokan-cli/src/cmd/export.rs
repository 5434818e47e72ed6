//! `baokan export --format parquet|jsonl|csv -o DIR`: the corpus as linked tables, one
//! file per table, for DuckDB, Polars, pandas or a spreadsheet; with `--partition-by`,
//! every pack as part of one hive-partitioned dataset.

use std::collections::BTreeMap;
use std::io::Write;

use baokan::Corpora;
use baokan_export::{Partitioning, TABLES};

use crate::cli::{ExportArgs, ExportFormat, Global, PartitionBy};
use crate::error::CliError;
use crate::render::{self, Align};

impl From<ExportFormat> for baokan_export::Format {
    fn from(f: ExportFormat) -> baokan_export::Format {
        match f {
            ExportFormat::Parquet => baokan_export::Format::Parquet,
            ExportFormat::Jsonl => baokan_export::Format::Jsonl,
            ExportFormat::Csv => baokan_export::Format::Csv,
        }
    }
}

impl From<PartitionBy> for Partitioning {
    fn from(p: PartitionBy) -> Partitioning {
        match p {
            PartitionBy::Month => Partitioning::Month,
            PartitionBy::Day => Partitioning::Day,
        }
    }
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &ExportArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    if let Some(by) = args.partition_by {
        return dataset(corpora, by.into(), args, global, out);
    }
    let corpus = super::one_pack(corpora, "export")?;
    let tables = baokan_export::export(&corpus, args.format.into(), &args.output)?;
    if global.json {
        return Ok(render::json(out, &tables)?);
    }
    let rows: Vec<Vec<String>> = tables
        .iter()
        .map(|t| {
            vec![
                t.name.to_string(),
                t.rows.to_string(),
                t.path.display().to_string(),
            ]
        })
        .collect();
    let columns = [
        ("TABLE", Align::Left),
        ("ROWS", Align::Right),
        ("PATH", Align::Left),
    ];
    Ok(render::table(out, &columns, &rows)?)
}

/// `--partition-by`: every pack into one dataset; a line per table (files, rows,
/// folder), or with `--json` an object per file.
fn dataset(
    corpora: &Corpora<'_>,
    by: Partitioning,
    args: &ExportArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let files = baokan_export::export_partitioned(corpora, args.format.into(), by, &args.output)?;
    if global.json {
        return Ok(render::json(out, &files)?);
    }
    let mut totals: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for f in &files {
        let t = totals.entry(f.table).or_default();
        t.0 += 1;
        t.1 += f.rows;
    }
    let rows: Vec<Vec<String>> = TABLES
        .iter()
        .map(|t| {
            let (n, rows) = totals.get(t.name).copied().unwrap_or_default();
            vec![
                t.name.to_string(),
                n.to_string(),
                rows.to_string(),
                args.output.join(t.name).display().to_string(),
            ]
        })
        .collect();
    let columns = [
        ("TABLE", Align::Left),
        ("FILES", Align::Right),
        ("ROWS", Align::Right),
        ("PATH", Align::Left),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
