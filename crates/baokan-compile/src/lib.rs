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
//! assert!(baokan_pack::Pack::parse(&bytes).is_ok());
//! # Ok::<(), baokan_compile::CompileError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod classify;
mod decode;
mod emit;
mod error;
mod index;
mod lines;
mod manifest;
pub mod model;
mod repair;
mod sentences;
mod structure;

use std::path::Path;

pub use baokan_pack::{BadDate, Date};
pub use emit::pack;
pub use error::CompileError;
pub use manifest::{MANIFEST_NAME, Manifest};
pub use model::{Document, FileMeta};
pub use sentences::split_sentences;

/// Compiles one page of text into the document model.
///
/// Fails with [`CompileError::Empty`] for a file with no text and
/// [`CompileError::NoArticle`] when nothing forms an article.
pub fn compile_text(name: &str, text: &str, meta: &FileMeta) -> Result<Document, CompileError> {
    let (blocks, lines) = lines::blocks(text);
    if blocks.is_empty() {
        return Err(CompileError::Empty {
            file: name.to_string(),
        });
    }
    let articles = structure::articles(repair::join_broken(blocks));
    if articles.is_empty() {
        return Err(CompileError::NoArticle {
            file: name.to_string(),
            line: lines,
        });
    }
    Ok(Document {
        name: name.to_string(),
        meta: meta.clone(),
        lines,
        articles,
    })
}

/// Decodes and compiles one page given as bytes (UTF-8, with or without a BOM).
pub fn compile_bytes(name: &str, bytes: &[u8], meta: &FileMeta) -> Result<Document, CompileError> {
    compile_text(name, &decode::decode(name, bytes)?, meta)
}

/// The page files of a folder: every `*.txt` below it, in sorted path order, named by
/// their path relative to the folder with `/` separators.
pub fn page_files(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>, CompileError> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, std::path::PathBuf)>,
) -> Result<(), CompileError> {
    let io = |source| CompileError::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((name, path));
        }
    }
    Ok(())
}

/// Compiles a folder of pages (and its `manifest.toml`, if any) into pack bytes.
///
/// ```no_run
/// let bytes = baokan_compile::compile_dir(std::path::Path::new("pages"))?;
/// std::fs::write("pages.pack", bytes).unwrap();
/// # Ok::<(), baokan_compile::CompileError>(())
/// ```
pub fn compile_dir(dir: &Path) -> Result<Vec<u8>, CompileError> {
    let manifest_path = dir.join(MANIFEST_NAME);
    let manifest = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => Manifest::parse(MANIFEST_NAME, &text)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Manifest::default(),
        Err(source) => {
            return Err(CompileError::Io {
                path: manifest_path,
                source,
            });
        }
    };
    let mut docs = Vec::new();
    for (name, path) in page_files(dir)? {
        let bytes = std::fs::read(&path).map_err(|source| CompileError::Io {
            path: path.clone(),
            source,
        })?;
        docs.push(compile_bytes(&name, &bytes, &manifest.meta(&name))?);
    }
    pack(&docs)
}
