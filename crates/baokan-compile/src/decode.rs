//! Bytes to text. The decoded text keeps every byte of the source but a leading BOM,
//! so byte offsets in it are offsets in the file (after the BOM).

use crate::error::CompileError;

/// Decodes UTF-8, with or without a byte-order mark.
pub(crate) fn decode(file: &str, bytes: &[u8]) -> Result<String, CompileError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let good = &body[..e.valid_up_to()];
            // `good` is valid UTF-8 by construction, so this cannot fail.
            let good = std::str::from_utf8(good).unwrap_or_default();
            let line_start = good.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            Err(CompileError::Decode {
                file: file.to_string(),
                line: count_lines(good),
                column: good[line_start..].chars().count() as u32 + 1,
                reason: format!("invalid UTF-8 (byte 0x{:02X})", body[e.valid_up_to()]),
            })
        }
    }
}

/// The 1-based number of the line that `prefix` ends on, counting CRLF, CR and LF.
fn count_lines(prefix: &str) -> u32 {
    let b = prefix.as_bytes();
    let mut n = 1u32;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_reports_bad_bytes_with_position() {
        assert_eq!(decode("f", b"\xEF\xBB\xBFab").unwrap(), "ab");
        let err = decode("f", b"ok\r\nline \xFF").unwrap_err();
        assert_eq!(
            err.to_string(),
            "f: line 2, column 6: invalid UTF-8 (byte 0xFF)"
        );
    }
}
