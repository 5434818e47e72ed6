//! `baokan export --format parquet|jsonl|csv -o DIR`: the corpus as linked tables, one
//! file per table, for DuckDB, Polars, pandas or a spreadsheet.

use std::io::Write;

use baokan::Corpus;

use crate::cli::{ExportArgs, ExportFormat, Global};
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

pub(super) fn run(
    corpus: Corpus<'_>,
    args: &ExportArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
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
