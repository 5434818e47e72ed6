//! The search index: a suffix array over every paragraph char, in folded order.
//!
//! A suffix array answers "how often does this string occur" with two binary searches,
//! O(m log n) for a query of m chars, and lists every occurrence without scanning the
//! text. It is built here once, with libsais (SA-IS, linear time), over the folded
//! paragraph chars mapped to a dense alphabet; each entry is then stored as the byte
//! offset of its char in the text arena, so hits need no further mapping.
//!
//! Memory is what limits the corpus one machine can compile, so the build is split in
//! steps that can each read the arena back from the pack file being written, so the
//! arena itself need not be held: [`Alphabet::new`] numbers the chars, [`Dense::read`]
//! makes the dense sequence (2 bytes a char when the corpus has at most 65,536 distinct
//! chars, as every real one does; 4 otherwise) and [`Dense::sort`] sorts it into the
//! suffix array and frees it; only then does [`Offsets::read`] make the compact map back
//! to arena offsets (about 1.5 bytes a char) that [`entries`] applies in place.

use baokan_pack::collation::fold;
use baokan_pack::records::{ParagraphRec, SuffixKeyRec, SuffixRec};
use libsais::SuffixArrayConstruction;
use rayon::prelude::*;
use std::io::Read as _;

use crate::error::CompileError;

/// Sequence positions per mark in [`Offsets`].
const BLOCK: usize = 16;

/// The folded paragraph chars as dense ranks.
pub(crate) enum Dense {
    Narrow(Vec<u16>),
    Wide(Vec<i32>),
}

/// Sequence position → arena byte offset, in about 1.5 bytes a position: each char's
/// UTF-8 length (0 for the `'\n'` that ends a paragraph), plus every [`BLOCK`]th
/// position's offset and paragraph, to walk from.
pub(crate) struct Offsets {
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

    /// Reads the arena from `arena` (positioned at its start), paragraph by paragraph.
    pub(crate) fn read(
        alphabet: &Alphabet,
        spans: &[(u32, u32)],
        arena: impl std::io::Read,
    ) -> std::io::Result<Offsets> {
        let n = alphabet.positions;
        let mut lens = Vec::with_capacity(n);
        let mut marks = Vec::with_capacity(n.div_ceil(BLOCK));
        let mut pos = 0usize;
        paragraphs(spans, arena, |k, start, end, text| {
            for (i, c) in text.char_indices() {
                if pos.is_multiple_of(BLOCK) {
                    marks.push((start + i as u32, k as u32));
                }
                lens.push(c.len_utf8() as u8);
                pos += 1;
            }
            if pos.is_multiple_of(BLOCK) {
                marks.push((end, k as u32));
            }
            lens.push(0);
            pos += 1;
        })?;
        Ok(Offsets {
            lens,
            marks,
            starts: spans.iter().map(|s| s.0).collect(),
        })
    }
}

/// Calls `f(index, start, end, text)` for each paragraph span, reading the arena from
/// `arena` (positioned at its start) once, front to back.
fn paragraphs(
    spans: &[(u32, u32)],
    arena: impl std::io::Read,
    mut f: impl FnMut(usize, u32, u32, &str),
) -> std::io::Result<()> {
    let mut reader = std::io::BufReader::with_capacity(1 << 16, arena);
    let mut at = 0u64;
    let mut buf = Vec::new();
    for (k, &(start, end)) in spans.iter().enumerate() {
        let skip = u64::from(start).saturating_sub(at);
        std::io::copy(&mut (&mut reader).take(skip), &mut std::io::sink())?;
        buf.resize((end - start) as usize, 0);
        reader.read_exact(&mut buf)?;
        at = u64::from(end);
        let text = std::str::from_utf8(&buf)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        f(k, start, end, text);
    }
    Ok(())
}

/// The folded chars of a corpus's paragraphs, numbered densely in code point order,
/// and how many sequence positions the paragraphs make: the first of two passes, made
/// while the arena is in memory.
pub(crate) struct Alphabet {
    present: Vec<u64>,
    rank: Vec<u32>,
    size: u32,
    positions: usize,
    entries: usize,
}

impl Alphabet {
    pub(crate) fn new(text: &str, paragraphs: &[ParagraphRec]) -> Alphabet {
        let mut present = vec![0u64; (char::MAX as usize + 1).div_ceil(64)];
        let mut mark = |c: u32| present[c as usize / 64] |= 1 << (c % 64);
        mark('\n' as u32);
        let mut entries = 0;
        for p in paragraphs {
            for c in body(text, p).chars() {
                mark(fold(c) as u32);
                entries += 1;
            }
        }
        let mut rank = Vec::with_capacity(present.len());
        let mut size = 0u32;
        for w in &present {
            rank.push(size);
            size += w.count_ones();
        }
        Alphabet {
            present,
            rank,
            size,
            positions: entries + paragraphs.len(),
            entries,
        }
    }

    fn rank_of(&self, c: char) -> u32 {
        let c = fold(c) as u32;
        let w = self.present[c as usize / 64];
        self.rank[c as usize / 64] + (w & ((1u64 << (c % 64)) - 1)).count_ones()
    }

    /// How many index entries the corpus has: one per paragraph char.
    pub(crate) fn entries(&self) -> usize {
        self.entries
    }
}

fn body<'t>(text: &'t str, p: &ParagraphRec) -> &'t str {
    text.get(p.start as usize..p.end as usize)
        .unwrap_or_default()
}

impl Dense {
    /// The sequence: each paragraph's folded chars, then '\n' — the char that follows
    /// a paragraph in the arena too, so build-time and query-time comparisons agree up
    /// to the end of a paragraph, which is as far as any query can reach. Read from
    /// `arena` (positioned at its start: the arena in memory, or the pack file being
    /// written), with the paragraphs' `(start, end)` spans.
    pub(crate) fn read(
        alphabet: &Alphabet,
        spans: &[(u32, u32)],
        arena: impl std::io::Read,
    ) -> std::io::Result<Dense> {
        let n = alphabet.positions;
        let newline = alphabet.rank_of('\n');
        if alphabet.size <= 1 << 16 {
            let mut v = Vec::with_capacity(n);
            paragraphs(spans, arena, |_, _, _, text| {
                v.extend(text.chars().map(|c| alphabet.rank_of(c) as u16));
                v.push(newline as u16);
            })?;
            Ok(Dense::Narrow(v))
        } else {
            let mut v = Vec::with_capacity(n);
            paragraphs(spans, arena, |_, _, _, text| {
                v.extend(text.chars().map(|c| alphabet.rank_of(c) as i32));
                v.push(newline as i32);
            })?;
            Ok(Dense::Wide(v))
        }
    }

    /// The suffix array, as sequence positions; the sequence is freed.
    pub(crate) fn sort(self) -> Result<Vec<i32>, CompileError> {
        let err = |e| CompileError::Index(format!("{e:?}"));
        Ok(match self {
            Dense::Narrow(v) if v.is_empty() => Vec::new(),
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
        })
    }
}

/// The index: the suffix array's positions mapped to arena offsets, in place.
pub(crate) fn entries(sa: Vec<i32>, offsets: &Offsets) -> Vec<SuffixRec> {
    let mut sa: Vec<u32> = sa.into_iter().map(|i| i as u32).collect();
    sa.par_chunks_mut(1 << 16).for_each(|chunk| {
        for i in chunk {
            *i = offsets.at(*i as usize).unwrap_or(u32::MAX);
        }
    });
    sa.into_iter()
        .filter(|&at| at != u32::MAX)
        .map(|at| SuffixRec { at })
        .collect()
}

/// Sorted index entries for the paragraphs of `text`.
pub(crate) fn suffixes(
    text: &str,
    paragraphs: &[ParagraphRec],
) -> Result<Vec<SuffixRec>, CompileError> {
    let alphabet = Alphabet::new(text, paragraphs);
    let spans: Vec<(u32, u32)> = paragraphs.iter().map(|p| (p.start, p.end)).collect();
    let io = |e: std::io::Error| CompileError::Index(e.to_string());
    let sa = Dense::read(&alphabet, &spans, text.as_bytes())
        .map_err(io)?
        .sort()?;
    let offsets = Offsets::read(&alphabet, &spans, text.as_bytes()).map_err(io)?;
    Ok(entries(sa, &offsets))
}

/// The [suffix keys](baokan_pack::keys) of `suffixes`, reading the text arena
/// (`text_len` bytes) from `arena`, positioned at its start: what
/// [`PackWriter::fill_suffix_keys`](baokan_pack::PackWriter::fill_suffix_keys) makes
/// from the arena in memory. The keyed entries are visited in text order, so the arena
/// is read front to back once.
pub(crate) fn keys(
    suffixes: &[SuffixRec],
    text_len: usize,
    arena: impl std::io::Read + std::io::Seek,
) -> std::io::Result<Vec<SuffixKeyRec>> {
    use baokan_pack::keys::{KEY_CHARS, KEY_STEP, key_of, with_level1};
    let mut keyed: Vec<(usize, usize)> = suffixes
        .iter()
        .step_by(KEY_STEP)
        .enumerate()
        .map(|(k, s)| (s.at as usize, k))
        .collect();
    keyed.sort_unstable();
    let mut out = vec![SuffixKeyRec::default(); keyed.len()];
    let mut reader = std::io::BufReader::with_capacity(1 << 16, arena);
    let (mut pos, mut buf) = (0usize, [0u8; 4 * KEY_CHARS]);
    for (at, k) in keyed {
        let n = text_len.saturating_sub(at).min(buf.len());
        reader.seek_relative(at as i64 - pos as i64)?;
        reader.read_exact(&mut buf[..n])?;
        pos = at + n;
        let text = match std::str::from_utf8(&buf[..n]) {
            Ok(t) => t,
            // A window cut inside a char: the chars before the cut.
            Err(e) => std::str::from_utf8(&buf[..e.valid_up_to()]).unwrap_or_default(),
        };
        out[k] = key_of(text);
    }
    Ok(with_level1(out))
}
