//! Dates: absolute (2018年11月6日, 2021年6月, 2014年, 二〇一八年十一月六日, 2019/04/19,
//! 20190307, 98年4月), relative to the article's date (今年8月, 明年, 上月底, 13日, 昨天上午),
//! narrated (同年7月, 12月 right after 1938年), periods (一季度, 上半年, 上世纪80年代,
//! 21世纪初), Chinese-calendar dates and festivals (正月十五, 腊月二十八, 2018年春节, 中秋节),
//! and ranges (2021年6月至12月, 2018—2020年, 9月21日至23日, 16日至18日).
//!
//! Conventions, since [`DateMention`] has one string per end:
//! - A season (1943年春) keeps the year as `iso` ("1943") with [`Precision::Season`] and
//!   the season in `season`; a part (年底, 5月底, 上旬) keeps the whole period as the
//!   value (去年5月底 → "2018-05") and the part in `part`.
//! - A date that opens a period (2018年以来, 2019年至今, 3月1日起) is the date part
//!   ("2018年", iso "2018"), with `open` saying how the period runs on
//!   ([`Open::Since`]: up to the article's date).
//! - Quarters and halves are spans of months (2018年第四季度 → 2018-10..2018-12);
//!   decades and centuries spans of years (上世纪80年代 → 1980..1989, 20世纪 →
//!   1900..1999), with their own precision.
//! - A month-day or month without a year takes the narrated year where the text tells
//!   a story of an earlier year (see [`Context`]), else the year that puts it nearest to
//!   the article's date (an article of 2023-01-05 reads 12月28日 as 2022-12-28).
//! - Chinese-calendar dates are converted to the Gregorian day they fall on
//!   ([`Calendar::Lunar`]); one whose year the text does not settle is `None`.
//! - Anything the text and the article's date do not settle has `iso` `None` and
//!   [`ResolvedBy::Unresolved`]; a guess is never made.
//!
//! Not dates: durations and counts (5年来, 连续8年, 时隔78年后, 3年内, 未来5年, 六年过去了,
//! 三四年), vague times (近年来, 当年, 日前, 如今), period anchors (党的十九大以来), customs
//! (每逢春节, 过年), figures of speech (领悟昨天) and clock times.

mod calendar;
mod festivals;
mod lists;
mod narrative;
mod periods;
mod scan;

pub use narrative::Context;

use baokan_pack::Date;

use self::calendar::{Ymd, add_days, iso};
use self::scan::{Scan, arabic_digit, cn_digit, is_han};
use crate::types::{Calendar, DateMention, Open, Part, Precision, ResolvedBy, Season, Span};
use crate::words::{CharSet, once};

/// Finds every date mention in `text`, in text order and without overlaps, and notes in
/// `cx` the years the text states for the paragraphs that follow.
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
pub(crate) fn find(text: &str, cs: &[(usize, char)], cx: &mut Context) -> Vec<DateMention> {
    cx.paragraph += 1;
    cx.sentence = 0;
    let scan = Scan {
        cs,
        len: text.len(),
    };
    let mut out = Vec::new();
    let mut i = 0;
    // Where the sentence of `i` starts, for the sentence-level rules; whether it speaks
    // of the future is read only when a date in it needs to know.
    let mut sentence_start = 0;
    let mut future_of = usize::MAX;
    while i < scan.cs.len() {
        if !scan.may_start(i) {
            if matches!(scan.ch(i), Some('。' | '！' | '？')) {
                cx.sentence += 1;
                sentence_start = i + 1;
            }
            i += 1;
            continue;
        }
        if future_of != sentence_start {
            future_of = sentence_start;
            cx.future = scan.speaks_of_the_future(sentence_start);
        }
        match scan.date_at(i, cx) {
            Some(found) => {
                match found.stated {
                    Some(Some((y, m))) => cx.state(y, m),
                    // A year the text names but nothing settles (今年, no article date):
                    // the story's year no longer holds.
                    Some(None) => cx.narrated = None,
                    None => {}
                }
                out.push(found.mention(&scan, i));
                i = found.end.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Where a date's year comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    /// Written: 2018年.
    Abs(i32),
    /// Written with two digits (98年4月): the century from the article's date.
    TwoDigit(u32),
    /// The reference year plus this many years: 今年 (0), 去年 (-1), 明年 (1).
    RelYear(i32),
    /// The reference month plus this many months: 本月 (0), 上月 (-1).
    RelMonth(i32),
    /// The narrated year plus this many years: 同年 (0), 次年 (1).
    Narrated(i32),
    /// Not written: the narrated year or the year nearest to the reference date.
    Nearest,
}

/// One end of a date as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Point {
    anchor: Anchor,
    month: Option<u32>,
    day: Option<u32>,
    season: Option<Season>,
    part: Option<Part>,
}

impl Point {
    fn year_only(anchor: Anchor) -> Point {
        Point {
            anchor,
            month: None,
            day: None,
            season: None,
            part: None,
        }
    }

    fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else if self.month.is_some() || matches!(self.anchor, Anchor::RelMonth(_)) {
            Precision::Month
        } else if self.season.is_some() {
            Precision::Season
        } else {
            Precision::Year
        }
    }
}

/// A date found at a position: its value and what the mention records.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    /// The index after the mention.
    end: usize,
    /// The start and end values, `None` when unresolved.
    start: Option<Ymd>,
    until: Option<Ymd>,
    precision: Precision,
    resolved_by: ResolvedBy,
    season: Option<Season>,
    part: Option<Part>,
    open: Option<Open>,
    calendar: Calendar,
    /// The year (and month) the text states here, for the dates after it; `Some(None)`
    /// when it names a year nothing settles.
    stated: Option<Option<(i32, Option<u32>)>>,
}

impl Found {
    /// A found date with no season, part, open end or statement.
    fn plain(
        end: usize,
        value: Option<(Ymd, Option<Ymd>)>,
        precision: Precision,
        by: ResolvedBy,
    ) -> Found {
        let by = if value.is_none() {
            ResolvedBy::Unresolved
        } else {
            by
        };
        Found {
            end,
            start: value.map(|v| v.0),
            until: value.and_then(|v| v.1),
            precision,
            resolved_by: by,
            season: None,
            part: None,
            open: None,
            calendar: Calendar::Gregorian,
            stated: None,
        }
    }

    fn mention(&self, scan: &Scan<'_>, i: usize) -> DateMention {
        // The end is written at the start's precision, or the year of a span of years.
        let end_precision = match self.precision {
            Precision::Decade | Precision::Century => Precision::Year,
            p => p,
        };
        DateMention {
            span: Span::new(scan.byte(i), scan.byte(self.end)),
            iso: self.start.map(|v| iso(v, self.precision)),
            iso_end: self
                .until
                .filter(|u| Some(*u) != self.start)
                .map(|v| iso(v, end_precision)),
            precision: self.precision,
            resolved_by: self.resolved_by,
            season: self.season,
            part: self.part,
            open: self.open,
            calendar: self.calendar,
        }
    }
}

/// The characters a date may start with; most characters of a text start none.
fn starts() -> &'static CharSet {
    once!(
        CharSet,
        CharSet::new(
            "〇○零一二三四五六七八九十廿两今去明前后本上下同次翌当正腊冬农大除昨第"
                .chars()
                .chain(festivals::first_chars())
        )
    )
}

impl Scan<'_> {
    /// Whether a date may start at `i`: a cheap test that rules out most positions. A
    /// digit may (2018年, 9月, 13日, 2019/04/19); a Chinese numeral with 年, 月, 季 or 世
    /// at most four characters on (二〇一八年, 十一月, 一季度, 二十世纪); the first character
    /// of a date word with its second (今年, 上月, 同年, 正月, 农历, 除夕, 昨天, 第四季度);
    /// the first characters of a festival's name.
    fn may_start(&self, i: usize) -> bool {
        let Some(c) = self.ch(i) else {
            return false;
        };
        if arabic_digit(c).is_some() {
            return self.digits_may_date(i);
        }
        // Most characters start nothing: one bit test says so.
        if !starts().contains(c) {
            return false;
        }
        let next = self.ch(i + 1);
        let word = match c {
            '今' | '去' | '明' | '前' | '后' => matches!(next, Some('年' | '天' | '日')),
            '本' | '上' | '下' => {
                matches!(
                    next,
                    Some('月' | '个' | '世' | '半' | '一' | '二' | '三' | '四')
                )
            }
            '同' | '次' | '翌' | '当' | '大' | '两' => next == Some('年'),
            '正' | '腊' | '冬' => next == Some('月'),
            '农' => next == Some('历'),
            '昨' => matches!(next, Some('天' | '日')),
            '第' => next.is_some_and(|n| "一二三四1234".contains(n)),
            _ => false,
        };
        if word {
            return true;
        }
        if cn_digit(c).is_some() || c == '十' || c == '廿' {
            return (1..=4).any(|k| matches!(self.ch(i + k), Some('年' | '月' | '季' | '世')));
        }
        festivals::first_chars_at(self, i)
    }

    /// Whether the run of digits at `i` may be (or start) a date: it starts there and
    /// what follows it is a date's (年, 月, 日, a separator, a range's connector, 多 of
    /// 10多年前), or it is eight digits long (20190307). Most numbers are figures (51.8万,
    /// 20%) and are passed over here.
    fn digits_may_date(&self, i: usize) -> bool {
        if self.prev(i).and_then(arabic_digit).is_some() {
            return false;
        }
        let mut j = i;
        while self.ch(j).and_then(arabic_digit).is_some() {
            j += 1;
        }
        j - i == 8 || self.at_any(j, "年月日号世季.．/-－—–~～〜至到多余")
    }

    /// The date at `i`, if one starts there.
    fn date_at(&self, i: usize, cx: &Context) -> Option<Found> {
        let c = self.ch(i)?;
        let digit = arabic_digit(c).is_some();
        let numeral = cn_digit(c).is_some() || matches!(c, '十' | '廿' | '两');
        if digit && let Some(f) = self.numeric(i) {
            return Some(f);
        }
        if (digit || numeral || matches!(c, '上' | '本'))
            && let Some(f) = self.decade_or_century(i, cx.reference)
        {
            return Some(self.with_open(f));
        }
        if !digit && let Some(f) = self.lunar_or_festival(i, None, cx) {
            return Some(f);
        }
        if matches!(c, '昨' | '今' | '明' | '前' | '后')
            && let Some(f) = self.relative_day(i, cx.reference)
        {
            return Some(f);
        }
        if (digit || numeral)
            && let Some(f) = self.years_from_now(i, cx)
        {
            return Some(f);
        }
        if let Some(f) = self.year_period(i, cx) {
            return Some(self.with_open(f));
        }
        if digit && let Some(f) = self.bare_day(i, cx) {
            return Some(self.with_open(f));
        }
        self.gregorian(i, cx)
    }

    /// Notes 以来, 至今 (up to the article's date) or 起 (onward) after a date, outside its
    /// span.
    fn with_open(&self, mut f: Found) -> Found {
        let j = f.end;
        if self.at(j, "以来") || (self.at(j, "至今") && !self.at_any(j + 2, "年天日后")) {
            f.open = Some(Open::Since);
        } else if (self.at(j, "起")
            && (self.ch(j + 1).is_none_or(|c| !is_han(c)) || self.at_any(j + 1, "实施执正生")))
            || self.at(j, "开始")
        {
            f.open = Some(Open::Onward);
        }
        f
    }

    /// A year: a four-digit number 1000–2100 or four Chinese digits followed by 年, a
    /// two-digit year where what follows makes it one (98年4月, 03年), or a relative or
    /// narrated year word. Returns the anchor and the index after 年.
    fn year(&self, i: usize) -> Option<(Anchor, usize)> {
        if let Some((y, j, n)) = self.arabic(i, 4) {
            if n == 4 {
                return (self.ch(j) == Some('年') && self.is_year(i, y, j))
                    .then_some((Anchor::Abs(y as i32), j + 1));
            }
            if n == 2 && self.ch(j) == Some('年') && self.two_digit_year(i, j) {
                return Some((Anchor::TwoDigit(y), j + 1));
            }
            return None;
        }
        if let Some(y) = self.cn_year_digits(i) {
            return (self.ch(i + 4) == Some('年') && self.is_year(i, y, i + 4))
                .then_some((Anchor::Abs(y as i32), i + 5));
        }
        if let Some(y) = self.cn_two_digit_year(i) {
            return Some((Anchor::TwoDigit(y), i + 3));
        }
        self.relative_year(i).or_else(|| self.narrated_year(i))
    }

    /// Whether the four digits at `i..j` (value `y`, 年 at `j`) are a calendar year.
    fn is_year(&self, i: usize, y: u32, j: usize) -> bool {
        (1000..=2100).contains(&y)
            // 近2000年, 长达1000年: a span of years; 1980年代: a decade.
            && !self.prev(i).is_some_and(|c| "近约达逾超".contains(c))
            && !self.at_any(j + 1, "代来")
    }

    /// Whether two Arabic digits and 年 at `i..=j` are a year: written with a leading
    /// zero (03年), or followed by a month (98年4月, 15年3月2日) or a part (15年底).
    fn two_digit_year(&self, i: usize, j: usize) -> bool {
        if self
            .prev(i)
            .is_some_and(|c| is_han(c) && "近约达逾超第前后过来".contains(c))
        {
            return false;
        }
        self.ch(i) == Some('0') || self.month(j + 1).is_some() || self.at_any(j + 1, "底末")
    }

    /// Two Chinese digits written one by one (九八年, 零三年, 九零年), not a pair of
    /// neighbours that counts years (三四年, 五六年).
    fn cn_two_digit_year(&self, i: usize) -> Option<u32> {
        if self
            .prev(i)
            .is_some_and(|c| cn_digit(c).is_some() || "十百千万几两第".contains(c))
        {
            return None;
        }
        let a = self.ch(i).and_then(cn_digit)?;
        let b = self.ch(i + 1).and_then(cn_digit)?;
        // 三五年: three to five years, an idiom like the neighbours.
        if self.ch(i + 2) != Some('年')
            || b == a + 1
            || (a, b) == (3, 5)
            || self.at_any(i + 3, "代来间级")
        {
            return None;
        }
        Some(a * 10 + b)
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
            -1 => !prev.is_some_and(|c| lists::has_char("qu_glue", c)),
            // 光明, 文明, 说明, 表明 … 年.
            1 => !prev.is_some_and(|c| lists::has_char("ming_glue", c)),
            // 前年, 后年 end many words (此后, 之前, 以后, 提前): only after a preposition.
            -2 | 2 => prev.is_none_or(|c| !is_han(c) || lists::has_char("before_relative", c)),
            _ => true,
        };
        clear.then_some((Anchor::RelYear(offset), i + 2))
    }

    /// 同年, 次年, 翌年, 当年 (this one only before a month: 当年 alone is vague). After
    /// 至 or 到 it counts from another date of the sentence (从前一年的6月至次年的5月), not
    /// from the story's year: no anchor the text settles.
    fn narrated_year(&self, i: usize) -> Option<(Anchor, usize)> {
        let offset = match (self.ch(i)?, self.ch(i + 1)?) {
            ('同', '年') => 0,
            ('次' | '翌', '年') => 1,
            ('当', '年') if self.month(i + 2).is_some() => 0,
            _ => return None,
        };
        // 共同年, 不同年龄: 同 ends another word.
        if self
            .prev(i)
            .is_some_and(|c| "共不相等协认赞如陪连".contains(c))
            || self.at_any(i + 2, "轻龄纪代华级")
        {
            return None;
        }
        if self.prev(i).is_some_and(|c| "至到的".contains(c)) {
            return Some((Anchor::Narrated(i32::MIN), i + 2));
        }
        Some((Anchor::Narrated(offset), i + 2))
    }

    /// 本月, 上月, 下月, 上个月, 下个月, after a non-word or a preposition.
    fn relative_month(&self, i: usize) -> Option<(Anchor, usize)> {
        if self
            .prev(i)
            .is_some_and(|c| is_han(c) && !lists::has_char("before_relative", c))
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

    /// A month number followed by 月 (and 份): (month, index after it, Arabic?).
    fn month(&self, i: usize) -> Option<(u32, usize, bool)> {
        let (m, j, arabic) = self.small(i)?;
        if !(1..=12).contains(&m) || self.ch(j) != Some('月') {
            return None;
        }
        let after = if self.ch(j + 1) == Some('份') {
            j + 2
        } else {
            j + 1
        };
        Some((m, after, arabic))
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

    /// A part of a month or year after index `j`: 初 (not 初到), 底, 末, 上旬, 中旬, 下旬.
    fn part(&self, j: usize, of_month: bool) -> Option<(Part, usize)> {
        if of_month {
            if self.at(j, "上旬") {
                return Some((Part::Early, j + 2));
            }
            if self.at(j, "中旬") {
                return Some((Part::Middle, j + 2));
            }
            if self.at(j, "下旬") {
                return Some((Part::Late, j + 2));
            }
        } else {
            if self.at(j, "岁末") || self.at(j, "岁尾") {
                return Some((Part::Late, j + 2));
            }
            if self.at(j, "岁初") {
                return Some((Part::Early, j + 2));
            }
        }
        match self.ch(j)? {
            '底' | '末' => Some((Part::Late, j + 1)),
            '初' if self.at_word(j, lists::list("chu_words")).is_none() => {
                Some((Part::Early, j + 1))
            }
            _ => None,
        }
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
    fn season(&self, j: usize) -> Option<(Season, usize)> {
        let season = match self.ch(j)? {
            '春' => Season::Spring,
            '夏' => Season::Summer,
            '秋' => Season::Autumn,
            '冬' => Season::Winter,
            _ => return None,
        };
        // 春节, 春运, 冬奥, 夏令营, 冬至 …: a word, not a season.
        if self
            .ch(j + 1)
            .is_some_and(|c| lists::has_char("season_words", c))
        {
            return None;
        }
        Some(if self.at_any(j + 1, "季天") {
            (season, j + 2)
        } else {
            (season, j + 1)
        })
    }

    /// A Gregorian date written at `i` without what may follow it: the point, a compact
    /// range end (6-8月), and the index after it.
    fn point(&self, i: usize) -> Option<(Point, Option<Point>, usize)> {
        // 2018—2020年
        if let Some((a, b, j)) = self.compact(i, 4, '年') {
            let (a, b) = (a as i32, b as i32);
            if (1000..=2100).contains(&a)
                && (1000..=2100).contains(&b)
                && self.is_year(i, a as u32, j - 1)
            {
                // 2018—2019年度: the name of a season of work, read whole.
                let j = if self.ch(j) == Some('度') { j + 1 } else { j };
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
                    let mut p = Point::year_only(anchor);
                    let mut j = j;
                    if let Some((part, k)) = self.part(j, true) {
                        p.part = Some(part);
                        j = k;
                    }
                    return Some((p, None, j));
                }
                (Anchor::Nearest, i)
            }
        };
        let with_year = anchor != Anchor::Nearest;
        let mk = |month, day| Point {
            month,
            day,
            ..Point::year_only(anchor)
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
                let mut p = mk(Some(m), None);
                let mut k = k;
                if let Some((part, l)) = self.part(k, true) {
                    p.part = Some(part);
                    k = l;
                }
                return Some((p, None, k));
            }
            return None;
        }
        if !with_year {
            return None;
        }
        if let Some((season, k)) = self.season(j) {
            return Some((
                Point {
                    season: Some(season),
                    ..mk(None, None)
                },
                None,
                k,
            ));
        }
        // 今年年底, 2018年底, 2018年岁末; 1979年初到 is 1979年 + 初到.
        let relative_word = matches!(anchor, Anchor::RelYear(_) | Anchor::Narrated(_));
        let at_part = if relative_word && self.ch(j) == Some('年') {
            self.part(j + 1, false)
        } else {
            None
        }
        .or_else(|| self.part(j, false));
        if let Some((part, k)) = at_part {
            return Some((
                Point {
                    part: Some(part),
                    ..mk(None, None)
                },
                None,
                k,
            ));
        }
        // 2018年度
        let j = if self.ch(j) == Some('度') { j + 1 } else { j };
        Some((mk(None, None), None, j))
    }

    /// What follows a date ending at `j`: a range end of the same precision.
    fn tail(&self, start: &Point, j: usize) -> Option<(Point, usize)> {
        if start.season.is_some()
            || start.part.is_some()
            || matches!(start.anchor, Anchor::RelMonth(_))
        {
            return None;
        }
        let k = self.connector(j)?;
        if let Some((end, None, l)) = self.point(k)
            && end.precision() == start.precision()
            && end.season.is_none()
            && end.part.is_none()
            && !matches!(end.anchor, Anchor::RelMonth(_))
        {
            return Some((end, l));
        }
        if start.day.is_some()
            && let Some((d, l)) = self.day(k)
        {
            return Some((
                Point {
                    day: Some(d),
                    ..Point::year_only(Anchor::Nearest)
                },
                l,
            ));
        }
        None
    }

    /// A Gregorian date, point or range, at `i`.
    fn gregorian(&self, i: usize, cx: &Context) -> Option<Found> {
        // 今年春节, 去年中秋节, 去年八月十五: the year of a festival or lunar date.
        if let Some((anchor, j)) = self.year(i)
            && let Some(f) = self.lunar_or_festival(j, Some((anchor, i)), cx)
        {
            return Some(f);
        }
        let (start, compact, j) = self.point(i)?;
        // 每年9月28日, 每年7、8月: a day of every year.
        if start.anchor == Anchor::Nearest && self.every_year_before(i) {
            return None;
        }
        let (tail, end) = match compact {
            Some(p) => (Some(p), j),
            None => match self.tail(&start, j) {
                Some((p, l)) => (Some(p), l),
                None => (None, j),
            },
        };
        let precision = start.precision();
        let (start, inferred) = match year_less_range(&start, tail.as_ref(), cx) {
            Some((p, by)) => (p, Some(by)),
            None => (start, None),
        };
        let (first, by) = match resolve(&start, cx)? {
            Some((v, by)) => (Some(v), by),
            None => (None, ResolvedBy::Unresolved),
        };
        let mut end_at = end;
        let until = match tail {
            None => None,
            Some(p) => match (first, resolve_end(&p, first, cx)) {
                (Some(a), Some(b)) if b > a => Some(b),
                // Unresolvable, but well formed.
                (None, _) => None,
                _ => {
                    end_at = j;
                    None
                }
            },
        };
        // A range states no one year for the dates after it.
        let stated = match start.anchor {
            _ if until.is_some() => None,
            Anchor::Abs(_) | Anchor::RelYear(_) | Anchor::Narrated(_) | Anchor::TwoDigit(_) => {
                Some(first.map(|v| (v.0, start.month)))
            }
            Anchor::Nearest if by == ResolvedBy::NarratedYear => {
                Some(first.map(|v| (v.0, start.month)))
            }
            _ => None,
        };
        // A year-less range whose year came from the article's date says so.
        let by = match inferred {
            Some(inferred) if by == ResolvedBy::Explicit => inferred,
            _ => by,
        };
        let mut f = Found::plain(end_at, first.map(|a| (a, until)), precision, by);
        f.season = start.season;
        f.part = start.part;
        f.stated = stated;
        Some(self.with_open(f))
    }

    /// Whether the sentence that starts at `i` speaks of what will be (将于, 计划, 预计).
    fn speaks_of_the_future(&self, i: usize) -> bool {
        let words = lists::list("future");
        let mut k = i;
        while let Some(c) = self.ch(k) {
            if matches!(c, '。' | '！' | '？') {
                return false;
            }
            if matches!(
                c,
                '将' | '计' | '预' | '拟' | '确' | '力' | '争' | '届' | '即'
            ) && self.at_word(k, words).is_some()
            {
                return true;
            }
            k += 1;
        }
        false
    }

    /// Whether 每年 or 每月 stands just before `i`, across a list of months (每年7、8月).
    fn every_year_before(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && i - j < 8 {
            if self.before(j, "每年") || self.before(j, "每月") {
                return true;
            }
            match self.prev(j) {
                Some(c)
                    if arabic_digit(c).is_some() || "、月和至到的旬上中下初底日".contains(c) =>
                {
                    j -= 1
                }
                _ => return false,
            }
        }
        false
    }

    /// A numeric date: 2019/04/19, 2019.9.6, 2019-05-27, 20190307.
    fn numeric(&self, i: usize) -> Option<Found> {
        let (y, j, n) = self.arabic_run(i)?;
        let (y, m, d, end) = if n == 8 {
            (y / 10000, y / 100 % 100, y % 100, j)
        } else if n == 4 {
            let sep = self.ch(j).filter(|c| "/.-".contains(*c))?;
            let (m, k) = self.digits(j + 1, 2)?;
            if self.ch(k) != Some(sep) {
                return None;
            }
            let (d, l) = self.digits(k + 1, 2)?;
            (y, m, d, l)
        } else {
            return None;
        };
        // Not inside a code or a longer run (2019-05-27-01, ABC20190307).
        if self
            .prev(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || "/.-".contains(c))
            || self
                .ch(end)
                .is_some_and(|c| c.is_ascii_alphanumeric() || "/-".contains(c))
            || !(1900..=2100).contains(&y)
        {
            return None;
        }
        let date = Date::new(y as i32, m, d)?;
        Some(Found::plain(
            end,
            Some(((date.year, date.month, date.day), None)),
            Precision::Day,
            ResolvedBy::Explicit,
        ))
    }

    /// A run of Arabic digits at `i` (4 or 8 long for a numeric date).
    fn arabic_run(&self, i: usize) -> Option<(u32, usize, usize)> {
        if self.prev(i).and_then(arabic_digit).is_some() {
            return None;
        }
        let (v, j) = self.digits(i, 8)?;
        matches!(j - i, 4 | 8).then_some((v, j, j - i))
    }

    /// 昨天, 今天, 明天, 前天, 后天 before a time of day (昨天上午); alone they are as often
    /// a figure of speech (领悟昨天, 今天的中国) as a day.
    fn relative_day(&self, i: usize, reference: Option<Date>) -> Option<Found> {
        let offset = match (self.ch(i)?, self.ch(i + 1)?) {
            ('昨', '天' | '日') => -1,
            ('今', '天' | '日') => 0,
            ('明', '天' | '日') => 1,
            ('前', '天') => -2,
            ('后', '天') => 2,
            _ => return None,
        };
        if self
            .prev(i)
            .is_some_and(|c| is_han(c) && !"在于从自至到和与及比较截".contains(c))
        {
            return None;
        }
        self.at_word(i + 2, lists::list("day_times"))?;
        let value = reference.and_then(|r| add_days(r, offset));
        Some(Found::plain(
            i + 2,
            value.map(|v| (v, None)),
            Precision::Day,
            ResolvedBy::ArticleDate,
        ))
    }

    /// N年前, N年后: the article's year less (or plus) N. A vague count (10多年前) and a
    /// count in a story of an earlier year, or after one (三年后, 他…), are unresolved:
    /// they count from the story's time, not the article's.
    fn years_from_now(&self, i: usize, cx: &Context) -> Option<Found> {
        let (n, j) = match self.arabic(i, 3) {
            Some((n, j, _)) => (n, j),
            None if self.ch(i) == Some('两')
                && self.prev(i).is_none_or(|c| cn_digit(c).is_none()) =>
            {
                (2, i + 1)
            }
            None => self.cn_small(i)?,
        };
        let (vague, j) = if self.at_any(j, "多余") {
            (true, j + 1)
        } else {
            (false, j)
        };
        let ago = if self.at(j, "年前") {
            true
        } else if self.at(j, "年后") {
            false
        } else {
            return None;
        };
        // 时隔78年后, 历经3年后: an interval; N年后 only opens a sentence (三年后，他…).
        if self.prev(i).is_some_and(|c| "隔经过历了".contains(c))
            || (!ago && self.prev(i).is_some_and(is_han))
        {
            return None;
        }
        // 3年前后: about three years; 2019年前: before a year.
        if n == 0
            || self.at(j + 2, "后")
            || self.ch(i).and_then(arabic_digit).is_some()
                && self.arabic(i, 3).is_some_and(|a| a.2 == 4)
        {
            return None;
        }
        let value = cx
            .reference
            .filter(|_| ago && !vague && cx.history().is_none())
            .map(|r| {
                let y = r.year - n as i32;
                ((y, 1, 1), None)
            });
        Some(Found::plain(
            j + 2,
            value,
            Precision::Year,
            ResolvedBy::ArticleDate,
        ))
    }

    /// A day without its month (13日, 16日至18日): the article's month, or the month the
    /// paragraph just stated.
    fn bare_day(&self, i: usize, cx: &Context) -> Option<Found> {
        let (d, j, n) = self.arabic(i, 2)?;
        if n == 0 || !(1..=31).contains(&d) || self.ch(j) != Some('日') {
            return None;
        }
        // 月13日 is a month-day; 3日游, 7日内, 工作日 are not days.
        if self
            .prev(i)
            .is_some_and(|c| c == '月' || c == '第' || c == '近')
            || self
                .ch(j + 1)
                .is_some_and(|c| lists::has_char("not_after_day", c))
            || self.at(j + 1, "电")
        {
            return None;
        }
        let mut end = j + 1;
        let mut last = None;
        if let Some(k) = self.connector(end)
            && let Some((e, l, _)) = self.arabic(k, 2)
            && self.ch(l) == Some('日')
            && e > d
            && e <= 31
        {
            last = Some(e);
            end = l + 1;
        }
        let value = cx.month_of(d).and_then(|(y, m, by)| {
            let start = (y, m, d);
            match last {
                Some(e) => Date::new(y, m, e).map(|_| ((start, Some((y, m, e))), by)),
                None => Some(((start, None), by)),
            }
        });
        let by = value.map_or(ResolvedBy::Unresolved, |v| v.1);
        Some(Found::plain(end, value.map(|v| v.0), Precision::Day, by))
    }
}

/// A year-less range (1—8月, 12月28日至1月3日) takes its year from its end, the
/// nearest to the reference: an article of October reads 1—8月 as this January to
/// August, not next year's. Any other start is `None`: it keeps its own anchor.
fn year_less_range(
    start: &Point,
    tail: Option<&Point>,
    cx: &Context,
) -> Option<(Point, ResolvedBy)> {
    if let (Anchor::Nearest, Some(end)) = (start.anchor, tail)
        && end.anchor == Anchor::Nearest
        && let Some(month) = end.month.or(start.month)
        && let Some((year, by)) = cx.year_of(month, end.day)
    {
        let from = (start.month, start.day);
        let to = (Some(month), end.day);
        let year = if from <= to { year } else { year - 1 };
        return Some((
            Point {
                anchor: Anchor::Abs(year),
                ..*start
            },
            by,
        ));
    }
    None
}

/// The year a point's anchor gives: `None` when nothing settles it.
fn year_of(p: &Point, cx: &Context) -> Option<(i32, ResolvedBy)> {
    let r = cx.reference;
    match p.anchor {
        Anchor::Abs(y) => Some((y, ResolvedBy::Explicit)),
        Anchor::TwoDigit(yy) => {
            let r = r?;
            let y = 2000 + yy as i32;
            if y <= r.year + 1 {
                Some((y, ResolvedBy::ArticleDate))
            } else if yy >= 30 {
                Some((1900 + yy as i32, ResolvedBy::ArticleDate))
            } else {
                None
            }
        }
        Anchor::RelYear(k) => r.map(|r| (r.year + k, ResolvedBy::ArticleDate)),
        Anchor::Narrated(k) => cx.narrated_year(k),
        Anchor::RelMonth(_) => r.map(|r| (r.year, ResolvedBy::ArticleDate)),
        Anchor::Nearest => cx.year_of(p.month.unwrap_or(1), p.day),
    }
}

/// The calendar value of a start point: `None` when the date cannot exist (2月30日),
/// `Some(None)` when nothing settles it.
fn resolve(p: &Point, cx: &Context) -> Option<Option<(Ymd, ResolvedBy)>> {
    let month = p.month.unwrap_or(1);
    let day = p.day.unwrap_or(1);
    // A date that cannot exist in any year (2月30日) is not a date.
    Date::new(2000, month, day)?;
    if let Anchor::RelMonth(k) = p.anchor {
        return Some(cx.reference.map(|r| {
            let n = r.year * 12 + r.month as i32 - 1 + k;
            (
                (n.div_euclid(12), n.rem_euclid(12) as u32 + 1, 1),
                ResolvedBy::ArticleDate,
            )
        }));
    }
    let Some((year, by)) = year_of(p, cx) else {
        return Some(None);
    };
    Some(Date::new(year, month, day).map(|d| ((d.year, d.month, d.day), by)))
}

/// The calendar value of a range end, which takes its missing parts from the start; a
/// year-less end that would fall before the start moves to the next year (12月28日至1月3日).
fn resolve_end(p: &Point, start: Option<Ymd>, cx: &Context) -> Option<Ymd> {
    let (sy, sm, _) = start?;
    let day = p.day.unwrap_or(1);
    if p.anchor == Anchor::Nearest {
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
            .find(|v| Some(*v) > start);
    }
    let (y, _) = year_of(p, cx)?;
    Date::new(y, p.month.unwrap_or(1), day).map(|d| (d.year, d.month, d.day))
}
