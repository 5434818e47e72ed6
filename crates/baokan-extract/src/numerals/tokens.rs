//! Characters to tokens: Chinese digits, units, and runs of Arabic digits.

use super::arabic;

/// One token of an integer numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok {
    /// A Chinese digit, 0 to 9 (零 and 〇 are 0).
    Digit(u8),
    /// 两 (or 兩): 2, but only before a unit (两百, 两万) or alone.
    Liang,
    /// A run of Arabic digits, possibly grouped (1,000): its value and its digit count
    /// (leading zeros count: 01 has two).
    Arabic(u128, u32),
    /// A unit, as its power of ten: 十 1, 百 2, 千 3, 万 4, 亿 8.
    Unit(u32),
}

/// The one-character forms folded before parsing: full-width digits and signs, and the
/// traditional forms of the characters the parser matches as strings.
pub(super) fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '，' => ',',
            '－' | '−' => '-',
            '＋' => '+',
            '％' => '%',
            '點' => '点',
            '負' => '负',
            '圓' => '圆',
            '萬' => '万',
            '億' => '亿',
            c => c,
        })
        .collect()
}

/// The value of a Chinese digit, 零 to 九, in the common, capital and traditional forms.
/// 两 is not one (see [`Tok::Liang`]).
pub(super) fn chinese_digit(c: char) -> Option<u8> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '贰' | '貳' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// A digit after a decimal point: Chinese (not 两) or Arabic.
pub(super) fn fraction_digit(c: char) -> Option<u8> {
    chinese_digit(c).or_else(|| arabic::ascii_digit(c).map(|d| d as u8))
}

fn unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' => 4,
        '亿' => 8,
        _ => return None,
    })
}

/// The tokens of an integer numeral, or `None` if a character is none of them. 廿, 卅
/// and 卌 are two tokens each (二十, 三十, 四十).
pub(super) fn lex(s: &str) -> Option<Vec<Tok>> {
    let mut out = Vec::with_capacity(s.len() / 3 + 1);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(d) = chinese_digit(c) {
            out.push(Tok::Digit(d));
        } else if matches!(c, '两' | '兩') {
            out.push(Tok::Liang);
        } else if let Some(u) = unit(c) {
            out.push(Tok::Unit(u));
        } else if let Some(tens) = match c {
            '廿' => Some(2),
            '卅' => Some(3),
            '卌' => Some(4),
            _ => None,
        } {
            // 廿 is a whole 二十: no digit before it (一廿 is no 一二十).
            if matches!(
                out.last(),
                Some(Tok::Digit(_) | Tok::Liang | Tok::Arabic(..))
            ) {
                return None;
            }
            out.extend([Tok::Digit(tens), Tok::Unit(1)]);
        } else if arabic::ascii_digit(c).is_some() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if arabic::ascii_digit(d).is_none() && d != ',' {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let run = &s[i..end];
            let (value, decimals) = arabic::digits(run)?;
            if decimals > 0 {
                return None;
            }
            let count = run.chars().filter(|&d| d != ',').count();
            out.push(Tok::Arabic(value, u32::try_from(count).ok()?));
        } else {
            return None;
        }
    }
    Some(out)
}
