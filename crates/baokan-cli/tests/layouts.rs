//! Archive layouts through the CLI: a folder of article files compiles with each file's
//! layout decided from its lines, its headline slots typed, its date read from its path,
//! reprints linked; files that fit no layout, or whose path names no calendar date,
//! compile with a warning naming them.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::{baokan, fails, items, json, ok, stderr};

const ARTICLE: &str = "山东菏泽市夹河赵村第一书记姜浩成\r\n让村子发展有后劲（新春走基层·驻村干部这一年）\r\n\r\n\u{3000}\u{3000}本报菏泽2月12日电\u{a0}\u{a0}（记者王五、赵六）春节前夕，姜浩成决定以一次别开生面的组织生活会迎接2019年。今年8月，村里又要开会。\r\n\u{3000}\u{3000}驻村两年来，姜浩成与全村党员群众一道，发展了草莓种植采摘、肉牛繁育养殖，群众的日子越过越红火，村里的集体收入也年年增加。\r\n\u{3000}\u{3000}本版制图：蔡华伟\r\n";

struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("baokan-layouts-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        Dir(d)
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.0.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn compile(dir: &Dir, extra: &[&str]) -> (PathBuf, String) {
    let pack = dir.0.with_extension("pack");
    let mut args = vec!["compile", dir.path(), "-o", pack.to_str().unwrap()];
    args.extend(extra);
    let out = baokan(&args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    (pack, err)
}

fn corpus(pack: &Path) -> Vec<String> {
    vec!["--corpus".into(), pack.to_str().unwrap().into()]
}

fn with(pack: &Path, rest: &[&str]) -> Vec<String> {
    let mut v = corpus(pack);
    v.extend(rest.iter().map(|s| s.to_string()));
    v
}

#[test]
fn an_article_file_has_its_headline_block_reporters_credits_and_path_date() {
    let dir = Dir::new("article");
    dir.write("20190213/20190213-04-05.txt", ARTICLE);
    let (pack, err) = compile(&dir, &[]);
    assert!(!err.contains("warning"), "{err}");
    let a = &items(&with(&pack, &["articles", "--json"]))[0];
    assert_eq!(a["layout"], "article_file");
    assert_eq!(a["kicker"], "山东菏泽市夹河赵村第一书记姜浩成");
    assert_eq!(a["column"], "新春走基层·驻村干部这一年");
    assert_eq!(a["reporters"], serde_json::json!(["王五", "赵六"]));
    assert_eq!(a["dateline"], "本报菏泽2月12日电");
    // The dateline gives the day; the path gives the year.
    assert_eq!(
        (a["date"].as_str(), a["date_basis"].as_str()),
        (Some("2019-02-12"), Some("dateline"))
    );
    assert_eq!(a["paragraphs"], 2);
    assert_eq!(a["credits"], 1);
    let full = json(&with(&pack, &["show", "1", "--json"]));
    assert_eq!(full["title_without_column"], "让村子发展有后劲");
    assert_eq!(full["credits"][0]["kind"], "chart");
    assert_eq!(full["credits"][0]["source"]["line"], 6);
    assert_eq!(full["reporters"][0]["source"]["line"], 4);
    // 今年8月 resolves against the article's date.
    let dates = items(&with(&pack, &["dates", "--json"]));
    let d = dates.iter().find(|d| d["text"] == "今年8月").unwrap();
    assert_eq!(
        (d["iso"].as_str(), d["resolved_by"].as_str()),
        (Some("2019-08"), Some("article_date"))
    );
    // The pack keeps the source, so show --raw works on it.
    let raw = ok(&with(&pack, &["show", "1", "--raw"]));
    assert!(
        raw.starts_with("山东菏泽市夹河赵村第一书记姜浩成\r\n让村子发展有后劲"),
        "{raw}"
    );
}

#[test]
fn no_source_drops_the_raw_view_with_a_clear_error() {
    let dir = Dir::new("nosource");
    dir.write("20190213/20190213-04-05.txt", ARTICLE);
    let (pack, _) = compile(&dir, &["--no-source"]);
    let err = fails(&with(&pack, &["show", "1", "--raw"]));
    assert!(err.contains('1'), "{err}");
}

#[test]
fn forcing_a_layout_is_recorded() {
    let dir = Dir::new("forced");
    dir.write("20190213/20190213-04-05.txt", ARTICLE);
    let (pack, _) = compile(&dir, &["--layout", "page"]);
    let a = &items(&with(&pack, &["articles", "--json"]))[0];
    assert_eq!(a["layout"], "page");
    assert_eq!(a["kicker"], serde_json::Value::Null);
}

#[test]
fn undecided_layouts_and_impossible_path_dates_warn_and_guess_nothing() {
    let dir = Dir::new("warn");
    // Line 2 is blank and some lines are indented: no slots, no blank-line rhythm.
    dir.write(
        "odd.txt",
        "标题一行\n\n\u{3000}\u{3000}缩进的第一段。\n没有缩进的第二段。\n又一段。\n",
    );
    dir.write("20191345-01-01.txt", ARTICLE);
    let (pack, err) = compile(&dir, &[]);
    assert!(
        err.lines()
            .any(|l| l.starts_with("baokan: warning: odd.txt: layout undecided, read as a page")),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.starts_with("baokan: warning: 20191345-01-01.txt:")
                && l.contains("no calendar date")),
        "{err}"
    );
    let arts = items(&with(&pack, &["articles", "--json"]));
    let bad = arts
        .iter()
        .find(|a| a["file"] == "20191345-01-01.txt")
        .unwrap();
    // The dateline still gives month and day, but no year: no date at all.
    assert_eq!(bad["date"], serde_json::Value::Null);
    let odd = arts.iter().find(|a| a["file"] == "odd.txt").unwrap();
    assert_eq!(odd["layout"], "page");
}

#[test]
fn a_story_printed_twice_is_linked_and_counted_once() {
    let dir = Dir::new("reprint");
    dir.write("20190213/20190213-01-01.txt", ARTICLE);
    dir.write("20190213/20190213-04-05.txt", ARTICLE);
    let (pack, _) = compile(&dir, &[]);
    let arts = items(&with(&pack, &["articles", "--json"]));
    assert_eq!(arts[1]["duplicate_of"], "1");
    let all = json(&with(&pack, &["stats", "--json"]));
    let unique = json(&with(&pack, &["--unique", "stats", "--json"]));
    assert_eq!(
        (all["articles"].as_u64(), unique["articles"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(unique["reprints"], 1);
    let count = |extra: &[&str]| {
        let mut args = corpus(&pack);
        args.extend(extra.iter().map(|s| s.to_string()));
        args.extend(["search".into(), "姜浩成".into(), "--count".into()]);
        ok(&args).trim().to_string()
    };
    assert_eq!(count(&[]), "4");
    assert_eq!(count(&["--unique"]), "2");
}

#[test]
fn credit_lines_are_searched_only_when_asked() {
    let dir = Dir::new("credits");
    dir.write("20190213/20190213-04-05.txt", ARTICLE);
    let (pack, _) = compile(&dir, &[]);
    let count = |extra: &[&str]| {
        let mut args = with(&pack, &["search", "蔡华伟", "--count"]);
        args.extend(extra.iter().map(|s| s.to_string()));
        let out = baokan(&args);
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert_eq!(count(&[]), "0");
    assert_eq!(count(&["--credits"]), "1");
    let lines = items(&with(&pack, &["search", "蔡华伟", "--credits", "--json"]));
    assert_eq!(lines[0]["credit"], "chart");
    assert_eq!(lines[0]["left"], "本版制图：");
    assert_eq!(lines[0]["source"]["line"], 6);
    assert_eq!(lines[0]["source"]["column"], 8);
    let para = items(&with(&pack, &["search", "姜浩成", "--json"]));
    assert_eq!(para[0]["credit"], serde_json::Value::Null);
}
