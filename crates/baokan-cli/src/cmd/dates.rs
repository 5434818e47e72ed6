//! `baokan dates`: the dates and date ranges, resolved against their article's date.

use std::io::Write;

use baokan::Corpora;

use crate::cli::Global;
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpora: &Corpora<'_>,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let dates = corpora.dates();
    if global.json {
        return Ok(super::json_in_packs(out, corpora, &dates)?);
    }
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
    Ok(super::table_in_packs(out, corpora, &dates, &columns, rows)?)
}
