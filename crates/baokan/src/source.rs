//! Provenance: where an item's text stands in the arena and in its source file.

use serde::Serialize;

/// A half-open range `[start, end)` of offsets: bytes or chars, as the method that
/// returned it says.
///
/// ```
/// let c = baokan::corpus();
/// let title = c.articles().next().unwrap().title_span().unwrap();
/// assert_eq!(&c.text()[title.start..title.end], "建强战斗堡垒 夯实执政之基");
/// assert_eq!(title.len(), 37);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First offset.
    pub start: usize,
    /// One past the last offset.
    pub end: usize,
}

impl Span {
    pub(crate) fn new(start: u32, end: u32) -> Span {
        Span {
            start: start as usize,
            end: end as usize,
        }
    }

    /// Number of offsets covered (0 for a reversed span, which only a damaged pack
    /// holds).
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Where a piece of text came from: the file, and the 1-based line and column (in
/// chars) of its first char in that file.
///
/// ```
/// let c = baokan::corpus();
/// let p = c.paragraphs().next().unwrap();
/// let s = p.source();
/// assert_eq!((s.file, s.line, s.column), ("000_bb83d75fffceb494.txt", 9, 1));
/// assert_eq!(s.to_string(), "000_bb83d75fffceb494.txt:9:1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Source<'a> {
    /// The source file's name, as it was compiled.
    pub file: &'a str,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in chars.
    pub column: u32,
}

impl std::fmt::Display for Source<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// A source file of the corpus, with the facts its manifest declared.
///
/// ```
/// let c = baokan::corpus();
/// let f = c.files().next().unwrap();
/// assert_eq!(f.name(), "000_bb83d75fffceb494.txt");
/// assert_eq!(f.date().unwrap().to_string(), "2022-10-09");
/// assert_eq!(f.lines(), 189);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    pub(crate) pack: baokan_pack::Pack<'a>,
    pub(crate) rec: baokan_pack::records::FileRec,
    pub(crate) index: usize,
}

impl<'a> SourceFile<'a> {
    /// Position in the corpus's file list.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The file's name as it was compiled (relative to the compiled folder).
    pub fn name(&self) -> &'a str {
        self.pack.name(self.rec.name_start, self.rec.name_end)
    }

    /// The page's publication date, as declared in the manifest.
    pub fn date(&self) -> Option<baokan_pack::Date> {
        baokan_pack::Date::from_yyyymmdd(self.rec.date)
    }

    /// Where the page comes from, as declared in the manifest.
    pub fn declared_source(&self) -> Option<&'a str> {
        opt(
            self.pack.name(self.rec.source_start, self.rec.source_end),
            self.rec.source_start,
        )
    }

    /// The page label, as declared in the manifest.
    pub fn page(&self) -> Option<&'a str> {
        opt(
            self.pack.name(self.rec.page_start, self.rec.page_end),
            self.rec.page_start,
        )
    }

    /// The page the file's text was printed on: the declared page ([`page`](Self::page)),
    /// else the page its name gives when it is named as the paper's archive names its
    /// files, `DATE-PAGE-NUMBER.txt` (eight digits, then page and article number).
    ///
    /// ```
    /// let f = baokan::corpus().files().next().unwrap();
    /// assert_eq!(f.printed_page(), None); // 000_bb83d75fffceb494.txt declares none
    /// assert_eq!(baokan::page_in_name("20190213/20190213-04-05.txt"), Some("04"));
    /// ```
    pub fn printed_page(&self) -> Option<&'a str> {
        self.page().or_else(|| page_in_name(self.name()))
    }

    /// Number of lines in the source file.
    pub fn lines(&self) -> u32 {
        self.rec.lines
    }

    /// How the file's date was found: declared, or read from its path.
    pub fn date_basis(&self) -> Option<crate::DateBasis> {
        crate::DateBasis::from_code(self.rec.date_basis)
    }

    /// The layout the compiler read the file with.
    pub fn layout(&self) -> crate::Layout {
        crate::Layout::from_code(self.rec.layout).unwrap_or(crate::Layout::Page)
    }

    /// Why the compiler chose that layout: the evidence it saw.
    ///
    /// ```
    /// let f = baokan::corpus().files().next().unwrap();
    /// assert!(f.layout_reason().starts_with("page: "));
    /// ```
    pub fn layout_reason(&self) -> &'a str {
        opt(
            self.pack
                .name(self.rec.layout_reason_start, self.rec.layout_reason_end),
            self.rec.layout_reason_start,
        )
        .unwrap_or_default()
    }

    /// The decoded source text, where the pack carries it (packs compiled without
    /// `--no-source` do).
    pub fn source_text(&self) -> Option<&'a str> {
        self.pack
            .source_text(self.rec.source_text_start, self.rec.source_text_end)
    }
}

/// The page an archive file name gives: `04` in `20190213/20190213-04-05.txt`
/// (`DATE-PAGE-NUMBER.txt`, DATE eight digits, PAGE and NUMBER one to three); `None`
/// for any other name.
///
/// ```
/// assert_eq!(baokan::page_in_name("20190213-12-01.txt"), Some("12"));
/// assert_eq!(baokan::page_in_name("2019-02-13.txt"), None);
/// assert_eq!(baokan::page_in_name("page.txt"), None);
/// ```
pub fn page_in_name(name: &str) -> Option<&str> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = file.strip_suffix(".txt").unwrap_or(file);
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    match stem.split('-').collect::<Vec<_>>()[..] {
        [date, page, number]
            if digits(date, 8..=8) && digits(page, 1..=3) && digits(number, 1..=3) =>
        {
            Some(page)
        }
        _ => None,
    }
}

pub(crate) fn opt(s: &str, start: u32) -> Option<&str> {
    (start != baokan_pack::NONE).then_some(s)
}

impl Serialize for SourceFile<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("SourceFile", 8)?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("date", &self.date().map(|d| d.to_string()))?;
        st.serialize_field("date_basis", &self.date_basis())?;
        st.serialize_field("layout", &self.layout())?;
        st.serialize_field("layout_reason", self.layout_reason())?;
        st.serialize_field("declared_source", &self.declared_source())?;
        st.serialize_field("page", &self.page())?;
        st.serialize_field("lines", &self.lines())?;
        st.end()
    }
}
