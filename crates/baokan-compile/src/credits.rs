//! Credit and note lines, and the reporters they name.
//!
//! Newspapers print a few kinds of line among the paragraphs that are not the story:
//! bylines (本报记者 王五 赵六), author notes (（作者为…）), design, chart, data-source,
//! photo-source and editor lines (版式设计：…), captions (…摄), signatures (——编者) and
//! closing datelines. Each is recognised by the shape of the genre (a label and a colon,
//! brackets, a role word followed by names), never by a particular name.

use std::ops::Range;

use crate::classify::closing_dateline;
use crate::model::CreditKind;

/// Labels that open an editorial line, each followed by a colon, and what they mark.
/// Longer labels first where one contains another.
const LABELS: [(&str, CreditKind); 20] = [
    ("版式设计", CreditKind::Design),
    ("版面设计", CreditKind::Design),
    ("版式", CreditKind::Design),
    ("稿件统筹", CreditKind::Editor),
    ("本期统筹", CreditKind::Editor),
    ("统筹", CreditKind::Editor),
    ("来稿请寄", CreditKind::Note),
    ("本版制图", CreditKind::Chart),
    ("图表制作", CreditKind::Chart),
    ("制图", CreditKind::Chart),
    ("数据来源", CreditKind::DataSource),
    ("资料来源", CreditKind::DataSource),
    ("图片来源", CreditKind::PhotoSource),
    ("图片提供", CreditKind::PhotoSource),
    ("本版图片", CreditKind::PhotoSource),
    ("本版责编", CreditKind::Editor),
    ("责任编辑", CreditKind::Editor),
    ("本版主编", CreditKind::Editor),
    ("栏目投稿邮箱", CreditKind::Note),
    ("投稿邮箱", CreditKind::Note),
];

/// Words that name a reporter's role; a byline is a role followed by names.
const ROLES: [&str; 8] = [
    "特约记者",
    "记者",
    "通讯员",
    "评论员",
    "特约撰稿人",
    "撰稿人",
    "实习生",
    "摄影",
];

/// Who a role word may be preceded by in a byline: a paper or agency, a posting
/// (驻…, 赴…特派) — short, without punctuation.
const MAX_ROLE_PREFIX_CHARS: usize = 14;

/// The kind of a credit line, or `None` for body text. `s` is the line without its
/// indentation.
pub(crate) fn credit_kind(s: &str) -> Option<CreditKind> {
    let n = s.chars().count();
    if n == 0 || n > 120 {
        return None;
    }
    if let Some(kind) = labelled(s) {
        return Some(kind);
    }
    if closing_dateline(s).is_some() {
        return Some(CreditKind::ClosingDateline);
    }
    if let Some(inner) = bracketed(s) {
        let inner = inner.trim();
        if inner.starts_with("作者") || inner.starts_with("执笔") || inner.ends_with("整理") {
            return Some(CreditKind::AuthorNote);
        }
        if inner.contains("记者") && !has_sentence_punct(inner) && inner.chars().count() <= 40 {
            return Some(if inner.ends_with('摄') {
                CreditKind::Caption
            } else {
                CreditKind::Byline
            });
        }
        if matches!(inner, "资料图片" | "新华社发" | "图片由受访者提供") {
            return Some(CreditKind::Caption);
        }
        // A short editorial aside in brackets: （本系列评论到此结束）, （完）.
        if inner.chars().count() <= 24 && !has_sentence_punct(inner) {
            return Some(CreditKind::Note);
        }
    }
    if is_signature(s) {
        return Some(CreditKind::Signature);
    }
    // A photographer's credit alone is a caption; one that also credits the words
    // (罗艾桦文 陈北跑摄) is a byline.
    let photo = is_caption(s);
    if photo && !s.contains('文') {
        return Some(CreditKind::Caption);
    }
    if byline_names(s).is_some() {
        return Some(CreditKind::Byline);
    }
    if photo {
        return Some(CreditKind::Caption);
    }
    // Where a letter or essay was written (写于…), and an address standing alone.
    if (s.starts_with("写于") && n <= 30 && !has_sentence_punct(s))
        || (!s.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
            && (s.contains('@') || s.contains("http")))
    {
        return Some(CreditKind::Note);
    }
    None
}

/// Common Chinese surnames, one char each: a signature line is a name, and a name
/// starts with one of these far more often than a heading does.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/// The name of a signature line, a person signing off a letter or an essay: 冯学伟,
/// 马 进, 江西新余市  廖海金 (a place, then the name). `None` for anything else.
pub(crate) fn signature_name(s: &str) -> Option<(String, Range<usize>)> {
    if s.chars().count() > 20 || has_sentence_punct(s) {
        return None;
    }
    let names = names_in(s, 0);
    let (name, range) = names.last()?.clone();
    let before = s[..range.start].trim();
    let place_ok = before.is_empty()
        || (before.chars().all(char::is_alphabetic)
            && before.ends_with(['省', '市', '县', '区', '州', '镇', '乡', '村', '旗', '盟']));
    let n = name.chars().count();
    let first = name.chars().next()?;
    (place_ok
        && (2..=3).contains(&n)
        && SURNAMES.contains(first)
        && s[range.end..].trim().is_empty())
    .then_some((name, range))
}

fn labelled(s: &str) -> Option<CreditKind> {
    LABELS.iter().find_map(|(label, kind)| {
        let rest = s.strip_prefix(label)?;
        rest.starts_with(['：', ':']).then_some(*kind)
    })
}

/// The inside of a line that is wholly one bracketed note: （…） or (…), which may
/// hold brackets of its own (（作者为…刚果（金）…））.
fn bracketed(s: &str) -> Option<&str> {
    let inner = s
        .strip_prefix('（')
        .and_then(|r| r.strip_suffix('）'))
        .or_else(|| s.strip_prefix('(').and_then(|r| r.strip_suffix(')')))?;
    let mut depth = 0i32;
    for c in inner.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    (depth == 0).then_some(inner)
}

fn has_sentence_punct(s: &str) -> bool {
    s.contains(['。', '！', '？', '，', '；'])
}

/// ——编者, ——习近平: a dash and a short name closing a note or a quotation.
fn is_signature(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("——") else {
        return false;
    };
    let name: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let n = name.chars().count();
    (1..=8).contains(&n) && !has_sentence_punct(&name) && !name.contains('—')
}

/// A photo credit or caption: a line ending in a photographer's credit (…摄,
/// …摄（新华社发）), or one opening with 图为 / 上图 / 下图 ….
fn is_caption(s: &str) -> bool {
    if ["图为", "上图", "下图", "左图", "右图", "题图", "图片说明"]
        .iter()
        .any(|p| s.starts_with(p))
    {
        return true;
    }
    // 图①：…, a caption for one of several numbered pictures.
    if let Some(rest) = s.strip_prefix('图')
        && rest.starts_with(|c: char| ('①'..='⑳').contains(&c))
    {
        return true;
    }
    let core = match s.rfind(['（', '(']) {
        Some(open) if s.ends_with(['）', ')']) && open > 0 => &s[..open],
        _ => s,
    };
    let core = core.trim_end();
    if !(core.ends_with('摄') || core.ends_with("摄影")) {
        return false;
    }
    // The credit is the stretch after the caption's last sentence: a role and a name.
    let credit = core
        .rsplit(['。', '！', '？'])
        .next()
        .unwrap_or(core)
        .trim();
    let before = credit.trim_end_matches("摄影").trim_end_matches('摄');
    let named = credit.contains(char::is_whitespace)
        || ["记者", "通讯员", "新华社", "本报", "摄影"]
            .iter()
            .any(|r| before.contains(r))
        || before.chars().count() <= 4;
    named && credit.chars().count() <= 24 && !credit.contains(['，', '；', '“', '”'])
}

/// The names of a byline line (本报记者 王五 赵六, 新华社记者 张三, 本报评论员), or
/// `None` when the line is no byline. Names are byte ranges of `s` with the names
/// joined as printed; an empty list is a byline that names nobody.
pub(crate) fn byline_names(s: &str) -> Option<Vec<(String, Range<usize>)>> {
    if s.chars().count() > 48 || has_sentence_punct(s) || s.contains(['“', '：', ':']) {
        return None;
    }
    let (role_at, role) = ROLES
        .iter()
        .filter_map(|r| s.find(r).map(|at| (at, *r)))
        .min_by_key(|&(at, r)| (at, std::cmp::Reverse(r.len())))?;
    let prefix = &s[..role_at];
    if prefix.chars().count() > MAX_ROLE_PREFIX_CHARS
        || prefix
            .chars()
            .any(|c| !c.is_alphabetic() && !matches!(c, '·'))
    {
        return None;
    }
    let after = role_at + role.len();
    let rest = &s[after..];
    // A role is followed by a space and names, or by nothing (本报评论员); 记者手记 is a
    // heading, not a byline.
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let names = names_in(rest, after);
    let letters = rest.chars().filter(|c| c.is_alphabetic()).count();
    let named: usize = names.iter().map(|(n, _)| n.chars().count()).sum();
    // Everything after the role must be names (and further roles).
    // Credited parts after a name (罗艾桦文 陈北跑摄) are not names either.
    let parts = if rest.contains('摄') {
        rest.matches(['摄', '文']).count()
    } else {
        0
    };
    (named + role_letters(rest) + parts >= letters).then_some(names)
}

fn role_letters(s: &str) -> usize {
    ROLES
        .iter()
        .map(|r| s.matches(r).count() * r.chars().count())
        .sum::<usize>()
        + s.matches("报道").count() * 2
        + s.matches("整理").count() * 2
}

/// Person names in a credit's list: split at spaces, 、, and role words; a run of
/// single characters is one name set with a typesetting space (张 枨 → 张枨).
/// `base` is added to the ranges.
pub(crate) fn names_in(s: &str, base: usize) -> Vec<(String, Range<usize>)> {
    let mut tokens: Vec<Range<usize>> = Vec::new();
    let mut start = None;
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let role = ROLES
            .iter()
            .chain(["报道", "整理", "采访整理"].iter())
            .find(|r| rest.starts_with(*r));
        let c = rest.chars().next().unwrap_or(' ');
        let sep =
            c.is_whitespace() || matches!(c, '、' | '，' | ',' | '/' | '（' | '）' | '(' | ')');
        if role.is_some() || sep {
            if let Some(st) = start.take() {
                tokens.push(st..i);
            }
            i += role.map_or(c.len_utf8(), |r| r.len());
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        i += c.len_utf8();
    }
    if let Some(st) = start {
        tokens.push(st..s.len());
    }
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    let mut k = 0;
    // A name set with its part in the credit: 罗艾桦文 (words by), 陈北跑摄 (photo by).
    for t in tokens.iter_mut() {
        let chars = s[t.clone()].chars().count();
        let token = &s[t.clone()];
        if chars >= 3 && (token.ends_with('摄') || (token.ends_with('文') && s.contains('摄'))) {
            t.end -= '文'.len_utf8();
        }
    }
    while k < tokens.len() {
        let t = &tokens[k];
        let one = |r: &Range<usize>| s[r.clone()].chars().count() == 1;
        if one(t) && k + 1 < tokens.len() && one(&tokens[k + 1]) {
            let (a, b) = (t.clone(), tokens[k + 1].clone());
            out.push((
                format!("{}{}", &s[a.clone()], &s[b.clone()]),
                base + a.start..base + b.end,
            ));
            k += 2;
            continue;
        }
        out.push((s[t.clone()].to_string(), base + t.start..base + t.end));
        k += 1;
    }
    out.retain(|(n, _)| is_name(n));
    out
}

/// A plausible person name: 2–6 letters (Han names; transcribed names with ·).
fn is_name(n: &str) -> bool {
    let count = n.chars().count();
    (2..=12).contains(&count)
        && n.chars().all(|c| c.is_alphabetic() || c == '·')
        && !n.chars().all(|c| c.is_ascii_alphabetic())
}

/// Reporters in the brackets that follow a dateline: （记者方问禹）, （记者 王五、赵六）.
/// `at` is where the text after the dateline starts in `s`.
pub(crate) fn dateline_reporters(s: &str, at: usize) -> Vec<(String, Range<usize>)> {
    let rest = &s[at..];
    let lead = rest.len() - rest.trim_start().len();
    let body = &rest[lead..];
    let Some(inner) = body.strip_prefix(['（', '(']) else {
        return Vec::new();
    };
    let Some(close) = inner.find(['）', ')']) else {
        return Vec::new();
    };
    let inner = &inner[..close];
    let open_len = body.chars().next().map_or(0, char::len_utf8);
    let names = names_in(inner, at + lead + open_len);
    // Brackets of names alone, （万建辉）, credit reporters too; anything else in them
    // (a place, a note) means they are no credit.
    let named: usize = names.iter().map(|(_, r)| r.len()).sum();
    let letters: usize = inner
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum::<usize>()
        .saturating_sub(role_letters(inner) * '记'.len_utf8());
    if !inner.contains("记者") && !inner.contains("通讯员") && named < letters {
        return Vec::new();
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<CreditKind> {
        credit_kind(s)
    }

    #[test]
    fn labelled_lines() {
        assert_eq!(kind("版式设计：沈亦伶"), Some(CreditKind::Design));
        assert_eq!(kind("本版制图：蔡华伟"), Some(CreditKind::Chart));
        assert_eq!(kind("数据来源：国家统计局"), Some(CreditKind::DataSource));
        assert_eq!(kind("图片来源：人民视觉"), Some(CreditKind::PhotoSource));
        assert_eq!(kind("制图很重要，他说。"), None);
    }

    #[test]
    fn bracketed_notes_and_datelines() {
        assert_eq!(
            kind("（作者为四川省社会科学院副研究员）"),
            Some(CreditKind::AuthorNote)
        );
        assert_eq!(kind("（作者单位：北京大学）"), Some(CreditKind::AuthorNote));
        assert_eq!(
            kind("（本报洛杉矶2月14日电）"),
            Some(CreditKind::ClosingDateline)
        );
        assert_eq!(kind("（本报记者  何  璐）"), Some(CreditKind::Byline));
        assert_eq!(kind("（新华社发）"), Some(CreditKind::Caption));
        assert_eq!(kind("（一）加强组织领导"), None);
    }

    #[test]
    fn bylines_and_their_names() {
        let names =
            |s: &str| byline_names(s).map(|v| v.into_iter().map(|(n, _)| n).collect::<Vec<_>>());
        assert_eq!(
            names("本报记者\u{a0}郑少忠\u{a0}任江华").unwrap(),
            ["郑少忠", "任江华"]
        );
        assert_eq!(names("本报记者\u{a0}张\u{a0}枨").unwrap(), ["张枨"]);
        assert_eq!(
            names("本报赴柬埔寨特派记者 丁 子 赵益普").unwrap(),
            ["丁子", "赵益普"]
        );
        assert_eq!(names("新华社记者").unwrap(), Vec::<String>::new());
        assert_eq!(
            names("本报记者 王五 通讯员 赵六").unwrap(),
            ["王五", "赵六"]
        );
        assert!(names("记者手记").is_none());
        assert!(names("刘智良告诉记者，新区各项惠企政策先后落地").is_none());
        assert!(names("以治学的态度履职（记者手记）").is_none());
        assert_eq!(kind("本报记者 潘俊强"), Some(CreditKind::Byline));
    }

    #[test]
    fn captions_and_signatures() {
        assert_eq!(kind("本报记者 于 洋摄"), Some(CreditKind::Caption));
        assert_eq!(kind("雒 圆摄（新华社发）"), Some(CreditKind::Caption));
        assert_eq!(
            kind("图为2月12日，游客在景区参观。本报记者 王五摄"),
            Some(CreditKind::Caption)
        );
        assert_eq!(kind("——编  者"), Some(CreditKind::Signature));
        assert_eq!(kind("图③：孩子们在雪地里。"), Some(CreditKind::Caption));
        assert_eq!(kind("版式：蔡华伟"), Some(CreditKind::Design));
        assert_eq!(kind("（执笔：王五）"), Some(CreditKind::AuthorNote));
        assert_eq!(kind("——全面提升党组织覆盖质量。"), None);
        assert_eq!(kind("他正在用手机拍摄"), None);
    }

    #[test]
    fn reporters_after_a_dateline() {
        let s = "新华社电\u{a0}\u{a0}（记者方问禹）天然清新";
        let r = dateline_reporters(s, "新华社电".len());
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "方问禹");
        assert_eq!(&s[r[0].1.clone()], "方问禹");
        let s = "本报北京2月14日电  （记者吴月辉、王五）";
        let r = dateline_reporters(s, "本报北京2月14日电".len());
        let got: Vec<_> = r.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(got, ["吴月辉", "王五"]);
    }
}
