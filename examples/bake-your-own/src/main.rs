//! Baking your own corpus: a folder of pages compiled into a pack at build time and
//! embedded in the binary, read with the same API as baokan's own embedded page.
//!
//! `build.rs` calls `baokan_compile::bake("pages", "pages.pack")`, which compiles
//! `pages/*.txt` (with the dates that `pages/manifest.toml` declares) into
//! `$OUT_DIR/pages.pack`. This program embeds that file with `include_bytes!` and lists
//! each article's date and title:
//!
//! ```text
//! $ cargo run -q -p baokan-example-bake
//! 2023-03-15  春耕备耕有序推进 田间地头一派繁忙
//! 2023-03-15  社区食堂开进老小区 居民吃饭不再犯愁
//! 2023-03-16  城际铁路新线开通运营 两地通勤缩短至半小时
//! 2023-03-16  全民义务植树活动陆续展开
//! ```
#![forbid(unsafe_code)]

/// The pack `build.rs` compiled from `pages/`. A `static`, not a `const`, so the bytes
/// are in the binary once.
static PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pages.pack"));

fn main() -> Result<(), baokan::Error> {
    // The pack was validated when it was baked; opening it checks it again (once, in
    // time linear in its size) and copies nothing.
    let corpus = baokan::Corpus::from_bytes(PACK)?;
    for article in corpus.articles() {
        let date = article
            .date()
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        println!("{date}  {}", article.title().unwrap_or("(untitled)"));
    }
    Ok(())
}
