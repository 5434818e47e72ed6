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
