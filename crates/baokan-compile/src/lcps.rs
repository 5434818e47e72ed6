//! The [LCPs](baokan_pack::lcps) of the sorted index, made while it is built: each
//! entry's LCP with the entry before it, from the dense sequence right after the sort
//! (while the sequence is still there), at no memory beside the sort's.
//!
//! Where the sequence has at most 2²⁷ positions (a corpus of up to about 134 million
//! paragraph chars) the LCPs ride in the suffix array's four unused high bits
//! ([`Stash::InSa`]); [`entries`](crate::index::entries) then moves them, packed four to
//! a `u16`, into the half of the dense sequence's buffer that the offset map leaves
//! unused, before it overwrites the array with arena offsets, and drops the paragraphs'
//! closing `'\n'`s from both ([`leave_out`]). A larger corpus keeps them apart, a byte
//! a position ([`Stash::Apart`]), which adds that byte to the sort's peak.

use baokan_pack::lcps::LCP_CAP;
use rayon::prelude::*;

/// Suffix-array entries per parallel chunk.
pub(crate) const CHUNK: usize = 1 << 16;

/// Bits of a position when the LCPs ride in the suffix array ([`Stash::InSa`]).
const POSITION_BITS: u32 = 27;
const POSITION_MASK: u32 = (1 << POSITION_BITS) - 1;

/// The longest sequence whose LCPs ride in its suffix array.
pub(crate) const IN_SA_UP_TO: usize = 1 << POSITION_BITS;

/// Where the LCPs of the sorted positions are while the suffix array is mapped.
pub(crate) enum Stash {
    /// In bits 27..31 of each suffix-array entry (whose position needs 27 bits at most).
    InSa,
    /// One byte a suffix-array entry.
    Apart(Vec<u8>),
}

impl Stash {
    /// Suffix-array entry `i`, as stored (`entry`): its position and its LCP.
    #[inline]
    pub(crate) fn split(&self, entry: u32, i: usize) -> (u32, u8) {
        match self {
            Stash::InSa => (entry & POSITION_MASK, (entry >> POSITION_BITS) as u8),
            Stash::Apart(v) => (entry, v[i]),
        }
    }
}

/// Ranks of a suffix that an LCP can cover.
const WINDOW: usize = LCP_CAP as usize;

/// Suffixes whose ranks are copied out before any is compared: the copies are
/// independent loads, each a cache miss at a random place of the sequence, that the CPU
/// overlaps, where comparing as it reads would wait for each in turn.
const GATHER: usize = 32;

/// The first [`WINDOW`] ranks of the suffix at `p` (fewer at the sequence's end), and
/// how many there are.
#[derive(Clone, Copy)]
struct Window<T> {
    ranks: [T; WINDOW],
    len: usize,
}

impl<T: Copy + Default + Eq> Window<T> {
    #[inline]
    fn of(seq: &[T], p: usize) -> Window<T> {
        let mut ranks = [T::default(); WINDOW];
        match seq.get(p..p.saturating_add(WINDOW)) {
            Some(all) => {
                ranks.copy_from_slice(all);
                Window { ranks, len: WINDOW }
            }
            None => {
                let from = seq.get(p..).unwrap_or_default();
                ranks[..from.len()].copy_from_slice(from);
                Window {
                    ranks,
                    len: from.len(),
                }
            }
        }
    }

    /// The LCP of two suffixes: equal ranks up to but not including a `newline`.
    fn lcp(&self, other: &Window<T>, newline: T) -> u8 {
        let n = self.len.min(other.len);
        let shared = self.ranks[..n]
            .iter()
            .zip(&other.ranks[..n])
            .take_while(|&(x, y)| x == y && *x != newline)
            .count();
        shared as u8
    }
}

/// Into `out`, the LCPs of the suffixes at the positions of `chunk`, each with the one
/// before it (`prev` before the first; 0 without one).
fn chunk_lcps<T: Copy + Default + Eq>(
    seq: &[T],
    newline: T,
    prev: Option<usize>,
    chunk: &[i32],
    out: &mut [u8],
) {
    let mut last = prev.map(|p| Window::of(seq, p));
    let mut windows = [Window {
        ranks: [T::default(); WINDOW],
        len: 0,
    }; GATHER];
    for (block, out) in chunk.chunks(GATHER).zip(out.chunks_mut(GATHER)) {
        for (w, &p) in windows.iter_mut().zip(block) {
            *w = Window::of(seq, p as usize);
        }
        for (w, o) in windows[..block.len()].iter().zip(out) {
            *o = last.map_or(0, |l| l.lcp(w, newline));
            last = Some(*w);
        }
    }
}

/// Computes each suffix-array entry's LCP with the entry before it, from the sequence,
/// into the entries' high bits where `in_sa` (every position fits in
/// [`POSITION_BITS`]), else into a byte array of their own.
pub(crate) fn stash<T: Copy + Default + Eq + Send + Sync>(
    sa: &mut [i32],
    seq: &[T],
    newline: T,
    in_sa: bool,
) -> Stash {
    // The entry before each chunk's first, read before any chunk is changed.
    let before: Vec<Option<usize>> = (0..sa.len().div_ceil(CHUNK))
        .map(|c| (c * CHUNK).checked_sub(1).map(|i| sa[i] as usize))
        .collect();
    if in_sa {
        sa.par_chunks_mut(CHUNK).enumerate().for_each(|(c, chunk)| {
            let mut got = vec![0u8; chunk.len()];
            chunk_lcps(seq, newline, before[c], chunk, &mut got);
            for (e, l) in chunk.iter_mut().zip(got) {
                *e |= i32::from(l) << POSITION_BITS;
            }
        });
        Stash::InSa
    } else {
        let mut apart = vec![0u8; sa.len()];
        let chunks = apart.par_chunks_mut(CHUNK).zip(sa.par_chunks(CHUNK));
        chunks.enumerate().for_each(|(c, (out, chunk))| {
            chunk_lcps(seq, newline, before[c], chunk, out);
        });
        Stash::Apart(apart)
    }
}

/// Sets LCP `i` of `packed` (four to a `u16`, the first in the low bits).
#[inline]
pub(crate) fn put(packed: &mut [u16], i: usize, lcp: u8) {
    let (w, shift) = (i / 4, 4 * (i % 4));
    packed[w] = packed[w] & !(0xf << shift) | u16::from(lcp & 0xf) << shift;
}

/// LCP `i` of `packed`.
#[inline]
fn get(packed: &[u16], i: usize) -> u8 {
    (packed[i / 4] >> (4 * (i % 4)) & 0xf) as u8
}

/// Leaves the entries equal to `gone` out of `sa` and their LCPs out of `packed`, in
/// place: each kept entry's LCP becomes the least of its own and those of the entries
/// left out just before it (its LCP with the entry kept before it). Returns how many
/// are kept; `sa` is cut to them.
pub(crate) fn leave_out(sa: &mut Vec<u32>, packed: &mut [u16], gone: u32) -> usize {
    let (mut kept, mut least) = (0, LCP_CAP);
    for r in 0..sa.len() {
        let l = get(packed, r).min(least);
        if sa[r] == gone {
            least = l;
            continue;
        }
        sa[kept] = sa[r];
        put(packed, kept, l);
        kept += 1;
        least = LCP_CAP;
    }
    sa.truncate(kept);
    kept
}

/// The pack's table of the first `kept` LCPs of `packed` (taken over, and shrunk first so
/// that the table is the only copy of any size): half-bytes in whole words, zero past
/// the last.
pub(crate) fn table(mut packed: Vec<u16>, kept: usize) -> Vec<u8> {
    let words = baokan_pack::lcps::table_len(kept) / 2;
    packed.resize(words, 0);
    for i in kept..4 * words {
        put(&mut packed, i, 0);
    }
    packed.shrink_to_fit();
    packed.iter().flat_map(|w| w.to_le_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Left-out entries pass the least LCP on to the next kept one; the table is whole
    /// words with zeros past the last LCP.
    #[test]
    fn leaving_out_keeps_the_least_lcp() {
        let mut sa = vec![10, u32::MAX, 11, u32::MAX, u32::MAX, 12, 13];
        let mut packed = vec![0u16; 2];
        for (i, l) in [0, 0, 9, 5, 7, 8, 15].into_iter().enumerate() {
            put(&mut packed, i, l);
        }
        let kept = leave_out(&mut sa, &mut packed, u32::MAX);
        assert_eq!((kept, sa), (4, vec![10, 11, 12, 13]));
        assert_eq!(table(packed, kept), [0x00, 0xf5, 0, 0]);
    }
}
