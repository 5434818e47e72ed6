//! The typed items of a corpus. Each is a small `Copy` handle: the corpus, an index and
//! its record, so walking a corpus allocates nothing.

mod article;
mod paragraph;
mod section;
mod sentence;

pub use article::{Article, Continuation, Dateline};
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
