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
//! suffix array (4 bytes a char); only then does [`Offsets::read`] make, in the dense
//! sequence's buffer, the compact map back to arena offsets (1 byte a char) that
//! [`entries`] applies in place. The peak is the sort's: 6 bytes a char.
//!
//! The [LCPs](baokan_pack::lcps) of the sorted entries are computed from the dense
//! sequence right after the sort, while it is still there (see [`crate::lcps`]: they
//! cost no memory beside the sort's).

use baokan_pack::collation::fold;
use baokan_pack::records::{SuffixKeyRec, SuffixRec};
use libsais::SuffixArrayConstruction;
use rayon::prelude::*;
use std::io::Read as _;

use crate::error::CompileError;
use crate::lcps::{self, Stash};

/// Sequence positions per mark in [`Offsets`].
const BLOCK: usize = 16;

/// The folded paragraph chars as dense ranks.
pub(crate) enum Dense {
    Narrow(Vec<u16>),
    Wide(Vec<i32>),
}

/// Sequence position → arena byte offset, in one byte a position: blocks of [`BLOCK`]
/// positions, each the offset and paragraph of its first position (two `u32`s) and every
/// position's UTF-8 length in four bits (0 for the `'\n'` that ends a paragraph), to
/// walk from. Kept in `u16`s so that it can take over the dense sequence's buffer.
pub(crate) struct Offsets<'s> {
    blocks: Vec<u16>,
    spans: &'s [(u32, u32)],
}

/// `u16`s per block of [`Offsets`].
const BLOCK_WORDS: usize = 4 + BLOCK / 4;

/// The arena offset of position `i` in the map `blocks` of [`Offsets`], or `None` for a
/// paragraph's closing `'\n'`.
fn offset_at(blocks: &[u16], spans: &[(u32, u32)], i: usize) -> Option<u32> {
    let b = i / BLOCK;
    let block = &blocks[b * BLOCK_WORDS..(b + 1) * BLOCK_WORDS];
    let mut off = u32::from(block[0]) | u32::from(block[1]) << 16;
    let mut para = u32::from(block[2]) | u32::from(block[3]) << 16;
    let len = |j: usize| u32::from(block[4 + j / 4] >> (4 * (j % 4)) & 0xf);
    for j in 0..i % BLOCK {
        match len(j) {
            0 => {
                para += 1;
                off = spans.get(para as usize).map_or(off, |s| s.0);
            }
            l => off += l,
        }
    }
    (len(i % BLOCK) != 0).then_some(off)
}

impl<'s> Offsets<'s> {
    /// Reads the arena from `arena` (positioned at its start), paragraph by paragraph,
    /// into `buffer` (emptied, its room reused: the dense sequence's, half of which
    /// it fills, so that the map takes no memory beyond the sort's).
    pub(crate) fn read(
        alphabet: &Alphabet,
        spans: &'s [(u32, u32)],
        arena: impl std::io::Read,
        mut buffer: Vec<u16>,
    ) -> std::io::Result<Offsets<'s>> {
        let words = alphabet.positions.div_ceil(BLOCK) * BLOCK_WORDS;
        buffer.clear();
        buffer.reserve_exact(words);
        let mut blocks = buffer;
        let mut pos = 0usize;
        let mut put = |blocks: &mut Vec<u16>, at: u32, para: usize, len: usize| {
            let j = pos % BLOCK;
            if j == 0 {
                let para = para as u32;
                blocks.extend_from_slice(&[at as u16, (at >> 16) as u16, para as u16]);
                blocks.extend_from_slice(&[(para >> 16) as u16, 0, 0, 0, 0]);
            }
            let word = blocks.len() - BLOCK_WORDS + 4 + j / 4;
            blocks[word] |= (len as u16) << (4 * (j % 4));
            pos += 1;
        };
        paragraphs(spans, arena, |k, start, end, text| {
            for (i, c) in text.char_indices() {
                put(&mut blocks, start + i as u32, k, c.len_utf8());
            }
            put(&mut blocks, end, k, 0);
        })?;
        Ok(Offsets { blocks, spans })
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
    pub(crate) fn new(text: &str, paragraphs: &[(u32, u32)]) -> Alphabet {
        let mut present = vec![0u64; (char::MAX as usize + 1).div_ceil(64)];
        let mut mark = |c: u32| present[c as usize / 64] |= 1 << (c % 64);
        mark('\n' as u32);
        let mut entries = 0;
        for &p in paragraphs {
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

fn body(text: &str, (start, end): (u32, u32)) -> &str {
    text.get(start as usize..end as usize).unwrap_or_default()
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

    /// The suffix array, as sequence positions, with the LCP of each entry with the
    /// one before it (see [`Stash`]), and the sequence's buffer, for [`Offsets::read`]
    /// to reuse (empty for a wide sequence, which is freed).
    pub(crate) fn sort(
        self,
        alphabet: &Alphabet,
    ) -> Result<(Vec<i32>, Stash, Vec<u16>), CompileError> {
        self.sort_stashing_up_to(alphabet, lcps::IN_SA_UP_TO)
    }

    /// [`sort`](Self::sort), with the LCPs in the suffix array for sequences of up to
    /// `in_sa` positions.
    fn sort_stashing_up_to(
        self,
        alphabet: &Alphabet,
        in_sa: usize,
    ) -> Result<(Vec<i32>, Stash, Vec<u16>), CompileError> {
        let err = |e| CompileError::Index(format!("{e:?}"));
        let newline = alphabet.rank_of('\n');
        Ok(match self {
            Dense::Narrow(v) if v.is_empty() => (Vec::new(), Stash::InSa, v),
            Dense::Narrow(v) => {
                let mut sa = SuffixArrayConstruction::for_text(&v)
                    .in_owned_buffer32()
                    .single_threaded()
                    .run()
                    .map_err(err)?
                    .into_vec();
                let stash = lcps::stash(&mut sa, &v, newline as u16, v.len() <= in_sa);
                (sa, stash, v)
            }
            Dense::Wide(mut v) => {
                let mut sa = SuffixArrayConstruction::for_text_mut(&mut v)
                    .in_owned_buffer32()
                    .single_threaded()
                    .run()
                    .map_err(err)?
                    .into_vec();
                // libsais leaves the text as it was.
                let stash = lcps::stash(&mut sa, &v, newline as i32, v.len() <= in_sa);
                (sa, stash, Vec::new())
            }
        })
    }
}

/// The index: the suffix array's positions mapped to arena offsets, in place, with the
/// [LCPs](baokan_pack::lcps) table of its entries (the paragraphs' closing `'\n'`s
/// left out).
///
/// The LCPs are packed four to a `u16` into the part of the map's buffer that the map
/// leaves unused (the dense sequence's other half), so that they take no memory beside
/// the suffix array while it is mapped.
pub(crate) fn entries(
    sa: Vec<i32>,
    stash: Stash,
    offsets: Offsets<'_>,
) -> (Vec<SuffixRec>, Vec<u8>) {
    let n = sa.len();
    let Offsets { mut blocks, spans } = offsets;
    let used = blocks.len();
    let words = n.div_ceil(4);
    blocks.reserve_exact(words);
    blocks.resize(used + words, 0);
    let (map, packed) = blocks.split_at_mut(used);
    let mut sa: Vec<u32> = sa.into_iter().map(|i| i as u32).collect();
    sa.par_chunks_mut(lcps::CHUNK)
        .zip(packed.par_chunks_mut(lcps::CHUNK / 4))
        .enumerate()
        .for_each(|(c, (chunk, out))| {
            for (k, i) in chunk.iter_mut().enumerate() {
                let (pos, lcp) = stash.split(*i, c * lcps::CHUNK + k);
                lcps::put(out, k, lcp);
                *i = offset_at(map, spans, pos as usize).unwrap_or(u32::MAX);
            }
        });
    drop(stash);
    let kept = lcps::leave_out(&mut sa, packed, u32::MAX);
    let suffixes = sa.into_iter().map(|at| SuffixRec { at }).collect();
    // The map is done with.
    blocks.drain(..used);
    (suffixes, lcps::table(blocks, kept))
}

/// Sorted index entries for the paragraphs of `text`, and their LCPs table.
pub(crate) fn suffixes(
    text: &str,
    spans: &[(u32, u32)],
) -> Result<(Vec<SuffixRec>, Vec<u8>), CompileError> {
    let alphabet = Alphabet::new(text, spans);
    let io = |e: std::io::Error| CompileError::Index(e.to_string());
    let (sa, stash, buffer) = Dense::read(&alphabet, spans, text.as_bytes())
        .map_err(io)?
        .sort(&alphabet)?;
    let offsets = Offsets::read(&alphabet, spans, text.as_bytes(), buffer).map_err(io)?;
    Ok(entries(sa, stash, offsets))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs with repeats, full-width forms and lines between them that are not
    /// paragraphs (the text past a paragraph's '\n' is not the next paragraph's).
    fn corpus() -> (String, Vec<(u32, u32)>) {
        let lines = [
            "标题：乡村振兴",
            "乡村振兴战略，乡村振兴（规划）。",
            "小标题",
            "乡村振兴战略(规划)。乡村建设",
            "乡村振兴战略，乡村振兴（规划）。乡村振兴战略，乡村振兴（规划）。",
            "乡",
            "",
            "ａｂｃabc乡村振兴战略规划实施意见和行动方案，乡村振兴战略规划实施意见和行动方案",
        ];
        let mut text = String::new();
        let mut spans = Vec::new();
        for (k, l) in lines.iter().enumerate() {
            let start = text.len() as u32;
            text.push_str(l);
            if k % 2 == 1 {
                spans.push((start, text.len() as u32));
            }
            text.push('\n');
        }
        (text, spans)
    }

    fn build(wide: bool, in_sa: usize) -> (Vec<SuffixRec>, Vec<u8>) {
        let (text, spans) = corpus();
        let alphabet = Alphabet::new(&text, &spans);
        let dense = Dense::read(&alphabet, &spans, text.as_bytes()).unwrap();
        let dense = match dense {
            Dense::Narrow(v) if wide => Dense::Wide(v.into_iter().map(i32::from).collect()),
            d => d,
        };
        let (sa, stash, buffer) = dense.sort_stashing_up_to(&alphabet, in_sa).unwrap();
        let offsets = Offsets::read(&alphabet, &spans, text.as_bytes(), buffer).unwrap();
        entries(sa, stash, offsets)
    }

    /// The LCPs made from the dense sequence are those the writer (and `verify`) reads
    /// from the text, however they were kept and whatever the sequence's width.
    #[test]
    fn lcps_are_those_of_the_text() {
        let (text, spans) = corpus();
        let (suffixes, table) = suffixes(&text, &spans).unwrap();
        let mut w = baokan_pack::PackWriter::new();
        w.push_text(&text);
        w.suffixes = suffixes.clone();
        w.fill_suffix_lcps();
        assert_eq!(table, w.suffix_lcps);
        let lcps: Vec<u8> = table.iter().flat_map(|&b| [b & 0xf, b >> 4]).collect();
        assert!(lcps.contains(&15), "some LCPs are capped");
        assert!(lcps[1..].contains(&0) && lcps.contains(&3), "{lcps:?}");
        for (wide, in_sa) in [(false, 0), (true, usize::MAX), (true, 0)] {
            let (s, t) = build(wide, in_sa);
            assert!(s == suffixes && t == table, "wide {wide}, in_sa {in_sa}");
        }
    }
}
