//! Compiles the data folder into the pack that the crate embeds.
//!
//! The compiler validates the pack it writes, so the embedded bytes are checked here,
//! at build time, and `baokan::corpus()` never meets a bad pack.

use std::path::PathBuf;

fn main() {
    let data = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    )
    .join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    for entry in std::fs::read_dir(&data).expect("the data folder is readable") {
        println!(
            "cargo:rerun-if-changed={}",
            entry.expect("a data folder entry").path().display()
        );
    }
    let pack = match baokan_compile::compile_dir(&data) {
        Ok(pack) => pack,
        Err(e) => panic!("the embedded corpus does not compile: {e}"),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("default.pack");
    std::fs::write(&out, pack).expect("OUT_DIR is writable");
}
