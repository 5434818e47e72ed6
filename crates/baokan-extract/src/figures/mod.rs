//! Figures: quantities stated with a number (51.8万人, 3.2亿-3.5亿元, 60余万平方米,
//! 10亿元 in 不低于10亿元, 五级, 5年 in 5年来, 百亿级).
//!
//! A figure is a number followed by its unit or measure word. Its text is the number and
//! the unit, with 多/余/来 inside (60余万平方米, 十来年, 1年多); the qualifiers around it
//! (不低于, 约, 超, 以上, 左右, 内) set `approx` but stay out of the text, and so do the
//! duration words (连续, 时隔, 来, 以来), as in the dev gold's conventions; 前/后 after a
//! span of time stay in (78年后: a point in time). The rules, in the order they are applied:
//!
//! - **Arabic numbers** (ASCII or full-width, 83.64, 1,234; 82，225.00元 when the
//!   full-width commas can only group one number: groups of three, then a decimal part
//!   or a unit of money) count when a unit follows
//!   (471家, 83.64%, 7000吨) or a multiplier does (490多万). A bare number is not a figure
//!   (2022世界5G大会), nor is one glued to Latin letters (5G, G20), one after 第 (第1), one
//!   inside a 《》 title, or one inside a date: a four-digit year before 年 (2018年), a
//!   decade (80年代), and any number inside a date the date finder found. A month or day
//!   number (9月21日) has no unit here, so it never counts.
//! - **Chinese numerals** count only before a classifier (五级, 两大, 三年, 六年过去了);
//!   adjacent numerals are a range (六七分钟 → 6 to 7, 二三百米 → 200 to 300, read by
//!   [`parse_numeral`]). They never count when the numeral is the indefinite 一 (一个,
//!   一项, 一批, 一线), or 二 alone (二次, 二级: counts use 两) or 一二 (一二级: a pair of
//!   ordinals), a digit-by-digit reading (二〇一九年, 一二三), a vague quantity after 数
//!   or 几 (数十亿元, 几百人, 好几千), a bare pair of digits before 年 (七八年: 1978 as
//!   often as seven or eight years), an ordinal (第一, 周一, 初三, 四次会议), a party congress
//!   (十九大, 党的二十大: 大 counts only below ten, and not after 党的/中共), part of an idiom
//!   built on two numerals (三番五次, 十天半月), part of a place name (三台子), or a whole
//!   quoted slogan or metaphor: “两个维护” (N个 + a short head) and “两张皮” (a
//!   one-character head). Abbreviations with no classifier (两委, 三农, 四议两公开, 两新工委)
//!   never match.
//! - **Currencies** named before an amount in 元 stay with it: 港币两千九百六十元 → 2960
//!   港元 (港币, 美金, 澳门币).
//! - **Two units** (figures/compound.rs): 1分52秒 → 112 秒, 13斤2两 → 13.2 斤, colloquial
//!   money 五块六 → 5.6 元, 七毛七 → 0.77 元, 八毛钱 → 0.8 元; a half after a unit of time
//!   (三年半 → 3.5 年, 两个半小时 → 2.5 个小时); fractions 1/4 → 0.25; -4℃ → −4.
//! - **Bare magnitudes** 百/千/万 after a qualifier or before 多/余 (近千件, 百余种, 上万人).
//! - **Magnitude classes**: 百亿级 → 10¹⁰, multiplier 亿, no unit; 千万级, 万亿级.
//! - **Ranges**: 3.2亿-3.5亿元, 2-3倍, 三至五年, 3%-5%, with `-`, `—`, `～`, `至`, `到`; a
//!   multiplier on the upper end only (3-5万元) applies to both.
//! - **Qualifiers** (out of the text, in `approx`): before the number
//!   不低于/不少于/至少/最少 (at least), 不超过/至多/最多/不到/不足 (up to),
//!   超过/超/突破/逾 (more than), 约/大约/近/接近/将近 (about); after it 多/余 (more than;
//!   in the text: between the number and the multiplier or unit, or after a time unit:
//!   1年多), 来 after a round numeral (about: 十来年), 以上 (more than), 以下/以内 (up to),
//!   左右 (about), and after a time unit 内 (up to: 3年内). Durations drop 连续/时隔/历时
//!   before and 来/以来/间 after (连续8年, 5年来 → 8年, 5年); 前/后/之后 stay (78年后).
//!   预计, 平均 and 年均 are not qualifiers.
//! - **Subject** (the thing measured), only when a simple rule fires, never for durations
//!   or magnitude classes:
//!   1. the noun after a classifier (not after a measure unit such as 人, 元, %), when it
//!      runs, in two to eight characters, to the end of the clause or to a function word
//!      (3条党建经验, 9600多万名党员正成为…), and is not followed by 的;
//!   2. else the clause before the number, when the figure ends its clause or follows a
//!      copula (园区累计注册企业471家, 在孵企业达2268家), minus the copula, trailing adverbs
//!      (将, 均, 有望, 同比), a leading time word (今年, 目前) and a leading 实现/完成;
//!      X和Y分别达到A和B pairs X with A and Y with B.
//!
//!   Shares and comparisons (占全市的38%, 比上年同期增长15%) get none, and so do clauses with
//!   a pronoun, an aspect particle or a preposition inside, or ending in one (保持在).

use crate::numerals::{
    Numeral, NumeralKind, ascii_digit, multiplier_exponent, parse_number, parse_numeral,
};
use crate::types::{Approx, DateMention, Figure, NumeralForm, Span};
use crate::words::{Words, chars, words};

mod compound;
mod filters;
mod subjects;
mod units;

use compound::{compound_at, half_after};
use filters::{chinese_excluded, in_title, is_cjk};
use subjects::subjects;
use units::*;

impl Figure {
    /// Whether the figure is a span of time (5年来, 连续8年, 三年, 3个月): its unit is a
    /// unit of time.
    ///
    /// ```
    /// use baokan_extract::extract;
    /// let f = extract("5年来,园区累计注册企业471家。", None).figures;
    /// assert!(f[0].is_duration());
    /// assert!(!f[1].is_duration());
    /// ```
    pub fn is_duration(&self) -> bool {
        self.unit
            .as_deref()
            .is_some_and(|u| TIME_UNITS.contains(&u))
    }
}

/// The characters of the text with their byte offsets, and helpers to match at a position.
struct Chars<'t> {
    text: &'t str,
    cs: &'t [(usize, char)],
}

impl<'t> Chars<'t> {
    fn len(&self) -> usize {
        self.cs.len()
    }

    fn get(&self, i: usize) -> Option<char> {
        self.cs.get(i).map(|&(_, c)| c)
    }

    /// The character before `i`, if any.
    fn before(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.get(j))
    }

    fn byte(&self, i: usize) -> usize {
        self.cs.get(i).map_or(self.text.len(), |&(b, _)| b)
    }

    fn slice(&self, from: usize, to: usize) -> &'t str {
        &self.text[self.byte(from)..self.byte(to)]
    }

    /// Whether `s` starts at char `i`; returns its length in chars.
    fn at(&self, i: usize, s: &str) -> Option<usize> {
        let mut n = 0;
        for c in s.chars() {
            if self.get(i + n)? != c {
                return None;
            }
            n += 1;
        }
        Some(n)
    }

    /// Whether `s` ends just before char `i`; returns its length in chars.
    fn ends_before(&self, i: usize, s: &str) -> Option<usize> {
        let n = s.chars().count();
        let from = i.checked_sub(n)?;
        self.at(from, s)
    }

    /// The longest unit of `units` or of [`SHARED_UNITS`] starting at `i`.
    fn unit(&self, i: usize, units: &Words) -> Option<(&'static str, usize)> {
        let own = self.longest(i, units);
        let shared = self.longest(i, words!(SHARED_UNITS));
        match (own, shared) {
            (Some(a), Some(b)) => Some(if b.1 > a.1 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// The longest of `options` starting at `i`, with its length in chars.
    fn longest(&self, i: usize, options: &Words) -> Option<(&'static str, usize)> {
        if !options.may_start(self.get(i)?) {
            return None;
        }
        options
            .starting(&self.text[self.byte(i)..])
            .map(|w| (w.word, w.chars))
    }
}

fn is_digit(c: Option<char>) -> bool {
    c.and_then(ascii_digit).is_some()
}

#[inline]
fn is_chinese_numeral(c: Option<char>) -> bool {
    c.is_some_and(|c| chars!(CHINESE_NUMERALS).contains(c))
}

fn is_latin(c: Option<char>) -> bool {
    c.is_some_and(|c| {
        c.is_ascii_alphabetic() || ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c)
    })
}

fn is_more(c: Option<char>) -> bool {
    matches!(c, Some('多' | '余'))
}

/// One number, with what belongs to it: 490多万 is 490 + 多 + 万.
#[derive(Debug, Clone)]
struct Num {
    start: usize,
    end: usize,
    value: f64,
    /// The upper end of a range written with adjacent numerals (十七八, 三五百).
    max: Option<f64>,
    /// The big multiplier applied (万, 亿, 万亿).
    big: Option<&'static str>,
    more: bool,
    /// 来 after a round numeral (十来年): about.
    about: bool,
    /// The numeral as written, without 多/余 or the multiplier.
    numeral: String,
}

fn big_of(m: &str) -> &'static str {
    if m.ends_with("万亿") {
        "万亿"
    } else if m.ends_with('亿') {
        "亿"
    } else {
        "万"
    }
}

/// An Arabic number at `i`, with 多/余 and a multiplier. `None` if `i` starts no number.
fn arabic_at(t: &Chars<'_>, i: usize) -> Option<Num> {
    let mut j = i;
    while is_digit(t.get(j)) {
        j += 1;
    }
    if j == i {
        return None;
    }
    let first_group = j;
    // 1,234,567: only groups of exactly three; the page's half-width commas are mostly
    // punctuation.
    while t.get(j) == Some(',')
        && (1..=3).all(|k| is_digit(t.get(j + k)))
        && !is_digit(t.get(j + 4))
    {
        j += 4;
    }
    if j == first_group {
        j = full_width_groups(t, i, j);
    }
    if matches!(t.get(j), Some('.' | '．')) && is_digit(t.get(j + 1)) {
        j += 1;
        while is_digit(t.get(j)) {
            j += 1;
        }
    }
    let numeral = t.slice(i, j).to_string();
    let mut end = j;
    let mut more = false;
    // 30来岁, 20来个: 来 after a round number, before a unit, is "about".
    let about = t.get(j) == Some('来')
        && numeral.ends_with('0')
        && t.unit(j + 1, words!(ARABIC_UNITS)).is_some();
    if about {
        end += 1;
    }
    if !about && is_more(t.get(end)) {
        more = true;
        end += 1;
    }
    let mut big = None;
    let mut exp = 0;
    if let Some((m, n)) = t.longest(end, words!(MULTIPLIERS)) {
        // 3千米 is three kilometres, not three thousand 米.
        if let Some(e) = multiplier_exponent(m) {
            exp = e;
            big = Some(big_of(m));
            end += n;
        }
    }
    if !more && big.is_some() && is_more(t.get(end)) {
        more = true;
        end += 1;
    }
    if more && big.is_none() && exp == 0 && t.unit(end, words!(ARABIC_UNITS)).is_none() {
        // 3多 with nothing after is not a number with 多.
        end -= 1;
        more = false;
    }
    let value = parse_number(&numeral)? * 10f64.powi(exp as i32);
    let value = if exp > 0 { tidy(value) } else { value };
    Some(Num {
        start: i,
        end,
        value,
        max: None,
        big,
        more,
        about,
        numeral,
    })
}

/// The end of 82，225.00元: digits grouped with full-width commas, which are far more often
/// punctuation. They group only when the first group has one to three digits (not
/// starting with 0), every later one exactly three, and the number then has a decimal
/// part or a unit of money (…元): the text can be one number only. Else `j`, the end of
/// the first group.
fn full_width_groups(t: &Chars<'_>, i: usize, j: usize) -> usize {
    if j - i > 3 || t.get(i).and_then(ascii_digit) == Some(0) {
        return j;
    }
    let mut k = j;
    while t.get(k) == Some('，') && (1..=3).all(|n| is_digit(t.get(k + n))) {
        k += 4;
    }
    let decimal = matches!(t.get(k), Some('.' | '．')) && is_digit(t.get(k + 1));
    // A count after the comma may be a second item of a list (分别为3，125人); an
    // amount of money written with cents or 元 is one number.
    let money = t
        .longest(k, words!(ARABIC_UNITS))
        .is_some_and(|(unit, _)| unit.ends_with('元'));
    let one_number = k > j && !is_digit(t.get(k)) && (decimal || money);
    if one_number { k } else { j }
}

/// Multiplying a decimal by a power of ten can land a hair off an integer (51.8 × 10⁴).
fn tidy(v: f64) -> f64 {
    let r = v.round();
    if (v - r).abs() < 1e-6 * v.abs().max(1.0) {
        r
    } else {
        v
    }
}

/// A Chinese numeral at `i` (the whole run of numeral characters), with 多/余 and a
/// trailing multiplier (一百多万). `Err(run_end)` when the run is no number.
fn chinese_at(t: &Chars<'_>, i: usize) -> Result<Num, usize> {
    let mut j = i;
    while is_chinese_numeral(t.get(j)) {
        j += 1;
    }
    let numeral = t.slice(i, j).to_string();
    let bare = bare_magnitude(t, i, &numeral);
    // Digits read one by one (二〇一九, 一二三) are years and codes, not counts.
    let Some(n) = parse_numeral(&numeral)
        .filter(|n| n.kind == NumeralKind::Number)
        .or(bare)
    else {
        return Err(j);
    };
    let (mut value, mut max) = (n.value, n.value_max);
    let mut end = j;
    let mut more = false;
    let mut about = false;
    let mut big = None;
    if (j - i > 1 || bare.is_some()) && matches!(t.before(j), Some('万' | '亿')) {
        big = Some(big_of(&numeral));
    }
    // 十来年, 二十来岁, 百来人: 来 after a round numeral is "about".
    // Only before a unit: 三十来自 is 30 and 来自.
    if t.get(end) == Some('来')
        && matches!(t.before(j), Some('十' | '百' | '千'))
        && t.unit(end + 1, words!(CHINESE_UNITS)).is_some()
    {
        about = true;
        end += 1;
    } else if is_more(t.get(end)) {
        more = true;
        end += 1;
        if let Some(m @ ("万" | "亿")) = t.longest(end, words!(&["万", "亿"])).map(|(m, _)| m) {
            let scale = if m == "万" { 1e4 } else { 1e8 };
            value *= scale;
            max = max.map(|v| v * scale);
            big = Some(big_of(m));
            end += 1;
        }
    }
    Ok(Num {
        start: i,
        end,
        value,
        max,
        big,
        more,
        about,
        numeral,
    })
}

/// A lone 百, 千 or 万 read as 100, 1000 or 10000 where the text makes it a quantity:
/// after a qualifier (近千件, 上万人, 超百家) or before 多/余 (百余种, 千多人). Elsewhere it
/// opens words (百姓, 千万不要, 万一) or idioms (百家争鸣).
fn bare_magnitude(t: &Chars<'_>, i: usize, numeral: &str) -> Option<Numeral> {
    let value = match numeral {
        "百" => 100.0,
        "千" => 1000.0,
        "万" => 10000.0,
        _ => return None,
    };
    let qualified = prefix_at(t, i).is_some() || t.before(i) == Some('上');
    (qualified || is_more(t.get(i + 1))).then(|| Numeral::new(value, NumeralKind::Number))
}

fn number_at(t: &Chars<'_>, i: usize, form: NumeralForm) -> Option<Num> {
    match form {
        NumeralForm::Arabic => arabic_at(t, i),
        NumeralForm::Chinese => chinese_at(t, i).ok(),
    }
}

/// A magnitude class at `i`: 百亿级, 千万级, 万亿级.
fn magnitude_at(t: &Chars<'_>, i: usize) -> Option<Figure> {
    if is_chinese_numeral(t.before(i)) || is_digit(t.before(i)) {
        return None;
    }
    let (m, n) = t.longest(
        i,
        words!(&["十万", "百万", "千万", "十亿", "百亿", "千亿", "万亿"]),
    )?;
    t.at(i + n, "级")?;
    let exp = multiplier_exponent(m)?;
    Some(Figure {
        span: Span::new(t.byte(i), t.byte(i + n + 1)),
        value: 10f64.powi(exp as i32),
        value_max: None,
        unit: None,
        multiplier: Some(big_of(m).to_string()),
        approx: None,
        numeral_form: NumeralForm::Chinese,
        subject: None,
    })
}

/// The qualifier that ends right before char `start` (超过, 约, 不到), unless its
/// character ends another word there (签约, 最近).
fn prefix_at(t: &Chars<'_>, start: usize) -> Option<Approx> {
    let (p, a) = PREFIXES
        .iter()
        .filter(|(p, _)| t.ends_before(start, p).is_some())
        .max_by_key(|(p, _)| p.chars().count())?;
    let n = p.chars().count();
    let shadowed = WORD_ENDINGS
        .iter()
        .any(|(q, before)| q == p && t.before(start - n).is_some_and(|c| before.contains(c)));
    (!shadowed).then_some(*a)
}

/// A fraction written with a slash after the Arabic number `n`: 1/4 → 0.25. Only a proper
/// fraction with a denominator up to 100, not inside a longer run of slashes (1/2/3, a
/// date or a path).
fn fraction_at(t: &Chars<'_>, n: &Num) -> Option<Figure> {
    if n.big.is_some() || n.more || t.get(n.end) != Some('/') || t.before(n.start) == Some('/') {
        return None;
    }
    let mut end = n.end + 1;
    while is_digit(t.get(end)) {
        end += 1;
    }
    if end == n.end + 1 || matches!(t.get(end), Some('/' | '.' | '．')) || is_latin(t.get(end)) {
        return None;
    }
    let below = parse_number(t.slice(n.end + 1, end))?;
    let ok = n.value.fract() == 0.0 && n.value > 0.0 && n.value < below && below <= 100.0;
    ok.then(|| Figure {
        span: Span::new(t.byte(n.start), t.byte(end)),
        value: n.value / below,
        value_max: None,
        unit: None,
        multiplier: None,
        approx: prefix_at(t, n.start),
        numeral_form: NumeralForm::Arabic,
        subject: None,
    })
}

/// Whether a Chinese numeral with 万 or 亿 counts something: a digit before the multiplier
/// (十四亿, 三千万), not 千万, 百万, 亿万 alone (adverbs and idioms).
fn counted_magnitude(n: &Num) -> bool {
    n.numeral
        .contains(['一', '二', '两', '三', '四', '五', '六', '七', '八', '九'])
}

/// A figure whose number starts at char `i`, or `None`.
/// The chars of an amount in 元, 角 and 分, banker's numerals included.
const MONEY_CHARS: &str = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟元圆角分整";

/// Banker's numerals, which open an amount (壹拾壹元整).
const BANKERS: &str = "壹贰叁肆伍陆柒捌玖";

/// An amount in 元 with 角, 分 or 整 after the 元 (三元五角, 一元五角六分, 壹拾壹元整),
/// read by [`parse_numeral`]; a plain 三元 is left to the other rules.
fn money_at(t: &Chars<'_>, i: usize) -> Option<Figure> {
    let mut j = i;
    while t.get(j).is_some_and(|c| MONEY_CHARS.contains(c)) {
        j += 1;
    }
    let yuan = (i..j).find(|&k| matches!(t.get(k), Some('元' | '圆')))?;
    // 数十元, 几元: vague, left to the other rules' filters.
    if t.before(i).is_some_and(|c| "几数".contains(c)) {
        return None;
    }
    (yuan + 2..=j).rev().find_map(|k| {
        let n = parse_numeral(t.slice(i, k)).filter(|n| n.kind == NumeralKind::Money)?;
        Some(Figure {
            span: Span::new(t.byte(i), t.byte(k)),
            value: n.value,
            value_max: None,
            unit: Some("元".to_string()),
            multiplier: None,
            approx: None,
            numeral_form: NumeralForm::Chinese,
            subject: None,
        })
    })
}

/// A Chinese numeral with a decimal point from `i` (十二点五), as its value (`None` when it
/// does not parse) and its end; `None` when no 点 stands between numerals there.
fn chinese_decimal_at(t: &Chars<'_>, i: usize) -> Option<(Option<f64>, usize)> {
    let mut j = i;
    let mut point = false;
    while is_chinese_numeral(t.get(j))
        || (t.get(j) == Some('点') && j > i && !point && is_chinese_numeral(t.get(j + 1)))
    {
        point |= t.get(j) == Some('点');
        j += 1;
    }
    point.then(|| {
        let n = parse_numeral(t.slice(i, j))
            .filter(|n| n.kind == NumeralKind::Number && n.value_max.is_none());
        (n.map(|n| n.value), j)
    })
}

fn figure_at(t: &Chars<'_>, i: usize, dates: &[DateMention]) -> Option<Figure> {
    if let Some(f) = money_at(t, i) {
        return Some(f);
    }
    // 百分之三十: a Chinese percentage.
    if let Some(k) = t.at(i, "百分之") {
        // 百分之百: the whole.
        let (value, max, end) =
            if t.get(i + k) == Some('百') && !is_chinese_numeral(t.get(i + k + 1)) {
                (100.0, None, i + k + 1)
            } else if let Some((value, end)) = chinese_decimal_at(t, i + k) {
                // 百分之十二点五: a decimal, read whole or not at all.
                (value?, None, end)
            } else {
                let n = chinese_at(t, i + k).ok()?;
                if n.more || n.big.is_some() {
                    return None;
                }
                (n.value, n.max, n.end)
            };
        return Some(Figure {
            span: Span::new(t.byte(i), t.byte(end)),
            value,
            value_max: max,
            unit: Some("%".to_string()),
            multiplier: None,
            approx: None,
            numeral_form: NumeralForm::Chinese,
            subject: None,
        });
    }
    let form = if is_digit(t.get(i)) {
        NumeralForm::Arabic
    } else {
        NumeralForm::Chinese
    };
    // A lone 一 or 二 (一个, 进一步) starts no figure: see `chinese_excluded`, which any
    // figure with this first numeral meets.
    if form == NumeralForm::Chinese
        && matches!(t.get(i), Some('一' | '二'))
        && !is_chinese_numeral(t.get(i + 1))
    {
        return None;
    }
    let units = if form == NumeralForm::Arabic {
        words!(ARABIC_UNITS)
    } else {
        words!(CHINESE_UNITS)
    };
    // Vague quantities: 数十亿, 几百, 好几千 (a numeral that opens with its unit after 数 or
    // 几) are no figures.
    if form == NumeralForm::Chinese
        && matches!(t.before(i), Some('数' | '几'))
        && matches!(t.get(i), Some('十' | '百' | '千' | '万' | '亿'))
    {
        return None;
    }
    let first = number_at(t, i, form)?;

    // A range: 3.2亿-3.5亿元, 2-3倍, 3%-5%, 三至五年.
    let mut last = first.clone();
    let mut low = first.value;
    let mut high = first.max;
    let u1 = t.unit(first.end, units);
    let sep = first.end + u1.map_or(0, |u| u.1);
    if !first.more
        && first.max.is_none()
        && t.get(sep).is_some_and(|c| RANGE_SEPARATORS.contains(c))
        && let Some(second) = number_at(t, sep + 1, form).or_else(|| {
            // 两岁至5岁: the two ends in different forms.
            let other = match form {
                NumeralForm::Arabic => NumeralForm::Chinese,
                NumeralForm::Chinese => NumeralForm::Arabic,
            };
            number_at(t, sep + 1, other).filter(|n| n.value > 1.0 || n.numeral != "一")
        })
    {
        let u2 = t.unit(second.end, units);
        let mut from = first.value;
        if first.big.is_none() && second.big.is_some() && u1.is_none() {
            // 3-5万元: the multiplier of the upper end applies to both.
            let exp = second.big.and_then(multiplier_exponent).unwrap_or(0);
            from = tidy(first.value * 10f64.powi(exp as i32));
        }
        let units_agree = u1.is_none() || u1.map(|u| u.0) == u2.map(|u| u.0);
        if units_agree && second.max.is_none() && second.value > from {
            low = from;
            high = Some(second.value);
            last = second;
        }
    }

    // No letters around an Arabic number (5G, G20, COVID-19) and no ordinal 第.
    if form == NumeralForm::Arabic {
        let before = t.before(first.start);
        let glued_before = is_latin(before)
            || (matches!(before, Some('-' | '.'))
                && is_latin(first.start.checked_sub(2).and_then(|k| t.get(k))));
        if glued_before || is_latin(t.get(last.end)) || before == Some('第') {
            return None;
        }
    }
    if in_title(t, first.start) {
        return None;
    }

    if form == NumeralForm::Arabic
        && high.is_none()
        && let Some(f) = fraction_at(t, &first)
    {
        return Some(f);
    }
    if high.is_none()
        && !in_title(t, first.start)
        && let Some((value, unit, end)) = compound_at(t, &first)
    {
        return Some(Figure {
            span: Span::new(t.byte(first.start), t.byte(end)),
            value,
            value_max: None,
            unit: Some(unit.to_string()),
            multiplier: None,
            approx: prefix_at(t, first.start),
            numeral_form: form,
            subject: None,
        });
    }

    let mut unit = t.unit(last.end, units);
    // 14亿人口: 人口 is a noun, the number stands alone.
    if unit.is_some_and(|(u, n)| u == "人" && t.get(last.end + n) == Some('口')) {
        unit = None;
    }
    let mut end = last.end;
    let mut more = first.more || last.more;
    // 3个多月, 两个多小时: 多 between 个 and the unit of time.
    if unit.is_some_and(|(u, _)| u == "个")
        && is_more(t.get(last.end + 1))
        && let Some((u, n)) = t.longest(last.end + 2, words!(&["小时", "月", "星期", "钟头"]))
    {
        unit = Some((
            match u {
                "小时" => "个小时",
                "月" => "个月",
                "星期" => "个星期",
                _ => "个钟头",
            },
            n + 2,
        ));
        more = true;
    }
    let mut unit_str = unit.map(|(u, _)| u);
    if let Some((u, n)) = unit {
        end += n;
        // Dates, not durations: 2018年, 2021-2025年, 80年代, 98年3月.
        if u == "年" && form == NumeralForm::Arabic {
            let four_digit = last.numeral.len() == 4 && last.big.is_none() && !last.more;
            let then_month = {
                let mut k = end;
                while is_digit(t.get(k)) {
                    k += 1;
                }
                k > end && t.get(k) == Some('月')
            };
            if four_digit || then_month || t.get(end) == Some('代') {
                return None;
            }
        }
        if u == "年" && form == NumeralForm::Chinese && t.get(end) == Some('代') {
            return None;
        }
        // 七八年 is as often the year 1978 as seven or eight years; 十七八年 is not.
        if u == "年"
            && first.max.is_some()
            && !first
                .numeral
                .contains(['十', '百', '千', '万', '亿', '廿', '卅'])
        {
            return None;
        }
    } else if last.big.is_none() || (form == NumeralForm::Chinese && !counted_magnitude(&last)) {
        // A bare number (2022世界5G大会) or a bare Chinese numeral (两委, 三农) is no figure;
        // one with 万 or 亿 is (4.5亿, 十四亿), but not 千万 (千万不要) or 亿万 (亿万农民).
        return None;
    }
    if form == NumeralForm::Chinese && chinese_excluded(t, &first, unit_str.unwrap_or(""), end) {
        return None;
    }

    // The numbers that make up a date the date finder found.
    let core = Span::new(t.byte(first.start), t.byte(last.end));
    if dates.iter().any(|d| d.span.overlaps(&core)) {
        return None;
    }

    // 三年半, 两个半小时.
    if high.is_none()
        && let Some(u) = unit_str
        && let Some((u, e)) = half_after(t, u, end)
    {
        low += 0.5;
        unit_str = Some(u);
        end = e;
    }

    // A currency before an amount in 元: 港币两千九百六十元 is 2960 港元.
    let mut start = first.start;
    // A temperature below zero: -4℃ (not the end of a range 2-4℃).
    if unit_str == Some("℃")
        && high.is_none()
        && matches!(t.before(start), Some('-' | '－'))
        && !is_digit(start.checked_sub(2).and_then(|k| t.get(k)))
    {
        start -= 1;
        low = -low;
    }
    if unit_str == Some("元")
        && let Some((word, unit)) = CURRENCIES
            .iter()
            .find(|(word, _)| t.ends_before(start, word).is_some())
    {
        start -= word.chars().count();
        unit_str = Some(unit);
    }

    // Qualifiers before the number set `approx` and stay out of the text, as do the
    // duration words around it (时隔两周, 5年来 → 两周, 5年).
    let mut approx = None;
    let is_time = unit_str.is_some_and(|u| TIME_UNITS.contains(&u));
    if let Some(a) = prefix_at(t, start) {
        approx = Some(a);
    }

    // Qualifiers after the unit: 多 after a unit of time stays in the text (1年多), the
    // others (以上, 左右, 内, 来) only set `approx`; 前 and 后 stay, for a relative time
    // (3年前) is not the span it counts.
    if is_time && !more && is_more(t.get(end)) {
        more = true;
        end += 1;
    }
    if let Some((_, a)) = SUFFIXES.iter().find(|(s, _)| t.at(end, s).is_some()) {
        approx = approx.or(Some(*a));
    } else if is_time {
        if t.get(end) == Some('内') {
            approx = approx.or(Some(Approx::UpTo));
        } else if let Some(s) = RELATIVE_SUFFIXES.iter().find(|s| t.at(end, s).is_some()) {
            end += s.chars().count();
        }
    }
    if more {
        approx = approx.or(Some(Approx::MoreThan));
    }
    if first.about || last.about {
        approx = approx.or(Some(Approx::About));
    }
    // 上万人, 上千件: 上 before a bare magnitude.
    if t.before(start) == Some('上') && first.numeral.chars().count() == 1 {
        approx = approx.or(Some(Approx::MoreThan));
    }

    Some(Figure {
        span: Span::new(t.byte(start), t.byte(end)),
        value: low,
        value_max: high,
        unit: unit_str.map(str::to_string),
        multiplier: last.big.or(first.big).map(str::to_string),
        approx,
        numeral_form: form,
        subject: None,
    })
}

/// Finds every figure in `text`, in text order. Numbers inside `dates` are skipped. `cs`
/// are the chars of `text` with their byte offsets.
pub(crate) fn find(text: &str, cs: &[(usize, char)], dates: &[DateMention]) -> Vec<Figure> {
    let t = Chars { text, cs };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let c = t.get(i);
        let starts_number = (is_digit(c) && !is_digit(t.before(i)))
            || (is_chinese_numeral(c) && !is_chinese_numeral(t.before(i)))
            || (c == Some('百') && t.at(i, "百分之").is_some())
            || c.is_some_and(|c| BANKERS.contains(c))
                && !t.before(i).is_some_and(|b| MONEY_CHARS.contains(b));
        if !starts_number {
            i += 1;
            continue;
        }
        let previous_end = out.last().map_or(0, |f: &Figure| f.span.end);
        if let Some(f) = magnitude_at(&t, i)
            .or_else(|| figure_at(&t, i, dates))
            .filter(|f| f.span.start >= previous_end)
        {
            let end = f.span.end;
            out.push(f);
            while t.byte(i) < end {
                i += 1;
            }
            continue;
        }
        // Skip the whole run: 十九大 must not be read again as 九大.
        let digit = is_digit(c);
        i += 1;
        while i < t.len()
            && if digit {
                is_digit(t.get(i))
            } else {
                is_chinese_numeral(t.get(i))
            }
        {
            i += 1;
        }
    }
    subjects(text, &mut out);
    out
}
