//! Shared by the gold-standard tests: the seed page as paragraphs (page breaks
//! rejoined, as the compiler does) and the hand annotation in `testdata/seed_gold.toml`.
#![allow(dead_code, unreachable_pub, clippy::type_complexity)]

use baokan_extract::{Date, Span};

/// The seed page.
pub const SEED: &str = include_str!("../../../baokan/data/000_bb83d75fffceb494.txt");

/// The date the seed page's articles are resolved against.
pub fn reference() -> Option<Date> {
    Date::new(2022, 10, 9)
}

/// A paragraph of the seed page: its text, and where each piece starts (byte offset in
/// `text`, 1-based source line).
pub struct Para {
    pub text: String,
    pub pieces: Vec<(usize, u32)>,
}

impl Para {
    /// The source line of the byte at `at`.
    pub fn line_of(&self, at: usize) -> u32 {
        self.pieces
            .iter()
            .rev()
            .find(|(off, _)| *off <= at)
            .map_or(0, |p| p.1)
    }

    /// The source line where a span starts.
    pub fn line(&self, span: Span) -> u32 {
        self.line_of(span.start)
    }
}

fn closes(s: &str) -> bool {
    s.chars()
        .next_back()
        .is_some_and(|c| "。！？!?…；;：:”’」』）)".contains(c))
}

/// The non-blank lines, with the six page breaks of the seed page rejoined: a long line
/// that does not close is continued by the next one. Headings and titles come out as
/// paragraphs of their own, which is fine for mention tests.
pub fn paragraphs() -> Vec<Para> {
    let mut out: Vec<Para> = Vec::new();
    let mut open = false;
    for (i, line) in SEED.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let n = i as u32 + 1;
        if open {
            let last = out.last_mut().expect("an open paragraph exists");
            last.pieces.push((last.text.len(), n));
            last.text.push_str(t);
        } else {
            out.push(Para {
                text: t.to_string(),
                pieces: vec![(0, n)],
            });
        }
        let len = out.last().map_or(0, |p| p.text.chars().count());
        open = !closes(t) && len > 18 && (t.contains(',') || t.contains('、') || len > 40);
    }
    out
}

/// The gold standard, parsed.
pub fn gold() -> toml::Table {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testdata/seed_gold.toml"
    ))
    .expect("testdata/seed_gold.toml exists");
    text.parse().expect("the gold file is valid TOML")
}

/// Rows of one gold table.
pub fn rows<'g>(gold: &'g toml::Table, table: &str) -> Vec<&'g toml::Table> {
    gold.get(table)
        .and_then(|v| v.as_array())
        .map_or(Vec::new(), |a| {
            a.iter().filter_map(|r| r.as_table()).collect()
        })
}

/// Precision and recall of predicted `(line, text)` keys against gold keys. Returns
/// (precision, recall, false positives, false negatives).
pub fn score(
    predicted: &[(u32, String)],
    gold: &[(u32, String)],
) -> (f64, f64, Vec<(u32, String)>, Vec<(u32, String)>) {
    let mut unmatched_gold: Vec<(u32, String)> = gold.to_vec();
    let mut fp = Vec::new();
    for p in predicted {
        if let Some(i) = unmatched_gold.iter().position(|g| g == p) {
            unmatched_gold.remove(i);
        } else {
            fp.push(p.clone());
        }
    }
    let tp = predicted.len() - fp.len();
    let precision = if predicted.is_empty() {
        1.0
    } else {
        tp as f64 / predicted.len() as f64
    };
    let recall = if gold.is_empty() {
        1.0
    } else {
        tp as f64 / gold.len() as f64
    };
    (precision, recall, fp, unmatched_gold)
}
