//! Amounts of money in 元 (or 圆), 角 and 分, as cheques and prices write them:
//! 壹拾壹元整 → 11, 玖仟陆佰陆拾伍圆壹角捌分 → 9665.18, 三元零五分 → 3.05.
//!
//! 角 and 分 count only after 元: 五角 alone, 一角五分 and 三分 are `None` (三分 is as
//! often three points or three minutes).

use super::tokens::fraction_digit;
use super::{Numeral, NumeralKind, arabic, plain};

/// An amount in 元, or `None` if `s` is none.
pub(super) fn parse(s: &str) -> Option<Numeral> {
    let at = s.find(['元', '圆'])?;
    let (yuan, rest) = (&s[..at], &s[at + '元'.len_utf8()..]);
    let yuan = plain(yuan).filter(|n| n.kind == NumeralKind::Number && n.value_max.is_none())?;
    if matches!(rest, "" | "整" | "正") {
        return Some(Numeral::new(yuan.value, NumeralKind::Money));
    }
    // 元 [d角] [零] [d分]: 零 only where 角 is skipped.
    let r: Vec<char> = rest.chars().collect();
    let mut i = 0;
    let jiao = take(&r, &mut i, '角');
    let zero = jiao.is_none() && r.get(i) == Some(&'零');
    if zero {
        i += 1;
    }
    let fen = take(&r, &mut i, '分');
    if i != r.len() || (jiao.is_none() && fen.is_none()) || (zero && fen.is_none()) {
        return None;
    }
    let whole = (yuan.value >= 0.0 && yuan.value.fract() == 0.0 && yuan.value < 1e18)
        .then_some(yuan.value as u128)?;
    let cents = whole * 100 + u128::from(jiao.unwrap_or(0)) * 10 + u128::from(fen.unwrap_or(0));
    Some(Numeral::new(
        arabic::scale(cents, 2, 0)?,
        NumeralKind::Money,
    ))
}

/// A digit 1 to 9 and `unit` at `r[*i]`, stepping past them.
fn take(r: &[char], i: &mut usize, unit: char) -> Option<u8> {
    let d = fraction_digit(*r.get(*i)?).filter(|&d| d > 0)?;
    (r.get(*i + 1) == Some(&unit)).then(|| {
        *i += 2;
        d
    })
}
