//! What a block of text looks like: a heading, a dateline, a continuation marker, a
//! subtitle, a byline, a list item or an ellipsis. Pure functions on one block's text,
//! written as general rules of the genre, never as positions on a particular page.

use std::ops::Range;

/// The longest heading, in chars. Section headings on news pages run 8–25 chars.
const MAX_HEADING_CHARS: usize = 36;

/// Chars that end a paragraph: sentence ends in both widths, closing quotes and
/// brackets, and a colon that introduces what follows.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '。' | '！'
            | '？'
            | '!'
            | '?'
            | '…'
            | '⋯'
            | '；'
            | ';'
            | '：'
            | ':'
            | '”'
            | '’'
            | '」'
            | '』'
            | '）'
            | ')'
            | '】'
            | '"'
            | '\''
    )
}

/// Punctuation that only occurs inside running text, never inside a heading.
fn is_clause_punct(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?' | '…' | '⋯'
    )
}

/// A heading: short, with no clause or sentence punctuation. It may end in a closing
/// quote (夯实新区发展“底盘”), and may hold a space between two halves. A line that
/// ends in a continued-on marker (党的十九大以来(下转第二版)) is running text cut by a
/// page break, however short.
pub(crate) fn is_heading_like(s: &str) -> bool {
    let n = s.chars().count();
    n > 0
        && n <= MAX_HEADING_CHARS
        && !s.starts_with("——")
        && !s.chars().any(is_clause_punct)
        && !is_bullet(s)
        && continued_to(s).is_none()
}

/// The text of a subtitle line (——…) after its dashes, as a byte offset into `s`.
pub(crate) fn subtitle_start(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("——")?;
    let body = rest.trim_start_matches(['—', ' ', '\u{3000}']);
    let ok = !body.is_empty()
        && body.chars().count() <= 2 * MAX_HEADING_CHARS
        && !body
            .chars()
            .any(|c| matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';'));
    ok.then(|| s.len() - body.len())
}

/// A byline: a short line naming reporters (新华社记者, 本报记者 王五, 通讯员 …).
pub(crate) fn is_byline(s: &str) -> bool {
    s.chars().count() <= 40
        && ["记者", "通讯员", "评论员", "撰稿"]
            .iter()
            .any(|k| s.contains(k))
        && !s
            .chars()
            .any(|c| matches!(c, '，' | ',' | '。' | '！' | '？' | '!' | '?' | '；' | ';'))
}

fn is_bullet(s: &str) -> bool {
    s.starts_with(['●', '•', '◆', '■', '▲', '★', '◎'])
}

/// A list item: a dash item (——全面提升…) or a bulleted one.
pub(crate) fn is_list_item(s: &str) -> bool {
    (s.starts_with("——") && s.chars().count() > 2) || (is_bullet(s) && s.chars().count() > 1)
}

/// An ellipsis standing alone: elided material.
pub(crate) fn is_ellipsis(s: &str) -> bool {
    let only_dots = s.chars().all(|c| matches!(c, '…' | '⋯'));
    (only_dots && !s.is_empty()) || (s.len() >= 3 && s.chars().all(|c| c == '.'))
}

/// A dateline's parts, as byte ranges into the text it was found in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DatelineParts {
    /// The whole dateline.
    pub(crate) span: Range<usize>,
    pub(crate) agency: Option<Range<usize>>,
    pub(crate) place: Option<Range<usize>>,
    pub(crate) month: u32,
    pub(crate) day: u32,
}

/// News agencies and papers that open datelines, longest first so that 人民日报 wins over 人民.
const AGENCIES: [&str; 10] = [
    "人民日报",
    "光明日报",
    "经济日报",
    "中国日报",
    "新华社",
    "中新社",
    "中新网",
    "人民网",
    "央视网",
    "本报",
];

/// A closing dateline standing alone in brackets: (新华社北京10月9日电).
pub(crate) fn closing_dateline(s: &str) -> Option<DatelineParts> {
    let open = s.strip_prefix(['(', '（'])?;
    let inner = open.strip_suffix([')', '）'])?;
    let offset = s.len() - open.len();
    let mut parts = dateline_body(inner, false)?;
    // A reporter may follow inside the brackets: （据新华社耶路撒冷电 记者陈文仙）.
    let tail = inner[parts.span.end..].trim_start();
    let reporter = tail.starts_with("记者") && tail.chars().count() <= 12;
    if !(tail.is_empty() || reporter) {
        return None;
    }
    shift(&mut parts, offset);
    parts.span = 0..s.len();
    Some(parts)
}

/// A leading dateline at the head of a paragraph: 新华社北京10月9日电（记者 …）….
pub(crate) fn leading_dateline(s: &str) -> Option<DatelineParts> {
    let parts = dateline_body(s, true)?;
    parts.agency.is_some().then_some(parts)
}

fn shift(p: &mut DatelineParts, by: usize) {
    let mv = |r: &Range<usize>| r.start + by..r.end + by;
    p.agency = p.agency.as_ref().map(mv);
    p.place = p.place.as_ref().map(mv);
}

/// `[据]agency? place? [M月D日](电|讯)` at the start of `s`: 新华社北京10月9日电,
/// 据新华社耶路撒冷电, 本报讯, 新华社电. A dateline without a date must name its agency
/// and end at a space, a bracket or the end of the text, so 新华社电视台 is no dateline.
fn dateline_body(s: &str, leading: bool) -> Option<DatelineParts> {
    let lead = if s.starts_with('据') {
        '据'.len_utf8()
    } else {
        0
    };
    let agency = AGENCIES
        .iter()
        .find(|a| s[lead..].starts_with(*a))
        .map(|a| lead..lead + a.len());
    if (leading || lead > 0) && agency.is_none() {
        return None;
    }
    let place_start = agency.as_ref().map_or(0, |a| a.end);
    let place_len: usize = s[place_start..]
        .chars()
        .take_while(|&c| c.is_alphabetic() && !matches!(c, '电' | '讯'))
        .map(char::len_utf8)
        .sum();
    let place_end = place_start + place_len;
    if s[..place_end].chars().count() > 16 {
        return None;
    }
    let mut rest = &s[place_end..];
    let (mut month, mut day) = (0, 0);
    if let Some((m, r)) = number(rest) {
        let r = r.strip_prefix('月')?;
        let (d, r) = number(r)?;
        rest = r.strip_prefix('日')?;
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        (month, day) = (m, d);
    }
    let rest = rest.strip_prefix(['电', '讯'])?;
    if month == 0 {
        let clean_end = rest
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '（' | '(' | '）' | ')'));
        if agency.is_none() || !clean_end {
            return None;
        }
    }
    let place = (place_start < place_end).then_some(place_start..place_end);
    Some(DatelineParts {
        span: 0..s.len() - rest.len(),
        agency,
        place,
        month,
        day,
    })
}

/// Leading ASCII or full-width digits as a number, and the rest.
fn number(s: &str) -> Option<(u32, &str)> {
    let mut value = 0u32;
    let mut used = 0;
    for c in s.chars() {
        let d = c
            .to_digit(10)
            .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32));
        match d {
            Some(d) if used < 4 => {
                value = value * 10 + d;
                used += c.len_utf8();
            }
            _ => break,
        }
    }
    (used > 0).then(|| (value, &s[used..]))
}

/// A continuation marker and the page inside it: (上接第一版) at the head of a block,
/// or (下转第二版) at its tail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MarkerParts {
    pub(crate) span: Range<usize>,
    pub(crate) page: Range<usize>,
}

pub(crate) fn continued_from(s: &str) -> Option<MarkerParts> {
    let after_open = s.strip_prefix(['(', '（'])?;
    let page_text = after_open.strip_prefix("上接")?;
    let close = page_text.find([')', '）'])?;
    let page_start = s.len() - page_text.len();
    let page = page_start..page_start + close;
    let close_len = page_text[close..].chars().next()?.len_utf8();
    looks_like_page(&s[page.clone()]).then(|| MarkerParts {
        span: 0..page.end + close_len,
        page,
    })
}

pub(crate) fn continued_to(s: &str) -> Option<MarkerParts> {
    let before_close = s.strip_suffix([')', '）'])?;
    let open = before_close.rfind(['(', '（'])?;
    let open_len = before_close[open..].chars().next()?.len_utf8();
    let inner = &before_close[open + open_len..];
    let page_text = inner.strip_prefix("下转")?;
    let page_start = before_close.len() - page_text.len();
    let page = page_start..before_close.len();
    looks_like_page(page_text).then_some(MarkerParts {
        span: open..s.len(),
        page,
    })
}

fn looks_like_page(p: &str) -> bool {
    !p.is_empty() && p.chars().count() <= 8 && (p.ends_with('版') || p.ends_with('页'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_short_lines_without_clause_punctuation() {
        assert!(is_heading_like("牢固树立大抓基层的鲜明导向"));
        assert!(is_heading_like("新产业新经济加速成长 夯实新区发展“底盘”"));
        assert!(!is_heading_like("蓬勃发展的高新技术企业,凝聚起哈尔滨新"));
        assert!(!is_heading_like("区高质量发展的新动能。"));
        assert!(!is_heading_like("——党的十九大以来党的基层组织建设工作总结"));
        assert!(!is_heading_like("党的十九大以来(下转第二版)"));
    }

    #[test]
    fn closing_dateline_parts() {
        let s = "(新华社北京10月9日电)";
        let d = closing_dateline(s).unwrap();
        assert_eq!(&s[d.agency.clone().unwrap()], "新华社");
        assert_eq!(&s[d.place.clone().unwrap()], "北京");
        assert_eq!((d.month, d.day), (10, 9));
        assert_eq!(d.span, 0..s.len());
        assert!(closing_dateline("（新华社北京１０月９日电）").is_some());
        assert!(closing_dateline("(上接第一版)").is_none());
        assert!(closing_dateline("(新华社北京13月9日电)").is_none());
    }

    #[test]
    fn leading_dateline_needs_an_agency() {
        let s = "新华社北京10月9日电（记者 王五）正文。";
        let d = leading_dateline(s).unwrap();
        assert_eq!(&s[d.span.clone()], "新华社北京10月9日电");
        assert!(leading_dateline("北京10月9日电 正文").is_none());
        let s = "据新华社耶路撒冷2月14日电 正文";
        let d = leading_dateline(s).unwrap();
        assert_eq!(&s[d.span.clone()], "据新华社耶路撒冷2月14日电");
        assert_eq!(&s[d.agency.clone().unwrap()], "新华社");
        let s = "新华社电\u{a0}\u{a0}（记者方问禹）天然清新";
        assert_eq!(&s[leading_dateline(s).unwrap().span], "新华社电");
        assert!(leading_dateline("新华社电视台报道").is_none());
        assert_eq!(leading_dateline("本报讯 记者").map(|d| d.day), Some(0));
        assert!(closing_dateline("（本报金边电）").is_some());
        assert!(closing_dateline("（据新华社耶路撒冷电   记者陈文仙）").is_some());
        assert!(closing_dateline("（作者为本报记者）").is_none());
    }

    #[test]
    fn continuation_markers() {
        let s = "(上接第一版)哈尔滨新区";
        let m = continued_from(s).unwrap();
        assert_eq!(&s[m.span.clone()], "(上接第一版)");
        assert_eq!(&s[m.page.clone()], "第一版");
        let t = "正文。（下转第二版）";
        let m = continued_to(t).unwrap();
        assert_eq!(&t[m.span.clone()], "（下转第二版）");
        assert_eq!(&t[m.page.clone()], "第二版");
        assert!(continued_from("(新华社北京10月9日电)").is_none());
    }

    #[test]
    fn kinds_of_short_blocks() {
        assert_eq!(subtitle_start("——党的十九大以来"), Some(6));
        assert!(subtitle_start("——全面提升党组织覆盖质量。各地边摸排").is_none());
        assert!(is_list_item("——全面提升党组织覆盖质量。"));
        assert!(is_ellipsis("……"));
        assert!(!is_ellipsis("……走村入户"));
        assert!(is_byline("新华社记者"));
        assert!(!is_byline("刘智良告诉记者,新区各项惠企政策先后落地"));
    }
}
