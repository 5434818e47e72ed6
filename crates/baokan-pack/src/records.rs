//! The fixed-width records of each table.
//!
//! Every field is a little-endian `u32`. Spans are `(start, end)` byte offsets into an
//! arena; an absent optional span has `start == end == NONE`. Indices point into
//! other tables; an absent one is [`NONE`](crate::NONE).
//!
//! ```
//! use baokan_pack::records::{Record, SentenceRec};
//! let s = SentenceRec { paragraph: 2, start: 10, end: 40, end_kind: 1 };
//! let mut bytes = Vec::new();
//! s.write(&mut bytes);
//! assert_eq!(bytes.len(), SentenceRec::WIDTH * 4);
//! assert_eq!(SentenceRec::read(&bytes), s);
//! ```

/// A record: a fixed number of `u32` words.
pub trait Record: Sized + Copy {
    /// Number of `u32` words in one record.
    const WIDTH: usize;
    /// Decodes a record from `WIDTH * 4` bytes; missing bytes read as zero.
    fn read(bytes: &[u8]) -> Self;
    /// Appends the record's `WIDTH * 4` bytes.
    fn write(&self, out: &mut Vec<u8>);
}

/// Reads word `i` of a record, or 0 if the slice is short (validated packs never are).
#[inline]
pub(crate) fn word(bytes: &[u8], i: usize) -> u32 {
    match bytes.get(i * 4..i * 4 + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

macro_rules! record {
    ($(#[$m:meta])* $name:ident { $($(#[$fm:meta])* $field:ident),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub struct $name {
            $($(#[$fm])* pub $field: u32,)*
        }

        impl Record for $name {
            const WIDTH: usize = [$(stringify!($field)),*].len();

            #[inline]
            #[allow(unused_assignments)]
            fn read(bytes: &[u8]) -> Self {
                let mut i = 0;
                $name { $($field: { let v = word(bytes, i); i += 1; v },)* }
            }

            fn write(&self, out: &mut Vec<u8>) {
                $(out.extend_from_slice(&self.$field.to_le_bytes());)*
            }
        }
    };
}

record! {
    /// A source file.
    FileRec {
        /// File name (names arena).
        /// Start byte.
        name_start,
        /// File name (names arena).
        /// End byte.
        name_end,
        /// Declared publication date as `yyyymmdd`, or 0.
        date,
        /// Declared source, e.g. the newspaper (names arena), or `NONE`.
        /// Start byte.
        source_start,
        /// Declared source, e.g. the newspaper (names arena), or `NONE`.
        /// End byte.
        source_end,
        /// Declared page label (names arena), or `NONE`.
        /// Start byte.
        page_start,
        /// Declared page label (names arena), or `NONE`.
        /// End byte.
        page_end,
        /// Number of lines in the source file.
        lines,
        /// How the file's date was found: 0 none, 2 declared, 3 from its path.
        date_basis,
        /// Layout code: 0 page, 1 article file.
        layout,
        /// Why that layout was chosen (names arena).
        /// Start byte.
        layout_reason_start,
        /// Why that layout was chosen (names arena).
        /// End byte.
        layout_reason_end,
        /// The decoded source text (sources arena), or `NONE` when compiled without it.
        /// Start byte.
        source_text_start,
        /// The decoded source text (sources arena), or `NONE`.
        /// End byte.
        source_text_end,
    }
}

record! {
    /// An article.
    ArticleRec {
        /// Index of its source file.
        file,
        /// Title span (text arena), or `NONE` for an untitled article.
        /// Start byte.
        title_start,
        /// Title span (text arena), or `NONE` for an untitled article.
        /// End byte.
        title_end,
        /// Subtitle span without its leading dashes, or `NONE`.
        /// Start byte.
        subtitle_start,
        /// Subtitle span without its leading dashes, or `NONE`.
        /// End byte.
        subtitle_end,
        /// Byline span, or `NONE`.
        /// Start byte.
        byline_start,
        /// Byline span, or `NONE`.
        /// End byte.
        byline_end,
        /// Whole dateline span, or `NONE`.
        /// Start byte.
        dateline_start,
        /// Whole dateline span, or `NONE`.
        /// End byte.
        dateline_end,
        /// Agency inside the dateline, or `NONE`.
        /// Start byte.
        agency_start,
        /// Agency inside the dateline, or `NONE`.
        /// End byte.
        agency_end,
        /// Place inside the dateline, or `NONE`.
        /// Start byte.
        place_start,
        /// Place inside the dateline, or `NONE`.
        /// End byte.
        place_end,
        /// Dateline month (1-based), or 0.
        month,
        /// Dateline day (1-based), or 0.
                day,
        /// Article date as `yyyymmdd`, or 0.
        date,
        /// How the date was found (see `DateBasis` in the `baokan` crate).
        date_basis,
        /// The continued-from marker, e.g. `(上接第一版)`, or `NONE`.
        /// Start byte.
        from_marker_start,
        /// The continued-from marker, e.g. `(上接第一版)`, or `NONE`.
        /// End byte.
        from_marker_end,
        /// The page inside it, e.g. `第一版`, or `NONE`.
        /// Start byte.
        from_page_start,
        /// The page inside it, e.g. `第一版`, or `NONE`.
        /// End byte.
        from_page_end,
        /// The continued-on marker, e.g. `(下转第二版)`, or `NONE`.
        /// Start byte.
        to_marker_start,
        /// The continued-on marker, e.g. `(下转第二版)`, or `NONE`.
        /// End byte.
        to_marker_end,
        /// The page inside it, or `NONE`.
        /// Start byte.
        to_page_start,
        /// The page inside it, or `NONE`.
        /// End byte.
        to_page_end,
        /// Index of the first section.
        section_first,
        /// Number of sections.
                section_count,
        /// Index of the first paragraph.
        paragraph_first,
        /// Number of paragraphs.
                paragraph_count,
        /// Index of the first sentence.
        sentence_first,
        /// Number of sentences.
                sentence_count,
        /// Span of the whole article in the text arena.
        /// Start byte.
        start,
        /// Span of the whole article in the text arena.
        /// End byte.
        end,
        /// Kicker span (引题), or `NONE`.
        /// Start byte.
        kicker_start,
        /// Kicker span (引题), or `NONE`.
        /// End byte.
        kicker_end,
        /// The column tag inside the title's closing brackets, or `NONE`.
        /// Start byte.
        column_start,
        /// The column tag inside the title's closing brackets, or `NONE`.
        /// End byte.
        column_end,
        /// End of the title without its column tag, or `NONE` when it has none.
        bare_title_end,
        /// 1 when the dateline closes the article (a line of its own), else 0.
        dateline_closing,
        /// Index of the first reporter.
        reporter_first,
        /// Number of reporters.
        reporter_count,
        /// Index of the first credit.
        credit_first,
        /// Number of credits.
        credit_count,
        /// Index of the earlier article this one reprints, or `NONE`.
        duplicate_of,
    }
}

record! {
    /// A section: an optional heading and its paragraphs.
    SectionRec {
        /// Index of its article.
        article,
        /// Heading span, or `NONE` for an untitled lead.
        /// Start byte.
        heading_start,
        /// Heading span, or `NONE` for an untitled lead.
        /// End byte.
        heading_end,
        /// A second heading line printed right under the first, or `NONE`.
        /// Start byte.
        subheading_start,
        /// A second heading line printed right under the first, or `NONE`.
        /// End byte.
        subheading_end,
        /// Index of the first paragraph.
        paragraph_first,
        /// Number of paragraphs.
                paragraph_count,
        /// Span of the section in the text arena.
        /// Start byte.
        start,
        /// Span of the section in the text arena.
        /// End byte.
        end,
    }
}

record! {
    /// A paragraph after page-break repair.
    ParagraphRec {
        /// Index of its section.
        section,
        /// Paragraph kind code (see `ParagraphKind` in the `baokan` crate).
        kind,
        /// Text span.
        /// Start byte.
        start,
        /// Text span.
        /// End byte.
        end,
        /// Index of the first sentence.
        sentence_first,
        /// Number of sentences.
                sentence_count,
        /// Index of the first join.
        join_first,
        /// Number of joins.
                join_count,
    }
}

record! {
    /// A sentence.
    SentenceRec {
        /// Index of its paragraph.
        paragraph,
        /// Text span.
        /// Start byte.
        start,
        /// Text span.
        /// End byte.
        end,
        /// How the sentence ends (see `SentenceEnd` in the `baokan` crate).
        end_kind,
    }
}

record! {
    /// A page-break join: the place in a paragraph where its second piece begins.
    JoinRec {
        /// Index of the paragraph.
        paragraph,
        /// Byte offset in the text arena where the continuation begins.
        at,
        /// Why the pieces were joined: 0 the first ended mid-sentence without a mark,
        /// 1 it ended on a clause mark (，、).
        reason,
    }
}

record! {
    /// A provenance segment: text from `start` up to the next segment's start was copied
    /// unchanged from one source line, beginning at `line`:`column`.
    SegmentRec {
        /// Byte offset in the text arena.
        start,
        /// Char offset in the text arena.
        char_start,
        /// Index of the source file.
        file,
        /// 1-based source line.
        line,
        /// 1-based source column, in chars.
        column,
        /// Byte offset in the decoded source file.
        source_byte,
    }
}

record! {
    /// One entry of the search index.
    SuffixRec {
        /// Byte offset in the text arena where the suffix starts.
        at,
    }
}

record! {
    /// A figure: a quantity stated with a number.
    FigureRec {
        /// Index of the paragraph it is in.
        paragraph,
        /// Start byte in the text arena.
        start,
        /// End byte in the text arena.
        end,
        /// Low word of the value's `f64` bits.
        value_lo,
        /// High word of the value's `f64` bits.
        value_hi,
        /// Low word of the range maximum's `f64` bits (NaN bits when absent).
        max_lo,
        /// High word of the range maximum's `f64` bits.
        max_hi,
        /// Unit (name arena), or `NONE`.
        unit_start,
        /// End of the unit.
        unit_end,
        /// Multiplier such as 万 (name arena), or `NONE`.
        multiplier_start,
        /// End of the multiplier.
        multiplier_end,
        /// The code of [`Approx`](crate::vocab::Approx), or [`ABSENT`](crate::vocab::ABSENT).
        approx,
        /// The code of [`NumeralForm`](crate::vocab::NumeralForm).
        numeral_form,
        /// The thing measured (name arena), or `NONE`.
        subject_start,
        /// End of the subject.
        subject_end,
    }
}

record! {
    /// A date mention.
    DateRec {
        /// Index of the paragraph it is in.
        paragraph,
        /// Start byte in the text arena.
        start,
        /// End byte in the text arena.
        end,
        /// ISO value (name arena), or `NONE` when unresolved.
        iso_start,
        /// End of the ISO value.
        iso_end,
        /// ISO end of a range (name arena), or `NONE`.
        until_start,
        /// End of the range's ISO end.
        until_end,
        /// Precision: the code of [`Precision`](crate::vocab::Precision).
        precision,
        /// How it was resolved: the code of [`ResolvedBy`](crate::vocab::ResolvedBy).
        resolved_by,
        /// The season named: the code of [`Season`](crate::vocab::Season), or
        /// [`ABSENT`](crate::vocab::ABSENT).
        season,
        /// The part of the period named: the code of [`Part`](crate::vocab::Part), or
        /// [`ABSENT`](crate::vocab::ABSENT).
        part,
        /// How an open period runs on: the code of [`Open`](crate::vocab::Open), or
        /// [`ABSENT`](crate::vocab::ABSENT).
        open,
        /// The calendar the text writes the date in: the code of
        /// [`Calendar`](crate::vocab::Calendar).
        calendar,
    }
}

record! {
    /// A citation of a document title 《…》.
    CitationRec {
        /// Index of the paragraph it is in.
        paragraph,
        /// Start byte in the text arena (at 《).
        start,
        /// End byte in the text arena (after 》).
        end,
        /// Start of the title inside the marks (text arena).
        title_start,
        /// End of the title.
        title_end,
        /// Document kind such as 条例 (name arena), or `NONE`.
        kind_start,
        /// End of the kind.
        kind_end,
        /// Action such as 印发 (name arena), or `NONE`.
        action_start,
        /// End of the action.
        action_end,
        /// ISO date stated in the sentence (name arena), or `NONE`.
        date_start,
        /// End of the date.
        date_end,
        /// Index of the first issuer in the issuer table.
        issuer_first,
        /// Number of issuers.
        issuer_count,
    }
}

record! {
    /// An issuer of a cited document.
    IssuerRec {
        /// Index of the citation.
        citation,
        /// Issuer name (name arena).
        name_start,
        /// End of the name.
        name_end,
    }
}

record! {
    /// A quotation.
    QuoteRec {
        /// Index of the paragraph it is in.
        paragraph,
        /// Start byte in the text arena, including the marks.
        start,
        /// End byte in the text arena.
        end,
        /// Start of the quoted text without marks.
        inner_start,
        /// End of the quoted text.
        inner_end,
        /// The code of [`QuoteKind`](crate::vocab::QuoteKind).
        kind,
        /// Speaker name (name arena), or `NONE`.
        speaker_start,
        /// End of the speaker name.
        speaker_end,
        /// Speaker title (name arena), or `NONE`.
        title_start,
        /// End of the speaker title.
        title_end,
        /// The speaker phrase in the text arena, or `NONE`.
        phrase_start,
        /// End of the speaker phrase.
        phrase_end,
        /// Bit 0: opened before this paragraph; bit 1: closed after it; bits 2 and up: the
        /// code of its [`Attribution`](crate::vocab::Attribution).
        flags,
    }
}

record! {
    /// A named entity: one per kind and name, with its mentions.
    EntityRec {
        /// The code of [`EntityKind`](crate::vocab::EntityKind).
        kind,
        /// Name (name arena).
        name_start,
        /// End of the name.
        name_end,
        /// The code of a place's [`AdminLevel`](crate::vocab::AdminLevel), or
        /// [`ABSENT`](crate::vocab::ABSENT).
        admin_level,
        /// Index of the first mention.
        mention_first,
        /// Number of mentions.
        mention_count,
    }
}

record! {
    /// A mention of a named entity.
    EntityMentionRec {
        /// Index of the entity.
        entity,
        /// Index of the paragraph it is in.
        paragraph,
        /// Start byte in the text arena.
        start,
        /// End byte in the text arena.
        end,
        /// A title attached to a person (name arena), or `NONE`.
        title_start,
        /// End of the title.
        title_end,
    }
}

record! {
    /// A credit or note line: a byline, an author note, a design, chart, data-source or
    /// photo-source line, an editor line, a caption, a signature or a closing dateline.
    CreditRec {
        /// Index of its article.
        article,
        /// Credit kind code (see `CreditKind` in the `baokan` crate).
        kind,
        /// Text span.
        /// Start byte.
        start,
        /// Text span.
        /// End byte.
        end,
    }
}

record! {
    /// A reporter named in a byline or a dateline.
    ReporterRec {
        /// Index of its article.
        article,
        /// The name with the typesetting spaces removed (names arena).
        /// Start byte.
        name_start,
        /// The name with the typesetting spaces removed (names arena).
        /// End byte.
        name_end,
        /// The name as printed (text arena).
        /// Start byte.
        start,
        /// The name as printed (text arena).
        /// End byte.
        end,
    }
}

record! {
    /// Corpus totals, stored so that statistics need not walk a table: the one record of
    /// the `totals` table.
    TotalsRec {
        /// Chars in all paragraphs (the sum of their char spans).
        paragraph_chars,
        /// Articles linked to an earlier printing of the same story (`duplicate_of` set).
        reprints,
    }
}

record! {
    /// The first folded chars of every [`KEY_STEP`](crate::keys::KEY_STEP)th suffix, as
    /// code points (0 past the key's end): see [`keys`](crate::keys).
    SuffixKeyRec {
        /// First char.
        c0,
        /// Second char.
        c1,
        /// Third char.
        c2,
        /// Fourth char.
        c3,
    }
}

impl TotalsRec {
    /// The totals of paragraphs with these byte spans in `text` (a span that is not
    /// inside it counts no chars) and of `reprints` linked articles; counts past
    /// `u32::MAX` saturate.
    ///
    /// ```
    /// use baokan_pack::records::TotalsRec;
    /// let t = TotalsRec::of("报刊\n新闻", [(0, 6), (7, 13)], 1);
    /// assert_eq!((t.paragraph_chars, t.reprints), (4, 1));
    /// ```
    pub fn of(
        text: &str,
        spans: impl IntoIterator<Item = (u32, u32)>,
        reprints: usize,
    ) -> TotalsRec {
        let chars: usize = spans
            .into_iter()
            .map(|(start, end)| {
                text.get(start as usize..end as usize)
                    .map_or(0, |t| t.chars().count())
            })
            .sum();
        TotalsRec {
            paragraph_chars: u32::try_from(chars).unwrap_or(u32::MAX),
            reprints: u32::try_from(reprints).unwrap_or(u32::MAX),
        }
    }
}
