//! One module per verb; [`run`] dispatches to them.

pub(crate) mod articles;
mod citations;
mod collocates;
mod compile;
pub(crate) mod dates;
pub(crate) mod entities;
mod export;
mod extract;
pub(crate) mod figures;
mod keyness;
mod keywords;
mod ngrams;
pub(crate) mod plot;
pub(crate) mod quotes;
mod repeats;
pub(crate) mod search;
pub(crate) mod show;
pub(crate) mod stats;
pub(crate) mod timeline;
pub(crate) mod trend;
mod verify;
mod words;

use std::borrow::Cow;
use std::io::Write;

use baokan::{Article, Corpora, Corpus, InPack};
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
        Command::Articles(args) => done(articles::run(corpora, args, global, out)),
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
        Command::Dates(args) => done(dates::run(corpora, args, global, out)),
        Command::Citations(args) => done(citations::run(corpora, args, global, out)),
        Command::Quotes(args) => done(quotes::run(corpora, args, global, out)),
        Command::Entities(args) => done(entities::run(corpora, args, global, out)),
        Command::Timeline(args) => done(timeline::run(corpora, args, global, out)),
        Command::Extract(args) => done(extract::run(args, global, out)),
        Command::Export(args) => done(export::run(corpora, args, global, out)),
        Command::Compile(args) => compile::run(args, global, out),
        Command::Verify(args) => verify::run(args, global, out),
        // main serves before it gets here: a server keeps its corpus for good.
        Command::Serve(_) => Ok(Status::Done),
    }
}

/// The one pack a verb that does not fan out reads, or an error naming the packs.
pub(crate) fn one_pack<'a>(
    corpora: &Corpora<'a>,
    verb: &'static str,
) -> Result<Corpus<'a>, CliError> {
    match corpora.packs().collect::<Vec<_>>()[..] {
        [only] => Ok(only.item),
        _ => Err(CliError::OnePack {
            verb,
            labels: corpora.labels().collect::<Vec<_>>().join(", "),
        }),
    }
}

/// A thing found in the packs as `--json` prints it: the thing alone for one pack,
/// with its `pack` label for several.
#[derive(Debug)]
pub(crate) struct InPackJson<'a, T> {
    several: bool,
    found: InPack<'a, T>,
}

impl<'a, T> InPackJson<'a, T> {
    pub(crate) fn new(corpora: &Corpora<'_>, found: InPack<'a, T>) -> Self {
        InPackJson {
            several: corpora.len() > 1,
            found,
        }
    }
}

impl<T: Serialize> Serialize for InPackJson<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.several {
            self.found.serialize(s)
        } else {
            self.found.item.serialize(s)
        }
    }
}

/// A list found in the packs as `--json` prints it: the items alone for one pack (as
/// that pack alone prints them), each with its `pack` label for several.
#[derive(Debug)]
pub(crate) struct InPacks<'l, 'a, T: Clone> {
    several: bool,
    list: Cow<'l, [InPack<'a, T>]>,
}

impl<'l, 'a, T: Clone> InPacks<'l, 'a, T> {
    pub(crate) fn new(corpora: &Corpora<'_>, list: impl Into<Cow<'l, [InPack<'a, T>]>>) -> Self {
        InPacks {
            several: corpora.len() > 1,
            list: list.into(),
        }
    }
}

impl<T: Serialize + Clone> Serialize for InPacks<'_, '_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.several {
            self.list.serialize(s)
        } else {
            s.collect_seq(self.list.iter().map(|x| &x.item))
        }
    }
}

/// Writes a list found in the packs as JSON (see [`InPacks`]).
fn json_in_packs<T: Serialize + Clone>(
    out: &mut impl Write,
    corpora: &Corpora<'_>,
    list: &[InPack<'_, T>],
) -> std::io::Result<()> {
    render::json(out, &InPacks::new(corpora, list))
}

/// The article an `--article ID` option names, as a filter of mentions; one that
/// admits everything when the option is absent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OnlyArticle(Option<(usize, usize)>);

impl OnlyArticle {
    /// The filter of `id`; an error when it names no article.
    pub(crate) fn new(corpora: &Corpora<'_>, id: Option<&str>) -> Result<Self, CliError> {
        let Some(id) = id else {
            return Ok(OnlyArticle(None));
        };
        let found = corpora.article(id)?;
        Ok(OnlyArticle(Some((found.pack, found.item.index()))))
    }

    /// Whether `article`, of the pack at `pack`, passes.
    pub(crate) fn admits(&self, pack: usize, article: &Article<'_>) -> bool {
        self.0.is_none_or(|at| at == (pack, article.index()))
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
