//! Where the February 2019 month lives: `BAOKAN_FEBRUARY`, by default the shared corpus
//! folder beside the checkout. Included by the benches that read it.

use std::path::PathBuf;

/// The month's folder, if it is there.
pub(crate) fn month() -> Option<PathBuf> {
    let dir = std::env::var_os("BAOKAN_FEBRUARY")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/rmrb-2019-02")
        });
    dir.is_dir().then_some(dir)
}
