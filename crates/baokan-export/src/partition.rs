//! How a dataset export cuts rows into hive partitions by their article's date.

use std::fmt;
use std::str::FromStr;

use baokan::Date;

/// The value a hive partition takes for a row without a date: DuckDB, Spark, Hive and
/// Arrow read it as `NULL`.
pub const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// How [`export_partitioned`](crate::export_partitioned) cuts each table: into one
/// folder per month (`year=2022/month=10`) or per day (`year=2022/month=10/day=9`) of
/// the article a row belongs to.
///
/// Values are written without leading zeros (`month=2`, as Spark writes them), so that
/// DuckDB and Spark read `year`, `month` and `day` as integers; an undated article's rows
/// go to [`NULL_PARTITION`] at every level, read as `NULL`.
///
/// ```
/// use baokan_export::Partitioning;
/// let d = baokan::Date::new(2022, 10, 9);
/// assert_eq!(Partitioning::Month.folder(d), "year=2022/month=10");
/// assert_eq!(Partitioning::Day.folder(d), "year=2022/month=10/day=9");
/// assert_eq!(
///     Partitioning::Month.folder(None),
///     "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__"
/// );
/// assert_eq!("day".parse(), Ok(Partitioning::Day));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Partitioning {
    /// `year=YYYY/month=M`: a folder per month, the natural cut of a newspaper archive.
    Month,
    /// `year=YYYY/month=M/day=D`: a folder per day.
    Day,
}

impl Partitioning {
    /// Every partitioning.
    pub const ALL: [Partitioning; 2] = [Partitioning::Month, Partitioning::Day];

    /// The name, as the CLI spells it: `month` or `day`.
    pub fn as_str(self) -> &'static str {
        match self {
            Partitioning::Month => "month",
            Partitioning::Day => "day",
        }
    }

    /// The partition columns a reader adds, outermost first: `year, month` (and `day`).
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            Partitioning::Month => &["year", "month"],
            Partitioning::Day => &["year", "month", "day"],
        }
    }

    /// The folder, relative to the table's, of the rows of an article of this date.
    pub fn folder(self, date: Option<Date>) -> String {
        let values: Vec<String> = match date {
            Some(d) => vec![d.year.to_string(), d.month.to_string(), d.day.to_string()],
            None => vec![NULL_PARTITION.to_string(); 3],
        };
        self.keys()
            .iter()
            .zip(values)
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The sort key of the partition of `date`: dated ones in date order, then undated.
    pub(crate) fn key(self, date: Option<Date>) -> (bool, i32, u32, u32) {
        match (self, date) {
            (_, None) => (true, 0, 0, 0),
            (Partitioning::Month, Some(d)) => (false, d.year, d.month, 0),
            (Partitioning::Day, Some(d)) => (false, d.year, d.month, d.day),
        }
    }
}

impl fmt::Display for Partitioning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A partitioning name that is not `month` or `day`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown partitioning {0:?}: expected month or day")]
pub struct UnknownPartitioning(pub String);

impl FromStr for Partitioning {
    type Err = UnknownPartitioning;

    fn from_str(s: &str) -> Result<Partitioning, UnknownPartitioning> {
        Partitioning::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownPartitioning(s.to_string()))
    }
}
