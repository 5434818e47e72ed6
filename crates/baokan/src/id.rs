//! Stable item ids: the path of 1-based ordinals from the article down.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;

/// The id of an article (`"2"`), section (`"2.1"`), paragraph (`"2.1.3"`) or sentence
/// (`"2.1.3.1"`): 1-based ordinals, each within its parent, joined by dots.
///
/// The same corpus always gives the same ids, so they can be passed between the CLI,
/// Python and Rust.
///
/// ```
/// use baokan::ItemId;
/// let id: ItemId = "2.1.3".parse()?;
/// assert_eq!(id.depth(), 3);
/// assert_eq!(id.to_string(), "2.1.3");
/// assert!("2.0".parse::<ItemId>().is_err());
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId {
    parts: [u32; 4],
    depth: u8,
}

impl ItemId {
    pub(crate) fn new(parts: &[u32]) -> ItemId {
        let mut p = [0; 4];
        let depth = parts.len().min(4);
        p[..depth].copy_from_slice(&parts[..depth]);
        ItemId {
            parts: p,
            depth: depth as u8,
        }
    }

    /// 1 for an article, 2 for a section, 3 for a paragraph, 4 for a sentence.
    pub fn depth(&self) -> usize {
        self.depth as usize
    }

    /// The 1-based ordinals, from the article down.
    pub fn parts(&self) -> &[u32] {
        &self.parts[..self.depth()]
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.parts().iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl FromStr for ItemId {
    type Err = Error;

    fn from_str(s: &str) -> Result<ItemId, Error> {
        let bad = |reason| Error::BadId {
            id: s.to_string(),
            reason,
        };
        let mut parts = [0u32; 4];
        let mut depth = 0;
        for piece in s.trim().split('.') {
            if depth == 4 {
                return Err(bad(
                    "more than four levels (article.section.paragraph.sentence)",
                ));
            }
            let n: u32 = piece
                .parse()
                .map_err(|_| bad("an item id: each level must be a whole number, like 1.2.3"))?;
            if n == 0 {
                return Err(bad("an item id: ordinals start at 1"));
            }
            parts[depth] = n;
            depth += 1;
        }
        Ok(ItemId {
            parts,
            depth: depth as u8,
        })
    }
}

impl serde::Serialize for ItemId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
