//! `baokan ngrams`, `words`, `collocates`, `keywords` and `repeats`, run as a user runs
//! them against the embedded page, checked against `baokan search --count` and the
//! library.

mod common;

use common::*;
use serde_json::Value;

/// What `baokan search TEXT --count` says.
fn search_count(text: &str) -> u64 {
    let out = baokan(&["search", text, "--count"]);
    String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .expect("--count prints an integer")
}

fn str_of<'v>(v: &'v Value, key: &str) -> &'v str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is a string in {v}"))
}

fn u64_of(v: &Value, key: &str) -> u64 {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} is a count in {v}"))
}

fn f64_of(v: &Value, key: &str) -> f64 {
    v[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is a number in {v}"))
}

/// The data rows of a text table (the header dropped), split on runs of spaces.
fn table_rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect()
}

#[test]
fn ngram_counts_equal_search_counts() {
    let grams = items(&["ngrams", "-n", "2", "--top", "5", "--json"]);
    assert_eq!(grams.len(), 5);
    assert_eq!(str_of(&grams[0], "text"), "组织");
    for g in &grams {
        let text = str_of(g, "text");
        assert_eq!(text.chars().count(), 2, "{g}");
        assert_eq!(u64_of(g, "count"), search_count(text), "{text}");
    }
    assert!(
        grams
            .windows(2)
            .all(|w| w[0]["count"].as_u64() >= w[1]["count"].as_u64())
    );
    // The table says the same, in the same order; 2 and 20 are the defaults.
    let table = ok(&["ngrams", "--top", "5"]);
    assert_eq!(
        table
            .lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["NGRAM", "COUNT"]
    );
    let rows = table_rows(&table);
    assert_eq!(rows.len(), 5);
    for (row, g) in rows.iter().zip(&grams) {
        assert_eq!(row, &[str_of(g, "text"), &u64_of(g, "count").to_string()]);
    }
    assert_eq!(items(&["ngrams", "--json"]).len(), 20);
    assert_eq!(items(&["--json", "ngrams", "-n", "2", "--top", "5"]), grams);
}

#[test]
fn ngrams_skip_punctuation_unless_kept() {
    let skipped = items(&["ngrams", "-n", "1", "--top", "200", "--json"]);
    assert!(
        skipped
            .iter()
            .all(|g| str_of(g, "text").chars().all(char::is_alphanumeric))
    );
    let kept = items(&["ngrams", "-n", "1", "--top", "3", "--keep-punct", "--json"]);
    assert_eq!(str_of(&kept[0], "text"), ",");
    assert_eq!(u64_of(&kept[0], "count"), search_count(","));
    for n in ["1", "8"] {
        assert!(!items(&["ngrams", "-n", n, "--top", "1", "--json"]).is_empty());
    }
}

#[test]
fn ngram_length_out_of_range_exits_2() {
    let err = fails(&["ngrams", "-n", "9"]);
    assert!(
        err.contains("n-gram length") && err.contains("1 to 8"),
        "{err}"
    );
    assert!(fails(&["ngrams", "-n", "0", "--json"]).contains("n-gram length"));
    // Not a number at all: clap's usage error, exit 2 too.
    assert_eq!(baokan(&["ngrams", "-n", "two"]).status.code(), Some(2));
}

#[test]
fn words_are_jieba_words_by_count() {
    let words = items(&["words", "--top", "10", "--keep-stopwords", "--json"]);
    assert_eq!(words.len(), 10);
    assert_eq!(str_of(&words[0], "word"), "的");
    // By default the function words are gone and 党建 leads.
    let content = items(&["words", "--top", "10", "--json"]);
    assert_eq!(str_of(&content[0], "word"), "党建");
    assert!(
        content
            .iter()
            .all(|w| !baokan::is_stopword(str_of(w, "word")))
    );
    let party = words
        .iter()
        .find(|w| w["word"] == "党建")
        .expect("党建 among the top 10 words");
    // 党建 is never part of a longer jieba word here, so its tokens are its occurrences.
    assert_eq!(u64_of(party, "count"), search_count("党建"));
    assert!(
        words
            .windows(2)
            .all(|w| w[0]["count"].as_u64() >= w[1]["count"].as_u64())
    );
    assert!(
        words
            .iter()
            .all(|w| str_of(w, "word").chars().any(char::is_alphanumeric))
    );
    let kept = items(&[
        "words",
        "--top",
        "3",
        "--keep-punct",
        "--keep-stopwords",
        "--json",
    ]);
    assert!(kept.iter().any(|w| w["word"] == ","), "{kept:?}");

    let table = ok(&["words", "--top", "10"]);
    assert!(table.starts_with("WORD"));
    let rows = table_rows(&table);
    assert_eq!(rows.len(), 10);
    assert!(rows.iter().any(|r| r[0] == "党建"));
}

#[test]
fn collocates_of_jiceng_include_dangzuzhi_by_log_likelihood() {
    let near = items(&["collocates", "基层", "--json"]);
    assert!(!near.is_empty() && near.len() <= 20);
    let party = near
        .iter()
        .find(|c| c["word"] == "党组织")
        .expect("党组织 among the collocates of 基层");
    assert_eq!(party["measure"], "log-likelihood");
    assert!(f64_of(party, "score") > 0.0);
    assert!(u64_of(party, "joint") >= 2 && u64_of(party, "joint") <= u64_of(party, "word_freq"));
    for c in &near {
        assert_eq!(c["measure"], "log-likelihood", "{c}");
        assert!(u64_of(c, "joint") >= 2, "--min-freq defaults to 2: {c}");
        assert_ne!(c["word"], "基层");
        assert_eq!(c["node_freq"], near[0]["node_freq"]);
    }
    assert!(
        near.windows(2)
            .all(|w| f64_of(&w[0], "score") >= f64_of(&w[1], "score"))
    );

    // The table names the measure in its header.
    let table = ok(&["collocates", "基层", "--top", "5"]);
    let header = table.lines().next().unwrap();
    assert!(
        header.contains("LOG-LIKELIHOOD") && header.contains("G²"),
        "{header}"
    );
    assert_eq!(table.lines().count(), 6);
    assert_eq!(table_rows(&table)[0][0], str_of(&near[0], "word"));

    // A narrower window, a higher bar.
    let tight = items(&[
        "collocates",
        "基层",
        "--window",
        "1",
        "--min-freq",
        "5",
        "--json",
    ]);
    assert!(tight.iter().all(|c| u64_of(c, "joint") >= 5));
}

#[test]
fn collocates_with_nothing_to_report_exit_0() {
    assert_eq!(ok(&["collocates", "不存在的词语"]), "");
    assert!(items(&["collocates", "不存在的词语", "--json"]).is_empty());
    assert!(fails(&["collocates", "基层", "--window", "0"]).contains("window"));
    assert!(fails(&["collocates", ""]).contains("empty"));
}

#[test]
fn keywords_of_section_1_3_by_tf_idf() {
    let top = items(&["keywords", "1.3", "--top", "5", "--json"]);
    assert_eq!(top.len(), 5);
    let slogan = top
        .iter()
        .find(|k| k["term"] == "乡村振兴")
        .expect("乡村振兴 among the top 5 keywords of 1.3");
    let in_section = ok(&["search", "乡村振兴", "--section", "1.3", "--count"]);
    assert_eq!(u64_of(slogan, "tf").to_string(), in_section.trim());
    assert!(top.iter().all(|k| k["measure"] == "tf-idf"));
    assert!(
        top.windows(2)
            .all(|w| f64_of(&w[0], "score") >= f64_of(&w[1], "score"))
    );
    // 10 by default.
    assert_eq!(items(&["keywords", "1.3", "--json"]).len(), 10);

    let table = ok(&["keywords", "1.3", "--top", "5"]);
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["TERM", "TF-IDF", "TF", "DF"]);
    assert!(table_rows(&table).iter().any(|r| r[0] == "乡村振兴"));

    // An article id works too.
    let article = items(&["keywords", "2", "--top", "1", "--json"]);
    assert_eq!(str_of(&article[0], "term"), "新区");
}

#[test]
fn keywords_of_unknown_or_wrong_ids_exit_2() {
    assert_eq!(
        fails(&["keywords", "9"]),
        "baokan: no article with id \"9\" (the corpus has articles 1 to 2)\n"
    );
    assert!(fails(&["keywords", "1.9", "--json"]).contains("\"1.9\""));
    assert!(fails(&["keywords", "1.3.1"]).contains("article or a section"));
    assert!(fails(&["keywords", "x"]).contains("\"x\""));
}

#[test]
fn repeats_include_the_page_slogans() {
    let reps = items(&["repeats", "--min-len", "4", "--min-count", "3", "--json"]);
    for phrase in ["基层党组织", "乡村振兴"] {
        let r = reps
            .iter()
            .find(|r| r["text"] == phrase)
            .unwrap_or_else(|| panic!("{phrase} among the repeats"));
        assert_eq!(u64_of(r, "count"), search_count(phrase), "{phrase}");
        assert_eq!(u64_of(r, "len"), phrase.chars().count() as u64);
    }
    for r in &reps {
        assert!(u64_of(r, "len") >= 4 && u64_of(r, "count") >= 3, "{r}");
    }
    assert!(
        reps.windows(2)
            .all(|w| u64_of(&w[0], "count") >= u64_of(&w[1], "count"))
    );
    // 4 and 3 are the defaults; --top keeps the first K.
    assert_eq!(items(&["repeats", "--json"]), reps);
    assert_eq!(items(&["repeats", "--top", "5", "--json"]), reps[..5]);

    let table = ok(&["repeats", "--top", "5"]);
    assert_eq!(
        table
            .lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["PHRASE", "COUNT", "CHARS"]
    );
    let rows = table_rows(&table);
    assert_eq!(rows.len(), 5);
    for (row, r) in rows.iter().zip(&reps) {
        assert_eq!(row[0], str_of(r, "text"));
        assert_eq!(row[1], u64_of(r, "count").to_string());
    }
}

#[test]
fn statistics_with_nothing_to_report_exit_0() {
    assert_eq!(ok(&["repeats", "--min-len", "1000"]), "");
    assert!(items(&["repeats", "--min-len", "1000", "--json"]).is_empty());
    assert_eq!(ok(&["ngrams", "--top", "0"]), "");
    assert!(items(&["words", "--top", "0", "--json"]).is_empty());
    assert!(items(&["keywords", "1", "--top", "0", "--json"]).is_empty());
    // And --help says so.
    for verb in ["ngrams", "words", "collocates", "keywords", "repeats"] {
        let help = ok(&[verb, "--help"]);
        assert!(help.contains("Exits 0 even when nothing"), "{verb}: {help}");
    }
}

#[test]
fn statistics_read_a_corpus_file_too() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("baokan-cli-stats.pack");
    std::fs::write(&path, baokan::EMBEDDED_PACK).unwrap();
    let p = path.to_str().unwrap();
    for args in [
        &["ngrams", "-n", "3", "--top", "5", "--json"][..],
        &["keywords", "1.3", "--top", "5", "--json"],
        &["repeats", "--top", "5", "--json"],
    ] {
        let mut with_file = vec!["--corpus", p];
        with_file.extend_from_slice(args);
        assert_eq!(items(&with_file), items(args), "{args:?}");
    }
}

#[test]
fn a_closed_pipe_is_not_an_error_for_statistics() {
    for args in [
        &["ngrams", "--top", "1000"][..],
        &["words", "--top", "1000", "--json"],
        &["repeats", "--min-len", "2", "--min-count", "2"],
    ] {
        closed_pipe_is_quiet(args);
    }
}

#[test]
fn trend_counts_each_term_per_period_as_search_does() {
    let points = items(&["trend", "乡村振兴", "基层", "--by", "week", "--json"]);
    assert_eq!(points.len(), 2, "one dated week on the page, two terms");
    for (p, term) in points.iter().zip(["乡村振兴", "基层"]) {
        assert_eq!(str_of(p, "term"), term);
        assert_eq!(str_of(p, "period"), "2022-W40");
        assert_eq!(u64_of(p, "hits"), search_count(term));
        assert_eq!(u64_of(p, "articles"), 1);
        let expected = u64_of(p, "hits") as f64 * 1e6 / u64_of(p, "chars") as f64;
        assert!((f64_of(p, "per_million") - expected).abs() < 1e-6, "{p}");
    }
    let table = ok(&["trend", "乡村振兴"]);
    assert_eq!(table_rows(&table)[0][..3], ["2022-10", "乡村振兴", "15"]);
    // A usage error, as clap reports them: exit 2, the possible values named.
    let out = baokan(&["trend", "乡村振兴", "--by", "fortnight"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("day, week, month, year"),
        "{}",
        stderr(&out)
    );
    assert_eq!(baokan(&["trend"]).status.code(), Some(2));
    let err = fails(&["trend", ""]);
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn keyness_needs_two_parts_and_good_ranges() {
    let err = fails(&["keyness"]);
    assert!(err.contains("two packs"), "{err}");
    let err = fails(&[
        "keyness",
        "--a",
        "2022-10-31..2022-10-01",
        "--b",
        "2022-11-01..2022-11-02",
    ]);
    assert!(err.contains("ends before it starts"), "{err}");
    let err = fails(&["keyness", "--a", "2022-10", "--b", "2022-11-01..2022-11-02"]);
    assert!(err.contains("FROM..TO"), "{err}");
}
