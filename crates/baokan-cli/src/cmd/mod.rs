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
mod keywords;
mod ngrams;
mod plot;
mod quotes;
mod repeats;
mod search;
mod show;
mod stats;
mod timeline;
mod verify;
mod words;

use std::io::Write;

use baokan::Corpus;

use crate::cli::{Command, Global, PlotCommand};
use crate::error::CliError;

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

/// Runs `command` on `corpus`, writing to `out`.
pub(crate) fn run(
    command: &Command,
    corpus: Corpus<'_>,
    global: &Global,
    out: &mut impl Write,
) -> Result<Status, CliError> {
    let done = |r: Result<(), CliError>| r.map(|()| Status::Done);
    match command {
        Command::Articles => done(articles::run(corpus, global, out)),
        Command::Show(args) => done(show::run(corpus, args, global, out)),
        Command::Stats => done(stats::run(corpus, global, out)),
        Command::Search(args) => search::run(corpus, args, global, out),
        Command::Plot(PlotCommand::Dispersion(args)) => {
            done(plot::dispersion(corpus, args, global, out))
        }
        Command::Plot(PlotCommand::Timeline(args)) => {
            done(plot::timeline(corpus, args, global, out))
        }
        Command::Ngrams(args) => done(ngrams::run(corpus, args, global, out)),
        Command::Words(args) => done(words::run(corpus, args, global, out)),
        Command::Collocates(args) => done(collocates::run(corpus, args, global, out)),
        Command::Keywords(args) => done(keywords::run(corpus, args, global, out)),
        Command::Repeats(args) => done(repeats::run(corpus, args, global, out)),
        Command::Figures(args) => done(figures::run(corpus, args, global, out)),
        Command::Dates => done(dates::run(corpus, global, out)),
        Command::Citations(args) => done(citations::run(corpus, args, global, out)),
        Command::Quotes(args) => done(quotes::run(corpus, args, global, out)),
        Command::Entities(args) => done(entities::run(corpus, args, global, out)),
        Command::Timeline => done(timeline::run(corpus, global, out)),
        Command::Extract(args) => done(extract::run(args, global, out)),
        Command::Export(args) => done(export::run(corpus, args, global, out)),
        Command::Compile(args) => compile::run(args, global, out),
        Command::Verify(args) => verify::run(args, global, out),
    }
}
