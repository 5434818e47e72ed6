//! Compiles the pages in `pages/` into `$OUT_DIR/pages.pack` at build time.
//!
//! `bake` validates the pack it writes, so a page that does not compile fails the build
//! with its file, line and cause, and the binary never meets a bad pack. It also tells
//! Cargo to rebuild when a page or `manifest.toml` changes.
#![forbid(unsafe_code)]

fn main() {
    if let Err(e) = baokan_compile::bake("pages", "pages.pack") {
        panic!("the pages in pages/ do not compile: {e}");
    }
}
