//! The manifest: facts about source files that their text does not carry.
//!
//! ```toml
//! # manifest.toml, beside the pages
//! [[file]]
//! name = "page.txt"
//! date = "2022-10-09"      # publication date of the page
//! source = "…"             # where the page comes from
//! page = "第二版"           # page label
//! date_basis = "…"         # how the date was established, for the record
//! ```
//!
//! Top-level `date` and `source` are folder-wide defaults. A file's date is, first to
//! last: its front matter's, its `[[file]]` entry's, the date its path names, and the
//! folder default.
//!
//! Every value here is *declared*: it is carried into the pack as declared, never
//! presented as extracted from the text.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::error::CompileError;
use crate::model::FileMeta;
use baokan_pack::Date;

/// The file name the compiler looks for in a source folder.
pub const MANIFEST_NAME: &str = "manifest.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    date: Option<String>,
    source: Option<String>,
    #[serde(default)]
    file: Vec<RawFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    name: String,
    date: Option<String>,
    source: Option<String>,
    page: Option<String>,
    #[allow(dead_code)] // kept in the manifest for readers; the pack records the date as declared
    date_basis: Option<String>,
}

/// Declared facts, by file name.
///
/// ```
/// let m = baokan_compile::Manifest::parse("manifest.toml", r#"
/// [[file]]
/// name = "a.txt"
/// date = "2022-10-09"
/// "#).unwrap();
/// assert_eq!(m.meta("a.txt").date.unwrap().to_string(), "2022-10-09");
/// assert_eq!(m.meta("b.txt").date, None);
///
/// let folder = baokan_compile::Manifest::parse("manifest.toml", "date = \"2019-02-01\"").unwrap();
/// assert_eq!(folder.meta("any.txt").fallback_date.unwrap().to_string(), "2019-02-01");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    files: BTreeMap<String, FileMeta>,
    default_date: Option<Date>,
    default_source: Option<String>,
}

impl Manifest {
    /// Parses manifest text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Manifest, CompileError> {
        let err = |line: u32, reason: String| CompileError::Manifest {
            file: file.to_string(),
            line,
            reason,
        };
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| {
                text[..s.start.min(text.len())].matches('\n').count() as u32 + 1
            });
            err(line, e.message().to_string())
        })?;
        let default_date = raw
            .date
            .map(|d| d.parse::<Date>())
            .transpose()
            .map_err(|e| {
                let line = text
                    .lines()
                    .position(|l| l.trim_start().starts_with("date"))
                    .map_or(1, |i| i as u32 + 1);
                err(line, e.to_string())
            })?;
        let mut files = BTreeMap::new();
        for f in raw.file {
            let line = text
                .find(&format!("\"{}\"", f.name))
                .map_or(1, |at| text[..at].matches('\n').count() as u32 + 1);
            let date = f
                .date
                .map(|d| d.parse::<Date>())
                .transpose()
                .map_err(|e| err(line, e.to_string()))?;
            if files.contains_key(&f.name) {
                return Err(err(line, format!("file {:?} is listed twice", f.name)));
            }
            files.insert(
                f.name,
                FileMeta {
                    date,
                    source: f.source,
                    page: f.page,
                    fallback_date: None,
                },
            );
        }
        Ok(Manifest {
            files,
            default_date,
            default_source: raw.source,
        })
    }

    /// The declared facts for a file, with the folder defaults where its entry is
    /// silent (or the manifest does not list it).
    pub fn meta(&self, name: &str) -> FileMeta {
        let mut m = self.files.get(name).cloned().unwrap_or_default();
        m.fallback_date = self.default_date;
        if m.source.is_none() {
            m.source.clone_from(&self.default_source);
        }
        m
    }
}
