//! Mentions into pack records: each paragraph's figures, dates, citations, quotes and
//! entity mentions, with offsets moved into the text arena and strings interned in the
//! name arena. Entities are gathered across the whole corpus and written last, grouped
//! by entity, in order of first appearance.

use std::collections::HashMap;

use baokan_extract::{EntityKind, EntityMention, Mentions, Span};
use baokan_pack::records::{
    CitationRec, DateRec, EntityMentionRec, EntityRec, FigureRec, IssuerRec, QuoteRec,
};
use baokan_pack::vocab::ABSENT;
use baokan_pack::{NONE, PackWriter};

use crate::emit::Moved;

/// Interned names and the entities seen so far.
#[derive(Default)]
pub(crate) struct MentionSink {
    names: HashMap<String, (u32, u32)>,
    entities: HashMap<(EntityKind, String), usize>,
    entity_recs: Vec<EntityRec>,
    entity_mentions: Vec<EntityMentionRec>,
}

fn f64_words(v: f64) -> (u32, u32) {
    let bits = v.to_bits();
    (bits as u32, (bits >> 32) as u32)
}

impl MentionSink {
    fn name(&mut self, w: &mut PackWriter, moved: &Moved, s: Option<&str>) -> (u32, u32) {
        let Some(s) = s else { return (NONE, NONE) };
        if let Some(&span) = self.names.get(s) {
            return span;
        }
        let span = crate::emit::push_name(w, moved, s);
        self.names.insert(s.to_string(), span);
        span
    }

    /// Adds the mentions of paragraph `paragraph`, whose text starts at arena byte `base`.
    pub(crate) fn paragraph(
        &mut self,
        w: &mut PackWriter,
        moved: &Moved,
        paragraph: u32,
        base: u32,
        text: &str,
        m: &Mentions,
    ) {
        let at = |s: Span| (base + s.start as u32, base + s.end as u32);
        for f in &m.figures {
            let (start, end) = at(f.span);
            let (value_lo, value_hi) = f64_words(f.value);
            let (max_lo, max_hi) = f64_words(f.value_max.unwrap_or(f64::NAN));
            let unit = self.name(w, moved, f.unit.as_deref());
            let multiplier = self.name(w, moved, f.multiplier.as_deref());
            let subject = self.name(w, moved, f.subject.as_deref());
            w.figures.push(FigureRec {
                paragraph,
                start,
                end,
                value_lo,
                value_hi,
                max_lo,
                max_hi,
                unit_start: unit.0,
                unit_end: unit.1,
                multiplier_start: multiplier.0,
                multiplier_end: multiplier.1,
                approx: f.approx.map_or(ABSENT, |a| a.code()),
                numeral_form: f.numeral_form.code(),
                subject_start: subject.0,
                subject_end: subject.1,
            });
        }
        for d in &m.dates {
            let (start, end) = at(d.span);
            let iso = self.name(w, moved, d.iso.as_deref());
            let until = self.name(w, moved, d.iso_end.as_deref());
            w.dates.push(DateRec {
                paragraph,
                start,
                end,
                iso_start: iso.0,
                iso_end: iso.1,
                until_start: until.0,
                until_end: until.1,
                precision: d.precision.code(),
                resolved_by: d.resolved_by.code(),
                season: d.season.map_or(ABSENT, |x| x.code()),
                part: d.part.map_or(ABSENT, |x| x.code()),
                open: d.open.map_or(ABSENT, |x| x.code()),
                calendar: d.calendar.code(),
            });
        }
        for c in &m.citations {
            let (start, end) = at(c.span);
            // The title sits between the marks, where the marks are there.
            let whole = c.span.of(text);
            let open = if whole.starts_with('《') {
                '《'.len_utf8() as u32
            } else {
                0
            };
            let close = if whole.len() > open as usize && whole.ends_with('》') {
                '》'.len_utf8() as u32
            } else {
                0
            };
            let (title_start, title_end) = (start + open, end - close);
            let kind = self.name(w, moved, c.kind.as_deref());
            let action = self.name(w, moved, c.action.as_deref());
            let date = self.name(w, moved, c.date.as_deref());
            let index = moved.citations + w.citations.len() as u32;
            let issuer_first = moved.issuers + w.issuers.len() as u32;
            for issuer in &c.issuers {
                let (name_start, name_end) = self.name(w, moved, Some(issuer));
                w.issuers.push(IssuerRec {
                    citation: index,
                    name_start,
                    name_end,
                });
            }
            w.citations.push(CitationRec {
                paragraph,
                start,
                end,
                title_start,
                title_end,
                kind_start: kind.0,
                kind_end: kind.1,
                action_start: action.0,
                action_end: action.1,
                date_start: date.0,
                date_end: date.1,
                issuer_first,
                issuer_count: c.issuers.len() as u32,
            });
        }
        for q in &m.quotes {
            let (start, end) = at(q.span);
            let (inner_start, inner_end) = at(q.inner);
            let speaker = self.name(w, moved, q.speaker.as_deref());
            let title = self.name(w, moved, q.speaker_title.as_deref());
            let phrase = q.speaker_span.map_or((NONE, NONE), at);
            w.quotes.push(QuoteRec {
                paragraph,
                start,
                end,
                inner_start,
                inner_end,
                kind: q.kind.code(),
                speaker_start: speaker.0,
                speaker_end: speaker.1,
                title_start: title.0,
                title_end: title.1,
                phrase_start: phrase.0,
                phrase_end: phrase.1,
                flags: u32::from(q.opened_before)
                    | (u32::from(q.closed_after) << 1)
                    | (q.attribution.code() << 2),
            });
        }
        for e in &m.entities {
            let (start, end) = at(e.span);
            self.entity(w, moved, e, paragraph, start, end);
        }
    }

    /// Adds one entity mention at arena bytes `[start, end)`, anchored to `paragraph`.
    fn entity(
        &mut self,
        w: &mut PackWriter,
        moved: &Moved,
        e: &EntityMention,
        paragraph: u32,
        start: u32,
        end: u32,
    ) {
        let key = (e.kind, e.name.clone());
        let next = self.entity_recs.len();
        let entity = *self.entities.entry(key).or_insert(next);
        if entity == next {
            let (name_start, name_end) = self.name(w, moved, Some(&e.name));
            self.entity_recs.push(EntityRec {
                kind: e.kind.code(),
                name_start,
                name_end,
                admin_level: e.admin_level.map_or(ABSENT, |l| l.code()),
                mention_first: 0,
                mention_count: 0,
            });
        }
        let title = self.name(w, moved, e.title.as_deref());
        self.entity_mentions.push(EntityMentionRec {
            entity: entity as u32,
            paragraph,
            start,
            end,
            title_start: title.0,
            title_end: title.1,
        });
    }

    /// Adds a mention that the article's layout states outside its paragraphs' mentions:
    /// a reporter of a byline or a dateline bracket (a person), or the place of a
    /// closing dateline, at arena bytes `[start, end)`. `paragraph` is the paragraph the
    /// span lies in, else one of the article's (the span then lies in the article, not
    /// in the paragraph). A mention the paragraph's own rules found already is not added
    /// twice.
    pub(crate) fn layout(
        &mut self,
        w: &mut PackWriter,
        moved: &Moved,
        e: &EntityMention,
        paragraph: u32,
        start: u32,
        end: u32,
    ) {
        let known = self.entities.get(&(e.kind, e.name.clone())).copied();
        let again = known.is_some_and(|k| {
            self.entity_mentions
                .iter()
                .rev()
                .take_while(|m| m.paragraph + 64 >= paragraph)
                .any(|m| m.entity == k as u32 && m.start < end && start < m.end)
        });
        if !again {
            self.entity(w, moved, e, paragraph, start, end);
        }
    }

    /// Writes the entities and their mentions, grouped by entity in order of first
    /// appearance, mentions in text order.
    pub(crate) fn finish(mut self, w: &mut PackWriter) {
        self.entity_mentions.sort_by_key(|m| (m.entity, m.start));
        for (i, rec) in self.entity_recs.iter_mut().enumerate() {
            let i = i as u32;
            let first = self.entity_mentions.partition_point(|m| m.entity < i);
            let last = self.entity_mentions.partition_point(|m| m.entity <= i);
            rec.mention_first = first as u32;
            rec.mention_count = (last - first) as u32;
        }
        w.entities = self.entity_recs;
        w.entity_mentions = self.entity_mentions;
    }
}
