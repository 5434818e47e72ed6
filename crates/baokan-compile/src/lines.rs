//! Source lines, each with its number and byte offset, and checks on their length.

use crate::error::CompileError;
use crate::model::{Located, Pos};

/// One source line, untrimmed, without its line end.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawLine<'t> {
    /// 1-based line number.
    pub(crate) no: u32,
    /// Byte offset of the line in the source.
    pub(crate) byte: usize,
    /// The line.
    pub(crate) text: &'t str,
}

impl RawLine<'_> {
    /// Whether the line holds nothing but white space (U+3000 and U+00A0 included).
    pub(crate) fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Whether the line opens with an ideographic-space indent (U+3000, possibly after
    /// a no-break space).
    pub(crate) fn is_indented(&self) -> bool {
        self.text
            .trim_start_matches(['\u{a0}', ' '])
            .starts_with('\u{3000}')
    }

    /// The line trimmed of white space, with the position of its first char.
    pub(crate) fn located(&self) -> Located {
        let lead = self.text.len() - self.text.trim_start().len();
        Located {
            text: self.text.trim().to_string(),
            at: Pos {
                line: self.no,
                column: self.text[..lead].chars().count() as u32 + 1,
                byte: (self.byte + lead) as u32,
            },
        }
    }
}

/// Every line of the text (CRLF, CR and LF all end a line).
pub(crate) fn raw_lines(text: &str) -> Vec<RawLine<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut no = 0u32;
    while start < text.len() {
        no += 1;
        let end = memchr_eol(bytes, start);
        out.push(RawLine {
            no,
            byte: start,
            text: &text[start..end],
        });
        start = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => break,
        };
    }
    out
}

/// Fails on the first line longer than `limit` bytes.
pub(crate) fn check_line_lengths(file: &str, text: &str, limit: usize) -> Result<(), CompileError> {
    let bytes = text.as_bytes();
    let (mut start, mut line) = (0usize, 1u32);
    while start < bytes.len() {
        let end = memchr_eol(bytes, start);
        if end - start > limit {
            return Err(CompileError::LineTooLong {
                file: file.to_string(),
                line,
                bytes: end - start,
                limit,
            });
        }
        start = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => break,
        };
        line += 1;
    }
    Ok(())
}

fn memchr_eol(bytes: &[u8], from: usize) -> usize {
    memchr::memchr2(b'\n', b'\r', &bytes[from..]).map_or(bytes.len(), |i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_cr_and_lf_end_lines_and_columns_count_chars() {
        let lines = raw_lines("标题\r\n\r\n\u{3000}\u{3000}正文。\r尾\n");
        assert_eq!(lines.len(), 4);
        let got: Vec<_> = lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(RawLine::located)
            .map(|l| (l.text, l.at.line, l.at.column, l.at.byte))
            .collect();
        let want = [("标题", 1, 1, 0), ("正文。", 3, 3, 16), ("尾", 4, 1, 26)]
            .map(|(t, l, c, b)| (t.to_string(), l, c, b));
        assert_eq!(got, want);
    }
}
