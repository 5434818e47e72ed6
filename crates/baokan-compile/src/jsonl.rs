//! JSONL input: one article per line, `{"title": …, "text": …, "date": …, "source": …,
//! "page": …}`; only `text` is required.
//!
//! Each record becomes a page of its own, named `FILE#LINE`. The page is the title (if
//! any) on line 1, a blank line, and the text from line 3 on, so provenance inside a
//! record reads like provenance in a page file: `news.jsonl#12:3:1` is the first char of
//! record 12's text.

use serde::Deserialize;

use crate::error::CompileError;
use crate::model::{Document, FileMeta};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    title: Option<String>,
    text: String,
    date: Option<String>,
    source: Option<String>,
    page: Option<String>,
    #[allow(dead_code)] // accepted so exports from other tools load; ids come from position
    id: Option<serde_json::Value>,
}

/// Compiles every record of a JSONL file.
pub(crate) fn compile(
    file: &str,
    text: &str,
    base: &FileMeta,
) -> Result<Vec<Document>, CompileError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i as u32 + 1;
        if line.trim().is_empty() {
            continue;
        }
        let err = |reason: String| CompileError::Record {
            file: file.to_string(),
            line: n,
            reason,
        };
        let r: Record = serde_json::from_str(line).map_err(|e| err(e.to_string()))?;
        let date = r
            .date
            .map(|d| d.parse())
            .transpose()
            .map_err(|e: baokan_pack::BadDate| err(e.to_string()))?;
        let meta = FileMeta {
            date: date.or(base.date),
            source: r.source.or_else(|| base.source.clone()),
            page: r.page.or_else(|| base.page.clone()),
            fallback_date: base.fallback_date,
        };
        let page = match r.title {
            Some(t) => format!("{}\n\n{}", t.trim(), r.text),
            None => r.text,
        };
        out.push(crate::compile_text(&format!("{file}#{n}"), &page, &meta)?);
    }
    if out.is_empty() {
        return Err(CompileError::Empty {
            file: file.to_string(),
        });
    }
    Ok(out)
}
