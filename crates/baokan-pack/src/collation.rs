//! The collation of the search index: how text is folded before suffixes are compared.
//!
//! The suffix array in a pack is sorted by *folded* text, and a query must be folded the
//! same way, so the fold is part of the format: a change here is a format version bump.
//!
//! Folding maps the full-width forms U+FF01..U+FF5E (`，：；？（）`, full-width digits and
//! letters) to their ASCII twins and the ideographic space U+3000 to a space. It maps
//! every char to exactly one char, so offsets in the folded text and the original text
//! count the same chars.
//!
//! ```
//! use baokan_pack::collation::fold;
//! assert_eq!(fold('，'), ',');
//! assert_eq!(fold('（'), '(');
//! assert_eq!(fold('Ｇ'), 'G');
//! assert_eq!(fold('党'), '党');
//! ```

/// Folds one char for comparison.
#[inline]
pub fn fold(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// Compares the folded `text` with the folded `query`, looking only at the first
/// `query.chars().count()` chars of `text`: `Equal` means `text` starts with `query`.
///
/// ```
/// use std::cmp::Ordering;
/// use baokan_pack::collation::cmp_prefix;
/// assert_eq!(cmp_prefix("党委(党组)书记", "党委（党组）"), Ordering::Equal);
/// assert_eq!(cmp_prefix("党委", "党委（党组）"), Ordering::Less);
/// ```
#[inline]
pub fn cmp_prefix(text: &str, query: &str) -> std::cmp::Ordering {
    let mut t = text.chars().map(fold);
    for q in query.chars().map(fold) {
        match t.next() {
            None => return std::cmp::Ordering::Less,
            Some(c) if c != q => return c.cmp(&q),
            Some(_) => {}
        }
    }
    std::cmp::Ordering::Equal
}
