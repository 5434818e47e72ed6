//! `baokan citations [--by-title]`: the cited documents 《…》, one row per citation or
//! per document.

use std::io::Write;

use baokan::{Citation, Corpora, Source};
use serde::Serialize;

use crate::cli::{CitationsArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

/// How issuers are joined in a table cell, as the page lists them.
const LIST: &str = "、";

/// What `citations --by-title` says about a document: every citation of one title,
/// grouped. The fields a citation's sentence may state (kind, issuers, action, date)
/// are the first stated.
#[derive(Debug, Serialize)]
struct Document<'a> {
    title: &'a str,
    kind: Option<&'a str>,
    issuers: Vec<&'a str>,
    action: Option<&'a str>,
    date: Option<&'a str>,
    /// How often it is cited.
    count: usize,
    /// Where it is first cited.
    first: Source<'a>,
    /// Where it is last cited.
    last: Source<'a>,
}

impl<'a> Document<'a> {
    fn of(c: &Citation<'a>) -> Document<'a> {
        Document {
            title: c.title(),
            kind: c.kind(),
            issuers: c.issuers().collect(),
            action: c.action(),
            date: c.date(),
            count: 1,
            first: c.source(),
            last: c.source(),
        }
    }

    fn add(&mut self, c: &Citation<'a>) {
        self.count += 1;
        self.last = c.source();
        self.kind = self.kind.or(c.kind());
        if self.issuers.is_empty() {
            self.issuers = c.issuers().collect();
        }
        self.action = self.action.or(c.action());
        self.date = self.date.or(c.date());
    }
}

/// The citations grouped by title, in order of first citation.
fn documents<'a>(citations: &[Citation<'a>]) -> Vec<Document<'a>> {
    let mut docs: Vec<Document<'a>> = Vec::new();
    for c in citations {
        match docs.iter_mut().find(|d| d.title == c.title()) {
            Some(d) => d.add(c),
            None => docs.push(Document::of(c)),
        }
    }
    docs
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &CitationsArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let citations = corpora.citations();
    if args.by_title {
        // Grouped over all packs, in pack order: a title cited in two packs is one row.
        let items: Vec<Citation<'_>> = citations.iter().map(|c| c.item).collect();
        let docs = documents(&items);
        if global.json {
            return Ok(render::json(out, &docs)?);
        }
        let rows: Vec<Vec<String>> = docs
            .iter()
            .map(|d| {
                vec![
                    format!("《{}》", d.title),
                    render::or_none(d.kind),
                    d.count.to_string(),
                    issuers(d.issuers.iter().copied()),
                    d.first.to_string(),
                    d.last.to_string(),
                ]
            })
            .collect();
        let columns = [
            ("TITLE", Align::Left),
            ("KIND", Align::Left),
            ("COUNT", Align::Right),
            ("ISSUERS", Align::Left),
            ("FIRST", Align::Left),
            ("LAST", Align::Left),
        ];
        return Ok(render::table(out, &columns, &rows)?);
    }
    if global.json {
        return Ok(super::json_in_packs(out, corpora, &citations)?);
    }
    let rows: Vec<Vec<String>> = citations
        .iter()
        .map(|x| {
            let c = &x.item;
            vec![
                format!("《{}》", c.title()),
                render::or_none(c.kind()),
                issuers(c.issuers()),
                render::or_none(c.action()),
                render::or_none(c.date()),
                c.source().to_string(),
            ]
        })
        .collect();
    let columns = [
        ("TITLE", Align::Left),
        ("KIND", Align::Left),
        ("ISSUERS", Align::Left),
        ("ACTION", Align::Left),
        ("DATE", Align::Left),
        ("SOURCE", Align::Left),
    ];
    Ok(super::table_in_packs(
        out, corpora, &citations, &columns, rows,
    )?)
}

/// Issuers as one cell: joined by 、, or [`render::NONE`].
fn issuers<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    if names.is_empty() {
        render::NONE.to_string()
    } else {
        names.join(LIST)
    }
}
