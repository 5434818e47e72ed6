//! `baokan figures`, `dates`, `citations`, `quotes`, `entities`, `timeline`,
//! `plot timeline` and `extract`, run as a user runs them against the embedded page,
//! checked against facts of the page (see `crates/baokan-extract/testdata`).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

mod common;

use common::*;
use serde_json::{Value, json};

/// Runs `baokan args` with `input` on stdin; must succeed quietly; returns stdout.
fn ok_with_stdin(args: &[&str], input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baokan"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    assert!(stderr.is_empty(), "{args:?} wrote to stderr: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

fn str_of<'v>(v: &'v Value, key: &str) -> &'v str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is a string in {v}"))
}

/// The header of a text table, split on runs of spaces.
fn header(text: &str) -> Vec<&str> {
    text.lines()
        .next()
        .map(|l| l.split_whitespace().collect())
        .unwrap_or_default()
}

/// Number of data rows of a text table.
fn row_count(text: &str) -> usize {
    text.lines().count().saturating_sub(1)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("baokan-mentions-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every mention object carries its place: text, ids, offsets and source.
fn assert_anchored(v: &Value) {
    for key in ["text", "article", "paragraph"] {
        assert!(v[key].is_string(), "{key} in {v}");
    }
    for key in ["char_start", "char_end", "byte_start", "byte_end"] {
        assert!(v[key].is_u64(), "{key} in {v}");
    }
    assert_eq!(v["source"]["file"], "000_bb83d75fffceb494.txt", "{v}");
    assert!(v["source"]["line"].as_u64().unwrap() >= 1, "{v}");
}

#[test]
fn figures_state_values_units_and_ranges() {
    let figures = items(&["figures", "--json"]);
    figures.iter().for_each(assert_anchored);
    let f = figures
        .iter()
        .find(|f| str_of(f, "text").contains("51.8万"))
        .unwrap_or_else(|| panic!("a figure 51.8万 in {figures:?}"));
    assert_eq!(f["value"].as_f64(), Some(518_000.0), "{f}");
    assert_eq!(f["unit"], "人", "{f}");
    let range = figures
        .iter()
        .find(|f| str_of(f, "text").contains("3.2亿"))
        .unwrap_or_else(|| panic!("a figure 3.2亿-3.5亿元 in {figures:?}"));
    assert_eq!(range["value"].as_f64(), Some(320_000_000.0), "{range}");
    assert_eq!(range["value_max"].as_f64(), Some(350_000_000.0), "{range}");
    // Numbers inside names are not figures.
    for f in &figures {
        let text = str_of(f, "text");
        assert!(text != "5G" && !text.contains("2022世界"), "{f}");
    }

    // The table has a row per figure, the values as the JSON has them.
    let table = ok(&["figures"]);
    assert_eq!(
        header(&table),
        [
            "ID", "SOURCE", "TEXT", "VALUE", "MAX", "UNIT", "APPROX", "SUBJECT"
        ]
    );
    assert_eq!(row_count(&table), figures.len());
    assert!(
        table
            .lines()
            .any(|l| l.contains("51.8万") && l.contains(" 518000 ")),
        "{table}"
    );
    assert!(table.contains(" 350000000 "), "{table}");
}

#[test]
fn figures_filter_by_unit() {
    let all = items(&["figures", "--json"]);
    let jia = items(&["figures", "--unit", "家", "--json"]);
    assert!(!jia.is_empty(), "figures in 家");
    assert!(jia.iter().all(|f| f["unit"] == "家"), "{jia:?}");
    assert_eq!(jia.len(), all.iter().filter(|f| f["unit"] == "家").count());
    let table = ok(&["figures", "--unit", "家"]);
    assert_eq!(row_count(&table), jia.len());
    // A unit nothing is counted in: an empty answer, not an error.
    assert_eq!(
        items(&["figures", "--unit", "光年", "--json"]),
        Vec::<Value>::new()
    );
    assert_eq!(ok(&["figures", "--unit", "光年"]), "");
}

#[test]
fn dates_are_resolved_to_iso() {
    let dates = items(&["dates", "--json"]);
    dates.iter().for_each(assert_anchored);
    let day = dates
        .iter()
        .find(|d| d["iso"] == "2018-11-06")
        .unwrap_or_else(|| panic!("2018-11-06 in {dates:?}"));
    assert_eq!(day["precision"], "day");
    assert_eq!(day["resolved_by"], "explicit");
    let range = dates
        .iter()
        .find(|d| d["iso"] == "2021-06" && d["iso_end"] == "2021-12")
        .unwrap_or_else(|| panic!("2021-06 to 2021-12 in {dates:?}"));
    assert_eq!(range["precision"], "month");

    let table = ok(&["dates"]);
    assert_eq!(
        header(&table),
        [
            "TEXT",
            "ISO",
            "END",
            "PRECISION",
            "RESOLVED",
            "BY",
            "SOURCE"
        ]
    );
    assert_eq!(row_count(&table), dates.len());
    assert!(
        table
            .lines()
            .any(|l| l.contains("2018-11-06") && l.contains(" day ")),
        "{table}"
    );
}

#[test]
fn citations_name_their_issuers_and_action() {
    const TITLE: &str = "关于坚持和加强农村基层党组织领导扶持壮大村级集体经济的意见";
    let citations = items(&["citations", "--json"]);
    citations.iter().for_each(assert_anchored);
    let c = citations
        .iter()
        .find(|c| c["title"] == TITLE)
        .unwrap_or_else(|| panic!("《{TITLE}》 in {citations:?}"));
    assert_eq!(
        c["issuers"],
        serde_json::json!(["中央组织部", "财政部", "农业农村部"])
    );
    assert_eq!(c["action"], "印发");
    assert_eq!(c["text"], format!("《{TITLE}》"));

    let table = ok(&["citations"]);
    assert_eq!(
        header(&table),
        ["TITLE", "KIND", "ISSUERS", "ACTION", "DATE", "SOURCE"]
    );
    assert_eq!(row_count(&table), citations.len());
    assert!(
        table
            .lines()
            .any(|l| l.contains(TITLE) && l.contains("中央组织部、财政部、农业农村部")),
        "{table}"
    );
}

#[test]
fn citations_by_title_group_repeated_titles() {
    let citations = items(&["citations", "--json"]);
    let docs = items(&["citations", "--by-title", "--json"]);
    let total: u64 = docs.iter().map(|d| d["count"].as_u64().unwrap()).sum();
    assert_eq!(total as usize, citations.len());
    for d in &docs {
        let title = str_of(d, "title");
        let cited: Vec<&Value> = citations.iter().filter(|c| c["title"] == title).collect();
        assert_eq!(d["count"].as_u64(), Some(cited.len() as u64), "{d}");
        assert_eq!(d["first"], cited[0]["source"], "{d}");
        assert_eq!(d["last"], cited[cited.len() - 1]["source"], "{d}");
    }
    // Titles are distinct.
    let mut titles: Vec<&str> = docs.iter().map(|d| str_of(d, "title")).collect();
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), docs.len());
    // The rural party-branch regulation is cited twice on the page.
    let twice = docs
        .iter()
        .find(|d| d["title"] == "中国共产党农村基层组织工作条例")
        .unwrap_or_else(|| panic!("the regulation in {docs:?}"));
    assert_eq!(twice["count"], 2);

    let table = ok(&["citations", "--by-title"]);
    assert_eq!(
        header(&table),
        ["TITLE", "KIND", "COUNT", "ISSUERS", "FIRST", "LAST"]
    );
    assert_eq!(row_count(&table), docs.len());
}

#[test]
fn quotes_filter_by_speaker_and_kind() {
    let all = items(&["quotes", "--json"]);
    all.iter().for_each(assert_anchored);
    let zhang = items(&["quotes", "--speaker", "张弛", "--json"]);
    assert!(!zhang.is_empty(), "quotes by 张弛 in {all:?}");
    assert!(zhang.iter().all(|q| q["speaker"] == "张弛"), "{zhang:?}");
    // The one whose opening mark stood on the previous page: (上接第一版)…”张弛说。
    assert!(
        zhang.iter().any(|q| q["source"]["line"] == 151),
        "{zhang:?}"
    );

    let terms = items(&["quotes", "--kind", "term", "--json"]);
    assert!(terms.iter().all(|q| q["kind"] == "term"), "{terms:?}");
    assert!(terms.iter().any(|q| q["inner"] == "两委"), "{terms:?}");
    let speech = items(&["quotes", "--kind", "speech", "--json"]);
    assert!(speech.iter().all(|q| q["kind"] == "speech"));
    assert_eq!(speech.len() + terms.len(), all.len());

    // The table cuts long quotations; the JSON keeps them whole.
    let table = ok(&["quotes", "--speaker", "张弛"]);
    assert_eq!(header(&table), ["SPEAKER", "KIND", "QUOTE", "SOURCE"]);
    assert_eq!(row_count(&table), zhang.len());
    assert!(table.lines().skip(1).all(|l| l.starts_with("张弛")));
    assert_eq!(ok(&["quotes", "--speaker", "无名氏"]), "");
}

#[test]
fn entities_list_kinds_counts_and_mentions() {
    let persons = items(&["entities", "--kind", "person", "--json"]);
    assert!(persons.iter().all(|e| e["kind"] == "person"));
    let xi = persons
        .iter()
        .find(|e| e["name"] == "习近平")
        .unwrap_or_else(|| panic!("习近平 in {persons:?}"));
    let mentions = xi["mentions"].as_array().unwrap();
    assert_eq!(xi["count"].as_u64(), Some(mentions.len() as u64));
    mentions.iter().for_each(assert_anchored);
    assert!(mentions.iter().all(|m| m["name"] == "习近平"));

    let table = ok(&["entities", "--kind", "person"]);
    assert_eq!(header(&table), ["KIND", "NAME", "LEVEL", "COUNT", "FIRST"]);
    assert_eq!(row_count(&table), persons.len());
    let row = table
        .lines()
        .find(|l| l.split_whitespace().nth(1) == Some("习近平"))
        .unwrap();
    assert_eq!(
        row.split_whitespace().nth(3),
        Some(mentions.len().to_string().as_str())
    );

    // --mentions: a row (or object) per mention, in text order.
    let all = items(&["entities", "--kind", "person", "--mentions", "--json"]);
    let total: u64 = persons.iter().map(|e| e["count"].as_u64().unwrap()).sum();
    assert_eq!(all.len() as u64, total);
    assert!(
        all.windows(2)
            .all(|w| w[0]["byte_start"].as_u64() <= w[1]["byte_start"].as_u64())
    );
    let table = ok(&["entities", "--kind", "person", "--mentions"]);
    assert_eq!(row_count(&table) as u64, total);

    let everything = items(&["entities", "--json"]);
    assert!(everything.len() >= persons.len());
}

#[test]
fn timeline_is_in_date_order() {
    let t = items(&["timeline", "--json"]);
    assert!(!t.is_empty());
    let isos: Vec<&str> = t.iter().map(|e| str_of(e, "iso")).collect();
    assert!(isos.windows(2).all(|w| w[0] <= w[1]), "{isos:?}");
    for e in &t {
        let sentence = str_of(e, "sentence");
        assert!(sentence.contains(str_of(e, "text")), "{e}");
    }
    assert!(t.iter().any(|e| e["iso"] == "2018-11-06"));

    let table = ok(&["timeline"]);
    assert_eq!(
        header(&table),
        ["DATE", "PRECISION", "TEXT", "SENTENCE", "SOURCE"]
    );
    assert_eq!(row_count(&table), t.len());
    assert!(table.contains("2021-06/2021-12"), "{table}");
}

#[test]
fn plot_timeline_writes_a_well_formed_svg() {
    let entries = items(&["timeline", "--json"]);
    let dir = temp_dir("plot");
    let path = dir.join("t.svg");
    let p = path.to_str().unwrap();
    assert_eq!(ok(&["plot", "timeline", "-o", p]), "");
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let groups: Vec<roxmltree::Node<'_, '_>> = doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("entry"))
        .collect();
    assert_eq!(groups.len(), entries.len());
    for (g, e) in groups.iter().zip(&entries) {
        assert_eq!(g.attribute("data-iso"), e["iso"].as_str());
        assert_eq!(g.attribute("data-precision"), e["precision"].as_str());
        assert_eq!(g.attribute("data-iso-end"), e["iso_end"].as_str());
        let label = g
            .descendants()
            .find(|n| n.has_tag_name("text") && n.attribute("class") == Some("label"))
            .and_then(|n| n.text());
        assert_eq!(label, e["text"].as_str());
        let ranges = g
            .descendants()
            .filter(|n| n.attribute("class") == Some("range"))
            .count();
        assert_eq!(ranges, usize::from(!e["iso_end"].is_null()), "{e}");
        let marker = g
            .descendants()
            .find(|n| {
                n.attribute("class")
                    .is_some_and(|c| c.starts_with("marker "))
            })
            .unwrap();
        let shape = match e["precision"].as_str().unwrap() {
            "day" => "circle",
            "month" => "polygon",
            _ => "rect",
        };
        assert_eq!(marker.tag_name().name(), shape, "{e}");
    }
    // The axis is labelled with the first dated year.
    let first_year = &str_of(&entries[0], "iso")[..4];
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("text") && n.text() == Some(first_year)),
        "{first_year}"
    );
    // Written in place: nothing else is left in the directory.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["t.svg"]);

    let stdout = ok(&["plot", "timeline", "-o", "-"]);
    roxmltree::Document::parse(&stdout).expect("well-formed XML");
    assert_eq!(stdout, svg);

    let data = json(&["plot", "timeline", "--json"]);
    assert_eq!(data["entries"], Value::Array(entries.clone()));
    assert_eq!(data["from"].as_i64(), first_year.parse().ok());
    assert!(data["to"].as_i64() >= data["from"].as_i64());
}

#[test]
fn plot_timeline_needs_an_output() {
    assert_eq!(baokan(&["plot", "timeline"]).status.code(), Some(2));
    let err = fails(&["plot", "timeline", "-o", "/no/such/dir/for/baokan/t.svg"]);
    assert!(err.contains("/no/such/dir/for/baokan/t.svg"), "{err}");
}

#[test]
fn extract_finds_mentions_in_any_text() {
    let m = json(&[
        "extract",
        "--json",
        "--date",
        "2022-10-09",
        "今年8月,全国累计选派51.8万人。",
    ]);
    for key in ["figures", "dates", "citations", "quotes", "entities"] {
        assert!(m[key].is_array(), "{key} in {m}");
    }
    let dates = m["dates"].as_array().unwrap();
    assert!(dates.iter().any(|d| d["iso"] == "2022-08"), "{m}");
    let figures = m["figures"].as_array().unwrap();
    assert!(
        figures
            .iter()
            .any(|f| f["value"].as_f64() == Some(518_000.0)),
        "{m}"
    );
    // Offsets are into the text given: 今年8月 is its first 4 chars, 10 bytes; the text
    // is no item of a corpus, and its source is `-`.
    let d = dates.iter().find(|d| d["iso"] == "2022-08").unwrap();
    assert_eq!((&d["char_start"], &d["char_end"]), (&json!(0), &json!(4)));
    assert_eq!(
        (&d["byte_start"], &d["byte_end"]),
        (&json!(0), &json!("今年8月".len()))
    );
    assert_eq!(d["source"], json!({"file": "-", "line": 1, "column": 1}));
    assert!(d["article"].is_null() && d["paragraph"].is_null() && d["sentence"].is_null());

    // The table groups by type.
    let table = ok(&[
        "extract",
        "--date",
        "2022-10-09",
        "今年8月,全国累计选派51.8万人。",
    ]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines.contains(&"dates"), "{table}");
    assert!(table.contains("2022-08"), "{table}");

    // Standard input, when TEXT is absent or -.
    let text = "2018年11月6日,习近平总书记来到他们中间。";
    let from_arg = json(&["extract", "--json", text]);
    assert_eq!(
        ok_with_stdin(&["extract", "--json"], text),
        ok(&["extract", "--json", text])
    );
    assert_eq!(
        serde_json::from_str::<Value>(&ok_with_stdin(&["extract", "--json", "-"], text)).unwrap(),
        from_arg
    );
    assert!(
        from_arg["dates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["iso"] == "2018-11-06")
    );
    // Without --date a relative date stays unresolved (or is not given a value).
    let m = json(&["extract", "--json", "今年8月"]);
    assert!(
        m["dates"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["iso"].is_null())
    );
}

#[test]
fn extract_rejects_a_bad_date() {
    let err = fails(&["extract", "--date", "bad", "x"]);
    assert!(err.contains("--date") && err.contains("bad"), "{err}");
    fails(&["extract", "--date", "2022-02-30", "x"]);
    fails(&["--json", "extract", "--date", "2022-10", "x"]);
}

#[test]
fn nothing_found_is_not_an_error() {
    assert_eq!(ok(&["extract", "没有任何内容"]), "");
    let m = json(&["extract", "--json", "没有任何内容"]);
    for key in ["figures", "dates", "citations", "quotes", "entities"] {
        assert_eq!(m[key], Value::Array(Vec::new()), "{key}");
    }
    assert_eq!(
        items(&["quotes", "--speaker", "无名氏", "--json"]),
        Vec::<Value>::new()
    );
}

#[test]
fn a_closed_pipe_is_not_an_error_for_mentions() {
    for args in [&["dates"][..], &["timeline", "--json"], &["citations"]] {
        closed_pipe_is_quiet(args);
    }
}
