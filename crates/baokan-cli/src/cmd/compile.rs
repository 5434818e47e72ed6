//! `baokan compile PATH... -o FILE`: your own pages to a pack that `--corpus` reads.
//!
//! The work is [`baokan_compile::compile_paths`]'s; this verb adds a progress bar (on
//! stderr, and only when stderr is a terminal), writes the pack atomically and reports.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::cli::{CompileArgs, Global};
use crate::cmd::Status;
use crate::error::CliError;
use crate::output::write_atomic;
use crate::render;

/// What `compile --json` prints.
#[derive(Debug, Serialize)]
struct Summary {
    /// Files compiled into the pack (failed ones are in `failures`).
    files: usize,
    /// Articles in the pack.
    articles: usize,
    /// Bytes of source read for the pack.
    source_bytes: u64,
    /// Wall-clock time of the run, compiling and writing.
    seconds: f64,
    /// The pack written.
    output: String,
    /// One message per file that failed (`--keep-going`), each naming file, line and
    /// cause.
    failures: Vec<String>,
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
    check_output(&args.output)?;
    let opts = baokan_compile::Options {
        encoding,
        keep_going: args.keep_going,
        threads: args.threads.map(usize::from),
        layout: args.layout.map(Into::into),
        no_source: args.no_source,
    };

    let start = Instant::now();
    let bar = progress_bar(&args.paths);
    let result = baokan_compile::compile_paths(&args.paths, &opts, &|name: &str| {
        bar.set_message(name.to_string());
        bar.inc(1);
    });
    bar.finish_and_clear();
    let compiled = result?;
    write_atomic(&args.output, &compiled.pack)?;
    let seconds = start.elapsed().as_secs_f64();

    let failures: Vec<String> = compiled.failures.iter().map(one_line).collect();
    let summary = Summary {
        files: compiled.files.saturating_sub(failures.len()),
        articles: compiled.articles,
        source_bytes: compiled.source_bytes,
        seconds: (seconds * 1000.0).round() / 1000.0,
        output: args.output.display().to_string(),
        failures,
    };
    let mut stderr = io::stderr().lock();
    if global.json {
        render::json(out, &summary)?;
    } else {
        let failed = match summary.failures.len() {
            0 => String::new(),
            n => format!("; {} failed:", plural(n, "file")),
        };
        // Not eprintln!: it panics when stderr is closed.
        let _ = writeln!(
            stderr,
            "compiled {}, {}, {:.1} MB in {seconds:.2} s{failed}",
            plural(summary.files, "file"),
            plural(summary.articles, "article"),
            summary.source_bytes as f64 / 1e6,
        );
    }
    for failure in &summary.failures {
        let _ = writeln!(stderr, "baokan: {failure}");
    }
    for warning in &compiled.warnings {
        let _ = writeln!(stderr, "baokan: warning: {warning}");
    }
    Ok(if summary.failures.is_empty() {
        Status::Done
    } else {
        Status::Incomplete
    })
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
