//! Suffix LCPs: for every suffix-array entry, how many folded chars its suffix shares
//! with the entry before it (capped at [`LCP_CAP`]), four bits an entry, so that the
//! search inside a bucket of [`KEY_STEP`](crate::keys::KEY_STEP) entries can tell most
//! entries' order against the query without reading their text.
//!
//! After the [suffix keys](crate::keys) have narrowed a lookup to one bucket, a plain
//! binary search reads the text of about six entries per bound, each a page of its own
//! in a large pack, and in a freshly mapped pack each page is a fault. The bucket's two
//! ends are keyed, so their first chars are known; an entry that shares more chars with
//! an end than the end shares with the query compares with the query as the end does,
//! one that shares fewer lies on the query's other side, and only the rest need their
//! text ([`bound_in`]), each text read becoming a known end. On the February month
//! (`benches/faults.rs`), a first count of 乡村振兴, 基层 or 习近平 reads no entry's text
//! at all, in 11 days as in the month ten times over; a query longer than the keys
//! (经费保障制度) still reads a few.
//!
//! An LCP counts chars equal in both suffixes as they stand in the text, up to but not
//! including a `'\n'` (the end of a paragraph, past which the index's order and the
//! text's need not agree), and at most [`LCP_CAP`]. Entry 0 has LCP 0. The table holds
//! entry `i`'s LCP in byte `i / 2`, the low four bits for even `i`, and is a whole number
//! of 4-byte words (eight entries a word), the half-bytes past the last entry 0.
//!
//! ```
//! use baokan_pack::lcps::{lcp_of, nibbles, Lcps};
//! assert_eq!(lcp_of("乡村振兴战略", "乡村建设"), 2);
//! assert_eq!(lcp_of("乡村\n振兴", "乡村\n振兴"), 2);
//! assert_eq!(lcp_of("（党组）书记", "(党组)书记处"), 6);
//! let table = nibbles([0, 2, 15]);
//! assert_eq!(table, [0x20, 0x0f, 0, 0]);
//! assert_eq!(Lcps::new(&table, 3).get(2), Some(15));
//! assert_eq!(Lcps::new(&table, 3).get(3), None);
//! ```

use std::cmp::Ordering;

use crate::collation::{cmp_prefix, fold};
use crate::records::SuffixKeyRec;

/// The largest LCP stored: an entry that shares more chars with the one before it
/// stores this.
pub const LCP_CAP: u8 = 15;

/// Bytes of text that hold [`LCP_CAP`] chars and the one after them.
pub const LCP_WINDOW: usize = 4 * (LCP_CAP as usize + 1);

/// The LCP of two suffixes' texts (each at least [`LCP_WINDOW`] bytes of it where the
/// text is that long): the folded chars they share before the first `'\n'`, at most
/// [`LCP_CAP`].
///
/// ```
/// assert_eq!(baokan_pack::lcps::lcp_of("报刊", "报纸"), 1);
/// assert_eq!(baokan_pack::lcps::lcp_of("", "报纸"), 0);
/// ```
pub fn lcp_of(a: &str, b: &str) -> u8 {
    let cap = LCP_CAP as usize;
    // The bytes both share hold the same chars; past them, chars may still fold alike.
    let same = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let mut k = same;
    while !a.is_char_boundary(k) {
        k -= 1;
    }
    let mut n = 0;
    for c in a[..k].chars() {
        if c == '\n' || n == cap {
            return n as u8;
        }
        n += 1;
    }
    let rest = a[k..].chars().map(fold).zip(b[k..].chars().map(fold));
    n += rest
        .take_while(|&(x, y)| x == y && x != '\n')
        .take(cap - n)
        .count();
    n as u8
}

/// Bytes in the table of `entries` entries: half a byte each, in whole 4-byte words.
///
/// ```
/// assert_eq!(baokan_pack::lcps::table_len(0), 0);
/// assert_eq!(baokan_pack::lcps::table_len(9), 8);
/// ```
pub const fn table_len(entries: usize) -> usize {
    entries.div_ceil(8) * 4
}

/// The table of these LCPs (each at most [`LCP_CAP`]; higher ones are capped).
///
/// ```
/// assert_eq!(baokan_pack::lcps::nibbles([1, 2, 3]), [0x21, 0x03, 0, 0]);
/// ```
pub fn nibbles(lcps: impl IntoIterator<Item = u8>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut n = 0;
    for (i, l) in lcps.into_iter().enumerate() {
        let l = l.min(LCP_CAP);
        if i.is_multiple_of(2) {
            out.push(l);
        } else if let Some(last) = out.last_mut() {
            *last |= l << 4;
        }
        n = i + 1;
    }
    out.resize(table_len(n), 0);
    out
}

/// A table of LCPs, read in place: every read is checked against the table.
///
/// ```
/// let l = baokan_pack::lcps::Lcps::new(&[0x31, 0, 0, 0], 2);
/// assert_eq!((l.get(0), l.get(1), l.get(2)), (Some(1), Some(3), None));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Lcps<'a> {
    bytes: &'a [u8],
    entries: usize,
}

impl<'a> Lcps<'a> {
    /// The table `bytes`, for an index of `entries` entries.
    pub fn new(bytes: &'a [u8], entries: usize) -> Lcps<'a> {
        Lcps { bytes, entries }
    }

    /// Entry `i`'s LCP; `None` past the index or the table.
    #[inline]
    pub fn get(&self, i: usize) -> Option<u8> {
        if i >= self.entries {
            return None;
        }
        let b = *self.bytes.get(i / 2)?;
        Some(if i.is_multiple_of(2) { b & 0xf } else { b >> 4 })
    }
}

/// What is known of an entry's suffix: its key, or its text as read.
#[derive(Debug, Clone, Copy)]
pub enum Known<'t> {
    /// The entry's [suffix key](crate::keys).
    Key(SuffixKeyRec),
    /// The entry's text, at least 4 bytes per query char of it where the text is that
    /// long.
    Text(&'t str),
}

/// Which bound of a query's range a search looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The first entry whose suffix does not sort before the query.
    Lower,
    /// The first entry whose suffix sorts after the query (past every one it starts).
    Upper,
}

impl Bound {
    /// Whether an entry that compares `o` with the query lies before the bound.
    #[inline]
    pub fn before(self, o: Ordering) -> bool {
        match self {
            Bound::Lower => o == Ordering::Less,
            Bound::Upper => o != Ordering::Greater,
        }
    }
}

/// How entries after a known one relate to the query, by their LCP with it: those that
/// share at least `same` chars with it compare as it does; those that share fewer than
/// `greater` (and fewer than the cap) sort after the query.
struct Relation {
    same: usize,
    greater: usize,
}

fn relation(known: Known<'_>, query: &str) -> Relation {
    let mut q = query.chars().map(fold).enumerate();
    let mismatch = |d: usize| Relation {
        same: d + 1,
        greater: d,
    };
    let run_out = |d: usize| Relation {
        same: usize::MAX,
        greater: d,
    };
    match known {
        Known::Key(k) => {
            let chars = [k.c0, k.c1, k.c2, k.c3];
            for (i, c) in q.by_ref() {
                match chars.get(i) {
                    None | Some(0) => return run_out(i),
                    Some(&k) if k != c as u32 => return mismatch(i),
                    Some(_) => {}
                }
            }
        }
        Known::Text(t) => {
            let mut t = t.chars().map(fold);
            for (i, c) in q.by_ref() {
                match t.next() {
                    None => return run_out(i),
                    Some(k) if k != c => return mismatch(i),
                    Some(_) => {}
                }
            }
        }
    }
    let m = query.chars().count();
    Relation {
        same: m,
        greater: m,
    }
}

/// One end of the range [`bound_in`] searches: an entry and what is known of its suffix.
#[derive(Debug, Clone, Copy)]
pub struct End<'t> {
    /// The entry.
    pub at: usize,
    /// Its key or its text; `None` for the end of the index.
    pub known: Option<Known<'t>>,
}

/// The bound of `query` among the entries `before.at + 1..after.at`, where entry
/// `before.at` lies before the bound and entry `after.at`, if there is one, does not:
/// the first entry in that range not before the bound, or `after.at`. Reads the LCPs of
/// the range and the text of as few entries as it can (`text(i)`: entry `i`'s text, at
/// least 4 bytes per query char of it), never more than a binary search would.
///
/// An entry that shares more chars with a known end than that end shares with the query
/// compares with the query as the end does; one that shares fewer lies on the query's
/// other side; only the rest need their text. Each text read becomes a known end, and
/// the undecided entries left are at most half as many.
///
/// `None` when an LCP of the range is missing (the caller then searches the text).
/// The query must not hold a `'\n'`. On a damaged table the answer is wrong, never a
/// panic or an endless loop.
///
/// ```
/// use baokan_pack::keys::key_of;
/// use baokan_pack::lcps::{bound_in, lcp_of, nibbles, Bound, End, Known, Lcps};
/// let sorted = ["乡村建设", "乡村振兴", "乡村振兴战略", "乡村教师", "乡镇"];
/// let table = nibbles((0..sorted.len()).map(|i| if i == 0 { 0 } else { lcp_of(sorted[i - 1], sorted[i]) }));
/// let lcps = Lcps::new(&table, sorted.len());
/// let before = End { at: 0, known: Some(Known::Key(key_of(sorted[0]))) };
/// let after = End { at: 5, known: None };
/// let lo = bound_in(lcps, before, after, "乡村振兴", Bound::Lower, |i| sorted[i]);
/// let hi = bound_in(lcps, before, after, "乡村振兴", Bound::Upper, |i| sorted[i]);
/// assert_eq!((lo, hi), (Some(1), Some(3)));
/// ```
pub fn bound_in<'t>(
    lcps: Lcps<'_>,
    before: End<'t>,
    after: End<'t>,
    query: &str,
    bound: Bound,
    mut text: impl FnMut(usize) -> &'t str,
) -> Option<usize> {
    let (mut a, mut b) = (before, after);
    loop {
        // From the entry before the bound, forwards: the entries that compare as it
        // does, then the undecided, then those after the query (the LCP with it only
        // falls). From the entry after it, backwards, the same mirrored.
        let (lo, hi) = (a.at + 1, b.at);
        if lo >= hi {
            return Some(hi);
        }
        let (mut from, mut to) = (lo, hi);
        if let Some(k) = a.known {
            let r = relation(k, query);
            let (mut i, mut l) = (lo, LCP_CAP);
            while i < hi {
                l = l.min(lcps.get(i)?);
                if (l as usize) < r.same {
                    break;
                }
                i += 1;
            }
            from = i;
            while i < hi {
                l = l.min(lcps.get(i)?);
                if (l as usize) < r.greater && l < LCP_CAP {
                    break;
                }
                i += 1;
            }
            to = i;
        }
        if let Some(k) = b.known {
            let r = relation(k, query);
            let (mut j, mut l) = (hi, LCP_CAP);
            // Entry j - 1 shares min(lcps of j..=b) with b.
            while j > from {
                l = l.min(lcps.get(j)?);
                if (l as usize) < r.same {
                    break;
                }
                j -= 1;
            }
            to = to.min(j);
            while j > from {
                l = l.min(lcps.get(j)?);
                if (l as usize) < r.greater && l < LCP_CAP {
                    break;
                }
                j -= 1;
            }
            from = from.max(j);
        }
        if from >= to {
            return Some(to.max(lo).min(hi));
        }
        let probe = from + (to - from) / 2;
        let t = text(probe);
        let end = End {
            at: probe,
            known: Some(Known::Text(t)),
        };
        if bound.before(cmp_prefix(t, query)) {
            a = end;
        } else {
            b = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::key_of;

    /// Sorted suffixes of a small text over a few chars, every query of 1–5 of those
    /// chars, every anchor and end a bucket search can be given: `bound_in` finds what a
    /// binary search of the text finds, and reads fewer texts.
    #[test]
    fn bounds_agree_with_a_binary_search() {
        let alphabet = ['乡', '村', '振', '兴', '\n'];
        let mut seed = 7u32;
        let text: String = (0..400)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                alphabet[(seed % 5) as usize]
            })
            .collect();
        let mut suffixes: Vec<&str> = text
            .char_indices()
            .filter(|&(_, c)| c != '\n')
            .map(|(i, _)| &text[i..])
            .collect();
        // The index's order: by folded chars, up to and including a '\n'.
        let upto = |s: &str| -> String {
            let end = s.find('\n').map_or(s.len(), |e| e + 1);
            s[..end].to_string()
        };
        suffixes.sort_by_key(|s| upto(s));
        let table = nibbles((0..suffixes.len()).map(|i| {
            i.checked_sub(1)
                .map_or(0, |p| lcp_of(suffixes[p], suffixes[i]))
        }));
        let lcps = Lcps::new(&table, suffixes.len());
        let n = suffixes.len();
        let mut queries = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = queries
                .iter()
                .flat_map(|q| alphabet[..4].iter().map(move |c| format!("{q}{c}")))
                .collect();
            queries.extend(longer);
        }
        let (mut probes, mut plain) = (0usize, 0usize);
        for q in &queries {
            for bound in [Bound::Lower, Bound::Upper] {
                let want = suffixes.partition_point(|s| bound.before(cmp_prefix(s, q)));
                for anchor in (0..n).step_by(5) {
                    if !bound.before(cmp_prefix(suffixes[anchor], q)) {
                        continue;
                    }
                    let end = (anchor + 64).min(n);
                    if end < n && bound.before(cmp_prefix(suffixes[end], q)) {
                        continue;
                    }
                    let mut read = 0;
                    let before = End {
                        at: anchor,
                        known: Some(Known::Key(key_of(suffixes[anchor]))),
                    };
                    let after = End {
                        at: end,
                        known: suffixes.get(end).map(|s| Known::Key(key_of(s))),
                    };
                    let got = bound_in(lcps, before, after, q, bound, |i| {
                        read += 1;
                        suffixes[i]
                    });
                    assert_eq!(got, Some(want), "{q:?} {bound:?} from {anchor}");
                    probes += read;
                    plain += (end - anchor).ilog2() as usize + 1;
                }
            }
        }
        assert!(
            probes < plain / 2,
            "{probes} texts read, {plain} by bisection"
        );
    }

    /// The byte-wise fast path gives what comparing folded chars gives.
    #[test]
    fn lcp_of_is_the_folded_lcp() {
        let plain = |a: &str, b: &str| {
            let shared = a.chars().map(fold).zip(b.chars().map(fold));
            shared
                .take_while(|&(x, y)| x == y && x != '\n')
                .take(LCP_CAP as usize)
                .count() as u8
        };
        let texts = [
            "",
            "乡",
            "乡村振兴战略规划实施意见和行动方案",
            "乡村振兴战略规划实施意见和行动方案，",
            "乡村振兴战略规划实施意见和",
            "乡村振兴（规划）",
            "乡村振兴(规划)",
            "乡村振兴\n战略",
            "乡村振兴\n战略规划",
            "２０１９年２月",
            "2019年2月",
            "2019年３月",
            "\n",
            "aaaaaaaaaaaaaaaaaaaaaa",
            "aaaaaaaaaaaaaaaaaaaaab",
            "é",
            "ê",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(lcp_of(a, b), plain(a, b), "{a:?} {b:?}");
            }
        }
    }

    /// Wrong LCPs give wrong bounds, never a panic or an endless loop; a short table
    /// gives `None`.
    #[test]
    fn damaged_tables_end() {
        let sorted = ["乡", "乡村", "乡村振兴", "村", "振", "兴"];
        for fill in [0x00u8, 0xff, 0x5a, 0xa5] {
            let table = vec![fill; 4];
            let lcps = Lcps::new(&table, sorted.len());
            for q in ["乡", "乡村", "村", "丁", "乡村振兴战略"] {
                for bound in [Bound::Lower, Bound::Upper] {
                    let before = End {
                        at: 0,
                        known: Some(Known::Key(key_of("乡"))),
                    };
                    let after = End { at: 6, known: None };
                    let got = bound_in(lcps, before, after, q, bound, |i| {
                        sorted.get(i).copied().unwrap_or("")
                    });
                    assert!(got.is_some_and(|g| (1..=6).contains(&g)), "{got:?}");
                }
            }
        }
        let short = Lcps::new(&[0x11, 0x11], 6);
        let before = End {
            at: 0,
            known: Some(Known::Key(key_of("乡"))),
        };
        let after = End { at: 6, known: None };
        let got = bound_in(short, before, after, "村", Bound::Lower, |i| sorted[i]);
        assert_eq!(got, None);
    }
}
