//! The mention types. Every mention has a byte span into the text it was found in;
//! callers that know where that text lives (a paragraph in a pack) add the offset.

use serde::Serialize;

use crate::coded::coded;
pub use baokan_pack::vocab::Attribution;

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

/// A qualifier that makes a figure approximate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// 多, 余, 以上: more than the number.
    MoreThan,
    /// 不低于, 至少, 不少于: the number or more.
    AtLeast,
    /// 约, 近, 左右, 大约: about the number.
    About,
    /// 不超过, 以内, 至多: the number or less.
    UpTo,
}

/// How a figure's number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumeralForm {
    /// Arabic digits, possibly with Chinese multipliers (51.8万).
    Arabic,
    /// Chinese numerals (五, 两, 三千五百).
    Chinese,
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

coded! {
    /// How precise a date is. Quarters, halves and ranges are [`Precision::Month`] (or
    /// whatever their ends are) with an `iso_end`; decades and centuries are spans of
    /// years with their own precision.
    ///
    /// ```
    /// use baokan_extract::Precision;
    /// assert_eq!(Precision::Decade.name(), "decade");
    /// assert_eq!(Precision::from_code(Precision::Day.code()), Some(Precision::Day));
    /// ```
    pub enum Precision {
        /// A year.
        Year = "year",
        /// A season of a year (1943年春): `iso` is the year, the season is in `season`.
        Season = "season",
        /// A month.
        Month = "month",
        /// A day.
        Day = "day",
        /// A decade (上世纪80年代 → 1980..1989).
        Decade = "decade",
        /// A century (20世纪 → 1900..1999).
        Century = "century",
    }
}

coded! {
    /// How a date's value was found.
    ///
    /// ```
    /// use baokan_extract::ResolvedBy;
    /// assert_eq!(ResolvedBy::NarratedYear.name(), "narrated_year");
    /// ```
    pub enum ResolvedBy {
        /// Every part is in the text.
        Explicit = "explicit",
        /// Some part (the year, the month, the century) comes from the article's date.
        ArticleDate = "article_date",
        /// The text leaves a part open and nothing settles it (no article date, no
        /// narrated year, a vague or ambiguous expression): `iso` is `None`.
        Unresolved = "unresolved",
        /// The year is one the text narrated before it (同年7月, 12月 right after
        /// 1938年, 5月28日 in a 1942 story).
        NarratedYear = "narrated_year",
    }
}

coded! {
    /// A season named with a date (1943年春, 去年夏天, 同年冬).
    ///
    /// ```
    /// use baokan_extract::{extract, Season};
    /// let d = &extract("1943年春", None).dates[0];
    /// assert_eq!((d.iso.as_deref(), d.season), (Some("1943"), Some(Season::Spring)));
    /// ```
    pub enum Season {
        /// 春, 春天, 春季.
        Spring = "spring",
        /// 夏, 夏天, 夏季.
        Summer = "summer",
        /// 秋, 秋天, 秋季.
        Autumn = "autumn",
        /// 冬, 冬天, 冬季.
        Winter = "winter",
    }
}

coded! {
    /// A part of the period a date names (年初, 5月底, 中旬, 80年代末). The value stays the
    /// whole period (去年5月底 → 2018-05): the part narrows it without a guess of days.
    ///
    /// ```
    /// use baokan_extract::{extract, Date, Part};
    /// let d = &extract("去年5月底", Date::new(2019, 2, 15)).dates[0];
    /// assert_eq!((d.iso.as_deref(), d.part), (Some("2018-05"), Some(Part::Late)));
    /// ```
    pub enum Part {
        /// 初, 上旬, 初期, 岁初: the beginning.
        Early = "early",
        /// 中旬, 中期, 年中: the middle.
        Middle = "middle",
        /// 底, 末, 下旬, 末期, 岁末: the end.
        Late = "late",
    }
}

coded! {
    /// A date that opens a period the text leaves open (2018年以来, 3月1日起): the mention
    /// is the date part (2018年) and this says how the period runs on.
    ///
    /// ```
    /// use baokan_extract::{extract, Open};
    /// let d = &extract("2018年以来", None).dates[0];
    /// assert_eq!((d.span.end, d.open), ("2018年".len(), Some(Open::Since)));
    /// ```
    pub enum Open {
        /// 以来, 至今: from the date up to the article's date.
        Since = "since",
        /// 起, 开始: from the date on.
        Onward = "onward",
    }
}

coded! {
    /// The calendar the text writes a date in.
    ///
    /// ```
    /// use baokan_extract::{extract, Calendar, Date};
    /// let d = &extract("正月十五", Date::new(2019, 2, 13)).dates[0];
    /// assert_eq!((d.iso.as_deref(), d.calendar), (Some("2019-02-19"), Calendar::Lunar));
    /// ```
    pub enum Calendar {
        /// The Gregorian calendar.
        Gregorian = "gregorian",
        /// The Chinese lunisolar calendar (正月十五, 腊月二十八, 春节, 中秋节): `iso` is the
        /// Gregorian day it falls on.
        Lunar = "lunar",
    }
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

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Reported speech or a quoted statement.
    Speech,
    /// A short coined term or name in quotation marks (“两委”, “底盘”).
    Term,
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

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place.
    Place,
    /// An organisation.
    Org,
}

/// The administrative level of a place, where known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdminLevel {
    /// Country.
    Country,
    /// Province-level division (省, 自治区, 直辖市).
    Province,
    /// Prefecture-level division (地级市, 自治州, 地区).
    Prefecture,
    /// County-level division (县, 县级市, 市辖区).
    County,
    /// Township-level division (乡, 镇, 街道).
    Township,
    /// Village or community (村, 社区).
    Village,
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
