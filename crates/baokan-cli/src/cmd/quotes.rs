//! `baokan quotes [--speaker S] [--kind speech|term]`: the quotations.

use std::io::Write;

use baokan::{Corpora, QuoteKind};

use crate::cli::{Global, QuoteKindArg, QuotesArgs};
use crate::error::CliError;
use crate::render::{self, Align};

/// Widest a quotation is shown in the table, in terminal columns.
const QUOTE_WIDTH: usize = 48;

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &QuotesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let kind = args.kind.map(|k| match k {
        QuoteKindArg::Speech => QuoteKind::Speech,
        QuoteKindArg::Term => QuoteKind::Term,
    });
    let mut quotes = corpora.quotes();
    quotes.retain(|q| {
        kind.is_none_or(|k| q.item.kind() == k)
            && args
                .speaker
                .as_deref()
                .is_none_or(|s| q.item.speaker() == Some(s))
    });
    if global.json {
        return Ok(super::json_in_packs(out, corpora, &quotes)?);
    }
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
    Ok(super::table_in_packs(
        out, corpora, &quotes, &columns, rows,
    )?)
}
