//! Suffix keys: every [`KEY_STEP`]th suffix-array entry's first folded chars, stored
//! inline in a small table of their own, so that a lookup narrows to one bucket of
//! [`KEY_STEP`] entries by reading that table alone and only then reads the suffix array
//! and the text.
//!
//! A lookup in the suffix array alone reads about `2 log₂ n` scattered places of a pack
//! (an entry and the text it points at, per step), and in a memory-mapped pack each is a
//! page fault. The keys are contiguous and a hundredth of the index: their binary search
//! touches a few pages, the bucket's one or two, and the text a handful, so the first
//! count costs about the same in a 7 MB pack and a 300 MB one.
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
pub const KEY_STEP: usize = 256;

/// Folded chars per key.
pub const KEY_CHARS: usize = 4;

/// How many keys an index of `entries` entries has.
///
/// ```
/// assert_eq!(baokan_pack::keys::key_count(0), 0);
/// assert_eq!(baokan_pack::keys::key_count(257), 2);
/// ```
pub const fn key_count(entries: usize) -> usize {
    entries.div_ceil(KEY_STEP)
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
