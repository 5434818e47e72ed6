//! Integers as a whole: adjacent numerals read as a range (十七八 → 17 to 18, 三五百 → 300
//! to 500, 六七 → 6 to 7), and digits read one by one (一七二零 → 1720, 二〇一九 → 2019).
//!
//! Two adjacent digits are a range when the second is the next number (一两, 两三, 六七,
//! 八九) or they are 三五 opening the numeral (三五百, not 十三五), and only units follow
//! them (一百五六十, not 一二十一); the range's ends are the numeral read with either digit
//! (一百五六十 → 一百五十 and 一百六十). A string of digits alone that is no such pair is
//! read digit by digit, unless it starts with 零 (零五: a code, no number) or holds 两.

use super::tokens::Tok;
use super::{Numeral, NumeralKind, positional};

/// The longest digit-by-digit reading whose value is exact in an f64.
const MAX_DIGITS: usize = 15;

/// An integer numeral: a number, a range, or digits.
pub(super) fn integer(toks: &[Tok]) -> Option<Numeral> {
    let number = |v: u128| Some(Numeral::new(v as f64, NumeralKind::Number));
    if !toks.iter().any(|t| matches!(t, Tok::Unit(_))) {
        return match toks {
            [] => None,
            [Tok::Digit(d)] => number(u128::from(*d)),
            [Tok::Liang] => number(2),
            [Tok::Arabic(v, _)] => number(*v),
            [a, b] if range_pair(*a, *b).is_some() => {
                let (lo, hi) = range_pair(*a, *b)?;
                range(u128::from(lo), u128::from(hi))
            }
            _ => digits(toks),
        };
    }
    let pairs: Vec<usize> = (0..toks.len().saturating_sub(1))
        .filter(|&i| is_digit(toks[i]) && is_digit(toks[i + 1]))
        .collect();
    match pairs.as_slice() {
        [] => number(positional::integer(toks)?),
        &[i] => {
            let pair = range_pair(toks[i], toks[i + 1])?;
            // 三五 opens a numeral (三五百, 三五天); 十三五 is no 13 to 15. Only units
            // follow the pair: 一二十一 is no range.
            if (pair == (3, 5) && i > 0) || !toks[i + 2..].iter().all(|t| matches!(t, Tok::Unit(_)))
            {
                return None;
            }
            let without = |k: usize| -> Vec<Tok> {
                toks.iter()
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .map(|(_, &t)| t)
                    .collect()
            };
            let lo = positional::integer(&without(i + 1))?;
            let hi = positional::integer(&without(i))?;
            range(lo, hi)
        }
        _ => None,
    }
}

/// A Chinese digit 1 to 9, or 两.
fn is_digit(t: Tok) -> bool {
    matches!(t, Tok::Digit(1..) | Tok::Liang)
}

/// The ends of two adjacent digits that make a range: (n, n + 1) or (3, 5).
fn range_pair(a: Tok, b: Tok) -> Option<(u8, u8)> {
    let value = |t| match t {
        Tok::Digit(d @ 1..) => Some(d),
        Tok::Liang => Some(2),
        _ => None,
    };
    let (lo, hi) = (value(a)?, value(b)?);
    (hi == lo + 1 || (lo, hi) == (3, 5)).then_some((lo, hi))
}

fn range(lo: u128, hi: u128) -> Option<Numeral> {
    (lo < hi).then_some(Numeral {
        value: lo as f64,
        value_max: Some(hi as f64),
        kind: NumeralKind::Number,
    })
}

/// Digits read one by one: 一七二零 → 1720.
fn digits(toks: &[Tok]) -> Option<Numeral> {
    if toks.len() > MAX_DIGITS || toks.first() == Some(&Tok::Digit(0)) {
        return None;
    }
    let mut v: u128 = 0;
    for t in toks {
        let Tok::Digit(d) = t else { return None };
        v = v * 10 + u128::from(*d);
    }
    Some(Numeral::new(v as f64, NumeralKind::Digits))
}
