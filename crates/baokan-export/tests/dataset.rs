//! `export_partitioned`: two packs as one hive-partitioned dataset, read back with the
//! parquet crate's Arrow reader and as JSON Lines.

use std::fs::{self, File};
use std::path::PathBuf;

use arrow_array::cast::AsArray;
use baokan::Corpora;
use baokan_export::{
    ExportError, Format, ITEM_ID_COLUMNS, PACK_COLUMN, Partitioning, TABLES, export,
    export_partitioned,
};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

/// A fresh directory path for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("baokan-dataset-test-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn two_packs() -> Corpora<'static> {
    let c = baokan::corpus();
    Corpora::new([("a", c), ("b", c)]).unwrap()
}

#[test]
fn each_pack_writes_every_table_with_its_rows() {
    let dir = TempDir::new("rows");
    let flat = export(&baokan::corpus(), Format::Jsonl, &dir.0.join("flat")).unwrap();
    let out = dir.0.join("set");
    let files = export_partitioned(&two_packs(), Format::Jsonl, Partitioning::Day, &out).unwrap();
    assert_eq!(files.len(), 2 * TABLES.len());
    for (i, f) in files.iter().enumerate() {
        let (pack, t) = (["a", "b"][i / TABLES.len()], &TABLES[i % TABLES.len()]);
        assert_eq!((f.pack.as_str(), f.table), (pack, t.name));
        let partition = if t.name == "entities" {
            ""
        } else {
            "year=2022/month=10/day=9"
        };
        assert_eq!(f.partition, partition);
        let path = out
            .join(t.name)
            .join(partition)
            .join(format!("part-{pack}.jsonl"));
        assert_eq!(f.path, path);
        assert_eq!(f.rows, flat[i % TABLES.len()].rows, "{}", t.name);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), f.rows, "{}", path.display());
    }
}

#[test]
fn files_lead_with_the_pack_qualify_item_ids_and_hold_no_partition_column() {
    let dir = TempDir::new("columns");
    let files =
        export_partitioned(&two_packs(), Format::Parquet, Partitioning::Month, &dir.0).unwrap();
    for f in &files {
        let schema = TABLES.iter().find(|t| t.name == f.table).unwrap();
        let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(&f.path).unwrap())
            .unwrap()
            .build()
            .unwrap();
        for batch in reader {
            let batch = batch.unwrap();
            let names: Vec<String> = batch
                .schema()
                .fields()
                .iter()
                .map(|c| c.name().clone())
                .collect();
            let want: Vec<&str> = std::iter::once(PACK_COLUMN)
                .chain(schema.columns.iter().map(|c| c.name))
                .collect();
            assert_eq!(names, want, "{}", f.table);
            for (name, column) in names.iter().zip(batch.columns()) {
                let Some(text) = column.as_string_opt::<i32>() else {
                    continue;
                };
                for v in text.iter().flatten() {
                    if name == PACK_COLUMN {
                        assert_eq!(v, f.pack);
                    } else if ITEM_ID_COLUMNS.contains(&name.as_str()) {
                        assert!(v.starts_with(&format!("{}:", f.pack)), "{name} {v}");
                    } else if name == "entity_id" {
                        assert!(!v.starts_with("a:") && !v.starts_with("b:"), "{v}");
                    }
                }
            }
        }
    }
}

#[test]
fn item_id_columns_are_every_column_holding_an_item_id() {
    for t in TABLES {
        for c in t.columns {
            let id_like = c.name == "id" || c.name.ends_with("_id") || c.name == "duplicate_of";
            let is_item = ITEM_ID_COLUMNS.contains(&c.name);
            assert_eq!(
                id_like && c.name != "entity_id",
                is_item,
                "{}.{}",
                t.name,
                c.name
            );
            assert!(
                !["year", "month", "day", PACK_COLUMN].contains(&c.name),
                "{}.{} would clash with a dataset column",
                t.name,
                c.name
            );
        }
    }
}

#[test]
fn a_label_that_names_no_plain_file_is_refused_before_writing() {
    let dir = TempDir::new("label");
    let c = baokan::corpus();
    for label in ["x/y", "..", "x\\y"] {
        let set = Corpora::new([(label, c)]).unwrap();
        let err = export_partitioned(&set, Format::Csv, Partitioning::Month, &dir.0).unwrap_err();
        assert!(matches!(err, ExportError::BadLabel { .. }), "{err}");
        assert!(err.to_string().contains(&format!("{label:?}")), "{err}");
    }
    assert!(!dir.0.exists());
}
