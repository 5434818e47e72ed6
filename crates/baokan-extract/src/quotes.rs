//! Quotations: every “…” of a paragraph, whether it is speech or a term, and who said it
//! when the text says so.
//!
//! **Pairs.** Marks are paired with a stack, so nested quotes (‘…’ or “…” inside “…”) stay
//! inside their outer quote and are not quotes of their own. A top-level ‘…’ pair is a
//! quote too. Two kinds of unbalanced marks are read as page breaks:
//! - a closing ” before any other double mark of the paragraph opened on an earlier page:
//!   the quote runs from the paragraph start (after whitespace and a (上接第一版) marker)
//!   and has `opened_before`;
//! - an opening “ never closed runs to the paragraph end and has `closed_after` (a
//!   multi-paragraph quotation opens every paragraph and closes only the last).
//!
//! A stray ” after other marks, and a stray ’ (an apostrophe), are ignored.
//!
//! **Kind.** A quote is a `Term` when it is short and built into the writer's sentence: at
//! most 12 characters, no sentence or clause punctuation inside (。！？；，： and …; the
//! enumeration comma 、 is allowed: “如身使臂、如臂使指”), both marks present, and no
//! speech introduction. Everything else is `Speech`: a quote with clause punctuation
//! (“上面千条线,下面一根针”, a saying), a long one (“始终坚持农村基层党组织领导地位不动摇”,
//! a document's wording), one cut by a page break, and a short one introduced as speech
//! (指出:“…” or “…”张弛说). A long quote used as a slogan or a title is therefore
//! speech: length is the only evidence the text gives, and a long unpunctuated quotation
//! is far more often a statement than a label.
//!
//! **Speakers**, only when the text states them, never guessed:
//! - before: `<speaker>(<adverb>)(说|指出|强调|表示|认为|介绍|告诉记者|提出…)[:：,，]“…”`,
//!   the speaker phrase running back to the clause start (习近平总书记指出:“…”). A
//!   circumstance between speaker and verb is skipped (习近平总书记在考察时强调), and so
//!   are adverbs (明确, 多次, 曾 …);
//! - after: `“…”<speaker>(说|强调|指出|表示|介绍|告诉记者…)` followed by punctuation or the
//!   end (“…”张弛说。, “…”习近平总书记强调。);
//! - in an enumeration of what someone said: a quote after `其中…是` in a sentence whose
//!   earlier clause is `<named speaker>…(指出|强调|提出)` (习近平总书记…指出了3条党建经验,
//!   其中一条就是“…”).
//!
//! The speaker phrase is read by the person rules of [`crate::entities`]: a name (2–3
//! characters starting with a surname) alone or with a title before or after it
//! (习近平总书记 → 习近平 + 总书记; 总经理刘智良 → 刘智良 + 总经理), an unnamed role
//! ending with a title (相关负责人: no name, `speaker_span` the role phrase with its
//! organisation), a pronoun (no name), or a document title 《…》 (no name). Terms never
//! have speakers; a quote with no attribution in the text (a paragraph that is only a
//! quote) has none.

use crate::entities::{
    NOT_IN_ROLES, SPEECH_VERBS, Speaker, Text, is_clause_break, is_cued_name, is_name, speaker,
    title_ending,
};
use crate::types::{Attribution, Quote, QuoteKind, Span};

/// Finds the quotations of one paragraph, sorted by span.
///
/// ```
/// use baokan_extract::{extract, QuoteKind};
/// let m = extract("“截至目前,园区累计注册企业471家。”张弛说,村“两委”换届顺利。", None);
/// assert_eq!(m.quotes.len(), 2);
/// assert_eq!(m.quotes[0].kind, QuoteKind::Speech);
/// assert_eq!(m.quotes[0].speaker.as_deref(), Some("张弛"));
/// assert_eq!(m.quotes[1].kind, QuoteKind::Term);
/// assert_eq!(m.quotes[1].speaker, None);
/// ```
pub(crate) fn find(text: &str) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = pairs(text).into_iter().map(|p| quote(text, p)).collect();
    quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    let all = quotes.clone();
    quotes.retain(|q| {
        !all.iter()
            .any(|o| o != q && o.span.start <= q.span.start && q.span.end <= o.span.end)
    });
    quotes
}

/// A quote's marks, as byte offsets: `open` of the opening mark, `close` of the closing one.
#[derive(Debug, Clone, Copy)]
struct Pair {
    open: Option<usize>,
    close: Option<usize>,
}

const MARK_LEN: usize = '“'.len_utf8();

fn pairs(text: &str) -> Vec<Pair> {
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut seen_double = false;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '‘' => {
                seen_double |= c == '“';
                stack.push((c, i));
            }
            '”' | '’' => {
                let opening = if c == '”' { '“' } else { '‘' };
                if let Some(k) = stack.iter().rposition(|&(m, _)| m == opening) {
                    let at = stack[k].1;
                    stack.truncate(k);
                    if stack.is_empty() {
                        out.push(Pair {
                            open: Some(at),
                            close: Some(i),
                        });
                    }
                } else if c == '”' && !seen_double {
                    out.push(Pair {
                        open: None,
                        close: Some(i),
                    });
                    stack.clear();
                }
                seen_double |= c == '”';
            }
            _ => {}
        }
    }
    if let Some(&(_, at)) = stack.iter().find(|&&(m, _)| m == '“') {
        out.push(Pair {
            open: Some(at),
            close: None,
        });
    }
    out
}

/// Where a paragraph's own text starts: after whitespace and a continuation marker such
/// as (上接第一版).
fn content_start(text: &str) -> usize {
    let trimmed = text.trim_start();
    let mut at = text.len() - trimmed.len();
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(rest) = trimmed.strip_prefix(open)
            && let Some(end) = rest.find(close)
            && ["上接", "接上", "紧接"]
                .iter()
                .any(|m| rest[..end].starts_with(m))
            && rest[..end].chars().count() <= 15
        {
            let after = &rest[end + close.len_utf8()..];
            at = text.len() - after.trim_start().len();
        }
    }
    at
}

/// Characters that make a quote a statement rather than a label.
pub(crate) fn has_clause_punctuation(s: &str) -> bool {
    s.chars().any(|c| "。！？!?；;，,：:…".contains(c))
}

/// The longest quote a term may be, in characters.
const TERM_MAX_CHARS: usize = 12;

fn quote(text: &str, p: Pair) -> Quote {
    let end = text.trim_end().len();
    let inner_start = p.open.map_or_else(|| content_start(text), |o| o + MARK_LEN);
    let inner_end = p.close.unwrap_or(end).max(inner_start);
    let span = Span::new(
        p.open.unwrap_or(inner_start),
        p.close.map_or(end, |c| c + MARK_LEN),
    );
    let inner = Span::new(inner_start, inner_end);
    let inner_text = inner.of(text);
    let term_like = p.open.is_some()
        && p.close.is_some()
        && inner_text.chars().count() <= TERM_MAX_CHARS
        && !has_clause_punctuation(inner_text);

    let before = p.open.and_then(|o| speaker_before(text, o));
    let opens_clause = p.open.is_none_or(|o| {
        text[..o]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| is_hard_break(c) || c == '）' || c == ')')
    });
    let after = p
        .close
        .and_then(|c| speaker_after(text, c + MARK_LEN, opens_clause));
    // A short quote after a phrase of saying is the words said only when it ends its
    // clause: 介绍说，“陈皮贷”引入… quotes a term the statement is about.
    let ends_clause = p.close.is_none_or(|c| {
        text[c + MARK_LEN..]
            .chars()
            .next()
            .is_none_or(|c| is_hard_break(c) || "”’）)…—".contains(c))
    });
    let introduced = after.is_some() || before.as_ref().is_some_and(|b| b.marked) && ends_clause;
    let kind = if term_like && !introduced {
        QuoteKind::Term
    } else {
        QuoteKind::Speech
    };
    let found = match (before, after) {
        (Some(b), Some(a)) if b.speaker.name.is_none() && a.speaker.name.is_some() => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    };
    let found = found.or_else(|| p.open.and_then(|o| speaker_of_enumeration(text, o)));
    let mut q = Quote {
        span,
        inner,
        kind,
        speaker: None,
        speaker_title: None,
        speaker_span: None,
        opened_before: p.open.is_none(),
        closed_after: p.close.is_none(),
        attribution: Attribution::None,
    };
    if let (QuoteKind::Speech, Some(f)) = (kind, found) {
        let phrase = f.span.of(text);
        q.speaker = f
            .speaker
            .name
            .and_then(|r| phrase.get(r))
            .map(str::to_string);
        q.speaker_title = f.speaker.title;
        q.speaker_span = Some(f.span);
        q.attribution = f.how;
    }
    q
}

/// A speaker found for a quote.
struct SpeakerPhrase {
    /// The speaker phrase in the text.
    span: Span,
    /// What it says; its name range is relative to `span`.
    speaker: Speaker,
    /// Punctuation stands between the verb and the quote (指出:“), or the speaker comes
    /// after the quote: the quote is introduced as speech.
    marked: bool,
    /// Where the phrase stands.
    how: Attribution,
}

/// Adverbs between a speaker and the verb of saying (习近平总书记多次强调, 强调指出,
/// 所说).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "语重心长地", "意味深长地", "斩钉截铁地", "深有感触地", "动情地", "深情地", "亲切地", "激动地",
    "高兴地", "感慨地", "坚定地", "自豪地", "笑着", "深刻", "明确", "多次", "曾经", "一再", "反复",
    "再次", "进一步", "郑重", "特别", "专门", "对记者", "向记者", "对本报记者", "向本报记者", "强调", "曾", "也", "还", "又",
    "都", "就", "更", "所",
];

/// Words that open a clause before its speaker (正如习近平总书记所说).
pub(crate) const CLAUSE_OPENERS: &[&str] = &["正如", "正像", "就像", "如同", "诚如"];

/// The end of a circumstance between a speaker and the verb (在考察时, 在会上).
pub(crate) const CIRCUMSTANCE_ENDS: &[&str] = &["时", "中", "上", "期间", "之际", "后"];

/// Reads the speaker phrase `t[a, b)` (chars), skipping a clause opener (正如), and
/// adverbs and a 在…时 circumstance before the verb. Returns the phrase as a byte span and what it says.
fn read_speaker(t: &Text<'_>, a: usize, b: usize) -> Option<(Span, Speaker)> {
    let opener = CLAUSE_OPENERS
        .iter()
        .find(|w| t.slice(a, b).starts_with(**w));
    let a = a + opener.map_or(0, |w| w.chars().count());
    let strip = |mut e: usize| {
        while let Some(k) = ADVERBS
            .iter()
            .find(|w| t.slice(a, e).ends_with(*w))
            .map(|w| w.chars().count())
        {
            if e - k <= a {
                break;
            }
            e -= k;
        }
        e
    };
    let e = strip(b);
    let whole = |e: usize| {
        speaker(t.slice(a, e)).map(|s| (Span::new(t.bytes[a] + s.start, t.bytes[e]), rebased(s)))
    };
    if let Some(found) = whole(e) {
        return Some(found);
    }
    // 习近平总书记在哈尔滨新区视察时(说)
    let phrase = t.slice(a, e);
    if CIRCUMSTANCE_ENDS.iter().any(|w| phrase.ends_with(w)) {
        for k in (a + 1..e).filter(|&k| t.chars[k] == '在' && e - k <= 25) {
            if let Some(found) = whole(strip(k)) {
                return Some(found);
            }
        }
    }
    None
}

/// The speaker with its name range relative to where the phrase starts.
fn rebased(s: Speaker) -> Speaker {
    let name = s
        .name
        .map(|r| r.start.saturating_sub(s.start)..r.end.saturating_sub(s.start));
    Speaker {
        name,
        start: 0,
        ..s
    }
}

/// The clause start before char `i`: the char after the last clause break, with 《…》
/// titles read whole (a document may be the speaker).
fn clause_start(t: &Text<'_>, i: usize) -> usize {
    let mut a = i;
    while a > 0 {
        let c = t.chars[a - 1];
        if c == '》' {
            match t.chars[..a - 1].iter().rposition(|&c| c == '《') {
                Some(k) => a = k,
                None => break,
            }
        } else if is_clause_break(c) {
            break;
        } else {
            a -= 1;
        }
    }
    a
}

/// `<speaker><verb>[:：,，]“` before the opening mark at byte `open`.
fn speaker_before(text: &str, open: usize) -> Option<SpeakerPhrase> {
    let pre = text[..open].trim_end();
    // The verb first, on the text: most quotes have none, and need no char table.
    let last = pre.chars().next_back();
    let marked = last.is_some_and(|c| ":：,，".contains(c));
    let head = &pre[..pre.len() - last.filter(|_| marked).map_or(0, char::len_utf8)];
    let verb = SPEECH_VERBS
        .iter()
        .filter(|v| head.ends_with(**v))
        .map(|v| v.chars().count())
        .max()?;
    let t = Text::new(pre);
    let e = t.chars.len() - usize::from(marked);
    let v = e - verb;
    let a = clause_start(&t, v);
    let (span, speaker) = read_speaker(&t, a, v).or_else(|| named_tail(&t, a, v))?;
    Some(SpeakerPhrase {
        span,
        speaker,
        marked,
        how: Attribution::Before,
    })
}

/// A statement reported without quotation marks: `<speaker><verb>，…` (特区政府发言人表示，…).
pub(crate) struct Reported {
    /// The speaker phrase.
    pub(crate) span: Span,
    /// The name inside the phrase, if it holds one.
    pub(crate) name: Option<String>,
    /// The title next to the name.
    pub(crate) title: Option<String>,
    /// Byte offset right after the punctuation that follows the verb.
    pub(crate) end: usize,
}

/// The reported statements of a paragraph, in text order: a speaker phrase and a verb of
/// saying before a comma or colon that no quotation mark follows.
pub(crate) fn reported_speech(text: &str) -> Vec<Reported> {
    let mut out = Vec::new();
    for (at, c) in text.char_indices() {
        if !"，,：:".contains(c) {
            continue;
        }
        let end = at + c.len_utf8();
        if text[end..].trim_start().starts_with(['“', '「', '"']) {
            continue;
        }
        let Some(f) = speaker_before(text, end) else {
            continue;
        };
        let phrase = f.span.of(text);
        out.push(Reported {
            span: f.span,
            name: f
                .speaker
                .name
                .and_then(|r| phrase.get(r))
                .map(str::to_string),
            title: f.speaker.title,
            end,
        });
    }
    out
}

/// Hard clause ends: the speaker phrase after a quote never runs past them.
pub(crate) fn is_hard_break(c: char) -> bool {
    "。！？!?；;，,：:".contains(c)
}

/// Soft breaks inside a speaker phrase: an enumeration comma or a quoted term among its
/// modifiers (曾经的“追炮族”、北京海淀区居民张捷说). The speaker is read after the last one.
fn is_soft_break(c: char) -> bool {
    c.is_whitespace() || "、“”‘’".contains(c)
}

/// The longest verb of saying ending `run` (提出 only before a quote).
fn verb_ending(run: &str, after_quote: bool) -> Option<usize> {
    SPEECH_VERBS
        .iter()
        .filter(|v| !(after_quote && **v == "提出") && run.ends_with(**v))
        .map(|v| v.chars().count())
        .max()
}

/// `”<speaker><verb>` and then punctuation or the end, after the closing mark ending at
/// byte `after`. The phrase may carry modifiers set off by soft breaks, and a short
/// clause may stand between the quote and the speaker (“…”贴好横批，胡晓春说道。).
///
/// Modifiers and a clause between are read only for a quote that opens its clause: a
/// quoted term inside a sentence (“追炮族”、…居民张捷说) is not what the speaker said.
fn speaker_after(text: &str, after: usize, opens_clause: bool) -> Option<SpeakerPhrase> {
    let lead = text[after..].len() - text[after..].trim_start().len();
    let mut from = after + lead;
    // The clause right after the quote, then (when it has no verb) the next one.
    for _ in 0..if opens_clause { 2 } else { 1 } {
        let post = &text[from..];
        let run_len = post.find(is_hard_break).unwrap_or(post.len());
        let run = &post[..run_len];
        if let Some(verb) = verb_ending(run, true) {
            let t = Text::new(run);
            let n = t.chars.len();
            let v = n - verb;
            let a = match t.chars[..v].iter().rposition(|&c| is_soft_break(c)) {
                Some(k) if opens_clause => k + 1,
                Some(_) => return None,
                None => 0,
            };
            let strict = read_speaker(&t, a, v);
            let (span, speaker) = if opens_clause {
                strict.or_else(|| named_tail(&t, a, v))
            } else {
                strict
            }?;
            return Some(SpeakerPhrase {
                span: Span::new(span.start + from, span.end + from),
                speaker,
                marked: true,
                how: Attribution::After,
            });
        }
        // Only a short circumstance may stand between quote and speaker.
        let next = post[run_len..].chars().next()?;
        if !"，,".contains(next) || run.chars().count() > 12 {
            return None;
        }
        from += run_len + next.len_utf8();
    }
    None
}

/// A phrase `t[a, v)` that ends in a person's name after its modifiers (手术主刀的产科
/// 副主任医师胡向红, 北京海淀区居民张捷): the name, when the modifiers after the last 的
/// hold no word that marks a clause rather than a description (对, 把, 在, 了 …).
fn named_tail(t: &Text<'_>, a: usize, v: usize) -> Option<(Span, Speaker)> {
    for k in [3, 2] {
        if v < a + k + 1 {
            continue;
        }
        let (ns, modifiers) = (v - k, t.slice(a, v - k));
        // A relative clause before 的 may hold any word (在澳门特区政府担任公务员的李宝华).
        let modifiers = modifiers.rsplit_once('的').map_or(modifiers, |(_, m)| m);
        // After the 的, nothing or a title: 的产科副主任医师胡向红, 的李宝华; not 习主|席勉励.
        let titled = title_ending(t, ns).is_some();
        let named = if titled {
            is_cued_name(t.slice(ns, v))
        } else {
            modifiers.is_empty() && is_name(t.slice(ns, v))
        };
        if named
            && !modifiers
                .chars()
                .any(|c| NOT_IN_ROLES.contains(c) || is_clause_break(c))
        {
            let span = Span::new(t.bytes[a], t.bytes[v]);
            let name = t.bytes[ns] - t.bytes[a]..t.bytes[v] - t.bytes[a];
            return Some((
                span,
                Speaker {
                    name: Some(name),
                    title: None,
                    start: 0,
                },
            ));
        }
    }
    None
}

/// Verbs that introduce an enumeration of statements (指出了3条党建经验).
const ENUMERATING_VERBS: &[&str] = &["指出", "强调", "提出"];

/// `<named speaker>…(指出|强调|提出)…,其中…是“…”`: the quote is one of the things the
/// speaker stated.
fn speaker_of_enumeration(text: &str, open: usize) -> Option<SpeakerPhrase> {
    let pre = text[..open].trim_end();
    if !pre.ends_with('是') {
        return None;
    }
    let sentence_start = pre
        .char_indices()
        .rfind(|(_, c)| "。！？!?；;".contains(*c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let sentence = &pre[sentence_start..];
    // The clauses of the sentence, with their byte offsets.
    let mut offsets = Vec::new();
    let mut pos = 0;
    for part in sentence.split([',', '，', ':', '：']) {
        offsets.push(pos);
        pos += part.len();
        pos += sentence[pos..].chars().next().map_or(0, char::len_utf8);
    }
    let parts: Vec<&str> = sentence.split([',', '，', ':', '：']).collect();
    if !parts.last().is_some_and(|c| c.contains("其中")) {
        return None;
    }
    for (k, clause) in parts.iter().enumerate().take(parts.len() - 1) {
        let t = Text::new(clause);
        let Some(v) = ENUMERATING_VERBS
            .iter()
            .filter_map(|v| clause.find(v))
            .min()
        else {
            continue;
        };
        let v = t.bytes.partition_point(|&b| b < v);
        for e in (2..=v).rev() {
            if let Some(s) = speaker(t.slice(0, e)).filter(|s| s.name.is_some()) {
                let base = sentence_start + offsets[k];
                let span = Span::new(base + s.start, base + t.bytes[e]);
                return Some(SpeakerPhrase {
                    span,
                    speaker: rebased(s),
                    marked: false,
                    how: Attribution::Enumeration,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quote {
        let q = find(text);
        assert_eq!(q.len(), 1, "{q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_continuation_marker_is_not_quoted() {
        let t = "(上接第一版)哈尔滨新区产业结构升级引擎强劲。”张弛说。";
        let q = one(t);
        assert!(q.opened_before);
        assert!(q.inner.of(t).starts_with("哈尔滨新区"));
        assert_eq!(q.speaker.as_deref(), Some("张弛"));
    }
}

#[cfg(test)]
mod after_tests {
    use super::*;

    fn speaker_of(text: &str) -> Vec<(Option<String>, Attribution)> {
        find(text)
            .into_iter()
            .map(|q| (q.speaker, q.attribution))
            .collect()
    }

    #[test]
    fn a_speaker_after_the_quote_may_carry_modifiers() {
        let got = speaker_of(
            "“心里挺不踏实的，不买也罢！” 曾经的“追炮族”、北京海淀区居民张捷说，过去还可以买。",
        );
        assert_eq!(
            got,
            [
                (Some("张捷".into()), Attribution::After),
                (None, Attribution::None)
            ]
        );
        let relative = speaker_of(
            "“尾祃这天，要宴请伙计。”在澳门特区政府担任公务员的李宝华介绍，年廿八是洗邋遢的日子。",
        );
        assert_eq!(relative, [(Some("李宝华".into()), Attribution::After)]);
    }

    #[test]
    fn a_short_clause_may_stand_between_quote_and_speaker() {
        let got = speaker_of("“大红春联一贴，年的味道就出来了。”贴好横批，胡晓春说道。");
        assert_eq!(got, [(Some("胡晓春".into()), Attribution::After)]);
    }

    #[test]
    fn a_term_inside_a_sentence_takes_no_speaker_after_it() {
        let got = speaker_of("这是“追炮族”的居民张捷说的。");
        assert_eq!(got, [(None, Attribution::None)]);
    }

    #[test]
    fn a_phrase_with_a_clause_word_after_de_is_no_speaker() {
        let got = speaker_of("“这事不简单。”的确对居民张捷说，");
        assert_eq!(got, [(None, Attribution::None)]);
    }

    #[test]
    fn a_short_quote_after_a_verb_of_saying_is_speech_only_when_it_ends_the_clause() {
        let term = find("行长何小红介绍说，“陈皮贷”引入了政府增信模式。");
        assert_eq!(term[0].kind, QuoteKind::Term);
        assert_eq!(term[0].speaker, None);
        let said = find("行长何小红介绍说，“还不够好”。");
        assert_eq!(said[0].kind, QuoteKind::Speech);
        assert_eq!(said[0].speaker.as_deref(), Some("何小红"));
    }

    #[test]
    fn an_unnamed_role_may_introduce_its_words() {
        let t = "“景区是旅游项目，也是新家。”一位负责人介绍说。";
        let q = &find(t)[0];
        assert_eq!(q.attribution, Attribution::After);
        assert_eq!(q.speaker, None);
        assert_eq!(q.speaker_span.map(|s| s.of(t)), Some("一位负责人"));
    }

    #[test]
    fn a_surname_that_is_mostly_a_word_opens_a_name_only_where_the_text_marks_it() {
        let t = "“电站运营可靠稳定。”额勒赛项目公司总经理乐建华告诉本报记者。";
        assert_eq!(find(t)[0].speaker.as_deref(), Some("乐建华"));
        let role = "“要抓紧开工，按时完成。”镇党委书记安排部署说。";
        assert_eq!(find(role)[0].speaker, None);
    }
}
