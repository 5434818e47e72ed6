//! `--corpus` given several packs, or a folder of packs: the verbs that fan out answer
//! as one pack of the same pages does, with qualified ids and a `pack` field; the
//! others refuse in one line.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{baokan, fails, items, json, ok};
use serde_json::Value;

const SEED_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../baokan/data");

const PAGES: [(&str, &str); 3] = [
    (
        "20221010-a.txt",
        "乡村振兴看基层\n\n本报北京10月9日电 今年8月,全国累计选派驻村第一书记51.8万人。\n\n\
         张弛说:“乡村振兴,关键在基层党组织。”\n\n\
         《中国共产党农村基层组织工作条例》明确,基层党组织是党在农村全部工作的基础。\n",
    ),
    (
        "20221010-b.txt",
        "基层治理有新招\n\n今年以来,全省新建村级活动场所3200个,投入资金3.2亿-3.5亿元。\n\n\
         “基层党组织强不强,群众说了算。”李明说,2021年6月至12月,全县开展了专项整治。\n",
    ),
    (
        "20221011-c.txt",
        "一线见闻\n\n9月21日,记者来到郝家桥村。村里60余万平方米的厂房里,乡村振兴的故事正在上演。\n\n\
         村党支部书记王芳说:“基层党组织就是主心骨。”\n",
    ),
];

/// A fresh directory for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("multi-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
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

/// Three page folders (the seed page; two pages; one page), each compiled to a pack in
/// `packs/` (named so that file-name order is folder order), and all three to
/// `whole.pack`.
fn setup(tmp: &Path) -> (PathBuf, PathBuf) {
    let pages = tmp.join("pages");
    let dirs: Vec<PathBuf> = ["1-seed", "2-ab", "3-c"]
        .iter()
        .map(|d| pages.join(d))
        .collect();
    for d in &dirs {
        fs::create_dir_all(d).unwrap();
    }
    for f in ["000_bb83d75fffceb494.txt", "manifest.toml"] {
        fs::copy(Path::new(SEED_DIR).join(f), dirs[0].join(f)).unwrap();
    }
    for (i, (name, text)) in PAGES.iter().enumerate() {
        fs::write(dirs[if i < 2 { 1 } else { 2 }].join(name), text).unwrap();
    }
    let packs = tmp.join("packs");
    fs::create_dir_all(&packs).unwrap();
    for d in &dirs {
        let name = d.file_name().unwrap().to_str().unwrap();
        let out = packs.join(format!("{name}.pack"));
        ok(&["compile", s(d), "-o", s(&out), "--json"]);
    }
    let whole = tmp.join("whole.pack");
    let mut args = vec!["compile".to_string()];
    args.extend(dirs.iter().map(|d| s(d).to_string()));
    args.extend([
        "-o".to_string(),
        s(&whole).to_string(),
        "--json".to_string(),
    ]);
    ok(&args);
    (whole, packs)
}

/// What stays the same between one pack and several: everything but the pack, the
/// ids and the offsets into a pack's text.
fn placeless(v: &Value) -> Value {
    let mut v = v.clone();
    if let Value::Object(m) = &mut v {
        for k in [
            "pack",
            "article",
            "section",
            "paragraph",
            "sentence",
            "sentence_id",
            "char_start",
            "char_end",
            "byte_start",
            "byte_end",
        ] {
            m.remove(k);
        }
    }
    v
}

#[test]
fn several_packs_answer_as_one_pack() {
    let tmp = TempDir::new("same");
    let (whole, packs) = setup(&tmp.0);
    let one = ["--corpus", s(&whole)];
    let set = ["--corpus", s(&packs)];
    let with = |c: &[&str; 2], rest: &[&str]| -> Vec<String> {
        c.iter().chain(rest).map(|x| x.to_string()).collect()
    };

    for q in ["乡村振兴", "基层党组织", "党委（党组）", "说", "。", "基层"] {
        let count = |c| ok(&with(c, &["search", q, "--count"]));
        assert_eq!(count(&one), count(&set), "{q}");
        for sort in ["position", "left", "right"] {
            let lines = |c| placeless_items(&with(c, &["search", q, "--json", "--sort", sort]));
            assert_eq!(lines(&one), lines(&set), "{q} {sort}");
        }
    }
    for verb in ["figures", "dates", "citations", "quotes", "timeline"] {
        let a = placeless_items(&with(&one, &[verb, "--json"]));
        assert!(!a.is_empty(), "{verb}");
        assert_eq!(a, placeless_items(&with(&set, &[verb, "--json"])), "{verb}");
    }
    for args in [
        &["ngrams", "--json"][..],
        &["ngrams", "-n", "4", "--top", "50", "--json"],
        &["words", "--top", "50", "--json"],
        &["citations", "--by-title", "--json"],
    ] {
        assert_eq!(json(&with(&one, args)), json(&with(&set, args)), "{args:?}");
    }
    let stats = |c| {
        let mut v = json(&with(c, &["stats", "--json"]));
        v["pack_bytes"] = Value::Null;
        v
    };
    assert_eq!(stats(&one), stats(&set));
    let titles = |c| -> Vec<Value> {
        items(&with(c, &["articles", "--json"]))
            .iter()
            .map(|a| a["title"].clone())
            .collect()
    };
    assert_eq!(titles(&one), titles(&set));

    // Ids are qualified by the pack's file stem, in the text and as the pack field.
    let ids: Vec<String> = ok(&with(&set, &["articles"]))
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["1-seed:1", "1-seed:2", "2-ab:1", "2-ab:2", "3-c:1"]);
    let a = json(&with(&set, &["show", "2-ab:2", "--json"]));
    assert_eq!(a["pack"], "2-ab");
    assert_eq!(
        a["title"],
        json(&with(&one, &["show", "4", "--json"]))["title"]
    );
    let hits = items(&with(&set, &["search", "基层党组织", "--json"]));
    assert_eq!(hits.last().unwrap()["pack"], "3-c");
    let text = ok(&with(&set, &["search", "主心骨"]));
    assert!(text.starts_with("3-c:1.1.2  20221011-c.txt:5:"), "{text}");
    assert_eq!(
        ok(&with(
            &set,
            &["search", "基层", "--count", "--article", "2-ab:2"]
        )),
        ok(&with(
            &one,
            &["search", "基层", "--count", "--article", "4"]
        ))
    );
    let table = ok(&with(&set, &["dates"]));
    assert!(table.starts_with("PACK "), "{table}");
}

/// Runs a command that must succeed and returns its JSON array, placeless.
fn placeless_items(args: &[String]) -> Vec<Value> {
    items(args).iter().map(placeless).collect()
}

#[test]
fn repeated_corpus_options_and_folders_mix_in_order() {
    let tmp = TempDir::new("order");
    let (whole, packs) = setup(&tmp.0);
    let c = packs.join("3-c.pack");
    let a = packs.join("1-seed.pack");
    let out = ok(&["--corpus", s(&c), "--corpus", s(&a), "articles"]);
    let ids: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(ids, ["3-c:1", "1-seed:1", "1-seed:2"]);
    // The same file twice is the same label twice: refused.
    let err = fails(&["--corpus", s(&a), "--corpus", s(&a), "stats"]);
    assert!(err.contains("two packs are labelled \"1-seed\""), "{err}");
    // One pack, whichever way it is given, is that pack: bare ids, no pack field.
    let alone = tmp.0.join("alone");
    fs::create_dir_all(&alone).unwrap();
    fs::copy(&whole, alone.join("whole.pack")).unwrap();
    for args in [
        &["articles", "--json"][..],
        &["search", "基层", "--json"],
        &["show", "4", "--json"],
        &["dates"],
    ] {
        let by_file: Vec<&str> = ["--corpus", s(&whole)]
            .iter()
            .chain(args)
            .copied()
            .collect();
        let by_folder: Vec<&str> = ["--corpus", s(&alone)]
            .iter()
            .chain(args)
            .copied()
            .collect();
        assert_eq!(ok(&by_file), ok(&by_folder), "{args:?}");
    }
}

#[test]
fn verbs_that_read_one_pack_refuse_several() {
    let tmp = TempDir::new("refuse");
    let (_, packs) = setup(&tmp.0);
    let p = s(&packs);
    for args in [
        &["collocates", "基层"][..],
        &["keywords", "1-seed:1"],
        &["repeats"],
        &["plot", "dispersion", "基层", "-o", "-"],
        &["plot", "timeline", "-o", "-"],
        &["export", "-o", "out"],
    ] {
        let all: Vec<&str> = ["--corpus", p].iter().chain(args).copied().collect();
        let err = fails(&all);
        assert!(
            err.ends_with(
                "reads one pack, and --corpus gave several (1-seed, 2-ab, 3-c): give one\n"
            ),
            "{err}"
        );
    }
    let err = fails(&["--corpus", p, "show", "1"]);
    assert_eq!(
        err,
        "baokan: \"1\" names no pack: qualify it with a pack's label, like LABEL:1 (the packs \
         are 1-seed, 2-ab, 3-c)\n"
    );
    let err = fails(&["--corpus", p, "show", "9-x:1"]);
    assert!(err.contains("no pack labelled \"9-x\""), "{err}");
    let err = fails(&["--corpus", p, "search", "基层", "--article", "2"]);
    assert!(err.contains("names no pack"), "{err}");
    // A folder without packs is named.
    let empty = tmp.0.join("empty");
    fs::create_dir_all(&empty).unwrap();
    let err = fails(&["--corpus", s(&empty), "articles"]);
    assert!(
        err.contains(s(&empty)) && err.contains("holds no *.pack file"),
        "{err}"
    );
    // Nothing is opened by a verb that reads no corpus.
    assert_eq!(
        baokan(&["--corpus", s(&empty), "extract", "今年8月"])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn keyness_of_two_packs_ranks_each_side_by_log_likelihood() {
    let tmp = TempDir::new("keyness");
    let (_, packs) = setup(&tmp.0);
    let (a, b) = (packs.join("1-seed.pack"), packs.join("2-ab.pack"));
    let args = |extra: &[&str]| {
        let mut v = vec![
            "--corpus",
            s(&a),
            "--corpus",
            s(&b),
            "keyness",
            "--min-freq",
            "1",
            "--json",
        ];
        v.extend_from_slice(extra);
        items(&v)
    };
    let rows = args(&["--top", "50"]);
    let side = |name: &str| -> Vec<&Value> { rows.iter().filter(|r| r["side"] == name).collect() };
    assert!(!side("a").is_empty() && !side("b").is_empty());
    for r in &rows {
        let (fa, fb) = (r["a"].as_u64().unwrap(), r["b"].as_u64().unwrap());
        assert!(fa + fb >= 1);
        assert_eq!(
            r["side"] == "a",
            r["log_ratio"].as_f64().unwrap() > 0.0,
            "{r}"
        );
        assert!(r["word"] != "的", "stopwords are left out by default");
    }
    for part in [side("a"), side("b")] {
        let g2: Vec<f64> = part.iter().map(|r| r["g2"].as_f64().unwrap()).collect();
        assert!(g2.windows(2).all(|w| w[0] >= w[1]), "{g2:?}");
    }
    // 党建 is the seed page's word; 资金 only the small pages'.
    assert!(side("a").iter().any(|r| r["word"] == "党建"));
    assert!(side("b").iter().any(|r| r["word"] == "资金"));
    let kept = args(&["--keep-stopwords", "--top", "500"]);
    assert!(kept.iter().any(|r| r["word"] == "的"));
    let err = fails(&["--corpus", s(&packs), "keyness"]);
    assert!(err.contains("3 pack(s)"), "{err}");
}
