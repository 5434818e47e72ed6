//! Numbers written in Arabic digits, Chinese numerals, or both.
//!
//! A wrong value is worse than none: every reading here is either the number the text
//! means or `None`. The parser is a small grammar of its own rather than the
//! `chinese-number` crate, which reads malformed numerals as other numbers (一千零十 as
//! 1000, 十七十八 as 178) and forgives stray zeros.
//!
//! - [`tokens`]: characters to digits, units and Arabic digit runs (full-width folded);
//! - [`positional`]: 一千零十, 三万五, 1万600, 200亿零四千230, with the rules for 零;
//! - [`ranges`]: adjacent numerals (十七八, 三五百) and digit-by-digit readings (二〇一九);
//! - [`arabic`]: Arabic numbers with grouping, decimals and exact multipliers (51.8万);
//! - [`fractions`]: 三分之一, 百分之三, 千分之五, 3%;
//! - [`money`]: amounts in 元, 角 and 分 (壹拾壹元壹角).

mod arabic;
mod fractions;
mod money;
mod positional;
mod ranges;
mod tokens;

pub(crate) use arabic::{ascii_digit, multiplier_exponent};

use serde::Serialize;

/// What a [`Numeral`]'s value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumeralKind {
    /// A number: 一千零十, 3.5亿, 1万600, 负十点五, 十七八 (a range).
    Number,
    /// A number read digit by digit: 一七二零, 二〇一九 (years, codes, 一二三).
    Digits,
    /// A percentage; the value is its number of percent: 百分之三 → 3, 3% → 3.
    Percent,
    /// A per-mille figure; the value is its number per mille: 千分之五 → 5.
    Permille,
    /// A fraction, as its value: 三分之一 → 0.333…, 四分之三 → 0.75.
    Fraction,
    /// An amount of money in 元: 壹拾壹元壹角 → 11.1, 两千九百六十元 → 2960.
    Money,
}

/// A number read from text, with the upper end of a range where adjacent numerals
/// give one (十七八 → 17 to 18).
///
/// ```
/// use baokan_extract::{NumeralKind, parse_numeral};
/// let n = parse_numeral("三五百").unwrap();
/// assert_eq!((n.value, n.value_max), (300.0, Some(500.0)));
/// let p = parse_numeral("百分之三").unwrap();
/// assert_eq!((p.value, p.kind), (3.0, NumeralKind::Percent));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Numeral {
    /// The value, or the lower end of a range.
    pub value: f64,
    /// The upper end of a range (十七八 → 18, 三五百 → 500), else `None`.
    pub value_max: Option<f64>,
    /// What the value is: a number, digits, a percentage, a fraction, money.
    pub kind: NumeralKind,
}

impl Numeral {
    pub(crate) fn new(value: f64, kind: NumeralKind) -> Numeral {
        Numeral {
            value,
            value_max: None,
            kind,
        }
    }
}

/// Reads one whole string as a number, or says `None`.
///
/// Reads Chinese numerals with 零 where a place is skipped (一千零十 → 1010), 两, 〇, 廿
/// and 卅, the capital forms (壹佰), spoken shortenings (三万五 → 35000, 一百二 → 120),
/// digit-by-digit readings (二〇一九 → 2019, kind `Digits`), Arabic digits (ASCII or
/// full-width, with 82,225.00 grouping) alone or with Chinese units (1万600, 2.38万亿),
/// decimals (三点五), signs (负, 正, -, +), adjacent numerals as a range (十七八 → 17 to
/// 18, 三五百 → 300 to 500), fractions (三分之一), percentages (百分之三 and 3% → 3, kind
/// `Percent`) and amounts in 元/角/分.
///
/// `None` for anything ambiguous or malformed: two numbers side by side (十七十八), a unit
/// twice (一千千), a needless or doubled 零 (十零, 一千零零一), vague numerals (几十,
/// 数十), and text that is not a number.
///
/// ```
/// use baokan_extract::parse_numeral;
/// assert_eq!(parse_numeral("一千零十").unwrap().value, 1010.0);
/// assert_eq!(parse_numeral("十七八").unwrap().value_max, Some(18.0));
/// assert_eq!(parse_numeral("1万600").unwrap().value, 10600.0);
/// assert_eq!(parse_numeral("十七十八"), None);
/// ```
pub fn parse_numeral(s: &str) -> Option<Numeral> {
    let s = tokens::normalize(s.trim());
    let (negative, body) = sign(&s);
    if body.is_empty() {
        return None;
    }
    let mut n = fractions::parse(body)
        .or_else(|| money::parse(body))
        .or_else(|| plain(body))?;
    if negative {
        // 负三四 would be -3 to -4 or -4 to -3: no reading.
        if n.value_max.is_some() {
            return None;
        }
        n.value = -n.value;
    }
    Some(n)
}

/// Parses one number: 一百二十三 → 123, 两千零一 → 2001, 一千零十 → 1010, 1.5亿 →
/// 150000000. `None` for a range (十七八: see [`parse_numeral`]) and for anything that is
/// not one number.
///
/// A percentage is its number of percent (百分之三十 → 30: the `%` is a figure's unit);
/// a fraction is its value (三分之一 → 0.333…); a digit-by-digit reading its digits
/// (二〇一九 → 2019); an amount of money its value in 元 (壹拾壹元壹角 → 11.1).
///
/// ```
/// use baokan_extract::parse_number;
/// assert_eq!(parse_number("一百二十三"), Some(123.0));
/// assert_eq!(parse_number("一千零十一"), Some(1011.0));
/// assert_eq!(parse_number("1.5亿"), Some(150000000.0));
/// assert_eq!(parse_number("51.8万"), Some(518000.0));
/// assert_eq!(parse_number("十七八"), None);
/// assert_eq!(parse_number("党建"), None);
/// ```
pub fn parse_number(s: &str) -> Option<f64> {
    parse_numeral(s)
        .filter(|n| n.value_max.is_none())
        .map(|n| n.value)
}

/// A leading sign, and the rest.
fn sign(s: &str) -> (bool, &str) {
    for (mark, negative) in [("负", true), ("-", true), ("正", false), ("+", false)] {
        if let Some(rest) = s.strip_prefix(mark) {
            return (negative, rest);
        }
    }
    (false, s)
}

/// A number without sign, fraction or money: an integer, a range, digits or a decimal.
pub(crate) fn plain(s: &str) -> Option<Numeral> {
    if let Some(n) = arabic::parse(s) {
        return Some(n);
    }
    if let Some((int, frac)) = s.split_once('点') {
        return decimal(int, frac);
    }
    let toks = tokens::lex(s)?;
    ranges::integer(&toks)
}

/// A Chinese or mixed decimal: 三点五, 一百点123, 一七二零点一三四, 三点五亿.
fn decimal(int: &str, frac: &str) -> Option<Numeral> {
    let toks = tokens::lex(int)?;
    let whole = ranges::integer(&toks)?;
    if whole.value_max.is_some() {
        return None;
    }
    let split = frac
        .char_indices()
        .find(|&(_, c)| tokens::fraction_digit(c).is_none())
        .map_or(frac.len(), |(i, _)| i);
    let (digits, multiplier) = frac.split_at(split);
    if digits.is_empty() {
        return None;
    }
    let exp = if multiplier.is_empty() {
        0
    } else {
        multiplier_exponent(multiplier)?
    };
    // Exact: the digits as one integer mantissa over a power of ten.
    let mut mantissa = integral(whole.value)?;
    for c in digits.chars() {
        let d = tokens::fraction_digit(c)?;
        mantissa = mantissa.checked_mul(10)?.checked_add(u128::from(d))?;
    }
    let decimals = u32::try_from(digits.chars().count()).ok()?;
    let value = arabic::scale(mantissa, decimals, exp)?;
    Some(Numeral::new(value, whole.kind))
}

/// An integral f64 as an integer, else `None`.
fn integral(v: f64) -> Option<u128> {
    (v >= 0.0 && v.fract() == 0.0 && v < 1e30).then_some(v as u128)
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
    fn decimals_are_exact() {
        assert_eq!(
            parse_number("零点零零零零零零零零零零零零零零一"),
            Some(0.000000000000001)
        );
        assert_eq!(parse_number("一七二零点一三四"), Some(1720.134));
        assert_eq!(parse_number("负零点一零"), Some(-0.1));
    }

    #[test]
    fn chinese() {
        assert_eq!(parse_number("一百二"), Some(120.0));
        assert_eq!(parse_number("三点五"), Some(3.5));
        assert_eq!(parse_number("负三"), Some(-3.0));
        assert_eq!(parse_number("百分之三十"), Some(30.0));
        assert_eq!(parse_number("一二三"), Some(123.0));
        assert_eq!(parse_number("零五"), None);
        assert_eq!(parse_number("十零"), None);
        assert_eq!(parse_number("十四五"), None);
        assert_eq!(parse_number("1百"), Some(100.0));
    }
}
