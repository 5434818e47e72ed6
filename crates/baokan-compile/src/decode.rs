//! Bytes to text, in any common encoding of Chinese news pages.
//!
//! Detection: a byte-order mark wins (UTF-8, UTF-16LE, UTF-16BE); then valid UTF-8 is
//! UTF-8; otherwise chardetng guesses (GB18030/GBK and Big5 are the usual answers for
//! Chinese pages). Decoding is strict: a byte sequence that is not valid in the chosen
//! encoding is an error naming its line and column, never a replacement char, so nothing
//! is lost silently. Line ends are left as they are; the line splitter treats CRLF, CR
//! and LF alike, so lines and columns count as in the original file.

use encoding_rs::{DecoderResult, Encoding, UTF_8};

use crate::error::CompileError;

/// Finds an encoding by a label such as `utf-8`, `gb18030`, `gbk`, `big5`, `utf-16le`
/// (the WHATWG labels).
///
/// ```
/// assert_eq!(baokan_compile::encoding_for_label("gbk").unwrap().name(), "GBK");
/// assert!(baokan_compile::encoding_for_label("klingon").is_none());
/// ```
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// The encoding `bytes` are in: BOM, then UTF-8, then chardetng's guess.
pub(crate) fn detect(bytes: &[u8]) -> &'static Encoding {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return enc;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow)
}

/// Like [`decode`], but takes the bytes by value so that UTF-8 input becomes the text
/// without a copy: a 200 MB page needs 200 MB, not 400.
pub(crate) fn decode_owned(
    file: &str,
    mut bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<(String, &'static Encoding), CompileError> {
    let enc = forced.unwrap_or_else(|| detect(&bytes));
    if enc != UTF_8 {
        return decode(file, &bytes, Some(enc));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, enc)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let body = e.into_bytes();
            Err(bad_bytes(file, &body[..at], &body, at, enc))
        }
    }
}

/// Decodes `bytes`, in `forced` if given, else in the detected encoding. Returns the
/// text and the encoding used.
pub(crate) fn decode(
    file: &str,
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<(String, &'static Encoding), CompileError> {
    let enc = forced.unwrap_or_else(|| detect(bytes));
    // A BOM is not text: strip the one that matches the encoding.
    let body = match Encoding::for_bom(bytes) {
        Some((bom_enc, len)) if bom_enc == enc => &bytes[len..],
        _ => bytes,
    };
    if enc == UTF_8 {
        return match std::str::from_utf8(body) {
            Ok(s) => Ok((s.to_string(), enc)),
            Err(e) => Err(bad_bytes(
                file,
                &body[..e.valid_up_to()],
                body,
                e.valid_up_to(),
                enc,
            )),
        };
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .ok_or_else(|| CompileError::Decode {
            file: file.to_string(),
            line: 1,
            column: 1,
            reason: "file too large to decode".to_string(),
        })?;
    let mut out = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut out, true);
    match result {
        DecoderResult::InputEmpty => Ok((out, enc)),
        DecoderResult::Malformed(bad, _) => {
            let at = read.saturating_sub(bad as usize);
            Err(decode_error(file, &out, body.get(at).copied(), enc))
        }
        DecoderResult::OutputFull => Err(CompileError::Decode {
            file: file.to_string(),
            line: 1,
            column: 1,
            reason: "decoder output buffer full".to_string(),
        }),
    }
}

fn bad_bytes(
    file: &str,
    good: &[u8],
    body: &[u8],
    at: usize,
    enc: &'static Encoding,
) -> CompileError {
    // `good` is the valid prefix, so this cannot fail.
    let good = std::str::from_utf8(good).unwrap_or_default();
    decode_error(file, good, body.get(at).copied(), enc)
}

fn decode_error(
    file: &str,
    decoded: &str,
    byte: Option<u8>,
    enc: &'static Encoding,
) -> CompileError {
    let line_start = decoded.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let byte = byte.map_or(String::new(), |b| format!(" (byte 0x{b:02X})"));
    CompileError::Decode {
        file: file.to_string(),
        line: count_lines(decoded),
        column: decoded[line_start..].chars().count() as u32 + 1,
        reason: format!("invalid {}{byte}", enc.name()),
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
        assert_eq!(decode("f", b"\xEF\xBB\xBFab", None).unwrap().0, "ab");
        let err = decode("f", b"ok\r\nline \xFF", Some(UTF_8)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f: line 2, column 6: invalid UTF-8 (byte 0xFF)"
        );
    }

    #[test]
    fn gb18030_and_utf16_are_detected() {
        let text =
            "党的力量来自组织。严密的组织体系,是马克思主义政党的优势所在、力量所在。\n基层党组织";
        let (gbk, _, _) = encoding_rs::GB18030.encode(text);
        let (got, enc) = decode("f", &gbk, None).unwrap();
        assert_eq!(got, text);
        assert!(
            enc == encoding_rs::GB18030 || enc == encoding_rs::GBK,
            "{}",
            enc.name()
        );
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(
            decode("f", &utf16, None).unwrap(),
            (text.to_string(), encoding_rs::UTF_16LE)
        );
    }

    #[test]
    fn undecodable_bytes_name_the_place() {
        let err = decode(
            "f.txt",
            b"\xB5\xB3\n\xB5\xFF\xFF",
            Some(encoding_rs::GB18030),
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("f.txt: line 2, column 1: invalid gb18030"),
            "{err}"
        );
    }
}
