use baokan_pack::records::CitationRec;

use super::anchor::{Anchor, anchored};
use crate::corpus::Corpus;
use crate::located::LocatedCitation;

/// A cited document title 《…》, with the issuers, action and date its sentence states.
///
/// ```
/// let c = baokan::corpus();
/// let x = c.citations().find(|x| x.title().starts_with("关于坚持和加强")).unwrap();
/// assert_eq!(x.kind(), Some("意见"));
/// assert_eq!(x.issuers().collect::<Vec<_>>(), ["中央组织部", "财政部", "农业农村部"]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Citation<'a> {
    at: Anchor<'a>,
    rec: CitationRec,
}
anchored!(Citation);

impl<'a> Citation<'a> {
    pub(crate) fn at(c: Corpus<'a>, i: usize) -> Citation<'a> {
        let rec = c.pack.citations().get(i);
        Citation {
            at: Anchor::new(c, rec.paragraph, rec.start, rec.end),
            rec,
        }
    }

    /// The title inside the marks.
    pub fn title(&self) -> &'a str {
        self.at
            .c
            .pack
            .text_at(self.rec.title_start, self.rec.title_end)
    }

    /// The document type the title ends with (条例, 意见, 办法 …).
    pub fn kind(&self) -> Option<&'a str> {
        self.at.name(self.rec.kind_start, self.rec.kind_end)
    }

    /// The issuers the sentence states.
    pub fn issuers(&self) -> impl ExactSizeIterator<Item = &'a str> + Clone + use<'a> {
        let pack = self.at.c.pack;
        let issuers = pack.issuers();
        issuers
            .range(self.rec.issuer_first, self.rec.issuer_count)
            .map(move |i| {
                let r = issuers.get(i);
                pack.name(r.name_start, r.name_end)
            })
    }

    /// The action the sentence states (印发, 修订, 制定 …).
    pub fn action(&self) -> Option<&'a str> {
        self.at.name(self.rec.action_start, self.rec.action_end)
    }

    /// The date the sentence states, as ISO.
    pub fn date(&self) -> Option<&'a str> {
        self.at.name(self.rec.date_start, self.rec.date_end)
    }
}

impl<'a> Citation<'a> {
    /// The citation as every face prints it.
    ///
    /// ```
    /// let x = baokan::corpus().citations().next().unwrap();
    /// assert_eq!(x.located().title, x.title());
    /// ```
    pub fn located(&self) -> LocatedCitation<'a> {
        LocatedCitation {
            at: self.at.located(),
            title: self.title(),
            kind: self.kind(),
            issuers: self.issuers().collect(),
            action: self.action(),
            date: self.date(),
        }
    }
}

impl serde::Serialize for Citation<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.located().serialize(s)
    }
}
