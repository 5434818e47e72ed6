//! Typed mentions stored in the pack: figures, dates, citations, quotations and named
//! entities, each with its span, source position, sentence, paragraph and article.

mod anchor;
mod citation;
mod date;
mod entity;
mod figure;
mod quote;
mod timeline;

pub use citation::Citation;
pub use date::{Calendar, DateMention, Open, Part, Precision, ResolvedBy, Season};
pub use entity::{AdminLevel, Entity, EntityKind, EntityMention};
pub use figure::{Approx, Figure, NumeralForm};
pub use quote::{Attribution, Quote, QuoteKind};
pub use timeline::TimelineEntry;

use crate::corpus::Corpus;

impl<'a> Corpus<'a> {
    /// Every figure, in text order.
    pub fn figures(
        &self,
    ) -> impl ExactSizeIterator<Item = Figure<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..c.pack.figures().len()).map(move |i| Figure::at(c, i))
    }

    /// Every date mention, in text order.
    pub fn dates(
        &self,
    ) -> impl ExactSizeIterator<Item = DateMention<'a>> + DoubleEndedIterator + Clone + use<'a>
    {
        let c = *self;
        (0..c.pack.dates().len()).map(move |i| DateMention::at(c, i))
    }

    /// Every citation of a document title, in text order.
    pub fn citations(
        &self,
    ) -> impl ExactSizeIterator<Item = Citation<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..c.pack.citations().len()).map(move |i| Citation::at(c, i))
    }

    /// Every quotation, in text order.
    pub fn quotes(
        &self,
    ) -> impl ExactSizeIterator<Item = Quote<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..c.pack.quotes().len()).map(move |i| Quote::at(c, i))
    }

    /// Every named entity, in order of first appearance.
    pub fn entities(
        &self,
    ) -> impl ExactSizeIterator<Item = Entity<'a>> + DoubleEndedIterator + Clone + use<'a> {
        let c = *self;
        (0..c.pack.entities().len()).map(move |i| Entity::at(c, i))
    }
}
