//! `baokan words`: the most frequent jieba words.

use std::io::Write;

use baokan::Corpora;

use crate::cli::{Global, WordsArgs};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &WordsArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let words = if args.keep_stopwords {
        corpora.words(args.top, !args.keep_punct)
    } else {
        corpora.content_words(args.top, !args.keep_punct)
    };
    if global.json {
        return Ok(render::json(out, &words)?);
    }
    let rows: Vec<Vec<String>> = words
        .iter()
        .map(|w| vec![w.word.to_string(), w.count.to_string()])
        .collect();
    let columns = [("WORD", Align::Left), ("COUNT", Align::Right)];
    Ok(render::table(out, &columns, &rows)?)
}
