//! The item classes: `Article`, `Section`, `Paragraph`, `Sentence`, and the small value
//! classes `Source`, `Dateline` and `Join`.
//!
//! Each item class wraps the crate's `Copy` handle (the corpus, an index and its
//! record). Two items are equal when they are the same item of the same corpus.

use pyo3::prelude::*;
use pyo3::types::PyDate;

use crate::shared::{identity, methods};
use crate::util::{date, preview};

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

/// Where a piece of text came from: the source file, and the 1-based line and column
/// (in chars) of its first char. `str(source)` is "file:line:column".
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Source(pub(crate) baokan::Source<'static>);

methods! {
    impl Source {
        /// The source file's name, as it was compiled.
        field file -> &'static str;

        /// 1-based line.
        field line -> u32;

        /// 1-based column, in chars.
        field column -> u32;

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
}

/// An article's dateline and its parts, e.g. (新华社北京10月9日电).
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone, PartialEq, Eq)]
pub struct Dateline(baokan::Dateline<'static>);

methods! {
    impl Dateline {
        /// The dateline as printed.
        field text -> &'static str;

        /// The agency, e.g. 新华社.
        field agency -> Option<&'static str>;

        /// The place, e.g. 北京.
        field place -> Option<&'static str>;

        /// Month, 1-based, as printed.
        field month -> u32;

        /// Day, 1-based, as printed.
        field day -> u32;

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
}

/// A page-break join inside a paragraph: where the text continued after the break.
#[pyclass(frozen, eq, module = "baokan")]
#[derive(Clone, PartialEq, Eq)]
pub struct Join(baokan::Join<'static>);

methods! {
    impl Join {
        /// Char offset in Corpus.text where the continuation begins.
        field char -> usize;

        /// The same place as a UTF-8 byte offset in Corpus.text.
        field at -> usize;

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
}

/// An article: title, subtitle, byline, dateline, continuation markers and sections.
///
/// Iterating an article yields its sections.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Article(pub(crate) baokan::Article<'static>);
identity!(Article by index);

methods! {
    impl Article {
        /// The stable id, e.g. "2".
        id;

        /// The title; None for text that opens a page without one.
        get title -> Option<&'static str>;

        /// The subtitle, without its leading dashes.
        get subtitle -> Option<&'static str>;

        /// The byline, e.g. 新华社记者.
        get byline -> Option<&'static str>;

        /// The dateline and its parts, or None.
        wrap dateline -> Option<Dateline>;

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
        wrap sections -> Vec<Section>;

        /// Its paragraphs, across all sections.
        wrap paragraphs -> Vec<Paragraph>;

        /// Its sentences, across all paragraphs.
        wrap sentences -> Vec<Sentence>;

        /// The name of the source file it was compiled from.
        #[getter]
        fn file(&self) -> &'static str {
            self.0.file().name()
        }

        /// Where it begins in the source.
        wrap source -> Source;

        /// The first and last source lines it spans (1-based).
        get source_lines -> (u32, u32);

        /// The exact source lines it was compiled from, where the corpus carries its
        /// sources (the embedded corpus does); otherwise None.
        get raw -> Option<&'static str>;

        /// Its text in Corpus.text: every element, one per line.
        get text -> &'static str;

        offsets;

        /// The article as a dict of plain values (the same shape as the CLI's JSON), its
        /// sections and their paragraphs included. Dates are ISO strings.
        to_dict;

        iter sections;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Article {} {:?}>",
                self.0.id(),
                preview(self.0.title().unwrap_or(""), PREVIEW)
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
pub struct Section(pub(crate) baokan::Section<'static>);
identity!(Section by index);

methods! {
    impl Section {
        /// The stable id, e.g. "1.2".
        id;

        /// The heading; None for an article's untitled lead.
        get heading -> Option<&'static str>;

        /// Its article.
        wrap article -> Article;

        /// Its paragraphs.
        wrap paragraphs -> Vec<Paragraph>;

        /// Its sentences, across all its paragraphs.
        wrap sentences -> Vec<Sentence>;

        /// Where it begins in the source: its heading, or its first paragraph.
        wrap source -> Source;

        /// Its text in Corpus.text: heading and paragraphs, one per line.
        get text -> &'static str;

        offsets;

        /// The section as a dict of plain values, its paragraphs included.
        to_dict;

        iter paragraphs;

        fn __repr__(&self) -> String {
            match self.0.heading() {
                Some(h) => format!("<baokan.Section {} {:?}>", self.0.id(), preview(h, PREVIEW)),
                None => format!("<baokan.Section {} (lead)>", self.0.id()),
            }
        }
    }
}

/// A paragraph, after page-break repair.
///
/// Iterating a paragraph yields its sentences.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Paragraph(pub(crate) baokan::Paragraph<'static>);
identity!(Paragraph by index);

methods! {
    impl Paragraph {
        /// The stable id, e.g. "1.2.3".
        id;

        /// What it is: "body", "list_item" (a ——… or bulleted item) or "ellipsis" (a
        /// standalone ……).
        #[getter]
        fn kind(&self) -> &'static str {
            self.0.kind().as_str()
        }

        /// The text, with page-break joins repaired.
        get text -> &'static str;

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
                self.0.id(),
                self.0.kind().as_str(),
                preview(self.0.text(), PREVIEW)
            )
        }
    }
}

/// A sentence of a paragraph.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Sentence(pub(crate) baokan::Sentence<'static>);
identity!(Sentence by index);

methods! {
    impl Sentence {
        /// The stable id, e.g. "1.2.3.1".
        id;

        /// The text, with its closing marks.
        get text -> &'static str;

        /// How it ends: "full_stop", "question", "exclamation", "ellipsis", "semicolon" or
        /// "unterminated".
        #[getter]
        fn end(&self) -> &'static str {
            self.0.end().as_str()
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
                self.0.id(),
                preview(self.0.text(), PREVIEW)
            )
        }
    }
}
