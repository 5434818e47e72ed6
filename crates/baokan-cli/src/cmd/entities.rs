//! `baokan entities [--kind K] [--mentions]`: the named entities, one row per entity or
//! per mention.

use std::io::Write;

use baokan::{Corpus, Entity, EntityKind, EntityMention};

use crate::cli::{EntitiesArgs, EntityKindArg, Global};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpus: Corpus<'_>,
    args: &EntitiesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let kind = args.kind.map(|k| match k {
        EntityKindArg::Person => EntityKind::Person,
        EntityKindArg::Place => EntityKind::Place,
        EntityKindArg::Org => EntityKind::Org,
    });
    let entities: Vec<Entity<'_>> = corpus
        .entities()
        .filter(|e| kind.is_none_or(|k| e.kind() == k))
        .collect();
    if args.mentions {
        return mentions(&entities, global, out);
    }
    if global.json {
        return Ok(render::json(out, &entities)?);
    }
    let rows: Vec<Vec<String>> = entities
        .iter()
        .map(|e| {
            vec![
                render::label(&e.kind()),
                e.name().to_string(),
                render::label(&e.admin_level()),
                e.mentions().len().to_string(),
                e.mentions()
                    .next()
                    .map_or_else(|| render::NONE.to_string(), |m| m.source().to_string()),
            ]
        })
        .collect();
    let columns = [
        ("KIND", Align::Left),
        ("NAME", Align::Left),
        ("LEVEL", Align::Left),
        ("COUNT", Align::Right),
        ("FIRST", Align::Left),
    ];
    Ok(render::table(out, &columns, &rows)?)
}

/// `--mentions`: every mention of the entities, in text order.
fn mentions(
    entities: &[Entity<'_>],
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let mut all: Vec<EntityMention<'_>> = entities.iter().flat_map(|e| e.mentions()).collect();
    all.sort_by_key(|m| m.span().start);
    if global.json {
        return Ok(render::json(out, &all)?);
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|m| {
            let e = m.entity();
            vec![
                render::label(&e.kind()),
                e.name().to_string(),
                render::or_none(m.title()),
                render::clip(m.text(), 24),
                m.source().to_string(),
            ]
        })
        .collect();
    let columns = [
        ("KIND", Align::Left),
        ("NAME", Align::Left),
        ("TITLE", Align::Left),
        ("TEXT", Align::Left),
        ("SOURCE", Align::Left),
    ];
    Ok(render::table(out, &columns, &rows)?)
}
