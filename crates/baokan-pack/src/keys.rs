//! Suffix keys: every [`KEY_STEP`]th suffix-array entry's first folded chars, stored
//! inline in a small table of their own, so that a lookup narrows to one bucket of
//! [`KEY_STEP`] entries by reading that table alone and only then reads the suffix array
//! and the text. The table holds two levels: the keys of every `KEY_STEP`th entry
//! (level 0), then every `KEY_STEP`th of those again (level 1), so that the search
//! reads level 1 (contiguous, a 4096th of the index), one run of 64 level-0 keys, one
//! bucket of the index, and the text.
//!
//! A lookup in the suffix array alone reads about `2 log₂ n` scattered places of a pack
//! (an entry and the text it points at, per step), and in a memory-mapped pack each is a
//! page fault, and a fresh mapping of a large pack faults on nearly every one. The keys
//! are contiguous and a sixteenth of the index (16 bytes per 64 entries of 4): their
//! binary search touches a few pages, and a binary search of the bucket the text of six
//! entries per bound (those six are what still grew with the pack: in a small pack they
//! fall in pages already mapped). Measured on the February month (criterion,
//! `benches/open_count.rs`): open + first count in a fresh mapping took 25 µs in a
//! 313 MB pack and 11 µs in a 7 MB one (2.2×; 2.9× without keys). 256 entries per key
//! measured about the same, 16 a little better for a pack 7 % larger. The
//! [suffix LCPs](crate::lcps) then take the search through the bucket from its keyed
//! ends, reading the text of few entries or none.
//!
//! A key holds up to [`KEY_CHARS`] folded chars of the suffix as it stands in the text,
//! up to and including the `'\n'` that ends its paragraph; the rest are 0. Keys are
//! prefixes of the sorted suffixes, so they are sorted too. A comparison the key cannot
//! decide (a query longer than the key, or one that runs past a paragraph's end or the
//! text's) falls back to the text: the keys change how many bytes a lookup reads, never
//! its answer.
//!
//! ```
//! use baokan_pack::keys::{KeyOrder, compare, key_of};
//! use std::cmp::Ordering;
//! let key = key_of("乡村振兴战略");
//! assert_eq!(compare(&key, "乡村"), KeyOrder::Decided(Ordering::Equal));
//! assert_eq!(compare(&key, "乡镇"), KeyOrder::Decided(Ordering::Less));
//! assert_eq!(compare(&key, "乡村振兴战略"), KeyOrder::Undecided);
//! ```

use std::cmp::Ordering;

use crate::collation::fold;
use crate::records::SuffixKeyRec;

/// Suffix-array entries per key: entry `k * KEY_STEP` has key `k`.
pub const KEY_STEP: usize = 64;

/// Folded chars per key.
pub const KEY_CHARS: usize = 4;

/// How many keys each level of an index of `entries` entries has: level 0 keys entry
/// `k * KEY_STEP`, level 1 keys level-0 key `j * KEY_STEP`.
///
/// ```
/// assert_eq!(baokan_pack::keys::levels(0), (0, 0));
/// assert_eq!(baokan_pack::keys::levels(65), (2, 1));
/// assert_eq!(baokan_pack::keys::levels(64 * 64 + 1), (65, 2));
/// ```
pub const fn levels(entries: usize) -> (usize, usize) {
    let level0 = entries.div_ceil(KEY_STEP);
    (level0, level0.div_ceil(KEY_STEP))
}

/// How many keys (both levels) an index of `entries` entries has.
///
/// ```
/// assert_eq!(baokan_pack::keys::key_count(65), 3);
/// ```
pub const fn key_count(entries: usize) -> usize {
    let (level0, level1) = levels(entries);
    level0 + level1
}

/// Both levels from the level-0 keys: level 0, then every `KEY_STEP`th of it.
pub fn with_level1(mut level0: Vec<SuffixKeyRec>) -> Vec<SuffixKeyRec> {
    let level1: Vec<SuffixKeyRec> = level0.iter().step_by(KEY_STEP).copied().collect();
    level0.extend(level1);
    level0
}

/// Where the first failure of a monotone predicate lies, from where it first fails on
/// the samples of a level: `first_failing` is the first sample (of samples taken every
/// `KEY_STEP` items of `len`) for which it fails. The answer is in the returned range of
/// items, or is its end.
///
/// ```
/// use baokan_pack::keys::bucket;
/// assert_eq!(bucket(0, 1000), 0..0);
/// assert_eq!(bucket(1, 1000), 1..64);
/// assert_eq!(bucket(16, 1000), 961..1000);
/// ```
pub fn bucket(first_failing: usize, len: usize) -> std::ops::Range<usize> {
    let to = first_failing.saturating_mul(KEY_STEP).min(len);
    let from = (first_failing.saturating_sub(1) * KEY_STEP + 1).min(to);
    from..to
}

/// The key of the suffix that starts `text` (the text from the entry's offset on; at
/// most `4 × KEY_CHARS` bytes of it are read).
pub fn key_of(text: &str) -> SuffixKeyRec {
    let mut chars = [0u32; KEY_CHARS];
    for (slot, c) in chars.iter_mut().zip(text.chars().map(fold)) {
        *slot = c as u32;
        if c == '\n' {
            break;
        }
    }
    SuffixKeyRec {
        c0: chars[0],
        c1: chars[1],
        c2: chars[2],
        c3: chars[3],
    }
}

/// What a key says of its suffix against a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOrder {
    /// What [`cmp_prefix`](crate::collation::cmp_prefix) of the suffix's text and the
    /// query gives.
    Decided(Ordering),
    /// The key is too short to tell: compare the text.
    Undecided,
}

/// Compares a key with a query as [`cmp_prefix`](crate::collation::cmp_prefix) compares
/// the suffix's text with it, where the key suffices.
pub fn compare(key: &SuffixKeyRec, query: &str) -> KeyOrder {
    let chars = [key.c0, key.c1, key.c2, key.c3];
    for (i, q) in query.chars().map(fold).enumerate() {
        let Some(&k) = chars.get(i) else {
            return KeyOrder::Undecided;
        };
        let q = q as u32;
        if k == 0 || (k == '\n' as u32 && q == k) {
            return KeyOrder::Undecided;
        }
        if k != q {
            return KeyOrder::Decided(k.cmp(&q));
        }
    }
    KeyOrder::Decided(Ordering::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collation::cmp_prefix;

    /// Wherever a key decides, it decides as the text does.
    #[test]
    fn keys_agree_with_the_text() {
        let texts = [
            "乡村振兴战略",
            "乡村\n振兴",
            "乡",
            "",
            "（党组）书记",
            "\n",
            "a\u{0}b",
            "２０１９年",
        ];
        let queries = [
            "乡",
            "乡村",
            "乡村振兴",
            "乡村振兴战略",
            "乡村\n",
            "乡村\n振",
            "(党组)",
            "2019",
            "a",
            "b",
            "\n",
            "乡镇",
            "丁",
        ];
        for t in texts {
            let key = key_of(t);
            for q in queries {
                if let KeyOrder::Decided(o) = compare(&key, q) {
                    assert_eq!(o, cmp_prefix(t, q), "{t:?} vs {q:?}");
                }
            }
        }
        assert_eq!(
            compare(&key_of("乡村振兴"), "乡村振兴"),
            KeyOrder::Decided(Ordering::Equal)
        );
        assert_eq!(compare(&key_of("乡"), "乡村"), KeyOrder::Undecided);
    }
}
