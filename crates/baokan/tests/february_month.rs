//! The whole February 2019 month of the People's Daily (1,789 article files), compiled
//! as a user would, and checked file by file against what each file's own lines say.
//!
//! These checks read the files with simple, independent means (line slots, a regular
//! prefix, label words) and hold the compiler to them on every file, where the hand
//! annotation (`february_gold.rs`) can only cover a sample. The month lives outside the
//! repository; see `february_gold.rs` for how it is found.

mod common;

use common::month_dir;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn compile(dir: &Path, threads: usize) -> baokan_compile::Compiled {
    let opts = baokan_compile::Options {
        threads: Some(threads),
        ..Default::default()
    };
    baokan_compile::compile_paths(&[dir.to_path_buf()], &opts, &|_| {}).expect("the month compiles")
}

/// A file's lines, split as the compiler splits them.
fn lines(text: &str) -> Vec<&str> {
    text.split("\r\n").collect()
}

fn trimmed(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

/// Opening datelines, found the simple way: an agency (after an optional 据), up to
/// a dozen letters of place, an optional month and day, then 电 or 讯.
fn opens_with_dateline(p: &str) -> bool {
    let p = p.strip_prefix('据').unwrap_or(p);
    let Some(rest) = ["新华社", "本报", "人民日报", "中新社"]
        .iter()
        .find_map(|a| p.strip_prefix(a))
    else {
        return false;
    };
    let head: String = rest.chars().take(20).collect();
    let Some(at) = head.find(['电', '讯']) else {
        return false;
    };
    head[..at]
        .chars()
        .all(|c| c.is_alphabetic() || c.is_ascii_digit() || matches!(c, '月' | '日'))
        && !head[..at].contains("记者")
}

#[test]
fn every_file_of_the_month_reads_right() {
    let Some(dir) = month_dir() else { return };
    let compiled = compile(&dir, 2);
    let c = baokan::Corpus::from_bytes(&compiled.pack).expect("the pack opens");
    assert!(compiled.warnings.is_empty(), "{:?}", compiled.warnings);
    assert_eq!(c.files().len(), 1789);
    assert_eq!(c.stats().joins, 0, "no page breaks in article files");

    let mut n = BTreeMap::<&str, (usize, usize)>::new();
    let mut tally = |k: &'static str, ok: bool| {
        let e = n.entry(k).or_default();
        e.1 += 1;
        e.0 += ok as usize;
    };
    let mut misses: Vec<String> = Vec::new();
    let mut bodies: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for a in c.articles() {
        let f = a.file();
        let name = f.name();
        let text = f.source_text().expect("packs keep their sources");
        let ls = lines(text);
        tally(
            "layout article_file",
            f.layout() == baokan::Layout::ArticleFile,
        );
        tally("title = line 2", a.title() == trimmed(ls[1]));
        tally("kicker = line 1", a.kicker() == trimmed(ls[0]));
        let sub = trimmed(ls[2]).map(|s| s.trim_start_matches(['—', '-']).trim());
        tally("subtitle = line 3", a.subtitle() == sub);
        // The date is the folder's, or a dateline's day on or before it.
        let folder: String = name[..8].to_string();
        let folder_date = format!("{}-{}-{}", &folder[..4], &folder[4..6], &folder[6..8]);
        let dated = a.date().map(|d| d.to_string());
        let date_ok = match a.date_basis() {
            Some(baokan::DateBasis::Path) => dated.as_deref() == Some(folder_date.as_str()),
            Some(baokan::DateBasis::Dateline) => {
                dated.as_deref().is_some_and(|d| d <= folder_date.as_str())
            }
            _ => false,
        };
        tally("dated from the path", date_ok);
        // Every non-blank body line is exactly one typed item.
        let mut seen: BTreeSet<u32> = BTreeSet::new();
        let mut twice = 0;
        let mut mark = |line: u32| {
            if !seen.insert(line) {
                twice += 1;
            }
        };
        for p in a.paragraphs() {
            mark(p.source().line);
        }
        for s in a.sections() {
            let (h, sub) = s.heading_sources();
            for at in [h, sub].into_iter().flatten() {
                mark(at.line);
            }
        }
        for k in a.credits() {
            mark(k.source().line);
        }
        let body: BTreeSet<u32> = ls
            .iter()
            .enumerate()
            .skip(3)
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, _)| i as u32 + 1)
            .collect();
        let accounted = twice == 0 && seen == body;
        tally("every body line typed once", accounted);
        if !accounted {
            misses.push(format!("{name}: lines {body:?} typed as {seen:?}"));
        }
        // Opening datelines and the reporters in their brackets.
        if let Some(first) = a.paragraphs().next()
            && opens_with_dateline(first.text())
        {
            let d = a.dateline();
            let ok = d.is_some_and(|d| !d.closing && first.text().starts_with(d.text));
            tally("opening dateline found", ok);
            if !ok {
                misses.push(format!(
                    "{name}: dateline in {:?}",
                    &first.text()[..30.min(first.text().len())]
                ));
            }
            let after = d.map_or("", |d| &first.text()[d.text.len()..]).trim_start();
            if after.starts_with("（记者") {
                tally("dateline reporters found", a.reporters().len() > 0);
            }
        }
        // Labelled credit lines.
        for l in ls.iter().skip(3) {
            let t = l.trim();
            if [
                "版式设计：",
                "本版制图：",
                "制图：",
                "数据来源：",
                "图片来源：",
                "（作者为",
            ]
            .iter()
            .any(|p| t.starts_with(p))
            {
                tally("labelled credits typed", a.credits().any(|k| k.text() == t));
            }
        }
        let body_text: Vec<&str> = a.paragraphs().map(|p| p.text()).collect();
        let body_text = body_text.join("\n");
        if body_text.chars().count() >= 50 {
            bodies.entry(body_text).or_default().push(a.index());
        }
    }
    // Every story printed twice or more is linked to its first printing.
    let articles: Vec<_> = c.articles().collect();
    for group in bodies.values().filter(|g| g.len() > 1) {
        for &i in &group[1..] {
            tally(
                "reprints linked",
                articles[i].duplicate_of().map(|d| d.index()) == Some(group[0]),
            );
        }
    }
    let linked = c.articles().filter(|a| a.duplicate_of().is_some()).count();
    println!("\n{} files, {linked} linked as reprints", c.files().len());
    for (k, (ok, all)) in &n {
        println!(
            "  {k:<28} {ok:>5}/{all:<5} {:.4}",
            *ok as f64 / (*all).max(1) as f64
        );
    }
    for m in misses.iter().take(20) {
        println!("  miss: {m}");
    }
    let rate = |k: &str| {
        n.get(k)
            .map_or(0.0, |&(ok, all)| ok as f64 / all.max(1) as f64)
    };
    for (k, target) in [
        ("layout article_file", 1.0),
        ("title = line 2", 1.0),
        ("kicker = line 1", 1.0),
        ("subtitle = line 3", 1.0),
        ("dated from the path", 1.0),
        ("every body line typed once", 1.0),
        ("opening dateline found", 0.98),
        ("dateline reporters found", 0.95),
        ("labelled credits typed", 1.0),
        ("reprints linked", 1.0),
    ] {
        assert!(rate(k) >= target, "{k}: {:.4} < {target}", rate(k));
    }
}

#[test]
fn the_month_compiles_to_the_same_bytes_on_any_thread_count() {
    let Some(dir) = month_dir() else { return };
    let one = compile(&dir, 1).pack;
    let two = compile(&dir, 2).pack;
    assert!(one == two, "packs differ between 1 and 2 threads");
    assert!(compile(&dir, 2).pack == two, "packs differ between runs");
}

/// On the month's index (2.4 million entries, two levels of suffix keys, suffix LCPs),
/// `count` equals an overlapping, folded count over the paragraphs for substrings of
/// 1–6 chars and of 12–18 (about the LCPs' cap) drawn across the month, for strings that
/// are not in it, and for full-width forms; and so it does with the LCPs hidden (their
/// directory entry's tag made unknown, as in a pack written before them) and with the
/// keys hidden too.
#[test]
fn the_month_counts_as_a_scan_of_its_paragraphs() {
    use baokan_pack::collation::fold;
    let Some(dir) = month_dir() else { return };
    let pack = compile(&dir, 2).pack;
    let c = baokan::Corpus::from_bytes(&pack).expect("the pack opens");
    let paragraphs: Vec<Vec<char>> = c
        .paragraphs()
        .map(|p| p.text().chars().map(fold).collect())
        .collect();
    let scan = |q: &str| -> usize {
        let q: Vec<char> = q.chars().map(fold).collect();
        paragraphs
            .iter()
            .filter(|t| t.len() >= q.len())
            .map(|t| t.windows(q.len()).filter(|w| *w == &q[..]).count())
            .sum()
    };
    let all: Vec<char> = c.paragraphs().flat_map(|p| p.text().chars()).collect();
    let mut queries: Vec<String> = (1..=6)
        .chain(12..=18)
        .flat_map(|n| {
            let all = &all;
            (0..all.len() - n)
                .step_by(100_003)
                .map(move |i| all[i..i + n].iter().collect())
        })
        .collect();
    queries.extend(
        [
            "乡村振兴",
            "春节",
            "（",
            "(",
            "２０１９",
            "2019",
            "丁丁丁",
            "习近平",
            "。",
        ]
        .map(String::from),
    );
    let hide = |b: &[u8], id: baokan_pack::format::TableId| -> Vec<u8> {
        let word = |b: &[u8], at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
        let mut b = b.to_vec();
        let count = word(&b, 12) as usize;
        let at = (0..count)
            .map(|i| 32 + 16 * i)
            .find(|&at| word(&b, at) == id.tag())
            .expect("the table is listed");
        b[at..at + 4].copy_from_slice(&999u32.to_le_bytes());
        let mut h = crc32fast::Hasher::new();
        h.update(&b[8..20]);
        h.update(&b[24..32 + 16 * count]);
        let crc = h.finalize();
        b[20..24].copy_from_slice(&crc.to_le_bytes());
        b
    };
    use baokan_pack::format::TableId;
    let without = hide(&pack, TableId::SuffixLcps);
    let bare = hide(&without, TableId::SuffixKeys);
    let without = baokan::Corpus::from_bytes(&without).expect("opens without LCPs");
    let bare = baokan::Corpus::from_bytes(&bare).expect("opens without keys");
    for q in &queries {
        let want = scan(q);
        assert_eq!(c.count(q).unwrap(), want, "{q:?}");
        assert_eq!(without.count(q).unwrap(), want, "{q:?} without LCPs");
        assert_eq!(bare.count(q).unwrap(), want, "{q:?} without keys or LCPs");
    }
    assert!(c.count("乡村振兴").unwrap() > 100);
}

/// `trend` per day and per month equals a scan of the articles' paragraphs grouped by
/// their dates; per_million is hits over the period's paragraph chars; the unique view
/// leaves reprints out.
#[test]
fn trend_equals_a_scan_of_the_articles_by_date() {
    use baokan::Period;
    use baokan_pack::collation::fold;
    use std::collections::BTreeMap;
    let Some(dir) = month_dir() else { return };
    let pack = compile(&dir, 2).pack;
    let c = baokan::Corpus::from_bytes(&pack).expect("the pack opens");
    let terms = ["乡村振兴", "春节", "团圆", "脱贫攻坚", "习近平"];
    for unique in [false, true] {
        let c = if unique { c.unique() } else { c };
        for by in [Period::Day, Period::Month] {
            let mut want: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
            let mut chars: BTreeMap<String, usize> = BTreeMap::new();
            for a in c.articles() {
                let Some(date) = a.date() else { continue };
                if unique && a.duplicate_of().is_some() {
                    continue;
                }
                let label = by.label(date);
                let text: Vec<Vec<char>> = a
                    .paragraphs()
                    .map(|p| p.text().chars().map(fold).collect())
                    .collect();
                *chars.entry(label.clone()).or_default() +=
                    text.iter().map(Vec::len).sum::<usize>();
                for t in terms {
                    let q: Vec<char> = t.chars().map(fold).collect();
                    let n: usize = text
                        .iter()
                        .filter(|p| p.len() >= q.len())
                        .map(|p| p.windows(q.len()).filter(|w| *w == &q[..]).count())
                        .sum();
                    let e = want.entry((t.to_string(), label.clone())).or_default();
                    e.0 += n;
                    e.1 += usize::from(n > 0);
                }
            }
            let got = c.trend(&terms, by).unwrap();
            assert_eq!(got.len(), terms.len() * chars.len());
            for p in &got {
                let (hits, articles) = want[&(p.term.clone(), p.period.clone())];
                assert_eq!(
                    (p.hits, p.articles),
                    (hits, articles),
                    "{} {}",
                    p.term,
                    p.period
                );
                assert_eq!(p.chars, chars[&p.period]);
                assert!((p.per_million - hits as f64 * 1e6 / p.chars as f64).abs() < 1e-6);
            }
            if by == Period::Day {
                assert!(chars.len() >= 28, "{} days", chars.len());
            }
        }
    }
}

/// Keyness of the first half of the month (1–14 February 2019: the Spring Festival fell
/// on the 5th, the holiday ran 4–10) against the second (15–28). The expected words
/// were written down before the first run: the festival's own vocabulary must lead the
/// first half's side.
#[test]
fn keyness_of_the_spring_festival_half() {
    let Some(dir) = month_dir() else { return };
    let pack = compile(&dir, 2).pack;
    let c = baokan::Corpus::from_bytes(&pack).expect("the pack opens");
    let day = |d: u32| baokan::Date::new(2019, 2, d).unwrap();
    let a = c.words_between(day(1), day(14));
    let b = c.words_between(day(15), day(28));
    let key = baokan::keyness(&a, &b, &baokan::KeynessOptions::default());
    let first: Vec<&str> = key
        .iter()
        .filter(|k| k.log_ratio > 0.0)
        .take(20)
        .map(|k| k.word.as_str())
        .collect();
    let expected = [
        "春节", "团圆", "过年", "除夕", "拜年", "年味", "春运", "猪年", "新春", "年货",
    ];
    let found: Vec<&&str> = expected.iter().filter(|w| first.contains(w)).collect();
    println!("first half's top 20: {first:?}");
    assert!(first[..10].contains(&"春节"), "{first:?}");
    assert!(found.len() >= 4, "{found:?} of {expected:?} in {first:?}");
    // Every score is G² of the two frequencies against the two totals, and stopwords
    // are gone by default.
    assert!(
        key.iter()
            .all(|k| k.g2 >= 0.0 && k.word != "的" && k.word != "我们")
    );
    assert!(key.windows(2).all(|w| w[0].g2 >= w[1].g2));
}
