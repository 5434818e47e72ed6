//! How fast `extract` runs on a folder of article files (the February month), on one
//! thread, in release mode: every line of every file, one context per file, the way
//! the compiler reads an article. A timing harness, not a test:
//!
//! ```sh
//! cargo run --release -p baokan-extract --example month_speed -- ../shared/corpus/rmrb-2019-02
//! ```
#![forbid(unsafe_code)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use baokan_extract::{Context, Date, extract_with};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// The date a file name starts with (20190213-04-05.txt), if any.
fn date_of(p: &Path) -> Option<Date> {
    let name = p.file_name()?.to_str()?;
    let d: u32 = name.get(..8)?.parse().ok()?;
    Date::from_yyyymmdd(d)
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: month_speed DIR");
        std::process::exit(2);
    };
    let mut paths = Vec::new();
    files(Path::new(&dir), &mut paths);
    paths.sort();
    let texts: Vec<(Option<Date>, String)> = paths
        .iter()
        .filter_map(|p| Some((date_of(p), std::fs::read_to_string(p).ok()?)))
        .collect();
    let bytes: usize = texts.iter().map(|t| t.1.len()).sum();
    let mut best = f64::MAX;
    let mut dates = 0;
    for _ in 0..3 {
        let start = Instant::now();
        dates = 0;
        for (date, text) in &texts {
            let mut cx = Context::new(*date);
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                dates += black_box(extract_with(black_box(line), &mut cx))
                    .dates
                    .len();
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {:.1} MB, {dates} dates: {:.2} s, {:.1} MB/s (best of 3, one thread)",
        texts.len(),
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best
    );
}
