//! Speaker phrases: the words before a verb of saying read as a name, a title, a role, a
//! pronoun or a document ([`crate::quotes`] asks; the person finder uses the same names).

use std::ops::Range;

use super::names::{HONORIFICS, NAME_LENGTHS, is_cued_name, is_dotted_name, title_ending};
use super::text::{Text, is_cjk, is_clause_break};

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
    if is_cued_name(p) || is_dotted_name(p) {
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
        if is_cued_name(x) || is_dotted_name(x) {
            return Some(named(0, ts, title));
        }
        // A name after a time phrase: 2016年5月习近平总书记.
        for k in NAME_LENGTHS {
            if ts > k
                && is_cued_name(t.slice(ts - k, ts))
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
    // A name after a title: (万鑫石墨谷科技有限公司)总经理刘智良, 总统瑞加·梅内尼.
    let dotted = (n.saturating_sub(16)..n.saturating_sub(2))
        .find(|&j| is_dotted_name(t.slice(j, n)) && title_ending(&t, j).is_some());
    if let Some(j) = dotted
        && let Some((ts, _)) = title_ending(&t, j)
        && !t.slice(0, ts).chars().any(|c| NOT_IN_ROLES.contains(c))
    {
        return Some(named(j, n, t.slice(ts, j)));
    }
    for k in NAME_LENGTHS {
        if n > k
            && is_cued_name(t.slice(n - k, n))
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let s = speaker("瑞加·梅内尼").unwrap();
        assert_eq!(s.name, Some(0.."瑞加·梅内尼".len()));
        let p = "美国航天局研究员瑞加·梅内尼";
        let s = speaker(p).unwrap();
        assert_eq!(
            (&p[s.name.unwrap()], s.title.as_deref()),
            ("瑞加·梅内尼", Some("研究员"))
        );
        let s = speaker("2016年5月习近平总书记").unwrap();
        assert_eq!(s.start, "2016年5月".len());
    }
}
