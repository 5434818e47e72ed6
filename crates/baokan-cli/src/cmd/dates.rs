//! `baokan dates`: the dates and date ranges, resolved against their article's date.

use std::io::Write;

use baokan::{Corpora, DateMention};

use super::{InPacks, OnlyArticle};
use crate::cli::{DatesArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

/// What `dates --json` prints: the date mentions `args` select, in text order.
pub(crate) fn json<'a>(
    corpora: &Corpora<'a>,
    args: &DatesArgs,
) -> Result<InPacks<'a, 'a, DateMention<'a>>, CliError> {
    let only = OnlyArticle::new(corpora, args.article.as_deref())?;
    let mut dates = corpora.dates();
    dates.retain(|d| only.admits(d.pack, &d.item.article()));
    Ok(InPacks::new(corpora, dates))
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &DatesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let json = json(corpora, args)?;
    if global.json {
        return Ok(render::json(out, &json)?);
    }
    let dates = &json.list;
    let rows: Vec<Vec<String>> = dates
        .iter()
        .map(|x| {
            let d = &x.item;
            vec![
                render::clip(d.text(), 24),
                render::or_none(d.iso()),
                render::or_none(d.iso_end()),
                render::label(&d.precision()),
                render::label(&d.resolved_by()),
                d.source().to_string(),
            ]
        })
        .collect();
    let columns = [
        ("TEXT", Align::Left),
        ("ISO", Align::Left),
        ("END", Align::Left),
        ("PRECISION", Align::Left),
        ("RESOLVED BY", Align::Left),
        ("SOURCE", Align::Left),
    ];
    Ok(super::table_in_packs(out, corpora, dates, &columns, rows)?)
}
