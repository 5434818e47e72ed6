//! Typed mentions in Chinese news text: figures, dates, citations, quotations with their
//! speakers, and named entities (persons, places, organisations).
//!
//! Each finder is a set of general rules of the genre, written against a hand-annotated
//! page (`testdata/seed_gold.toml`). Precision comes before recall: a wrong mention costs
//! more than a missing one, and a speaker the text does not state is `None`, never guessed.
//!
//! ```
//! use baokan_extract::{extract, Date};
//! let m = extract("2021年6月,全国累计选派驻村第一书记51.8万人。", Date::new(2022, 10, 9));
//! assert_eq!(m.dates[0].iso.as_deref(), Some("2021-06"));
//! assert_eq!(m.figures[0].value, 518000.0);
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod attribution;
mod citations;
mod dates;
mod entities;
mod figures;
mod gazetteer;
mod numerals;
mod quotes;
mod types;
mod words;

pub use attribution::attribute_article;
pub use baokan_pack::Date;
pub use dates::Context;
pub use numerals::{Numeral, NumeralKind, parse_number, parse_numeral};
pub use types::*;

/// The normalised name and level of a place written `written` (a dateline's place, say):
/// the gazetteer's full name where it knows the form, else the name as written.
///
/// ```
/// use baokan_extract::{place_named, AdminLevel};
/// assert_eq!(place_named("北京"), ("北京市".to_string(), Some(AdminLevel::Province)));
/// assert_eq!(place_named("金边"), ("金边".to_string(), None));
/// ```
pub fn place_named(written: &str) -> (String, Option<AdminLevel>) {
    entities::place_named(written)
}

/// Finds every mention in `text`, read as one paragraph. `reference` is the date relative
/// dates (今年8月, 明年, 9月21日) are resolved against: the article's date.
///
/// The same as [`extract_article`] of one paragraph: a pronoun speaker (他说) takes a
/// person the paragraph named before it.
pub fn extract(text: &str, reference: Option<Date>) -> Mentions {
    let mut m = [extract_with(text, &mut Context::new(reference))];
    attribute_article(&mut m, &[text]);
    let [m] = m;
    m
}

/// Finds every mention in the paragraphs of one article, in order: one [`Context`]
/// carries the narrated year from paragraph to paragraph, and the speakers that need
/// the whole article are read last ([`attribute_article`]).
///
/// ```
/// use baokan_extract::{extract_article, Attribution};
/// let found = extract_article(&["记者见到了会长王新特。", "“整个城市只有七八个中国人。”他说。"], None);
/// assert_eq!(found[1].quotes[0].speaker.as_deref(), Some("王新特"));
/// assert_eq!(found[1].quotes[0].attribution, Attribution::Pronoun);
/// ```
pub fn extract_article(texts: &[&str], reference: Option<Date>) -> Vec<Mentions> {
    let mut cx = Context::new(reference);
    let mut found: Vec<Mentions> = texts.iter().map(|t| extract_with(t, &mut cx)).collect();
    attribute_article(&mut found, texts);
    found
}

/// Finds every mention in `text`, one paragraph of an article read in order: `cx`
/// carries the article's date and the year the text narrates from one paragraph to the
/// next (5月28日 after 1942年5月 in the paragraph before is 1942-05-28).
///
/// ```
/// use baokan_extract::{extract_with, Context, Date};
/// let mut cx = Context::new(Date::new(2019, 2, 13));
/// let d = extract_with("1938年，报社迁到太行山。同年冬，报社又迁。", &mut cx).dates;
/// assert_eq!(d[1].iso.as_deref(), Some("1938"));
/// extract_with("1942年5月，反“扫荡”开始。", &mut cx);
/// let d = extract_with("5月28日，他们突围。", &mut cx).dates;
/// assert_eq!(d[0].iso.as_deref(), Some("1942-05-28"));
/// ```
pub fn extract_with(text: &str, cx: &mut Context) -> Mentions {
    // The chars with their byte offsets, decoded once for the finders that walk them.
    let mut cs = Vec::with_capacity(text.len() / 2 + 1);
    cs.extend(text.char_indices());
    let dates = dates::find(text, &cs, cx);
    let figures = figures::find(text, &cs, &dates);
    let citations = citations::find(text, &dates);
    let quotes = quotes::find(text);
    let entities = entities::find(text, &cs, &quotes);
    Mentions {
        figures,
        dates,
        citations,
        quotes,
        entities,
    }
}
