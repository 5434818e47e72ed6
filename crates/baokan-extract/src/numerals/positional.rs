//! Positional numerals: digits before units, 零 where places are skipped, and the spoken
//! shortening of a last digit (三万五 → 35000).
//!
//! A number is read from its highest unit down: `coefficient unit remainder`, where the
//! coefficient of 万 is a number below 万 and that of 亿 a number below 亿 (so 万亿 and
//! 一千一百万亿 read), and the coefficient of 十, 百 and 千 is one digit (十 alone is 一十).
//! The remainder after a unit is one of:
//!
//! - nothing;
//! - 零 and a number that skips at least one place (一千零十 → 1010, 一千零一 → 1001), or
//!   after 万 or 亿 whose coefficient ends in a zero, any smaller number (十万零一千 →
//!   101000, 一亿五千万零六千三百五十五);
//! - one digit, which takes the place just below the unit (一百二 → 120, 三万五 → 35000,
//!   十五 → 15);
//! - a number of the next lower places (一百一十一, 一百十一, 一千一十 → 1010), but not a
//!   bare 十 that skips a place (一千十, 一万十: `None`);
//! - Arabic digits, two or more, as written (1万600 → 10600, 1百01 → 101).
//!
//! Anything else is `None`: a unit twice or out of order (一千千, 一百一千), 零 where no
//! place is skipped (十零, 一千零一千), 零 twice, 两 as a last digit (二十两), a number
//! after a number (十七十八).

use super::tokens::Tok;

/// The value of a whole integer numeral with at least one unit.
pub(super) fn integer(toks: &[Tok]) -> Option<u128> {
    below(toks, 8)
}

/// The value of `toks` using units up to 10^`top`.
fn below(toks: &[Tok], top: u32) -> Option<u128> {
    if toks.is_empty() {
        return None;
    }
    for u in [8, 4, 3, 2, 1] {
        if u > top {
            continue;
        }
        if let Some(at) = toks.iter().position(|&t| t == Tok::Unit(u)) {
            let coef = coefficient(&toks[..at], u)?;
            let rest = remainder(&toks[at + 1..], u, coef)?;
            return coef.checked_mul(10u128.pow(u))?.checked_add(rest);
        }
    }
    ones(toks)
}

/// The highest unit allowed below unit `u`: 万 below 亿, the small units below 万.
fn lower(u: u32) -> u32 {
    match u {
        8 => 4,
        4 => 3,
        u => u - 1,
    }
}

/// The multiplier of unit `u`.
fn coefficient(toks: &[Tok], u: u32) -> Option<u128> {
    let c = match (toks, u) {
        // 十 alone is 一十: 十五, 十万, 一千零十.
        ([], 1) => 1,
        ([], _) => return None,
        ([Tok::Digit(d)], _) => u128::from(*d),
        ([Tok::Liang], 2..) => 2,
        // 3千, 1百01, 100万, 200亿: digits as written.
        ([Tok::Arabic(v, n)], 2..) if as_written(*v, *n) && (*n == 1 || u >= 4) => *v,
        (_, 4 | 8) => below(toks, lower(u))?,
        _ => return None,
    };
    (c >= 1 && c < 10u128.pow(if u >= 4 { u } else { 1 })).then_some(c)
}

/// The part after unit `u`, whose coefficient was `coef`.
fn remainder(toks: &[Tok], u: u32, coef: u128) -> Option<u128> {
    let place = 10u128.pow(u);
    let v = match toks {
        [] => return Some(0),
        [Tok::Digit(0), rest @ ..] => {
            let v = match rest {
                [Tok::Digit(0), ..] => return None,
                // 1百零1: a single Arabic digit after 零 is as written.
                [Tok::Arabic(v, 1)] => *v,
                _ => below(rest, lower(u))?,
            };
            let skips = v < place / 10 || (u >= 4 && coef.is_multiple_of(10));
            if v == 0 || !skips {
                return None;
            }
            return Some(v);
        }
        // A last digit takes the place below the unit: 一百二 → 120, 三万五 → 35000.
        [Tok::Digit(d)] if *d > 0 => u128::from(*d) * place / 10,
        [Tok::Arabic(v, n)] if (*n >= 2 || u == 1) && *n <= u => *v,
        // 一百十一 is 111, but a bare 十 that skips a place wants its 零 (一千十, 一万十).
        [Tok::Unit(1), ..] if u >= 3 => return None,
        _ => below(toks, lower(u))?,
    };
    (v >= 1 && v < place).then_some(v)
}

/// Whether Arabic digits `n` long have no leading zero.
fn as_written(v: u128, n: u32) -> bool {
    v.checked_ilog10().map_or(n == 1, |l| l + 1 == n)
}

/// One digit.
fn ones(toks: &[Tok]) -> Option<u128> {
    match toks {
        [Tok::Digit(d)] if *d > 0 => Some(u128::from(*d)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::lex;
    use super::*;

    fn read(s: &str) -> Option<u128> {
        integer(&lex(s)?)
    }

    #[test]
    fn zeros_mark_skipped_places() {
        assert_eq!(read("一千零十"), Some(1010));
        assert_eq!(read("一千零一十一"), Some(1011));
        assert_eq!(read("一万零一百一十一"), Some(10111));
        assert_eq!(read("一千零一万零一"), Some(10010001));
        assert_eq!(read("一百九十万零三千九百七十一"), Some(1903971));
        assert_eq!(read("十零"), None);
        assert_eq!(read("一千零一百"), None);
        assert_eq!(read("一千零零一"), None);
        assert_eq!(read("一万零百一十一"), None);
    }

    #[test]
    fn units_in_order_once() {
        assert_eq!(
            read("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一"),
            Some(1111111111111111)
        );
        assert_eq!(read("一千千"), None);
        assert_eq!(read("一百一千"), None);
        assert_eq!(read("十七十八"), None);
        assert_eq!(read("二十三十"), None);
        assert_eq!(read("万"), None);
        assert_eq!(read("百万"), None);
    }
}
