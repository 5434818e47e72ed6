//! The vocabularies of the mention tables: figures, dates, quotes and entities. A
//! vocabulary whose value may be absent numbers its values from 1 and stores
//! [`ABSENT`](super::ABSENT) (0) for none.
//!
//! ```
//! use baokan_pack::vocab::{AdminLevel, Approx, EntityKind};
//! assert_eq!(Approx::from_code(1), Some(Approx::MoreThan));
//! assert_eq!(AdminLevel::Village.code(), 6);
//! assert_eq!(EntityKind::from_name("org"), Some(EntityKind::Org));
//! ```

vocabulary! {
    /// A qualifier that makes a figure approximate (0 in the pack: none).
    ///
    /// ```
    /// use baokan_pack::vocab::Approx;
    /// assert_eq!(Approx::UpTo.as_str(), "up_to");
    /// ```
    Approx {
        /// 多, 余, 以上: more than the number.
        MoreThan = 1, "more_than";
        /// 不低于, 至少, 不少于: the number or more.
        AtLeast = 2, "at_least";
        /// 约, 近, 左右, 大约: about the number.
        About = 3, "about";
        /// 不超过, 以内, 至多: the number or less.
        UpTo = 4, "up_to";
    }
}

vocabulary! {
    /// How a figure's number is written.
    ///
    /// ```
    /// use baokan_pack::vocab::NumeralForm;
    /// assert_eq!(NumeralForm::from_code(1), Some(NumeralForm::Chinese));
    /// ```
    NumeralForm {
        /// Arabic digits, possibly with Chinese multipliers (51.8万).
        Arabic = 0, "arabic";
        /// Chinese numerals (五, 两, 三千五百).
        Chinese = 1, "chinese";
    }
}

vocabulary! {
    /// How precise a date is. Quarters, halves and ranges are [`Precision::Month`] (or
    /// whatever their ends are) with an `iso_end`; decades and centuries are spans of
    /// years with their own precision.
    ///
    /// ```
    /// use baokan_pack::vocab::Precision;
    /// assert_eq!(Precision::Decade.as_str(), "decade");
    /// assert_eq!(Precision::from_code(Precision::Day.code()), Some(Precision::Day));
    /// ```
    Precision {
        /// A year.
        Year = 0, "year";
        /// A season of a year (1943年春): `iso` is the year, the season is in `season`.
        Season = 1, "season";
        /// A month.
        Month = 2, "month";
        /// A day.
        Day = 3, "day";
        /// A decade (上世纪80年代 → 1980..1989).
        Decade = 4, "decade";
        /// A century (20世纪 → 1900..1999).
        Century = 5, "century";
    }
}

vocabulary! {
    /// How a date's value was found.
    ///
    /// ```
    /// use baokan_pack::vocab::ResolvedBy;
    /// assert_eq!(ResolvedBy::NarratedYear.as_str(), "narrated_year");
    /// ```
    ResolvedBy {
        /// Every part is in the text.
        Explicit = 0, "explicit";
        /// Some part (the year, the month, the century) comes from the article's date.
        ArticleDate = 1, "article_date";
        /// The text leaves a part open and nothing settles it (no article date, no
        /// narrated year, a vague or ambiguous expression): `iso` is `None`.
        Unresolved = 2, "unresolved";
        /// The year is one the text narrated before it (同年7月, 12月 right after
        /// 1938年, 5月28日 in a 1942 story).
        NarratedYear = 3, "narrated_year";
    }
}

vocabulary! {
    /// A season named with a date (1943年春, 去年夏天, 同年冬); 0 in the pack: none.
    ///
    /// ```
    /// use baokan_pack::vocab::Season;
    /// assert_eq!(Season::from_name("autumn").map(Season::code), Some(3));
    /// ```
    Season {
        /// 春, 春天, 春季.
        Spring = 1, "spring";
        /// 夏, 夏天, 夏季.
        Summer = 2, "summer";
        /// 秋, 秋天, 秋季.
        Autumn = 3, "autumn";
        /// 冬, 冬天, 冬季.
        Winter = 4, "winter";
    }
}

vocabulary! {
    /// A part of the period a date names (年初, 5月底, 中旬, 80年代末); 0 in the pack:
    /// none. The value stays the whole period (去年5月底 → 2018-05): the part narrows it
    /// without a guess of days.
    ///
    /// ```
    /// use baokan_pack::vocab::Part;
    /// assert_eq!(Part::Late.to_string(), "late");
    /// ```
    Part {
        /// 初, 上旬, 初期, 岁初: the beginning.
        Early = 1, "early";
        /// 中旬, 中期, 年中: the middle.
        Middle = 2, "middle";
        /// 底, 末, 下旬, 末期, 岁末: the end.
        Late = 3, "late";
    }
}

vocabulary! {
    /// A date that opens a period the text leaves open (2018年以来, 3月1日起): the mention
    /// is the date part (2018年) and this says how the period runs on; 0 in the pack:
    /// none.
    ///
    /// ```
    /// use baokan_pack::vocab::Open;
    /// assert_eq!(Open::ALL, [Open::Since, Open::Onward]);
    /// ```
    Open {
        /// 以来, 至今: from the date up to the article's date.
        Since = 1, "since";
        /// 起, 开始: from the date on.
        Onward = 2, "onward";
    }
}

vocabulary! {
    /// The calendar the text writes a date in.
    ///
    /// ```
    /// use baokan_pack::vocab::Calendar;
    /// assert_eq!(Calendar::Lunar.code(), 1);
    /// ```
    Calendar {
        /// The Gregorian calendar.
        Gregorian = 0, "gregorian";
        /// The Chinese lunisolar calendar (正月十五, 腊月二十八, 春节, 中秋节): `iso` is the
        /// Gregorian day it falls on.
        Lunar = 1, "lunar";
    }
}

vocabulary! {
    /// What a quotation is.
    ///
    /// ```
    /// use baokan_pack::vocab::QuoteKind;
    /// assert_eq!(QuoteKind::NAMES, ["speech", "term"]);
    /// ```
    QuoteKind {
        /// Reported speech or a quoted statement.
        Speech = 0, "speech";
        /// A short coined term or name in quotation marks (“两委”, “底盘”).
        Term = 1, "term";
    }
}

vocabulary! {
    /// The kind of a named entity.
    ///
    /// ```
    /// use baokan_pack::vocab::EntityKind;
    /// assert_eq!(EntityKind::Place.code(), 1);
    /// ```
    EntityKind {
        /// A person.
        Person = 0, "person";
        /// A place.
        Place = 1, "place";
        /// An organisation.
        Org = 2, "org";
    }
}

vocabulary! {
    /// The administrative level of a place, where known; 0 in the pack: unknown.
    ///
    /// ```
    /// use baokan_pack::vocab::AdminLevel;
    /// assert_eq!(AdminLevel::from_code(2), Some(AdminLevel::Province));
    /// ```
    AdminLevel {
        /// Country.
        Country = 1, "country";
        /// Province-level division (省, 自治区, 直辖市).
        Province = 2, "province";
        /// Prefecture-level division (地级市, 自治州, 地区).
        Prefecture = 3, "prefecture";
        /// County-level division (县, 县级市, 市辖区).
        County = 4, "county";
        /// Township-level division (乡, 镇, 街道).
        Township = 5, "township";
        /// Village or community (村, 社区).
        Village = 6, "village";
    }
}
