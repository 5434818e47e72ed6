//! Speakers across the paragraphs of an article. [`extract`](crate::extract) reads one
//! paragraph, where a speaker is found only in a phrase of saying next to the quote.
//! Three more readings need the article, and [`attribute_article`] makes them, each
//! recorded in the quote's [`Attribution`]:
//!
//! - **pronoun**: 他说：“…” or “…”她说, with the last person named before the pronoun
//!   in the article (in its paragraph first, then in the paragraphs before);
//! - **continued**: a quotation that runs over several paragraphs opens each of them and
//!   closes only the last; its paragraphs share the speaker one of them states;
//! - **implicit**: a statement in quotation marks with no phrase of saying, in a
//!   paragraph that names one person and no other (安妹是…员工。…。“现在我们…”). A quote
//!   introduced by a colon takes the person only when the clause before the colon names
//!   them or stands for them (对她而言是家常便饭：“…”); a paragraph naming two people,
//!   or none, gives no speaker.
//!
//! A quote the text gives no speaker keeps none.

use crate::entities::NOT_IN_ROLES;
use crate::quotes::{has_clause_punctuation, is_hard_break};
use crate::types::{Attribution, EntityKind, EntityMention, Mentions, Quote, QuoteKind};

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
    for (i, text) in texts.iter().enumerate().take(paragraphs.len()) {
        let m = &mut paragraphs[i];
        let persons = persons_of(text, m);
        let mut names: Vec<&str> = persons.iter().map(|(_, n)| n.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let subjects = subjects(text, m);
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
            if q.attribution == Attribution::None
                && q.kind == QuoteKind::Speech
                && !q.opened_before
                && has_clause_punctuation(q.inner.of(text))
                && let [name] = names.as_slice()
                && subjects.iter().any(|s| s == name)
                && colon_allows(text, q, name)
            {
                q.speaker = Some((*name).to_string());
                q.attribution = Attribution::Implicit;
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

/// The persons a paragraph has as the subject of a clause: named at the clause start,
/// or after a short title phrase there (原金科村党支部书记刘品扬), not as an object
/// (…是国家主席习近平亲自谋划的).
fn subjects(text: &str, m: &Mentions) -> Vec<String> {
    let mut names: Vec<String> = m
        .entities
        .iter()
        .filter(|e| in_story(text, e))
        .filter(|e| {
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
        })
        .map(|e| e.name.clone())
        .chain(m.quotes.iter().filter_map(|q| q.speaker.clone()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
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

#[cfg(test)]
mod tests {
    use crate::{Attribution, extract_article};

    fn speakers(texts: &[&str]) -> Vec<(Option<String>, Attribution)> {
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
        let object = speakers(&["发言人表示，这是国家主席习近平亲自推动的。“这是新的实践。”"]);
        assert_eq!(object, [(None, Attribution::None)]);
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
