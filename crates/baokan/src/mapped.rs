//! Packs opened from files by memory mapping.

use std::path::{Path, PathBuf};

use memmap2::Mmap;
use yoke::Yoke;

use crate::corpus::Corpus;
use crate::error::Error;

/// A pack file, memory-mapped, and the [`Corpus`] view over it.
///
/// The view borrows the mapping; [`CorpusFile::corpus`] hands it out without checking
/// the pack again.
///
/// ```
/// # let path = std::env::temp_dir().join(format!("baokan-doc-{}.pack", std::process::id()));
/// std::fs::write(&path, baokan::EMBEDDED_PACK).unwrap();
/// let file = baokan::Corpus::open(&path)?;
/// assert_eq!(file.corpus().articles().len(), 2);
/// # std::fs::remove_file(&path).unwrap();
/// # Ok::<(), baokan::Error>(())
/// ```
pub struct CorpusFile {
    path: PathBuf,
    view: Yoke<Corpus<'static>, Box<Mmap>>,
}

impl std::fmt::Debug for CorpusFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CorpusFile")
            .field("path", &self.path)
            .field("bytes", &self.view.backing_cart().len())
            .finish()
    }
}

impl CorpusFile {
    /// The view over the mapped pack.
    pub fn corpus(&self) -> Corpus<'_> {
        *self.view.get()
    }

    /// The path the pack was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Corpus<'_> {
    /// Memory-maps a pack file and opens it as [`Corpus::from_bytes`] does: the header
    /// and directory only, so opening takes the same microseconds at any size.
    pub fn open(path: impl AsRef<Path>) -> Result<CorpusFile, Error> {
        let path = path.as_ref().to_path_buf();
        let io = |source| Error::Io {
            path: path.clone(),
            source,
        };
        let file = std::fs::File::open(&path).map_err(io)?;
        let map = Box::new(map(&file).map_err(io)?);
        let view = Yoke::try_attach_to_cart(map, |bytes: &Mmap| Corpus::from_bytes(&bytes[..]))?;
        Ok(CorpusFile { path, view })
    }
}

/// Maps `file` read-only.
///
/// The one `unsafe` block of the crate, written down as the policy asks. Need: a pack of
/// a national archive is hundreds of megabytes; mapping it shares the page cache
/// between processes and costs no copy, where reading it would double its memory. The
/// hazard: the mapping's bytes change if another process writes the file while it is
/// mapped. Packs are written once and renamed into place by `baokan compile`, never
/// modified, and a changed pack would at worst be read as other valid-looking bytes:
/// every accessor is panic-free on any bytes.
#[allow(unsafe_code)]
fn map(file: &std::fs::File) -> std::io::Result<Mmap> {
    // SAFETY: see above; the file is opened read-only and not truncated by baokan.
    unsafe { Mmap::map(file) }
}
