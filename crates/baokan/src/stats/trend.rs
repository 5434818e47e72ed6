//! Trends: how often terms occur per day, week, month or year of the articles' dates.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::corpus::Corpus;
use crate::error::Error;
use baokan_pack::Date;

/// The length of a trend's periods.
///
/// ```
/// use baokan::Period;
/// assert_eq!(Period::from_name("week"), Some(Period::Week));
/// assert_eq!(Period::Month.label(baokan::Date::new(2019, 2, 5).unwrap()), "2019-02");
/// assert_eq!(Period::Week.label(baokan::Date::new(2019, 12, 30).unwrap()), "2020-W01");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// A calendar day: `YYYY-MM-DD`.
    Day,
    /// An ISO 8601 week, Monday to Sunday, in its ISO year: `YYYY-Www`.
    Week,
    /// A calendar month: `YYYY-MM`.
    Month,
    /// A calendar year: `YYYY`.
    Year,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 4] = [Period::Day, Period::Week, Period::Month, Period::Year];

    /// The period's name: `day`, `week`, `month` or `year`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }

    /// The period with this name.
    pub fn from_name(name: &str) -> Option<Period> {
        Self::ALL.into_iter().find(|p| p.as_str() == name)
    }

    /// The label of the period that holds `date`. Labels sort in time order.
    pub fn label(self, date: Date) -> String {
        match self {
            Period::Day => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
            Period::Week => {
                let (year, week) = date.iso_week();
                format!("{year:04}-W{week:02}")
            }
            Period::Month => format!("{:04}-{:02}", date.year, date.month),
            Period::Year => format!("{:04}", date.year),
        }
    }
}

/// One term in one period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    /// The term as asked.
    pub term: String,
    /// The period's label (see [`Period::label`]).
    pub period: String,
    /// Occurrences of the term in the paragraphs of the period's articles (overlapping
    /// ones counted, as [`Corpus::count`] counts).
    pub hits: usize,
    /// Hits per million paragraph chars of the period.
    pub per_million: f64,
    /// Articles of the period with at least one hit.
    pub articles: usize,
    /// Paragraph chars of the period's articles: the denominator of `per_million`.
    pub chars: usize,
}

impl Corpus<'_> {
    /// How often each of `terms` occurs per period of the articles' dates: one point per
    /// term and per period that has dated text, periods in time order (a period without
    /// a hit has `hits: 0`, so a chart's line is continuous). Hits come from the index;
    /// articles without a date are left out. In a [`Corpus::unique`] view, reprints are
    /// left out, their hits and their chars alike.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let t = c.trend(&["乡村振兴", "基层"], baokan::Period::Month)?;
    /// assert_eq!((t[0].term.as_str(), t[0].period.as_str()), ("乡村振兴", "2022-10"));
    /// assert_eq!(t[0].hits, c.count("乡村振兴")?);
    /// assert_eq!(t[0].articles, 1);
    /// assert!((t[0].per_million - t[0].hits as f64 * 1e6 / t[0].chars as f64).abs() < 1e-9);
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn trend(&self, terms: &[&str], by: Period) -> Result<Vec<TrendPoint>, Error> {
        let articles = self.pack.articles();
        // Each counted article's period, and each period's chars.
        let mut period_of: Vec<Option<String>> = Vec::with_capacity(articles.len());
        let mut chars: BTreeMap<String, usize> = BTreeMap::new();
        for a in self.articles() {
            let counted = !self.unique || a.duplicate_of().is_none();
            let label = a.date().filter(|_| counted).map(|d| by.label(d));
            if let Some(label) = &label {
                let n: usize = a.paragraphs().map(|p| p.char_span().len()).sum();
                *chars.entry(label.clone()).or_default() += n;
            }
            period_of.push(label);
        }
        let mut out = Vec::with_capacity(terms.len() * chars.len());
        for term in terms {
            let mut hits: BTreeMap<&str, (usize, Vec<usize>)> = BTreeMap::new();
            for h in self.occurrences(term)? {
                let a = h.paragraph().article().index();
                if let Some(Some(label)) = period_of.get(a) {
                    let e = hits.entry(label.as_str()).or_default();
                    e.0 += 1;
                    e.1.push(a);
                }
            }
            for (period, &n) in &chars {
                let (count, mut seen) = hits.remove(period.as_str()).unwrap_or_default();
                seen.sort_unstable();
                seen.dedup();
                out.push(TrendPoint {
                    term: (*term).to_string(),
                    period: period.clone(),
                    hits: count,
                    per_million: if n == 0 {
                        0.0
                    } else {
                        count as f64 * 1e6 / n as f64
                    },
                    articles: seen.len(),
                    chars: n,
                });
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(y: i32, m: u32, d: u32) -> String {
        Period::Week.label(Date::new(y, m, d).unwrap())
    }

    /// ISO weeks at year ends, checked against a calendar.
    #[test]
    fn iso_weeks_at_year_ends() {
        assert_eq!(week(2019, 2, 4), "2019-W06");
        assert_eq!(week(2019, 12, 30), "2020-W01");
        assert_eq!(week(2021, 1, 3), "2020-W53");
        assert_eq!(week(2021, 1, 4), "2021-W01");
        assert_eq!(week(2016, 1, 1), "2015-W53");
        assert_eq!(week(2000, 2, 29), "2000-W09");
        assert_eq!(week(1949, 10, 1), "1949-W39");
        assert_eq!(week(2024, 12, 30), "2025-W01");
        assert_eq!(week(2027, 1, 1), "2026-W53");
    }
}
