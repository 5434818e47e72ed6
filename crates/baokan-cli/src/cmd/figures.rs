//! `baokan figures [--unit U]`: the quantities stated with a number.

use std::io::Write;

use baokan::{Corpus, Figure};

use crate::cli::{FiguresArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpus: Corpus<'_>,
    args: &FiguresArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let figures: Vec<Figure<'_>> = corpus
        .figures()
        .filter(|f| args.unit.as_deref().is_none_or(|u| f.unit() == Some(u)))
        .collect();
    if global.json {
        return Ok(render::json(out, &figures)?);
    }
    let rows: Vec<Vec<String>> = figures
        .iter()
        .map(|f| {
            vec![
                f.paragraph().id().to_string(),
                f.source().to_string(),
                render::clip(f.text(), 24),
                render::number(f.value()),
                f.value_max()
                    .map_or_else(|| render::NONE.to_string(), render::number),
                render::or_none(f.unit()),
                render::label(&f.approx()),
                render::or_none(f.subject().map(|s| render::clip(s, 24)).as_deref()),
            ]
        })
        .collect();
    let columns = [
        ("ID", Align::Left),
        ("SOURCE", Align::Left),
        ("TEXT", Align::Left),
        ("VALUE", Align::Right),
        ("MAX", Align::Right),
        ("UNIT", Align::Left),
        ("APPROX", Align::Left),
        ("SUBJECT", Align::Left),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
