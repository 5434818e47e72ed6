//! `baokan quotes [--speaker S] [--kind speech|term]`: the quotations.

use std::io::Write;

use baokan::{Corpora, Quote};

use super::{InPacks, OnlyArticle};
use crate::cli::{Global, QuotesArgs};
use crate::error::CliError;
use crate::render::{self, Align};

/// Widest a quotation is shown in the table, in terminal columns.
const QUOTE_WIDTH: usize = 48;

/// What `quotes --json` prints: the quotations `args` select, in text order.
pub(crate) fn json<'a>(
    corpora: &Corpora<'a>,
    args: &QuotesArgs,
) -> Result<InPacks<'a, 'a, Quote<'a>>, CliError> {
    let only = OnlyArticle::new(corpora, args.article.as_deref())?;
    let kind = args.kind;
    let mut quotes = corpora.quotes();
    quotes.retain(|q| {
        kind.is_none_or(|k| q.item.kind() == k)
            && args
                .speaker
                .as_deref()
                .is_none_or(|s| q.item.speaker() == Some(s))
            && only.admits(q.pack, &q.item.article())
    });
    Ok(InPacks::new(corpora, quotes))
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &QuotesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let json = json(corpora, args)?;
    if global.json {
        return Ok(render::json(out, &json)?);
    }
    let quotes = &json.list;
    let rows: Vec<Vec<String>> = quotes
        .iter()
        .map(|x| {
            let q = &x.item;
            vec![
                render::or_none(q.speaker()),
                render::label(&q.kind()),
                format!("“{}”", render::clip(q.inner(), QUOTE_WIDTH)),
                q.source().to_string(),
            ]
        })
        .collect();
    let columns = [
        ("SPEAKER", Align::Left),
        ("KIND", Align::Left),
        ("QUOTE", Align::Left),
        ("SOURCE", Align::Left),
    ];
    Ok(super::table_in_packs(out, corpora, quotes, &columns, rows)?)
}
