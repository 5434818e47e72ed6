//! Open a pack file and answer the first count: the whole cost a CLI call or a Python
//! `baokan.open(path)` pays before its answer, at two sizes. Opening reads the header and
//! directory only, so the two should take about the same time.
//!
//! - `small`: the first eleven days of February 2019 of the People's Daily (about 7 MB
//!   of pack, sources included);
//! - `big`: the whole month compiled ten times over (about 331 MB in format 4). Both are compiled
//!   once and kept in `target/bench-packs/` for later runs (the sizes are printed).
//!
//! Each iteration memory-maps the file (`Corpus::open`), counts 乡村振兴 and drops the
//! mapping; `from_bytes+count` does the same on bytes already in memory. The month lives
//! outside the repository (`BAOKAN_FEBRUARY`, by default the shared corpus folder
//! beside the checkout); without it the bench says so and skips.
//!
//! ```sh
//! cargo bench -p baokan-benches --bench open_count
//! ```

use std::hint::black_box;
use std::path::{Path, PathBuf};

use baokan::Corpus;
#[path = "february.rs"]
mod february;
use february::month;

use criterion::{Criterion, criterion_group, criterion_main};

const QUERY: &str = "乡村振兴";

/// The pack of `folders` (linked into one folder, each under a name of its own, so a
/// folder given twice is compiled twice), compiled once and kept under
/// `target/bench-packs/NAME.pack`; compiled again when the kept one does not verify or
/// lacks the newest optional table (one written before it).
fn pack_of(name: &str, folders: &[PathBuf]) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench-packs");
    let path = root.join(format!("{name}.pack"));
    let current = |f: &baokan::CorpusFile| {
        let c = f.corpus();
        c.tables().any(|e| e.name() == "suffix lcps" && e.len > 0) && c.verify().is_ok()
    };
    if Corpus::open(&path).is_ok_and(|f| current(&f)) {
        return path;
    }
    let pages = root.join(name);
    let _ = std::fs::remove_dir_all(&pages);
    std::fs::create_dir_all(&pages).expect("a folder for the pages");
    for (k, folder) in folders.iter().enumerate() {
        let folder = folder.canonicalize().expect("the folder's path");
        link(&folder, &pages.join(format!("copy{k}")));
    }
    eprintln!(
        "open_count: compiling {} folders into {}",
        folders.len(),
        path.display()
    );
    let opts = baokan_compile::Options::default();
    let compiled = baokan_compile::compile_paths(std::slice::from_ref(&pages), &opts, &|_| {})
        .expect("the month compiles");
    std::fs::write(&path, &compiled.pack).expect("the pack is written");
    let _ = std::fs::remove_dir_all(&pages);
    path
}

#[cfg(unix)]
fn link(from: &Path, to: &Path) {
    std::os::unix::fs::symlink(from, to).expect("a symlink");
}

#[cfg(not(unix))]
fn link(from: &Path, to: &Path) {
    // No symlinks: copy the files.
    std::fs::create_dir_all(to).expect("a folder");
    for e in std::fs::read_dir(from).expect("the month lists").flatten() {
        let p = e.path();
        if p.is_dir() {
            link(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("a copy");
        }
    }
}

fn open_count(cr: &mut Criterion) {
    let Some(month) = month() else {
        eprintln!("open_count: no February month found; set BAOKAN_FEBRUARY");
        return;
    };
    // Eleven days of the month (about 7 MB of pack), and the month ten times over.
    let mut days: Vec<PathBuf> = std::fs::read_dir(&month)
        .expect("the month lists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    days.sort();
    days.truncate(11);
    let packs = [
        ("small", pack_of("february-11-days", &days)),
        ("big", pack_of("february-x10", &vec![month.clone(); 10])),
    ];
    let mut g = cr.benchmark_group("open_count");
    for (name, path) in &packs {
        let bytes = std::fs::read(path).expect("the pack reads");
        let count = Corpus::from_bytes(&bytes)
            .and_then(|c| c.count(QUERY))
            .expect("counts");
        eprintln!(
            "open_count: {name}: {:.1} MB, {QUERY} × {count}",
            bytes.len() as f64 / 1e6
        );
        g.bench_function(format!("open+count/{name}"), |b| {
            b.iter(|| {
                let f = Corpus::open(black_box(path)).expect("opens");
                f.corpus().count(QUERY).expect("counts")
            })
        });
        g.bench_function(format!("from_bytes+count/{name}"), |b| {
            b.iter(|| {
                Corpus::from_bytes(black_box(&bytes))
                    .and_then(|c| c.count(QUERY))
                    .expect("counts")
            })
        });
    }
    g.finish();
}

criterion_group!(benches, open_count);
criterion_main!(benches);
