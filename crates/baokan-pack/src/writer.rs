use std::io::{Seek, SeekFrom, Write};

use crate::format::{DIR_ENTRY_LEN, FORMAT_VERSION, HEADER_LEN, MAGIC, TableId};
use crate::records::{
    ArticleRec, CitationRec, CreditRec, DateRec, EntityMentionRec, EntityRec, FigureRec, FileRec,
    IssuerRec, JoinRec, ParagraphRec, QuoteRec, Record, ReporterRec, SectionRec, SegmentRec,
    SentenceRec, SuffixKeyRec, SuffixRec, TotalsRec,
};

/// Collects arenas and records, then lays them out as pack bytes.
///
/// The output depends only on what was pushed, in the order it was pushed, so the same
/// corpus always gives the same bytes.
///
/// ```
/// use baokan_pack::{Pack, PackWriter, records::{FileRec, SegmentRec}};
/// let mut w = PackWriter::new();
/// let name = w.push_name("page.txt");
/// w.files.push(FileRec { name_start: name.0, name_end: name.1, ..FileRec::default() });
/// let (s, e) = w.push_text("报刊\n");
/// assert_eq!((s, e), (0, 7));
/// // Text without provenance is rejected: say where it came from.
/// w.segments.push(SegmentRec { start: 0, char_start: 0, file: 0, line: 1, column: 1, source_byte: 0 });
/// let a = w.clone().finish();
/// let b = w.finish();
/// assert_eq!(a, b);
/// assert_eq!(Pack::parse_verified(&a)?.text()?, "报刊\n");
/// # Ok::<(), baokan_pack::PackError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct PackWriter {
    /// The corpus text arena.
    pub text: String,
    /// The name arena.
    pub names: String,
    /// The source arena.
    pub sources: String,
    /// File records.
    pub files: Vec<FileRec>,
    /// Article records.
    pub articles: Vec<ArticleRec>,
    /// Section records.
    pub sections: Vec<SectionRec>,
    /// Paragraph records.
    pub paragraphs: Vec<ParagraphRec>,
    /// Sentence records.
    pub sentences: Vec<SentenceRec>,
    /// Join records.
    pub joins: Vec<JoinRec>,
    /// Segment records.
    pub segments: Vec<SegmentRec>,
    /// The search index, sorted by folded suffix.
    pub suffixes: Vec<SuffixRec>,
    /// Figures, in text order.
    pub figures: Vec<FigureRec>,
    /// Date mentions, in text order.
    pub dates: Vec<DateRec>,
    /// Citations, in text order.
    pub citations: Vec<CitationRec>,
    /// Issuers, grouped by citation.
    pub issuers: Vec<IssuerRec>,
    /// Quotations, in text order.
    pub quotes: Vec<QuoteRec>,
    /// Named entities.
    pub entities: Vec<EntityRec>,
    /// Entity mentions, grouped by entity.
    pub entity_mentions: Vec<EntityMentionRec>,
    /// Credits, grouped by article.
    pub credits: Vec<CreditRec>,
    /// Reporters, grouped by article.
    pub reporters: Vec<ReporterRec>,
    /// Corpus totals: empty, or the one record [`fill_totals`](Self::fill_totals) makes.
    pub totals: Vec<TotalsRec>,
    /// Suffix keys: empty, or what [`fill_suffix_keys`](Self::fill_suffix_keys) makes.
    pub suffix_keys: Vec<SuffixKeyRec>,
    /// Suffix LCPs: empty, or the table [`fill_suffix_lcps`](Self::fill_suffix_lcps)
    /// makes (see [`lcps`](crate::lcps)).
    pub suffix_lcps: Vec<u8>,
}

impl PackWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends to the text arena and returns the byte span it occupies.
    pub fn push_text(&mut self, s: &str) -> (u32, u32) {
        push(&mut self.text, s)
    }

    /// Stores the corpus totals (paragraph chars, reprints) computed from the text,
    /// paragraphs and articles pushed so far, so that statistics on the pack need not
    /// walk those tables. Call it once everything is pushed; a pack without totals is
    /// valid too, and its readers count.
    ///
    /// ```
    /// let mut w = baokan_pack::PackWriter::new();
    /// let (start, end) = w.push_text("报刊\n");
    /// w.paragraphs.push(baokan_pack::records::ParagraphRec { start, end: end - 1, ..Default::default() });
    /// w.fill_totals();
    /// assert_eq!(w.totals[0].paragraph_chars, 2);
    /// ```
    pub fn fill_totals(&mut self) {
        let reprints = self
            .articles
            .iter()
            .filter(|a| a.duplicate_of != crate::NONE)
            .count();
        let spans = self.paragraphs.iter().map(|p| (p.start, p.end));
        self.totals = vec![TotalsRec::of(&self.text, spans, reprints)];
    }

    /// Stores the [`keys`](crate::keys) of the suffixes pushed so far, read from the
    /// text arena. Call it once the index is complete.
    pub fn fill_suffix_keys(&mut self) {
        self.suffix_keys = crate::keys::with_level1(
            self.suffixes
                .iter()
                .step_by(crate::keys::KEY_STEP)
                .map(|s| crate::keys::key_of(text_at(&self.text, s.at as usize)))
                .collect(),
        );
    }

    /// Stores the [LCPs](crate::lcps) of the suffixes pushed so far, read from the text
    /// arena. Call it once the index is complete.
    ///
    /// ```
    /// use baokan_pack::records::SuffixRec;
    /// let mut w = baokan_pack::PackWriter::new();
    /// w.push_text("报刊报纸\n");
    /// w.suffixes = [0, 6, 3, 9].map(|at| SuffixRec { at }).to_vec();
    /// w.fill_suffix_lcps();
    /// assert_eq!(w.suffix_lcps, [0x10, 0, 0, 0]);
    /// ```
    pub fn fill_suffix_lcps(&mut self) {
        let text = &self.text;
        let at = |s: &SuffixRec| text_window(text, s.at as usize, crate::lcps::LCP_WINDOW);
        let first = self.suffixes.first().map(|_| 0);
        let rest = self
            .suffixes
            .windows(2)
            .map(|w| crate::lcps::lcp_of(at(&w[0]), at(&w[1])));
        self.suffix_lcps = crate::lcps::nibbles(first.into_iter().chain(rest));
    }

    /// Appends to the name arena and returns the byte span it occupies.
    pub fn push_name(&mut self, s: &str) -> (u32, u32) {
        push(&mut self.names, s)
    }

    /// Lays the pack out. Offsets are `u32`: a pack over 4 GiB is not representable,
    /// and the compiler checks that limit before it calls this.
    pub fn finish(self) -> Vec<u8> {
        let sizes = self.table_sizes();
        let total = PackStream::<std::io::Cursor<Vec<u8>>>::total(&sizes);
        let mut out = std::io::Cursor::new(Vec::with_capacity(total));
        // Writing to a Vec cannot fail.
        let written = PackStream::new(&mut out, sizes).and_then(|mut s| {
            self.write_tables(&mut s, &TableId::ALL)?;
            s.finish().map(|_| ())
        });
        debug_assert!(written.is_ok());
        out.into_inner()
    }

    /// The byte length of every table, in [`TableId::ALL`] order, as [`finish`](Self::finish)
    /// lays them out.
    pub fn table_sizes(&self) -> [usize; TableId::ALL.len()] {
        TableId::ALL.map(|id| self.table_size(id))
    }

    /// The byte length of one table.
    pub fn table_size(&self, id: TableId) -> usize {
        fn n<R: Record>(r: &[R]) -> usize {
            r.len() * R::WIDTH * 4
        }
        match id {
            TableId::Text => self.text.len(),
            TableId::Names => self.names.len(),
            TableId::Files => n(&self.files),
            TableId::Articles => n(&self.articles),
            TableId::Sections => n(&self.sections),
            TableId::Paragraphs => n(&self.paragraphs),
            TableId::Sentences => n(&self.sentences),
            TableId::Joins => n(&self.joins),
            TableId::Segments => n(&self.segments),
            TableId::Suffixes => n(&self.suffixes),
            TableId::Figures => n(&self.figures),
            TableId::Dates => n(&self.dates),
            TableId::Citations => n(&self.citations),
            TableId::Issuers => n(&self.issuers),
            TableId::Quotes => n(&self.quotes),
            TableId::Entities => n(&self.entities),
            TableId::EntityMentions => n(&self.entity_mentions),
            TableId::Credits => n(&self.credits),
            TableId::Reporters => n(&self.reporters),
            TableId::Totals => n(&self.totals),
            TableId::SuffixKeys => n(&self.suffix_keys),
            TableId::SuffixLcps => self.suffix_lcps.len(),
            TableId::Sources => self.sources.len(),
        }
    }

    /// Writes the tables `ids` (the next ones the stream expects, in order) from this
    /// writer to `s`.
    pub fn write_tables<W: Write + Seek>(
        &self,
        s: &mut PackStream<W>,
        ids: &[TableId],
    ) -> std::io::Result<()> {
        for &id in ids {
            s.begin(id)?;
            match id {
                TableId::Text => s.write(self.text.as_bytes())?,
                TableId::Names => s.write(self.names.as_bytes())?,
                TableId::Files => s.records(&self.files)?,
                TableId::Articles => s.records(&self.articles)?,
                TableId::Sections => s.records(&self.sections)?,
                TableId::Paragraphs => s.records(&self.paragraphs)?,
                TableId::Sentences => s.records(&self.sentences)?,
                TableId::Joins => s.records(&self.joins)?,
                TableId::Segments => s.records(&self.segments)?,
                TableId::Suffixes => s.records(&self.suffixes)?,
                TableId::Figures => s.records(&self.figures)?,
                TableId::Dates => s.records(&self.dates)?,
                TableId::Citations => s.records(&self.citations)?,
                TableId::Issuers => s.records(&self.issuers)?,
                TableId::Quotes => s.records(&self.quotes)?,
                TableId::Entities => s.records(&self.entities)?,
                TableId::EntityMentions => s.records(&self.entity_mentions)?,
                TableId::Credits => s.records(&self.credits)?,
                TableId::Reporters => s.records(&self.reporters)?,
                TableId::Totals => s.records(&self.totals)?,
                TableId::SuffixKeys => s.records(&self.suffix_keys)?,
                TableId::SuffixLcps => s.write(&self.suffix_lcps)?,
                TableId::Sources => s.write(self.sources.as_bytes())?,
            }
        }
        Ok(())
    }
}

/// A pack written table by table, in [`TableId::ALL`] order, into any seekable sink (a
/// file, a `Cursor<Vec<u8>>`), without holding it whole: what a compiler of large corpora
/// needs, since a pack is about three times its input. The bytes are those
/// [`PackWriter::finish`] lays out for tables of the same contents.
///
/// The table sizes are declared up front (the directory comes first); each table is then
/// opened with [`begin`](Self::begin) and filled with [`write`](Self::write) or
/// [`records`](Self::records), in as many pieces as suits. [`finish`](Self::finish) checks
/// that every table got its declared size and patches the checksum into the header.
///
/// ```
/// use baokan_pack::{PackStream, PackWriter, format::TableId};
/// let mut w = PackWriter::new();
/// w.push_name("page.txt");
/// let mut file = std::io::Cursor::new(Vec::new());
/// let mut s = PackStream::new(&mut file, w.table_sizes())?;
/// w.write_tables(&mut s, &TableId::ALL)?;
/// s.finish()?;
/// assert_eq!(file.into_inner(), w.finish());
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct PackStream<W: Write + Seek> {
    out: W,
    /// The header and directory as written; per-table checksums are patched in by
    /// [`finish`](Self::finish).
    head: Vec<u8>,
    /// The checksum of the open table.
    crc: crc32fast::Hasher,
    /// Each table's checksum, filled as tables close.
    crcs: [u32; TableId::ALL.len()],
    sizes: [usize; TableId::ALL.len()],
    /// The table being written (its index in [`TableId::ALL`]), and bytes written to it.
    table: Option<(usize, usize)>,
    /// Bytes written in all, header included.
    pos: usize,
    buf: Vec<u8>,
}

impl<W: Write + Seek> PackStream<W> {
    /// The length of a pack whose tables have these sizes.
    pub fn total(sizes: &[usize; TableId::ALL.len()]) -> usize {
        let mut offset = align4(HEADER_LEN + DIR_ENTRY_LEN * sizes.len());
        for &n in sizes {
            offset = align4(offset + n);
        }
        offset
    }

    /// Writes the header and directory for tables of these sizes (bytes, in
    /// [`TableId::ALL`] order). Fails with `InvalidInput` for a pack over 4 GiB.
    pub fn new(out: W, sizes: [usize; TableId::ALL.len()]) -> std::io::Result<Self> {
        let total = Self::total(&sizes);
        let len = u32::try_from(total).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "a pack over 4 GiB")
        })?;
        let mut head = Vec::with_capacity(HEADER_LEN + DIR_ENTRY_LEN * sizes.len() + 4);
        head.extend_from_slice(&MAGIC);
        head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        head.extend_from_slice(&(sizes.len() as u32).to_le_bytes());
        head.extend_from_slice(&len.to_le_bytes());
        head.extend_from_slice(&[0; 4]); // checksum, patched by finish
        head.extend_from_slice(&[0; 8]); // reserved
        debug_assert_eq!(head.len(), HEADER_LEN);
        let mut offset = align4(HEADER_LEN + DIR_ENTRY_LEN * sizes.len());
        for (id, &n) in TableId::ALL.iter().zip(&sizes) {
            head.extend_from_slice(&id.tag().to_le_bytes());
            head.extend_from_slice(&(offset as u32).to_le_bytes());
            head.extend_from_slice(&(n as u32).to_le_bytes());
            head.extend_from_slice(&[0; 4]); // the table's checksum, patched by finish
            offset = align4(offset + n);
        }
        let mut s = PackStream {
            out,
            head: Vec::new(),
            crc: crc32fast::Hasher::new(),
            crcs: [0; TableId::ALL.len()],
            sizes,
            table: None,
            pos: 0,
            buf: Vec::new(),
        };
        s.raw(&head)?;
        s.head = head;
        Ok(s)
    }

    /// Where table `id` starts in the pack.
    pub fn offset_of(&self, id: TableId) -> usize {
        let mut offset = align4(HEADER_LEN + DIR_ENTRY_LEN * self.sizes.len());
        for &n in &self.sizes[..id.index()] {
            offset = align4(offset + n);
        }
        offset
    }

    /// The sink, to flush what was written so far (to read it back, say).
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.out
    }

    fn raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.out.write_all(bytes)?;
        self.pos += bytes.len();
        Ok(())
    }

    fn pad(&mut self) -> std::io::Result<()> {
        let n = align4(self.pos) - self.pos;
        self.raw(&[0; 3][..n])
    }

    fn close_table(&mut self) -> std::io::Result<()> {
        let Some((i, n)) = self.table.take() else {
            return Ok(());
        };
        self.crcs[i] = std::mem::take(&mut self.crc).finalize();
        if n != self.sizes[i] {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "table {} got {n} bytes, {} declared",
                    TableId::ALL[i].name(),
                    self.sizes[i]
                ),
            ));
        }
        Ok(())
    }

    /// Opens table `id`, which must be the next in [`TableId::ALL`] order.
    pub fn begin(&mut self, id: TableId) -> std::io::Result<()> {
        let expected = self.table.map_or(0, |(i, _)| i + 1);
        self.close_table()?;
        if id.index() != expected {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("table {} written out of order", id.name()),
            ));
        }
        self.pad()?;
        self.table = Some((id.index(), 0));
        Ok(())
    }

    /// Appends bytes to the open table.
    pub fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match &mut self.table {
            Some((_, n)) => {
                *n += bytes.len();
                self.crc.update(bytes);
            }
            None => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "no table is open",
                ));
            }
        }
        self.raw(bytes)
    }

    /// Appends records to the open table.
    pub fn records<R: Record>(&mut self, records: &[R]) -> std::io::Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        for chunk in records.chunks(1 << 14) {
            buf.clear();
            for r in chunk {
                r.write(&mut buf);
            }
            self.write(&buf)?;
        }
        self.buf = buf;
        Ok(())
    }

    /// Checks that every table was written at its declared size, pads the end and
    /// writes the checksum into the header. Returns the sink.
    pub fn finish(mut self) -> std::io::Result<W> {
        let last = self.table.map_or(0, |(i, _)| i + 1);
        self.close_table()?;
        if last != self.sizes.len() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("table {} was never written", TableId::ALL[last].name()),
            ));
        }
        self.pad()?;
        let mut head = std::mem::take(&mut self.head);
        for (i, crc) in self.crcs.iter().enumerate() {
            let at = HEADER_LEN + DIR_ENTRY_LEN * i + 12;
            head[at..at + 4].copy_from_slice(&crc.to_le_bytes());
        }
        let crc = checksum(&head, head.len());
        head[20..24].copy_from_slice(&crc.to_le_bytes());
        self.out.seek(SeekFrom::Start(0))?;
        self.out.write_all(&head)?;
        self.out.seek(SeekFrom::End(0))?;
        self.out.flush()?;
        Ok(self.out)
    }
}

fn push(arena: &mut String, s: &str) -> (u32, u32) {
    let start = arena.len() as u32;
    arena.push_str(s);
    (start, arena.len() as u32)
}

const fn align4(n: usize) -> usize {
    (n + 3) & !3
}

/// CRC-32 of the header and the table directory (up to `dir_end`), but for the magic and
/// the checksum field itself (bytes 20..24). Each table has its own in the directory.
pub(crate) fn checksum(bytes: &[u8], dir_end: usize) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(bytes.get(8..20).unwrap_or_default());
    h.update(bytes.get(24..dir_end).unwrap_or_default());
    h.finalize()
}

/// The text from byte `at`, as much of it as a key reads (`""` off a char boundary).
pub(crate) fn text_at(text: &str, at: usize) -> &str {
    text_window(text, at, 4 * crate::keys::KEY_CHARS)
}

/// The text from `at`, at most `window` bytes of it, cut to a char boundary; `""`
/// where `at` is not one.
pub(crate) fn text_window(text: &str, at: usize, window: usize) -> &str {
    let Some(rest) = text.get(at..) else {
        return "";
    };
    let mut cut = rest.len().min(window);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    &rest[..cut]
}
