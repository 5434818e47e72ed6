//! `baokan verify FILE...`: every byte of each pack checked, table by table.
//!
//! Opening a pack checks only its header and directory; this verb reads the rest: each
//! table against the checksum in its directory entry, then the whole pack with
//! [`baokan::Corpus::verify`] (layout, UTF-8, records). A bad file gets one line on
//! stderr (`baokan: FILE: cause`) and the exit code 2; the others are still checked.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::cli::{Global, VerifyArgs};
use crate::cmd::Status;
use crate::error::CliError;
use crate::{open, render};

/// One table's line of the report.
#[derive(Debug, Serialize)]
struct TableStatus {
    table: &'static str,
    tag: u32,
    offset: u32,
    bytes: u32,
    /// Records, or bytes for an arena.
    records: usize,
    /// Whether its bytes match the checksum in the directory.
    ok: bool,
}

/// What `verify --json` prints for each file.
#[derive(Debug, Serialize)]
struct Report {
    file: String,
    ok: bool,
    /// The first problem found, naming the table (and record) where there is one.
    error: Option<String>,
    tables: Vec<TableStatus>,
}

pub(super) fn run(
    args: &VerifyArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<Status, CliError> {
    let reports: Vec<Report> = args.files.iter().map(|p| check(p)).collect();
    if global.json {
        render::json(out, &reports)?;
    } else {
        for r in &reports {
            text(r, out)?;
        }
    }
    out.flush()?;
    let mut status = Status::Done;
    for r in reports.iter().filter(|r| !r.ok) {
        status = Status::Incomplete;
        // Not eprintln!: it panics when stderr is closed.
        let cause = r.error.as_deref().unwrap_or("damaged");
        let _ = writeln!(io::stderr(), "baokan: {}: {cause}", r.file);
    }
    Ok(status)
}

fn check(path: &Path) -> Report {
    let file_name = path.display().to_string();
    let fail = |error: String, tables| Report {
        file: file_name.clone(),
        ok: false,
        error: Some(error),
        tables,
    };
    let file = match open::open(path) {
        Ok(f) => f,
        Err(CliError::Open { cause, .. }) => return fail(pack_cause(&cause), Vec::new()),
        Err(CliError::Read { cause, .. }) => return fail(cause.to_string(), Vec::new()),
        Err(e) => return fail(e.to_string(), Vec::new()),
    };
    let c = file.corpus();
    let tables: Vec<TableStatus> = c
        .tables()
        .map(|e| TableStatus {
            table: e.name(),
            tag: e.tag,
            offset: e.offset,
            bytes: e.len,
            records: e.records(),
            ok: c.check_table(&e).is_ok(),
        })
        .collect();
    match c.verify() {
        Ok(()) => Report {
            file: file_name,
            ok: true,
            error: None,
            tables,
        },
        Err(e) => fail(pack_cause(&e), tables),
    }
}

/// The library's message without its `invalid pack: ` prefix.
fn pack_cause(e: &baokan::Error) -> String {
    match e {
        baokan::Error::Pack(p) => p.to_string(),
        other => other.to_string(),
    }
}

fn text(r: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", r.file)?;
    for t in &r.tables {
        let unit = if matches!(t.table, "text" | "names" | "sources") {
            "bytes"
        } else {
            "records"
        };
        writeln!(
            out,
            "  {:<16} {:>12} {unit:<7}  {}",
            t.table,
            t.records,
            if t.ok { "ok" } else { "CHECKSUM MISMATCH" }
        )?;
    }
    match &r.error {
        None => writeln!(out, "  ok"),
        Some(e) => writeln!(out, "  BAD: {e}"),
    }
}
