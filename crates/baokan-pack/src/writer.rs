use crate::format::{DIR_ENTRY_LEN, FORMAT_VERSION, HEADER_LEN, MAGIC, TableId};
use crate::records::{
    ArticleRec, CitationRec, CreditRec, DateRec, EntityMentionRec, EntityRec, FigureRec, FileRec,
    IssuerRec, JoinRec, ParagraphRec, QuoteRec, Record, ReporterRec, SectionRec, SegmentRec,
    SentenceRec, SuffixRec,
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

    /// Appends to the name arena and returns the byte span it occupies.
    pub fn push_name(&mut self, s: &str) -> (u32, u32) {
        push(&mut self.names, s)
    }

    /// Lays the pack out. Offsets are `u32`: a pack over 4 GiB is not representable,
    /// and the compiler checks that limit before it calls this.
    pub fn finish(self) -> Vec<u8> {
        let tables: [(TableId, Vec<u8>); TableId::ALL.len()] = [
            (TableId::Text, self.text.into_bytes()),
            (TableId::Names, self.names.into_bytes()),
            (TableId::Files, encode(&self.files)),
            (TableId::Articles, encode(&self.articles)),
            (TableId::Sections, encode(&self.sections)),
            (TableId::Paragraphs, encode(&self.paragraphs)),
            (TableId::Sentences, encode(&self.sentences)),
            (TableId::Joins, encode(&self.joins)),
            (TableId::Segments, encode(&self.segments)),
            (TableId::Suffixes, encode(&self.suffixes)),
            (TableId::Figures, encode(&self.figures)),
            (TableId::Dates, encode(&self.dates)),
            (TableId::Citations, encode(&self.citations)),
            (TableId::Issuers, encode(&self.issuers)),
            (TableId::Quotes, encode(&self.quotes)),
            (TableId::Entities, encode(&self.entities)),
            (TableId::EntityMentions, encode(&self.entity_mentions)),
            (TableId::Credits, encode(&self.credits)),
            (TableId::Reporters, encode(&self.reporters)),
            (TableId::Sources, self.sources.into_bytes()),
        ];
        let mut out = Vec::new();
        out.extend_from_slice(&MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&(tables.len() as u32).to_le_bytes());
        out.extend_from_slice(&[0; 4]); // total length, patched below
        out.extend_from_slice(&[0; 4]); // checksum, patched below
        out.extend_from_slice(&[0; 8]); // reserved
        debug_assert_eq!(out.len(), HEADER_LEN);
        let mut offset = align4(HEADER_LEN + DIR_ENTRY_LEN * tables.len());
        for (id, bytes) in &tables {
            out.extend_from_slice(&id.tag().to_le_bytes());
            out.extend_from_slice(&(offset as u32).to_le_bytes());
            out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            out.extend_from_slice(&crc32fast::hash(bytes).to_le_bytes());
            offset = align4(offset + bytes.len());
        }
        for (_, bytes) in &tables {
            out.resize(align4(out.len()), 0);
            out.extend_from_slice(bytes);
        }
        out.resize(align4(out.len()), 0);
        let len = out.len() as u32;
        out[16..20].copy_from_slice(&len.to_le_bytes());
        let crc = checksum(&out, HEADER_LEN + DIR_ENTRY_LEN * tables.len());
        out[20..24].copy_from_slice(&crc.to_le_bytes());
        out
    }
}

fn push(arena: &mut String, s: &str) -> (u32, u32) {
    let start = arena.len() as u32;
    arena.push_str(s);
    (start, arena.len() as u32)
}

fn encode<R: Record>(records: &[R]) -> Vec<u8> {
    let mut out = Vec::with_capacity(records.len() * R::WIDTH * 4);
    for r in records {
        r.write(&mut out);
    }
    out
}

const fn align4(n: usize) -> usize {
    (n + 3) & !3
}

/// CRC-32 of the header and the directory (bytes `..dir_end`) but the magic and the
/// checksum field itself (bytes 20..24). Each table has its own in the directory.
pub(crate) fn checksum(bytes: &[u8], dir_end: usize) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(bytes.get(8..20).unwrap_or_default());
    h.update(bytes.get(24..dir_end).unwrap_or_default());
    h.finalize()
}
