//! Places: gazetteer forms ([`crate::gazetteer`]) and the units below them, in chains.
//!
//! A place chain starts with a gazetteer form and continues with smaller units: another
//! form that lies in it (福建泉州南安: a county after its prefecture after its province;
//! 朝阳区 after 北京 is Beijing's, after 长春 Changchun's) or a unit found by its suffix, a
//! 2–4 character stem and 县/区/旗/市 (county), 镇/乡/街道/街 (township), 村/社区
//! (village; one char is enough after a township: 曹庄镇朱村). A province abroad follows
//! its country (巴新东高地省). Levels fall strictly along a chain, and one 的 may join two
//! units (绥德县的郝家桥村). A unit found in a chain counts again where it recurs. Suffix
//! units never start a chain: 社区, 新区, 园区, 小区, 城区, 地区, 农村 alone are not places,
//! nor are generic stems (示范社区, 经开区).
//!
//! A short form that is an ordinary word too (朝阳, 大悟: the data's `ctx` flag) counts only
//! in a chain, as the full name, in a dateline's place slot (本报北京2月14日电) or where the
//! full name occurs in the same text. A short form alone (or a two-char name) is no place
//! where an ordinary word crosses its edge (创新和美育, 很多哈尔滨), where it opens a
//! person's name (王金堂) or lies in a transliterated word (萨法罗夫). Nor is a place inside
//! an organisation's name, a term quote or a title in 《》, before a parenthesis, a facility
//! (上海中心大厦, 北京路) or a natural feature (印度洋, 朝鲜半岛), before a name that recurs
//! without it (哈尔滨万鑫石墨谷 … 万鑫石墨谷), or a short form after 的 that opens a 2–4
//! character word closing the clause (…的哈尔滨海邻科;). A dateline's place that the
//! gazetteer does not know is a place too (新华社布鲁塞尔2月20日电), with no level.
//!
//! `name` is the full official name (山西 → 山西省, 大同 → 大同市); units found by suffix
//! keep their written form, but for 街, a subdistrict written short (工人村街 →
//! 工人村街道). A state-level new area that is not also a county-level district
//! (雄安新区) and a city abroad have `admin_level: None`.

use std::ops::Range;

use super::names::is_likely_name;
use super::text::{
    Text, is_cjk, is_clause_break, is_common_word, transliterating, word_ends, word_starts,
};
use crate::gazetteer::{Form, Kind, gazetteer};
use crate::types::{AdminLevel, EntityKind, EntityMention};
use crate::words::{CharSet, chars, once, words};

/// Suffixes of units below the prefecture, with their level. Longest first.
const UNIT_SUFFIXES: &[(&str, AdminLevel)] = &[
    ("自治县", AdminLevel::County),
    ("自治旗", AdminLevel::County),
    ("街道", AdminLevel::Township),
    ("社区", AdminLevel::Village),
    ("县", AdminLevel::County),
    ("区", AdminLevel::County),
    ("旗", AdminLevel::County),
    ("市", AdminLevel::County),
    ("镇", AdminLevel::Township),
    ("乡", AdminLevel::Township),
    ("街", AdminLevel::Township),
    ("村", AdminLevel::Village),
];

/// Stems that make a unit word generic (示范社区, 老旧小区, 高新区): a unit whose stem is
/// or ends with one of them is not a place.
#[rustfmt::skip]
const GENERIC_STEMS: &[&str] = &[
    "示范", "开发", "高新", "保税", "自贸", "试验", "先行", "经济", "产业", "工业", "商业", "住宅",
    "生活", "功能", "核心", "模范", "行政", "自然", "贫困", "重点", "先进", "特色", "美丽", "文明",
    "和谐", "旅游", "老旧", "城中", "边远", "偏远", "革命", "民族", "城市", "农村", "乡村", "城乡",
    "新型", "现代", "数字", "智慧", "科技", "创新", "物流", "商务", "社区", "园区", "小区", "城区",
    "地区", "市区", "郊区", "山区", "景区", "街区", "片区", "辖区", "特区", "老区", "校区", "新区",
    "经开", "高新技术", "经济技术",
];

/// Units ending like these after a two-character modifier are common nouns (迁往新区,
/// 老旧小区, 偏远山区): 新区, 园区, 小区 … and 农村, 乡村.
#[rustfmt::skip]
const GENERIC_UNIT_ENDS: &[&str] = &[
    "新区", "园区", "小区", "城区", "地区", "市区", "郊区", "山区", "景区", "街区", "片区", "辖区",
    "特区", "老区", "校区", "灾区", "矿区", "牧区", "林区", "湖区", "库区", "农村", "乡村", "山村",
    "渔村", "城镇", "乡镇", "集镇", "城乡",
];

/// Characters that never occur in a unit's stem: function words and punctuation-like
/// words. A stem holding one is not a name (在各村).
const NOT_IN_STEMS: &str =
    "的地得了着过也都还又就在是与及对把被从向将让由以为于之其这那个们些各每该本全等有往至";

/// One place of a chain: a gazetteer form or a unit found by its suffix.
#[derive(Debug, Clone)]
pub(super) struct Unit {
    /// Its chars.
    pub(super) at: Range<usize>,
    level: Option<AdminLevel>,
    /// Larger places rank higher ([`Kind::rank`]); a chain runs down.
    rank: u8,
    name: String,
    /// The gazetteer form, for a gazetteer unit.
    form: Option<Form>,
}

impl Unit {
    /// A township, a village or a community.
    pub(super) fn is_below_county(&self) -> bool {
        matches!(self.level, Some(AdminLevel::Township | AdminLevel::Village))
    }
}

#[inline(always)]
pub(super) fn gazetteer_unit(t: &Text<'_>, i: usize) -> Option<Unit> {
    gazetteer_form(t, i).map(|f| gazetteer_unit_of(i, f))
}

#[inline(never)]
fn gazetteer_unit_of(i: usize, f: Form) -> Unit {
    let d = gazetteer().division(f);
    Unit {
        at: i..i + f.chars,
        level: d.kind.level(),
        rank: d.kind.rank(),
        name: d.name.to_string(),
        form: Some(f),
    }
}

/// The gazetteer form starting at char `i`, unless an exclude string covers it.
#[inline(always)]
pub(super) fn gazetteer_form(t: &Text<'_>, i: usize) -> Option<Form> {
    // Inline, the test that rules out most positions; the lookup is a call.
    match t.chars.get(i) {
        Some(&c) if gazetteer().may_start(c) => gazetteer_form_here(t, i),
        _ => None,
    }
}

#[inline(never)]
fn gazetteer_form_here(t: &Text<'_>, i: usize) -> Option<Form> {
    let g = gazetteer();
    let f = g.longest_at(t.text, &t.bytes, i)?;
    (!(f.excludable && g.excluded(t.text, &t.bytes, i, f.chars))).then_some(f)
}

/// The units a chain may continue with at char `j`, after a unit of rank `prev`.
fn next_units(t: &Text<'_>, j: usize, prev: &Unit) -> Vec<Unit> {
    let g = gazetteer();
    let mut out = Vec::new();
    let prev_rank = prev.rank;
    if let Some(f) = gazetteer_form(t, j)
        && let Some(pf) = prev.form
    {
        // The reading of the form that lies in a reading of the unit before: 朝阳区 after
        // 北京 is Beijing's, after 长春 Changchun's.
        let fits = g.readings(f).find(|(d, _)| {
            d.kind.rank() < prev_rank
                && g.readings(pf)
                    .any(|(p, _)| d.parent == p.name || d.province == p.name)
        });
        if let Some((d, _)) = fits {
            out.push(Unit {
                at: j..j + f.chars,
                level: d.kind.level(),
                rank: d.kind.rank(),
                name: d.name.to_string(),
                form: Some(f),
            });
        }
    }
    // A province abroad after its country: 巴新东高地省.
    if prev.level == Some(AdminLevel::Country) {
        for stem in 2..=4 {
            if t.cjk_run(j, j + stem)
                && let Some(&c) = t.chars.get(j + stem)
                && (c == '省' || c == '州')
                && !t.chars[j..j + stem]
                    .iter()
                    .any(|&c| chars!(NOT_IN_STEMS).contains(c))
            {
                out.push(Unit {
                    at: j..j + stem + 1,
                    level: None,
                    rank: Kind::Division(AdminLevel::Province).rank(),
                    name: t.slice(j, j + stem + 1).to_string(),
                    form: None,
                });
                break;
            }
        }
    }
    // A one-character stem names a village after its township: 曹庄镇朱村.
    let shortest = if prev.level == Some(AdminLevel::Township) {
        1
    } else {
        2
    };
    for stem in shortest..=4 {
        if stem == 1 && !t.at(j + 1, "村") {
            continue;
        }
        if !t.cjk_run(j, j + stem)
            || t.chars[j..j + stem]
                .iter()
                .any(|&c| chars!(NOT_IN_STEMS).contains(c))
        {
            continue;
        }
        // No unit suffix follows: nothing below can match.
        let suffix_firsts = once!(
            CharSet,
            CharSet::new(UNIT_SUFFIXES.iter().filter_map(|s| s.0.chars().next()))
        );
        if !t
            .chars
            .get(j + stem)
            .is_some_and(|&c| suffix_firsts.contains(c))
        {
            continue;
        }
        let stem_text = t.slice(j, j + stem);
        if words!(GENERIC_STEMS).ending(stem_text).is_some() {
            continue;
        }
        for &(suffix, level) in UNIT_SUFFIXES {
            if !t.at(j + stem, suffix) || Kind::Division(level).rank() >= prev_rank {
                continue;
            }
            // A county-level city or a banner follows its prefecture; 街 (a subdistrict
            // written short) follows a county.
            let after_prefecture = prev.level == Some(AdminLevel::Prefecture);
            if (suffix == "市" || suffix.ends_with('旗')) && !after_prefecture {
                continue;
            }
            if suffix == "街"
                && (prev.level != Some(AdminLevel::County) || is_common_word(stem_text))
            {
                continue;
            }
            let end = j + stem + suffix.chars().count();
            // A generic word after a full modifier (迁往新区, 偏远山区), but not after a
            // one-character stem (青山区, 天山区).
            let unit = t.slice(j, end);
            if GENERIC_UNIT_ENDS
                .iter()
                .any(|g| unit.strip_suffix(g).is_some_and(|m| m.chars().count() >= 2))
            {
                continue;
            }
            // A longer suffix reads better: 巷社区 is 巷 + 社区, not 巷社 + 区.
            if UNIT_SUFFIXES
                .iter()
                .any(|(s, _)| s.len() > suffix.len() && unit.ends_with(s))
            {
                continue;
            }
            // 街 is a subdistrict (街道) written short.
            let name = if suffix == "街" {
                format!("{}道", t.slice(j, end))
            } else {
                t.slice(j, end).to_string()
            };
            out.push(Unit {
                at: j..end,
                level: Some(level),
                rank: Kind::Division(level).rank(),
                name,
                form: None,
            });
            break;
        }
    }
    out
}

/// The best continuation of a chain after `prev`: the one reaching farthest, then the
/// one with more units (大同|云州区 beats 大同云州区).
pub(super) fn continue_chain(t: &Text<'_>, prev: &Unit, depth: usize) -> Vec<Unit> {
    if depth > 6 {
        return Vec::new();
    }
    let mut best: Vec<Unit> = Vec::new();
    let mut starts = vec![prev.at.end];
    if prev.at.end < t.len() && t.chars[prev.at.end] == '的' {
        starts.push(prev.at.end + 1);
    }
    for (n, &j) in starts.iter().enumerate() {
        for u in next_units(t, j, prev) {
            // 的 joins only a unit found by its suffix (绥德县的郝家桥村).
            if n == 1 && u.form.is_some() {
                continue;
            }
            let mut chain = vec![u.clone()];
            chain.extend(continue_chain(t, &u, depth + 1));
            let key = |c: &Vec<Unit>| (c.last().map_or(0, |u| u.at.end), c.len());
            if best.is_empty() || key(&chain) > key(&best) {
                best = chain;
            }
        }
    }
    best
}

/// Facilities a place name may open (上海中心大厦): such a place is part of a name.
#[rustfmt::skip]
const FACILITIES: &[&str] = &[
    "大厦", "大学", "学院", "机场", "车站", "银行", "医院", "产业园", "体育场", "体育馆", "博物馆",
    "博物院", "图书馆", "研究院", "研究所", "中学", "小学", "广场", "酒店", "饭店", "中心大厦",
    "路", "大街", "大道", "大桥", "火车站", "高铁站", "港", "码头", "队",
];

/// Natural features a place name may open (印度洋, 朝鲜半岛): such a place is part of a
/// name; they follow the place directly.
const FEATURES: &[&str] = &["洋", "半岛", "湾", "海峡", "群岛"];

pub(super) fn places(t: &Text<'_>, blocked: &[Range<usize>]) -> Vec<EntityMention> {
    let mut units: Vec<Unit> = Vec::new();
    let n = t.len();
    // A dateline's place that the gazetteer does not know: 新华社布鲁塞尔2月20日电.
    if let Some(r) = unknown_dateline_place(t, blocked) {
        units.push(Unit {
            name: t.slice(r.start, r.end).to_string(),
            at: r,
            level: None,
            rank: 0,
            form: None,
        });
    }
    let mut i = units.last().map_or(0, |u| u.at.end);
    while i < n {
        let Some(first) = gazetteer_unit(t, i) else {
            i += 1;
            continue;
        };
        let mut chain = vec![first.clone()];
        chain.extend(continue_chain(t, &first, 0));
        let end = chain.last().map_or(i + 1, |u| u.at.end);
        let in_dateline = dateline_slot(t, i, end);
        // A short form alone, or a two-char name alone (代县, 多哈).
        let alone = chain.len() == 1 && first.form.is_some_and(|f| !f.full || f.chars <= 2);
        let supported = in_dateline
            || chain.len() > 1
            || first
                .form
                .is_some_and(|f| !f.needs_context || t.text.contains(gazetteer().division(f).name));
        // A short form alone that an ordinary word crosses is no place (创新和美育 has
        // no 新和, 走上街头 no 上街).
        // A country is crossed on its left only (美国人, 中国有句古话 name the country).
        let country = first
            .form
            .is_some_and(|f| gazetteer().division(f).kind == Kind::Country);
        let crossed_left = alone && !in_dateline && i > 0 && is_common_word(t.slice(i - 1, i + 1));
        let crossed = crossed_left
            || alone
                && !in_dateline
                && ((!country && end < n && is_common_word(t.slice(end - 1, end + 1)))
                    || in_a_name(t, i, end, &first));
        // A lone short name (哈尔滨, not 哈尔滨市) may open a longer name.
        let short = chain.len() == 1 && first.name != t.slice(i, end);
        let in_a_larger_name = chain_is_part_of_a_name(t, i, end, blocked)
            || short && opens_a_name_after_de(t, i, end);
        if supported && !crossed && !in_a_larger_name {
            units.extend(chain);
            i = end;
        } else if crossed_left {
            // A form a word crosses on its left may hide a place that starts inside it
            // (很多哈尔滨).
            i += 1;
        } else {
            i = end;
        }
    }
    // Units found by suffix count again where they recur.
    let recurring: Vec<Unit> = units
        .iter()
        .filter(|u| u.form.is_none() && u.at.len() >= 3)
        .cloned()
        .collect();
    for u in recurring {
        let k = u.at.len();
        let written = t.slice(u.at.start, u.at.end);
        let first = t.chars[u.at.start];
        for s in 0..n.saturating_sub(k - 1) {
            let r = s..s + k;
            if t.chars[s] == first
                && t.slice(s, s + k) == written
                && !units
                    .iter()
                    .any(|v| v.at.start < r.end && r.start < v.at.end)
                && !chain_is_part_of_a_name(t, s, s + k, blocked)
            {
                units.push(Unit { at: r, ..u.clone() });
            }
        }
    }
    units
        .into_iter()
        .map(|u| EntityMention {
            span: t.span(u.at.start, u.at.end),
            kind: EntityKind::Place,
            name: u.name,
            title: None,
            admin_level: u.level,
        })
        .collect()
}

/// Whether a place form alone at chars `[a, b)` is part of a person's name (王金堂 holds
/// 金堂, 张德宏 德宏) or of a longer transliterated word (萨法罗夫 holds 法罗).
fn in_a_name(t: &Text<'_>, a: usize, b: usize, u: &Unit) -> bool {
    let Some(f) = u.form else { return false };
    let kind = gazetteer().division(f).kind;
    let abroad = matches!(kind, Kind::City | Kind::Country);
    // One char or two (a compound surname: 欧阳修文) before it.
    if !abroad && !f.full && (1..=2).any(|k| a >= k && is_likely_name(t.slice(a - k, b))) {
        return true;
    }
    let foreign_edge = |k: usize| is_cjk(t.chars[k]) && transliterating(t.chars[k]);
    kind == Kind::City
        && ((a > 0 && foreign_edge(a - 1) && !word_ends(t, a))
            || (b < t.len() && foreign_edge(b) && !word_starts(t, b)))
}

/// Agencies a dateline opens with (本报北京2月14日电, 据新华社联合国2月20日电).
const AGENCIES: &[&str] = &[
    "本报",
    "据本报",
    "新华社",
    "据新华社",
    "中新社",
    "据中新社",
    "人民日报",
    "新华社记者",
    "本报记者",
];

/// Whether chars `[a, b)` are a dateline's place: after an agency at the start of the
/// text, before the date or 电.
fn dateline_slot(t: &Text<'_>, a: usize, b: usize) -> bool {
    let after = t.chars.get(b).copied().unwrap_or(' ');
    let dated = after.is_ascii_digit() || ('０'..='９').contains(&after) || after == '电';
    dated && AGENCIES.contains(&t.slice(0, a).trim())
}

/// The dateline's place at the start of the text when no gazetteer form starts it: the
/// two to six chars between the agency and the date.
fn unknown_dateline_place(t: &Text<'_>, blocked: &[Range<usize>]) -> Option<Range<usize>> {
    let lead = t.chars.iter().take_while(|c| c.is_whitespace()).count();
    let agency = AGENCIES
        .iter()
        .filter(|a| t.at(lead, a))
        .map(|a| a.chars().count())
        .max()?;
    let a = lead + agency;
    let b = (a..t.len().min(a + 7)).find(|&k| !is_cjk(t.chars[k]))?;
    let r = a..b;
    (r.len() >= 2
        && dateline_slot(t, a, b)
        && gazetteer_form(t, a).is_none()
        && !blocked.iter().any(|x| x.start < r.end && r.start < x.end))
    .then_some(r)
}

/// `…的<place><2–4 characters>` closing a clause: the place opens the name the 的-phrase
/// describes (有伴随新区成长的哈尔滨海邻科;).
fn opens_a_name_after_de(t: &Text<'_>, a: usize, b: usize) -> bool {
    let n = t.len();
    a > 0
        && t.chars[a - 1] == '的'
        && (2..=4).any(|k| t.cjk_run(b, b + k) && (b + k == n || is_clause_break(t.chars[b + k])))
}

/// Whether the places of chars `[a, b)` belong to a larger name (see the module docs).
fn chain_is_part_of_a_name(t: &Text<'_>, a: usize, b: usize, blocked: &[Range<usize>]) -> bool {
    let n = t.len();
    if blocked.iter().any(|r| r.start < b && a < r.end) {
        return true;
    }
    let is_open = |c: char| c == '(' || c == '（';
    let is_close = |c: char| c == ')' || c == '）';
    if b < n && is_open(t.chars[b]) {
        return true;
    }
    if a > 0
        && is_open(t.chars[a - 1])
        && b + 1 < n
        && is_close(t.chars[b])
        && is_cjk(t.chars[b + 1])
    {
        return true;
    }
    if (0..=4).any(|k| {
        b + k <= n && t.cjk_run(b, b + k) && t.longest_of(b + k, words!(FACILITIES)).is_some()
    }) || t.longest_of(b, words!(FEATURES)).is_some()
    {
        return true;
    }
    // A name that recurs without the place before it: 哈尔滨万鑫石墨谷 … 万鑫石墨谷.
    if t.cjk_run(b, b + 4) {
        let next = t.slice(b, b + 4);
        let here = t.bytes[b];
        let before = t.slice(a, b);
        return t
            .text
            .match_indices(next)
            .any(|(at, _)| at != here && !t.text[..at].ends_with(before));
    }
    false
}
