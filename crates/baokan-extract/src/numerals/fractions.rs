//! Fractions and shares: 三分之一 (its value, 0.333…), 百分之三 and 3% (3, a percentage),
//! 千分之五 and 5‰ (5, per mille).
//!
//! A percentage's value is its number of percent, as a figure's is (the `%` is its unit);
//! the kind says which it is. Only percentages and per-mille figures take a range
//! (百分之十七八 → 17 to 18).

use super::{Numeral, NumeralKind, plain};

/// A fraction or share, or `None` if `s` is none.
pub(super) fn parse(s: &str) -> Option<Numeral> {
    for (mark, kind) in [("%", NumeralKind::Percent), ("‰", NumeralKind::Permille)] {
        if let Some(number) = s.strip_suffix(mark) {
            return share(plain(number)?, kind);
        }
    }
    let (den, num) = s.split_once("分之")?;
    match den {
        "百" => share(
            plain(num).or_else(|| whole(num, "百", 100.0))?,
            NumeralKind::Percent,
        ),
        "千" => share(
            plain(num).or_else(|| whole(num, "千", 1000.0))?,
            NumeralKind::Permille,
        ),
        _ => {
            let den = match den {
                "万" => 1e4,
                _ => {
                    plain(den)
                        .filter(|d| d.kind == NumeralKind::Number && d.value_max.is_none())?
                        .value
                }
            };
            let num =
                plain(num).filter(|n| n.kind == NumeralKind::Number && n.value_max.is_none())?;
            (den > 0.0 && den.fract() == 0.0)
                .then(|| Numeral::new(num.value / den, NumeralKind::Fraction))
        }
    }
}

/// 百分之百: the whole, written with the denominator's own unit.
fn whole(num: &str, unit: &str, value: f64) -> Option<Numeral> {
    (num == unit).then_some(Numeral::new(value, NumeralKind::Number))
}

fn share(n: Numeral, kind: NumeralKind) -> Option<Numeral> {
    (n.kind == NumeralKind::Number).then_some(Numeral { kind, ..n })
}
