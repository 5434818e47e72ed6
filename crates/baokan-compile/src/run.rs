//! Compiling files and folders: walking, decoding, compiling in parallel on all cores,
//! and packing in a fixed order so the bytes do not depend on the thread count.

use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use rayon::prelude::*;

use crate::emit::{Builder, Extras};
use crate::error::CompileError;
use crate::manifest::{MANIFEST_NAME, Manifest};
use crate::model::Document;
use std::sync::atomic::{AtomicU64, Ordering};

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
#[derive(Debug, Clone)]
struct Input {
    name: String,
    path: PathBuf,
    manifest: usize,
    /// Bytes on disk (0 if it could not be read: the read itself will say why).
    size: u64,
}

fn size_of(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
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
                size: size_of(&path),
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
                size: size_of(path),
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

/// Input bytes compiled per batch: a batch is compiled in parallel while the one before
/// it is packed, so about two batches of documents are held at a time.
const BATCH_BYTES: u64 = 2 << 20;

/// Totals of a run, gathered as documents are packed.
#[derive(Default)]
struct Tally {
    files: usize,
    articles: usize,
    source_bytes: u64,
    failures: Vec<CompileError>,
    warnings: Vec<crate::Warning>,
    docs: usize,
}

type Done = Result<(Vec<(Document, Extras)>, u64), CompileError>;

/// Compiles `inputs` into `builder` in path order: batches are compiled in parallel,
/// each while the one before it is packed, and dropped once packed.
fn build(
    inputs: &[Input],
    manifests: &[Manifest],
    opts: &Options,
    progress: &(dyn Fn(&str) + Sync),
    builder: &mut Builder,
) -> Result<Tally, CompileError> {
    let compile = |batch: &[Input]| -> Vec<Done> {
        batch
            .par_iter()
            .map(|input| {
                let r = compile_one(input, &manifests[input.manifest], opts).map(|(docs, size)| {
                    let docs = docs
                        .into_iter()
                        .map(|d| {
                            let x = Extras::of(&d);
                            (d, x)
                        })
                        .collect();
                    (docs, size)
                });
                progress(&input.name);
                r
            })
            .collect()
    };
    let mut tally = Tally {
        files: inputs.len(),
        ..Tally::default()
    };
    let pack = |done: Vec<Done>, builder: &mut Builder, tally: &mut Tally| {
        let room = done
            .iter()
            .map(|r| r.as_ref().map_or(0, |(_, size)| *size as usize))
            .sum();
        builder.reserve(room);
        for r in done {
            match r {
                Ok((docs, size)) => {
                    tally.source_bytes += size;
                    for (doc, extras) in docs {
                        builder.add(&doc, extras)?;
                        tally.warnings.extend(doc.warnings);
                        tally.docs += 1;
                    }
                }
                Err(e) if opts.keep_going => tally.failures.push(e),
                Err(e) => return Err(e),
            }
        }
        Ok(())
    };
    let mut batches = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (k, input) in inputs.iter().enumerate() {
        if k > start && bytes + input.size > BATCH_BYTES {
            batches.push(&inputs[start..k]);
            (start, bytes) = (k, 0);
        }
        bytes += input.size;
    }
    batches.push(&inputs[start..]);
    let work = |builder: &mut Builder, tally: &mut Tally| -> Result<(), CompileError> {
        let mut pending = compile(batches[0]);
        for next in &batches[1..] {
            let (packed, compiled) = rayon::join(
                || pack(std::mem::take(&mut pending), builder, tally),
                || compile(next),
            );
            packed?;
            pending = compiled;
        }
        pack(pending, builder, tally)
    };
    match opts.threads {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .map_err(|e| CompileError::Index(format!("thread pool: {e}")))?
            .install(|| work(builder, &mut tally))?,
        None => work(builder, &mut tally)?,
    }
    tally.articles = builder.articles();
    if tally.docs == 0 {
        return Err(if tally.failures.is_empty() {
            CompileError::NoFiles {
                path: inputs.first().map(|i| i.path.clone()).unwrap_or_default(),
            }
        } else {
            tally.failures.remove(0)
        });
    }
    Ok(tally)
}

/// Compiles files and folders (walked recursively, `*.txt` and `*.jsonl`, in sorted
/// path order) into one pack. `progress` is called with each file's name as it is
/// finished, from worker threads.
///
/// Files are compiled in parallel; the pack is assembled in path order, so it is
/// byte-identical whatever the thread count. To write a large pack, prefer
/// [`compile_to_file`]: it never holds the pack whole.
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
    let mut builder = Builder::new();
    let tally = build(&inputs, &manifests, opts, progress, &mut builder)?;
    Ok(Compiled {
        pack: builder.into_bytes()?,
        files: tally.files,
        articles: tally.articles,
        source_bytes: tally.source_bytes,
        failures: tally.failures,
        warnings: tally.warnings,
    })
}

/// A pack written to a file by [`compile_to_file`] or [`ShardPlan::compile`].
#[derive(Debug)]
pub struct Written {
    /// The pack's path.
    pub path: PathBuf,
    /// The pack's length in bytes.
    pub pack_bytes: u64,
    /// Files read.
    pub files: usize,
    /// Articles compiled.
    pub articles: usize,
    /// Bytes of source read.
    pub source_bytes: u64,
    /// Files that failed (only with [`Options::keep_going`]), in path order.
    pub failures: Vec<CompileError>,
    /// Problems worked around, in path order.
    pub warnings: Vec<crate::Warning>,
}

/// Compiles files and folders as [`compile_paths`] does and writes the pack to `out`,
/// atomically (a temporary file beside it, renamed over it), in the same bytes.
///
/// Memory stays near twice the input: documents are packed batch by batch as they are
/// compiled and then dropped, the source text goes to a temporary file beside `out`
/// instead of memory, and the pack is written table by table, the text and records
/// before the index is sorted and freed as they go. The pack is not read back to be
/// validated, as [`compile_paths`]' is; the layout is the same code's.
pub fn compile_to_file(
    paths: &[PathBuf],
    opts: &Options,
    out: &Path,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<Written, CompileError> {
    let mut manifests = Vec::new();
    let inputs = inputs(paths, &mut manifests)?;
    write_pack(&inputs, &manifests, opts, out, progress)
}

fn write_pack(
    inputs: &[Input],
    manifests: &[Manifest],
    opts: &Options,
    out: &Path,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<Written, CompileError> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let io = |path: &Path, source| CompileError::Io {
        path: path.to_path_buf(),
        source,
    };
    let name = out.file_name().ok_or_else(|| {
        io(
            out,
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the output path names no file",
            ),
        )
    })?;
    let temp = |what: &str| {
        let mut n = std::ffi::OsString::from(".");
        n.push(name);
        n.push(format!(
            ".{}-{}.{what}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        out.with_file_name(n)
    };
    let (tmp, spill) = (temp("tmp"), temp("sources.tmp"));
    let mut builder = Builder::spilling(&spill)?;
    let tally = build(inputs, manifests, opts, progress, &mut builder)?;
    let written = (|| -> Result<u64, CompileError> {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| io(&tmp, e))?;
        let len = builder.write_to(&mut file, &tmp)?;
        file.sync_all().map_err(|e| io(&tmp, e))?;
        drop(file);
        std::fs::rename(&tmp, out).map_err(|e| io(out, e))?;
        Ok(len)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    Ok(Written {
        path: out.to_path_buf(),
        pack_bytes: written?,
        files: tally.files,
        articles: tally.articles,
        source_bytes: tally.source_bytes,
        failures: tally.failures,
        warnings: tally.warnings,
    })
}

/// How to cut a corpus into shards, one pack each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardBy {
    /// One shard per month of the date in each file's path (`2019-02`).
    Month,
    /// One shard per year (`2019`).
    Year,
    /// Consecutive files, in path order, up to this many bytes a shard (`part-0001`); a
    /// file larger than that is a shard of its own.
    Size(u64),
}

impl ShardBy {
    /// The default shard size of [`ShardBy::Size`]: 64 MB.
    pub const DEFAULT_SIZE: u64 = 64_000_000;
}

/// The name of the shard of files whose path names no date.
pub const UNDATED: &str = "undated";

/// One shard of a [`ShardPlan`].
#[derive(Debug, Clone)]
pub struct Shard {
    /// Its name, which names its pack: `2019-02`, `2019`, `part-0001` or [`UNDATED`].
    pub name: String,
    /// Bytes of its files on disk.
    pub bytes: u64,
    inputs: Vec<Input>,
}

impl Shard {
    /// Its files, in pack order: the name provenance uses, and the path.
    pub fn files(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.inputs
            .iter()
            .map(|i| (i.name.as_str(), i.path.as_path()))
    }
}

/// The files of a corpus cut into shards, every one compiled to a pack of its own.
///
/// Files are listed as [`compile_paths`] lists them (folders walked in sorted path order,
/// with their manifests) and keep the names they would have in one pack. By date, a
/// file goes to the shard of the date its path names (`YYYYMMDD`, `YYYY-MM-DD`,
/// `YYYY/MM/DD`, the one nearest the file name), or to [`UNDATED`]; shards come in name
/// order, `undated` last. By size, shards are runs of consecutive files. The plan depends
/// only on the paths and file sizes, so every machine that plans the same folder gets the
/// same shards.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("baokan-plan-{}", std::process::id()));
/// # std::fs::create_dir_all(dir.join("20190228")).unwrap();
/// # std::fs::create_dir_all(dir.join("20190301")).unwrap();
/// std::fs::write(dir.join("20190228/a.txt"), "标题\n\n正文。\n").unwrap();
/// std::fs::write(dir.join("20190301/b.txt"), "标题\n\n正文。\n").unwrap();
/// std::fs::write(dir.join("notes.txt"), "标题\n\n正文。\n").unwrap();
/// use baokan_compile::{ShardBy, ShardPlan};
/// let plan = ShardPlan::new(&[dir.clone()], ShardBy::Month)?;
/// let names: Vec<&str> = plan.shards().iter().map(|s| s.name.as_str()).collect();
/// assert_eq!(names, ["2019-02", "2019-03", "undated"]);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), baokan_compile::CompileError>(())
/// ```
#[derive(Debug, Clone)]
pub struct ShardPlan {
    manifests: Vec<Manifest>,
    shards: Vec<Shard>,
}

impl ShardPlan {
    /// Plans the shards of `paths`.
    pub fn new(paths: &[PathBuf], by: ShardBy) -> Result<ShardPlan, CompileError> {
        let mut manifests = Vec::new();
        let inputs = inputs(paths, &mut manifests)?;
        let shards = match by {
            ShardBy::Size(limit) => {
                let mut shards: Vec<Shard> = Vec::new();
                for input in inputs {
                    match shards.last_mut() {
                        Some(s) if s.bytes + input.size <= limit => {
                            s.bytes += input.size;
                            s.inputs.push(input);
                        }
                        _ => shards.push(Shard {
                            name: format!("part-{:04}", shards.len() + 1),
                            bytes: input.size,
                            inputs: vec![input],
                        }),
                    }
                }
                shards
            }
            ShardBy::Month | ShardBy::Year => {
                let mut by_name: std::collections::BTreeMap<String, Shard> = Default::default();
                for input in inputs {
                    let name = match crate::pathdate::from_path(&input.name) {
                        crate::pathdate::PathDate::Found(d) if by == ShardBy::Month => {
                            d.to_string()[..7].to_string()
                        }
                        crate::pathdate::PathDate::Found(d) => d.to_string()[..4].to_string(),
                        _ => UNDATED.to_string(),
                    };
                    let shard = by_name.entry(name.clone()).or_insert_with(|| Shard {
                        name,
                        bytes: 0,
                        inputs: Vec::new(),
                    });
                    shard.bytes += input.size;
                    shard.inputs.push(input);
                }
                by_name.into_values().collect()
            }
        };
        Ok(ShardPlan { manifests, shards })
    }

    /// The shards, in order.
    pub fn shards(&self) -> &[Shard] {
        &self.shards
    }

    /// Compiles shard `index` to the pack `out`, as [`compile_to_file`] does.
    pub fn compile(
        &self,
        index: usize,
        opts: &Options,
        out: &Path,
        progress: &(dyn Fn(&str) + Sync),
    ) -> Result<Written, CompileError> {
        let shard = self
            .shards
            .get(index)
            .ok_or_else(|| CompileError::NoFiles {
                path: out.to_path_buf(),
            })?;
        write_pack(&shard.inputs, &self.manifests, opts, out, progress)
    }
}
