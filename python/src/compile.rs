//! `baokan.compile`, `baokan.CompileResult`: pages to a pack, from Python.
//!
//! The whole run (walking, decoding, compiling on every core, packing, writing and
//! reopening) happens with the GIL released; the Python objects are made after.

use std::path::PathBuf;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

use crate::corpus::{Corpus, open_mapped, open_owned};
use crate::errors::{bad_argument, compile_to_py, to_py};

/// What `compile` produced: the corpus, opened, and a summary of the run.
#[pyclass(frozen, module = "baokan")]
pub struct CompileResult {
    corpus: Py<Corpus>,
    files: usize,
    articles: usize,
    source_bytes: u64,
    failures: Vec<String>,
}

#[pymethods]
impl CompileResult {
    /// The compiled corpus: memory-mapped from `output` if one was given, else held in
    /// memory.
    #[getter]
    fn corpus(&self, py: Python<'_>) -> Py<Corpus> {
        self.corpus.clone_ref(py)
    }

    /// Page files read (those that failed included).
    #[getter]
    fn files(&self) -> usize {
        self.files
    }

    /// Articles compiled.
    #[getter]
    fn articles(&self) -> usize {
        self.articles
    }

    /// Bytes of source compiled.
    #[getter]
    fn source_bytes(&self) -> u64 {
        self.source_bytes
    }

    /// The files that could not be compiled (only with `keep_going=True`), in path
    /// order, each as the compiler's one-line message: "empty.txt: line 1: file is
    /// empty".
    #[getter]
    fn failures(&self) -> Vec<String> {
        self.failures.clone()
    }

    /// The summary as a dict: files, articles, source_bytes, failures.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("files", self.files)?;
        d.set_item("articles", self.articles)?;
        d.set_item("source_bytes", self.source_bytes)?;
        d.set_item("failures", &self.failures)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "<baokan.CompileResult: {} files, {} articles, {} source bytes, {} failures>",
            self.files,
            self.articles,
            self.source_bytes,
            self.failures.len()
        )
    }
}

/// Why a run failed, kept apart until the GIL is back.
enum Failure {
    Compile(baokan_compile::CompileError),
    Open(baokan::Error),
    NoShard(String),
}

/// `shard_by` and `shard_size` as a plan's rule.
fn shard_by_arg(py: Python<'_>, by: &str, size: Option<u64>) -> PyResult<baokan_compile::ShardBy> {
    let size = match size {
        Some(0) => return Err(bad_argument(py, "shard_size", "must be at least 1".into())),
        Some(n) => n,
        None => baokan_compile::ShardBy::DEFAULT_SIZE,
    };
    match by {
        "month" => Ok(baokan_compile::ShardBy::Month),
        "year" => Ok(baokan_compile::ShardBy::Year),
        "size" => Ok(baokan_compile::ShardBy::Size(size)),
        other => Err(bad_argument(
            py,
            "shard_by",
            format!("{other:?}: use \"month\", \"year\" or \"size\""),
        )),
    }
}

/// Plans the shards of page files and folders, exactly as `baokan compile --shard-by`
/// does: a list of `(name, files)`, `name` being `"2019-02"` (by month), `"2019"` (by
/// year), `"part-0001"` (by size: consecutive files up to `size` bytes, default 64 MB)
/// or `"undated"` (files whose path names no date), and `files` the page files' paths
/// in pack order. Compile one shard with `compile(paths, output, shard=name,
/// shard_by=by, shard_size=size)`.
#[pyfunction]
#[pyo3(signature = (paths, by="month", size=None))]
pub(crate) fn plan_shards(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    by: &str,
    size: Option<u64>,
) -> PyResult<Vec<(String, Vec<String>)>> {
    let paths = path_args(paths)?;
    let by = shard_by_arg(py, by, size)?;
    let plan = py
        .detach(|| baokan_compile::ShardPlan::new(&paths, by))
        .map_err(|e| compile_to_py(py, e))?;
    Ok(plan
        .shards()
        .iter()
        .map(|s| {
            let files = s.files().map(|(_, p)| p.display().to_string()).collect();
            (s.name.clone(), files)
        })
        .collect())
}

/// Compiles page files and folders into a corpus, with the GIL released.
///
/// `paths` is a file or folder (str, bytes or os.PathLike) or a list of them. Folders
/// are walked recursively for `*.txt` and `*.jsonl` pages, in sorted path order, with
/// their `manifest.toml` if any; each file's encoding is detected (BOM, UTF-8, then
/// GB18030 and others) unless `encoding` names one ("gb18030", "utf-8", "big5"…). Files
/// are compiled in parallel on `threads` threads (default: every core); the pack is
/// the same whatever the count.
///
/// With `output`, the pack is written there atomically (a temporary file in the same
/// folder, then renamed over the path), as it is made, in bounded memory (see
/// `baokan compile`), and opened by memory-mapping, as `open` does.
/// Without it, the pack is kept in memory for the life of the process.
///
/// Returns a CompileResult: `.corpus` and the summary (`.files`, `.articles`,
/// `.source_bytes`, `.failures`). Raises CompileError (a ValueError) naming the file,
/// line and cause of the first page that does not compile, unless `keep_going` is set:
/// then the good files are compiled and the others listed in `.failures` (if no file
/// compiles, the first failure is raised). Raises FileError (an OSError) for a path
/// that cannot be read or an output that cannot be written, and BadArgumentError for
/// an unknown encoding label or layout, `threads=0` or an empty list of paths.
///
/// Each file's layout is decided from its evidence (a page of several articles, or one
/// article per file) unless `layout` forces one: "page" or "article_file". The pack
/// keeps every file's text, so `Article.raw` and `Corpus.source_text` show the exact
/// source lines; `keep_source=False` leaves it out (a smaller pack, the CLI's
/// `--no-source`).
///
/// With `shard` (and `shard_by`, `shard_size` as for `plan_shards`), only that shard of
/// the paths is compiled, with the names and manifests it has in one pack of them all:
/// what one task of a distributed compile runs (see `baokan.dask`).
#[pyfunction]
#[pyo3(signature = (
    paths,
    output=None,
    *,
    encoding=None,
    keep_going=false,
    threads=None,
    layout=None,
    keep_source=true,
    shard=None,
    shard_by="month",
    shard_size=None,
))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn compile(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    output: Option<PathBuf>,
    encoding: Option<&str>,
    keep_going: bool,
    threads: Option<usize>,
    layout: Option<&str>,
    keep_source: bool,
    shard: Option<String>,
    shard_by: &str,
    shard_size: Option<u64>,
) -> PyResult<CompileResult> {
    let paths = path_args(paths)?;
    let by = shard_by_arg(py, shard_by, shard_size)?;
    if paths.is_empty() {
        return Err(bad_argument(
            py,
            "paths",
            "no paths given: give a file, a folder or a list of them".into(),
        ));
    }
    let encoding = match encoding {
        None => None,
        Some(label) => Some(baokan_compile::encoding_for_label(label).ok_or_else(|| {
            bad_argument(
                py,
                "encoding",
                format!(
                    "{label:?} is not an encoding label (try \"utf-8\", \"gb18030\", \"gbk\", \"big5\")"
                ),
            )
        })?),
    };
    if threads == Some(0) {
        return Err(bad_argument(py, "threads", "must be at least 1".into()));
    }
    let layout = match layout {
        None => None,
        Some(name) => Some(baokan_compile::Layout::from_name(name).ok_or_else(|| {
            let names: Vec<String> = baokan_compile::Layout::ALL
                .iter()
                .map(|l| format!("{:?}", l.as_str()))
                .collect();
            bad_argument(
                py,
                "layout",
                format!("{name:?} is not a layout (use {})", names.join(" or ")),
            )
        })?),
    };
    let opts = baokan_compile::Options {
        encoding,
        keep_going,
        threads,
        layout,
        no_source: !keep_source,
    };
    if shard.is_some() && output.is_none() {
        return Err(bad_argument(
            py,
            "output",
            "a shard is compiled to a file: give output".into(),
        ));
    }
    let run = py.detach(move || -> Result<_, Failure> {
        let (corpus, files, articles, source_bytes, failures) = match (output, shard) {
            (Some(out), shard) => {
                let written = match shard {
                    None => baokan_compile::compile_to_file(&paths, &opts, &out, &|_| {}),
                    Some(name) => {
                        let plan =
                            baokan_compile::ShardPlan::new(&paths, by).map_err(Failure::Compile)?;
                        let index = plan
                            .shards()
                            .iter()
                            .position(|s| s.name == name)
                            .ok_or(Failure::NoShard(name))?;
                        plan.compile(index, &opts, &out, &|_| {})
                    }
                }
                .map_err(Failure::Compile)?;
                let corpus = open_mapped(&out).map_err(Failure::Open)?;
                let baokan_compile::Written {
                    files,
                    articles,
                    source_bytes,
                    failures,
                    ..
                } = written;
                (corpus, files, articles, source_bytes, failures)
            }
            (None, _) => {
                let compiled = baokan_compile::compile_paths(&paths, &opts, &|_| {})
                    .map_err(Failure::Compile)?;
                let baokan_compile::Compiled {
                    pack,
                    files,
                    articles,
                    source_bytes,
                    failures,
                    ..
                } = compiled;
                let corpus = open_owned(pack).map_err(Failure::Open)?;
                (corpus, files, articles, source_bytes, failures)
            }
        };
        let failures: Vec<String> = failures.iter().map(ToString::to_string).collect();
        Ok((corpus, files, articles, source_bytes, failures))
    });
    let (corpus, files, articles, source_bytes, failures) = run.map_err(|f| match f {
        Failure::Compile(e) => compile_to_py(py, e),
        Failure::Open(e) => to_py(py, e),
        Failure::NoShard(name) => bad_argument(
            py,
            "shard",
            format!("no shard {name:?} in these paths (see plan_shards)"),
        ),
    })?;
    Ok(CompileResult {
        corpus: Py::new(py, Corpus::wrap(corpus))?,
        files,
        articles,
        source_bytes,
        failures,
    })
}

/// `paths` as Python gives it: one path (str, bytes or os.PathLike) or an iterable of
/// them.
fn path_args(paths: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    let single = paths.is_instance_of::<PyString>()
        || paths.is_instance_of::<PyBytes>()
        || paths.hasattr("__fspath__")?;
    if single {
        return Ok(vec![paths.extract()?]);
    }
    let not_paths = |_| {
        let name = paths
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!(
            "paths is a str, bytes or os.PathLike, or a list of them, not {name}"
        ))
    };
    paths
        .try_iter()
        .map_err(not_paths)?
        .map(|p| p?.extract::<PathBuf>())
        .collect()
}
