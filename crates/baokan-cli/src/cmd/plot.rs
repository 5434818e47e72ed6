//! `baokan plot dispersion TERM... -o FILE`, `baokan plot timeline -o FILE` and
//! `baokan plot trend TERM... -o FILE`: a lexical dispersion plot, a timeline of the
//! dated statements or a trend chart as SVG, or their data as JSON.

use std::io::Write;

use baokan::{Corpus, Dispersion, DispersionArticle, TimelineEntry};
use serde::Serialize;

use crate::cli::{DispersionArgs, Global, TimelinePlotArgs, TrendArgs};
use crate::error::CliError;
use crate::{output, plot, render};

/// What `plot dispersion --json` prints: the articles (the x axis) and each term's
/// occurrences.
#[derive(Debug, Serialize)]
struct Data<'d> {
    articles: &'d [DispersionArticle],
    terms: &'d [Dispersion],
}

pub(super) fn dispersion(
    corpus: Corpus<'_>,
    args: &DispersionArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let terms: Vec<&str> = args.terms.iter().map(String::as_str).collect();
    let data = corpus.dispersion(&terms)?;
    let articles = corpus.dispersion_articles();
    let mut body = Vec::new();
    if global.json {
        let data = Data {
            articles: &articles,
            terms: &data,
        };
        render::json(&mut body, &data)?;
    } else {
        writeln!(body, "{}", plot::dispersion(&articles, &data))?;
    }
    output::emit(args.output.as_deref(), &body, out)
}

/// What `plot timeline --json` prints: the years the axis spans (`from` to `to`, both
/// included; `null` when nothing is dated) and the dated statements in date order.
#[derive(Debug, Serialize)]
struct TimelineData<'d, 'a> {
    from: Option<i32>,
    to: Option<i32>,
    entries: &'d [TimelineEntry<'a>],
}

/// What `plot timeline` writes for `args`: the SVG of the window's dated statements,
/// or with `json` its data.
pub(crate) fn timeline_body(
    corpus: Corpus<'_>,
    args: &TimelinePlotArgs,
    json: bool,
) -> Result<Vec<u8>, CliError> {
    let entries = args.window.apply(corpus.timeline());
    let mut body = Vec::new();
    if json {
        let span = plot::years(&entries);
        let data = TimelineData {
            from: span.map(|(from, _)| from),
            to: span.map(|(_, to)| to),
            entries: &entries,
        };
        render::json(&mut body, &data)?;
    } else {
        writeln!(body, "{}", plot::timeline(&entries))?;
    }
    Ok(body)
}

pub(super) fn timeline(
    corpus: Corpus<'_>,
    args: &TimelinePlotArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let body = timeline_body(corpus, args, global.json)?;
    output::emit(args.output.as_deref(), &body, out)
}

/// What `plot trend` writes for `args`: the SVG chart, or with `json` its data (what
/// `trend --json` prints).
pub(crate) fn trend_body(
    corpora: &baokan::Corpora<'_>,
    args: &TrendArgs,
    json: bool,
) -> Result<Vec<u8>, CliError> {
    let points = super::trend::json(corpora, args)?;
    let mut body = Vec::new();
    if json {
        render::json(&mut body, &points)?;
    } else {
        let by = super::trend::period(args);
        writeln!(body, "{}", crate::plot_trend::trend(&points, by.as_str()))?;
    }
    Ok(body)
}

pub(super) fn trend(
    corpora: &baokan::Corpora<'_>,
    args: &crate::cli::TrendPlotArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let body = trend_body(corpora, &args.trend, global.json)?;
    output::emit(args.output.as_deref(), &body, out)
}
