//! The search index: a suffix array over every paragraph char, in folded order.
//!
//! A suffix array answers "how often does this string occur" with two binary searches,
//! O(m log n) for a query of m chars, and lists every occurrence without scanning the
//! text. It is built here once, with libsais (SA-IS, linear time), over the folded
//! paragraph chars mapped to a dense alphabet; each entry is then stored as the byte
//! offset of its char in the text arena, so hits need no further mapping.
//!
//! Memory is what limits the corpus one machine can compile, so the build is split in
//! two: [`Sequence::new`] reads the arena into a dense sequence (2 bytes a char when the
//! corpus has at most 65,536 distinct chars, as every real one does; 4 otherwise) and a
//! compact map back to arena offsets (about 1.5 bytes a char), after which the arena
//! itself may be written out and freed; [`Sequence::suffixes`] then sorts.

use baokan_pack::collation::fold;
use baokan_pack::records::{ParagraphRec, SuffixRec};
use libsais::SuffixArrayConstruction;
use rayon::prelude::*;

use crate::error::CompileError;

/// Sequence positions per mark in [`Offsets`].
const BLOCK: usize = 16;

/// The folded paragraph chars as dense ranks, and where each one stands in the arena.
pub(crate) struct Sequence {
    seq: Dense,
    offsets: Offsets,
}

enum Dense {
    Narrow(Vec<u16>),
    Wide(Vec<i32>),
}

/// Sequence position → arena byte offset, in about 1.5 bytes a position: each char's
/// UTF-8 length (0 for the `'\n'` that ends a paragraph), plus every [`BLOCK`]th
/// position's offset and paragraph, to walk from.
struct Offsets {
    lens: Vec<u8>,
    marks: Vec<(u32, u32)>,
    starts: Vec<u32>,
}

impl Offsets {
    /// The arena offset of position `i`, or `None` for a paragraph's closing `'\n'`.
    fn at(&self, i: usize) -> Option<u32> {
        let b = i / BLOCK;
        let (mut off, mut para) = self.marks[b];
        for &l in &self.lens[b * BLOCK..i] {
            if l == 0 {
                para += 1;
                off = self.starts.get(para as usize).copied().unwrap_or(off);
            } else {
                off += u32::from(l);
            }
        }
        (self.lens[i] != 0).then_some(off)
    }
}

impl Sequence {
    /// Reads the paragraphs of `text`. The sequence: each paragraph's folded chars, then
    /// '\n' — the char that follows a paragraph in the arena too, so build-time and
    /// query-time comparisons agree up to the end of a paragraph, which is as far as any
    /// query can reach.
    pub(crate) fn new(text: &str, paragraphs: &[ParagraphRec]) -> Sequence {
        let body = |p: &ParagraphRec| {
            text.get(p.start as usize..p.end as usize)
                .unwrap_or_default()
        };
        // Dense ranks keep the order of code points and make the alphabet small: mark
        // the chars present, then number them in code point order.
        let mut present = vec![0u64; (char::MAX as usize + 1).div_ceil(64)];
        let mut mark = |c: u32| present[c as usize / 64] |= 1 << (c % 64);
        mark('\n' as u32);
        let mut n = 0;
        for p in paragraphs {
            for c in body(p).chars() {
                mark(fold(c) as u32);
                n += 1;
            }
            n += 1;
        }
        let mut rank = Vec::with_capacity(present.len());
        let mut next = 0u32;
        for w in &present {
            rank.push(next);
            next += w.count_ones();
        }
        let rank_of = |c: char| {
            let c = fold(c) as u32;
            let w = present[c as usize / 64];
            rank[c as usize / 64] + (w & ((1u64 << (c % 64)) - 1)).count_ones()
        };
        let newline = rank_of('\n');
        let mut lens = Vec::with_capacity(n);
        let mut marks = Vec::with_capacity(n.div_ceil(BLOCK));
        let mut starts = Vec::with_capacity(paragraphs.len());
        let mut pos = 0usize;
        let mut walk = |push: &mut dyn FnMut(u32)| {
            for (k, p) in paragraphs.iter().enumerate() {
                starts.push(p.start);
                for (i, c) in body(p).char_indices() {
                    if pos.is_multiple_of(BLOCK) {
                        marks.push((p.start + i as u32, k as u32));
                    }
                    push(rank_of(c));
                    lens.push(c.len_utf8() as u8);
                    pos += 1;
                }
                if pos.is_multiple_of(BLOCK) {
                    marks.push((p.end, k as u32));
                }
                push(newline);
                lens.push(0);
                pos += 1;
            }
        };
        let seq = if next <= 1 << 16 {
            let mut v = Vec::with_capacity(n);
            walk(&mut |r| v.push(r as u16));
            Dense::Narrow(v)
        } else {
            let mut v = Vec::with_capacity(n);
            walk(&mut |r| v.push(r as i32));
            Dense::Wide(v)
        };
        Sequence {
            seq,
            offsets: Offsets {
                lens,
                marks,
                starts,
            },
        }
    }

    /// How many index entries [`suffixes`](Self::suffixes) gives: one per paragraph char.
    pub(crate) fn entries(&self) -> usize {
        self.offsets.lens.iter().filter(|&&l| l != 0).count()
    }

    /// Sorts the suffixes and maps them to arena offsets.
    pub(crate) fn suffixes(self) -> Result<Vec<SuffixRec>, CompileError> {
        let Sequence { seq, offsets } = self;
        let err = |e| CompileError::Index(format!("{e:?}"));
        let sa: Vec<i32> = match seq {
            Dense::Narrow(v) if v.is_empty() => return Ok(Vec::new()),
            Dense::Narrow(v) => SuffixArrayConstruction::for_text(&v)
                .in_owned_buffer32()
                .single_threaded()
                .run()
                .map_err(err)?
                .into_vec(),
            Dense::Wide(mut v) => SuffixArrayConstruction::for_text_mut(&mut v)
                .in_owned_buffer32()
                .single_threaded()
                .run()
                .map_err(err)?
                .into_vec(),
        };
        // In place: the suffix array's buffer becomes the index's.
        let mut sa: Vec<u32> = sa.into_iter().map(|i| i as u32).collect();
        sa.par_chunks_mut(1 << 16).for_each(|chunk| {
            for i in chunk {
                *i = offsets.at(*i as usize).unwrap_or(u32::MAX);
            }
        });
        Ok(sa
            .into_iter()
            .filter(|&at| at != u32::MAX)
            .map(|at| SuffixRec { at })
            .collect())
    }
}

/// Sorted index entries for the paragraphs of `text`.
pub(crate) fn suffixes(
    text: &str,
    paragraphs: &[ParagraphRec],
) -> Result<Vec<SuffixRec>, CompileError> {
    Sequence::new(text, paragraphs).suffixes()
}
