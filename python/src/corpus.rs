//! `baokan.Corpus`, `baokan.corpus()` and `baokan.open()`.

use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use yoke::Yokeable;

use crate::errors::{OrRaise, closed_error};
use crate::held::{Backing, Class, Held, State};
use crate::items::{Article, Credit, Paragraph, Section, Sentence};
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
///
/// Every object taken from a corpus (article, paragraph, hit, mention…) keeps the
/// pack's bytes alive, so each stays valid after the corpus is deleted; the bytes (the
/// file's mapping) are released when the last of them goes. `close()`, or the end of
/// a `with` block, ends the corpus at once: from then on the corpus and every object
/// of it raise ClosedError.
#[pyclass(frozen, module = "baokan")]
pub struct Corpus {
    /// The corpus, until it is closed.
    held: Mutex<Option<Held<baokan::Corpus<'static>>>>,
    state: Arc<State>,
    embedded: bool,
    text: PyOnceLock<Py<PyString>>,
}

impl Corpus {
    /// Wraps a held corpus.
    pub(crate) fn wrap(held: Held<baokan::Corpus<'static>>) -> Corpus {
        Corpus {
            state: Arc::clone(held.state()),
            held: Mutex::new(Some(held)),
            embedded: false,
            text: PyOnceLock::new(),
        }
    }

    /// The held corpus, or ClosedError. A clone: a query runs on it without the lock,
    /// and a `close()` meanwhile cannot free the bytes under it.
    pub(crate) fn held(&self) -> PyResult<Held<baokan::Corpus<'static>>> {
        let held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        held.clone().ok_or_else(closed_error)
    }

    /// The object `f` finds in the corpus, holding the same bytes.
    fn lookup<C: Class>(
        &self,
        py: Python<'_>,
        f: impl for<'a> FnOnce(
            &baokan::Corpus<'a>,
            PhantomData<&'a ()>,
        ) -> Result<<C::View as Yokeable<'a>>::Output, baokan::Error>,
    ) -> PyResult<C> {
        let view = self.held()?.try_project::<C::View>(f)?.or_raise(py)?;
        Ok(C::new(view))
    }
}

static EMBEDDED: PyOnceLock<Py<Corpus>> = PyOnceLock::new();

/// The embedded corpus: one real newspaper page (a 2022-10-09 Xinhua survey and the
/// continuation of a Harbin New District article). Always the same object; its pack is
/// part of the module, so `close()` leaves it open.
#[pyfunction]
pub(crate) fn corpus(py: Python<'_>) -> PyResult<Py<Corpus>> {
    EMBEDDED
        .get_or_try_init(py, || {
            let c = Corpus {
                embedded: true,
                ..Corpus::wrap(Held::corpus(Backing::Embedded))
            };
            Py::new(py, c)
        })
        .map(|c| c.clone_ref(py))
}

/// Validates `bytes` as a pack and holds them.
pub(crate) fn open_owned(bytes: Vec<u8>) -> Result<Held<baokan::Corpus<'static>>, baokan::Error> {
    Backing::bytes(bytes).map(Held::corpus)
}

/// Memory-maps a pack file, validates it and holds the mapping.
pub(crate) fn open_mapped(path: &Path) -> Result<Held<baokan::Corpus<'static>>, baokan::Error> {
    let file = baokan::Corpus::open(path)?;
    Ok(Held::corpus(Backing::File(file)))
}

/// Opens a compiled pack file by memory-mapping it, and validates it (without the GIL);
/// or, given a list of pack files or a folder, several packs as one `Corpora`.
///
/// Nothing is copied: the corpus reads the file's pages in place, so opening a pack of
/// hundreds of megabytes is quick and costs no heap. The file stays mapped while the
/// corpus or any object taken from it is alive, and is unmapped when the last goes.
/// Use `with baokan.open(path) as c:` (or `c.close()`) to end the corpus at a known
/// point. Replace a pack by writing a new file and renaming it over the old one, as
/// `compile(..., output=...)` does; never rewrite an opened pack in place.
///
/// A list (or tuple) of paths, or a folder, gives a `Corpora`: the packs in the order
/// given, a folder standing for its `*.pack` files sorted by name, each labelled by its
/// file stem.
///
/// Raises FileError (also an OSError) if a file cannot be opened or mapped or a folder
/// holds no pack, and PackError if it is not a valid pack, including one of a newer
/// format version (the message names both versions). The corpus carries the source
/// files the pack carries (`compile` keeps them unless `keep_source=False`); where it
/// does not, `Article.raw` and `Corpus.source_text` are None.
#[pyfunction]
pub(crate) fn open(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Opened> {
    if let Ok(path) = path.extract::<PathBuf>() {
        if path.is_dir() {
            return Ok(Opened::Several(Py::new(
                py,
                crate::corpora::open_set(py, vec![path])?,
            )?));
        }
        let held = py.detach(move || open_mapped(&path)).or_raise(py)?;
        return Ok(Opened::One(Py::new(py, Corpus::wrap(held))?));
    }
    let paths: Vec<PathBuf> = path.extract()?;
    Ok(Opened::Several(Py::new(
        py,
        crate::corpora::open_set(py, paths)?,
    )?))
}

/// What `baokan.open` returns: one corpus, or several packs.
#[derive(IntoPyObject)]
pub(crate) enum Opened {
    One(Py<Corpus>),
    Several(Py<crate::corpora::Corpora>),
}

methods! {
    impl Corpus {
        /// Opens a compiled pack from bytes, checking its header and directory (microseconds
        /// at any size). Raises PackError if they are not a pack's; never crashes on bad
        /// input: damage further in gives empty strings or wrong answers where it is read,
        /// and `verify()` finds it. The bytes are copied, and freed with the corpus and the
        /// last object taken from it. The corpus carries the source files the pack carries
        /// (`EMBEDDED_PACK` carries none, so `Article.raw` is None for it).
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
            py.detach(move || open_mapped(&path))
                .or_raise(py)
                .map(Corpus::wrap)
        }

        /// All articles, in page order.
        all articles -> Vec<Article>;

        /// All sections, in page order (each article's untitled lead included).
        all sections -> Vec<Section>;

        /// All paragraphs, in page order.
        all paragraphs -> Vec<Paragraph>;

        /// All sentences, in page order.
        all sentences -> Vec<Sentence>;

        /// All credit and note lines, in article order.
        all credits -> Vec<Credit>;

        /// The article with this id: "1" or 1. Raises UnknownIdError if there is none and
        /// BadIdError if the id is malformed or not an article id.
        fn article(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Article> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.article(&id).map(Into::into))
        }

        /// The section with this id, like "1.2". Raises UnknownIdError or BadIdError.
        fn section(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Section> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.section(&id).map(Into::into))
        }

        /// The paragraph with this id, like "1.2.3". Raises UnknownIdError or BadIdError.
        fn paragraph(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Paragraph> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.paragraph(&id).map(Into::into))
        }

        /// The sentence with this id, like "1.2.3.1". Raises UnknownIdError or BadIdError.
        fn sentence(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Sentence> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.sentence(&id).map(Into::into))
        }

        /// The item of any level with this id: "2" is an article, "2.1" a section, "2.1.3"
        /// a paragraph, "2.1.3.1" a sentence. Raises UnknownIdError or BadIdError.
        fn find<'py>(
            &self,
            py: Python<'py>,
            id: &Bound<'py, PyAny>,
        ) -> PyResult<Bound<'py, PyAny>> {
            let id = id_arg(id)?;
            let held = self.held()?;
            let found = held.get()?.find(&id).or_raise(py)?;
            // The crate's item, found again as a held view of its kind.
            macro_rules! held_item {
                ($class:ty, $get:ident) => {
                    Bound::new(py, self.lookup::<$class>(py, |c, _| c.$get(&id).map(Into::into))?)?
                        .into_any()
                };
            }
            Ok(match found {
                baokan::Item::Article(_) => held_item!(Article, article),
                baokan::Item::Section(_) => held_item!(Section, section),
                baokan::Item::Paragraph(_) => held_item!(Paragraph, paragraph),
                baokan::Item::Sentence(_) => held_item!(Sentence, sentence),
            })
        }

        /// The whole text arena: every title, heading, marker, dateline and repaired
        /// paragraph, one per line, in page order. Items' `char_start`/`char_end` index it:
        /// `corpus.text[p.char_start:p.char_end] == p.text`.
        #[getter]
        fn text(&self, py: Python<'_>) -> PyResult<Py<PyString>> {
            let c = self.held()?;
            let text = self.text.get_or_try_init(py, || {
                c.get().map(|c| PyString::new(py, c.text()).unbind())
            })?;
            Ok(text.clone_ref(py))
        }

        /// The source files, as dicts: name, date (ISO string or None), date_basis,
        /// layout, layout_reason, declared_source, page and lines.
        #[getter]
        fn files<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            let c = self.held()?;
            let files: Vec<_> = c.get()?.files().collect();
            Ok(pythonize::pythonize(py, &files)?)
        }

        /// The original text of a source file, where the corpus carries it: the embedded
        /// corpus does, and so does a pack compiled without `keep_source=False` (the CLI's
        /// `--no-source`). None for a file it does not carry.
        fn source_text(&self, file: &str) -> PyResult<Option<String>> {
            Ok(self.held()?.get()?.source_text(file).map(str::to_string))
        }

        /// Checks the whole pack (without the GIL): every table's checksum, the text's
        /// UTF-8 and every record. Raises PackError naming the table (and record) at
        /// fault. Linear in the pack's size; opening does not do it.
        fn verify(&self, py: Python<'_>) -> PyResult<()> {
            let c = self.held()?;
            let c = c.get()?;
            py.detach(|| c.verify()).or_raise(py)
        }

        /// Counts of everything in the corpus: files, articles, sections, paragraphs,
        /// sentences, joins, paragraph_chars and pack_bytes.
        fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            let c = self.held()?;
            let c = c.get()?;
            let stats = py.detach(|| c.stats());
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
            Search::new(py, self.held()?, query, article, section, regex, fold_trad)?.count(py)
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
            Search::new(py, self.held()?, query, article, section, regex, fold_trad)?.hits(py)
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
            Search::new(py, self.held()?, query, article, section, regex, fold_trad)?.kwic(
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
            crate::search::dispersion(py, &self.held()?, &terms)
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
        ) -> PyResult<Vec<(String, usize)>> {
            crate::stats::ngrams(py, &self.held()?, n, top, skip_punct)
        }

        /// The `top` most frequent jieba words of the paragraph text, as (word, count)
        /// pairs, by count descending, then word. With `skip_punct`, punctuation tokens are
        /// left out; unless `keep_stopwords`, so are the function words of Stopwords
        /// ISO's Chinese list (的, 是, 我们…). `top=None` gives all.
        #[pyo3(
            signature = (top=Some(20), skip_punct=true, keep_stopwords=false),
            text_signature = "($self, /, top=20, skip_punct=True, keep_stopwords=False)"
        )]
        fn words(
            &self,
            py: Python<'_>,
            top: Option<usize>,
            skip_punct: bool,
            keep_stopwords: bool,
        ) -> PyResult<Vec<(String, usize)>> {
            crate::stats::words(py, &self.held()?, top, skip_punct, keep_stopwords)
        }

        /// Each term's hits per period of the articles' dates: `by` is "day", "week"
        /// (ISO), "month" or "year". One row per term and period with dated text, with
        /// the columns term, period (labelled YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY), hits
        /// (from the index, as `count` counts), per_million (hits per million paragraph
        /// chars of the period), articles (with a hit) and chars. A pandas DataFrame when
        /// pandas is installed, else a list of dicts. Undated articles are left out.
        #[pyo3(signature = (terms, by="month"))]
        fn trend<'py>(
            &self,
            py: Python<'py>,
            terms: Vec<String>,
            by: &str,
        ) -> PyResult<Bound<'py, PyAny>> {
            crate::stats::trend(py, &self.held()?, terms, by)
        }

        /// The words that mark the articles dated `a` ("FROM..TO", YYYY-MM-DD, inclusive)
        /// against those dated `b`, by log-likelihood (G²): the `top` of each side, with
        /// both frequencies and the log ratio (positive marks A). Words are jieba's,
        /// punctuation and, unless `keep_stopwords`, Stopwords ISO's Chinese list left
        /// out; words under `min_freq` in both parts together are not ranked. A pandas
        /// DataFrame (side, word, a, b, g2, log_ratio) when pandas is installed, else a
        /// list of dicts. Raises BadArgumentError for a bad range.
        #[pyo3(
            signature = (a, b, top=Some(20), min_freq=5, keep_stopwords=false),
            text_signature = "($self, /, a, b, top=20, min_freq=5, keep_stopwords=False)"
        )]
        fn keyness<'py>(
            &self,
            py: Python<'py>,
            a: &str,
            b: &str,
            top: Option<usize>,
            min_freq: usize,
            keep_stopwords: bool,
        ) -> PyResult<Bound<'py, PyAny>> {
            let (a, b) = (baokan::date_range(a).or_raise(py)?, baokan::date_range(b).or_raise(py)?);
            let c = self.held()?;
            let c = c.get()?;
            let (fa, fb) = py.detach(|| (c.words_between(a.0, a.1), c.words_between(b.0, b.1)));
            crate::stats::keyness_table(py, &fa, &fb, top, min_freq, keep_stopwords)
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
            crate::stats::collocates(py, &self.held()?, word, window, min_freq, top)
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
            crate::stats::keywords(py, &self.held()?, id, top)
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
        ) -> PyResult<Vec<Repeat>> {
            Ok(crate::stats::repeats(py, &self.held()?, min_len, min_count, top))
        }

        /// Every figure (a quantity stated with a number: 51.8万人, 3.2亿-3.5亿元, 五级), in
        /// text order; with `unit`, only those in that unit or measure word ("人", "家",
        /// "元", "%").
        #[pyo3(signature = (unit=None))]
        fn figures(&self, py: Python<'_>, unit: Option<&str>) -> PyResult<Vec<Figure>> {
            Ok(crate::mentions::figures(py, &self.held()?, unit))
        }

        /// Every date mention (2018年11月6日, 2021年6月至12月, 今年8月), in text order,
        /// normalised to ISO against its article's date.
        fn dates(&self, py: Python<'_>) -> PyResult<Vec<DateMention>> {
            Ok(crate::mentions::dates(py, &self.held()?))
        }

        /// Every cited document title 《…》, in text order, with the issuers, action and
        /// date its sentence states.
        fn citations(&self, py: Python<'_>) -> PyResult<Vec<Citation>> {
            Ok(crate::mentions::citations(py, &self.held()?))
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
            crate::mentions::quotes(py, &self.held()?, speaker, kind)
        }

        /// Every named entity (person, place, organisation), in order of first
        /// appearance; `kind` ("person", "place" or "org") keeps one kind. Another kind
        /// raises BadArgumentError.
        #[pyo3(signature = (kind=None))]
        fn entities(&self, py: Python<'_>, kind: Option<&str>) -> PyResult<Vec<Entity>> {
            crate::mentions::entities(py, &self.held()?, kind)
        }

        /// Every dated statement, in date order (ISO, then text order); dates that could
        /// not be resolved are left out.
        fn timeline(&self, py: Python<'_>) -> PyResult<Vec<TimelineEntry>> {
            Ok(crate::mentions::timeline(py, &self.held()?))
        }

        /// One table of the corpus as a pandas DataFrame, one row per item (see
        /// `baokan.frames.to_pandas`). Raises MissingDependencyError without pandas and
        /// BadArgumentError for an unknown table.
        fn to_pandas<'py>(slf: &Bound<'py, Self>, table: &str) -> PyResult<Bound<'py, PyAny>> {
            let frames = slf.py().import("baokan.frames")?;
            frames.getattr("to_pandas")?.call1((slf, table))
        }

        /// Ends the corpus: from now on the corpus and every object taken from it raise
        /// ClosedError. The pack's bytes (the file's mapping) are released now, or, while
        /// objects taken from it are still alive, when the last of them goes. Closing
        /// twice is fine. The embedded corpus (`baokan.corpus()`) is part of the module
        /// and stays open.
        fn close(&self) {
            if self.embedded {
                return;
            }
            self.state.close();
            let held = self.held.lock().unwrap_or_else(PoisonError::into_inner).take();
            drop(held);
        }

        /// Whether `close()` was called.
        #[getter]
        fn closed(&self) -> bool {
            self.state.is_closed()
        }

        fn __enter__(slf: Py<Self>) -> Py<Self> {
            slf
        }

        /// Closes the corpus at the end of a `with` block; exceptions pass through.
        #[pyo3(signature = (_exc_type=None, _exc=None, _traceback=None))]
        fn __exit__(
            &self,
            _exc_type: Option<&Bound<'_, PyAny>>,
            _exc: Option<&Bound<'_, PyAny>>,
            _traceback: Option<&Bound<'_, PyAny>>,
        ) -> bool {
            self.close();
            false
        }

        fn __len__(&self) -> PyResult<usize> {
            Ok(self.held()?.get()?.articles().len())
        }

        fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
            let list = pyo3::types::PyList::new(py, self.articles(py)?)?;
            Ok(list.try_iter()?.into_any().unbind())
        }

        fn __repr__(&self) -> String {
            let Ok(held) = self.held() else {
                return "<baokan.Corpus (closed)>".to_string();
            };
            let c = held.raw();
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
