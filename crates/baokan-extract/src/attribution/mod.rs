//! Speakers across the paragraphs of an article. [`extract`](crate::extract) reads one
//! paragraph, where a speaker is found only in a phrase of saying next to the quote.
//! Three more readings need the article, and [`attribute_article`] makes them, each
//! recorded in the quote's [`Attribution`]:
//!
//! - **pronoun**: 他说：“…” or “…”她说, with the last person named before the pronoun
//!   in the article (in its paragraph first, then in the paragraphs before);
//! - **continued**: a quotation that runs over several paragraphs opens each of them and
//!   closes only the last; its paragraphs share the speaker one of them states;
//! - **continued** also: a quote with no phrase of saying after a statement the
//!   paragraph reports (特区政府发言人表示，…。“正如…”), with no other quote or person
//!   between; and a paragraph that opens with such a quote right after a paragraph that
//!   ended in a named person's speech;
//! - **implicit**: a statement in quotation marks with no phrase of saying, in a
//!   paragraph that names one person and no other (安妹是…员工。…。“现在我们…”). A quote
//!   introduced by a colon takes the person only when the clause before the colon names
//!   them or stands for them (对她而言是家常便饭：“…”); a paragraph naming two people,
//!   or none, gives no speaker.
//!
//! - **implicit** also, and **continued** for a quote that goes on with the same
//!   speaker's words a sentence or two later: see [`subject`] for quotes whose speaker
//!   is the subject of the clause next to them (“…”杨初格西记忆犹新, 郭启叶琢磨，“…”).
//!
//! A surname with a title (习主席, 肖书记) is the one person of the article who has that
//! surname and a full name (习近平), in its quotes' speakers and its person mentions; with
//! no such person, or two, it stays as written.
//!
//! A name the article gives a person once is a person wherever the article writes it
//! (胡向红 after 产科副主任医师胡向红告诉记者): such recurrences are added to the
//! paragraphs' persons first, so that the readings above see them (a two-char name only
//! next to punctuation or a function word).
//!
//! A quote the text gives no speaker keeps none.

mod subject;

use crate::entities::{NOT_IN_ROLES, is_dot, surname_and_title};
use crate::quotes::{Reported, has_clause_punctuation, is_hard_break, reported_speech};
use crate::types::{Attribution, EntityKind, EntityMention, Mentions, Quote, QuoteKind, Span};

/// Pronouns that stand for one person.
const PERSON_PRONOUNS: &[&str] = &["他", "她"];

/// Completes the speakers of an article's quotes, given every paragraph's text and the
/// mentions [`extract`](crate::extract) found in it, in order.
///
/// ```
/// use baokan_extract::{attribute_article, extract, Attribution};
/// let texts = ["当晚值班的是主任唐冬梅。", "她说：“饺子是医院准备的。”"];
/// let mut found: Vec<_> = texts.iter().map(|t| extract(t, None)).collect();
/// attribute_article(&mut found, &texts);
/// let q = &found[1].quotes[0];
/// assert_eq!(q.speaker.as_deref(), Some("唐冬梅"));
/// assert_eq!(q.attribution, Attribution::Pronoun);
/// ```
pub fn attribute_article(paragraphs: &mut [Mentions], texts: &[&str]) {
    let mut last_person: Option<String> = None;
    // Quotations over several paragraphs, as (paragraph, quote) indices.
    let mut chains: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    let known = article_persons(paragraphs, texts);
    // The named speaker a paragraph ended with, for a quote that opens the next one.
    let mut ended_with: Option<String> = None;
    for (i, text) in texts.iter().enumerate().take(paragraphs.len()) {
        let m = &mut paragraphs[i];
        add_recurrences(text, m, &known);
        resolve_titles(text, m, &known);
        let persons = persons_of(text, m);
        let reported = reported_speech(text);
        let mut names: Vec<&str> = persons.iter().map(|(_, n)| n.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let subject_at = subject_persons(text, &m.entities);
        let subjects = subjects(&subject_at, m);
        let quote_spans: Vec<Span> = m.quotes.iter().map(|q| q.span).collect();
        // Quoted terms inside a sentence (对让患者“挺起脊梁”格外执着) part nothing.
        let speech_spans: Vec<Span> = m
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Speech)
            .map(|q| q.span)
            .collect();
        let story_persons: Vec<(Span, String)> = m
            .entities
            .iter()
            .filter(|e| in_story(text, e))
            .map(|e| (e.span, e.name.clone()))
            .collect();
        let story: Vec<subject::Named<'_>> = story_persons
            .iter()
            .map(|(s, n)| (*s, n.as_str()))
            .collect();
        // The named speaker of the paragraph's last attributed quote, and where it ends.
        let mut said: Option<(usize, String)> = None;
        for (k, q) in m.quotes.iter_mut().enumerate() {
            if let Some(phrase) = q.speaker_span.filter(|_| q.speaker.is_none())
                && PERSON_PRONOUNS.contains(&phrase.of(text))
            {
                let before = persons
                    .iter()
                    .rev()
                    .find(|(end, _)| *end <= phrase.start)
                    .map(|(_, n)| n.clone());
                if let Some(name) = before.or_else(|| last_person.clone()) {
                    q.speaker = Some(name);
                    q.attribution = Attribution::Pronoun;
                }
            }
            if unattributed(q) {
                if let Some(r) = reported_before(text, q, &reported, &subject_at, &quote_spans) {
                    q.speaker = r.name.clone();
                    q.speaker_title = r.title.clone();
                    q.speaker_span = Some(r.span);
                    q.attribution = Attribution::Continued;
                } else if k == 0
                    && opens_paragraph(text, q)
                    && names.is_empty()
                    && let Some(name) = &ended_with
                {
                    q.speaker = Some(name.clone());
                    q.attribution = Attribution::Continued;
                }
            }
            if q.attribution == Attribution::None
                && q.kind == QuoteKind::Speech
                && !q.opened_before
                && has_clause_punctuation(q.inner.of(text))
                && let [name] = names.as_slice()
                && subjects.iter().any(|s| s == name)
                && colon_allows(text, q, name)
                && !subject::said_by_someone_else(text, q, &story)
            {
                q.speaker = Some((*name).to_string());
                q.attribution = Attribution::Implicit;
            }
            if unattributed(q)
                && let Some(name) = subject::subject_speaker(text, q, &story, &speech_spans, {
                    let before = persons.iter().rev().find(|(end, _)| *end <= q.span.start);
                    before.map(|(_, n)| n.as_str()).or(last_person.as_deref())
                })
            {
                q.speaker = Some(name.to_string());
                q.attribution = Attribution::Implicit;
            }
            if unattributed(q)
                && let Some((end, name)) = &said
                && subject::same_speaker_goes_on(text, *end, q, &story, &speech_spans, name)
            {
                q.speaker = Some(name.clone());
                q.attribution = Attribution::Continued;
            }
            if let Some(name) = &q.speaker {
                let end = q.speaker_span.map_or(q.span.end, |s| s.end.max(q.span.end));
                said = Some((end, name.clone()));
            }
            // A quotation left open continues in the quote that opens the next paragraph.
            if !open.is_empty() {
                if k == 0
                    && opens_paragraph(text, q)
                    && open.last().is_some_and(|&(p, _)| p + 1 == i)
                {
                    open.push((i, k));
                } else {
                    chains.push(std::mem::take(&mut open));
                }
            }
            if q.closed_after && open.is_empty() {
                open.push((i, k));
            } else if !q.closed_after && !open.is_empty() {
                chains.push(std::mem::take(&mut open));
            }
        }
        if let Some((_, name)) = persons.last() {
            last_person = Some(name.clone());
        }
        ended_with = final_speaker(text, m, &reported);
    }
    chains.push(open);
    for chain in chains.iter().filter(|c| c.len() > 1) {
        continue_speaker(paragraphs, chain);
    }
}

/// Gives the paragraphs of one quotation the speaker one of them states, when they
/// state one name only.
fn continue_speaker(paragraphs: &mut [Mentions], chain: &[(usize, usize)]) {
    let quote = |&(p, k): &(usize, usize)| paragraphs.get(p).and_then(|m| m.quotes.get(k));
    let mut named = chain.iter().filter_map(|at| quote(at)?.speaker.clone());
    let Some(name) = named.next() else { return };
    if named.any(|n| n != name) {
        return;
    }
    for &(p, k) in chain {
        if let Some(q) = paragraphs.get_mut(p).and_then(|m| m.quotes.get_mut(k))
            && q.speaker.is_none()
        {
            q.speaker = Some(name.clone());
            q.attribution = Attribution::Continued;
        }
    }
}

/// The persons a paragraph names, as (end byte, name), in text order: its person
/// mentions and the named speakers of its quotes. A reporter credited in brackets
/// (（记者沈文敏）) is left out: the credit is not part of the story.
fn persons_of(text: &str, m: &Mentions) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = m
        .entities
        .iter()
        .filter(|e| in_story(text, e))
        .map(|e| (e.span.end, e.name.clone()))
        .chain(m.quotes.iter().filter_map(|q| {
            let phrase = q.speaker_span?;
            Some((phrase.end, q.speaker.clone()?))
        }))
        .collect();
    out.sort();
    out
}

/// Whether `e` is a person of the story, not a reporter credited in brackets.
fn in_story(text: &str, e: &EntityMention) -> bool {
    e.kind == EntityKind::Person && !bracketed(text, e.span.start)
}

/// Whether byte `at` lies inside an open bracket （ or ( that has not closed.
fn bracketed(text: &str, at: usize) -> bool {
    let pre = &text[..at];
    let open = pre.rfind(['（', '(']);
    let close = pre.rfind(['）', ')']);
    match (open, close) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The persons a paragraph names as the subject of a clause ([`is_subject`]), as (start
/// byte, name).
fn subject_persons<'m>(text: &str, entities: &'m [EntityMention]) -> Vec<(usize, &'m str)> {
    entities
        .iter()
        .filter(|e| in_story(text, e) && is_subject(text, e))
        .map(|e| (e.span.start, e.name.as_str()))
        .collect()
}

/// The names of a paragraph's subject persons and of its quotes' named speakers, each
/// once.
fn subjects(subject_at: &[(usize, &str)], m: &Mentions) -> Vec<String> {
    let mut names: Vec<String> = subject_at
        .iter()
        .map(|&(_, n)| n.to_string())
        .chain(m.quotes.iter().filter_map(|q| q.speaker.clone()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Whether person `e` is the subject of its clause: named at the clause start, or after
/// a short title phrase there (原金科村党支部书记刘品扬), not as an object
/// (…是国家主席习近平亲自谋划的).
fn is_subject(text: &str, e: &EntityMention) -> bool {
    let pre = &text[..e.span.start];
    let clause = pre
        .char_indices()
        .rfind(|&(_, c)| is_hard_break(c))
        .map_or(pre, |(k, c)| &pre[k + c.len_utf8()..])
        .trim_start();
    clause.is_empty()
        || e.title.is_some()
            && clause.chars().count() <= 12
            && !clause.chars().any(|c| NOT_IN_ROLES.contains(c))
}

/// Whether the quote starts its paragraph (after indentation).
fn opens_paragraph(text: &str, q: &Quote) -> bool {
    text[..q.span.start].trim().is_empty()
}

/// A quote after a colon takes `name` only when the clause before the colon names the
/// person or stands for them with a pronoun.
fn colon_allows(text: &str, q: &Quote, name: &str) -> bool {
    let pre = text[..q.span.start].trim_end();
    let Some(head) = pre.strip_suffix(['：', ':']) else {
        return true;
    };
    let clause = head
        .char_indices()
        .rfind(|&(_, c)| is_hard_break(c))
        .map_or(head, |(k, c)| &head[k + c.len_utf8()..]);
    clause.contains(name) || PERSON_PRONOUNS.iter().any(|p| clause.contains(p))
}

/// The full name a surname with a title stands for: the one name of `known` with that
/// surname that is itself no such short form.
fn full_name<'k>(short: &str, known: &'k [String]) -> Option<&'k str> {
    let (surname, _) = surname_and_title(short)?;
    let mut found = known
        .iter()
        .filter(|n| n.starts_with(surname) && n.as_str() != short)
        .filter(|n| surname_and_title(n).is_none());
    let one = found.next()?;
    found.all(|n| n == one).then_some(one.as_str())
}

/// Replaces the short forms (习主席) of a paragraph's speakers and person mentions with
/// the full name they stand for ([`full_name`]).
fn resolve_titles(text: &str, m: &mut Mentions, known: &[String]) {
    for q in &mut m.quotes {
        // A speaker phrase that ends in a name the article gives a person (村民再乃普古丽).
        if q.speaker.is_none()
            && let Some(phrase) = q.speaker_span.map(|s| s.of(text))
            && let Some(name) = known.iter().find(|n| phrase.ends_with(n.as_str()))
        {
            q.speaker = Some(name.clone());
        }
        if let Some(full) = q.speaker.as_deref().and_then(|s| full_name(s, known)) {
            q.speaker = Some(full.to_string());
        }
    }
    for e in m
        .entities
        .iter_mut()
        .filter(|e| e.kind == EntityKind::Person)
    {
        if let Some(full) = full_name(&e.name, known) {
            e.name = full.to_string();
        }
    }
}

/// Whether a quote is speech that no reading has given a speaker yet.
fn unattributed(q: &Quote) -> bool {
    q.kind == QuoteKind::Speech
        && q.attribution == Attribution::None
        && q.speaker.is_none()
        && q.speaker_span.is_none()
        && !q.opened_before
}

/// The statement reported last before quote `q` in its paragraph, when the quote opens
/// the sentence after it (…表示，…。“…”) and no other quote and no other person as a
/// clause's subject stands between them.
fn reported_before<'r>(
    text: &str,
    q: &Quote,
    reported: &'r [Reported],
    subjects: &[(usize, &str)],
    quotes: &[Span],
) -> Option<&'r Reported> {
    let r = reported.iter().rev().find(|r| r.end <= q.span.start)?;
    let between = text.get(r.end..q.span.start)?;
    let opens_sentence = between
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| "。！？!?".contains(c));
    let ends = between.chars().filter(|c| "。！？!?".contains(*c)).count();
    let inside = |at: usize| r.end <= at && at < q.span.start;
    let other_quote = quotes.iter().any(|s| *s != q.span && inside(s.start));
    let other_person = subjects
        .iter()
        .any(|&(at, n)| inside(at) && r.name.as_deref() != Some(n));
    // A pronoun reports nobody in particular here.
    let pronoun = PERSON_PRONOUNS.contains(&r.span.of(text));
    (opens_sentence && ends == 1 && !other_quote && !other_person && !pronoun).then_some(r)
}

/// The named speaker whose speech ends paragraph `m`: the last quote given a named
/// speaker, or the last statement reported by a name, with at most the final sentence
/// end after it.
fn final_speaker(text: &str, m: &Mentions, reported: &[Reported]) -> Option<String> {
    let quoted = m.quotes.iter().filter_map(|q| {
        let end = q.speaker_span.map_or(q.span.end, |s| s.end.max(q.span.end));
        Some((end, q.speaker.clone()?))
    });
    let stated = reported
        .iter()
        .filter_map(|r| Some((r.end, r.name.clone()?)));
    let (at, name) = quoted.chain(stated).max_by_key(|(at, _)| *at)?;
    let tail = text.get(at..)?.trim_end();
    let tail = tail.trim_end_matches(['”', '’', '。', '！', '？', '!', '?']);
    (!tail.contains(['。', '！', '？', '!', '?'])).then_some(name)
}

/// The names the article gives persons of its story (mentions and named speakers), and
/// the first part of a transliterated name of three chars or more, each once, longest
/// first.
fn article_persons(paragraphs: &[Mentions], texts: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = paragraphs
        .iter()
        .zip(texts)
        .flat_map(|(m, text)| {
            m.entities
                .iter()
                .filter(|e| in_story(text, e))
                .map(|e| e.name.clone())
                .chain(m.quotes.iter().filter_map(|q| q.speaker.clone()))
        })
        .filter(|n| n.chars().count() >= 2)
        .collect();
    // A transliterated name recurs by its first part (再乃普古丽·亚森, then 再乃普古丽).
    let firsts: Vec<String> = names
        .iter()
        .filter_map(|n| n.split(is_dot).next().filter(|f| f.len() < n.len()))
        .filter(|f| f.chars().count() >= 3)
        .map(str::to_string)
        .collect();
    names.extend(firsts);
    names.sort_unstable_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    names.dedup();
    names
}

/// Characters next to a two-char name where it recurs, on one side at least: not a
/// letter, or a function word (，苏婷牵挂, 和王强, 张弛说).
const NAME_NEIGHBOURS: &str =
    "以在和与同向对由让给被把将据是为及等请跟随了的经陪说也还就表告介认指强称、";

/// Adds to `m` the person mentions of the article's `known` names that its finders did
/// not make in this paragraph.
fn add_recurrences(text: &str, m: &mut Mentions, known: &[String]) {
    let mut added = Vec::new();
    for name in known {
        for (at, _) in text.match_indices(name.as_str()) {
            let span = Span::new(at, at + name.len());
            let taken = |s: &Span| s.start < span.end && span.start < s.end;
            if m.entities.iter().any(|e| taken(&e.span))
                || added.iter().any(|e: &EntityMention| taken(&e.span))
            {
                continue;
            }
            let bounded = name.chars().count() > 2 || {
                let before = text[..at].chars().next_back();
                let after = text[span.end..].chars().next();
                let free = |c: Option<char>| {
                    c.is_none_or(|c| !crate::entities::is_cjk(c) || NAME_NEIGHBOURS.contains(c))
                };
                free(before) || free(after)
            };
            if bounded {
                added.push(EntityMention {
                    span,
                    kind: EntityKind::Person,
                    name: name.clone(),
                    title: None,
                    admin_level: None,
                });
            }
        }
    }
    if !added.is_empty() {
        m.entities.extend(added);
        m.entities.sort_by_key(|e| (e.span.start, e.span.end));
    }
}

#[cfg(test)]
mod tests {
    use crate::{Attribution, extract_article};

    /// Every quote's speaker and attribution, in order.
    pub(super) fn speakers(texts: &[&str]) -> Vec<(Option<String>, Attribution)> {
        extract_article(texts, None)
            .into_iter()
            .flat_map(|m| m.quotes)
            .map(|q| (q.speaker, q.attribution))
            .collect()
    }

    fn one(name: &str, how: Attribution) -> (Option<String>, Attribution) {
        (Some(name.to_string()), how)
    }

    #[test]
    fn a_pronoun_takes_the_last_person_named_before_it() {
        let got = speakers(&[
            "会长王新特带着几位侨胞来到电视台。",
            "主任李明也在。",
            "她说：“我们特意准备了两种美食。”",
        ]);
        assert_eq!(got, [one("李明", Attribution::Pronoun)]);
    }

    #[test]
    fn a_pronoun_with_nobody_named_before_stays_unknown() {
        let got = speakers(&["她说：“我们特意准备了两种美食。”"]);
        assert_eq!(got, [(None, Attribution::Before)]);
    }

    #[test]
    fn the_one_person_a_paragraph_names_speaks_its_statement() {
        let got = speakers(&[
            "2018年正月初一，会长王新特带着几位侨胞到电视台。“我们特意准备了两种美食。”",
        ]);
        assert_eq!(got, [one("王新特", Attribution::Implicit)]);
    }

    #[test]
    fn two_people_or_a_person_as_object_give_no_speaker() {
        let two = speakers(&["会长王新特和主任李明来到电视台。“我们特意准备了两种美食。”"]);
        assert_eq!(two, [(None, Attribution::None)]);
        // 习近平 is an object: the quote continues what the spokesman reported, and the
        // spokesman has no name.
        let object = speakers(&["发言人表示，这是国家主席习近平亲自推动的。“这是新的实践。”"]);
        assert_eq!(object, [(None, Attribution::Continued)]);
    }

    #[test]
    fn a_quote_continues_the_statement_its_paragraph_reports() {
        let got = speakers(&["总经理王克昌表示，项目进展顺利。“我们有信心按期完工。”"]);
        assert_eq!(got, [one("王克昌", Attribution::Continued)]);
        let m = extract_article(&["发言人表示，这是新的战略。“这是新的实践。”"], None);
        let q = &m[0].quotes[0];
        assert_eq!(
            q.speaker_span
                .map(|s| s.of("发言人表示，这是新的战略。“这是新的实践。”")),
            Some("发言人")
        );
        // Not a quote inside a later sentence (an inscription), nor after another subject.
        let later = speakers(&[
            "据经理谢益明介绍，电站运行良好。坝体上写着“开发水电，福泽百姓”，引人注目。",
        ]);
        assert_ne!(later[0].1, Attribution::Continued);
        let other =
            speakers(&["经理谢益明表示，电站运行良好。村民李明高兴地笑了。“现在用电方便多了。”"]);
        assert_ne!(other.first().and_then(|s| s.0.as_deref()), Some("谢益明"));
    }

    #[test]
    fn a_paragraph_long_quote_continues_the_speech_the_paragraph_before_ended_with() {
        let got = speakers(&[
            "“今年的订单比去年多。”厂长王克昌说。",
            "“我们还要再招一批工人，扩大生产。”",
        ]);
        assert_eq!(
            got,
            [
                one("王克昌", Attribution::After),
                one("王克昌", Attribution::Continued)
            ]
        );
        // Not when the paragraph before went on after the speech.
        let moved_on = speakers(&[
            "“今年的订单比去年多。”厂长王克昌说。工厂的院子里停满了货车。",
            "“我们还要再招一批工人，扩大生产。”",
        ]);
        assert_eq!(moved_on[1], (None, Attribution::None));
    }

    #[test]
    fn a_surname_with_a_title_is_the_article_s_person_of_that_surname() {
        let texts = [
            "国家主席习近平出席会议。",
            "“士官队伍是部队中非常基础的骨干力量。”习主席勉励说。",
        ];
        let m = extract_article(&texts, None);
        assert_eq!(m[1].quotes[0].speaker.as_deref(), Some("习近平"));
        assert!(
            m[1].entities
                .iter()
                .any(|e| e.name == "习近平" && e.span.of(texts[1]) == "习主席")
        );
        // Two persons of the surname: it stays as written.
        let two = speakers(&["村民王强和村民王刚来了。", "“今年收成好。”王书记说。"]);
        assert_eq!(two, [one("王书记", Attribution::After)]);
    }

    #[test]
    fn a_name_the_article_gave_a_person_is_a_person_where_it_recurs() {
        let texts = [
            "“手术很顺利。”产科副主任医师胡向红告诉记者。",
            "胡向红从事临床工作已经28年了，这样的情况对她而言是家常便饭：“就是周末，也难休息。”",
        ];
        let m = extract_article(&texts, None);
        assert!(
            m[1].entities
                .iter()
                .any(|e| e.name == "胡向红" && e.span.start == 0)
        );
        assert_eq!(m[1].quotes[0].speaker.as_deref(), Some("胡向红"));
        assert_eq!(m[1].quotes[0].attribution, Attribution::Implicit);
    }

    #[test]
    fn a_bracketed_reporter_is_not_the_speaker() {
        let got =
            speakers(&["本报天津2月10日电 （记者靳博）“往常，刚下地铁就得安检。现在省事多了。”"]);
        assert_eq!(got, [(None, Attribution::None)]);
    }

    #[test]
    fn a_colon_needs_the_person_in_its_clause() {
        let theirs = speakers(&[
            "主任胡明红在医院工作了28年，这样的情况对她而言是家常便饭：“就是周末，也难有休息。”",
        ]);
        assert_eq!(theirs, [one("胡明红", Attribution::Implicit)]);
        let others = speakers(&["主任吴非赶来救治，把患者家属感动得呀：“遇到她真是我家的福气……”"]);
        assert_eq!(others, [(None, Attribution::None)]);
    }

    #[test]
    fn a_term_is_nobody_s_statement() {
        let got = speakers(&["会长王新特说起“年夜饭”。"]);
        assert_eq!(got, [(None, Attribution::None)]);
    }

    #[test]
    fn a_quotation_over_paragraphs_shares_its_speaker() {
        let got = speakers(&[
            "张弛介绍：“园区累计注册企业471家。",
            "“今年还要再翻一番。",
            "“这是我们的目标。”",
        ]);
        assert_eq!(
            got,
            [
                one("张弛", Attribution::Before),
                one("张弛", Attribution::Continued),
                one("张弛", Attribution::Continued),
            ]
        );
    }
}
