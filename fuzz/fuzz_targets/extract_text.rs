//! Arbitrary UTF-8 text through the mention extractor (with a reference date) and
//! `parse_number` on its substrings. Every span must fit the text on char boundaries:
//! the compiler moves spans into the pack, whose reader rejects any that do not.
#![no_main]

use baokan_extract::{Date, extract, parse_number};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for reference in [Date::new(2022, 10, 9), None] {
        let m = extract(text, reference);
        let spans = m
            .figures
            .iter()
            .map(|f| f.span)
            .chain(m.dates.iter().map(|d| d.span))
            .chain(m.citations.iter().map(|c| c.span))
            .chain(m.quotes.iter().map(|q| q.span))
            .chain(m.entities.iter().map(|e| e.span));
        for s in spans {
            assert!(
                s.start <= s.end && text.get(s.start..s.end).is_some(),
                "span {s:?} does not fit the text ({} bytes) on char boundaries",
                text.len()
            );
        }
        let _ = serde_json::to_vec(&m);
    }
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for (k, &i) in bounds.iter().enumerate().take(64) {
        for &j in bounds.iter().skip(k).take(12) {
            let _ = parse_number(&text[i..j]);
        }
    }
});
