//! `baokan trend`: each term's hits per period of the articles' dates.

use std::io::Write;

use baokan::{Corpora, Period, TrendPoint};

use crate::cli::{Global, TrendArgs};
use crate::error::CliError;
use crate::render::{self, Align};

/// What `trend --json` (and `plot trend --json`) prints: one point per term and
/// period, with the period the points are counted by.
pub(crate) fn json(corpora: &Corpora<'_>, args: &TrendArgs) -> Result<Vec<TrendPoint>, CliError> {
    let terms: Vec<&str> = args.terms.iter().map(String::as_str).collect();
    Ok(corpora.trend(&terms, period(args))?)
}

/// The period `--by` names (clap admits only the periods' names).
pub(crate) fn period(args: &TrendArgs) -> Period {
    Period::from_name(&args.by).unwrap_or(Period::Month)
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &TrendArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let points = json(corpora, args)?;
    if global.json {
        return Ok(render::json(out, &points)?);
    }
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|p| {
            vec![
                p.period.clone(),
                p.term.clone(),
                p.hits.to_string(),
                format!("{:.1}", p.per_million),
                p.articles.to_string(),
                p.chars.to_string(),
            ]
        })
        .collect();
    let columns = [
        ("PERIOD", Align::Left),
        ("TERM", Align::Left),
        ("HITS", Align::Right),
        ("PER_MILLION", Align::Right),
        ("ARTICLES", Align::Right),
        ("CHARS", Align::Right),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
