//! `baokan ngrams`: the most frequent char n-grams.

use std::io::Write;

use baokan::Corpora;

use crate::cli::{Global, NgramsArgs};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &NgramsArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let grams = corpora.ngrams(args.n, args.top, !args.keep_punct)?;
    if global.json {
        return Ok(render::json(out, &grams)?);
    }
    let rows: Vec<Vec<String>> = grams
        .iter()
        .map(|g| vec![g.text.to_string(), g.count.to_string()])
        .collect();
    let columns = [("NGRAM", Align::Left), ("COUNT", Align::Right)];
    Ok(render::table(out, &columns, &rows)?)
}
