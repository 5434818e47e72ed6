//! How fast `extract` runs: every non-blank line of the seed page, 200 times over, in
//! release mode. A timing harness, not a test:
//!
//! ```sh
//! cargo run --release -p baokan-extract --example extract_speed          # 200 rounds
//! cargo run --release -p baokan-extract --example extract_speed -- 50    # 50 rounds
//! ```
#![forbid(unsafe_code)]

use std::hint::black_box;
use std::time::Instant;

use baokan_extract::{Date, extract};

const SEED: &str = include_str!("../../baokan/data/000_bb83d75fffceb494.txt");

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let lines: Vec<&str> = SEED
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let bytes: usize = lines.iter().map(|l| l.len()).sum();
    let reference = Date::new(2022, 10, 9);
    // One warm-up round: the gazetteer and the word tables are built on first use.
    let mut found = 0usize;
    for l in &lines {
        found += extract(l, reference).entities.len();
    }
    let start = Instant::now();
    for _ in 0..rounds {
        for l in &lines {
            black_box(extract(black_box(l), reference));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} lines, {bytes} bytes, {found} entities; {rounds} rounds in {secs:.3} s: \
         {:.2} ms a round, {:.2} MB/s",
        lines.len(),
        secs * 1e3 / rounds as f64,
        mb / secs
    );
}
