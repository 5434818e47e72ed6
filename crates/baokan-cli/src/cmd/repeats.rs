//! `baokan repeats`: phrases that recur in the paragraph text.

use std::io::Write;

use baokan::Corpus;

use crate::cli::{Global, RepeatsArgs};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpus: Corpus<'_>,
    args: &RepeatsArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let mut repeats = corpus.repeats(args.min_len, args.min_count);
    if let Some(top) = args.top {
        repeats.truncate(top);
    }
    if global.json {
        return Ok(render::json(out, &repeats)?);
    }
    let rows: Vec<Vec<String>> = repeats
        .iter()
        .map(|r| vec![r.text.to_string(), r.count.to_string(), r.len.to_string()])
        .collect();
    let columns = [
        ("PHRASE", Align::Left),
        ("COUNT", Align::Right),
        ("CHARS", Align::Right),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
