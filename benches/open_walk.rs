//! Opening a corpus and walking every sentence: the baked pack against compiling the
//! page at run time, the obvious alternative.
//!
//! - `from_bytes`: open the embedded pack (header and directory), then walk it;
//! - `corpus`: the embedded corpus, opened once per process, then walk it;
//! - `compile`: decode and compile the seed page, write and verify a pack, then walk it.

use std::hint::black_box;

use baokan::Corpus;
use baokan_compile::{FileMeta, compile_text, pack};
use criterion::{Criterion, criterion_group, criterion_main};

const SEED_NAME: &str = "000_bb83d75fffceb494.txt";
const SEED: &str = include_str!("../crates/baokan/data/000_bb83d75fffceb494.txt");

/// Touches every sentence's text, so the walk cannot be optimised away.
fn walk(c: Corpus<'_>) -> usize {
    c.articles()
        .flat_map(|a| a.sentences())
        .map(|s| black_box(s.text()).len())
        .sum()
}

fn open_and_walk(cr: &mut Criterion) {
    let meta = FileMeta {
        date: Some("2022-10-09".parse().expect("a date")),
        ..FileMeta::default()
    };
    // All three must see the same corpus.
    let expected = walk(baokan::corpus());
    let compiled =
        pack(&[compile_text(SEED_NAME, SEED, &meta).expect("seed compiles")]).expect("seed packs");
    assert_eq!(
        walk(Corpus::from_bytes(&compiled).expect("opens")),
        expected
    );

    let mut g = cr.benchmark_group("open_and_walk");
    g.bench_function("from_bytes", |b| {
        b.iter(|| {
            let c = Corpus::from_bytes(black_box(baokan::EMBEDDED_PACK)).expect("valid");
            walk(c)
        })
    });
    g.bench_function("corpus", |b| b.iter(|| walk(black_box(baokan::corpus()))));
    g.bench_function("compile", |b| {
        b.iter(|| {
            let doc = compile_text(SEED_NAME, black_box(SEED), &meta).expect("compiles");
            let bytes = pack(&[doc]).expect("packs");
            walk(Corpus::from_bytes(&bytes).expect("valid"))
        })
    });
    g.finish();
}

criterion_group!(benches, open_and_walk);
criterion_main!(benches);
