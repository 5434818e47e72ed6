use serde::ser::SerializeStruct;

use crate::corpus::Corpus;
use crate::items::{Article, Paragraph, Section, Sentence, char_span, source_of};
use crate::source::{Source, Span};

/// One occurrence of a query: where it is in the text, in the source, and in the
/// structure.
///
/// ```
/// let c = baokan::corpus();
/// let hit = &c.search("经费保障制度")?[0];
/// assert_eq!(hit.text(), "经费保障制度");
/// assert_eq!(hit.paragraph().id().to_string(), "1.3.10");
/// assert_eq!((hit.source().line, hit.source().column), (65, 51));
/// assert_eq!(hit.left(4), "组织运转");
/// assert_eq!(hit.right(2), ",并");
/// # Ok::<(), baokan::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a> {
    pub(crate) c: Corpus<'a>,
    pub(crate) paragraph: usize,
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl<'a> Hit<'a> {
    /// The matched text, as it stands in the corpus (not folded).
    pub fn text(&self) -> &'a str {
        self.c.pack.text_at(self.start, self.end)
    }

    /// Byte span in [`Corpus::text`].
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Char span in [`Corpus::text`].
    pub fn char_span(&self) -> Span {
        char_span(&self.c, self.start, self.end)
    }

    /// Where the match begins in the source file.
    pub fn source(&self) -> Source<'a> {
        source_of(&self.c, self.start)
    }

    /// The paragraph it is in.
    pub fn paragraph(&self) -> Paragraph<'a> {
        Paragraph::at(self.c, self.paragraph)
    }

    /// The sentence it begins in.
    pub fn sentence(&self) -> Option<Sentence<'a>> {
        let start = self.start as usize;
        self.paragraph()
            .sentences()
            .find(|s| s.span().start <= start && start < s.span().end)
    }

    /// The section it is in.
    pub fn section(&self) -> Section<'a> {
        self.paragraph().section()
    }

    /// The article it is in.
    pub fn article(&self) -> Article<'a> {
        self.paragraph().article()
    }

    /// Up to `width` chars before the match, within its paragraph.
    pub fn left(&self, width: usize) -> &'a str {
        self.left_within(width, self.paragraph().span().start)
    }

    /// Up to `width` chars after the match, within its paragraph.
    pub fn right(&self, width: usize) -> &'a str {
        self.right_within(width, self.paragraph().span().end)
    }

    pub(crate) fn left_within(&self, width: usize, bound: usize) -> &'a str {
        // Reads at most `width` chars' worth of bytes (4 each) before the match.
        let bound = u32::try_from(bound).unwrap_or(u32::MAX);
        if bound > self.start {
            return "";
        }
        let before = self
            .c
            .pack
            .text_before(bound, self.start, width.saturating_mul(4));
        let from = before
            .char_indices()
            .rev()
            .nth(width.saturating_sub(1))
            .map_or(0, |(i, _)| i);
        if width == 0 {
            ""
        } else {
            before.get(from..).unwrap_or_default()
        }
    }

    pub(crate) fn right_within(&self, width: usize, bound: usize) -> &'a str {
        let room = bound.saturating_sub(self.end as usize);
        let after = self
            .c
            .pack
            .text_from(self.end, width.saturating_mul(4).min(room));
        let to = after
            .char_indices()
            .nth(width)
            .map_or(after.len(), |(i, _)| i);
        after.get(..to).unwrap_or_default()
    }
}

impl serde::Serialize for Hit<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Hit", 10)?;
        hit_fields(self, &mut st)?;
        st.end()
    }
}

pub(crate) fn hit_fields<S: SerializeStruct>(h: &Hit<'_>, st: &mut S) -> Result<(), S::Error> {
    let p = h.paragraph();
    st.serialize_field("article", &p.article().id())?;
    st.serialize_field("section", &p.section().id())?;
    st.serialize_field("paragraph", &p.id())?;
    st.serialize_field("sentence", &h.sentence().map(|s| s.id()))?;
    st.serialize_field("text", h.text())?;
    crate::items::provenance_fields(st, &h.c, h.start, h.end)
}
