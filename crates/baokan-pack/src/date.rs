//! A calendar date, as packs store it (`yyyymmdd`), with just the arithmetic datelines need.

use std::fmt;
use std::str::FromStr;

/// A proleptic Gregorian calendar date.
///
/// ```
/// use baokan_pack::Date;
/// let d: Date = "2022-10-09".parse().unwrap();
/// assert_eq!(d.to_string(), "2022-10-09");
/// assert_eq!(d.yyyymmdd(), 20221009);
/// assert!("2022-02-30".parse::<Date>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u32,
    /// Day, 1..=31.
    pub day: u32,
}

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// The date as the integer `yyyymmdd`, as packs store it.
    pub fn yyyymmdd(self) -> u32 {
        self.year as u32 * 10_000 + self.month * 100 + self.day
    }

    /// The inverse of [`Date::yyyymmdd`]; `None` for 0 or an impossible date.
    pub fn from_yyyymmdd(v: u32) -> Option<Date> {
        Date::new((v / 10_000) as i32, v / 100 % 100, v % 100)
    }

    /// The latest date with this month and day that is not after `self`: the year a
    /// dateline without a year refers to, given the page's date.
    ///
    /// ```
    /// use baokan_pack::Date;
    /// let page = Date::new(2023, 1, 2).unwrap();
    /// assert_eq!(page.latest_on_or_before(12, 31), Date::new(2022, 12, 31));
    /// ```
    pub fn latest_on_or_before(self, month: u32, day: u32) -> Option<Date> {
        (0..8)
            .filter_map(|back| Date::new(self.year - back, month, day))
            .find(|d| *d <= self)
    }

    /// Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's `days_from_civil`).
    ///
    /// ```
    /// use baokan_pack::Date;
    /// assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
    /// assert_eq!(Date::new(2000, 3, 1).unwrap().days() - Date::new(2000, 2, 28).unwrap().days(), 2);
    /// ```
    pub fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The ISO 8601 week-numbering year and week (Monday to Sunday; week 1 holds the
    /// year's first Thursday).
    ///
    /// ```
    /// use baokan_pack::Date;
    /// assert_eq!(Date::new(2019, 12, 30).unwrap().iso_week(), (2020, 1));
    /// assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
    /// ```
    pub fn iso_week(self) -> (i32, u32) {
        let days = self.days();
        // 1970-01-01 was a Thursday: ISO weekday 4 (Monday = 1).
        let weekday = (days + 3).rem_euclid(7) + 1;
        // The week's Thursday decides its year, which is within a day or three of ours.
        let thursday = days - weekday + 4;
        let year = (self.year - 1..=self.year + 1)
            .rev()
            .find(|&y| days_from_civil(y, 1, 1) <= thursday)
            .unwrap_or(self.year);
        let jan1 = days_from_civil(year, 1, 1);
        (year, ((thursday - jan1) / 7 + 1) as u32)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian year, month and day.
pub(crate) fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A string that is not a `YYYY-MM-DD` calendar date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a YYYY-MM-DD calendar date: {0:?}")]
pub struct BadDate(pub String);

impl FromStr for Date {
    type Err = BadDate;

    fn from_str(s: &str) -> Result<Date, BadDate> {
        let mut it = s.trim().splitn(3, '-');
        let mut next = || it.next().and_then(|p| p.parse::<u32>().ok());
        match (next(), next(), next()) {
            (Some(y), Some(m), Some(d)) if s.trim().len() == 10 => Date::new(y as i32, m, d),
            _ => None,
        }
        .ok_or_else(|| BadDate(s.to_string()))
    }
}
