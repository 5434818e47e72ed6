//! The mention types. Every mention has a byte span into the text it was found in;
//! callers that know where that text lives (a paragraph in a pack) add the offset.
//! Their own serialization (a `span` of bytes) is this crate's, for its snapshot
//! test; every face prints a mention located, through `baokan::locate` and the
//! corpus's views, in one schema.

use serde::Serialize;

// The vocabularies live with the pack that stores their codes; these are their paths
// in this crate.
pub use baokan_pack::vocab::{
    AdminLevel, Approx, Attribution, Calendar, EntityKind, NumeralForm, Open, Part, Precision,
    QuoteKind, ResolvedBy, Season,
};

/// A half-open byte range `[start, end)` into the extracted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Whether two spans share a byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers, or `""` if it does not fit `text`.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or_default()
    }
}

/// A quantity stated with a number: 51.8万人, 3.2亿-3.5亿元, 60余万平方米, 五级, 5年来.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// Where it is.
    pub span: Span,
    /// The value, after multipliers (51.8万 → 518000).
    pub value: f64,
    /// The upper value of a range (3.2亿-3.5亿元 → 350000000), else `None`.
    pub value_max: Option<f64>,
    /// The unit or measure word (人, 家, 元, %, 吨, 平方米, 个, 名, 条, 年, 级 …).
    pub unit: Option<String>,
    /// The multiplier applied (万, 亿), if any.
    pub multiplier: Option<String>,
    /// An approximating qualifier, if any.
    pub approx: Option<Approx>,
    /// How the number is written.
    pub numeral_form: NumeralForm,
    /// The thing measured, when the sentence states it plainly (园区累计注册企业 → 471家).
    pub subject: Option<String>,
}

/// A date or date range: 2018年11月6日, 2021年6月至12月, 今年8月, 9月21日, 明年.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMention {
    /// Where it is.
    pub span: Span,
    /// The (start) value as ISO 8601 at its precision: `2018-11-06`, `2021-06`, `2014`.
    /// `None` when the text does not settle it ([`ResolvedBy::Unresolved`]).
    pub iso: Option<String>,
    /// The end of a range, same form, else `None`.
    pub iso_end: Option<String>,
    /// How precise `iso` is.
    pub precision: Precision,
    /// Where its value came from.
    pub resolved_by: ResolvedBy,
    /// The season the text names (1943年春), if any.
    pub season: Option<Season>,
    /// The part of the period the text names (年底, 上旬), if any.
    pub part: Option<Part>,
    /// How the period runs on after the date (以来, 起), if the text says.
    pub open: Option<Open>,
    /// The calendar the text writes it in.
    pub calendar: Calendar,
}

/// A cited document: every 《…》 title.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Citation {
    /// Where it is, including the 《》 marks.
    pub span: Span,
    /// The title inside the marks.
    pub title: String,
    /// The document type the title ends with (条例, 意见, 办法, 规划, …), if any.
    pub kind: Option<String>,
    /// Issuers stated in the same sentence (中央组织部、财政部、农业农村部).
    pub issuers: Vec<String>,
    /// The action stated in the same sentence (印发, 修订, 制定, …).
    pub action: Option<String>,
    /// The date stated in the same sentence, as ISO.
    pub date: Option<String>,
}

/// A quotation “…”, with its speaker where the text states one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Where it is, including the quotation marks present in the text.
    pub span: Span,
    /// The quoted text, without the marks.
    pub inner: Span,
    /// Speech or term.
    pub kind: QuoteKind,
    /// The speaker's name (习近平, 张弛), when the text states it. Never guessed.
    pub speaker: Option<String>,
    /// The speaker's title (总书记, 总经理), when stated.
    pub speaker_title: Option<String>,
    /// The speaker phrase as written (习近平总书记, 相关负责人).
    pub speaker_span: Option<Span>,
    /// The opening mark is not in this text (it stood on a previous page).
    pub opened_before: bool,
    /// The closing mark is not in this text.
    pub closed_after: bool,
    /// How the speaker was found ([`Attribution::None`] without one).
    pub attribution: Attribution,
}

/// A mention of a named entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityMention {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: EntityKind,
    /// Its normalised name (习近平 for 习近平同志).
    pub name: String,
    /// A title attached to a person (总书记, 总经理).
    pub title: Option<String>,
    /// The administrative level of a place.
    pub admin_level: Option<AdminLevel>,
}

/// Everything found in one text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Mentions {
    /// Figures.
    pub figures: Vec<Figure>,
    /// Dates.
    pub dates: Vec<DateMention>,
    /// Citations.
    pub citations: Vec<Citation>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Entity mentions.
    pub entities: Vec<EntityMention>,
}
