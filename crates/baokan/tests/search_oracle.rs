//! The search index against a brute-force oracle: for queries drawn from the corpus
//! text, `count` equals an overlapping, folded count over the repaired paragraphs.

use baokan_pack::collation::fold;
use proptest::prelude::*;

fn folded(s: &str) -> Vec<char> {
    s.chars().map(fold).collect()
}

/// Overlapping occurrences of `q` in every paragraph, comparing folded chars.
fn brute_count(q: &str) -> usize {
    let q = folded(q);
    baokan::corpus()
        .paragraphs()
        .map(|p| {
            let t = folded(p.text());
            if t.len() < q.len() {
                0
            } else {
                (0..=t.len() - q.len())
                    .filter(|&i| t[i..i + q.len()] == q[..])
                    .count()
            }
        })
        .sum()
}

fn paragraph_chars() -> Vec<Vec<char>> {
    baokan::corpus()
        .paragraphs()
        .map(|p| p.text().chars().collect())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn count_equals_brute_force(para in 0usize..1000, start in 0usize..1000, len in 1usize..12) {
        let paras = paragraph_chars();
        let p = &paras[para % paras.len()];
        let s = start % p.len();
        let q: String = p[s..(s + len).min(p.len())].iter().collect();
        let c = baokan::corpus();
        prop_assert_eq!(c.count(&q).unwrap(), brute_count(&q));
        let hits = c.search(&q).unwrap();
        prop_assert_eq!(hits.len(), brute_count(&q));
        for h in &hits {
            prop_assert_eq!(folded(h.text()), folded(&q));
            prop_assert!(h.paragraph().text().contains(h.text()));
        }
    }

    #[test]
    fn absent_strings_count_zero(q in "[a-zA-Z]{3,8}") {
        prop_assert_eq!(baokan::corpus().count(&q).unwrap(), brute_count(&q));
    }
}

#[test]
fn fixed_queries_on_the_seed_page() {
    let c = baokan::corpus();
    for q in [
        "乡村振兴",
        "基层党组织",
        "党委(党组)",
        "党委（党组）",
        "经费保障制度",
        "哈尔滨新区",
        "5G",
        "R&D",
        "。",
        "“",
    ] {
        assert_eq!(c.count(q).unwrap(), brute_count(q), "{q}");
    }
    assert_eq!(
        c.count("乡村振兴").unwrap(),
        15,
        "16 in the file, one of them in a heading"
    );
    assert!(c.count("党委（党组）").unwrap() >= 3);
    assert_eq!(c.count("经费保障制度").unwrap(), 1);
    assert_eq!(
        c.count("制度,并建立").unwrap(),
        1,
        "the text after a join is searchable too"
    );
}

#[test]
fn hits_carry_structure_and_provenance() {
    let c = baokan::corpus();
    let hits = c.search("经费保障制度").unwrap();
    assert_eq!(hits.len(), 1);
    let h = hits[0];
    assert_eq!(h.paragraph().id().to_string(), "1.3.10");
    assert_eq!(
        h.section().heading(),
        Some("夯实全面实施乡村振兴战略的组织基础")
    );
    assert_eq!((h.source().line, h.source().column), (65, 51));
    assert_eq!(&c.text()[h.span().start..h.span().end], "经费保障制度");
    let chars: Vec<char> = c.text().chars().collect();
    let cs = h.char_span();
    assert_eq!(
        chars[cs.start..cs.end].iter().collect::<String>(),
        "经费保障制度"
    );
    assert!(h.sentence().unwrap().text().contains("经费保障制度"));
}

#[test]
fn query_errors_are_clear() {
    let c = baokan::corpus();
    assert!(matches!(c.count(""), Err(baokan::Error::EmptyQuery)));
    let long = "党".repeat(baokan::MAX_QUERY_CHARS + 1);
    let err = c.count(&long).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "the query is {} chars long; the limit is 256",
            baokan::MAX_QUERY_CHARS + 1
        )
    );
    assert!(matches!(
        c.count("党\n建"),
        Err(baokan::Error::BadQuery { .. })
    ));
    assert!(matches!(
        c.query("(").regex(true).hits(),
        Err(baokan::Error::Regex(_))
    ));
    assert!(matches!(
        c.query("党").article("7").count(),
        Err(baokan::Error::UnknownId { .. })
    ));
}

#[test]
fn kwic_stays_inside_the_paragraph_unless_asked() {
    let c = baokan::corpus();
    let lines = c
        .query("党的力量")
        .kwic(30, false, baokan::KwicSort::Position)
        .unwrap();
    assert_eq!(lines[0].left, "", "the match opens its paragraph");
    let crossed = c
        .query("党的力量")
        .kwic(30, true, baokan::KwicSort::Position)
        .unwrap();
    assert!(
        crossed[0].left.ends_with("新华社记者\n"),
        "{:?}",
        crossed[0].left
    );
    let by_left = c
        .query("基层")
        .kwic(5, false, baokan::KwicSort::Left)
        .unwrap();
    let keys: Vec<String> = by_left
        .iter()
        .map(|l| l.left.chars().rev().collect())
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn regex_and_traditional_modes() {
    let c = baokan::corpus();
    let hits = c.query(r"\d+家").regex(true).hits().unwrap();
    let texts: Vec<&str> = hits.iter().map(|h| h.text()).collect();
    assert!(
        texts.contains(&"471家") && texts.contains(&"657家"),
        "{texts:?}"
    );
    assert_eq!(c.query("鄉村振興").traditional(true).count().unwrap(), 15);
    assert_eq!(c.query("鄉村振興").count().unwrap(), 0);
}
