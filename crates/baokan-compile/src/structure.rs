//! Units of text to articles, sections and paragraphs.
//!
//! The page is read top to bottom. A heading-like unit opens a new article when no
//! article is open, or when the next unit marks an article start (a subtitle, a byline
//! or a continued-from marker); otherwise it heads a new section. A closing dateline
//! ends the article it follows. Running text before an article's first heading forms
//! its untitled lead section.

use crate::classify::{
    DatelineParts, MarkerParts, closing_dateline, continued_from, continued_to, is_byline,
    is_ellipsis, is_heading_like, is_list_item, leading_dateline, subtitle_start,
};
use crate::model::{Article, Continuation, Dateline, Located, Paragraph, ParagraphKind, Section};
use crate::sentences::split_sentences;

type Unit = Vec<Located>;

fn text(u: &Unit) -> String {
    u.iter().map(|p| p.text.as_str()).collect()
}

fn single(u: Option<&Unit>) -> Option<&Located> {
    match u.map(Vec::as_slice) {
        Some([one]) => Some(one),
        _ => None,
    }
}

fn opens_article(next: Option<&Unit>) -> bool {
    next.is_some_and(|u| {
        let t = text(u);
        continued_from(&t).is_some()
            || subtitle_start(&t).is_some()
            || (u.len() == 1 && is_byline(&t))
    })
}

fn dateline(loc: Located, parts: DatelineParts, standalone: bool) -> Dateline {
    Dateline {
        text: loc,
        standalone,
        agency: parts.agency,
        place: parts.place,
        month: parts.month,
        day: parts.day,
    }
}

fn continuation(piece: &Located, m: MarkerParts) -> Continuation {
    Continuation {
        marker: piece.slice(m.span.clone()),
        page: m.page.start - m.span.start..m.page.end - m.span.start,
    }
}

/// Builds the articles of one file from its units.
pub(crate) fn articles(units: Vec<Unit>) -> Vec<Article> {
    let mut done: Vec<Article> = Vec::new();
    let mut cur: Option<Article> = None;
    let mut it = units.into_iter().peekable();
    while let Some(unit) = it.next() {
        let t = text(&unit);
        if let Some(parts) = closing_dateline(&t).filter(|_| unit.len() == 1) {
            let d = dateline(unit[0].clone(), parts, true);
            match cur.take().or_else(|| done.pop()) {
                Some(mut a) if a.dateline.is_none() => {
                    a.dateline = Some(d);
                    done.push(a);
                }
                other => {
                    done.extend(other);
                    // A second dateline has no article to close: keep it as text.
                    push_paragraph(cur.get_or_insert_with(Article::default), unit);
                }
            }
            continue;
        }
        if unit.len() == 1 && is_heading_like(&t) {
            let heading = unit.into_iter().next().unwrap_or_default();
            if cur.is_none() || opens_article(it.peek()) {
                done.extend(cur.take());
                let mut a = Article {
                    title: Some(heading),
                    ..Article::default()
                };
                if let Some(sub) =
                    single(it.peek()).and_then(|p| subtitle_start(&p.text).map(|at| p.tail(at)))
                {
                    a.subtitle = Some(sub);
                    it.next();
                }
                if let Some(by) = single(it.peek()).filter(|p| is_byline(&p.text)).cloned() {
                    a.byline = Some(by);
                    it.next();
                }
                cur = Some(a);
            } else if let Some(a) = cur.as_mut() {
                a.sections.push(Section {
                    heading: Some(heading),
                    ..Section::default()
                });
            }
            continue;
        }
        push_paragraph(cur.get_or_insert_with(Article::default), unit);
    }
    done.extend(cur);
    done
}

/// Adds a unit of running text to the article, peeling off continuation markers and a
/// leading dateline first.
fn push_paragraph(a: &mut Article, mut unit: Unit) {
    let first_paragraph = a.sections.iter().all(|s| s.paragraphs.is_empty());
    if first_paragraph
        && a.continued_from.is_none()
        && let Some(m) = unit.first().and_then(|p| continued_from(&p.text))
    {
        a.continued_from = Some(continuation(&unit[0], m.clone()));
        unit[0] = unit[0].tail(m.span.end);
        if unit[0].text.trim().is_empty() {
            unit.remove(0);
        } else {
            let lead = unit[0].text.len() - unit[0].text.trim_start().len();
            unit[0] = unit[0].tail(lead);
        }
    }
    if let Some(last) = unit.last()
        && let Some(m) = continued_to(&last.text)
    {
        a.continued_to = Some(continuation(last, m.clone()));
        let n = unit.len() - 1;
        let kept = unit[n].text[..m.span.start].trim_end().len();
        unit[n].text.truncate(kept);
        if unit[n].text.is_empty() {
            unit.pop();
        }
    }
    if unit.is_empty() {
        return;
    }
    if first_paragraph
        && a.dateline.is_none()
        && let Some(parts) = leading_dateline(&unit[0].text)
    {
        a.dateline = Some(dateline(unit[0].slice(parts.span.clone()), parts, false));
    }
    let t = text(&unit);
    let kind = if is_ellipsis(&t) {
        ParagraphKind::Ellipsis
    } else if is_list_item(&t) {
        ParagraphKind::ListItem
    } else {
        ParagraphKind::Body
    };
    let sentences = split_sentences(&t);
    if a.sections.is_empty() {
        a.sections.push(Section::default());
    }
    if let Some(s) = a.sections.last_mut() {
        s.paragraphs.push(Paragraph {
            kind,
            pieces: unit,
            sentences,
        });
    }
}
