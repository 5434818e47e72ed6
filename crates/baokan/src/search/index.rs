//! Lookups in the pack's suffix array.

use std::cmp::Ordering;

use baokan_pack::collation::cmp_prefix;

use crate::corpus::Corpus;

/// The range of suffix-array entries whose suffix starts with `query` (folded).
/// Two binary searches: O(m log n) char comparisons, no allocation.
///
/// Each comparison reads (and checks as UTF-8) only the first `4 × query chars` bytes
/// of the suffix, so a lookup touches O(m log n) bytes of the pack whatever its size.
/// An entry that is out of the text or off a char boundary compares as `""`: a damaged
/// index gives wrong counts, never a panic.
pub(crate) fn range(c: &Corpus<'_>, query: &str) -> std::ops::Range<usize> {
    let sa = c.pack.suffixes();
    let window = query.chars().count().saturating_mul(4);
    let at = |i: usize| c.pack.text_from(sa.get(i).at, window);
    let lo = sa.partition_point(|i| cmp_prefix(at(i), query) == Ordering::Less);
    let hi = sa.partition_point(|i| cmp_prefix(at(i), query) != Ordering::Greater);
    lo..hi.max(lo)
}

/// Byte length in the text from `start` of `chars` chars (fewer where the text ends or
/// stops being UTF-8).
pub(crate) fn byte_len(c: &Corpus<'_>, start: u32, chars: usize) -> usize {
    let rest = c.pack.text_from(start, chars.saturating_mul(4));
    rest.char_indices()
        .nth(chars)
        .map_or(rest.len(), |(i, _)| i)
}
