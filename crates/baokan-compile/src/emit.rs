//! The model to pack bytes.
//!
//! The text arena holds each element (title, subtitle, byline, marker, heading,
//! paragraph, dateline) on a line of its own, in page order; every piece of text gets a
//! provenance segment that points at its source line and column.

use std::ops::Range;

use baokan_pack::records::{
    ArticleRec, CreditRec, FileRec, JoinRec, ParagraphRec, ReporterRec, SectionRec, SegmentRec,
    SentenceRec,
};
use baokan_pack::{NONE, PackWriter};

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

    fn article(&mut self, doc: &Document, a: &Article, duplicate_of: Option<u32>) {
        self.placed.clear();
        let w_sections = self.w.sections.len() as u32;
        let w_paras = self.w.paragraphs.len() as u32;
        let w_sents = self.w.sentences.len() as u32;
        let start = self.w.text.len() as u32;
        let page_date = doc.meta.date;
        let file_basis = doc.date_basis.code();
        let (date, basis) = match (&a.dateline, page_date) {
            (Some(d), Some(p)) if d.month > 0 => match p.latest_on_or_before(d.month, d.day) {
                Some(date) => (date.yyyymmdd(), DATE_DATELINE),
                None => (p.yyyymmdd(), file_basis),
            },
            (_, Some(p)) => (p.yyyymmdd(), file_basis),
            (_, None) => (0, 0),
        };
        let reference = baokan_pack::Date::from_yyyymmdd(date);
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
                let found = baokan_extract::extract(&body, reference);
                self.mentions
                    .paragraph(&mut self.w, index, ps, &body, &found);
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
            duplicate_of: duplicate_of.unwrap_or(NONE),
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

/// Writes documents as one pack, in the order given, and validates the result.
pub fn pack(docs: &[Document]) -> Result<Vec<u8>, CompileError> {
    let mut e = Emitter {
        w: PackWriter::new(),
        chars: 0,
        file: 0,
        mentions: MentionSink::default(),
        placed: Vec::new(),
    };
    let bodies: Vec<String> = docs
        .iter()
        .flat_map(|d| &d.articles)
        .map(|a| {
            let paras = a.sections.iter().flat_map(|s| &s.paragraphs);
            paras.map(|p| p.text()).collect::<Vec<_>>().join("\n")
        })
        .collect();
    let body_refs: Vec<&str> = bodies.iter().map(String::as_str).collect();
    let duplicates = crate::duplicates::duplicate_of(&body_refs);
    for (i, doc) in docs.iter().enumerate() {
        e.file = i as u32;
        let name = e.w.push_name(&doc.name);
        let source = opt_name(&mut e.w, doc.meta.source.as_deref());
        let page = opt_name(&mut e.w, doc.meta.page.as_deref());
        let reason = e.w.push_name(&doc.layout_reason);
        let source_text = match &doc.source_text {
            Some(t) => {
                let start = e.w.sources.len() as u32;
                e.w.sources.push_str(t);
                (start, e.w.sources.len() as u32)
            }
            None => (NONE, NONE),
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
        for a in &doc.articles {
            let dup = duplicates.get(e.w.articles.len()).copied().flatten();
            e.article(doc, a, dup);
        }
        // Offsets are u32; leave headroom for the tables that follow the arena.
        if e.w.text.len() > (u32::MAX as usize) / 2 || e.w.sources.len() > (u32::MAX as usize) / 2 {
            return Err(CompileError::TooLarge {
                file: doc.name.clone(),
            });
        }
    }
    e.mentions.finish(&mut e.w);
    e.w.suffixes = crate::index::suffixes(&e.w.text, &e.w.paragraphs)?;
    let bytes = e.w.finish();
    baokan_pack::Pack::parse_verified(&bytes)?;
    Ok(bytes)
}

/// Why a paragraph whose piece ends in `last` was joined to what follows.
fn join_reason(last: char) -> JoinReason {
    if matches!(last, '，' | ',' | '、') {
        JoinReason::AfterClauseMark
    } else {
        JoinReason::MidSentence
    }
}
