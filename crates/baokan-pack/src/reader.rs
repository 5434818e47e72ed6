use std::marker::PhantomData;

use crate::error::PackError;
use crate::format::{DIR_ENTRY_LEN, FORMAT_VERSION, HEADER_LEN, MAGIC, NONE, TableId};
use crate::records::{
    ArticleRec, CitationRec, CreditRec, DateRec, EntityMentionRec, EntityRec, FigureRec, FileRec,
    IssuerRec, JoinRec, ParagraphRec, QuoteRec, Record, ReporterRec, SectionRec, SegmentRec,
    SentenceRec, SuffixRec, word,
};
use crate::validate;
use crate::writer::checksum;

/// A validated pack, borrowing its bytes.
///
/// `Pack` is `Copy` and a few words wide: it holds slices into the bytes it was parsed
/// from and never allocates.
///
/// ```
/// let bytes = baokan_pack::PackWriter::new().finish();
/// let pack = baokan_pack::Pack::parse(&bytes)?;
/// assert_eq!(pack.articles().len(), 0);
/// # Ok::<(), baokan_pack::PackError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Pack<'a> {
    size: usize,
    text: &'a str,
    names: &'a str,
    sources: &'a str,
    files: Table<'a, FileRec>,
    articles: Table<'a, ArticleRec>,
    sections: Table<'a, SectionRec>,
    paragraphs: Table<'a, ParagraphRec>,
    sentences: Table<'a, SentenceRec>,
    joins: Table<'a, JoinRec>,
    segments: Table<'a, SegmentRec>,
    suffixes: Table<'a, SuffixRec>,
    figures: Table<'a, FigureRec>,
    dates: Table<'a, DateRec>,
    citations: Table<'a, CitationRec>,
    issuers: Table<'a, IssuerRec>,
    quotes: Table<'a, QuoteRec>,
    entities: Table<'a, EntityRec>,
    entity_mentions: Table<'a, EntityMentionRec>,
    credits: Table<'a, CreditRec>,
    reporters: Table<'a, ReporterRec>,
}

/// A table of fixed-width records, read in place.
///
/// ```
/// use baokan_pack::{Pack, PackWriter};
/// let bytes = PackWriter::new().finish();
/// let pack = Pack::parse(&bytes)?;
/// assert!(pack.joins().is_empty());
/// assert_eq!(pack.joins().iter().count(), 0);
/// # Ok::<(), baokan_pack::PackError>(())
/// ```
#[derive(Debug)]
pub struct Table<'a, R> {
    bytes: &'a [u8],
    _record: PhantomData<R>,
}

impl<R> Clone for Table<'_, R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R> Copy for Table<'_, R> {}

impl<'a, R: Record + 'a> Table<'a, R> {
    fn new(bytes: &'a [u8]) -> Self {
        Table {
            bytes,
            _record: PhantomData,
        }
    }

    /// Number of records.
    #[inline]
    pub fn len(&self) -> usize {
        self.bytes.len() / (R::WIDTH * 4)
    }

    /// Whether the table has no records.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Record `i`; an index past the end reads as all zeros (a validated pack's own
    /// indices never are).
    #[inline]
    pub fn get(&self, i: usize) -> R {
        let w = R::WIDTH * 4;
        R::read(self.bytes.get(i * w..i * w + w).unwrap_or_default())
    }

    /// Record `i`, if it exists.
    #[inline]
    pub fn try_get(&self, i: usize) -> Option<R> {
        (i < self.len()).then(|| self.get(i))
    }

    /// All records in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = R> + DoubleEndedIterator + use<'a, R> {
        let t = *self;
        (0..t.len()).map(move |i| t.get(i))
    }

    /// Index of the last record whose first word is `<= key`, for tables sorted by
    /// their first word (segments). `None` if every record's first word is greater.
    pub fn last_at_or_before(&self, key: u32) -> Option<usize> {
        let w = R::WIDTH * 4;
        self.partition_point(|i| word(self.bytes.get(i * w..).unwrap_or_default(), 0) <= key)
            .checked_sub(1)
    }

    /// Index of the last record whose `field` is `<= key`, for tables sorted by it.
    pub fn last_at_or_before_by(&self, key: u32, field: impl Fn(&R) -> u32) -> Option<usize> {
        self.partition_point(|i| field(&self.get(i)) <= key)
            .checked_sub(1)
    }

    /// The first index in `0..len` for which `pred` is false, given that `pred` is true
    /// for a prefix of the indices and false after it (binary search).
    pub fn partition_point(&self, pred: impl Fn(usize) -> bool) -> usize {
        let (mut lo, mut hi) = (0usize, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(mid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

impl<'a> Pack<'a> {
    /// Validates `bytes` as a pack: magic, version, length, checksum, table bounds,
    /// UTF-8 arenas and every record's spans and indices.
    ///
    /// After this returns `Ok`, no accessor can panic and every span slices its arena
    /// on char boundaries. Runs in time linear in the pack size and allocates nothing
    /// on success.
    pub fn parse(bytes: &'a [u8]) -> Result<Pack<'a>, PackError> {
        let pack = Self::parse_layout(bytes)?;
        validate::records(&pack)?;
        Ok(pack)
    }

    fn parse_layout(bytes: &'a [u8]) -> Result<Pack<'a>, PackError> {
        let found = bytes.len() as u64;
        if bytes.len() < HEADER_LEN {
            return Err(PackError::TooShort {
                needed: HEADER_LEN as u64,
                found,
            });
        }
        if bytes.get(0..8) != Some(&MAGIC[..]) {
            return Err(PackError::BadMagic);
        }
        let version = word(bytes, 2);
        if version != FORMAT_VERSION {
            return Err(PackError::UnsupportedVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let count = word(bytes, 3) as u64;
        let declared = word(bytes, 4) as u64;
        if declared != found {
            return Err(PackError::LengthMismatch { declared, found });
        }
        let stored = word(bytes, 5);
        let computed = checksum(bytes);
        if stored != computed {
            return Err(PackError::Checksum { stored, computed });
        }
        if bytes.get(24..32).is_some_and(|r| r.iter().any(|&b| b != 0)) {
            return Err(table_err(
                TableId::Text,
                "reserved header bytes are not zero",
            ));
        }
        let dir_end = HEADER_LEN as u64 + count * DIR_ENTRY_LEN as u64;
        if dir_end > found {
            return Err(PackError::TooShort {
                needed: dir_end,
                found,
            });
        }
        let mut slices: [Option<&'a [u8]>; TableId::ALL.len()] = [None; TableId::ALL.len()];
        for i in 0..count as usize {
            let at = HEADER_LEN + i * DIR_ENTRY_LEN;
            let entry = bytes.get(at..at + DIR_ENTRY_LEN).unwrap_or_default();
            let (tag, offset, len) = (word(entry, 0), word(entry, 1) as u64, word(entry, 2) as u64);
            // Unknown tags are skipped: a later minor revision may add tables.
            let Some(id) = TableId::from_tag(tag) else {
                continue;
            };
            if offset < dir_end || offset % 4 != 0 {
                return Err(table_err(id, format!("bad offset {offset}")));
            }
            let end = offset + len;
            let slice = bytes
                .get(offset as usize..end as usize)
                .ok_or(PackError::TooShort { needed: end, found })?;
            let slot = &mut slices[id.index()];
            if slot.is_some() {
                return Err(table_err(id, "listed twice in the directory"));
            }
            *slot = Some(slice);
        }
        let mut take = |id: TableId, width: usize| -> Result<&'a [u8], PackError> {
            let s = slices[id.index()]
                .take()
                .ok_or_else(|| table_err(id, "missing"))?;
            if width > 0 && s.len() % (width * 4) != 0 {
                return Err(table_err(
                    id,
                    format!("length {} is not a multiple of {}", s.len(), width * 4),
                ));
            }
            Ok(s)
        };
        let text = utf8(take(TableId::Text, 0)?, "text")?;
        let names = utf8(take(TableId::Names, 0)?, "names")?;
        let sources = utf8(take(TableId::Sources, 0)?, "sources")?;
        Ok(Pack {
            size: bytes.len(),
            text,
            names,
            sources,
            files: Table::new(take(TableId::Files, FileRec::WIDTH)?),
            articles: Table::new(take(TableId::Articles, ArticleRec::WIDTH)?),
            sections: Table::new(take(TableId::Sections, SectionRec::WIDTH)?),
            paragraphs: Table::new(take(TableId::Paragraphs, ParagraphRec::WIDTH)?),
            sentences: Table::new(take(TableId::Sentences, SentenceRec::WIDTH)?),
            joins: Table::new(take(TableId::Joins, JoinRec::WIDTH)?),
            segments: Table::new(take(TableId::Segments, SegmentRec::WIDTH)?),
            suffixes: Table::new(take(TableId::Suffixes, SuffixRec::WIDTH)?),
            figures: Table::new(take(TableId::Figures, FigureRec::WIDTH)?),
            dates: Table::new(take(TableId::Dates, DateRec::WIDTH)?),
            citations: Table::new(take(TableId::Citations, CitationRec::WIDTH)?),
            issuers: Table::new(take(TableId::Issuers, IssuerRec::WIDTH)?),
            quotes: Table::new(take(TableId::Quotes, QuoteRec::WIDTH)?),
            entities: Table::new(take(TableId::Entities, EntityRec::WIDTH)?),
            entity_mentions: Table::new(take(TableId::EntityMentions, EntityMentionRec::WIDTH)?),
            credits: Table::new(take(TableId::Credits, CreditRec::WIDTH)?),
            reporters: Table::new(take(TableId::Reporters, ReporterRec::WIDTH)?),
        })
    }

    /// Size of the pack in bytes.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The whole text arena.
    #[inline]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The source arena: the decoded text of every file compiled with its source.
    pub fn sources(&self) -> &'a str {
        self.sources
    }

    /// Credit and note lines, grouped by article.
    pub fn credits(&self) -> Table<'a, CreditRec> {
        self.credits
    }

    /// Reporters, grouped by article.
    pub fn reporters(&self) -> Table<'a, ReporterRec> {
        self.reporters
    }

    /// The whole name arena.
    #[inline]
    pub fn names(&self) -> &'a str {
        self.names
    }

    /// A slice of the text arena; `""` for an absent or invalid span.
    #[inline]
    pub fn text_at(&self, start: u32, end: u32) -> &'a str {
        span_of(self.text, start, end)
    }

    /// A slice of the name arena; `""` for an absent or invalid span.
    #[inline]
    pub fn name(&self, start: u32, end: u32) -> &'a str {
        span_of(self.names, start, end)
    }

    /// File records.
    pub fn files(&self) -> Table<'a, FileRec> {
        self.files
    }
    /// Article records.
    pub fn articles(&self) -> Table<'a, ArticleRec> {
        self.articles
    }
    /// Section records.
    pub fn sections(&self) -> Table<'a, SectionRec> {
        self.sections
    }
    /// Paragraph records.
    pub fn paragraphs(&self) -> Table<'a, ParagraphRec> {
        self.paragraphs
    }
    /// Sentence records.
    pub fn sentences(&self) -> Table<'a, SentenceRec> {
        self.sentences
    }
    /// Join records.
    pub fn joins(&self) -> Table<'a, JoinRec> {
        self.joins
    }
    /// Segment records.
    pub fn segments(&self) -> Table<'a, SegmentRec> {
        self.segments
    }
    /// The search index.
    pub fn suffixes(&self) -> Table<'a, SuffixRec> {
        self.suffixes
    }
    /// Figures.
    pub fn figures(&self) -> Table<'a, FigureRec> {
        self.figures
    }
    /// Date mentions.
    pub fn dates(&self) -> Table<'a, DateRec> {
        self.dates
    }
    /// Citations.
    pub fn citations(&self) -> Table<'a, CitationRec> {
        self.citations
    }
    /// Issuers of cited documents.
    pub fn issuers(&self) -> Table<'a, IssuerRec> {
        self.issuers
    }
    /// Quotations.
    pub fn quotes(&self) -> Table<'a, QuoteRec> {
        self.quotes
    }
    /// Named entities.
    pub fn entities(&self) -> Table<'a, EntityRec> {
        self.entities
    }
    /// Entity mentions.
    pub fn entity_mentions(&self) -> Table<'a, EntityMentionRec> {
        self.entity_mentions
    }
}

#[inline]
fn span_of(arena: &str, start: u32, end: u32) -> &str {
    if start == NONE {
        return "";
    }
    arena.get(start as usize..end as usize).unwrap_or_default()
}

fn utf8<'a>(bytes: &'a [u8], arena: &'static str) -> Result<&'a str, PackError> {
    std::str::from_utf8(bytes).map_err(|e| PackError::Utf8 {
        arena,
        at: e.valid_up_to(),
    })
}

pub(crate) fn table_err(id: TableId, reason: impl Into<String>) -> PackError {
    PackError::Table {
        table: id.name(),
        reason: reason.into(),
    }
}
