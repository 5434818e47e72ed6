//! Periods longer than a month: quarters and halves (一季度, 前三季度, 2018年第四季度,
//! 上半年) as spans of months, decades (上世纪80年代, 20世纪80年代, 80年代, 1980年代) and
//! centuries (20世纪, 21世纪初, 上世纪) as spans of years.

use baokan_pack::Date;

use super::narrative::Context;
use super::scan::{Scan, arabic_digit};
use super::{Anchor, Found, Point, year_of};
use crate::types::{Part, Precision, ResolvedBy};

/// A century as written: absolute (20世纪), or relative to the article's (上世纪 -1,
/// 本世纪 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Century {
    Abs(i32),
    Rel(i32),
}

impl Century {
    /// The first year of the century (20世纪 → 1900), and whether the article's date
    /// was needed.
    fn first_year(self, reference: Option<Date>) -> Option<(i32, bool)> {
        match self {
            Century::Abs(c) => Some(((c - 1) * 100, false)),
            Century::Rel(k) => reference.map(|r| ((r.year.div_euclid(100) + k) * 100, true)),
        }
    }
}

impl Scan<'_> {
    /// A century prefix at `i`: 上世纪, 上个世纪, 本世纪, 20世纪, 二十世纪.
    fn century(&self, i: usize) -> Option<(Century, usize)> {
        if self.before(i, "公元前") || self.before(i, "前") {
            return None;
        }
        for (word, k) in [("上个世纪", -1), ("上世纪", -1), ("本世纪", 0)] {
            if self.at(i, word) {
                return Some((Century::Rel(k), i + word.chars().count()));
            }
        }
        let (c, j, _) = self.small(i)?;
        ((1..=21).contains(&c) && self.at(j, "世纪")).then_some((Century::Abs(c as i32), j + 2))
    }

    /// A decade number and 年代 at `i` (80年代, 八十年代): the decade within its century
    /// and the index after 年代.
    fn decade(&self, i: usize) -> Option<(u32, usize)> {
        let (d, j, arabic) = self.small(i)?;
        // 00年代 has a leading zero that `small` reads as 0.
        let d = if arabic && d == 0 && self.ch(i) == Some('0') {
            0
        } else {
            d
        };
        (d % 10 == 0 && d < 100 && self.at(j, "年代")).then_some((d, j + 2))
    }

    /// A part after a decade or century: 初, 初期, 中期, 末, 末期, 后期, 中后期, 中叶.
    fn period_part(&self, j: usize) -> Option<(Part, usize)> {
        for (word, part) in [
            ("中后期", Part::Late),
            ("初期", Part::Early),
            ("前期", Part::Early),
            ("初叶", Part::Early),
            ("中期", Part::Middle),
            ("中叶", Part::Middle),
            ("末期", Part::Late),
            ("后期", Part::Late),
            ("末叶", Part::Late),
        ] {
            if self.at(j, word) {
                return Some((part, j + word.chars().count()));
            }
        }
        match self.ch(j)? {
            '初' if self.at_word(j, super::lists::list("chu_words")).is_none() => {
                Some((Part::Early, j + 1))
            }
            '末' => Some((Part::Late, j + 1)),
            _ => None,
        }
    }

    /// A decade or century, or a range of decades, at `i`.
    pub(super) fn decade_or_century(&self, i: usize, reference: Option<Date>) -> Option<Found> {
        // 1980年代
        if let Some((y, j, 4)) = self.arabic(i, 4)
            && self.at(j, "年代")
            && y % 10 == 0
            && (1000..=2100).contains(&y)
        {
            let y = y as i32;
            return Some(self.decade_found(j + 2, y, ResolvedBy::Explicit));
        }
        let (century, j) = match self.century(i) {
            Some((c, j)) => (Some(c), j),
            None => (None, i),
        };
        let (d, k, compact) = match self.decade(j) {
            Some((d, k)) => (d, k, false),
            None => match self.compact_decade(j) {
                Some((d, k)) => (d, k, true),
                None => return self.century_alone(century?, j, reference),
            },
        };
        // A bare decade (80年代) is the latest one that has begun by the article's date.
        let first = match century {
            Some(c) => c.first_year(reference).map(|(y, rel)| (y + d as i32, rel)),
            None => reference.map(|r| {
                let y = 2000 + d as i32;
                (if y <= r.year { y } else { y - 100 }, true)
            }),
        };
        let Some((first, relative)) = first else {
            return (!compact)
                .then(|| Found::plain(k, None, Precision::Decade, ResolvedBy::Unresolved));
        };
        // A range: 上世纪50年代至70年代, 60至70年代.
        if let Some(m) = self.connector(k) {
            let m = self.century(m).map_or(m, |(_, n)| n);
            if let Some((e, n)) = self.decade(m)
                && e > d
            {
                let mut f = self.decade_found(n, first, by(relative));
                f.until = Some((first - d as i32 + e as i32 + 9, 1, 1));
                return Some(f);
            }
        }
        (!compact).then(|| self.decade_found(k, first, by(relative)))
    }

    /// The first decade of 60至70年代, which shares the second's 年代: its number and
    /// the index after it.
    fn compact_decade(&self, j: usize) -> Option<(u32, usize)> {
        let (d, l, _) = self.small(j)?;
        let m = self.connector(l)?;
        self.decade(m)?;
        (d % 10 == 0 && d < 100).then_some((d, l))
    }

    /// A century without a decade (20世纪, 21世纪初, 上世纪).
    fn century_alone(&self, c: Century, j: usize, reference: Option<Date>) -> Option<Found> {
        let Some((first, relative)) = c.first_year(reference) else {
            return Some(Found::plain(
                j,
                None,
                Precision::Century,
                ResolvedBy::Unresolved,
            ));
        };
        let mut f = Found::plain(
            j,
            Some(((first, 1, 1), Some((first + 99, 1, 1)))),
            Precision::Century,
            by(relative),
        );
        if let Some((part, l)) = self.period_part(j) {
            f.part = Some(part);
            f.end = l;
        }
        Some(f)
    }

    fn decade_found(&self, j: usize, first: i32, by: ResolvedBy) -> Found {
        let mut f = Found::plain(
            j,
            Some(((first, 1, 1), Some((first + 9, 1, 1)))),
            Precision::Decade,
            by,
        );
        if let Some((part, l)) = self.period_part(j) {
            f.part = Some(part);
            f.end = l;
        }
        f
    }

    /// A quarter or half, with or without a year: 一季度, 第四季度, 前三季度, 上半年,
    /// 2018年第四季度, 今年上半年.
    pub(super) fn year_period(&self, i: usize, cx: &Context) -> Option<Found> {
        let (anchor, j) = match self.year(i) {
            Some((a, j)) => (Some(a), j),
            None => (None, i),
        };
        let (first, last, end) = self.months_of_period(j)?;
        // 前一季度, 上一季度, 每季度: a quarter counted from another, not a calendar one.
        if anchor.is_none()
            && self
                .prev(i)
                .is_some_and(|c| "前上下后每本这该同当".contains(c))
        {
            return None;
        }
        let year = match anchor {
            Some(a) => year_of(&Point::year_only(a), cx),
            None => cx.year_of_months(first, last),
        };
        let value = year.map(|(y, _)| ((y, first, 1), Some((y, last, 1))));
        let by = year.map_or(ResolvedBy::Unresolved, |(_, by)| by);
        let mut f = Found::plain(end, value, Precision::Month, by);
        if anchor.is_some_and(|a| a != Anchor::Nearest) {
            f.stated = Some(year.map(|(y, _)| (y, None)));
        }
        Some(f)
    }

    /// The months of a quarter or half at `j`: (first, last, index after).
    fn months_of_period(&self, j: usize) -> Option<(u32, u32, usize)> {
        if self.at(j, "上半年") {
            return Some((1, 6, j + 3));
        }
        if self.at(j, "下半年") {
            return Some((7, 12, j + 3));
        }
        // 前三季度, 前两个季度
        if self.ch(j) == Some('前') {
            let n = quarter_number(self.ch(j + 1)?)?;
            let k = if self.ch(j + 2) == Some('个') {
                j + 3
            } else {
                j + 2
            };
            return (self.at(k, "季度") && n >= 2).then_some((1, 3 * n, k + 2));
        }
        let k = if self.ch(j) == Some('第') { j + 1 } else { j };
        let q = quarter_number(self.ch(k)?)?;
        if self.ch(k).and_then(arabic_digit).is_some()
            && self.prev(k).and_then(arabic_digit).is_some()
        {
            return None;
        }
        self.at(k + 1, "季度").then_some((3 * q - 2, 3 * q, k + 3))
    }
}

fn quarter_number(c: char) -> Option<u32> {
    match c {
        '一' | '1' | '１' => Some(1),
        '二' | '两' | '2' | '２' => Some(2),
        '三' | '3' | '３' => Some(3),
        '四' | '4' | '４' => Some(4),
        _ => None,
    }
}

fn by(relative: bool) -> ResolvedBy {
    if relative {
        ResolvedBy::ArticleDate
    } else {
        ResolvedBy::Explicit
    }
}
