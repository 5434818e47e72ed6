//! `baokan compile`, run as a user runs it: a folder of pages in several encodings and
//! forms compiles to a pack that `--corpus` reads with the structure and provenance of
//! the built-in page; bad files are refused naming file, line and cause; packs are the
//! same bytes whatever the thread count; a pack of a newer format is refused clearly.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

mod common;

use common::{baokan, fails_line, json, stderr};
use serde_json::{Value, json};

/// The seed page, as the built-in corpus was compiled from it.
const SEED: &str = include_str!("../../baokan/data/000_bb83d75fffceb494.txt");
const SEED_NAME: &str = "000_bb83d75fffceb494.txt";
/// A front-matter block of four lines.
const FRONT_MATTER: &str = "+++\ndate = \"2022-10-09\"\nsource = \"test\"\n+++\n";
const FRONT_LINES: u64 = 4;

/// A fresh directory for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "baokan-cli-compile-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The built-in corpus's article `id`, as `show --json` gives it.
fn embedded(id: &str) -> Value {
    json(&["show", id, "--json"])
}

/// The JSONL record of article 2: its title, and its body lines as they stand on the
/// page (from the line after the blank under the title to the end). Returns the record
/// and the number of the page line the record's line 1 (the title) stands for, less one.
fn article_2_record() -> (String, u64) {
    let a = embedded("2");
    let title_line = a["source"]["line"].as_u64().unwrap();
    let lines: Vec<&str> = SEED.split('\n').collect();
    assert_eq!(lines[title_line as usize - 1].trim(), a["title"]);
    assert_eq!(
        lines[title_line as usize].trim(),
        "",
        "a blank under the title"
    );
    let text = lines[title_line as usize + 1..].join("\n");
    let record = json!({"title": a["title"], "text": text, "date": "2022-10-09"});
    (format!("{record}\n"), title_line - 1)
}

/// Writes the four copies of the seed page into `dir`.
fn write_pages(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    let (gb, _, unmappable) = encoding_rs::GB18030.encode(SEED);
    assert!(!unmappable);
    fs::write(dir.join("a_gb18030.txt"), &gb).unwrap();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(SEED.replace('\n', "\r\n").as_bytes());
    fs::write(dir.join("b_bom_crlf.txt"), bom).unwrap();
    fs::write(
        dir.join("c_front_matter.txt"),
        format!("{FRONT_MATTER}{SEED}"),
    )
    .unwrap();
    fs::write(dir.join("d_records.jsonl"), article_2_record().0).unwrap();
}

/// Compiles `args` (paths and options) to `pack`, which must succeed with one summary
/// line on stderr; returns the line.
fn compile(args: &[&str], pack: &Path) -> String {
    let mut all = vec!["compile"];
    all.extend(args);
    all.extend(["-o", s(pack)]);
    let out = baokan(&all);
    let err = stderr(&out);
    assert!(out.status.success(), "{all:?}: {err}");
    assert!(out.stdout.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

/// The structure of an article, without ids, offsets or places.
fn shape(a: &Value) -> Value {
    let sections: Vec<Value> = a["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let paragraphs: Vec<Value> = s["paragraphs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| json!([p["kind"], p["text"], p["joins"].as_array().unwrap().len()]))
                .collect();
            json!({"heading": s["heading"], "paragraphs": paragraphs})
        })
        .collect();
    json!({
        "title": a["title"],
        "subtitle": a["subtitle"],
        "byline": a["byline"],
        "dateline": a["dateline"]["text"],
        "continued_from": a["continued_from"],
        "continued_to": a["continued_to"],
        "sections": sections,
    })
}

/// Every place an article reports: (what, file, line, column).
fn places(a: &Value) -> Vec<(String, String, u64, u64)> {
    let place = |what: String, src: &Value| {
        (
            what,
            src["file"].as_str().unwrap().to_string(),
            src["line"].as_u64().unwrap(),
            src["column"].as_u64().unwrap(),
        )
    };
    let mut out = vec![place("article".into(), &a["source"])];
    if !a["dateline"].is_null() {
        out.push(place("dateline".into(), &a["dateline"]["source"]));
    }
    for (i, s) in a["sections"].as_array().unwrap().iter().enumerate() {
        out.push(place(format!("s{i}"), &s["source"]));
        for (j, p) in s["paragraphs"].as_array().unwrap().iter().enumerate() {
            out.push(place(format!("s{i}p{j}"), &p["source"]));
            for (k, join) in p["joins"].as_array().unwrap().iter().enumerate() {
                out.push(place(format!("s{i}p{j}j{k}"), &join["source"]));
            }
        }
    }
    out
}

/// `places` of the built-in article, moved to `file` and down `shift` lines (up, for a
/// negative shift).
fn moved(a: &Value, file: &str, shift: i64) -> Vec<(String, String, u64, u64)> {
    places(a)
        .into_iter()
        .map(|(what, f, line, column)| {
            assert_eq!(f, SEED_NAME);
            (what, file.to_string(), (line as i64 + shift) as u64, column)
        })
        .collect()
}

#[test]
fn every_copy_of_the_seed_page_keeps_its_structure_and_provenance() {
    let tmp = TempDir::new("copies");
    let pages = tmp.join("pages");
    write_pages(&pages);
    let pack = tmp.join("copies.pack");
    let summary = compile(&[s(&pages)], &pack);
    let source_mb = names(&pages)
        .iter()
        .map(|n| fs::metadata(pages.join(n)).unwrap().len())
        .sum::<u64>() as f64
        / 1e6;
    assert!(
        summary.starts_with(&format!(
            "compiled 4 files, 7 articles, {source_mb:.1} MB in "
        )) && summary.trim_end().ends_with(" s"),
        "{summary}"
    );
    assert_eq!(names(&tmp.0), ["copies.pack", "pages"], "no temporary file");
    let p = s(&pack);

    let want = json(&["articles", "--json"]);
    let want = want.as_array().unwrap();
    let got = json(&["--corpus", p, "articles", "--json"]);
    let got = got.as_array().unwrap();
    assert_eq!(got.len(), 7);
    // Three copies of the whole page, then the record of article 2.
    let copies = [
        ("a_gb18030.txt", 0),
        ("b_bom_crlf.txt", 0),
        ("c_front_matter.txt", FRONT_LINES as i64),
    ];
    for (copy, (file, shift)) in copies.into_iter().enumerate() {
        for (k, id) in ["1", "2"].into_iter().enumerate() {
            let summary = &got[copy * 2 + k];
            for field in ["title", "subtitle", "sections", "paragraphs", "sentences"] {
                assert_eq!(
                    summary[field], want[k][field],
                    "{file} article {id}: {field}"
                );
            }
            let new_id = summary["id"].as_str().unwrap();
            let a = json(&["--corpus", p, "show", new_id, "--json"]);
            let e = embedded(id);
            assert_eq!(shape(&a), shape(&e), "{file} article {id}");
            assert_eq!(a["file"], file);
            assert_eq!(places(&a), moved(&e, file, shift), "{file} article {id}");
        }
    }
    // Declared dates: the front matter's, and the record's.
    assert_eq!(got[4]["date"], "2022-10-09");
    assert_eq!(got[5]["date"], "2022-10-09");

    let record = &got[6];
    assert_eq!(record["title"], want[1]["title"]);
    assert_eq!(record["date"], "2022-10-09");
    for field in ["sections", "paragraphs", "sentences"] {
        assert_eq!(record[field], want[1][field], "record: {field}");
    }
    let a = json(&[
        "--corpus",
        p,
        "show",
        record["id"].as_str().unwrap(),
        "--json",
    ]);
    let e = embedded("2");
    assert_eq!(shape(&a), shape(&e));
    let (_, title_line) = article_2_record();
    let places_got = places(&a);
    assert_eq!(
        places_got,
        moved(&e, "d_records.jsonl#1", -(title_line as i64))
    );
    // Inside the record's page, the title is line 1 and the text starts on line 3.
    assert_eq!(places_got[0].2, 1);
    assert_eq!(
        places_got[1],
        ("s0".into(), "d_records.jsonl#1".into(), 3, 8)
    );
}

#[test]
fn search_in_a_compiled_pack_counts_every_copy() {
    let tmp = TempDir::new("search");
    let pages = tmp.join("pages");
    write_pages(&pages);
    let pack = tmp.join("search.pack");
    compile(&[s(&pages)], &pack);
    let count = |args: &[&str]| -> u64 {
        let out = baokan(args);
        // Exit 1 is a search that matched nothing.
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            stderr(&out)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    let embedded = count(&["search", "乡村振兴", "--count"]);
    assert_eq!(embedded, 15);
    // Only the three page copies hold article 1; the record holds article 2, which
    // never says 乡村振兴.
    assert_eq!(
        count(&["search", "乡村振兴", "--article", "2", "--count"]),
        0
    );
    assert_eq!(
        count(&["--corpus", s(&pack), "search", "乡村振兴", "--count"]),
        embedded * 3
    );
}

#[test]
fn packs_are_byte_identical_across_runs_and_thread_counts() {
    let tmp = TempDir::new("determinism");
    let pages = tmp.join("pages");
    write_pages(&pages);
    let runs: [&[&str]; 4] = [&[], &[], &["--threads", "1"], &["--threads", "2"]];
    let packs: Vec<Vec<u8>> = runs
        .iter()
        .enumerate()
        .map(|(i, opts)| {
            let pack = tmp.join(&format!("run{i}.pack"));
            let mut args = vec![s(&pages)];
            args.extend(*opts);
            compile(&args, &pack);
            fs::read(&pack).unwrap()
        })
        .collect();
    assert!(packs[0].len() > 1000);
    for (i, p) in packs.iter().enumerate() {
        assert!(p == &packs[0], "run {i} ({:?}) differs", runs[i]);
    }
}

#[test]
fn compile_json_prints_a_summary_object_on_stdout() {
    let tmp = TempDir::new("json");
    let pages = tmp.join("pages");
    write_pages(&pages);
    let pack = tmp.join("out.pack");
    let v = json(&["compile", s(&pages), "-o", s(&pack), "--json"]);
    let bytes: u64 = names(&pages)
        .iter()
        .map(|n| fs::metadata(pages.join(n)).unwrap().len())
        .sum();
    assert_eq!(v["files"], 4);
    assert_eq!(v["articles"], 7);
    assert_eq!(v["source_bytes"], bytes);
    assert_eq!(v["output"], s(&pack));
    assert_eq!(v["failures"], json!([]));
    assert!(v["seconds"].as_f64().unwrap() > 0.0);
    assert!(pack.is_file());
}

/// Compiles a folder holding one file `name` with `bytes` (plus `opts`); the run must
/// fail with one line. Returns it, and checks no pack or temporary file was left.
fn refused(name: &str, bytes: &[u8], opts: &[&str]) -> String {
    let tmp = TempDir::new("refused");
    let pages = tmp.join("pages");
    fs::create_dir_all(&pages).unwrap();
    fs::write(pages.join(name), bytes).unwrap();
    let out_dir = tmp.join("out");
    fs::create_dir_all(&out_dir).unwrap();
    let pack = out_dir.join("x.pack");
    let mut args = vec!["compile", s(&pages), "-o", s(&pack)];
    args.extend(opts);
    let err = fails_line(&args);
    assert!(names(&out_dir).is_empty(), "{:?}", names(&out_dir));
    err
}

#[test]
fn undecodable_bytes_name_the_file_line_and_column() {
    let mut utf8 = "标题\n\n正文".as_bytes().to_vec();
    utf8.extend(b"\xFF\xFE\n");
    assert_eq!(
        refused("bad.txt", &utf8, &["--encoding", "utf-8"]),
        "baokan: bad.txt: line 3, column 3: invalid UTF-8 (byte 0xFF)"
    );
    // A GB18030 four-byte sequence cut short at the end of the file.
    let (gb, _, _) = encoding_rs::GB18030.encode("标题\n\n正文");
    let mut gb = gb.into_owned();
    gb.extend(b"\x81\x30");
    assert_eq!(
        refused("cut.txt", &gb, &["--encoding", "gb18030"]),
        "baokan: cut.txt: line 3, column 3: invalid gb18030 (byte 0x81)"
    );
}

#[test]
fn empty_and_blank_files_are_refused() {
    // Every non-blank text forms an article (a lone line is a title-only article), so
    // "no article found" cannot happen; blank text is "file is empty".
    for bytes in [
        &b""[..],
        b"  \n\r\n\t\n",
        "\u{3000}\u{3000}\n\n".as_bytes(),
        FRONT_MATTER.as_bytes(),
    ] {
        assert_eq!(
            refused("blank.txt", bytes, &[]),
            "baokan: blank.txt: line 1: file is empty",
            "{bytes:?}"
        );
    }
    assert_eq!(
        refused("blank.jsonl", b"\n\n", &[]),
        "baokan: blank.jsonl: line 1: file is empty"
    );
}

#[test]
fn a_bad_jsonl_record_names_its_line() {
    let err = refused("news.jsonl", b"\n{\"title\": \"x\"}\n", &[]);
    assert!(
        err.starts_with("baokan: news.jsonl: line 2: missing field `text`"),
        "{err}"
    );
}

#[test]
fn a_200_mb_line_is_refused_naming_line_1_and_the_limit() {
    let tmp = TempDir::new("long-line");
    let pages = tmp.join("pages");
    fs::create_dir_all(&pages).unwrap();
    // Written a megabyte at a time, so the test holds no 200 MB buffer of its own.
    let mut f = std::io::BufWriter::new(fs::File::create(pages.join("long.txt")).unwrap());
    let chunk = vec![b'a'; 1 << 20];
    let mut len = 0;
    while len < 200_000_000 {
        let n = chunk.len().min(200_000_000 - len);
        f.write_all(&chunk[..n]).unwrap();
        len += n;
    }
    f.write_all("党".as_bytes()).unwrap();
    f.into_inner().unwrap().sync_all().unwrap();
    let pack = tmp.join("long.pack");
    let err = fails_line(&["compile", s(&pages), "-o", s(&pack)]);
    assert_eq!(
        err,
        "baokan: long.txt: line 1: line is 200000003 bytes long; the limit is 1048576"
    );
    assert_eq!(names(&tmp.0), ["pages"]);
}

/// A folder of two good files and three bad ones.
fn mixed_pages(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("a_good.txt"), SEED).unwrap();
    fs::write(dir.join("b_empty.txt"), "").unwrap();
    fs::write(dir.join("c_bad.txt"), b"\xFF\n").unwrap();
    fs::write(dir.join("d_bad.jsonl"), "{\"text\": 1}\n").unwrap();
    fs::write(dir.join("e_good.jsonl"), article_2_record().0).unwrap();
}

const MIXED_FAILURES: [&str; 3] = [
    "b_empty.txt: line 1: file is empty",
    "c_bad.txt: line 1, column 1: invalid UTF-8 (byte 0xFF)",
    "d_bad.jsonl: line 1: invalid type: integer `1`, expected a string at line 1 column 10",
];

#[test]
fn keep_going_packs_the_good_files_and_lists_every_failure() {
    let tmp = TempDir::new("keep-going");
    let pages = tmp.join("pages");
    mixed_pages(&pages);
    let pack = tmp.join("good.pack");
    let out = baokan(&[
        "compile",
        s(&pages),
        "-o",
        s(&pack),
        "--keep-going",
        "--encoding",
        "utf-8",
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines[0].starts_with("compiled 2 files, 3 articles, ")
            && lines[0].ends_with(" s; 3 files failed:"),
        "{err}"
    );
    for (line, want) in lines[1..].iter().zip(MIXED_FAILURES) {
        assert_eq!(*line, format!("baokan: {want}"));
    }
    assert_eq!(names(&tmp.0), ["good.pack", "pages"]);
    let articles = json(&["--corpus", s(&pack), "articles", "--json"]);
    let titles: Vec<&str> = articles
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "建强战斗堡垒 夯实执政之基",
            "以高质量项目推动经济高质量发展",
            "以高质量项目推动经济高质量发展"
        ]
    );

    // With --json the summary goes to stdout, the failures still to stderr.
    let out = baokan(&[
        "compile",
        s(&pages),
        "-o",
        s(&pack),
        "--keep-going",
        "--encoding",
        "utf-8",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["files"].as_u64(), v["articles"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(v["failures"], json!(MIXED_FAILURES));
    assert_eq!(stderr(&out).lines().count(), 3);
}

#[test]
fn a_failed_run_leaves_no_file_behind() {
    let tmp = TempDir::new("no-output");
    let pages = tmp.join("pages");
    mixed_pages(&pages);
    let out_dir = tmp.join("out");
    fs::create_dir_all(&out_dir).unwrap();
    let pack = out_dir.join("x.pack");
    for threads in ["1", "2"] {
        let err = fails_line(&[
            "compile",
            s(&pages),
            "-o",
            s(&pack),
            "--encoding",
            "utf-8",
            "--threads",
            threads,
        ]);
        // The first failure in path order, whichever thread met it first.
        assert_eq!(err, format!("baokan: {}", MIXED_FAILURES[0]));
        assert!(names(&out_dir).is_empty(), "{:?}", names(&out_dir));
    }
}

#[test]
fn bad_options_and_outputs_are_one_line() {
    let tmp = TempDir::new("options");
    let pages = tmp.join("pages");
    write_pages(&pages);
    let pack = tmp.join("x.pack");
    let p = s(&pages);
    assert_eq!(
        fails_line(&["compile", p, "-o", s(&pack), "--encoding", "klingon"]),
        "baokan: unknown --encoding \"klingon\": give a WHATWG label such as utf-8, \
         gb18030, gbk, big5 or utf-16le"
    );
    let err = fails_line(&["compile", p, "-o", "/no/such/dir/x.pack"]);
    assert!(err.contains("/no/such/dir/x.pack"), "{err}");
    assert!(fails_line(&["compile", p, "-o", "-"]).contains("not -"));
    let missing = tmp.join("missing.txt");
    assert!(fails_line(&["compile", s(&missing), "-o", s(&pack)]).contains(s(&missing)));
    assert_eq!(names(&tmp.0), ["pages"]);
}

#[test]
fn a_pack_of_a_newer_format_version_names_both_versions() {
    let tmp = TempDir::new("version");
    let pages = tmp.join("pages");
    write_pages(&pages);
    let pack = tmp.join("v.pack");
    compile(&[s(&pages)], &pack);
    let mut bytes = fs::read(&pack).unwrap();
    // The header's checksum covers the header and the directory (16 bytes a table).
    let crc = |b: &[u8]| {
        let count = u32::from_le_bytes(b[12..16].try_into().unwrap()) as usize;
        let mut h = crc32fast::Hasher::new();
        h.update(&b[8..20]);
        h.update(&b[24..32 + 16 * count]);
        h.finalize()
    };
    // The checksum is what the format says it is, so the bump below is all that changes.
    assert_eq!(crc(&bytes).to_le_bytes(), bytes[20..24]);
    let version = u32::from_le_bytes(bytes[8..12].try_into().unwrap());
    bytes[8..12].copy_from_slice(&(version + 1).to_le_bytes());
    let sum = crc(&bytes);
    bytes[20..24].copy_from_slice(&sum.to_le_bytes());
    let newer = tmp.join("newer.pack");
    fs::write(&newer, &bytes).unwrap();
    let err = fails_line(&["--corpus", s(&newer), "articles"]);
    assert_eq!(
        err,
        format!(
            "baokan: cannot open corpus file {}: invalid pack: pack format version {} is \
             not supported: this reader reads version {version}",
            newer.display(),
            version + 1
        )
    );
}

#[test]
fn a_folder_without_packs_given_as_corpus_is_named() {
    let tmp = TempDir::new("corpus-dir");
    let err = fails_line(&["--corpus", s(&tmp.0), "articles"]);
    assert_eq!(
        err,
        format!(
            "baokan: cannot read corpus file {}: the folder holds no *.pack file",
            tmp.0.display()
        )
    );
}

/// `--shard-by month` writes one pack per month into the output folder, each the pack of
/// its own files, the same bytes on every run and thread count; the shards' articles and
/// counts add up to those of one pack of every file.
#[test]
fn compile_shard_by_month_writes_one_pack_per_month() {
    let dir = TempDir::new("shards");
    let pages = dir.join("pages");
    for (name, date) in [
        ("20221009/a.txt", "10月9日"),
        ("20221010/b.txt", "10月10日"),
        ("2022-11-01.txt", "11月1日"),
        ("misc/c.txt", "10月9日"),
    ] {
        let path = pages.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let page = SEED.replace("10月9日", date);
        fs::write(path, page).unwrap();
    }
    let one = dir.join("one.pack");
    baokan(&["compile", s(&pages), "-o", s(&one)]);
    let mut runs = Vec::new();
    for threads in ["1", "2"] {
        let out = dir.join(&format!("shards-{threads}"));
        let summary = json(&[
            "--json",
            "compile",
            s(&pages),
            "-o",
            s(&out),
            "--shard-by",
            "month",
            "--threads",
            threads,
        ]);
        let shards: Vec<&str> = summary
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["shard"].as_str().unwrap())
            .collect();
        assert_eq!(shards, ["2022-10", "2022-11", "undated"]);
        assert_eq!(
            names(&out),
            ["2022-10.pack", "2022-11.pack", "undated.pack"]
        );
        let bytes: Vec<Vec<u8>> = names(&out)
            .iter()
            .map(|n| fs::read(out.join(n)).unwrap())
            .collect();
        runs.push(bytes);
        let count = |pack: &Path| {
            json(&["--corpus", s(pack), "--json", "search", "基层", "--count"])
                .as_u64()
                .unwrap()
        };
        let sum: u64 = names(&out).iter().map(|n| count(&out.join(n))).sum();
        assert_eq!(sum, count(&one));
    }
    assert!(runs[0] == runs[1], "shards differ between thread counts");

    // By size: consecutive files, at most the size each.
    let out = dir.join("by-size");
    let stderr_text = stderr(&baokan(&[
        "compile",
        s(&pages),
        "-o",
        s(&out),
        "--shard-by",
        "size",
        "--shard-size",
        &format!("{}B", SEED.len() * 2 + 100),
    ]));
    assert_eq!(names(&out), ["part-0001.pack", "part-0002.pack"]);
    assert!(
        stderr_text.contains("part-0001.pack: 2 files"),
        "{stderr_text}"
    );
}
