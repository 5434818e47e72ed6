//! One located-mention schema for every face: `baokan extract --json` and the corpus
//! verbs' `--json` (`figures`, `dates`, `citations`, `quotes`, `entities --mentions`)
//! read into one typed struct per mention type, with no unknown key, no missing key
//! and the enums read through their vocabulary's names, and print the same keys in the
//! same order. (`python/tests/test_schema.py` holds Python's `baokan.extract` to the
//! same keys.)

mod common;

use std::fmt;

use baokan::{
    AdminLevel, Approx, Attribution, Calendar, EntityKind, NumeralForm, Open, Part, Precision,
    QuoteKind, ResolvedBy, Season,
};
use common::ok;
use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A text with a mention of every type.
const TEXT: &str = "2018年11月6日，习近平总书记在上海指出：“要加强基层组织建设。”\n\
                    中央组织部、财政部印发《关于加强党建的意见》，全国累计选派51.8万人。";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Source {
    file: String,
    line: u32,
    column: u32,
}

/// Declares a mention type's struct: the located keys, then its own. Every key is
/// required, an `Option` too (`present` rejects a missing key).
macro_rules! mention {
    ($name:ident { $($field:ident: $ty:ty,)+ }) => {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct $name {
            text: String,
            #[serde(deserialize_with = "present")]
            article: Option<String>,
            #[serde(deserialize_with = "present")]
            paragraph: Option<String>,
            #[serde(deserialize_with = "present")]
            sentence: Option<String>,
            char_start: usize,
            char_end: usize,
            byte_start: usize,
            byte_end: usize,
            source: Source,
            $(#[serde(deserialize_with = "present")] $field: $ty,)+
        }
    };
}

/// Reads a value whose key must be there (serde lets a missing `Option` be `None`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    T::deserialize(d)
}

mention!(Figure {
    value: f64,
    value_max: Option<f64>,
    unit: Option<String>,
    multiplier: Option<String>,
    approx: Option<Approx>,
    numeral_form: NumeralForm,
    subject: Option<String>,
});

mention!(Date {
    iso: Option<String>,
    iso_end: Option<String>,
    precision: Precision,
    resolved_by: ResolvedBy,
    season: Option<Season>,
    part: Option<Part>,
    open: Option<Open>,
    calendar: Calendar,
});

mention!(Citation {
    title: String,
    kind: Option<String>,
    issuers: Vec<String>,
    action: Option<String>,
    date: Option<String>,
});

mention!(Quote {
    inner: String,
    kind: QuoteKind,
    speaker: Option<String>,
    speaker_title: Option<String>,
    speaker_phrase: Option<String>,
    attribution: Attribution,
    opened_before: bool,
    closed_after: bool,
});

mention!(Entity {
    kind: EntityKind,
    name: String,
    title: Option<String>,
    admin_level: Option<AdminLevel>,
});

/// An object's keys, in the order they were written.
struct Keys(Vec<String>);

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some((k, IgnoredAny)) = m.next_entry::<String, IgnoredAny>()? {
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

/// What `extract --json` prints: one list per type.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Extracted<F, D, C, Q, E> {
    figures: Vec<F>,
    dates: Vec<D>,
    citations: Vec<C>,
    quotes: Vec<Q>,
    entities: Vec<E>,
}

/// The keys of the first of `list`, in order.
fn first(face: &str, list: Vec<Keys>) -> Vec<String> {
    list.into_iter()
        .next()
        .unwrap_or_else(|| panic!("{face}: no mention"))
        .0
}

/// Every object a corpus verb prints read as `T`; the keys of the first, in order.
fn corpus<T: DeserializeOwned>(args: &[&str]) -> Vec<String> {
    let list = ok(args);
    let typed: Vec<T> = serde_json::from_str(&list).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    assert!(!typed.is_empty(), "{args:?}: no mention");
    first(args[0], serde_json::from_str(&list).unwrap())
}

#[test]
fn every_face_prints_one_schema_per_mention_type() {
    let out = ok(&["extract", "--json", "--date", "2022-10-09", TEXT]);
    let typed: Extracted<Figure, Date, Citation, Quote, Entity> =
        serde_json::from_str(&out).unwrap();
    assert_eq!(typed.dates[0].source.line, 1);
    assert_eq!(typed.figures[0].source.line, 2);
    let keys: Extracted<Keys, Keys, Keys, Keys, Keys> = serde_json::from_str(&out).unwrap();
    let pairs = [
        (
            first("figures", keys.figures),
            corpus::<Figure>(&["figures", "--json"]),
        ),
        (
            first("dates", keys.dates),
            corpus::<Date>(&["dates", "--json"]),
        ),
        (
            first("citations", keys.citations),
            corpus::<Citation>(&["citations", "--json"]),
        ),
        (
            first("quotes", keys.quotes),
            corpus::<Quote>(&["quotes", "--json"]),
        ),
        (
            first("entities", keys.entities),
            corpus::<Entity>(&["entities", "--mentions", "--json"]),
        ),
    ];
    for (free, stored) in pairs {
        assert_eq!(free, stored);
        assert_eq!(free[..4], ["text", "article", "paragraph", "sentence"]);
    }
}

#[test]
fn an_unknown_or_missing_key_or_name_is_refused() {
    let m: Value = serde_json::from_str(&ok(&["extract", "--json", TEXT])).unwrap();
    let f = &m["figures"][0];
    let with = |key: &str, v: Value| {
        let mut f = f.clone();
        f[key] = v;
        serde_json::from_value::<Figure>(f)
    };
    assert!(serde_json::from_value::<Figure>(f.clone()).is_ok());
    assert!(with("numeral_form", "roman".into()).is_err());
    assert!(with("approx", "roughly".into()).is_err());
    assert!(with("span", serde_json::json!({"start": 0, "end": 1})).is_err());
    let mut missing = f.clone();
    missing.as_object_mut().unwrap().remove("approx");
    assert!(serde_json::from_value::<Figure>(missing).is_err());
}
