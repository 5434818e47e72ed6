//! Extraction on a real month: `baokan::extract` (figures, dates, citations, quotes and
//! entities) over every non-empty line of the February 2019 People's Daily (1,789 article
//! files, about 12 MB), on one core, reported as throughput, beside splitting the same
//! lines: the floor every extractor pays. The floor the extractor must keep is 5 MB/s.
//!
//! ```sh
//! cargo bench -p baokan-benches --bench extract
//! ```

use std::hint::black_box;

#[path = "february.rs"]
mod february;
use february::month;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn extract_month(cr: &mut Criterion) {
    let Some(dir) = month() else {
        eprintln!("extract: no February month found; set BAOKAN_FEBRUARY");
        return;
    };
    let files = baokan_compile::page_files(&dir).expect("the month lists");
    let texts: Vec<String> = files
        .iter()
        .filter_map(|(_, p)| std::fs::read_to_string(p).ok())
        .collect();
    let lines: Vec<&str> = texts
        .iter()
        .flat_map(|t| t.lines())
        .filter(|l| !l.trim().is_empty())
        .collect();
    let bytes: usize = lines.iter().map(|l| l.len()).sum();
    let date = baokan::extracted::Date::new(2019, 2, 15);
    // Warm the word lists and the gazetteer (parsed once per process) before timing.
    black_box(baokan::extract("习近平总书记在北京市考察。", date));
    let mut g = cr.benchmark_group("extract_month");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("extract_every_line", |b| {
        b.iter(|| {
            lines
                .iter()
                .map(|l| baokan::extract(black_box(l), date).entities.len())
                .sum::<usize>()
        })
    });
    g.bench_function("split_lines_only", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| t.lines().filter(|l| !l.trim().is_empty()).count())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, extract_month);
criterion_main!(benches);
