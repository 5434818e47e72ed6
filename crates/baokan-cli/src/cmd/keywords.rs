//! `baokan keywords ID`: the terms of an article or a section, by tf-idf.

use std::io::Write;

use baokan::Corpus;

use crate::cli::{Global, KeywordsArgs};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpus: Corpus<'_>,
    args: &KeywordsArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let terms = corpus.keywords(&args.id, args.top)?;
    if global.json {
        return Ok(render::json(out, &terms)?);
    }
    let rows: Vec<Vec<String>> = terms
        .iter()
        .map(|k| {
            vec![
                k.term.to_string(),
                render::score(k.score),
                k.tf.to_string(),
                k.df.to_string(),
            ]
        })
        .collect();
    // The score column is named by the measure, as the library names it.
    let measure = baokan::TF_IDF.to_uppercase();
    let columns = [
        ("TERM", Align::Left),
        (measure.as_str(), Align::Right),
        ("TF", Align::Right),
        ("DF", Align::Right),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
