//! Keyword-in-context lines, as AntConc and `nltk.Text.concordance` show them.

use std::cmp::Ordering;

use serde::ser::SerializeStruct;

use super::hit::{Hit, hit_fields};

/// How to order concordance lines.
///
/// ```
/// assert_eq!("left".parse::<baokan::KwicSort>(), Ok(baokan::KwicSort::Left));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KwicSort {
    /// In text order.
    #[default]
    Position,
    /// By the left context, read from the match outwards (nearest char first).
    Left,
    /// By the right context.
    Right,
}

impl std::str::FromStr for KwicSort {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "position" | "pos" => Ok(KwicSort::Position),
            "left" => Ok(KwicSort::Left),
            "right" => Ok(KwicSort::Right),
            _ => Err(format!("unknown sort {s:?}: use position, left or right")),
        }
    }
}

/// A concordance line: a hit with its left and right context.
///
/// ```
/// use baokan::KwicSort;
/// let c = baokan::corpus();
/// let lines = c.query("乡村振兴").kwic(6, false, KwicSort::Right)?;
/// assert!(lines.len() > 10);
/// assert!(lines.iter().all(|l| l.hit.text() == "乡村振兴"));
/// assert!(lines.windows(2).all(|w| w[0].right <= w[1].right));
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct KwicLine<'a> {
    /// The match.
    pub hit: Hit<'a>,
    /// Context before the match.
    pub left: &'a str,
    /// Context after the match.
    pub right: &'a str,
}

impl<'a> KwicLine<'a> {
    /// The line for `hit` with `width` chars of context each side, kept inside the
    /// paragraph unless `cross_paragraphs`, then inside the article.
    pub fn new(hit: Hit<'a>, width: usize, cross_paragraphs: bool) -> KwicLine<'a> {
        let (lo, hi) = if cross_paragraphs {
            let a = hit.article().span();
            (a.start, a.end)
        } else {
            let p = hit.paragraph().span();
            (p.start, p.end)
        };
        KwicLine {
            hit,
            left: hit.left_within(width, lo),
            right: hit.right_within(width, hi),
        }
    }
}

pub(crate) fn sort(lines: &mut [KwicLine<'_>], by: KwicSort) {
    lines.sort_by(|a, b| cmp_key(a, b, by).then(a.hit.start.cmp(&b.hit.start)));
}

/// The order of two lines by `by` alone, without the text-position tie-break: equal
/// for every pair under [`KwicSort::Position`], whose order is the text's.
pub(crate) fn cmp_key(a: &KwicLine<'_>, b: &KwicLine<'_>, by: KwicSort) -> Ordering {
    match by {
        KwicSort::Position => Ordering::Equal,
        KwicSort::Left => cmp_rev(a.left, b.left),
        KwicSort::Right => a.right.cmp(b.right),
    }
}

fn cmp_rev(a: &str, b: &str) -> Ordering {
    a.chars().rev().cmp(b.chars().rev())
}

impl serde::Serialize for KwicLine<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("KwicLine", 13)?;
        hit_fields(&self.hit, &mut st)?;
        st.serialize_field("left", self.left)?;
        st.serialize_field("right", self.right)?;
        // The same schema as a hit in a credit line (`search --credits`), which names its kind.
        st.serialize_field("credit", &None::<crate::CreditKind>)?;
        st.end()
    }
}
