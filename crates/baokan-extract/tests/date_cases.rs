//! The date expressions of `testdata/date_cases.tsv`, each with the value written down by
//! hand: every listed kind (two-digit years, numeric dates, quarters, parts, decades,
//! relative and narrated dates, spans, festivals and Chinese-calendar dates, words that
//! are not dates) and every disagreement with JioNLP that was checked by hand.
//!
//! A row passes when the mention is found with its iso and iso_end (or, for `-`, found
//! unresolved, or not found at all). The test fails on any wrong value, and when fewer
//! than all rows pass.

use baokan_extract::{Context, Date, extract_with};

const CASES: &str = include_str!("../testdata/date_cases.tsv");

fn date(s: &str) -> Option<Date> {
    let mut p = s.split('-').map(|x| x.parse::<u32>().ok());
    Date::new(p.next()?? as i32, p.next()??, p.next()??)
}

fn opt(s: &str) -> Option<&str> {
    (s != "-").then_some(s)
}

#[test]
fn every_case_has_its_hand_written_value() {
    let mut wrong = Vec::new();
    let mut rows = 0;
    for line in CASES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 5, "bad row: {line}");
        rows += 1;
        let (reference, text, mention, iso, iso_end) =
            (date(f[0]), f[1], f[2], opt(f[3]), opt(f[4]));
        let mut cx = Context::new(reference);
        let mut found = Vec::new();
        for paragraph in text.split(" | ") {
            for d in extract_with(paragraph, &mut cx).dates {
                found.push((d.span.of(paragraph).to_string(), d));
            }
        }
        match opt(mention) {
            None => {
                if !found.is_empty() {
                    wrong.push(format!(
                        "{text}: want no date, got {:?}",
                        found.iter().map(|x| &x.0).collect::<Vec<_>>()
                    ));
                }
            }
            Some(m) => match found.iter().find(|x| x.0 == m) {
                None => wrong.push(format!(
                    "{text}: want {m}, got {:?}",
                    found.iter().map(|x| (&x.0, &x.1.iso)).collect::<Vec<_>>()
                )),
                Some((_, d)) => {
                    let got = (d.iso.as_deref(), d.iso_end.as_deref());
                    if got != (iso, iso_end) {
                        wrong.push(format!(
                            "{text}: {m} want {iso:?}..{iso_end:?}, got {got:?}"
                        ));
                    }
                    if d.iso.is_none() != (d.resolved_by == baokan_extract::ResolvedBy::Unresolved)
                    {
                        wrong.push(format!(
                            "{text}: {m} label {:?} with iso {:?}",
                            d.resolved_by, d.iso
                        ));
                    }
                }
            },
        }
    }
    assert!(rows >= 70, "{rows} rows");
    assert!(
        wrong.is_empty(),
        "{} of {rows} rows wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
