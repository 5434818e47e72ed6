//! Repeated phrases: maximal repeats, read off the pack's suffix array.

use std::cmp::Ordering;
use std::ops::Range;

use baokan_pack::collation::{cmp_prefix, fold};
use serde::Serialize;

use super::{has_letter, is_punct};
use crate::corpus::Corpus;

/// A phrase that occurs more than once in the paragraph text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Repeat<'a> {
    /// The phrase, as it stands at one of its occurrences.
    pub text: &'a str,
    /// Occurrences in paragraph text (folded, overlapping ones counted), so
    /// `count == corpus.count(text)`.
    pub count: usize,
    /// Length in chars.
    pub len: usize,
}

/// What ends every paragraph in the sequence the index sorts (the arena's line break).
const END: char = '\n';

impl<'a> Corpus<'a> {
    /// Phrases of at least `min_len` chars that occur at least `min_count` times (2 at
    /// the least) in the paragraph text, by count descending, then length descending,
    /// then text.
    ///
    /// A phrase is reported when it is *maximal by extension*: no longer phrase that
    /// contains it occurs as often, so of 乡村振兴 and 全面推进乡村振兴 both are reported
    /// only if the longer one is rarer, and a fragment that always stands inside the same
    /// longer phrase is not reported at all. Phrases that begin or end with punctuation,
    /// symbols or whitespace are trimmed to their letters, and kept only if the trimmed
    /// phrase is still maximal; phrases of only digits and punctuation are dropped.
    ///
    /// How: an LCP array is computed over the pack's suffix array (Kasai's algorithm, on
    /// folded chars, each paragraph ending in a terminator that matches nothing, so no
    /// phrase crosses a paragraph), and its LCP intervals are walked bottom-up. Each
    /// interval is a right-maximal repeat; it is maximal when the chars before its
    /// occurrences differ (or one stands at a paragraph start). Linear time and memory
    /// in the text length, plus one index lookup per trimmed phrase.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let reps = c.repeats(4, 3);
    /// let r = reps.iter().find(|r| r.text == "乡村振兴").unwrap();
    /// assert_eq!(r.count, c.count("乡村振兴")?);
    /// assert!(reps.iter().any(|r| r.text == "基层党组织"));
    /// // Never a fragment of a longer reported phrase with the same count.
    /// for a in &reps {
    ///     assert!(!reps.iter().any(|b| b.len > a.len && b.count == a.count && b.text.contains(a.text)));
    /// }
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn repeats(&self, min_len: usize, min_count: usize) -> Vec<Repeat<'a>> {
        let min_len = min_len.max(1);
        let min_count = min_count.max(2);
        let seq = Sequence::of(self);
        let sa = seq.suffix_array(self);
        let lcp = seq.lcp(&sa);
        let m = sa.len();
        // changes[k]: how many of the entries 1..=k have a left context unlike the
        // previous entry's (or stand at a paragraph start).
        let left = |k: usize| sa.get(k).and_then(|&i| seq.before(i as usize));
        let mut changes = vec![0u32; m];
        for k in 1..m {
            let (a, b) = (left(k - 1), left(k));
            let differs = a.is_none() || b.is_none() || a != b;
            changes[k] = changes[k - 1] + u32::from(differs);
        }
        let mut out = Vec::new();
        let mut report = |len: u32, first: usize, last: usize| {
            let count = last - first + 1;
            let left_maximal = changes
                .get(last)
                .zip(changes.get(first))
                .is_some_and(|(a, b)| a > b);
            if count < min_count || (len as usize) < min_len || !left_maximal {
                return;
            }
            let Some(&at) = sa.get(first) else { return };
            let Some(whole) = seq.slice(self, at as usize, len as usize) else {
                return;
            };
            let text = whole.trim_matches(is_punct);
            let chars = text.chars().count();
            if chars < min_len || !has_letter(text) {
                return;
            }
            if text.len() != whole.len() && occurrences(self, text) != count {
                return; // the trimmed phrase occurs more often: it is some other repeat's
            }
            out.push(Repeat {
                text,
                count,
                len: chars,
            });
        };
        // Bottom-up walk of the LCP intervals (Abouelhoda, Kurtz and Ohlebusch 2004).
        let mut stack: Vec<(u32, usize)> = vec![(0, 0)];
        for k in 1..=m {
            let h = lcp.get(k).copied().unwrap_or(0);
            let mut first = k - 1;
            while let Some(&(top, lb)) = stack.last() {
                if h >= top {
                    break;
                }
                stack.pop();
                report(top, lb, k - 1);
                first = lb;
            }
            if stack.last().is_none_or(|&(top, _)| h > top) {
                stack.push((h, first));
            }
        }
        out.sort_unstable_by(|a, b| {
            b.count
                .cmp(&a.count)
                .then(b.len.cmp(&a.len))
                .then_with(|| a.text.cmp(b.text))
        });
        out.dedup_by(|a, b| a.text == b.text);
        out
    }
}

/// Occurrences of `s` in the paragraph text (folded): two binary searches in the index,
/// as [`Corpus::count`] does, but for a phrase of any length.
fn occurrences(c: &Corpus<'_>, s: &str) -> usize {
    index_range(c, s).len()
}

/// The index entries of the occurrences of `s` (folded), in index order.
pub(crate) fn index_range(c: &Corpus<'_>, s: &str) -> Range<usize> {
    let sa = c.pack.suffixes();
    let window = s.chars().count().saturating_mul(4);
    let at = |k: usize| c.pack.text_from(sa.get(k).at, window);
    let lo = sa.partition_point(|k| cmp_prefix(at(k), s) == Ordering::Less);
    let hi = sa.partition_point(|k| cmp_prefix(at(k), s) != Ordering::Greater);
    lo..hi.max(lo)
}

/// The folded paragraph chars the index sorts, each paragraph followed by [`END`], with
/// the byte offset in the arena of every char (for an `END`, its paragraph's end).
struct Sequence {
    chars: Vec<char>,
    bytes: Vec<u32>,
}

impl Sequence {
    fn of(c: &Corpus<'_>) -> Sequence {
        let mut chars = Vec::new();
        let mut bytes = Vec::new();
        for p in c.pack.paragraphs().iter() {
            for (i, ch) in c.pack.text_at(p.start, p.end).char_indices() {
                chars.push(fold(ch));
                bytes.push(p.start + i as u32);
            }
            chars.push(END);
            bytes.push(p.end);
        }
        Sequence { chars, bytes }
    }

    /// The pack's suffix array as positions in `chars`. (A malformed pack's entries that
    /// fall nowhere are dropped: wrong answers, never a panic.)
    fn suffix_array(&self, c: &Corpus<'_>) -> Vec<u32> {
        c.pack
            .suffixes()
            .iter()
            .filter_map(|s| {
                let i = self.bytes.partition_point(|&b| b < s.at);
                (self.bytes.get(i) == Some(&s.at) && self.chars.get(i) != Some(&END))
                    .then_some(i as u32)
            })
            .collect()
    }

    /// `lcp[k]`: chars shared by suffixes `sa[k - 1]` and `sa[k]`, up to their paragraph
    /// end (`lcp[0] = 0`). Kasai, Lee, Arimura, Arikawa and Park (2001): linear time.
    fn lcp(&self, sa: &[u32]) -> Vec<u32> {
        let n = self.chars.len();
        let mut rank = vec![u32::MAX; n];
        for (k, &i) in sa.iter().enumerate() {
            if let Some(r) = rank.get_mut(i as usize) {
                *r = k as u32;
            }
        }
        let mut lcp = vec![0u32; sa.len()];
        let mut h = 0usize;
        for (i, &r) in rank.iter().enumerate() {
            if r == u32::MAX || r == 0 || self.chars.get(i) == Some(&END) {
                h = 0;
                continue;
            }
            let Some(&j) = sa.get(r as usize - 1) else {
                h = 0;
                continue;
            };
            let j = j as usize;
            while let (Some(&a), Some(&b)) = (self.chars.get(i + h), self.chars.get(j + h)) {
                if a != b || a == END {
                    break;
                }
                h += 1;
            }
            if let Some(slot) = lcp.get_mut(r as usize) {
                *slot = h as u32;
            }
            h = h.saturating_sub(1);
        }
        lcp
    }

    /// The char before position `i`, or `None` at a paragraph start (unlike any char).
    fn before(&self, i: usize) -> Option<char> {
        let ch = *self.chars.get(i.checked_sub(1)?)?;
        (ch != END).then_some(ch)
    }

    /// The arena text of `len` chars from position `i`, if it stays in its paragraph.
    fn slice<'a>(&self, c: &Corpus<'a>, i: usize, len: usize) -> Option<&'a str> {
        if self.chars.get(i..i + len)?.contains(&END) {
            return None;
        }
        let (&from, &to) = (self.bytes.get(i)?, self.bytes.get(i + len)?);
        c.pack.text_get(from, to)
    }
}
