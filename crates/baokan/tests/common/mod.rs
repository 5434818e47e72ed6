//! Where the tests find what lives outside the repository: the February 2019 month of
//! the People's Daily and its development gold, in the shared folder beside the checkout.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The February month (`BAOKAN_FEBRUARY`, by default the shared corpus folder beside the
/// checkout). `None`, with a note, when it is missing; under CI a missing month fails.
pub fn month_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("BAOKAN_FEBRUARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpus/rmrb-2019-02"));
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the February month is missing at {}",
        dir.display()
    );
    eprintln!("skipped: no February month at {}", dir.display());
    None
}

/// Reads a gold file (JSON with an `articles` object keyed by file name).
pub fn read_gold(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("gold is JSON")
}

/// Compiles the month's files that a gold file annotates, as a user would (each path
/// names its date), and returns the pack's bytes.
pub fn compile_gold_articles(month: &Path, gold: &serde_json::Value) -> Vec<u8> {
    let articles = gold["articles"].as_object().expect("gold has articles");
    let paths: Vec<PathBuf> = articles
        .keys()
        .map(|f| month.join(&f[..8]).join(f))
        .collect();
    baokan_compile::compile_paths(&paths, &Default::default(), &|_| {})
        .expect("the gold articles compile")
        .pack
}
