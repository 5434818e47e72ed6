//! The item classes: `Article`, `Section`, `Paragraph`, `Sentence`, and the small value
//! classes `Source`, `Dateline` and `Join`.
//!
//! Each item class wraps the crate's `Copy` handle (the corpus, an index and its
//! record). Two items are equal when they are the same item of the same corpus.

use std::hash::{Hash, Hasher};

use pyo3::prelude::*;
use pyo3::types::PyDate;

use crate::util::{arena, date, preview};

/// Chars of text shown by `repr`.
const PREVIEW: usize = 24;

/// The item of any level, as a Python object.
pub(crate) fn item<'py>(
    py: Python<'py>,
    found: baokan::Item<'static>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match found {
        baokan::Item::Article(a) => Bound::new(py, Article(a))?.into_any(),
        baokan::Item::Section(s) => Bound::new(py, Section(s))?.into_any(),
        baokan::Item::Paragraph(p) => Bound::new(py, Paragraph(p))?.into_any(),
        baokan::Item::Sentence(s) => Bound::new(py, Sentence(s))?.into_any(),
    })
}

/// Equality and hashing by identity: the same item (kind and index) of the same corpus
/// (text arena).
macro_rules! identity {
    ($ty:ident) => {
        impl $ty {
            fn key(&self) -> (usize, usize) {
                (arena(self.0.text(), self.0.span().start), self.0.index())
            }
        }
        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                self.key() == other.key()
            }
        }
        impl Eq for $ty {}
        impl Hash for $ty {
            fn hash<H: Hasher>(&self, state: &mut H) {
                stringify!($ty).hash(state);
                self.key().hash(state);
            }
        }
    };
}

/// Where a piece of text came from: the source file, and the 1-based line and column
/// (in chars) of its first char. `str(source)` is "file:line:column".
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Source(pub(crate) baokan::Source<'static>);

#[pymethods]
impl Source {
    /// The source file's name, as it was compiled.
    #[getter]
    fn file(&self) -> &'static str {
        self.0.file
    }

    /// 1-based line.
    #[getter]
    fn line(&self) -> u32 {
        self.0.line
    }

    /// 1-based column, in chars.
    #[getter]
    fn column(&self) -> u32 {
        self.0.column
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "Source(file={:?}, line={}, column={})",
            self.0.file, self.0.line, self.0.column
        )
    }
}

/// An article's dateline and its parts, e.g. (新华社北京10月9日电).
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone, PartialEq, Eq)]
pub struct Dateline(baokan::Dateline<'static>);

#[pymethods]
impl Dateline {
    /// The dateline as printed.
    #[getter]
    fn text(&self) -> &'static str {
        self.0.text
    }

    /// The agency, e.g. 新华社.
    #[getter]
    fn agency(&self) -> Option<&'static str> {
        self.0.agency
    }

    /// The place, e.g. 北京.
    #[getter]
    fn place(&self) -> Option<&'static str> {
        self.0.place
    }

    /// Month, 1-based, as printed.
    #[getter]
    fn month(&self) -> u32 {
        self.0.month
    }

    /// Day, 1-based, as printed.
    #[getter]
    fn day(&self) -> u32 {
        self.0.day
    }

    /// The full date as a datetime.date: month and day from the dateline, the year from
    /// the page's declared date. None when the page declares no date.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
        date(py, self.0.date)
    }

    /// Where the dateline stands in the source.
    #[getter]
    fn source(&self) -> Source {
        Source(self.0.source)
    }

    fn __repr__(&self) -> String {
        let opt = |s: Option<&str>| s.map_or_else(|| "None".to_string(), |s| format!("{s:?}"));
        format!(
            "<baokan.Dateline {:?} agency={} place={} month={} day={}>",
            self.0.text,
            opt(self.0.agency),
            opt(self.0.place),
            self.0.month,
            self.0.day
        )
    }
}

/// A page-break join inside a paragraph: where the text continued after the break.
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone, PartialEq, Eq)]
pub struct Join(baokan::Join<'static>);

#[pymethods]
impl Join {
    /// Char offset in Corpus.text where the continuation begins.
    #[getter]
    fn char(&self) -> usize {
        self.0.char
    }

    /// The same place as a UTF-8 byte offset in Corpus.text.
    #[getter]
    fn at(&self) -> usize {
        self.0.at
    }

    /// Where the continuation stands in the source.
    #[getter]
    fn source(&self) -> Source {
        Source(self.0.source)
    }

    fn __repr__(&self) -> String {
        format!(
            "<baokan.Join char={} source={}>",
            self.0.char, self.0.source
        )
    }
}

/// An article: title, subtitle, byline, dateline, continuation markers and sections.
///
/// Iterating an article yields its sections.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Article(pub(crate) baokan::Article<'static>);
identity!(Article);

#[pymethods]
impl Article {
    /// The stable id, e.g. "2".
    #[getter]
    fn id(&self) -> String {
        self.0.id().to_string()
    }

    /// The title; None for text that opens a page without one.
    #[getter]
    fn title(&self) -> Option<&'static str> {
        self.0.title()
    }

    /// The subtitle, without its leading dashes.
    #[getter]
    fn subtitle(&self) -> Option<&'static str> {
        self.0.subtitle()
    }

    /// The byline, e.g. 新华社记者.
    #[getter]
    fn byline(&self) -> Option<&'static str> {
        self.0.byline()
    }

    /// The dateline and its parts, or None.
    #[getter]
    fn dateline(&self) -> Option<Dateline> {
        self.0.dateline().map(Dateline)
    }

    /// The article's date as a datetime.date, or None (see date_basis).
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
        date(py, self.0.date())
    }

    /// How the date was found: "dateline" (month and day from the dateline, year from
    /// the page), "declared" (the page's declared date), or None.
    #[getter]
    fn date_basis(&self) -> Option<&'static str> {
        self.0.date_basis().map(|b| b.as_str())
    }

    /// The page the article is continued from, e.g. "第一版" for (上接第一版), or None.
    #[getter]
    fn continued_from(&self) -> Option<&'static str> {
        self.0.continued_from().map(|c| c.page)
    }

    /// The page the article is continued on, e.g. "第二版" for (下转第二版), or None.
    #[getter]
    fn continued_to(&self) -> Option<&'static str> {
        self.0.continued_to().map(|c| c.page)
    }

    /// Its sections, the untitled lead first where there is one.
    #[getter]
    fn sections(&self) -> Vec<Section> {
        self.0.sections().map(Section).collect()
    }

    /// Its paragraphs, across all sections.
    #[getter]
    fn paragraphs(&self) -> Vec<Paragraph> {
        self.0.paragraphs().map(Paragraph).collect()
    }

    /// Its sentences, across all paragraphs.
    #[getter]
    fn sentences(&self) -> Vec<Sentence> {
        self.0.sentences().map(Sentence).collect()
    }

    /// The name of the source file it was compiled from.
    #[getter]
    fn file(&self) -> &'static str {
        self.0.file().name()
    }

    /// Where it begins in the source.
    #[getter]
    fn source(&self) -> Source {
        Source(self.0.source())
    }

    /// The first and last source lines it spans (1-based).
    #[getter]
    fn source_lines(&self) -> (u32, u32) {
        self.0.source_lines()
    }

    /// The exact source lines it was compiled from, where the corpus carries its
    /// sources (the embedded corpus does); otherwise None.
    #[getter]
    fn raw(&self) -> Option<&'static str> {
        self.0.raw()
    }

    /// Its text in Corpus.text: every element, one per line.
    #[getter]
    fn text(&self) -> &'static str {
        self.0.text()
    }

    /// Char offset in Corpus.text where it begins.
    #[getter]
    fn char_start(&self) -> usize {
        self.0.char_span().start
    }

    /// Char offset in Corpus.text one past its end.
    #[getter]
    fn char_end(&self) -> usize {
        self.0.char_span().end
    }

    /// (char_start, char_end).
    #[getter]
    fn char_span(&self) -> (usize, usize) {
        let s = self.0.char_span();
        (s.start, s.end)
    }

    /// The article as a dict of plain values (the same shape as the CLI's JSON), its
    /// sections and their paragraphs included. Dates are ISO strings.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, &self.0)?)
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = pyo3::types::PyList::new(py, self.sections())?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        format!(
            "<baokan.Article {} {:?}>",
            self.0.id(),
            preview(self.0.title().unwrap_or(""), PREVIEW)
        )
    }
}

/// A section of an article: a heading and its paragraphs, or the untitled lead
/// (heading None).
///
/// Iterating a section yields its paragraphs.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Section(pub(crate) baokan::Section<'static>);
identity!(Section);

#[pymethods]
impl Section {
    /// The stable id, e.g. "1.2".
    #[getter]
    fn id(&self) -> String {
        self.0.id().to_string()
    }

    /// The heading; None for an article's untitled lead.
    #[getter]
    fn heading(&self) -> Option<&'static str> {
        self.0.heading()
    }

    /// Its article.
    #[getter]
    fn article(&self) -> Article {
        Article(self.0.article())
    }

    /// Its paragraphs.
    #[getter]
    fn paragraphs(&self) -> Vec<Paragraph> {
        self.0.paragraphs().map(Paragraph).collect()
    }

    /// Its sentences, across all its paragraphs.
    #[getter]
    fn sentences(&self) -> Vec<Sentence> {
        self.0.sentences().map(Sentence).collect()
    }

    /// Where it begins in the source: its heading, or its first paragraph.
    #[getter]
    fn source(&self) -> Source {
        Source(self.0.source())
    }

    /// Its text in Corpus.text: heading and paragraphs, one per line.
    #[getter]
    fn text(&self) -> &'static str {
        self.0.text()
    }

    /// Char offset in Corpus.text where it begins.
    #[getter]
    fn char_start(&self) -> usize {
        self.0.char_span().start
    }

    /// Char offset in Corpus.text one past its end.
    #[getter]
    fn char_end(&self) -> usize {
        self.0.char_span().end
    }

    /// (char_start, char_end).
    #[getter]
    fn char_span(&self) -> (usize, usize) {
        let s = self.0.char_span();
        (s.start, s.end)
    }

    /// The section as a dict of plain values, its paragraphs included.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, &self.0)?)
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = pyo3::types::PyList::new(py, self.paragraphs())?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        match self.0.heading() {
            Some(h) => format!("<baokan.Section {} {:?}>", self.0.id(), preview(h, PREVIEW)),
            None => format!("<baokan.Section {} (lead)>", self.0.id()),
        }
    }
}

/// A paragraph, after page-break repair.
///
/// Iterating a paragraph yields its sentences.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Paragraph(pub(crate) baokan::Paragraph<'static>);
identity!(Paragraph);

#[pymethods]
impl Paragraph {
    /// The stable id, e.g. "1.2.3".
    #[getter]
    fn id(&self) -> String {
        self.0.id().to_string()
    }

    /// What it is: "body", "list_item" (a ——… or bulleted item) or "ellipsis" (a
    /// standalone ……).
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind().as_str()
    }

    /// The text, with page-break joins repaired.
    #[getter]
    fn text(&self) -> &'static str {
        self.0.text()
    }

    /// Its section.
    #[getter]
    fn section(&self) -> Section {
        Section(self.0.section())
    }

    /// Its article.
    #[getter]
    fn article(&self) -> Article {
        Article(self.0.article())
    }

    /// Its sentences.
    #[getter]
    fn sentences(&self) -> Vec<Sentence> {
        self.0.sentences().map(Sentence).collect()
    }

    /// The page-break joins repaired inside it, in order (usually none).
    #[getter]
    fn joins(&self) -> Vec<Join> {
        self.0.joins().map(Join).collect()
    }

    /// Where its first char stands in the source.
    #[getter]
    fn source(&self) -> Source {
        Source(self.0.source())
    }

    /// Char offset in Corpus.text where it begins.
    #[getter]
    fn char_start(&self) -> usize {
        self.0.char_span().start
    }

    /// Char offset in Corpus.text one past its end.
    #[getter]
    fn char_end(&self) -> usize {
        self.0.char_span().end
    }

    /// (char_start, char_end).
    #[getter]
    fn char_span(&self) -> (usize, usize) {
        let s = self.0.char_span();
        (s.start, s.end)
    }

    /// The paragraph as a dict of plain values.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, &self.0)?)
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = pyo3::types::PyList::new(py, self.sentences())?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        format!(
            "<baokan.Paragraph {} {} {:?}>",
            self.0.id(),
            self.0.kind().as_str(),
            preview(self.0.text(), PREVIEW)
        )
    }
}

/// A sentence of a paragraph.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Sentence(pub(crate) baokan::Sentence<'static>);
identity!(Sentence);

#[pymethods]
impl Sentence {
    /// The stable id, e.g. "1.2.3.1".
    #[getter]
    fn id(&self) -> String {
        self.0.id().to_string()
    }

    /// The text, with its closing marks.
    #[getter]
    fn text(&self) -> &'static str {
        self.0.text()
    }

    /// How it ends: "full_stop", "question", "exclamation", "ellipsis", "semicolon" or
    /// "unterminated".
    #[getter]
    fn end(&self) -> &'static str {
        self.0.end().as_str()
    }

    /// Its paragraph.
    #[getter]
    fn paragraph(&self) -> Paragraph {
        Paragraph(self.0.paragraph())
    }

    /// Its section.
    #[getter]
    fn section(&self) -> Section {
        Section(self.0.section())
    }

    /// Its article.
    #[getter]
    fn article(&self) -> Article {
        Article(self.0.article())
    }

    /// Where its first char stands in the source.
    #[getter]
    fn source(&self) -> Source {
        Source(self.0.source())
    }

    /// Char offset in Corpus.text where it begins.
    #[getter]
    fn char_start(&self) -> usize {
        self.0.char_span().start
    }

    /// Char offset in Corpus.text one past its end.
    #[getter]
    fn char_end(&self) -> usize {
        self.0.char_span().end
    }

    /// (char_start, char_end).
    #[getter]
    fn char_span(&self) -> (usize, usize) {
        let s = self.0.char_span();
        (s.start, s.end)
    }

    /// The sentence as a dict of plain values.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pythonize::pythonize(py, &self.0)?)
    }

    fn __repr__(&self) -> String {
        format!(
            "<baokan.Sentence {} {:?}>",
            self.0.id(),
            preview(self.0.text(), PREVIEW)
        )
    }
}
