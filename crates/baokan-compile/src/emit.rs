//! The model to pack bytes.
//!
//! The text arena holds each element (title, subtitle, byline, marker, heading,
//! paragraph, dateline) on a line of its own, in page order; every piece of text gets a
//! provenance segment that points at its source line and column.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use baokan_extract::{EntityKind, EntityMention, Mentions};
use baokan_pack::format::TableId;

use baokan_pack::records::{
    ArticleRec, CreditRec, FileRec, JoinRec, ParagraphRec, Record, ReporterRec, SectionRec,
    SegmentRec, SentenceRec,
};
use baokan_pack::{NONE, PackStream, PackWriter};

use crate::duplicates::Summary;
use crate::error::CompileError;
use crate::mentions::MentionSink;
use crate::model::{Article, Continuation, Document, JoinReason, Located, Pos};
use crate::run::Pool;
use rayon::prelude::*;

/// How an article's date was found when its dateline does not give it; the code is the pack's.
const DATE_DATELINE: u32 = 1;

/// Records of the tables whose indices other records hold, already moved out of the
/// writer into a [`Spill`]: a table's next index is its count here plus what the writer
/// still holds.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Moved {
    /// Bytes of the name arena.
    pub(crate) names: u32,
    files: u32,
    articles: u32,
    sections: u32,
    paragraphs: u32,
    sentences: u32,
    joins: u32,
    credits: u32,
    reporters: u32,
    pub(crate) citations: u32,
    pub(crate) issuers: u32,
}

struct Emitter {
    w: PackWriter,
    moved: Moved,
    chars: u32,
    file: u32,
    mentions: MentionSink,
    /// Where the current article's pieces went: (source byte, source end, arena offset),
    /// so a name found in the source can be pointed at in the arena.
    placed: Vec<(u32, u32, u32)>,
    /// Every paragraph's `(start, end)` in the text arena, for linking reprints and for
    /// the index, once the paragraph records themselves are spilled.
    spans: Vec<(u32, u32)>,
    /// Every article's first paragraph and paragraph count, for linking reprints once
    /// the article records are spilled.
    bodies: Vec<(u32, u32)>,
}

/// Appends to the name arena, of which `moved` bytes are spilled, and returns the span.
pub(crate) fn push_name(w: &mut PackWriter, moved: &Moved, s: &str) -> (u32, u32) {
    let (start, end) = w.push_name(s);
    (moved.names + start, moved.names + end)
}

impl Emitter {
    fn articles(&self) -> u32 {
        self.moved.articles + self.w.articles.len() as u32
    }

    fn sections(&self) -> u32 {
        self.moved.sections + self.w.sections.len() as u32
    }

    fn paragraphs(&self) -> u32 {
        self.moved.paragraphs + self.w.paragraphs.len() as u32
    }

    fn sentences(&self) -> u32 {
        self.moved.sentences + self.w.sentences.len() as u32
    }

    fn credits(&self) -> u32 {
        self.moved.credits + self.w.credits.len() as u32
    }

    fn reporters(&self) -> u32 {
        self.moved.reporters + self.w.reporters.len() as u32
    }

    /// Appends pieces as one element and returns its span and where each later piece begins.
    fn element(&mut self, pieces: &[Located]) -> ((u32, u32), Vec<u32>) {
        let start = self.w.text.len() as u32;
        let mut joins = Vec::new();
        for (i, p) in pieces.iter().enumerate() {
            let at = self.w.text.len() as u32;
            if i > 0 {
                joins.push(at);
            }
            self.w.segments.push(SegmentRec {
                start: at,
                char_start: self.chars,
                file: self.file,
                line: p.at.line,
                column: p.at.column,
                source_byte: p.at.byte,
            });
            self.w.text.push_str(&p.text);
            self.chars += p.text.chars().count() as u32;
            self.placed
                .push((p.at.byte, p.at.byte + p.text.len() as u32, at));
        }
        let end = self.w.text.len() as u32;
        self.w.text.push('\n');
        self.chars += 1;
        ((start, end), joins)
    }

    fn one(&mut self, piece: Option<&Located>) -> (u32, u32) {
        piece.map_or((NONE, NONE), |p| self.element(std::slice::from_ref(p)).0)
    }

    /// The arena span of source text already placed in the current article.
    fn find(&self, at: Pos, len: usize) -> Option<(u32, u32)> {
        self.placed
            .iter()
            .find(|&&(s, e, _)| at.byte >= s && at.byte + len as u32 <= e)
            .map(|&(s, _, arena)| {
                let start = arena + (at.byte - s);
                (start, start + len as u32)
            })
    }

    fn marker(&mut self, c: Option<&Continuation>) -> ((u32, u32), (u32, u32)) {
        match c {
            None => ((NONE, NONE), (NONE, NONE)),
            Some(c) => {
                let (s, e) = self.one(Some(&c.marker));
                ((s, e), sub(s, &c.page))
            }
        }
    }

    fn article<'m>(
        &mut self,
        doc: &Document,
        a: &Article,
        mentions: &mut impl Iterator<Item = &'m Mentions>,
    ) {
        self.placed.clear();
        let w_sections = self.sections();
        let w_paras = self.paragraphs();
        let w_sents = self.sentences();
        let start = self.w.text.len() as u32;
        let (date, basis) = article_date(doc, a);
        let kicker = self.one(a.kicker.as_ref());
        let title = self.one(a.title.as_ref());
        let (column, bare_title_end) = match (&a.title, &a.column) {
            (Some(t), Some(c)) => {
                let open = t.text[..c.start]
                    .chars()
                    .next_back()
                    .map_or(0, char::len_utf8);
                let bare = t.text[..c.start - open].trim_end().len();
                (sub(title.0, c), title.0 + bare as u32)
            }
            _ => ((NONE, NONE), NONE),
        };
        let subtitle = self.one(a.subtitle.as_ref());
        // A byline that is also a credit line is placed once, with the credits.
        let byline_is_credit = a
            .byline
            .as_ref()
            .is_some_and(|b| a.credits.iter().any(|c| c.text.at == b.at));
        let mut byline = if byline_is_credit {
            (NONE, NONE)
        } else {
            self.one(a.byline.as_ref())
        };
        let (from_marker, from_page) = self.marker(a.continued_from.as_ref());
        let mut leading_dateline = None;
        // This article's paragraphs: (index, start, end) in the arena.
        let mut own: Vec<(u32, u32, u32)> = Vec::new();
        for s in &a.sections {
            let heading = self.one(s.heading.as_ref());
            let subheading = self.one(s.subheading.as_ref());
            let sec_start = if heading.0 == NONE {
                self.w.text.len() as u32
            } else {
                heading.0
            };
            let para_first = self.paragraphs();
            let mut sec_end = heading.1;
            for p in &s.paragraphs {
                let ((ps, pe), joins) = self.element(&p.pieces);
                let reasons = p.pieces.iter().filter_map(|q| q.text.chars().next_back());
                if leading_dateline.is_none() {
                    leading_dateline = Some(ps);
                }
                let index = self.paragraphs();
                own.push((index, ps, pe));
                self.spans.push((ps, pe));
                let body = p.text();
                let none = Mentions::default();
                let found = mentions.next().unwrap_or(&none);
                self.mentions
                    .paragraph(&mut self.w, &self.moved, index, ps, &body, found);
                let sent_first = self.sentences();
                for (r, end) in &p.sentences {
                    let (start, end_off) = sub(ps, r);
                    self.w.sentences.push(SentenceRec {
                        paragraph: index,
                        start,
                        end: end_off,
                        end_kind: end.code(),
                    });
                }
                let join_first = self.moved.joins + self.w.joins.len() as u32;
                self.w
                    .joins
                    .extend(joins.iter().zip(reasons).map(|(&at, last)| JoinRec {
                        paragraph: index,
                        at,
                        reason: join_reason(last).code(),
                    }));
                self.w.paragraphs.push(ParagraphRec {
                    section: self.sections(),
                    kind: p.kind.code(),
                    start: ps,
                    end: pe,
                    sentence_first: sent_first,
                    sentence_count: self.sentences() - sent_first,
                    join_first,
                    join_count: joins.len() as u32,
                });
                sec_end = pe;
            }
            if subheading.1 != NONE {
                sec_end = sec_end.max(subheading.1);
            }
            self.w.sections.push(SectionRec {
                article: self.articles(),
                heading_start: heading.0,
                heading_end: heading.1,
                subheading_start: subheading.0,
                subheading_end: subheading.1,
                paragraph_first: para_first,
                paragraph_count: self.paragraphs() - para_first,
                start: sec_start,
                end: sec_end.max(sec_start),
            });
        }
        let (to_marker, to_page) = self.marker(a.continued_to.as_ref());
        let credit_first = self.credits();
        let mut credit_spans = Vec::with_capacity(a.credits.len());
        for c in &a.credits {
            let (cs, ce) = self.one(Some(&c.text));
            credit_spans.push((c.text.at, (cs, ce)));
            self.w.credits.push(CreditRec {
                article: self.articles(),
                kind: c.kind.code(),
                start: cs,
                end: ce,
            });
        }
        let placed_credit = |at: Pos| {
            credit_spans
                .iter()
                .find(|(p, _)| *p == at)
                .map(|(_, span)| *span)
        };
        if byline_is_credit && let Some(b) = &a.byline {
            byline = placed_credit(b.at).unwrap_or((NONE, NONE));
        }
        let (dl, agency, place, month, day) = match &a.dateline {
            None => ((NONE, NONE), (NONE, NONE), (NONE, NONE), 0, 0),
            Some(d) => {
                let span = if d.standalone {
                    match placed_credit(d.text.at) {
                        Some(span) => span,
                        None => self.one(Some(&d.text)),
                    }
                } else {
                    self.find(d.text.at, d.text.text.len()).unwrap_or_else(|| {
                        let s = leading_dateline.unwrap_or(0);
                        (s, s + d.text.text.len() as u32)
                    })
                };
                let opt =
                    |r: &Option<Range<usize>>| r.as_ref().map_or((NONE, NONE), |r| sub(span.0, r));
                (span, opt(&d.agency), opt(&d.place), d.month, d.day)
            }
        };
        // The paragraph a layout mention lies in, else the article's nearest one.
        let anchor = |s: u32| {
            own.iter()
                .find(|p| p.1 <= s && s < p.2)
                .or_else(|| own.iter().rev().find(|p| p.2 <= s))
                .or(own.first())
                .map(|p| p.0)
        };
        if let Some(d) = a.dateline.as_ref().filter(|d| d.standalone)
            && let Some(r) = &d.place
            && dl.0 != NONE
            && let Some(p) = anchor(dl.0)
        {
            let (name, admin_level) = baokan_extract::place_named(&d.text.text[r.clone()]);
            let (s, e) = sub(dl.0, r);
            let m = EntityMention {
                span: Default::default(),
                kind: EntityKind::Place,
                name,
                title: None,
                admin_level,
            };
            self.mentions.layout(&mut self.w, &self.moved, &m, p, s, e);
        }
        let reporter_first = self.reporters();
        for r in &a.reporters {
            let Some((rs, re)) = self.find(r.printed.at, r.printed.text.len()) else {
                continue;
            };
            if let Some(p) = anchor(rs) {
                let m = EntityMention {
                    span: Default::default(),
                    kind: EntityKind::Person,
                    name: r.name.clone(),
                    title: None,
                    admin_level: None,
                };
                self.mentions
                    .layout(&mut self.w, &self.moved, &m, p, rs, re);
            }
            let name = push_name(&mut self.w, &self.moved, &r.name);
            self.w.reporters.push(ReporterRec {
                article: self.articles(),
                name_start: name.0,
                name_end: name.1,
                start: rs,
                end: re,
            });
        }
        let end = (self.w.text.len() as u32).saturating_sub(1).max(start);
        self.bodies.push((w_paras, self.paragraphs() - w_paras));
        self.w.articles.push(ArticleRec {
            kicker_start: kicker.0,
            kicker_end: kicker.1,
            column_start: column.0,
            column_end: column.1,
            bare_title_end,
            dateline_closing: a.dateline.as_ref().is_some_and(|d| d.standalone) as u32,
            reporter_first,
            reporter_count: self.reporters() - reporter_first,
            credit_first,
            credit_count: self.credits() - credit_first,
            // Linked once every article is in: see `Builder::link`.
            duplicate_of: NONE,
            file: self.file,
            title_start: title.0,
            title_end: title.1,
            subtitle_start: subtitle.0,
            subtitle_end: subtitle.1,
            byline_start: byline.0,
            byline_end: byline.1,
            dateline_start: dl.0,
            dateline_end: dl.1,
            agency_start: agency.0,
            agency_end: agency.1,
            place_start: place.0,
            place_end: place.1,
            month,
            day,
            date,
            date_basis: basis,
            from_marker_start: from_marker.0,
            from_marker_end: from_marker.1,
            from_page_start: from_page.0,
            from_page_end: from_page.1,
            to_marker_start: to_marker.0,
            to_marker_end: to_marker.1,
            to_page_start: to_page.0,
            to_page_end: to_page.1,
            section_first: w_sections,
            section_count: self.sections() - w_sections,
            paragraph_first: w_paras,
            paragraph_count: self.paragraphs() - w_paras,
            sentence_first: w_sents,
            sentence_count: self.sentences() - w_sents,
            start,
            end,
        });
    }
}

/// A sub-range of an element, as absolute arena offsets.
fn sub(base: u32, r: &Range<usize>) -> (u32, u32) {
    (base + r.start as u32, base + r.end as u32)
}

fn opt_name(w: &mut PackWriter, moved: &Moved, s: Option<&str>) -> (u32, u32) {
    s.map_or((NONE, NONE), |s| push_name(w, moved, s))
}

/// An article's date and how it was found: its dateline's day in the page's month (or
/// the month before), else the page's date.
fn article_date(doc: &Document, a: &Article) -> (u32, u32) {
    let file_basis = doc.date_basis.code();
    match (&a.dateline, doc.meta.date) {
        (Some(d), Some(p)) if d.month > 0 => match p.latest_on_or_before(d.month, d.day) {
            Some(date) => (date.yyyymmdd(), DATE_DATELINE),
            None => (p.yyyymmdd(), file_basis),
        },
        (_, Some(p)) => (p.yyyymmdd(), file_basis),
        (_, None) => (0, 0),
    }
}

/// What a document needs besides its model to be packed, computed where it is compiled
/// (on a worker thread) so that packing is only copying: every paragraph's mentions, in
/// order.
pub(crate) struct Extras {
    mentions: Vec<Mentions>,
}

impl Extras {
    pub(crate) fn of(doc: &Document) -> Extras {
        let mut mentions = Vec::new();
        for a in &doc.articles {
            let reference = baokan_pack::Date::from_yyyymmdd(article_date(doc, a).0);
            // One context per article: a year the text narrates carries to the
            // paragraphs after it (1942年5月 … 5月28日).
            let mut cx = baokan_extract::Context::new(reference);
            // The leading dateline heads a paragraph (the first, or the first after a
            // lead); its date is the article's, not a mention of the body.
            let mut dateline = a
                .dateline
                .as_ref()
                .filter(|d| !d.standalone)
                .map(|d| d.text.text.as_str());
            let texts: Vec<_> = a
                .sections
                .iter()
                .flat_map(|s| &s.paragraphs)
                .map(|p| p.text())
                .collect();
            let mut found = Vec::with_capacity(texts.len());
            for text in &texts {
                let mut m = baokan_extract::extract_with(text, &mut cx);
                if let Some(d) = dateline
                    && text.starts_with(d)
                {
                    m.dates.retain(|x| x.span.start >= d.len());
                    dateline = None;
                }
                found.push(m);
            }
            // Speakers that need the whole article: 他说, quotations over paragraphs.
            let texts: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
            baokan_extract::attribute_article(&mut found, &texts);
            mentions.extend(found);
        }
        Extras { mentions }
    }
}

/// The tables a pack written to a file keeps out of memory: the source arena as each
/// file is added, the names and the records batch by batch (see [`Builder::spill`]) and
/// the entity tables once every article is in, each appended to a temporary file beside
/// the pack as it comes, so that a table's bytes are a run of chunks of the file. What
/// stays in memory is the text arena and what linking reprints and the index need:
/// every paragraph's span and every article's paragraphs. The articles' reprint links,
/// found last, are written into their records as they are copied into the pack.
struct Spill {
    path: PathBuf,
    file: std::io::BufWriter<File>,
    /// Bytes written to the file.
    len: u64,
    /// Each table's chunks, `(offset, length)` in the file, in order.
    chunks: [Vec<(u64, u64)>; TableId::ALL.len()],
    /// Each table's bytes spilled.
    sizes: [usize; TableId::ALL.len()],
    buf: Vec<u8>,
}

impl Spill {
    /// Appends bytes to `table`.
    fn append(&mut self, table: TableId, bytes: &[u8]) -> std::io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        self.file.write_all(bytes)?;
        let n = bytes.len() as u64;
        let chunks = &mut self.chunks[table.index()];
        match chunks.last_mut() {
            Some((at, len)) if *at + *len == self.len => *len += n,
            _ => chunks.push((self.len, n)),
        }
        self.len += n;
        self.sizes[table.index()] += bytes.len();
        Ok(())
    }

    /// Moves records to `table`, leaving `records` empty (its room kept for the next batch).
    fn records<R: Record>(&mut self, table: TableId, records: &mut Vec<R>) -> std::io::Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        let mut done = Ok(());
        for chunk in records.chunks(1 << 14) {
            buf.clear();
            for r in chunk {
                r.write(&mut buf);
            }
            done = done.and_then(|()| self.append(table, &buf));
        }
        self.buf = buf;
        records.clear();
        done
    }

    /// Copies `table`'s bytes to the open table of `s`, the article records with their
    /// reprint links, `links` (one per article, in order), written in. Only once every
    /// table is spilled: it moves the file's position.
    fn copy<W: Write + Seek>(
        &mut self,
        table: TableId,
        s: &mut PackStream<W>,
        out: &Path,
        buf: &mut [u8],
        links: &[u32],
    ) -> Result<(), CompileError> {
        let spilled = |source| CompileError::Io {
            path: self.path.clone(),
            source,
        };
        self.file.flush().map_err(spilled)?;
        let f = self.file.get_mut();
        const ARTICLE: usize = ArticleRec::WIDTH * 4;
        // Whole records at a time, so that each can be patched.
        let step = buf.len() - buf.len() % ARTICLE;
        let mut record = 0;
        let mut patched = Vec::with_capacity(ARTICLE);
        for &(at, len) in &self.chunks[table.index()] {
            f.seek(SeekFrom::Start(at)).map_err(spilled)?;
            let mut left = len as usize;
            while left > 0 {
                let n = left.min(step);
                f.read_exact(&mut buf[..n]).map_err(spilled)?;
                if table == TableId::Articles {
                    for bytes in buf[..n].chunks_exact_mut(ARTICLE) {
                        let mut a = ArticleRec::read(bytes);
                        a.duplicate_of = links.get(record).copied().unwrap_or(NONE);
                        patched.clear();
                        a.write(&mut patched);
                        bytes.copy_from_slice(&patched);
                        record += 1;
                    }
                }
                s.write(&buf[..n]).map_err(|source| CompileError::Io {
                    path: out.to_path_buf(),
                    source,
                })?;
                left -= n;
            }
        }
        Ok(())
    }
}

/// Where the source arena and the spilled tables go: into the writer, or, for a pack
/// written to a file, into a temporary file beside it, so that they (the sources alone
/// are as large as the input) are never all held in memory.
enum Sources {
    Memory,
    Spill(Box<Spill>),
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A pack under construction: documents are added in pack order and may be dropped
/// once added; reprints are linked, the index built and the pack laid out at the end.
pub(crate) struct Builder {
    e: Emitter,
    sources: Sources,
}

impl Builder {
    /// A builder that keeps everything in memory, for [`into_bytes`](Self::into_bytes).
    pub(crate) fn new() -> Builder {
        Builder {
            e: Emitter {
                w: PackWriter::new(),
                moved: Moved::default(),
                chars: 0,
                file: 0,
                mentions: MentionSink::default(),
                placed: Vec::new(),
                spans: Vec::new(),
                bodies: Vec::new(),
            },
            sources: Sources::Memory,
        }
    }

    /// A builder for [`write_to`](Self::write_to) that spills the source arena and most
    /// tables to the temporary file `spill` (created new, removed when the builder goes).
    pub(crate) fn spilling(spill: &Path) -> Result<Builder, CompileError> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(spill)
            .map_err(|source| CompileError::Io {
                path: spill.to_path_buf(),
                source,
            })?;
        let mut b = Builder::new();
        b.sources = Sources::Spill(Box::new(Spill {
            path: spill.to_path_buf(),
            file: std::io::BufWriter::with_capacity(1 << 20, file),
            len: 0,
            chunks: Default::default(),
            sizes: [0; TableId::ALL.len()],
            buf: Vec::new(),
        }));
        Ok(b)
    }

    /// Articles added so far.
    pub(crate) fn articles(&self) -> usize {
        self.e.articles() as usize
    }

    /// Makes room for about `bytes` more of text, exactly: doubling a large arena would
    /// leave up to as much again unused at the peak.
    pub(crate) fn reserve(&mut self, bytes: usize) {
        let text = &mut self.e.w.text;
        if text.capacity() - text.len() < bytes {
            text.reserve_exact(bytes);
        }
    }

    /// For a builder that spills, moves the names and records added so far to the
    /// temporary file: those of every table but the text arena, the index and the
    /// entities (which are gathered until every article is in). For one that keeps
    /// everything in memory, does nothing. Call it between documents, as often as suits
    /// (once a batch).
    pub(crate) fn spill(&mut self) -> Result<(), CompileError> {
        let Sources::Spill(s) = &mut self.sources else {
            return Ok(());
        };
        let (w, m) = (&mut self.e.w, &mut self.e.moved);
        let n = |len: usize| len as u32;
        m.names += n(w.names.len());
        m.files += n(w.files.len());
        m.articles += n(w.articles.len());
        m.sections += n(w.sections.len());
        m.paragraphs += n(w.paragraphs.len());
        m.sentences += n(w.sentences.len());
        m.joins += n(w.joins.len());
        m.credits += n(w.credits.len());
        m.reporters += n(w.reporters.len());
        m.citations += n(w.citations.len());
        m.issuers += n(w.issuers.len());
        let moved = (|| {
            s.append(TableId::Names, w.names.as_bytes())?;
            w.names.clear();
            s.records(TableId::Files, &mut w.files)?;
            s.records(TableId::Articles, &mut w.articles)?;
            s.records(TableId::Sections, &mut w.sections)?;
            s.records(TableId::Paragraphs, &mut w.paragraphs)?;
            s.records(TableId::Sentences, &mut w.sentences)?;
            s.records(TableId::Joins, &mut w.joins)?;
            s.records(TableId::Segments, &mut w.segments)?;
            s.records(TableId::Figures, &mut w.figures)?;
            s.records(TableId::Dates, &mut w.dates)?;
            s.records(TableId::Citations, &mut w.citations)?;
            s.records(TableId::Issuers, &mut w.issuers)?;
            s.records(TableId::Quotes, &mut w.quotes)?;
            s.records(TableId::Credits, &mut w.credits)?;
            s.records(TableId::Reporters, &mut w.reporters)
        })();
        moved.map_err(|source| CompileError::Io {
            path: s.path.clone(),
            source,
        })
    }

    /// Adds a document, after the ones added before.
    pub(crate) fn add(&mut self, doc: &Document, extras: Extras) -> Result<(), CompileError> {
        let e = &mut self.e;
        e.file = e.moved.files + e.w.files.len() as u32;
        let name = push_name(&mut e.w, &e.moved, &doc.name);
        let source = opt_name(&mut e.w, &e.moved, doc.meta.source.as_deref());
        let page = opt_name(&mut e.w, &e.moved, doc.meta.page.as_deref());
        let reason = push_name(&mut e.w, &e.moved, &doc.layout_reason);
        let io = |path: &Path, source| CompileError::Io {
            path: path.to_path_buf(),
            source,
        };
        let (source_text, sources_len) = match (&doc.source_text, &mut self.sources) {
            (Some(t), Sources::Memory) => {
                let start = e.w.sources.len() as u32;
                e.w.sources.push_str(t);
                ((start, e.w.sources.len() as u32), e.w.sources.len())
            }
            (Some(t), Sources::Spill(s)) => {
                let start = s.sizes[TableId::Sources.index()];
                s.append(TableId::Sources, t.as_bytes())
                    .map_err(|err| io(&s.path, err))?;
                let end = s.sizes[TableId::Sources.index()];
                ((start as u32, end as u32), end)
            }
            (None, Sources::Memory) => ((NONE, NONE), e.w.sources.len()),
            (None, Sources::Spill(s)) => ((NONE, NONE), s.sizes[TableId::Sources.index()]),
        };
        e.w.files.push(FileRec {
            date_basis: doc.date_basis.code(),
            layout: doc.layout.code(),
            layout_reason_start: reason.0,
            layout_reason_end: reason.1,
            source_text_start: source_text.0,
            source_text_end: source_text.1,
            name_start: name.0,
            name_end: name.1,
            date: doc.meta.date.map_or(0, |d| d.yyyymmdd()),
            source_start: source.0,
            source_end: source.1,
            page_start: page.0,
            page_end: page.1,
            lines: doc.lines,
        });
        let mut mentions = extras.mentions.iter();
        for a in &doc.articles {
            e.article(doc, a, &mut mentions);
        }
        // Offsets are u32; leave headroom for the tables that follow the arena.
        if e.w.text.len() > (u32::MAX as usize) / 2 || sources_len > (u32::MAX as usize) / 2 {
            return Err(CompileError::TooLarge {
                file: doc.name.clone(),
            });
        }
        Ok(())
    }

    /// Links reprints across every article added. Returns each article's reprint link,
    /// and sets it in the article records still held.
    fn link(&mut self, pool: Pool<'_>) -> Vec<u32> {
        let (text, spans, bodies) = (&self.e.w.text, &self.e.spans, &self.e.bodies);
        let body = |i: usize| -> String {
            let (first, count) = bodies[i];
            spans[first as usize..(first + count) as usize]
                .iter()
                .map(|&(start, end)| &text[start as usize..end as usize])
                .collect()
        };
        let set_of = |i: usize| crate::duplicates::shingle_set(&body(i));
        // Summarized here, from the text arena, rather than where each article is
        // compiled: they are needed only now, and the text is still in memory.
        let mut summaries: Vec<Summary> = Vec::with_capacity(bodies.len());
        pool.install(|| {
            (0..bodies.len())
                .into_par_iter()
                .map(|i| crate::duplicates::summarize(&body(i)))
                .collect_into_vec(&mut summaries);
        });
        let links = pool.install(|| crate::duplicates::link(&summaries, &set_of));
        drop(summaries);
        let links: Vec<u32> = links.into_iter().map(|l| l.unwrap_or(NONE)).collect();
        self.e.bodies = Vec::new();
        let held = &links[self.e.moved.articles as usize..];
        for (a, &link) in self.e.w.articles.iter_mut().zip(held) {
            a.duplicate_of = link;
        }
        links
    }

    /// Writes the entity tables, once every article is in; a builder that spills moves
    /// them to its temporary file at once.
    fn entities(&mut self) -> Result<(), CompileError> {
        let mentions = std::mem::take(&mut self.e.mentions);
        let w = &mut self.e.w;
        mentions.finish(w);
        if let Sources::Spill(s) = &mut self.sources {
            let moved = s
                .records(TableId::Entities, &mut w.entities)
                .and_then(|()| s.records(TableId::EntityMentions, &mut w.entity_mentions));
            moved.map_err(|source| CompileError::Io {
                path: s.path.clone(),
                source,
            })?;
            w.entities = Vec::new();
            w.entity_mentions = Vec::new();
        }
        Ok(())
    }

    /// The pack, in memory, validated.
    pub(crate) fn into_bytes(mut self, pool: Pool<'_>) -> Result<Vec<u8>, CompileError> {
        let links = self.link(pool);
        self.entities()?;
        let w = &mut self.e.w;
        let spans = &self.e.spans;
        w.totals = vec![totals(&w.text, spans, &links)];
        (w.suffixes, w.suffix_lcps) = pool.install(|| crate::index::suffixes(&w.text, spans))?;
        w.fill_suffix_keys();
        let bytes = std::mem::take(w).finish();
        baokan_pack::Pack::parse_verified(&bytes)?;
        Ok(bytes)
    }

    /// Writes the pack to `out` table by table: the entity tables go to the spill, the
    /// text arena is written and freed before the index is sorted (and read back from
    /// `out` for it), and the spilled tables are copied from their temporary file. The
    /// bytes are those [`into_bytes`](Self::into_bytes) gives. Returns the pack's length.
    pub(crate) fn write_to(
        mut self,
        out: &mut File,
        path: &Path,
        pool: Pool<'_>,
    ) -> Result<u64, CompileError> {
        // The entities before the reprints: each has its peak of memory, and they need
        // not add up.
        self.spill()?;
        self.entities()?;
        let links = self.link(pool);
        let io = |source| CompileError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut w = std::mem::take(&mut self.e.w);
        let spans = std::mem::take(&mut self.e.spans);
        w.totals = vec![totals(&w.text, &spans, &links)];
        let alphabet = crate::index::Alphabet::new(&w.text, &spans);
        let mut sizes = w.table_sizes();
        sizes[TableId::Suffixes.index()] = alphabet.entries() * 4;
        sizes[TableId::SuffixKeys.index()] = baokan_pack::keys::key_count(alphabet.entries())
            * <baokan_pack::records::SuffixKeyRec as baokan_pack::Record>::WIDTH
            * 4;
        sizes[TableId::SuffixLcps.index()] = baokan_pack::lcps::table_len(alphabet.entries());
        if let Sources::Spill(s) = &self.sources {
            for (size, spilled) in sizes.iter_mut().zip(s.sizes) {
                *size += spilled;
            }
        }
        let mut buf = vec![0; 1 << 20];
        let mut file = std::io::BufWriter::with_capacity(1 << 20, out);
        let mut s = PackStream::new(&mut file, sizes).map_err(io)?;
        let text_at = s.offset_of(TableId::Text) as u64;
        let text_len = w.text.len();
        let mut tables =
            |ids: &[TableId], w: &PackWriter, s: &mut PackStream<_>| -> Result<(), CompileError> {
                for &id in ids {
                    match &mut self.sources {
                        Sources::Spill(spill) if spill.sizes[id.index()] > 0 => {
                            s.begin(id).map_err(io)?;
                            spill.copy(id, s, path, &mut buf, &links)?;
                        }
                        _ => w.write_tables(s, &[id]).map_err(io)?,
                    }
                }
                Ok(())
            };
        tables(&TableId::ALL[..TableId::Suffixes.index()], &w, &mut s)?;
        // Everything before the index is on its way to disk: free it, and read the
        // arena back from the file for the sort.
        w.text = String::new();
        w.names = String::new();
        w.articles = Vec::new();
        s.get_mut().flush().map_err(io)?;
        let arena = || -> std::io::Result<File> {
            let mut f = File::open(path)?;
            f.seek(SeekFrom::Start(text_at))?;
            Ok(f)
        };
        let dense = crate::index::Dense::read(&alphabet, &spans, arena().map_err(io)?);
        let dense = dense.map_err(io)?;
        let (sa, stash, buffer) = pool.install(|| dense.sort(&alphabet))?;
        let offsets = crate::index::Offsets::read(&alphabet, &spans, arena().map_err(io)?, buffer);
        let offsets = offsets.map_err(io)?;
        (w.suffixes, w.suffix_lcps) = pool.install(|| crate::index::entries(sa, stash, offsets));
        drop(spans);
        w.suffix_keys =
            crate::index::keys(&w.suffixes, text_len, arena().map_err(io)?).map_err(io)?;
        tables(&[TableId::Suffixes], &w, &mut s)?;
        w.suffixes = Vec::new();
        tables(&TableId::ALL[TableId::Suffixes.index() + 1..], &w, &mut s)?;
        s.finish().map_err(io)?;
        let file = file.into_inner().map_err(|e| io(e.into_error()))?;
        let len = file.stream_position().map_err(io)?;
        Ok(len)
    }
}

/// Writes documents as one pack, in the order given, and validates the result.
pub fn pack(docs: &[Document]) -> Result<Vec<u8>, CompileError> {
    let extras: Vec<Extras> = docs.par_iter().map(Extras::of).collect();
    let mut b = Builder::new();
    for (doc, x) in docs.iter().zip(extras) {
        b.add(doc, x)?;
    }
    b.into_bytes(Pool::GLOBAL)
}

/// The corpus totals a pack stores: the chars of the paragraphs (`spans` in `text`) and
/// the articles linked as reprints.
fn totals(text: &str, spans: &[(u32, u32)], links: &[u32]) -> baokan_pack::records::TotalsRec {
    let reprints = links.iter().filter(|&&l| l != NONE).count();
    baokan_pack::records::TotalsRec::of(text, spans.iter().copied(), reprints)
}

/// Why a paragraph whose piece ends in `last` was joined to what follows.
fn join_reason(last: char) -> JoinReason {
    if matches!(last, '，' | ',' | '、') {
        JoinReason::AfterClauseMark
    } else {
        JoinReason::MidSentence
    }
}
