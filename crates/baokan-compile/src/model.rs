//! The owned document model the compiler builds before it writes a pack.
//!
//! Every piece of text keeps the source position of its first char, so the pack can map
//! any offset back to a file, line and column.

use baokan_pack::Date;
pub use baokan_pack::vocab::{CreditKind, JoinReason, Layout};

/// A position in a decoded source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in chars.
    pub column: u32,
    /// Byte offset in the decoded source.
    pub byte: u32,
}

/// Text copied unchanged from one source line, with the position of its first char.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Located {
    /// The text.
    pub text: String,
    /// Where its first char stands in the source.
    pub at: Pos,
}

impl Located {
    /// The part of this text from byte `from` on, with its position moved along.
    pub(crate) fn tail(&self, from: usize) -> Located {
        let skipped = self.text.get(..from).unwrap_or_default();
        Located {
            text: self.text.get(from..).unwrap_or_default().to_string(),
            at: Pos {
                line: self.at.line,
                column: self.at.column + skipped.chars().count() as u32,
                byte: self.at.byte + from as u32,
            },
        }
    }

    /// The part of this text in `range`, with its position moved along.
    pub(crate) fn slice(&self, range: std::ops::Range<usize>) -> Located {
        let mut t = self.tail(range.start);
        t.text.truncate(range.end - range.start);
        t
    }
}

/// A compiled source file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// File name as given to the compiler.
    pub name: String,
    /// Facts declared for this file, with the date as finally established.
    pub meta: FileMeta,
    /// How `meta.date` was established.
    pub date_basis: FileDateBasis,
    /// Number of source lines.
    pub lines: u32,
    /// Articles in page order.
    pub articles: Vec<Article>,
    /// The layout the file was read with.
    pub layout: Layout,
    /// Why that layout was chosen: the evidence, in words.
    pub layout_reason: String,
    /// The decoded source text, kept so provenance can always be shown.
    pub source_text: Option<String>,
    /// Things worth telling the user that did not stop the compile.
    pub warnings: Vec<Warning>,
}

/// A problem in one file that the compiler worked around.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file.
    pub file: String,
    /// The 1-based line it concerns, or 0 for the file as a whole (or its path).
    pub line: u32,
    /// What happened and what the compiler did.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

/// Facts about a file that its text does not carry, declared in a manifest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileMeta {
    /// Publication date of the page.
    pub date: Option<Date>,
    /// Where the page comes from (newspaper, archive).
    pub source: Option<String>,
    /// Page label.
    pub page: Option<String>,
    /// A folder-wide default date (the manifest's top-level `date`), used when neither
    /// the file's own entry nor its path gives one.
    pub fallback_date: Option<Date>,
}

/// How a file's date was established; the codes are the pack's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileDateBasis {
    /// No date.
    #[default]
    None,
    /// Declared: front matter, the manifest's entry for the file, or its folder default.
    Declared,
    /// Read from the file's path (YYYYMMDD, YYYY-MM-DD or YYYY/MM/DD).
    Path,
}

impl FileDateBasis {
    pub(crate) fn code(self) -> u32 {
        match self {
            FileDateBasis::None => 0,
            FileDateBasis::Declared => 2,
            FileDateBasis::Path => 3,
        }
    }
}

/// An article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    /// Kicker (引题), the line above the title.
    pub kicker: Option<Located>,
    /// Title, if the article has one, as printed (with any column tag).
    pub title: Option<Located>,
    /// Byte range in the title of the column tag inside its closing brackets:
    /// 让村子发展有后劲（新春走基层·驻村干部这一年） → 新春走基层·驻村干部这一年.
    pub column: Option<std::ops::Range<usize>>,
    /// Credit and note lines, in page order.
    pub credits: Vec<Credit>,
    /// Reporters named in bylines and the dateline, in page order, each once.
    pub reporters: Vec<Reporter>,
    /// Subtitle without its leading dashes.
    pub subtitle: Option<Located>,
    /// Byline, e.g. 新华社记者.
    pub byline: Option<Located>,
    /// Dateline, e.g. (新华社北京10月9日电).
    pub dateline: Option<Dateline>,
    /// Continued-from marker, e.g. (上接第一版).
    pub continued_from: Option<Continuation>,
    /// Continued-on marker, e.g. (下转第二版).
    pub continued_to: Option<Continuation>,
    /// Sections in order; an untitled lead comes first.
    pub sections: Vec<Section>,
}

/// A dateline and its parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dateline {
    /// The whole dateline as it stands in the source.
    pub text: Located,
    /// Whether the dateline is an element of its own (closing form) or the head of the
    /// first paragraph (leading form).
    pub standalone: bool,
    /// Byte range of the agency inside `text`.
    pub agency: Option<std::ops::Range<usize>>,
    /// Byte range of the place inside `text`.
    pub place: Option<std::ops::Range<usize>>,
    /// Month, 1-based.
    pub month: u32,
    /// Day, 1-based, or 0 when the dateline gives no date (新华社电).
    pub day: u32,
}

/// A credit or note line.
#[derive(Debug, Clone, PartialEq)]
pub struct Credit {
    /// What it is.
    pub kind: CreditKind,
    /// The line as printed, without its indentation.
    pub text: Located,
}

/// A reporter named in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Reporter {
    /// The name without typesetting spaces: 张 枨 → 张枨.
    pub name: String,
    /// The name as printed, with its place.
    pub printed: Located,
}

/// A page-continuation marker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Continuation {
    /// The marker as it stands in the source.
    pub marker: Located,
    /// Byte range of the page label (第一版) inside the marker.
    pub page: std::ops::Range<usize>,
}

/// A section: an optional heading and its paragraphs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Section {
    /// The heading; `None` for the untitled lead.
    pub heading: Option<Located>,
    /// A second heading line printed right under the first.
    pub subheading: Option<Located>,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
}

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParagraphKind {
    /// Running text.
    #[default]
    Body,
    /// An item of a dash list (——…).
    ListItem,
    /// An ellipsis standing alone (……): elided material.
    Ellipsis,
}

/// A paragraph after page-break repair.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paragraph {
    /// What kind of paragraph it is.
    pub kind: ParagraphKind,
    /// The source pieces; more than one where a page break split the paragraph.
    pub pieces: Vec<Located>,
    /// Sentences as byte ranges of the joined text, with how each ends.
    pub sentences: Vec<(std::ops::Range<usize>, SentenceEnd)>,
}

impl Paragraph {
    /// The repaired text: the pieces joined.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// How a sentence ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceEnd {
    /// 。
    FullStop,
    /// ？ or ?
    Question,
    /// ！ or !
    Exclamation,
    /// ……
    Ellipsis,
    /// ； or ; — a weaker break.
    Semicolon,
    /// The paragraph ended without closing punctuation.
    Unterminated,
}

impl SentenceEnd {
    pub(crate) fn code(self) -> u32 {
        match self {
            SentenceEnd::FullStop => 0,
            SentenceEnd::Question => 1,
            SentenceEnd::Exclamation => 2,
            SentenceEnd::Ellipsis => 3,
            SentenceEnd::Semicolon => 4,
            SentenceEnd::Unterminated => 5,
        }
    }
}

impl ParagraphKind {
    pub(crate) fn code(self) -> u32 {
        match self {
            ParagraphKind::Body => 0,
            ParagraphKind::ListItem => 1,
            ParagraphKind::Ellipsis => 2,
        }
    }
}
