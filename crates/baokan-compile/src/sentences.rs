//! Sentence splitting by the rules of Chinese print, in both punctuation widths.
//!
//! A sentence ends after `。！？` (or half-width `!?`), after a run of `…`/`⋯`, or after
//! `；`/`;` (a weaker break, marked as such). Closing quotes and brackets that follow
//! the mark belong to the sentence: `…胜。”` ends after the `”`. A half-width `.` is
//! never a break, so decimals such as 83.64% stay whole.

use std::ops::Range;

use crate::model::SentenceEnd;

fn end_kind(c: char) -> Option<SentenceEnd> {
    Some(match c {
        '。' => SentenceEnd::FullStop,
        '？' | '?' => SentenceEnd::Question,
        '！' | '!' => SentenceEnd::Exclamation,
        '…' | '⋯' => SentenceEnd::Ellipsis,
        '；' | ';' => SentenceEnd::Semicolon,
        _ => return None,
    })
}

fn is_trailing_close(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '】' | '》' | '"' | '\''
    )
}

/// Splits `text` into sentences: byte ranges that tile it, each with how it ends.
///
/// ```
/// # use baokan_compile::split_sentences;
/// let s = "他说:“好。”我们走吧!真的?";
/// let parts: Vec<&str> = split_sentences(s).iter().map(|(r, _)| &s[r.clone()]).collect();
/// assert_eq!(parts, ["他说:“好。”", "我们走吧!", "真的?"]);
/// ```
pub fn split_sentences(text: &str) -> Vec<(Range<usize>, SentenceEnd)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let Some(mut kind) = end_kind(c) else {
            continue;
        };
        // Absorb a run of further end marks (？！, ……, 。”) and closing quotes.
        while let Some(&(_, n)) = chars.peek() {
            if let Some(k) = end_kind(n) {
                if kind == SentenceEnd::Semicolon {
                    kind = k;
                }
            } else if !is_trailing_close(n) {
                break;
            }
            chars.next();
        }
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        out.push((start..end, kind));
        start = end;
    }
    if start < text.len() {
        out.push((start..text.len(), SentenceEnd::Unterminated));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<(&str, SentenceEnd)> {
        split_sentences(s)
            .into_iter()
            .map(|(r, k)| (&s[r], k))
            .collect()
    }

    #[test]
    fn both_widths_and_closing_quotes() {
        use SentenceEnd::*;
        assert_eq!(
            split("如何加强?把群众团结起来!好。”张弛说。"),
            vec![
                ("如何加强?", Question),
                ("把群众团结起来!", Exclamation),
                ("好。”", FullStop),
                ("张弛说。", FullStop)
            ]
        );
        assert_eq!(
            split("如何加强？好！"),
            vec![("如何加强？", Question), ("好！", Exclamation)]
        );
    }

    #[test]
    fn semicolons_ellipses_and_decimals() {
        use SentenceEnd::*;
        assert_eq!(
            split("队伍;政策要落实。亮堂了……今年8月,达83.64%"),
            vec![
                ("队伍;", Semicolon),
                ("政策要落实。", FullStop),
                ("亮堂了……", Ellipsis),
                ("今年8月,达83.64%", Unterminated)
            ]
        );
    }
}
