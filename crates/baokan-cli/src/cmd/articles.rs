//! `baokan articles`: one line (or JSON object) per article.

use std::io::Write;

use baokan::{Article, Corpora, ItemId};
use serde::Serialize;

use super::InPacks;
use crate::cli::{ArticlesArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

/// What `articles --json` says about each article: its headline block, byline,
/// reporters, dateline, date and counts, not the whole nested article (`show ID
/// --json` gives that).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Summary<'a> {
    id: ItemId,
    file: &'a str,
    layout: baokan::Layout,
    kicker: Option<&'a str>,
    title: Option<&'a str>,
    column: Option<&'a str>,
    subtitle: Option<&'a str>,
    byline: Option<&'a str>,
    reporters: Vec<&'a str>,
    dateline: Option<&'a str>,
    date: Option<String>,
    date_basis: Option<baokan::DateBasis>,
    duplicate_of: Option<String>,
    credits: usize,
    sections: usize,
    paragraphs: usize,
    sentences: usize,
}

impl<'a> Summary<'a> {
    fn of(a: &Article<'a>) -> Summary<'a> {
        Summary {
            id: a.id(),
            file: a.file().name(),
            layout: a.file().layout(),
            kicker: a.kicker(),
            title: a.title(),
            column: a.column(),
            subtitle: a.subtitle(),
            byline: a.byline(),
            reporters: a.reporters().map(|r| r.name).collect(),
            dateline: a.dateline().map(|d| d.text),
            date: a.date().map(|d| d.to_string()),
            date_basis: a.date_basis(),
            duplicate_of: a.duplicate_of().map(|d| d.id().to_string()),
            credits: a.credits().len(),
            sections: a.sections().len(),
            paragraphs: a.paragraphs().len(),
            sentences: a.sentences().len(),
        }
    }
}

/// What `articles --json` prints: a summary of each article in the window.
pub(crate) fn json<'a>(
    corpora: &Corpora<'a>,
    args: &ArticlesArgs,
) -> Result<InPacks<'a, 'a, Summary<'a>>, CliError> {
    let summaries: Vec<_> = corpora
        .articles()
        .skip(args.window.offset)
        .take(args.window.limit.unwrap_or(usize::MAX))
        .map(|a| baokan::InPack {
            pack: a.pack,
            label: a.label,
            item: Summary::of(&a.item),
        })
        .collect();
    Ok(InPacks::new(corpora, summaries))
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &ArticlesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let summaries = json(corpora, args)?;
    if global.json {
        return Ok(render::json(out, &summaries)?);
    }
    let rows: Vec<Vec<String>> = summaries
        .list
        .iter()
        .map(|x| {
            let s = &x.item;
            vec![
                corpora.qualified(x, s.id),
                s.title.unwrap_or("(untitled)").to_string(),
                s.date.clone().unwrap_or_else(|| "-".to_string()),
                s.sections.to_string(),
                s.paragraphs.to_string(),
            ]
        })
        .collect();
    let columns = [
        ("ID", Align::Right),
        ("TITLE", Align::Left),
        ("DATE", Align::Left),
        ("SECTIONS", Align::Right),
        ("PARAGRAPHS", Align::Right),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
