//! Credit lines and reporters: what an article says about who made it.

use baokan_pack::records::{CreditRec, ReporterRec};
use serde::Serialize;
use serde::ser::SerializeStruct;

use super::{Article, provenance_fields, source_of};
use crate::corpus::Corpus;
use crate::kinds::CreditKind;
use crate::source::Source;

/// A credit or note line: a byline, an author note, a design, chart or data-source line, a
/// caption, a signature or a closing dateline. Credits are not paragraphs, so search and
/// statistics skip them.
///
/// ```
/// let c = baokan::corpus();
/// // The seed page's closing dateline is typed as one.
/// let kinds: Vec<_> = c.credits().map(|k| k.kind()).collect();
/// assert!(kinds.is_empty() || kinds.contains(&baokan::CreditKind::ClosingDateline));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Credit<'a> {
    c: Corpus<'a>,
    rec: CreditRec,
}
super::spanned!(Credit);

impl<'a> Credit<'a> {
    pub(crate) fn at(c: Corpus<'a>, index: usize) -> Credit<'a> {
        Credit {
            c,
            rec: c.pack.credits().get(index),
        }
    }

    /// What kind of line it is.
    pub fn kind(&self) -> CreditKind {
        CreditKind::from_code(self.rec.kind).unwrap_or(CreditKind::Note)
    }

    /// The line as printed, without its indentation.
    pub fn text(&self) -> &'a str {
        self.c.pack.text_at(self.rec.start, self.rec.end)
    }

    /// Its article.
    pub fn article(&self) -> Article<'a> {
        Article::at(self.c, self.rec.article as usize)
    }
}

impl Serialize for Credit<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Credit", 8)?;
        st.serialize_field("kind", &self.kind())?;
        st.serialize_field("text", self.text())?;
        provenance_fields(&mut st, &self.c, self.rec.start, self.rec.end)?;
        st.end()
    }
}

/// A reporter named in a byline or a dateline, with the name as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reporter<'a> {
    /// The name without typesetting spaces: 张 枨 → 张枨.
    pub name: &'a str,
    /// The name as printed.
    pub printed: &'a str,
    /// Where the printed name stands in the source.
    pub source: Source<'a>,
}

impl<'a> Reporter<'a> {
    pub(crate) fn at(c: Corpus<'a>, index: usize) -> Reporter<'a> {
        let r: ReporterRec = c.pack.reporters().get(index);
        Reporter {
            name: c.pack.name(r.name_start, r.name_end),
            printed: c.pack.text_at(r.start, r.end),
            source: source_of(&c, r.start),
        }
    }
}
