use serde::ser::SerializeStruct;

use super::date::DateMention;
use crate::corpus::Corpus;

/// A dated statement: a date mention and the sentence that holds it.
#[derive(Debug, Clone, Copy)]
pub struct TimelineEntry<'a> {
    /// The date.
    pub date: DateMention<'a>,
}

impl<'a> TimelineEntry<'a> {
    /// The sentence that states it.
    pub fn sentence(&self) -> Option<crate::Sentence<'a>> {
        self.date.sentence()
    }
}

impl serde::Serialize for TimelineEntry<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("TimelineEntry", 10)?;
        st.serialize_field("iso", &self.date.iso())?;
        st.serialize_field("iso_end", &self.date.iso_end())?;
        st.serialize_field("precision", &self.date.precision())?;
        st.serialize_field("resolved_by", &self.date.resolved_by())?;
        st.serialize_field("text", self.date.text())?;
        st.serialize_field("sentence", &self.sentence().map(|s| s.text()))?;
        st.serialize_field("sentence_id", &self.sentence().map(|s| s.id()))?;
        st.serialize_field("char_start", &self.date.char_span().start)?;
        st.serialize_field("char_end", &self.date.char_span().end)?;
        st.serialize_field("source", &self.date.source())?;
        st.end()
    }
}

impl<'a> Corpus<'a> {
    /// Every dated statement in the corpus, in date order (then text order); dates that
    /// could not be resolved are left out.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let t = c.timeline();
    /// assert!(t.windows(2).all(|w| w[0].date.iso() <= w[1].date.iso()));
    /// assert_eq!(t.first().unwrap().date.iso(), Some("1943"));
    /// ```
    pub fn timeline(&self) -> Vec<TimelineEntry<'a>> {
        let mut out: Vec<TimelineEntry<'a>> = self
            .dates()
            .filter(|d| d.iso().is_some())
            .map(|date| TimelineEntry { date })
            .collect();
        out.sort_by(|a, b| {
            a.date
                .iso()
                .cmp(&b.date.iso())
                .then(a.date.span().start.cmp(&b.date.span().start))
        });
        out
    }
}
