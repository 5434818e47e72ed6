//! What the text read so far tells the dates that follow: the article's date and the
//! last year (and month) the text stated, which a year-less date after it may take.
//!
//! The rules are conservative, since a wrong year is worse than none:
//! - 同年, 次年, 当年N月 take the year stated before them in the paragraph (unresolved
//!   without one: 取得所得的次年 in a law is no year of the story);
//! - a year-less month or day takes the narrated year only when that year is history
//!   (two years or more before the article's date: a 1942 story) stated in the same
//!   paragraph or the one before, and only when the date is not within a month of the
//!   article's date (2月13日 after a story of 1942, in an article of 2019-02-14, is news
//!   of the day when the story was the paragraph before, and either in the same one:
//!   unresolved); a month before the narrated one (1938年12月 … 3月) is unresolved;
//! - otherwise a year-less date takes the year nearest to the article's date.

use baokan_pack::Date;

use super::calendar::{days, nearest_year};
use crate::types::ResolvedBy;

/// The article-level state of the date finder, carried from one paragraph to the next.
///
/// ```
/// use baokan_extract::{Context, Date, extract_with};
/// let mut cx = Context::new(Date::new(2019, 2, 13));
/// extract_with("1942年5月，反“扫荡”开始。", &mut cx);
/// let d = extract_with("5月28日，他们突围。", &mut cx).dates;
/// assert_eq!(d[0].iso.as_deref(), Some("1942-05-28"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub(super) reference: Option<Date>,
    pub(super) narrated: Option<Narrated>,
    /// The paragraph being read, counted from 1.
    pub(super) paragraph: u32,
    /// The sentence being read in the paragraph, counted from 0.
    pub(super) sentence: u32,
    /// Whether the sentence being read speaks of what will be (将于, 计划, 预计).
    pub(super) future: bool,
}

/// A year the text stated, with its month when it gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Narrated {
    pub(super) year: i32,
    pub(super) month: Option<u32>,
    /// The paragraph that stated it.
    pub(super) paragraph: u32,
    /// The sentence of that paragraph that stated it.
    pub(super) sentence: u32,
}

impl Context {
    /// A fresh context for an article of date `reference` (or none).
    ///
    /// ```
    /// use baokan_extract::{Context, Date};
    /// let cx = Context::new(Date::new(2019, 2, 13));
    /// assert_eq!(cx.reference(), Date::new(2019, 2, 13));
    /// ```
    pub fn new(reference: Option<Date>) -> Context {
        Context {
            reference,
            narrated: None,
            paragraph: 0,
            sentence: 0,
            future: false,
        }
    }

    /// The article's date.
    pub fn reference(&self) -> Option<Date> {
        self.reference
    }

    /// The narrated year, when it is history (two years or more before the article) told
    /// in this paragraph or the one before.
    pub(super) fn history(&self) -> Option<Narrated> {
        let n = self.narrated?;
        if n.paragraph + 1 < self.paragraph {
            return None;
        }
        match self.reference {
            Some(r) if n.year > r.year - 2 => None,
            _ => Some(n),
        }
    }

    /// The narrated year for 同年 (`offset` 0), 次年 (1): one stated in this paragraph.
    pub(super) fn narrated_year(&self, offset: i32) -> Option<(i32, ResolvedBy)> {
        if offset == i32::MIN {
            return None;
        }
        self.narrated
            .filter(|n| n.paragraph == self.paragraph)
            .map(|n| (n.year + offset, ResolvedBy::NarratedYear))
    }

    /// The year of a year-less month (and day).
    pub(super) fn year_of(&self, month: u32, day: Option<u32>) -> Option<(i32, ResolvedBy)> {
        // How far a reading of year `y` lies from the article's date, in days.
        let away = |y: i32, r: Date| days(y, month, day.unwrap_or(15)) - r.days();
        let nearest = self.reference.and_then(|r| {
            let mut y = nearest_year(r, month, day)?;
            // A sentence of what will be (确保9月30日通航): a day long past is next year's.
            if self.future && away(y, r) < -60 {
                y += 1;
            }
            Some((y, r))
        });
        // Within a month of the article's date: news of the days around it.
        let news = |window: i64| nearest.is_some_and(|(y, r)| away(y, r).abs() <= window);
        // The year this very sentence stated (2019年最值得一提的天象是11月11日), unless
        // the article's own days may be meant as well.
        if let Some(n) = self.narrated
            && n.paragraph == self.paragraph
            && n.sentence == self.sentence
            && !self.future
        {
            if n.month.is_some_and(|m| month < m)
                || (news(31) && nearest.is_some_and(|(y, _)| y != n.year))
            {
                return None;
            }
            return Some((n.year, ResolvedBy::NarratedYear));
        }
        if let Some(n) = self.history() {
            let here = n.paragraph == self.paragraph;
            let news = news(if here { 31 } else { 60 });
            // News of the days around the article in a paragraph that tells a story:
            // either reading may hold, unless the month goes on from the story's
            // (1935年1月 … 2月).
            let goes_on = n.month.is_some_and(|m| month >= m && month - m <= 3);
            if here && news && !goes_on {
                return None;
            }
            if !news || (here && goes_on) {
                if n.month.is_some_and(|m| month < m) {
                    return None;
                }
                return Some((n.year, ResolvedBy::NarratedYear));
            }
        }
        nearest.map(|(y, _)| (y, ResolvedBy::ArticleDate))
    }

    /// The year and month of a bare day (13日): the month of a story this paragraph
    /// tells, unless the article's month may hold too; else the article's month (or the
    /// month before, for a late day early in a month).
    pub(super) fn month_of(&self, day: u32) -> Option<(i32, u32, ResolvedBy)> {
        let r = self.reference;
        let own = r.and_then(|r| {
            let (y, m) = if day <= r.day + 10 {
                (r.year, r.month)
            } else if r.day <= 10 && day >= 20 {
                if r.month == 1 {
                    (r.year - 1, 12)
                } else {
                    (r.year, r.month - 1)
                }
            } else {
                return None;
            };
            Date::new(y, m, day).map(|_| (y, m, ResolvedBy::ArticleDate))
        });
        if let Some(n) = self.history()
            && n.paragraph == self.paragraph
            && let Some(m) = n.month
        {
            if own.is_some() {
                return None;
            }
            return Date::new(n.year, m, day).map(|_| (n.year, m, ResolvedBy::NarratedYear));
        }
        own
    }

    /// The year of a year-less span of months (一季度, 上半年): the year stated before it
    /// in the same paragraph, else the article's year when the span holds the article's
    /// date.
    pub(super) fn year_of_months(&self, first: u32, last: u32) -> Option<(i32, ResolvedBy)> {
        if let Some(n) = self.narrated
            && n.paragraph == self.paragraph
        {
            return Some((n.year, ResolvedBy::NarratedYear));
        }
        let r = self.reference?;
        (first..=last)
            .contains(&r.month)
            .then_some((r.year, ResolvedBy::ArticleDate))
    }

    /// Notes a year the text stated (with its month, if it gave one).
    pub(super) fn state(&mut self, year: i32, month: Option<u32>) {
        self.narrated = Some(Narrated {
            year,
            month,
            paragraph: self.paragraph,
            sentence: self.sentence,
        });
    }
}
