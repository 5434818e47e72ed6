//! `baokan.Corpus` and `baokan.corpus()`.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;

use crate::errors::OrRaise;
use crate::items::{Article, Paragraph, Section, Sentence, item};
use crate::util::id_arg;

/// A compiled corpus: articles, sections, paragraphs and sentences, read in place.
///
/// Get the embedded corpus with `baokan.corpus()`, or open a pack with
/// `Corpus.from_bytes(data)` or `Corpus.open(path)`. A Corpus is immutable and safe to
/// share between threads. `len(corpus)` is its number of articles and iterating it
/// yields its articles.
#[pyclass(frozen, module = "baokan")]
pub struct Corpus {
    c: baokan::Corpus<'static>,
    text: PyOnceLock<Py<PyString>>,
}

impl Corpus {
    fn wrap(c: baokan::Corpus<'static>) -> Corpus {
        Corpus {
            c,
            text: PyOnceLock::new(),
        }
    }
}

static EMBEDDED: PyOnceLock<Py<Corpus>> = PyOnceLock::new();

/// The embedded corpus: one real newspaper page (a 2022-10-09 Xinhua survey and the
/// continuation of a Harbin New District article). Always the same object.
#[pyfunction]
pub(crate) fn corpus(py: Python<'_>) -> PyResult<Py<Corpus>> {
    EMBEDDED
        .get_or_try_init(py, || Py::new(py, Corpus::wrap(baokan::corpus())))
        .map(|c| c.clone_ref(py))
}

/// Validates `bytes` as a pack and keeps them for the life of the process.
///
/// A `Corpus` hands out `&'static str` slices of its pack, so the bytes must never be
/// freed: they are leaked, once, and only after they validate (a bad pack leaks
/// nothing). Opening packs in a loop therefore grows memory by their size each time.
fn open_owned(bytes: Vec<u8>) -> Result<baokan::Corpus<'static>, baokan::Error> {
    baokan::Corpus::from_bytes(&bytes).map(|_| ())?;
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    baokan::Corpus::from_bytes(bytes)
}

#[pymethods]
impl Corpus {
    /// Opens a compiled pack from bytes, validating it first (without the GIL). Raises
    /// PackError if the bytes are not a valid pack; never crashes on bad input. The bytes
    /// are copied and kept for the life of the process. A corpus opened this way does
    /// not carry its source files, so `Article.raw` is None.
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Corpus> {
        let owned = data.to_vec();
        py.detach(move || open_owned(owned))
            .or_raise(py)
            .map(Corpus::wrap)
    }

    /// Reads and opens a compiled pack file (see `from_bytes`). Raises OSError if the
    /// file cannot be read and PackError if it is not a valid pack.
    #[staticmethod]
    fn open(py: Python<'_>, path: PathBuf) -> PyResult<Corpus> {
        let bytes = py.detach(|| std::fs::read(&path))?;
        py.detach(move || open_owned(bytes))
            .or_raise(py)
            .map(Corpus::wrap)
    }

    /// All articles, in page order.
    #[getter]
    fn articles(&self, py: Python<'_>) -> Vec<Article> {
        let c = self.c;
        py.detach(move || c.articles().map(Article).collect())
    }

    /// All sections, in page order (each article's untitled lead included).
    #[getter]
    fn sections(&self, py: Python<'_>) -> Vec<Section> {
        let c = self.c;
        py.detach(move || c.sections().map(Section).collect())
    }

    /// All paragraphs, in page order.
    #[getter]
    fn paragraphs(&self, py: Python<'_>) -> Vec<Paragraph> {
        let c = self.c;
        py.detach(move || c.paragraphs().map(Paragraph).collect())
    }

    /// All sentences, in page order.
    #[getter]
    fn sentences(&self, py: Python<'_>) -> Vec<Sentence> {
        let c = self.c;
        py.detach(move || c.sentences().map(Sentence).collect())
    }

    /// The article with this id: "1" or 1. Raises UnknownIdError if there is none and
    /// BadIdError if the id is malformed or not an article id.
    fn article(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Article> {
        self.c.article(&id_arg(id)?).or_raise(py).map(Article)
    }

    /// The section with this id, like "1.2". Raises UnknownIdError or BadIdError.
    fn section(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Section> {
        self.c.section(&id_arg(id)?).or_raise(py).map(Section)
    }

    /// The paragraph with this id, like "1.2.3". Raises UnknownIdError or BadIdError.
    fn paragraph(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Paragraph> {
        self.c.paragraph(&id_arg(id)?).or_raise(py).map(Paragraph)
    }

    /// The sentence with this id, like "1.2.3.1". Raises UnknownIdError or BadIdError.
    fn sentence(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Sentence> {
        self.c.sentence(&id_arg(id)?).or_raise(py).map(Sentence)
    }

    /// The item of any level with this id: "2" is an article, "2.1" a section, "2.1.3"
    /// a paragraph, "2.1.3.1" a sentence. Raises UnknownIdError or BadIdError.
    fn find<'py>(&self, py: Python<'py>, id: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let found = self.c.find(&id_arg(id)?).or_raise(py)?;
        item(py, found)
    }

    /// The whole text arena: every title, heading, marker, dateline and repaired
    /// paragraph, one per line, in page order. Items' `char_start`/`char_end` index it:
    /// `corpus.text[p.char_start:p.char_end] == p.text`.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text
            .get_or_init(py, || PyString::new(py, self.c.text()).unbind())
            .clone_ref(py)
    }

    /// The source files, as dicts: name, date (ISO string or None), declared_source,
    /// page and lines.
    #[getter]
    fn files<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let files: Vec<_> = self.c.files().collect();
        Ok(pythonize::pythonize(py, &files)?)
    }

    /// The original text of a source file, where the corpus carries it (the embedded
    /// corpus does; one opened from a pack does not).
    fn source_text(&self, file: &str) -> Option<&'static str> {
        self.c.source_text(file)
    }

    /// Counts of everything in the corpus: files, articles, sections, paragraphs,
    /// sentences, joins, paragraph_chars and pack_bytes.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let c = self.c;
        let stats = py.detach(move || c.stats());
        Ok(pythonize::pythonize(py, &stats)?)
    }

    fn __len__(&self) -> usize {
        self.c.articles().len()
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = pyo3::types::PyList::new(py, self.articles(py))?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        let c = &self.c;
        format!(
            "<baokan.Corpus: {} articles, {} sections, {} paragraphs, {} sentences>",
            c.articles().len(),
            c.sections().len(),
            c.paragraphs().len(),
            c.sentences().len()
        )
    }
}
