//! `baokan.compile`, `baokan.CompileResult`: pages to a pack, from Python.
//!
//! The whole run (walking, decoding, compiling on every core, packing, writing and
//! reopening) happens with the GIL released; the Python objects are made after.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

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
/// folder, then renamed over the path) and opened by memory-mapping, as `open` does.
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
) -> PyResult<CompileResult> {
    let paths = path_args(paths)?;
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
    let run = py.detach(move || -> Result<_, Failure> {
        let compiled =
            baokan_compile::compile_paths(&paths, &opts, &|_| {}).map_err(Failure::Compile)?;
        let baokan_compile::Compiled {
            pack,
            files,
            articles,
            source_bytes,
            failures,
            ..
        } = compiled;
        let corpus = match output {
            Some(out) => {
                write_atomic(&out, &pack).map_err(|source| {
                    Failure::Compile(baokan_compile::CompileError::Io {
                        path: out.clone(),
                        source,
                    })
                })?;
                drop(pack);
                open_mapped(&out).map_err(Failure::Open)?
            }
            None => open_owned(pack).map_err(Failure::Open)?,
        };
        let failures: Vec<String> = failures.iter().map(ToString::to_string).collect();
        Ok((corpus, files, articles, source_bytes, failures))
    });
    let (corpus, files, articles, source_bytes, failures) = run.map_err(|f| match f {
        Failure::Compile(e) => compile_to_py(py, e),
        Failure::Open(e) => to_py(py, e),
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

/// Writes `bytes` to `path` atomically: a new temporary file beside it, flushed to disk,
/// then renamed over `path`. Readers see the old file or the new one, never a part; a
/// pack already memory-mapped from the old file keeps its (unlinked) bytes.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the output path names no file",
        )
    })?;
    let mut tmp_name = OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(
        ".{}-{}.tmp",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let tmp = path.with_file_name(tmp_name);
    let written = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    #[test]
    fn write_atomic_replaces_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("baokan-py-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.pack");
        super::write_atomic(&path, b"one").unwrap();
        super::write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        let missing = dir.join("no/such/dir/out.pack");
        assert!(super::write_atomic(&missing, b"x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
