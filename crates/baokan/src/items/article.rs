use baokan_pack::records::ArticleRec;
use baokan_pack::{Date, NONE};
use serde::Serialize;
use serde::ser::SerializeStruct;

use super::{Credit, Paragraph, Reporter, Section, Sentence, provenance_fields, source_of};
use crate::corpus::Corpus;
use crate::id::ItemId;
use crate::kinds::DateBasis;
use crate::source::{Source, SourceFile, Span};

/// An article: title, subtitle, byline, dateline, continuation markers and sections.
///
/// ```
/// let c = baokan::corpus();
/// let a = c.article("1")?;
/// assert_eq!(a.subtitle(), Some("党的十九大以来党的基层组织建设工作总结"));
/// assert_eq!(a.byline(), Some("新华社记者"));
/// let d = a.dateline().unwrap();
/// assert_eq!((d.agency, d.place, d.month, d.day), (Some("新华社"), Some("北京"), 10, 9));
/// assert_eq!(a.date().unwrap().to_string(), "2022-10-09");
///
/// let b = c.article("2")?;
/// assert_eq!(b.continued_from().unwrap().page, "第一版");
/// assert_eq!(b.dateline(), None);
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    c: Corpus<'a>,
    index: usize,
    rec: ArticleRec,
}
super::spanned!(Article);

/// A dateline and its parts: (新华社北京10月9日电).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Dateline<'a> {
    /// The dateline as printed.
    pub text: &'a str,
    /// The agency, e.g. 新华社.
    pub agency: Option<&'a str>,
    /// The place, e.g. 北京.
    pub place: Option<&'a str>,
    /// Month, 1-based.
    pub month: u32,
    /// Day, 1-based.
    pub day: u32,
    /// The full date: month and day from the dateline, the year from the page's
    /// declared date. `None` when the page declares no date.
    #[serde(serialize_with = "iso")]
    pub date: Option<Date>,
    /// Where it stands in the source.
    pub source: Source<'a>,
    /// Whether it closes the article on a line of its own, rather than opening its first
    /// paragraph.
    pub closing: bool,
}

/// A page-continuation marker: (上接第一版) or (下转第二版).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Continuation<'a> {
    /// The marker as printed.
    pub marker: &'a str,
    /// The page it points to, e.g. 第一版.
    pub page: &'a str,
    /// Where the marker stands in the source.
    pub source: Source<'a>,
}

fn iso<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

impl<'a> Article<'a> {
    pub(crate) fn at(c: Corpus<'a>, index: usize) -> Article<'a> {
        Article {
            c,
            index,
            rec: c.pack.articles().get(index),
        }
    }

    fn opt(&self, start: u32, end: u32) -> Option<&'a str> {
        (start != NONE).then(|| self.c.pack.text_at(start, end))
    }

    /// Position among all articles of the corpus.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The stable id, e.g. `2`.
    pub fn id(&self) -> ItemId {
        ItemId::new(&[(self.index as u32).wrapping_add(1)])
    }

    /// The title; `None` for text that opens a page without one.
    pub fn title(&self) -> Option<&'a str> {
        self.opt(self.rec.title_start, self.rec.title_end)
    }

    /// Byte span of the title in [`Corpus::text`].
    pub fn title_span(&self) -> Option<Span> {
        (self.rec.title_start != NONE).then(|| Span::new(self.rec.title_start, self.rec.title_end))
    }

    /// The kicker (引题), the line printed above the title.
    pub fn kicker(&self) -> Option<&'a str> {
        self.opt(self.rec.kicker_start, self.rec.kicker_end)
    }

    /// The column tag printed in brackets after the title: 体育大看台 in
    /// 春节里的体育滋味（体坛观澜） is 体坛观澜.
    pub fn column(&self) -> Option<&'a str> {
        self.opt(self.rec.column_start, self.rec.column_end)
    }

    /// The title without its column tag; the title itself when it has none.
    pub fn title_without_column(&self) -> Option<&'a str> {
        if self.rec.bare_title_end == NONE {
            return self.title();
        }
        self.opt(self.rec.title_start, self.rec.bare_title_end)
    }

    /// Reporters named in its bylines and dateline, each once, in page order.
    pub fn reporters(
        &self,
    ) -> impl ExactSizeIterator<Item = Reporter<'a>> + DoubleEndedIterator + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .reporters()
                .range(self.rec.reporter_first, self.rec.reporter_count),
            Reporter::at,
        )
    }

    /// Its credit and note lines, in page order.
    pub fn credits(
        &self,
    ) -> impl ExactSizeIterator<Item = Credit<'a>> + DoubleEndedIterator + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .credits()
                .range(self.rec.credit_first, self.rec.credit_count),
            Credit::at,
        )
    }

    /// The earlier article this one reprints (the same story printed twice), if any.
    pub fn duplicate_of(&self) -> Option<Article<'a>> {
        let i = self.rec.duplicate_of;
        (i != NONE).then(|| Article::at(self.c, i as usize))
    }

    /// The subtitle, without its leading dashes.
    pub fn subtitle(&self) -> Option<&'a str> {
        self.opt(self.rec.subtitle_start, self.rec.subtitle_end)
    }

    /// The byline, e.g. 新华社记者.
    pub fn byline(&self) -> Option<&'a str> {
        self.opt(self.rec.byline_start, self.rec.byline_end)
    }

    /// The dateline and its parts.
    pub fn dateline(&self) -> Option<Dateline<'a>> {
        let r = &self.rec;
        let text = self.opt(r.dateline_start, r.dateline_end)?;
        let date = self.c.pack.files().get(r.file as usize).date;
        Some(Dateline {
            text,
            agency: self.opt(r.agency_start, r.agency_end),
            place: self.opt(r.place_start, r.place_end),
            month: r.month,
            day: r.day,
            date: Date::from_yyyymmdd(date)
                .filter(|_| r.month > 0)
                .and_then(|d| d.latest_on_or_before(r.month, r.day)),
            source: source_of(&self.c, r.dateline_start),
            closing: r.dateline_closing == 1,
        })
    }

    /// The article's date (see [`Article::date_basis`] for how it was found).
    pub fn date(&self) -> Option<Date> {
        Date::from_yyyymmdd(self.rec.date)
    }

    /// How the date was found: from the dateline, or declared for the page.
    pub fn date_basis(&self) -> Option<DateBasis> {
        DateBasis::from_code(self.rec.date_basis)
    }

    fn continuation(&self, m: (u32, u32), p: (u32, u32)) -> Option<Continuation<'a>> {
        Some(Continuation {
            marker: self.opt(m.0, m.1)?,
            page: self.opt(p.0, p.1).unwrap_or_default(),
            source: source_of(&self.c, m.0),
        })
    }

    /// The continued-from marker, when the article begins on an earlier page.
    pub fn continued_from(&self) -> Option<Continuation<'a>> {
        let r = &self.rec;
        self.continuation(
            (r.from_marker_start, r.from_marker_end),
            (r.from_page_start, r.from_page_end),
        )
    }

    /// The continued-on marker, when the article goes on on a later page.
    pub fn continued_to(&self) -> Option<Continuation<'a>> {
        let r = &self.rec;
        self.continuation(
            (r.to_marker_start, r.to_marker_end),
            (r.to_page_start, r.to_page_end),
        )
    }

    /// Its sections, the untitled lead first where there is one.
    pub fn sections(
        &self,
    ) -> impl ExactSizeIterator<Item = Section<'a>> + DoubleEndedIterator + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .sections()
                .range(self.rec.section_first, self.rec.section_count),
            Section::at,
        )
    }

    /// Its paragraphs, across all sections.
    pub fn paragraphs(
        &self,
    ) -> impl ExactSizeIterator<Item = Paragraph<'a>> + DoubleEndedIterator + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .paragraphs()
                .range(self.rec.paragraph_first, self.rec.paragraph_count),
            Paragraph::at,
        )
    }

    /// Its sentences, across all paragraphs.
    pub fn sentences(
        &self,
    ) -> impl ExactSizeIterator<Item = Sentence<'a>> + DoubleEndedIterator + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .sentences()
                .range(self.rec.sentence_first, self.rec.sentence_count),
            Sentence::at,
        )
    }

    /// The source file it was compiled from.
    pub fn file(&self) -> SourceFile<'a> {
        let index = self.rec.file as usize;
        SourceFile {
            pack: self.c.pack,
            rec: self.c.pack.files().get(index),
            index,
        }
    }

    /// The article's text in [`Corpus::text`]: every element, one per line.
    pub fn text(&self) -> &'a str {
        self.c.pack.text_at(self.rec.start, self.rec.end)
    }

    /// The 1-based source lines the article spans, first and last.
    pub fn source_lines(&self) -> (u32, u32) {
        let last = self
            .c
            .source_at(self.rec.end.saturating_sub(1).max(self.rec.start) as usize);
        (self.source().line, last.map_or(0, |s| s.line))
    }

    /// The exact source lines the article was compiled from, where the corpus carries
    /// its sources (the embedded corpus does).
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let raw = c.article("2")?.raw().unwrap();
    /// assert!(raw.starts_with("以高质量项目推动经济高质量发展\n\n(上接第一版)"));
    /// assert!(raw.ends_with("进一步夯实经济高质量发展“底盘”。"));
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn raw(&self) -> Option<&'a str> {
        let text = self.c.source_text(self.file().name())?;
        let (first, last) = self.source_lines();
        let start = line_start(text, first)?;
        let end = line_start(text, last.saturating_add(1)).map_or(text.len(), |e| e);
        Some(text.get(start..end)?.trim_end_matches(['\n', '\r']))
    }
}

/// Byte offset where 1-based `line` begins (lines end at LF, CRLF or CR).
fn line_start(text: &str, line: u32) -> Option<usize> {
    if line <= 1 {
        return Some(0);
    }
    let b = text.as_bytes();
    let mut seen = 1;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            seen += 1;
            if seen == line {
                return Some(i + 1);
            }
        }
        i += 1;
    }
    None
}

impl Serialize for Article<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Article", 24)?;
        st.serialize_field("id", &self.id())?;
        st.serialize_field("kicker", &self.kicker())?;
        st.serialize_field("title", &self.title())?;
        st.serialize_field("title_without_column", &self.title_without_column())?;
        st.serialize_field("column", &self.column())?;
        st.serialize_field("subtitle", &self.subtitle())?;
        st.serialize_field("byline", &self.byline())?;
        st.serialize_field("reporters", &Reporters(*self))?;
        st.serialize_field("dateline", &self.dateline())?;
        st.serialize_field("date", &self.date().map(|d| d.to_string()))?;
        st.serialize_field("date_basis", &self.date_basis())?;
        st.serialize_field("continued_from", &self.continued_from().map(|c| c.page))?;
        st.serialize_field("continued_to", &self.continued_to().map(|c| c.page))?;
        st.serialize_field("file", self.file().name())?;
        st.serialize_field("layout", &self.file().layout())?;
        st.serialize_field(
            "duplicate_of",
            &self.duplicate_of().map(|a| a.id().to_string()),
        )?;
        st.serialize_field("credits", &Credits(*self))?;
        provenance_fields(&mut st, &self.c, self.rec.start, self.rec.end)?;
        st.serialize_field("sections", &Seq(*self))?;
        st.end()
    }
}

struct Seq<'a>(Article<'a>);

impl Serialize for Seq<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.sections())
    }
}

struct Reporters<'a>(Article<'a>);

impl Serialize for Reporters<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.reporters())
    }
}

struct Credits<'a>(Article<'a>);

impl Serialize for Credits<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.credits())
    }
}
