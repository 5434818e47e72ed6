//! The embedded default corpus: one real newspaper page, compiled at build time.

use std::sync::OnceLock;

use include_dir::{Dir, include_dir};

use crate::corpus::Corpus;

/// The pack of the embedded corpus, compiled from the crate's `data/` folder by
/// `build.rs`. A `static`, not a `const`, so the bytes exist once in the binary.
///
/// ```
/// assert_eq!(&baokan::EMBEDDED_PACK[..8], b"BAOKANPK");
/// ```
pub static EMBEDDED_PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default.pack"));

/// The original source files of the embedded corpus, byte for byte, so that raw views
/// can show exactly what a span points into.
static SOURCES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");

static CORPUS: OnceLock<Corpus<'static>> = OnceLock::new();

/// The embedded corpus: a Xinhua survey (建强战斗堡垒 夯实执政之基, 2022-10-09) and the
/// continuation of a Harbin New District economy article, from one newspaper page.
///
/// The compiler verified the pack when `build.rs` wrote it; the first call opens it
/// (header and directory only), and every later call is a copy of a few words. Neither
/// allocates.
///
/// ```
/// let c = baokan::corpus();
/// let titles: Vec<_> = c.articles().filter_map(|a| a.title()).collect();
/// assert_eq!(titles, ["建强战斗堡垒 夯实执政之基", "以高质量项目推动经济高质量发展"]);
/// ```
pub fn corpus() -> Corpus<'static> {
    *CORPUS.get_or_init(|| match Corpus::from_bytes(EMBEDDED_PACK) {
        Ok(c) => Corpus {
            // Built with BAOKAN_DATA_DIR (see build.rs), the pack is another folder's and
            // these seed sources would show the wrong text for it: carry none.
            raw: (!cfg!(baokan_custom_data)).then_some(&SOURCES),
            ..c
        },
        // build.rs compiled and verified these very bytes; reaching this arm means the
        // binary itself is corrupt, which no caller can recover from.
        Err(e) => panic!("the embedded pack is corrupt: {e}"),
    })
}
