//! `baokan entities [--kind K] [--mentions]`: the named entities, one row per entity or
//! per mention.

use std::io::Write;

use baokan::{Corpora, Entity, EntityMention, InPack};

use serde::Serialize;

use super::{InPacks, OnlyArticle};
use crate::cli::{EntitiesArgs, Global};
use crate::error::CliError;
use crate::render::{self, Align};

/// What `entities --json` prints: the entities `args` select, in order of first
/// appearance, or with `--mentions` their mentions, in text order.
#[derive(Debug)]
pub(crate) enum EntitiesJson<'a> {
    Entities(InPacks<'a, 'a, Entity<'a>>),
    Mentions(InPacks<'a, 'a, EntityMention<'a>>),
}

impl Serialize for EntitiesJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            EntitiesJson::Entities(list) => list.serialize(s),
            EntitiesJson::Mentions(list) => list.serialize(s),
        }
    }
}

/// The entities `args` select, and their mentions (those in `--article` alone when it
/// is given), in pack order, then text order.
pub(crate) fn json<'a>(
    corpora: &Corpora<'a>,
    args: &EntitiesArgs,
) -> Result<EntitiesJson<'a>, CliError> {
    let kind = args.kind;
    let only = OnlyArticle::new(corpora, args.article.as_deref())?;
    let mut entities = corpora.entities();
    entities.retain(|e| {
        kind.is_none_or(|k| e.item.kind() == k)
            && (args.article.is_none()
                || e.item.mentions().any(|m| only.admits(e.pack, &m.article())))
    });
    if !args.mentions {
        return Ok(EntitiesJson::Entities(InPacks::new(corpora, entities)));
    }
    let mut all: Vec<InPack<'a, EntityMention<'a>>> = entities
        .iter()
        .flat_map(|e| {
            e.item
                .mentions()
                .filter(|m| only.admits(e.pack, &m.article()))
                .map(|item| InPack {
                    pack: e.pack,
                    label: e.label,
                    item,
                })
        })
        .collect();
    all.sort_by_key(|m| (m.pack, m.item.span().start));
    Ok(EntitiesJson::Mentions(InPacks::new(corpora, all)))
}

pub(super) fn run(
    corpora: &Corpora<'_>,
    args: &EntitiesArgs,
    global: &Global,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let json = json(corpora, args)?;
    if global.json {
        return Ok(render::json(out, &json)?);
    }
    let entities = match &json {
        EntitiesJson::Entities(list) => &list.list,
        EntitiesJson::Mentions(list) => return Ok(mentions(corpora, &list.list, out)?),
    };
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
        out, corpora, entities, &columns, rows,
    )?)
}

/// `--mentions`: a row per mention.
fn mentions(
    corpora: &Corpora<'_>,
    all: &[InPack<'_, EntityMention<'_>>],
    out: &mut impl Write,
) -> std::io::Result<()> {
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
    super::table_in_packs(out, corpora, all, &columns, rows)
}
