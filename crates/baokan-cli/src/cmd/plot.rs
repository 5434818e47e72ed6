//! `baokan plot dispersion TERM... -o FILE`, `baokan plot timeline -o FILE` and
//! `baokan plot trend TERM... -o FILE`: a lexical dispersion plot, a timeline of the
//! dated statements or a trend chart as SVG, or their data as JSON.

use std::io::Write;

use baokan::{Corpus, Dispersion, DispersionArticle, TimelineEntry};
use serde::Serialize;

use crate::cli::{DispersionArgs, Global, TimelinePlotArgs};
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

pub(super) fn timeline(
    corpus: Corpus<'_>,
    args: &TimelinePlotArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let entries = corpus.timeline();
    let mut body = Vec::new();
    if global.json {
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
    output::emit(args.output.as_deref(), &body, out)
}

pub(super) fn trend(
    corpora: &baokan::Corpora<'_>,
    args: &crate::cli::TrendPlotArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    // clap admits only the periods' names.
    let by = baokan::Period::from_name(&args.trend.by).unwrap_or(baokan::Period::Month);
    let terms: Vec<&str> = args.trend.terms.iter().map(String::as_str).collect();
    let points = corpora.trend(&terms, by)?;
    let mut body = Vec::new();
    if global.json {
        render::json(&mut body, &points)?;
    } else {
        writeln!(body, "{}", crate::plot_trend::trend(&points, by.as_str()))?;
    }
    output::emit(args.output.as_deref(), &body, out)
}
