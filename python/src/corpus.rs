//! `baokan.Corpus`, `baokan.corpus()` and `baokan.open()`.

use std::path::{Path, PathBuf};

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;

use crate::errors::OrRaise;
use crate::items::{Article, Paragraph, Section, Sentence, item};
use crate::mentions::{Citation, DateMention, Entity, Figure, Quote, TimelineEntry};
use crate::search::{Hit, KwicLine, Search};
use crate::shared::methods;
use crate::stats::{Collocate, Keyword, Repeat};
use crate::util::id_arg;

/// A compiled corpus: articles, sections, paragraphs and sentences, read in place.
///
/// Get the embedded corpus with `baokan.corpus()`, open a pack file with
/// `baokan.open(path)` (memory-mapped), read one from bytes with
/// `Corpus.from_bytes(data)`, or compile pages with `baokan.compile(paths)`. A Corpus
/// is immutable and safe to share between threads. `len(corpus)` is its number of
/// articles and iterating it yields its articles.
#[pyclass(frozen, module = "baokan")]
pub struct Corpus {
    c: baokan::Corpus<'static>,
    text: PyOnceLock<Py<PyString>>,
}

impl Corpus {
    /// Wraps a crate corpus whose pack lives for the rest of the process.
    pub(crate) fn wrap(c: baokan::Corpus<'static>) -> Corpus {
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
pub(crate) fn open_owned(bytes: Vec<u8>) -> Result<baokan::Corpus<'static>, baokan::Error> {
    baokan::Corpus::from_bytes(&bytes).map(|_| ())?;
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    baokan::Corpus::from_bytes(bytes)
}

/// Memory-maps a pack file, validates it and keeps the mapping for the life of the
/// process.
///
/// A `Corpus` hands out `&'static str` slices of its pack, and Python may hold them
/// anywhere, so the mapping can never be unmapped: the [`baokan::CorpusFile`] is leaked,
/// once, and only after the pack validates. Opening files in a loop therefore keeps each
/// one mapped (address space and page cache, not heap: the pages are the file's and the
/// kernel reclaims them under pressure).
pub(crate) fn open_mapped(path: &Path) -> Result<baokan::Corpus<'static>, baokan::Error> {
    let file: &'static baokan::CorpusFile = Box::leak(Box::new(baokan::Corpus::open(path)?));
    Ok(file.corpus())
}

/// Opens a compiled pack file by memory-mapping it, and validates it (without the GIL).
///
/// Nothing is copied: the corpus reads the file's pages in place, so opening a pack of
/// hundreds of megabytes is quick and costs no heap. The mapping is kept for the life of
/// the process (Python objects may point into it at any time), so a pack opened in a
/// loop stays mapped. Replace a pack by writing a new file and renaming it over the old
/// one, as `compile(..., output=...)` does; never rewrite an opened pack in place.
///
/// Raises FileError (also an OSError) if the file cannot be opened or mapped and
/// PackError if it is not a valid pack, including one of a newer format version (the
/// message names both versions). The corpus carries no source files, so `Article.raw`
/// is None.
#[pyfunction]
pub(crate) fn open(py: Python<'_>, path: PathBuf) -> PyResult<Corpus> {
    py.detach(move || open_mapped(&path))
        .or_raise(py)
        .map(Corpus::wrap)
}

methods! {
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

        /// Opens a compiled pack file by memory-mapping it: the same as `baokan.open(path)`,
        /// which see. Raises FileError (an OSError) or PackError.
        #[staticmethod]
        #[pyo3(name = "open")]
        fn open_file(py: Python<'_>, path: PathBuf) -> PyResult<Corpus> {
            open(py, path)
        }

        /// All articles, in page order.
        all articles -> Vec<Article>;

        /// All sections, in page order (each article's untitled lead included).
        all sections -> Vec<Section>;

        /// All paragraphs, in page order.
        all paragraphs -> Vec<Paragraph>;

        /// All sentences, in page order.
        all sentences -> Vec<Sentence>;

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
        fn find<'py>(
            &self,
            py: Python<'py>,
            id: &Bound<'py, PyAny>,
        ) -> PyResult<Bound<'py, PyAny>> {
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

        /// Number of occurrences of `query` in the paragraph text (overlapping ones
        /// counted), folding full-width and half-width forms. See `search` for the
        /// arguments. A plain count is two binary searches in the index.
        #[pyo3(signature = (query, *, article=None, section=None, regex=false, fold_trad=false))]
        fn count(
            &self,
            py: Python<'_>,
            query: &str,
            article: Option<&Bound<'_, PyAny>>,
            section: Option<&Bound<'_, PyAny>>,
            regex: bool,
            fold_trad: bool,
        ) -> PyResult<usize> {
            Search::new(py, self.c, query, article, section, regex, fold_trad)?.count(py)
        }

        /// Every occurrence of `query` in the paragraph text, in text order, as Hits.
        /// `article` ("2" or 2) or `section` ("1.3") limits the search to that item;
        /// `regex` takes the query as a regular expression (Rust `regex` syntax, no
        /// folding); `fold_trad` converts the query from traditional to simplified first.
        /// Raises QueryError for an empty, too long or unmatchable query or a bad regex.
        #[pyo3(signature = (query, *, article=None, section=None, regex=false, fold_trad=false))]
        fn search(
            &self,
            py: Python<'_>,
            query: &str,
            article: Option<&Bound<'_, PyAny>>,
            section: Option<&Bound<'_, PyAny>>,
            regex: bool,
            fold_trad: bool,
        ) -> PyResult<Vec<Hit>> {
            Search::new(py, self.c, query, article, section, regex, fold_trad)?.hits(py)
        }

        /// Every occurrence of `query` as a concordance line with up to `width` chars of
        /// context each side, kept inside the paragraph (inside the article with
        /// `cross_paragraphs`). `sort` is "position" (text order), "left" (by the left
        /// context read outwards from the match) or "right". Other arguments as `search`.
        #[pyo3(signature = (
            query, width=10, *, sort="position", cross_paragraphs=false,
            article=None, section=None, regex=false, fold_trad=false
        ))]
        #[allow(clippy::too_many_arguments)]
        fn kwic(
            &self,
            py: Python<'_>,
            query: &str,
            width: usize,
            sort: &str,
            cross_paragraphs: bool,
            article: Option<&Bound<'_, PyAny>>,
            section: Option<&Bound<'_, PyAny>>,
            regex: bool,
            fold_trad: bool,
        ) -> PyResult<Vec<KwicLine>> {
            Search::new(py, self.c, query, article, section, regex, fold_trad)?.kwic(
                py,
                width,
                cross_paragraphs,
                sort,
            )
        }

        /// Where each term occurs, as plain data for a lexical dispersion plot: a dict with
        /// "articles" (id, title, chars) and "terms" (term, points), each point giving
        /// "article" (an index into "articles"), "char_offset" in Corpus.text and
        /// "position" within its article, from 0.0 to 1.0. One point per hit of `search`.
        #[pyo3(signature = (*terms))]
        fn dispersion<'py>(
            &self,
            py: Python<'py>,
            terms: Vec<String>,
        ) -> PyResult<Bound<'py, PyAny>> {
            crate::search::dispersion(py, self.c, &terms)
        }

        /// The `top` most frequent char n-grams of length `n` (1 to 8) in the paragraph
        /// text, as (text, count) pairs, by count descending, then text. Counts equal
        /// `count(text)`. With `skip_punct`, n-grams holding punctuation, symbols or
        /// whitespace are left out. `top=None` gives all. Raises BadArgumentError for n out
        /// of range.
        #[pyo3(
            signature = (n, top=Some(20), skip_punct=true),
            text_signature = "($self, /, n, top=20, skip_punct=True)"
        )]
        fn ngrams(
            &self,
            py: Python<'_>,
            n: usize,
            top: Option<usize>,
            skip_punct: bool,
        ) -> PyResult<Vec<(&'static str, usize)>> {
            crate::stats::ngrams(py, self.c, n, top, skip_punct)
        }

        /// The `top` most frequent jieba words of the paragraph text, as (word, count)
        /// pairs, by count descending, then word. With `skip_punct`, punctuation tokens are
        /// left out. `top=None` gives all.
        #[pyo3(
            signature = (top=Some(20), skip_punct=true),
            text_signature = "($self, /, top=20, skip_punct=True)"
        )]
        fn words(
            &self,
            py: Python<'_>,
            top: Option<usize>,
            skip_punct: bool,
        ) -> Vec<(&'static str, usize)> {
            crate::stats::words(py, self.c, top, skip_punct)
        }

        /// The `top` words found within `window` words either side of `word`, at least
        /// `min_freq` times, ranked by Dunning's log-likelihood (strongest attraction
        /// first). Raises QueryError for an empty word and BadArgumentError for window 0.
        #[pyo3(
            signature = (word, window=5, min_freq=2, top=Some(20)),
            text_signature = "($self, /, word, window=5, min_freq=2, top=20)"
        )]
        fn collocates(
            &self,
            py: Python<'_>,
            word: &str,
            window: usize,
            min_freq: usize,
            top: Option<usize>,
        ) -> PyResult<Vec<Collocate>> {
            crate::stats::collocates(py, self.c, word, window, min_freq, top)
        }

        /// The `top` terms that characterise an article or a section, by TF-IDF, with the
        /// corpus's sections as documents. Raises UnknownIdError, or BadIdError for an id
        /// that is not an article or section.
        #[pyo3(
            signature = (id, top=Some(10)),
            text_signature = "($self, /, id, top=10)"
        )]
        fn keywords(
            &self,
            py: Python<'_>,
            id: &Bound<'_, PyAny>,
            top: Option<usize>,
        ) -> PyResult<Vec<Keyword>> {
            crate::stats::keywords(py, self.c, id, top)
        }

        /// Phrases of at least `min_len` chars that occur at least `min_count` times (2 at
        /// the least), maximal by extension, by count descending, then length descending.
        /// `top=None` gives all.
        #[pyo3(signature = (min_len=4, min_count=3, top=None))]
        fn repeats(
            &self,
            py: Python<'_>,
            min_len: usize,
            min_count: usize,
            top: Option<usize>,
        ) -> Vec<Repeat> {
            crate::stats::repeats(py, self.c, min_len, min_count, top)
        }

        /// Every figure (a quantity stated with a number: 51.8万人, 3.2亿-3.5亿元, 五级), in
        /// text order; with `unit`, only those in that unit or measure word ("人", "家",
        /// "元", "%").
        #[pyo3(signature = (unit=None))]
        fn figures(&self, py: Python<'_>, unit: Option<&str>) -> Vec<Figure> {
            crate::mentions::figures(py, self.c, unit)
        }

        /// Every date mention (2018年11月6日, 2021年6月至12月, 今年8月), in text order,
        /// normalised to ISO against its article's date.
        fn dates(&self, py: Python<'_>) -> Vec<DateMention> {
            crate::mentions::dates(py, self.c)
        }

        /// Every cited document title 《…》, in text order, with the issuers, action and
        /// date its sentence states.
        fn citations(&self, py: Python<'_>) -> Vec<Citation> {
            crate::mentions::citations(py, self.c)
        }

        /// Every quotation “…”, in text order. `speaker` keeps those whose stated speaker
        /// is that name ("张弛"); `kind` keeps "speech" or "term" quotes. Another kind
        /// raises BadArgumentError.
        #[pyo3(signature = (speaker=None, kind=None))]
        fn quotes(
            &self,
            py: Python<'_>,
            speaker: Option<&str>,
            kind: Option<&str>,
        ) -> PyResult<Vec<Quote>> {
            crate::mentions::quotes(py, self.c, speaker, kind)
        }

        /// Every named entity (person, place, organisation), in order of first
        /// appearance; `kind` ("person", "place" or "org") keeps one kind. Another kind
        /// raises BadArgumentError.
        #[pyo3(signature = (kind=None))]
        fn entities(&self, py: Python<'_>, kind: Option<&str>) -> PyResult<Vec<Entity>> {
            crate::mentions::entities(py, self.c, kind)
        }

        /// Every dated statement, in date order (ISO, then text order); dates that could
        /// not be resolved are left out.
        fn timeline(&self, py: Python<'_>) -> Vec<TimelineEntry> {
            crate::mentions::timeline(py, self.c)
        }

        /// One table of the corpus as a pandas DataFrame, one row per item (see
        /// `baokan.frames.to_pandas`). Raises MissingDependencyError without pandas and
        /// BadArgumentError for an unknown table.
        fn to_pandas<'py>(slf: &Bound<'py, Self>, table: &str) -> PyResult<Bound<'py, PyAny>> {
            let frames = slf.py().import("baokan.frames")?;
            frames.getattr("to_pandas")?.call1((slf, table))
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
}
