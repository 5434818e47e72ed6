//! Figures: quantities stated with a number (51.8万人, 3.2亿-3.5亿元, 60余万平方米,
//! 不低于10亿元, 五级, 5年来, 百亿级).
//!
//! A figure is a number followed by its unit or measure word, with the qualifiers around
//! it in the span (不低于10亿元, 60余万平方米, 50%以上, 时隔78年后, 3年内). The rules, in
//! the order they are applied:
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
//! - **Magnitude classes**: 百亿级 → 10¹⁰, multiplier 亿, no unit; 千万级, 万亿级.
//! - **Ranges**: 3.2亿-3.5亿元, 2-3倍, 三至五年, 3%-5%, with `-`, `—`, `～`, `至`, `到`; a
//!   multiplier on the upper end only (3-5万元) applies to both.
//! - **Qualifiers** (in the span): before the number 不低于/不少于/至少/最少 (at least),
//!   不超过/至多/最多/不到/不足 (up to), 超过/逾 (more than), 约/大约/近/接近/将近 (about);
//!   after it 多/余 (more than; between the number and the multiplier or unit, or after a
//!   time unit: 1年多), 以上 (more than), 以下/以内 (up to), 左右 (about), and after a time
//!   unit 内 (up to: 3年内). Durations take 连续/时隔/历时 before and 来/以来/后/之后/前/间
//!   after (连续8年, 时隔78年后, 5年来). 预计, 平均 and 年均 are not qualifiers.
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

use crate::numerals::{NumeralKind, ascii_digit, multiplier_exponent, parse_number, parse_numeral};
use crate::types::{Approx, DateMention, Figure, NumeralForm, Span};
use crate::words::{Words, chars, words};

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

/// Units after Arabic numbers; the longest one that matches wins (个月 over 个).
const ARABIC_UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "个小时",
    "个星期",
    "个月",
    "个",
    "%",
    "％",
    "‰",
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "公顷",
    "亩",
    "公里",
    "千米",
    "厘米",
    "毫米",
    "米",
    "千瓦时",
    "千瓦",
    "兆瓦",
    "吉瓦",
    "吨",
    "公斤",
    "千克",
    "克",
    "斤",
    "升",
    "美元",
    "欧元",
    "港元",
    "元",
    "人次",
    "人",
    "名",
    "家",
    "项",
    "条",
    "批",
    "所",
    "座",
    "户",
    "次",
    "场",
    "件",
    "台",
    "辆",
    "架",
    "艘",
    "套",
    "类",
    "种",
    "年级",
    "周年",
    "年",
    "级",
    "天",
    "周",
    "小时",
    "分钟",
    "秒",
    "岁",
    "届",
    "期",
    "轮",
    "篇",
    "部",
    "册",
    "位",
    "支",
    "处",
    "栋",
    "层",
    "颗",
    "只",
    "头",
    "棵",
    "株",
    "枚",
    "张",
    "份",
    "笔",
    "倍",
    "所",
    "间",
    "款",
    "本",
];

/// Classifiers after Chinese numerals: the counting ones. 届 (十九届: an ordinal), 台
/// (三台子), 层 and 点 (三点: a time) are left out.
const CHINESE_UNITS: &[&str] = &[
    "个百分点",
    "个小时",
    "个星期",
    "个方面",
    "个月",
    "个",
    "方面",
    "周年",
    "年",
    "小时",
    "分钟",
    "级",
    "大",
    "条",
    "项",
    "名",
    "家",
    "人",
    "倍",
    "次",
    "批",
    "种",
    "类",
    "所",
    "座",
    "位",
    "轮",
    "支",
    "件",
    "份",
    "场",
    "户",
    "岁",
    "天",
    "周",
    "张",
    "元",
    "吨",
    "米",
    "公里",
    "平方米",
    "亩",
];

const TIME_UNITS: &[&str] = &[
    "年",
    "个月",
    "天",
    "周",
    "个星期",
    "小时",
    "个小时",
    "分钟",
    "秒",
];

const CHINESE_NUMERALS: &str = "零〇一二两兩三四五六七八九十百千万亿廿卅";
const RANGE_SEPARATORS: &str = "-－—–～~至到";

const PREFIXES: &[(&str, Approx)] = &[
    ("不低于", Approx::AtLeast),
    ("不少于", Approx::AtLeast),
    ("至少", Approx::AtLeast),
    ("最少", Approx::AtLeast),
    ("不超过", Approx::UpTo),
    ("至多", Approx::UpTo),
    ("最多", Approx::UpTo),
    ("不到", Approx::UpTo),
    ("不足", Approx::UpTo),
    ("超过", Approx::MoreThan),
    ("逾", Approx::MoreThan),
    ("大约", Approx::About),
    ("接近", Approx::About),
    ("将近", Approx::About),
    ("约", Approx::About),
    ("近", Approx::About),
];
/// One-character qualifiers that also end common words, and the characters that then
/// precede them: 签约, 预约, 节约 …; 最近, 附近, 接近 ….
const WORD_ENDINGS: &[(&str, &str)] = &[
    ("约", "签预节制公合条履违特邀相婚集简契规"),
    ("近", "最附邻临靠接将亲贴走逼就远"),
];
const DURATION_PREFIXES: &[&str] = &["连续", "时隔", "历时"];
/// Currencies named before an amount in 元, and the unit the amount is then in.
const CURRENCIES: &[(&str, &str)] = &[("港币", "港元"), ("美金", "美元"), ("澳门币", "澳门元")];
const SUFFIXES: &[(&str, Approx)] = &[
    ("以上", Approx::MoreThan),
    ("以下", Approx::UpTo),
    ("以内", Approx::UpTo),
    ("左右", Approx::About),
];
const DURATION_SUFFIXES: &[&str] = &["以来", "之后", "来", "后", "前", "间"];

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
    /// The numeral as written, without 多/余 or the multiplier.
    numeral: String,
}

const MULTIPLIERS: &[&str] = &[
    "万亿", "千万", "百万", "十万", "千亿", "百亿", "十亿", "万", "亿",
];

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
    if is_more(t.get(end)) {
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
    if more && big.is_none() && exp == 0 && t.longest(end, words!(ARABIC_UNITS)).is_none() {
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
    // Digits read one by one (二〇一九, 一二三) are years and codes, not counts.
    let Some(n) = parse_numeral(&numeral).filter(|n| n.kind == NumeralKind::Number) else {
        return Err(j);
    };
    let (mut value, mut max) = (n.value, n.value_max);
    let mut end = j;
    let mut more = false;
    let mut big = None;
    if j - i > 1 && matches!(t.before(j), Some('万' | '亿')) {
        big = Some(big_of(&numeral));
    }
    if is_more(t.get(end)) {
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
        numeral,
    })
}

fn number_at(t: &Chars<'_>, i: usize, form: NumeralForm) -> Option<Num> {
    match form {
        NumeralForm::Arabic => arabic_at(t, i),
        NumeralForm::Chinese => chinese_at(t, i).ok(),
    }
}

/// Whether char `i` lies inside a 《…》 title.
fn in_title(t: &Chars<'_>, i: usize) -> bool {
    let before = &t.text[..t.byte(i)];
    match (before.rfind('《'), before.rfind('》')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The quotation “…” that opens right before char `start`, as (content start, content end).
fn quote_opening_at(t: &Chars<'_>, start: usize) -> Option<(usize, usize)> {
    if t.before(start) != Some('“') {
        return None;
    }
    let close = (start..t.len()).find(|&k| matches!(t.get(k), Some('”' | '“')))?;
    (t.get(close) == Some('”')).then_some((start, close))
}

/// Why a Chinese numeral plus classifier is not a count, if it is not.
fn chinese_excluded(t: &Chars<'_>, n: &Num, unit: &str, unit_end: usize) -> bool {
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
        || t.get(unit_end) == Some('半')
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

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
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

/// A figure whose number starts at char `i`, or `None`.
fn figure_at(t: &Chars<'_>, i: usize, dates: &[DateMention]) -> Option<Figure> {
    // 百分之三十: a Chinese percentage.
    if let Some(k) = t.at(i, "百分之") {
        // 百分之百: the whole.
        let (value, max, end) =
            if t.get(i + k) == Some('百') && !is_chinese_numeral(t.get(i + k + 1)) {
                (100.0, None, i + k + 1)
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
    let u1 = t.longest(first.end, units);
    let sep = first.end + u1.map_or(0, |u| u.1);
    if !first.more
        && first.max.is_none()
        && t.get(sep).is_some_and(|c| RANGE_SEPARATORS.contains(c))
        && let Some(second) = number_at(t, sep + 1, form)
    {
        let u2 = t.longest(second.end, units);
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

    let unit = t.longest(last.end, units);
    let mut end = last.end;
    let mut more = first.more || last.more;
    let unit_str = unit.map(|(u, _)| u);
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
    } else if form == NumeralForm::Chinese || last.big.is_none() {
        // A bare number (2022世界5G大会) or a bare Chinese numeral (两委, 三农) is no figure.
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

    // A currency before an amount in 元: 港币两千九百六十元 is 2960 港元.
    let mut start = first.start;
    let mut unit_str = unit_str;
    if unit_str == Some("元")
        && let Some((word, unit)) = CURRENCIES
            .iter()
            .find(|(word, _)| t.ends_before(start, word).is_some())
    {
        start -= word.chars().count();
        unit_str = Some(unit);
    }

    // Qualifiers before the number.
    let mut approx = None;
    let is_time = unit_str.is_some_and(|u| TIME_UNITS.contains(&u));
    if let Some((p, a)) = PREFIXES
        .iter()
        .filter(|(p, _)| t.ends_before(start, p).is_some())
        .max_by_key(|(p, _)| p.chars().count())
    {
        // 签约45家, 最近3年: the qualifier's character is the end of another word.
        let n = p.chars().count();
        let shadowed = WORD_ENDINGS
            .iter()
            .any(|(q, before)| q == p && t.before(start - n).is_some_and(|c| before.contains(c)));
        if !shadowed {
            approx = Some(*a);
            start -= n;
        }
    }
    if is_time
        && approx.is_none()
        && let Some(p) = DURATION_PREFIXES
            .iter()
            .find(|p| t.ends_before(start, p).is_some())
    {
        start -= p.chars().count();
    }

    // Qualifiers after the unit.
    if is_time && !more && is_more(t.get(end)) {
        more = true;
        end += 1;
    }
    if let Some((s, a)) = SUFFIXES.iter().find(|(s, _)| t.at(end, s).is_some()) {
        end += s.chars().count();
        approx = approx.or(Some(*a));
    } else if is_time {
        if t.get(end) == Some('内') {
            end += 1;
            approx = approx.or(Some(Approx::UpTo));
        } else if let Some(s) = DURATION_SUFFIXES.iter().find(|s| t.at(end, s).is_some()) {
            end += s.chars().count();
        }
    }
    if more {
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
            || (c == Some('百') && t.at(i, "百分之").is_some());
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

// ---------------------------------------------------------------------------------------
// Subjects
// ---------------------------------------------------------------------------------------

const CLAUSE_BREAKS: &str = ",，。；;：:！!？?、“”‘’\"()（）《》【】[]…— 　\n";

/// Classifiers a counted noun follows (3家企业党支部, 60个重大产业项目); measure units
/// (人, 元, %, 吨) are nouns themselves, so what follows them is a predicate.
const CLASSIFIERS: &[&str] = &[
    "个", "家", "名", "条", "项", "批", "所", "座", "户", "辆", "架", "艘", "套", "类", "种", "级",
    "大", "位", "支", "件", "场", "轮", "颗", "只", "头", "棵", "株", "枚", "张", "份", "笔", "栋",
    "处", "部", "篇", "本", "款", "间", "台",
];

/// Words that start a predicate, so a noun after a classifier ends before them.
const PREDICATE_STARTS: &[&str] = &[
    "正在", "已经", "先行", "先后", "将", "被", "把", "与", "和", "及", "的", "是", "在", "正",
];

/// Copulas and verbs of change between a subject and its number.
const COPULAS: &[&str] = &[
    "增加到",
    "增长到",
    "提高到",
    "提升到",
    "上升到",
    "下降到",
    "减少到",
    "达到",
    "增至",
    "降至",
    "升至",
    "突破",
    "增加",
    "增长",
    "提高",
    "提升",
    "下降",
    "减少",
    "达",
    "为",
    "是",
];

/// Adverbs and modal words between a subject and its copula.
const ADVERBS: &[&str] = &[
    "分别", "有望", "预计", "同比", "环比", "年均", "平均", "共计", "总计", "合计", "累计", "已经",
    "将", "均", "已", "共", "也", "还", "都", "再", "又",
];

/// Time words a clause may open with.
const TIME_WORDS: &[&str] = &[
    "截至目前",
    "目前",
    "当前",
    "现在",
    "今年",
    "去年",
    "明年",
    "近年来",
    "全年",
    "上半年",
    "下半年",
    "当年",
    "其中",
];

/// Verbs whose object is the amount itself (实现产值5亿元 → 产值).
const AMOUNT_VERBS: &[&str] = &["实现", "完成"];

/// Words that make a clause more than a plain noun phrase.
const NOT_PLAIN: &[&str] = &[
    "正在", "了", "过", "着", "把", "被", "对", "向", "从", "于", "的", "将", "我们", "你", "他",
    "她", "它", "这", "那",
];

/// Whether a clause has a pronoun 我 other than 我国, 我省 … (which name a place).
fn has_first_person(s: &str) -> bool {
    s.match_indices('我')
        .any(|(b, c)| !s[b + c.len()..].starts_with(['国', '省', '市', '区', '县', '州']))
}

fn subjects(text: &str, figures: &mut [Figure]) {
    let mut respectively: Vec<String> = Vec::new();
    let mut taken = 0usize;
    for k in 0..figures.len() {
        let f = &figures[k];
        // Durations and magnitude classes (百亿级) measure nothing nameable.
        if f.is_duration() || (f.unit.is_none() && f.numeral_form == NumeralForm::Chinese) {
            continue;
        }
        let previous_end = if k > 0 { figures[k - 1].span.end } else { 0 };
        let counted = f.unit.as_deref().is_none_or(|u| CLASSIFIERS.contains(&u));
        let after = if counted {
            following_noun(text, f.span.end)
        } else {
            None
        };
        let chunk_start = text[previous_end..f.span.start]
            .char_indices()
            .filter(|&(_, c)| CLAUSE_BREAKS.contains(c))
            .map(|(b, c)| previous_end + b + c.len_utf8())
            .next_back()
            .unwrap_or(previous_end);
        let chunk = &text[chunk_start..f.span.start];
        let next_in_list = matches!(chunk, "和" | "、" | "与" | "及") && taken < respectively.len();
        if !next_in_list {
            respectively.clear();
        }
        let subject = if next_in_list {
            taken += 1;
            Some(respectively[taken - 1].clone())
        } else if let Some(noun) = after {
            Some(noun)
        } else {
            let ends_clause = text[f.span.end..]
                .chars()
                .next()
                .is_none_or(|c| CLAUSE_BREAKS.contains(c));
            let (s, list) = preceding_subject(chunk, ends_clause);
            if let Some(list) = list {
                respectively = list;
                taken = 1;
            }
            s
        };
        figures[k].subject = subject;
    }
}

/// The noun after a classifier: 3条党建经验, → 党建经验.
fn following_noun(text: &str, end: usize) -> Option<String> {
    let rest = &text[end..];
    let mut stop = rest.len();
    for (b, c) in rest.char_indices() {
        if CLAUSE_BREAKS.contains(c) || !is_cjk(c) {
            stop = b;
            break;
        }
        let here = &rest[b..];
        if b > 0 && PREDICATE_STARTS.iter().any(|w| here.starts_with(w)) {
            // 正 opens 正式, 正常; 在 opens 在孵 only at the start.
            let word_inside =
                here.starts_with("正式") || here.starts_with("正常") || here.starts_with("正规");
            if !word_inside {
                stop = b;
                break;
            }
        }
    }
    let noun = &rest[..stop];
    let n = noun.chars().count();
    if !(2..=8).contains(&n) || PREDICATE_STARTS.iter().any(|w| noun.starts_with(w)) {
        return None;
    }
    // A noun that is followed by 的 modifies something else (22层的党建服务中心, 四级联动的).
    if rest[stop..].starts_with('的') {
        return None;
    }
    Some(noun.to_string())
}

/// The subject in the clause before a number, and the parts of an X和Y分别 list.
fn preceding_subject(chunk: &str, ends_clause: bool) -> (Option<String>, Option<Vec<String>>) {
    let mut s = chunk;
    // Shares and comparisons (占全市的38%, 比上年同期增长15%) have no plain subject.
    if s.is_empty() || s.starts_with(['占', '比', '较']) {
        return (None, None);
    }
    let mut copula = false;
    if let Some(c) = COPULAS.iter().find(|c| s.ends_with(*c)) {
        s = &s[..s.len() - c.len()];
        copula = true;
    }
    if !copula && !ends_clause {
        return (None, None);
    }
    let mut each = false;
    while let Some(a) = ADVERBS.iter().find(|a| s.ends_with(*a)) {
        each |= *a == "分别";
        s = &s[..s.len() - a.len()];
    }
    while let Some(w) = TIME_WORDS
        .iter()
        .chain(AMOUNT_VERBS)
        .find(|w| s.starts_with(*w))
    {
        s = &s[w.len()..];
    }
    let n = s.chars().count();
    // A clause that ends in a preposition (保持在1.3万亿斤以上) names no thing.
    if n == 0
        || n > 14
        || NOT_PLAIN.iter().any(|w| s.contains(w))
        || has_first_person(s)
        || ADVERBS.contains(&s)
        || s.ends_with(['在', '于', '到', '至', '给', '向', '往', '从'])
    {
        return (None, None);
    }
    if each {
        let parts: Vec<String> = s
            .split(['和', '与', '及', '、'])
            .map(str::to_string)
            .collect();
        if parts.len() > 1 && parts.iter().all(|p| !p.is_empty()) {
            return (Some(parts[0].clone()), Some(parts));
        }
    }
    (Some(s.to_string()), None)
}
