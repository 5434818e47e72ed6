//! Arabic numbers: digits, 1,234 grouping, a decimal part, and Chinese multipliers after
//! them (51.8万, 2.38万亿), scaled exactly.

use super::{Numeral, NumeralKind};

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

/// Digits with an optional decimal part and optional 1,234 grouping (ASCII, after
/// [`super::tokens::normalize`]): the integer mantissa and the number of decimals, so that
/// multipliers scale exactly. `None` for anything else, a comma not followed by exactly
/// three digits included.
pub(crate) fn digits(s: &str) -> Option<(u128, u32)> {
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
        } else if c == '.' && decimals.is_none() && digits > 0 && !last_was_sep {
            if grouped && group != 3 {
                return None;
            }
            decimals = Some(0);
            last_was_sep = true;
        } else if c == ',' && decimals.is_none() && digits > 0 && !last_was_sep {
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

/// `mantissa × 10^(exp − decimals)`, rounded once: the nearest f64 to the decimal the
/// text wrote (51.8万 is exactly 518000, 0.1 is the f64 nearest 0.1).
pub(crate) fn scale(mantissa: u128, decimals: u32, exp: u32) -> Option<f64> {
    let e = i64::from(exp) - i64::from(decimals);
    format!("{mantissa}e{e}").parse().ok()
}

/// A whole Arabic number, with a multiplier after it: 83.64, 1,234, 51.8万, 2.38万亿.
/// `None` if anything else is in `s`.
pub(super) fn parse(s: &str) -> Option<Numeral> {
    let split = s
        .char_indices()
        .find(|&(_, c)| ascii_digit(c).is_none() && !matches!(c, '.' | ','))
        .map_or(s.len(), |(i, _)| i);
    let (number, rest) = s.split_at(split);
    let (mantissa, decimals) = digits(number)?;
    let exp = if rest.is_empty() {
        0
    } else {
        multiplier_exponent(rest)?
    };
    Some(Numeral::new(
        scale(mantissa, decimals, exp)?,
        NumeralKind::Number,
    ))
}
