//! The located mention types: a [`Located`](super::Located) place and the fields of
//! each type, in the order every face prints them.

use super::located;
use crate::mentions::{
    AdminLevel, Approx, Attribution, Calendar, EntityKind, NumeralForm, Open, Part, Precision,
    QuoteKind, ResolvedBy, Season,
};

located! {
    /// A located figure: 51.8万人, 3.2亿-3.5亿元.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let f = c.figures().find(|f| f.text().contains("51.8万")).unwrap().located();
    /// assert_eq!((f.value, f.unit), (518000.0, Some("人")));
    /// ```
    LocatedFigure {
        /// The value, after multipliers.
        value: f64,
        /// The upper value of a range.
        value_max: Option<f64>,
        /// The unit or measure word.
        unit: Option<&'a str>,
        /// The multiplier applied (万, 亿).
        multiplier: Option<&'a str>,
        /// The approximating qualifier.
        approx: Option<Approx>,
        /// How the number is written.
        numeral_form: NumeralForm,
        /// The thing measured, when the sentence states it plainly.
        subject: Option<&'a str>,
    }
}

located! {
    /// A located date or date range.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let d = c.dates().find(|d| d.text() == "2018年11月6日").unwrap().located();
    /// assert_eq!((d.iso, d.precision), (Some("2018-11-06"), baokan::Precision::Day));
    /// ```
    LocatedDate {
        /// The (start) value as ISO 8601 at its precision, if resolved.
        iso: Option<&'a str>,
        /// The end of a range.
        iso_end: Option<&'a str>,
        /// How precise the value is.
        precision: Precision,
        /// Where the value came from.
        resolved_by: ResolvedBy,
        /// The season the text names.
        season: Option<Season>,
        /// The part of the period the text names.
        part: Option<Part>,
        /// How the period the date opens runs on.
        open: Option<Open>,
        /// The calendar the text writes it in.
        calendar: Calendar,
    }
}

located! {
    /// A located citation of a document title 《…》.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let x = c.citations().find(|x| x.title().starts_with("关于坚持和加强")).unwrap();
    /// let x = x.located();
    /// assert_eq!(x.issuers, ["中央组织部", "财政部", "农业农村部"]);
    /// ```
    LocatedCitation {
        /// The title inside the marks.
        title: &'a str,
        /// The document type the title ends with.
        kind: Option<&'a str>,
        /// The issuers the sentence states.
        issuers: Vec<&'a str>,
        /// The action the sentence states.
        action: Option<&'a str>,
        /// The date the sentence states, as ISO.
        date: Option<&'a str>,
    }
}

located! {
    /// A located quotation.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let q = c.quotes().find(|q| q.speaker() == Some("张弛")).unwrap().located();
    /// assert_eq!(q.attribution, baokan::Attribution::After);
    /// ```
    LocatedQuote {
        /// The quoted text without the marks.
        inner: &'a str,
        /// Speech or term.
        kind: QuoteKind,
        /// The speaker's name, when the text states it.
        speaker: Option<&'a str>,
        /// The speaker's title, when stated.
        speaker_title: Option<&'a str>,
        /// The speaker phrase as written.
        speaker_phrase: Option<&'a str>,
        /// How the speaker was found.
        attribution: Attribution,
        /// Whether the opening mark stood before this text.
        opened_before: bool,
        /// Whether the closing mark is missing from this text.
        closed_after: bool,
    }
}

located! {
    /// A located mention of a named entity.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let e = c.entities().next().unwrap().mentions().next().unwrap().located();
    /// assert!(!e.name.is_empty());
    /// ```
    LocatedEntity {
        /// Person, place or organisation.
        kind: EntityKind,
        /// The entity's normalised name.
        name: &'a str,
        /// A title attached to a person here.
        title: Option<&'a str>,
        /// A place's administrative level, where known.
        admin_level: Option<AdminLevel>,
    }
}
