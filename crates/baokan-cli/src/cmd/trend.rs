//! `baokan trend`: each term's hits per period of the articles' dates.

use std::io::Write;

use baokan::{Corpora, Period};

use crate::cli::{Global, TrendArgs};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &TrendArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    // clap admits only the periods' names.
    let by = Period::from_name(&args.by).unwrap_or(Period::Month);
    let terms: Vec<&str> = args.terms.iter().map(String::as_str).collect();
    let points = corpora.trend(&terms, by)?;
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
