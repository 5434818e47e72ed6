//! `baokan export`, run as a user runs it: the summary it prints, the files it writes,
//! and its errors.

use std::fs;
use std::path::{Path, PathBuf};
mod common;

use common::{baokan, fails_line, items, ok};
use serde_json::Value;

/// A directory path for one test (not created), removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("baokan-cli-export-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        TempDir(dir)
    }

    fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn export_prints_a_table_of_tables_and_creates_the_directory() {
    let dir = TempDir::new("table");
    let out = baokan(&["export", "--format", "csv", "-o", dir.arg()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 12, "{text}");
    assert!(lines[0].starts_with("TABLE") && lines[0].contains("ROWS  PATH"));
    let paragraphs = lines.iter().find(|l| l.starts_with("paragraphs ")).unwrap();
    assert!(paragraphs.contains(" 76  "), "{paragraphs}");
    assert!(paragraphs.ends_with(&format!("{}", dir.0.join("paragraphs.csv").display())));
    assert!(dir.0.join("entity_mentions.csv").is_file());
}

#[test]
fn export_json_names_rows_and_paths() {
    let dir = TempDir::new("json");
    let out = baokan(&["export", "--format", "jsonl", "-o", dir.arg(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let tables = v.as_array().unwrap();
    assert_eq!(tables.len(), 11);
    let counts: Vec<(&str, u64)> = tables
        .iter()
        .take(4)
        .map(|t| (t["name"].as_str().unwrap(), t["rows"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        counts,
        [
            ("articles", 2),
            ("sections", 9),
            ("paragraphs", 76),
            ("sentences", 156)
        ]
    );
    for t in tables {
        let path = PathBuf::from(t["path"].as_str().unwrap());
        let lines = fs::read_to_string(&path).unwrap().lines().count() as u64;
        assert_eq!(Some(lines), t["rows"].as_u64(), "{}", path.display());
    }
}

#[test]
fn export_defaults_to_parquet() {
    let dir = TempDir::new("parquet");
    let out = baokan(&["export", "-o", dir.arg()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let head = fs::read(dir.0.join("paragraphs.parquet")).unwrap();
    assert_eq!(&head[..4], b"PAR1");
}

#[test]
fn an_output_directory_that_cannot_be_made_is_one_line_and_exit_2() {
    let dir = TempDir::new("blocked");
    fs::create_dir_all(&dir.0).unwrap();
    let file = dir.0.join("file");
    fs::write(&file, "").unwrap();
    let target = file.join("out");
    let out = baokan(&["export", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "baokan: cannot create directory {}: ",
            target.display()
        )),
        "{stderr}"
    );
}

#[test]
fn export_needs_an_output_directory_and_a_known_format() {
    for args in [
        &["export"][..],
        &["export", "--format", "xlsx", "-o", "x"][..],
    ] {
        let out = baokan(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

/// Every file under `dir`, relative, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap();
                found.push(rel.to_str().unwrap().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found
}

/// `--corpus P… export --partition-by BY -o OUT`, the embedded corpus without packs.
fn dataset_args(packs: &[&Path], by: &str, out: &Path) -> Vec<String> {
    let mut args = Vec::new();
    for p in packs {
        args.extend(["--corpus".to_string(), p.display().to_string()]);
    }
    for a in ["export", "--partition-by", by, "-o"] {
        args.push(a.to_string());
    }
    args.push(out.display().to_string());
    args
}

#[test]
fn partition_by_month_writes_a_hive_folder_per_table() {
    let dir = TempDir::new("hive-month");
    let text = ok(&["export", "--partition-by", "month", "-o", dir.arg()]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 12, "{text}");
    assert!(lines[0].starts_with("TABLE") && lines[0].contains("FILES  ROWS  PATH"));
    let paragraphs = lines.iter().find(|l| l.starts_with("paragraphs ")).unwrap();
    assert!(paragraphs.contains(" 1    76  "), "{paragraphs}");
    assert!(paragraphs.ends_with(&dir.0.join("paragraphs").display().to_string()));
    let expected: Vec<String> = baokan_export::TABLES
        .iter()
        .map(|t| match t.name {
            "entities" => "entities/part-embedded.parquet".to_string(),
            t => format!("{t}/year=2022/month=10/part-embedded.parquet"),
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(files_under(&dir.0), expected);
    let head = fs::read(
        dir.0
            .join("sentences/year=2022/month=10/part-embedded.parquet"),
    )
    .unwrap();
    assert_eq!(&head[..4], b"PAR1");
    // `date` is month: the same files again, replaced in place.
    ok(&["export", "--partition-by", "date", "-o", dir.arg()]);
    assert_eq!(files_under(&dir.0), expected);
}

#[test]
fn partition_by_day_lists_each_file_in_json() {
    let dir = TempDir::new("hive-day");
    let files = items(&[
        "export",
        "--format",
        "jsonl",
        "--partition-by",
        "day",
        "-o",
        dir.arg(),
        "--json",
    ]);
    assert_eq!(files.len(), 11);
    for f in &files {
        let table = f["table"].as_str().unwrap();
        let partition = f["partition"].as_str().unwrap();
        assert_eq!(f["pack"], "embedded");
        let want = if table == "entities" {
            ""
        } else {
            "year=2022/month=10/day=9"
        };
        assert_eq!(partition, want, "{table}");
        let path = dir
            .0
            .join(table)
            .join(partition)
            .join("part-embedded.jsonl");
        assert_eq!(f["path"].as_str(), path.to_str());
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(Some(text.lines().count() as u64), f["rows"].as_u64());
    }
    let articles = dir
        .0
        .join("articles/year=2022/month=10/day=9/part-embedded.jsonl");
    let first = fs::read_to_string(articles).unwrap();
    assert!(
        first.starts_with(r#"{"pack":"embedded","id":"embedded:1","#),
        "{first}"
    );
}

/// Compiles `pages` (name, text) into `DIR/pages-LABEL/` and `DIR/LABEL.pack`.
fn pack(dir: &Path, label: &str, pages: &[(&str, &str)]) -> PathBuf {
    let src = dir.join(format!("pages-{label}"));
    let _ = fs::remove_dir_all(&src);
    for (name, text) in pages {
        let path = src.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let out = dir.join(format!("{label}.pack"));
    ok(&[
        "compile",
        src.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--json",
    ]);
    out
}

const PAGE: &str = "乡村振兴看基层\n\n今年8月,全国累计选派驻村第一书记51.8万人。\n";

#[test]
fn packs_exported_one_at_a_time_make_the_dataset_all_at_once_does() {
    let tmp = TempDir::new("hive-packs");
    let oct = pack(
        &tmp.0,
        "oct",
        &[("20221010-a.txt", PAGE), ("20221011-b.txt", PAGE)],
    );
    let rest = pack(
        &tmp.0,
        "rest",
        &[("20221101-c.txt", PAGE), ("misc/notes.txt", PAGE)],
    );
    let (one, all) = (tmp.0.join("one"), tmp.0.join("all"));
    for p in [&oct, &rest] {
        ok(&dataset_args(&[p], "month", &one));
    }
    ok(&dataset_args(&[&oct, &rest], "month", &all));
    let files = files_under(&one);
    assert_eq!(files, files_under(&all));
    for f in &files {
        assert_eq!(
            fs::read(one.join(f)).unwrap(),
            fs::read(all.join(f)).unwrap(),
            "{f}"
        );
    }
    let undated = "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__";
    for want in [
        "articles/year=2022/month=10/part-oct.parquet".to_string(),
        "articles/year=2022/month=11/part-rest.parquet".to_string(),
        format!("articles/{undated}/part-rest.parquet"),
        "entities/part-oct.parquet".to_string(),
        "entities/part-rest.parquet".to_string(),
    ] {
        assert!(files.contains(&want), "{want} not in {files:?}");
    }
    assert_eq!(files.len(), 10 * 3 + 2, "{files:?}");

    // `rest` again, now without its November page: its November files go, and the
    // folder with them; October's are untouched.
    let rest = pack(&tmp.0, "rest", &[("misc/notes.txt", PAGE)]);
    let before = fs::read(one.join("articles/year=2022/month=10/part-oct.parquet")).unwrap();
    ok(&dataset_args(&[&rest], "month", &one));
    let files = files_under(&one);
    assert_eq!(files.len(), 10 * 2 + 2, "{files:?}");
    assert!(!one.join("articles/year=2022/month=11").exists());
    let after = fs::read(one.join("articles/year=2022/month=10/part-oct.parquet")).unwrap();
    assert_eq!(before, after);
}

#[test]
fn a_dataset_cut_by_month_refuses_another_pack_by_day() {
    let tmp = TempDir::new("hive-mixed");
    let other = pack(&tmp.0, "other", &[("20221101-c.txt", PAGE)]);
    let out = tmp.0.join("out");
    ok(&dataset_args(&[], "month", &out));
    let before = files_under(&out);
    let err = fails_line(&dataset_args(&[&other], "day", &out));
    assert!(
        err.starts_with(&format!(
            "baokan: {} is cut another way than by day (it holds ",
            out.join("articles").display()
        )),
        "{err}"
    );
    assert_eq!(files_under(&out), before, "nothing written");
    // Without --partition-by, export still reads one pack.
    let more = pack(&tmp.0, "more", &[("20221102-d.txt", PAGE)]);
    let err = fails_line(&[
        "--corpus",
        other.to_str().unwrap(),
        "--corpus",
        more.to_str().unwrap(),
        "export",
        "-o",
        "x",
    ]);
    assert!(err.contains("reads one pack"), "{err}");
    let out = baokan(&["export", "--partition-by", "week", "-o", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
