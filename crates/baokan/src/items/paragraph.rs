use baokan_pack::records::ParagraphRec;
use serde::ser::SerializeStruct;

use super::{Article, Section, Sentence, provenance_fields, source_of};
use crate::corpus::Corpus;
use crate::id::ItemId;
use crate::kinds::ParagraphKind;
use crate::source::Source;

/// A paragraph, after page-break repair.
///
/// ```
/// use baokan::ParagraphKind;
/// let c = baokan::corpus();
/// let p = c.paragraphs().find(|p| p.text().contains("经费保障制度")).unwrap();
/// assert_eq!(p.kind(), ParagraphKind::Body);
/// let join = p.joins().next().unwrap();
/// assert!(p.text()[..join.at - p.span().start].ends_with("经费保障"));
/// assert_eq!(join.source.line, 67);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Paragraph<'a> {
    c: Corpus<'a>,
    index: usize,
    rec: ParagraphRec,
}
super::spanned!(Paragraph);

/// A page-break join inside a paragraph: where the continuation begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Join<'a> {
    /// Byte offset in [`Corpus::text`] where the continuation begins.
    pub at: usize,
    /// The same place as a char offset.
    pub char: usize,
    /// Where the continuation stands in the source.
    pub source: Source<'a>,
    /// Why the pieces were joined.
    pub reason: crate::JoinReason,
}

impl<'a> Paragraph<'a> {
    pub(crate) fn at(c: Corpus<'a>, index: usize) -> Paragraph<'a> {
        Paragraph {
            c,
            index,
            rec: c.pack.paragraphs().get(index),
        }
    }

    /// Position among all paragraphs of the corpus.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The stable id, e.g. `1.2.3`.
    pub fn id(&self) -> ItemId {
        let s = self.section();
        // Wrapping: only a damaged pack puts a paragraph before its section's first.
        let ordinal = (self.index as u32)
            .wrapping_sub(self.c.pack.sections().get(s.index()).paragraph_first)
            .wrapping_add(1);
        let sid = s.id();
        ItemId::new(&[sid.parts()[0], sid.parts()[1], ordinal])
    }

    /// What kind of paragraph it is.
    pub fn kind(&self) -> ParagraphKind {
        ParagraphKind::from_code(self.rec.kind)
    }

    /// The text, with page-break joins repaired.
    pub fn text(&self) -> &'a str {
        self.c.pack.text_at(self.rec.start, self.rec.end)
    }

    /// Its section.
    pub fn section(&self) -> Section<'a> {
        Section::at(self.c, self.rec.section as usize)
    }

    /// Its article.
    pub fn article(&self) -> Article<'a> {
        self.section().article()
    }

    /// Its sentences.
    pub fn sentences(
        &self,
    ) -> impl ExactSizeIterator<Item = Sentence<'a>> + DoubleEndedIterator + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .sentences()
                .range(self.rec.sentence_first, self.rec.sentence_count),
            Sentence::at,
        )
    }

    /// The page-break joins repaired inside it, in order.
    pub fn joins(
        &self,
    ) -> impl ExactSizeIterator<Item = Join<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = self.c;
        let joins = c.pack.joins();
        joins
            .range(self.rec.join_first, self.rec.join_count)
            .map(move |i| {
                let j = joins.get(i);
                let at = j.at;
                Join {
                    at: at as usize,
                    char: c.char_at(at as usize),
                    source: source_of(&c, at),
                    reason: crate::JoinReason::from_code(j.reason)
                        .unwrap_or(crate::JoinReason::MidSentence),
                }
            })
    }
}

impl serde::Serialize for Paragraph<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Paragraph", 11)?;
        st.serialize_field("id", &self.id())?;
        st.serialize_field("section", &self.section().id())?;
        st.serialize_field("kind", &self.kind())?;
        st.serialize_field("text", self.text())?;
        provenance_fields(&mut st, &self.c, self.rec.start, self.rec.end)?;
        st.serialize_field("joins", &JoinList(*self))?;
        st.end()
    }
}

struct JoinList<'a>(Paragraph<'a>);

impl serde::Serialize for JoinList<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.joins())
    }
}
