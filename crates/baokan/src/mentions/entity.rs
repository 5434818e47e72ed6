use baokan_pack::NONE;
use baokan_pack::records::{EntityMentionRec, EntityRec};
use serde::ser::SerializeStruct;

use super::anchor::{Anchor, anchored};
use crate::corpus::Corpus;
use crate::located::LocatedEntity;

pub use baokan_extract::{AdminLevel, EntityKind};

/// A named entity of the corpus: a person, place or organisation, with its mentions.
///
/// ```
/// use baokan::EntityKind;
/// let c = baokan::corpus();
/// let xi = c.entities().find(|e| e.kind() == EntityKind::Person && e.name() == "习近平").unwrap();
/// assert!(xi.mentions().len() >= 10);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Entity<'a> {
    c: Corpus<'a>,
    rec: EntityRec,
}

impl<'a> Entity<'a> {
    pub(crate) fn at(c: Corpus<'a>, i: usize) -> Entity<'a> {
        Entity {
            c,
            rec: c.pack.entities().get(i),
        }
    }

    /// Person, place or organisation.
    pub fn kind(&self) -> EntityKind {
        EntityKind::from_code(self.rec.kind).unwrap_or(EntityKind::Org)
    }

    /// The normalised name.
    pub fn name(&self) -> &'a str {
        self.c.pack.name(self.rec.name_start, self.rec.name_end)
    }

    /// A place's administrative level, where known.
    pub fn admin_level(&self) -> Option<AdminLevel> {
        AdminLevel::from_code(self.rec.admin_level)
    }

    /// Every mention, in text order.
    pub fn mentions(&self) -> impl ExactSizeIterator<Item = EntityMention<'a>> + Clone + use<'a> {
        crate::items::run(
            self.c,
            self.c
                .pack
                .entity_mentions()
                .range(self.rec.mention_first, self.rec.mention_count),
            EntityMention::at,
        )
    }
}

impl serde::Serialize for Entity<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Entity", 5)?;
        st.serialize_field("kind", &self.kind())?;
        st.serialize_field("name", self.name())?;
        st.serialize_field("admin_level", &self.admin_level())?;
        st.serialize_field("count", &self.mentions().len())?;
        st.serialize_field("mentions", &Mentions(*self))?;
        st.end()
    }
}

struct Mentions<'a>(Entity<'a>);

impl serde::Serialize for Mentions<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.mentions())
    }
}

/// One mention of a named entity. A reporter named in a byline, or the place of a
/// closing dateline, is mentioned outside the article's paragraphs: its `paragraph()` is
/// the article's nearest paragraph and its `sentence()` is `None`.
#[derive(Debug, Clone, Copy)]
pub struct EntityMention<'a> {
    at: Anchor<'a>,
    rec: EntityMentionRec,
}
anchored!(EntityMention);

impl<'a> EntityMention<'a> {
    pub(crate) fn at(c: Corpus<'a>, i: usize) -> EntityMention<'a> {
        let rec = c.pack.entity_mentions().get(i);
        EntityMention {
            at: Anchor::new(c, rec.paragraph, rec.start, rec.end),
            rec,
        }
    }

    /// The entity mentioned.
    pub fn entity(&self) -> Entity<'a> {
        Entity::at(self.at.c, self.rec.entity as usize)
    }

    /// A title attached to a person here (总书记, 总经理).
    pub fn title(&self) -> Option<&'a str> {
        (self.rec.title_start != NONE).then(|| {
            self.at
                .c
                .pack
                .name(self.rec.title_start, self.rec.title_end)
        })
    }
}

impl<'a> EntityMention<'a> {
    /// The mention as every face prints it.
    ///
    /// ```
    /// let m = baokan::corpus().entities().next().unwrap().mentions().next().unwrap();
    /// assert_eq!(m.located().name, m.entity().name());
    /// ```
    pub fn located(&self) -> LocatedEntity<'a> {
        let e = self.entity();
        LocatedEntity {
            at: self.at.located(),
            kind: e.kind(),
            name: e.name(),
            title: self.title(),
            admin_level: e.admin_level(),
        }
    }
}

impl serde::Serialize for EntityMention<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.located().serialize(s)
    }
}
