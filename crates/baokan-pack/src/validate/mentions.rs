//! Invariants of the mention tables: spans inside their paragraph (an entity mention of
//! the layout, a byline's reporter, inside its paragraph's article), names inside the
//! name arena, codes in range, and issuer and entity-mention ranges that tile.

use super::Verified;
use super::{bad, below, known, opt_span, span, tiles};
use crate::error::PackError;
use crate::format::TableId;
use crate::vocab::{
    ABSENT, AdminLevel, Approx, Attribution, Calendar, EntityKind, NumeralForm, Open, Part,
    Precision, QuoteKind, ResolvedBy, Season,
};

pub(super) fn all(p: &Verified<'_, '_>) -> Result<(), PackError> {
    figures(p)?;
    dates(p)?;
    citations(p)?;
    quotes(p)?;
    entities(p)
}

/// A mention span: inside the text arena and inside its paragraph.
fn in_paragraph(
    p: &Verified<'_, '_>,
    t: TableId,
    row: usize,
    paragraph: u32,
    s: u32,
    e: u32,
) -> Result<(), PackError> {
    if inside_paragraph(p, t, row, paragraph, s, e)? {
        Ok(())
    } else {
        Err(bad(t, row, "mention lies outside its paragraph"))
    }
}

/// Whether a span in the text arena lies inside its paragraph (an error when the
/// paragraph or the span is out of range).
fn inside_paragraph(
    p: &Verified<'_, '_>,
    t: TableId,
    row: usize,
    paragraph: u32,
    s: u32,
    e: u32,
) -> Result<bool, PackError> {
    below(t, row, "paragraph", paragraph, p.paragraphs().len())?;
    span(p.text(), t, row, "mention", s, e)?;
    let q = p.paragraphs().get(paragraph as usize);
    Ok(s >= q.start && e <= q.end)
}

/// An entity mention span: inside its paragraph, or (a reporter of a byline, the place
/// of a closing dateline) inside that paragraph's article.
fn in_article(
    p: &Verified<'_, '_>,
    t: TableId,
    row: usize,
    paragraph: u32,
    s: u32,
    e: u32,
) -> Result<(), PackError> {
    if inside_paragraph(p, t, row, paragraph, s, e)? {
        return Ok(());
    }
    let q = p.paragraphs().get(paragraph as usize);
    below(t, row, "section", q.section, p.sections().len())?;
    let sec = p.sections().get(q.section as usize);
    below(t, row, "article", sec.article, p.articles().len())?;
    let a = p.articles().get(sec.article as usize);
    if s < a.start || e > a.end {
        return Err(bad(t, row, "mention lies outside its paragraph's article"));
    }
    Ok(())
}

fn figures(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Figures;
    for (i, f) in p.figures().iter().enumerate() {
        in_paragraph(p, t, i, f.paragraph, f.start, f.end)?;
        opt_span(p.names(), t, i, "unit", f.unit_start, f.unit_end)?;
        opt_span(
            p.names(),
            t,
            i,
            "multiplier",
            f.multiplier_start,
            f.multiplier_end,
        )?;
        opt_span(p.names(), t, i, "subject", f.subject_start, f.subject_end)?;
        let approx = f.approx == ABSENT || Approx::from_code(f.approx).is_some();
        known(t, i, "approx", f.approx, approx)?;
        let form = NumeralForm::from_code(f.numeral_form).is_some();
        known(t, i, "numeral form", f.numeral_form, form)?;
    }
    Ok(())
}

fn dates(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Dates;
    for (i, d) in p.dates().iter().enumerate() {
        in_paragraph(p, t, i, d.paragraph, d.start, d.end)?;
        opt_span(p.names(), t, i, "iso", d.iso_start, d.iso_end)?;
        opt_span(p.names(), t, i, "iso end", d.until_start, d.until_end)?;
        let precision = Precision::from_code(d.precision).is_some();
        known(t, i, "precision", d.precision, precision)?;
        let resolved = ResolvedBy::from_code(d.resolved_by).is_some();
        known(t, i, "resolved by", d.resolved_by, resolved)?;
        let season = d.season == ABSENT || Season::from_code(d.season).is_some();
        known(t, i, "season", d.season, season)?;
        let part = d.part == ABSENT || Part::from_code(d.part).is_some();
        known(t, i, "part", d.part, part)?;
        let open = d.open == ABSENT || Open::from_code(d.open).is_some();
        known(t, i, "open", d.open, open)?;
        let calendar = Calendar::from_code(d.calendar).is_some();
        known(t, i, "calendar", d.calendar, calendar)?;
    }
    Ok(())
}

fn citations(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Citations;
    for (i, c) in p.citations().iter().enumerate() {
        in_paragraph(p, t, i, c.paragraph, c.start, c.end)?;
        span(p.text(), t, i, "title", c.title_start, c.title_end)?;
        if c.title_start < c.start || c.title_end > c.end {
            return Err(bad(t, i, "title lies outside the citation"));
        }
        opt_span(p.names(), t, i, "kind", c.kind_start, c.kind_end)?;
        opt_span(p.names(), t, i, "action", c.action_start, c.action_end)?;
        opt_span(p.names(), t, i, "date", c.date_start, c.date_end)?;
    }
    for (i, s) in p.issuers().iter().enumerate() {
        span(
            p.names(),
            TableId::Issuers,
            i,
            "issuer",
            s.name_start,
            s.name_end,
        )?;
    }
    tiles(
        t,
        p.citations(),
        |c| (c.issuer_first, c.issuer_count),
        p.issuers(),
        |s| s.citation,
    )
}

fn quotes(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Quotes;
    for (i, q) in p.quotes().iter().enumerate() {
        in_paragraph(p, t, i, q.paragraph, q.start, q.end)?;
        span(p.text(), t, i, "inner", q.inner_start, q.inner_end)?;
        if q.inner_start < q.start || q.inner_end > q.end {
            return Err(bad(t, i, "quoted text lies outside the quote"));
        }
        known(t, i, "kind", q.kind, QuoteKind::from_code(q.kind).is_some())?;
        // Bits 0 and 1: opened before, closed after; bits 2 and up: the attribution.
        let attribution = Attribution::from_code(q.flags >> 2).is_some();
        known(t, i, "attribution", q.flags >> 2, attribution)?;
        opt_span(p.names(), t, i, "speaker", q.speaker_start, q.speaker_end)?;
        opt_span(p.names(), t, i, "title", q.title_start, q.title_end)?;
        opt_span(
            p.text(),
            t,
            i,
            "speaker phrase",
            q.phrase_start,
            q.phrase_end,
        )?;
    }
    Ok(())
}

fn entities(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Entities;
    for (i, e) in p.entities().iter().enumerate() {
        known(
            t,
            i,
            "kind",
            e.kind,
            EntityKind::from_code(e.kind).is_some(),
        )?;
        let level = e.admin_level == ABSENT || AdminLevel::from_code(e.admin_level).is_some();
        known(t, i, "admin level", e.admin_level, level)?;
        span(p.names(), t, i, "name", e.name_start, e.name_end)?;
    }
    let m = TableId::EntityMentions;
    for (i, x) in p.entity_mentions().iter().enumerate() {
        in_article(p, m, i, x.paragraph, x.start, x.end)?;
        opt_span(p.names(), m, i, "title", x.title_start, x.title_end)?;
    }
    tiles(
        t,
        p.entities(),
        |e| (e.mention_first, e.mention_count),
        p.entity_mentions(),
        |x| x.entity,
    )
}
