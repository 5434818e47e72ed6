//! `baokan dates`: the dates and date ranges, resolved against their article's date.

use std::io::Write;

use baokan::{Corpus, DateMention};

use crate::cli::Global;
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpus: Corpus<'_>,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let dates: Vec<DateMention<'_>> = corpus.dates().collect();
    if global.json {
        return Ok(render::json(out, &dates)?);
    }
    let rows: Vec<Vec<String>> = dates
        .iter()
        .map(|d| {
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
    Ok(render::table(out, &columns, &rows)?)
}
