//! Numbers written in Arabic digits, Chinese numerals, or both with Chinese multipliers.
//!
//! Plain Chinese numerals follow cn2an's behaviour and are parsed by the `chinese-number`
//! crate (which already knows 两 and 〇); this module adds what news text needs on top:
//! Arabic digits (ASCII or full-width, with a decimal point or 1,234 grouping) followed by
//! Chinese multipliers (51.8万, 1.5亿, 3千万), Chinese decimals (三点五), a leading 负, and
//! 百分之 (百分之三十 → 30: the number of the percentage; the `%` is the figure's unit).

use chinese_number::{ChineseCountMethod, ChineseToNumber};

/// Parses one numeral or Arabic-plus-multiplier expression: 一百二十三 → 123,
/// 两千零一 → 2001, 三千五百万 → 35000000, 1.5亿 → 150000000. `None` for anything
/// that is not a number.
///
/// Supported, besides plain numerals: full-width digits (５１．８万), digit grouping
/// (1,234), Chinese decimals (三点五 → 3.5), a sign (负三 → -3) and 百分之 (百分之三十 → 30).
/// Not supported (`None`): vague numerals (几, 十几, 数百), digit-by-digit readings
/// (一二三), and a bare multiplier (万, 百万).
///
/// ```
/// use baokan_extract::parse_number;
/// assert_eq!(parse_number("一百二十三"), Some(123.0));
/// assert_eq!(parse_number("1.5亿"), Some(150000000.0));
/// assert_eq!(parse_number("51.8万"), Some(518000.0));
/// assert_eq!(parse_number("党建"), None);
/// ```
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if let Some(rest) = s.strip_prefix('负').or_else(|| s.strip_prefix('負')) {
        return parse_unsigned(rest).map(|v| -v);
    }
    if let Some(rest) = s.strip_prefix("百分之") {
        return parse_unsigned(rest);
    }
    parse_unsigned(s)
}

fn parse_unsigned(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let first = s.chars().next()?;
    if ascii_digit(first).is_some() {
        return parse_arabic_with_multiplier(s);
    }
    parse_chinese(s)
}

/// The digit value of an ASCII or full-width digit.
pub(crate) fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The power of ten of a Chinese multiplier written after Arabic digits: 万 → 4, 亿 → 8,
/// 千万 → 7. Accepted: 万, 亿 or 万亿, optionally after one of 十/百/千.
pub(crate) fn multiplier_exponent(m: &str) -> Option<u32> {
    // 十/百/千 alone after digits (3千, 5百) is rare in news and often starts a unit
    // (3千米, 5千克); it is not treated as a multiplier.
    let (small, big) = match m.chars().next()? {
        '十' => (1, &m['十'.len_utf8()..]),
        '百' => (2, &m['百'.len_utf8()..]),
        '千' => (3, &m['千'.len_utf8()..]),
        _ => (0, m),
    };
    let big = match big {
        "万" | "萬" => 4,
        "亿" | "億" => 8,
        "万亿" | "萬億" => 12,
        _ => return None,
    };
    Some(small + big)
}

/// An Arabic number: digits, an optional decimal part, optional 1,234 grouping. Returns
/// the integer mantissa and the number of decimals, so multipliers scale exactly.
fn parse_arabic(s: &str) -> Option<(u128, u32)> {
    let mut mantissa: u128 = 0;
    let mut decimals: Option<u32> = None;
    let mut digits = 0usize;
    let mut group = 0usize; // digits since the last grouping comma
    let mut grouped = false;
    let mut last_was_sep = false;
    for c in s.chars() {
        if let Some(d) = ascii_digit(c) {
            mantissa = mantissa.checked_mul(10)?.checked_add(u128::from(d))?;
            digits += 1;
            group += 1;
            if let Some(n) = decimals.as_mut() {
                *n += 1;
            }
            last_was_sep = false;
        } else if matches!(c, '.' | '．') && decimals.is_none() && digits > 0 && !last_was_sep {
            if grouped && group != 3 {
                return None;
            }
            decimals = Some(0);
            last_was_sep = true;
        } else if matches!(c, ',' | '，') && decimals.is_none() && digits > 0 && !last_was_sep {
            if (grouped && group != 3) || (!grouped && group > 3) {
                return None;
            }
            grouped = true;
            group = 0;
            last_was_sep = true;
        } else {
            return None;
        }
    }
    if last_was_sep || digits == 0 || (grouped && decimals.is_none() && group != 3) {
        return None;
    }
    Some((mantissa, decimals.unwrap_or(0)))
}

fn scale(mantissa: u128, decimals: u32, exp: u32) -> f64 {
    // Exact while the result is an integer: 51.8万 is 518 × 10^3, not 51.8 × 10^4.
    if exp >= decimals {
        (mantissa as f64) * 10f64.powi((exp - decimals) as i32)
    } else {
        (mantissa as f64) / 10f64.powi((decimals - exp) as i32)
    }
}

fn parse_arabic_with_multiplier(s: &str) -> Option<f64> {
    let split = s
        .char_indices()
        .find(|&(_, c)| ascii_digit(c).is_none() && !matches!(c, '.' | '．' | ',' | '，'))
        .map_or(s.len(), |(i, _)| i);
    let (number, mult) = s.split_at(split);
    let (mantissa, decimals) = parse_arabic(number)?;
    let exp = if mult.is_empty() {
        0
    } else {
        multiplier_exponent(mult)?
    };
    Some(scale(mantissa, decimals, exp))
}

const DIGITS: &str = "零〇一二两兩三四五六七八九";

fn parse_chinese(s: &str) -> Option<f64> {
    if let Some((int, frac)) = s.split_once('点').or_else(|| s.split_once('點')) {
        let whole = parse_chinese_integer(int)?;
        if frac.is_empty() {
            return None;
        }
        let mut value = whole;
        let mut place = 0.1;
        for c in frac.chars() {
            let d = DIGITS.chars().position(|x| x == c)?;
            // 零 and 〇 are both 0; 二/两/兩 are all 2: map the position to a digit.
            let digit = [0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9][d];
            value += f64::from(digit) * place;
            place /= 10.0;
        }
        return Some(value);
    }
    parse_chinese_integer(s)
}

fn parse_chinese_integer(s: &str) -> Option<f64> {
    // The crate also reads Arabic digits as numerals ("1百"); those are not plain numerals.
    if s.is_empty() || s.chars().any(|c| ascii_digit(c).is_some()) {
        return None;
    }
    // 分 and 角 are money units below 個 to the crate, and its ten-thousand integer
    // parser panics on them in debug builds (`debug_assert!(exp > 千)`, found by fuzzing).
    if s.contains(['分', '角']) {
        return None;
    }
    // The crate forgives a stray 零 (零五 → 5, 十零 → 10); a numeral does not.
    let zero = |c: char| matches!(c, '零' | '〇');
    if s.chars().count() > 1 && (s.starts_with(zero) || s.ends_with(zero) || s.contains("零零")) {
        return None;
    }
    // The integer parser, not the f64 one: the crate's f64 parser reads 一百二 as 102.
    let n: u128 = s.to_number(ChineseCountMethod::TenThousand).ok()?;
    Some(n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipliers() {
        assert_eq!(multiplier_exponent("万"), Some(4));
        assert_eq!(multiplier_exponent("亿"), Some(8));
        assert_eq!(multiplier_exponent("千万"), Some(7));
        assert_eq!(multiplier_exponent("百万"), Some(6));
        assert_eq!(multiplier_exponent("万亿"), Some(12));
        assert_eq!(multiplier_exponent("千"), None);
        assert_eq!(multiplier_exponent("亿亿"), None);
        assert_eq!(multiplier_exponent("万万"), None);
        assert_eq!(multiplier_exponent(""), None);
    }

    #[test]
    fn arabic_is_exact() {
        assert_eq!(parse_number("51.8万"), Some(518000.0));
        assert_eq!(parse_number("249.2万"), Some(2492000.0));
        assert_eq!(parse_number("3.2亿"), Some(320000000.0));
        assert_eq!(parse_number("83.64"), Some(83.64));
        assert_eq!(parse_number("1,234,567"), Some(1234567.0));
        assert_eq!(parse_number("1,23"), None);
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number("5."), None);
    }

    #[test]
    fn chinese() {
        assert_eq!(parse_number("一百二"), Some(120.0));
        assert_eq!(parse_number("三点五"), Some(3.5));
        assert_eq!(parse_number("负三"), Some(-3.0));
        assert_eq!(parse_number("百分之三十"), Some(30.0));
        assert_eq!(parse_number("一二三"), None);
        assert_eq!(parse_number("零五"), None);
        assert_eq!(parse_number("十零"), None);
        assert_eq!(parse_number("十四五"), None);
        assert_eq!(parse_number("1百"), None);
    }
}
