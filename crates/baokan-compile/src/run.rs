//! Compiling files and folders: walking, decoding, compiling in parallel on all cores,
//! and packing in a fixed order so the bytes do not depend on the thread count.

use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use rayon::prelude::*;

use crate::emit::{Builder, Extras};
use crate::error::CompileError;
use crate::inputs::Inputs;
use crate::model::Document;
use std::sync::Arc;
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

fn compile_one(
    inputs: &Inputs,
    i: usize,
    opts: &Options,
) -> Result<(Vec<Document>, u64), CompileError> {
    let (name, path) = (inputs.name(i), inputs.path(i));
    let bytes = std::fs::read(&path).map_err(|source| CompileError::Io {
        path: path.clone(),
        source,
    })?;
    let size = bytes.len() as u64;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CompileError::Empty {
            file: name.to_string(),
        });
    }
    let (text, _) = crate::decode::decode_owned(name, bytes, opts.encoding)?;
    let meta = inputs.manifest(i).meta(name);
    let mut docs = if is_jsonl(&path) {
        crate::jsonl::compile(name, &text, &meta)?
    } else {
        let mut doc = crate::compile_without_source(name, &text, &meta, opts.layout)?;
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
/// it is packed, so about two batches of documents are held at a time. Small, because
/// the documents are allocated in the workers' allocator arenas, which keep the most
/// they ever held: a 64 MB pack peaked at 152 MB with 2 MB batches and at 146 MB with
/// 256 kB ones, in the same time.
const BATCH_BYTES: u64 = 256 << 10;

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

/// Compiles the `files` of `inputs` into `builder` in order: batches are compiled in
/// parallel, each while the one before it is packed, and dropped once packed.
fn build(
    inputs: &Inputs,
    files: &[u32],
    opts: &Options,
    progress: &(dyn Fn(&str) + Sync),
    builder: &mut Builder,
    pool: Pool<'_>,
) -> Result<Tally, CompileError> {
    let compile = |batch: &[u32]| -> Vec<Done> {
        batch
            .par_iter()
            .map(|&i| {
                let i = i as usize;
                let r = compile_one(inputs, i, opts).map(|(docs, size)| {
                    let docs = docs
                        .into_iter()
                        .map(|d| {
                            let x = Extras::of(&d);
                            (d, x)
                        })
                        .collect();
                    (docs, size)
                });
                progress(inputs.name(i));
                r
            })
            .collect()
    };
    let mut tally = Tally {
        files: files.len(),
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
        builder.spill()
    };
    // The text arena is about as large as the input: room for all of it at once is one
    // allocation the size of the shard (of which only what is used is ever touched),
    // rather than one that grows batch by batch through smaller ones.
    builder.reserve(
        files
            .iter()
            .map(|&i| inputs.size(i as usize) as usize)
            .sum(),
    );
    let mut batches = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (k, &i) in files.iter().enumerate() {
        let size = inputs.size(i as usize);
        if k > start && bytes + size > BATCH_BYTES {
            batches.push(&files[start..k]);
            (start, bytes) = (k, 0);
        }
        bytes += size;
    }
    batches.push(&files[start..]);
    // Each batch is compiled on the pool while the one before it is packed on this
    // thread. Packing here, not on a worker, keeps the builder's tables, which live for
    // the whole run, out of the workers' allocator arenas: those then hold only batches,
    // which are dropped whole, and not long-lived allocations among their freed memory.
    let mut pending = Vec::new();
    for next in &batches {
        let mut compiled = Vec::new();
        let packed = pool.overlap(
            || compiled = compile(next),
            || pack(std::mem::take(&mut pending), builder, &mut tally),
        );
        packed?;
        pending = compiled;
    }
    pack(pending, builder, &mut tally)?;
    tally.articles = builder.articles();
    if tally.docs == 0 {
        return Err(if tally.failures.is_empty() {
            CompileError::NoFiles {
                path: files
                    .first()
                    .map(|&i| inputs.path(i as usize))
                    .unwrap_or_default(),
            }
        } else {
            tally.failures.remove(0)
        });
    }
    Ok(tally)
}

/// Where the parallel work of a run goes: a pool of [`Options::threads`] threads made
/// for the run and joined at its end (so the next run's threads take over their
/// allocator arenas rather than adding their own), or rayon's global pool.
#[derive(Clone, Copy)]
pub(crate) struct Pool<'p>(Option<&'p rayon::ThreadPool>);

impl Pool<'_> {
    /// Rayon's global pool.
    pub(crate) const GLOBAL: Pool<'static> = Pool(None);

    /// Runs `f` with `threads` worker threads, or on the global pool for `None`.
    fn with<R>(threads: Option<usize>, f: impl FnOnce(Pool<'_>) -> R) -> Result<R, CompileError> {
        match threads {
            None => Ok(f(Pool::GLOBAL)),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_scoped(|thread| thread.run(), |pool| f(Pool(Some(pool))))
                .map_err(|e| CompileError::Index(format!("thread pool: {e}"))),
        }
    }

    /// Runs `f` in the pool, for its parallel iterators.
    pub(crate) fn install<R: Send>(self, f: impl FnOnce() -> R + Send) -> R {
        match self.0 {
            Some(pool) => pool.install(f),
            None => f(),
        }
    }

    /// Runs `background` in the pool while `here` runs on this thread, and returns what
    /// `here` returns once both are done.
    fn overlap<'a, T>(self, background: impl FnOnce() + Send + 'a, here: impl FnOnce() -> T) -> T {
        let scope = |s: &rayon::Scope<'a>| {
            s.spawn(|_| background());
            here()
        };
        match self.0 {
            Some(pool) => pool.in_place_scope(scope),
            None => rayon::in_place_scope(scope),
        }
    }
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
    let inputs = Inputs::list(paths)?;
    let files = every(&inputs);
    let mut builder = Builder::new();
    let (tally, pack) = Pool::with(opts.threads, |pool| {
        let tally = build(&inputs, &files, opts, progress, &mut builder, pool)?;
        Ok::<_, CompileError>((tally, builder.into_bytes(pool)?))
    })??;
    Ok(Compiled {
        pack,
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
/// Memory stays near twice the input, the search index's sort being the peak (6 bytes
/// a char of paragraph text, about twice the input for Chinese): documents are packed
/// batch by batch as they are compiled and then dropped; the source text and every
/// table but the text arena, the names and the articles go to a temporary file beside
/// `out` as they are made; and the pack is written table by table, the text and records
/// before the index is sorted and freed as they go. The pack is not read back to be
/// validated, as [`compile_paths`]' is; the layout is the same code's.
pub fn compile_to_file(
    paths: &[PathBuf],
    opts: &Options,
    out: &Path,
    progress: &(dyn Fn(&str) + Sync),
) -> Result<Written, CompileError> {
    let inputs = Inputs::list(paths)?;
    write_pack(&inputs, &every(&inputs), opts, out, progress)
}

/// Every file of `inputs`, in order.
fn every(inputs: &Inputs) -> Vec<u32> {
    (0..inputs.len() as u32).collect()
}

fn write_pack(
    inputs: &Inputs,
    files: &[u32],
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
    let (tmp, spill) = (temp("tmp"), temp("spill.tmp"));
    let mut builder = Builder::spilling(&spill)?;
    let (tally, written) = Pool::with(opts.threads, |pool| {
        let tally = build(inputs, files, opts, progress, &mut builder, pool)?;
        let written = (|| -> Result<u64, CompileError> {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
                .map_err(|e| io(&tmp, e))?;
            let len = builder.write_to(&mut file, &tmp, pool)?;
            file.sync_all().map_err(|e| io(&tmp, e))?;
            drop(file);
            std::fs::rename(&tmp, out).map_err(|e| io(out, e))?;
            Ok(len)
        })();
        Ok::<_, CompileError>((tally, written))
    })??;
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
#[derive(Clone)]
pub struct Shard {
    /// Its name, which names its pack: `2019-02`, `2019`, `part-0001` or [`UNDATED`].
    pub name: String,
    /// Bytes of its files on disk.
    pub bytes: u64,
    /// The plan's files, and which of them are this shard's.
    inputs: Arc<Inputs>,
    files: Vec<u32>,
}

impl Shard {
    /// Its files, in pack order: the name provenance uses, and the path.
    pub fn files(&self) -> impl Iterator<Item = (&str, PathBuf)> {
        self.files.iter().map(|&i| {
            let i = i as usize;
            (self.inputs.name(i), self.inputs.path(i))
        })
    }
}

impl std::fmt::Debug for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shard")
            .field("name", &self.name)
            .field("bytes", &self.bytes)
            .field("files", &self.files.len())
            .finish()
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
    shards: Vec<Shard>,
}

impl ShardPlan {
    /// Plans the shards of `paths`.
    pub fn new(paths: &[PathBuf], by: ShardBy) -> Result<ShardPlan, CompileError> {
        let inputs = Arc::new(Inputs::list(paths)?);
        let shard = |name: String| Shard {
            name,
            bytes: 0,
            inputs: Arc::clone(&inputs),
            files: Vec::new(),
        };
        let shards = match by {
            ShardBy::Size(limit) => {
                let mut shards: Vec<Shard> = Vec::new();
                for i in 0..inputs.len() {
                    let size = inputs.size(i);
                    match shards.last_mut() {
                        Some(s) if s.bytes + size <= limit => {
                            s.bytes += size;
                            s.files.push(i as u32);
                        }
                        _ => shards.push(Shard {
                            bytes: size,
                            files: vec![i as u32],
                            ..shard(format!("part-{:04}", shards.len() + 1))
                        }),
                    }
                }
                shards
            }
            ShardBy::Month | ShardBy::Year => {
                let mut by_name: std::collections::BTreeMap<String, Shard> = Default::default();
                for i in 0..inputs.len() {
                    let name = match crate::pathdate::from_path(inputs.name(i)) {
                        crate::pathdate::PathDate::Found(d) if by == ShardBy::Month => {
                            d.to_string()[..7].to_string()
                        }
                        crate::pathdate::PathDate::Found(d) => d.to_string()[..4].to_string(),
                        _ => UNDATED.to_string(),
                    };
                    let s = by_name.entry(name.clone()).or_insert_with(|| shard(name));
                    s.bytes += inputs.size(i);
                    s.files.push(i as u32);
                }
                by_name.into_values().collect()
            }
        };
        Ok(ShardPlan { shards })
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
        write_pack(&shard.inputs, &shard.files, opts, out, progress)
    }
}
