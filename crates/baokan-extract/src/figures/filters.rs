//! Why a number is no figure: inside a title, a quoted slogan, an ordinal, an idiom.

use super::{Chars, Num, is_chinese_numeral};

/// Whether char `i` lies inside a 《…》 title.
pub(super) fn in_title(t: &Chars<'_>, i: usize) -> bool {
    let before = &t.text[..t.byte(i)];
    match (before.rfind('《'), before.rfind('》')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The quotation “…” that opens right before char `start`, as (content start, content end).
pub(super) fn quote_opening_at(t: &Chars<'_>, start: usize) -> Option<(usize, usize)> {
    if t.before(start) != Some('“') {
        return None;
    }
    let close = (start..t.len()).find(|&k| matches!(t.get(k), Some('”' | '“')))?;
    (t.get(close) == Some('”')).then_some((start, close))
}

/// Why a Chinese numeral plus classifier is not a count, if it is not.
pub(super) fn chinese_excluded(t: &Chars<'_>, n: &Num, unit: &str, unit_end: usize) -> bool {
    let numeral = n.numeral.as_str();
    // The indefinite 一 (一个, 一批, 一线), and 二 alone, which counting replaces by 两
    // (二次, 二级); so 一二 is a pair of ordinals (一二级, 一二类), where a count says 一两.
    // 零 alone starts words (零件, 零星).
    if matches!(numeral, "一" | "壹" | "二" | "一二" | "零" | "〇") {
        return true;
    }
    // Ordinals and weekdays: 第一, 周三, 星期五, 初三; 之一.
    if matches!(t.before(n.start), Some('第' | '周' | '初' | '之' | '其'))
        || t.ends_before(n.start, "星期").is_some()
        || t.ends_before(n.start, "礼拜").is_some()
    {
        return true;
    }
    // Party congresses: 十九大, 党的二十大. Enumerations below ten (两大阵地) count.
    if unit == "大"
        && (n.value >= 10.0
            || t.ends_before(n.start, "党的").is_some()
            || t.ends_before(n.start, "中共").is_some()
            || !t.get(unit_end).is_some_and(is_cjk)
            || ["以来", "召开", "精神", "报告", "代表", "胜利"]
                .iter()
                .any(|w| t.at(unit_end, w).is_some()))
    {
        return true;
    }
    // Idioms on two numerals: 三番五次, 一五一十, 三年五载, 十天半月.
    if (is_chinese_numeral(n.start.checked_sub(2).and_then(|k| t.get(k)))
        && !is_chinese_numeral(t.before(n.start)))
        || is_chinese_numeral(t.get(unit_end))
        || (t.get(unit_end) == Some('半')
            && t.get(unit_end + 1)
                .is_some_and(|c| "天月年载日夜".contains(c)))
    {
        return true;
    }
    // Sessions are ordinals: 十三届全国人大四次会议, 五次全会.
    if unit == "次"
        && ["会议", "全会", "全体会议", "代表大会"]
            .iter()
            .any(|w| t.at(unit_end, w).is_some())
    {
        return true;
    }
    // Place names: 三台子, 五里屯, 八里庄.
    if matches!(t.get(unit_end), Some('子' | '屯' | '庄')) {
        return true;
    }
    // A whole quotation that is a slogan (“两个维护”: N个 + a short head) or a metaphor
    // (“两张皮”: a one-character head).
    if let Some((_, close)) = quote_opening_at(t, n.start) {
        let head = close.saturating_sub(unit_end);
        if (unit == "个" && head <= 2) || head == 1 {
            return true;
        }
    }
    false
}

pub(super) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
