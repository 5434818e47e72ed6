//! The mentions of the compiled seed page against the hand annotation in
//! `crates/baokan-extract/testdata/seed_gold.toml` (annotated before the rules were
//! written). Prints precision and recall per type; `cargo test -p baokan --test
//! mentions_gold -- --nocapture` shows the table the README reports.

use std::collections::BTreeMap;

type Key = (u32, String);

fn gold() -> toml::Table {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../baokan-extract/testdata/seed_gold.toml"
    );
    std::fs::read_to_string(path)
        .expect("the gold file exists")
        .parse()
        .expect("the gold file is TOML")
}

fn rows<'g>(g: &'g toml::Table, table: &str) -> Vec<&'g toml::Table> {
    g.get(table)
        .and_then(|v| v.as_array())
        .map_or(Vec::new(), |a| {
            a.iter().filter_map(|r| r.as_table()).collect()
        })
}

fn s<'g>(row: &'g toml::Table, k: &str) -> Option<&'g str> {
    row.get(k).and_then(|v| v.as_str())
}

fn key(row: &toml::Table, field: &str) -> Key {
    (
        row.get("line").and_then(|v| v.as_integer()).unwrap_or(0) as u32,
        s(row, field).unwrap_or_default().to_string(),
    )
}

/// (precision, recall, true positives, predicted, gold, false positives, false negatives)
struct Score {
    precision: f64,
    recall: f64,
    tp: usize,
    predicted: usize,
    gold: usize,
    fp: Vec<Key>,
    fn_: Vec<Key>,
}

fn score(predicted: Vec<Key>, gold: Vec<Key>) -> Score {
    let mut left = gold.clone();
    let mut fp = Vec::new();
    for p in &predicted {
        match left.iter().position(|g| g == p) {
            Some(i) => {
                left.remove(i);
            }
            None => fp.push(p.clone()),
        }
    }
    let tp = predicted.len() - fp.len();
    Score {
        precision: if predicted.is_empty() {
            1.0
        } else {
            tp as f64 / predicted.len() as f64
        },
        recall: if gold.is_empty() {
            1.0
        } else {
            tp as f64 / gold.len() as f64
        },
        tp,
        predicted: predicted.len(),
        gold: gold.len(),
        fp,
        fn_: left,
    }
}

fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn evaluate() -> BTreeMap<&'static str, Score> {
    let c = baokan::corpus();
    let g = gold();
    let mut out = BTreeMap::new();

    let figures: Vec<Key> = c
        .figures()
        .map(|f| (f.source().line, f.text().to_string()))
        .collect();
    out.insert(
        "figure",
        score(
            figures,
            rows(&g, "figure").iter().map(|r| key(r, "text")).collect(),
        ),
    );

    let dates: Vec<Key> = c
        .dates()
        .map(|d| (d.source().line, d.text().to_string()))
        .collect();
    out.insert(
        "date",
        score(
            dates,
            rows(&g, "date").iter().map(|r| key(r, "text")).collect(),
        ),
    );

    // A date counts only with the right ISO value.
    let dates_iso: Vec<Key> = c
        .dates()
        .map(|d| {
            (
                d.source().line,
                format!("{} {}", d.text(), d.iso().unwrap_or("-")),
            )
        })
        .collect();
    let gold_iso = rows(&g, "date")
        .iter()
        .map(|r| {
            (
                key(r, "text").0,
                format!(
                    "{} {}",
                    s(r, "text").unwrap_or(""),
                    s(r, "iso").unwrap_or("-")
                ),
            )
        })
        .collect();
    out.insert("date+iso", score(dates_iso, gold_iso));

    let citations: Vec<Key> = c
        .citations()
        .map(|x| (x.source().line, x.text().to_string()))
        .collect();
    out.insert(
        "citation",
        score(
            citations,
            rows(&g, "citation")
                .iter()
                .map(|r| key(r, "text"))
                .collect(),
        ),
    );

    // Speech quotes with the right speaker (or rightly none).
    let speech: Vec<Key> = c
        .quotes()
        .filter(|q| q.kind() == baokan::QuoteKind::Speech)
        .map(|q| {
            (
                q.source().line,
                format!("{}|{}", prefix(q.inner(), 12), q.speaker().unwrap_or("-")),
            )
        })
        .collect();
    let gold_speech = rows(&g, "quote")
        .into_iter()
        .filter(|r| s(r, "kind") == Some("speech"))
        .map(|r| {
            (
                key(r, "text").0,
                format!(
                    "{}|{}",
                    prefix(s(r, "text").unwrap_or(""), 12),
                    s(r, "speaker").unwrap_or("-")
                ),
            )
        })
        .collect();
    out.insert("speech quote+speaker", score(speech, gold_speech));

    let persons: Vec<Key> = c
        .entities()
        .filter(|e| e.kind() == baokan::EntityKind::Person)
        .flat_map(|e| e.mentions())
        .map(|m| (m.source().line, m.entity().name().to_string()))
        .collect();
    out.insert(
        "person",
        score(
            persons,
            rows(&g, "person").iter().map(|r| key(r, "name")).collect(),
        ),
    );

    // Places and organisations are annotated partially (the gold says so): recall only.
    for (kind, table) in [
        (baokan::EntityKind::Place, "place"),
        (baokan::EntityKind::Org, "org"),
    ] {
        let found: Vec<Key> = c
            .entities()
            .filter(|e| e.kind() == kind)
            .flat_map(|e| e.mentions())
            .map(|m| (m.source().line, m.text().to_string()))
            .collect();
        let gold: Vec<Key> = rows(&g, table).iter().map(|r| key(r, "text")).collect();
        let mut sc = score(found, gold);
        sc.precision = f64::NAN;
        sc.fp.clear();
        out.insert(
            if table == "place" {
                "place (recall only)"
            } else {
                "org (recall only)"
            },
            sc,
        );
    }
    out
}

#[test]
fn mentions_meet_the_hand_annotation() {
    let scores = evaluate();
    println!("| type | precision | recall | found | gold |");
    println!("|---|---|---|---|---|");
    for (name, sc) in &scores {
        println!(
            "| {name} | {:.2} | {:.2} | {}/{} | {} |",
            sc.precision, sc.recall, sc.tp, sc.predicted, sc.gold
        );
    }
    for (name, sc) in &scores {
        if !sc.fp.is_empty() {
            println!("{name} false positives: {:?}", sc.fp);
        }
        if !sc.fn_.is_empty() {
            println!("{name} missed: {:?}", sc.fn_);
        }
    }
    // Floors just below the measured values: a regression fails, an improvement passes.
    let floors = [
        ("figure", 0.95, 0.95),
        ("date", 0.95, 0.9),
        ("date+iso", 0.95, 0.9),
        ("citation", 0.95, 0.95),
        ("speech quote+speaker", 0.95, 0.9),
        ("person", 0.95, 0.95),
        ("place (recall only)", 0.0, 0.9),
        ("org (recall only)", 0.0, 0.65),
    ];
    for (name, p, r) in floors {
        let sc = &scores[name];
        assert!(
            sc.precision.is_nan() || sc.precision >= p,
            "{name}: precision {:.2} < {p}",
            sc.precision
        );
        assert!(sc.recall >= r, "{name}: recall {:.2} < {r}", sc.recall);
    }
}
