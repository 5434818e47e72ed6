use baokan_pack::records::SentenceRec;
use serde::ser::SerializeStruct;

use super::{Paragraph, provenance_fields};
use crate::corpus::Corpus;
use crate::id::ItemId;
use crate::kinds::SentenceEnd;
use crate::{Article, Section};

/// A sentence of a paragraph.
///
/// ```
/// let c = baokan::corpus();
/// let p = c.paragraph("1.1.1")?;
/// let s = p.sentences().next().unwrap();
/// assert_eq!(s.text(), "党的力量来自组织。");
/// assert_eq!(s.id().to_string(), "1.1.1.1");
/// assert_eq!(s.paragraph().id(), p.id());
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Sentence<'a> {
    c: Corpus<'a>,
    index: usize,
    rec: SentenceRec,
}
super::spanned!(Sentence);

impl<'a> Sentence<'a> {
    pub(crate) fn at(c: Corpus<'a>, index: usize) -> Sentence<'a> {
        Sentence {
            c,
            index,
            rec: c.pack.sentences().get(index),
        }
    }

    /// Position among all sentences of the corpus.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The stable id, e.g. `1.2.3.1`.
    pub fn id(&self) -> ItemId {
        let p = self.paragraph();
        // Wrapping: only a damaged pack puts a sentence before its paragraph's first.
        let ordinal = (self.index as u32)
            .wrapping_sub(self.c.pack.paragraphs().get(p.index()).sentence_first)
            .wrapping_add(1);
        let pid = p.id();
        let parts = pid.parts();
        ItemId::new(&[parts[0], parts[1], parts[2], ordinal])
    }

    /// The sentence's text, with its closing marks.
    pub fn text(&self) -> &'a str {
        self.c.pack.text_at(self.rec.start, self.rec.end)
    }

    /// How it ends.
    pub fn end(&self) -> SentenceEnd {
        SentenceEnd::from_code(self.rec.end_kind)
    }

    /// Its paragraph.
    pub fn paragraph(&self) -> Paragraph<'a> {
        Paragraph::at(self.c, self.rec.paragraph as usize)
    }

    /// Its section.
    pub fn section(&self) -> Section<'a> {
        self.paragraph().section()
    }

    /// Its article.
    pub fn article(&self) -> Article<'a> {
        self.paragraph().article()
    }
}

impl serde::Serialize for Sentence<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Sentence", 9)?;
        st.serialize_field("id", &self.id())?;
        st.serialize_field("paragraph", &self.paragraph().id())?;
        st.serialize_field("text", self.text())?;
        st.serialize_field("end", &self.end())?;
        provenance_fields(&mut st, &self.c, self.rec.start, self.rec.end)?;
        st.end()
    }
}
