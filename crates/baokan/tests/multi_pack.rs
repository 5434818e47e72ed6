//! Several packs read as one corpus give the answers of one pack of the same files:
//! counts, hits, concordances, statistics, n-grams, words, mentions and the timeline,
//! in the order `Corpora` documents, whatever the thread count.
//!
//! Two corpora are split: a few small pages (always here), and the February 2019 month
//! of the People's Daily by date ranges into three packs (outside the repository; see
//! `february_gold.rs` for how it is found).

mod common;

use common::month_dir;
use std::collections::BTreeMap;
use std::path::PathBuf;

use baokan::{Corpora, Corpus, Error, KwicSort, Source};
use baokan_compile::{Date, Document, FileMeta, compile_text, pack};

const SEED: &str = include_str!("../data/000_bb83d75fffceb494.txt");

/// Small pages of their own, each with figures, dates, a citation and quotes.
const PAGES: [(&str, &str, &str); 3] = [
    (
        "a.txt",
        "2022-10-09",
        "乡村振兴看基层\n\n本报北京10月8日电 今年8月,全国累计选派驻村第一书记51.8万人。\n\n\
         张弛说:“乡村振兴,关键在基层党组织。”\n\n\
         《中国共产党农村基层组织工作条例》明确,基层党组织是党在农村全部工作的基础。\n",
    ),
    (
        "b.txt",
        "2022-10-10",
        "基层治理有新招\n\n今年以来,全省新建村级活动场所3200个,投入资金3.2亿-3.5亿元。\n\n\
         “基层党组织强不强,群众说了算。”李明说,2021年6月至12月,全县开展了专项整治。\n",
    ),
    (
        "c.txt",
        "2022-10-11",
        "一线见闻\n\n9月21日,记者来到郝家桥村。村里60余万平方米的厂房里,乡村振兴的故事正在上演。\n\n\
         村党支部书记王芳说:“基层党组织就是主心骨。”\n",
    ),
];

fn dated(s: &str) -> FileMeta {
    FileMeta {
        date: Some(s.parse::<Date>().unwrap()),
        ..FileMeta::default()
    }
}

/// The seed page and the small pages, compiled one document each.
fn documents() -> Vec<Document> {
    let mut docs =
        vec![compile_text("000_bb83d75fffceb494.txt", SEED, &dated("2022-10-09")).expect("seed")];
    for (name, date, text) in PAGES {
        docs.push(compile_text(name, text, &dated(date)).expect("page compiles"));
    }
    docs
}

fn open(bytes: &[u8]) -> Corpus<'_> {
    Corpus::from_bytes(bytes).expect("the pack opens")
}

/// Where a thing is, the same in one pack and in several: file, line, column.
fn at(s: Source<'_>) -> (String, u32, u32) {
    (s.file.to_string(), s.line, s.column)
}

/// The queries to compare: the most frequent n-grams of the whole, and a few words.
fn queries(one: Corpus<'_>, per_length: usize) -> Vec<String> {
    let mut q: Vec<String> = ["乡村振兴", "基层党组织", "党委（党组）", "说", "。", "1"]
        .map(String::from)
        .to_vec();
    for n in [1, 2, 4] {
        q.extend(
            one.ngrams(n, per_length, true)
                .unwrap()
                .into_iter()
                .map(|g| g.text.to_string()),
        );
    }
    q
}

/// Asserts that `set` answers as `one` does, in the documented order.
fn assert_same(one: Corpus<'_>, set: &Corpora<'_>, queries: &[String], words: bool) {
    let s1 = one.stats();
    let sn = set.stats();
    assert_eq!(
        baokan::Stats {
            pack_bytes: 0,
            ..s1
        },
        baokan::Stats {
            pack_bytes: 0,
            ..sn
        }
    );
    let titles1: Vec<_> = one.articles().map(|a| (a.title(), a.date())).collect();
    let titlesn: Vec<_> = set
        .articles()
        .map(|a| (a.item.title(), a.item.date()))
        .collect();
    assert_eq!(titles1, titlesn);

    for q in queries {
        assert_eq!(one.count(q).unwrap(), set.count(q).unwrap(), "count {q}");
        let h1: Vec<_> = one
            .search(q)
            .unwrap()
            .iter()
            .map(|h| (at(h.source()), h.text()))
            .collect();
        let hn: Vec<_> = set
            .search(q)
            .unwrap()
            .iter()
            .map(|h| (at(h.item.source()), h.item.text()))
            .collect();
        assert_eq!(h1, hn, "hits {q}");
    }
    for sort in [KwicSort::Position, KwicSort::Left, KwicSort::Right] {
        for q in queries.iter().take(12) {
            let k1: Vec<_> = one
                .query(q)
                .kwic(6, false, sort)
                .unwrap()
                .iter()
                .map(|l| (l.left, at(l.hit.source()), l.right))
                .collect();
            let kn: Vec<_> = set
                .query(q)
                .kwic(6, false, sort)
                .unwrap()
                .iter()
                .map(|l| (l.item.left, at(l.item.hit.source()), l.item.right))
                .collect();
            assert_eq!(k1, kn, "kwic {q} {sort:?}");
        }
    }
    for n in 1..=4 {
        assert_eq!(
            one.ngrams(n, 200, true).unwrap(),
            set.ngrams(n, 200, true).unwrap(),
            "{n}-grams"
        );
    }
    if words {
        assert_eq!(one.words(200, true), set.words(200, true));
        assert_eq!(one.words(50, false), set.words(50, false));
    }

    // Each mention list, as (place, what) in order, from one pack and from the set.
    macro_rules! same {
        ($list:ident, |$m:ident| $what:expr) => {{
            let one: Vec<_> = one
                .$list()
                .into_iter()
                .map(|$m| (at($m.source()), $what))
                .collect();
            let set: Vec<_> = set
                .$list()
                .into_iter()
                .map(|x| x.item)
                .map(|$m| (at($m.source()), $what))
                .collect();
            assert_eq!(one, set, stringify!($list));
        }};
    }
    same!(figures, |f| f.text());
    same!(dates, |d| d.iso());
    same!(citations, |c| c.title());
    same!(quotes, |q| q.speaker());
    let one_t: Vec<_> = one
        .timeline()
        .iter()
        .map(|t| (at(t.date.source()), t.date.iso()))
        .collect();
    let set_t: Vec<_> = set
        .timeline()
        .iter()
        .map(|t| (at(t.item.date.source()), t.item.date.iso()))
        .collect();
    assert_eq!(one_t, set_t, "timeline");
    // Entities merge by name within a pack; their mentions are the same.
    let mentions = |v: Vec<baokan::Entity<'_>>| {
        let mut m: Vec<_> = v
            .iter()
            .flat_map(|e| e.mentions())
            .map(|m| {
                (
                    at(m.source()),
                    m.entity().name().to_string(),
                    m.entity().kind(),
                )
            })
            .collect();
        // A span may hold entities of two kinds under one name (a person and a place
        // named alike): the kind orders those.
        m.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        m
    };
    assert_eq!(
        mentions(one.entities().collect()),
        mentions(set.entities().into_iter().map(|e| e.item).collect())
    );
}

#[test]
fn small_pages_split_in_packs_answer_as_one_pack() {
    let docs = documents();
    let whole = pack(&docs).unwrap();
    let parts: Vec<Vec<u8>> = [0..1, 1..3, 3..4]
        .into_iter()
        .map(|r| pack(&docs[r]).unwrap())
        .collect();
    let one = open(&whole);
    let set = Corpora::new(
        ["seed", "ab", "c"]
            .into_iter()
            .zip(parts.iter().map(|b| open(b))),
    )
    .unwrap();
    let q = queries(one, 40);
    assert_same(one, &set, &q, true);
    // A single pack as a Corpora is that pack.
    let alone = Corpora::new([("all", one)]).unwrap();
    assert_same(one, &alone, &q, true);
}

#[test]
fn ids_are_qualified_by_pack() {
    let docs = documents();
    let parts: Vec<Vec<u8>> = [0..1, 1..4]
        .into_iter()
        .map(|r| pack(&docs[r]).unwrap())
        .collect();
    let set = Corpora::new(
        ["seed", "rest"]
            .into_iter()
            .zip(parts.iter().map(|b| open(b))),
    )
    .unwrap();
    let a = set.article("rest:2").unwrap();
    assert_eq!(
        (a.pack, a.label, a.item.title()),
        (1, "rest", Some("基层治理有新招"))
    );
    assert_eq!(
        set.paragraph("seed:1.3.10").unwrap().item.id().to_string(),
        "1.3.10"
    );
    assert!(matches!(
        set.find("seed:2.1").unwrap().item,
        baokan::Item::Section(_)
    ));
    let hits = set.search("基层党组织").unwrap();
    let last = hits.last().unwrap();
    assert_eq!(
        set.qualified(last, last.item.paragraph().id()),
        "rest:3.1.2"
    );

    let e = set.article("2").unwrap_err();
    assert!(matches!(e, Error::UnqualifiedId { .. }));
    assert_eq!(
        e.to_string(),
        "\"2\" names no pack: qualify it with a pack's label, like LABEL:1 (the packs are seed, rest)"
    );
    let e = set.article("other:1").unwrap_err();
    assert_eq!(
        e.to_string(),
        "no pack labelled \"other\" (the packs are seed, rest)"
    );
    assert!(matches!(
        set.article("rest:9").unwrap_err(),
        Error::UnknownId { .. }
    ));
    // Scopes are qualified ids too, and search their pack alone.
    assert_eq!(
        set.query("基层").article("rest:2").count().unwrap(),
        open(&parts[1]).query("基层").article("2").count().unwrap()
    );
    assert!(set.query("基层").article("2").count().is_err());

    // One pack: bare ids are that pack's.
    let alone = Corpora::new([("only", open(&parts[0]))]).unwrap();
    assert_eq!(
        alone.article("1").unwrap().item.title(),
        alone.article("only:1").unwrap().item.title()
    );
    let hit = &alone.search("经费保障制度").unwrap()[0];
    assert_eq!(alone.qualified(hit, hit.item.paragraph().id()), "1.3.10");

    // Labels are unique, non-empty and hold no separator.
    let c = open(&parts[0]);
    for bad in [
        vec![("a", c), ("a", c)],
        vec![("", c)],
        vec![("a:b", c)],
        vec![],
    ] {
        assert!(matches!(Corpora::new(bad), Err(Error::BadArgument { .. })));
    }
}

#[test]
fn json_names_the_pack() {
    let c = baokan::corpus();
    let set = Corpora::new([("x", c), ("y", c)]).unwrap();
    let hit = &set.search("经费保障制度").unwrap()[1];
    let v = serde_json::to_value(hit).unwrap();
    assert_eq!(v["pack"], "y");
    assert_eq!(v["paragraph"], "1.3.10");
    assert_eq!(v["text"], "经费保障制度");
}

#[test]
fn the_order_is_the_same_whatever_the_thread_count() {
    let docs = documents();
    let parts: Vec<Vec<u8>> = (0..4).map(|i| pack(&docs[i..i + 1]).unwrap()).collect();
    let set = Corpora::new(
        ["p0", "p1", "p2", "p3"]
            .into_iter()
            .zip(parts.iter().map(|b| open(b))),
    )
    .unwrap();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let kwic: Vec<_> = set
                .query("基层")
                .kwic(5, false, KwicSort::Left)
                .unwrap()
                .iter()
                .map(|l| (l.label, l.item.hit.span()))
                .collect();
            let timeline: Vec<_> = set
                .timeline()
                .iter()
                .map(|t| (t.label, t.item.date.span()))
                .collect();
            let hits: Vec<_> = set
                .search("党")
                .unwrap()
                .iter()
                .map(|h| (h.pack, h.item.span()))
                .collect();
            (kwic, timeline, hits, set.ngrams(2, 50, true).unwrap().len())
        })
    };
    let first = run(1);
    for threads in [2, 4, 1] {
        assert_eq!(run(threads), first);
    }
    // Hits run in pack order.
    assert!(first.2.windows(2).all(|w| w[0] <= w[1]));
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("baokan-multi-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_folder_opens_its_packs_in_file_name_order() {
    let docs = documents();
    let dir = temp_dir("folder");
    for (i, name) in ["2022-10-c", "2022-10-a", "2022-10-b"].iter().enumerate() {
        std::fs::write(
            dir.join(format!("{name}.pack")),
            pack(&docs[i..i + 1]).unwrap(),
        )
        .unwrap();
    }
    std::fs::write(dir.join("notes.txt"), "not a pack").unwrap();
    let set = Corpora::open(&[&dir]).unwrap();
    let c = set.corpora();
    assert_eq!(
        c.labels().collect::<Vec<_>>(),
        ["2022-10-a", "2022-10-b", "2022-10-c"]
    );
    assert_eq!(
        c.article("2022-10-c:1").unwrap().item.title(),
        open(&pack(&docs[0..1]).unwrap())
            .article("1")
            .unwrap()
            .title()
    );
    assert_eq!(set.files().len(), 3);

    // Files and folders mix, in the order given.
    let extra = dir.join("extra");
    std::fs::create_dir_all(&extra).unwrap();
    std::fs::write(extra.join("z.pack"), pack(&docs[3..4]).unwrap()).unwrap();
    let set = Corpora::open(&[extra.clone(), dir.join("2022-10-b.pack")]).unwrap();
    assert_eq!(
        set.corpora().labels().collect::<Vec<_>>(),
        ["z", "2022-10-b"]
    );

    // The same stem twice is refused.
    let e = Corpora::open(&[dir.join("2022-10-b.pack"), dir.join("2022-10-b.pack")]).unwrap_err();
    assert!(
        e.to_string()
            .contains("two packs are labelled \"2022-10-b\""),
        "{e}"
    );
    // A folder without packs, a missing file.
    let e = Corpora::open(&[&extra.join("..").join("extra").join("none")]).unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e}");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let e = Corpora::open(&[&empty]).unwrap_err();
    assert!(e.to_string().contains("holds no *.pack file"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_pack_of_another_format_version_is_named() {
    let dir = temp_dir("version");
    let good = dir.join("good.pack");
    std::fs::write(&good, baokan::EMBEDDED_PACK).unwrap();
    let mut bytes = baokan::EMBEDDED_PACK.to_vec();
    bytes[8..12].copy_from_slice(&(baokan_pack_version() + 1).to_le_bytes());
    let newer = dir.join("newer.pack");
    std::fs::write(&newer, &bytes).unwrap();
    let e = Corpora::open(&[good, newer.clone()]).unwrap_err();
    assert!(
        matches!(e, Error::PackFile { ref path, .. } if path == &newer),
        "{e}"
    );
    let message = e.to_string();
    assert!(
        message.starts_with(&newer.display().to_string()),
        "{message}"
    );
    assert!(
        message.contains(&format!("version {}", baokan_pack_version() + 1)),
        "{message}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The format version of the embedded pack: this reader's.
fn baokan_pack_version() -> u32 {
    u32::from_le_bytes(baokan::EMBEDDED_PACK[8..12].try_into().unwrap())
}

fn compile(dirs: &[PathBuf]) -> Vec<u8> {
    let opts = baokan_compile::Options {
        threads: Some(2),
        ..Default::default()
    };
    baokan_compile::compile_paths(dirs, &opts, &|_| {})
        .expect("the days compile")
        .pack
}

#[test]
fn the_february_month_in_three_packs_answers_as_one_pack() {
    let Some(month) = month_dir() else { return };
    let mut days: Vec<PathBuf> = std::fs::read_dir(&month)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    days.sort();
    assert!(days.len() >= 20, "{} day folders", days.len());
    let whole = compile(&days);
    let (a, rest) = days.split_at(10);
    let (b, c) = rest.split_at(9);
    let parts: Vec<Vec<u8>> = [a, b, c].into_iter().map(compile).collect();
    let one = open(&whole);
    let set = Corpora::new(
        ["2019-02-a", "2019-02-b", "2019-02-c"]
            .into_iter()
            .zip(parts.iter().map(|b| open(b))),
    )
    .unwrap();
    assert_eq!(set.articles().count(), one.articles().len());
    let q = queries(one, 30);
    assert_same(one, &set, &q, false);
    // The articles of each pack are its days', in order.
    let mut per_pack = BTreeMap::<&str, usize>::new();
    for a in set.articles() {
        *per_pack.entry(a.label).or_default() += 1;
    }
    assert_eq!(per_pack.values().sum::<usize>(), one.articles().len());
}
