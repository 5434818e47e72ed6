//! Persons: a name of the right shape ([`super::names`]) where the text marks it as one.

use std::ops::Range;

use super::lists;
use super::names::{
    HONORIFICS, LEFT_OF_NAME, NAME_LENGTHS, RIGHT_OF_NAME, SPEECH_VERBS, STRONG_TITLES,
    is_likely_name, is_name, left_ok, left_tight, may_open_a_name, right_ok, right_tight,
    title_ending, title_starting,
};
use super::text::{
    FUNCTION_CHARS, Text, is_cjk, is_cjk_or_dot, is_clause_break, is_common_word, is_dot,
    transliterating, word_ends, word_starts,
};
use crate::gazetteer::gazetteer;
use crate::types::{EntityKind, EntityMention, Quote, Span};
use crate::words::{chars, words};

/// Doctrines named after a person: 习近平新时代中国特色社会主义思想, 毛泽东思想, 邓小平理论.
/// The long form follows a name of any length; the bare 思想/理论 only a three-character
/// one (解放思想 is no person).
const DOCTRINE: &str = "新时代中国特色社会主义思想";
const DOCTRINE_SHORT: &[&str] = &["思想", "理论"];

/// Verbs of appointment and honour a name follows (任命张汉晖为外交部副部长).
#[rustfmt::skip]
const APPOINTING: &[&str] = &[
    "任命", "免去", "任免", "追授", "授予", "表彰", "选举", "推选", "提名", "看望", "慰问", "会见",
    "会晤", "接见", "悼念", "纪念",
];

/// Surnames that are more often an adverb or a numeral before a verb (曾专程, 万场):
/// the weakest rule does not read a name starting with one.
const WEAK_SURNAMES: &str = "曾万易解任于应以从单班";

/// Titles a transliterated foreign name stands next to (总统特朗普, 奥尼尔总理).
#[rustfmt::skip]
const FOREIGN_TITLES: &[&str] = &[
    "总统", "副总统", "总理", "首相", "外长", "外交部长", "国务卿", "大使", "议长", "国王", "女王",
    "王储", "亲王", "总干事", "秘书长", "发言人", "特使", "主席", "部长", "总司令", "防长", "财长",
    "教练", "主教练", "先生", "女士", "博士", "教授",
];

struct Found {
    at: Range<usize>,
    title: Option<String>,
}

fn add(found: &mut Vec<Found>, at: Range<usize>, title: Option<String>) {
    if !found
        .iter()
        .any(|f| f.at.start < at.end && at.start < f.at.end)
    {
        found.push(Found { at, title });
    }
}

/// A title as stored: `None` for an honorific.
fn stored(title: &str) -> Option<String> {
    (!HONORIFICS.contains(&title)).then(|| title.to_string())
}

/// The persons of `t`: quote speakers, then the rules of the module docs, then every
/// recurrence of a name found.
pub(super) fn persons(t: &Text<'_>, quotes: &[Quote]) -> Vec<EntityMention> {
    let mut found: Vec<Found> = Vec::new();
    // Quote speakers.
    for q in quotes {
        let (Some(name), Some(ps)) = (&q.speaker, q.speaker_span) else {
            continue;
        };
        let Some(off) = ps.of(t.text).rfind(name.as_str()) else {
            continue;
        };
        let r = t.char_range(Span::new(ps.start + off, ps.start + off + name.len()));
        add(&mut found, r, q.speaker_title.clone());
    }
    let n = t.len();
    // Where a name may open (a surname), once for the text: the rules ask it often.
    let opens: Vec<bool> = t.chars.iter().map(|&c| may_open_a_name(c)).collect();
    // How many of the chars before each position may open a name: "any in a range" in
    // two loads.
    let mut before = Vec::with_capacity(n + 1);
    before.push(0u32);
    for &o in &opens {
        before.push(before.last().copied().unwrap_or(0) + u32::from(o));
    }
    let any_opens = |a: usize, b: usize| {
        let (a, b) = (a.min(n), b.min(n));
        a < b && before[b] > before[a]
    };

    for i in 0..n {
        if !is_cjk(t.chars[i]) {
            continue;
        }
        // A name may stand before a title (its surname two to four chars back) or after
        // it (a surname within the next eight chars): else no title is looked up.
        if any_opens(i.saturating_sub(4), i.saturating_sub(1)) || any_opens(i + 1, i + 9) {
            titled(t, i, &opens, &mut found);
        }
        if opens[i] {
            marked(t, i, &mut found);
        }
        if matches!(t.chars[i], '新' | '思' | '理') {
            doctrine(t, i, &mut found);
        }
        foreign(t, i, &mut found);
    }
    dotted(t, &mut found);
    bracketed(t, &mut found);
    listed(t, &opens, &mut found);
    // A name-shaped stem before a place suffix is a place's (郝家桥村).
    found.retain(|f| {
        t.chars
            .get(f.at.end)
            .is_none_or(|&c| !"村镇乡县区庄屯寨".contains(c))
    });
    recurring(t, &mut found);
    found
        .into_iter()
        .map(|f| EntityMention {
            span: t.span(f.at.start, f.at.end),
            kind: EntityKind::Person,
            name: t.slice(f.at.start, f.at.end).to_string(),
            title: f.title,
            admin_level: None,
        })
        .collect()
}

/// A name next to a title: 习近平总书记, 村民张三说, 总经理刘智良.
#[inline(never)]
fn titled(t: &Text<'_>, i: usize, opens: &[bool], found: &mut Vec<Found>) {
    let n = t.len();
    let opens_at = |k: usize| opens.get(k).copied().unwrap_or(false);
    let Some(len) = title_starting(t, i) else {
        return;
    };
    let title = t.slice(i, i + len);
    // Before the title: 习近平总书记, 张淑琴代表.
    let strong = STRONG_TITLES.iter().any(|s| title.ends_with(s));
    for k in NAME_LENGTHS {
        if i >= k
            && opens[i - k]
            && is_name(t.slice(i - k, i))
            // 卫生主管部门: a two-char word before a title is no name.
            && !(k == 2 && is_common_word(t.slice(i - k, i)))
            && (left_tight(t, i - k) || (strong && k >= 3) || left_ok(t, i - k) && k >= 3)
        {
            add(found, i - k..i, stored(title));
            break;
        }
    }
    // After it: 总经理刘智良说, 村民张三在. Honorifics follow a name, never precede one.
    if HONORIFICS.contains(&title) {
        return;
    }
    // 参与记者：吴晶、史竞男: a colon may stand between.
    let colon = t.chars.get(i + len).is_some_and(|&c| c == '：' || c == ':');
    let j = i + len + usize::from(colon);
    if !opens_at(j) {
        return;
    }
    for k in NAME_LENGTHS {
        if j + k <= n
            && is_name(t.slice(j, j + k))
            && !(k == 2 && is_common_word(t.slice(j, j + k)))
            // 书记林建表示: not where the name's last char opens a word.
            && !(k == 3 && ends_in_a_word(t, j + k))
            // 士官杨初格西，: a longer name than three chars is not cut to three.
            && !(k == 3 && one_letter_then_a_break(t, j + k))
            && (right_tight(t, j + k)
                || right_ok(t, j + k) && (k >= 3 || is_likely_name(t.slice(j, j + k)))
                // 村民谢万娣守着: a likely three-char name after a title.
                || k == 3
                    && is_likely_name(t.slice(j, j + k))
                    && !chars!(WEAK_SURNAMES).contains(t.chars[j])
                    && !is_common_word(t.slice(j + 1, j + k)))
        {
            add(found, j..j + k, stored(title));
            // More names after it, with the same title: 本报记者贺勇、曹玲.
            let mut e = j + k;
            while e + 1 < n && t.chars[e] == '、' {
                let Some(k) = NAME_LENGTHS.into_iter().find(|&k| {
                    e + 1 + k <= n
                        && is_likely_name(t.slice(e + 1, e + 1 + k))
                        && right_tight(t, e + 1 + k)
                }) else {
                    break;
                };
                add(found, e + 1..e + 1 + k, stored(title));
                e += 1 + k;
            }
            break;
        }
    }
}

/// Whether char `e` is a letter that neither follows a name (说, 在 …) nor opens a
/// title, and a clause break comes right after it: the name runs on to it.
fn one_letter_then_a_break(t: &Text<'_>, e: usize) -> bool {
    t.chars
        .get(e)
        .is_some_and(|&c| is_cjk(c) && !chars!(RIGHT_OF_NAME).contains(c))
        && title_starting(t, e).is_none()
        && t.chars.get(e + 1).is_none_or(|&c| is_clause_break(c))
}

/// A name the sentence marks without a title: at a clause start before a verb of saying
/// (刘智良告诉记者,), before a verb of saying after an adverb (林孝发自豪地说), between
/// function words (党中央和毛泽东的领导下), or before a doctrine (习近平新时代…思想).
#[inline(never)]
fn marked(t: &Text<'_>, i: usize, found: &mut Vec<Found>) {
    let n = t.len();
    let says_at = |j: usize| t.longest_of(j, words!(SPEECH_VERBS));
    let appointing = i >= 2 && t.longest_ending(i, words!(APPOINTING)).is_some();
    for k in NAME_LENGTHS {
        if i + k > n {
            continue;
        }
        let e = i + k;
        // The cheap tests first: something after the name that a rule asks for.
        let cue = e >= n
            || !is_cjk(t.chars[e])
            || chars!(RIGHT_OF_NAME).contains(t.chars[e])
            || t.chars.get(e + 2) == Some(&'地')
            || t.chars.get(e + 3) == Some(&'地')
            || says_at(e).is_some();
        if !cue {
            continue;
        }
        let name = t.slice(i, i + k);
        if !is_name(name) {
            continue;
        }
        // Before a verb of saying that ends a clause or opens one: 张弛说,.
        // A two-char word before 说 is a speaker only after a quote (”张弛说, but 严格说).
        let after_quote = i > 0 && "”’」』".contains(t.chars[i - 1]);
        let says = says_at(e).is_some_and(|v| e + v >= n || is_clause_break(t.chars[e + v]))
            && (i == 0 || !is_cjk(t.chars[i - 1]))
            && (k > 2 || after_quote || !is_common_word(name));
        // X说 / X表示 at a boundary, the name likely: 王焕君说, 李梦晨表示; not where the
        // name's last char and the verb make a word (金庸小说).
        let says_likely = says_at(e).is_some()
            && left_ok(t, i)
            && !(k == 3 && ends_in_a_word(t, e))
            && is_likely_name(name)
            && !is_common_word(t.slice(e - 1, e + 1));
        // Adverb + 地 + verb of saying: 林孝发自豪地说 (the adverb a word: not 朱满自|信地说).
        let adverb = (2..=3).any(|a| {
            e + a < n
                && t.chars[e + a] == '地'
                && is_common_word(t.slice(e, e + a))
                && says_at(e + a + 1).is_some()
        }) && left_ok(t, i)
            && is_likely_name(name);
        // A likely three-character name between a clause start or a function word and
        // a function word or a clause end: 党中央和毛泽东的领导下, 杨松从莫斯科回到延安.
        // Not where its last char and the next one make a word (杨松作为), nor when its
        // given name is a word (时，曾专程到).
        let right_bound = e >= n
            || chars!(RIGHT_OF_NAME).contains(t.chars[e])
            || "，。；！？、".contains(t.chars[e]);
        let left_bound = i == 0
            || is_clause_break(t.chars[i - 1])
            || chars!(LEFT_OF_NAME).contains(t.chars[i - 1]);
        let bounded = k == 3
            && left_bound
            && !ends_in_a_word(t, e)
            && !chars!(WEAK_SURNAMES).contains(t.chars[i])
            && right_bound
            && !(e < n && is_common_word(t.slice(e - 1, e + 1)))
            && !(e + 1 < n && is_common_word(t.slice(e - 1, e + 2)))
            && !is_common_word(t.slice(i + 1, e))
            && is_likely_name(name);
        // After a verb of appointment or honour: 任命张汉晖为, 免去李惠来的.
        let appointed = appointing && right_tight(t, e);
        if says || says_likely || adverb || bounded || appointed {
            add(found, i..e, None);
            return;
        }
    }
}

/// A name before a doctrine: 以习近平新时代中国特色社会主义思想为指导, 毛泽东思想.
fn doctrine(t: &Text<'_>, i: usize, found: &mut Vec<Found>) {
    // Before a doctrine: 以习近平新时代中国特色社会主义思想为指导.
    if t.chars[i] == '新' && t.at(i, DOCTRINE) {
        for k in NAME_LENGTHS {
            if i >= k && is_name(t.slice(i - k, i)) && (k >= 3 || left_tight(t, i - k)) {
                add(found, i - k..i, None);
                return;
            }
        }
    } else if t.longest_of(i, words!(DOCTRINE_SHORT)).is_some()
        && i >= 3
        && is_name(t.slice(i - 3, i))
    {
        add(found, i - 3..i, None);
    }
}

/// A transliterated foreign name next to a title: 总统特朗普, 贾格纳特总理, 总理奥尼尔.
#[inline(never)]
fn foreign(t: &Text<'_>, i: usize, found: &mut Vec<Found>) {
    let Some(len) = t.longest_of(i, words!(FOREIGN_TITLES)) else {
        return;
    };
    let title = t.slice(i, i + len);
    let n = t.len();
    // A transliterating letter next to the title, else nothing to read.
    let letter = |k: usize| {
        t.chars
            .get(k)
            .is_some_and(|&c| is_cjk(c) && transliterating(c))
    };
    if !(i > 0 && letter(i - 1) || letter(i + len)) {
        return;
    }
    let is_foreign = |a: usize, b: usize, strict: bool| {
        let s = t.slice(a, b);
        let letters = t.chars[a..b]
            .iter()
            .filter(|&&c| transliterating(c))
            .count();
        b - a >= 2
            && t.chars[a..b].iter().all(|&c| is_cjk_or_dot(c))
            && (letters == b - a || !strict && letters >= 2 && letters * 3 >= (b - a) * 2)
            && !word_starts(t, a)
            && !gazetteer().is_form(s)
            && !is_name(s)
            && !is_common_word(s)
            && !(b - a == 2 && super::text::word_starts(t, a))
    };
    // Before the title: the longest run of transliterating characters that starts at a
    // boundary.
    let mut a = i;
    while a > 0 && i - a < 8 && transliterating(t.chars[a - 1]) && is_cjk_or_dot(t.chars[a - 1]) {
        a -= 1;
    }
    while a + 2 <= i
        && !(a == 0 || !is_cjk_or_dot(t.chars[a - 1]) || word_ends(t, a) || left_tight(t, a))
    {
        a += 1;
    }
    if a + 2 <= i && is_foreign(a, i, true) && !is_dot(t.chars[a]) {
        add(found, a..i, stored(title));
    }
    // A title after a surname is that person's (习主席来连队): no name follows it.
    if i > 0 && is_name(t.slice(i - 1, i + 1)) {
        return;
    }
    // After it: the run up to a boundary, cut before an ordinary word it runs into
    // (部长伊利亚斯|参加会见). Any letter but a function word may stand in it (外长优素福);
    // not after a title that opens a longer word (大使馆, 总统府).
    let j = i + len;
    if t.longest_of(i, lists::common_words())
        .is_some_and(|w| w > len)
    {
        return;
    }
    let mut b = j;
    while b < n
        && b - j < 12
        && is_cjk_or_dot(t.chars[b])
        && !chars!(FUNCTION_CHARS).contains(t.chars[b])
    {
        b += 1;
    }
    let dotted = t.chars[j..b].iter().any(|&c| is_dot(c));
    if let Some(w) = (j + 2..b).find(|&k| !dotted && word_starts(t, k)) {
        b = w;
    }
    while b >= j + 2 && !(right_tight(t, b) || word_starts(t, b)) {
        b -= 1;
    }
    if b >= j + 2 && is_foreign(j, b, false) && !is_dot(t.chars[b - 1]) {
        add(found, j..b, stored(title));
    }
}

/// A transliterated name whose parts an interpunct joins (库尔班·尼亚孜, 安德鲁·迪克斯):
/// such a name is a person's wherever it stands. The first part runs back over
/// transliterating letters to a title, an ordinary word or a boundary.
#[inline(never)]
fn dotted(t: &Text<'_>, found: &mut Vec<Found>) {
    let n = t.len();
    let mut k = 1;
    while k + 1 < n {
        if !(is_dot(t.chars[k]) && is_cjk(t.chars[k - 1]) && is_cjk(t.chars[k + 1])) {
            k += 1;
            continue;
        }
        let mut a = k;
        while a > 0
            && k - a < 6
            && is_cjk(t.chars[a - 1])
            && transliterating(t.chars[a - 1])
            && title_ending(t, a).is_none()
            && !word_ends(t, a)
        {
            a -= 1;
        }
        // The last part: transliterating letters up to an ordinary word or a verb of
        // saying (特雷莎·梅|带着, 爱德华·科克斯|说).
        let mut b = k + 1;
        while b < n
            && b - a < 16
            && (is_dot(t.chars[b]) || is_cjk(t.chars[b]) && transliterating(t.chars[b]))
        {
            if !is_dot(t.chars[b - 1])
                && (word_starts(t, b) || t.longest_of(b, words!(SPEECH_VERBS)).is_some())
            {
                break;
            }
            b += 1;
        }
        if k - a >= 1 && !is_dot(t.chars[b - 1]) && !gazetteer().is_form(t.slice(a, b)) {
            let title = title_ending(t, a).map(|(_, w)| w).and_then(stored);
            add(found, a..b, title);
        }
        k = b;
    }
}

/// Whether the char before `e` and the chars from `e` make an ordinary word (林建表|示).
fn ends_in_a_word(t: &Text<'_>, e: usize) -> bool {
    let n = t.len();
    e < n
        && e >= 1
        && (is_common_word(t.slice(e - 1, e + 1))
            || e + 2 <= n && is_common_word(t.slice(e - 1, e + 2)))
}

/// Names alone in brackets, the reporters' credit (（黎云、吴旭）, （记者 …）is a title):
/// one to six names joined by 、 or spaces, and nothing else.
#[inline(never)]
fn bracketed(t: &Text<'_>, found: &mut Vec<Found>) {
    let n = t.len();
    for (o, &c) in t.chars.iter().enumerate() {
        if c != '（' && c != '(' {
            continue;
        }
        let Some(close) = (o + 1..n.min(o + 40)).find(|&k| t.chars[k] == '）' || t.chars[k] == ')')
        else {
            continue;
        };
        let mut items: Vec<Range<usize>> = Vec::new();
        let mut a = o + 1;
        while a < close {
            let b = (a..close).find(|&k| !is_cjk(t.chars[k])).unwrap_or(close);
            if b > a {
                items.push(a..b);
            }
            a = b + 1;
        }
        let separators_ok = (o + 1..close)
            .all(|k| is_cjk(t.chars[k]) || t.chars[k] == '、' || t.chars[k].is_whitespace());
        if separators_ok
            && !items.is_empty()
            && items.len() <= 6
            && items
                .iter()
                .all(|r| (2..=3).contains(&r.len()) && is_name(t.slice(r.start, r.end)))
            && items
                .iter()
                .any(|r| is_likely_name(t.slice(r.start, r.end)))
        {
            for r in items {
                add(found, r, None);
            }
        }
    }
}

/// Names in a list (贺玉凤、廖理纯、殷金凤、夏虹、苑永萍……): three or more likely names
/// joined by 、, or two when one of them is already known.
#[inline(never)]
fn listed(t: &Text<'_>, opens: &[bool], found: &mut Vec<Found>) {
    let n = t.len();
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < n {
        // A run of items of 2–4 chars joined by 、, each a name: most positions fail at
        // the first item, before any lookup but the surname's.
        let start = i;
        if !opens[i] {
            i += 1;
            continue;
        }
        items.clear();
        let mut a = i;
        loop {
            let mut b = a;
            while b < n && is_cjk(t.chars[b]) && t.chars[b] != '等' && b - a <= 4 {
                b += 1;
            }
            if b - a < 2 || b - a > 4 || !is_name(t.slice(a, b)) {
                break;
            }
            items.push(a..b);
            if b < n && t.chars[b] == '、' {
                a = b + 1;
            } else {
                break;
            }
        }
        if items.len() < 2 {
            i += 1;
            continue;
        }
        let end = items.last().map_or(start + 1, |r| r.end);
        let etc = end < n && t.chars[end] == '等';
        let closes = end >= n || !is_cjk(t.chars[end]) || etc;
        // Most of the names likely ones (汪洋 is also a word).
        let likely_count = items
            .iter()
            .filter(|r| is_likely_name(t.slice(r.start, r.end)))
            .count();
        let likely = likely_count * 3 >= items.len() * 2 && likely_count >= 2;
        let known = items.iter().any(|r| {
            found
                .iter()
                .any(|f| t.slice(f.at.start, f.at.end) == t.slice(r.start, r.end))
        });
        // Two names alone need a mark (等, a known one) or three chars each (郭伯雄、徐才厚).
        let long_pair = items.len() == 2 && items.iter().all(|r| r.len() == 3) && likely_count == 2;
        if closes
            && likely
            && (items.len() >= 3 || items.len() == 2 && (known || etc || long_pair))
            && left_ok(t, start)
        {
            for r in items.drain(..) {
                add(found, r, None);
            }
        }
        i = end.max(start + 1);
    }
}

/// The names found, wherever else they stand in the text (three-character names
/// anywhere, two-character names only at a boundary: 张弛 is also a word).
#[inline(never)]
fn recurring(t: &Text<'_>, found: &mut Vec<Found>) {
    let n = t.len();
    let names: Vec<String> = found
        .iter()
        .map(|f| t.slice(f.at.start, f.at.end).to_string())
        .collect();
    for name in names {
        let k = name.chars().count();
        let first = name.chars().next();
        for i in 0..n.saturating_sub(k - 1) {
            if Some(t.chars[i]) == first
                && t.slice(i, i + k) == name
                && (k >= 3 || right_tight(t, i + k))
                && (k >= 3 || left_tight(t, i))
            {
                add(found, i..i + k, None);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persons_of(s: &str) -> Vec<String> {
        let t = Text::new(s);
        let mut v: Vec<String> = persons(&t, &[]).into_iter().map(|e| e.name).collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn cues_mark_names() {
        assert_eq!(persons_of("九牧董事长林孝发自豪地说。"), ["林孝发"]);
        assert_eq!(persons_of("“很好。”林孝发说。"), ["林孝发"]);
        assert_eq!(
            persons_of("贺玉凤、廖理纯、殷金凤、夏虹、苑永萍……"),
            ["夏虹", "廖理纯", "殷金凤", "苑永萍", "贺玉凤"]
        );
        assert_eq!(persons_of("引来包括贾格纳特总理在内的嘉宾"), ["贾格纳特"]);
        assert!(persons_of("高度重视，方便群众。").is_empty());
    }
}
