//! Pages with a TOML front-matter block for their metadata:
//!
//! ```text
//! +++
//! date = "2022-10-09"
//! source = "某某日报"
//! page = "第二版"
//! title = "…"        # names the first article when its text has no title line
//! +++
//! 标题
//! …
//! ```
//!
//! The block's lines stay in the file's line count, so provenance of the page text is
//! unchanged; the page is compiled from the lines after the closing `+++`.

use serde::Deserialize;

use crate::error::CompileError;
use crate::model::{FileMeta, Located, Pos};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Front {
    date: Option<String>,
    source: Option<String>,
    page: Option<String>,
    title: Option<String>,
}

/// A page's front matter: declared facts, an optional declared title with the place of
/// its value, and the byte offset where the page text begins.
pub(crate) struct FrontMatter {
    pub(crate) meta: FileMeta,
    pub(crate) title: Option<Located>,
    pub(crate) body_start: usize,
}

/// Splits off a front-matter block if the text opens with one.
pub(crate) fn split(
    file: &str,
    text: &str,
    base: &FileMeta,
) -> Result<Option<FrontMatter>, CompileError> {
    let Some(rest) = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
    else {
        return Ok(None);
    };
    let open_len = text.len() - rest.len();
    let err = |line: u32, reason: String| CompileError::Manifest {
        file: file.to_string(),
        line,
        reason,
    };
    // The block ends at the first line that is exactly `+++`.
    let mut offset = 0;
    let mut close = None;
    for line in rest.split_inclusive('\n') {
        if line.trim_end_matches(['\n', '\r']) == "+++" {
            close = Some((offset, line.len()));
            break;
        }
        offset += line.len();
    }
    let close = close.ok_or_else(|| {
        err(
            1,
            "front matter opened with +++ is never closed".to_string(),
        )
    })?;
    let block = &rest[..close.0];
    let front: Front = toml::from_str(block).map_err(|e| {
        let line = e.span().map_or(1, |s| {
            block[..s.start.min(block.len())].matches('\n').count() as u32 + 2
        });
        err(line, e.message().to_string())
    })?;
    let date = front
        .date
        .map(|d| d.parse())
        .transpose()
        .map_err(|e: baokan_pack::BadDate| err(2, e.to_string()))?;
    let title = front.title.and_then(|t| {
        // Provenance of a declared title: the first char of its value in the block.
        let at = block.find(&t)?;
        let line = block[..at].matches('\n').count() as u32 + 2;
        let line_start = block[..at].rfind('\n').map_or(0, |i| i + 1);
        Some(Located {
            text: t.clone(),
            at: Pos {
                line,
                column: block[line_start..at].chars().count() as u32 + 1,
                byte: (open_len + at) as u32,
            },
        })
    });
    Ok(Some(FrontMatter {
        meta: FileMeta {
            date: date.or(base.date),
            source: front.source.or_else(|| base.source.clone()),
            page: front.page.or_else(|| base.page.clone()),
            fallback_date: base.fallback_date,
        },
        title,
        body_start: open_len + close.0 + close.1,
    }))
}
