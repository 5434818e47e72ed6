//! `baokan keyness`: the words that mark one part of the corpus against another.

use std::io::Write;

use baokan::{Corpora, Date, KeyWord, KeynessOptions, WordFreqs};
use serde::Serialize;

use crate::cli::{Global, KeynessArgs};
use crate::error::CliError;
use crate::render::{self, Align};

/// A ranked word and the side it marks, as `--json` prints it.
#[derive(Serialize)]
struct Row<'k> {
    side: &'static str,
    #[serde(flatten)]
    word: &'k KeyWord,
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &KeynessArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (a, b) = parts(corpora, args)?;
    let options = KeynessOptions {
        min_freq: args.min_freq,
        keep_stopwords: args.keep_stopwords,
        top: usize::MAX,
    };
    let ranked = baokan::keyness(&a, &b, &options);
    let rows: Vec<Row<'_>> = baokan::top_per_side(&ranked, args.top)
        .into_iter()
        .map(|(side, word)| Row { side, word })
        .collect();
    if global.json {
        return Ok(render::json(out, &rows)?);
    }
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.side.to_uppercase(),
                r.word.word.clone(),
                r.word.a.to_string(),
                r.word.b.to_string(),
                format!("{:.1}", r.word.g2),
                format!("{:+.2}", r.word.log_ratio),
            ]
        })
        .collect();
    let columns = [
        ("SIDE", Align::Left),
        ("WORD", Align::Left),
        ("A", Align::Right),
        ("B", Align::Right),
        ("G2", Align::Right),
        ("LOG_RATIO", Align::Right),
    ];
    Ok(render::table(out, &columns, &table)?)
}

/// The two parts' word frequencies: date ranges, or the two packs.
fn parts(corpora: &Corpora<'_>, args: &KeynessArgs) -> Result<(WordFreqs, WordFreqs), CliError> {
    if let (Some(a), Some(b)) = (&args.a, &args.b) {
        let (a, b) = (range("--a", a)?, range("--b", b)?);
        return Ok((
            corpora.words_between(a.0, a.1),
            corpora.words_between(b.0, b.1),
        ));
    }
    let packs: Vec<_> = corpora.packs().collect();
    match packs.as_slice() {
        [a, b] => Ok((a.item.word_freqs_all(), b.item.word_freqs_all())),
        _ => Err(CliError::Corpus(baokan::Error::BadArgument {
            what: "keyness",
            reason: format!(
                "give --a and --b date ranges, or two packs (--corpus A --corpus B); the corpus has {} pack(s)",
                packs.len()
            ),
        })),
    }
}

/// `FROM..TO` as two dates, FROM not after TO; errors name the option.
pub(super) fn range(what: &'static str, s: &str) -> Result<(Date, Date), CliError> {
    baokan::date_range(s).map_err(|e| match e {
        baokan::Error::BadArgument { reason, .. } => {
            CliError::Corpus(baokan::Error::BadArgument { what, reason })
        }
        other => CliError::Corpus(other),
    })
}
