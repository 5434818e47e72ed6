//! One module per verb; [`run`] dispatches to them.

mod articles;
mod citations;
mod collocates;
mod compile;
mod dates;
mod entities;
mod export;
mod extract;
mod figures;
mod keyness;
mod keywords;
mod ngrams;
mod plot;
mod quotes;
mod repeats;
mod search;
mod show;
mod stats;
mod timeline;
mod trend;
mod verify;
mod words;

use std::io::Write;

use baokan::{Corpora, Corpus, InPack};
use serde::Serialize;

use crate::cli::{Command, Global, PlotCommand};
use crate::error::CliError;
use crate::render::{self, Align};

/// How a command that did not fail ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    /// It did what was asked (exit code 0). A statistic or listing that finds nothing
    /// to report (`ngrams` to `repeats`, `figures` to `timeline`, `extract`) is done
    /// too: its answer is an empty table.
    Done,
    /// A search found nothing (exit code 1, as grep and ripgrep do).
    NoMatch,
    /// `compile --keep-going` packed what it could, but some files failed, or `verify`
    /// found a damaged pack (exit code 2); the command has listed them on stderr.
    Incomplete,
}

/// Runs `command` on `corpora` (one pack or several), writing to `out`.
pub(crate) fn run(
    command: &Command,
    corpora: &Corpora<'_>,
    global: &Global,
    out: &mut impl Write,
) -> Result<Status, CliError> {
    let done = |r: Result<(), CliError>| r.map(|()| Status::Done);
    let one = |verb| one_pack(corpora, verb);
    match command {
        Command::Articles => done(articles::run(corpora, global, out)),
        Command::Show(args) => done(show::run(corpora, args, global, out)),
        Command::Stats => done(stats::run(corpora, global, out)),
        Command::Search(args) => search::run(corpora, args, global, out),
        Command::Plot(PlotCommand::Dispersion(args)) => {
            done(plot::dispersion(one("plot dispersion")?, args, global, out))
        }
        Command::Plot(PlotCommand::Trend(args)) => done(plot::trend(corpora, args, global, out)),
        Command::Plot(PlotCommand::Timeline(args)) => {
            done(plot::timeline(one("plot timeline")?, args, global, out))
        }
        Command::Ngrams(args) => done(ngrams::run(corpora, args, global, out)),
        Command::Words(args) => done(words::run(corpora, args, global, out)),
        Command::Trend(args) => done(trend::run(corpora, args, global, out)),
        Command::Keyness(args) => done(keyness::run(corpora, args, global, out)),
        Command::Collocates(args) => done(collocates::run(one("collocates")?, args, global, out)),
        Command::Keywords(args) => done(keywords::run(one("keywords")?, args, global, out)),
        Command::Repeats(args) => done(repeats::run(one("repeats")?, args, global, out)),
        Command::Figures(args) => done(figures::run(corpora, args, global, out)),
        Command::Dates => done(dates::run(corpora, global, out)),
        Command::Citations(args) => done(citations::run(corpora, args, global, out)),
        Command::Quotes(args) => done(quotes::run(corpora, args, global, out)),
        Command::Entities(args) => done(entities::run(corpora, args, global, out)),
        Command::Timeline => done(timeline::run(corpora, global, out)),
        Command::Extract(args) => done(extract::run(args, global, out)),
        Command::Export(args) => done(export::run(corpora, args, global, out)),
        Command::Compile(args) => compile::run(args, global, out),
        Command::Verify(args) => verify::run(args, global, out),
    }
}

/// The one pack a verb that does not fan out reads, or an error naming the packs.
fn one_pack<'a>(corpora: &Corpora<'a>, verb: &'static str) -> Result<Corpus<'a>, CliError> {
    match corpora.packs().collect::<Vec<_>>()[..] {
        [only] => Ok(only.item),
        _ => Err(CliError::OnePack {
            verb,
            labels: corpora.labels().collect::<Vec<_>>().join(", "),
        }),
    }
}

/// Writes a thing found in the packs as JSON: the thing alone for one pack, with its
/// `pack` label for several.
fn json_in_pack<T: Serialize>(
    out: &mut impl Write,
    corpora: &Corpora<'_>,
    found: &InPack<'_, T>,
) -> std::io::Result<()> {
    if corpora.len() == 1 {
        render::json(out, &found.item)
    } else {
        render::json(out, found)
    }
}

/// Writes a list found in the packs as JSON: the items alone for one pack (as that
/// pack alone prints them), each with its `pack` label for several.
fn json_in_packs<T: Serialize>(
    out: &mut impl Write,
    corpora: &Corpora<'_>,
    list: &[InPack<'_, T>],
) -> std::io::Result<()> {
    if corpora.len() == 1 {
        let items: Vec<&T> = list.iter().map(|x| &x.item).collect();
        render::json(out, &items)
    } else {
        render::json(out, &list)
    }
}

/// A table of a list found in the packs, with a PACK column first when there are
/// several packs.
fn table_in_packs<T>(
    out: &mut impl Write,
    corpora: &Corpora<'_>,
    list: &[InPack<'_, T>],
    columns: &[(&str, Align)],
    mut rows: Vec<Vec<String>>,
) -> std::io::Result<()> {
    if corpora.len() == 1 {
        return render::table(out, columns, &rows);
    }
    let columns: Vec<(&str, Align)> = std::iter::once(("PACK", Align::Left))
        .chain(columns.iter().copied())
        .collect();
    for (row, x) in rows.iter_mut().zip(list) {
        row.insert(0, x.label.to_string());
    }
    render::table(out, &columns, &rows)
}
