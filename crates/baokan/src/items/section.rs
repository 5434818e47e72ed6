use baokan_pack::NONE;
use baokan_pack::records::SectionRec;
use serde::ser::SerializeStruct;

use super::{Article, Paragraph, Sentence, provenance_fields};
use crate::corpus::Corpus;
use crate::id::ItemId;

/// A section of an article: a heading and its paragraphs, or the untitled lead.
///
/// ```
/// let c = baokan::corpus();
/// let s = c.section("2.3")?;
/// assert_eq!(s.heading(), Some("新产业新经济加速成长 夯实新区发展“底盘”"));
/// assert_eq!(s.article().id().to_string(), "2");
/// assert_eq!(c.section("2.1")?.heading(), None); // the lead
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Section<'a> {
    c: Corpus<'a>,
    index: usize,
    rec: SectionRec,
}
super::spanned!(Section);

impl<'a> Section<'a> {
    pub(crate) fn at(c: Corpus<'a>, index: usize) -> Section<'a> {
        Section {
            c,
            index,
            rec: c.pack.sections().get(index),
        }
    }

    /// Position among all sections of the corpus.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The stable id, e.g. `1.2`.
    pub fn id(&self) -> ItemId {
        let a = self.c.pack.articles().get(self.rec.article as usize);
        ItemId::new(&[
            self.rec.article.wrapping_add(1),
            // Wrapping: only a damaged pack puts a section before its article's first.
            (self.index as u32)
                .wrapping_sub(a.section_first)
                .wrapping_add(1),
        ])
    }

    /// The heading; `None` for an article's untitled lead.
    pub fn heading(&self) -> Option<&'a str> {
        (self.rec.heading_start != NONE).then(|| {
            self.c
                .pack
                .text_at(self.rec.heading_start, self.rec.heading_end)
        })
    }

    /// A second heading line printed right under the heading, if any.
    pub fn subheading(&self) -> Option<&'a str> {
        (self.rec.subheading_start != NONE).then(|| {
            self.c
                .pack
                .text_at(self.rec.subheading_start, self.rec.subheading_end)
        })
    }

    /// Where the heading and the subheading stand in the source.
    ///
    /// ```
    /// let c = baokan::corpus();
    /// let s = c.section("1.2")?;
    /// assert_eq!(s.heading_sources().0.unwrap().line, s.source().line);
    /// assert_eq!(s.heading_sources().1, None);
    /// # Ok::<(), baokan::Error>(())
    /// ```
    pub fn heading_sources(&self) -> (Option<crate::Source<'a>>, Option<crate::Source<'a>>) {
        let at = |start: u32| (start != NONE).then(|| crate::items::source_of(&self.c, start));
        (at(self.rec.heading_start), at(self.rec.subheading_start))
    }

    /// Its article.
    pub fn article(&self) -> Article<'a> {
        Article::at(self.c, self.rec.article as usize)
    }

    /// Its paragraphs.
    pub fn paragraphs(
        &self,
    ) -> impl ExactSizeIterator<Item = Paragraph<'a>> + DoubleEndedIterator + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .paragraphs()
                .range(self.rec.paragraph_first, self.rec.paragraph_count),
            Paragraph::at,
        )
    }

    /// Its sentences, across all its paragraphs.
    pub fn sentences(&self) -> impl Iterator<Item = Sentence<'a>> + Clone + use<'a> {
        self.paragraphs().flat_map(|p| p.sentences())
    }

    /// The section's text in [`Corpus::text`]: heading and paragraphs, one per line.
    pub fn text(&self) -> &'a str {
        self.c.pack.text_at(self.rec.start, self.rec.end)
    }
}

impl serde::Serialize for Section<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Section", 9)?;
        st.serialize_field("id", &self.id())?;
        st.serialize_field("article", &self.article().id())?;
        st.serialize_field("heading", &self.heading())?;
        provenance_fields(&mut st, &self.c, self.rec.start, self.rec.end)?;
        st.serialize_field("paragraphs", &Seq(*self))?;
        st.end()
    }
}

struct Seq<'a>(Section<'a>);

impl serde::Serialize for Seq<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.paragraphs())
    }
}
