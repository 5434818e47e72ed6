//! Searching the credit lines, which the index leaves out: bylines, author notes, design
//! and chart lines, captions. A linear scan, folded as the index folds; credit lines
//! are few and short.

use serde::ser::SerializeStruct;

use baokan_pack::collation::fold;

use crate::Credit;
use crate::corpus::Corpus;
use crate::error::Error;

/// An occurrence of a query in a credit line, with its context in that line.
///
/// ```
/// let c = baokan::corpus();
/// // The seed page's credit lines are those of no article file; none names 乡村振兴.
/// assert!(c.credit_hits("乡村振兴")?.is_empty());
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CreditHit<'a> {
    c: Corpus<'a>,
    /// The credit line.
    pub credit: Credit<'a>,
    /// Byte offset of the hit in [`Corpus::text`].
    pub start: usize,
    /// Byte offset one past the hit.
    pub end: usize,
}

impl<'a> CreditHit<'a> {
    /// The matched text, as printed.
    pub fn text(&self) -> &'a str {
        self.c.text().get(self.start..self.end).unwrap_or_default()
    }

    /// Where the hit stands in the source.
    pub fn source(&self) -> crate::Source<'a> {
        crate::items::source_of(&self.c, self.start as u32)
    }

    /// The credit line before the hit.
    pub fn left(&self) -> &'a str {
        let line = self.credit.span();
        self.c
            .text()
            .get(line.start..self.start)
            .unwrap_or_default()
    }

    /// The credit line after the hit.
    pub fn right(&self) -> &'a str {
        let line = self.credit.span();
        self.c.text().get(self.end..line.end).unwrap_or_default()
    }
}

impl<'a> Corpus<'a> {
    /// Every occurrence of `query` in the credit lines, in article order, folding
    /// full-width and half-width forms as the search index does. Searches and counts
    /// skip credit lines; this finds what they skip.
    pub fn credit_hits(&self, query: &str) -> Result<Vec<CreditHit<'a>>, Error> {
        super::check(query)?;
        let q: Vec<char> = query.chars().map(fold).collect();
        let mut out = Vec::new();
        for credit in self.credits() {
            if self.unique && credit.article().duplicate_of().is_some() {
                continue;
            }
            let line = credit.text();
            let base = credit.span().start;
            let chars: Vec<(usize, char)> = line.char_indices().collect();
            for i in 0..chars.len() {
                let matched = q.len() <= chars.len() - i
                    && q.iter().zip(&chars[i..]).all(|(a, (_, b))| *a == fold(*b));
                if matched {
                    let end = chars.get(i + q.len()).map_or(line.len(), |(b, _)| *b);
                    out.push(CreditHit {
                        c: *self,
                        credit,
                        start: base + chars[i].0,
                        end: base + end,
                    });
                }
            }
        }
        Ok(out)
    }
}

impl serde::Serialize for CreditHit<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("KwicLine", 13)?;
        st.serialize_field("article", &self.credit.article().id())?;
        st.serialize_field("section", &None::<String>)?;
        st.serialize_field("paragraph", &None::<String>)?;
        st.serialize_field("sentence", &None::<String>)?;
        st.serialize_field("text", self.text())?;
        crate::items::provenance_fields(&mut st, &self.c, self.start as u32, self.end as u32)?;
        st.serialize_field("left", self.left())?;
        st.serialize_field("right", self.right())?;
        st.serialize_field("credit", &Some(self.credit.kind()))?;
        st.end()
    }
}
