//! Compiles the data folder into the pack that the crate embeds.
//!
//! The compiler validates the pack it writes, so the embedded bytes are checked here,
//! at build time, and `baokan::corpus()` never meets a bad pack.
//!
//! `BAOKAN_DATA_DIR` names another folder to embed instead of the seed page, the way
//! ICU4X's `ICU4X_DATA_DIR` does: `BAOKAN_DATA_DIR=/archive/pages cargo build`.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=BAOKAN_DATA_DIR");
    println!("cargo::rustc-check-cfg=cfg(baokan_custom_data)");
    let data = match std::env::var_os("BAOKAN_DATA_DIR") {
        Some(dir) => {
            // The raw sources embedded by include_dir are the seed page's: a custom
            // corpus gets none rather than wrong ones.
            println!("cargo:rustc-cfg=baokan_custom_data");
            PathBuf::from(dir)
        }
        None => PathBuf::from(
            std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
        )
        .join("data"),
    };
    if let Err(e) = baokan_compile::bake(&data, "default.pack") {
        panic!(
            "the embedded corpus in {} does not compile: {e}",
            data.display()
        );
    }
}
