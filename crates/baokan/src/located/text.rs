//! The located mentions of any text: what `baokan extract --json` and Python's
//! `baokan.extract` print.

use baokan_extract::{Mentions, Span as ByteSpan};
use serde::Serialize;

use super::{Located, LocatedCitation, LocatedDate, LocatedEntity, LocatedFigure, LocatedQuote};
use crate::source::{Source, Span};

/// The mentions found in one text, located in it: one list per type.
///
/// ```
/// let text = "张弛说：“我们很高兴。”\n2018年11月6日";
/// let m = baokan::extract(text, None);
/// let found = baokan::locate(text, &m, "-");
/// let d = &found.dates[0].at;
/// assert_eq!((d.text, d.source.line, d.source.column), ("2018年11月6日", 2, 1));
/// assert_eq!(found.quotes[0].speaker, Some("张弛"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct LocatedMentions<'a> {
    /// Figures.
    pub figures: Vec<LocatedFigure<'a>>,
    /// Dates.
    pub dates: Vec<LocatedDate<'a>>,
    /// Citations.
    pub citations: Vec<LocatedCitation<'a>>,
    /// Quotations.
    pub quotes: Vec<LocatedQuote<'a>>,
    /// Entity mentions.
    pub entities: Vec<LocatedEntity<'a>>,
}

/// Locates the mentions `m` that [`extract`](crate::extract) found in `text`: offsets
/// into `text`, and a source of `file` (`"-"` for a text that has no file) with the
/// 1-based line and char column in `text`. A text is no item of a corpus, so
/// `article`, `paragraph` and `sentence` are `None`.
///
/// ```
/// let text = "约300人";
/// let m = baokan::extract(text, None);
/// let f = &baokan::locate(text, &m, "note.txt").figures[0];
/// // 约 is the qualifier, not part of the figure's text.
/// assert_eq!((f.at.chars.start, f.at.bytes.start, f.at.source.file), (1, 3, "note.txt"));
/// assert_eq!(f.approx, Some(baokan::Approx::About));
/// ```
pub fn locate<'a>(text: &'a str, m: &'a Mentions, file: &'a str) -> LocatedMentions<'a> {
    let ix = TextIndex::new(text);
    let at = |s: ByteSpan| ix.located(text, file, s);
    let of = |s: ByteSpan| s.of(text);
    LocatedMentions {
        figures: m
            .figures
            .iter()
            .map(|f| LocatedFigure {
                at: at(f.span),
                value: f.value,
                value_max: f.value_max,
                unit: f.unit.as_deref(),
                multiplier: f.multiplier.as_deref(),
                approx: f.approx,
                numeral_form: f.numeral_form,
                subject: f.subject.as_deref(),
            })
            .collect(),
        dates: m
            .dates
            .iter()
            .map(|d| LocatedDate {
                at: at(d.span),
                iso: d.iso.as_deref(),
                iso_end: d.iso_end.as_deref(),
                precision: d.precision,
                resolved_by: d.resolved_by,
                season: d.season,
                part: d.part,
                open: d.open,
                calendar: d.calendar,
            })
            .collect(),
        citations: m
            .citations
            .iter()
            .map(|c| LocatedCitation {
                at: at(c.span),
                title: &c.title,
                kind: c.kind.as_deref(),
                issuers: c.issuers.iter().map(String::as_str).collect(),
                action: c.action.as_deref(),
                date: c.date.as_deref(),
            })
            .collect(),
        quotes: m
            .quotes
            .iter()
            .map(|q| LocatedQuote {
                at: at(q.span),
                inner: of(q.inner),
                kind: q.kind,
                speaker: q.speaker.as_deref(),
                speaker_title: q.speaker_title.as_deref(),
                speaker_phrase: q.speaker_span.map(of),
                attribution: q.attribution,
                opened_before: q.opened_before,
                closed_after: q.closed_after,
            })
            .collect(),
        entities: m
            .entities
            .iter()
            .map(|e| LocatedEntity {
                at: at(e.span),
                kind: e.kind,
                name: &e.name,
                title: e.title.as_deref(),
                admin_level: e.admin_level,
            })
            .collect(),
    }
}

/// The char offsets and line starts of one text.
struct TextIndex {
    /// The byte offset of every char.
    chars: Vec<usize>,
    /// The byte offset of every line's first char.
    lines: Vec<usize>,
}

impl TextIndex {
    fn new(text: &str) -> TextIndex {
        let lines = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        TextIndex {
            chars: text.char_indices().map(|(i, _)| i).collect(),
            lines,
        }
    }

    /// The char offset of a byte offset (of the next char, should it fall inside one).
    fn char_at(&self, byte: usize) -> usize {
        match self.chars.binary_search(&byte) {
            Ok(i) | Err(i) => i,
        }
    }

    fn located<'a>(&self, text: &'a str, file: &'a str, s: ByteSpan) -> Located<'a> {
        let line = self.lines.partition_point(|&l| l <= s.start);
        let line_start = self.lines[line.saturating_sub(1)];
        let column = self.char_at(s.start) - self.char_at(line_start) + 1;
        Located {
            text: s.of(text),
            article: None,
            paragraph: None,
            sentence: None,
            chars: Span {
                start: self.char_at(s.start),
                end: self.char_at(s.end),
            },
            bytes: Span {
                start: s.start,
                end: s.end,
            },
            source: Source {
                file,
                line: line as u32,
                column: column as u32,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TextIndex;

    #[test]
    fn char_offsets_of_byte_offsets() {
        let ix = TextIndex::new("a两b");
        let chars: Vec<usize> = [0, 1, 4, 5].iter().map(|&b| ix.char_at(b)).collect();
        assert_eq!(chars, [0, 1, 2, 3]);
        // Inside a char: the next char.
        assert_eq!(ix.char_at(2), 2);
        assert_eq!(TextIndex::new("").char_at(0), 0);
    }

    #[test]
    fn lines_and_columns() {
        let text = "甲\n乙丙";
        let at = TextIndex::new(text).located(text, "-", baokan_extract::Span::new(7, 10));
        assert_eq!((at.text, at.source.line, at.source.column), ("丙", 2, 2));
        assert_eq!((at.chars.start, at.chars.end), (3, 4));
    }
}
