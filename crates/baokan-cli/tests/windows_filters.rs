//! The options the explorer pages and filters with, on the command line: `--limit` and
//! `--offset` (search, articles, timeline), `search --dates` and `--page`, and
//! `--article` on the mention verbs.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{exits, fails_line, items, ok};

#[test]
fn a_window_is_a_slice_of_the_whole_list() {
    for verb in [&["search", "乡村振兴"][..], &["timeline"], &["articles"]] {
        let all = items(&[verb, &["--json"]].concat());
        let part = items(&[verb, &["--json", "--limit", "4", "--offset", "1"]].concat());
        let want: Vec<_> = all.iter().skip(1).take(4).cloned().collect();
        assert!(!want.is_empty(), "{verb:?}");
        assert_eq!(part, want, "{verb:?}");
        assert!(items(&[verb, &["--json", "--offset", "1000"]].concat()).is_empty());
    }
    // The count and the exit code are the search's, whatever the window.
    assert_eq!(
        ok(&["search", "乡村振兴", "--count", "--limit", "1"]),
        "15\n"
    );
    assert!(exits(0, &["search", "乡村振兴", "--offset", "99"]).is_empty());
    let text = ok(&["search", "乡村振兴", "--limit", "2"]);
    assert_eq!(text.lines().count(), 2);
}

#[test]
fn dates_keep_the_articles_dated_in_the_range() {
    assert_eq!(
        ok(&[
            "search",
            "乡村振兴",
            "--count",
            "--dates",
            "2022-10-09..2022-10-09"
        ]),
        "15\n"
    );
    assert_eq!(
        exits(
            1,
            &[
                "search",
                "乡村振兴",
                "--count",
                "--dates",
                "2022-10-10..2023-01-01"
            ]
        ),
        "0\n"
    );
    let lines = items(&[
        "search",
        "乡村振兴",
        "--json",
        "--dates",
        "2022-01-01..2022-12-31",
    ]);
    assert_eq!(lines.len(), 15);
    let err = fails_line(&["search", "乡村振兴", "--dates", "2022-10-10..2022-10-01"]);
    assert!(
        err.contains("--dates") && err.contains("ends before it starts"),
        "{err}"
    );
}

#[test]
fn a_page_is_the_declared_one_or_the_one_the_archive_name_gives() {
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pages-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for (name, text) in [
        (
            "20221010/20221010-04-01.txt",
            "乡村振兴看基层\n\n乡村振兴,关键在基层党组织。\n",
        ),
        (
            "20221010/20221010-05-01.txt",
            "基层治理\n\n乡村振兴要靠基层。乡村振兴要靠人才。\n",
        ),
    ] {
        let path = dir.join("pages").join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let pack = dir.join("p.pack");
    let out = common::baokan(&[
        "compile",
        dir.join("pages").to_str().unwrap(),
        "-o",
        pack.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let corpus = pack.to_str().unwrap();
    let count = |page: &str, code| {
        let args = [
            "--corpus",
            corpus,
            "search",
            "乡村振兴",
            "--count",
            "--page",
            page,
        ];
        exits(code, &args)
    };
    assert_eq!(count("4", 0), "1\n");
    assert_eq!(count("04", 0), "1\n");
    assert_eq!(count("5", 0), "2\n");
    assert_eq!(count("1", 1), "0\n");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn mentions_of_one_article() {
    for verb in ["figures", "dates", "quotes"] {
        let all = items(&[verb, "--json"]);
        let second = items(&[verb, "--json", "--article", "2"]);
        assert!(!second.is_empty(), "{verb}");
        assert!(second.iter().all(|m| m["article"] == "2"), "{verb}");
        let in_second = all.iter().filter(|m| m["article"] == "2").count();
        assert_eq!(second.len(), in_second, "{verb}");
        assert!(second.len() < all.len(), "{verb}");
    }
    let mentions = items(&["entities", "--mentions", "--json", "--article", "1"]);
    assert!(!mentions.is_empty() && mentions.iter().all(|m| m["article"] == "1"));
    let entities = items(&["entities", "--json", "--article", "2"]);
    assert!(entities.len() < items(&["entities", "--json"]).len());
    assert!(entities.iter().all(|e| {
        e["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["article"] == "2")
    }));
    let err = fails_line(&["figures", "--article", "9"]);
    assert!(err.contains("no article with id \"9\""), "{err}");
}
