//! Opening a corpus from a `--corpus FILE` pack.

use std::path::Path;

use baokan::{Corpus, CorpusFile};

use crate::error::CliError;

/// Memory-maps the pack file and checks its header and directory (see
/// [`Corpus::open`]; `baokan verify` checks the rest). A file that
/// cannot be opened or mapped is a [`CliError::Read`]; one that is not a valid pack
/// (or is of another format version) a [`CliError::Open`].
pub(crate) fn open(path: &Path) -> Result<CorpusFile, CliError> {
    // Mapping a folder fails with "No such device"; say what is wrong instead.
    if path.is_dir() {
        return Err(CliError::Read {
            path: path.to_path_buf(),
            cause: std::io::Error::new(std::io::ErrorKind::IsADirectory, "it is a directory"),
        });
    }
    Corpus::open(path).map_err(|e| match e {
        baokan::Error::Io { source, .. } => CliError::Read {
            path: path.to_path_buf(),
            cause: source,
        },
        cause => CliError::Open {
            path: path.to_path_buf(),
            cause,
        },
    })
}
