//! Statistics: `Corpus.ngrams`, `words`, `collocates`, `keywords` and `repeats`, their
//! small result classes, and `baokan.segment`.
//!
//! Every statistic runs with the GIL released and its result is collected there; the
//! Python objects are made after. Counts come back as `(text, count)` tuples, like
//! `collections.Counter.most_common`; the richer results are frozen classes with
//! `to_dict()`, so `pandas.DataFrame(x.to_dict() for x in ...)` (or `baokan.to_frame`)
//! makes a table of any of them.

use pyo3::prelude::*;

use crate::errors::OrRaise;
use crate::held::{Held, held};
use crate::shared::{identity, methods};
use crate::util::id_arg;

/// `top=None` means every result.
pub(crate) fn top_arg(top: Option<usize>) -> usize {
    top.unwrap_or(usize::MAX)
}

/// The corpus, as the functions below take it.
type Corpus = Held<baokan::Corpus<'static>>;

/// `Corpus.ngrams`.
pub(crate) fn ngrams(
    py: Python<'_>,
    c: &Corpus,
    n: usize,
    top: Option<usize>,
    skip_punct: bool,
) -> PyResult<Vec<(String, usize)>> {
    let c = c.get()?;
    let grams = py
        .detach(|| c.ngrams(n, top_arg(top), skip_punct))
        .or_raise(py)?;
    Ok(grams
        .into_iter()
        .map(|g| (g.text.to_owned(), g.count))
        .collect())
}

/// `Corpus.words`.
pub(crate) fn words(
    py: Python<'_>,
    c: &Corpus,
    top: Option<usize>,
    skip_punct: bool,
    keep_stopwords: bool,
) -> PyResult<Vec<(String, usize)>> {
    let c = c.get()?;
    Ok(py
        .detach(|| {
            if keep_stopwords {
                c.words(top_arg(top), skip_punct)
            } else {
                c.content_words(top_arg(top), skip_punct)
            }
        })
        .into_iter()
        .map(|w| (w.word.to_owned(), w.count))
        .collect())
}

/// `by` as a period: "day", "week", "month" or "year".
pub(crate) fn period_arg(py: Python<'_>, by: &str) -> PyResult<baokan::Period> {
    baokan::Period::from_name(by).ok_or_else(|| {
        let names: Vec<&str> = baokan::Period::ALL.map(baokan::Period::as_str).to_vec();
        crate::errors::bad_argument(py, "by", format!("{by:?} is not one of {names:?}"))
    })
}

/// Trend points as a pandas DataFrame when pandas imports, else as a list of dicts, with
/// the columns term, period, hits, per_million, articles, chars.
pub(crate) fn trend_table<'py>(
    py: Python<'py>,
    points: &[baokan::TrendPoint],
) -> PyResult<Bound<'py, PyAny>> {
    let rows = pythonize::pythonize(py, points)?;
    match py.import("pandas") {
        Ok(pandas) => {
            let columns = ["term", "period", "hits", "per_million", "articles", "chars"];
            let kwargs = pyo3::types::PyDict::new(py);
            kwargs.set_item("columns", columns.to_vec())?;
            pandas.getattr("DataFrame")?.call((rows,), Some(&kwargs))
        }
        Err(_) => Ok(rows),
    }
}

/// `Corpus.trend`.
pub(crate) fn trend<'py>(
    py: Python<'py>,
    c: &Corpus,
    terms: Vec<String>,
    by: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let by = period_arg(py, by)?;
    let c = c.get()?;
    let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
    let points = py.detach(|| c.trend(&terms, by)).or_raise(py)?;
    trend_table(py, &points)
}

/// Ranked keywords as a pandas DataFrame when pandas imports, else a list of dicts,
/// with the columns side, word, a, b, g2, log_ratio: the `top` of each side.
pub(crate) fn keyness_table<'py>(
    py: Python<'py>,
    a: &baokan::WordFreqs,
    b: &baokan::WordFreqs,
    top: Option<usize>,
    min_freq: usize,
    keep_stopwords: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let options = baokan::KeynessOptions {
        min_freq,
        keep_stopwords,
        top: usize::MAX,
    };
    let ranked = py.detach(|| baokan::keyness(a, b, &options));
    let rows = pyo3::types::PyList::empty(py);
    for (side, k) in baokan::top_per_side(&ranked, top_arg(top)) {
        let d = pyo3::types::PyDict::new(py);
        d.set_item("side", side)?;
        d.set_item("word", &k.word)?;
        d.set_item("a", k.a)?;
        d.set_item("b", k.b)?;
        d.set_item("g2", k.g2)?;
        d.set_item("log_ratio", k.log_ratio)?;
        rows.append(d)?;
    }
    match py.import("pandas") {
        Ok(pandas) => {
            let kwargs = pyo3::types::PyDict::new(py);
            kwargs.set_item(
                "columns",
                ["side", "word", "a", "b", "g2", "log_ratio"].to_vec(),
            )?;
            pandas.getattr("DataFrame")?.call((rows,), Some(&kwargs))
        }
        Err(_) => Ok(rows.into_any()),
    }
}

/// `Corpus.collocates`.
pub(crate) fn collocates(
    py: Python<'_>,
    c: &Corpus,
    word: &str,
    window: usize,
    min_freq: usize,
    top: Option<usize>,
) -> PyResult<Vec<Collocate>> {
    c.try_list(py, |c, _| {
        let found = c.collocates(word, window, min_freq, top_arg(top))?;
        Ok(found.into_iter().collect())
    })
}

/// `Corpus.keywords`.
pub(crate) fn keywords(
    py: Python<'_>,
    c: &Corpus,
    id: &Bound<'_, PyAny>,
    top: Option<usize>,
) -> PyResult<Vec<Keyword>> {
    let id = id_arg(id)?;
    c.try_list(py, |c, _| {
        Ok(c.keywords(&id, top_arg(top))?.into_iter().collect())
    })
}

/// `Corpus.repeats`.
pub(crate) fn repeats(
    py: Python<'_>,
    c: &Corpus,
    min_len: usize,
    min_count: usize,
    top: Option<usize>,
) -> Vec<Repeat> {
    c.list(py, |c, _| {
        let mut found = c.repeats(min_len, min_count);
        found.truncate(top_arg(top));
        found.into_iter().collect()
    })
}

/// A word found near a node word, and how strongly it is attracted to it.
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone)]
pub struct Collocate(Held<CollocateView<'static>>);
held!(Collocate: Collocate, CollocateView, CollocateList);
identity!(Collocate by value);

methods! {
    impl Collocate {
        /// The collocate, as it first occurs in the corpus text.
        field word -> &str;

        /// Its tokens inside the windows around the node word.
        field joint -> usize;

        /// Occurrences of the node word.
        field node_freq -> usize;

        /// Its tokens in the whole corpus.
        field word_freq -> usize;

        /// Dunning's log-likelihood G², signed: negative when the word is rarer near the
        /// node than elsewhere.
        field score -> f64;

        /// The association measure: "log-likelihood".
        field measure -> &str;

        /// The collocate as a dict: word, joint, node_freq, word_freq, score, measure.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "Collocate(word={:?}, joint={}, node_freq={}, word_freq={}, score={:.3}, measure={:?})",
                self.0.raw().word,
                self.0.raw().joint,
                self.0.raw().node_freq,
                self.0.raw().word_freq,
                self.0.raw().score,
                self.0.raw().measure
            )
        }
    }
}

/// A term that characterises an article or a section, and its TF-IDF weight.
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone)]
pub struct Keyword(Held<KeywordView<'static>>);
held!(Keyword: Keyword, KeywordView, KeywordList);
identity!(Keyword by value);

methods! {
    impl Keyword {
        /// The term: a jieba word or a repeated phrase.
        field term -> &str;

        /// Its weight: tf × idf, with idf = ln((1 + N) / (1 + df)) + 1 for N documents.
        field score -> f64;

        /// Occurrences in the document.
        field tf -> usize;

        /// How many of the N documents it occurs in.
        field df -> usize;

        /// The measure: "tf-idf".
        field measure -> &str;

        /// The keyword as a dict: term, score, tf, df, measure.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "Keyword(term={:?}, score={:.3}, tf={}, df={}, measure={:?})",
                self.0.raw().term, self.0.raw().score, self.0.raw().tf, self.0.raw().df, self.0.raw().measure
            )
        }
    }
}

/// A phrase that occurs more than once in the paragraph text.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Repeat(Held<RepeatView<'static>>);
held!(Repeat: Repeat, RepeatView, RepeatList);
identity!(Repeat by value, hashed);

methods! {
    impl Repeat {
        /// The phrase, as it stands at one of its occurrences.
        field text -> &str;

        /// Its occurrences (overlapping ones counted): equal to Corpus.count(text).
        field count -> usize;

        /// Its length in chars.
        field len -> usize;

        /// The repeat as a dict: text, count, len.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "Repeat(text={:?}, count={}, len={})",
                self.0.raw().text, self.0.raw().count, self.0.raw().len
            )
        }
    }
}

/// Segments `text` into words with jieba (default dictionary, HMM on), as
/// Corpus.words does. The tokens cover the text exactly, punctuation included. The
/// dictionary loads on first use (about 0.1 s), without the GIL.
#[pyfunction]
pub(crate) fn segment<'t>(py: Python<'_>, text: &'t str) -> Vec<&'t str> {
    py.detach(|| baokan::segment(text))
}
