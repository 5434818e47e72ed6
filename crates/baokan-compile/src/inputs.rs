//! The files of a run, listed compactly: every name in one arena and a path made from
//! its folder and name only when the file is read, so that a plan of a quarter of a
//! million files, held for a whole sharded run, takes about 60 bytes a file rather than
//! the 200 that a name, a path and their allocations take.

use std::path::{Path, PathBuf};

use crate::error::CompileError;
use crate::manifest::{MANIFEST_NAME, Manifest};

/// The files of a run, in pack order: a folder's files in sorted name order, folders
/// and files in the order given.
#[derive(Debug, Clone, Default)]
pub(crate) struct Inputs {
    /// Every file's name, one after another, in the order found.
    names: String,
    files: Vec<Entry>,
    /// The paths given, each with the index of its first file: a folder, whose files are
    /// found below it, or a file.
    roots: Vec<(usize, Root)>,
    /// Each root's manifest (the default one for a file).
    manifests: Vec<Manifest>,
    /// The paths of the files that are not their folder joined with their name: those
    /// whose name is not UTF-8, and so is shown lossily.
    odd: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Where the name starts in the arena.
    start: usize,
    /// Bytes on disk (0 if it could not be read: the read itself will say why).
    size: u64,
    /// The name's length.
    len: u32,
    /// The index of the file's path in [`Inputs::odd`], or [`NO_PATH`].
    odd: u32,
}

const NO_PATH: u32 = u32::MAX;

#[derive(Debug, Clone)]
struct Root {
    path: PathBuf,
    folder: bool,
}

impl Inputs {
    /// Lists the files of `paths`: folders walked recursively (`*.txt` and `*.jsonl`, in
    /// sorted path order, named by their path below the folder, with its manifest),
    /// files as given (named by their file name).
    ///
    /// A folder's files are sorted where they were listed, not copied in order: a copy
    /// would be a transient as large as the plan, freed only to be kept by the allocator.
    pub(crate) fn list(paths: &[PathBuf]) -> Result<Inputs, CompileError> {
        let mut inputs = Inputs::default();
        for path in paths {
            if path.is_dir() {
                let manifest_path = path.join(MANIFEST_NAME);
                let manifest = match std::fs::read_to_string(&manifest_path) {
                    Ok(text) => Manifest::parse(&manifest_path.display().to_string(), &text)?,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Manifest::default(),
                    Err(source) => {
                        return Err(CompileError::Io {
                            path: manifest_path,
                            source,
                        });
                    }
                };
                let first = inputs.files.len();
                inputs.root(path, true, manifest);
                crate::walk(path, path, &mut |name, file| {
                    let odd = if path.join(&name) == file {
                        NO_PATH
                    } else {
                        inputs.odd.push(file.clone());
                        (inputs.odd.len() - 1) as u32
                    };
                    inputs.push(&name, std::fs::metadata(&file).map_or(0, |m| m.len()), odd);
                })?;
                if inputs.files.len() == first {
                    return Err(CompileError::NoFiles { path: path.clone() });
                }
                // As `page_files` sorts: by name, then (for names made equal by a lossy
                // conversion) by path.
                let (names, odd) = (&inputs.names, &inputs.odd);
                let name = |e: &Entry| &names[e.start..e.start + e.len as usize];
                let path_of = |e: &Entry| {
                    odd.get(e.odd as usize)
                        .cloned()
                        .unwrap_or_else(|| path.join(name(e)))
                };
                inputs.files[first..].sort_unstable_by(|a, b| {
                    name(a)
                        .cmp(name(b))
                        .then_with(|| path_of(a).cmp(&path_of(b)))
                });
            } else {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                inputs.root(path, false, Manifest::default());
                let size = std::fs::metadata(path).map_or(0, |m| m.len());
                inputs.push(&name, size, NO_PATH);
            }
        }
        Ok(inputs)
    }

    fn root(&mut self, path: &Path, folder: bool, manifest: Manifest) {
        let root = Root {
            path: path.to_path_buf(),
            folder,
        };
        self.roots.push((self.files.len(), root));
        self.manifests.push(manifest);
    }

    fn push(&mut self, name: &str, size: u64, odd: u32) {
        let start = self.names.len();
        self.names.push_str(name);
        self.files.push(Entry {
            start,
            size,
            len: name.len() as u32,
            odd,
        });
    }

    /// How many files.
    pub(crate) fn len(&self) -> usize {
        self.files.len()
    }

    /// File `i`'s name, the one provenance uses.
    pub(crate) fn name(&self, i: usize) -> &str {
        let e = &self.files[i];
        &self.names[e.start..e.start + e.len as usize]
    }

    /// File `i`'s size on disk, as listed.
    pub(crate) fn size(&self, i: usize) -> u64 {
        self.files[i].size
    }

    /// The index of file `i`'s root.
    fn root_of(&self, i: usize) -> usize {
        self.roots.partition_point(|&(first, _)| first <= i) - 1
    }

    /// File `i`'s path.
    pub(crate) fn path(&self, i: usize) -> PathBuf {
        let root = &self.roots[self.root_of(i)].1;
        match self.odd.get(self.files[i].odd as usize) {
            _ if !root.folder => root.path.clone(),
            Some(path) => path.clone(),
            None => root.path.join(self.name(i)),
        }
    }

    /// The manifest of file `i`'s folder.
    pub(crate) fn manifest(&self, i: usize) -> &Manifest {
        &self.manifests[self.root_of(i)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("baokan-inputs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// A folder's files come as `page_files` lists them (by name, `a-b/…` before
    /// `a.txt` before `a/…`), then a file given by itself, each with its path and size.
    #[test]
    fn lists_as_page_files_does() {
        let dir = temp("list");
        let pages = dir.join("pages");
        for name in ["a/b.txt", "a.txt", "a-b/c.txt", "z.jsonl", "a/skip.md"] {
            let path = pages.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, name).unwrap();
        }
        let single = dir.join("single.txt");
        std::fs::write(&single, "x").unwrap();
        let inputs = Inputs::list(&[pages.clone(), single.clone()]).unwrap();
        let mut expected = crate::page_files(&pages).unwrap();
        expected.push(("single.txt".to_string(), single.clone()));
        let listed: Vec<(String, PathBuf)> = (0..inputs.len())
            .map(|i| (inputs.name(i).to_string(), inputs.path(i)))
            .collect();
        assert_eq!(listed, expected);
        let names: Vec<&str> = (0..inputs.len()).map(|i| inputs.name(i)).collect();
        assert_eq!(
            names,
            ["a-b/c.txt", "a.txt", "a/b.txt", "z.jsonl", "single.txt"]
        );
        let sizes: Vec<u64> = (0..inputs.len()).map(|i| inputs.size(i)).collect();
        assert_eq!(sizes, [9, 5, 7, 7, 1]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A file whose name is not UTF-8 is named lossily and still read from its own path.
    #[cfg(unix)]
    #[test]
    fn a_name_that_is_not_utf8_keeps_its_path() {
        use std::os::unix::ffi::OsStrExt;
        let dir = temp("odd");
        let odd = dir.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
        if std::fs::write(&odd, "x").is_err() {
            // A file system that takes UTF-8 names only.
            return;
        }
        std::fs::write(dir.join("b.txt"), "yy").unwrap();
        let inputs = Inputs::list(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(inputs.len(), 2);
        assert_eq!(inputs.name(0), "b.txt");
        assert_eq!(inputs.name(1), "caf\u{fffd}.txt");
        assert_eq!(inputs.path(0), dir.join("b.txt"));
        assert_eq!(inputs.path(1), odd);
        assert_eq!(inputs.size(1), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
