//! The item classes: `Article`, `Section`, `Paragraph`, `Sentence`, and the small value
//! classes `Source`, `Dateline` and `Join`.
//!
//! Each item class holds the crate's `Copy` handle (the corpus, an index and its
//! record) with the bytes it reads (see [`crate::held`]). Two items are equal when
//! they are the same item of the same corpus.

use pyo3::prelude::*;
use pyo3::types::PyDate;

use crate::held::{Held, held};
use crate::shared::{identity, methods};
use crate::util::{date, preview};

/// Chars of text shown by `repr`.
const PREVIEW: usize = 24;

/// Where a piece of text came from: the source file, and the 1-based line and column
/// (in chars) of its first char. `str(source)` is "file:line:column".
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Source(Held<SourceView<'static>>);
held!(Source: Source, SourceView, SourceList);
identity!(Source by value, hashed);

methods! {
    impl Source {
        /// The source file's name, as it was compiled.
        field file -> &str;

        /// 1-based line.
        field line -> u32;

        /// 1-based column, in chars.
        field column -> u32;

        fn __str__(&self) -> String {
            self.0.raw().to_string()
        }

        fn __repr__(&self) -> String {
            format!(
                "Source(file={:?}, line={}, column={})",
                self.0.raw().file, self.0.raw().line, self.0.raw().column
            )
        }
    }
}

/// An article's dateline and its parts, e.g. (新华社北京10月9日电).
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone)]
pub struct Dateline(Held<DatelineView<'static>>);
held!(Dateline: Dateline, DatelineView, DatelineList);
identity!(Dateline by value);

methods! {
    impl Dateline {
        /// The dateline as printed.
        field text -> &str;

        /// The agency, e.g. 新华社.
        field agency -> Option<&str>;

        /// The place, e.g. 北京.
        field place -> Option<&str>;

        /// Month, 1-based, as printed.
        field month -> u32;

        /// Day, 1-based, as printed.
        field day -> u32;

        /// The full date as a datetime.date: month and day from the dateline, the year from
        /// the page's declared date. None when the page declares no date.
        #[getter]
        fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
            date(py, self.0.get()?.date)
        }

        /// Where the dateline stands in the source.
        #[getter]
        fn source(&self) -> PyResult<Source> {
            Ok(Source(self.0.project(|x, _| SourceView(x.source))?))
        }

        fn __repr__(&self) -> String {
            let opt = |s: Option<&str>| s.map_or_else(|| "None".to_string(), |s| format!("{s:?}"));
            format!(
                "<baokan.Dateline {:?} agency={} place={} month={} day={}>",
                self.0.raw().text,
                opt(self.0.raw().agency),
                opt(self.0.raw().place),
                self.0.raw().month,
                self.0.raw().day
            )
        }
    }
}

/// A page-break join inside a paragraph: where the text continued after the break.
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone)]
pub struct Join(Held<JoinView<'static>>);
held!(Join: Join, JoinView, JoinList);
identity!(Join by value);

methods! {
    impl Join {
        /// Char offset in Corpus.text where the continuation begins.
        field char -> usize;

        /// The same place as a UTF-8 byte offset in Corpus.text.
        field at -> usize;

        /// Where the continuation stands in the source.
        #[getter]
        fn source(&self) -> PyResult<Source> {
            Ok(Source(self.0.project(|x, _| SourceView(x.source))?))
        }

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Join char={} source={}>",
                self.0.raw().char, self.0.raw().source
            )
        }
    }
}

/// An article: title, subtitle, byline, dateline, continuation markers and sections.
///
/// Iterating an article yields its sections.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Article(Held<ArticleView<'static>>);
held!(Article: Article, ArticleView, ArticleList);
identity!(Article by index);

methods! {
    impl Article {
        /// The stable id, e.g. "2".
        id;

        /// The title; None for text that opens a page without one.
        get title -> Option<&str>;

        /// The subtitle, without its leading dashes.
        get subtitle -> Option<&str>;

        /// The byline, e.g. 新华社记者.
        get byline -> Option<&str>;

        /// The dateline and its parts, or None.
        wrap dateline -> Option<Dateline>;

        /// The article's date as a datetime.date, or None (see date_basis).
        #[getter]
        fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
            date(py, self.0.get()?.date())
        }

        /// How the date was found: "dateline" (month and day from the dateline, year from
        /// the page), "declared" (the page's declared date), or None.
        #[getter]
        fn date_basis(&self) -> PyResult<Option<&'static str>> {
            Ok(self.0.get()?.date_basis().map(|b| b.as_str()))
        }

        /// The page the article is continued from, e.g. "第一版" for (上接第一版), or None.
        #[getter]
        fn continued_from(&self) -> PyResult<Option<&str>> {
            Ok(self.0.get()?.continued_from().map(|c| c.page))
        }

        /// The page the article is continued on, e.g. "第二版" for (下转第二版), or None.
        #[getter]
        fn continued_to(&self) -> PyResult<Option<&str>> {
            Ok(self.0.get()?.continued_to().map(|c| c.page))
        }

        /// Its sections, the untitled lead first where there is one.
        wrap sections -> Vec<Section>;

        /// Its paragraphs, across all sections.
        wrap paragraphs -> Vec<Paragraph>;

        /// Its sentences, across all paragraphs.
        wrap sentences -> Vec<Sentence>;

        /// The name of the source file it was compiled from.
        #[getter]
        fn file(&self) -> PyResult<&str> {
            Ok(self.0.get()?.file().name())
        }

        /// Where it begins in the source.
        wrap source -> Source;

        /// The first and last source lines it spans (1-based).
        get source_lines -> (u32, u32);

        /// The exact source lines it was compiled from, where the corpus carries its
        /// sources (the embedded corpus does); otherwise None.
        get raw -> Option<&str>;

        /// Its text in Corpus.text: every element, one per line.
        get text -> &str;

        offsets;

        /// The article as a dict of plain values (the same shape as the CLI's JSON), its
        /// sections and their paragraphs included. Dates are ISO strings.
        to_dict;

        iter sections;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Article {} {:?}>",
                self.0.raw().id(),
                preview(self.0.raw().title().unwrap_or(""), PREVIEW)
            )
        }
    }
}

/// A section of an article: a heading and its paragraphs, or the untitled lead
/// (heading None).
///
/// Iterating a section yields its paragraphs.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Section(Held<SectionView<'static>>);
held!(Section: Section, SectionView, SectionList);
identity!(Section by index);

methods! {
    impl Section {
        /// The stable id, e.g. "1.2".
        id;

        /// The heading; None for an article's untitled lead.
        get heading -> Option<&str>;

        /// Its article.
        wrap article -> Article;

        /// Its paragraphs.
        wrap paragraphs -> Vec<Paragraph>;

        /// Its sentences, across all its paragraphs.
        wrap sentences -> Vec<Sentence>;

        /// Where it begins in the source: its heading, or its first paragraph.
        wrap source -> Source;

        /// Its text in Corpus.text: heading and paragraphs, one per line.
        get text -> &str;

        offsets;

        /// The section as a dict of plain values, its paragraphs included.
        to_dict;

        iter paragraphs;

        fn __repr__(&self) -> String {
            match self.0.raw().heading() {
                Some(h) => format!("<baokan.Section {} {:?}>", self.0.raw().id(), preview(h, PREVIEW)),
                None => format!("<baokan.Section {} (lead)>", self.0.raw().id()),
            }
        }
    }
}

/// A paragraph, after page-break repair.
///
/// Iterating a paragraph yields its sentences.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Paragraph(Held<ParagraphView<'static>>);
held!(Paragraph: Paragraph, ParagraphView, ParagraphList);
identity!(Paragraph by index);

methods! {
    impl Paragraph {
        /// The stable id, e.g. "1.2.3".
        id;

        /// What it is: "body", "list_item" (a ——… or bulleted item) or "ellipsis" (a
        /// standalone ……).
        #[getter]
        fn kind(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.kind().as_str())
        }

        /// The text, with page-break joins repaired.
        get text -> &str;

        /// Its section.
        wrap section -> Section;

        /// Its article.
        wrap article -> Article;

        /// Its sentences.
        wrap sentences -> Vec<Sentence>;

        /// The page-break joins repaired inside it, in order (usually none).
        wrap joins -> Vec<Join>;

        /// Where its first char stands in the source.
        wrap source -> Source;

        offsets;

        /// The paragraph as a dict of plain values.
        to_dict;

        iter sentences;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Paragraph {} {} {:?}>",
                self.0.raw().id(),
                self.0.raw().kind().as_str(),
                preview(self.0.raw().text(), PREVIEW)
            )
        }
    }
}

/// A sentence of a paragraph.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Sentence(Held<SentenceView<'static>>);
held!(Sentence: Sentence, SentenceView, SentenceList);
identity!(Sentence by index);

methods! {
    impl Sentence {
        /// The stable id, e.g. "1.2.3.1".
        id;

        /// The text, with its closing marks.
        get text -> &str;

        /// How it ends: "full_stop", "question", "exclamation", "ellipsis", "semicolon" or
        /// "unterminated".
        #[getter]
        fn end(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.end().as_str())
        }

        /// Its paragraph.
        wrap paragraph -> Paragraph;

        /// Its section.
        wrap section -> Section;

        /// Its article.
        wrap article -> Article;

        /// Where its first char stands in the source.
        wrap source -> Source;

        offsets;

        /// The sentence as a dict of plain values.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Sentence {} {:?}>",
                self.0.raw().id(),
                preview(self.0.raw().text(), PREVIEW)
            )
        }
    }
}
