//! The errors a command can end with, their one-line messages and exit codes.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Why a command failed.
#[derive(Debug)]
pub(crate) enum CliError {
    /// The library refused a request: an unknown or malformed id.
    Corpus(baokan::Error),
    /// A `--corpus` file could not be read.
    Read { path: PathBuf, cause: io::Error },
    /// A `--corpus` file is not a valid pack.
    Open { path: PathBuf, cause: baokan::Error },
    /// A `--regex` query does not compile.
    BadRegex { pattern: String, reason: String },
    /// `--raw` on a corpus that carries no source text.
    NoSource { id: String },
    /// `extract --date` is not a calendar date; the library's reason.
    BadDate(String),
    /// Standard input (`extract` without TEXT) could not be read, or is not UTF-8.
    Stdin(io::Error),
    /// An output file (`plot -o FILE`) could not be created or put in place.
    Output { path: PathBuf, cause: io::Error },
    /// Output could not be written.
    Write(io::Error),
    /// `export` could not write its tables (exit code 2, like `-o` paths).
    Export(baokan_export::ExportError),
    /// `compile` failed: a file could not be read, decoded or compiled (its message
    /// names the file, the line and the cause).
    Compile(baokan_compile::CompileError),
    /// `compile --encoding` names no encoding.
    BadEncoding(String),
    /// `compile -o -`: a pack is binary and goes to a file.
    PackToStdout,
    /// A verb that reads one pack was given several.
    OnePack { verb: &'static str, labels: String },
    /// `serve` could not listen on the address asked for.
    Listen {
        addr: std::net::SocketAddr,
        cause: io::Error,
    },
    /// `serve` stopped serving: its runtime could not start, or its listener failed.
    Serve(io::Error),
}

impl CliError {
    /// 1 when output failed, 2 when the input (arguments, ids, queries, files) was bad.
    /// An output file that cannot be created (`-o no/such/dir/x.svg`) is a bad
    /// argument: 2.
    pub(crate) fn exit_code(&self) -> u8 {
        // As ripgrep: 1 means "no match", so every error, a failed write included, is 2.
        2
    }

    /// Whether the reader of our output went away (`baokan show 1 | head -1`): not a
    /// failure.
    pub(crate) fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Write(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Corpus(e) => write!(f, "{e}"),
            CliError::Read { path, cause } => {
                write!(f, "cannot read corpus file {}: {cause}", path.display())
            }
            CliError::Open { path, cause } => {
                write!(f, "cannot open corpus file {}: {cause}", path.display())
            }
            CliError::BadRegex { pattern, reason } => {
                write!(f, "invalid regular expression {pattern:?}: {reason}")
            }
            CliError::NoSource { id } => write!(
                f,
                "article {id}: this corpus carries no source text, so --raw cannot show it \
                 (only the built-in corpus does)"
            ),
            CliError::BadDate(reason) => write!(f, "invalid --date: {reason}"),
            CliError::Stdin(cause) => write!(f, "cannot read standard input: {cause}"),
            CliError::Output { path, cause } => {
                write!(f, "cannot write {}: {cause}", path.display())
            }
            CliError::Write(e) => write!(f, "cannot write output: {e}"),
            CliError::Export(e) => write!(f, "{e}"),
            CliError::Compile(e) => write!(f, "{e}"),
            CliError::BadEncoding(label) => write!(
                f,
                "unknown --encoding {label:?}: give a WHATWG label such as utf-8, gb18030, \
                 gbk, big5 or utf-16le"
            ),
            CliError::OnePack { verb, labels } => write!(
                f,
                "{verb} reads one pack, and --corpus gave several ({labels}): give one"
            ),
            CliError::Listen { addr, cause } => write!(f, "cannot listen on {addr}: {cause}"),
            CliError::Serve(cause) => write!(f, "cannot serve: {cause}"),
            CliError::PackToStdout => write!(
                f,
                "compile writes a binary pack: give -o a file name, not -"
            ),
        }
    }
}

impl From<baokan::Error> for CliError {
    fn from(e: baokan::Error) -> CliError {
        CliError::Corpus(e)
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> CliError {
        CliError::Write(e)
    }
}

impl From<serde_json::Error> for CliError {
    fn from(e: serde_json::Error) -> CliError {
        // Keeps the io::ErrorKind, so a broken pipe stays recognisable.
        CliError::Write(e.into())
    }
}

impl From<baokan_compile::CompileError> for CliError {
    fn from(e: baokan_compile::CompileError) -> CliError {
        CliError::Compile(e)
    }
}

impl From<baokan_export::ExportError> for CliError {
    fn from(e: baokan_export::ExportError) -> CliError {
        CliError::Export(e)
    }
}
