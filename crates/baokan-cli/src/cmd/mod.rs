//! One module per verb; [`run`] dispatches to them.

mod articles;
mod plot;
mod search;
mod show;
mod stats;

use std::io::Write;

use baokan::Corpus;

use crate::cli::{Command, Global, PlotCommand};
use crate::error::CliError;

/// How a command that did not fail ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    /// It did what was asked (exit code 0).
    Done,
    /// A search found nothing (exit code 1, as grep and ripgrep do).
    NoMatch,
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
    }
}
