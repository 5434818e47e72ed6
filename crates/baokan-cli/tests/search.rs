//! `baokan search` and `baokan plot`, run as a user runs them, checked against what the
//! library and brute force say.

use std::path::PathBuf;
mod common;

use common::*;
use serde_json::Value;

/// Occurrences of `needle` in the paragraph texts, counted the slow, obvious way.
fn brute_count(needle: &str) -> usize {
    baokan::corpus()
        .paragraphs()
        .map(|p| p.text().matches(needle).count())
        .sum()
}

fn count(args: &[&str]) -> usize {
    ok(args).trim().parse().expect("--count prints an integer")
}

/// Display column where `pat` starts in `line` (CJK and full-width chars are two).
fn column(line: &str, pat: &str) -> usize {
    let byte = line
        .find(pat)
        .unwrap_or_else(|| panic!("{pat:?} in {line:?}"));
    line[..byte]
        .chars()
        .map(|c| {
            let wide = matches!(c as u32, 0x2E80..=0x303E | 0x3041..=0x9FFF | 0xFF00..=0xFF60);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// A fresh, empty directory for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("baokan-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn count_equals_brute_force_over_paragraphs() {
    let expected = brute_count("乡村振兴");
    assert!(expected > 10);
    assert_eq!(
        ok(&["search", "乡村振兴", "--count"]),
        format!("{expected}\n")
    );
    // A count is a JSON number as it stands.
    let v = json(&["search", "乡村振兴", "--count", "--json"]);
    assert_eq!(v, Value::from(expected));
    for term in ["党建", "基层", "的", "。", "高质量发展"] {
        assert_eq!(
            count(&["search", term, "--count"]),
            brute_count(term),
            "{term}"
        );
    }
}

#[test]
fn kwic_lines_line_up_their_matches() {
    let text = ok(&["search", "乡村振兴"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), brute_count("乡村振兴"));
    let first = column(lines[0], "【");
    for line in &lines {
        // ID, file:line:col, then the context with the match in 【】.
        let mut fields = line.split_whitespace();
        let id = fields.next().unwrap();
        assert!(id.starts_with("1.") && id.split('.').count() == 3, "{line}");
        let at = fields.next().unwrap();
        assert!(at.starts_with("000_bb83d75fffceb494.txt:"), "{line}");
        assert_eq!(at.split(':').count(), 3, "{line}");
        assert!(line.contains("【乡村振兴】"), "{line}");
        assert_eq!(column(line, "【"), first, "{line}");
        assert_eq!(line.trim_end(), *line);
    }
    // Text order: the ids' source lines never go back.
    let source_line = |l: &str| -> u32 {
        let at = l.split_whitespace().nth(1).unwrap();
        at.split(':').nth(1).unwrap().parse().unwrap()
    };
    assert!(
        lines
            .windows(2)
            .all(|w| source_line(w[0]) <= source_line(w[1]))
    );
}

#[test]
fn context_width_and_paragraph_bounds() {
    let v = json(&["search", "乡村振兴", "--context", "3", "--json"]);
    for hit in v.as_array().unwrap() {
        assert!(hit["left"].as_str().unwrap().chars().count() <= 3);
        assert!(hit["right"].as_str().unwrap().chars().count() <= 3);
    }
    // Inside its paragraph a context never holds a line break; across paragraphs it
    // may, and the text output shows it as ¶, one line per hit still.
    let v = json(&["search", "乡村振兴", "-C", "30", "--json"]);
    assert!(v.as_array().unwrap().iter().all(|h| {
        !h["left"].as_str().unwrap().contains('\n') && !h["right"].as_str().unwrap().contains('\n')
    }));
    let text = ok(&["search", "乡村振兴", "-C", "30", "--cross-paragraphs"]);
    assert_eq!(text.lines().count(), brute_count("乡村振兴"));
    assert!(text.contains('¶'), "{text}");
}

#[test]
fn full_width_query_finds_half_width_text() {
    let out = baokan(&["search", "党委（党组）"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() >= 3, "{text}");
    assert!(text.lines().all(|l| l.contains("【党委(党组)】")), "{text}");
    assert_eq!(
        count(&["search", "党委（党组）", "--count"]),
        brute_count("党委(党组)")
    );
}

#[test]
fn json_hit_carries_structure_and_provenance() {
    let v = json(&["search", "经费保障制度", "--json"]);
    let hits = v.as_array().unwrap();
    assert_eq!(hits.len(), 1, "{v}");
    let h = &hits[0];
    assert_eq!(h["article"], "1");
    assert_eq!(h["section"], "1.3");
    assert_eq!(h["paragraph"], "1.3.10");
    assert_eq!(h["text"], "经费保障制度");
    assert_eq!(h["source"]["file"], "000_bb83d75fffceb494.txt");
    assert_eq!(h["source"]["line"], 65);
    assert_eq!(h["source"]["column"], 51);
    assert!(h["left"].as_str().unwrap().ends_with("组织运转"));
    assert!(h["right"].as_str().unwrap().starts_with(",并"));
    let (start, end) = (
        h["char_start"].as_u64().unwrap(),
        h["char_end"].as_u64().unwrap(),
    );
    assert_eq!(end - start, 6);
    // char_start indexes the corpus text.
    let c = baokan::corpus();
    let found: String = c.text().chars().skip(start as usize).take(6).collect();
    assert_eq!(found, "经费保障制度");
    for key in ["sentence", "byte_start", "byte_end"] {
        assert!(h.get(key).is_some(), "{key} in {h}");
    }
}

#[test]
fn traditional_query_folds_to_simplified() {
    assert_eq!(
        count(&["search", "--fold-trad", "鄉村振興", "--count"]),
        count(&["search", "乡村振兴", "--count"])
    );
    let v = json(&["search", "--fold-trad", "鄉村振興", "--json"]);
    assert_eq!(v[0]["text"], "乡村振兴");
    // Without the flag the traditional form is not in this simplified corpus.
    assert_eq!(exits(1, &["search", "鄉村振興", "--count"]), "0\n");
}

#[test]
fn regex_hits_match_the_pattern() {
    let v = json(&["search", "--regex", r"\d+家", "--json"]);
    let hits = v.as_array().unwrap();
    assert!(!hits.is_empty());
    assert_eq!(hits[0]["text"], "3家");
    for h in hits {
        let t = h["text"].as_str().unwrap();
        let digits = t.strip_suffix('家').unwrap();
        assert!(
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()),
            "{t}"
        );
    }
    assert_eq!(
        count(&["search", "--regex", r"\d+家", "--count"]),
        hits.len()
    );
}

#[test]
fn scope_flags_narrow_the_search() {
    assert_eq!(
        exits(1, &["search", "--article", "2", "乡村振兴", "--count"]),
        "0\n"
    );
    let all = count(&["search", "党建", "--count"]);
    let a1 = count(&["search", "党建", "--article", "1", "--count"]);
    let a2 = exits(1, &["search", "党建", "--article", "2", "--count"]);
    assert_eq!((a1, a2.as_str()), (all, "0\n"));
    let v = json(&["search", "乡村振兴", "--section", "1.3", "--json"]);
    let hits = v.as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() < all);
    assert!(hits.iter().all(|h| h["section"] == "1.3"));
}

#[test]
fn no_match_exits_1_with_empty_output() {
    assert_eq!(exits(1, &["search", "不存在的词语"]), "");
    assert_eq!(exits(1, &["search", "不存在的词语", "--count"]), "0\n");
    let v: Value = serde_json::from_str(&exits(1, &["search", "不存在的词语", "--json"])).unwrap();
    assert_eq!(v, Value::Array(vec![]));
    assert_eq!(exits(1, &["search", "--regex", "x{3}"]), "");
}

#[test]
fn bad_queries_and_ids_exit_2_with_one_line() {
    assert_eq!(fails(&["search", ""]), "baokan: the query is empty\n");
    assert!(fails(&["search", "", "--count"]).contains("empty"));
    let long = "党".repeat(baokan::MAX_QUERY_CHARS + 1);
    assert!(fails(&["search", &long]).contains("limit"));
    // The regex crate's message spans lines; ours does not.
    let err = fails(&["search", "--regex", "("]);
    assert!(
        err.contains("\"(\"") && err.contains("unclosed group"),
        "{err}"
    );
    assert!(fails(&["search", "--regex", "[", "--count"]).contains("regular expression"));
    assert!(fails(&["search", "党建", "--article", "9"]).contains("\"9\""));
    assert!(fails(&["search", "党建", "--article", "1.3"]).contains("\"1.3\""));
    assert!(fails(&["search", "党建", "--section", "1.9"]).contains("\"1.9\""));
    assert!(fails(&["search", "党建", "--section", "1"]).contains("\"1\""));
    // Usage errors come from clap: exit 2 as well.
    assert_eq!(baokan(&["search"]).status.code(), Some(2));
    assert_eq!(
        baokan(&["search", "党建", "--sort", "sideways"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        baokan(&["search", "党建", "--article", "1", "--section", "1.3"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn sort_left_orders_by_the_left_context_read_outwards() {
    let v = json(&["search", "乡村振兴", "--sort", "left", "--json"]);
    let lefts: Vec<Vec<char>> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["left"].as_str().unwrap().chars().rev().collect())
        .collect();
    assert_eq!(lefts.len(), brute_count("乡村振兴"));
    assert!(lefts.windows(2).all(|w| w[0] <= w[1]), "{lefts:?}");
    // The text output is in the same order.
    let text = ok(&["search", "乡村振兴", "--sort", "left"]);
    let shown: Vec<Vec<char>> = text
        .lines()
        .map(|l| {
            let left = &l[..l.find('【').unwrap()];
            let left = left.rsplit("  ").next().unwrap().trim_start();
            left.chars().rev().collect()
        })
        .collect();
    assert_eq!(shown, lefts);

    let v = json(&["search", "乡村振兴", "--sort", "right", "--json"]);
    let rights: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["right"].as_str().unwrap())
        .collect();
    assert!(rights.windows(2).all(|w| w[0] <= w[1]), "{rights:?}");
}

#[test]
fn a_closed_pipe_is_not_an_error_for_search() {
    closed_pipe_is_quiet(&["search", "的", "--cross-paragraphs"]);
}

/// The `<g class="row">` of `term` in a parsed plot.
fn row<'a, 'i>(doc: &'a roxmltree::Document<'i>, term: &str) -> roxmltree::Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.has_tag_name("g") && n.attribute("data-term") == Some(term))
        .unwrap_or_else(|| panic!("a row for {term}"))
}

#[test]
fn plot_dispersion_writes_a_well_formed_svg() {
    let dir = temp_dir("plot");
    let path = dir.join("out.svg");
    let p = path.to_str().unwrap();
    assert_eq!(ok(&["plot", "dispersion", "党建", "乡村振兴", "-o", p]), "");
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );

    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for term in ["党建", "乡村振兴"] {
        assert!(texts.contains(&term), "{term} in {texts:?}");
        let ticks = row(&doc, term)
            .descendants()
            .filter(|n| n.has_tag_name("line") && n.attribute("class") == Some("tick"))
            .count();
        assert!(ticks >= brute_count(term), "{term}: {ticks} ticks");
        assert!(texts.contains(&brute_count(term).to_string().as_str()));
    }
    // The articles are labelled, in the fonts asked for.
    assert!(
        texts.iter().any(|t| t.starts_with("1 建强战斗堡垒")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.starts_with("2 ")), "{texts:?}");
    assert!(
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .all(|n| n
                .attribute("font-family")
                .unwrap()
                .starts_with("Noto Sans CJK SC"))
    );
    // Written in place: nothing else is left in the directory.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["out.svg"]);

    // Again over the same file: replaced, not appended to.
    ok(&["plot", "dispersion", "乡村振兴", "-o", p]);
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(
        doc.descendants()
            .all(|n| n.attribute("data-term") != Some("党建"))
    );
    row(&doc, "乡村振兴");
}

#[test]
fn plot_dispersion_to_stdout_and_as_json() {
    let svg = ok(&["plot", "dispersion", "乡村振兴", "高质量", "-o", "-"]);
    roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert!(svg.contains(">高质量</text>"));

    let v = json(&["plot", "dispersion", "党建", "乡村振兴", "--json"]);
    let articles = v["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["id"], "1");
    assert_eq!(articles[0]["title"], "建强战斗堡垒 夯实执政之基");
    assert!(articles[0]["chars"].as_u64().unwrap() > 0);
    let terms = v["terms"].as_array().unwrap();
    assert_eq!(terms.len(), 2);
    assert_eq!(terms[1]["term"], "乡村振兴");
    let points = terms[1]["points"].as_array().unwrap();
    assert_eq!(points.len(), brute_count("乡村振兴"));
    for p in points {
        assert_eq!(p["article"], 0);
        let x = p["position"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&x));
    }

    // --json with -o writes the data to the file.
    let dir = temp_dir("plot-json");
    let path = dir.join("d.json");
    ok(&[
        "plot",
        "dispersion",
        "党建",
        "乡村振兴",
        "--json",
        "-o",
        path.to_str().unwrap(),
    ]);
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(written, v);
}

#[test]
fn plot_errors_exit_2_with_one_line() {
    let dir = temp_dir("plot-errors");
    let missing = dir.join("no-such-dir").join("out.svg");
    let m = missing.to_str().unwrap();
    let err = fails(&["plot", "dispersion", "党建", "-o", m]);
    assert!(err.contains(m), "{err}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    assert!(fails(&["plot", "dispersion", "", "-o", "-"]).contains("empty"));
    // A picture needs somewhere to go; the data may go to stdout.
    assert_eq!(
        baokan(&["plot", "dispersion", "党建"]).status.code(),
        Some(2)
    );
    assert_eq!(
        baokan(&["plot", "dispersion", "-o", "-"]).status.code(),
        Some(2)
    );
}
