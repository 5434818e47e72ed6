//! Record invariants, checked by [`Pack::verify`](crate::Pack::verify).
//!
//! Readers do not rely on them for safety (every accessor checks what it reads), but a
//! verified pack has the structure the API describes: every span lies inside its arena
//! on char boundaries, every index points at a record, and every child range tiles its
//! table in order with parent pointers that point back.

use crate::error::PackError;
use crate::format::{DATE_BASES, NONE, PARAGRAPH_KINDS, SENTENCE_ENDS, TableId};
use crate::reader::{Pack, Table};
use crate::records::Record;
use crate::vocab::{CreditKind, JoinReason, Layout};

mod mentions;

/// A pack whose arenas have been checked as UTF-8, for the record checks.
pub(crate) struct Verified<'p, 'a> {
    pub(crate) p: &'p Pack<'a>,
    pub(crate) text: &'a str,
    pub(crate) names: &'a str,
    pub(crate) sources: &'a str,
}

impl<'a> Verified<'_, 'a> {
    fn text(&self) -> &'a str {
        self.text
    }
    fn names(&self) -> &'a str {
        self.names
    }
    fn sources(&self) -> &'a str {
        self.sources
    }
}

impl<'a> std::ops::Deref for Verified<'_, 'a> {
    type Target = Pack<'a>;
    fn deref(&self) -> &Pack<'a> {
        self.p
    }
}

pub(crate) fn records(p: &Verified<'_, '_>) -> Result<(), PackError> {
    files(p)?;
    articles(p)?;
    sections(p)?;
    paragraphs(p)?;
    sentences(p)?;
    joins(p)?;
    credits(p)?;
    reporters(p)?;
    segments(p)?;
    suffixes(p)?;
    totals(p)?;
    suffix_keys(p)?;
    suffix_lcps(p)?;
    mentions::all(p)
}

/// The suffix keys, where there are any, are one per step of the index and each is the
/// key of its entry's text.
fn suffix_keys(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::SuffixKeys;
    let keys = p.suffix_keys_table();
    if keys.is_empty() {
        return Ok(());
    }
    let expected = crate::keys::key_count(p.suffixes().len());
    if keys.len() != expected {
        return Err(bad(
            t,
            0,
            format!("{} keys for {expected} steps of the index", keys.len()),
        ));
    }
    let sa = p.suffixes();
    let (level0, _) = crate::keys::levels(sa.len());
    for (k, key) in keys.iter().enumerate() {
        let expected = match k.checked_sub(level0) {
            // Level 0: the key of its index entry's text.
            None => {
                let at = sa.get(k * crate::keys::KEY_STEP).at as usize;
                crate::keys::key_of(crate::writer::text_at(p.text(), at))
            }
            // Level 1: a copy of every KEY_STEPth level-0 key.
            Some(j) => keys.get(j * crate::keys::KEY_STEP),
        };
        if key != expected {
            return Err(bad(t, k, "not the key of its index entry's text"));
        }
    }
    Ok(())
}

/// The suffix LCPs, where there are any, are one per index entry, each the LCP of its
/// entry's text with the entry before it, and the half-bytes past the last entry are
/// zero. Reads the text at every entry, a cache miss each, so the entries are checked
/// in chunks on rayon's threads; the error names the first bad entry, as a sequential
/// check would.
fn suffix_lcps(p: &Verified<'_, '_>) -> Result<(), PackError> {
    use crate::lcps::table_len;
    use rayon::prelude::*;
    let t = TableId::SuffixLcps;
    let table = p.suffix_lcps_table();
    if table.is_empty() {
        return Ok(());
    }
    let entries = p.suffixes().len();
    let expected = table_len(entries);
    if table.len() != expected {
        return Err(bad(
            t,
            0,
            format!("{} bytes for {entries} index entries", table.len()),
        ));
    }
    let lcps = crate::lcps::Lcps::new(table, 2 * table.len());
    if let Some(i) = (entries..2 * table.len()).find(|&i| lcps.get(i) != Some(0)) {
        return Err(bad(t, i, "a half-byte past the last entry is not zero"));
    }
    let wrong = (0..entries.div_ceil(LCP_CHUNK))
        .into_par_iter()
        .map(|c| c * LCP_CHUNK..((c + 1) * LCP_CHUNK).min(entries))
        .find_map_first(|chunk| first_wrong_lcp(p, lcps, chunk));
    match wrong {
        Some((i, want)) => Err(bad(
            t,
            i,
            format!("not the LCP of its entry's text ({want}) with the one before"),
        )),
        None => Ok(()),
    }
}

/// Index entries per parallel chunk of the LCP check.
const LCP_CHUNK: usize = 1 << 12;

/// The first entry of `chunk` whose stored LCP is not the LCP of its text with the
/// entry before it (in `chunk` or not), and that LCP.
fn first_wrong_lcp(
    p: &Verified<'_, '_>,
    lcps: crate::lcps::Lcps<'_>,
    chunk: std::ops::Range<usize>,
) -> Option<(usize, u8)> {
    use crate::lcps::{LCP_WINDOW, lcp_of};
    let sa = p.suffixes();
    let at = |i: usize| crate::writer::text_window(p.text(), sa.get(i).at as usize, LCP_WINDOW);
    // Each entry's text is a cache miss at a random place of the arena: touch a block's
    // texts first (independent loads, which the CPU overlaps), then compare them.
    const AHEAD: usize = 32;
    let bytes = p.text().as_bytes();
    let mut touched = 0u8;
    let mut prev = chunk.start.checked_sub(1).map(at);
    for block in chunk.clone().step_by(AHEAD) {
        let end = (block + AHEAD).min(chunk.end);
        for i in block..end {
            let at = sa.get(i).at as usize;
            touched ^= bytes.get(at).copied().unwrap_or(0);
            touched ^= bytes.get(at + LCP_WINDOW - 1).copied().unwrap_or(0);
        }
        for i in block..end {
            let here = at(i);
            let want = prev.map_or(0, |prev| lcp_of(prev, here));
            if lcps.get(i) != Some(want) {
                return Some((i, want));
            }
            prev = Some(here);
        }
    }
    std::hint::black_box(touched);
    None
}

/// Chars in all paragraphs: one index entry each.
fn paragraph_chars(p: &Verified<'_, '_>) -> usize {
    let spans = p.paragraphs().iter().map(|q| (q.start, q.end));
    crate::records::TotalsRec::of(p.text(), spans, 0).paragraph_chars as usize
}

/// The stored totals, where there are any, are what the tables give.
fn totals(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Totals;
    let n = p.totals_table().len();
    if n == 0 {
        return Ok(());
    }
    if n != 1 {
        return Err(bad(t, 1, format!("{n} records where one is stored")));
    }
    let Some(stored) = p.totals() else {
        return Ok(());
    };
    let chars = paragraph_chars(p);
    let reprints = p
        .articles()
        .iter()
        .filter(|a| a.duplicate_of != NONE)
        .count();
    if stored.paragraph_chars as usize != chars {
        return Err(bad(
            t,
            0,
            format!(
                "paragraph_chars {} where the paragraphs have {chars}",
                stored.paragraph_chars
            ),
        ));
    }
    if stored.reprints as usize != reprints {
        return Err(bad(
            t,
            0,
            format!(
                "reprints {} where {reprints} articles are linked",
                stored.reprints
            ),
        ));
    }
    Ok(())
}

pub(super) fn bad(table: TableId, row: usize, reason: impl Into<String>) -> PackError {
    PackError::Record {
        table: table.name(),
        row,
        reason: reason.into(),
    }
}

/// A required span: `start <= end <= len`, both on char boundaries.
pub(super) fn span(
    arena: &str,
    t: TableId,
    row: usize,
    what: &str,
    s: u32,
    e: u32,
) -> Result<(), PackError> {
    if s > e || arena.get(s as usize..e as usize).is_none() {
        return Err(bad(
            t,
            row,
            format!("{what} span {s}..{e} is not inside the arena"),
        ));
    }
    Ok(())
}

/// An optional span: both `NONE`, or a valid span.
pub(super) fn opt_span(
    arena: &str,
    t: TableId,
    row: usize,
    what: &str,
    s: u32,
    e: u32,
) -> Result<(), PackError> {
    match (s == NONE, e == NONE) {
        (true, true) => Ok(()),
        (false, false) => span(arena, t, row, what, s, e),
        _ => Err(bad(t, row, format!("{what} span {s}..{e} is half absent"))),
    }
}

/// A vocabulary code: `found` says whether the vocabulary has it (its `from_code` is
/// `Some`, or the code is `ABSENT` where a value may be absent).
pub(super) fn known(
    t: TableId,
    row: usize,
    what: &str,
    v: u32,
    found: bool,
) -> Result<(), PackError> {
    if found {
        Ok(())
    } else {
        Err(bad(t, row, format!("{what} code {v} is unknown")))
    }
}

pub(super) fn below(
    t: TableId,
    row: usize,
    what: &str,
    v: u32,
    limit: usize,
) -> Result<(), PackError> {
    if (v as usize) < limit {
        Ok(())
    } else {
        Err(bad(
            t,
            row,
            format!("{what} {v} is out of range (limit {limit})"),
        ))
    }
}

/// Checks that parents' child ranges tile the child table in order:
/// parent `i` owns `first..first+count`, starting where parent `i-1` stopped.
pub(super) fn tiles<P: Record, C: Record>(
    parent_id: TableId,
    parents: Table<'_, P>,
    range: impl Fn(&P) -> (u32, u32),
    children: Table<'_, C>,
    back: impl Fn(&C) -> u32,
) -> Result<(), PackError> {
    let mut next = 0usize;
    for (i, p) in parents.iter().enumerate() {
        let (first, count) = range(&p);
        if first as usize != next {
            return Err(bad(
                parent_id,
                i,
                format!("child range starts at {first}, expected {next}"),
            ));
        }
        next = next
            .checked_add(count as usize)
            .filter(|&n| n <= children.len())
            .ok_or_else(|| bad(parent_id, i, "child range runs past its table"))?;
        for c in first as usize..next {
            if back(&children.get(c)) as usize != i {
                return Err(bad(parent_id, i, format!("child {c} does not point back")));
            }
        }
    }
    if next != children.len() {
        return Err(bad(
            parent_id,
            parents.len(),
            "children left without a parent",
        ));
    }
    Ok(())
}

fn files(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Files;
    for (i, f) in p.files().iter().enumerate() {
        span(p.names(), t, i, "name", f.name_start, f.name_end)?;
        opt_span(p.names(), t, i, "source", f.source_start, f.source_end)?;
        opt_span(p.names(), t, i, "page", f.page_start, f.page_end)?;
        opt_span(
            p.names(),
            t,
            i,
            "layout reason",
            f.layout_reason_start,
            f.layout_reason_end,
        )?;
        opt_span(
            p.sources(),
            t,
            i,
            "source text",
            f.source_text_start,
            f.source_text_end,
        )?;
        below(t, i, "layout", f.layout, Layout::ALL.len())?;
        below(t, i, "date basis", f.date_basis, DATE_BASES as usize)?;
    }
    Ok(())
}

fn articles(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Articles;
    let text = p.text();
    for (i, a) in p.articles().iter().enumerate() {
        below(t, i, "file", a.file, p.files().len())?;
        span(text, t, i, "article", a.start, a.end)?;
        for (what, s, e) in [
            ("title", a.title_start, a.title_end),
            ("subtitle", a.subtitle_start, a.subtitle_end),
            ("byline", a.byline_start, a.byline_end),
            ("dateline", a.dateline_start, a.dateline_end),
            ("agency", a.agency_start, a.agency_end),
            ("place", a.place_start, a.place_end),
            (
                "continued-from marker",
                a.from_marker_start,
                a.from_marker_end,
            ),
            ("continued-from page", a.from_page_start, a.from_page_end),
            ("continued-on marker", a.to_marker_start, a.to_marker_end),
            ("continued-on page", a.to_page_start, a.to_page_end),
            ("kicker", a.kicker_start, a.kicker_end),
            ("column", a.column_start, a.column_end),
        ] {
            opt_span(text, t, i, what, s, e)?;
        }
        if a.bare_title_end != NONE
            && (a.title_start == NONE
                || a.bare_title_end < a.title_start
                || a.bare_title_end > a.title_end
                || !text.is_char_boundary(a.bare_title_end as usize))
        {
            return Err(bad(t, i, "bare title end is not inside the title"));
        }
        below(t, i, "dateline position", a.dateline_closing, 2)?;
        if a.duplicate_of != NONE {
            below(t, i, "duplicate of", a.duplicate_of, i)?;
        }
        below(t, i, "month", a.month, 13)?;
        below(t, i, "day", a.day, 32)?;
        below(t, i, "date basis", a.date_basis, DATE_BASES as usize)?;
    }
    let secs = p.sections();
    tiles(
        t,
        p.articles(),
        |a| (a.section_first, a.section_count),
        secs,
        |s| s.article,
    )?;
    tiles(
        t,
        p.articles(),
        |a| (a.credit_first, a.credit_count),
        p.credits(),
        |c| c.article,
    )?;
    tiles(
        t,
        p.articles(),
        |a| (a.reporter_first, a.reporter_count),
        p.reporters(),
        |r| r.article,
    )?;
    // Paragraph and sentence ranges of an article must equal the union of its sections'.
    let mut para = 0u32;
    let mut sent = 0u32;
    for (i, a) in p.articles().iter().enumerate() {
        let count: u64 = (a.section_first..a.section_first.saturating_add(a.section_count))
            .map(|s| secs.get(s as usize).paragraph_count as u64)
            .sum();
        if a.paragraph_first != para || a.paragraph_count as u64 != count {
            return Err(bad(t, i, "paragraph range disagrees with its sections"));
        }
        para = para.saturating_add(a.paragraph_count);
        let paras = p.paragraphs();
        let sents: u64 = (a.paragraph_first..para)
            .map(|q| paras.get(q as usize).sentence_count as u64)
            .sum();
        if a.sentence_first != sent || a.sentence_count as u64 != sents {
            return Err(bad(t, i, "sentence range disagrees with its paragraphs"));
        }
        sent = sent.saturating_add(a.sentence_count);
    }
    Ok(())
}

fn sections(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Sections;
    for (i, s) in p.sections().iter().enumerate() {
        opt_span(p.text(), t, i, "heading", s.heading_start, s.heading_end)?;
        opt_span(
            p.text(),
            t,
            i,
            "subheading",
            s.subheading_start,
            s.subheading_end,
        )?;
        span(p.text(), t, i, "section", s.start, s.end)?;
        // `articles` has checked the back pointers. Offsets inside an item are taken
        // relative to its parent's start (dispersion positions), so a child must lie
        // inside its parent, as a sentence must inside its paragraph.
        let a = p.articles().get(s.article as usize);
        if s.start < a.start || s.end > a.end {
            return Err(bad(t, i, "section lies outside its article"));
        }
    }
    tiles(
        t,
        p.sections(),
        |s| (s.paragraph_first, s.paragraph_count),
        p.paragraphs(),
        |q| q.section,
    )
}

fn paragraphs(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Paragraphs;
    let mut prev_end = 0;
    for (i, q) in p.paragraphs().iter().enumerate() {
        span(p.text(), t, i, "paragraph", q.start, q.end)?;
        // Paragraphs lie in text order without overlap: hits are mapped to them by binary search.
        if q.start < prev_end {
            return Err(bad(t, i, "paragraphs overlap or are out of order"));
        }
        prev_end = q.end;
        // `sections` has checked the back pointers.
        let s = p.sections().get(q.section as usize);
        if q.start < s.start || q.end > s.end {
            return Err(bad(t, i, "paragraph lies outside its section"));
        }
        below(t, i, "kind", q.kind, PARAGRAPH_KINDS as usize)?;
    }
    tiles(
        t,
        p.paragraphs(),
        |q| (q.sentence_first, q.sentence_count),
        p.sentences(),
        |s| s.paragraph,
    )?;
    tiles(
        t,
        p.paragraphs(),
        |q| (q.join_first, q.join_count),
        p.joins(),
        |j| j.paragraph,
    )
}

fn sentences(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Sentences;
    for (i, s) in p.sentences().iter().enumerate() {
        span(p.text(), t, i, "sentence", s.start, s.end)?;
        let q = p.paragraphs().get(s.paragraph as usize);
        if s.start < q.start || s.end > q.end {
            return Err(bad(t, i, "sentence lies outside its paragraph"));
        }
        below(t, i, "end kind", s.end_kind, SENTENCE_ENDS as usize)?;
    }
    Ok(())
}

fn joins(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Joins;
    for (i, j) in p.joins().iter().enumerate() {
        let q = p.paragraphs().get(j.paragraph as usize);
        if j.at <= q.start || j.at >= q.end || !p.text().is_char_boundary(j.at as usize) {
            return Err(bad(
                t,
                i,
                format!("join at {} is not inside its paragraph", j.at),
            ));
        }
        below(t, i, "reason", j.reason, JoinReason::ALL.len())?;
    }
    Ok(())
}

fn credits(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Credits;
    for (i, c) in p.credits().iter().enumerate() {
        span(p.text(), t, i, "credit", c.start, c.end)?;
        known(
            t,
            i,
            "kind",
            c.kind,
            CreditKind::from_code(c.kind).is_some(),
        )?;
    }
    Ok(())
}

fn reporters(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Reporters;
    for (i, r) in p.reporters().iter().enumerate() {
        span(p.names(), t, i, "name", r.name_start, r.name_end)?;
        span(p.text(), t, i, "printed name", r.start, r.end)?;
    }
    Ok(())
}

fn segments(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Segments;
    let text = p.text();
    let segs = p.segments();
    if segs.is_empty() {
        return if text.is_empty() {
            Ok(())
        } else {
            Err(bad(t, 0, "text has no provenance"))
        };
    }
    let mut prev: Option<(u32, u32)> = None;
    for (i, s) in segs.iter().enumerate() {
        below(t, i, "file", s.file, p.files().len())?;
        if s.line == 0 || s.column == 0 {
            return Err(bad(t, i, "lines and columns are 1-based"));
        }
        if !text.is_char_boundary(s.start as usize) {
            return Err(bad(
                t,
                i,
                format!("start {} is not a char boundary in the text", s.start),
            ));
        }
        let expected_char = match prev {
            None if s.start != 0 => return Err(bad(t, i, "first segment must start at 0")),
            None => 0,
            Some((ps, _)) if s.start <= ps => return Err(bad(t, i, "segments are not increasing")),
            Some((ps, pc)) => {
                pc as u64 + text[ps as usize..s.start as usize].chars().count() as u64
            }
        };
        if s.char_start as u64 != expected_char {
            return Err(bad(
                t,
                i,
                format!("char offset {} should be {expected_char}", s.char_start),
            ));
        }
        prev = Some((s.start, s.char_start));
    }
    Ok(())
}

/// The index holds one entry per paragraph char, each inside the text arena. Only the
/// bounds are checked per entry: reading the text at each of them would cost a cache
/// miss per entry (seconds at 100 MB), and nothing needs it to be safe: readers slice
/// with checked `get`, so an entry off a char boundary, outside a paragraph or out of
/// order gives wrong answers, never a panic.
fn suffixes(p: &Verified<'_, '_>) -> Result<(), PackError> {
    let t = TableId::Suffixes;
    let text = p.text();
    let expected = paragraph_chars(p);
    if p.suffixes().len() != expected {
        return Err(bad(
            t,
            0,
            format!(
                "{} entries for {expected} paragraph chars",
                p.suffixes().len()
            ),
        ));
    }
    let len = text.len() as u32;
    if let Some((i, s)) = p.suffixes().iter().enumerate().find(|(_, s)| s.at >= len) {
        return Err(bad(t, i, format!("offset {} is past the text", s.at)));
    }
    Ok(())
}
