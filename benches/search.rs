//! Search on the embedded page: the pack's suffix array against scanning the same
//! repaired paragraph texts with `memchr::memmem`, the obvious alternative.
//!
//! Two groups per query (基层: frequent, 2 chars; 乡村振兴: medium; 经费保障制度: rare, long):
//!
//! - `count/<q>`
//!   - `index`: [`Corpus::count`], two binary searches, no allocation;
//!   - `memmem_paragraphs`: a prebuilt [`Finder`] counting over each paragraph's `&str`;
//!   - `memmem_joined`: the same finder over one `String` of every paragraph joined by `\n`.
//! - `search/<q>`: every hit, in text order, with its paragraph's id touched
//!   - `index`: [`Corpus::search`] (a `Vec<Hit>`), then `hit.paragraph().id()` for each;
//!   - `index_occurrences`: [`Corpus::occurrences`], the same without the `Vec` and the
//!     sort into text order (hits come in index order), for what those cost;
//!   - `memmem_paragraphs`: scan each paragraph, collect `(paragraph, offset)` pairs;
//!   - `memmem_joined`: scan the joined string, map each match to its paragraph by a
//!     linear scan of the paragraph starts (a cursor that only moves forward), collect.
//!
//!   Both memmem variants touch the same paragraph id, through a `Vec<Paragraph>` built
//!   outside the timed loop.
//!
//! Everything the baselines need (texts, the joined string, the finders, the paragraph
//! list) is built before timing starts, so they are measured at their best.
#![forbid(unsafe_code)]

use std::hint::black_box;

use baokan::{Corpus, Paragraph};
use criterion::{Criterion, criterion_group, criterion_main};
use memchr::memmem::Finder;

/// A frequent 2-char query, a medium one and a rare long one.
const QUERIES: [&str; 3] = ["基层", "乡村振兴", "经费保障制度"];

/// What the baselines scan, prepared once.
struct Texts<'a> {
    paragraphs: Vec<Paragraph<'a>>,
    texts: Vec<&'a str>,
    joined: String,
    /// Byte offset in `joined` where each paragraph starts.
    starts: Vec<usize>,
}

impl<'a> Texts<'a> {
    fn new(c: Corpus<'a>) -> Texts<'a> {
        let paragraphs: Vec<Paragraph<'a>> = c.paragraphs().collect();
        let texts: Vec<&'a str> = paragraphs.iter().map(|p| p.text()).collect();
        let mut joined = String::new();
        let mut starts = Vec::with_capacity(texts.len());
        for t in &texts {
            starts.push(joined.len());
            joined.push_str(t);
            joined.push('\n');
        }
        Texts {
            paragraphs,
            texts,
            joined,
            starts,
        }
    }
}

/// Sum of a paragraph id's parts: touches the structure so the work is not elided.
fn touch(p: &Paragraph<'_>) -> u32 {
    p.id().parts().iter().sum()
}

fn count_paragraphs(f: &Finder<'_>, texts: &[&str]) -> usize {
    texts
        .iter()
        .map(|t| f.find_iter(t.as_bytes()).count())
        .sum()
}

fn count_joined(f: &Finder<'_>, joined: &str) -> usize {
    f.find_iter(joined.as_bytes()).count()
}

fn search_index(c: Corpus<'_>, q: &str) -> (usize, u32) {
    let hits = c.search(q).expect("a valid query");
    let ids = hits.iter().map(|h| touch(&h.paragraph())).sum();
    (hits.len(), ids)
}

fn occurrences_index(c: Corpus<'_>, q: &str) -> (usize, u32) {
    c.occurrences(q)
        .expect("a valid query")
        .fold((0, 0), |(n, ids), h| (n + 1, ids + touch(&h.paragraph())))
}

fn search_paragraphs(f: &Finder<'_>, t: &Texts<'_>) -> (usize, u32) {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for (i, text) in t.texts.iter().enumerate() {
        hits.extend(f.find_iter(text.as_bytes()).map(|at| (i, at)));
    }
    let ids = hits.iter().map(|&(i, _)| touch(&t.paragraphs[i])).sum();
    (hits.len(), ids)
}

fn search_joined(f: &Finder<'_>, t: &Texts<'_>) -> (usize, u32) {
    let mut hits: Vec<(usize, usize)> = Vec::new();
    let mut p = 0;
    for at in f.find_iter(t.joined.as_bytes()) {
        while p + 1 < t.starts.len() && t.starts[p + 1] <= at {
            p += 1;
        }
        hits.push((p, at - t.starts[p]));
    }
    let ids = hits.iter().map(|&(i, _)| touch(&t.paragraphs[i])).sum();
    (hits.len(), ids)
}

fn bench_search(cr: &mut Criterion) {
    let c = baokan::corpus();
    let t = Texts::new(c);
    for q in QUERIES {
        let f = Finder::new(q);
        // Every variant must find the same occurrences (none of the queries can overlap
        // itself, and the page has no full-width forms of them, so folding changes nothing).
        let n = c.count(q).expect("a valid query");
        assert!(n > 0, "{q} occurs on the page");
        assert_eq!(count_paragraphs(&f, &t.texts), n, "{q}");
        assert_eq!(count_joined(&f, &t.joined), n, "{q}");
        let expected = search_index(c, q);
        assert_eq!(expected.0, n, "{q}");
        assert_eq!(occurrences_index(c, q), expected, "{q}");
        assert_eq!(search_paragraphs(&f, &t), expected, "{q}");
        assert_eq!(search_joined(&f, &t), expected, "{q}");

        let mut g = cr.benchmark_group(format!("count/{q}"));
        g.bench_function("index", |b| b.iter(|| c.count(black_box(q))));
        g.bench_function("memmem_paragraphs", |b| {
            b.iter(|| count_paragraphs(&f, black_box(&t.texts)))
        });
        g.bench_function("memmem_joined", |b| {
            b.iter(|| count_joined(&f, black_box(&t.joined)))
        });
        g.finish();

        let mut g = cr.benchmark_group(format!("search/{q}"));
        g.bench_function("index", |b| b.iter(|| search_index(c, black_box(q))));
        g.bench_function("index_occurrences", |b| {
            b.iter(|| occurrences_index(c, black_box(q)))
        });
        g.bench_function("memmem_paragraphs", |b| {
            b.iter(|| search_paragraphs(&f, black_box(&t)))
        });
        g.bench_function("memmem_joined", |b| {
            b.iter(|| search_joined(&f, black_box(&t)))
        });
        g.finish();
    }
}

criterion_group!(benches, bench_search);
criterion_main!(benches);
