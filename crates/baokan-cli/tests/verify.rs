//! `baokan verify FILE...`: a status line per table, exit 0 for an intact pack, and for
//! a damaged one exit 2 with one line naming the file, the table and the cause.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{baokan, json, ok, stderr};

/// The embedded pack written to a file of its own, removed when dropped.
struct PackFile(PathBuf);

impl PackFile {
    fn new(name: &str, bytes: &[u8]) -> PackFile {
        let path = std::env::temp_dir().join(format!(
            "baokan-cli-verify-{name}-{}.pack",
            std::process::id()
        ));
        fs::write(&path, bytes).unwrap();
        PackFile(path)
    }

    fn s(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for PackFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

fn word(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap()) as usize
}

/// `(name, offset, len)` of every table, as `verify --json` reports them.
fn tables(f: &PackFile) -> Vec<(String, usize, usize)> {
    let v = json(&["verify", "--json", f.s()]);
    v[0]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let n = |k: &str| t[k].as_u64().unwrap() as usize;
            (
                t["table"].as_str().unwrap().to_string(),
                n("offset"),
                n("bytes"),
            )
        })
        .collect()
}

/// Runs `verify` on `bytes` with byte `at` flipped; returns the one stderr line.
fn damaged(name: &str, bytes: &[u8], at: usize) -> String {
    let mut b = bytes.to_vec();
    b[at] ^= 0x10;
    let f = PackFile::new(name, &b);
    let out = baokan(&["verify", f.s()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "byte {at}: {err}");
    assert_eq!(err.lines().count(), 1, "byte {at}: {err}");
    assert!(err.starts_with(&format!("baokan: {}: ", f.s())), "{err}");
    err
}

#[test]
fn an_intact_pack_verifies_table_by_table() {
    let f = PackFile::new("intact", baokan::EMBEDDED_PACK);
    let out = ok(&["verify", f.s()]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], f.s());
    assert_eq!(lines.len(), 1 + 23 + 1, "{out}");
    assert!(lines[1].trim_start().starts_with("text "), "{out}");
    assert!(lines[22].trim_start().starts_with("suffix keys "), "{out}");
    assert!(lines[23].trim_start().starts_with("suffix lcps "), "{out}");
    assert!(lines[1..24].iter().all(|l| l.ends_with(" ok")), "{out}");
    assert_eq!(lines[24], "  ok");
    let v = json(&["verify", "--json", f.s()]);
    assert_eq!(v[0]["ok"], true);
    assert_eq!(v[0]["error"], serde_json::Value::Null);
    assert_eq!(v[0]["tables"].as_array().unwrap().len(), 23);
    assert_eq!(v[0]["tables"][2]["table"], "files");
    assert_eq!(v[0]["tables"][2]["records"], 1);
}

#[test]
fn a_flipped_byte_in_any_table_is_found_and_its_table_named() {
    let pack = baokan::EMBEDDED_PACK;
    let intact = PackFile::new("directory", pack);
    let all = tables(&intact);
    assert_eq!(all.len(), 23);
    for (name, offset, len) in &all {
        let (offset, len) = (*offset, *len);
        if len == 0 {
            continue;
        }
        for at in [offset, offset + len / 2, offset + len - 1] {
            let err = damaged("table", pack, at);
            assert!(
                err.contains(&format!("pack table {name}: checksum mismatch")),
                "byte {at}: {err}"
            );
        }
    }
    // The stdout report marks the table.
    let (_, offset, _) = all[4];
    let mut b = pack.to_vec();
    b[offset] ^= 1;
    let f = PackFile::new("report", &b);
    let out = baokan(&["verify", f.s()]);
    let report = String::from_utf8(out.stdout).unwrap();
    let bad: Vec<&str> = report.lines().filter(|l| l.contains("MISMATCH")).collect();
    assert_eq!(bad.len(), 1, "{report}");
    assert!(bad[0].trim_start().starts_with("sections "), "{report}");
}

#[test]
fn every_byte_of_the_header_and_directory_and_a_stride_of_the_rest_is_found() {
    let pack = baokan::EMBEDDED_PACK;
    let dir_end = 32 + 16 * word(pack, 12);
    for at in (0..dir_end).chain((dir_end..pack.len()).step_by(1009)) {
        let err = damaged("stride", pack, at);
        assert!(err.contains("pack") || err.contains("version"), "{err}");
    }
}

#[test]
fn several_files_are_each_checked_and_each_bad_one_named() {
    let good = PackFile::new("good", baokan::EMBEDDED_PACK);
    let mut b = baokan::EMBEDDED_PACK.to_vec();
    let last = b.len() - 1;
    b[last] ^= 0xFF;
    let bad = PackFile::new("bad", &b);
    let missing = "/no/such/file.pack";
    let out = baokan(&["verify", good.s(), bad.s(), missing]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!("baokan: {}: pack ", bad.s())),
        "{err}"
    );
    assert!(
        lines[1].starts_with(&format!("baokan: {missing}: ")),
        "{err}"
    );
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.starts_with(good.s()), "{report}");
}
