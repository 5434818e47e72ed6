//! Festivals (春节, 元宵节, 中秋节, 国庆节, 元旦) and Chinese-calendar dates (正月十五,
//! 腊月二十八, 农历八月十五, 大年初一, 五月初五, 腊月), converted to the Gregorian day with
//! `chinese-lunisolar-calendar` (years 1901–2100).
//!
//! The Chinese year that a Gregorian year names is the one whose New Year's Day falls in
//! it (2018年春节 → 2018-02-16). Months 11 and 12 of that year fall in the next Gregorian
//! year, so a year written before them (2018年腊月) is ambiguous and left unresolved. A
//! festival or lunar date without a year takes the occurrence nearest to the article's
//! date; a festival named without a year that lies more than 45 days away, or after a
//! word that makes it a custom (每逢春节, 过春节), is not a date.

use baokan_pack::Date;
use chinese_lunisolar_calendar::LunisolarDate;

use super::calendar::{Ymd, add_days};
use super::lists::{self, Festival};
use super::narrative::Context;
use super::scan::{Scan, cn_digit, is_han};
use super::{Anchor, Found, year_of};
use crate::types::{Calendar, Precision, ResolvedBy};
use crate::words::once;

/// The first characters of the festival names, for the finder's cheap start test.
pub(super) fn first_chars() -> impl Iterator<Item = char> {
    lists::festivals()
        .iter()
        .filter_map(|f| f.name.chars().next())
}

/// Whether a festival's name starts at `i` (its first two characters).
pub(super) fn first_chars_at(scan: &Scan<'_>, i: usize) -> bool {
    let (Some(a), Some(b)) = (scan.ch(i), scan.ch(i + 1)) else {
        return false;
    };
    // The first two characters of every name, sorted once.
    let pairs = once!(Vec<(char, char)>, {
        let mut v: Vec<(char, char)> = lists::festivals()
            .iter()
            .filter_map(|f| {
                let mut cs = f.name.chars();
                Some((cs.next()?, cs.next()?))
            })
            .collect();
        v.sort_unstable();
        v
    });
    pairs.binary_search(&(a, b)).is_ok()
}

/// The Gregorian day of a Chinese-calendar date (`day` 0: the day before day 1).
fn gregorian(year: i32, month: u32, leap: bool, day: u32) -> Option<Ymd> {
    let (y, m, d) = (u16::try_from(year).ok()?, u8::try_from(month).ok()?, day);
    if d == 0 {
        let first = gregorian(year, month, leap, 1)?;
        let date = Date::new(first.0, first.1, first.2)?;
        return add_days(date, -1);
    }
    let s = LunisolarDate::from_ymd(y, m, leap, u8::try_from(d).ok()?)
        .ok()?
        .to_solar_date();
    Some((
        i32::from(s.to_solar_year().to_u16()),
        s.to_solar_month().to_u32(),
        s.to_solar_day().to_u32(),
    ))
}

/// The last day of a Chinese month.
fn month_last(year: i32, month: u32, leap: bool) -> Option<Ymd> {
    gregorian(year, month, leap, 30).or_else(|| gregorian(year, month, leap, 29))
}

/// A date in one of the two calendars, without its year.
#[derive(Debug, Clone, Copy)]
struct Day {
    lunar: bool,
    month: u32,
    leap: bool,
    /// 0 for 除夕; `None` for a whole month (腊月).
    day: Option<u32>,
}

impl Day {
    fn of(f: &Festival) -> Day {
        Day {
            lunar: f.lunar,
            month: f.month,
            leap: false,
            day: Some(f.day),
        }
    }

    /// The value in Chinese year (or Gregorian year) `year`: a day, or a month as a span
    /// of days.
    fn in_year(&self, year: i32) -> Option<(Ymd, Option<Ymd>)> {
        if !self.lunar {
            let d = Date::new(year, self.month, self.day?)?;
            return Some(((d.year, d.month, d.day), None));
        }
        match self.day {
            Some(d) => gregorian(year, self.month, self.leap, d).map(|v| (v, None)),
            None => Some((
                gregorian(year, self.month, self.leap, 1)?,
                Some(month_last(year, self.month, self.leap)?),
            )),
        }
    }

    /// Whether a written Gregorian year settles the Chinese year: months 11 and 12 (and
    /// 除夕, the eve of the year's New Year) fall after the Gregorian year's start.
    fn year_settles(&self) -> bool {
        !self.lunar || self.month <= 10
    }
}

fn days_of(v: Ymd) -> i64 {
    Date::new(v.0, v.1, v.2).map_or(0, Date::days)
}

impl Scan<'_> {
    /// A festival or Chinese-calendar date at `i`. `year` is the anchor written before
    /// it and where that starts (今年春节, 2018年春节), `None` for a bare one.
    pub(super) fn lunar_or_festival(
        &self,
        i: usize,
        year: Option<(Anchor, usize)>,
        cx: &Context,
    ) -> Option<Found> {
        let (day, mut end, festival) = self.festival(i).or_else(|| self.lunar_day(i))?;
        let start = year.map_or(i, |y| y.1);
        if year.is_none() && festival && !self.points_at_one(i, end) {
            return None;
        }
        // A day range in the same month: 正月初一到十五, 正月十一到正月十二.
        let mut last = None;
        if !festival
            && day.day.is_some()
            && let Some(k) = self.connector(end)
        {
            let k = if self.at(k, lunar_month_word(day.month)) {
                k + 2
            } else {
                k
            };
            if let Some((e, l)) = self.lunar_day_number(k)
                && Some(e) > day.day
            {
                last = Some(e);
                end = l;
            }
        }
        let (chinese_year, by) = match year {
            Some((anchor, _)) => {
                let p = super::Point::year_only(anchor);
                match year_of(&p, cx) {
                    Some((y, by)) if day.year_settles() => (Some(y), by),
                    _ => (None, ResolvedBy::Unresolved),
                }
            }
            None => self.nearest_chinese_year(&day, i, cx, festival),
        };
        // A festival, or a whole lunar month (腊月里), named without a year and not
        // settled as one occurrence is the season in general, not a date.
        if year.is_none() && (festival || day.day.is_none()) && chinese_year.is_none() {
            return None;
        }
        if year.is_none() && day.day.is_none() {
            return None;
        }
        let value = chinese_year.and_then(|y| {
            let (a, span) = day.in_year(y)?;
            match last {
                Some(e) => {
                    let b = Day {
                        day: Some(e),
                        ..day
                    }
                    .in_year(y)?
                    .0;
                    Some((a, Some(b)))
                }
                None => Some((a, span)),
            }
        });
        let mut f = Found::plain(end, value, Precision::Day, by);
        f.calendar = if day.lunar {
            Calendar::Lunar
        } else {
            Calendar::Gregorian
        };
        if let Some((anchor, _)) = year
            && let Some(y) = chinese_year
            && !matches!(anchor, Anchor::Nearest)
        {
            f.stated = Some(Some((y, None)));
        }
        let _ = start;
        Some(f)
    }

    /// The Chinese (or Gregorian) year of a date written without one: the occurrence
    /// nearest to the article's date (within 45 days for a festival), none in a memoir
    /// (那年, 小时候) or a story of an earlier year.
    fn nearest_chinese_year(
        &self,
        day: &Day,
        i: usize,
        cx: &Context,
        festival: bool,
    ) -> (Option<i32>, ResolvedBy) {
        let Some(r) = cx.reference else {
            return (None, ResolvedBy::Unresolved);
        };
        if self.memoir_before(i) {
            return (None, ResolvedBy::Unresolved);
        }
        if let Some(n) = cx.narrated
            && n.year <= r.year - 2
            && n.paragraph == cx.paragraph
        {
            return if day.year_settles() {
                (Some(n.year), ResolvedBy::NarratedYear)
            } else {
                (None, ResolvedBy::Unresolved)
            };
        }
        let here = r.days();
        let best = (r.year - 1..=r.year + 1)
            .filter_map(|y| day.in_year(y).map(|(v, _)| ((days_of(v) - here).abs(), y)))
            .min();
        match best {
            Some((dist, y)) if !festival || dist <= 45 => (Some(y), ResolvedBy::ArticleDate),
            _ => (None, ResolvedBy::Unresolved),
        }
    }

    /// A festival name at `i`: its day, the index after it, `true`.
    fn festival(&self, i: usize) -> Option<(Day, usize, bool)> {
        if self.at_word(i, lists::list("festival_words")).is_some() {
            return None;
        }
        let f = lists::festivals().iter().find(|f| self.at(i, f.name))?;
        Some((Day::of(f), i + f.name.chars().count(), true))
    }

    /// Whether a festival named without a year at `i..end` is one day: a word around it
    /// points at one occurrence (春节期间, 这个春节) and none makes it a custom (每逢春节,
    /// 过春节, 闹元宵) or a name (2019农历新年).
    fn points_at_one(&self, i: usize, end: usize) -> bool {
        let custom = lists::list("generic_before")
            .iter()
            .any(|w| self.before(i, w))
            || self.prev(i).and_then(super::scan::arabic_digit).is_some();
        let cue = self
            .at_word(end, lists::list("festival_cues_after"))
            .is_some()
            || lists::list("festival_cues_before")
                .iter()
                .any(|w| self.before(i, w));
        cue && !custom
    }

    /// Whether the sentence before `i` tells a memoir (那年, 小时候): its lunar dates
    /// have no year the text settles.
    fn memoir_before(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && !self.at_any(j - 1, "。！？\n") {
            j -= 1;
            if ["那年", "那时", "小时候", "当年", "儿时", "童年", "那一年"]
                .iter()
                .any(|w| self.at(j, w))
            {
                return true;
            }
        }
        false
    }

    /// A Chinese-calendar date at `i`: 农历八月十五, 正月十五, 腊月二十八, 五月初五,
    /// 八月十五, 大年初一, 大年三十, 腊月 (a whole month).
    fn lunar_day(&self, i: usize) -> Option<(Day, usize, bool)> {
        let lunar = |month, leap, day| Day {
            lunar: true,
            month,
            leap,
            day,
        };
        if self.at(i, "大年初") {
            let (n, j) = self.cn_small(i + 3)?;
            return (1..=10)
                .contains(&n)
                .then_some((lunar(1, false, Some(n)), j, false));
        }
        if self.at(i, "大年三十")
            || (self.at(i, "年三十") && self.prev(i).is_none_or(|c| !is_han(c) || c == '是'))
        {
            let j = if self.ch(i) == Some('大') {
                i + 4
            } else {
                i + 3
            };
            return Some((lunar(1, false, Some(0)), j, false));
        }
        let (prefixed, k) = if self.at(i, "农历") {
            (true, i + 2)
        } else {
            (false, i)
        };
        let (leap, k) = if self.ch(k) == Some('闰') {
            (true, k + 1)
        } else {
            (false, k)
        };
        let (month, named, j) = self.lunar_month(k)?;
        let day = self.lunar_day_number(j);
        match day {
            Some((d, l)) => {
                // A Chinese month and day without 日 is of the lunar calendar only when
                // the month is named (正月, 腊月), 农历 says so, or the day is written
                // 初N or past the tenth (八月十五); 十月一 may be the national day.
                let written_lunar =
                    prefixed || named || self.at(j, "初") || (d > 10 && !self.at_any(l, "日号"));
                if !written_lunar || self.at_any(l, "日号") {
                    return None;
                }
                Some((lunar(month, leap, Some(d)), l, false))
            }
            // 腊月, 正月, 农历八月: a whole month.
            None if (named || prefixed) && !self.at_any(j, "份") => {
                Some((lunar(month, leap, None), j, false))
            }
            None => None,
        }
    }

    /// A lunar month at `i`: 正月, 腊月, 冬月, or a Chinese numeral and 月. Returns the
    /// month, whether it has its own name, and the index after 月.
    fn lunar_month(&self, i: usize) -> Option<(u32, bool, usize)> {
        for (word, month) in [("正月", 1), ("腊月", 12), ("冬月", 11)] {
            if self.at(i, word) {
                return Some((month, true, i + 2));
            }
        }
        let (m, j) = self.cn_small(i)?;
        ((1..=12).contains(&m) && self.ch(j) == Some('月')).then_some((m, false, j + 1))
    }

    /// A lunar day number: 初一 … 初十, 十一 … 三十, 廿N, in Chinese numerals.
    fn lunar_day_number(&self, i: usize) -> Option<(u32, usize)> {
        if self.ch(i) == Some('初') {
            let d = self.ch(i + 1).and_then(cn_digit).filter(|d| *d > 0);
            return match (d, self.ch(i + 1)) {
                (Some(d), _) => Some((d, i + 2)),
                (None, Some('十')) => Some((10, i + 2)),
                _ => None,
            };
        }
        let (d, j) = self.cn_small(i)?;
        (1..=30).contains(&d).then_some((d, j))
    }
}

/// The name of a lunar month as written before a day (a range end may repeat it).
fn lunar_month_word(month: u32) -> &'static str {
    match month {
        1 => "正月",
        12 => "腊月",
        11 => "冬月",
        _ => "\u{0}",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_dates_convert_to_gregorian_days() {
        assert_eq!(gregorian(2019, 1, false, 1), Some((2019, 2, 5)));
        assert_eq!(gregorian(2019, 1, false, 15), Some((2019, 2, 19)));
        assert_eq!(gregorian(2018, 1, false, 1), Some((2018, 2, 16)));
        assert_eq!(gregorian(2018, 12, false, 28), Some((2019, 2, 2)));
        // 除夕 of 2019: the eve of New Year's Day.
        assert_eq!(gregorian(2019, 1, false, 0), Some((2019, 2, 4)));
        assert_eq!(gregorian(2018, 8, false, 15), Some((2018, 9, 24)));
        // Out of the table's range, or no such day: nothing.
        assert_eq!(gregorian(1800, 1, false, 1), None);
        assert_eq!(gregorian(2019, 13, false, 1), None);
    }
}
