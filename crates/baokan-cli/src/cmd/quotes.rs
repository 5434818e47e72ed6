//! `baokan quotes [--speaker S] [--kind speech|term]`: the quotations.

use std::io::Write;

use baokan::{Corpus, Quote, QuoteKind};

use crate::cli::{Global, QuoteKindArg, QuotesArgs};
use crate::error::CliError;
use crate::render::{self, Align};

/// Widest a quotation is shown in the table, in terminal columns.
const QUOTE_WIDTH: usize = 48;

pub(super) fn run(
    corpus: Corpus<'_>,
    args: &QuotesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let kind = args.kind.map(|k| match k {
        QuoteKindArg::Speech => QuoteKind::Speech,
        QuoteKindArg::Term => QuoteKind::Term,
    });
    let quotes: Vec<Quote<'_>> = corpus
        .quotes()
        .filter(|q| kind.is_none_or(|k| q.kind() == k))
        .filter(|q| {
            args.speaker
                .as_deref()
                .is_none_or(|s| q.speaker() == Some(s))
        })
        .collect();
    if global.json {
        return Ok(render::json(out, &quotes)?);
    }
    let rows: Vec<Vec<String>> = quotes
        .iter()
        .map(|q| {
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
    Ok(render::table(out, &columns, &rows)?)
}
