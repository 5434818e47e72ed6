//! Structure-aware pack fuzzing: start from the embedded pack, apply the input as a list
//! of patches, recompute the checksums (each table's, then the header's) so the mutation
//! gets past them, then open (header and directory only), walk every lazy path, and run
//! the full `verify` (the record validators).
//!
//! Input layout: an optional truncation prefix `0xFF, at: u32 LE` (cut the pack to
//! `24 + at % (len - 24)`, rounded down to 4, and fix the header's length field), then
//! 6-byte patches `(kind, table, offset: u24 LE, value)`. `table` picks a non-empty table
//! of the directory (`table % count`, in directory order; 0xFF picks the header and
//! directory; in the current embedded pack 17 is `totals`, 18 `suffix keys` and 19
//! `suffix lcps`) and
//! `offset` is taken modulo that table's length, so small record tables are hit as often
//! as the big arenas. By `kind % 4`:
//! 0. set the byte at `offset`;
//! 1. set the `u32` word at `offset` (rounded down to 4) to `value`;
//! 2. set that word to an edge value (`u32::MAX`, the text length, ±1 of the old
//!    word, …) picked by `value`;
//! 3. set the byte at `offset` of the whole pack.
//!
//! The table checksums in the directory, then the header's (bytes 20..24), are always
//! recomputed last, for as many entries as the header's table count names (23 in format
//! 3 with the optional `totals`, `suffix keys` and `suffix lcps`), so no table list is
//! hard-coded here.
#![no_main]

use std::sync::OnceLock;

use baokan::{Corpus, EMBEDDED_PACK};
use libfuzzer_sys::fuzz_target;

/// The embedded pack's tables as `(offset, len)`, read from its directory; the last
/// entry is the header and directory.
fn tables() -> &'static [(usize, usize)] {
    static TABLES: OnceLock<Vec<(usize, usize)>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let p = EMBEDDED_PACK;
        let word = |at: usize| u32::from_le_bytes([p[at], p[at + 1], p[at + 2], p[at + 3]]);
        let count = word(12) as usize;
        let mut out: Vec<(usize, usize)> = (0..count)
            .map(|i| {
                (
                    word(32 + 16 * i + 4) as usize,
                    word(32 + 16 * i + 8) as usize,
                )
            })
            .filter(|&(_, len)| len > 0)
            .collect();
        out.push((0, 32 + 16 * count));
        out
    })
}

/// Recomputes each table's CRC-32 in the (possibly patched) directory, for the entries
/// that lie inside the bytes, then the header's over the header and directory.
fn fix_checksums(bytes: &mut [u8]) {
    let word = |b: &[u8], at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
    let count = word(bytes, 12) as usize;
    for i in 0..count.min(bytes.len() / 16) {
        let at = 32 + 16 * i;
        if at + 16 > bytes.len() {
            break;
        }
        let (off, len) = (word(bytes, at + 4) as usize, word(bytes, at + 8) as usize);
        if let Some(t) = bytes.get(off..off.saturating_add(len)) {
            let crc = crc32fast::hash(t);
            bytes[at + 12..at + 16].copy_from_slice(&crc.to_le_bytes());
        }
    }
    let dir_end = (32 + 16 * count).min(bytes.len());
    let mut h = crc32fast::Hasher::new();
    h.update(&bytes[8..20]);
    h.update(bytes.get(24..dir_end).unwrap_or_default());
    let crc = h.finalize();
    bytes[20..24].copy_from_slice(&crc.to_le_bytes());
}

fn apply(pack: &mut [u8], p: &[u8]) {
    let tables = tables();
    let text_len = tables.first().map_or(0, |t| t.1) as u32;
    let offset = u32::from_le_bytes([p[2], p[3], p[4], 0]) as usize;
    let value = p[5];
    let (base, len) = if p[1] == 0xFF {
        tables[tables.len() - 1]
    } else {
        tables[usize::from(p[1]) % tables.len()]
    };
    let at = base + offset % len;
    let word_at = (at & !3).min(pack.len() - 4);
    let old = u32::from_le_bytes([
        pack[word_at],
        pack[word_at + 1],
        pack[word_at + 2],
        pack[word_at + 3],
    ]);
    match p[0] % 4 {
        0 => pack[at] = value,
        1 => pack[word_at..word_at + 4].copy_from_slice(&u32::from(value).to_le_bytes()),
        2 => {
            let edges = [
                u32::MAX,
                u32::MAX - 1,
                0,
                1,
                text_len,
                text_len + 1,
                text_len.saturating_sub(1),
                old.wrapping_add(1),
                old.wrapping_sub(1),
                old.wrapping_add(4),
                old.wrapping_sub(4),
                0x8000_0000,
                pack.len() as u32,
            ];
            let w = edges[usize::from(value) % edges.len()];
            pack[word_at..word_at + 4].copy_from_slice(&w.to_le_bytes());
        }
        _ => {
            let raw = offset % pack.len();
            pack[raw] = value;
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut pack = EMBEDDED_PACK.to_vec();
    let (truncate, patches) = match data {
        [0xFF, a, b, c, d, rest @ ..] => (Some(u32::from_le_bytes([*a, *b, *c, *d])), rest),
        _ => (None, data),
    };
    for p in patches.chunks_exact(6) {
        apply(&mut pack, p);
    }
    if let Some(at) = truncate {
        let len = (24 + at as usize % (pack.len() - 24)) & !3;
        pack.truncate(len.max(24));
        let n = pack.len() as u32;
        pack[16..20].copy_from_slice(&n.to_le_bytes());
    }
    fix_checksums(&mut pack);

    let Ok(c) = Corpus::from_bytes(&pack) else {
        return;
    };
    baokan_fuzz::walk(&c);
    let _ = c.verify();
    for needle in ["乡村振兴", "党", "组织", "2022年", ",", "新区"] {
        baokan_fuzz::search(&c, needle);
    }
    for needle in baokan_fuzz::substrings(c.text(), data, 2) {
        baokan_fuzz::search(&c, needle);
    }
    let _ = c.repeats(4, 2);
    // The remaining stats scan the whole text: every other input only, for speed.
    if data.len() % 2 == 1 {
        baokan_fuzz::stats(&c);
    }
});
