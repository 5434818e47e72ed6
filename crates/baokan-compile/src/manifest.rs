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
/// ```
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    files: BTreeMap<String, FileMeta>,
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
                },
            );
        }
        Ok(Manifest { files })
    }

    /// The declared facts for a file; empty when the manifest does not list it.
    pub fn meta(&self, name: &str) -> FileMeta {
        self.files.get(name).cloned().unwrap_or_default()
    }
}
