//! The command line: global options and one subcommand per verb.
//!
//! A new verb is a variant of [`Command`] with its own args struct, and a module
//! under `cmd/`; options every verb shares belong in [`Global`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The value parser of a vocabulary's names (`baokan::QuoteKind`, `baokan::EntityKind`):
/// its possible values are the vocabulary's names, and a name parses to its value.
macro_rules! vocabulary {
    ($t:ty) => {
        clap::builder::TypedValueParser::try_map(
            clap::builder::PossibleValuesParser::new(<$t>::ALL.iter().map(|v| v.as_str())),
            |name: String| <$t>::from_name(&name).ok_or("not a name of the vocabulary"),
        )
    };
}

/// Read, search and measure a compiled Chinese news corpus: its articles, their
/// structure and provenance, its words and phrases.
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
    /// Read this pack file instead of the built-in corpus. Give it again for more packs,
    /// or give a folder for its *.pack files (sorted by name): several packs are read as
    /// one corpus, their ids qualified by the pack's file stem (2019-02:17.3.2).
    #[arg(long, global = true, value_name = "FILE|DIR")]
    pub(crate) corpus: Vec<PathBuf>,
    /// Count each story once: `stats`, `search`, `ngrams` and `words` skip articles that
    /// reprint an earlier one (the same story printed twice).
    #[arg(long, global = true)]
    pub(crate) unique: bool,
}

/// The verbs.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// List the articles: id, title, date, section and paragraph counts.
    Articles(ArticlesArgs),
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
    /// The most frequent char n-grams of the paragraph text.
    ///
    /// Each count is what `baokan search TEXT --count` finds. N-grams never cross a
    /// paragraph. Exits 0 even when nothing qualifies (an empty table, or [] with
    /// --json): these are statistics, not searches.
    Ngrams(NgramsArgs),
    /// How often each TERM occurs per day, week, month or year of the articles' dates.
    ///
    /// One row per term and period with dated text (a period without a hit shows 0):
    /// HITS (occurrences in the paragraphs, from the index, overlapping ones counted, as
    /// `search --count` counts), PER_MILLION (hits per million paragraph chars of the
    /// period), ARTICLES (articles with a hit) and CHARS. Periods are labelled
    /// YYYY-MM-DD, YYYY-Www (ISO weeks), YYYY-MM or YYYY. Undated articles are left out;
    /// with the global --unique, reprints too. --json prints one object per term and
    /// period: {term, period, hits, per_million, articles, chars}.
    Trend(TrendArgs),
    /// The words that mark one part of the corpus against another, by log-likelihood.
    ///
    /// Part A and part B are the articles dated --a FROM..TO and --b FROM..TO
    /// (YYYY-MM-DD..YYYY-MM-DD, inclusive), or, without them, the two packs of
    /// `--corpus A.pack --corpus B.pack`. Words are jieba's, punctuation left out, and
    /// the Chinese stopwords of Stopwords ISO (的, 我们, 一个…) unless --keep-stopwords.
    /// Prints the --top words of each side by G² (Dunning's log-likelihood; 3.84 is
    /// p < 0.05, 10.83 is p < 0.001), with both frequencies and the log ratio (log₂ of
    /// the relative frequencies; positive marks A). --json: one object per word,
    /// {side, word, a, b, g2, log_ratio}.
    Keyness(KeynessArgs),
    /// The most frequent words of the paragraph text, as jieba segments it.
    ///
    /// Tokens are counted by their folded form (full-width and half-width alike).
    /// Function words (Stopwords ISO's Chinese list) are left out unless
    /// --keep-stopwords. Exits 0 even when nothing qualifies (an empty table, or [] with --json): these
    /// are statistics, not searches.
    Words(WordsArgs),
    /// The words that keep company with WORD, by log-likelihood (Dunning's G²).
    ///
    /// Words are jieba's, punctuation left out; no window crosses a paragraph. JOINT is
    /// how often the word stands within the window of WORD, FREQ how often it occurs
    /// at all; a negative score means it avoids WORD. Exits 0 even when nothing
    /// qualifies (an empty table, or [] with --json): these are statistics, not
    /// searches.
    Collocates(CollocatesArgs),
    /// The terms that characterise an article or a section, by tf-idf.
    ///
    /// Sections are the documents: a section is weighed against all sections, an
    /// article against the sections of the other articles. Terms are jieba words of two
    /// chars or more and the corpus's repeated phrases (乡村振兴). TF counts the term in
    /// the article or section, DF the documents it occurs in. Exits 0 even when nothing
    /// qualifies (an empty table, or [] with --json): these are statistics, not
    /// searches.
    Keywords(KeywordsArgs),
    /// Phrases that recur in the paragraph text, most frequent first.
    ///
    /// Maximal repeats, by count, then length, then text: a phrase is left out when a
    /// longer one containing it occurs as often. Each count is what `baokan search TEXT
    /// --count` finds. Exits 0 even when nothing qualifies (an empty table, or [] with
    /// --json): these are statistics, not searches.
    Repeats(RepeatsArgs),
    /// The figures: quantities stated with a number (51.8万人, 3.2亿-3.5亿元, 五级).
    ///
    /// VALUE is after multipliers (51.8万 → 518000); MAX is the top of a range. With
    /// --json, the library's figure objects. Exits 0 even when nothing qualifies.
    Figures(FiguresArgs),
    /// The dates and date ranges, resolved against their article's date (今年8月 →
    /// 2022-08).
    ///
    /// RESOLVED BY says whether the text alone gives the date (explicit) or the article
    /// date supplied a part (article_date). Exits 0 even when there are none.
    Dates(DatesArgs),
    /// The cited documents 《…》, with the issuers, action and date their sentence
    /// states.
    ///
    /// Exits 0 even when there are none.
    Citations(CitationsArgs),
    /// The quotations “…”: reported speech with its speaker where the text states one,
    /// and quoted terms (“两委”).
    ///
    /// The table cuts long quotations; --json gives them whole. Exits 0 even when
    /// nothing qualifies.
    Quotes(QuotesArgs),
    /// The named entities: persons, places and organisations, with their mentions.
    ///
    /// One row per entity (its first mention's place in FIRST), or with --mentions one
    /// row per mention. Exits 0 even when nothing qualifies.
    Entities(EntitiesArgs),
    /// The dated statements in date order: each date and the sentence that states it.
    ///
    /// Dates that could not be resolved are left out. The table cuts long sentences;
    /// --json gives them whole. Exits 0 even when there are none.
    Timeline(TimelineArgs),
    /// Find the mentions (figures, dates, citations, quotations, entities) in any text.
    ///
    /// Reads TEXT, or standard input when TEXT is absent or -. Relative dates (今年8月,
    /// 明年) resolve against --date; without it they stay unresolved. With --json each
    /// mention is the object `figures --json` and the other mention verbs print, its
    /// offsets into the text read, article, paragraph and sentence null and its source
    /// file `-`.
    Extract(ExtractArgs),
    /// Write the corpus as linked tables, one file per table, for DuckDB, Polars or
    /// pandas: articles, sections, paragraphs, sentences, figures, dates, citations,
    /// quotes, entities and entity_mentions.
    ///
    /// Rows link by the stable ids (paragraphs.section_id = sections.id …). Creates
    /// DIR when missing and replaces files of the same names, each atomically. Prints
    /// each table's rows and path (with --json, an array of {name, rows, path}).
    ///
    /// With --partition-by month|day, writes a hive-partitioned dataset instead, which
    /// DuckDB and Spark read as one table: DIR/TABLE/year=Y/month=M/part-LABEL.EXT, a
    /// row in the partition of its article's date (undated:
    /// year=__HIVE_DEFAULT_PARTITION__), ids qualified LABEL:ID and a first column
    /// pack. Every --corpus pack is written, each to its own files, so packs exported
    /// one at a time into one DIR make one dataset. Prints each table's files, rows
    /// and folder (with --json, an array of {table, pack, partition, rows, path}, one
    /// per file).
    Export(ExportArgs),
    /// Compile your own pages into a pack that --corpus reads: folders (every *.txt
    /// and *.jsonl below them, with their manifest.toml) and files.
    ///
    /// Each page may be UTF-8 (with or without a BOM), UTF-16 with a BOM, GB18030/GBK
    /// or Big5; the encoding is detected unless --encoding names it. Line ends may be
    /// LF, CRLF or CR. A page may open with a +++ TOML front-matter block (date, source,
    /// page, title); a *.jsonl file holds one article per line ({"title", "text",
    /// "date", "source", "page"}; only text is required).
    ///
    /// The pack is written atomically: beside FILE, then renamed into place, so a
    /// failed run leaves no file behind. Prints a summary line on stderr (with --json,
    /// a JSON object on stdout). Exits 2 when a file cannot be compiled, naming the
    /// file, line and cause; with --keep-going the other files are compiled and packed
    /// first, and every failure is listed.
    Compile(CompileArgs),
    /// Check pack files byte for byte: every table's checksum, the text's UTF-8 and
    /// every record's spans, indices and ranges.
    ///
    /// Opening a pack (--corpus) checks only its header and directory, so that it takes
    /// microseconds at any size; this reads all of it. Prints each table's status; exits
    /// 0 when every file is intact, 2 otherwise, with one line per bad file on stderr
    /// naming the file, the table (and record) and the cause.
    Verify(VerifyArgs),
    /// Explore the corpus in a browser: search with keyword-in-context lines, read
    /// articles with their mentions marked, chart trends and the timeline.
    ///
    /// Serves a page and its JSON API on http://HOST:PORT/ (127.0.0.1 unless --host
    /// says otherwise) until it is stopped; prints that address as the first line of
    /// stdout. The API is the CLI's --json: `/api/search?query=乡村振兴&sort=left`
    /// answers what `baokan search 乡村振兴 --sort left --json` prints. The page and its
    /// scripts are built into the binary; nothing is loaded from elsewhere.
    Serve(ServeArgs),
}

impl Command {
    /// Whether the command reads a corpus (and so opens the `--corpus` file).
    pub(crate) fn reads_corpus(&self) -> bool {
        !matches!(
            self,
            Command::Compile(_) | Command::Extract(_) | Command::Verify(_)
        )
    }
}

/// Arguments of `baokan verify`.
#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// The pack files to check.
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
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
    /// Search the credit lines too (bylines, author notes, captions, design and chart
    /// lines), which are not paragraphs and are skipped otherwise. Their lines come
    /// after the paragraph hits; no --article/--section/--regex/--dates/--page filter
    /// applies to them.
    #[arg(long)]
    pub(crate) credits: bool,
    /// Only matches in articles dated FROM..TO (inclusive), e.g.
    /// 2019-02-01..2019-02-14; undated articles are left out.
    #[arg(long, value_name = "FROM..TO")]
    pub(crate) dates: Option<String>,
    /// Only matches in articles printed on this page (the page declared for the file,
    /// else the one its archive name gives: 20190213-04-05.txt is page 4).
    #[arg(long, value_name = "P")]
    pub(crate) page: Option<String>,
    #[command(flatten)]
    pub(crate) window: Window,
}

/// Which part of a long list to print: `--offset` items skipped, then at most
/// `--limit`.
#[derive(Debug, Clone, Copy, Args)]
pub(crate) struct Window {
    /// Print at most N items (default: all).
    #[arg(long, value_name = "N")]
    pub(crate) limit: Option<usize>,
    /// Skip the first N items.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub(crate) offset: usize,
}

impl Window {
    /// The items of `list` this window shows.
    pub(crate) fn apply<T>(&self, mut list: Vec<T>) -> Vec<T> {
        list.drain(..self.offset.min(list.len()));
        list.truncate(self.limit.unwrap_or(usize::MAX));
        list
    }
}

/// Arguments of `baokan serve`.
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The port to listen on; 0 picks a free one (the first line printed names it).
    #[arg(long, value_name = "N", default_value_t = 8080)]
    pub(crate) port: u16,
    /// The address to listen on. The default answers this machine only; 0.0.0.0 would
    /// answer the whole network.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub(crate) host: std::net::IpAddr,
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
    /// A timeline: the dated statements along a time axis from the earliest year to the
    /// latest, one lane each in date order.
    ///
    /// A day is a dot, a month a diamond, a season or year a hollow square; a range is
    /// a bar from its start to its end. Each is labelled with its date as written.
    /// With --json, prints the plot's data instead of drawing it.
    Timeline(TimelinePlotArgs),
    /// A trend chart: each TERM's hits per million paragraph chars, period by period
    /// (see `baokan trend`), one line per term, with a legend.
    ///
    /// With --json, prints the chart's data (what `baokan trend --json` prints).
    Trend(TrendPlotArgs),
}

/// Arguments of `baokan plot trend`.
#[derive(Debug, Args)]
pub(crate) struct TrendPlotArgs {
    #[command(flatten)]
    pub(crate) trend: TrendArgs,
    /// Where to write the SVG (or, with --json, the data); - for stdout.
    #[arg(
        long,
        short = 'o',
        value_name = "FILE",
        required_unless_present = "json"
    )]
    pub(crate) output: Option<PathBuf>,
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

/// Arguments of `baokan ngrams`.
#[derive(Debug, Args)]
pub(crate) struct NgramsArgs {
    /// Length of the n-grams in chars, 1 to 8.
    #[arg(short = 'n', long = "length", value_name = "N", default_value_t = 2)]
    pub(crate) n: usize,
    /// How many to print.
    #[arg(long, value_name = "K", default_value_t = 20)]
    pub(crate) top: usize,
    /// Count n-grams that hold punctuation, symbols or spaces too.
    #[arg(long)]
    pub(crate) keep_punct: bool,
}

/// Arguments of `baokan words`.
#[derive(Debug, Args)]
pub(crate) struct WordsArgs {
    /// How many to print.
    #[arg(long, value_name = "K", default_value_t = 20)]
    pub(crate) top: usize,
    /// Count punctuation tokens (, 。 “) as words too.
    #[arg(long)]
    pub(crate) keep_punct: bool,
    /// Keep function words (的, 是, 我们…: Stopwords ISO's Chinese list), which are
    /// left out by default.
    #[arg(long)]
    pub(crate) keep_stopwords: bool,
}

/// Arguments of `baokan trend`.
#[derive(Debug, Args)]
pub(crate) struct TrendArgs {
    /// The terms, e.g. 乡村振兴 脱贫攻坚.
    #[arg(required = true, value_name = "TERM")]
    pub(crate) terms: Vec<String>,
    /// The length of a period.
    #[arg(long, value_name = "PERIOD", default_value = "month",
          value_parser = clap::builder::PossibleValuesParser::new(baokan::Period::ALL.map(baokan::Period::as_str)))]
    pub(crate) by: String,
}

/// Arguments of `baokan keyness`.
#[derive(Debug, Args)]
pub(crate) struct KeynessArgs {
    /// Part A: the articles dated FROM..TO (inclusive), e.g. 2019-02-01..2019-02-14.
    #[arg(long, value_name = "FROM..TO", requires = "b")]
    pub(crate) a: Option<String>,
    /// Part B: the articles dated FROM..TO.
    #[arg(long, value_name = "FROM..TO", requires = "a")]
    pub(crate) b: Option<String>,
    /// How many words to print for each side.
    #[arg(long, value_name = "K", default_value_t = 20)]
    pub(crate) top: usize,
    /// Least number of times a word occurs in both parts together.
    #[arg(long, value_name = "F", default_value_t = 5)]
    pub(crate) min_freq: usize,
    /// Keep function words (的, 是, 我们…) in the ranking.
    #[arg(long)]
    pub(crate) keep_stopwords: bool,
}

/// Arguments of `baokan collocates`.
#[derive(Debug, Args)]
pub(crate) struct CollocatesArgs {
    /// The node: a word or phrase, e.g. 基层.
    pub(crate) word: String,
    /// Words on each side of WORD that count as near it (1 or more).
    #[arg(long, value_name = "W", default_value_t = 5)]
    pub(crate) window: usize,
    /// Least number of times a word must stand near WORD.
    #[arg(long, value_name = "F", default_value_t = 2)]
    pub(crate) min_freq: usize,
    /// How many to print.
    #[arg(long, value_name = "K", default_value_t = 20)]
    pub(crate) top: usize,
}

/// Arguments of `baokan keywords`.
#[derive(Debug, Args)]
pub(crate) struct KeywordsArgs {
    /// An article id (e.g. 2) or a section id (e.g. 1.3).
    pub(crate) id: String,
    /// How many to print.
    #[arg(long, value_name = "K", default_value_t = 10)]
    pub(crate) top: usize,
}

/// Arguments of `baokan repeats`.
#[derive(Debug, Args)]
pub(crate) struct RepeatsArgs {
    /// Shortest phrase, in chars.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub(crate) min_len: usize,
    /// Least number of occurrences (2 at the least).
    #[arg(long, value_name = "K", default_value_t = 3)]
    pub(crate) min_count: usize,
    /// Print only the first K (default: all).
    #[arg(long, value_name = "K")]
    pub(crate) top: Option<usize>,
}

/// Arguments of `baokan articles`.
#[derive(Debug, Args)]
pub(crate) struct ArticlesArgs {
    #[command(flatten)]
    pub(crate) window: Window,
}

/// Arguments of `baokan timeline`.
#[derive(Debug, Args)]
pub(crate) struct TimelineArgs {
    #[command(flatten)]
    pub(crate) window: Window,
}

/// Arguments of `baokan dates`.
#[derive(Debug, Args)]
pub(crate) struct DatesArgs {
    /// Only dates in this article, e.g. 1.
    #[arg(long, value_name = "ID")]
    pub(crate) article: Option<String>,
}

/// Arguments of `baokan plot timeline`.
#[derive(Debug, Args)]
pub(crate) struct TimelinePlotArgs {
    /// Which of the dated statements (in date order) to draw.
    #[command(flatten)]
    pub(crate) window: Window,
    /// Where to write the SVG (or, with --json, the data); - for stdout.
    #[arg(
        long,
        short = 'o',
        value_name = "FILE",
        required_unless_present = "json"
    )]
    pub(crate) output: Option<PathBuf>,
}

/// Arguments of `baokan figures`.
#[derive(Debug, Args)]
pub(crate) struct FiguresArgs {
    /// Only figures in this unit or measure word, e.g. 家, 人, 元, %.
    #[arg(long, value_name = "U")]
    pub(crate) unit: Option<String>,
    /// Only figures in this article, e.g. 1.
    #[arg(long, value_name = "ID")]
    pub(crate) article: Option<String>,
}

/// Arguments of `baokan citations`.
#[derive(Debug, Args)]
pub(crate) struct CitationsArgs {
    /// One row per document: repeated titles grouped, with their count and first and
    /// last place.
    #[arg(long)]
    pub(crate) by_title: bool,
}

/// Arguments of `baokan quotes`.
#[derive(Debug, Args)]
pub(crate) struct QuotesArgs {
    /// Only quotations whose stated speaker has this name, e.g. 张弛.
    #[arg(long, value_name = "S")]
    pub(crate) speaker: Option<String>,
    /// Only quotations of this kind: reported speech or a quoted statement, or a quoted
    /// term or name (“两委”).
    #[arg(long, value_name = "KIND", value_parser = vocabulary!(baokan::QuoteKind))]
    pub(crate) kind: Option<baokan::QuoteKind>,
    /// Only quotations in this article, e.g. 1.
    #[arg(long, value_name = "ID")]
    pub(crate) article: Option<String>,
}

/// Arguments of `baokan entities`.
#[derive(Debug, Args)]
pub(crate) struct EntitiesArgs {
    /// Only entities of this kind: persons, places or organisations.
    #[arg(long, value_name = "KIND", value_parser = vocabulary!(baokan::EntityKind))]
    pub(crate) kind: Option<baokan::EntityKind>,
    /// One row (or JSON object) per mention instead of per entity.
    #[arg(long)]
    pub(crate) mentions: bool,
    /// Only entities mentioned in this article, e.g. 1 (with --mentions, only the
    /// mentions there).
    #[arg(long, value_name = "ID")]
    pub(crate) article: Option<String>,
}

/// Arguments of `baokan extract`.
#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    /// The date relative dates resolve against (the text's publication date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) date: Option<String>,
    /// The text; standard input when absent or -.
    pub(crate) text: Option<String>,
}

/// Arguments of `baokan export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The file format.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = ExportFormat::Parquet)]
    pub(crate) format: ExportFormat,
    /// The directory to write the files into (created when missing).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub(crate) output: PathBuf,
    /// Write a hive-partitioned dataset of every --corpus pack, cut by the month
    /// (year=2022/month=10) or day (…/day=9) of each row's article; `date` means month.
    #[arg(long, value_enum, value_name = "BY")]
    pub(crate) partition_by: Option<PartitionBy>,
}

/// Arguments of `baokan compile`.
#[derive(Debug, Args)]
pub(crate) struct CompileArgs {
    /// Folders and page files to compile.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// The pack file to write; with --shard-by, the folder to write one pack per shard
    /// into (`2019-02.pack`, `2019.pack`, `part-0001.pack`, `undated.pack`).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: PathBuf,
    /// Write one pack per shard: files grouped by the month or year of the date in
    /// their path (YYYYMMDD, YYYY-MM-DD, YYYY/MM/DD; files without one go to
    /// `undated`), or in path order into shards of at most --shard-size. Shards are
    /// compiled one after another, so memory is that of the largest shard.
    #[arg(long, value_enum, value_name = "BY")]
    pub(crate) shard_by: Option<ShardByArg>,
    /// The most bytes of input a shard holds with --shard-by size: a number with an
    /// optional unit (kB, MB, GB = 10^3, 10^6, 10^9 bytes; KiB, MiB, GiB).
    #[arg(long, value_name = "SIZE", default_value = "64MB", value_parser = parse_size)]
    pub(crate) shard_size: u64,
    /// Read every file in this encoding instead of detecting it (a WHATWG label:
    /// utf-8, gb18030, gbk, big5, utf-16le…).
    #[arg(long, value_name = "LABEL")]
    pub(crate) encoding: Option<String>,
    /// Compile and pack the files that can be compiled, and list the others (still
    /// exiting 2), instead of stopping at the first error.
    #[arg(long)]
    pub(crate) keep_going: bool,
    /// Worker threads (default: one per core). The pack is the same bytes whatever
    /// the count.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub(crate) threads: Option<u16>,
    /// Read every file in this layout instead of deciding per file from its evidence.
    #[arg(long, value_enum, value_name = "LAYOUT")]
    pub(crate) layout: Option<LayoutArg>,
    /// Leave the source text out of the pack (kept by default, for `show --raw`).
    #[arg(long)]
    pub(crate) no_source: bool,
}

/// How `compile --shard-by` cuts the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ShardByArg {
    /// One pack per month (`2019-02.pack`).
    Month,
    /// One pack per year (`2019.pack`).
    Year,
    /// Packs of at most --shard-size of input each (`part-0001.pack`).
    Size,
}

/// `64MB`, `1GB`, `500kB`, `2GiB` or a number of bytes.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let unit_bytes: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        other => {
            return Err(format!(
                "unknown unit {other:?} (use kB, MB, GB, KiB, MiB, GiB)"
            ));
        }
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a size like 64MB"))?;
    let bytes = (n * unit_bytes).round();
    if bytes < 1.0 {
        return Err("a shard size must be at least 1 byte".into());
    }
    Ok(bytes as u64)
}

/// The layouts `compile --layout` can force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LayoutArg {
    /// A printed page: blank-line blocks, several articles, page breaks.
    Page,
    /// One article a file: headline slots on lines 1-3, one indented line a paragraph.
    #[value(name = "article_file", alias = "article-file")]
    ArticleFile,
}

impl From<LayoutArg> for baokan_compile::Layout {
    fn from(l: LayoutArg) -> Self {
        match l {
            LayoutArg::Page => baokan_compile::Layout::Page,
            LayoutArg::ArticleFile => baokan_compile::Layout::ArticleFile,
        }
    }
}

/// How `baokan export --partition-by` cuts the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PartitionBy {
    /// A folder per month: year=2022/month=10.
    #[value(alias = "date")]
    Month,
    /// A folder per day: year=2022/month=10/day=9.
    Day,
}

/// The formats `baokan export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// Apache Parquet: typed columns, compressed (DuckDB, Polars, pandas, Spark).
    Parquet,
    /// JSON Lines: one object per row.
    Jsonl,
    /// CSV (RFC 4180) with a header row; lists joined by 、.
    Csv,
}
