//! The mentions scored against the development gold of 22 People's Daily articles of
//! February 2019 (`../shared/gold/rmrb-2019-02-dev.json`), a blind hand annotation that
//! no rule was tuned on. It follows the gold's own reading rules (its `_about`):
//!
//! - figures and dates match on (line, text) and must carry the gold value (`value`,
//!   `value_max`; `iso`, `iso_end`); the `*_optional` items are neither rewarded nor
//!   penalised;
//! - speakers: each gold speech quote is found by line and the first characters inside
//!   the marks, and is right when its speaker is the gold name (`speaker`), or when its
//!   name or speaker phrase holds the gold words (`speaker_contains`, an unnamed or
//!   collective speaker: 一位街道办事处负责人); a speaker given to a quote the gold does
//!   not hold as speech counts against precision;
//! - persons, places and organisations are distinct names per article (persons compared
//!   without spaces, places without a final 省/市/县/区); an entity matches by its
//!   normalised name or by a form the article writes it in (广西 for 广西壮族自治区);
//! - citations are distinct titles per article.
//!
//! Beside it, the persons, places and organisations of 28 more February articles
//! annotated by hand before the entity rules were written
//! (`crates/baokan-compile/testdata/rmrb-2019-02-entities.json`, same conventions): the
//! set the entity rules were tuned on, so its scores are in-sample.
//!
//! `cargo test -p baokan --test mentions_dev_gold -- --nocapture` prints the table the
//! README reports. The test fails when a score falls under the floor recorded here (what
//! the rules reach today), so a change that loses ground on unseen text is caught.

mod common;

use common::{compile_gold_articles, month_dir, read_gold, root};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use baokan::EntityKind;
use serde_json::Value;

/// True positives, predictions, gold items, and the misses for the report.
#[derive(Default)]
struct Tally {
    tp: usize,
    predicted: usize,
    gold: usize,
    misses: Vec<String>,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.predicted)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl std::fmt::Display for Tally {
    /// P, R and F1, then true positives / predictions / gold items.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:>6.3} {:>6.3} {:>6.3}   {}/{}/{}",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.predicted,
            self.gold
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn text(v: &Value) -> Option<&str> {
    v.as_str()
}

fn unspaced(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn place_key(s: &str) -> String {
    let s = unspaced(s);
    s.strip_suffix(['省', '市', '县', '区'])
        .filter(|rest| rest.chars().count() >= 2)
        .map_or(s.clone(), str::to_string)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// One predicted or gold item of a span list: its line, text and rendered value.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    line: u32,
    text: String,
    value: String,
}

fn items(list: &Value, value: impl Fn(&Value) -> String) -> Vec<Item> {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|r| Item {
            line: r["line"].as_u64().unwrap_or(0) as u32,
            text: text(&r["text"]).unwrap_or_default().to_string(),
            value: value(r),
        })
        .collect()
}

/// Scores span lists: a prediction matching an optional item (by line and text) is
/// dropped; one matching a gold item by line, text and value is a true positive.
fn score_spans(
    t: &mut Tally,
    file: &str,
    predicted: Vec<Item>,
    gold: Vec<Item>,
    optional: &[Item],
) {
    let mut left = gold;
    t.gold += left.len();
    for p in predicted {
        if let Some(i) = left
            .iter()
            .position(|g| g.line == p.line && g.text == p.text)
        {
            let g = left.remove(i);
            t.predicted += 1;
            if g.value == p.value {
                t.tp += 1;
            } else {
                t.misses.push(format!(
                    "{file}:{} {} value {} (gold {})",
                    p.line, p.text, p.value, g.value
                ));
            }
        } else if optional
            .iter()
            .any(|o| o.line == p.line && o.text == p.text)
        {
            continue;
        } else {
            t.predicted += 1;
            t.misses
                .push(format!("{file}:{} extra {} = {}", p.line, p.text, p.value));
        }
    }
    for g in left {
        t.misses
            .push(format!("{file}:{} missed {} = {}", g.line, g.text, g.value));
    }
}

fn number(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn figure_value(value: Option<f64>, max: Option<f64>) -> String {
    let show = |x: f64| format!("{}", (x * 1e6).round() / 1e6);
    match (value, max) {
        (Some(v), Some(m)) if !close(v, m) => format!("{}..{}", show(v), show(m)),
        (Some(v), _) => show(v),
        (None, _) => "-".into(),
    }
}

fn gold_figure(r: &Value) -> String {
    figure_value(number(&r["value"]), number(&r["value_max"]))
}

fn date_value(iso: Option<&str>, end: Option<&str>) -> String {
    match (iso, end) {
        (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
        (Some(a), _) => a.to_string(),
        (None, _) => "-".into(),
    }
}

fn gold_date(r: &Value) -> String {
    date_value(text(&r["iso"]), text(&r["iso_end"]))
}

fn score_sets(
    t: &mut Tally,
    file: &str,
    predicted: BTreeSet<String>,
    gold: BTreeSet<String>,
    optional: &BTreeSet<String>,
) {
    let predicted: BTreeSet<String> = predicted
        .into_iter()
        .filter(|p| gold.contains(p) || !optional.contains(p))
        .collect();
    t.gold += gold.len();
    t.predicted += predicted.len();
    t.tp += predicted.intersection(&gold).count();
    for p in predicted.difference(&gold) {
        t.misses.push(format!("{file} extra {p}"));
    }
    for g in gold.difference(&predicted) {
        t.misses.push(format!("{file} missed {g}"));
    }
}

fn names(v: &Value, key: impl Fn(&str) -> String) -> BTreeSet<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().or_else(|| x["title"].as_str()))
        .map(key)
        .collect()
}

/// Loose prefix match of a quote's opening, as the gold asks ("about 14 chars").
fn opens_with(inner: &str, starts: &str) -> bool {
    let n = starts.chars().count().min(6);
    let a: String = unspaced(inner).chars().take(n).collect();
    let b: String = unspaced(starts).chars().take(n).collect();
    !b.is_empty() && a == b
}

/// Whether a quote's speaker is the gold one: the name, or for an unnamed or
/// collective speaker (`speaker_contains`), the name or else the speaker phrase
/// (一位街道办事处负责人) holding the gold words.
fn speaker_right(q: &baokan::Quote<'_>, g: &Value) -> bool {
    if let Some(name) = text(&g["speaker"]) {
        return q.speaker().is_some_and(|s| unspaced(s) == unspaced(name));
    }
    let Some(c) = text(&g["speaker_contains"]).map(unspaced) else {
        return false;
    };
    q.speaker()
        .or(q.speaker_phrase())
        .is_some_and(|s| !c.is_empty() && unspaced(s).contains(&c))
}

/// Whether the quote names a speaker: a name, or a phrase other than a pronoun.
fn has_speaker(q: &baokan::Quote<'_>) -> bool {
    q.speaker().is_some()
        || q.speaker_phrase()
            .is_some_and(|p| !["他", "她", "他们", "她们"].contains(&p))
}

/// Scores the speakers of one article's quotes: recall over the gold speech quotes,
/// precision over the quotes given a speaker (those the gold holds as optional left out).
fn score_speakers(
    t: &mut Tally,
    file: &str,
    g: &Value,
    c: &baokan::Corpus<'_>,
    a: &baokan::Article<'_>,
) {
    let quotes: Vec<baokan::Quote<'_>> =
        c.quotes().filter(|q| q.article().id() == a.id()).collect();
    let gold_q = g["speech_quotes"].as_array().cloned().unwrap_or_default();
    let optional_q = g["speech_quotes_optional"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let find = |gq: &Value| {
        let line = gq["line"].as_u64().unwrap_or(0) as u32;
        let starts = text(&gq["starts"]).unwrap_or_default();
        quotes
            .iter()
            .find(|q| q.source().line == line && opens_with(q.inner(), starts))
    };
    t.gold += gold_q.len();
    for gq in &gold_q {
        let q = find(gq);
        if q.is_some_and(|q| speaker_right(q, gq)) {
            t.tp += 1;
        } else {
            t.misses.push(format!(
                "{file}:{} “{}” speaker {:?} [{}] (gold {})",
                gq["line"],
                text(&gq["starts"]).unwrap_or_default(),
                q.and_then(|q| q.speaker()),
                q.map_or("-", |q| q.attribution().as_str()),
                gq["speaker"]
                    .as_str()
                    .or(gq["speaker_contains"].as_str())
                    .unwrap_or("-")
            ));
        }
    }
    for q in quotes.iter().filter(|q| has_speaker(q)) {
        let held = |list: &[Value]| {
            list.iter().any(|gq| {
                gq["line"].as_u64() == Some(u64::from(q.source().line))
                    && opens_with(q.inner(), text(&gq["starts"]).unwrap_or_default())
            })
        };
        if held(&gold_q) {
            t.predicted += 1;
        } else if !held(&optional_q) {
            t.predicted += 1;
            t.misses.push(format!(
                "{file}:{} extra speaker {:?} [{}] for “{}”",
                q.source().line,
                q.speaker(),
                q.attribution(),
                q.inner().chars().take(12).collect::<String>()
            ));
        }
    }
}

type Tallies = BTreeMap<&'static str, Tally>;

fn score_article(
    out: &mut Tallies,
    file: &str,
    g: &Value,
    c: &baokan::Corpus<'_>,
    a: &baokan::Article<'_>,
) {
    score_figures(out.entry("figures").or_default(), file, g, c, a);

    score_dates(out.entry("dates").or_default(), file, g, c, a);

    score_speakers(out.entry("speakers").or_default(), file, g, c, a);

    score_entities(out, file, g, c, a);

    let cited: BTreeSet<String> = c
        .citations()
        .filter(|x| x.article().id() == a.id())
        .map(|x| x.title().to_string())
        .collect();
    score_sets(
        out.entry("citations").or_default(),
        file,
        cited,
        names(&g["citations"], str::to_string),
        &BTreeSet::new(),
    );
}

/// Persons, places and organisations: distinct names of the article, per type.
fn score_entities(
    out: &mut Tallies,
    file: &str,
    g: &Value,
    c: &baokan::Corpus<'_>,
    a: &baokan::Article<'_>,
) {
    for (kind, label, key) in [
        (
            EntityKind::Person,
            "persons",
            unspaced as fn(&str) -> String,
        ),
        (EntityKind::Place, "places", place_key),
        (EntityKind::Org, "orgs", unspaced),
    ] {
        let gold = names(&g[label], key);
        let optional = names(&g[format!("{label}_optional")], key);
        // An entity is read by its normalised name or by the way the article writes it
        // (广西 for 广西壮族自治区, 巴新 for 巴布亚新几内亚): the gold lists names as
        // written.
        let predicted: BTreeSet<String> = c
            .entities()
            .filter(|e| e.kind() == kind)
            .filter_map(|e| {
                let written: Vec<String> = e
                    .mentions()
                    .filter(|m| m.article().id() == a.id())
                    .map(|m| key(m.text()))
                    .collect();
                if written.is_empty() {
                    return None;
                }
                let forms: Vec<String> = std::iter::once(key(e.name())).chain(written).collect();
                let pick = forms
                    .iter()
                    .find(|f| gold.contains(*f))
                    .or_else(|| forms.iter().find(|f| optional.contains(*f)))
                    .unwrap_or(&forms[0]);
                Some(pick.clone())
            })
            .collect();
        score_sets(
            out.entry(label).or_default(),
            file,
            predicted,
            gold,
            &optional,
        );
    }
}

/// Scores the spans an article holds (`predicted`) against the gold list `key` and its
/// `{key}_optional` list, each gold entry rendered by `value`.
fn score_listed(
    t: &mut Tally,
    file: &str,
    g: &Value,
    key: &str,
    predicted: Vec<Item>,
    value: fn(&Value) -> String,
) {
    let gold = items(&g[key], value);
    let optional = items(&g[format!("{key}_optional")], value);
    score_spans(t, file, predicted, gold, &optional);
}

/// The figures of article `a` against its gold entry `g`: by line and text, then value.
fn score_figures(
    t: &mut Tally,
    file: &str,
    g: &Value,
    c: &baokan::Corpus<'_>,
    a: &baokan::Article<'_>,
) {
    let figures = c.figures().filter(|f| f.article().id() == a.id());
    let predicted = figures
        .map(|f| Item {
            line: f.source().line,
            text: f.text().to_string(),
            value: figure_value(Some(f.value()), f.value_max()),
        })
        .filter(|i| i.line > 0)
        .collect();
    score_listed(t, file, g, "figures", predicted, gold_figure);
}

/// The dates of article `a` against its gold entry `g`.
fn score_dates(
    t: &mut Tally,
    file: &str,
    g: &Value,
    c: &baokan::Corpus<'_>,
    a: &baokan::Article<'_>,
) {
    let dates = c.dates().filter(|d| d.article().id() == a.id());
    let predicted = dates
        .map(|d| Item {
            line: d.source().line,
            text: d.text().to_string(),
            value: date_value(d.iso(), d.iso_end()),
        })
        .filter(|i| i.line > 0)
        .collect();
    score_listed(t, file, g, "dates", predicted, gold_date);
}

/// Compiles the articles a gold file annotates and scores each one with `each`.
fn over_gold<T: Default>(
    month: &Path,
    gold: &str,
    each: impl Fn(&mut T, &str, &Value, &baokan::Corpus<'_>, &baokan::Article<'_>),
) -> T {
    let gold = read_gold(&root().join(gold));
    let articles = gold["articles"].as_object().expect("gold has articles");
    let pack = compile_gold_articles(month, &gold);
    let c = baokan::Corpus::from_bytes(&pack).expect("the pack opens");
    let mut out = T::default();
    for a in c.articles() {
        let file = a.file().name();
        each(&mut out, file, &articles[file], &c, &a);
    }
    out
}

/// The speakers of the project's own quote annotation (in-sample: the rules were
/// changed after it was made).
fn own_speakers(month: &Path, set: &str) -> Tally {
    over_gold(month, set, score_speakers)
}

/// The entities of the own entity set (in-sample: the entity rules were tuned on it).
fn evaluate_own_entities(month: &Path, set: &str) -> Tallies {
    over_gold(month, set, score_entities)
}

/// A second own entity set (20 articles, annotated by reading only and never tuned on):
/// its floors, recall for places and F1 otherwise, are what the rules reached on it the
/// first time it was scored.
const HELD_OUT_ENTITIES: &str = "crates/baokan-compile/testdata/rmrb-2019-02-entities-2.json";

const HELD_OUT_FLOORS: &[(&str, f64)] = &[("persons", 0.78), ("places", 0.79), ("orgs", 0.53)];

fn evaluate(month: &Path) -> Tallies {
    over_gold(month, "../shared/gold/rmrb-2019-02-dev.json", score_article)
}

/// The dates of the own date set (`crates/baokan-compile/testdata/rmrb-2019-02-dates.json`,
/// 22 more February articles annotated by hand in the dev gold's conventions before the
/// date rules were extended, and tuned on), scored as the dev gold's dates are.
fn evaluate_own_dates(month: &Path) -> Tally {
    over_gold(
        month,
        "crates/baokan-compile/testdata/rmrb-2019-02-dates.json",
        score_dates,
    )
}

/// The figures of the own figure set (`crates/baokan-compile/testdata/rmrb-2019-02-figures.json`,
/// 20 more February articles annotated by hand in the dev gold's conventions before the
/// figure rules were changed, and tuned on), scored as the dev gold's figures are.
fn evaluate_own_figures(month: &Path) -> Tally {
    over_gold(
        month,
        "crates/baokan-compile/testdata/rmrb-2019-02-figures.json",
        score_figures,
    )
}

/// The floor of the own figure set's F1 (it is the set the rules are tuned on).
const OWN_FIGURES_FLOOR: f64 = 0.99;

/// The floor of the own date set's F1 (it is the set the rules were tuned on).
const OWN_DATES_FLOOR: f64 = 0.99;

/// The floors: what the rules reach today on the dev gold (F1, or recall for places).
/// Raise them as the rules improve; the targets are printed beside them.
const FLOORS: &[(&str, f64, f64)] = &[
    // (measure, floor, target)
    ("figures", 0.86, 0.92),
    ("dates", 0.99, 0.92),
    ("speakers", 0.71, 0.85),
    ("persons", 0.72, 0.85),
    ("places", 0.72, 0.85),
    ("orgs", 0.56, 0.0),
    ("citations", 1.0, 0.98),
];

/// The floors on the entity annotation of 28 more February articles that the entity
/// rules were tuned on (`crates/baokan-compile/testdata/rmrb-2019-02-entities.json`).
const IN_SAMPLE_FLOORS: &[(&str, f64)] = &[("persons", 0.90), ("places", 0.95), ("orgs", 0.85)];

/// Places precision must stay at or above this on both sets while recall climbs (the
/// issue asks for 0.90 beside a recall of 0.85).
const PLACES_PRECISION_FLOOR: f64 = 0.88;

/// The measure a floor is on: recall for places, else F1.
fn measure(k: &str, t: &Tally) -> f64 {
    if k == "places" { t.recall() } else { t.f1() }
}

#[test]
fn mentions_against_the_dev_gold() {
    let Some(month) = month_dir() else { return };
    let out = evaluate(&month);
    let mut under = Vec::new();
    println!("\ndev gold (22 articles, never tuned on)");
    println!(
        "  {:<10} {:>6} {:>6} {:>6}   tp/pred/gold",
        "", "P", "R", "F1"
    );
    for (k, t) in &out {
        println!("  {k:<10} {t}");
    }
    // The dev gold stays a score only: its misses are never printed, so no rule is
    // written from them (the own sets' misses are, below).
    let figs = evaluate_own_figures(&month);
    println!("\nown figure set (20 more articles, annotated before the rules and tuned on)");
    println!("  {:<10} {figs}", "figures");
    println!("  {:<10} {} (dev)", "figures", out["figures"]);
    if std::env::var_os("BAOKAN_SHOW_MISSES").is_some() {
        for m in &figs.misses {
            println!("  own figures: {m}");
        }
    }
    if figs.f1() + 1e-9 < OWN_FIGURES_FLOOR {
        under.push(format!(
            "own figures {:.3} < {OWN_FIGURES_FLOOR}",
            figs.f1()
        ));
    }
    let own = evaluate_own_dates(&month);
    println!("\nown date set (22 more articles, annotated before the rules and tuned on)");
    println!("  {:<10} {own}", "dates");
    if std::env::var_os("BAOKAN_SHOW_MISSES").is_some() {
        for m in &own.misses {
            println!("  own dates: {m}");
        }
    }
    let ents = evaluate_own_entities(
        &month,
        "crates/baokan-compile/testdata/rmrb-2019-02-entities.json",
    );
    let held = evaluate_own_entities(&month, HELD_OUT_ENTITIES);
    println!("\nheld-out own entity set (20 more articles, never tuned on)");
    for (k, t) in &held {
        println!("  {k:<10} {t}");
    }
    println!("\nown entity set (28 more articles, annotated before the rules and tuned on)");
    for (k, t) in &ents {
        println!("  {k:<10} {t}");
    }
    if std::env::var_os("BAOKAN_SHOW_MISSES").is_some() {
        for (k, t) in &ents {
            for m in &t.misses {
                println!("  own {k}: {m}");
            }
        }
    }
    for &(k, floor) in HELD_OUT_FLOORS {
        let got = measure(k, &held[k]);
        if got + 1e-9 < floor {
            under.push(format!("held-out {k} {got:.3} < {floor}"));
        }
    }
    for &(k, floor) in IN_SAMPLE_FLOORS {
        let got = measure(k, &ents[k]);
        if got + 1e-9 < floor {
            under.push(format!("own {k} {got:.3} < {floor}"));
        }
    }
    for (label, t) in [("dev", &out), ("own", &ents)] {
        let p = t["places"].precision();
        if p + 1e-9 < PLACES_PRECISION_FLOOR {
            under.push(format!(
                "{label} places precision {p:.3} < {PLACES_PRECISION_FLOOR}"
            ));
        }
    }
    if own.f1() + 1e-9 < OWN_DATES_FLOOR {
        under.push(format!("own dates {:.3} < {OWN_DATES_FLOOR}", own.f1()));
    }
    for &(k, floor, target) in FLOORS {
        let got = measure(k, &out[k]);
        println!("  {k:<10} {got:.3} (floor {floor}, target {target})");
        if got + 1e-9 < floor {
            under.push(format!("{k} {got:.3} < {floor}"));
        }
    }
    assert!(under.is_empty(), "under the floor: {under:?}");
}

/// The own quote annotations: the first (13 articles) was made before the speaker rules
/// and tuned on; the second (20 articles) was made later, before the rules were changed
/// for it, and first scored blind. Each has its floor: what the rules reach on it.
const OWN_QUOTE_SETS: &[(&str, &str, f64)] = &[
    (
        "crates/baokan-compile/testdata/rmrb-2019-02-quotes.json",
        "13 articles",
        0.91,
    ),
    (
        "crates/baokan-compile/testdata/rmrb-2019-02-quotes-2.json",
        "20 articles",
        0.78,
    ),
];

/// A third own quote annotation (20 articles), made by reading only and never tuned on:
/// its misses are not printed. First scored blind with the rules before the subject
/// readings (`attribution/subject.rs`) at F1 0.771 (P 0.941 R 0.653), then with them at
/// 0.818 (P 0.923 R 0.735), and at 0.836 once surnames that are mostly a word's first
/// char open a name where the text marks one (`data/cued-surnames.txt`); the floor
/// follows the current score.
const HELD_OUT_QUOTES: (&str, f64) = (
    "crates/baokan-compile/testdata/rmrb-2019-02-quotes-3.json",
    0.84,
);

/// The speakers of the own annotations, printed beside the dev figures.
#[test]
fn speakers_against_the_own_annotation() {
    let Some(month) = month_dir() else { return };
    let mut under = Vec::new();
    let (set, floor) = HELD_OUT_QUOTES;
    let t = own_speakers(&month, set);
    println!("\nheld-out own quote annotation (20 articles, never tuned on): {set}");
    println!("  {:<10} {t}", "speakers");
    if t.f1() + 1e-9 < floor {
        under.push(format!("{set}: speakers F1 {:.3} < {floor}", t.f1()));
    }
    for &(set, about, floor) in OWN_QUOTE_SETS {
        let t = own_speakers(&month, set);
        println!("\nown quote annotation ({about}): {set}");
        println!("  {:<10} {t}", "speakers");
        if std::env::var_os("BAOKAN_SHOW_MISSES").is_some() {
            for m in &t.misses {
                println!("  speakers: {m}");
            }
        }
        if t.f1() + 1e-9 < floor {
            under.push(format!("{set}: speakers F1 {:.3} < {floor}", t.f1()));
        }
    }
    assert!(under.is_empty(), "under the floor: {under:?}");
}
