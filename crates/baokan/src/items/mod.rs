//! The typed items of a corpus. Each is a small `Copy` handle: the corpus, an index and
//! its record, so walking a corpus allocates nothing.

mod article;
mod credit;
mod paragraph;
mod section;
mod sentence;

pub use article::{Article, Continuation, Dateline};
pub use credit::{Credit, Reporter};
pub use paragraph::{Join, Paragraph};
pub use section::Section;
pub use sentence::Sentence;

use crate::corpus::Corpus;
use crate::source::{Source, Span};

/// The fallback provenance for an offset outside every segment (never the case in a
/// validated pack, whose segments start at 0).
fn unknown_source<'a>() -> Source<'a> {
    Source {
        file: "",
        line: 0,
        column: 0,
    }
}

pub(crate) fn source_of<'a>(c: &Corpus<'a>, start: u32) -> Source<'a> {
    c.source_at(start as usize).unwrap_or_else(unknown_source)
}

pub(crate) fn char_span(c: &Corpus<'_>, start: u32, end: u32) -> Span {
    Span {
        start: c.char_at(start as usize),
        end: c.char_at(end as usize),
    }
}

/// The items `first..first + count` of a table, as views: the child lists of every item.
/// `range` is the table's [`range`](baokan_pack::Table::range), which clamps the run to
/// the table, so a damaged count never walks past it.
pub(crate) fn run<'a, T>(
    c: Corpus<'a>,
    range: std::ops::Range<usize>,
    at: fn(Corpus<'a>, usize) -> T,
) -> impl ExactSizeIterator<Item = T> + DoubleEndedIterator + Clone + use<'a, T> {
    range.map(move |i| at(c, i))
}

/// The byte span, char span and source of an item whose record has `start` and `end`.
macro_rules! spanned {
    ($t:ident) => {
        impl<'a> $t<'a> {
            /// Byte span in [`Corpus::text`](crate::Corpus::text).
            pub fn span(&self) -> crate::Span {
                crate::Span::new(self.rec.start, self.rec.end)
            }

            /// Char span in [`Corpus::text`](crate::Corpus::text).
            pub fn char_span(&self) -> crate::Span {
                crate::items::char_span(&self.c, self.rec.start, self.rec.end)
            }

            /// Where its first char stands in the source.
            pub fn source(&self) -> crate::Source<'a> {
                crate::items::source_of(&self.c, self.rec.start)
            }
        }
    };
}
pub(crate) use spanned;

/// Serializes the provenance fields every item shares.
pub(crate) fn provenance_fields<S: serde::ser::SerializeStruct>(
    st: &mut S,
    c: &Corpus<'_>,
    start: u32,
    end: u32,
) -> Result<(), S::Error> {
    let chars = char_span(c, start, end);
    st.serialize_field("char_start", &chars.start)?;
    st.serialize_field("char_end", &chars.end)?;
    st.serialize_field("byte_start", &start)?;
    st.serialize_field("byte_end", &end)?;
    st.serialize_field("source", &source_of(c, start))
}
