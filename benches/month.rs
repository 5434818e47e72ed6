//! Compiling a real month of the People's Daily (February 2019, 1,789 article files,
//! about 12 MB on disk) into a pack, reported as throughput, beside the floor every
//! compiler pays: reading the files and splitting their lines.
//!
//! The month lives outside the repository: `BAOKAN_FEBRUARY` names it, by default the
//! shared corpus folder beside the checkout. Without it the bench says so and skips.
//!
//! ```sh
//! cargo bench -p baokan-benches --bench month
//! ```

use std::hint::black_box;

#[path = "february.rs"]
mod february;
use february::month;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn compile_month(cr: &mut Criterion) {
    let Some(dir) = month() else {
        eprintln!("month: no February month found; set BAOKAN_FEBRUARY");
        return;
    };
    let files = baokan_compile::page_files(&dir).expect("the month lists");
    let bytes: u64 = files
        .iter()
        .map(|(_, p)| std::fs::metadata(p).map_or(0, |m| m.len()))
        .sum();
    let mut g = cr.benchmark_group("compile_month");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes));
    for threads in [1, 2] {
        let opts = baokan_compile::Options {
            threads: Some(threads),
            ..Default::default()
        };
        g.bench_function(format!("compile_paths/{threads}_threads"), |b| {
            b.iter(|| {
                baokan_compile::compile_paths(black_box(std::slice::from_ref(&dir)), &opts, &|_| {})
                    .expect("the month compiles")
                    .pack
                    .len()
            })
        });
    }
    g.bench_function("read_and_split_lines", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|(_, p)| {
                    let text = std::fs::read_to_string(p).expect("UTF-8");
                    text.lines().filter(|l| !l.trim().is_empty()).count()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, compile_month);
criterion_main!(benches);
