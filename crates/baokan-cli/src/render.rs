//! Output shapes shared by the commands: aligned text tables and JSON.

use std::io::{self, Write};

use serde::Serialize;

/// How a table column lines up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// Writes `rows` under a header line, aligned as [`aligned`] does; nothing at all when
/// there are no rows (as `search` prints nothing when nothing matched).
pub(crate) fn table(
    out: &mut impl Write,
    columns: &[(&str, Align)],
    rows: &[Vec<String>],
) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let header: Vec<String> = columns.iter().map(|(h, _)| (*h).to_string()).collect();
    let aligns: Vec<Align> = columns.iter().map(|(_, a)| *a).collect();
    aligned(out, &aligns, std::iter::once(&header).chain(rows))
}

/// Writes rows with each column as wide as its widest cell (CJK chars count two
/// columns), columns two spaces apart, no trailing spaces.
pub(crate) fn aligned<'r>(
    out: &mut impl Write,
    aligns: &[Align],
    rows: impl Iterator<Item = &'r Vec<String>> + Clone,
) -> io::Result<()> {
    let mut widths = vec![0; aligns.len()];
    for row in rows.clone() {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    for row in rows {
        let mut line = String::new();
        for (i, ((cell, w), align)) in row.iter().zip(&widths).zip(aligns).enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            let pad = " ".repeat(w - width(cell));
            match align {
                Align::Right => {
                    line.push_str(&pad);
                    line.push_str(cell);
                }
                Align::Left => {
                    line.push_str(cell);
                    line.push_str(&pad);
                }
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Writes `value` as pretty JSON and a newline.
pub(crate) fn json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// A score (log-likelihood, tf-idf) as a table shows it: two decimals, and never
/// `-0.00`.
pub(crate) fn score(x: f64) -> String {
    let s = format!("{x:.2}");
    if s == "-0.00" { "0.00".to_string() } else { s }
}

/// What a table shows for a field that has no value.
pub(crate) const NONE: &str = "-";

/// An optional text field as a table cell: the text, or [`NONE`].
pub(crate) fn or_none(s: Option<&str>) -> String {
    s.map_or_else(|| NONE.to_string(), str::to_string)
}

/// A unit-like enum (a precision, a kind, a qualifier) as a table shows it: the name
/// its JSON gives it (`more_than`, `article_date`), so that the two never disagree.
pub(crate) fn label(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) | Err(_) => NONE.to_string(),
        Ok(v) => v.to_string(),
    }
}

/// A quantity as a table shows it: as short as it can be said exactly (518000, 83.64),
/// never in exponent form.
pub(crate) fn number(x: f64) -> String {
    let s = format!("{x}");
    if s == "-0" { "0".to_string() } else { s }
}

/// `s` on one line (line breaks shown as ¶) and cut to at most `max` terminal
/// columns, an ellipsis marking the cut.
pub(crate) fn clip(s: &str, max: usize) -> String {
    let flat = s.replace("\r\n", "¶").replace(['\r', '\n'], "¶");
    if width(&flat) <= max {
        return flat;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in flat.chars() {
        let w = char_width(c);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Terminal columns a string takes: two for East Asian wide and full-width chars, one
/// for the rest (enough for aligning titles; not a full UAX #11).
pub(crate) fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_counts_two_columns() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("建强 ab"), 7);
        assert_eq!(width("“底盘”"), 6);
    }

    #[test]
    fn table_aligns_and_trims() {
        let mut out = Vec::new();
        let rows = vec![
            vec!["1".to_string(), "建强".to_string(), "12".to_string()],
            vec!["10".to_string(), "ab".to_string(), "3".to_string()],
        ];
        table(
            &mut out,
            &[
                ("ID", Align::Right),
                ("T", Align::Left),
                ("N", Align::Right),
            ],
            &rows,
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "ID  T      N\n 1  建强  12\n10  ab     3\n");
    }

    #[test]
    fn empty_table_prints_nothing() {
        let mut out = Vec::new();
        table(&mut out, &[("ID", Align::Right)], &[]).unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn labels_are_the_json_names() {
        assert_eq!(label(&baokan::Approx::MoreThan), "more_than");
        assert_eq!(label(&baokan::ResolvedBy::ArticleDate), "article_date");
        assert_eq!(label(&None::<baokan::Approx>), "-");
    }

    #[test]
    fn numbers_are_exact_and_never_exponents() {
        assert_eq!(number(518_000.0), "518000");
        assert_eq!(number(83.64), "83.64");
        assert_eq!(number(1e10), "10000000000");
        assert_eq!(number(-0.0), "0");
    }

    #[test]
    fn clip_cuts_by_display_width() {
        assert_eq!(clip("短句", 10), "短句");
        assert_eq!(clip("a\nb", 10), "a¶b");
        let cut = clip("建强战斗堡垒夯实执政之基", 9);
        assert_eq!(cut, "建强战斗…");
        assert!(width(&cut) <= 9);
        assert_eq!(clip("abcdef", 4), "abc…");
    }

    #[test]
    fn scores_have_two_decimals() {
        assert_eq!(score(12.345_6), "12.35");
        assert_eq!(score(-3.0), "-3.00");
        assert_eq!(score(-0.001), "0.00");
    }
}
