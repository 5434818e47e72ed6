//! The characters of a text as the date grammar reads them: numbers in Arabic digits
//! (full- or half-width) and Chinese numerals, month and day numbers, connectors.

/// The chars of a text with their byte offsets.
pub(super) struct Scan<'c> {
    pub(super) cs: &'c [(usize, char)],
    pub(super) len: usize,
}

/// What joins the two ends of a range.
const CONNECTORS: &[&str] = &["——", "至", "到", "-", "—", "～", "~", "－", "–", "〜"];

pub(super) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

pub(super) fn cn_digit(c: char) -> Option<u32> {
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

pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '〇')
}

impl Scan<'_> {
    pub(super) fn ch(&self, i: usize) -> Option<char> {
        self.cs.get(i).map(|c| c.1)
    }

    pub(super) fn prev(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.ch(j))
    }

    pub(super) fn byte(&self, i: usize) -> usize {
        self.cs.get(i).map_or(self.len, |c| c.0)
    }

    pub(super) fn at(&self, i: usize, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(k, c)| self.ch(i + k) == Some(c))
    }

    pub(super) fn at_any(&self, i: usize, set: &str) -> bool {
        self.ch(i).is_some_and(|c| set.contains(c))
    }

    /// The longest word of `words` at `i`, as the index after it.
    pub(super) fn at_word(&self, i: usize, words: &[&str]) -> Option<usize> {
        words
            .iter()
            .filter(|w| self.at(i, w))
            .map(|w| i + w.chars().count())
            .max()
    }

    /// Whether the text before `i` ends with `s`.
    pub(super) fn before(&self, i: usize, s: &str) -> bool {
        let n = s.chars().count();
        i >= n && self.at(i - n, s)
    }

    pub(super) fn connector(&self, i: usize) -> Option<usize> {
        CONNECTORS
            .iter()
            .find(|c| self.at(i, c))
            .map(|c| i + c.chars().count())
    }

    /// A whole run of at most `max` Arabic digits starting at `i` (not inside a longer
    /// number or a decimal): its value, the index after it and its length.
    pub(super) fn arabic(&self, i: usize, max: usize) -> Option<(u32, usize, usize)> {
        if self
            .prev(i)
            .is_some_and(|c| arabic_digit(c).is_some() || matches!(c, '.' | '．'))
        {
            return None;
        }
        let (v, j) = self.digits(i, max)?;
        if self.at_any(j, ".．") && self.ch(j + 1).and_then(arabic_digit).is_some() {
            return None;
        }
        Some((v, j, j - i))
    }

    /// The run of Arabic digits at `i` if it is 1 to `max` long: (value, index after).
    pub(super) fn digits(&self, i: usize, max: usize) -> Option<(u32, usize)> {
        let mut v = 0u32;
        let mut j = i;
        while let Some(d) = self.ch(j).and_then(arabic_digit) {
            if j - i == max {
                return None;
            }
            v = v * 10 + d;
            j += 1;
        }
        (j > i).then_some((v, j))
    }

    /// A Chinese numeral from 1 to 99 (一, 十, 十一, 二十, 二十一, 廿一), not inside a
    /// longer numeral.
    pub(super) fn cn_small(&self, i: usize) -> Option<(u32, usize)> {
        if self
            .prev(i)
            .is_some_and(|c| cn_digit(c).is_some() || "十百千万两几廿".contains(c))
        {
            return None;
        }
        let digit = |j: usize| self.ch(j).and_then(cn_digit).filter(|d| *d > 0);
        if self.ch(i) == Some('廿') {
            return Some(match digit(i + 1) {
                Some(d) => (20 + d, i + 2),
                None => (20, i + 1),
            });
        }
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
    pub(super) fn small(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, j, _)) = self.arabic(i, 2) {
            return Some((v, j, true));
        }
        self.cn_small(i).map(|(v, j)| (v, j, false))
    }

    /// Four Chinese digits (二〇一八) not inside a longer numeral.
    pub(super) fn cn_year_digits(&self, i: usize) -> Option<u32> {
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
        Some(y)
    }
}
