//! `baokan`: the command-line face of the [`baokan`] corpus.
//!
//! A thin layer: it parses arguments, opens a corpus (the embedded page, or a pack
//! given with `--corpus FILE`, memory-mapped by [`baokan::Corpus::open`], which checks its
//! header and directory only), asks the library for items and renders them as text or
//! JSON. `--corpus` may be given several times, and a folder stands for its `*.pack` files
//! sorted by name: several packs are read as one corpus ([`baokan::Corpora`]), see below.
//! It holds no corpus
//! logic of its own; `compile` hands its work to [`baokan_compile::compile_paths`].
//!
//! The verbs:
//!
//! - `baokan articles`: one line per article (id, title, date, counts);
//! - `baokan show ID [--raw]`: an article as a reader sees it, or its source lines;
//! - `baokan stats`: counts of everything in the corpus;
//! - `baokan search QUERY`: a keyword-in-context line per occurrence,
//!   `ID  file:line:col  left【match】right`, with the matches lined up. Full-width and
//!   half-width punctuation fold; `--count` prints the number alone; `--article ID` or
//!   `--section ID` narrow it; `--regex`, `--fold-trad` (traditional → simplified),
//!   `--context N`, `--sort position|left|right` and `--cross-paragraphs` shape it;
//! - `baokan plot dispersion TERM... -o FILE.svg`: a lexical dispersion plot (one row
//!   per term, a tick per occurrence, the articles end to end), written atomically;
//!   `-o -` writes to stdout;
//! - `baokan ngrams [-n N] [--top K] [--keep-punct]`: the most frequent char n-grams
//!   (n = 1 to 8, default 2), punctuation left out unless `--keep-punct`; each count is
//!   what `search TEXT --count` finds;
//! - `baokan words [--top K] [--keep-punct]`: the most frequent jieba words;
//! - `baokan collocates WORD [--window W] [--min-freq F] [--top K]`: the words within W
//!   words of WORD, ranked by log-likelihood (Dunning's G²), the measure named in the
//!   table's header and in each JSON object's `measure`;
//! - `baokan keywords ID [--top K]`: the terms of an article or a section, by tf-idf
//!   (sections are the documents), the measure named likewise;
//! - `baokan repeats [--min-len N] [--min-count K] [--top K]`: recurring phrases
//!   (maximal repeats), most frequent first.
//!
//! - `baokan figures [--unit U]`: the quantities stated with a number (51.8万人 →
//!   518000 人; 3.2亿-3.5亿元 → 320000000 to 350000000 元);
//! - `baokan dates`: the dates and ranges, resolved against the article's date (今年8月
//!   → 2022-08);
//! - `baokan citations [--by-title]`: the cited documents 《…》 with their issuers
//!   (joined by 、), action and date; `--by-title` groups repeated titles, with their
//!   count and first and last place;
//! - `baokan quotes [--speaker S] [--kind speech|term]`: the quotations, cut to fit in
//!   the table, whole in JSON;
//! - `baokan entities [--kind person|place|org] [--mentions]`: one row per entity
//!   (kind, name, administrative level, count, first place), or per mention;
//! - `baokan timeline`: the dated statements in date order, each with its sentence;
//! - `baokan plot timeline -o FILE.svg`: those statements along a time axis, a marker
//!   per precision, ranges as bars, long empty stretches of years cut;
//! - `baokan extract [--date YYYY-MM-DD] [TEXT]`: the mentions of any text (TEXT, or
//!   stdin when it is absent or `-`), a table per type.
//! - `baokan export [--format parquet|jsonl|csv] -o DIR`: the corpus as linked tables
//!   (articles to entity_mentions, joined by their ids), one file each, written
//!   atomically by [`baokan_export`]; prints each table's rows and path. With
//!   `--partition-by month|day` (`date` is month), every `--corpus` pack goes into one
//!   hive-partitioned dataset that DuckDB and Spark read as one table,
//!   `DIR/TABLE/year=2022/month=10/part-LABEL.parquet`
//!   ([`baokan_export::export_partitioned`]); prints each table's files, rows and
//!   folder.
//! - `baokan compile PATH... -o FILE.pack [--encoding LABEL] [--keep-going]
//!   [--threads N]`: your own pages (folders of `*.txt` and `*.jsonl` with their
//!   `manifest.toml`, or files; UTF-8 with or without BOM, UTF-16 with BOM, GB18030,
//!   Big5; LF, CRLF or CR; an optional `+++` TOML front-matter block) to a pack that
//!   `--corpus` reads. A progress bar on stderr when it is a terminal, then `compiled
//!   N files, M articles, X.Y MB in Z.ZZ s` (with `--json`, an object on stdout:
//!   files, articles, source_bytes, seconds, output, failures). The pack is the same
//!   bytes whatever the thread count, and is written atomically: a failed run leaves
//!   no file. A file that cannot be compiled is named with its line and cause, exit 2;
//!   with `--keep-going` the good files are packed first, then every failure is
//!   listed, one per line, and the exit code is still 2.
//! - `baokan verify FILE...`: every byte of each pack checked (each table against its
//!   checksum, then the UTF-8 and every record), a status line per table; exit 2 with
//!   one line per damaged file on stderr naming the file, table and cause.
//! - `baokan serve [--port N] [--host ADDR]`: the corpus explorer, a page served on
//!   127.0.0.1 (search, reader, trend, timeline) over a JSON API that answers what
//!   `--json` prints ([`serve`]); prints its address first.
//!
//! The statistics verbs (`ngrams` to `repeats`) print an aligned table, or with
//! `--json` an array of the library's objects ([`baokan::Gram`], [`baokan::WordCount`],
//! [`baokan::Collocate`], [`baokan::Keyword`], [`baokan::Repeat`]). So do the mention
//! verbs (`figures` to `timeline`: [`baokan::Figure`], [`baokan::DateMention`],
//! [`baokan::Citation`], [`baokan::Quote`], [`baokan::Entity`] with its
//! [`baokan::EntityMention`]s, [`baokan::TimelineEntry`]); `extract --json` prints
//! [`baokan::LocatedMentions`]: each mention the object the mention verbs print, its
//! offsets into the text read, `article`, `paragraph` and `sentence` null and its
//! source `{"file": "-", line, column}` in the text.
//!
//! Every verb takes `--json` for machine-readable output (for `plot`, the plot's data
//! instead of the picture) and `--corpus FILE` to read another pack (`compile` reads
//! none). A pack of another format version is refused naming both versions.
//!
//! Several packs (`--corpus a.pack --corpus b.pack`, or `--corpus packs/`) are one
//! corpus for `articles`, `show`, `stats`, `search`, `ngrams`, `words` and the mention
//! verbs `figures` to `timeline`: ids are qualified by the pack's label, its file stem
//! (`2019-02:17.3.2`), and `show` and `--article`/`--section` take such ids; JSON
//! objects of items and mentions gain a `pack` field (the label), and tables without an
//! id column gain a PACK column. Lists run in pack order (the order given), each pack
//! in text order; sorted concordances and the timeline by their key, then pack order.
//! Counts, `stats`, n-grams and words are summed over the packs. `collocates`,
//! `keywords`, `repeats`, `plot` and `export` (without `--partition-by`) read one
//! pack and refuse several (exit 2). With one pack, every verb works and prints exactly as for that pack alone.
//!
//! ```text
//! $ baokan search 经费保障制度
//! 1.3.10  000_bb83d75fffceb494.txt:65:51  的稳定的村级组织运转【经费保障制度】,并建立正常增长机制
//! $ baokan search 乡村振兴 --count
//! 15
//! $ baokan plot dispersion 党建 乡村振兴 -o dispersion.svg
//! $ baokan compile pages/ -o my.pack
//! compiled 4 files, 7 articles, 0.1 MB in 0.04 s
//! $ baokan --corpus my.pack search 乡村振兴 --count
//! 45
//! $ baokan collocates 基层 --top 3
//! WORD    JOINT  FREQ  LOG-LIKELIHOOD (G²)
//! 治理       14    16                47.10
//! 城市       12    13                43.43
//! 党组织     16    41                18.71
//! ```
//!
//! Exit codes, as ripgrep's: 0 on success (a closed pipe downstream counts as success);
//! 1 when a search matched nothing; 2 for every error: bad arguments, ids, queries,
//! corpus files, dates, output paths, output that cannot be written, or pages that do
//! not compile (with
//! `compile --keep-going` too, after the good pages are packed). A statistic or
//! listing with nothing to report (no phrase repeats that often, no figure in that
//! unit) is not a failed search: it prints nothing (`[]` with `--json`) and exits 0.
//! Every error is one line on stderr, starting `baokan: ` (`compile --keep-going`
//! prints one such line per failed file).
#![forbid(unsafe_code)]

mod cli;
mod cmd;
mod error;
mod open;
mod output;
mod plot;
mod plot_trend;
mod render;
mod serve;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command, Global};
use crate::cmd::Status;
use crate::error::CliError;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version land here too, with exit code 0.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(&cli, &mut out).and_then(|status| {
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(Status::Done) => ExitCode::SUCCESS,
        Ok(Status::NoMatch) => ExitCode::from(1),
        Ok(Status::Incomplete) => ExitCode::from(2),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            // One line, whatever the message: a script reads the first line only.
            let message = e.to_string();
            let message: Vec<&str> = message.lines().map(str::trim).collect();
            // Not eprintln!: it panics when stderr is closed.
            let _ = writeln!(io::stderr(), "baokan: {}", message.join(" "));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Opens the corpus the options name (memory-mapping each `--corpus` pack, a folder
/// standing for its `*.pack` files) and runs the command on it. `compile` and
/// `extract` read no corpus.
fn run(cli: &Cli, out: &mut impl Write) -> Result<Status, CliError> {
    let packs = match &cli.global.corpus[..] {
        [] => None,
        paths if cli.command.reads_corpus() => Some(open::open_all(paths)?),
        _ => None,
    };
    if let Command::Serve(args) = &cli.command {
        // A server answers from its corpus until the process ends: the packs stay
        // mapped for good.
        let packs: &'static Option<open::Packs> = Box::leak(Box::new(packs));
        return serve::run(corpora(packs.as_ref(), &cli.global)?, args, out);
    }
    cmd::run(
        &cli.command,
        &corpora(packs.as_ref(), &cli.global)?,
        &cli.global,
        out,
    )
}

/// The packs as one corpus (the embedded one without `--corpus`), each story once with
/// `--unique`.
fn corpora<'p>(
    packs: Option<&'p open::Packs>,
    global: &Global,
) -> Result<baokan::Corpora<'p>, CliError> {
    let corpora = match packs {
        Some(packs) => packs.corpora()?,
        None => baokan::Corpora::new([(open::EMBEDDED, baokan::corpus())])?,
    };
    Ok(if global.unique {
        corpora.unique()
    } else {
        corpora
    })
}
