use baokan_pack::records::DateRec;
use serde::ser::SerializeStruct;

use super::anchor::{Anchor, anchored};
use crate::corpus::Corpus;

pub use baokan_extract::{Precision, ResolvedBy};

/// A date or date range in the text, normalised against its article's date.
///
/// ```
/// let c = baokan::corpus();
/// let d = c.dates().find(|d| d.text() == "2018年11月6日").unwrap();
/// assert_eq!(d.iso(), Some("2018-11-06"));
/// assert_eq!(d.precision(), baokan::Precision::Day);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct DateMention<'a> {
    at: Anchor<'a>,
    rec: DateRec,
}
anchored!(DateMention);

impl<'a> DateMention<'a> {
    pub(crate) fn at(c: Corpus<'a>, i: usize) -> DateMention<'a> {
        let rec = c.pack.dates().get(i);
        DateMention {
            at: Anchor::new(c, rec.paragraph, rec.start, rec.end),
            rec,
        }
    }

    /// The (start) value as ISO 8601 at its precision; `None` when it could not be
    /// resolved.
    pub fn iso(&self) -> Option<&'a str> {
        self.at.name(self.rec.iso_start, self.rec.iso_end)
    }

    /// The end of a range.
    pub fn iso_end(&self) -> Option<&'a str> {
        self.at.name(self.rec.until_start, self.rec.until_end)
    }

    /// How precise the value is.
    pub fn precision(&self) -> Precision {
        match self.rec.precision {
            1 => Precision::Season,
            2 => Precision::Month,
            3 => Precision::Day,
            _ => Precision::Year,
        }
    }

    /// Where the value came from: the text alone, or the text and the article date;
    /// [`ResolvedBy::Unresolved`] when the text needs a date the article lacks.
    pub fn resolved_by(&self) -> ResolvedBy {
        match self.rec.resolved_by {
            1 => ResolvedBy::ArticleDate,
            2 => ResolvedBy::Unresolved,
            _ => ResolvedBy::Explicit,
        }
    }
}

impl serde::Serialize for DateMention<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("DateMention", 13)?;
        self.at.fields(&mut st)?;
        st.serialize_field("iso", &self.iso())?;
        st.serialize_field("iso_end", &self.iso_end())?;
        st.serialize_field("precision", &self.precision())?;
        st.serialize_field("resolved_by", &self.resolved_by())?;
        st.end()
    }
}
