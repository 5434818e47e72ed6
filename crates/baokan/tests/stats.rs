//! Corpus statistics on the seed page: n-grams, words, collocations, keywords and
//! repeated phrases, each checked against an independent count (the search index, a
//! scan of the paragraph text) or a fact that can be checked by eye in
//! `data/000_bb83d75fffceb494.txt`.

use std::collections::HashSet;

use baokan::{Corpus, Error, MAX_NGRAM};

fn corpus() -> Corpus<'static> {
    baokan::corpus()
}

/// Occurrences of `needle` in the paragraph text by a plain scan, overlapping ones
/// included (the seed page has no full-width forms among these needles).
fn scan(c: &Corpus<'_>, needle: &str) -> usize {
    c.paragraphs()
        .map(|p| {
            let t = p.text();
            t.char_indices()
                .filter(|&(i, _)| t[i..].starts_with(needle))
                .count()
        })
        .sum()
}

// ---------------------------------------------------------------- n-grams

#[test]
fn top_unigram_without_punctuation_is_dang() {
    let c = corpus();
    let top = c.ngrams(1, 5, true).unwrap();
    assert_eq!(top[0].text, "党");
    assert_eq!(top[0].count, c.count("党").unwrap());
    assert_eq!(top[0].count, scan(&c, "党"));
    assert_eq!(top[1].text, "的");
    // With punctuation, the half-width comma of the page leads.
    let with = c.ngrams(1, 1, false).unwrap();
    assert_eq!(with[0].text, ",");
    assert!(with[0].count > top[0].count);
}

#[test]
fn bigram_counts_equal_index_counts() {
    let c = corpus();
    let all = c.ngrams(2, usize::MAX, true).unwrap();
    for bigram in ["基层", "党建", "乡村", "组织", "振兴", "新区", "石墨"] {
        let g = all
            .iter()
            .find(|g| g.text == bigram)
            .unwrap_or_else(|| panic!("{bigram} missing"));
        assert_eq!(g.count, c.count(bigram).unwrap(), "{bigram}");
        assert_eq!(g.count, scan(&c, bigram), "{bigram}");
    }
    assert_eq!(all[0].text, "组织");
    assert_eq!(all[0].count, 87);
}

/// Property: for the top 20 n-grams of every length, with and without punctuation,
/// the count is the index's count of the same text.
#[test]
fn top_ngram_counts_equal_index_counts() {
    let c = corpus();
    for n in 1..=MAX_NGRAM {
        for skip in [true, false] {
            let top = c.ngrams(n, 20, skip).unwrap();
            assert_eq!(top.len(), 20, "n = {n}");
            for g in &top {
                assert_eq!(g.text.chars().count(), n);
                assert_eq!(g.count, c.count(g.text).unwrap(), "n = {n}, {:?}", g.text);
            }
        }
    }
}

#[test]
fn ngrams_are_sorted_and_deterministic() {
    let c = corpus();
    let a = c.ngrams(3, usize::MAX, false).unwrap();
    assert!(a.windows(2).all(|w| w[0].count > w[1].count || (w[0].count == w[1].count && w[0].text < w[1].text)));
    assert_eq!(a, c.ngrams(3, usize::MAX, false).unwrap());
    assert_eq!(c.ngrams(3, 7, false).unwrap(), a[..7]);
    assert!(c.ngrams(3, 0, false).unwrap().is_empty());
}

#[test]
fn ngrams_never_cross_paragraphs() {
    let c = corpus();
    for n in 1..=MAX_NGRAM {
        // Every window inside a paragraph is counted once, and nothing else is.
        let all = c.ngrams(n, usize::MAX, false).unwrap();
        let windows: usize = c
            .paragraphs()
            .map(|p| p.text().chars().count().saturating_sub(n - 1))
            .sum();
        assert_eq!(
            all.iter().map(|g| g.count).sum::<usize>(),
            windows,
            "n = {n}"
        );
        assert!(
            all.iter()
                .all(|g| c.paragraphs().any(|p| p.text().contains(g.text)))
        );
    }
    // The seam between two paragraphs is no bigram (when it occurs nowhere else).
    let grams: HashSet<&str> = c
        .ngrams(2, usize::MAX, false)
        .unwrap()
        .into_iter()
        .map(|g| g.text)
        .collect();
    let ps: Vec<_> = c.paragraphs().collect();
    let mut seams = 0;
    for w in ps.windows(2) {
        let seam: String = w[0]
            .text()
            .chars()
            .last()
            .into_iter()
            .chain(w[1].text().chars().next())
            .collect();
        if scan(&c, &seam) == 0 {
            assert!(
                !grams.contains(seam.as_str()),
                "{seam:?} spans two paragraphs"
            );
            seams += 1;
        }
    }
    assert!(seams > 10);
}

#[test]
fn skip_punct_drops_every_gram_with_punctuation() {
    let c = corpus();
    for n in [1, 2, 5] {
        let kept = c.ngrams(n, usize::MAX, true).unwrap();
        assert!(
            kept.iter()
                .all(|g| g.text.chars().all(char::is_alphanumeric))
        );
        let all = c.ngrams(n, usize::MAX, false).unwrap();
        let clean: Vec<_> = all
            .into_iter()
            .filter(|g| g.text.chars().all(char::is_alphanumeric))
            .collect();
        assert_eq!(kept, clean);
    }
}

#[test]
fn ngram_length_outside_one_to_eight_is_an_error() {
    let c = corpus();
    for n in [0, MAX_NGRAM + 1, 100] {
        let err = c.ngrams(n, 10, true).unwrap_err();
        assert!(
            matches!(
                err,
                Error::BadArgument {
                    what: "n-gram length",
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("1 to 8"), "{err}");
    }
    assert!(c.ngrams(1, 1, true).is_ok() && c.ngrams(8, 1, true).is_ok());
}

// ---------------------------------------------------------------- words

#[test]
fn segment_covers_its_input() {
    for text in [
        "抓党建促乡村振兴,根本在于加强和改进党对农村基层工作的全面领导。",
        "R&D投入强度达到3.9%",
        "",
    ] {
        assert_eq!(baokan::segment(text).concat(), text);
    }
    // jieba's dictionary has no 乡村振兴: the reason keywords add repeated phrases.
    assert_eq!(baokan::segment("乡村振兴"), ["乡村", "振兴"]);
    // HMM on: unknown names come out whole.
    assert!(baokan::segment("万鑫石墨谷").contains(&"万鑫"));
}

#[test]
fn top_words() {
    let c = corpus();
    let top = c.words(10, true);
    let words: Vec<&str> = top.iter().map(|w| w.word).collect();
    assert_eq!(words[..4], ["的", "党建", "工作", "基层"]);
    assert!(words.contains(&"党组织"));
    assert_eq!(top[1].count, 65);
    assert!(top.windows(2).all(|w| w[0].count > w[1].count || (w[0].count == w[1].count && w[0].word < w[1].word)));
    // Word counts never exceed substring counts.
    for w in &top {
        assert!(w.count <= c.count(w.word).unwrap(), "{}", w.word);
    }
    // Punctuation is a token too, unless skipped.
    assert!(
        c.words(usize::MAX, true)
            .iter()
            .all(|w| w.word.chars().any(char::is_alphanumeric))
    );
    assert!(c.words(usize::MAX, false).iter().any(|w| w.word == "、"));
}

#[test]
fn word_counts_add_up_to_the_segmented_paragraphs() {
    let c = corpus();
    let tokens: usize = c
        .paragraphs()
        .map(|p| baokan::segment(p.text()).len())
        .sum();
    assert_eq!(
        c.words(usize::MAX, false)
            .iter()
            .map(|w| w.count)
            .sum::<usize>(),
        tokens
    );
}

// ---------------------------------------------------------------- collocations

#[test]
fn collocates_of_jiceng() {
    let c = corpus();
    let near = c.collocates("基层", 3, 2, 20).unwrap();
    assert!(!near.is_empty());
    let party = near
        .iter()
        .find(|w| w.word == "党组织" || w.word == "党建")
        .expect("党组织 or 党建");
    assert!(party.score > 0.0, "{party:?}");
    let jiceng = c
        .words(usize::MAX, true)
        .into_iter()
        .find(|w| w.word == "基层")
        .unwrap()
        .count;
    for w in &near {
        assert_eq!(w.measure, "log-likelihood");
        assert_eq!(w.node_freq, jiceng);
        assert!(w.joint >= 2 && w.joint <= w.word_freq, "{w:?}");
        assert_ne!(w.word, "基层");
        assert!(w.word.chars().any(char::is_alphanumeric));
    }
    assert!(near.windows(2).all(|w| w[0].score >= w[1].score));
    // 治理 (基层治理) and 城市 (城市基层) are the strongest company of 基层 on this page.
    let top2: HashSet<&str> = near[..2].iter().map(|w| w.word).collect();
    assert_eq!(top2, HashSet::from(["治理", "城市"]));
}

#[test]
fn wider_windows_see_more() {
    let c = corpus();
    let narrow = c.collocates("基层", 1, 1, usize::MAX).unwrap();
    let wide = c.collocates("基层", 5, 1, usize::MAX).unwrap();
    let joint = |v: &[baokan::Collocate<'_>]| v.iter().map(|w| w.joint).sum::<usize>();
    assert!(joint(&wide) > joint(&narrow));
    // Window 1: the words right before and after every 基层.
    assert!(joint(&narrow) <= 2 * narrow[0].node_freq);
}

#[test]
fn a_node_jieba_splits_falls_back_to_its_substring() {
    let c = corpus();
    let near = c.collocates("乡村振兴", 2, 2, 10).unwrap();
    assert_eq!(near[0].node_freq, c.count("乡村振兴").unwrap());
    // 抓党建促乡村振兴: 促 stands right before it.
    assert!(near.iter().any(|w| w.word == "促" && w.score > 0.0));
    // Its own parts are the node, not its company.
    assert!(
        near.iter()
            .all(|w| w.word != "乡村" && w.word != "振兴" || w.joint < 2)
    );
    assert!(c.collocates("不存在的词语", 3, 1, 10).unwrap().is_empty());
}

#[test]
fn collocate_arguments_are_checked() {
    let c = corpus();
    assert!(matches!(
        c.collocates("基层", 0, 1, 10),
        Err(Error::BadArgument { what: "window", .. })
    ));
    assert!(matches!(c.collocates("", 3, 1, 10), Err(Error::EmptyQuery)));
    assert!(c.collocates("基层", 3, 1_000, 10).unwrap().is_empty());
}

// ---------------------------------------------------------------- keywords

#[test]
fn keywords_of_the_rural_section_lead_with_rural_revitalisation() {
    let c = corpus();
    assert_eq!(
        c.section("1.3").unwrap().heading(),
        Some("夯实全面实施乡村振兴战略的组织基础")
    );
    let top = c.keywords("1.3", 5).unwrap();
    assert_eq!(top.len(), 5);
    let k = top
        .iter()
        .find(|k| k.term == "乡村振兴")
        .expect("乡村振兴 in the top 5");
    assert_eq!(k.measure, "tf-idf");
    assert!(top.iter().all(|k| k.measure == "tf-idf"));
    assert_eq!(k.tf, c.query("乡村振兴").section("1.3").count().unwrap());
    // In 1.2 (抓党建促乡村振兴) and 1.3 only, of the 9 sections.
    assert_eq!(k.df, 2);
    let idf = (10.0f64 / 3.0).ln() + 1.0;
    assert!((k.score - k.tf as f64 * idf).abs() < 1e-9);
    assert!(top.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn keywords_mix_words_and_phrases() {
    let c = corpus();
    let all = c.keywords("1.3", usize::MAX).unwrap();
    let terms: HashSet<&str> = all.iter().map(|k| k.term).collect();
    // Words of two chars or more, and phrases of whole words with no punctuation.
    assert!(terms.contains("乡村") && terms.contains("振兴") && terms.contains("乡村振兴"));
    assert!(terms.contains("农村基层党组织"));
    assert!(
        all.iter()
            .all(|k| k.term.chars().count() >= 2 && k.term.chars().all(char::is_alphanumeric))
    );
    assert!(!terms.contains("的") && !terms.contains("2021"));
    for k in &all {
        assert!(k.tf >= 1 && (1..=9).contains(&k.df), "{k:?}");
    }
}

#[test]
fn keywords_of_an_article_count_it_as_one_document() {
    let c = corpus();
    let top = c.keywords("2", 5).unwrap();
    let terms: Vec<&str> = top.iter().map(|k| k.term).collect();
    assert!(
        terms.contains(&"哈尔滨") && terms.contains(&"新区"),
        "{terms:?}"
    );
    // Against article 1's six sections: N = 7.
    let k = &top[0];
    assert!((k.score - k.tf as f64 * ((8.0 / (1.0 + k.df as f64)).ln() + 1.0)).abs() < 1e-9);
    assert!(matches!(c.keywords("1.3.1", 5), Err(Error::BadId { .. })));
    assert!(matches!(c.keywords("9", 5), Err(Error::UnknownId { .. })));
}

// ---------------------------------------------------------------- repeats

#[test]
fn repeats_on_the_seed_page() {
    let c = corpus();
    let reps = c.repeats(4, 3);
    // By the text: 基层党组织 20 times, 乡村振兴 15 times (16 in the file, one in a heading).
    let get = |t: &str| {
        reps.iter()
            .find(|r| r.text == t)
            .unwrap_or_else(|| panic!("{t} missing"))
    };
    assert_eq!(get("基层党组织").count, 20);
    assert_eq!(get("乡村振兴").count, 15);
    assert_eq!(reps[0].text, "党建工作");
    for r in &reps {
        assert!(r.len >= 4 && r.count >= 3, "{r:?}");
        assert_eq!(r.len, r.text.chars().count());
        assert_eq!(r.count, c.count(r.text).unwrap(), "{r:?}");
        assert_eq!(r.count, scan(&c, r.text), "{r:?}");
        let (first, last) = (
            r.text.chars().next().unwrap(),
            r.text.chars().last().unwrap(),
        );
        assert!(first.is_alphanumeric() && last.is_alphanumeric(), "{r:?}");
        assert!(r.text.chars().any(char::is_alphabetic), "{r:?}");
    }
}

#[test]
fn repeats_are_maximal() {
    let c = corpus();
    for (min_len, min_count) in [(4, 3), (2, 2), (6, 2)] {
        let reps = c.repeats(min_len, min_count);
        for a in &reps {
            for b in &reps {
                assert!(
                    !(b.len > a.len && b.count == a.count && b.text.contains(a.text)),
                    "{a:?} is a fragment of {b:?}"
                );
            }
        }
        let texts: HashSet<&str> = reps.iter().map(|r| r.text).collect();
        assert_eq!(texts.len(), reps.len(), "no duplicates");
    }
    // A fragment that always stands inside a longer phrase is not reported: 习近平总书 only
    // ever occurs as 习近平总书记.
    let reps = c.repeats(4, 3);
    assert!(reps.iter().any(|r| r.text == "习近平总书记"));
    assert!(
        !reps
            .iter()
            .any(|r| r.text == "习近平总书" || r.text == "近平总书记")
    );
}

/// Oracle: the definition applied by brute force. Every substring of 4 to 12 chars that
/// occurs at least 3 times is extended left and right while all its occurrences agree
/// on the next char; it is reported iff that extension, trimmed of punctuation at both
/// ends, is the substring itself. (The seed page has no full-width forms, so no
/// folding is needed here.)
#[test]
fn repeats_match_a_brute_force_oracle() {
    use std::collections::HashMap;
    let c = corpus();
    let (min_len, min_count, max_len) = (4, 3, 12);
    let paras: Vec<Vec<char>> = c.paragraphs().map(|p| p.text().chars().collect()).collect();
    let mut at: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (p, chars) in paras.iter().enumerate() {
        for i in 0..chars.len() {
            for len in min_len..=max_len.min(chars.len() - i) {
                at.entry(chars[i..i + len].iter().collect())
                    .or_default()
                    .push((p, i));
            }
        }
    }
    let mut expected: Vec<(String, usize)> = Vec::new();
    for (s, occ) in &at {
        let len = s.chars().count();
        let edges_ok = s.starts_with(char::is_alphanumeric) && s.ends_with(char::is_alphanumeric);
        if occ.len() < min_count || !edges_ok || !s.chars().any(char::is_alphabetic) {
            continue;
        }
        let (mut left, mut right) = (0, 0);
        loop {
            let next: Option<HashSet<char>> = occ
                .iter()
                .map(|&(p, i)| paras[p].get(i + len + right).copied())
                .collect();
            match next {
                Some(set) if set.len() == 1 => right += 1,
                _ => break,
            }
        }
        loop {
            let prev: Option<HashSet<char>> = occ
                .iter()
                .map(|&(p, i)| (i > left).then(|| paras[p][i - left - 1]))
                .collect();
            match prev {
                Some(set) if set.len() == 1 => left += 1,
                _ => break,
            }
        }
        let (p, i) = occ[0];
        let m: String = paras[p][i - left..i + len + right].iter().collect();
        if m.trim_matches(|ch: char| !ch.is_alphanumeric()) == s {
            expected.push((s.clone(), occ.len()));
        }
    }
    expected.sort();
    let mut got: Vec<(String, usize)> = c
        .repeats(min_len, min_count)
        .into_iter()
        .filter(|r| r.len <= max_len)
        .map(|r| (r.text.to_string(), r.count))
        .collect();
    got.sort();
    assert!(expected.len() > 50);
    assert_eq!(got, expected);
}

#[test]
fn repeats_are_sorted() {
    use std::cmp::Reverse;
    let reps = corpus().repeats(3, 2);
    let key = |r: &baokan::Repeat<'_>| (Reverse(r.count), Reverse(r.len), r.text.to_string());
    assert!(reps.windows(2).all(|w| key(&w[0]) < key(&w[1])));
}

#[test]
fn repeats_never_cross_paragraphs() {
    let c = corpus();
    for r in c.repeats(2, 2) {
        assert!(c.paragraphs().any(|p| p.text().contains(r.text)), "{r:?}");
    }
}

// ---------------------------------------------------------------- serialization

#[test]
fn results_serialize_with_their_measure() {
    let c = corpus();
    let g = serde_json::to_value(c.ngrams(2, 1, true).unwrap()).unwrap();
    assert_eq!(g[0]["text"], "组织");
    assert_eq!(g[0]["count"], 87);
    let w = serde_json::to_value(c.words(1, true)).unwrap();
    assert_eq!(w[0]["word"], "的");
    let col = serde_json::to_value(c.collocates("基层", 3, 2, 1).unwrap()).unwrap();
    assert_eq!(col[0]["measure"], "log-likelihood");
    for field in ["word", "joint", "node_freq", "word_freq", "score"] {
        assert!(col[0].get(field).is_some(), "{field}");
    }
    let k = serde_json::to_value(c.keywords("1.3", 1).unwrap()).unwrap();
    assert_eq!(k[0]["measure"], "tf-idf");
    for field in ["term", "score", "tf", "df"] {
        assert!(k[0].get(field).is_some(), "{field}");
    }
    let r = serde_json::to_value(c.repeats(4, 3)).unwrap();
    assert_eq!(r[0]["text"], "党建工作");
    assert_eq!(r[0]["len"], 4);
}
