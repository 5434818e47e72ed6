//! The baokan compiler: Chinese newspaper pages to a validated [pack](baokan_pack).
//!
//! The pipeline runs one way: decode → non-blank lines → page-break repair → articles,
//! sections and paragraphs → sentences → pack. Every piece of text keeps the file, line
//! and column it came from.
//!
//! ```
//! use baokan_compile::{compile_text, pack, FileMeta};
//!
//! let page = "标题一行\n\n——副标题\n\n新华社记者\n\n第一段,没有写完\n\n的句子。\n\n(新华社北京10月9日电)\n";
//! let doc = compile_text("page.txt", page, &FileMeta::default())?;
//! let a = &doc.articles[0];
//! assert_eq!(a.title.as_ref().unwrap().text, "标题一行");
//! assert_eq!(a.subtitle.as_ref().unwrap().text, "副标题");
//! assert_eq!(a.sections[0].paragraphs[0].text(), "第一段,没有写完的句子。");
//! assert_eq!(a.sections[0].paragraphs[0].pieces[1].at.line, 9);
//!
//! let bytes = pack(&[doc])?;
//! assert!(baokan_pack::Pack::parse_verified(&bytes).is_ok());
//! # Ok::<(), baokan_compile::CompileError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod classify;
mod credits;
mod decode;
mod duplicates;
mod emit;
mod error;
mod frontmatter;
mod index;
mod inputs;
mod jsonl;
mod layout;
mod lcps;
mod lines;
mod manifest;
mod mentions;
pub mod model;
mod pathdate;
mod repair;
mod run;
mod sentences;
mod structure;

use std::path::Path;

pub use baokan_pack::{BadDate, Date};
pub use decode::encoding_for_label;
pub use emit::pack;
pub use error::CompileError;
pub use manifest::{MANIFEST_NAME, Manifest};
pub use model::{Document, FileMeta, Layout, Warning};
pub use run::{
    Compiled, Options, Shard, ShardBy, ShardPlan, UNDATED, Written, compile_paths, compile_to_file,
};
pub use sentences::split_sentences;

/// The longest line a page may have, in bytes. A longer one is almost always a file
/// that is not a news page (a minified export, a binary blob), and would make every
/// later stage slow.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Compiles one page of text into the document model, deciding its layout from the
/// evidence in its lines.
///
/// A TOML front-matter block between `+++` lines, if the page opens with one, declares
/// facts for the page (see [`FileMeta`]); they override `meta`. Fails with
/// [`CompileError::Empty`] for a file with no text, [`CompileError::LineTooLong`] for a
/// line over [`MAX_LINE_BYTES`] and [`CompileError::NoArticle`] when nothing forms an
/// article.
pub fn compile_text(name: &str, text: &str, meta: &FileMeta) -> Result<Document, CompileError> {
    compile_text_as(name, text, meta, None)
}

/// Compiles one page in a given layout, or in the layout its evidence shows when
/// `layout` is `None` (see [`compile_text`]).
///
/// The date of the page is, in this order: its front matter's, its manifest entry's
/// (`meta.date`), the date its path names (`YYYYMMDD`, `YYYY-MM-DD`, `YYYY/MM/DD`), and
/// the manifest's folder default (`meta.fallback_date`). A path date that is no calendar
/// date is ignored with a warning.
///
/// ```
/// use baokan_compile::{compile_text_as, FileMeta, Layout};
/// let text = "\r\n广告\r\n\r\n";
/// let doc = compile_text_as("20190201/20190201-08-01.txt", text, &FileMeta::default(), None)?;
/// assert_eq!(doc.layout, Layout::ArticleFile);
/// assert_eq!(doc.meta.date.unwrap().to_string(), "2019-02-01");
/// # Ok::<(), baokan_compile::CompileError>(())
/// ```
pub fn compile_text_as(
    name: &str,
    text: &str,
    meta: &FileMeta,
    layout: Option<Layout>,
) -> Result<Document, CompileError> {
    let mut doc = compile_without_source(name, text, meta, layout)?;
    doc.source_text = Some(text.to_string());
    Ok(doc)
}

/// [`compile_text_as`], leaving the source text for the caller to move in.
pub(crate) fn compile_without_source(
    name: &str,
    text: &str,
    meta: &FileMeta,
    layout: Option<Layout>,
) -> Result<Document, CompileError> {
    lines::check_line_lengths(name, text, MAX_LINE_BYTES)?;
    let front = frontmatter::split(name, text, meta)?;
    let (body_start, mut meta) = match &front {
        Some(f) => (f.body_start, f.meta.clone()),
        None => (0, meta.clone()),
    };
    let mut warnings = Vec::new();
    let all = lines::raw_lines(text);
    let line_count = if text.is_empty() { 1 } else { all.len() as u32 };
    let body: Vec<lines::RawLine<'_>> = all.into_iter().filter(|l| l.byte >= body_start).collect();
    if body.iter().all(lines::RawLine::is_blank) {
        return Err(CompileError::Empty {
            file: name.to_string(),
        });
    }
    // Text with no letter or ideograph at all (rules, page numbers, OCR debris) holds
    // no article, whatever shape its lines have.
    let has_words = body.iter().any(|l| l.text.chars().any(char::is_alphabetic));
    let decision = layout::detect(&body);
    let chosen = layout.unwrap_or(decision.layout);
    let reason = match layout {
        Some(l) => format!("{} (as asked); evidence: {}", l.as_str(), decision.reason),
        None => decision.reason.clone(),
    };
    if layout.is_none() && !decision.certain {
        warnings.push(Warning {
            file: name.to_string(),
            line: 0,
            message: format!("layout undecided, read as a page ({})", decision.reason),
        });
    }
    let mut articles = layout::articles(chosen, &body);
    if articles.is_empty() || !has_words {
        return Err(CompileError::NoArticle {
            file: name.to_string(),
            line: line_count,
        });
    }
    if let (Some(first), Some(title)) = (articles.first_mut(), front.and_then(|f| f.title))
        && first.title.is_none()
    {
        first.title = Some(title);
    }
    let date_basis = if meta.date.is_some() {
        model::FileDateBasis::Declared
    } else {
        match pathdate::from_path(name) {
            pathdate::PathDate::Found(d) => {
                meta.date = Some(d);
                model::FileDateBasis::Path
            }
            found => {
                if let pathdate::PathDate::Bad(bad) = found {
                    warnings.push(Warning {
                        file: name.to_string(),
                        line: 0,
                        message: format!("{bad:?} in the path is no calendar date; ignored"),
                    });
                }
                meta.date = meta.fallback_date;
                if meta.date.is_some() {
                    model::FileDateBasis::Declared
                } else {
                    model::FileDateBasis::None
                }
            }
        }
    };
    Ok(Document {
        name: name.to_string(),
        meta,
        date_basis,
        lines: line_count,
        articles,
        layout: chosen,
        layout_reason: reason,
        source_text: None,
        warnings,
    })
}

/// Decodes and compiles one page given as bytes, detecting its encoding (see
/// [`Options::encoding`] to force one).
pub fn compile_bytes(name: &str, bytes: &[u8], meta: &FileMeta) -> Result<Document, CompileError> {
    compile_text(name, &decode::decode(name, bytes, None)?.0, meta)
}

/// The page files of a folder: every `*.txt` and `*.jsonl` below it, in sorted path order, named by
/// their path relative to the folder with `/` separators.
pub fn page_files(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>, CompileError> {
    let mut out = Vec::new();
    walk(dir, dir, &mut |name, path| out.push((name, path)))?;
    out.sort();
    Ok(out)
}

/// Calls `found(name, path)` for every page file below `dir`, in no particular order,
/// with its name relative to `root`.
fn walk(
    root: &Path,
    dir: &Path,
    found: &mut dyn FnMut(String, std::path::PathBuf),
) -> Result<(), CompileError> {
    let io = |source| CompileError::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk(root, &path, found)?;
        } else if path.extension().is_some_and(|e| e == "txt" || e == "jsonl") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            found(name, path);
        }
    }
    Ok(())
}

/// Compiles a folder of pages (and its `manifest.toml`, if any) into pack bytes, with
/// default [`Options`].
///
/// ```no_run
/// let bytes = baokan_compile::compile_dir(std::path::Path::new("pages"))?;
/// std::fs::write("pages.pack", bytes).unwrap();
/// # Ok::<(), baokan_compile::CompileError>(())
/// ```
pub fn compile_dir(dir: &Path) -> Result<Vec<u8>, CompileError> {
    Ok(compile_paths(&[dir.to_path_buf()], &Options::default(), &|_| {})?.pack)
}

/// Bakes a folder of pages into a pack in Cargo's `OUT_DIR`, for a downstream crate's
/// `build.rs`, and tells Cargo to rebuild when the folder changes. Returns the pack's
/// path, ready for `include_bytes!`.
///
/// ```no_run
/// // in build.rs:
/// baokan_compile::bake("pages", "pages.pack").expect("the pages compile");
/// // in src/main.rs:
/// // static PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pages.pack"));
/// // let corpus = baokan::Corpus::from_bytes(PACK)?;
/// ```
pub fn bake(dir: impl AsRef<Path>, pack_name: &str) -> Result<std::path::PathBuf, CompileError> {
    let dir = dir.as_ref();
    println!("cargo:rerun-if-changed={}", dir.display());
    for (_, path) in page_files(dir)? {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    println!(
        "cargo:rerun-if-changed={}",
        dir.join(MANIFEST_NAME).display()
    );
    let out_dir = std::env::var_os("OUT_DIR")
        .map(std::path::PathBuf::from)
        .ok_or_else(|| CompileError::Io {
            path: dir.to_path_buf(),
            source: std::io::Error::other("OUT_DIR is not set: bake() is for build scripts"),
        })?;
    let out = out_dir.join(pack_name);
    // A baked corpus carries its sources byte for byte in the binary instead (the
    // `baokan` crate embeds its data folder with include_dir), so the pack leaves them out.
    let opts = Options {
        no_source: true,
        ..Options::default()
    };
    let pack = compile_paths(&[dir.to_path_buf()], &opts, &|_| {})?.pack;
    std::fs::write(&out, pack).map_err(|source| CompileError::Io {
        path: out.clone(),
        source,
    })?;
    Ok(out)
}
