//! `baokan stats`: counts of everything in the corpus.

use std::io::Write;

use baokan::{Corpora, Stats};

use crate::cli::Global;
use crate::error::CliError;
use crate::render::{self, Align};

/// What `stats --json` prints: the corpus's counts, summed over the packs.
pub(crate) fn json(corpora: &Corpora<'_>) -> Stats {
    corpora.stats()
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let s = json(corpora);
    if global.json {
        return Ok(render::json(out, &s)?);
    }
    let rows: Vec<Vec<String>> = [
        ("files", s.files),
        ("articles", s.articles),
        ("sections", s.sections),
        ("paragraphs", s.paragraphs),
        ("sentences", s.sentences),
        ("page-break joins", s.joins),
        ("paragraph chars", s.paragraph_chars),
        ("credit lines", s.credits),
        ("reprints", s.reprints),
        ("pack bytes", s.pack_bytes),
    ]
    .into_iter()
    .map(|(name, n)| vec![name.to_string(), n.to_string()])
    .collect();
    Ok(render::aligned(
        out,
        &[Align::Left, Align::Right],
        rows.iter(),
    )?)
}
