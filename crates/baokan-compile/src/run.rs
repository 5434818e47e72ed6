//! Compiling files and folders: walking, decoding, compiling in parallel on all cores,
//! and packing in a fixed order so the bytes do not depend on the thread count.

use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use rayon::prelude::*;

use crate::error::CompileError;
use crate::manifest::{MANIFEST_NAME, Manifest};
use crate::model::Document;

/// How to compile.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Decode every file in this encoding instead of detecting it.
    pub encoding: Option<&'static Encoding>,
    /// Compile the files that can be compiled and report the others, instead of
    /// stopping at the first error.
    pub keep_going: bool,
    /// Worker threads; `None` uses every core.
    pub threads: Option<usize>,
    /// Read every file in this layout instead of deciding per file.
    pub layout: Option<crate::Layout>,
    /// Leave the source text out of the pack (it is kept by default, so provenance can
    /// always show the exact source lines).
    pub no_source: bool,
}

/// The result of a compile run.
#[derive(Debug)]
pub struct Compiled {
    /// The pack.
    pub pack: Vec<u8>,
    /// Files read.
    pub files: usize,
    /// Articles compiled.
    pub articles: usize,
    /// Bytes of source read.
    pub source_bytes: u64,
    /// Files that failed (only with [`Options::keep_going`]), in path order.
    pub failures: Vec<CompileError>,
    /// Problems worked around, in path order: an undecided layout, a path date that is
    /// no calendar date.
    pub warnings: Vec<crate::Warning>,
}

/// One input file and the name provenance will use for it.
struct Input {
    name: String,
    path: PathBuf,
    manifest: usize,
}

fn inputs(paths: &[PathBuf], manifests: &mut Vec<Manifest>) -> Result<Vec<Input>, CompileError> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let manifest_path = path.join(MANIFEST_NAME);
            let manifest = match std::fs::read_to_string(&manifest_path) {
                Ok(text) => Manifest::parse(&manifest_path.display().to_string(), &text)?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Manifest::default(),
                Err(source) => {
                    return Err(CompileError::Io {
                        path: manifest_path,
                        source,
                    });
                }
            };
            manifests.push(manifest);
            let files = crate::page_files(path)?;
            if files.is_empty() {
                return Err(CompileError::NoFiles { path: path.clone() });
            }
            out.extend(files.into_iter().map(|(name, path)| Input {
                name,
                path,
                manifest: manifests.len() - 1,
            }));
        } else {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            manifests.push(Manifest::default());
            out.push(Input {
                name,
                path: path.clone(),
                manifest: manifests.len() - 1,
            });
        }
    }
    Ok(out)
}

fn compile_one(
    input: &Input,
    manifest: &Manifest,
    opts: &Options,
) -> Result<(Vec<Document>, u64), CompileError> {
    let bytes = std::fs::read(&input.path).map_err(|source| CompileError::Io {
        path: input.path.clone(),
        source,
    })?;
    let size = bytes.len() as u64;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CompileError::Empty {
            file: input.name.clone(),
        });
    }
    let (text, _) = crate::decode::decode_owned(&input.name, bytes, opts.encoding)?;
    let meta = manifest.meta(&input.name);
    let mut docs = if is_jsonl(&input.path) {
        crate::jsonl::compile(&input.name, &text, &meta)?
    } else {
        let mut doc = crate::compile_without_source(&input.name, &text, &meta, opts.layout)?;
        // The decoded text moves into the document rather than being copied.
        if !opts.no_source {
            doc.source_text = Some(text);
        }
        vec![doc]
    };
    if opts.no_source {
        for d in &mut docs {
            d.source_text = None;
        }
    }
    Ok((docs, size))
}

fn is_jsonl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "jsonl")
}

/// Compiles files and folders (walked recursively, `*.txt` and `*.jsonl`, in sorted
/// path order) into one pack. `progress` is called with each file's name as it is
/// finished, from worker threads.
///
/// Files are compiled in parallel; the pack is assembled in path order, so it is
/// byte-identical whatever the thread count.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("baokan-doc-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("a.txt"), "标题\n\n正文第一段。\n").unwrap();
/// let out = baokan_compile::compile_paths(&[dir.clone()], &Default::default(), &|_| {})?;
/// assert_eq!((out.files, out.articles), (1, 1));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), baokan_compile::CompileError>(())
/// ```
pub fn compile_paths(
    paths: &[PathBuf],
    opts: &Options,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<Compiled, CompileError> {
    let mut manifests = Vec::new();
    let inputs = inputs(paths, &mut manifests)?;
    let work = || -> Vec<Result<(Vec<Document>, u64), CompileError>> {
        inputs
            .par_iter()
            .map(|input| {
                let r = compile_one(input, &manifests[input.manifest], opts);
                progress(&input.name);
                r
            })
            .collect()
    };
    let results = match opts.threads {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .map_err(|e| CompileError::Index(format!("thread pool: {e}")))?
            .install(work),
        None => work(),
    };
    let mut docs = Vec::new();
    let mut failures = Vec::new();
    let mut source_bytes = 0;
    for r in results {
        match r {
            Ok((d, size)) => {
                docs.extend(d);
                source_bytes += size;
            }
            Err(e) if opts.keep_going => failures.push(e),
            Err(e) => return Err(e),
        }
    }
    if docs.is_empty() {
        return Err(failures
            .into_iter()
            .next()
            .unwrap_or(CompileError::NoFiles {
                path: paths.first().cloned().unwrap_or_default(),
            }));
    }
    let articles = docs.iter().map(|d| d.articles.len()).sum();
    let warnings = docs
        .iter()
        .flat_map(|d| d.warnings.iter().cloned())
        .collect();
    Ok(Compiled {
        pack: crate::pack(&docs)?,
        files: inputs.len(),
        articles,
        source_bytes,
        failures,
        warnings,
    })
}
