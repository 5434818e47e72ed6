//! `baokan collocates WORD`: the words near a node word, by log-likelihood.

use std::io::Write;

use baokan::Corpus;

use crate::cli::{CollocatesArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpus: Corpus<'_>,
    args: &CollocatesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let near = corpus.collocates(&args.word, args.window, args.min_freq, args.top)?;
    if global.json {
        return Ok(render::json(out, &near)?);
    }
    let rows: Vec<Vec<String>> = near
        .iter()
        .map(|c| {
            vec![
                c.word.to_string(),
                c.joint.to_string(),
                c.word_freq.to_string(),
                render::score(c.score),
            ]
        })
        .collect();
    // The score column is named by the measure, as the library names it.
    let measure = format!("{} (G²)", baokan::LOG_LIKELIHOOD.to_uppercase());
    let columns = [
        ("WORD", Align::Left),
        ("JOINT", Align::Right),
        ("FREQ", Align::Right),
        (measure.as_str(), Align::Right),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
