//! Search: `Corpus.search`, `count`, `kwic` and `dispersion`, the `Hit` and `KwicLine`
//! classes, and `baokan.to_simplified`.
//!
//! The binding only translates: keyword arguments become a [`baokan::Query`], run with
//! the GIL released; the crate's results (which borrow the held pack) are collected
//! inside the released section and wrapped as Python objects after.

use pyo3::prelude::*;
use serde::Serialize;

use crate::errors::{OrRaise, bad_argument};
use crate::held::{Held, held};
use crate::items::Source;
use crate::shared::{identity, methods};
use crate::util::{id_arg, preview};

/// Chars of context shown by `repr`.
const PREVIEW: usize = 12;

/// A search as Python asked for it: the pattern, its modes and its scope, the scope
/// already checked to name an article (or a section) of the corpus.
pub(crate) struct Search<'s> {
    c: Held<baokan::Corpus<'static>>,
    pattern: &'s str,
    scope: Option<String>,
    regex: bool,
    traditional: bool,
}

impl<'s> Search<'s> {
    /// Checks the scope: `article` must name an article and `section` a section
    /// (`BadIdError`/`UnknownIdError` otherwise), and at most one of them is given.
    pub(crate) fn new(
        py: Python<'_>,
        c: Held<baokan::Corpus<'static>>,
        pattern: &'s str,
        article: Option<&Bound<'_, PyAny>>,
        section: Option<&Bound<'_, PyAny>>,
        regex: bool,
        traditional: bool,
    ) -> PyResult<Search<'s>> {
        let scope = match (article, section) {
            (Some(_), Some(_)) => {
                let reason = "give article= or section=, not both".to_string();
                return Err(bad_argument(py, "scope", reason));
            }
            (Some(a), None) => {
                let id = id_arg(a)?;
                c.get()?.article(&id).or_raise(py)?;
                Some(id)
            }
            (None, Some(s)) => {
                let id = id_arg(s)?;
                c.get()?.section(&id).or_raise(py)?;
                Some(id)
            }
            (None, None) => None,
        };
        Ok(Search {
            c,
            pattern,
            scope,
            regex,
            traditional,
        })
    }

    fn query<'c>(&self, c: &baokan::Corpus<'c>) -> baokan::Query<'c, '_> {
        let q = c
            .query(self.pattern)
            .regex(self.regex)
            .traditional(self.traditional);
        match &self.scope {
            Some(id) => q.within(id),
            None => q,
        }
    }

    /// The number of hits. A plain count is two binary searches in the index, so it
    /// keeps the GIL; regex, traditional folding and scopes scan, so they release it.
    pub(crate) fn count(&self, py: Python<'_>) -> PyResult<usize> {
        let c = self.c.get()?;
        if !self.regex && !self.traditional && self.scope.is_none() {
            return c.count(self.pattern).or_raise(py);
        }
        py.detach(|| self.query(c).count()).or_raise(py)
    }

    /// Every hit, in text order.
    pub(crate) fn hits(&self, py: Python<'_>) -> PyResult<Vec<Hit>> {
        self.c
            .try_list(py, |c, _| Ok(self.query(c).hits()?.into_iter().collect()))
    }

    /// Every hit as a concordance line.
    pub(crate) fn kwic(
        &self,
        py: Python<'_>,
        width: usize,
        cross_paragraphs: bool,
        sort: &str,
    ) -> PyResult<Vec<KwicLine>> {
        let sort: baokan::KwicSort = sort
            .parse()
            .map_err(|reason| bad_argument(py, "sort", reason))?;
        self.c.try_list(py, |c, _| {
            let lines = self.query(c).kwic(width, cross_paragraphs, sort)?;
            Ok(lines.into_iter().collect())
        })
    }
}

/// What `Corpus.dispersion` returns, as plain data.
#[derive(Serialize)]
struct DispersionData {
    articles: Vec<baokan::DispersionArticle>,
    terms: Vec<baokan::Dispersion>,
}

/// `Corpus.dispersion(*terms)` as a dict: `articles` and `terms`.
pub(crate) fn dispersion<'py>(
    py: Python<'py>,
    c: &Held<baokan::Corpus<'static>>,
    terms: &[String],
) -> PyResult<Bound<'py, PyAny>> {
    let c = c.get()?;
    let data = py
        .detach(|| {
            let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
            Ok::<_, baokan::Error>(DispersionData {
                articles: c.dispersion_articles(),
                terms: c.dispersion(&terms)?,
            })
        })
        .or_raise(py)?;
    Ok(pythonize::pythonize(py, &data)?)
}

/// One occurrence of a query: its text, where it is in `Corpus.text` and in the source,
/// and the items that hold it.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Hit(Held<HitView<'static>>);
held!(Hit: Hit, HitView, HitList);

identity!(Hit by span);

methods! {
    impl Hit {
        /// The matched text as it stands in the corpus (not folded: a half-width query
        /// matches full-width text and shows it).
        get text -> &str;

        /// Char offset in Corpus.text where the match begins.
        char_start;

        /// Char offset in Corpus.text one past its end.
        char_end;

        /// (char_start, char_end).
        char_span;

        /// Where the match begins in the source file.
        wrap source -> Source;

        located;

        /// Up to `width` chars before the match, within its paragraph.
        #[pyo3(signature = (width = 10))]
        fn left(&self, width: usize) -> PyResult<&str> {
            Ok(self.0.get()?.left(width))
        }

        /// Up to `width` chars after the match, within its paragraph.
        #[pyo3(signature = (width = 10))]
        fn right(&self, width: usize) -> PyResult<&str> {
            Ok(self.0.get()?.right(width))
        }

        /// The hit as a dict of plain values: article, section, paragraph and sentence ids,
        /// text, char_start, char_end, byte_start, byte_end and source.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Hit {:?} in {} at {}>",
                preview(self.0.raw().text(), PREVIEW * 2),
                self.0.raw().paragraph().id(),
                self.0.raw().source()
            )
        }
    }
}

/// A concordance (keyword-in-context) line: a hit with its left and right context.
#[pyclass(frozen, module = "baokan")]
#[derive(Clone)]
pub struct KwicLine(Held<KwicLineView<'static>>);
held!(KwicLine: KwicLine, KwicLineView, KwicLineList);

methods! {
    impl KwicLine {
        /// Up to `width` chars before the match.
        field left -> &str;

        /// The match itself, as it stands in the corpus.
        get text of hit -> &str;

        /// Up to `width` chars after the match.
        field right -> &str;

        /// The hit: its place in the text, the source and the structure.
        #[getter]
        fn hit(&self) -> PyResult<Hit> {
            Ok(Hit(self.0.project(|k, _| HitView(k.hit))?))
        }

        /// The line as a dict of plain values: the hit's fields (see Hit.to_dict) plus left
        /// and right.
        to_dict;

        fn __repr__(&self) -> String {
            let left: String = {
                let n = self.0.raw().left.chars().count();
                let skip = n.saturating_sub(PREVIEW);
                let tail: String = self.0.raw().left.chars().skip(skip).collect();
                if skip > 0 { format!("…{tail}") } else { tail }
            };
            format!(
                "<baokan.KwicLine {:?} [{}] {:?}>",
                left,
                self.0.raw().hit.text(),
                preview(self.0.raw().right, PREVIEW)
            )
        }
    }
}

/// `text` converted from traditional to simplified characters (OpenCC's t2s rules), as
/// `fold_trad=True` converts a query. Raises BaokanError if the conversion tables cannot
/// be loaded.
#[pyfunction]
pub(crate) fn to_simplified(py: Python<'_>, text: &str) -> PyResult<String> {
    py.detach(|| baokan::to_simplified(text)).or_raise(py)
}
