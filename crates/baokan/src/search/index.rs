//! Lookups in the pack's suffix array.

use std::cmp::Ordering;

use baokan_pack::collation::cmp_prefix;

use crate::corpus::Corpus;

/// The range of suffix-array entries whose suffix starts with `query` (folded).
/// Two binary searches: O(m log n) char comparisons, no allocation.
pub(crate) fn range(c: &Corpus<'_>, query: &str) -> std::ops::Range<usize> {
    let sa = c.pack.suffixes();
    let text = c.text();
    let at = |i: usize| text.get(sa.get(i).at as usize..).unwrap_or_default();
    let lo = sa.partition_point(|i| cmp_prefix(at(i), query) == Ordering::Less);
    let hi = sa.partition_point(|i| cmp_prefix(at(i), query) != Ordering::Greater);
    lo..hi.max(lo)
}

/// Byte length in `text` from `start` of `chars` chars.
pub(crate) fn byte_len(text: &str, start: usize, chars: usize) -> usize {
    let rest = text.get(start..).unwrap_or_default();
    rest.char_indices()
        .nth(chars)
        .map_or(rest.len(), |(i, _)| i)
}
