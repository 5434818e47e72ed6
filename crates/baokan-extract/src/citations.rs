//! Citations: every 《…》 title, with what the same sentence says about the document.
//!
//! Rules of the genre:
//! - A title is the outermost 《…》 pair; nested 《…〈…〉…》 or 《…《…》…》 stays inside
//!   the outer title. An unclosed 《 is dropped at the end of its sentence.
//! - `kind` is the document-type word the title ends with (条例, 意见, 办法, 法, …),
//!   looking past trailing parentheses such as (试行) or （草案）.
//! - `action` is an issuing verb (印发, 修订, 制定, 出台, 发布, 颁布, 通过, 实施, …)
//!   standing right before the title, or before a run of titles joined by nothing, 、 or
//!   和 (修订《A》《B》《C》: each gets 修订); or, after the run, a verb such as 日前印发.
//! - `issuers` are the organ names right before that verb, joined by 、 or 和
//!   (中央组织部、财政部、农业农村部印发). Every name must look like an organ (ending in
//!   部, 委, 厅, 院, 局, 办, 会, 署, 中央, 党组, 政府 …); one vague or unknown name (有关部门,
//!   各地) and there are none. When the verb opens its clause (…,修订《A》), the subject is
//!   taken from an earlier clause of the sentence only if that clause opens with a
//!   top-level organ (党中央, 中共中央, 国务院 …), also as 以习近平同志为核心的党中央.
//! - `date` is the nearest date stated before the title in the same sentence, and only
//!   when there is an action: the date of the action.
//! - Sentences end at 。！？!?；; and a line break.

use crate::types::{Citation, DateMention, Span};

/// Finds every 《…》 citation in `text`. `dates` are the date mentions of the same text
/// (from the date finder), used for the date of the action.
///
/// ```
/// use baokan_extract::{extract, Date};
/// let m = extract("2018年,中央组织部、财政部印发《关于加强党建的意见(试行)》。", Date::new(2022, 10, 9));
/// let c = &m.citations[0];
/// assert_eq!(c.title, "关于加强党建的意见(试行)");
/// assert_eq!(c.kind.as_deref(), Some("意见"));
/// assert_eq!(c.issuers, ["中央组织部", "财政部"]);
/// assert_eq!((c.action.as_deref(), c.date.as_deref()), (Some("印发"), Some("2018")));
/// ```
pub(crate) fn find(text: &str, dates: &[DateMention]) -> Vec<Citation> {
    if !text.contains('《') {
        return Vec::new();
    }
    let titles = titles(text);
    let mut out = Vec::with_capacity(titles.len());
    for (k, span) in titles.iter().enumerate() {
        let title = text[span.start + '《'.len_utf8()..span.end - '》'.len_utf8()].to_string();
        let kind = kind(&title);
        let mut first = k;
        while first > 0 && joined(text, titles[first - 1], titles[first]) {
            first -= 1;
        }
        let mut last = k;
        while last + 1 < titles.len() && joined(text, titles[last], titles[last + 1]) {
            last += 1;
        }
        // The sentence around the run; an end mark inside a title (《你好!》) does not count.
        let s_start = sentence_start(text, titles[first].start);
        let s_end = sentence_end(text, titles[last].end);
        let (action, issuers) = match verb_before(text, s_start, titles[first].start) {
            Some((verb, at)) => (Some(verb), issuers_before(text, s_start, at, dates)),
            // 《…意见》日前印发; only for documents: 《人民日报》发布 is the paper acting.
            None if kind.is_some() => (verb_after(text, titles[last].end, s_end), Vec::new()),
            None => (None, Vec::new()),
        };
        let date = action.and_then(|_| {
            dates
                .iter()
                .filter(|d| !titles.iter().any(|t| t.overlaps(&d.span)))
                .rfind(|d| d.span.start >= s_start && d.span.end <= titles[first].start)
                .and_then(|d| d.iso.clone())
        });
        out.push(Citation {
            span: *span,
            kind: kind.map(str::to_string),
            title,
            issuers,
            action: action.map(str::to_string),
            date,
        });
    }
    out
}

/// The marks that end a sentence: 。！？!?；; and a line break.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

/// The outermost 《…》 pairs.
fn titles(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut open = 0;
    for (i, c) in text.char_indices() {
        match c {
            '《' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            '》' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(Span::new(open, i + c.len_utf8()));
                }
            }
            // A title does not run over a sentence end: an unclosed 《 is a typo.
            '。' | '\n' => depth = 0,
            _ => {}
        }
    }
    out
}

/// Where the sentence holding byte `at` starts: after the previous end mark.
fn sentence_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_sentence_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where the sentence holding byte `at` ends: at the next end mark.
fn sentence_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(is_sentence_end)
        .map_or(text.len(), |i| at + i)
}

/// Whether two titles form one run governed by one verb: 《A》《B》, 《A》、《B》, 《A》和《B》.
fn joined(text: &str, a: Span, b: Span) -> bool {
    matches!(
        text.get(a.end..b.start),
        Some("" | "、" | "和" | "及" | "与" | "以及" | "、以及")
    )
}

/// Document-type words, longest first so that 办法 wins over 法.
const KINDS: &[&str] = &[
    "白皮书",
    "议定书",
    "条例",
    "意见",
    "办法",
    "规定",
    "规划",
    "纲要",
    "决定",
    "决议",
    "通知",
    "方案",
    "准则",
    "细则",
    "措施",
    "报告",
    "公报",
    "规则",
    "章程",
    "标准",
    "指南",
    "指引",
    "计划",
    "宣言",
    "通告",
    "公告",
    "守则",
    "要点",
    "清单",
    "批复",
    "公约",
    "协定",
    "条约",
    "声明",
    "规范",
    "目录",
    "法典",
    "法",
];

/// The document type a title ends with, looking past trailing (试行), （草案） and the like.
fn kind(title: &str) -> Option<&'static str> {
    let mut t = title.trim_end();
    while let Some(inner) = t.strip_suffix(')').or_else(|| t.strip_suffix('）')) {
        let open = inner.rfind(['(', '（'])?;
        t = inner[..open].trim_end();
    }
    let k = KINDS.iter().find(|k| t.ends_with(*k))?;
    if *k == "法" {
        // 方法, 做法, 说法, 书法 …: a word that ends in 法 but is no law.
        let before = t[..t.len() - "法".len()].chars().next_back();
        if before.is_none_or(|c| "方做说想看书魔手语算笔画技疗功佛兵司章办".contains(c))
        {
            return None;
        }
    }
    Some(k)
}

/// Verbs that act on a document, longest first.
const VERBS: &[&str] = &[
    "审议通过",
    "印发",
    "修订",
    "制定",
    "出台",
    "发布",
    "颁布",
    "通过",
    "实施",
    "施行",
    "公布",
    "下发",
    "修改",
    "签署",
    "批准",
];

/// The verb right before byte `at` (a title run), allowing 了: the verb and its start.
fn verb_before(text: &str, s_start: usize, at: usize) -> Option<(&'static str, usize)> {
    let head = &text[s_start..at];
    let head = head.strip_suffix('了').unwrap_or(head);
    let verb = VERBS.iter().find(|v| head.ends_with(*v))?;
    let rest = &head[..head.len() - verb.len()];
    // 通过 is also "by means of" (通过《条例》的实施): only a body's vote counts (全会通过,
    // 会议通过, 表决通过; 审议通过 is matched whole).
    if *verb == "通过" && !(rest.ends_with('会') || rest.ends_with('议') || rest.ends_with("表决"))
    {
        return None;
    }
    Some((verb, s_start + rest.len()))
}

/// A verb right after a title run: 《…》印发, 《…》日前正式发布.
fn verb_after(text: &str, at: usize, s_end: usize) -> Option<&'static str> {
    let mut rest = &text[at..s_end];
    for adverb in ["近日", "日前", "已经", "已", "正式"] {
        rest = rest.strip_prefix(adverb).unwrap_or(rest);
    }
    ["印发", "发布", "出台", "颁布", "公布", "施行", "实施"]
        .into_iter()
        .find(|v| rest.starts_with(v))
}

/// Characters that end the noun phrase before a verb.
const CLAUSE_BREAKS: &str = ",，:：“”\"‘’《》 \t";

/// Adverbs and time words that may stand between the issuers and the verb, or before them.
const ADVERBS: &[&str] = &[
    "于近日",
    "近日",
    "日前",
    "最近",
    "联合",
    "共同",
    "正式",
    "先后",
    "分别",
    "相继",
    "专门",
    "研究",
    "已经",
    "已",
    "还",
    "也",
    "又",
    "再次",
    "首次",
    "于",
];
const LEADERS: &[&str] = &[
    // Not 经 (经济和信息化委员会).
    "由", "近日", "日前", "最近", "此外", "同时", "随后", "同年", "并", "还",
];

/// Issuers stated before the verb at `verb`: a run of organ names joined by 、 or 和
/// directly before it, or else the top-level subject of an earlier clause.
fn issuers_before(text: &str, s_start: usize, verb: usize, dates: &[DateMention]) -> Vec<String> {
    let clause = text[s_start..verb]
        .rfind(|c| CLAUSE_BREAKS.contains(c))
        .map_or(s_start, |i| {
            s_start + i + text[s_start + i..].chars().next().map_or(1, char::len_utf8)
        });
    let mut np = &text[clause..verb];
    let mut np_start = clause;
    // Dates at either end of the phrase (2019年中央组织部, 国务院于2021年) are not issuers.
    loop {
        let before = np.len();
        if let Some(d) = dates
            .iter()
            .find(|d| d.span.end == np_start + np.len() && d.span.start >= np_start)
        {
            np = &np[..d.span.start - np_start];
        }
        if let Some(d) = dates
            .iter()
            .find(|d| d.span.start == np_start && d.span.end <= np_start + np.len())
        {
            np = &np[d.span.end - np_start..];
            np_start = d.span.end;
        }
        for a in ADVERBS {
            np = np.strip_suffix(a).unwrap_or(np);
        }
        for l in LEADERS {
            if let Some(rest) = np.strip_prefix(l) {
                np_start += l.len();
                np = rest;
            }
        }
        if np.len() == before {
            break;
        }
    }
    if !np.is_empty() {
        return organ_run(np);
    }
    // The verb opens its clause: look for the sentence's subject in an earlier clause.
    subject(&text[s_start..clause])
}

/// Organ names joined by 、 or 和; empty unless every one looks like an organ.
fn organ_run(np: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in np.split('、') {
        let parts: Option<Vec<&str>> = ["以及", "会同", "和", "与", "及"].iter().find_map(|sep| {
            let parts: Vec<&str> = piece.split(sep).collect();
            (parts.len() > 1 && parts.iter().all(|p| is_organ(p))).then_some(parts)
        });
        match parts {
            Some(parts) => out.extend(parts.into_iter().map(str::to_string)),
            None if is_organ(piece) => out.push(piece.to_string()),
            None => return Vec::new(),
        }
    }
    out
}

/// Name endings of party and state organs.
const ORGAN_ENDS: &[&str] = &[
    "中央",
    "党组",
    "政府",
    "人大",
    "政协",
    "办公室",
    "小组",
    "部",
    "委",
    "厅",
    "院",
    "局",
    "办",
    "会",
    "署",
];

/// Whether a name looks like an organ: short, all ideographs, not vague, and ending in
/// an organ word.
fn is_organ(name: &str) -> bool {
    let n = name.chars().count();
    (2..=20).contains(&n)
        && name.chars().all(|c| matches!(c, '\u{4E00}'..='\u{9FFF}'))
        && ![
            "各", "有关", "相关", "一些", "不少", "部分", "多个", "其他", "该", "本", "我们", "这",
            "那",
        ]
        .iter()
        .any(|p| name.starts_with(p))
        && ORGAN_ENDS.iter().any(|e| name.ends_with(e))
}

/// Top-level organs that may be the subject of a whole sentence, longest first.
const TOP: &[&str] = &[
    "中共中央、国务院",
    "党中央、国务院",
    "全国人大常委会",
    "中共中央",
    "党中央",
    "国务院",
    "全国人大",
    "中央军委",
];

/// The subject of an earlier clause (`head` is the sentence up to the verb's clause),
/// when a clause opens with a top-level organ: 党中央总揽全局,…
fn subject(head: &str) -> Vec<String> {
    for clause in head.split([',', '，']).rev() {
        let mut c = clause.trim();
        // 以习近平同志为核心的党中央
        if c.starts_with('以')
            && let Some(i) = c.find("为核心的")
        {
            c = &c[i + "为核心的".len()..];
        }
        if let Some(top) = TOP.iter().find(|t| c.starts_with(*t)) {
            // 中共中央办公厅, 国务院国资委: a longer organ name, not the top organ.
            let next = c[top.len()..].chars().next();
            if next.is_some_and(|n| "办组宣统政纪部委直党国对网财外机和与及、".contains(n))
            {
                return Vec::new();
            }
            return top.split('、').map(str::to_string).collect();
        }
        // Another subject takes over: 各地区…, 有关部门…
        if ["各", "有关", "相关", "不少", "一些", "许多", "部分", "多地"]
            .iter()
            .any(|p| c.starts_with(p))
        {
            return Vec::new();
        }
    }
    Vec::new()
}
