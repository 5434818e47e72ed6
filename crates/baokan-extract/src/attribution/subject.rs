//! Quotes whose speaker is the subject of the clause next to them, with no phrase of
//! saying: the reading the annotation conventions call implicit from the neighbouring
//! sentence.
//!
//! - **after**: a statement in marks (clause punctuation inside) followed, in the same
//!   sentence, by a clause whose subject is a person the article names: “…”杨初格西记忆
//!   犹新; “…”去年脱贫的余志德跟记者聊了起来; “…”回忆起当时场景，杨初格西记忆犹新.
//! - **before**: a quote that closes a sentence whose subject is such a person, after a
//!   comma or a colon: 郭启叶琢磨，“…”; 梁益建对…格外执着，“…”; 正如李宝群感慨的：“…”.
//!   A sentence that opens with 他/她 or 这位… stands for the last person named before.
//!
//! The person must open the clause, after nothing, a description ending in 的 or a
//! title, or one short clause of circumstance; a person followed by 的 (张恩学的老伴)
//! is not the subject. A sentence that names a second person gives no speaker.

use crate::entities::{NOT_IN_ROLES, SPEECH_VERBS, Text, title_ending};
use crate::quotes::{CIRCUMSTANCE_ENDS, CLAUSE_OPENERS, has_clause_punctuation, is_hard_break};
use crate::types::{Quote, QuoteKind, Span};

/// A person of the story: where the article names them, and the name.
pub(super) type Named<'a> = (Span, &'a str);

/// Sentence ends.
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?'];

/// The longest description (in chars) that may stand before the subject.
const DESCRIPTION_MAX: usize = 24;

/// The longest clause of circumstance (in chars) before the subject.
const CIRCUMSTANCE_MAX: usize = 16;

/// The longest circumstance framed by 在 and 时/上/中… (in chars) before the subject.
const FRAMED_MAX: usize = 40;

/// Phrases that name the speaker of the quote before them (“…”说话的是肖曙光).
const SPEAKER_IS: &[&str] = &["说话的是", "说这话的是", "说这番话的是"];

/// Words that stand for the last person named (这位苗族汉子).
const ANAPHORS: &[&str] = &["他", "她", "这位"];

/// The speaker of `q` read from the clause after it or the sentence it closes, given the
/// story's persons of the paragraph (in text order), the spans of its quotes, and the
/// last person named before the paragraph.
pub(super) fn subject_speaker<'a>(
    text: &str,
    q: &Quote,
    named: &[Named<'a>],
    quotes: &[Span],
    last_before: Option<&'a str>,
) -> Option<&'a str> {
    if q.kind != QuoteKind::Speech || q.opened_before || q.closed_after {
        return None;
    }
    subject_after(text, q, named, quotes)
        .or_else(|| subject_before(text, q, named, quotes, last_before))
}

/// The subject of the clause right after the quote, in the same sentence.
fn subject_after<'a>(
    text: &str,
    q: &Quote,
    named: &[Named<'a>],
    quotes: &[Span],
) -> Option<&'a str> {
    if !has_clause_punctuation(q.inner.of(text)) {
        return None;
    }
    let rest = &text[q.span.end..];
    let end = q.span.end + rest.find(SENTENCE_ENDS).unwrap_or(rest.len());
    let &(span, name) = named
        .iter()
        .find(|(s, _)| s.start >= q.span.end && s.start < end)?;
    let between = |s: &Span| q.span.end <= s.start && s.start < span.start;
    if quotes.iter().any(between) || !followed_as_subject(text, span) {
        return None;
    }
    // A comma right after the marks makes the quote a part of the sentence (“一帆风顺
    // 合家欢，万事如意满门福”，时逢新春，学生舒文静送去了春联), not a statement.
    let gap = text[q.span.end..span.start].trim();
    (!embedded(text, q) && (SPEAKER_IS.contains(&gap) || opens_clause(gap))).then_some(name)
}

/// The subject of the sentence the quote closes, introduced by a comma or a colon.
fn subject_before<'a>(
    text: &str,
    q: &Quote,
    named: &[Named<'a>],
    quotes: &[Span],
    last_before: Option<&'a str>,
) -> Option<&'a str> {
    let head = text[..q.span.start].trim_end();
    let head = head.strip_suffix(['，', '：', ',', ':'])?;
    let inner = q.inner.of(text).trim_end();
    let post = text[q.span.end..].trim_start();
    let closes = post.is_empty()
        || post.starts_with(SENTENCE_ENDS)
        || inner.ends_with(SENTENCE_ENDS)
        || inner.ends_with('…');
    if !closes {
        return None;
    }
    let start = head.rfind(SENTENCE_ENDS).map_or(0, |k| {
        k + head[k..].chars().next().map_or(0, char::len_utf8)
    });
    let lead = head[start..].len()
        - head[start..]
            .trim_start_matches(['”', '’', ' ', '\u{3000}'])
            .len();
    let start = start + lead;
    let inside = |s: &Span| start <= s.start && s.start < q.span.start;
    if quotes.iter().any(|s| inside(s) && *s != q.span) {
        return None;
    }
    // The subject of the clause right before the quote (…干部，村民郭启叶琢磨，“…”).
    let last_clause = head[start..].rfind(['，', ',']).map(|k| {
        let at = start + k;
        at + head[at..].chars().next().map_or(0, char::len_utf8)
    });
    if let Some(from) = last_clause
        && let Some(name) = clause_subject(text, from, q.span.start, named, false)
    {
        return Some(name);
    }
    if named.iter().any(|(s, _)| inside(s)) {
        return clause_subject(text, start, q.span.start, named, true);
    }
    let sentence = &head[start..];
    let anaphor = ANAPHORS
        .iter()
        .filter_map(|a| sentence.find(a))
        .min()
        .is_some_and(|at| opens_clause(&sentence[..at]));
    last_before.filter(|_| anaphor)
}

/// The one person named in `text[from..to]`, when they are its subject ([`opens_clause`],
/// or after a clause opener such as 正如 when `opener` allows it).
fn clause_subject<'a>(
    text: &str,
    from: usize,
    to: usize,
    named: &[Named<'a>],
    opener: bool,
) -> Option<&'a str> {
    let mut persons = named
        .iter()
        .filter(|(s, _)| from <= s.start && s.start < to);
    let &(span, name) = persons.next()?;
    let gap = text[from..span.start].trim();
    (persons.all(|&(_, n)| n == name)
        && followed_as_subject(text, span)
        && (opens_clause(gap) || opener && CLAUSE_OPENERS.contains(&gap)))
    .then_some(name)
}

/// Whether the clause right before quote `q` introduces it with a verb of saying whose
/// subject is nobody the article names (村民们感叹，“…”): the quote is theirs, not the
/// paragraph's one named person's.
pub(super) fn said_by_someone_else(text: &str, q: &Quote, named: &[Named<'_>]) -> bool {
    let head = text[..q.span.start].trim_end();
    let Some(head) = head.strip_suffix(['，', '：', ',', ':']) else {
        return false;
    };
    let from = head
        .char_indices()
        .rfind(|&(_, c)| is_hard_break(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let clause = head[from..].trim_start_matches(['”', '’']);
    // What stands before the verb must be a subject, not an adverb (自信地说, 笑着说).
    let subject = SPEECH_VERBS
        .iter()
        .filter_map(|v| clause.strip_suffix(v))
        .min_by_key(|rest| rest.len());
    subject.is_some_and(|rest| {
        rest.chars().count() >= 2 && !rest.ends_with(['地', '着', '又', '也', '还', '都', '就'])
    }) && !ANAPHORS.iter().any(|a| clause.contains(a))
        && !named
            .iter()
            .any(|(s, _)| from <= s.start && s.start < q.span.start)
}

/// Whether a comma right after the closing mark makes the quote a part of its sentence
/// rather than a statement of its own.
fn embedded(text: &str, q: &Quote) -> bool {
    text[q.span.end..].trim_start().starts_with(['，', ','])
}

/// Whether a person named at `span` is not the owner of what follows (张恩学的老伴), but
/// may be the speaker of their words (肖凤琴的话).
fn followed_as_subject(text: &str, span: Span) -> bool {
    let after = &text[span.end..];
    let clause = &after[..after.find(is_hard_break).unwrap_or(after.len())];
    // A relative clause (何柏松随口哼唱的这首民谣) makes the name no subject.
    let relative = clause.contains("的这") || clause.contains("的那");
    (!after.starts_with('的') || after.starts_with("的话")) && !relative
}

/// Whether quote `q`, with no speaker of its own, goes on with the words of `name`, who
/// spoke the paragraph's quote that ended at byte `end`: `q` opens a sentence at most two
/// sentences later, with no other person and no other quote between
/// (“…”陈驰对…印象深刻，认为…。“…”).
pub(super) fn same_speaker_goes_on(
    text: &str,
    end: usize,
    q: &Quote,
    named: &[Named<'_>],
    quotes: &[Span],
    name: &str,
) -> bool {
    let Some(between) = text.get(end..q.span.start) else {
        return false;
    };
    let inside = |s: &Span| end <= s.start && s.start < q.span.start;
    let opens_sentence = between.trim_end().ends_with(SENTENCE_ENDS)
        || between.trim().is_empty() && text[..end].trim_end().ends_with(['”', '’']);
    let sentences = between.matches(SENTENCE_ENDS).count();
    // A reply right after the quote and its speaker (“…”邓忠举抱怨。“…”) may be a
    // dialogue's next turn: the narration between must go on past the speaker's clause.
    let narrated = between.contains(['，', ',']);
    q.kind == QuoteKind::Speech
        && has_clause_punctuation(q.inner.of(text))
        && opens_sentence
        && sentences <= 2
        && narrated
        && !quotes.iter().any(inside)
        && !named.iter().any(|(s, n)| inside(s) && *n != name)
}

/// Whether `gap`, the text between a clause start and a person, leaves the person the
/// clause's subject: nothing; a description ending in 的 or in a title word (去年3月脱贫
/// 的, 种植户); or one short clause of circumstance and its comma (经过培训，).
fn opens_clause(gap: &str) -> bool {
    if gap.is_empty() {
        return true;
    }
    let circumstance = |clause: &str| {
        // 在…会上 / 在…时 may run longer (在2月22日召开的…述职评议会上).
        let framed =
            clause.starts_with('在') && CIRCUMSTANCE_ENDS.iter().any(|e| clause.ends_with(e));
        let max = if framed { FRAMED_MAX } else { CIRCUMSTANCE_MAX };
        clause.chars().count() <= max
            && !clause.contains(['，', ',', '；', ';', '：', ':'])
            && !clause.contains(SENTENCE_ENDS)
    };
    if let Some(clause) = gap.strip_suffix(['，', ',']) {
        return circumstance(clause);
    }
    // A circumstance, then a description (坐在新家的沙发上，洞头镇43岁的).
    if let Some((clause, rest)) = gap.split_once(['，', ',']) {
        return circumstance(clause) && opens_clause(rest);
    }
    let described = gap.chars().count() <= DESCRIPTION_MAX
        && !gap.contains(['，', ',', '；', ';', '：', ':'])
        && !gap.contains(SENTENCE_ENDS);
    let t = Text::new(gap);
    let titled = title_ending(&t, t.chars.len()).is_some();
    let last = gap.rsplit_once('的').map_or(gap, |(_, m)| m);
    described && (gap.ends_with('的') || titled) && !last.chars().any(|c| NOT_IN_ROLES.contains(c))
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;
    use crate::Attribution;

    fn implicit(name: &str) -> (Option<String>, Attribution) {
        (Some(name.to_string()), Attribution::Implicit)
    }

    const NOBODY: (Option<String>, Attribution) = (None, Attribution::None);

    #[test]
    fn the_person_opening_the_clause_after_a_statement_said_it() {
        let got = speakers(&[
            "记者在村里见到了老支书王德厚。",
            "“路修通了，日子就好过了。”王德厚记忆犹新。",
            "“我们腊月就开工了。”回忆起当时场景，王德厚笑了。",
            "“孩子上学更近了。”去年脱贫的王德厚跟记者聊了起来。",
        ]);
        assert_eq!(
            got,
            [implicit("王德厚"), implicit("王德厚"), implicit("王德厚")]
        );
    }

    #[test]
    fn a_person_as_owner_or_inside_a_relative_clause_is_no_speaker() {
        let got = speakers(&[
            "记者在村里见到了老支书王德厚。",
            "“以前开个会都凑不齐人，现在心很齐。”王德厚的老伴走进屋来。",
            "“好个廖家湾，台子搭在禾场上。”王德厚随口哼唱的这首民谣，道出了乡亲们的喜爱。",
        ]);
        assert_eq!(got, [NOBODY, NOBODY]);
    }

    #[test]
    fn the_subject_of_the_sentence_a_quote_closes_said_it() {
        let got = speakers(&[
            "村民郭启叶琢磨，“这人能带领大伙致富吗？我看难。”",
            "老支书王德厚看到桌上的蜂蜜，心里有了主意，“按市价我买了，你先拿去。”",
        ]);
        assert_eq!(got, [implicit("郭启叶"), implicit("王德厚")]);
    }

    #[test]
    fn a_sentence_naming_two_people_gives_no_speaker() {
        let got = speakers(&["老支书王德厚带着村民郭启叶看大棚，“花开了，日子也就好了。”"]);
        assert_eq!(got, [NOBODY]);
    }

    #[test]
    fn this_one_stands_for_the_last_person_named() {
        let got = speakers(&[
            "邻居粟加培说，以前光租房每月就得花400块钱。谈起脱贫，这位苗族汉子动情地说：“脱贫还得靠自己，靠双手！”",
        ]);
        assert_eq!(got, [implicit("粟加培")]);
    }

    #[test]
    fn a_speaker_goes_on_after_a_sentence_about_them_but_not_after_a_reply() {
        let got = speakers(&[
            "博士生陈驰参与了研究。“中国坚持走绿色发展之路，展现了担当。”陈驰说，她对这一理念印象深刻。“中国实施了许多生态工程，成效明显。”",
            "村民邓忠举找到老支书王德厚。“炸坏了我家的水池，村里不给修。”邓忠举抱怨。“凡事都要讲规矩，你要价不要过高。”",
        ]);
        assert_eq!(
            got,
            [
                (Some("陈驰".to_string()), Attribution::After),
                (Some("陈驰".to_string()), Attribution::Continued),
                implicit("邓忠举"),
                NOBODY,
            ]
        );
    }

    #[test]
    fn the_clause_right_before_the_quote_names_its_speaker_in_a_longer_sentence() {
        let got = speakers(&[
            "听说新来的第一书记赵云旺是干部，大田洼村村民郭启叶琢磨，“这人能带领大伙致富吗？”",
        ]);
        assert_eq!(got, [implicit("郭启叶")]);
    }

    #[test]
    fn a_quoted_term_in_the_sentence_does_not_part_speaker_and_quote() {
        let got = speakers(&[
            "数十年从事矫正的主任医师梁益建对让患者“挺起脊梁”格外执着，“社会上的认识还不够，我提出建议。”",
        ]);
        assert_eq!(got[1], implicit("梁益建"));
    }

    #[test]
    fn a_long_circumstance_framed_by_zai_may_stand_before_the_speaker() {
        let got = speakers(&[
            "“各部门主要负责人责任更大、要求更高。”在2月22日召开的省直部门对标一流述职评议会上，省委书记骆惠宁强调，要带头干。",
        ]);
        assert_eq!(got[0].0.as_deref(), Some("骆惠宁"));
    }

    #[test]
    fn a_four_char_name_after_a_title_is_not_cut_to_three() {
        let got = speakers(&[
            "“春节刚过，大家就苦练本领！”刚结束训练的藏族士官杨初格西，迷彩服上还沾着泥土。",
        ]);
        assert_eq!(got, [NOBODY]);
    }

    #[test]
    fn a_quote_a_group_introduces_is_not_the_named_person_s() {
        let got = speakers(&[
            "几个月前，周召新当选了村党支部负责人，忙得瘦了10斤。村民们感叹，“和之前的干部不一样，真能干。”",
        ]);
        assert_eq!(got, [NOBODY]);
    }

    #[test]
    fn a_quote_set_off_by_a_comma_is_part_of_the_sentence_not_its_subject_s_words() {
        let got = speakers(&[
            "贫困户赵家伦家里暖意融融。“一帆风顺合家欢，万事如意满门福”，时逢新春，中学生舒文静为赵家伦送去了一副春联。",
        ]);
        assert_eq!(got, [NOBODY]);
    }
}
