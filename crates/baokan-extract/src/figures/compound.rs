//! Figures written in two units: 1分52秒 → 112 秒, 13斤2两 → 13.2 斤, 五块六 → 5.6 元,
//! 七毛七 → 0.77 元, 八毛钱 → 0.8 元; and the half after a unit (三年半, 两个半小时).

use super::{Chars, Num, is_chinese_numeral, is_digit, number_at};
use crate::types::NumeralForm;

/// A figure in two units after the number `n`: (value, unit, end of the text).
pub(super) fn compound_at(t: &Chars<'_>, n: &Num) -> Option<(f64, &'static str, usize)> {
    if n.max.is_some() || n.more || n.big.is_some() {
        return None;
    }
    let at = n.end;
    match t.get(at)? {
        // 1分52秒: minutes and seconds (分 alone, not 分钟).
        '分' => {
            let s = digit_after(t, at + 1)?;
            (t.get(s.end) == Some('秒')).then(|| (n.value * 60.0 + s.value, "秒", s.end + 1))
        }
        // 13斤2两: 两 is a tenth of a 斤.
        '斤' => {
            let l = digit_after(t, at + 1)?;
            (t.get(l.end) == Some('两') && l.value < 10.0)
                .then(|| (tenths(n.value * 10.0 + l.value), "斤", l.end + 1))
        }
        // Colloquial money: 块 is a 元, 毛 a tenth.
        c @ ('块' | '毛') => {
            let base = if c == '块' { 1.0 } else { 0.1 };
            let value = n.value * base;
            match digit_after(t, at + 1) {
                // 五块六, 五块六毛, 七毛七: one more digit of the next unit down.
                Some(d) if d.value < 10.0 && !is_number_char(t.get(d.end)) => {
                    let next = if c == '块' { '毛' } else { '分' };
                    let end = d.end + usize::from(t.get(d.end) == Some(next));
                    Some((cents(value + d.value * base / 10.0), "元", end))
                }
                // 八毛钱, 两块钱: 钱 makes it money; it stays out of the text.
                None if t.get(at + 1) == Some('钱') => Some((cents(value), "元", at + 1)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// An amount of 元 rounded to the cent (0.1 × 3.5 is a hair off 0.35).
fn cents(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// A count of tenths as a value: 83 → 8.3.
fn tenths(v: f64) -> f64 {
    v.round() / 10.0
}

fn is_number_char(c: Option<char>) -> bool {
    is_digit(c) || is_chinese_numeral(c)
}

/// The number that starts at `i`, in either form.
fn digit_after(t: &Chars<'_>, i: usize) -> Option<Num> {
    let form = if is_digit(t.get(i)) {
        NumeralForm::Arabic
    } else if is_chinese_numeral(t.get(i)) {
        NumeralForm::Chinese
    } else {
        return None;
    };
    number_at(t, i, form).filter(|d| d.max.is_none() && !d.more && d.big.is_none())
}

/// The half after a unit of time, `unit` ending at `end`: 三年半 → (0.5, 年, end + 1),
/// 两个半小时 → (0.5, 个小时, end + 3). `None` for 十天半月 (半 before another unit).
pub(super) fn half_after(
    t: &Chars<'_>,
    unit: &'static str,
    end: usize,
) -> Option<(&'static str, usize)> {
    if t.get(end) != Some('半') {
        return None;
    }
    if unit == "个" {
        return if t.at(end + 1, "小时").is_some() {
            Some(("个小时", end + 3))
        } else if t.get(end + 1) == Some('月') {
            Some(("个月", end + 2))
        } else {
            None
        };
    }
    let half_unit = t.get(end + 1).is_some_and(|c| "天月年载日夜".contains(c));
    (matches!(unit, "年" | "天" | "小时" | "个小时" | "个月" | "周") && !half_unit)
        .then_some((unit, end + 1))
}
