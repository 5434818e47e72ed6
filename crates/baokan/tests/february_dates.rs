//! An audit of the date labels on the whole February 2019 month: every `resolved_by`
//! says truthfully how the value was found.
//!
//! - `unresolved` exactly when there is no value;
//! - `explicit` only when the text writes the year in full (2018年, 二〇一八年, 20世纪,
//!   20190307), so nothing came from the article;
//! - `article_date` and `narrated_year` only with a value, and only when the text does
//!   not write the year in full;
//! - no date mention inside an article's opening dateline (its date is the article's).
//!
//! `cargo test -p baokan --test february_dates -- --nocapture` prints the counts.

mod common;

use std::collections::BTreeMap;

use baokan::ResolvedBy;
use common::month_dir;

/// Whether `text` writes a year in full: four digits in a row (Arabic or Chinese), or a
/// numbered century.
fn full_year(text: &str) -> bool {
    let cs: Vec<char> = text.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || "〇○零一二三四五六七八九".contains(c);
    let numbered_century = cs
        .windows(2)
        .any(|w| (digit(w[0]) || w[0] == '十') && w[1] == '世');
    cs.windows(4).any(|w| w.iter().all(|c| digit(*c))) || numbered_century
}

#[test]
fn every_date_label_says_how_its_value_was_found() {
    let Some(dir) = month_dir() else { return };
    let compiled = baokan_compile::compile_paths(&[dir], &Default::default(), &|_| {})
        .expect("the month compiles");
    let c = baokan::Corpus::from_bytes(&compiled.pack).expect("the pack opens");
    let mut counts: BTreeMap<(&str, bool), usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    for d in c.dates() {
        let by = d.resolved_by();
        *counts.entry((by.as_str(), d.iso().is_some())).or_default() += 1;
        let ok = match by {
            ResolvedBy::Unresolved => d.iso().is_none(),
            ResolvedBy::Explicit => d.iso().is_some() && full_year(d.text()),
            ResolvedBy::ArticleDate | ResolvedBy::NarratedYear => {
                d.iso().is_some() && !full_year(d.text())
            }
        };
        if !ok {
            wrong.push(format!(
                "{} {:?} {:?} at {}",
                d.text(),
                d.iso(),
                by,
                d.source()
            ));
        }
    }
    let mut in_dateline = Vec::new();
    for a in c.articles() {
        let Some(dl) = a.dateline().filter(|dl| !dl.closing) else {
            continue;
        };
        // The paragraph it heads: the first that starts with it (a later story of the
        // article may repeat it, 本报北京2月10日电, as its own dateline).
        let Some(head) = a.paragraphs().find(|p| p.text().starts_with(dl.text)) else {
            continue;
        };
        let len = dl.text.chars().count();
        for d in c.dates().filter(|d| d.paragraph().id() == head.id()) {
            if d.char_span().start - head.char_span().start < len {
                in_dateline.push(format!("{} at {}", d.text(), d.source()));
            }
        }
    }
    println!("\ndate labels on the February month (label, has a value): {counts:?}");
    assert!(
        wrong.is_empty(),
        "{} untrue labels: {:?}",
        wrong.len(),
        &wrong[..wrong.len().min(20)]
    );
    assert!(in_dateline.is_empty(), "{in_dateline:?}");
    assert!(counts.values().sum::<usize>() > 5000);
}
