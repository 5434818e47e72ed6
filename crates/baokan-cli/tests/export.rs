//! `baokan export`, run as a user runs it: the summary it prints, the files it writes,
//! and its errors.

use std::fs;
use std::path::PathBuf;
mod common;

use common::baokan;
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
