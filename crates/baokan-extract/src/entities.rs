//! Named entities: persons, places with their administrative level, and organisations.
//!
//! Every rule is a rule of the genre, and precision comes before recall: a wrong entity
//! costs more than a missing one, so each rule asks for a second piece of evidence
//! besides the string itself.
//!
//! **Persons.** No list of known names. A person name is 2–3 characters (3–4 with a
//! two-character surname) that starts with a surname of [`SURNAMES`] and holds none of
//! the characters that do not occur in given names ([`NOT_IN_NAMES`]: function words,
//! institution words), and is not a place name (江西). Such a string is a name only where
//! the text marks it as one:
//! - before a title or honorific: 习近平总书记, 习近平同志 (title `None`: 同志 is an
//!   honorific). For the strong titles (总书记, 同志, 主席, 总理 …) a three-character
//!   name needs no left boundary (贯彻落实习近平总书记); otherwise the name starts the
//!   clause or follows a function word (以, 在, 和, 向 …);
//! - after a title and before a clause end, a function word or a speech verb:
//!   总经理刘智良说;
//! - at a clause start before a speech verb and a clause end: 刘智良告诉记者,;
//! - a quote's speaker ([`crate::quotes`] uses the same rules);
//! - before the name of a doctrine (习近平新时代中国特色社会主义思想; 毛泽东思想);
//! - elsewhere in the same text, once one of the rules found it (three-character names
//!   anywhere, two-character names only before a boundary: 张弛 is also a word).
//!
//! Bare titles (总书记, 记者, 相关负责人) are not persons.
//!
//! **Places.** The gazetteer (`data/gazetteer.tsv`) has the 34 province-level and the
//! 333 prefecture-level divisions with their short and full names, and the 19 state-level
//! new areas. A place chain starts with a gazetteer name and continues with
//! lower-level units, each a 2–4 character stem and a suffix: 县/区/旗/市 (county),
//! 镇/乡/街道/街 (township), 村/社区 (village): 山西大同云州区西坪镇坊城新村 gives 山西
//! (province), 大同 (prefecture), 云州区 (county), 西坪镇 (township), 坊城新村 (village).
//! Levels fall strictly along a chain, a prefecture must lie in the province before it,
//! and one 的 may join two units (绥德县的郝家桥村). A unit found in a chain counts again
//! where it recurs in the same text. Suffix units never start a chain: 社区, 新区, 园区,
//! 小区, 城区, 地区, 农村, 乡村 alone are not places, nor are generic stems (示范社区).
//! A state-level new area (哈尔滨新区) is a place with `admin_level: None`: it is a zone,
//! not a division. Not places: names that are ordinary words too (朝阳, 日照, 大庆 …)
//! unless written in full or in a chain; places inside term quotes (“质量龙江”) and inside
//! organisation names; a place before a parenthesis or inside one (深圳(哈尔滨)产业园);
//! a place before a facility (上海中心大厦); a place before a name that recurs without it
//! in the same text (哈尔滨万鑫石墨谷 … 万鑫石墨谷); a short place name after 的 that
//! opens a 2–4 character word closing the clause (…的哈尔滨海邻科;). `name` is the full
//! official name (山西 → 山西省, 大同 → 大同市); units found by suffix keep their written
//! form, but for 街, a subdistrict written short (工人村街 → 工人村街道).
//!
//! **Organisations.** Party and state organs from a list of central organs (党中央,
//! 中央组织部, 财政部, 国务院国资委 …) with their party bodies (国务院国资委党委,
//! 教育部党组), a place followed by an organ suffix (哈尔滨市委, 江苏省委,
//! 黑龙江省人民政府), and companies ending 有限公司/集团: the name runs back from the suffix
//! to a clause boundary, a function word (在, 、, 的 …) or a leading verb (引进, 落户 …);
//! a place chain right after 在 is a location, not part of the name (在江苏徐工集团… →
//! 徐工集团重型机械有限公司). A company's short name (万鑫石墨谷 from
//! 万鑫石墨谷科技有限公司) counts where it recurs in the same text.

use std::ops::Range;

use crate::gazetteer::{Form, gazetteer};
use crate::types::{AdminLevel, EntityKind, EntityMention, Quote, QuoteKind, Span};
use crate::words::{CharSet, Words, chars, once, words};

/// Finds the persons, places and organisations of `text`, sorted by span. `quotes` are the
/// quotes of the same text: their speakers are persons, and places inside a term quote
/// (a slogan: “质量龙江”) are not counted.
///
/// ```
/// use baokan_extract::{extract, EntityKind};
/// let m = extract("在山西大同云州区西坪镇坊城新村,习近平总书记指出:“要抓好党建。”", None);
/// let names: Vec<&str> = m.entities.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["山西省", "大同市", "云州区", "西坪镇", "坊城新村", "习近平"]);
/// assert_eq!(m.entities[5].kind, EntityKind::Person);
/// assert_eq!(m.entities[5].title.as_deref(), Some("总书记"));
/// ```
///
/// `cs` are the chars of `text` with their byte offsets.
pub(crate) fn find(text: &str, cs: &[(usize, char)], quotes: &[Quote]) -> Vec<EntityMention> {
    let t = Text::with_chars(text, cs);
    let mut out = orgs(&t);
    let mut blocked: Vec<Range<usize>> = out.iter().map(|e| t.char_range(e.span)).collect();
    for q in quotes.iter().filter(|q| q.kind == QuoteKind::Term) {
        blocked.push(t.char_range(q.inner));
    }
    out.extend(places(&t, &blocked));
    out.extend(persons(&t, quotes));
    out.sort_by_key(|e| (e.span.start, e.span.end, e.kind));
    out
}

// ---------------------------------------------------------------------------------------
// Text as chars

/// A text with char-indexed access: `bytes[i]` is the byte offset of char `i`, and
/// `bytes[n]` the text length.
pub(crate) struct Text<'t> {
    pub(crate) text: &'t str,
    pub(crate) chars: Vec<char>,
    pub(crate) bytes: Vec<usize>,
}

impl<'t> Text<'t> {
    pub(crate) fn new(text: &'t str) -> Text<'t> {
        let (mut bytes, chars): (Vec<usize>, Vec<char>) = text.char_indices().unzip();
        bytes.push(text.len());
        Text { text, chars, bytes }
    }

    /// The text, from its chars with their byte offsets (`text.char_indices()`).
    pub(crate) fn with_chars(text: &'t str, cs: &[(usize, char)]) -> Text<'t> {
        let mut bytes = Vec::with_capacity(cs.len() + 1);
        bytes.extend(cs.iter().map(|c| c.0));
        bytes.push(text.len());
        let chars = cs.iter().map(|c| c.1).collect();
        Text { text, chars, bytes }
    }

    fn len(&self) -> usize {
        self.chars.len()
    }

    /// The text of chars `[a, b)`.
    pub(crate) fn slice(&self, a: usize, b: usize) -> &'t str {
        &self.text[self.bytes[a]..self.bytes[b]]
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.bytes[a], self.bytes[b])
    }

    fn char_range(&self, s: Span) -> Range<usize> {
        let a = self.bytes.partition_point(|&b| b < s.start);
        let b = self.bytes.partition_point(|&b| b < s.end);
        a..b
    }

    fn at(&self, i: usize, s: &str) -> bool {
        self.text
            .get(self.bytes[i]..)
            .is_some_and(|r| r.starts_with(s))
    }

    /// The longest of `words` starting at char `i`, as a char count.
    #[inline(always)]
    fn longest_of(&self, i: usize, words: &Words) -> Option<usize> {
        // Inline, the test that rules out most positions; the lookup is a call.
        match self.chars.get(i) {
            Some(&c) if words.may_start(c) => self.longest_of_here(i, words),
            _ => None,
        }
    }

    #[inline(never)]
    fn longest_of_here(&self, i: usize, words: &Words) -> Option<usize> {
        words.starting(&self.text[self.bytes[i]..]).map(|w| w.chars)
    }

    /// The longest of `words` ending right before char `i`, as a char count.
    #[inline(always)]
    fn longest_ending(&self, i: usize, words: &Words) -> Option<usize> {
        match i.checked_sub(1).and_then(|k| self.chars.get(k)) {
            Some(&c) if words.may_end(c) => self.longest_ending_here(i, words),
            _ => None,
        }
    }

    #[inline(never)]
    fn longest_ending_here(&self, i: usize, words: &Words) -> Option<usize> {
        words.ending(&self.text[..self.bytes[i]]).map(|w| w.chars)
    }

    fn cjk_run(&self, a: usize, b: usize) -> bool {
        b <= self.len() && self.chars[a..b].iter().all(|&c| is_cjk(c))
    }
}

/// A CJK ideograph.
pub(crate) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Punctuation that ends a clause or sets off a phrase (both widths), quotation marks and
/// whitespace. Parentheses are not in it: they occur inside names (深圳(哈尔滨)产业园).
pub(crate) fn is_clause_break(c: char) -> bool {
    c.is_whitespace() || "。！？!?；;，,：:、“”‘’「」『』…—\"'".contains(c)
}

// ---------------------------------------------------------------------------------------
// Person names

/// Common Chinese surnames, single-character. Left out on purpose: surnames that are far
/// more often a function word or a common word's first character in news text (和, 党,
/// 向, 于, 单, 第, 全, 时, 成, 文, 明, 安, 常, 华, 关, 司, 原, 区, 位, 管, 商, 应, 师, 南,
/// 乐, 车, 路, 景, 简, 古, 连, 农, 宫, 官, 封, 谈, 满, 闻, 查, 池, 国, 公, 东, 方).
const SURNAMES: &str = "\
    王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余\
    杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅白邹孟熊秦邱江尹薛闫阎段雷侯\
    龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷\
    詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙\
    鲍喻祁蒲房滕屈饶解牟艾尤穆卓缪褚娄窦戚岑费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬栾\
    隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝匡鞠惠荆冀郁胥班储栗燕楚鄢谌奚皮粟冼蔺楼厉伏\
    仝郜习";

/// Two-character surnames.
#[rustfmt::skip]
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文", "公孙",
    "夏侯", "端木", "司徒",
];

/// Characters that (practically) never occur in a given name: function words, speech
/// verbs, numerals, and the characters of institutions and places. A candidate holding
/// one is not a name (谷向总书记汇报 has no name 谷向; 单位负责人 has no name 单位).
const NOT_IN_NAMES: &str = "\
    的地得了着过也都还又就在是和与及对把被从向将让由以为于之其这那个们些么什某时年月\
    日说指示认介绍告诉记者等各每该本全一二三四五六七八九十百千万亿两几多少上下内外前\
    后里来去到给并而且但或如若因所则即乃已经要会能可副省市县区镇乡村街委部厅局办院司\
    处科室队站所校级层方面业党组织目融务理员门位单团体项域头式案额度端质款请问看听讲\
    谈称据次格更很最非无不没有";

/// Titles and role words a name stands next to (习近平总书记, 总经理刘智良). The longest
/// match wins; [`TITLE_MODIFIERS`] extend a title to the left (党委副书记).
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "总书记", "书记", "主席", "总理", "委员长", "主任", "总经理", "经理", "董事长", "董事", "总裁",
    "负责人", "相关负责人", "有关负责人", "主要负责人", "局长", "市长", "省长", "部长", "县长",
    "区长", "镇长", "乡长", "村长", "厅长", "处长", "科长", "所长", "站长", "队长", "组长", "社长",
    "院长", "校长", "行长", "会长", "秘书长", "理事长", "主编", "总编辑", "总监", "总工程师",
    "工程师", "教授", "研究员", "院士", "委员", "常委", "记者", "首席执行官", "创始人", "检察长",
    "庭长", "馆长", "团长", "政委", "司令员", "国家主席", "同志", "总统", "首相", "外长", "大使",
    "发言人",
];

/// Words before a title that belong to it (党委副书记, 常务副市长, 驻村第一书记).
#[rustfmt::skip]
const TITLE_MODIFIERS: &[&str] = &[
    "副", "常务", "执行", "党委", "党组", "党支部", "党工委", "第一", "驻村", "首席",
];

/// Titles after which a three-character name needs no left boundary: they follow only
/// persons (落实习近平总书记关于…).
const STRONG_TITLES: &[&str] = &["总书记", "同志", "主席", "总理", "委员长", "国家主席"];

/// Honorifics: they mark a name but are not a title (习近平同志 has no title).
const HONORIFICS: &[&str] = &["同志"];

/// Verbs of saying that may stand right after a name (张弛说, 刘智良告诉记者).
#[rustfmt::skip]
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "告诉记者", "告诉本报记者", "说道", "说", "强调", "指出", "表示", "介绍", "认为", "坦言",
    "透露", "写道", "提出", "回忆", "回忆说", "回忆道", "补充说", "补充道", "感慨", "感慨道",
    "感叹", "感叹道", "解释说", "答道", "问道",
];

/// Words after which a name may start although they are letters (以习近平同志为核心,
/// 和王强书记): prepositions and conjunctions.
const LEFT_OF_NAME: &str = "以在和与同向对由让给被把将据是为及等请跟随了的经陪";

/// Characters a name may stand before (张弛说, 刘智良在, 王强和).
const RIGHT_OF_NAME: &str =
    "说在的等和与也还就对向是为到来率带表告介认指强称坦透同讲谈提曾已正将又都亲答接回";

/// Whether `s` is a plausible person name: surname + one or two given-name characters
/// (习近平, 张弛; not 单位, 相关, nor a place name such as 江西).
pub(crate) fn is_name(s: &str) -> bool {
    // The surname first: most strings fail there.
    let Some(first) = s.chars().next() else {
        return false;
    };
    let compound = words!(COMPOUND_SURNAMES);
    let surname = if compound.may_start(first) && compound.starting(s).is_some() {
        2
    } else if chars!(SURNAMES).contains(first) {
        1
    } else {
        return false;
    };
    if !s.chars().all(is_cjk) {
        return false;
    }
    let given = s.chars().count().saturating_sub(surname);
    // 江西, 温州 start with a surname but are places.
    (1..=2).contains(&given)
        && !s
            .chars()
            .skip(surname)
            .any(|c| chars!(NOT_IN_NAMES).contains(c))
        && !gazetteer().is_form(s)
}

/// Char lengths a name may have, longest first.
const NAME_LENGTHS: [usize; 3] = [4, 3, 2];

/// The title (with its modifiers) that ends right before char `i`, as (start char, title).
fn title_ending(t: &Text<'_>, i: usize) -> Option<(usize, &'static str)> {
    // The longest title ending at `i`.
    let title = words!(TITLES).ending(&t.text[..t.bytes[i]])?;
    let mut start = i - title.chars;
    let title = title.word;
    while let Some(m) = t.longest_ending(start, words!(TITLE_MODIFIERS)) {
        start -= m;
    }
    Some((start, title))
}

/// The title starting at char `i` (modifiers included), as its char length.
fn title_starting(t: &Text<'_>, i: usize) -> Option<usize> {
    let mut j = i;
    while let Some(m) = t.longest_of(j, words!(TITLE_MODIFIERS)) {
        j += m;
    }
    t.longest_of(j, words!(TITLES)).map(|n| j + n - i)
}

fn left_ok(t: &Text<'_>, i: usize) -> bool {
    i == 0 || !is_cjk(t.chars[i - 1]) || chars!(LEFT_OF_NAME).contains(t.chars[i - 1])
}

fn right_ok(t: &Text<'_>, i: usize) -> bool {
    i >= t.len() || !is_cjk(t.chars[i]) || chars!(RIGHT_OF_NAME).contains(t.chars[i])
}

/// A speaker phrase read by [`speaker`]: a person's name and title, an unnamed role, a
/// pronoun or a document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Speaker {
    /// Byte range of the name inside the phrase.
    pub(crate) name: Option<Range<usize>>,
    /// The title next to the name.
    pub(crate) title: Option<String>,
    /// Byte offset inside the phrase where the speaker phrase starts (after a leading
    /// time phrase: 2016年5月习近平总书记).
    pub(crate) start: usize,
}

/// Last characters of a time phrase that may run into a name (2016年5月习近平).
const TIME_ENDS: &str = "年月日时后";

/// Pronouns: the text states a speaker, but not who.
const PRONOUNS: &[&str] = &["他", "她", "他们", "她们"];

/// Words that do not occur in a role phrase (企业负责人) but do in a clause that merely
/// ends with a title (他对企业负责人): prepositions and aspect particles.
pub(crate) const NOT_IN_ROLES: &str = "对向给跟把被让从在了着是都也还就";

/// Reads a speaker phrase: the words between a clause start (or a closing quote) and a
/// verb of saying. `None` when the phrase is not a speaker.
///
/// - a name, alone or with a title before or after: 张弛; 习近平总书记; 总经理刘智良;
///   万鑫石墨谷科技有限公司总经理刘智良;
/// - an unnamed role, ending with a title: 相关负责人, 深圳(哈尔滨)产业园投资开发有限公司相关负责人;
/// - a pronoun (他) or a document title (《…》): no name.
pub(crate) fn speaker(p: &str) -> Option<Speaker> {
    let t = Text::new(p);
    let n = t.len();
    if n == 0 || n > 40 || t.chars.iter().any(|&c| is_clause_break(c)) {
        return None;
    }
    let none = Speaker {
        name: None,
        title: None,
        start: 0,
    };
    if p.starts_with('《') && p.ends_with('》') && p.matches('《').count() == 1 {
        return Some(none);
    }
    if PRONOUNS.contains(&p) {
        return Some(none);
    }
    if is_name(p) {
        return Some(Speaker {
            name: Some(0..p.len()),
            ..none
        });
    }
    let named = |a: usize, b: usize, title: &str| Speaker {
        name: Some(t.bytes[a]..t.bytes[b]),
        title: (!HONORIFICS.contains(&title)).then(|| title.to_string()),
        start: 0,
    };
    // A name before a title, or a role.
    if let Some((ts, _)) = title_ending(&t, n) {
        let title = t.slice(ts, n);
        let x = t.slice(0, ts);
        if x.is_empty() {
            return Some(none);
        }
        if is_name(x) {
            return Some(named(0, ts, title));
        }
        // A name after a time phrase: 2016年5月习近平总书记.
        for k in NAME_LENGTHS {
            if ts > k
                && is_name(t.slice(ts - k, ts))
                && (!is_cjk(t.chars[ts - k - 1]) || TIME_ENDS.contains(t.chars[ts - k - 1]))
            {
                return Some(Speaker {
                    start: t.bytes[ts - k],
                    ..named(ts - k, ts, title)
                });
            }
        }
        if x.chars()
            .any(|c| NOT_IN_ROLES.contains(c) || c.is_ascii_digit())
        {
            return None;
        }
        return Some(none);
    }
    // A name after a title: (万鑫石墨谷科技有限公司)总经理刘智良.
    for k in NAME_LENGTHS {
        if n > k
            && is_name(t.slice(n - k, n))
            && let Some((ts, _)) = title_ending(&t, n - k)
        {
            if t.slice(0, ts).chars().any(|c| NOT_IN_ROLES.contains(c)) {
                return None;
            }
            return Some(named(n - k, n, t.slice(ts, n - k)));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Persons

/// Doctrines named after a person: 习近平新时代中国特色社会主义思想, 毛泽东思想, 邓小平理论.
/// The long form follows a name of any length; the bare 思想/理论 only a three-character
/// one (解放思想 is no person).
const DOCTRINE: &str = "新时代中国特色社会主义思想";
const DOCTRINE_SHORT: &[&str] = &["思想", "理论"];

struct Found {
    at: Range<usize>,
    title: Option<String>,
}

fn persons(t: &Text<'_>, quotes: &[Quote]) -> Vec<EntityMention> {
    fn add(found: &mut Vec<Found>, at: Range<usize>, title: Option<String>) {
        if !found
            .iter()
            .any(|f| f.at.start < at.end && at.start < f.at.end)
        {
            found.push(Found { at, title });
        }
    }
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
    for i in 0..n {
        let title_here = title_starting(t, i);
        // A name before a title: 习近平总书记, 习近平同志.
        if let Some(len) = title_here {
            let title = t.slice(i, i + len);
            let strong = STRONG_TITLES.iter().any(|s| title.ends_with(s));
            let title = (!HONORIFICS.contains(&title)).then(|| title.to_string());
            for k in NAME_LENGTHS {
                if i >= k && is_name(t.slice(i - k, i)) && (left_ok(t, i - k) || (strong && k >= 3))
                {
                    add(&mut found, i - k..i, title.clone());
                    break;
                }
            }
        }
        // A name after a title: 总经理刘智良说.
        if let Some(len) = title_here {
            let j = i + len;
            for k in NAME_LENGTHS {
                if j + k <= n && is_name(t.slice(j, j + k)) && right_ok(t, j + k) {
                    let title = t.slice(i, j);
                    add(
                        &mut found,
                        j..j + k,
                        (!HONORIFICS.contains(&title)).then(|| title.to_string()),
                    );
                    break;
                }
            }
        }
        // A name at a clause start before a verb of saying and a clause end: 刘智良告诉记者,.
        if i == 0 || !is_cjk(t.chars[i - 1]) {
            for k in NAME_LENGTHS {
                if i + k < n
                    && is_name(t.slice(i, i + k))
                    && let Some(v) = t.longest_of(i + k, words!(SPEECH_VERBS))
                    && (i + k + v >= n || is_clause_break(t.chars[i + k + v]))
                {
                    add(&mut found, i..i + k, None);
                    break;
                }
            }
        }
        // A name before a doctrine: 以习近平新时代中国特色社会主义思想为指导.
        if t.chars[i] == '新' && t.at(i, DOCTRINE) {
            for k in NAME_LENGTHS {
                if i >= k && is_name(t.slice(i - k, i)) && (k >= 3 || left_ok(t, i - k)) {
                    add(&mut found, i - k..i, None);
                    break;
                }
            }
        } else if t.longest_of(i, words!(DOCTRINE_SHORT)).is_some()
            && i >= 3
            && is_name(t.slice(i - 3, i))
        {
            add(&mut found, i - 3..i, None);
        }
    }
    // The same names elsewhere in the text.
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
                && (k >= 3 || right_ok(t, i + k))
                && (k >= 3 || left_ok(t, i))
            {
                add(&mut found, i..i + k, None);
            }
        }
    }
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

// ---------------------------------------------------------------------------------------
// Places

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
    "的地得了着过也都还又就在是与及对把被从向将让由以为于之其这那个们些各每该本全等有往";

fn rank(level: Option<AdminLevel>) -> u8 {
    match level {
        Some(AdminLevel::Country) => 7,
        Some(AdminLevel::Province) => 6,
        Some(AdminLevel::Prefecture) => 5,
        None => 4, // a new area: below its city, above its units
        Some(AdminLevel::County) => 3,
        Some(AdminLevel::Township) => 2,
        Some(AdminLevel::Village) => 1,
    }
}

#[derive(Debug, Clone)]
struct Unit {
    at: Range<usize>,
    level: Option<AdminLevel>,
    name: String,
    /// The gazetteer form, for a gazetteer unit.
    form: Option<Form>,
}

#[inline(always)]
fn gazetteer_unit(t: &Text<'_>, i: usize) -> Option<Unit> {
    gazetteer_form(t, i).map(|f| gazetteer_unit_of(i, f))
}

#[inline(never)]
fn gazetteer_unit_of(i: usize, f: Form) -> Unit {
    let d = gazetteer().division(f);
    Unit {
        at: i..i + f.chars,
        level: d.level,
        name: d.name.to_string(),
        form: Some(f),
    }
}

/// The gazetteer form starting at char `i`, unless an exclude string covers it.
#[inline(always)]
fn gazetteer_form(t: &Text<'_>, i: usize) -> Option<Form> {
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
    (!g.excluded(t.text, &t.bytes, i, f.chars)).then_some(f)
}

/// The units a chain may continue with at char `j`, after a unit of rank `prev`.
fn next_units(t: &Text<'_>, j: usize, prev: &Unit) -> Vec<Unit> {
    let g = gazetteer();
    let mut out = Vec::new();
    let prev_rank = rank(prev.level);
    if let Some(u) = gazetteer_unit(t, j) {
        let parent_ok = u
            .form
            .zip(prev.form)
            .is_some_and(|(uf, pf)| g.division(uf).parent == g.division(pf).name);
        if rank(u.level) < prev_rank && parent_ok {
            out.push(u);
        }
    }
    for stem in 2..=4 {
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
            if !t.at(j + stem, suffix) || rank(Some(level)) >= prev_rank {
                continue;
            }
            // A county-level city or a banner follows its prefecture; 街 (a subdistrict
            // written short) follows a county.
            let after_prefecture = prev.level == Some(AdminLevel::Prefecture);
            if (suffix == "市" || suffix.ends_with('旗')) && !after_prefecture {
                continue;
            }
            if suffix == "街" && prev.level != Some(AdminLevel::County) {
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
fn continue_chain(t: &Text<'_>, prev: &Unit, depth: usize) -> Vec<Unit> {
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
    "图书馆", "研究院", "研究所", "中学", "小学", "广场", "酒店", "饭店", "中心大厦",
];

fn places(t: &Text<'_>, blocked: &[Range<usize>]) -> Vec<EntityMention> {
    let mut units: Vec<Unit> = Vec::new();
    let n = t.len();
    let mut i = 0;
    while i < n {
        let Some(first) = gazetteer_unit(t, i) else {
            i += 1;
            continue;
        };
        let mut chain = vec![first.clone()];
        chain.extend(continue_chain(t, &first, 0));
        let end = chain.last().map_or(i + 1, |u| u.at.end);
        let supported = chain.len() > 1 || !first.form.is_some_and(|f| f.needs_context);
        // A lone short name (哈尔滨, not 哈尔滨市) may open a longer name.
        let short = chain.len() == 1 && first.name != t.slice(i, end);
        if supported
            && !chain_is_part_of_a_name(t, i, end, blocked)
            && !(short && opens_a_name_after_de(t, i, end))
        {
            units.extend(chain);
        }
        i = end;
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
    }) {
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

// ---------------------------------------------------------------------------------------
// Organisations

/// Central party and state organs, by their usual names and abbreviations.
#[rustfmt::skip]
const ORGANS: &[&str] = &[
    "党中央", "中共中央", "中共中央政治局", "中共中央办公厅", "国务院", "全国人大常委会",
    "全国人大", "全国政协", "中央军委", "中央委员会", "中央政治局", "中央书记处", "中央纪委",
    "国家监委", "中央办公厅", "国务院办公厅", "中央组织部", "中组部", "中央宣传部", "中宣部",
    "中央统战部", "中央对外联络部", "中联部", "中央政法委", "中央网信办", "中央编办", "中央外办",
    "中央财办", "中央农办", "中央政策研究室", "中央党校", "中央党史和文献研究院",
    "中央和国家机关工委", "中央企业工委", "中央社会工作部", "外交部", "国防部", "国家发展改革委",
    "国家发展和改革委员会", "教育部", "科学技术部", "科技部", "工业和信息化部", "工信部",
    "国家民委", "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源和社会保障部",
    "人力资源社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "住房城乡建设部",
    "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委",
    "国家卫生健康委员会", "退役军人事务部", "应急管理部", "中国人民银行", "审计署", "国务院国资委",
    "国资委", "海关总署", "国家税务总局", "市场监管总局", "国家市场监督管理总局", "国家统计局",
    "国家医保局", "国家乡村振兴局", "国家邮政局", "国家林草局", "国家能源局", "国家知识产权局",
    "最高人民法院", "最高人民检察院", "新华社", "新华通讯社", "人民日报社", "中央广播电视总台",
    "全国总工会", "共青团中央", "全国妇联", "全国工商联", "中国科学院", "中国工程院",
    "中国社会科学院",
];

/// Party bodies of an organ (教育部党组, 国务院国资委党委).
const PARTY_BODIES: &[&str] = &["党委", "党组"];

/// Organ words after a place: 哈尔滨市委, 黑龙江省人民政府.
#[rustfmt::skip]
const PLACE_ORGAN_SUFFIXES: &[&str] = &[
    "省委", "市委", "县委", "区委", "州委", "人民政府", "政府", "人大常委会", "政协", "纪委",
    "监委", "党委", "委员会", "管委会", "公安局", "公安厅", "教育厅", "教育局", "财政厅", "财政局",
    "民政厅", "民政局", "发展改革委", "发改委", "组织部", "宣传部", "统战部", "政法委",
];

/// Company suffixes, longest first.
const COMPANY_SUFFIXES: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "集团"];

/// Characters a company name does not run back over (在江苏徐工…, 、在湖北…).
const NOT_IN_COMPANIES: &str = "在、的了与和及等由向对将把被是从给让到";

/// Verbs that may stand right before a company name and are not part of it.
#[rustfmt::skip]
const VERBS_BEFORE_NAMES: &[&str] = &[
    "引进", "落户", "成立", "组建", "设立", "加入", "走进", "来到", "考察", "调研", "参观", "入驻",
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

fn orgs(t: &Text<'_>) -> Vec<EntityMention> {
    let n = t.len();
    fn add(found: &mut Vec<Range<usize>>, r: Range<usize>) {
        if !found.iter().any(|f| f.start < r.end && r.start < f.end) {
            found.push(r);
        }
    }
    let mut found: Vec<Range<usize>> = Vec::new();
    // Companies, longest candidates first so 集团 inside …集团…有限公司 yields.
    let mut companies: Vec<Range<usize>> = Vec::new();
    for i in 0..n {
        if let Some(len) = t.longest_of(i, words!(COMPANY_SUFFIXES))
            && let Some(r) = company_ending(t, i, i + len)
        {
            companies.push(r);
        }
    }
    companies.sort_by_key(|r| std::cmp::Reverse(r.len()));
    for r in companies {
        add(&mut found, r);
    }
    // Central organs.
    let mut i = 0;
    while i < n {
        match t.longest_of(i, words!(ORGANS)) {
            // 组织部门 is a common noun.
            Some(len)
                if !(t.chars[i + len - 1] == '部' && i + len < n && t.chars[i + len] == '门') =>
            {
                // An organ's own party committee is an organisation of its own: 国务院国资委党委.
                let len = len + t.longest_of(i + len, words!(PARTY_BODIES)).unwrap_or(0);
                add(&mut found, i..i + len);
                i += len;
            }
            _ => i += 1,
        }
    }
    // A place and an organ word: 哈尔滨市委, 江苏省委. A full name takes a bare 委 too,
    // unless it starts another word (委托, 委屈, 委员).
    for i in 0..n {
        if let Some(f) = gazetteer_form(t, i) {
            let e = i + f.chars;
            let full = gazetteer().division(f).name == t.slice(i, e);
            let len = t.longest_of(e, words!(PLACE_ORGAN_SUFFIXES)).or_else(|| {
                let bare = full
                    && e < n
                    && t.chars[e] == '委'
                    && !(e + 1 < n && "托屈婉员派".contains(t.chars[e + 1]));
                bare.then_some(1)
            });
            if let Some(len) = len {
                add(&mut found, i..e + len);
            }
        }
    }
    // Short names of companies where they recur.
    let shorts: Vec<String> = found
        .iter()
        .filter_map(|r| company_short_name(t.slice(r.start, r.end)))
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
    let mut s = COMPANY_SUFFIXES.iter().find_map(|x| name.strip_suffix(x))?;
    while let Some(rest) = COMPANY_TRADE_WORDS.iter().find_map(|w| s.strip_suffix(w)) {
        s = rest;
    }
    (s.chars().count() >= 3 && s != name && !s.contains(['(', '（'])).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for s in ["习近平", "张弛", "刘智良", "欧阳修文"] {
            assert!(is_name(s), "{s}");
        }
        for s in [
            "单位",
            "相关",
            "党委",
            "谷向",
            "近平",
            "项目",
            "张弛说",
            "两委",
        ] {
            assert!(!is_name(s), "{s}");
        }
    }

    #[test]
    fn speakers() {
        let s = speaker("习近平总书记").unwrap();
        assert_eq!((s.name, s.title.as_deref()), (Some(0..9), Some("总书记")));
        let s = speaker("万鑫石墨谷科技有限公司总经理刘智良").unwrap();
        assert_eq!(s.title.as_deref(), Some("总经理"));
        assert_eq!(
            &"万鑫石墨谷科技有限公司总经理刘智良"[s.name.unwrap()],
            "刘智良"
        );
        let s = speaker("深圳(哈尔滨)产业园投资开发有限公司相关负责人").unwrap();
        assert_eq!((s.name, s.title), (None, None));
        assert_eq!(speaker("张弛").unwrap().name, Some(0..6));
        assert!(speaker("他对企业负责人").is_none());
        assert!(speaker("俗话").is_none());
        assert!(speaker("2016年5月,习近平总书记").is_none());
        let s = speaker("2016年5月习近平总书记").unwrap();
        assert_eq!(s.start, "2016年5月".len());
    }
}
