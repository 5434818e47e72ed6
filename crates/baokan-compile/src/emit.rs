//! The model to pack bytes.
//!
//! The text arena holds each element (title, subtitle, byline, marker, heading,
//! paragraph, dateline) on a line of its own, in page order; every piece of text gets a
//! provenance segment that points at its source line and column.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use baokan_extract::Mentions;
use baokan_pack::format::TableId;

use baokan_pack::records::{
    ArticleRec, CreditRec, FileRec, JoinRec, ParagraphRec, ReporterRec, SectionRec, SegmentRec,
    SentenceRec,
};
use baokan_pack::{NONE, PackStream, PackWriter};

use crate::duplicates::Summary;
use crate::error::CompileError;
use crate::mentions::MentionSink;
use crate::model::{Article, Continuation, Document, JoinReason, Located, Pos};

/// How an article's date was found when its dateline does not give it; the code is the pack's.
const DATE_DATELINE: u32 = 1;

struct Emitter {
    w: PackWriter,
    chars: u32,
    file: u32,
    mentions: MentionSink,
    /// Where the current article's pieces went: (source byte, source end, arena offset),
    /// so a name found in the source can be pointed at in the arena.
    placed: Vec<(u32, u32, u32)>,
}

impl Emitter {
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
        let w_sections = self.w.sections.len() as u32;
        let w_paras = self.w.paragraphs.len() as u32;
        let w_sents = self.w.sentences.len() as u32;
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
        for s in &a.sections {
            let heading = self.one(s.heading.as_ref());
            let subheading = self.one(s.subheading.as_ref());
            let sec_start = if heading.0 == NONE {
                self.w.text.len() as u32
            } else {
                heading.0
            };
            let para_first = self.w.paragraphs.len() as u32;
            let mut sec_end = heading.1;
            for p in &s.paragraphs {
                let ((ps, pe), joins) = self.element(&p.pieces);
                let reasons = p.pieces.iter().filter_map(|q| q.text.chars().next_back());
                if leading_dateline.is_none() {
                    leading_dateline = Some(ps);
                }
                let index = self.w.paragraphs.len() as u32;
                let body = p.text();
                let none = Mentions::default();
                let found = mentions.next().unwrap_or(&none);
                self.mentions
                    .paragraph(&mut self.w, index, ps, &body, found);
                let sent_first = self.w.sentences.len() as u32;
                for (r, end) in &p.sentences {
                    let (start, end_off) = sub(ps, r);
                    self.w.sentences.push(SentenceRec {
                        paragraph: index,
                        start,
                        end: end_off,
                        end_kind: end.code(),
                    });
                }
                let join_first = self.w.joins.len() as u32;
                self.w
                    .joins
                    .extend(joins.iter().zip(reasons).map(|(&at, last)| JoinRec {
                        paragraph: index,
                        at,
                        reason: join_reason(last).code(),
                    }));
                self.w.paragraphs.push(ParagraphRec {
                    section: self.w.sections.len() as u32,
                    kind: p.kind.code(),
                    start: ps,
                    end: pe,
                    sentence_first: sent_first,
                    sentence_count: self.w.sentences.len() as u32 - sent_first,
                    join_first,
                    join_count: joins.len() as u32,
                });
                sec_end = pe;
            }
            if subheading.1 != NONE {
                sec_end = sec_end.max(subheading.1);
            }
            self.w.sections.push(SectionRec {
                article: self.w.articles.len() as u32,
                heading_start: heading.0,
                heading_end: heading.1,
                subheading_start: subheading.0,
                subheading_end: subheading.1,
                paragraph_first: para_first,
                paragraph_count: self.w.paragraphs.len() as u32 - para_first,
                start: sec_start,
                end: sec_end.max(sec_start),
            });
        }
        let (to_marker, to_page) = self.marker(a.continued_to.as_ref());
        let credit_first = self.w.credits.len() as u32;
        let mut credit_spans = Vec::with_capacity(a.credits.len());
        for c in &a.credits {
            let (cs, ce) = self.one(Some(&c.text));
            credit_spans.push((c.text.at, (cs, ce)));
            self.w.credits.push(CreditRec {
                article: self.w.articles.len() as u32,
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
        let reporter_first = self.w.reporters.len() as u32;
        for r in &a.reporters {
            let Some((rs, re)) = self.find(r.printed.at, r.printed.text.len()) else {
                continue;
            };
            let name = self.w.push_name(&r.name);
            self.w.reporters.push(ReporterRec {
                article: self.w.articles.len() as u32,
                name_start: name.0,
                name_end: name.1,
                start: rs,
                end: re,
            });
        }
        let end = (self.w.text.len() as u32).saturating_sub(1).max(start);
        self.w.articles.push(ArticleRec {
            kicker_start: kicker.0,
            kicker_end: kicker.1,
            column_start: column.0,
            column_end: column.1,
            bare_title_end,
            dateline_closing: a.dateline.as_ref().is_some_and(|d| d.standalone) as u32,
            reporter_first,
            reporter_count: self.w.reporters.len() as u32 - reporter_first,
            credit_first,
            credit_count: self.w.credits.len() as u32 - credit_first,
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
            section_count: self.w.sections.len() as u32 - w_sections,
            paragraph_first: w_paras,
            paragraph_count: self.w.paragraphs.len() as u32 - w_paras,
            sentence_first: w_sents,
            sentence_count: self.w.sentences.len() as u32 - w_sents,
            start,
            end,
        });
    }
}

/// A sub-range of an element, as absolute arena offsets.
fn sub(base: u32, r: &Range<usize>) -> (u32, u32) {
    (base + r.start as u32, base + r.end as u32)
}

fn opt_name(w: &mut PackWriter, s: Option<&str>) -> (u32, u32) {
    s.map_or((NONE, NONE), |s| w.push_name(s))
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
/// order, and every article's summary for linking reprints.
pub(crate) struct Extras {
    mentions: Vec<Mentions>,
    summaries: Vec<Summary>,
}

impl Extras {
    pub(crate) fn of(doc: &Document) -> Extras {
        let mut mentions = Vec::new();
        let mut summaries = Vec::with_capacity(doc.articles.len());
        for a in &doc.articles {
            let reference = baokan_pack::Date::from_yyyymmdd(article_date(doc, a).0);
            let mut body = String::new();
            for (k, p) in a.sections.iter().flat_map(|s| &s.paragraphs).enumerate() {
                let text = p.text();
                mentions.push(baokan_extract::extract(&text, reference));
                if k > 0 {
                    body.push('\n');
                }
                body.push_str(&text);
            }
            summaries.push(crate::duplicates::summarize(&body));
        }
        Extras {
            mentions,
            summaries,
        }
    }
}

/// Where the source arena goes: into the writer, or, for a pack written to a file, into
/// a temporary file beside it, so that the sources (as large as the input) are never
/// held in memory.
enum Sources {
    Memory,
    Spill(Spill),
}

struct Spill {
    path: PathBuf,
    file: std::io::BufWriter<File>,
    len: usize,
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
    summaries: Vec<Summary>,
    sources: Sources,
}

impl Builder {
    /// A builder that keeps everything in memory, for [`into_bytes`](Self::into_bytes).
    pub(crate) fn new() -> Builder {
        Builder {
            e: Emitter {
                w: PackWriter::new(),
                chars: 0,
                file: 0,
                mentions: MentionSink::default(),
                placed: Vec::new(),
            },
            summaries: Vec::new(),
            sources: Sources::Memory,
        }
    }

    /// A builder for [`write_to`](Self::write_to) that spills the source arena to the
    /// temporary file `spill` (created new, removed when the builder goes).
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
        b.sources = Sources::Spill(Spill {
            path: spill.to_path_buf(),
            file: std::io::BufWriter::with_capacity(1 << 20, file),
            len: 0,
        });
        Ok(b)
    }

    /// Articles added so far.
    pub(crate) fn articles(&self) -> usize {
        self.e.w.articles.len()
    }

    /// Makes room for about `bytes` more of text, exactly: doubling a large arena would
    /// leave up to as much again unused at the peak.
    pub(crate) fn reserve(&mut self, bytes: usize) {
        let text = &mut self.e.w.text;
        if text.capacity() - text.len() < bytes {
            text.reserve_exact(bytes);
        }
    }

    /// Adds a document, after the ones added before.
    pub(crate) fn add(&mut self, doc: &Document, extras: Extras) -> Result<(), CompileError> {
        let e = &mut self.e;
        e.file = e.w.files.len() as u32;
        let name = e.w.push_name(&doc.name);
        let source = opt_name(&mut e.w, doc.meta.source.as_deref());
        let page = opt_name(&mut e.w, doc.meta.page.as_deref());
        let reason = e.w.push_name(&doc.layout_reason);
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
                let start = s.len as u32;
                s.file
                    .write_all(t.as_bytes())
                    .map_err(|err| io(&s.path, err))?;
                s.len += t.len();
                ((start, s.len as u32), s.len)
            }
            (None, Sources::Memory) => ((NONE, NONE), e.w.sources.len()),
            (None, Sources::Spill(s)) => ((NONE, NONE), s.len),
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
        self.summaries.extend(extras.summaries);
        // Offsets are u32; leave headroom for the tables that follow the arena.
        if e.w.text.len() > (u32::MAX as usize) / 2 || sources_len > (u32::MAX as usize) / 2 {
            return Err(CompileError::TooLarge {
                file: doc.name.clone(),
            });
        }
        Ok(())
    }

    /// Links reprints across every article added and writes the entity tables.
    fn link(&mut self) {
        let w = &self.e.w;
        let set_of = |i: usize| {
            let a = &w.articles[i];
            let first = a.paragraph_first as usize;
            let paras = &w.paragraphs[first..first + a.paragraph_count as usize];
            let body: String = paras
                .iter()
                .map(|p| &w.text[p.start as usize..p.end as usize])
                .collect();
            crate::duplicates::shingle_set(&body)
        };
        let links = crate::duplicates::link(&self.summaries, &set_of);
        for (a, link) in self.e.w.articles.iter_mut().zip(links) {
            a.duplicate_of = link.unwrap_or(NONE);
        }
        self.summaries = Vec::new();
        let mentions = std::mem::take(&mut self.e.mentions);
        mentions.finish(&mut self.e.w);
    }

    /// The pack, in memory, validated.
    pub(crate) fn into_bytes(mut self) -> Result<Vec<u8>, CompileError> {
        self.link();
        let w = &mut self.e.w;
        w.fill_totals();
        w.suffixes = crate::index::suffixes(&w.text, &w.paragraphs)?;
        w.fill_suffix_keys();
        let bytes = std::mem::take(w).finish();
        baokan_pack::Pack::parse_verified(&bytes)?;
        Ok(bytes)
    }

    /// Writes the pack to `out` table by table, freeing each part once written: the
    /// text arena and the records before the index is sorted, the sources straight from
    /// their temporary file. The bytes are those [`into_bytes`](Self::into_bytes) gives.
    /// Returns the pack's length.
    pub(crate) fn write_to(mut self, out: &mut File, path: &Path) -> Result<u64, CompileError> {
        self.link();
        let io = |source| CompileError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut w = std::mem::take(&mut self.e.w);
        w.fill_totals();
        let alphabet = crate::index::Alphabet::new(&w.text, &w.paragraphs);
        let spans: Vec<(u32, u32)> = w.paragraphs.iter().map(|p| (p.start, p.end)).collect();
        let mut sizes = w.table_sizes();
        sizes[TableId::Suffixes.index()] = alphabet.entries() * 4;
        sizes[TableId::SuffixKeys.index()] = baokan_pack::keys::key_count(alphabet.entries())
            * <baokan_pack::records::SuffixKeyRec as baokan_pack::Record>::WIDTH
            * 4;
        if let Sources::Spill(s) = &self.sources {
            sizes[TableId::Sources.index()] = s.len;
        }
        let mut file = std::io::BufWriter::with_capacity(1 << 20, out);
        let mut s = PackStream::new(&mut file, sizes).map_err(io)?;
        let text_at = s.offset_of(TableId::Text) as u64;
        let text_len = w.text.len();
        let before = &TableId::ALL[..TableId::Suffixes.index()];
        w.write_tables(&mut s, before).map_err(io)?;
        // Everything before the index is on its way to disk: free it, and read the
        // arena back from the file for the sort.
        w.text = String::new();
        w.names = String::new();
        w.files = Vec::new();
        w.articles = Vec::new();
        w.sections = Vec::new();
        w.paragraphs = Vec::new();
        w.sentences = Vec::new();
        w.joins = Vec::new();
        w.segments = Vec::new();
        s.get_mut().flush().map_err(io)?;
        let arena = || -> std::io::Result<File> {
            let mut f = File::open(path)?;
            f.seek(SeekFrom::Start(text_at))?;
            Ok(f)
        };
        let dense = crate::index::Dense::read(&alphabet, &spans, arena().map_err(io)?);
        let sa = dense.map_err(io)?.sort()?;
        let offsets = crate::index::Offsets::read(&alphabet, &spans, arena().map_err(io)?);
        w.suffixes = crate::index::entries(sa, &offsets.map_err(io)?);
        drop(spans);
        w.suffix_keys =
            crate::index::keys(&w.suffixes, text_len, arena().map_err(io)?).map_err(io)?;
        let rest = &TableId::ALL[TableId::Suffixes.index()..];
        match &mut self.sources {
            Sources::Memory => w.write_tables(&mut s, rest).map_err(io)?,
            Sources::Spill(spill) => {
                let at = TableId::Sources.index() - TableId::Suffixes.index();
                let (tables, after) = rest.split_at(at);
                w.write_tables(&mut s, tables).map_err(io)?;
                w.suffixes = Vec::new();
                s.begin(TableId::Sources).map_err(io)?;
                let spilled = |err| CompileError::Io {
                    path: spill.path.clone(),
                    source: err,
                };
                spill.file.flush().map_err(spilled)?;
                let f = spill.file.get_mut();
                f.seek(SeekFrom::Start(0)).map_err(spilled)?;
                let mut buf = vec![0; 1 << 20];
                loop {
                    let n = f.read(&mut buf).map_err(spilled)?;
                    if n == 0 {
                        break;
                    }
                    s.write(&buf[..n]).map_err(io)?;
                }
                // The tables after the sources (the totals).
                w.write_tables(&mut s, &after[1..]).map_err(io)?;
            }
        }
        s.finish().map_err(io)?;
        let file = file.into_inner().map_err(|e| io(e.into_error()))?;
        let len = file.stream_position().map_err(io)?;
        Ok(len)
    }
}

/// Writes documents as one pack, in the order given, and validates the result.
pub fn pack(docs: &[Document]) -> Result<Vec<u8>, CompileError> {
    use rayon::prelude::*;
    let extras: Vec<Extras> = docs.par_iter().map(Extras::of).collect();
    let mut b = Builder::new();
    for (doc, x) in docs.iter().zip(extras) {
        b.add(doc, x)?;
    }
    b.into_bytes()
}

/// Why a paragraph whose piece ends in `last` was joined to what follows.
fn join_reason(last: char) -> JoinReason {
    if matches!(last, '，' | ',' | '、') {
        JoinReason::AfterClauseMark
    } else {
        JoinReason::MidSentence
    }
}
