//! Opening the corpus of the `--corpus` packs: files, and folders of `*.pack` files.

use std::path::{Path, PathBuf};

use baokan::{Corpora, Corpus, CorpusFile};

use crate::error::CliError;

/// The label of the corpus built into the binary, when one is needed.
pub(crate) const EMBEDDED: &str = "embedded";

/// The packs of `--corpus`, mapped, with their labels (file stems).
pub(crate) struct Packs {
    files: Vec<CorpusFile>,
    labels: Vec<String>,
}

impl Packs {
    /// The packs as one corpus, in the order given. Two packs with one file stem are
    /// an error.
    pub(crate) fn corpora(&self) -> Result<Corpora<'_>, CliError> {
        let members = self.labels.iter().map(String::as_str);
        Ok(Corpora::new(
            members.zip(self.files.iter().map(CorpusFile::corpus)),
        )?)
    }
}

/// Opens every pack `paths` name, in order: a file is a pack, a folder stands for the
/// `*.pack` files in it, sorted by file name (see [`baokan::pack_paths`]).
pub(crate) fn open_all(paths: &[PathBuf]) -> Result<Packs, CliError> {
    let paths = baokan::pack_paths(paths).map_err(|e| match e {
        baokan::Error::Io { path, source } => CliError::Read {
            path,
            cause: source,
        },
        e => e.into(),
    })?;
    let files = paths
        .iter()
        .map(|p| open(p))
        .collect::<Result<Vec<_>, _>>()?;
    let labels = paths.iter().map(|p| baokan::label_of(p)).collect();
    Ok(Packs { files, labels })
}

/// Memory-maps the pack file and checks its header and directory (see
/// [`Corpus::open`]; `baokan verify` checks the rest). A file that
/// cannot be opened or mapped is a [`CliError::Read`]; one that is not a valid pack
/// (or is of another format version) a [`CliError::Open`].
pub(crate) fn open(path: &Path) -> Result<CorpusFile, CliError> {
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
