use std::marker::PhantomData;

use crate::error::PackError;
use crate::format::{DIR_ENTRY_LEN, FORMAT_VERSION, HEADER_LEN, MAGIC, NONE, TableId};
use crate::records::{
    ArticleRec, CitationRec, CreditRec, DateRec, EntityMentionRec, EntityRec, FigureRec, FileRec,
    IssuerRec, JoinRec, ParagraphRec, QuoteRec, Record, ReporterRec, SectionRec, SegmentRec,
    SentenceRec, SuffixKeyRec, SuffixRec, TotalsRec, word,
};
use crate::validate;
use crate::writer::checksum;

/// A pack, borrowing its bytes.
///
/// `Pack` is `Copy` and a few words wide: it holds slices into the bytes it was parsed
/// from and never allocates. [`Pack::parse`] checks the header and the directory only,
/// in time independent of the pack's size; everything else is checked where it is read
/// (see the accessors), and [`Pack::verify`] checks the whole pack.
///
/// ```
/// let bytes = baokan_pack::PackWriter::new().finish();
/// let pack = baokan_pack::Pack::parse(&bytes)?;
/// assert_eq!(pack.articles().len(), 0);
/// pack.verify()?;
/// # Ok::<(), baokan_pack::PackError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Pack<'a> {
    bytes: &'a [u8],
    text: &'a [u8],
    names: &'a [u8],
    sources: &'a [u8],
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
    totals: Table<'a, TotalsRec>,
    suffix_keys: Table<'a, SuffixKeyRec>,
    suffix_lcps: &'a [u8],
}

/// One directory entry: where a table lies and the checksum of its bytes.
///
/// ```
/// let bytes = baokan_pack::PackWriter::new().finish();
/// let pack = baokan_pack::Pack::parse(&bytes)?;
/// assert_eq!(pack.directory().count(), 23);
/// assert!(pack.directory().all(|e| pack.check_table(&e).is_ok()));
/// # Ok::<(), baokan_pack::PackError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirEntry {
    /// The table's tag.
    pub tag: u32,
    /// The table, if this reader knows the tag.
    pub id: Option<TableId>,
    /// Byte offset of the table in the pack.
    pub offset: u32,
    /// Length of the table in bytes.
    pub len: u32,
    /// CRC-32 of the table's bytes, as stored.
    pub crc: u32,
}

impl DirEntry {
    /// The table's name, or `"unknown"` for a tag this reader does not know.
    pub fn name(&self) -> &'static str {
        self.id.map_or("unknown", TableId::name)
    }

    /// Records in the table (bytes for an arena).
    pub fn records(&self) -> usize {
        let width = self.id.map_or(0, record_width);
        if width == 0 {
            self.len as usize
        } else {
            self.len as usize / (width * 4)
        }
    }
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

    /// Record `i`; an index past the end reads as all zeros (a verified pack's own
    /// indices never are).
    #[inline]
    pub fn get(&self, i: usize) -> R {
        let w = R::WIDTH * 4;
        let rec = i
            .checked_mul(w)
            .and_then(|s| self.bytes.get(s..s.checked_add(w)?));
        R::read(rec.unwrap_or_default())
    }

    /// The records `first..first + count`, clamped to the table: a child range read from
    /// a record never runs past its table, however bad the record.
    ///
    /// ```
    /// let bytes = baokan_pack::PackWriter::new().finish();
    /// let pack = baokan_pack::Pack::parse(&bytes)?;
    /// assert_eq!(pack.sections().range(3, u32::MAX), 0..0);
    /// # Ok::<(), baokan_pack::PackError>(())
    /// ```
    #[inline]
    pub fn range(&self, first: u32, count: u32) -> std::ops::Range<usize> {
        let len = self.len();
        let first = (first as usize).min(len);
        first..first.saturating_add(count as usize).min(len)
    }

    /// The records `first..first + count` as a table of their own, clamped to this one.
    ///
    /// ```
    /// let bytes = baokan_pack::PackWriter::new().finish();
    /// let pack = baokan_pack::Pack::parse(&bytes)?;
    /// assert!(pack.files().slice(2, 5).is_empty());
    /// # Ok::<(), baokan_pack::PackError>(())
    /// ```
    pub fn slice(&self, first: usize, count: usize) -> Table<'a, R> {
        let w = R::WIDTH * 4;
        let len = self.len();
        let first = first.min(len);
        let end = first.saturating_add(count).min(len);
        Table::new(self.bytes.get(first * w..end * w).unwrap_or_default())
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
        self.partition_point(|i| {
            word(self.bytes.get(i.saturating_mul(w)..).unwrap_or_default(), 0) <= key
        })
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
        self.partition_point_in(0..self.len(), pred)
    }

    /// [`partition_point`](Self::partition_point) over the indices `range` only (clamped
    /// to the table): the first index of `range` for which `pred` fails, or its end.
    ///
    /// ```
    /// let bytes = baokan_pack::PackWriter::new().finish();
    /// let pack = baokan_pack::Pack::parse(&bytes)?;
    /// assert_eq!(pack.files().partition_point_in(0..9, |_| true), 0);
    /// # Ok::<(), baokan_pack::PackError>(())
    /// ```
    pub fn partition_point_in(
        &self,
        range: std::ops::Range<usize>,
        pred: impl Fn(usize) -> bool,
    ) -> usize {
        let (mut lo, mut hi) = (range.start.min(self.len()), range.end.min(self.len()));
        hi = hi.max(lo);
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
    /// Opens `bytes` as a pack, checking the header and the directory only: magic,
    /// version, length, the header checksum (over the header and the directory), and
    /// that every table is present once, inside the pack, aligned and a whole number of
    /// records long.
    ///
    /// Runs in time independent of the pack's size and allocates nothing. The tables
    /// are not read: every accessor checks what it reads (spans, char boundaries,
    /// indices) and gives `""`, a zeroed record, an empty range or `None` where the
    /// bytes are bad, never a panic. [`Pack::verify`] checks everything.
    pub fn parse(bytes: &'a [u8]) -> Result<Pack<'a>, PackError> {
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
        let dir_end = HEADER_LEN as u64 + count * DIR_ENTRY_LEN as u64;
        if dir_end > found {
            return Err(PackError::TooShort {
                needed: dir_end,
                found,
            });
        }
        let stored = word(bytes, 5);
        let computed = checksum(bytes, dir_end as usize);
        if stored != computed {
            return Err(PackError::Checksum { stored, computed });
        }
        if bytes.get(24..32).is_some_and(|r| r.iter().any(|&b| b != 0)) {
            return Err(table_err(
                TableId::Text,
                "reserved header bytes are not zero",
            ));
        }
        let mut slices: [Option<&'a [u8]>; TableId::ALL.len()] = [None; TableId::ALL.len()];
        for e in entries(bytes, count as usize) {
            let (offset, len) = (e.offset as u64, e.len as u64);
            // Unknown tags are skipped: a later minor revision may add tables.
            let Some(id) = e.id else {
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
        // The optional tables: packs of format 3 written before them have none.
        let has_totals = slices[TableId::Totals.index()].is_some();
        let has_keys = slices[TableId::SuffixKeys.index()].is_some();
        let has_lcps = slices[TableId::SuffixLcps.index()].is_some();
        let mut take = |id: TableId| -> Result<&'a [u8], PackError> {
            let s = slices[id.index()]
                .take()
                .ok_or_else(|| table_err(id, "missing"))?;
            let width = record_width(id);
            if width > 0 && s.len() % (width * 4) != 0 {
                return Err(table_err(
                    id,
                    format!("length {} is not a multiple of {}", s.len(), width * 4),
                ));
            }
            Ok(s)
        };
        let totals = if has_totals {
            take(TableId::Totals)?
        } else {
            &[]
        };
        let suffix_keys = if has_keys {
            take(TableId::SuffixKeys)?
        } else {
            &[]
        };
        let suffix_lcps = if has_lcps {
            take(TableId::SuffixLcps)?
        } else {
            &[]
        };
        Ok(Pack {
            bytes,
            text: take(TableId::Text)?,
            names: take(TableId::Names)?,
            sources: take(TableId::Sources)?,
            files: Table::new(take(TableId::Files)?),
            articles: Table::new(take(TableId::Articles)?),
            sections: Table::new(take(TableId::Sections)?),
            paragraphs: Table::new(take(TableId::Paragraphs)?),
            sentences: Table::new(take(TableId::Sentences)?),
            joins: Table::new(take(TableId::Joins)?),
            segments: Table::new(take(TableId::Segments)?),
            suffixes: Table::new(take(TableId::Suffixes)?),
            figures: Table::new(take(TableId::Figures)?),
            dates: Table::new(take(TableId::Dates)?),
            citations: Table::new(take(TableId::Citations)?),
            issuers: Table::new(take(TableId::Issuers)?),
            quotes: Table::new(take(TableId::Quotes)?),
            entities: Table::new(take(TableId::Entities)?),
            entity_mentions: Table::new(take(TableId::EntityMentions)?),
            credits: Table::new(take(TableId::Credits)?),
            reporters: Table::new(take(TableId::Reporters)?),
            totals: Table::new(totals),
            suffix_keys: Table::new(suffix_keys),
            suffix_lcps,
        })
    }

    /// [`Pack::parse`], then [`Pack::verify`]: for bytes that will be trusted
    /// afterwards (the compiler checks every pack it writes this way).
    pub fn parse_verified(bytes: &'a [u8]) -> Result<Pack<'a>, PackError> {
        let pack = Self::parse(bytes)?;
        pack.verify()?;
        Ok(pack)
    }

    /// Checks the whole pack: every table's checksum, the layout (tables in directory
    /// order, zero bytes between them), the UTF-8 of the arenas and every record's spans,
    /// indices, codes and child ranges. Any byte changed since the pack was written
    /// makes it fail, naming the table (and record) where it found the change.
    ///
    /// Linear in the pack's size; allocates nothing on success.
    pub fn verify(&self) -> Result<(), PackError> {
        for e in self.directory() {
            self.check_table(&e)?;
        }
        self.verify_layout()?;
        let v = validate::Verified {
            p: self,
            text: utf8(self.text, "text")?,
            names: utf8(self.names, "names")?,
            sources: utf8(self.sources, "sources")?,
        };
        validate::records(&v)
    }

    /// The directory, in stored order.
    pub fn directory(&self) -> impl Iterator<Item = DirEntry> + use<'a> {
        entries(self.bytes, word(self.bytes, 3) as usize)
    }

    /// Checks one table's bytes against the checksum in its directory entry.
    pub fn check_table(&self, e: &DirEntry) -> Result<(), PackError> {
        let (start, end) = (e.offset as usize, e.offset as usize + e.len as usize);
        let Some(bytes) = self.bytes.get(start..end) else {
            return Err(PackError::TooShort {
                needed: end as u64,
                found: self.bytes.len() as u64,
            });
        };
        let computed = crc32fast::hash(bytes);
        if computed != e.crc {
            return Err(PackError::TableChecksum {
                table: e.name(),
                stored: e.crc,
                computed,
            });
        }
        Ok(())
    }

    /// Tables lie in directory order without overlap, and every byte between the
    /// directory, the tables and the end is zero: a changed byte anywhere in the pack
    /// is then caught by a checksum or by this.
    pub fn verify_layout(&self) -> Result<(), PackError> {
        let mut at = HEADER_LEN + word(self.bytes, 3) as usize * DIR_ENTRY_LEN;
        for e in self.directory() {
            let start = e.offset as usize;
            if start < at {
                return Err(table_err_named(
                    e.name(),
                    format!("starts at {start}, inside what comes before it (ends at {at})"),
                ));
            }
            self.zeros(at, start)?;
            at = start + e.len as usize;
        }
        self.zeros(at, self.bytes.len())
    }

    fn zeros(&self, from: usize, to: usize) -> Result<(), PackError> {
        let gap = self.bytes.get(from..to).unwrap_or_default();
        match gap.iter().position(|&b| b != 0) {
            Some(i) => Err(PackError::Padding {
                at: (from + i) as u64,
            }),
            None => Ok(()),
        }
    }

    /// Size of the pack in bytes.
    pub fn size(&self) -> usize {
        self.bytes.len()
    }

    /// The pack's bytes.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The whole text arena, checked as UTF-8: linear in its size, on every call. Item
    /// accessors check only their own slice ([`Pack::text_at`]).
    pub fn text(&self) -> Result<&'a str, PackError> {
        utf8(self.text, "text")
    }

    /// The text arena's bytes, unchecked.
    #[inline]
    pub fn text_bytes(&self) -> &'a [u8] {
        self.text
    }

    /// The whole source arena, checked as UTF-8 (linear in its size, on every call).
    pub fn sources(&self) -> Result<&'a str, PackError> {
        utf8(self.sources, "sources")
    }

    /// A slice of the source arena, if `start..end` is one on char boundaries.
    #[inline]
    pub fn source_text(&self, start: u32, end: u32) -> Option<&'a str> {
        span_of(self.sources, start, end)
    }

    /// Credit and note lines, grouped by article.
    pub fn credits(&self) -> Table<'a, CreditRec> {
        self.credits
    }

    /// Reporters, grouped by article.
    pub fn reporters(&self) -> Table<'a, ReporterRec> {
        self.reporters
    }

    /// The stored corpus totals: `None` for a pack without the `totals` table (one
    /// written before it existed) or with other than one record in it.
    ///
    /// ```
    /// let mut w = baokan_pack::PackWriter::new();
    /// assert!(baokan_pack::Pack::parse(&w.clone().finish())?.totals().is_none());
    /// w.fill_totals();
    /// let bytes = w.finish();
    /// let totals = baokan_pack::Pack::parse(&bytes)?.totals().unwrap();
    /// assert_eq!((totals.paragraph_chars, totals.reprints), (0, 0));
    /// # Ok::<(), baokan_pack::PackError>(())
    /// ```
    pub fn totals(&self) -> Option<TotalsRec> {
        (self.totals.len() == 1).then(|| self.totals.get(0))
    }

    /// The suffix keys (see [`keys`](crate::keys)), level 0 and level 1, where the pack
    /// has them and they are as many as its index needs; `None` otherwise, and lookups
    /// use the index alone.
    pub fn suffix_keys(&self) -> Option<(Table<'a, SuffixKeyRec>, Table<'a, SuffixKeyRec>)> {
        let k = self.suffix_keys;
        let (level0, level1) = crate::keys::levels(self.suffixes.len());
        if k.len() != level0 + level1 || k.is_empty() {
            return None;
        }
        Some((k.slice(0, level0), k.slice(level0, level1)))
    }

    /// The `suffix keys` table itself, whatever its length (empty in a pack without one).
    pub fn suffix_keys_table(&self) -> Table<'a, SuffixKeyRec> {
        self.suffix_keys
    }

    /// The suffix LCPs (see [`lcps`](crate::lcps)), where the pack has them, as many as
    /// its index needs; `None` otherwise, and lookups read the text to search a bucket.
    /// Their values are not checked here ([`Pack::verify`] does): a wrong one gives a
    /// wrong count, never a panic.
    ///
    /// ```
    /// let bytes = baokan_pack::PackWriter::new().finish();
    /// assert!(baokan_pack::Pack::parse(&bytes)?.suffix_lcps().is_none());
    /// # Ok::<(), baokan_pack::PackError>(())
    /// ```
    pub fn suffix_lcps(&self) -> Option<crate::lcps::Lcps<'a>> {
        let n = self.suffixes.len();
        (n > 0 && self.suffix_lcps.len() == crate::lcps::table_len(n))
            .then(|| crate::lcps::Lcps::new(self.suffix_lcps, n))
    }

    /// The `suffix lcps` table's bytes, whatever their length (empty in a pack without
    /// one).
    pub fn suffix_lcps_table(&self) -> &'a [u8] {
        self.suffix_lcps
    }

    /// The `totals` table itself (empty in a pack without one).
    pub fn totals_table(&self) -> Table<'a, TotalsRec> {
        self.totals
    }

    /// The whole name arena, checked as UTF-8 (linear in its size, on every call).
    pub fn names(&self) -> Result<&'a str, PackError> {
        utf8(self.names, "names")
    }

    /// A slice of the text arena; `""` for an absent span (`start == NONE`) and for one
    /// that is not inside the arena, not on char boundaries or not UTF-8. Checks only
    /// the slice: linear in its length.
    #[inline]
    pub fn text_at(&self, start: u32, end: u32) -> &'a str {
        span_of(self.text, start, end).unwrap_or_default()
    }

    /// A slice of the text arena, if `start..end` is one on char boundaries and UTF-8.
    #[inline]
    pub fn text_get(&self, start: u32, end: u32) -> Option<&'a str> {
        span_of(self.text, start, end)
    }

    /// The text from byte `at`, at most `max_bytes` long, cut to its longest UTF-8
    /// prefix: `""` when `at` is past the end or not at the start of a char. For
    /// comparing a suffix with a query without reading the rest of the arena.
    #[inline]
    pub fn text_from(&self, at: u32, max_bytes: usize) -> &'a str {
        let at = at as usize;
        let end = at.saturating_add(max_bytes).min(self.text.len());
        valid_prefix(self.text.get(at..end).unwrap_or_default())
    }

    /// The text before byte `end`, back to `start` but at most `max_bytes` long, from
    /// the first char boundary: `""` when the bytes are not UTF-8.
    pub fn text_before(&self, start: u32, end: u32, max_bytes: usize) -> &'a str {
        let (start, end) = (start as usize, (end as usize).min(self.text.len()));
        let mut from = start.max(end.saturating_sub(max_bytes));
        // Skip the tail of a char cut by the window (never more than three bytes).
        for _ in 0..3 {
            match self.text.get(from) {
                Some(b) if from > start && from < end && (b & 0xC0) == 0x80 => from += 1,
                _ => break,
            }
        }
        self.text
            .get(from..end)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or_default()
    }

    /// A slice of the name arena; `""` for an absent or bad span, as [`Pack::text_at`].
    #[inline]
    pub fn name(&self, start: u32, end: u32) -> &'a str {
        span_of(self.names, start, end).unwrap_or_default()
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
fn span_of(arena: &[u8], start: u32, end: u32) -> Option<&str> {
    if start == NONE {
        return None;
    }
    std::str::from_utf8(arena.get(start as usize..end as usize)?).ok()
}

/// The longest prefix of `bytes` that is UTF-8 (a char cut at the end is dropped).
#[inline]
fn valid_prefix(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(bytes.get(..e.valid_up_to()).unwrap_or_default())
            .unwrap_or_default(),
    }
}

/// The first `count` directory entries (fewer if the bytes end first).
fn entries(bytes: &[u8], count: usize) -> impl Iterator<Item = DirEntry> + use<'_> {
    let dir = bytes.get(HEADER_LEN..).unwrap_or_default();
    dir.chunks_exact(DIR_ENTRY_LEN).take(count).map(|e| {
        let tag = word(e, 0);
        DirEntry {
            tag,
            id: TableId::from_tag(tag),
            offset: word(e, 1),
            len: word(e, 2),
            crc: word(e, 3),
        }
    })
}

/// Words per record of a table; 0 for an arena.
fn record_width(id: TableId) -> usize {
    match id {
        TableId::Text | TableId::Names | TableId::Sources => 0,
        // A word of eight half-bytes.
        TableId::SuffixLcps => 1,
        TableId::Files => FileRec::WIDTH,
        TableId::Articles => ArticleRec::WIDTH,
        TableId::Sections => SectionRec::WIDTH,
        TableId::Paragraphs => ParagraphRec::WIDTH,
        TableId::Sentences => SentenceRec::WIDTH,
        TableId::Joins => JoinRec::WIDTH,
        TableId::Segments => SegmentRec::WIDTH,
        TableId::Suffixes => SuffixRec::WIDTH,
        TableId::Figures => FigureRec::WIDTH,
        TableId::Dates => DateRec::WIDTH,
        TableId::Citations => CitationRec::WIDTH,
        TableId::Issuers => IssuerRec::WIDTH,
        TableId::Quotes => QuoteRec::WIDTH,
        TableId::Entities => EntityRec::WIDTH,
        TableId::EntityMentions => EntityMentionRec::WIDTH,
        TableId::Credits => CreditRec::WIDTH,
        TableId::Reporters => ReporterRec::WIDTH,
        TableId::Totals => TotalsRec::WIDTH,
        TableId::SuffixKeys => SuffixKeyRec::WIDTH,
    }
}

fn utf8<'a>(bytes: &'a [u8], arena: &'static str) -> Result<&'a str, PackError> {
    std::str::from_utf8(bytes).map_err(|e| PackError::Utf8 {
        arena,
        at: e.valid_up_to(),
    })
}

pub(crate) fn table_err(id: TableId, reason: impl Into<String>) -> PackError {
    table_err_named(id.name(), reason)
}

fn table_err_named(table: &'static str, reason: impl Into<String>) -> PackError {
    PackError::Table {
        table,
        reason: reason.into(),
    }
}
