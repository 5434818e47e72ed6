//! Subjects: the thing a figure measures.

use super::is_cjk;
use super::units::{DURATION_PREFIXES, PREFIXES, TRAILING_WORDS, WORD_ENDINGS};
use crate::types::{Figure, NumeralForm};

pub(super) const CLAUSE_BREAKS: &str = ",，。；;：:！!？?、“”‘’\"()（）《》【】[]…— 　\n";

/// Classifiers a counted noun follows (3家企业党支部, 60个重大产业项目); measure units
/// (人, 元, %, 吨) are nouns themselves, so what follows them is a predicate.
pub(super) const CLASSIFIERS: &[&str] = &[
    "个", "家", "名", "条", "项", "批", "所", "座", "户", "辆", "架", "艘", "套", "类", "种", "级",
    "大", "位", "支", "件", "场", "轮", "颗", "只", "头", "棵", "株", "枚", "张", "份", "笔", "栋",
    "处", "部", "篇", "本", "款", "间", "台",
];

/// Words that start a predicate, so a noun after a classifier ends before them.
pub(super) const PREDICATE_STARTS: &[&str] = &[
    "正在", "已经", "先行", "先后", "将", "被", "把", "与", "和", "及", "的", "是", "在", "正",
];

/// Copulas and verbs of change between a subject and its number.
pub(super) const COPULAS: &[&str] = &[
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
pub(super) const ADVERBS: &[&str] = &[
    "分别", "有望", "预计", "同比", "环比", "年均", "平均", "共计", "总计", "合计", "累计", "已经",
    "将", "均", "已", "共", "也", "还", "都", "再", "又",
];

/// Time words a clause may open with.
pub(super) const TIME_WORDS: &[&str] = &[
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
pub(super) const AMOUNT_VERBS: &[&str] = &["实现", "完成"];

/// Words that make a clause more than a plain noun phrase.
pub(super) const NOT_PLAIN: &[&str] = &[
    "正在", "了", "过", "着", "把", "被", "对", "向", "从", "于", "的", "将", "我们", "你", "他",
    "她", "它", "这", "那",
];

/// Whether a clause has a pronoun 我 other than 我国, 我省 … (which name a place).
pub(super) fn has_first_person(s: &str) -> bool {
    s.match_indices('我')
        .any(|(b, c)| !s[b + c.len()..].starts_with(['国', '省', '市', '区', '县', '州']))
}

pub(super) fn subjects(text: &str, figures: &mut [Figure]) {
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
        let chunk = without_qualifier(&text[chunk_start..f.span.start]);
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
            let rest = &text[f.span.end..];
            let rest = TRAILING_WORDS
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest);
            let ends_clause = rest
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

/// A clause before a figure without the qualifier or duration word that ends it
/// (园区超过 → 园区, 时隔 → ``).
fn without_qualifier(chunk: &str) -> &str {
    PREFIXES
        .iter()
        .map(|(p, _)| *p)
        .chain(DURATION_PREFIXES.iter().copied())
        .filter_map(|p| Some((p, chunk.strip_suffix(p)?)))
        .filter(|(p, rest)| {
            // 签约, 最近: the qualifier's character ends another word.
            !WORD_ENDINGS.iter().any(|(q, before)| {
                q == p && rest.chars().next_back().is_some_and(|c| before.contains(c))
            })
        })
        .map(|(_, rest)| rest)
        .min_by_key(|s| s.len())
        .unwrap_or(chunk)
}

/// The noun after a classifier: 3条党建经验, → 党建经验.
pub(super) fn following_noun(text: &str, end: usize) -> Option<String> {
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
pub(super) fn preceding_subject(
    chunk: &str,
    ends_clause: bool,
) -> (Option<String>, Option<Vec<String>>) {
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
