//! `baokan plot dispersion TERM... -o FILE`: a lexical dispersion plot as SVG, or its
//! data as JSON.

use std::io::Write;

use baokan::{Corpus, Dispersion, DispersionArticle};
use serde::Serialize;

use crate::cli::{DispersionArgs, Global};
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
