//! `baokan extract [--date YYYY-MM-DD] [TEXT]`: the mentions in any text, grouped by
//! type, or as JSON the located mentions the corpus verbs print (`baokan::locate`):
//! offsets into the text given, `article`, `paragraph` and `sentence` null, and a source
//! of file `-` with the line and column in the text.

use std::io::{Read, Write};

use baokan::Date;
use baokan::extracted::{Mentions, Span};

use crate::cli::{ExtractArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    args: &ExtractArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    // The date first: a bad one is an error even before stdin is read.
    let date = match &args.date {
        Some(d) => Some(
            d.parse::<Date>()
                .map_err(|e| CliError::BadDate(e.to_string()))?,
        ),
        None => None,
    };
    let text = match args.text.as_deref() {
        Some(t) if t != "-" => t.to_string(),
        _ => {
            let mut buf = String::new();
            std::io::stdin()
                .read_to_string(&mut buf)
                .map_err(CliError::Stdin)?;
            buf
        }
    };
    let m = baokan::extract(&text, date);
    if global.json {
        return Ok(render::json(out, &baokan::locate(&text, &m, "-"))?);
    }
    Ok(tables(&text, &m, out)?)
}

/// One type's table: its name, columns and rows.
type Group = (&'static str, Vec<(&'static str, Align)>, Vec<Vec<String>>);

/// One table per type that found something, each under its name, a blank line between.
fn tables(text: &str, m: &Mentions, out: &mut impl Write) -> std::io::Result<()> {
    let at = |s: &Span| format!("{}..{}", s.start, s.end);
    let cut = |s: &Span| render::clip(s.of(text), 24);
    let opt = |s: &Option<String>| render::or_none(s.as_deref());
    let mut groups: Vec<Group> = Vec::new();
    groups.push((
        "figures",
        vec![
            ("BYTES", Align::Left),
            ("TEXT", Align::Left),
            ("VALUE", Align::Right),
            ("MAX", Align::Right),
            ("UNIT", Align::Left),
            ("APPROX", Align::Left),
            ("SUBJECT", Align::Left),
        ],
        m.figures
            .iter()
            .map(|f| {
                vec![
                    at(&f.span),
                    cut(&f.span),
                    render::number(f.value),
                    f.value_max
                        .map_or_else(|| render::NONE.to_string(), render::number),
                    opt(&f.unit),
                    render::label(&f.approx),
                    opt(&f.subject),
                ]
            })
            .collect(),
    ));
    groups.push((
        "dates",
        vec![
            ("BYTES", Align::Left),
            ("TEXT", Align::Left),
            ("ISO", Align::Left),
            ("END", Align::Left),
            ("PRECISION", Align::Left),
            ("RESOLVED BY", Align::Left),
        ],
        m.dates
            .iter()
            .map(|d| {
                vec![
                    at(&d.span),
                    cut(&d.span),
                    opt(&d.iso),
                    opt(&d.iso_end),
                    render::label(&d.precision),
                    render::label(&d.resolved_by),
                ]
            })
            .collect(),
    ));
    groups.push((
        "citations",
        vec![
            ("BYTES", Align::Left),
            ("TITLE", Align::Left),
            ("KIND", Align::Left),
            ("ISSUERS", Align::Left),
            ("ACTION", Align::Left),
            ("DATE", Align::Left),
        ],
        m.citations
            .iter()
            .map(|c| {
                vec![
                    at(&c.span),
                    format!("《{}》", c.title),
                    opt(&c.kind),
                    if c.issuers.is_empty() {
                        render::NONE.to_string()
                    } else {
                        c.issuers.join("、")
                    },
                    opt(&c.action),
                    opt(&c.date),
                ]
            })
            .collect(),
    ));
    groups.push((
        "quotes",
        vec![
            ("BYTES", Align::Left),
            ("SPEAKER", Align::Left),
            ("KIND", Align::Left),
            ("QUOTE", Align::Left),
        ],
        m.quotes
            .iter()
            .map(|q| {
                vec![
                    at(&q.span),
                    opt(&q.speaker),
                    render::label(&q.kind),
                    format!("“{}”", render::clip(q.inner.of(text), 48)),
                ]
            })
            .collect(),
    ));
    groups.push((
        "entities",
        vec![
            ("BYTES", Align::Left),
            ("KIND", Align::Left),
            ("NAME", Align::Left),
            ("TITLE", Align::Left),
            ("LEVEL", Align::Left),
            ("TEXT", Align::Left),
        ],
        m.entities
            .iter()
            .map(|e| {
                vec![
                    at(&e.span),
                    render::label(&e.kind),
                    e.name.clone(),
                    opt(&e.title),
                    render::label(&e.admin_level),
                    cut(&e.span),
                ]
            })
            .collect(),
    ));
    let mut first = true;
    for (name, columns, rows) in groups.iter().filter(|g| !g.2.is_empty()) {
        if !std::mem::take(&mut first) {
            writeln!(out)?;
        }
        writeln!(out, "{name}")?;
        render::table(out, columns, rows)?;
    }
    Ok(())
}
