use baokan_pack::NONE;
use baokan_pack::records::QuoteRec;

use super::anchor::{Anchor, anchored};
use crate::corpus::Corpus;
use crate::located::LocatedQuote;

pub use baokan_extract::{Attribution, QuoteKind};

/// A quotation “…”: reported speech with its speaker where the text states one, or a
/// quoted term.
///
/// ```
/// use baokan::QuoteKind;
/// let c = baokan::corpus();
/// let q = c.quotes().find(|q| q.speaker() == Some("张弛") && q.opened_before()).unwrap();
/// assert_eq!(q.kind(), QuoteKind::Speech);
/// assert_eq!(q.source().line, 151);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Quote<'a> {
    at: Anchor<'a>,
    rec: QuoteRec,
}
anchored!(Quote);

impl<'a> Quote<'a> {
    pub(crate) fn at(c: Corpus<'a>, i: usize) -> Quote<'a> {
        let rec = c.pack.quotes().get(i);
        Quote {
            at: Anchor::new(c, rec.paragraph, rec.start, rec.end),
            rec,
        }
    }

    /// The quoted text without the marks.
    pub fn inner(&self) -> &'a str {
        self.at
            .c
            .pack
            .text_at(self.rec.inner_start, self.rec.inner_end)
    }

    /// Speech or term.
    pub fn kind(&self) -> QuoteKind {
        QuoteKind::from_code(self.rec.kind).unwrap_or(QuoteKind::Speech)
    }

    /// The speaker's name, when the text states it.
    pub fn speaker(&self) -> Option<&'a str> {
        self.at.name(self.rec.speaker_start, self.rec.speaker_end)
    }

    /// The speaker's title (总书记, 总经理), when stated.
    pub fn speaker_title(&self) -> Option<&'a str> {
        self.at.name(self.rec.title_start, self.rec.title_end)
    }

    /// The speaker phrase as written (习近平总书记, 相关负责人).
    pub fn speaker_phrase(&self) -> Option<&'a str> {
        (self.rec.phrase_start != NONE).then(|| {
            self.at
                .c
                .pack
                .text_at(self.rec.phrase_start, self.rec.phrase_end)
        })
    }

    /// Whether the opening mark stood before this paragraph (on a previous page).
    pub fn opened_before(&self) -> bool {
        self.rec.flags & 1 != 0
    }

    /// Whether the closing mark is missing from this paragraph.
    pub fn closed_after(&self) -> bool {
        self.rec.flags & 2 != 0
    }
}

impl Quote<'_> {
    /// How the speaker was found: next to the quote (before, after, in an enumeration),
    /// through a pronoun, from the other paragraphs of the quotation, or from the one
    /// person its paragraph names. [`Attribution::None`] when the text gives none.
    ///
    /// ```
    /// use baokan::Attribution;
    /// let c = baokan::corpus();
    /// let q = c.quotes().find(|q| q.speaker() == Some("张弛")).unwrap();
    /// assert_eq!(q.attribution(), Attribution::After);
    /// ```
    pub fn attribution(&self) -> Attribution {
        Attribution::from_code(self.rec.flags >> 2).unwrap_or_default()
    }
}

impl<'a> Quote<'a> {
    /// The quotation as every face prints it.
    ///
    /// ```
    /// let q = baokan::corpus().quotes().next().unwrap();
    /// assert_eq!(q.located().inner, q.inner());
    /// ```
    pub fn located(&self) -> LocatedQuote<'a> {
        LocatedQuote {
            at: self.at.located(),
            inner: self.inner(),
            kind: self.kind(),
            speaker: self.speaker(),
            speaker_title: self.speaker_title(),
            speaker_phrase: self.speaker_phrase(),
            attribution: self.attribution(),
            opened_before: self.opened_before(),
            closed_after: self.closed_after(),
        }
    }
}

impl serde::Serialize for Quote<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.located().serialize(s)
    }
}
