//! Eight threads querying one corpus get the single-threaded answers.

use std::sync::Barrier;

fn answers(c: baokan::Corpus<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for q in [
        "乡村振兴",
        "基层党组织",
        "党委（党组）",
        "经费保障制度",
        "哈尔滨新区",
    ] {
        out.push(format!("{q} {}", c.count(q).unwrap()));
        let hits: Vec<String> = c
            .search(q)
            .unwrap()
            .iter()
            .map(|h| format!("{}@{}", h.paragraph().id(), h.source()))
            .collect();
        out.push(hits.join(","));
        let kwic = c.query(q).kwic(5, false, baokan::KwicSort::Left).unwrap();
        out.push(
            kwic.iter()
                .map(|l| format!("{}[{}]{}", l.left, l.hit.text(), l.right))
                .collect::<Vec<_>>()
                .join("|"),
        );
    }
    out.push(format!(
        "{:?}",
        c.ngrams(2, 10, true)
            .unwrap()
            .iter()
            .map(|g| (g.text, g.count))
            .collect::<Vec<_>>()
    ));
    out.push(serde_json::to_string(&c.repeats(4, 3)).unwrap());
    out.push(serde_json::to_string(&c.figures().collect::<Vec<_>>()).unwrap());
    out.push(serde_json::to_string(&c.article("2").unwrap()).unwrap());
    out
}

#[test]
fn eight_threads_agree_with_one() {
    let c = baokan::corpus();
    let expected = answers(c);
    let barrier = Barrier::new(8);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    (0..3)
                        .map(|_| answers(baokan::corpus()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for got in h.join().expect("no thread panics") {
                assert_eq!(got, expected);
            }
        }
    });
}

#[test]
fn a_mapped_pack_answers_like_the_embedded_one() {
    let path = std::env::temp_dir().join(format!("baokan-concurrency-{}.pack", std::process::id()));
    std::fs::write(&path, baokan::EMBEDDED_PACK).unwrap();
    let file = baokan::Corpus::open(&path).unwrap();
    let expected = answers(baokan::corpus());
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| assert_eq!(answers(file.corpus()), expected));
        }
    });
    drop(file);
    std::fs::remove_file(&path).unwrap();
}
