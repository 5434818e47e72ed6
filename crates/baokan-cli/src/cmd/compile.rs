//! `baokan compile PATH... -o FILE`: your own pages to a pack that `--corpus` reads.
//!
//! The work is [`baokan_compile::compile_to_file`]'s (or, with `--shard-by`, a
//! [`baokan_compile::ShardPlan`]'s, one pack per shard); this verb adds a progress bar
//! (on stderr, and only when stderr is a terminal) and reports.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::cli::{CompileArgs, Global, ShardByArg};
use crate::cmd::Status;
use crate::error::CliError;
use crate::render;

/// What `compile --json` prints.
#[derive(Debug, Serialize)]
struct Summary {
    /// The shard (with --shard-by): `2019-02`, `2019`, `part-0001`, `undated`.
    #[serde(skip_serializing_if = "Option::is_none")]
    shard: Option<String>,
    /// Files compiled into the pack (failed ones are in `failures`).
    files: usize,
    /// Articles in the pack.
    articles: usize,
    /// Bytes of source read for the pack.
    source_bytes: u64,
    /// Bytes of the pack written.
    pack_bytes: u64,
    /// Wall-clock time of the run, compiling and writing.
    seconds: f64,
    /// The pack written.
    output: String,
    /// One message per file that failed (`--keep-going`), each naming file, line and
    /// cause.
    failures: Vec<String>,
    /// Problems worked around, one line each.
    #[serde(skip)]
    warnings: Vec<String>,
}

pub(super) fn run(
    args: &CompileArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<Status, CliError> {
    if args.output == Path::new("-") {
        return Err(CliError::PackToStdout);
    }
    let encoding = match &args.encoding {
        Some(label) => Some(
            baokan_compile::encoding_for_label(label)
                .ok_or_else(|| CliError::BadEncoding(label.clone()))?,
        ),
        None => None,
    };
    // Before the work, not after it: a long run should not end in "no such directory".
    if args.shard_by.is_some() {
        std::fs::create_dir_all(&args.output).map_err(|cause| CliError::Output {
            path: args.output.clone(),
            cause,
        })?;
    } else {
        check_output(&args.output)?;
    }
    let opts = baokan_compile::Options {
        encoding,
        keep_going: args.keep_going,
        threads: args.threads.map(usize::from),
        layout: args.layout.map(Into::into),
        no_source: args.no_source,
    };

    let bar = progress_bar(&args.paths);
    let tick = |name: &str| {
        bar.set_message(name.to_string());
        bar.inc(1);
    };
    let mut stderr = io::stderr().lock();
    let by = match args.shard_by {
        None => {
            let start = Instant::now();
            let result = baokan_compile::compile_to_file(&args.paths, &opts, &args.output, &tick);
            bar.finish_and_clear();
            let summary = Summary::new(None, &result?, start);
            if global.json {
                render::json(out, &summary)?;
            } else {
                // Not eprintln!: it panics when stderr is closed.
                let _ = writeln!(stderr, "{}", summary.line("compiled "));
            }
            summary.report(&mut stderr);
            return Ok(summary.status());
        }
        Some(ShardByArg::Month) => baokan_compile::ShardBy::Month,
        Some(ShardByArg::Year) => baokan_compile::ShardBy::Year,
        Some(ShardByArg::Size) => baokan_compile::ShardBy::Size(args.shard_size),
    };
    let plan = baokan_compile::ShardPlan::new(&args.paths, by);
    let plan = plan.inspect_err(|_| bar.finish_and_clear())?;
    let mut summaries = Vec::new();
    for (i, shard) in plan.shards().iter().enumerate() {
        let path = args.output.join(format!("{}.pack", shard.name));
        let start = Instant::now();
        let result = plan.compile(i, &opts, &path, &tick);
        let summary = Summary::new(
            Some(&shard.name),
            &result.inspect_err(|_| bar.finish_and_clear())?,
            start,
        );
        if !global.json {
            bar.suspend(|| {
                let _ = writeln!(stderr, "{}", summary.line(""));
            });
        }
        summary.report(&mut stderr);
        summaries.push(summary);
    }
    bar.finish_and_clear();
    if global.json {
        render::json(out, &summaries)?;
    }
    Ok(if summaries.iter().all(|s| s.status() == Status::Done) {
        Status::Done
    } else {
        Status::Incomplete
    })
}

impl Summary {
    fn new(shard: Option<&str>, w: &baokan_compile::Written, start: Instant) -> Summary {
        let failures: Vec<String> = w.failures.iter().map(one_line).collect();
        let seconds = start.elapsed().as_secs_f64();
        Summary {
            shard: shard.map(str::to_string),
            files: w.files.saturating_sub(failures.len()),
            articles: w.articles,
            source_bytes: w.source_bytes,
            pack_bytes: w.pack_bytes,
            seconds: (seconds * 1000.0).round() / 1000.0,
            output: w.path.display().to_string(),
            failures,
            warnings: w.warnings.iter().map(ToString::to_string).collect(),
        }
    }

    /// `compiled 2 files, 3 articles, 0.1 MB in 0.01 s`, or for a shard
    /// `out/2019-02.pack: 1789 files, …`.
    fn line(&self, prefix: &str) -> String {
        let failed = match self.failures.len() {
            0 => String::new(),
            n => format!("; {} failed:", plural(n, "file")),
        };
        let head = match &self.shard {
            Some(_) => format!("{}: ", self.output),
            None => prefix.to_string(),
        };
        format!(
            "{head}{}, {}, {:.1} MB in {:.2} s{failed}",
            plural(self.files, "file"),
            plural(self.articles, "article"),
            self.source_bytes as f64 / 1e6,
            self.seconds,
        )
    }

    /// The failures and warnings, one line each.
    fn report(&self, stderr: &mut impl Write) {
        for failure in &self.failures {
            let _ = writeln!(stderr, "baokan: {failure}");
        }
        for warning in &self.warnings {
            let _ = writeln!(stderr, "baokan: warning: {warning}");
        }
    }

    fn status(&self) -> Status {
        if self.failures.is_empty() {
            Status::Done
        } else {
            Status::Incomplete
        }
    }
}

/// A progress bar ticking once per file, drawn on stderr when it is a terminal and
/// hidden otherwise (indicatif hides a bar whose target is not a terminal).
fn progress_bar(paths: &[PathBuf]) -> ProgressBar {
    let target = ProgressDrawTarget::stderr();
    if target.is_hidden() {
        return ProgressBar::hidden();
    }
    // Counting the files walks the folders once more: cheap next to compiling them.
    let total = paths
        .iter()
        .map(|p| {
            if p.is_dir() {
                baokan_compile::page_files(p).map_or(0, |f| f.len() as u64)
            } else {
                1
            }
        })
        .sum();
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} files  {wide_msg}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    let bar = ProgressBar::with_draw_target(Some(total), target).with_style(style);
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

/// Fails when the pack could not be put at `path`: its folder is missing, or `path` is
/// a folder.
fn check_output(path: &Path) -> Result<(), CliError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let problem = if !dir.is_dir() {
        Some((io::ErrorKind::NotFound, "no such directory"))
    } else if path.is_dir() {
        Some((io::ErrorKind::IsADirectory, "it is a directory"))
    } else {
        None
    };
    match problem {
        Some((kind, what)) => Err(CliError::Output {
            path: path.to_path_buf(),
            cause: io::Error::new(kind, what),
        }),
        None => Ok(()),
    }
}

/// An error's message on one line.
fn one_line(e: &baokan_compile::CompileError) -> String {
    let message = e.to_string();
    message.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

/// `1 file`, `2 files`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
