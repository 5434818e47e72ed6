//! The item classes: `Article`, `Section`, `Paragraph`, `Sentence` and `Credit`, and the
//! small value classes `Source`, `Dateline`, `Join` and `Reporter`.
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

        /// Whether the dateline closes the article on a line of its own, like
        /// （本报洛杉矶2月14日电）, rather than opening its first paragraph.
        field closing -> bool;

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

        /// Why the pieces were joined: "mid_sentence" (the first stopped mid-sentence on
        /// a letter or ideograph, 书|记) or "after_clause_mark" (it stopped on a clause
        /// mark, ，or 、, that cannot end a paragraph).
        #[getter]
        fn reason(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.reason.as_str())
        }

        /// Where the continuation stands in the source.
        #[getter]
        fn source(&self) -> PyResult<Source> {
            Ok(Source(self.0.project(|x, _| SourceView(x.source))?))
        }

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Join char={} reason={} source={}>",
                self.0.raw().char,
                self.0.raw().reason.as_str(),
                self.0.raw().source
            )
        }
    }
}

/// An article: its headline block (kicker, title, column, subtitle), byline and
/// reporters, dateline, continuation markers, sections and credit lines.
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

        /// The kicker (引题), the line printed above the title, or None.
        get kicker -> Option<&str>;

        /// The title, with its column tag if it has one; None for text that opens a page
        /// without one.
        get title -> Option<&str>;

        /// The column tag printed in brackets after the title: 新春走基层·驻村干部这一年 in
        /// 让村子发展有后劲（新春走基层·驻村干部这一年）, or None.
        get column -> Option<&str>;

        /// The title without its column tag; the title itself when it has none.
        get title_without_column -> Option<&str>;

        /// The subtitle, without its leading dashes.
        get subtitle -> Option<&str>;

        /// The byline, e.g. 新华社记者.
        get byline -> Option<&str>;

        /// The reporters named in its bylines and dateline, each once, in page order.
        wrap reporters -> Vec<Reporter>;

        /// The dateline and its parts, or None.
        wrap dateline -> Option<Dateline>;

        /// The article's date as a datetime.date, or None (see date_basis).
        #[getter]
        fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
            date(py, self.0.get()?.date())
        }

        /// How the date was found: "dateline" (month and day from the dateline, year from
        /// the page), "declared" (the page's declared date), "path" (the date the file's
        /// path names, 20190213/20190213-04-05.txt), or None.
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

        /// Its credit and note lines (bylines, author notes, chart and design lines,
        /// captions, closing datelines…), in page order. They are not paragraphs: search
        /// and statistics skip them.
        wrap credits -> Vec<Credit>;

        /// The earlier article this one reprints (the same story printed twice), or None.
        wrap duplicate_of -> Option<Article>;

        /// Its paragraphs, across all sections.
        wrap paragraphs -> Vec<Paragraph>;

        /// Its sentences, across all paragraphs.
        wrap sentences -> Vec<Sentence>;

        /// The name of the source file it was compiled from.
        #[getter]
        fn file(&self) -> PyResult<&str> {
            Ok(self.0.get()?.file().name())
        }

        /// How its source file was read: "page" (a newspaper page of one or more
        /// articles) or "article_file" (one article per file).
        #[getter]
        fn layout(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.file().layout().as_str())
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

        /// The subheading printed under the heading, or None.
        get subheading -> Option<&str>;

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

/// A credit or note line of an article: a byline, an author note, a design, chart or
/// data-source line, a caption, a signature or a closing dateline. Credits are not
/// paragraphs, so search and statistics skip them.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Credit(Held<CreditView<'static>>);
held!(Credit: Credit, CreditView, CreditList);
identity!(Credit by span);

methods! {
    impl Credit {
        /// What kind of line it is: "byline", "author_note", "design", "chart",
        /// "data_source", "photo_source", "editor", "caption", "signature",
        /// "closing_dateline" or "note".
        #[getter]
        fn kind(&self) -> PyResult<&'static str> {
            Ok(self.0.get()?.kind().as_str())
        }

        /// The line as printed, without its indentation.
        get text -> &str;

        /// Where its first char stands in the source.
        wrap source -> Source;

        /// Its article.
        wrap article -> Article;

        offsets;

        /// The credit as a dict of plain values: kind, text, char and byte offsets,
        /// source.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Credit {} {:?}>",
                self.0.raw().kind().as_str(),
                preview(self.0.raw().text(), PREVIEW)
            )
        }
    }
}

/// A reporter named in an article's byline or dateline: the name, and the name as
/// printed with its typesetting spaces.
#[pyclass(frozen, eq, hash, module = "baokan")]
#[derive(Clone)]
pub struct Reporter(Held<ReporterView<'static>>);
held!(Reporter: Reporter, ReporterView, ReporterList);

impl Reporter {
    /// The identity of a reporter: all its fields.
    fn key(&self) -> (&str, &str, baokan::Source<'_>) {
        let r = self.0.raw();
        (r.name, r.printed, r.source)
    }
}
identity!(Reporter);

methods! {
    impl Reporter {
        /// The name without typesetting spaces: 张\u00a0枨 is 张枨.
        field name -> &str;

        /// The name as printed.
        field printed -> &str;

        /// Where the printed name stands in the source.
        #[getter]
        fn source(&self) -> PyResult<Source> {
            Ok(Source(self.0.project(|x, _| SourceView(x.source))?))
        }

        /// The reporter as a dict of plain values: name, printed, source.
        to_dict;

        fn __repr__(&self) -> String {
            format!(
                "<baokan.Reporter {:?} at {}>",
                self.0.raw().name,
                self.0.raw().source
            )
        }
    }
}
