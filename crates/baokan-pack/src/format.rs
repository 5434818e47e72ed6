//! Layout constants: magic, version, header fields and the table directory.
//!
//! ```text
//! offset  size  field
//! 0       8     magic  b"BAOKANPK"
//! 8       4     format version (u32 LE)
//! 12      4     table count (u32 LE)
//! 16      4     total pack length in bytes (u32 LE)
//! 20      4     CRC-32 of bytes 8..20 and 24..32+16×n (the header and the directory)
//! 24      8     reserved, zero
//! 32      16×n  directory: (table tag, byte offset, byte length, CRC-32 of the table's
//!               bytes), u32 LE each
//! …             tables, each starting at a multiple of 4, in directory order; the
//!               bytes between them are zero
//! ```
//!
//! Opening a pack reads only the header and the directory (O(1) in the pack size); the
//! header checksum covers exactly those bytes. Each table carries its own checksum, so a
//! full check ([`Pack::verify`](crate::Pack::verify)) can name the table that changed,
//! and a reader need not read the tables it does not use.
//!
//! ```
//! assert_eq!(baokan_pack::format::HEADER_LEN, 32);
//! assert_eq!(&baokan_pack::MAGIC, b"BAOKANPK");
//! ```

/// The first eight bytes of every pack.
pub const MAGIC: [u8; 8] = *b"BAOKANPK";

/// The format version this crate writes and reads.
///
/// Bump it whenever a table's record layout changes; readers reject other versions.
///
/// Adding an optional table needs no bump. [`Pack::parse`](crate::Pack::parse) skips a
/// directory entry whose tag it does not know, and [`Pack::verify`](crate::Pack::verify)
/// still checks that table's checksum and its place in the layout (directory order, zero
/// bytes around it), so an older reader of the same version opens, verifies and answers
/// from a pack with the new table as from one without it. This is why `suffix lcps`
/// (tag 23) came into format 4 without a bump: a format-4 reader written before it reads
/// such a pack the slow way, and a reader that knows it reads a format-4 pack without it
/// the slow way too. A change to an existing table's records, or a table a reader may
/// not skip, needs a bump.
pub const FORMAT_VERSION: u32 = 4;

/// Bytes before the directory.
pub const HEADER_LEN: usize = 32;

/// Bytes per directory entry.
pub const DIR_ENTRY_LEN: usize = 16;

/// The value of an absent optional field (a span start or an index).
pub const NONE: u32 = u32::MAX;

/// The tables of a version-1 pack, in the order the writer lays them out.
///
/// ```
/// use baokan_pack::format::TableId;
/// assert_eq!(TableId::from_tag(3), Some(TableId::Files));
/// assert_eq!(TableId::Files.name(), "files");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableId {
    /// The corpus text arena (UTF-8): titles, headings and paragraphs, one per line.
    Text,
    /// The name arena (UTF-8): file names, sources, page labels.
    Names,
    /// One record per source file.
    Files,
    /// One record per article.
    Articles,
    /// One record per section.
    Sections,
    /// One record per paragraph.
    Paragraphs,
    /// One record per sentence.
    Sentences,
    /// One record per page-break join inside a paragraph.
    Joins,
    /// The provenance map from text offsets to source lines and columns.
    Segments,
    /// The search index: byte offsets of every paragraph char in the text arena, sorted
    /// by the folded suffix that starts there (see [`collation`](crate::collation)).
    Suffixes,
    /// Figures.
    Figures,
    /// Date mentions.
    Dates,
    /// Citations of document titles.
    Citations,
    /// Issuers of cited documents.
    Issuers,
    /// Quotations.
    Quotes,
    /// Named entities.
    Entities,
    /// Mentions of named entities.
    EntityMentions,
    /// Credit and note lines: bylines, author notes, design, chart and data-source
    /// lines, captions, signatures and closing datelines.
    Credits,
    /// Reporters named in bylines and datelines.
    Reporters,
    /// The source arena (UTF-8): each file's decoded text, unless compiled without it.
    Sources,
    /// Corpus totals that would otherwise take a pass over a table (paragraph chars,
    /// reprints): one record, or none in a pack written before the table existed
    /// (readers then count). Optional, as are the two suffix tables after it.
    Totals,
    /// Every 64th suffix's first folded chars, so that a lookup reads a small table
    /// before the index (see [`keys`](crate::keys)). Optional, as `totals` is: without it
    /// lookups search the index alone.
    SuffixKeys,
    /// Every suffix's LCP with the one before it, four bits an entry, so that a lookup
    /// reads the text of few entries of its bucket (see [`lcps`](crate::lcps)).
    /// Optional, as `suffix keys` is, and read only with them.
    SuffixLcps,
}

impl TableId {
    /// Every table, in layout order.
    pub const ALL: [TableId; 23] = [
        TableId::Text,
        TableId::Names,
        TableId::Files,
        TableId::Articles,
        TableId::Sections,
        TableId::Paragraphs,
        TableId::Sentences,
        TableId::Joins,
        TableId::Segments,
        TableId::Suffixes,
        TableId::Figures,
        TableId::Dates,
        TableId::Citations,
        TableId::Issuers,
        TableId::Quotes,
        TableId::Entities,
        TableId::EntityMentions,
        TableId::Credits,
        TableId::Reporters,
        TableId::Sources,
        TableId::Totals,
        TableId::SuffixKeys,
        TableId::SuffixLcps,
    ];

    /// The tag stored in the directory.
    pub const fn tag(self) -> u32 {
        match self {
            TableId::Text => 1,
            TableId::Names => 2,
            TableId::Files => 3,
            TableId::Articles => 4,
            TableId::Sections => 5,
            TableId::Paragraphs => 6,
            TableId::Sentences => 7,
            TableId::Joins => 8,
            TableId::Segments => 9,
            TableId::Suffixes => 10,
            TableId::Figures => 11,
            TableId::Dates => 12,
            TableId::Citations => 13,
            TableId::Issuers => 14,
            TableId::Quotes => 15,
            TableId::Entities => 16,
            TableId::EntityMentions => 17,
            TableId::Credits => 18,
            TableId::Reporters => 19,
            TableId::Sources => 20,
            TableId::Totals => 21,
            TableId::SuffixKeys => 22,
            TableId::SuffixLcps => 23,
        }
    }

    /// The table with this directory tag, if any.
    pub fn from_tag(tag: u32) -> Option<TableId> {
        Self::ALL.into_iter().find(|t| t.tag() == tag)
    }

    /// A short name for error messages.
    pub const fn name(self) -> &'static str {
        match self {
            TableId::Text => "text",
            TableId::Names => "names",
            TableId::Files => "files",
            TableId::Articles => "articles",
            TableId::Sections => "sections",
            TableId::Paragraphs => "paragraphs",
            TableId::Sentences => "sentences",
            TableId::Joins => "joins",
            TableId::Segments => "segments",
            TableId::Suffixes => "suffixes",
            TableId::Figures => "figures",
            TableId::Dates => "dates",
            TableId::Citations => "citations",
            TableId::Issuers => "issuers",
            TableId::Quotes => "quotes",
            TableId::Entities => "entities",
            TableId::EntityMentions => "entity mentions",
            TableId::Credits => "credits",
            TableId::Reporters => "reporters",
            TableId::Sources => "sources",
            TableId::Totals => "totals",
            TableId::SuffixKeys => "suffix keys",
            TableId::SuffixLcps => "suffix lcps",
        }
    }

    /// Position of this table in [`TableId::ALL`].
    pub const fn index(self) -> usize {
        self.tag() as usize - 1
    }
}

/// Number of paragraph kind codes (body, list item, ellipsis); codes are `0..PARAGRAPH_KINDS`.
pub const PARAGRAPH_KINDS: u32 = 3;

/// Number of sentence-end codes; codes are `0..SENTENCE_ENDS`.
pub const SENTENCE_ENDS: u32 = 6;

/// Number of date-basis codes (none, dateline, declared, path); codes are `0..DATE_BASES`.
pub const DATE_BASES: u32 = 4;
