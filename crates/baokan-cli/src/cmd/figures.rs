//! `baokan figures [--unit U]`: the quantities stated with a number.

use std::io::Write;

use baokan::{Corpora, Figure, InPack};

use crate::cli::{FiguresArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &FiguresArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let figures: Vec<InPack<'_, Figure<'_>>> = corpora
        .figures()
        .into_iter()
        .filter(|f| {
            args.unit
                .as_deref()
                .is_none_or(|u| f.item.unit() == Some(u))
        })
        .collect();
    if global.json {
        return Ok(super::json_in_packs(out, corpora, &figures)?);
    }
    let rows: Vec<Vec<String>> = figures
        .iter()
        .map(|x| {
            let f = &x.item;
            vec![
                corpora.qualified(x, f.paragraph().id()),
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
