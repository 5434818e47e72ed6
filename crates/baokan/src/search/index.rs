//! Lookups in the pack's suffix array.

use std::cmp::Ordering;

use baokan_pack::collation::cmp_prefix;
use baokan_pack::keys::{KEY_STEP, KeyOrder, bucket, compare};
use baokan_pack::lcps::{Bound, End, Known, bound_in};

use crate::corpus::Corpus;

/// The range of suffix-array entries whose suffix starts with `query` (folded).
/// Two binary searches: O(m log n) char comparisons, no allocation.
///
/// Where the pack has [suffix keys](baokan_pack::keys), each search runs first over the
/// keys (a small contiguous table, read without the text wherever a key decides) to
/// find the bucket of [`KEY_STEP`] entries that holds its answer, then inside that
/// bucket: a first lookup in a memory-mapped pack touches a few pages, about as many in
/// a 300 MB pack as in a 7 MB one. Without keys it searches the whole index. Where the
/// pack has [suffix LCPs](baokan_pack::lcps) too, the search inside the bucket starts
/// from its two keyed ends and reads the text only of the entries whose LCPs cannot
/// tell their order against the query: never more than a binary search of the bucket
/// (six per bound), none for most queries of up to four chars.
///
/// Each comparison with the text reads (and checks as UTF-8) only the first
/// `4 × query chars` bytes of the suffix. An entry that is out of the text or off a char
/// boundary compares as `""`, and a wrong key sends the search to a wrong bucket: a
/// damaged index gives wrong counts, never a panic.
pub(crate) fn range(c: &Corpus<'_>, query: &str) -> std::ops::Range<usize> {
    let sa = c.pack.suffixes();
    let window = query.chars().count().saturating_mul(4);
    let text = |i: usize| c.pack.text_from(sa.get(i).at, window);
    let cmp = |i: usize| cmp_prefix(text(i), query);
    // LCPs stop at a '\n', where the index's order and the text's may part (`check`
    // refuses such a query before it gets here).
    let lcps = c.pack.suffix_lcps().filter(|_| !query.contains('\n'));
    let (lo, hi) = match c.pack.suffix_keys() {
        Some((level0, level1)) => {
            // The first entry for which `pred` fails lies in the bucket before the first
            // key for which it fails (level-0 keys are entries 0, KEY_STEP, 2·KEY_STEP…),
            // and that key in the run before the first level-1 key for which it fails.
            let bound = |which: Bound| {
                let pred = |o: Ordering| which.before(o);
                let at_key = |key, entry| {
                    pred(match compare(&key, query) {
                        KeyOrder::Decided(o) => o,
                        KeyOrder::Undecided => cmp(entry),
                    })
                };
                let j = level1.partition_point(|j| at_key(level1.get(j), j * KEY_STEP * KEY_STEP));
                let run = bucket(j, level0.len());
                let k = level0.partition_point_in(run, |k| at_key(level0.get(k), k * KEY_STEP));
                let entries = bucket(k, sa.len());
                // Key k - 1's entry lies before the bound, and key k's (or the end of
                // the index) does not.
                let from_lcps = lcps.zip(k.checked_sub(1)).and_then(|(lcps, key)| {
                    let before = End {
                        at: key * KEY_STEP,
                        known: Some(Known::Key(level0.get(key))),
                    };
                    let after = End {
                        at: entries.end,
                        known: (k < level0.len()).then(|| Known::Key(level0.get(k))),
                    };
                    bound_in(lcps, before, after, query, which, text)
                });
                from_lcps.unwrap_or_else(|| sa.partition_point_in(entries, |i| pred(cmp(i))))
            };
            (bound(Bound::Lower), bound(Bound::Upper))
        }
        None => (
            sa.partition_point(|i| Bound::Lower.before(cmp(i))),
            sa.partition_point(|i| Bound::Upper.before(cmp(i))),
        ),
    };
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
