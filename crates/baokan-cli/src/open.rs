//! Opening a corpus from a `--corpus FILE` pack.

use std::path::Path;

use baokan::Corpus;

use crate::error::CliError;

/// Reads the pack file's bytes.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|cause| CliError::Read {
        path: path.to_path_buf(),
        cause,
    })
}

/// Validates the bytes as a pack and opens a corpus view on them.
pub(crate) fn parse<'a>(path: &Path, bytes: &'a [u8]) -> Result<Corpus<'a>, CliError> {
    Corpus::from_bytes(bytes).map_err(|cause| CliError::Open {
        path: path.to_path_buf(),
        cause,
    })
}
