//! The `BaokanError` exception hierarchy and the mapping of [`baokan::Error`] onto it.
//!
//! The subclasses also derive from the builtin exception a Python caller would expect
//! (`KeyError` for an id that names nothing, `ValueError` for a malformed id, pack,
//! query, argument or page, `OSError` for a file that cannot be read or written,
//! `ImportError` for a missing optional package), so
//! `except KeyError` works as well as `except baokan.BaokanError`. pyo3's
//! `create_exception!` takes a single base, so the classes are made at import with
//! `type(name, bases, namespace)` and kept for the life of the interpreter.

use std::path::Path;

use pyo3::exceptions::{
    PyBaseException, PyException, PyImportError, PyKeyError, PyOSError, PyValueError,
};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

/// The exception classes, made once per process.
struct Classes {
    base: Py<PyType>,
    unknown_id: Py<PyType>,
    bad_id: Py<PyType>,
    pack: Py<PyType>,
    query: Py<PyType>,
    bad_argument: Py<PyType>,
    missing_dependency: Py<PyType>,
    file: Py<PyType>,
    compile: Py<PyType>,
    closed: Py<PyType>,
}

static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();

const BASE_DOC: &str = "Base class of every error the baokan module raises.";
const UNKNOWN_ID_DOC: &str = "An item id is well formed but names no item in this corpus \
(e.g. corpus.article(\"99\")). Also a KeyError.";
const BAD_ID_DOC: &str = "A string is not an item id, or is one of the wrong level \
(e.g. corpus.article(\"x.y\") or corpus.article(\"1.2\")). Also a ValueError.";
const PACK_DOC: &str = "Bytes given as a pack are not a valid baokan pack (bad magic, \
a format version this reader does not read, a wrong length or checksum, damaged \
tables). Also a ValueError.";
const QUERY_DOC: &str = "A search query can never be run: it is empty, longer than the limit \
(256 chars), holds a line break or control char, or is a regular expression that does \
not compile. Also a ValueError.";
const BAD_ARGUMENT_DOC: &str = "An argument is out of its allowed range or not one of its \
allowed values (an n-gram length, a window size, a KWIC sort order, article= and \
section= together). Also a ValueError.";
const FILE_DOC: &str = "A file or folder could not be read, mapped or written: a pack \
given to open(), a page or folder given to compile(), or compile()'s output. Also an \
OSError, with errno, strerror and filename set when the system gave an error number.";
const COMPILE_DOC: &str = "A page could not be compiled: it is empty, not text in a \
supported encoding, has a line over the limit or no article, or a manifest or JSONL \
record is malformed. The message names the file, the line and the cause \
(\"page.txt: line 1: file is empty\"). Also a ValueError.";
const CLOSED_DOC: &str = "A corpus was closed (with close() or at the end of a `with` \
block) and then used, or an item, hit or mention of it was. Also a ValueError, as for \
a closed file.";
const MISSING_DEPENDENCY_DOC: &str = "An optional package a function needs is not installed \
(matplotlib for plot_dispersion, pandas for to_frame). Also an ImportError.";

fn make<'py>(
    py: Python<'py>,
    name: &str,
    bases: Bound<'py, PyTuple>,
    doc: &str,
    readable_str: bool,
) -> PyResult<Py<PyType>> {
    let ns = PyDict::new(py);
    ns.set_item("__module__", "baokan")?;
    ns.set_item("__qualname__", name)?;
    ns.set_item("__doc__", doc)?;
    if readable_str {
        // KeyError's own __str__ shows the message as a repr, in quotes; show it as is.
        ns.set_item(
            "__str__",
            py.get_type::<PyBaseException>().getattr("__str__")?,
        )?;
    }
    let ty = py
        .get_type::<PyType>()
        .call1((name, bases, ns))?
        .cast_into::<PyType>()?;
    Ok(ty.unbind())
}

fn classes(py: Python<'_>) -> PyResult<&'static Classes> {
    CLASSES.get_or_try_init(py, || {
        let base = make(
            py,
            "BaokanError",
            PyTuple::new(py, [py.get_type::<PyException>()])?,
            BASE_DOC,
            false,
        )?;
        let b = base.bind(py).clone();
        let unknown_id = make(
            py,
            "UnknownIdError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyKeyError>()])?,
            UNKNOWN_ID_DOC,
            true,
        )?;
        let bad_id = make(
            py,
            "BadIdError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyValueError>()])?,
            BAD_ID_DOC,
            false,
        )?;
        let pack = make(
            py,
            "PackError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyValueError>()])?,
            PACK_DOC,
            false,
        )?;
        let query = make(
            py,
            "QueryError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyValueError>()])?,
            QUERY_DOC,
            false,
        )?;
        let bad_argument = make(
            py,
            "BadArgumentError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyValueError>()])?,
            BAD_ARGUMENT_DOC,
            false,
        )?;
        let missing_dependency = make(
            py,
            "MissingDependencyError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyImportError>()])?,
            MISSING_DEPENDENCY_DOC,
            false,
        )?;
        let file = make(
            py,
            "FileError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyOSError>()])?,
            FILE_DOC,
            false,
        )?;
        let compile = make(
            py,
            "CompileError",
            PyTuple::new(py, [b.clone(), py.get_type::<PyValueError>()])?,
            COMPILE_DOC,
            false,
        )?;
        let closed = make(
            py,
            "ClosedError",
            PyTuple::new(py, [b, py.get_type::<PyValueError>()])?,
            CLOSED_DOC,
            false,
        )?;
        Ok(Classes {
            base,
            unknown_id,
            bad_id,
            pack,
            query,
            bad_argument,
            missing_dependency,
            file,
            compile,
            closed,
        })
    })
}

/// Adds the exception classes to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let c = classes(py)?;
    m.add("BaokanError", c.base.clone_ref(py))?;
    m.add("UnknownIdError", c.unknown_id.clone_ref(py))?;
    m.add("BadIdError", c.bad_id.clone_ref(py))?;
    m.add("PackError", c.pack.clone_ref(py))?;
    m.add("QueryError", c.query.clone_ref(py))?;
    m.add("BadArgumentError", c.bad_argument.clone_ref(py))?;
    m.add("MissingDependencyError", c.missing_dependency.clone_ref(py))?;
    m.add("FileError", c.file.clone_ref(py))?;
    m.add("CompileError", c.compile.clone_ref(py))?;
    m.add("ClosedError", c.closed.clone_ref(py))?;
    Ok(())
}

/// The Python exception for a [`baokan::Error`]: every variant has its own class, and
/// a variant added later falls back to the base class.
pub(crate) fn to_py(py: Python<'_>, e: baokan::Error) -> PyErr {
    let c = match classes(py) {
        Ok(c) => c,
        Err(err) => return err,
    };
    if let baokan::Error::Io { path, source } = &e {
        return file_error(py, path, source);
    }
    let ty = match &e {
        baokan::Error::UnknownId { .. } | baokan::Error::UnknownPack { .. } => &c.unknown_id,
        baokan::Error::BadId { .. } | baokan::Error::UnqualifiedId { .. } => &c.bad_id,
        baokan::Error::Pack(_) | baokan::Error::PackFile { .. } => &c.pack,
        baokan::Error::EmptyQuery
        | baokan::Error::QueryTooLong { .. }
        | baokan::Error::BadQuery { .. }
        | baokan::Error::Regex(_) => &c.query,
        baokan::Error::BadArgument { .. } => &c.bad_argument,
        // Convert (the traditional-to-simplified tables failed to load) and any later
        // variant.
        _ => &c.base,
    };
    PyErr::from_type(ty.bind(py).clone(), e.to_string())
}

/// A `FileError` for an I/O error on `path`. With an OS error number it is built like
/// `OSError(errno, strerror, filename)`, so `e.errno`, `e.strerror` and `e.filename`
/// are set and `str(e)` reads `[Errno 2] No such file or directory: 'x.pack'`.
pub(crate) fn file_error(py: Python<'_>, path: &Path, source: &std::io::Error) -> PyErr {
    let c = match classes(py) {
        Ok(c) => c,
        Err(err) => return err,
    };
    let ty = c.file.bind(py).clone();
    match source.raw_os_error() {
        Some(errno) => {
            let strerror = py
                .import("os")
                .and_then(|os| os.getattr("strerror")?.call1((errno,))?.extract::<String>())
                .unwrap_or_else(|_| source.to_string());
            PyErr::from_type(ty, (errno, strerror, path.as_os_str().to_owned()))
        }
        None => PyErr::from_type(ty, format!("{}: {source}", path.display())),
    }
}

/// The Python exception for a [`baokan_compile::CompileError`]: `FileError` for a file
/// or folder that cannot be read or written, `CompileError` for everything else, with
/// the compiler's one-line message (file, line, cause).
pub(crate) fn compile_to_py(py: Python<'_>, e: baokan_compile::CompileError) -> PyErr {
    if let baokan_compile::CompileError::Io { path, source } = &e {
        return file_error(py, path, source);
    }
    match classes(py) {
        Ok(c) => PyErr::from_type(c.compile.bind(py).clone(), e.to_string()),
        Err(err) => err,
    }
}

/// The `ClosedError` for a use of a closed corpus or of an object of it. Takes the GIL
/// itself (every caller already holds it) so that accessors need no `Python` token.
pub(crate) fn closed_error() -> PyErr {
    Python::attach(|py| match classes(py) {
        Ok(c) => PyErr::from_type(c.closed.bind(py).clone(), "the corpus is closed"),
        Err(err) => err,
    })
}

/// A [`baokan::Error::BadArgument`] raised by the binding itself, for an argument the
/// crate never sees in that form (a sort order as a string, two scopes at once).
pub(crate) fn bad_argument(py: Python<'_>, what: &'static str, reason: String) -> PyErr {
    to_py(py, baokan::Error::BadArgument { what, reason })
}

/// Converts a crate result, raising the mapped exception.
pub(crate) trait OrRaise<T> {
    /// The value, or the mapped Python exception.
    fn or_raise(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> OrRaise<T> for Result<T, baokan::Error> {
    fn or_raise(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| to_py(py, e))
    }
}
