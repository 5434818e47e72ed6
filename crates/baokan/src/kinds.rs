//! The small closed vocabularies of the model.

use serde::Serialize;

pub use baokan_pack::vocab::{CreditKind, JoinReason, Layout};

/// What a paragraph is.
///
/// ```
/// use baokan::ParagraphKind;
/// let c = baokan::corpus();
/// let kinds: Vec<ParagraphKind> = c.paragraphs().map(|p| p.kind()).collect();
/// assert!(kinds.contains(&ParagraphKind::ListItem));
/// assert_eq!(ParagraphKind::ListItem.as_str(), "list_item");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Running text.
    Body,
    /// An item of a dash list (——…) or a bulleted one.
    ListItem,
    /// An ellipsis standing alone (……): elided material.
    Ellipsis,
}

impl ParagraphKind {
    pub(crate) fn from_code(c: u32) -> ParagraphKind {
        match c {
            1 => ParagraphKind::ListItem,
            2 => ParagraphKind::Ellipsis,
            _ => ParagraphKind::Body,
        }
    }

    /// The name used in JSON, the CLI and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::ListItem => "list_item",
            ParagraphKind::Ellipsis => "ellipsis",
        }
    }
}

/// How a sentence ends.
///
/// ```
/// use baokan::SentenceEnd;
/// let c = baokan::corpus();
/// let first = c.sentences().next().unwrap();
/// assert_eq!(first.end(), SentenceEnd::FullStop);
/// assert_eq!(SentenceEnd::Semicolon.as_str(), "semicolon");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceEnd {
    /// 。
    FullStop,
    /// ？ or ?
    Question,
    /// ！ or !
    Exclamation,
    /// …… (a run of ellipsis marks)
    Ellipsis,
    /// ； or ; — a weaker break than a full stop.
    Semicolon,
    /// The paragraph ended with no closing punctuation.
    Unterminated,
}

impl SentenceEnd {
    pub(crate) fn from_code(c: u32) -> SentenceEnd {
        match c {
            0 => SentenceEnd::FullStop,
            1 => SentenceEnd::Question,
            2 => SentenceEnd::Exclamation,
            3 => SentenceEnd::Ellipsis,
            4 => SentenceEnd::Semicolon,
            _ => SentenceEnd::Unterminated,
        }
    }

    /// The name used in JSON, the CLI and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            SentenceEnd::FullStop => "full_stop",
            SentenceEnd::Question => "question",
            SentenceEnd::Exclamation => "exclamation",
            SentenceEnd::Ellipsis => "ellipsis",
            SentenceEnd::Semicolon => "semicolon",
            SentenceEnd::Unterminated => "unterminated",
        }
    }
}

/// How an article's date was established.
///
/// ```
/// use baokan::DateBasis;
/// let c = baokan::corpus();
/// let a = c.articles().next().unwrap();
/// assert_eq!(a.date_basis(), Some(DateBasis::Dateline));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// Month and day from the article's dateline; the year from the page's declared date.
    Dateline,
    /// The page's date as declared (front matter, manifest entry or folder default);
    /// the text states none.
    Declared,
    /// The date the file's path names (20190213/20190213-04-05.txt); the text states none.
    Path,
}

impl DateBasis {
    pub(crate) fn from_code(c: u32) -> Option<DateBasis> {
        match c {
            1 => Some(DateBasis::Dateline),
            2 => Some(DateBasis::Declared),
            3 => Some(DateBasis::Path),
            _ => None,
        }
    }

    /// The name used in JSON, the CLI and Python.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Dateline => "dateline",
            DateBasis::Declared => "declared",
            DateBasis::Path => "path",
        }
    }
}
