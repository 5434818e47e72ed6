use baokan_pack::records::DateRec;

use super::anchor::{Anchor, anchored};
use crate::corpus::Corpus;
use crate::located::LocatedDate;

pub use baokan_extract::{Calendar, Open, Part, Precision, ResolvedBy, Season};

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
        Precision::from_code(self.rec.precision).unwrap_or(Precision::Year)
    }

    /// Where the value came from: the text alone, the article's date, a year the text
    /// narrated before; [`ResolvedBy::Unresolved`] when nothing settles it (`iso` is
    /// `None`).
    pub fn resolved_by(&self) -> ResolvedBy {
        ResolvedBy::from_code(self.rec.resolved_by).unwrap_or(ResolvedBy::Unresolved)
    }

    /// The season the text names (1943年春), if any.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let d = c.dates().find(|d| d.text() == "1943年春").unwrap();
    /// assert_eq!(d.season(), Some(baokan::Season::Spring));
    /// ```
    pub fn season(&self) -> Option<Season> {
        Season::from_code(self.rec.season)
    }

    /// The part of the period the text names (年底, 上旬, 80年代初), if any.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// assert!(c.dates().all(|d| d.part().is_none() || d.text().ends_with(['初', '底', '末', '旬'])));
    /// ```
    pub fn part(&self) -> Option<Part> {
        Part::from_code(self.rec.part)
    }

    /// How the period the date opens runs on (2019年以来: [`Open::Since`], up to the
    /// article's date), if the text says.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let d = c.dates().find(|d| d.iso() == Some("2019") && d.open().is_some()).unwrap();
    /// assert_eq!((d.text(), d.open()), ("2019年", Some(baokan::Open::Since)));
    /// ```
    pub fn open(&self) -> Option<Open> {
        Open::from_code(self.rec.open)
    }

    /// The calendar the text writes the date in.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// assert!(c.dates().all(|d| d.calendar() == baokan::Calendar::Gregorian));
    /// ```
    pub fn calendar(&self) -> Calendar {
        Calendar::from_code(self.rec.calendar).unwrap_or(Calendar::Gregorian)
    }
}

impl<'a> DateMention<'a> {
    /// The date as every face prints it.
    ///
    /// ```
    /// let d = baokan::corpus().dates().next().unwrap();
    /// assert_eq!(d.located().iso, d.iso());
    /// ```
    pub fn located(&self) -> LocatedDate<'a> {
        LocatedDate {
            at: self.at.located(),
            iso: self.iso(),
            iso_end: self.iso_end(),
            precision: self.precision(),
            resolved_by: self.resolved_by(),
            season: self.season(),
            part: self.part(),
            open: self.open(),
            calendar: self.calendar(),
        }
    }
}

impl serde::Serialize for DateMention<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.located().serialize(s)
    }
}
