//! SVG pictures of the corpus. The library gives the data; the layout is here.
//!
//! A lexical dispersion plot ([`dispersion`]) lays the articles end to end along the x
//! axis, each as wide as its share of the corpus's chars, shaded in turn and labelled
//! with its id and title above the plot. Each term gets a row, with its label on the
//! left, its count on the right, and a tick at each occurrence:
//!
//! ```text
//!              1 建强战斗堡垒 夯实执政之基            │ 2 以高质量项目…
//!       党建   ─┼──┼┼─┼───┼┼┼──┼─────────────────────┼────────────── 65
//!   乡村振兴   ────────────┼┼┼┼┼┼────────────────────┼────────────── 15
//!              0      2000      4000      6000       8000
//! ```
//!
//! The structure is meant to be read by programs as well as people: each row is a
//! `<g class="row" data-term="…">` holding its `<text>` label and count and a
//! `<g class="ticks">` of `<line class="tick">` elements, one per occurrence.

use baokan::{Dispersion, DispersionArticle};
use svg::Document;
use svg::Node;
use svg::node::element::{Element, Group, Line, Rectangle, Title};

use crate::render;

/// The fonts named on every `<text>`: CJK first, so that a viewer that has one uses it.
pub(crate) const FONT_FAMILY: &str = "Noto Sans CJK SC, Source Han Sans SC, sans-serif";

/// Total width of the picture, px.
const WIDTH: f64 = 960.0;
/// Label and tick-label font size, px.
const FONT_SIZE: f64 = 13.0;
/// Height of one term's row, px.
const ROW: f64 = 28.0;
/// Half the height of an occurrence tick, px.
const TICK: f64 = 9.0;
/// Where the article band starts and how tall it is, px.
const BAND_TOP: f64 = 44.0;
const BAND: f64 = 22.0;
/// Space below the rows for the x axis and its caption, px.
const AXIS: f64 = 56.0;
/// The widest the term labels may make the left margin, as a share of the width.
const MAX_LABEL_SHARE: f64 = 0.3;
/// Row colours (the matplotlib/Tableau ten), used in turn.
const PALETTE: [&str; 10] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
    "#7f7f7f", "#bcbd22",
];
const INK: &str = "#222222";
const GREY: &str = "#666666";
const RULE: &str = "#bbbbbb";
const SHADE: &str = "#f2f2f2";

/// The dispersion plot of `terms` over `articles` (the library's
/// `Corpus::dispersion` and `Corpus::dispersion_articles`).
pub(crate) fn dispersion(articles: &[DispersionArticle], terms: &[Dispersion]) -> Document {
    // x: articles end to end, each as wide as its chars.
    let starts: Vec<usize> = articles
        .iter()
        .scan(0, |at, a| {
            let start = *at;
            *at += a.chars;
            Some(start)
        })
        .collect();
    let total = articles.iter().map(|a| a.chars).sum::<usize>().max(1) as f64;

    let widest_label = terms
        .iter()
        .map(|t| text_px(&t.term, FONT_SIZE))
        .fold(0.0, f64::max);
    let label_w = widest_label.min(WIDTH * MAX_LABEL_SHARE);
    let left = (label_w + 24.0).max(72.0);
    let counts_w = terms
        .iter()
        .map(|t| text_px(&t.points.len().to_string(), FONT_SIZE))
        .fold(text_px("0", FONT_SIZE), f64::max);
    let right = counts_w + 24.0;
    let plot_w = WIDTH - left - right;
    let x_of = |chars: f64| left + chars / total * plot_w;

    let rows_top = BAND_TOP + BAND + 6.0;
    let rows_bottom = rows_top + ROW * terms.len() as f64;
    let height = rows_bottom + AXIS;

    let names: Vec<&str> = terms.iter().map(|t| t.term.as_str()).collect();
    let mut doc = Document::new()
        .set("width", WIDTH)
        .set("height", px(height))
        .set("viewBox", (0, 0, WIDTH, px(height)))
        .add(Title::new(format!(
            "Lexical dispersion: {}",
            names.join(", ")
        )))
        .add(
            Rectangle::new()
                .set("width", "100%")
                .set("height", "100%")
                .set("fill", "white"),
        )
        .add(text(
            left,
            24.0,
            "Lexical dispersion",
            15.0,
            &[("font-weight", "bold"), ("fill", INK)],
        ));

    // Articles: alternate shading down the rows, a rule at each boundary, and the id
    // and title (cut to fit, whole in a tooltip) in the band above.
    let mut band = Group::new().set("class", "articles");
    for (i, (a, &start)) in articles.iter().zip(&starts).enumerate() {
        let x0 = x_of(start as f64);
        let x1 = x_of((start + a.chars) as f64);
        let label = match &a.title {
            Some(t) => format!("{} {t}", a.id),
            None => a.id.clone(),
        };
        let mut g = Group::new()
            .set("class", "article")
            .add(Title::new(label.clone()));
        if i % 2 == 0 {
            g = g.add(
                Rectangle::new()
                    .set("x", px(x0))
                    .set("y", BAND_TOP)
                    .set("width", px(x1 - x0))
                    .set("height", px(rows_bottom - BAND_TOP))
                    .set("fill", SHADE),
            );
        }
        g = g.add(
            line(x0, BAND_TOP, x0, rows_bottom)
                .set("stroke", RULE)
                .set("stroke-width", 1),
        );
        let room = x1 - x0 - 8.0;
        let shown = fit(&label, room, FONT_SIZE);
        if !shown.is_empty() {
            g = g.add(text(
                x0 + 4.0,
                BAND_TOP + 15.0,
                &shown,
                FONT_SIZE,
                &[("fill", INK)],
            ));
        }
        band = band.add(g);
    }
    band = band.add(
        line(left + plot_w, BAND_TOP, left + plot_w, rows_bottom)
            .set("stroke", RULE)
            .set("stroke-width", 1),
    );
    doc = doc.add(band);

    // One row per term.
    for (i, t) in terms.iter().enumerate() {
        let mid = rows_top + ROW * (i as f64 + 0.5);
        let colour = PALETTE[i % PALETTE.len()];
        let mut ticks = Group::new()
            .set("class", "ticks")
            .set("stroke", colour)
            .set("stroke-width", 1.2);
        for p in &t.points {
            let (start, chars) = match articles.get(p.article) {
                Some(a) => (starts[p.article], a.chars),
                None => (0, 0),
            };
            let x = x_of(start as f64 + p.position * chars as f64);
            ticks = ticks.add(line(x, mid - TICK, x, mid + TICK).set("class", "tick"));
        }
        let row = Group::new()
            .set("class", "row")
            .set("data-term", t.term.as_str())
            .add(Title::new(format!("{}: {}", t.term, t.points.len())))
            .add(
                line(left, mid, left + plot_w, mid)
                    .set("stroke", RULE)
                    .set("stroke-width", 0.5),
            )
            .add(text(
                left - 10.0,
                mid + 4.5,
                &fit(&t.term, label_w, FONT_SIZE),
                FONT_SIZE,
                &[("class", "term"), ("text-anchor", "end"), ("fill", INK)],
            ))
            .add(ticks)
            .add(text(
                left + plot_w + 8.0,
                mid + 4.5,
                &t.points.len().to_string(),
                FONT_SIZE,
                &[("class", "count"), ("fill", GREY)],
            ));
        doc = doc.add(row);
    }

    // The x axis, in chars from the start of the corpus.
    let mut axis = Group::new().set("class", "axis").add(
        line(left, rows_bottom, left + plot_w, rows_bottom)
            .set("stroke", GREY)
            .set("stroke-width", 1),
    );
    let step = nice_step(total / 6.0);
    let mut at = 0.0;
    while at <= total {
        let x = x_of(at);
        axis = axis
            .add(
                line(x, rows_bottom, x, rows_bottom + 4.0)
                    .set("stroke", GREY)
                    .set("stroke-width", 1),
            )
            .add(text(
                x,
                rows_bottom + 17.0,
                &format!("{at}"),
                11.0,
                &[("text-anchor", "middle"), ("fill", GREY)],
            ));
        at += step;
    }
    axis = axis.add(text(
        left + plot_w / 2.0,
        rows_bottom + 40.0,
        "position in the corpus (chars; articles end to end)",
        12.0,
        &[("text-anchor", "middle"), ("fill", GREY)],
    ));
    doc.add(axis)
}

/// A `<text>` at (`x`, `y`) in the plot's fonts, with more attributes.
///
/// Built as a plain element, not `svg`'s `Text`, which writes its content on a line of
/// its own: a viewer collapses that whitespace, but a program reading the labels would
/// get it.
fn text(x: f64, y: f64, content: &str, size: f64, attrs: &[(&str, &str)]) -> Element {
    let mut e = Element::new("text");
    e.assign("x", px(x));
    e.assign("y", px(y));
    e.assign("font-family", FONT_FAMILY);
    e.assign("font-size", size);
    for &(name, value) in attrs {
        e.assign(name, value);
    }
    e.append(svg::node::Text::new(content));
    e
}

fn line(x1: f64, y1: f64, x2: f64, y2: f64) -> Line {
    Line::new()
        .set("x1", px(x1))
        .set("y1", px(y1))
        .set("x2", px(x2))
        .set("y2", px(y2))
}

/// A coordinate rounded to a tenth of a pixel, to keep the file small.
fn px(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Estimated width of `s` in px at `size`: a CJK char about 1 em, others about half,
/// with some slack (there are no font metrics here).
fn text_px(s: &str, size: f64) -> f64 {
    render::width(s) as f64 * size * 0.55
}

/// `s` cut to fit `max` px (with an ellipsis when cut); empty when not even one char
/// and the ellipsis fit.
fn fit(s: &str, max: f64, size: f64) -> String {
    if text_px(s, size) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        let mut next = out.clone();
        next.push(c);
        if text_px(&next, size) + text_px("…", size) > max {
            break;
        }
        out = next;
    }
    if out.is_empty() { out } else { out + "…" }
}

/// The round step (1, 2 or 5 × 10^k) nearest above `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 1.0 {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * mag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(0.3), 1.0);
        assert_eq!(nice_step(1400.0), 2000.0);
        assert_eq!(nice_step(450.0), 500.0);
        assert_eq!(nice_step(1000.0), 1000.0);
    }

    #[test]
    fn labels_are_cut_to_fit() {
        assert_eq!(fit("建强战斗堡垒", 1000.0, 13.0), "建强战斗堡垒");
        let cut = fit("建强战斗堡垒", 50.0, 13.0);
        assert!(cut.ends_with('…') && cut.chars().count() < 6, "{cut}");
        assert_eq!(fit("建强战斗堡垒", 5.0, 13.0), "");
    }

    #[test]
    fn every_occurrence_is_a_tick_inside_the_plot() {
        let c = baokan::corpus();
        let terms = c.dispersion(&["党建", "乡村振兴"]).unwrap();
        let svg = dispersion(&c.dispersion_articles(), &terms).to_string();
        let ticks = svg.matches(r#"class="tick""#).count();
        assert_eq!(ticks, terms.iter().map(|t| t.points.len()).sum::<usize>());
        assert!(svg.contains(">乡村振兴</text>") && svg.contains(FONT_FAMILY));
    }
}
