//! Where a mention sits: the part every mention type shares.

use crate::corpus::Corpus;
use crate::items::{Paragraph, Sentence};
use crate::located::Located;

/// A mention's place in the corpus: its paragraph and its byte span in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Anchor<'a> {
    pub(crate) c: Corpus<'a>,
    pub(crate) paragraph: u32,
    pub(crate) start: u32,
    pub(crate) end: u32,
}

impl<'a> Anchor<'a> {
    /// The anchor of a record's paragraph and span.
    pub(crate) fn new(c: Corpus<'a>, paragraph: u32, start: u32, end: u32) -> Anchor<'a> {
        Anchor {
            c,
            paragraph,
            start,
            end,
        }
    }

    /// An optional string of the name arena (`NONE` start means absent).
    pub(crate) fn name(&self, s: u32, e: u32) -> Option<&'a str> {
        (s != baokan_pack::NONE).then(|| self.c.pack.name(s, e))
    }

    pub(crate) fn text(&self) -> &'a str {
        self.c.pack.text_at(self.start, self.end)
    }

    pub(crate) fn paragraph(&self) -> Paragraph<'a> {
        Paragraph::at(self.c, self.paragraph as usize)
    }

    pub(crate) fn sentence(&self) -> Option<Sentence<'a>> {
        let at = self.start as usize;
        self.paragraph()
            .sentences()
            .find(|s| s.span().start <= at && at < s.span().end)
    }

    /// Where the mention stands, as every face prints it.
    pub(crate) fn located(&self) -> Located<'a> {
        let p = self.paragraph();
        Located {
            text: self.text(),
            article: Some(p.article().id()),
            paragraph: Some(p.id()),
            sentence: self.sentence().map(|s| s.id()),
            chars: crate::items::char_span(&self.c, self.start, self.end),
            bytes: crate::Span::new(self.start, self.end),
            source: crate::items::source_of(&self.c, self.start),
        }
    }
}

/// Implements the shared accessors of a mention view that holds an `at: Anchor`.
macro_rules! anchored {
    ($t:ident) => {
        impl<'a> $t<'a> {
            /// The mention's text, as it stands in the corpus.
            pub fn text(&self) -> &'a str {
                self.at.text()
            }
            /// Byte span in [`Corpus::text`](crate::Corpus::text).
            pub fn span(&self) -> crate::Span {
                crate::Span::new(self.at.start, self.at.end)
            }
            /// Char span in [`Corpus::text`](crate::Corpus::text).
            pub fn char_span(&self) -> crate::Span {
                crate::items::char_span(&self.at.c, self.at.start, self.at.end)
            }
            /// Where its first char stands in the source.
            pub fn source(&self) -> crate::Source<'a> {
                crate::items::source_of(&self.at.c, self.at.start)
            }
            /// The paragraph it is in.
            pub fn paragraph(&self) -> crate::Paragraph<'a> {
                self.at.paragraph()
            }
            /// The sentence it begins in.
            pub fn sentence(&self) -> Option<crate::Sentence<'a>> {
                self.at.sentence()
            }
            /// The section it is in.
            pub fn section(&self) -> crate::Section<'a> {
                self.at.paragraph().section()
            }
            /// The article it is in.
            pub fn article(&self) -> crate::Article<'a> {
                self.at.paragraph().article()
            }
        }
    };
}
pub(crate) use anchored;
