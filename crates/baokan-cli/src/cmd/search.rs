//! `baokan search QUERY`: keyword-in-context lines, a count, or JSON; exit code 1 when
//! nothing matched.

use std::io::Write;

use baokan::{Corpora, InPack, KwicLine, KwicSort};

use super::Status;
use crate::cli::{Global, SearchArgs, SortBy};
use crate::error::CliError;
use crate::render;

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &SearchArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<Status, CliError> {
    let mut query = corpora
        .query(&args.query)
        .regex(args.regex)
        .traditional(args.fold_trad);
    // The library takes any item id as a scope; the CLI holds each flag to its level,
    // so that `--article 1.3` is an error rather than a silent section filter.
    if let Some(id) = &args.article {
        corpora.article(id)?;
        query = query.article(id);
    }
    if let Some(id) = &args.section {
        corpora.section(id)?;
        query = query.section(id);
    }
    let found = |n: usize| {
        if n == 0 {
            Status::NoMatch
        } else {
            Status::Done
        }
    };
    let credit_hits = if args.credits {
        corpora.credit_hits(&args.query)?
    } else {
        Vec::new()
    };
    if args.count {
        // A bare integer is also a JSON document, so --json changes nothing here.
        let n = query.count().map_err(|e| regex_error(e, &args.query))? + credit_hits.len();
        writeln!(out, "{n}")?;
        return Ok(found(n));
    }
    let sort = match args.sort {
        SortBy::Position => KwicSort::Position,
        SortBy::Left => KwicSort::Left,
        SortBy::Right => KwicSort::Right,
    };
    let lines = query
        .kwic(args.context, args.cross_paragraphs, sort)
        .map_err(|e| regex_error(e, &args.query))?;
    if global.json {
        // Paragraph hits and credit-line hits share one schema (a credit field, null for
        // a paragraph), so they print as one list.
        let value = |pack: usize, label, item: serde_json::Result<serde_json::Value>| {
            item.map(|item| InPack { pack, label, item })
        };
        let all: Vec<InPack<'_, serde_json::Value>> = lines
            .iter()
            .map(|x| value(x.pack, x.label, serde_json::to_value(x.item)))
            .chain(
                credit_hits
                    .iter()
                    .map(|x| value(x.pack, x.label, serde_json::to_value(x.item))),
            )
            .collect::<Result<_, _>>()?;
        super::json_in_packs(out, corpora, &all)?;
    } else {
        kwic(out, corpora, &lines, &credit_hits)?;
    }
    Ok(found(lines.len() + credit_hits.len()))
}

/// The regex crate explains a syntax error over several lines, drawing a caret under
/// the pattern; an error here is one line, so it keeps the pattern and the last line
/// (`unclosed group`).
fn regex_error(e: baokan::Error, pattern: &str) -> CliError {
    match e {
        baokan::Error::Regex(msg) => {
            let reason = msg.lines().rev().map(str::trim).find(|l| !l.is_empty());
            let reason = reason.unwrap_or("it does not compile");
            CliError::BadRegex {
                pattern: pattern.to_string(),
                reason: reason.trim_start_matches("error: ").to_string(),
            }
        }
        e => e.into(),
    }
}

/// What marks a paragraph break inside `--cross-paragraphs` context, so that a line
/// stays one line.
const BREAK: &str = "¶";

/// Writes `ID  file:line:col  left【match】right` per line, the ids and locations
/// padded and the left contexts right-aligned (by display width), so that the matches
/// stand in one column, as in AntConc or `nltk.Text.concordance`.
fn kwic(
    out: &mut impl Write,
    corpora: &Corpora<'_>,
    lines: &[InPack<'_, KwicLine<'_>>],
    credits: &[InPack<'_, baokan::CreditHit<'_>>],
) -> std::io::Result<()> {
    let flat = |s: &str| s.replace(['\r', '\n'], BREAK);
    let rows: Vec<[String; 5]> = lines
        .iter()
        .map(|x| {
            let l = &x.item;
            [
                corpora.qualified(x, l.hit.paragraph().id()),
                l.hit.source().to_string(),
                flat(l.left),
                flat(l.hit.text()),
                flat(l.right),
            ]
        })
        .chain(credits.iter().map(|x| {
            let h = &x.item;
            let id = format!("{}:{}", h.credit.article().id(), h.credit.kind());
            [
                corpora.qualified(x, id),
                h.source().to_string(),
                h.left().to_string(),
                h.text().to_string(),
                h.right().to_string(),
            ]
        }))
        .collect();
    let widest = |i: usize| rows.iter().map(|r| render::width(&r[i])).max();
    let (id_w, at_w, left_w) = (
        widest(0).unwrap_or(0),
        widest(1).unwrap_or(0),
        widest(2).unwrap_or(0),
    );
    for [id, at, left, hit, right] in &rows {
        let pad = |w: usize, s: &str| " ".repeat(w - render::width(s));
        let line = format!(
            "{id}{}  {at}{}  {}{left}【{hit}】{right}",
            pad(id_w, id),
            pad(at_w, at),
            pad(left_w, left),
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
