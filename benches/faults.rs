//! Page faults and time of a first count, with and without the pack's suffix LCPs: what
//! `open_count` pays for, page by page.
//!
//! For each pack given, writes two copies beside it (`ab/NAME.lcps.pack`, the same
//! bytes, and `ab/NAME.nolcps.pack`, the same bytes with the `suffix lcps` directory
//! entry's tag made unknown, so that readers do without the table, as in a pack written
//! before it), both with one `std::fs::write`, so that their pages are cached alike.
//! With `BAOKAN_FAULTS_EVICT=1` each copy is then dropped from the page cache
//! (`dd oflag=nocache`) and read back with `read`, as a pack read from disk would be.
//! Then, for each copy and query: open (memory-mapped, as `open_count` does) and count,
//! 20 times, reading the process's minor faults (`/proc/self/stat`) around each and,
//! the first time, which pages of the mapping are present (`/proc/self/pagemap`:
//! faulted in, or mapped with a fault by the kernel's fault-around or a large folio);
//! then the median time of open + count over rounds that alternate the copies, and the
//! ratio of each pack's median to the first pack's. Linux only.
//!
//! A binary, not a criterion bench:
//!
//! ```sh
//! cargo run --release -p baokan-benches --bin faults -- target/bench-packs/february-11-days.pack target/bench-packs/february-x10.pack
//! BAOKAN_FAULTS_QUERIES=乡村振兴,基层 BAOKAN_FAULTS_EVICT=1 cargo run --release -p baokan-benches --bin faults -- a.pack b.pack
//! ```
#![forbid(unsafe_code)]

use std::hint::black_box;
use std::io::{Read as _, Seek as _, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use baokan::Corpus;

/// The bench's query first, then a frequent 2-char one, a 3-char one, a rare long one.
const QUERIES: [&str; 5] = ["乡村振兴", "基层", "习近平", "经费保障制度", "高质量发展"];
const PAGE: usize = 4096;
const FAULT_RUNS: usize = 20;
/// Rounds of timing, each `BATCH` open + counts of every copy in turn.
const ROUNDS: usize = 30;
const BATCH: usize = 100;
/// The `suffix lcps` table's directory tag, and the unknown one that hides it.
const LCPS_TAG: u32 = 23;
const HIDDEN_TAG: u32 = 999;

fn main() {
    let packs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let queries: Vec<String> = std::env::var("BAOKAN_FAULTS_QUERIES").map_or_else(
        |_| QUERIES.iter().map(|q| q.to_string()).collect(),
        |q| q.split(',').map(str::to_string).collect(),
    );
    let evict = std::env::var("BAOKAN_FAULTS_EVICT").is_ok_and(|v| v == "1");
    let mut copies: Vec<(String, PathBuf)> = Vec::new();
    for pack in &packs {
        let bytes = std::fs::read(pack).expect("the pack reads");
        let dir = pack.parent().unwrap_or(Path::new(".")).join("ab");
        std::fs::create_dir_all(&dir).expect("a folder for the copies");
        let stem = pack
            .file_stem()
            .map_or("pack".into(), |s| s.to_string_lossy().into_owned());
        for (variant, b) in [("lcps", bytes.clone()), ("nolcps", hide_lcps(bytes))] {
            let path = dir.join(format!("{stem}.{variant}.pack"));
            std::fs::write(&path, &b).expect("the copy is written");
            drop(b);
            if evict {
                evict_and_read(&path);
            }
            copies.push((format!("{stem} {variant}"), path));
        }
    }
    println!(
        "page cache: {}",
        if evict {
            "evicted, then read back"
        } else {
            "as written"
        }
    );
    println!();
    println!(
        "| copy | query | count | minor faults (min–max of {FAULT_RUNS}) | pages present, by table |"
    );
    println!("|---|---|---|---|---|");
    for (name, path) in &copies {
        for q in &queries {
            let (lo, hi, pages, count) = faults(path, q);
            println!("| {name} | {q} | {count} | {lo}–{hi} | {pages} |");
        }
    }
    println!();
    println!(
        "| copy | open + count {} (median of {ROUNDS} rounds × {BATCH}) | / first pack's |",
        queries[0]
    );
    println!("|---|---|---|");
    let medians = times(&copies, &queries[0]);
    let variants = copies.len() / packs.len().max(1);
    for (k, ((name, _), m)) in copies.iter().zip(&medians).enumerate() {
        let first = medians[k % variants];
        println!(
            "| {name} | {:.1} µs | {:.2}× |",
            m.as_secs_f64() * 1e6,
            m.as_secs_f64() / first.as_secs_f64()
        );
    }
}

/// The pack with its `suffix lcps` directory entry's tag made unknown and the header's
/// checksum fixed: the same bytes, read as a pack without the table.
fn hide_lcps(mut b: Vec<u8>) -> Vec<u8> {
    let word = |b: &[u8], at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
    let count = word(&b, 12) as usize;
    let dir_end = 32 + 16 * count;
    for i in 0..count {
        let at = 32 + 16 * i;
        if word(&b, at) == LCPS_TAG {
            b[at..at + 4].copy_from_slice(&HIDDEN_TAG.to_le_bytes());
        }
    }
    let mut h = crc32fast::Hasher::new();
    h.update(&b[8..20]);
    h.update(&b[24..dir_end]);
    let crc = h.finalize();
    b[20..24].copy_from_slice(&crc.to_le_bytes());
    b
}

/// Drops `path` from the page cache, then reads it back whole.
fn evict_and_read(path: &Path) {
    let of = format!("of={}", path.display());
    let status = std::process::Command::new("dd")
        .args([
            of.as_str(),
            "oflag=nocache",
            "conv=notrunc,fdatasync",
            "count=0",
        ])
        .stderr(std::process::Stdio::null())
        .status()
        .expect("dd runs");
    assert!(status.success(), "dd failed");
    let mut f = std::fs::File::open(path).expect("the copy opens");
    let mut buf = vec![0u8; 1 << 20];
    while f.read(&mut buf).expect("the copy reads") > 0 {}
}

/// Minor faults of open + count (least and most of [`FAULT_RUNS`]), the pages present
/// after the first, and the count.
fn faults(path: &Path, q: &str) -> (u64, u64, String, usize) {
    let mut seen = Vec::new();
    let mut pages = String::new();
    let mut count = 0;
    for run in 0..FAULT_RUNS {
        let before = minor_faults();
        let f = Corpus::open(path).expect("the pack opens");
        count = f.corpus().count(q).expect("counts");
        seen.push(minor_faults() - before);
        if run == 0 {
            pages = present_by_table(path, &f.corpus());
        }
    }
    let lo = seen.iter().copied().min().unwrap_or(0);
    let hi = seen.iter().copied().max().unwrap_or(0);
    (lo, hi, pages, count)
}

/// The median time of open + count of `q` for each copy, over rounds that run a batch
/// of each copy in turn (so that the machine's load falls on all alike).
fn times(copies: &[(String, PathBuf)], q: &str) -> Vec<Duration> {
    let mut all: Vec<Vec<Duration>> = vec![Vec::new(); copies.len()];
    for _ in 0..ROUNDS {
        for (k, (_, path)) in copies.iter().enumerate() {
            let start = Instant::now();
            for _ in 0..BATCH {
                let f = Corpus::open(black_box(path)).expect("opens");
                black_box(f.corpus().count(q).expect("counts"));
            }
            all[k].push(start.elapsed() / BATCH as u32);
        }
    }
    all.into_iter()
        .map(|mut t| {
            t.sort();
            t[t.len() / 2]
        })
        .collect()
}

/// The process's minor faults so far (field 10 of `/proc/self/stat`).
fn minor_faults() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, s)| s);
    after
        .split_whitespace()
        .nth(7)
        .and_then(|f| f.parse().ok())
        .unwrap_or(0)
}

/// The pages of `path`'s mapping that are present, counted by the table they hold:
/// `12: text 3, suffix keys 1, …` (a page shared by two tables counts for both names).
fn present_by_table(path: &Path, corpus: &Corpus<'_>) -> String {
    let Some(start) = mapping_of(path) else {
        return "no mapping found".into();
    };
    let len = std::fs::metadata(path).map_or(0, |m| m.len() as usize);
    let mut map = std::fs::File::open("/proc/self/pagemap").expect("pagemap");
    map.seek(SeekFrom::Start((start / PAGE * 8) as u64))
        .expect("seek");
    let mut buf = vec![0u8; len.div_ceil(PAGE) * 8];
    map.read_exact(&mut buf).expect("pagemap reads");
    let tables: Vec<(String, usize, usize)> = corpus
        .tables()
        .map(|e| {
            let (s, l) = (e.offset as usize, e.len as usize);
            (e.name().to_string(), s, s + l)
        })
        .collect();
    let mut by: Vec<(String, usize)> = Vec::new();
    let present = buf
        .chunks_exact(8)
        .enumerate()
        .filter(|(_, e)| e[7] & 0x80 != 0);
    for (p, _) in present {
        let at = p * PAGE;
        let names: Vec<&str> = tables
            .iter()
            .filter(|(_, s, e)| *s < at + PAGE && *e > at)
            .map(|(n, _, _)| n.as_str())
            .collect();
        let name = if names.is_empty() {
            "header".into()
        } else {
            names.join("+")
        };
        match by.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => by.push((name, 1)),
        }
    }
    let total: usize = by.iter().map(|(_, c)| c).sum();
    let parts: Vec<String> = by.iter().map(|(n, c)| format!("{n} {c}")).collect();
    format!("{total}: {}", parts.join(", "))
}

/// Where `path` is mapped in this process (`/proc/self/maps`).
fn mapping_of(path: &Path) -> Option<usize> {
    let canon = std::fs::canonicalize(path).ok()?;
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    maps.lines()
        .find(|l| l.ends_with(&*canon.to_string_lossy()))
        .and_then(|l| l.split('-').next())
        .and_then(|a| usize::from_str_radix(a, 16).ok())
}
