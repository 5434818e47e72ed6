//! Organisations.
//!
//! - central party and state organs and international bodies of `data/organs.txt`
//!   (党中央, 中央组织部, 国务院国资委, 联合国) with their party bodies (国务院国资委党委,
//!   教育部党组);
//! - companies ending 有限公司/集团: the name runs back from the suffix to a clause
//!   boundary, a function word (在, 、, 的 …) or a leading verb (引进, 落户 …); a place chain
//!   right after 在 is a location, not part of the name (在江苏徐工集团… → 徐工集团…);
//! - names ending with a word of `data/org-suffixes.txt`: the name runs back the same way;
//!   after a strong suffix (大学, 研究院, 基金会, 律师事务所, 委员会) any stem of two to six
//!   chars that is no description (国内优秀艺术团, 社会组织) names a body; a weak suffix
//!   (局, 厅, 部, 政府, 中心, 党委) only after a place or a national prefix (河北省政府,
//!   国家知识产权局, 中共满洲省委, 深圳市人大常委会办公厅), and a one-char one only at a
//!   boundary (刘军华 holds no 军; 部署, 举办, 干部 hold no 部, 办); a village's own
//!   committee (…东孙村党支部) and a place's whole kind (上海全市法院) are not named bodies;
//! - a place and an organ word (哈尔滨市委, 江苏省委);
//! - a company's short name where it recurs (九牧公司 … 九牧; not a place or a word).
//!
//! Overlapping candidates yield to the longest. Nothing inside a title in 《》 or a term
//! quote is an organisation.

use std::ops::Range;

use super::lists;
use super::places::{continue_chain, gazetteer_form, gazetteer_unit};
use super::text::{Text, is_cjk, is_common_word, is_name_word};
use crate::gazetteer::gazetteer;
use crate::types::{EntityKind, EntityMention};
use crate::words::{Words, chars, entries, once, words};

/// Party bodies of an organ (教育部党组, 国务院国资委党委).
const PARTY_BODIES: &[&str] = &["党委", "党组"];

/// Company suffixes, longest first.
const COMPANY_SUFFIXES: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "集团"];

/// Characters a company name does not run back over (在江苏徐工…, 、在湖北…).
const NOT_IN_COMPANIES: &str = "在、的了与和及等由向对将把被是从给让到";

/// Verbs that may stand right before a company name and are not part of it.
#[rustfmt::skip]
const VERBS_BEFORE_NAMES: &[&str] = &[
    "引进", "落户", "成立", "组建", "设立", "加入", "走进", "来到", "考察", "调研", "参观", "入驻",
    "进入", "考入", "任", "担任", "出任", "时任", "调任", "兼任", "留任", "曾任", "现任", "就职于", "就读于", "任职于", "供职于",
    "毕业于", "来自", "派往", "回到", "前往", "访问", "会见", "委托", "邀请", "联合", "创建",
    "签约", "联合", "携手", "依托", "包括", "推动", "支持", "帮助", "指导", "督促", "成为", "收购",
    "并购", "投资", "牵头", "举办", "通过", "如", "有", "同", "像",
];

/// Adverbs before such a verb (先后引进).
#[rustfmt::skip]
const ADVERBS_BEFORE_VERBS: &[&str] = &[
    "先后", "相继", "陆续", "分别", "已经", "正式", "成功", "积极", "已", "将", "正",
];

/// Stems that make 集团 a common noun (利益集团, 企业集团).
#[rustfmt::skip]
const GENERIC_GROUPS: &[&str] = &[
    "企业", "产业", "利益", "犯罪", "诈骗", "龙头", "大型", "国有", "民营", "央企",
];

/// Words a company's short name drops (万鑫石墨谷科技 → 万鑫石墨谷).
#[rustfmt::skip]
const COMPANY_TRADE_WORDS: &[&str] = &[
    "科技", "技术", "实业", "投资开发", "投资", "开发", "发展", "控股", "股份", "集团",
];

pub(super) fn orgs(t: &Text<'_>, blocked: &[Range<usize>]) -> Vec<EntityMention> {
    let n = t.len();
    fn add(found: &mut Vec<Range<usize>>, r: Range<usize>) {
        if !found.iter().any(|f| f.start < r.end && r.start < f.end) {
            found.push(r);
        }
    }
    let mut found: Vec<Range<usize>> = Vec::new();
    // Titles in 《》 are citations: no organisation is read inside one.
    let mut cited: Vec<Range<usize>> = blocked.to_vec();
    cited.extend(super::titles(t));
    let inside = |r: &Range<usize>| cited.iter().any(|c| c.start <= r.start && r.end <= c.end);
    // Every candidate, longest first, so 集团 inside …集团…有限公司 yields and 发改委
    // inside 大兴区发改委.
    let mut candidates: Vec<Range<usize>> = Vec::new();
    for i in 0..n {
        if let Some(len) = t.longest_of(i, words!(COMPANY_SUFFIXES))
            && let Some(r) = company_ending(t, i, i + len)
        {
            candidates.push(r);
        }
    }
    candidates.extend(named_by_suffix(t, &cited));
    candidates.sort_by_key(|r| (std::cmp::Reverse(r.len()), r.start));
    for r in candidates {
        add(&mut found, r);
    }
    // Central organs.
    let mut i = 0;
    while i < n {
        match t.longest_of(i, lists::organs()) {
            // 组织部门 is a common noun.
            Some(len)
                if !(t.chars[i + len - 1] == '部' && i + len < n && t.chars[i + len] == '门') =>
            {
                // An organ's own party committee is an organisation of its own: 国务院国资委党委.
                let len = len + t.longest_of(i + len, words!(PARTY_BODIES)).unwrap_or(0);
                if !inside(&(i..i + len)) {
                    add(&mut found, i..i + len);
                }
                i += len;
            }
            _ => i += 1,
        }
    }
    // Short names of companies where they recur; not a place or an ordinary word
    // (中国公司 gives no 中国).
    let shorts: Vec<String> = found
        .iter()
        .filter_map(|r| company_short_name(t.slice(r.start, r.end)))
        .filter(|s| !gazetteer().is_form(s) && !is_common_word(s))
        .collect();
    for s in shorts {
        let k = s.chars().count();
        let first = s.chars().next();
        for i in 0..n.saturating_sub(k - 1) {
            if Some(t.chars[i]) == first && t.slice(i, i + k) == s {
                add(&mut found, i..i + k);
            }
        }
    }
    found
        .into_iter()
        .map(|r| EntityMention {
            span: t.span(r.start, r.end),
            kind: EntityKind::Org,
            name: t.slice(r.start, r.end).to_string(),
            title: None,
            admin_level: None,
        })
        .collect()
}

/// The company name ending with the suffix at chars `[s, e)`.
fn company_ending(t: &Text<'_>, s: usize, e: usize) -> Option<Range<usize>> {
    let mut a = s;
    let mut depth = 0usize;
    while a > 0 && s - a < 30 {
        let c = t.chars[a - 1];
        if c == ')' || c == '）' {
            depth += 1;
        } else if c == '(' || c == '（' {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0
            && (!(is_cjk(c) || c.is_ascii_alphanumeric()) || chars!(NOT_IN_COMPANIES).contains(c))
        {
            break;
        }
        a -= 1;
    }
    if depth != 0 {
        return None;
    }
    // A leading verb, with its adverbs, is not part of the name: (先后)引进奇安信集团.
    while let Some(v) = t
        .longest_of(a, words!(VERBS_BEFORE_NAMES))
        .or_else(|| t.longest_of(a, words!(ADVERBS_BEFORE_VERBS)))
    {
        if a + v + 2 > s {
            break;
        }
        a += v;
    }
    // After 在, a place chain is where the company is, not its name.
    if a > 0
        && t.chars[a - 1] == '在'
        && let Some(first) = gazetteer_unit(t, a)
    {
        let end = continue_chain(t, &first, 0)
            .last()
            .map_or(first.at.end, |u| u.at.end);
        if end < s && s - end >= 2 {
            a = end;
        }
    }
    let stem = t.slice(a, s);
    if stem.chars().count() < 2 || GENERIC_GROUPS.iter().any(|g| stem.ends_with(g)) {
        return None;
    }
    Some(a..e)
}

fn company_short_name(name: &str) -> Option<String> {
    let mut s = COMPANY_SUFFIXES
        .iter()
        .chain(&["公司"])
        .find_map(|x| name.strip_suffix(x))?;
    while let Some(rest) = COMPANY_TRADE_WORDS.iter().find_map(|w| s.strip_suffix(w)) {
        s = rest;
    }
    (s.chars().count() >= 2 && s != name && !s.contains(['(', '（'])).then(|| s.to_string())
}

/// The suffixes of `data/org-suffixes.txt`: (strong, weak).
fn suffixes() -> &'static (Words, Words) {
    once!((Words, Words), {
        let data = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/org-suffixes.txt"
        ));
        let (strong, weak) = data.split_once("\n%weak").unwrap_or((data, ""));
        (Words::new(&entries(strong)), Words::new(&entries(weak)))
    })
}

/// Prefixes that open a national or international body's name (中国政法大学,
/// 国家知识产权局, 中共吉东特委).
#[rustfmt::skip]
const NATIONAL: &[&str] = &[
    "中国", "中华", "国家", "全国", "中央", "中共", "联合国", "国务院",
];

/// Openings and stems that make a name generic (有关部门, 该公司, 社会组织, 科技公司).
#[rustfmt::skip]
const GENERIC_STEMS: &[&str] = &[
    "有关", "相关", "当地", "基层", "上级", "下级", "主管", "职能", "该", "这", "那", "本", "各", "每",
    "某", "此", "其", "我", "你", "他", "她", "全体", "社会", "群众", "民间", "企业", "行业", "地方",
    "政府", "国有", "民营", "外资", "中资", "私营", "大型", "小型", "中小", "新型", "骨干", "龙头",
    "居民", "村民", "国内", "国外", "境外", "海外", "公立", "私立", "民办", "公办",
];

/// Characters an organisation's name does not run back over.
const NOT_IN_ORGS: &str = "在、的了与和及等由向对将把被是从给让到为也都还就并或";

/// Numerals that, before a measure word, end a name's run back (在北京一家科技公司).
const COUNTING: &str = "一二三四五六七八九十两几多数每";

/// Organisations named by a suffix (公司, 大学, 委员会 …; 局, 厅, 政府 after a place):
/// the name runs back from the suffix to a boundary, past a leading verb (走进故宫博物院),
/// and opens with a place or a national prefix, or (for a strong suffix) is a stem of
/// two to six chars that is no ordinary word.
fn named_by_suffix(t: &Text<'_>, blocked: &[Range<usize>]) -> Vec<Range<usize>> {
    let n = t.len();
    let (strong, weak) = suffixes();
    let mut out = Vec::new();
    for i in 1..n {
        let c = t.chars[i];
        if !(strong.may_start(c) || weak.may_start(c)) {
            continue;
        }
        let s_len = t.longest_of(i, strong);
        let w_len = t.longest_of(i, weak);
        let (len, is_strong) = match (s_len, w_len) {
            (Some(s), Some(w)) if w > s => (w, false),
            (Some(s), _) => (s, true),
            (None, Some(w)) => (w, false),
            (None, None) => continue,
        };
        let e = i + len;
        // A one-char suffix ends at a boundary (刘军华 holds no 军): the cheap test first.
        if len == 1
            && e < n
            && is_cjk(t.chars[e])
            && !chars!(NOT_IN_ORGS).contains(t.chars[e])
            && !super::text::word_starts(t, e)
        {
            continue;
        }
        // The suffix starts a longer word (部门, 大学生, 社会), a one-char suffix ends one
        // (部署, 举办, 干部), or a title follows (大队长, 厅局长).
        let common = lists::common_words();
        if t.longest_of(i, common).is_some_and(|w| w > len)
            || len == 1 && t.longest_ending(e, common).is_some_and(|w| w > 1)
            || e < n && "长员".contains(t.chars[e])
            || e + 1 < n && t.chars[e + 1] == '长' && is_common_word(t.slice(e, e + 2))
            || len == 1 && "东西南北中内外全".contains(t.chars[i - 1])
        {
            continue;
        }
        let Some(a) = name_start(t, i) else { continue };
        // An anchor opens the name, or follows a word or two of the clause (看望原中央…).
        let anchor = (a..i.min(a + 4)).find(|&p| anchored(t, p));
        let stem = t.slice(a, i);
        let generic = GENERIC_STEMS.iter().any(|g| stem.starts_with(g))
            || words!(GENERIC_STEMS).ending(stem).is_some()
            || COMPANY_TRADE_WORDS.contains(&stem)
            || VERBS_BEFORE_NAMES.contains(&stem)
            || is_common_word(stem) && !is_name_word(stem)
            || ordinary_words(t, a, i);
        // After 在, a place chain before a company is where it is, not its name
        // (在江苏徐工集团… → 徐工集团…).
        let anchor = anchor.map(|p| {
            let end = place_chain_end(t, p);
            let company =
                words!(COMPANY_SUFFIXES).ending(t.slice(i, e)).is_some() || t.slice(i, e) == "公司";
            if company
                && p > 0
                && t.chars[p - 1] == '在'
                && gazetteer_form(t, p).is_some()
                && end + 2 <= i
            {
                end
            } else {
                p
            }
        });
        let found = match anchor {
            // After a place, a weak suffix ends a short stem, or a longer one that holds
            // another suffix (深圳市人大常委会办公厅).
            Some(p) => {
                let rest = place_chain_end(t, p).min(i);
                let inner = (rest..i).any(|k| {
                    t.longest_of(k, strong)
                        .or(t.longest_of(k, weak))
                        .is_some_and(|l| l >= 2 && k + l <= i)
                });
                // A village's or a township's own committee is no named body
                // (…东孙村党支部); nor is a place's whole set of courts (上海全市法院).
                let local = rest == i && ends_below_county(t, p);
                // Words of a clause, not of a name (江苏表示…部, 重庆约以上党委).
                let clause = NOT_IN_NAMES_OF_ORGS
                    .iter()
                    .any(|w| t.slice(rest, i).contains(w));
                let whole =
                    chars!(WHOLE).contains(t.chars[rest.min(i.saturating_sub(1))]) && rest < i;
                (!local
                    && !whole
                    && !clause
                    && (is_strong || i - rest <= 6 || i - rest <= 16 && inner))
                    .then_some(p)
            }
            None => (is_strong && (2..=6).contains(&(i - a)) && !generic).then_some(a),
        };
        // A building is no body (上海中心大厦).
        let building = words!(BUILDINGS)
            .starting(t.text.get(t.bytes[e]..).unwrap_or(""))
            .is_some();
        if let Some(p) = found
            && !building
            && !blocked.iter().any(|b| b.start <= p && e <= b.end)
        {
            out.push(p..e);
        }
    }
    out
}

/// A place that needs no support, a national prefix or a known organ opens a name at
/// char `p` (河北省政府, 国家知识产权局, 团中央…).
fn anchored(t: &Text<'_>, p: usize) -> bool {
    gazetteer_form(t, p).is_some_and(|f| f.full || !f.needs_context)
        || NATIONAL.iter().any(|x| t.at(p, x))
        || t.longest_of(p, lists::organs()).is_some()
}

/// Whether chars `[a, b)` are two or more ordinary words end to end (国内优秀艺术团,
/// 便于各级法院): a description, not a name.
fn ordinary_words(t: &Text<'_>, a: usize, b: usize) -> bool {
    let common = lists::common_words();
    let mut k = a;
    let mut count = 0;
    while k < b {
        match t.longest_of(k, common) {
            Some(w) if k + w <= b => {
                k += w;
                count += 1;
            }
            _ => return false,
        }
    }
    count >= 2
}

/// Words that stand in a clause but not in an organisation's name.
#[rustfmt::skip]
const NOT_IN_NAMES_OF_ORGS: &[&str] = &[
    "表示", "其中", "以上", "以下", "左右", "认为", "指出", "强调", "介绍", "一些", "这些", "那些",
    "我们", "他们", "已经", "正在", "通过", "进行", "约", "说",
];

/// Words after an organisation word that make it a building's name.
const BUILDINGS: &[&str] = &["大厦", "大楼", "广场", "大酒店"];

/// First characters of a stem that make a name the whole of a kind (全市法院, 各级政府).
const WHOLE: &str = "全各诸该本";

/// Whether the place chain opening at char `p` ends with a township, a village or a
/// community.
fn ends_below_county(t: &Text<'_>, p: usize) -> bool {
    gazetteer_unit(t, p).is_some_and(|u| {
        let last = continue_chain(t, &u, 0).last().cloned().unwrap_or(u);
        last.is_below_county()
    })
}

/// Where the place chain (or the national prefix) opening a name at char `p` ends.
fn place_chain_end(t: &Text<'_>, p: usize) -> usize {
    match gazetteer_unit(t, p) {
        Some(u) => continue_chain(t, &u, 0)
            .last()
            .map_or(u.at.end, |v| v.at.end),
        None => {
            p + NATIONAL
                .iter()
                .find(|x| t.at(p, x))
                .map_or(0, |x| x.chars().count())
        }
    }
}

/// Where the name ending before char `i` starts: back to a boundary, then past leading
/// verbs and adverbs. `None` when nothing is left.
fn name_start(t: &Text<'_>, i: usize) -> Option<usize> {
    let mut a = i;
    while a > 0 && i - a < 18 {
        let c = t.chars[a - 1];
        if !is_cjk(c) || chars!(NOT_IN_ORGS).contains(c) {
            break;
        }
        // 一家, 多所: a count before a measure word.
        if a >= 2 && chars!(COUNTING).contains(t.chars[a - 2]) && "家所个座支名位".contains(c)
        {
            break;
        }
        // A verb of two chars or more ends here: 进入|莫斯科中山大学 (not 如 of 如意园).
        if a < i
            && t.longest_ending(a, words!(VERBS_BEFORE_NAMES))
                .is_some_and(|v| v >= 2)
        {
            break;
        }
        a -= 1;
    }
    while let Some(v) = t
        .longest_of(a, words!(VERBS_BEFORE_NAMES))
        .or_else(|| t.longest_of(a, words!(ADVERBS_BEFORE_VERBS)))
        // A one-char verb only before a stem of three chars or more (任太平洋职工会, but
        // 如意园基金会).
        .filter(|&v| v >= 2 || a + v + 3 <= i)
    {
        if a + v >= i {
            break;
        }
        a += v;
    }
    (a < i).then_some(a)
}
