//! `baokan show ID`: one article as a reader sees it, as JSON, or as its source lines.

use std::io::Write;

use baokan::{Article, Corpora};
use serde::Serialize;

use super::InPackJson;
use crate::cli::{Global, ShowArgs};
use crate::error::CliError;
use crate::render;

/// Body paragraphs are indented two ideographic spaces, as on the printed page, so
/// that headings (flush left) stand out from them.
const INDENT: &str = "\u{3000}\u{3000}";

/// What `show ID --json` prints: the article, or with `--raw` its source lines.
#[derive(Debug)]
pub(crate) enum ShowJson<'a> {
    Article(Box<InPackJson<'a, Article<'a>>>),
    Raw(InPackJson<'a, Raw<'a>>),
}

impl Serialize for ShowJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ShowJson::Article(a) => a.serialize(s),
            ShowJson::Raw(r) => r.serialize(s),
        }
    }
}

/// The article `args` name as `--json` prints it (see [`ShowJson`]).
pub(crate) fn json<'a>(corpora: &Corpora<'a>, args: &ShowArgs) -> Result<ShowJson<'a>, CliError> {
    let found = corpora.article(&args.id)?;
    if !args.raw {
        return Ok(ShowJson::Article(Box::new(InPackJson::new(corpora, found))));
    }
    let article = found.item;
    let raw = raw(corpora, &found)?;
    Ok(ShowJson::Raw(InPackJson::new(
        corpora,
        baokan::InPack {
            pack: found.pack,
            label: found.label,
            item: Raw::of(&article, raw),
        },
    )))
}

/// The article's source lines, or an error naming it when the pack has none.
fn raw<'a>(
    corpora: &Corpora<'a>,
    found: &baokan::InPack<'a, Article<'a>>,
) -> Result<&'a str, CliError> {
    found.item.raw().ok_or_else(|| CliError::NoSource {
        id: corpora.qualified(found, found.item.id()),
    })
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &ShowArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    if global.json {
        return Ok(render::json(out, &json(corpora, args)?)?);
    }
    let found = corpora.article(&args.id)?;
    if args.raw {
        Ok(writeln!(out, "{}", raw(corpora, &found)?)?)
    } else {
        Ok(text(&found.item, out)?)
    }
}

/// What `show ID --raw --json` prints: the source lines and where they come from.
#[derive(Debug, Serialize)]
pub(crate) struct Raw<'a> {
    id: String,
    file: &'a str,
    first_line: u32,
    last_line: u32,
    raw: &'a str,
}

impl<'a> Raw<'a> {
    fn of(a: &Article<'a>, raw: &'a str) -> Raw<'a> {
        let (first_line, last_line) = a.source_lines();
        Raw {
            id: a.id().to_string(),
            file: a.file().name(),
            first_line,
            last_line,
            raw,
        }
    }
}

/// Kicker, title, subtitle, byline and continuation marker; then each section's
/// heading, subheading and paragraphs; then a closing dateline and the credit lines.
/// Blocks are separated by blank lines.
fn text(a: &Article<'_>, out: &mut impl Write) -> std::io::Result<()> {
    let mut head = Vec::new();
    head.extend(a.kicker().map(str::to_string));
    head.extend(a.title().map(str::to_string));
    head.extend(a.subtitle().map(|s| format!("——{s}")));
    head.extend(a.byline().map(str::to_string));
    head.extend(a.continued_from().map(|c| c.marker.to_string()));
    let mut first = true;
    let mut block = |out: &mut dyn Write, line: &str| {
        if !std::mem::take(&mut first) {
            writeln!(out)?;
        }
        writeln!(out, "{line}")
    };
    for line in &head {
        block(out, line)?;
    }
    for section in a.sections() {
        for heading in [section.heading(), section.subheading()]
            .into_iter()
            .flatten()
        {
            block(out, heading)?;
        }
        for p in section.paragraphs() {
            block(out, &format!("{INDENT}{}", p.text()))?;
        }
    }
    if let Some(c) = a.continued_to() {
        block(out, c.marker)?;
    }
    // An opening dateline is the head of the first paragraph, already shown.
    if let Some(d) = a.dateline().filter(|d| d.closing) {
        block(out, d.text)?;
    }
    let shown = |k: &baokan::Credit<'_>| {
        matches!(k.kind(), baokan::CreditKind::ClosingDateline)
            || (k.kind() == baokan::CreditKind::Byline && Some(k.text()) == a.byline())
    };
    for credit in a.credits().filter(|k| !shown(k)) {
        block(out, credit.text())?;
    }
    Ok(())
}
