//! Dates: absolute (2018年11月6日, 2021年6月, 2014年, 1943年春, 二〇一八年十一月六日),
//! relative to the article's date (今年8月, 明年, 今年以来, 本月), month-days without a
//! year (9月21日), and ranges (2021年6月至12月, 2018—2020年, 9月21日至23日).
//!
//! Conventions, since [`DateMention`] has one string per end:
//! - A season (1943年春) keeps the year as `iso` ("1943") with [`Precision::Season`]; the
//!   season itself is in the span only.
//! - "Since" dates (今年以来, 2019年以来, 2019年至今) run to the reference date: `iso` is the
//!   start at its own precision, `iso_end` the reference day ("2022-10-09").
//!   `resolved_by` describes the start: 2019年以来 is [`ResolvedBy::Explicit`], 今年以来
//!   [`ResolvedBy::ArticleDate`].
//! - A month-day or month without a year (9月21日, 8月) takes the year that puts it
//!   nearest to the reference date (ties go to the earlier year), so an article of
//!   2023-01-05 reads 12月28日 as 2022-12-28.
//! - Without a reference date, anything that needs one has `iso` (and `iso_end`) `None`.
//!
//! Not dates: durations and counts (5年来, 连续8年, 时隔78年后, 3年内, 未来5年, 六年过去了):
//! only a four-digit year from 1000 to 2100 (or four Chinese digits, 二〇一八) followed
//! by 年 is a year, and a year glued to a name (2022世界5G大会) has no 年. Period anchors
//! (党的十九大以来) and vague times (近年来, 当年) are left out: they have no calendar value.

use crate::types::{DateMention, Precision, ResolvedBy, Span};
use crate::words::chars;
use baokan_pack::Date;

/// Finds every date mention in `text`, in text order and without overlaps. `reference`
/// is the article's date, which relative dates are resolved against.
///
/// ```
/// use baokan_extract::{extract, Date, Precision};
/// let d = extract("2021年6月至12月,今年8月,5年来", Date::new(2022, 10, 9)).dates;
/// assert_eq!(d.len(), 2);
/// assert_eq!((d[0].iso.as_deref(), d[0].iso_end.as_deref()), (Some("2021-06"), Some("2021-12")));
/// assert_eq!((d[1].iso.as_deref(), d[1].precision), (Some("2022-08"), Precision::Month));
/// ```
///
/// `cs` are the chars of `text` with their byte offsets.
pub(crate) fn find(text: &str, cs: &[(usize, char)], reference: Option<Date>) -> Vec<DateMention> {
    let scan = Scan {
        cs,
        len: text.len(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.cs.len() {
        if !scan.may_start(i) {
            i += 1;
            continue;
        }
        match scan.date_at(i, reference) {
            Some((mention, end)) => {
                out.push(mention);
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Where a point's year comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    /// Written: 2018年.
    Abs(i32),
    /// The reference year plus this many years: 今年 (0), 去年 (-1), 明年 (1).
    RelYear(i32),
    /// The reference month plus this many months: 本月 (0), 上月 (-1).
    RelMonth(i32),
    /// Not written: the year nearest to the reference date (9月21日).
    Nearest,
}

/// One end of a date as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Point {
    anchor: Anchor,
    month: Option<u32>,
    day: Option<u32>,
    season: bool,
}

impl Point {
    fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else if self.month.is_some() || matches!(self.anchor, Anchor::RelMonth(_)) {
            Precision::Month
        } else if self.season {
            Precision::Season
        } else {
            Precision::Year
        }
    }

    fn year_only(anchor: Anchor) -> Point {
        Point {
            anchor,
            month: None,
            day: None,
            season: false,
        }
    }
}

/// What follows the first point.
#[derive(Debug, Clone, Copy)]
enum Tail {
    None,
    /// A range end; missing parts are taken from the start.
    Range(Point),
    /// 以来, 至今: up to the reference date.
    UntilNow,
}

/// A resolved calendar value: year, and month and day at the precision's depth.
type Ymd = (i32, u32, u32);

struct Scan<'c> {
    cs: &'c [(usize, char)],
    len: usize,
}

const CONNECTORS: &[&str] = &["——", "至", "到", "-", "—", "～", "~", "－", "–", "〜"];

fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn cn_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '〇')
}

impl Scan<'_> {
    /// Whether a date may start at `i`; [`Scan::point`] finds none elsewhere. A cheap
    /// test that rules out most positions: a digit (2018年, 9月); a Chinese numeral with
    /// 年 or 月 at most four characters on (二〇一八年, 十一月); a relative year (今年, 去年,
    /// 明年, 前年, 后年) or month (本月, 上月, 下个月).
    fn may_start(&self, i: usize) -> bool {
        let Some(c) = self.ch(i) else {
            return false;
        };
        if arabic_digit(c).is_some() {
            return true;
        }
        // Most characters start nothing: one bit test says so.
        if !chars!("〇○零一二三四五六七八九十今去明前后本上下").contains(c) {
            return false;
        }
        match c {
            '今' | '去' | '明' | '前' | '后' => self.ch(i + 1) == Some('年'),
            '本' | '上' | '下' => self.ch(i + 1) == Some('月') || self.at(i + 1, "个月"),
            _ if cn_digit(c).is_some() || c == '十' => {
                (1..=4).any(|k| matches!(self.ch(i + k), Some('年' | '月')))
            }
            _ => false,
        }
    }

    fn ch(&self, i: usize) -> Option<char> {
        self.cs.get(i).map(|c| c.1)
    }

    fn prev(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.ch(j))
    }

    fn byte(&self, i: usize) -> usize {
        self.cs.get(i).map_or(self.len, |c| c.0)
    }

    fn at(&self, i: usize, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(k, c)| self.ch(i + k) == Some(c))
    }

    fn at_any(&self, i: usize, set: &str) -> bool {
        self.ch(i).is_some_and(|c| set.contains(c))
    }

    fn connector(&self, i: usize) -> Option<usize> {
        CONNECTORS
            .iter()
            .find(|c| self.at(i, c))
            .map(|c| i + c.chars().count())
    }

    /// A whole run of at most `max` Arabic digits starting at `i` (not inside a longer
    /// number or a decimal): its value and the index after it.
    fn arabic(&self, i: usize, max: usize) -> Option<(u32, usize, usize)> {
        if self
            .prev(i)
            .is_some_and(|c| arabic_digit(c).is_some() || matches!(c, '.' | '．'))
        {
            return None;
        }
        let mut v = 0u32;
        let mut j = i;
        while let Some(d) = self.ch(j).and_then(arabic_digit) {
            if j - i == max {
                return None;
            }
            v = v * 10 + d;
            j += 1;
        }
        if j == i || (self.at_any(j, ".．") && self.ch(j + 1).and_then(arabic_digit).is_some()) {
            return None;
        }
        Some((v, j, j - i))
    }

    /// A Chinese numeral from 1 to 99 (一, 十, 十一, 二十, 二十一), not inside a longer numeral.
    fn cn_small(&self, i: usize) -> Option<(u32, usize)> {
        if self
            .prev(i)
            .is_some_and(|c| cn_digit(c).is_some() || "十百千万两几".contains(c))
        {
            return None;
        }
        let digit = |j: usize| self.ch(j).and_then(cn_digit).filter(|d| *d > 0);
        if self.ch(i) == Some('十') {
            return Some(match digit(i + 1) {
                Some(d) => (10 + d, i + 2),
                None => (10, i + 1),
            });
        }
        let d = digit(i)?;
        if self.ch(i + 1) == Some('十') {
            return Some(match digit(i + 2) {
                Some(e) => (10 * d + e, i + 3),
                None => (10 * d, i + 2),
            });
        }
        Some((d, i + 1))
    }

    /// A number for a month or day: 1–2 Arabic digits or a small Chinese numeral.
    /// Returns (value, next index, whether it is Arabic).
    fn small(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, j, _)) = self.arabic(i, 2) {
            return Some((v, j, true));
        }
        self.cn_small(i).map(|(v, j)| (v, j, false))
    }

    /// A year: a four-digit number 1000–2100 or four Chinese digits followed by 年, or a
    /// relative year word. Returns the anchor and the index after 年.
    fn year(&self, i: usize) -> Option<(Anchor, usize)> {
        if let Some((y, j, 4)) = self.arabic(i, 4) {
            return (self.ch(j) == Some('年') && self.is_year(i, y, j))
                .then_some((Anchor::Abs(y as i32), j + 1));
        }
        if let Some(y) = self.cn_year(i) {
            return self
                .is_year(i, y, i + 4)
                .then_some((Anchor::Abs(y as i32), i + 5));
        }
        self.relative_year(i)
    }

    /// Whether the four digits at `i..j` (value `y`, 年 at `j`) are a calendar year.
    fn is_year(&self, i: usize, y: u32, j: usize) -> bool {
        (1000..=2100).contains(&y)
            // 近2000年, 长达1000年: a span of years; 1980年代: a decade.
            && !self.prev(i).is_some_and(|c| "近约达逾超".contains(c))
            && !self.at_any(j + 1, "代来")
    }

    fn cn_year(&self, i: usize) -> Option<u32> {
        if self
            .prev(i)
            .is_some_and(|c| cn_digit(c).is_some() || "十百千万".contains(c))
        {
            return None;
        }
        let mut y = 0;
        for k in 0..4 {
            y = y * 10 + self.ch(i + k).and_then(cn_digit)?;
        }
        (self.ch(i + 4) == Some('年')).then_some(y)
    }

    fn relative_year(&self, i: usize) -> Option<(Anchor, usize)> {
        let offset = match (self.ch(i)?, self.ch(i + 1)?) {
            ('今', '年') => 0,
            ('去', '年') => -1,
            ('明', '年') => 1,
            ('前', '年') => -2,
            ('后', '年') => 2,
            _ => return None,
        };
        // 年轻, 年龄, 年纪, 年代, 年华: the 年 starts another word; so does 年均 after
        // 至今, 如今 (至今年均增长).
        if self.at_any(i + 2, "轻龄纪代华")
            || (self.at_any(i + 2, "均") && self.prev(i).is_some_and(|c| "如至迄当古".contains(c)))
        {
            return None;
        }
        let prev = self.prev(i);
        let clear = match offset {
            // 过去年, 失去年, 除去年: 去 ends another word.
            -1 => !prev.is_some_and(|c| "过失除离退褪逝死回出进上下送拿".contains(c)),
            // 光明, 文明, 说明, 表明 … 年.
            1 => !prev.is_some_and(|c| {
                "光文聪说表证发透分鲜英照清高开简精黎神严标声查阐指写注载申彰昌失".contains(c)
            }),
            // 前年, 后年 end many words (此后, 之前, 以后, 提前): only after a preposition.
            -2 | 2 => prev.is_none_or(|c| !is_han(c) || "在于从自至到和与及比较同截".contains(c)),
            _ => true,
        };
        clear.then_some((Anchor::RelYear(offset), i + 2))
    }

    /// 本月, 上月, 下月, 上个月, 下个月, after a non-word or a preposition.
    fn relative_month(&self, i: usize) -> Option<(Anchor, usize)> {
        if self
            .prev(i)
            .is_some_and(|c| is_han(c) && !"在于从自至到和与及比较同截".contains(c))
        {
            return None;
        }
        let (offset, len) = if self.at(i, "本月") {
            (0, 2)
        } else if self.at(i, "上月") {
            (-1, 2)
        } else if self.at(i, "下月") {
            (1, 2)
        } else if self.at(i, "上个月") {
            (-1, 3)
        } else if self.at(i, "下个月") {
            (1, 3)
        } else {
            return None;
        };
        (!self.at_any(i + len, "薪均票")).then_some((Anchor::RelMonth(offset), i + len))
    }

    /// A month number followed by 月: (month, index after 月, Arabic?).
    fn month(&self, i: usize) -> Option<(u32, usize, bool)> {
        let (m, j, arabic) = self.small(i)?;
        ((1..=12).contains(&m) && self.ch(j) == Some('月')).then_some((m, j + 1, arabic))
    }

    /// A day number followed by 日 or 号.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let (d, j, _) = self.small(i)?;
        let ok = (1..=31).contains(&d)
            && match self.ch(j) {
                Some('日') => true,
                Some('号') => !self.at_any(j + 1, "线楼院文令台机码召称"),
                _ => false,
            };
        ok.then_some((d, j + 1))
    }

    /// A compact range of Arabic numbers sharing one suffix: 2018—2020年, 6-8月, 21至23日.
    fn compact(&self, i: usize, digits: usize, suffix: char) -> Option<(u32, u32, usize)> {
        let (a, j, n) = self.arabic(i, digits)?;
        let k = self.connector(j)?;
        let (b, l, m) = self.arabic(k, digits)?;
        if digits == 4 && (n, m) != (4, 4) {
            return None;
        }
        (self.ch(l) == Some(suffix) && a < b).then_some((a, b, l + 1))
    }

    /// A season after a year: 春, 夏, 秋, 冬, optionally with 季 or 天.
    fn season(&self, j: usize) -> Option<usize> {
        if !self.at_any(j, "春夏秋冬") {
            return None;
        }
        // 春节, 春运, 冬奥, 夏令营, 冬至 …: a word, not a season.
        if self.at_any(j + 1, "节运耕播晚招茶联收粮种奥残训令泳储至") {
            return None;
        }
        Some(if self.at_any(j + 1, "季天") {
            j + 2
        } else {
            j + 1
        })
    }

    /// A date written at `i` without what may follow it: the point, a compact range end
    /// (6-8月), and the index after it.
    fn point(&self, i: usize) -> Option<(Point, Option<Point>, usize)> {
        // 2018—2020年
        if let Some((a, b, j)) = self.compact(i, 4, '年') {
            let (a, b) = (a as i32, b as i32);
            if (1000..=2100).contains(&a)
                && (1000..=2100).contains(&b)
                && self.is_year(i, a as u32, j - 1)
            {
                return Some((
                    Point::year_only(Anchor::Abs(a)),
                    Some(Point::year_only(Anchor::Abs(b))),
                    j,
                ));
            }
            return None;
        }
        let (anchor, j) = match self.year(i) {
            Some(y) => y,
            None => {
                if let Some((anchor, j)) = self.relative_month(i) {
                    return Some((
                        Point {
                            anchor,
                            month: None,
                            day: None,
                            season: false,
                        },
                        None,
                        j,
                    ));
                }
                (Anchor::Nearest, i)
            }
        };
        let with_year = anchor != Anchor::Nearest;
        let mk = |month, day| Point {
            anchor,
            month,
            day,
            season: false,
        };
        // 6-8月, 1—9月
        if let Some((a, b, k)) = self.compact(j, 2, '月')
            && (1..=12).contains(&a)
            && (1..=12).contains(&b)
        {
            return Some((
                mk(Some(a), None),
                Some(Point {
                    anchor: Anchor::Nearest,
                    ..mk(Some(b), None)
                }),
                k,
            ));
        }
        if let Some((m, k, arabic)) = self.month(j) {
            // 9月21—23日
            if let Some((a, b, l)) = self.compact(k, 2, '日')
                && (1..=31).contains(&a)
                && (1..=31).contains(&b)
            {
                let end = Point {
                    anchor: Anchor::Nearest,
                    ..mk(Some(m), Some(b))
                };
                return Some((mk(Some(m), Some(a)), Some(end), l));
            }
            if let Some((d, l)) = self.day(k) {
                return Some((mk(Some(m), Some(d)), None, l));
            }
            // A month alone needs its year, or Arabic digits and no sign of another word
            // (3月龄: an age; 13月薪 is not a month anyway).
            if with_year || (arabic && !self.at_any(k, "龄均薪")) {
                return Some((mk(Some(m), None), None, k));
            }
            return None;
        }
        if !with_year {
            return None;
        }
        if let Some(k) = self.season(j) {
            return Some((
                Point {
                    season: true,
                    ..mk(None, None)
                },
                None,
                k,
            ));
        }
        Some((mk(None, None), None, j))
    }

    /// What follows a date ending at `j`: a range end of the same precision, 以来, 至今.
    fn tail(&self, start: &Point, j: usize) -> (Tail, usize) {
        if self.at(j, "以来") {
            return (Tail::UntilNow, j + 2);
        }
        if self.at(j, "至今") && !self.at_any(j + 2, "年天日后") {
            return (Tail::UntilNow, j + 2);
        }
        if start.season || matches!(start.anchor, Anchor::RelMonth(_)) {
            return (Tail::None, j);
        }
        let Some(k) = self.connector(j) else {
            return (Tail::None, j);
        };
        if let Some((end, None, l)) = self.point(k)
            && end.precision() == start.precision()
            && !end.season
            && !matches!(end.anchor, Anchor::RelMonth(_))
        {
            return (Tail::Range(end), l);
        }
        if start.day.is_some()
            && let Some((d, l)) = self.day(k)
        {
            return (
                Tail::Range(Point {
                    anchor: Anchor::Nearest,
                    month: None,
                    day: Some(d),
                    season: false,
                }),
                l,
            );
        }
        (Tail::None, j)
    }

    fn date_at(&self, i: usize, reference: Option<Date>) -> Option<(DateMention, usize)> {
        let (start, compact, j) = self.point(i)?;
        let (tail, end) = match compact {
            Some(p) => (Tail::Range(p), j),
            None => self.tail(&start, j),
        };
        let precision = start.precision();
        let relative = !matches!(start.anchor, Anchor::Abs(_));
        let first = resolve(&year_less_range(&start, &tail, reference), reference, None)?;
        let resolved_by = if relative && first.is_none() {
            ResolvedBy::Unresolved
        } else if relative {
            ResolvedBy::ArticleDate
        } else {
            ResolvedBy::Explicit
        };
        let mut end_at = end;
        let iso_end = match tail {
            Tail::None => None,
            Tail::UntilNow => reference.map(|r| iso((r.year, r.month, r.day), Precision::Day)),
            Tail::Range(p) => match (first, resolve(&p, reference, first)) {
                (Some(a), Some(Some(b))) if b > a => Some(iso(b, precision)),
                // Unresolvable without a reference, but well formed.
                (None, Some(None)) => None,
                _ => {
                    end_at = j;
                    None
                }
            },
        };
        let mention = DateMention {
            span: Span::new(self.byte(i), self.byte(end_at)),
            iso: first.map(|f| iso(f, precision)),
            iso_end,
            precision,
            resolved_by,
        };
        Some((mention, end_at))
    }
}

/// A year-less range (1—8月, 12月28日至1月3日) takes its year from its end, the
/// nearest to the reference: an article of October reads 1—8月 as this January to
/// August, not next year's. Any other start is returned as it is.
fn year_less_range(start: &Point, tail: &Tail, reference: Option<Date>) -> Point {
    if let (Anchor::Nearest, Tail::Range(end), Some(r)) = (start.anchor, tail, reference)
        && end.anchor == Anchor::Nearest
        && let Some(month) = end.month.or(start.month)
        && let Some(year) = nearest_year(r, month, end.day)
    {
        let from = (start.month, start.day);
        let to = (Some(month), end.day);
        let year = if from <= to { year } else { year - 1 };
        return Point {
            anchor: Anchor::Abs(year),
            ..*start
        };
    }
    *start
}

/// The calendar value of a point. `Ok`-like nesting: `None` when the date cannot exist
/// (2月30日), `Some(None)` when it needs a reference date that is missing. A range end
/// (`start` given) takes its missing parts from the start, and a year-less end that
/// would fall before the start moves to the next year (12月28日至1月3日).
fn resolve(p: &Point, reference: Option<Date>, start: Option<Ymd>) -> Option<Option<Ymd>> {
    let month = p.month.unwrap_or(1);
    let day = p.day.unwrap_or(1);
    if let Some((sy, sm, _)) = start
        && p.anchor == Anchor::Nearest
    {
        // A day-only end (21日至23日) stays in the start's month.
        let years = if p.month.is_some() {
            sy..=sy + 1
        } else {
            sy..=sy
        };
        let m = p.month.unwrap_or(sm);
        return years
            .filter_map(|y| Date::new(y, m, day))
            .map(|d| (d.year, d.month, d.day))
            .find(|v| Some(*v) > start)
            .map(Some);
    }
    // A date that cannot exist in any year (2月30日) is not a date.
    Date::new(2000, month, day)?;
    let year = match (p.anchor, reference) {
        (Anchor::Abs(y), _) => y,
        (_, None) => return Some(None),
        (Anchor::RelYear(k), Some(r)) => r.year + k,
        (Anchor::RelMonth(k), Some(r)) => {
            let n = r.year * 12 + r.month as i32 - 1 + k;
            return Some(Some((n.div_euclid(12), n.rem_euclid(12) as u32 + 1, 1)));
        }
        (Anchor::Nearest, Some(r)) => nearest_year(r, month, p.day)?,
    };
    Date::new(year, month, day).map(|d| Some((d.year, d.month, d.day)))
}

/// The year that puts month-day (or month) nearest to `r`; ties go to the earlier year.
fn nearest_year(r: Date, month: u32, day: Option<u32>) -> Option<i32> {
    let here = days(r.year, r.month, r.day);
    (r.year - 1..=r.year + 1)
        .filter_map(|y| match day {
            Some(d) => Date::new(y, month, d).map(|_| ((days(y, month, d) - here).abs(), y)),
            None => Some((
                ((y * 12 + month as i32) - (r.year * 12 + r.month as i32)).abs() as i64,
                y,
            )),
        })
        .min()
        .map(|(_, y)| y)
}

/// Days since 1970-01-01 (proleptic Gregorian), for a day that may not exist (0 for
/// one that does not).
fn days(y: i32, m: u32, d: u32) -> i64 {
    Date::new(y, m, d).map_or(0, Date::days)
}

fn iso((y, m, d): Ymd, precision: Precision) -> String {
    match precision {
        Precision::Year | Precision::Season => format!("{y:04}"),
        Precision::Month => format!("{y:04}-{m:02}"),
        Precision::Day => format!("{y:04}-{m:02}-{d:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_from_the_epoch() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(days(2000, 3, 1) - days(2000, 2, 28), 2);
        assert_eq!(days(2023, 1, 1) - days(2022, 12, 31), 1);
    }

    #[test]
    fn nearest_year_crosses_the_year_boundary() {
        let r = Date::new(2023, 1, 5).unwrap();
        assert_eq!(nearest_year(r, 12, Some(28)), Some(2022));
        assert_eq!(nearest_year(r, 1, Some(3)), Some(2023));
        assert_eq!(
            nearest_year(Date::new(2022, 10, 9).unwrap(), 4, None),
            Some(2022)
        );
    }
}
