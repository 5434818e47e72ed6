//! Output shapes shared by the commands: aligned text tables and JSON.

use std::io::{self, Write};

use serde::Serialize;

/// How a table column lines up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// Writes `rows` under a header line, aligned as [`aligned`] does.
pub(crate) fn table(
    out: &mut impl Write,
    columns: &[(&str, Align)],
    rows: &[Vec<String>],
) -> io::Result<()> {
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
}
