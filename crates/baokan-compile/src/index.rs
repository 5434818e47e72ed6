//! The search index: a suffix array over every paragraph char, in folded order.
//!
//! A suffix array answers "how often does this string occur" with two binary searches,
//! O(m log n) for a query of m chars, and lists every occurrence without scanning the
//! text. It is built here once, with libsais (SA-IS, linear time), over the folded
//! paragraph chars mapped to a dense alphabet; each entry is then stored as the byte
//! offset of its char in the text arena, so hits need no further mapping.

use baokan_pack::collation::fold;
use baokan_pack::records::{ParagraphRec, SuffixRec};
use libsais::SuffixArrayConstruction;

use crate::error::CompileError;

/// Sorted index entries for the paragraphs of `text`.
pub(crate) fn suffixes(
    text: &str,
    paragraphs: &[ParagraphRec],
) -> Result<Vec<SuffixRec>, CompileError> {
    // The sequence: each paragraph's folded chars, then '\n' — the char that follows a
    // paragraph in the arena too, so build-time and query-time comparisons agree up to
    // the end of a paragraph, which is as far as any query can reach.
    let chars: usize = paragraphs
        .iter()
        .map(|p| p.end as usize - p.start as usize)
        .sum();
    let mut seq: Vec<u32> = Vec::with_capacity(chars + paragraphs.len());
    let mut offsets: Vec<u32> = Vec::with_capacity(chars + paragraphs.len());
    for p in paragraphs {
        let body = text
            .get(p.start as usize..p.end as usize)
            .unwrap_or_default();
        for (i, c) in body.char_indices() {
            seq.push(fold(c) as u32);
            offsets.push(p.start + i as u32);
        }
        seq.push('\n' as u32);
        offsets.push(u32::MAX);
    }
    if seq.is_empty() {
        return Ok(Vec::new());
    }
    // Dense ranks keep the order of code points and make the alphabet small. A table
    // over every code point (4 MB) ranks them in one pass each way, where sorting a copy
    // of the sequence and a binary search per char cost a tenth of the month's compile.
    const ABSENT: u32 = u32::MAX;
    let mut rank = vec![ABSENT; char::MAX as usize + 1];
    for &c in &seq {
        if let Some(r) = rank.get_mut(c as usize) {
            *r = 0;
        }
    }
    for (next, r) in rank.iter_mut().filter(|r| **r != ABSENT).enumerate() {
        *r = next as u32;
    }
    let mut dense: Vec<i32> = seq
        .iter()
        .map(|&c| rank.get(c as usize).map_or(0, |&r| r as i32))
        .collect();
    drop(seq);
    drop(rank);
    let sa = SuffixArrayConstruction::for_text_mut(&mut dense)
        .in_owned_buffer32()
        .single_threaded()
        .run()
        .map_err(|e| CompileError::Index(format!("{e:?}")))?
        .into_vec();
    Ok(sa
        .into_iter()
        .filter_map(|i| offsets.get(i as usize).copied())
        .filter(|&at| at != u32::MAX)
        .map(|at| SuffixRec { at })
        .collect())
}
