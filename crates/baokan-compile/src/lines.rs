//! Source lines to blocks: the non-blank lines, trimmed, each with its position.

use crate::error::CompileError;
use crate::model::{Located, Pos};

/// Splits decoded text into its non-blank lines (CRLF, CR and LF all end a line),
/// trimmed of white space (including the ideographic space U+3000 used for indents).
/// Returns the blocks and the number of lines.
pub(crate) fn blocks(text: &str) -> (Vec<Located>, u32) {
    let mut out = Vec::new();
    let mut line_no = 0u32;
    let mut start = 0usize;
    let bytes = text.as_bytes();
    while start < text.len() || (start == 0 && text.is_empty()) {
        line_no += 1;
        let end = memchr_eol(bytes, start);
        let line = &text[start..end];
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            out.push(Located {
                text: trimmed.to_string(),
                at: Pos {
                    line: line_no,
                    column: line[..lead].chars().count() as u32 + 1,
                    byte: (start + lead) as u32,
                },
            });
        }
        start = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => break,
        };
    }
    (out, line_no)
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
        let (b, n) = blocks("标题\r\n\r\n\u{3000}\u{3000}正文。\r尾\n");
        assert_eq!(n, 4);
        let got: Vec<_> = b
            .iter()
            .map(|l| (l.text.as_str(), l.at.line, l.at.column, l.at.byte))
            .collect();
        assert_eq!(
            got,
            vec![("标题", 1, 1, 0), ("正文。", 3, 3, 16), ("尾", 4, 1, 26)]
        );
    }
}
