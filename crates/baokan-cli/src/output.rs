//! Where a command's output goes when it names a file (`-o FILE`): there, written
//! atomically, or to stdout for `-` (or no file at all).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use crate::error::CliError;

/// Writes `bytes` to the file at `path`, or to `stdout` when `path` is `None` or `-`.
pub(crate) fn emit(
    path: Option<&Path>,
    bytes: &[u8],
    stdout: &mut impl Write,
) -> Result<(), CliError> {
    match path {
        Some(path) if path != Path::new("-") => write_atomic(path, bytes),
        _ => Ok(stdout.write_all(bytes)?),
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it into place: a
/// reader of `path` sees the old file or the new one, never a part. On failure the
/// temporary file is removed and `path` is left as it was.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let fail = |cause| CliError::Output {
        path: path.to_path_buf(),
        cause,
    };
    let name = path.file_name().ok_or_else(|| {
        fail(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a file name",
        ))
    })?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("baokan-output-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.svg");
        fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.svg"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_directory_names_the_path() {
        let path = Path::new("/no/such/dir/for/baokan/out.svg");
        let err = write_atomic(path, b"x").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(
            err.to_string()
                .starts_with("cannot write /no/such/dir/for/baokan/out.svg: "),
            "{err}"
        );
    }
}
