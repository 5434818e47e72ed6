//! `baokan entities [--kind K] [--mentions]`: the named entities, one row per entity or
//! per mention.

use std::io::Write;

use baokan::{Corpora, Entity, EntityKind, EntityMention, InPack};

use crate::cli::{EntitiesArgs, EntityKindArg, Global};
use crate::error::CliError;
use crate::render::{self, Align};

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &EntitiesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let kind = args.kind.map(|k| match k {
        EntityKindArg::Person => EntityKind::Person,
        EntityKindArg::Place => EntityKind::Place,
        EntityKindArg::Org => EntityKind::Org,
    });
    let mut entities = corpora.entities();
    entities.retain(|e| kind.is_none_or(|k| e.item.kind() == k));
    if args.mentions {
        return mentions(corpora, &entities, global, out);
    }
    if global.json {
        return Ok(super::json_in_packs(out, corpora, &entities)?);
    }
    let rows: Vec<Vec<String>> = entities
        .iter()
        .map(|x| {
            let e = &x.item;
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
    Ok(super::table_in_packs(
        out, corpora, &entities, &columns, rows,
    )?)
}

/// `--mentions`: every mention of the entities, in pack order, then text order.
fn mentions(
    corpora: &Corpora<'_>,
    entities: &[InPack<'_, Entity<'_>>],
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let mut all: Vec<InPack<'_, EntityMention<'_>>> = entities
        .iter()
        .flat_map(|e| {
            e.item.mentions().map(|item| InPack {
                pack: e.pack,
                label: e.label,
                item,
            })
        })
        .collect();
    all.sort_by_key(|m| (m.pack, m.item.span().start));
    if global.json {
        return Ok(super::json_in_packs(out, corpora, &all)?);
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|x| {
            let m = &x.item;
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
    Ok(super::table_in_packs(out, corpora, &all, &columns, rows)?)
}
