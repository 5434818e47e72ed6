//! Named entities: persons, places with their administrative level, and organisations.
//!
//! Every rule is a rule of the genre, and precision comes before recall: a string counts
//! as a name where the text marks it as one (a title, a verb of saying, a list, a
//! dateline, a suffix), and word lists are data under `data/`, not code:
//!
//! - [`names`]: what a person's name looks like (a surname of `surnames.txt` and one or two
//!   given-name characters; `given-chars.txt`, the characters of the person names of
//!   jieba's dictionary) and what it is not (`common-words.txt`, its frequent ordinary
//!   words), and the titles and role words a name stands next to (`titles.txt`);
//! - [`persons`]: names next to a title (习近平总书记, 村民张三, 总经理刘智良, 记者：吴晶),
//!   before a verb of saying (张弛说, 林孝发自豪地说), after a verb of appointment
//!   (任命张汉晖为), between function words (党中央和毛泽东的), in lists (贺玉凤、廖理纯、
//!   殷金凤) and in brackets of names alone (（黎云、吴旭）); transliterated foreign names
//!   next to a title (总统特朗普, 贾格纳特总理) or joined by an interpunct (安德鲁·迪克斯);
//!   quote speakers; and every recurrence of a name found;
//! - [`places`]: the gazetteer ([`crate::gazetteer`]: every province-, prefecture- and
//!   county-level division of China, the state-level new areas, countries and cities
//!   abroad) and chains of units below it found by suffix (县/区/镇/乡/街道/村/社区):
//!   山西大同云州区西坪镇坊城新村 gives 山西 (province), 大同 (prefecture), 云州区 (county),
//!   西坪镇 (township), 坊城新村 (village). A short form that is also a word (朝阳, 大悟)
//!   needs support: a chain, the full name elsewhere in the text, a dateline (本报北京…电);
//!   a short form that an ordinary word crosses (创新和美育, 走上街头), that opens a
//!   person's name (王金堂) or that lies inside an organisation, a term quote, a
//!   title in 《》 or a facility's name (上海中心大厦, 印度洋) is no place;
//! - [`orgs`]: central organs and international bodies (`organs.txt`), companies (…有限公司,
//!   …集团), and names ending with an organisation word (`org-suffixes.txt`): a strong
//!   suffix (大学, 研究院, 基金会, 律师事务所) after any stem of two to six chars that is
//!   not a description (国内优秀艺术团), a weak one (局, 厅, 部, 政府, 中心) only after a
//!   place or a national prefix (河北省政府, 国家知识产权局, 深圳市人大常委会办公厅);
//!   a village's own committee (…东孙村党支部) and a place's whole kind (上海全市法院)
//!   are not named bodies;
//! - [`speakers`]: the speaker phrase of a quote ([`crate::quotes`]);
//! - [`text`]: the shared machinery, a text with char-indexed access.
//!
//! Bylines and dateline brackets are read by the compiler, which adds their reporters
//! (and a closing dateline's place) to the article's persons and places.

mod lists;
mod names;
mod orgs;
mod persons;
mod places;
mod speakers;
mod text;

use std::ops::Range;

use crate::types::{EntityMention, Quote, QuoteKind};

pub(crate) use names::{SPEECH_VERBS, is_cued_name, is_name, surname_and_title, title_ending};
pub(crate) use speakers::{NOT_IN_ROLES, Speaker, speaker};
pub(crate) use text::{Text, is_cjk, is_clause_break, is_dot};

/// The titles in 《》 of `t`, marks included: names inside them belong to the citation.
pub(super) fn titles(t: &Text<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    for (k, &c) in t.chars.iter().enumerate() {
        match c {
            '《' => open = Some(k),
            '》' => out.extend(open.take().map(|o| o..k + 1)),
            _ => {}
        }
    }
    out
}

/// See [`crate::place_named`].
pub(crate) fn place_named(written: &str) -> (String, Option<crate::types::AdminLevel>) {
    let g = crate::gazetteer::gazetteer();
    match g.form(written.trim()) {
        Some(f) => (g.division(f).name.to_string(), g.division(f).kind.level()),
        None => (written.trim().to_string(), None),
    }
}

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
    // Names inside a term quote (a slogan, “质量龙江”, an art form, “南京白局”) are not
    // counted as organisations or places.
    let terms: Vec<Range<usize>> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Term)
        .map(|q| t.char_range(q.inner))
        .collect();
    let mut out = orgs::orgs(&t, &terms);
    let mut blocked: Vec<Range<usize>> = out.iter().map(|e| t.char_range(e.span)).collect();
    blocked.extend(terms);
    blocked.extend(titles(&t));
    let persons = persons::persons(&t, quotes);
    blocked.extend(persons.iter().map(|e| t.char_range(e.span)));
    out.extend(places::places(&t, &blocked));
    out.extend(persons);
    out.sort_by_key(|e| (e.span.start, e.span.end, e.kind));
    out
}
