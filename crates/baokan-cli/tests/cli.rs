//! Runs the built `baokan` binary against the embedded page and checks what it prints.

mod common;

use common::*;
use serde_json::Value;

const TITLE_1: &str = "建强战斗堡垒 夯实执政之基";
const TITLE_2: &str = "以高质量项目推动经济高质量发展";

#[test]
fn articles_table_lists_both_articles_aligned() {
    let text = ok(&["articles"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("ID  TITLE"));
    assert!(lines[1].contains(TITLE_1) && lines[1].contains("2022-10-09"));
    assert!(lines[2].contains(TITLE_2));
    // The date column starts at the same display column on every row.
    let at = |line: &str, pat: &str| {
        let byte = line.find(pat).unwrap();
        line[..byte]
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum::<usize>()
    };
    assert_eq!(at(lines[1], "2022"), at(lines[2], "2022"));
    assert_eq!(at(lines[0], "DATE"), at(lines[1], "2022"));
}

#[test]
fn articles_json_gives_summaries() {
    let v = json(&["articles", "--json"]);
    let a = v.as_array().unwrap();
    assert_eq!(a.len(), 2);
    assert_eq!(a[0]["id"], "1");
    assert_eq!(a[0]["title"], TITLE_1);
    assert_eq!(a[0]["date"], "2022-10-09");
    assert_eq!(a[0]["sections"], 6);
    assert!(a[0]["paragraphs"].as_u64().unwrap() > 0);
    assert!(
        a[0].get("char_start").is_none(),
        "a summary, not the full article"
    );
    assert_eq!(a[1]["id"], "2");
    assert_eq!(a[1]["title"], TITLE_2);
    assert_eq!(a[1]["sections"], 3);
    // --json is global: it may come before the verb too.
    assert_eq!(json(&["--json", "articles"]), v);
}

#[test]
fn show_json_article_1() {
    let a = json(&["show", "1", "--json"]);
    assert_eq!(a["id"], "1");
    assert_eq!(a["title"], TITLE_1);
    assert_eq!(a["subtitle"], "党的十九大以来党的基层组织建设工作总结");
    assert_eq!(a["byline"], "新华社记者");
    assert_eq!(a["dateline"]["agency"], "新华社");
    assert_eq!(a["dateline"]["place"], "北京");
    assert_eq!(a["dateline"]["date"], "2022-10-09");
    assert_eq!(a["continued_from"], Value::Null);
    let sections = a["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 6);
    assert_eq!(sections[0]["heading"], Value::Null);
    assert_eq!(sections[1]["heading"], "牢固树立大抓基层的鲜明导向");
    let p = &sections[0]["paragraphs"][0];
    assert_eq!(p["id"], "1.1.1");
    assert_eq!(p["kind"], "body");
    assert!(
        p["text"]
            .as_str()
            .unwrap()
            .starts_with("党的力量来自组织。")
    );
    assert_eq!(p["source"]["file"], "000_bb83d75fffceb494.txt");
    assert_eq!(p["source"]["line"], 9);
    assert_eq!(p["source"]["column"], 1);
}

#[test]
fn show_json_article_2() {
    let a = json(&["show", "2", "--json"]);
    assert_eq!(a["title"], TITLE_2);
    assert_eq!(a["continued_from"], "第一版");
    assert_eq!(a["byline"], Value::Null);
    assert_eq!(a["subtitle"], Value::Null);
    assert_eq!(a["dateline"], Value::Null);
    assert_eq!(a["sections"].as_array().unwrap().len(), 3);
}

#[test]
fn show_text_reads_like_the_page() {
    let text = ok(&["show", "1"]);
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], TITLE_1);
    assert_eq!(lines[1], "——党的十九大以来党的基层组织建设工作总结");
    assert_eq!(lines[2], "新华社记者");
    assert!(
        lines[3]
            .trim_start_matches('\u{3000}')
            .starts_with("党的力量来自组织。")
    );
    assert!(lines.contains(&"牢固树立大抓基层的鲜明导向"));
    assert_eq!(lines.last(), Some(&"(新华社北京10月9日电)"));

    let text = ok(&["show", "2"]);
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], TITLE_2);
    assert_eq!(lines[1], "(上接第一版)");
    assert!(lines[2].contains("哈尔滨新区科技创新高地"));
}

#[test]
fn show_raw_prints_the_source_lines() {
    let raw = ok(&["show", "1", "--raw"]);
    assert_eq!(raw.lines().next(), Some(TITLE_1));
    assert!(raw.trim_end().ends_with("(新华社北京10月9日电)"));
    let raw = ok(&["show", "2", "--raw"]);
    assert!(raw.starts_with("以高质量项目推动经济高质量发展\n\n(上接第一版)"));

    let v = json(&["show", "2", "--raw", "--json"]);
    assert_eq!(v["first_line"], 149);
    assert!(v["raw"].as_str().unwrap().starts_with(TITLE_2));
}

#[test]
fn unknown_and_bad_ids_fail_with_one_line() {
    assert_eq!(
        fails(&["show", "9"]),
        "baokan: no article with id \"9\" (the corpus has articles 1 to 2)\n"
    );
    assert!(fails(&["show", "x"]).contains("\"x\""));
    assert!(fails(&["show", "1.2"]).contains("\"1.2\""));
    assert!(fails(&["--json", "show", "0"]).contains("\"0\""));
}

#[test]
fn stats_counts() {
    let v = json(&["stats", "--json"]);
    assert_eq!(v["articles"], 2);
    assert_eq!(v["sections"], 9);
    assert_eq!(v["joins"], 6);
    assert_eq!(v["files"], 1);
    let text = ok(&["stats"]);
    assert!(
        text.lines()
            .any(|l| l.starts_with("articles") && l.ends_with(" 2"))
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("sections") && l.ends_with(" 9"))
    );
}

#[test]
fn corpus_file_that_is_not_a_pack_is_named() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("baokan-cli-garbage.pack");
    std::fs::write(&path, b"this is not a pack at all, just some bytes").unwrap();
    let p = path.to_str().unwrap();
    let err = fails(&["--corpus", p, "articles"]);
    assert!(err.contains(p) && err.contains("invalid pack"), "{err}");

    let missing = dir.join("baokan-cli-no-such-file.pack");
    let m = missing.to_str().unwrap();
    let err = fails(&["stats", "--corpus", m]);
    assert!(err.contains(m), "{err}");
}

#[test]
fn corpus_file_with_a_real_pack_works_but_has_no_raw_text() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("baokan-cli-embedded.pack");
    std::fs::write(&path, baokan::EMBEDDED_PACK).unwrap();
    let p = path.to_str().unwrap();
    assert_eq!(
        json(&["--corpus", p, "stats", "--json"]),
        json(&["stats", "--json"])
    );
    assert_eq!(
        json(&["--corpus", p, "show", "2", "--json"]),
        json(&["show", "2", "--json"])
    );
    assert!(fails(&["--corpus", p, "show", "1", "--raw"]).contains("no source text"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    for args in [&["show", "1"][..], &["show", "1", "--json"], &["articles"]] {
        closed_pipe_is_quiet(args);
    }
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(baokan::<&str>(&[]).status.code(), Some(2));
    assert_eq!(baokan(&["show"]).status.code(), Some(2));
    assert_eq!(baokan(&["frobnicate"]).status.code(), Some(2));
    let help = ok(&["--help"]);
    assert!(help.contains("articles") && help.contains("--corpus"));
}
