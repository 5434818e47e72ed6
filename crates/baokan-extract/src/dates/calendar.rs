//! Gregorian arithmetic for the date finder: day counts, the year nearest to a
//! reference, ISO strings at a precision.

use baokan_pack::Date;

use crate::types::Precision;

/// A resolved calendar value: year, and month and day at the precision's depth.
pub(super) type Ymd = (i32, u32, u32);

/// Days since 1970-01-01 (proleptic Gregorian), for a day that may not exist (0 for
/// one that does not).
pub(super) fn days(y: i32, m: u32, d: u32) -> i64 {
    Date::new(y, m, d).map_or(0, Date::days)
}

/// The day `n` days after `r`.
pub(super) fn add_days(r: Date, n: i64) -> Option<Ymd> {
    let target = r.days() + n;
    // Walk from a nearby year: dates stay within a few days of the reference.
    (r.year - 1..=r.year + 1)
        .flat_map(|y| (1..=12).map(move |m| (y, m)))
        .find_map(|(y, m)| {
            let first = Date::new(y, m, 1)?.days();
            let d = target - first + 1;
            (1..=31)
                .contains(&d)
                .then(|| Date::new(y, m, d as u32))
                .flatten()
                .map(|x| (x.year, x.month, x.day))
        })
}

/// The year that puts month-day (or month) nearest to `r`; ties go to the earlier year.
pub(super) fn nearest_year(r: Date, month: u32, day: Option<u32>) -> Option<i32> {
    let here = days(r.year, r.month, r.day);
    (r.year - 1..=r.year + 1)
        .filter_map(|y| match day {
            Some(d) => Date::new(y, month, d).map(|_| ((days(y, month, d) - here).abs(), y)),
            None => Some((
                ((y * 12 + month as i32) - (r.year * 12 + r.month as i32)).abs() as i64,
                y,
            )),
        })
        .min()
        .map(|(_, y)| y)
}

/// The value as ISO 8601 at `precision` (a year for decades and centuries).
pub(super) fn iso((y, m, d): Ymd, precision: Precision) -> String {
    match precision {
        Precision::Year | Precision::Season | Precision::Decade | Precision::Century => {
            format!("{y:04}")
        }
        Precision::Month => format!("{y:04}-{m:02}"),
        Precision::Day => format!("{y:04}-{m:02}-{d:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_from_the_epoch() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(days(2000, 3, 1) - days(2000, 2, 28), 2);
        assert_eq!(days(2023, 1, 1) - days(2022, 12, 31), 1);
    }

    #[test]
    fn nearest_year_crosses_the_year_boundary() {
        let r = Date::new(2023, 1, 5).unwrap();
        assert_eq!(nearest_year(r, 12, Some(28)), Some(2022));
        assert_eq!(nearest_year(r, 1, Some(3)), Some(2023));
        assert_eq!(
            nearest_year(Date::new(2022, 10, 9).unwrap(), 4, None),
            Some(2022)
        );
    }

    #[test]
    fn days_are_added_across_months_and_years() {
        let r = Date::new(2019, 3, 1).unwrap();
        assert_eq!(add_days(r, -1), Some((2019, 2, 28)));
        assert_eq!(
            add_days(Date::new(2018, 12, 31).unwrap(), 1),
            Some((2019, 1, 1))
        );
    }
}
