//! The article-file layout of newspaper archives: one article a file.
//!
//! Lines 1–3 are headline slots — kicker (引题), title (主题, often ending in a column tag
//! in full-width brackets) and subtitle (副题) — each blank when the paper had none.
//! From line 4 on, each indented line is one paragraph; short lines without closing
//! punctuation are in-body headings; credit lines (bylines, author notes, design and
//! chart lines, captions, closing datelines) sit among them. Whitespace-only lines
//! separate a lead from the text and are never paragraphs. A file of this layout has no
//! page breaks, so nothing is ever joined.

use std::ops::Range;

use crate::classify::{closing_dateline, is_ellipsis, is_list_item, leading_dateline};
use crate::credits::{byline_names, credit_kind, dateline_reporters, names_in, signature_name};
use crate::lines::RawLine;
use crate::model::{
    Article, Credit, CreditKind, Dateline, Located, Paragraph, ParagraphKind, Reporter, Section,
};
use crate::sentences::split_sentences;

/// The longest in-body heading, in chars.
const MAX_HEADING_CHARS: usize = 32;

/// The longest numbered heading (一、…, （二）…, 第三章…), in chars: such headings
/// can be whole clauses.
const MAX_NUMBERED_HEADING_CHARS: usize = 48;

/// A run of this many heading-like lines or more is verse or a list, not headings.
const VERSE_RUN: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Credit(CreditKind),
    Heading,
    Paragraph,
}

/// Reads one article file's lines.
pub(crate) fn articles(lines: &[RawLine<'_>]) -> Vec<Article> {
    let slot = |i: usize| lines.get(i).filter(|l| !l.is_blank()).map(RawLine::located);
    let mut a = Article {
        kicker: slot(0),
        title: slot(1),
        subtitle: slot(2).map(|s| {
            let body = s.text.trim_start_matches(['—', '-', ' ', '\u{3000}']);
            if body.is_empty() {
                s
            } else {
                s.tail(s.text.len() - body.len())
            }
        }),
        ..Article::default()
    };
    a.column = a.title.as_ref().and_then(|t| column(&t.text));
    let body: Vec<Located> = lines
        .iter()
        .skip(3)
        .filter(|l| !l.is_blank())
        .map(RawLine::located)
        .collect();
    let roles = roles(&body);
    for (loc, role) in body.into_iter().zip(roles) {
        match role {
            Role::Credit(kind) => credit(&mut a, kind, loc),
            Role::Heading => heading(&mut a, loc),
            Role::Paragraph => paragraph(&mut a, loc),
        }
    }
    if a.title.is_none() && a.kicker.is_none() && a.sections.is_empty() && a.credits.is_empty() {
        return Vec::new();
    }
    vec![a]
}

/// The column tag at the end of a title: 让村子发展有后劲（新春走基层·驻村干部这一年）.
fn column(title: &str) -> Option<Range<usize>> {
    let (open, close) = if title.ends_with('）') {
        ('（', '）')
    } else if title.ends_with(')') {
        ('(', ')')
    } else {
        return None;
    };
    let inner_end = title.len() - close.len_utf8();
    let open_at = title[..inner_end].rfind(open)?;
    let inner = open_at + open.len_utf8()..inner_end;
    let ok = open_at > 0 && !inner.is_empty() && !title[inner.clone()].contains([open, close]);
    ok.then_some(inner)
}

fn roles(body: &[Located]) -> Vec<Role> {
    let mut roles: Vec<Role> = body
        .iter()
        .map(|l| match credit_kind(&l.text) {
            Some(k) => Role::Credit(k),
            None if is_heading(&l.text) => Role::Heading,
            None => Role::Paragraph,
        })
        .collect();
    // A line ending in a dash heads text only when it leads into a heading below it
    // (扬长避短、化短为长，思路一变天地宽—— over 神州边陲联亚通欧，…).
    for i in (0..roles.len()).rev() {
        if roles[i] == Role::Paragraph
            && roles.get(i + 1) == Some(&Role::Heading)
            && body[i]
                .text
                .strip_suffix("——")
                .is_some_and(|head| is_heading(head) && !head.ends_with('—'))
        {
            roles[i] = Role::Heading;
        }
    }
    // A name alone after the text, before a credit, a heading or the end, signs it off.
    for i in 0..roles.len() {
        let after_text = i > 0 && roles[i - 1] == Role::Paragraph;
        let before_text = roles.get(i + 1) == Some(&Role::Paragraph);
        if roles[i] == Role::Heading
            && after_text
            && !before_text
            && signature_name(&body[i].text).is_some()
        {
            roles[i] = Role::Credit(CreditKind::Byline);
        }
    }
    // Runs of short unpunctuated lines are verse or lists: their lines are paragraphs.
    let mut i = 0;
    while i < roles.len() {
        let run = roles[i..]
            .iter()
            .take_while(|r| **r == Role::Heading)
            .count();
        if run >= VERSE_RUN {
            roles[i..i + run].fill(Role::Paragraph);
        }
        i += run.max(1);
    }
    // A heading heads text: one with no paragraph after it is a paragraph itself.
    let mut text_follows = false;
    for r in roles.iter_mut().rev() {
        match r {
            Role::Paragraph => text_follows = true,
            Role::Heading if !text_follows => *r = Role::Paragraph,
            _ => {}
        }
    }
    roles
}

/// An in-body heading: a short line with no sentence-final mark, mostly ideographs.
/// It may hold a comma or a colon (对账销号，主攻深度贫困地区), a marker (●…) or a tag
/// in brackets; a quoted heading ends in a closing quote with no mark before it.
fn is_heading(s: &str) -> bool {
    let n = s.chars().count();
    let limit = if is_numbered(s) {
        MAX_NUMBERED_HEADING_CHARS
    } else {
        MAX_HEADING_CHARS
    };
    if n == 0 || n > limit || is_ellipsis(s) || s.starts_with("——") {
        return false;
    }
    // A sentence, or a figure stated with a percentage (a box of key figures), is text.
    let figure_statement = s.contains(['%', '％']) && s.contains('，');
    if s.contains(['。', '；', ';']) || figure_statement {
        return false;
    }
    let mut rev = s.chars().rev();
    let last = rev.next().unwrap_or(' ');
    let closing_ok = match last {
        '”' | '’' | '」' => rev
            .next()
            .is_some_and(|c| !matches!(c, '。' | '！' | '？' | '…' | '，')),
        // A line ending in a dash leads into the next one; in reportage it is
        // running text far more often than a heading, so it is read as text.
        '—' | '，' | '、' | '：' | ':' | '！' | '!' | '？' | '?' | '…' | ',' => false,
        _ => true,
    };
    let letters: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let han = letters.iter().filter(|c| is_han(**c)).count();
    closing_ok && han >= 2 && 2 * han >= letters.len()
}

/// A numbered heading: 一、…, （二）…, 第三章 …, 1. ….
fn is_numbered(s: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let mut cs = s.chars();
    match cs.next() {
        Some('（' | '(') => cs.next().is_some_and(|c| NUMERALS.contains(c)),
        Some('第') => cs
            .next()
            .is_some_and(|c| NUMERALS.contains(c) || c.is_ascii_digit()),
        Some(c) if NUMERALS.contains(c) => cs.find(|c| !NUMERALS.contains(*c)) == Some('、'),
        _ => false,
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

fn credit(a: &mut Article, kind: CreditKind, loc: Located) {
    match kind {
        CreditKind::Byline => {
            let names = byline_names(&loc.text)
                .or_else(|| signature_name(&loc.text).map(|n| vec![n]))
                .unwrap_or_else(|| names_in(&loc.text, 0));
            add_reporters(a, &loc, names);
            if a.byline.is_none() {
                a.byline = Some(loc.clone());
            }
        }
        CreditKind::ClosingDateline => {
            if let Some(parts) = closing_dateline(&loc.text) {
                let inner_end = loc.text.len() - loc.text.chars().last().map_or(0, char::len_utf8);
                let tail_start = loc.text[..inner_end]
                    .find("记者")
                    .map(|at| at + "记者".len());
                if let Some(at) = tail_start {
                    let names = names_in(&loc.text[at..inner_end], at);
                    add_reporters(a, &loc, names);
                }
                if a.dateline.is_none() {
                    a.dateline = Some(Dateline {
                        text: loc.clone(),
                        standalone: true,
                        agency: parts.agency,
                        place: parts.place,
                        month: parts.month,
                        day: parts.day,
                    });
                }
            }
        }
        // （作者为…，本报记者刘旭霞整理）: the reporter who took it down.
        CreditKind::AuthorNote => {
            if let Some(at) = loc.text.rfind("记者") {
                let at = at + "记者".len();
                let names = names_in(&loc.text[at..], at);
                add_reporters(a, &loc, names);
            }
        }
        _ => {}
    }
    a.credits.push(Credit { kind, text: loc });
}

fn add_reporters(a: &mut Article, loc: &Located, names: Vec<(String, Range<usize>)>) {
    for (name, range) in names {
        if a.reporters.iter().all(|r| r.name != name) {
            a.reporters.push(Reporter {
                name,
                printed: loc.slice(range),
            });
        }
    }
}

fn heading(a: &mut Article, loc: Located) {
    match a.sections.last_mut() {
        Some(s) if s.paragraphs.is_empty() && s.heading.is_none() => s.heading = Some(loc),
        Some(s) if s.paragraphs.is_empty() && s.subheading.is_none() => s.subheading = Some(loc),
        _ => a.sections.push(Section {
            heading: Some(loc),
            ..Section::default()
        }),
    }
}

fn paragraph(a: &mut Article, loc: Located) {
    if let Some(parts) = leading_dateline(&loc.text) {
        let names = dateline_reporters(&loc.text, parts.span.end);
        add_reporters(a, &loc, names);
        if a.dateline.is_none() {
            a.dateline = Some(Dateline {
                text: loc.slice(parts.span.clone()),
                standalone: false,
                agency: parts.agency,
                place: parts.place,
                month: parts.month,
                day: parts.day,
            });
        }
    }
    let kind = if is_ellipsis(&loc.text) {
        ParagraphKind::Ellipsis
    } else if is_list_item(&loc.text) {
        ParagraphKind::ListItem
    } else {
        ParagraphKind::Body
    };
    let sentences = split_sentences(&loc.text);
    if a.sections.is_empty() {
        a.sections.push(Section::default());
    }
    if let Some(s) = a.sections.last_mut() {
        s.paragraphs.push(Paragraph {
            kind,
            pieces: vec![loc],
            sentences,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::raw_lines;

    fn read(text: &str) -> Article {
        articles(&raw_lines(text)).remove(0)
    }

    #[test]
    fn headline_slots_and_column() {
        let a = read(
            "山东菏泽市夹河赵村第一书记姜浩成\r\n让村子发展有后劲（新春走基层·驻村干部这一年）\r\n\r\n\u{3000}\u{3000}春节前夕，他决定开会。\r\n",
        );
        assert_eq!(a.kicker.unwrap().text, "山东菏泽市夹河赵村第一书记姜浩成");
        let t = a.title.unwrap();
        assert_eq!(&t.text[a.column.unwrap()], "新春走基层·驻村干部这一年");
        assert_eq!(a.subtitle, None);
        assert_eq!(a.sections[0].paragraphs.len(), 1);
    }

    #[test]
    fn headings_bylines_credits_and_reporters() {
        let a = read(concat!(
            "\r\n2019春运一线\r\n\r\n",
            "\u{3000}\u{3000}能帮就帮\r\n",
            "\u{3000}\u{3000}服务台为旅客解忧\r\n",
            "\u{3000}\u{3000}本报记者\u{a0}郑少忠\u{a0}任江华\r\n",
            "\u{3000}\u{3000}春节假期，他们依旧坚守岗位。\r\n",
            "\u{3000}\u{3000}\u{3000}\u{a0}\r\n",
            "\u{3000}\u{3000}有问必答\r\n",
            "\u{3000}\u{3000}本报记者\u{a0}张\u{a0}枨\r\n",
            "\u{3000}\u{3000}随着春运返程高峰的到来，机器人亮相。\r\n",
            "\u{3000}\u{3000}本版制图：蔡华伟\r\n",
        ));
        let heads: Vec<_> = a
            .sections
            .iter()
            .flat_map(|s| [&s.heading, &s.subheading])
            .flatten()
            .map(|h| h.text.as_str())
            .collect();
        assert_eq!(heads, ["能帮就帮", "服务台为旅客解忧", "有问必答"]);
        let names: Vec<_> = a.reporters.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["郑少忠", "任江华", "张枨"]);
        assert_eq!(a.reporters[2].printed.text, "张\u{a0}枨");
        assert_eq!(a.byline.unwrap().text, "本报记者\u{a0}郑少忠\u{a0}任江华");
        let kinds: Vec<_> = a.credits.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [CreditKind::Byline, CreditKind::Byline, CreditKind::Chart]
        );
        let paras: usize = a.sections.iter().map(|s| s.paragraphs.len()).sum();
        assert_eq!(paras, 2);
    }

    #[test]
    fn opening_dateline_with_reporters_and_a_closing_one() {
        let a = read(concat!(
            "\r\n何云：火线办报 鼓舞士气（为了民族复兴·英雄烈士谱）\r\n\r\n",
            "\u{3000}\u{3000}新华社电\u{a0}\u{a0}（记者方问禹）天然清新的田园景致……在浙江。\r\n",
        ));
        let d = a.dateline.unwrap();
        assert_eq!((d.text.text.as_str(), d.standalone), ("新华社电", false));
        assert_eq!(a.reporters[0].name, "方问禹");
        let b = read(concat!(
            "\r\n“机遇”号火星车完成探测使命\r\n\r\n",
            "\u{3000}\u{3000}美国国家航空航天局宣告任务结束。\r\n",
            "\u{3000}\u{3000}（本报洛杉矶2月14日电）\r\n",
        ));
        let d = b.dateline.unwrap();
        assert!(d.standalone);
        assert_eq!((d.month, d.day), (2, 14));
        assert_eq!(b.credits[0].kind, CreditKind::ClosingDateline);
    }

    #[test]
    fn verse_is_not_headings() {
        let a = read(concat!(
            "\r\n诗\r\n\r\n",
            "\u{3000}\u{3000}荞粑放在石坎上\r\n",
            "\u{3000}\u{3000}太阳出来高万丈\r\n",
            "\u{3000}\u{3000}照得满山红彤彤\r\n",
            "\u{3000}\u{3000}这是一首歌。\r\n",
        ));
        assert_eq!(a.sections.len(), 1);
        assert_eq!(a.sections[0].paragraphs.len(), 4);
    }

    #[test]
    fn heading_shapes() {
        assert!(is_heading("对账销号，主攻深度贫困地区"));
        assert!(is_heading("全面排查，实现“两不愁三保障”"));
        assert!(is_heading("以治学的态度履职（记者手记）"));
        assert!(is_heading("●智能化应用促进审判质效提高"));
        assert!(is_heading("“交通便利了，我们的生活就更有希望”"));
        assert!(!is_heading("“好！”"));
        assert!(!is_heading("亲爱的祖国母亲："));
        assert!(!is_heading("25.4%"));
        assert!(!is_heading("也曾受尽了艰苦与辛酸，"));
        assert!(!is_heading("春节到了。"));
    }
}
