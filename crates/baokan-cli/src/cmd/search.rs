//! `baokan search QUERY`: keyword-in-context lines, a count, or JSON; exit code 1 when
//! nothing matched.

use std::io::Write;

use baokan::{Article, Corpora, Date, InPack, KwicLine, KwicSort};
use serde::Serialize;

use super::{InPacks, Status};
use crate::cli::{Global, SearchArgs, SortBy, Window};
use crate::error::CliError;
use crate::render;

/// What a search found: the lines of its window, and how many there are in all.
pub(crate) struct Found<'a> {
    /// Every match (paragraph hits and credit-line hits) the filters admit.
    pub(crate) total: usize,
    /// The window's concordance lines, in the order asked for (none with `--count`).
    lines: Vec<InPack<'a, KwicLine<'a>>>,
    /// The window's credit-line hits, after the paragraph lines.
    credits: Vec<InPack<'a, baokan::CreditHit<'a>>>,
    /// Whether only the number was asked for.
    count_only: bool,
}

/// What `search --json` prints: with `--count` the number alone, else the window's
/// lines, paragraph hits then credit-line hits, in one schema (a `credit` field, null
/// for a paragraph).
#[derive(Debug)]
pub(crate) enum SearchJson<'a> {
    Count(usize),
    Lines(InPacks<'a, 'a, serde_json::Value>),
}

impl Serialize for SearchJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            SearchJson::Count(n) => n.serialize(s),
            SearchJson::Lines(lines) => lines.serialize(s),
        }
    }
}

impl<'a> Found<'a> {
    /// This answer as `--json` (and `--count`) prints it.
    pub(crate) fn json(&self, corpora: &Corpora<'a>) -> Result<SearchJson<'a>, CliError> {
        if self.count_only {
            return Ok(SearchJson::Count(self.total));
        }
        let value = |pack: usize, label, item: serde_json::Result<serde_json::Value>| {
            item.map(|item| InPack { pack, label, item })
        };
        let all: Vec<InPack<'_, serde_json::Value>> = self
            .lines
            .iter()
            .map(|x| value(x.pack, x.label, serde_json::to_value(x.item)))
            .chain(
                self.credits
                    .iter()
                    .map(|x| value(x.pack, x.label, serde_json::to_value(x.item))),
            )
            .collect::<Result<_, _>>()?;
        Ok(SearchJson::Lines(InPacks::new(corpora, all)))
    }
}

/// What `search --json` prints for `args` (see [`SearchJson`]).
pub(crate) fn json<'a>(
    corpora: &Corpora<'a>,
    args: &SearchArgs,
) -> Result<SearchJson<'a>, CliError> {
    find(corpora, args)?.json(corpora)
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &SearchArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<Status, CliError> {
    let found = find(corpora, args)?;
    if args.count || global.json {
        // A bare integer is also a JSON document, so --json changes nothing for --count.
        render::json(out, &found.json(corpora)?)?;
    } else {
        kwic(out, corpora, &found.lines, &found.credits)?;
    }
    Ok(if found.total == 0 {
        Status::NoMatch
    } else {
        Status::Done
    })
}

/// Runs the search `args` describe: every match counted, the window's lines made.
pub(crate) fn find<'a>(corpora: &Corpora<'a>, args: &SearchArgs) -> Result<Found<'a>, CliError> {
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
    let only = Only::new(args)?;
    let credits = if args.credits {
        corpora.credit_hits(&args.query)?
    } else {
        Vec::new()
    };
    if args.count {
        let n = if only.is_all() {
            query.count().map_err(|e| regex_error(e, &args.query))?
        } else {
            let hits = query.hits().map_err(|e| regex_error(e, &args.query))?;
            hits.iter()
                .filter(|h| only.admits(&h.item.paragraph().article()))
                .count()
        };
        return Ok(Found {
            total: n + credits.len(),
            lines: Vec::new(),
            credits: Vec::new(),
            count_only: true,
        });
    }
    let sort = match args.sort {
        SortBy::Position => KwicSort::Position,
        SortBy::Left => KwicSort::Left,
        SortBy::Right => KwicSort::Right,
    };
    let mut lines = query
        .kwic(args.context, args.cross_paragraphs, sort)
        .map_err(|e| regex_error(e, &args.query))?;
    lines.retain(|l| only.admits(&l.item.hit.paragraph().article()));
    let total = lines.len() + credits.len();
    // One window over the paragraph lines and the credit lines after them.
    let window = args.window;
    let lines = window.apply(lines);
    let credits = Window {
        offset: window.offset.saturating_sub(total - credits.len()),
        limit: window.limit.map(|n| n - lines.len()),
    }
    .apply(credits);
    Ok(Found {
        total,
        lines,
        credits,
        count_only: false,
    })
}

/// The articles `--dates` and `--page` admit.
struct Only {
    dates: Option<(Date, Date)>,
    page: Option<String>,
}

impl Only {
    fn new(args: &SearchArgs) -> Result<Only, CliError> {
        let dates = match &args.dates {
            Some(range) => Some(super::keyness::range("--dates", range)?),
            None => None,
        };
        Ok(Only {
            dates,
            page: args.page.clone(),
        })
    }

    fn is_all(&self) -> bool {
        self.dates.is_none() && self.page.is_none()
    }

    fn admits(&self, a: &Article<'_>) -> bool {
        let dated = self
            .dates
            .is_none_or(|(from, to)| a.date().is_some_and(|d| from <= d && d <= to));
        let paged = self.page.as_deref().is_none_or(|want| {
            a.file()
                .printed_page()
                .is_some_and(|page| same_page(page, want))
        });
        dated && paged
    }
}

/// Whether two page labels name one page: as numbers when both are (`04` is `4`),
/// else as text.
fn same_page(a: &str, b: &str) -> bool {
    match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a.trim() == b.trim(),
    }
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

#[cfg(test)]
mod tests {
    use super::same_page;

    #[test]
    fn pages_compare_as_numbers() {
        assert!(same_page("04", "4"));
        assert!(same_page("A3", "A3"));
        assert!(!same_page("04", "14"));
        assert!(!same_page("A3", "3"));
    }
}
