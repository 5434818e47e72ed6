//! The three file formats, each written atomically: to a temporary file in the output
//! directory, then renamed into place.

use std::borrow::Cow;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use arrow_array::RecordBatch;
use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int64Array, StringArray, UInt32Array};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::schema::ColumnType;
use crate::tables::{Data, Table};
use crate::{ExportError, Format};

/// How a list is joined into one CSV field, as the page lists names.
pub(crate) const CSV_LIST_SEPARATOR: &str = "、";

/// Writes a file at `path` through `write`, atomically: a reader of `path` sees the old
/// file or the new one, never a part. On failure the temporary file is removed and
/// `path` is left as it was.
fn atomic(
    path: &Path,
    write: impl FnOnce(File) -> Result<File, ExportError>,
) -> Result<(), ExportError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let io_err = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let name = path
        .file_name()
        .ok_or_else(|| io_err(io::Error::new(io::ErrorKind::InvalidInput, "no file name")))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp: PathBuf = dir.join(format!(
        ".{}.{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(io_err)?;
    let result = write(file).and_then(|f| {
        f.sync_all()
            .and_then(|()| fs::rename(&tmp, path))
            .map_err(io_err)
    });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Writes `table` at `path` in `format`, atomically (see [`atomic`]).
pub(crate) fn table_file(
    table: &Table<'_>,
    format: Format,
    path: &Path,
) -> Result<(), ExportError> {
    atomic(path, |file| match format {
        Format::Parquet => parquet(table, file, path),
        Format::Jsonl => jsonl(table, file, path),
        Format::Csv => csv(table, file, path),
    })
}

fn arrow_type(ty: ColumnType) -> DataType {
    match ty {
        ColumnType::Utf8 => DataType::Utf8,
        ColumnType::Int64 => DataType::Int64,
        ColumnType::UInt32 => DataType::UInt32,
        ColumnType::Float64 => DataType::Float64,
        ColumnType::Boolean => DataType::Boolean,
        ColumnType::Utf8List => DataType::new_list(DataType::Utf8, true),
    }
}

/// The table as one Arrow record batch.
fn record_batch(table: &Table<'_>) -> Result<RecordBatch, ExportError> {
    let schema = Schema::new(
        table
            .fields
            .iter()
            .map(|c| Field::new(c.name, arrow_type(c.ty), c.nullable))
            .collect::<Vec<_>>(),
    );
    let arrays: Vec<ArrayRef> = table
        .columns
        .iter()
        .map(|data| -> ArrayRef {
            match data {
                Data::Utf8(v) => Arc::new(v.iter().map(|s| s.as_deref()).collect::<StringArray>()),
                Data::Int64(v) => Arc::new(v.iter().copied().collect::<Int64Array>()),
                Data::UInt32(v) => Arc::new(v.iter().copied().collect::<UInt32Array>()),
                Data::Float64(v) => Arc::new(v.iter().copied().collect::<Float64Array>()),
                Data::Boolean(v) => Arc::new(v.iter().copied().collect::<BooleanArray>()),
                Data::Utf8List(v) => {
                    let mut b = ListBuilder::new(StringBuilder::new());
                    for list in v {
                        for s in list {
                            b.values().append_value(s);
                        }
                        b.append(true);
                    }
                    Arc::new(b.finish())
                }
            }
        })
        .collect();
    RecordBatch::try_new(Arc::new(schema), arrays).map_err(|source| ExportError::Arrow {
        table: table.schema.name,
        source,
    })
}

/// Writes the table as a Parquet file (one row group, snappy-compressed).
fn parquet(table: &Table<'_>, file: File, path: &Path) -> Result<File, ExportError> {
    let batch = record_batch(table)?;
    let fail = |source| ExportError::Parquet {
        path: path.to_path_buf(),
        source,
    };
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_created_by(concat!("baokan-export ", env!("CARGO_PKG_VERSION")).to_string())
        .build();
    let mut writer = ArrowWriter::try_new(file, batch.schema(), Some(props)).map_err(fail)?;
    writer.write(&batch).map_err(fail)?;
    writer.into_inner().map_err(fail)
}

/// Writes the table as JSON Lines: one object per row, keys in column order, absent
/// values as `null`.
fn jsonl(table: &Table<'_>, file: File, path: &Path) -> Result<File, ExportError> {
    let fail = |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut out = BufWriter::new(file);
    let names = table.fields.iter().map(|c| c.name);
    for row in 0..table.rows() {
        out.write_all(b"{").map_err(fail)?;
        for (i, (name, data)) in names.clone().zip(&table.columns).enumerate() {
            if i > 0 {
                out.write_all(b",").map_err(fail)?;
            }
            serde_json::to_writer(&mut out, name).map_err(|e| fail(e.into()))?;
            out.write_all(b":").map_err(fail)?;
            let written = match data {
                Data::Utf8(v) => serde_json::to_writer(&mut out, &v[row]),
                Data::Int64(v) => serde_json::to_writer(&mut out, &v[row]),
                Data::UInt32(v) => serde_json::to_writer(&mut out, &v[row]),
                Data::Float64(v) => serde_json::to_writer(&mut out, &v[row]),
                Data::Boolean(v) => serde_json::to_writer(&mut out, &v[row]),
                Data::Utf8List(v) => serde_json::to_writer(&mut out, &v[row]),
            };
            written.map_err(|e| fail(e.into()))?;
        }
        out.write_all(b"}\n").map_err(fail)?;
    }
    out.into_inner().map_err(|e| fail(e.into_error()))
}

/// Writes the table as CSV (RFC 4180): a header row, then one record per row; an
/// absent value is an empty field, a list is joined by `、`.
fn csv(table: &Table<'_>, file: File, path: &Path) -> Result<File, ExportError> {
    let fail = |source| ExportError::Csv {
        path: path.to_path_buf(),
        source,
    };
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BufWriter::new(file));
    out.write_record(table.fields.iter().map(|c| c.name))
        .map_err(fail)?;
    for row in 0..table.rows() {
        for data in &table.columns {
            let field: Cow<'_, str> = match data {
                Data::Utf8(v) => v[row].as_deref().map_or(Cow::Borrowed(""), Cow::Borrowed),
                Data::Int64(v) => v[row].map_or(Cow::Borrowed(""), |n| n.to_string().into()),
                Data::UInt32(v) => v[row].map_or(Cow::Borrowed(""), |n| n.to_string().into()),
                Data::Float64(v) => v[row].map_or(Cow::Borrowed(""), |x| x.to_string().into()),
                Data::Boolean(v) => v[row].map_or(Cow::Borrowed(""), |b| b.to_string().into()),
                Data::Utf8List(v) => v[row].join(CSV_LIST_SEPARATOR).into(),
            };
            out.write_field(field.as_bytes()).map_err(fail)?;
        }
        out.write_record(None::<&[u8]>).map_err(fail)?;
    }
    let buffered = out.into_inner().map_err(|e| ExportError::Io {
        path: path.to_path_buf(),
        source: e.into_error(),
    })?;
    buffered.into_inner().map_err(|e| ExportError::Io {
        path: path.to_path_buf(),
        source: e.into_error(),
    })
}
