//! Exports the embedded page in every format and reads the files back: with the csv
//! reader, serde_json and the parquet crate's Arrow reader.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::path::{Path, PathBuf};

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;
use baokan_export::{ColumnType, ExportError, Format, TABLES, TableSchema, TableSummary, export};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;

/// A fresh, empty directory for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("baokan-export-test-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn schema(name: &str) -> &'static TableSchema {
    TABLES.iter().find(|t| t.name == name).unwrap()
}

fn summary<'s>(tables: &'s [TableSummary], name: &str) -> &'s TableSummary {
    tables.iter().find(|t| t.name == name).unwrap()
}

/// The rows every table must have, from the library.
fn expected_rows() -> BTreeMap<&'static str, usize> {
    let c = baokan::corpus();
    BTreeMap::from([
        ("articles", c.articles().len()),
        ("sections", c.sections().len()),
        ("paragraphs", c.paragraphs().len()),
        ("sentences", c.sentences().len()),
        ("credits", c.credits().len()),
        ("figures", c.figures().len()),
        ("dates", c.dates().len()),
        ("citations", c.citations().len()),
        ("quotes", c.quotes().len()),
        ("entities", c.entities().len()),
        (
            "entity_mentions",
            c.entities().map(|e| e.mentions().len()).sum(),
        ),
    ])
}

/// Every table as JSON objects, read from the JSON Lines export.
fn jsonl_tables(dir: &Path) -> BTreeMap<&'static str, Vec<serde_json::Map<String, Value>>> {
    TABLES
        .iter()
        .map(|t| {
            let text = fs::read_to_string(dir.join(format!("{}.jsonl", t.name))).unwrap();
            let rows = text
                .lines()
                .map(|line| match serde_json::from_str(line) {
                    Ok(Value::Object(o)) => o,
                    other => panic!("{}: not a JSON object: {other:?}", t.name),
                })
                .collect();
            (t.name, rows)
        })
        .collect()
}

#[test]
fn row_counts_equal_the_corpus_counts_in_every_format() {
    let c = baokan::corpus();
    let want = expected_rows();
    assert_eq!(want["articles"], 2);
    assert_eq!(want["sections"], 9);
    assert_eq!(want["paragraphs"], 76);
    assert_eq!(want["sentences"], 156);
    assert!(
        want.iter().all(|(&t, &n)| n > 0 || t == "credits"),
        "{want:?}"
    );
    assert_eq!(c.stats().paragraphs, 76);
    for format in Format::ALL {
        let dir = TempDir::new(&format!("counts-{format}"));
        let tables = export(&c, format, &dir.0).unwrap();
        let names: Vec<&str> = tables.iter().map(|t| t.name).collect();
        let schema_names: Vec<&str> = TABLES.iter().map(|t| t.name).collect();
        assert_eq!(names, schema_names);
        for t in &tables {
            assert_eq!(t.rows, want[t.name], "{format} {}", t.name);
            assert_eq!(t.path, dir.0.join(format!("{}.{format}", t.name)));
            assert!(t.path.is_file());
        }
    }
}

#[test]
fn the_schema_is_well_formed() {
    let mut names = BTreeSet::new();
    for t in TABLES {
        assert!(names.insert(t.name), "table {} twice", t.name);
        let mut cols = BTreeSet::new();
        for c in t.columns {
            assert!(cols.insert(c.name), "{}.{} twice", t.name, c.name);
        }
        assert!(t.column("char_start").is_some() || t.name == "entities");
    }
    assert_eq!(names.len(), 11);
    let p = schema("paragraphs");
    let id = p.column("id").unwrap();
    assert_eq!((id.ty, id.nullable), (ColumnType::Utf8, false));
    assert_eq!(
        schema("citations").column("issuers").unwrap().ty,
        ColumnType::Utf8List
    );
}

#[test]
fn ids_link_the_tables() {
    let dir = TempDir::new("links");
    export(&baokan::corpus(), Format::Jsonl, &dir.0).unwrap();
    let t = jsonl_tables(&dir.0);
    let ids = |table: &str, key: &str| -> BTreeSet<String> {
        t[table]
            .iter()
            .map(|r| r[key].as_str().unwrap().to_string())
            .collect()
    };
    let articles = ids("articles", "id");
    let credits = ids("credits", "id");
    let sections = ids("sections", "id");
    let paragraphs = ids("paragraphs", "id");
    let sentences = ids("sentences", "id");
    let entities = ids("entities", "entity_id");
    // Keys are unique.
    for (table, key, set) in [
        ("articles", "id", &articles),
        ("credits", "id", &credits),
        ("sections", "id", &sections),
        ("paragraphs", "id", &paragraphs),
        ("sentences", "id", &sentences),
        ("entities", "entity_id", &entities),
    ] {
        assert_eq!(set.len(), t[table].len(), "{table}.{key} is not unique");
    }
    let links = [
        ("article_id", &articles),
        ("section_id", &sections),
        ("paragraph_id", &paragraphs),
        ("sentence_id", &sentences),
        ("entity_id", &entities),
    ];
    for (table, rows) in &t {
        for row in rows {
            for (key, targets) in links {
                if *table == "entities" && key == "entity_id" {
                    continue;
                }
                match row.get(key) {
                    None | Some(Value::Null) => {}
                    Some(Value::String(id)) => {
                        assert!(targets.contains(id), "{table}.{key} = {id} links nowhere")
                    }
                    Some(v) => panic!("{table}.{key} = {v}"),
                }
            }
        }
    }
    // Every mention row has a paragraph; most have a sentence.
    for table in ["figures", "dates", "citations", "quotes", "entity_mentions"] {
        assert!(t[table].iter().all(|r| r["paragraph_id"].is_string()));
        assert!(t[table].iter().any(|r| r["sentence_id"].is_string()));
    }
    // Counts agree with the rows they count.
    let count = |table: &str, key: &str, id: &str| {
        t[table]
            .iter()
            .filter(|r| r[key].as_str() == Some(id))
            .count() as u64
    };
    for s in &t["sections"] {
        let id = s["id"].as_str().unwrap();
        assert_eq!(
            s["paragraph_count"].as_u64(),
            Some(count("paragraphs", "section_id", id))
        );
    }
    for a in &t["articles"] {
        let id = a["id"].as_str().unwrap();
        assert_eq!(
            a["section_count"].as_u64(),
            Some(count("sections", "article_id", id))
        );
        assert_eq!(
            a["paragraph_count"].as_u64(),
            Some(count("paragraphs", "article_id", id))
        );
    }
    for e in &t["entities"] {
        let id = e["entity_id"].as_str().unwrap();
        assert_eq!(
            e["mention_count"].as_u64(),
            Some(count("entity_mentions", "entity_id", id))
        );
        let (kind, name) = id.split_once(':').unwrap();
        assert_eq!(
            (e["kind"].as_str(), e["name"].as_str()),
            (Some(kind), Some(name))
        );
    }
    // A paragraph's id is its section's id and an ordinal.
    for p in &t["paragraphs"] {
        let id = p["id"].as_str().unwrap();
        let section = p["section_id"].as_str().unwrap();
        assert_eq!(id.rsplit_once('.').unwrap().0, section);
    }
}

#[test]
fn jsonl_lines_parse_with_the_schema_columns_and_types() {
    let c = baokan::corpus();
    let dir = TempDir::new("jsonl");
    export(&c, Format::Jsonl, &dir.0).unwrap();
    let t = jsonl_tables(&dir.0);
    for schema in TABLES {
        for row in &t[schema.name] {
            let keys: Vec<&str> = row.keys().map(String::as_str).collect();
            let mut want: Vec<&str> = schema.columns.iter().map(|c| c.name).collect();
            want.sort_unstable();
            assert_eq!(keys, want, "{}", schema.name);
            for col in schema.columns {
                let v = &row[col.name];
                let ok = match (col.ty, v) {
                    (_, Value::Null) => col.nullable,
                    (ColumnType::Utf8, Value::String(_)) => true,
                    (ColumnType::Int64, Value::Number(n)) => n.is_i64(),
                    (ColumnType::UInt32, Value::Number(n)) => {
                        n.as_u64().is_some_and(|n| n <= u64::from(u32::MAX))
                    }
                    (ColumnType::Float64, Value::Number(_)) => true,
                    (ColumnType::Boolean, Value::Bool(_)) => true,
                    (ColumnType::Utf8List, Value::Array(a)) => a.iter().all(Value::is_string),
                    _ => false,
                };
                assert!(ok, "{}.{} = {v}", schema.name, col.name);
            }
        }
    }
    // Keys in column order, on the line itself.
    let first = fs::read_to_string(dir.0.join("paragraphs.jsonl")).unwrap();
    assert!(
        first.starts_with(r#"{"id":"1.1.1","section_id":"1.1","article_id":"1","kind":"body","text":"党的力量来自组织。"#),
        "{}",
        &first[..200]
    );
    let texts: Vec<&str> = t["paragraphs"]
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    let want: Vec<&str> = c.paragraphs().map(|p| p.text()).collect();
    assert_eq!(texts, want);
    let f = c.figures().find(|f| f.text().contains("51.8万")).unwrap();
    let row = t["figures"].iter().find(|r| r["text"] == f.text()).unwrap();
    assert_eq!(row["value"], 518000.0);
    assert_eq!(row["unit"], "人");
    assert_eq!(row["line"], 61);
    let x = t["citations"]
        .iter()
        .find(|r| r["title"].as_str().unwrap().starts_with("关于坚持和加强"))
        .unwrap();
    assert_eq!(
        x["issuers"],
        serde_json::json!(["中央组织部", "财政部", "农业农村部"])
    );
    assert!(
        t["entities"]
            .iter()
            .any(|e| e["entity_id"] == "person:习近平")
    );
}

#[test]
fn csv_round_trips_through_the_csv_reader() {
    let c = baokan::corpus();
    let dir = TempDir::new("csv");
    let tables = export(&c, Format::Csv, &dir.0).unwrap();
    let mut records = BTreeMap::new();
    for schema in TABLES {
        let s = summary(&tables, schema.name);
        let raw = fs::read_to_string(&s.path).unwrap();
        assert!(
            raw.ends_with("\r\n") || s.rows == 0,
            "{}: RFC 4180 line ends",
            schema.name
        );
        let mut reader = csv::Reader::from_path(&s.path).unwrap();
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        let want: Vec<&str> = schema.columns.iter().map(|c| c.name).collect();
        assert_eq!(header, want, "{}", schema.name);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), s.rows, "{}", schema.name);
        assert!(rows.iter().all(|r| r.len() == want.len()));
        records.insert(schema.name, rows);
    }
    let p = schema("paragraphs");
    let at = |name| p.columns.iter().position(|c| c.name == name).unwrap();
    for (row, para) in records["paragraphs"].iter().zip(c.paragraphs()) {
        assert_eq!(&row[at("id")], para.id().to_string());
        assert_eq!(&row[at("text")], para.text());
        assert_eq!(row[at("line")].parse::<u32>().unwrap(), para.source().line);
        assert_eq!(
            row[at("char_start")].parse::<usize>().unwrap(),
            para.char_span().start
        );
    }
    let f = schema("figures");
    let value = f.columns.iter().position(|c| c.name == "value").unwrap();
    for (row, fig) in records["figures"].iter().zip(c.figures()) {
        assert_eq!(row[value].parse::<f64>().unwrap(), fig.value());
    }
    let x = schema("citations");
    let issuers = x.columns.iter().position(|c| c.name == "issuers").unwrap();
    for (row, cit) in records["citations"].iter().zip(c.citations()) {
        let want: Vec<&str> = cit.issuers().collect();
        assert_eq!(row[issuers], want.join("、"));
    }
    // An absent value is an empty field.
    let s = schema("sections");
    let heading = s.columns.iter().position(|c| c.name == "heading").unwrap();
    assert_eq!(&records["sections"][0][heading], "");
}

fn read_parquet(path: &Path) -> (arrow_schema::SchemaRef, Vec<RecordBatch>) {
    let builder = ParquetRecordBatchReaderBuilder::try_new(File::open(path).unwrap()).unwrap();
    let schema = builder.schema().clone();
    let batches = builder.build().unwrap().map(Result::unwrap).collect();
    (schema, batches)
}

#[test]
fn parquet_reads_back_with_the_schema_and_rows() {
    let c = baokan::corpus();
    let dir = TempDir::new("parquet");
    let tables = export(&c, Format::Parquet, &dir.0).unwrap();
    for schema in TABLES {
        let s = summary(&tables, schema.name);
        let (arrow, batches) = read_parquet(&s.path);
        let names: Vec<&str> = arrow.fields().iter().map(|f| f.name().as_str()).collect();
        let want: Vec<&str> = schema.columns.iter().map(|c| c.name).collect();
        assert_eq!(names, want, "{}", schema.name);
        for (field, col) in arrow.fields().iter().zip(schema.columns) {
            let ty = match field.data_type() {
                DataType::Utf8 => ColumnType::Utf8,
                DataType::Int64 => ColumnType::Int64,
                DataType::UInt32 => ColumnType::UInt32,
                DataType::Float64 => ColumnType::Float64,
                DataType::Boolean => ColumnType::Boolean,
                DataType::List(item) if item.data_type() == &DataType::Utf8 => ColumnType::Utf8List,
                other => panic!("{}.{}: {other}", schema.name, col.name),
            };
            assert_eq!(ty, col.ty, "{}.{}", schema.name, col.name);
            assert_eq!(
                field.is_nullable(),
                col.nullable,
                "{}.{}",
                schema.name,
                col.name
            );
        }
        let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
        assert_eq!(rows, s.rows, "{}", schema.name);
    }

    let (_, batches) = read_parquet(&summary(&tables, "paragraphs").path);
    let mut texts = Vec::new();
    let mut chars = Vec::new();
    for b in &batches {
        let text = b.column_by_name("text").unwrap().as_string::<i32>();
        texts.extend(text.iter().map(|t| t.unwrap().to_string()));
        let start = b
            .column_by_name("char_start")
            .unwrap()
            .as_primitive::<Int64Type>();
        chars.extend(start.values().iter().map(|&n| n as usize));
    }
    let want: Vec<String> = c.paragraphs().map(|p| p.text().to_string()).collect();
    assert_eq!(texts, want);
    let want: Vec<usize> = c.paragraphs().map(|p| p.char_span().start).collect();
    assert_eq!(chars, want);

    let (_, batches) = read_parquet(&summary(&tables, "figures").path);
    let values: Vec<f64> = batches
        .iter()
        .flat_map(|b| {
            let v = b
                .column_by_name("value")
                .unwrap()
                .as_primitive::<Float64Type>();
            v.values().to_vec()
        })
        .collect();
    let want: Vec<f64> = c.figures().map(|f| f.value()).collect();
    assert_eq!(values, want);
    let maxes = batches[0].column_by_name("value_max").unwrap();
    let want_nulls = c.figures().filter(|f| f.value_max().is_none()).count();
    assert_eq!(maxes.null_count(), want_nulls);

    let (_, batches) = read_parquet(&summary(&tables, "citations").path);
    let issuers = batches[0]
        .column_by_name("issuers")
        .unwrap()
        .as_list::<i32>();
    for (i, cit) in c.citations().enumerate() {
        let list = issuers.value(i);
        let got: Vec<&str> = list.as_string::<i32>().iter().map(Option::unwrap).collect();
        let want: Vec<&str> = cit.issuers().collect();
        assert_eq!(got, want);
    }
}

#[test]
fn exporting_again_replaces_the_files_and_leaves_no_temporaries() {
    let c = baokan::corpus();
    let dir = TempDir::new("again");
    let first = export(&c, Format::Csv, &dir.0).unwrap();
    fs::write(&first[0].path, "stale").unwrap();
    let second = export(&c, Format::Csv, &dir.0).unwrap();
    assert_eq!(first, second);
    assert!(
        fs::read_to_string(&second[0].path)
            .unwrap()
            .starts_with("id,")
    );
    let mut names: Vec<String> = fs::read_dir(&dir.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut want: Vec<String> = TABLES.iter().map(|t| format!("{}.csv", t.name)).collect();
    want.sort();
    assert_eq!(names, want);
}

#[test]
fn a_directory_that_cannot_be_made_is_an_error_naming_it() {
    let dir = TempDir::new("blocked");
    fs::create_dir_all(&dir.0).unwrap();
    let file = dir.0.join("a-file");
    fs::write(&file, "").unwrap();
    let target = file.join("out");
    let err = export(&baokan::corpus(), Format::Parquet, &target).unwrap_err();
    assert!(matches!(err, ExportError::CreateDir { .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with(&format!("cannot create directory {}: ", target.display())),
        "{err}"
    );
}

#[test]
fn formats_parse_and_print_by_name() {
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>(), Ok(f));
        assert_eq!(f.extension(), f.as_str());
    }
    assert_eq!("CSV".parse::<Format>(), Ok(Format::Csv));
    let err = "xlsx".parse::<Format>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown format "xlsx": expected parquet, jsonl or csv"#
    );
}

/// The column's position in its table.
fn at(table: &str, column: &str) -> usize {
    let t = schema(table);
    t.columns.iter().position(|c| c.name == column).unwrap()
}

#[test]
fn the_new_columns_have_their_types_and_nullability() {
    let want = [
        ("articles", "kicker", ColumnType::Utf8, true),
        ("articles", "column", ColumnType::Utf8, true),
        ("articles", "title_without_column", ColumnType::Utf8, true),
        ("articles", "reporters", ColumnType::Utf8List, false),
        ("articles", "dateline_closing", ColumnType::Boolean, true),
        ("articles", "duplicate_of", ColumnType::Utf8, true),
        ("articles", "layout", ColumnType::Utf8, false),
        ("sections", "subheading", ColumnType::Utf8, true),
        ("credits", "id", ColumnType::Utf8, false),
        ("credits", "article_id", ColumnType::Utf8, false),
        ("credits", "kind", ColumnType::Utf8, false),
        ("credits", "text", ColumnType::Utf8, false),
        ("credits", "char_start", ColumnType::Int64, false),
        ("credits", "char_end", ColumnType::Int64, false),
        ("credits", "byte_start", ColumnType::Int64, false),
        ("credits", "byte_end", ColumnType::Int64, false),
        ("credits", "file", ColumnType::Utf8, false),
        ("credits", "line", ColumnType::UInt32, false),
        ("credits", "column", ColumnType::UInt32, false),
    ];
    for (table, column, ty, nullable) in want {
        let c = schema(table)
            .column(column)
            .unwrap_or_else(|| panic!("{table}.{column} is missing"));
        assert_eq!((c.ty, c.nullable), (ty, nullable), "{table}.{column}");
    }
    let credits: Vec<&str> = schema("credits").columns.iter().map(|c| c.name).collect();
    assert_eq!(credits[..4], ["id", "article_id", "kind", "text"]);
    // The existing columns stay, in their order.
    let articles: Vec<&str> = schema("articles").columns.iter().map(|c| c.name).collect();
    let old = [
        "id",
        "file",
        "title",
        "subtitle",
        "byline",
        "dateline",
        "date",
        "date_basis",
        "continued_from",
        "continued_to",
        "section_count",
        "paragraph_count",
        "char_start",
        "char_end",
        "line",
    ];
    let kept: Vec<&str> = articles
        .iter()
        .copied()
        .filter(|n| old.contains(n))
        .collect();
    assert_eq!(kept, old);
}

#[test]
fn embedded_articles_export_kicker_column_reporters_and_layout() {
    let c = baokan::corpus();
    let dir = TempDir::new("embedded-new");
    export(&c, Format::Jsonl, &dir.0).unwrap();
    let t = jsonl_tables(&dir.0);
    let first = &t["articles"][0];
    assert_eq!(first["id"], "1");
    // Article 1 has no kicker and no column; its title is its title without column.
    assert_eq!(first["kicker"], Value::Null);
    assert_eq!(first["column"], Value::Null);
    assert_eq!(first["title_without_column"], first["title"]);
    assert!(first["title"].is_string());
    assert_eq!(first["layout"], "page");
    assert_eq!(first["duplicate_of"], Value::Null);
    assert!(first["reporters"].is_array());
    assert!(first["dateline_closing"].is_boolean());
    for (row, a) in t["articles"].iter().zip(c.articles()) {
        assert_eq!(row["kicker"].as_str(), a.kicker());
        assert_eq!(row["column"].as_str(), a.column());
        assert_eq!(
            row["title_without_column"].as_str(),
            a.title_without_column()
        );
        assert_eq!(row["layout"], a.file().layout().as_str());
        let reporters: Vec<&str> = a.reporters().map(|r| r.name).collect();
        assert_eq!(row["reporters"], serde_json::json!(reporters));
        assert_eq!(
            row["dateline_closing"].as_bool(),
            a.dateline().map(|d| d.closing)
        );
        assert_eq!(
            row["duplicate_of"].as_str().map(str::to_string),
            a.duplicate_of().map(|d| d.id().to_string())
        );
    }
    // Article 2 has no dateline, so no dateline_closing either.
    assert_eq!(t["articles"][1]["dateline"], Value::Null);
    assert_eq!(t["articles"][1]["dateline_closing"], Value::Null);
    for (row, s) in t["sections"].iter().zip(c.sections()) {
        assert_eq!(row["subheading"].as_str(), s.subheading());
    }
    // Credits: one row each, in article then page order, ids `<article>.c<n>`.
    // (The embedded page has none today; the article-file test below has two.)
    assert_eq!(t["credits"].len(), c.credits().len());
    let mut rows = t["credits"].iter();
    for a in c.articles() {
        for (n, k) in a.credits().enumerate() {
            let row = rows.next().unwrap();
            assert_eq!(row["id"], format!("{}.c{}", a.id(), n + 1));
            assert_eq!(row["article_id"], a.id().to_string());
            assert_eq!(row["kind"], k.kind().as_str());
            assert_eq!(row["text"], k.text());
            assert_eq!(row["char_start"], k.char_span().start);
            assert_eq!(row["byte_end"], k.span().end);
            assert_eq!(row["line"], k.source().line);
        }
    }

    // Parquet: the article columns read back with their types and nulls.
    let pq = TempDir::new("embedded-new-parquet");
    let tables = export(&c, Format::Parquet, &pq.0).unwrap();
    let (_, batches) = read_parquet(&summary(&tables, "articles").path);
    let b = &batches[0];
    for name in ["kicker", "column", "duplicate_of"] {
        let col = b.column_by_name(name).unwrap();
        assert_eq!(col.data_type(), &DataType::Utf8, "{name}");
        assert!(col.is_null(0), "article 1 {name}");
    }
    let layout = b.column_by_name("layout").unwrap().as_string::<i32>();
    assert_eq!(layout.value(0), "page");
    assert_eq!(layout.null_count(), 0);
    let closing = b.column_by_name("dateline_closing").unwrap().as_boolean();
    assert!(!closing.is_null(0) && closing.is_null(1));
    let reporters = b.column_by_name("reporters").unwrap().as_list::<i32>();
    for (i, a) in c.articles().enumerate() {
        let list = reporters.value(i);
        let got: Vec<&str> = list.as_string::<i32>().iter().map(Option::unwrap).collect();
        let want: Vec<&str> = a.reporters().map(|r| r.name).collect();
        assert_eq!(got, want);
    }
}

/// The article file of the brief: kicker, title with a column tag, one paragraph, a
/// byline and a chart credit.
const ARTICLE_FILE: &str = "山东菏泽市夹河赵村第一书记姜浩成\r\n\
    让村子发展有后劲（新春走基层·驻村干部这一年）\r\n\
    \r\n\
    \u{3000}\u{3000}春节前夕，他决定开会。\r\n\
    \u{3000}\u{3000}本报记者\u{a0}张\u{a0}枨\r\n\
    \u{3000}\u{3000}本版制图：蔡华伟\r\n";

/// The pack compiled from a folder holding `20190213/20190213-04-05.txt`.
fn article_file_pack(dir: &TempDir) -> Vec<u8> {
    let folder = dir.0.join("src");
    fs::create_dir_all(folder.join("20190213")).unwrap();
    fs::write(folder.join("20190213/20190213-04-05.txt"), ARTICLE_FILE).unwrap();
    let compiled = baokan_compile::compile_paths(&[folder], &Default::default(), &|_| {}).unwrap();
    assert_eq!((compiled.files, compiled.articles), (1, 1));
    compiled.pack
}

#[test]
fn an_article_file_exports_its_kicker_column_reporters_and_credits() {
    let dir = TempDir::new("article-file");
    let pack = article_file_pack(&dir);
    let c = baokan::Corpus::from_bytes(&pack).unwrap();
    let file = c.articles().next().unwrap().file();
    assert_eq!(file.name(), "20190213/20190213-04-05.txt");

    // JSON Lines.
    let out = dir.0.join("jsonl");
    export(&c, Format::Jsonl, &out).unwrap();
    let t = jsonl_tables(&out);
    assert_eq!(t["articles"].len(), 1);
    let a = &t["articles"][0];
    assert_eq!(a["file"], "20190213/20190213-04-05.txt");
    assert_eq!(a["kicker"], "山东菏泽市夹河赵村第一书记姜浩成");
    assert_eq!(a["title"], "让村子发展有后劲（新春走基层·驻村干部这一年）");
    assert_eq!(a["column"], "新春走基层·驻村干部这一年");
    assert_eq!(a["title_without_column"], "让村子发展有后劲");
    assert_eq!(a["layout"], "article_file");
    assert_eq!(a["reporters"], serde_json::json!(["张枨"]));
    assert_eq!(a["duplicate_of"], Value::Null);
    assert_eq!(a["dateline"], Value::Null);
    assert_eq!(a["dateline_closing"], Value::Null);
    assert_eq!(a["date"], "2019-02-13");
    assert_eq!(a["date_basis"], "path");

    let credits = &t["credits"];
    let kinds: Vec<&str> = credits
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["byline", "chart"]);
    let ids: Vec<&str> = credits.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["1.c1", "1.c2"]);
    assert!(credits.iter().all(|r| r["article_id"] == "1"));
    // The line as printed, typesetting spaces kept; the reporter's name has none.
    assert_eq!(credits[0]["text"], "本报记者\u{a0}张\u{a0}枨");
    assert_eq!(credits[1]["text"], "本版制图：蔡华伟");
    let lines: Vec<u64> = credits
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [5, 6]);
    assert!(credits.iter().all(|r| r["column"] == 3));
    for (row, k) in credits.iter().zip(c.credits()) {
        assert_eq!(row["file"], "20190213/20190213-04-05.txt");
        assert_eq!(row["column"], k.source().column);
        assert_eq!(row["char_start"], k.char_span().start);
        assert_eq!(row["char_end"], k.char_span().end);
        assert_eq!(row["byte_start"], k.span().start);
        assert_eq!(row["byte_end"], k.span().end);
        let (bs, be) = (k.span().start, k.span().end);
        assert_eq!(&c.text()[bs..be], row["text"].as_str().unwrap());
    }
    // Credits are not paragraphs.
    assert!(
        t["paragraphs"]
            .iter()
            .all(|p| !p["text"].as_str().unwrap().contains("制图"))
    );

    // CSV: reporters joined by 、, absent values empty.
    let out = dir.0.join("csv");
    export(&c, Format::Csv, &out).unwrap();
    let mut reader = csv::Reader::from_path(out.join("articles.csv")).unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[at("articles", "reporters")], "张枨");
    assert_eq!(&row[at("articles", "column")], "新春走基层·驻村干部这一年");
    assert_eq!(&row[at("articles", "layout")], "article_file");
    assert_eq!(&row[at("articles", "dateline_closing")], "");
    assert_eq!(&row[at("articles", "duplicate_of")], "");
    let mut reader = csv::Reader::from_path(out.join("credits.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[1][at("credits", "id")], "1.c2");
    assert_eq!(&rows[1][at("credits", "kind")], "chart");
    assert_eq!(&rows[1][at("credits", "line")], "6");

    // Parquet.
    let out = dir.0.join("parquet");
    let tables = export(&c, Format::Parquet, &out).unwrap();
    assert_eq!(summary(&tables, "credits").rows, 2);
    let (_, batches) = read_parquet(&summary(&tables, "articles").path);
    let b = &batches[0];
    let text = |name: &str| {
        b.column_by_name(name)
            .unwrap()
            .as_string::<i32>()
            .value(0)
            .to_string()
    };
    assert_eq!(text("kicker"), "山东菏泽市夹河赵村第一书记姜浩成");
    assert_eq!(text("column"), "新春走基层·驻村干部这一年");
    assert_eq!(text("title_without_column"), "让村子发展有后劲");
    assert_eq!(text("layout"), "article_file");
    assert!(b.column_by_name("duplicate_of").unwrap().is_null(0));
    assert!(b.column_by_name("dateline_closing").unwrap().is_null(0));
    let reporters = b.column_by_name("reporters").unwrap().as_list::<i32>();
    let list = reporters.value(0);
    let got: Vec<&str> = list.as_string::<i32>().iter().map(Option::unwrap).collect();
    assert_eq!(got, ["张枨"]);
    let (_, batches) = read_parquet(&summary(&tables, "credits").path);
    let kinds: Vec<&str> = batches[0]
        .column_by_name("kind")
        .unwrap()
        .as_string::<i32>()
        .iter()
        .map(Option::unwrap)
        .collect();
    assert_eq!(kinds, ["byline", "chart"]);
}
