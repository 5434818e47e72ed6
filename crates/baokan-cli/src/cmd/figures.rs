//! `baokan figures [--unit U]`: the quantities stated with a number.

use std::io::Write;

use baokan::{Corpora, Figure, InPack};

use super::{InPacks, OnlyArticle};
use crate::cli::{FiguresArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

/// What `figures --json` prints: the figures `args` select, in text order.
pub(crate) fn json<'a>(
    corpora: &Corpora<'a>,
    args: &FiguresArgs,
) -> Result<InPacks<'a, 'a, Figure<'a>>, CliError> {
    let only = OnlyArticle::new(corpora, args.article.as_deref())?;
    let figures: Vec<InPack<'a, Figure<'a>>> = corpora
        .figures()
        .into_iter()
        .filter(|f| {
            args.unit
                .as_deref()
                .is_none_or(|u| f.item.unit() == Some(u))
                && only.admits(f.pack, &f.item.article())
        })
        .collect();
    Ok(InPacks::new(corpora, figures))
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &FiguresArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let figures = json(corpora, args)?;
    if global.json {
        return Ok(render::json(out, &figures)?);
    }
    let rows: Vec<Vec<String>> = figures
        .list
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
