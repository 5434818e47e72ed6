//! The command line: global options and one subcommand per verb.
//!
//! A new verb is a variant of [`Command`] with its own args struct, and a module
//! under `cmd/`; options every verb shares belong in [`Global`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Read and search a compiled Chinese news corpus: its articles, their structure and
/// provenance.
///
/// Without --corpus, reads the corpus built into the binary (one newspaper page).
#[derive(Debug, Parser)]
#[command(name = "baokan", version, propagate_version = true)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub(crate) struct Global {
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub(crate) json: bool,
    /// Read this pack file instead of the built-in corpus.
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) corpus: Option<PathBuf>,
}

/// The verbs.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List the articles: id, title, date, section and paragraph counts.
    Articles,
    /// Print one article as a reader sees it.
    Show(ShowArgs),
    /// Count everything in the corpus.
    Stats,
    /// Find a word or phrase: one keyword-in-context line per occurrence.
    ///
    /// Full-width and half-width punctuation match each other: 党委（党组） finds
    /// 党委(党组). Exits 0 when something matched, 1 when nothing did, 2 on an error.
    Search(SearchArgs),
    /// Draw the corpus as a picture (SVG).
    #[command(subcommand)]
    Plot(PlotCommand),
}

/// Arguments of `baokan show`.
#[derive(Debug, Args)]
pub(crate) struct ShowArgs {
    /// The article's id, e.g. 1.
    pub(crate) id: String,
    /// Print the exact source lines the article was compiled from.
    #[arg(long)]
    pub(crate) raw: bool,
}

/// Arguments of `baokan search`.
#[derive(Debug, Args)]
pub(crate) struct SearchArgs {
    /// What to look for: a word or phrase (or a regular expression with --regex).
    pub(crate) query: String,
    /// Print only the number of occurrences.
    #[arg(long)]
    pub(crate) count: bool,
    /// Chars of context on each side of a match.
    #[arg(long, short = 'C', value_name = "N", default_value_t = 10)]
    pub(crate) context: usize,
    /// Only matches in this article, e.g. 2.
    #[arg(long, value_name = "ID", conflicts_with = "section")]
    pub(crate) article: Option<String>,
    /// Only matches in this section, e.g. 1.3.
    #[arg(long, value_name = "ID")]
    pub(crate) section: Option<String>,
    /// Read the query as a regular expression (Rust regex syntax; no width folding).
    #[arg(long)]
    pub(crate) regex: bool,
    /// Convert the query from traditional to simplified characters first (鄉村振興 →
    /// 乡村振兴).
    #[arg(long)]
    pub(crate) fold_trad: bool,
    /// Order of the lines: text position, or the context left or right of the match
    /// (left is read from the match outwards).
    #[arg(long, value_enum, value_name = "BY", default_value_t = SortBy::Position)]
    pub(crate) sort: SortBy,
    /// Let the context run past the paragraph, up to the article's edges (a paragraph
    /// break shows as ¶).
    #[arg(long)]
    pub(crate) cross_paragraphs: bool,
}

/// How `search` orders its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SortBy {
    /// In text order.
    Position,
    /// By the left context, nearest char first.
    Left,
    /// By the right context.
    Right,
}

/// The plots `baokan plot` draws.
#[derive(Debug, Subcommand)]
pub(crate) enum PlotCommand {
    /// A lexical dispersion plot: one row per term, a tick at each occurrence, the
    /// articles laid end to end along the x axis.
    ///
    /// With --json, prints the plot's data instead of drawing it.
    Dispersion(DispersionArgs),
}

/// Arguments of `baokan plot dispersion`.
#[derive(Debug, Args)]
pub(crate) struct DispersionArgs {
    /// The words or phrases to place, one row each.
    #[arg(required = true, value_name = "TERM")]
    pub(crate) terms: Vec<String>,
    /// Where to write the SVG (or, with --json, the data); - for stdout.
    #[arg(
        long,
        short = 'o',
        value_name = "FILE",
        required_unless_present = "json"
    )]
    pub(crate) output: Option<PathBuf>,
}
