//! **baokan (报刊)**: typed, zero-copy Chinese news corpora.
//!
//! A corpus is compiled once into a *pack* (see `baokan-compile`) and read in place by
//! a [`Corpus`] view: articles with their title, subtitle, byline, dateline and
//! continuation markers; sections with headings; paragraphs (body, list item,
//! ellipsis) after page-break repair; and sentences. Every item knows its file, line
//! and column in the source and its byte and char offsets in the corpus text.
//!
//! One real newspaper page is embedded as the default corpus:
//!
//! ```
//! let c = baokan::corpus();
//! for a in c.articles() {
//!     println!("{} {}", a.id(), a.title().unwrap_or("(untitled)"));
//!     for s in a.sections() {
//!         println!("  {} {} ({} paragraphs)", s.id(), s.heading().unwrap_or("(lead)"), s.paragraphs().len());
//!     }
//! }
//! let p = c.paragraph("1.1.2")?;
//! assert!(p.text().starts_with("习近平总书记指出:“"));
//! assert_eq!(p.source().line, 11);
//! assert_eq!(p.article().title(), Some("建强战斗堡垒 夯实执政之基"));
//! # Ok::<(), baokan::Error>(())
//! ```
//!
//! Any pack can be opened from bytes with [`Corpus::from_bytes`]; untrusted bytes give
//! an [`Error`], never a panic.
// One measured exception, with its reason beside it: the memory map in `mapped.rs`.
#![deny(unsafe_code)]
#![deny(missing_docs)]

mod corpus;
mod embedded;
mod error;
mod id;
mod items;
mod kinds;
mod located;
mod mapped;
mod mentions;
mod multi;
mod search;
mod source;
mod stats;

/// The owned mention types that [`extract`] returns for any text.
pub use baokan_extract as extracted;
pub use baokan_extract::{
    Context, Numeral, NumeralKind, extract, extract_with, parse_number, parse_numeral,
};
pub use baokan_pack::Date;
pub use corpus::{Corpus, Item, Stats};
pub use embedded::{EMBEDDED_PACK, corpus};
pub use error::Error;
pub use id::ItemId;
pub use items::{
    Article, Continuation, Credit, Dateline, Join, Paragraph, Reporter, Section, Sentence,
};
pub use kinds::{CreditKind, DateBasis, JoinReason, Layout, ParagraphKind, SentenceEnd};
pub use located::{
    Located, LocatedCitation, LocatedDate, LocatedEntity, LocatedFigure, LocatedMentions,
    LocatedQuote, locate,
};
pub use mapped::CorpusFile;
pub use mentions::{
    AdminLevel, Approx, Attribution, Calendar, Citation, DateMention, Entity, EntityKind,
    EntityMention, Figure, NumeralForm, Open, Part, Precision, Quote, QuoteKind, ResolvedBy,
    Season, TimelineEntry,
};
pub use multi::{
    Corpora, InPack, MultiQuery, PACK_SEPARATOR, PackSet, SINGLE_LABEL, label_of, pack_paths,
};
pub use search::{
    CreditHit, Dispersion, DispersionArticle, DispersionPoint, Hit, KwicLine, KwicSort,
    MAX_QUERY_CHARS, Query, to_simplified,
};
pub use source::{Source, SourceFile, Span, page_in_name};
pub use stats::{
    Collocate, G2, Gram, KeyWord, KeynessOptions, Keyword, LOG_LIKELIHOOD, MAX_NGRAM, Period,
    Repeat, STOPWORDS_ZH, TF_IDF, TrendPoint, WordCount, WordFreqs, date_range, is_stopword,
    keyness, segment, top_per_side,
};
