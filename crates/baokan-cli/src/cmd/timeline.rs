//! `baokan timeline`: the dated statements, in date order.

use std::io::Write;

use baokan::{Corpora, TimelineEntry};

use super::InPacks;
use crate::cli::{Global, TimelineArgs};
use crate::error::CliError;
use crate::render::{self, Align};

/// Widest a sentence is shown in the table, in terminal columns.
const SENTENCE_WIDTH: usize = 56;

/// What `timeline --json` prints: the window's dated statements, in date order.
pub(crate) fn json<'a>(
    corpora: &Corpora<'a>,
    args: &TimelineArgs,
) -> Result<InPacks<'a, 'a, TimelineEntry<'a>>, CliError> {
    Ok(InPacks::new(corpora, args.window.apply(corpora.timeline())))
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &TimelineArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let json = json(corpora, args)?;
    if global.json {
        return Ok(render::json(out, &json)?);
    }
    let entries = &json.list;
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|x| {
            let t = &x.item;
            vec![
                when(t),
                render::label(&t.date.precision()),
                render::clip(t.date.text(), 24),
                t.sentence().map_or_else(
                    || render::NONE.to_string(),
                    |s| render::clip(s.text(), SENTENCE_WIDTH),
                ),
                t.date.source().to_string(),
            ]
        })
        .collect();
    let columns = [
        ("DATE", Align::Left),
        ("PRECISION", Align::Left),
        ("TEXT", Align::Left),
        ("SENTENCE", Align::Left),
        ("SOURCE", Align::Left),
    ];
    Ok(super::table_in_packs(
        out, corpora, entries, &columns, rows,
    )?)
}

/// The entry's date as ISO, a range as `start/end` (ISO 8601's interval form).
pub(super) fn when(t: &TimelineEntry<'_>) -> String {
    let start = t.date.iso().unwrap_or(render::NONE);
    match t.date.iso_end() {
        Some(end) => format!("{start}/{end}"),
        None => start.to_string(),
    }
}
