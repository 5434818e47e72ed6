//! `baokan.Corpora`: several packs read as one corpus, as `baokan.open([...])` or
//! `baokan.open(folder)` returns it.
//!
//! One held [`baokan::Corpora`] over a cart holding every mapped pack: each object
//! taken from it (an article, a hit, a mention) keeps all the packs mapped, and
//! `close()` ends them all at once. Lists are `(label, object)` pairs, in the order
//! `baokan::Corpora` documents: pack order (the order given; a folder's packs by file
//! name), then each pack's own order.

use std::marker::PhantomData;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use pyo3::prelude::*;
use yoke::Yokeable;

use crate::errors::{OrRaise, bad_argument, closed_error};
use crate::held::{Class, Held, State};
use crate::items::{Article, Paragraph, Section, Sentence};
use crate::mentions::{Citation, DateMention, Entity, Figure, Quote, TimelineEntry, kind_arg};
use crate::search::{Hit, KwicLine};
use crate::stats::top_arg;
use crate::util::id_arg;

/// The held corpora.
type Set = Held<baokan::Corpora<'static>>;

/// Several compiled packs read as one corpus: `baokan.open(["2019-01.pack",
/// "2019-02.pack"])` or `baokan.open("packs/")` (its `*.pack` files, sorted by name).
///
/// Each pack has a label, its file stem, and item ids are qualified by it:
/// `c.article("2019-02:17")`. Lists come as `(label, object)` pairs in pack order,
/// each pack's part in text order; `kwic(sort=...)` and `timeline()` sort by their key,
/// ties in pack order. Counts, `stats()`, `ngrams()` and `words()` are summed over the
/// packs, so a corpus split into packs answers as one pack of the same files. An
/// entity named in two packs is listed once per pack. Objects keep every pack mapped;
/// `close()` or the end of a `with` block ends them all.
#[pyclass(frozen, module = "baokan")]
pub struct Corpora {
    held: Mutex<Option<Set>>,
    state: Arc<State>,
}

impl Corpora {
    fn held(&self) -> PyResult<Set> {
        let held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        held.clone().ok_or_else(closed_error)
    }

    /// `(label, object)` pairs of the list `f` makes, each object holding every pack.
    fn pairs<C: Class>(
        &self,
        py: Python<'_>,
        f: impl for<'a> FnOnce(
            &baokan::Corpora<'a>,
            PhantomData<&'a ()>,
            &mut Vec<String>,
        ) -> Result<<C::List as Yokeable<'a>>::Output, baokan::Error>
        + Send,
    ) -> PyResult<Vec<(String, C)>> {
        let mut labels = Vec::new();
        let list = self
            .held()?
            .try_list::<C>(py, |c, p| f(c, p, &mut labels))?;
        Ok(labels.into_iter().zip(list).collect())
    }

    /// The object `f` finds by a qualified id.
    fn lookup<C: Class>(
        &self,
        py: Python<'_>,
        f: impl for<'a> FnOnce(
            &baokan::Corpora<'a>,
            PhantomData<&'a ()>,
        ) -> Result<<C::View as Yokeable<'a>>::Output, baokan::Error>,
    ) -> PyResult<C> {
        let view = self.held()?.try_project::<C::View>(f)?.or_raise(py)?;
        Ok(C::new(view))
    }
}

/// The labels of a list found in the packs, then its items.
fn split<'a, T>(found: Vec<baokan::InPack<'a, T>>, labels: &mut Vec<String>) -> Vec<T> {
    labels.extend(found.iter().map(|x| x.label.to_string()));
    found.into_iter().map(|x| x.item).collect()
}

/// Opens the packs `paths` name (files and folders), mapped and validated without the
/// GIL.
pub(crate) fn open_set(py: Python<'_>, paths: Vec<PathBuf>) -> PyResult<Corpora> {
    let set = py
        .detach(move || baokan::Corpora::open(&paths))
        .or_raise(py)?;
    let held = Held::corpora(set);
    Ok(Corpora {
        state: Arc::clone(held.state()),
        held: Mutex::new(Some(held)),
    })
}

crate::shared::methods! {
    impl Corpora {
        /// The packs' labels (their file stems), in pack order.
        #[getter]
        fn labels(&self) -> PyResult<Vec<String>> {
            Ok(self.held()?.get()?.labels().map(str::to_string).collect())
        }

        /// Every article as a (label, Article) pair, in pack order, then page order.
        #[getter]
        fn articles(&self, py: Python<'_>) -> PyResult<Vec<(String, Article)>> {
            self.pairs(py, |c, _, labels| {
                Ok(split(c.articles().collect(), labels).into_iter().collect())
            })
        }

        /// The article with this qualified id, like "2019-02:17". Raises BadIdError for an
        /// id without a pack's label (unless there is one pack) and UnknownIdError for
        /// one that names no pack or no article.
        fn article(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Article> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.article(&id).map(|a| a.item.into()))
        }

        /// The section with this qualified id, like "2019-02:17.2".
        fn section(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Section> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.section(&id).map(|a| a.item.into()))
        }

        /// The paragraph with this qualified id, like "2019-02:17.2.3".
        fn paragraph(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Paragraph> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.paragraph(&id).map(|a| a.item.into()))
        }

        /// The sentence with this qualified id, like "2019-02:17.2.3.1".
        fn sentence(&self, py: Python<'_>, id: &Bound<'_, PyAny>) -> PyResult<Sentence> {
            let id = id_arg(id)?;
            self.lookup(py, |c, _| c.sentence(&id).map(|a| a.item.into()))
        }

        /// Counts of everything, summed over the packs (a dict, as Corpus.stats()).
        fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            let c = self.held()?;
            let c = c.get()?;
            let stats = py.detach(|| c.stats());
            Ok(pythonize::pythonize(py, &stats)?)
        }

        /// Occurrences of `query` in all packs. `article` or `section` is a qualified id
        /// and limits the count to that item; see Corpus.count for the rest.
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
            let scope = Scope::new(py, article, section)?;
            let c = self.held()?;
            let c = c.get()?;
            py.detach(|| scope.query(c, query, regex, fold_trad).count()).or_raise(py)
        }

        /// Every occurrence of `query` as a (label, Hit) pair, in pack order, then text
        /// order. Arguments as Corpora.count.
        #[pyo3(signature = (query, *, article=None, section=None, regex=false, fold_trad=false))]
        fn search(
            &self,
            py: Python<'_>,
            query: &str,
            article: Option<&Bound<'_, PyAny>>,
            section: Option<&Bound<'_, PyAny>>,
            regex: bool,
            fold_trad: bool,
        ) -> PyResult<Vec<(String, Hit)>> {
            let scope = Scope::new(py, article, section)?;
            self.pairs(py, |c, _, labels| {
                let hits = scope.query(c, query, regex, fold_trad).hits()?;
                Ok(split(hits, labels).into_iter().collect())
            })
        }

        /// Every occurrence of `query` as a (label, KwicLine) pair: by position in pack
        /// order, then text order; by "left" or "right" context, ties in pack order.
        /// Other arguments as Corpus.kwic, scopes as Corpora.count.
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
        ) -> PyResult<Vec<(String, KwicLine)>> {
            let sort: baokan::KwicSort = sort
                .parse()
                .map_err(|reason| bad_argument(py, "sort", reason))?;
            let scope = Scope::new(py, article, section)?;
            self.pairs(py, |c, _, labels| {
                let q = scope.query(c, query, regex, fold_trad);
                Ok(split(q.kwic(width, cross_paragraphs, sort)?, labels).into_iter().collect())
            })
        }

        /// The `top` most frequent char n-grams over all packs, as (text, count) pairs;
        /// see Corpus.ngrams.
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
            let c = self.held()?;
            let c = c.get()?;
            let grams = py.detach(|| c.ngrams(n, top_arg(top), skip_punct)).or_raise(py)?;
            Ok(grams.into_iter().map(|g| (g.text.to_owned(), g.count)).collect())
        }

        /// The `top` most frequent jieba words over all packs, as (word, count) pairs;
        /// see Corpus.words.
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
            let c = self.held()?;
            let c = c.get()?;
            let words = py.detach(|| {
                if keep_stopwords {
                    c.words(top_arg(top), skip_punct)
                } else {
                    c.content_words(top_arg(top), skip_punct)
                }
            });
            Ok(words.into_iter().map(|w| (w.word.to_owned(), w.count)).collect())
        }

        /// Each term's hits per period over all packs, as Corpus.trend gives them for
        /// one pack of the same articles.
        #[pyo3(signature = (terms, by="month"))]
        fn trend<'py>(
            &self,
            py: Python<'py>,
            terms: Vec<String>,
            by: &str,
        ) -> PyResult<Bound<'py, PyAny>> {
            let by = crate::stats::period_arg(py, by)?;
            let c = self.held()?;
            let c = c.get()?;
            let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
            let points = py.detach(|| c.trend(&terms, by)).or_raise(py)?;
            crate::stats::trend_table(py, &points)
        }

        /// Every figure as a (label, Figure) pair, in pack order, then text order; with
        /// `unit`, only those in that unit.
        #[pyo3(signature = (unit=None))]
        fn figures(&self, py: Python<'_>, unit: Option<&str>) -> PyResult<Vec<(String, Figure)>> {
            self.pairs(py, |c, _, labels| {
                let mut all = c.figures();
                all.retain(|f| unit.is_none() || f.item.unit() == unit);
                Ok(split(all, labels).into_iter().collect())
            })
        }

        /// Every date mention as a (label, DateMention) pair, in pack order, then text
        /// order.
        fn dates(&self, py: Python<'_>) -> PyResult<Vec<(String, DateMention)>> {
            self.pairs(py, |c, _, labels| Ok(split(c.dates(), labels).into_iter().collect()))
        }

        /// Every citation as a (label, Citation) pair, in pack order, then text order.
        fn citations(&self, py: Python<'_>) -> PyResult<Vec<(String, Citation)>> {
            self.pairs(py, |c, _, labels| Ok(split(c.citations(), labels).into_iter().collect()))
        }

        /// Every quotation as a (label, Quote) pair, in pack order, then text order;
        /// `speaker` and `kind` as Corpus.quotes.
        #[pyo3(signature = (speaker=None, kind=None))]
        fn quotes(
            &self,
            py: Python<'_>,
            speaker: Option<&str>,
            kind: Option<&str>,
        ) -> PyResult<Vec<(String, Quote)>> {
            kind_arg(py, kind, &["speech", "term"])?;
            self.pairs(py, |c, _, labels| {
                let mut all = c.quotes();
                all.retain(|q| {
                    (speaker.is_none() || q.item.speaker() == speaker)
                        && kind.is_none_or(|k| q.item.kind().as_str() == k)
                });
                Ok(split(all, labels).into_iter().collect())
            })
        }

        /// Every named entity as a (label, Entity) pair, in pack order, then order of first
        /// appearance: an entity named in two packs comes once per pack. `kind` as
        /// Corpus.entities.
        #[pyo3(signature = (kind=None))]
        fn entities(&self, py: Python<'_>, kind: Option<&str>) -> PyResult<Vec<(String, Entity)>> {
            kind_arg(py, kind, &["person", "place", "org"])?;
            self.pairs(py, |c, _, labels| {
                let mut all = c.entities();
                all.retain(|e| kind.is_none_or(|k| e.item.kind().as_str() == k));
                Ok(split(all, labels).into_iter().collect())
            })
        }

        /// Every dated statement as a (label, TimelineEntry) pair, in date order, then pack
        /// order, then text order.
        fn timeline(&self, py: Python<'_>) -> PyResult<Vec<(String, TimelineEntry)>> {
            self.pairs(py, |c, _, labels| Ok(split(c.timeline(), labels).into_iter().collect()))
        }

        /// Ends every pack: from now on the corpora and every object taken from them raise
        /// ClosedError. The mappings go now, or when the last object taken from them goes.
        /// Closing twice is fine.
        fn close(&self) {
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

        /// Closes every pack at the end of a `with` block; exceptions pass through.
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

        /// The number of articles in all packs.
        fn __len__(&self) -> PyResult<usize> {
            Ok(self.held()?.get()?.articles().count())
        }

        fn __repr__(&self) -> String {
            let Ok(held) = self.held() else {
                return "<baokan.Corpora (closed)>".to_string();
            };
            let c = held.raw();
            let labels: Vec<&str> = c.labels().collect();
            format!(
                "<baokan.Corpora: {} packs ({}), {} articles>",
                labels.len(),
                labels.join(", "),
                c.articles().count()
            )
        }
    }
}

/// A search's scope as Python gave it: a qualified article or section id.
struct Scope {
    id: Option<(String, bool)>,
}

impl Scope {
    fn new(
        py: Python<'_>,
        article: Option<&Bound<'_, PyAny>>,
        section: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Scope> {
        let id = match (article, section) {
            (Some(_), Some(_)) => {
                let reason = "give article= or section=, not both".to_string();
                return Err(bad_argument(py, "scope", reason));
            }
            (Some(a), None) => Some((id_arg(a)?, true)),
            (None, Some(s)) => Some((id_arg(s)?, false)),
            (None, None) => None,
        };
        Ok(Scope { id })
    }

    fn query<'c, 'a, 'q>(
        &'q self,
        c: &'c baokan::Corpora<'a>,
        pattern: &'q str,
        regex: bool,
        traditional: bool,
    ) -> baokan::MultiQuery<'c, 'a, 'q> {
        let q = c.query(pattern).regex(regex).traditional(traditional);
        match &self.id {
            Some((id, true)) => q.article(id),
            Some((id, false)) => q.section(id),
            None => q,
        }
    }
}
