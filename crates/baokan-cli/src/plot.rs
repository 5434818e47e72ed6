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
//!
//! A timeline ([`timeline`]) puts the dated statements along a time axis from the
//! earliest year to the latest, one lane each in date order, marked by precision (a
//! dot for a day, a diamond for a month, a hollow square for a season or year), ranges
//! drawn as bars, each labelled with its date as written. A long stretch of years with
//! nothing dated is cut from the axis and drawn as a break (`//`), so that one old date
//! does not squeeze the rest into a corner:
//!
//! ```text
//!   □ 1943年春
//!               □ 2014年
//!                          ◆━━━━━ 2021年6月至12月
//!                                  ● 2022年9月21日
//!   ├───┤ // ├────┼────┼────┼────┼────┤
//!   1943   2014 2016 2018 2020 2022 2024
//! ```
//!
//! Each statement is a `<g class="entry" data-iso="…" data-precision="…">`.

use baokan::{Dispersion, DispersionArticle, TimelineEntry};
use svg::Document;
use svg::Node;
use svg::node::element::{Circle, Element, Group, Line, Polygon, Rectangle, Title};

use crate::render;

/// The fonts named on every `<text>`: CJK first, so that a viewer that has one uses it.
pub(crate) const FONT_FAMILY: &str = "Noto Sans CJK SC, Source Han Sans SC, sans-serif";

/// Total width of the picture, px.
pub(crate) const WIDTH: f64 = 960.0;
/// Label and tick-label font size, px.
pub(crate) const FONT_SIZE: f64 = 13.0;
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
pub(crate) const PALETTE: [&str; 10] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
    "#7f7f7f", "#bcbd22",
];
pub(crate) const INK: &str = "#222222";
pub(crate) const GREY: &str = "#666666";
pub(crate) const RULE: &str = "#bbbbbb";
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
    let mut doc = canvas(height, format!("Lexical dispersion: {}", names.join(", "))).add(text(
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

/// Height of one dated statement's lane in a timeline, px.
const LANE: f64 = 20.0;
/// Where a timeline's lanes start, px.
const LANES_TOP: f64 = 52.0;
/// A timeline's left and right margins, px.
const SIDE: f64 = 48.0;
/// Half the size of a timeline marker, px.
const MARK: f64 = 4.5;

/// Empty years a timeline cuts from its axis: a stretch with no dated statement that
/// is at least this long and at least a third of the whole span is drawn as a break.
const CUT_YEARS: f64 = 10.0;
/// How many years' width a cut stretch keeps.
const CUT_WIDTH: f64 = 1.0;

/// One stretch of a timeline's axis that is drawn to scale: whole years.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Piece {
    /// Its first year.
    first: f64,
    /// The year after its last.
    end: f64,
    /// Where it starts on the axis, in years from the axis's start.
    at: f64,
}

/// A time axis of whole years, laid end to end, that cuts long empty stretches (1943,
/// then 2014 to 2023, would otherwise leave most points in the last few pixels).
#[derive(Debug)]
struct TimeScale {
    pieces: Vec<Piece>,
    /// The axis's length, in years (cut stretches counted as [`CUT_WIDTH`]).
    total: f64,
    left: f64,
    width: f64,
}

impl TimeScale {
    /// The axis for periods `reaches` (fractional years), `width` px from `left`.
    fn new(reaches: &[Period], left: f64, width: f64) -> TimeScale {
        let mut spans: Vec<Period> = reaches
            .iter()
            .map(|&(start, end)| {
                let first = start.floor();
                (first, (end - 1e-6).floor().max(first) + 1.0)
            })
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let whole = match (spans.first(), spans.iter().map(|s| s.1).reduce(f64::max)) {
            (Some(f), Some(end)) => end - f.0,
            _ => 1.0,
        };
        let mut merged: Vec<(f64, f64)> = Vec::new();
        for (first, end) in spans {
            match merged.last_mut() {
                Some(last) if first - last.1 < CUT_YEARS.max(whole / 3.0) => {
                    last.1 = last.1.max(end);
                }
                _ => merged.push((first, end)),
            }
        }
        if merged.is_empty() {
            merged.push((0.0, 1.0));
        }
        let mut pieces = Vec::new();
        let mut at = 0.0;
        for (i, (first, end)) in merged.into_iter().enumerate() {
            if i > 0 {
                at += CUT_WIDTH;
            }
            pieces.push(Piece { first, end, at });
            at += end - first;
        }
        TimeScale {
            pieces,
            total: at,
            left,
            width,
        }
    }

    /// The x of time `t` (fractional years); a time in a cut stretch goes to its edge.
    fn x(&self, t: f64) -> f64 {
        let piece = self
            .pieces
            .iter()
            .rev()
            .find(|p| p.first <= t)
            .unwrap_or(&self.pieces[0]);
        let along = piece.at + (t.clamp(piece.first, piece.end) - piece.first);
        self.left + along / self.total * self.width
    }
}

/// The years a timeline's axis spans, first and last (both included): from the year
/// of the earliest date to the year of the latest date or range end; `None` when no
/// entry has a date the plot can read.
pub(crate) fn years(entries: &[TimelineEntry<'_>]) -> Option<(i32, i32)> {
    let spans = entries.iter().filter_map(|t| reach(t).map(|(_, r)| r));
    let from = spans.clone().map(|(start, _)| start).reduce(f64::min)?;
    let to = spans.map(|(_, end)| end).reduce(f64::max)?;
    // `end` is where the last period stops (2023.0 for all of 2022), give or take
    // rounding.
    Some((from.floor() as i32, (to - 1e-6).floor() as i32))
}

/// A period `[start, end)` in fractional years.
type Period = (f64, f64);

/// An entry's own period and its reach (to the end of a range).
fn reach(t: &TimelineEntry<'_>) -> Option<(Period, Period)> {
    let own = period(t.date.iso()?)?;
    let end = t.date.iso_end().and_then(period).map_or(own.1, |(_, e)| e);
    Some((own, (own.0, end.max(own.1))))
}

/// The period an ISO date at its precision covers, `[start, end)` in fractional years:
/// `2014` is all of 2014, `2021-06` its June, `2018-11-06` one day; an ISO 8601-2 season
/// (`1943-21`, spring) its three months. A year with a part the plot cannot read stands
/// for the whole year.
fn period(iso: &str) -> Option<Period> {
    let mut parts = iso.splitn(3, '-');
    let year = f64::from(parts.next()?.parse::<i32>().ok()?);
    let whole = Some((year, year + 1.0));
    let Some(month) = parts.next().and_then(|m| m.parse::<u32>().ok()) else {
        return whole;
    };
    match month {
        1..=12 => {
            let start = year + f64::from(month - 1) / 12.0;
            match parts.next().and_then(|d| d.parse::<u32>().ok()) {
                Some(day @ 1..=31) => {
                    let share = 1.0 / 12.0 / 31.0;
                    Some((
                        start + f64::from(day - 1) * share,
                        start + f64::from(day) * share,
                    ))
                }
                _ => Some((start, start + 1.0 / 12.0)),
            }
        }
        21..=24 => {
            // Spring starts in March; each season is a quarter of a year.
            let start = year + 2.0 / 12.0 + f64::from(month - 21) * 0.25;
            Some((start, start + 0.25))
        }
        _ => whole,
    }
}

/// The timeline of `entries` (the library's `Corpus::timeline`, in date order): a
/// time axis from the first year to the last, one lane per dated statement.
///
/// Each statement is a `<g class="entry" data-iso="…" data-precision="…">` (and
/// `data-iso-end` for a range) holding a `<title>` (date and sentence), a
/// `<rect class="range">` for a range, its marker (`class="marker day"`: a dot;
/// `month`: a diamond; `season`, `year`: a hollow square) and a `<text class="label">`
/// with the date as written. Colours tell the articles apart.
pub(crate) fn timeline(entries: &[TimelineEntry<'_>]) -> Document {
    let placed: Vec<(&TimelineEntry<'_>, (Period, Period))> = entries
        .iter()
        .filter_map(|t| reach(t).map(|r| (t, r)))
        .collect();
    let lanes_bottom = LANES_TOP + LANE * placed.len().max(1) as f64;
    let height = lanes_bottom + AXIS;
    let mut doc = canvas(
        height,
        format!("Timeline: {} dated statements", placed.len()),
    )
    .add(text(
        SIDE,
        24.0,
        "Timeline",
        15.0,
        &[("font-weight", "bold"), ("fill", INK)],
    ))
    .add(legend(WIDTH - SIDE - 300.0, 24.0));

    let Some((from, to)) = years(entries) else {
        return doc.add(text(
            WIDTH / 2.0,
            LANES_TOP + LANE / 2.0 + 4.5,
            "no dated statements",
            FONT_SIZE,
            &[("text-anchor", "middle"), ("fill", GREY)],
        ));
    };
    let plot_w = WIDTH - 2.0 * SIDE;
    let reaches: Vec<Period> = placed.iter().map(|(_, (_, r))| *r).collect();
    let scale = TimeScale::new(&reaches, SIDE, plot_w);
    let x_of = |t: f64| scale.x(t);

    // The axis first, so that its grid lies under the entries.
    let axis_y = lanes_bottom + 6.0;
    let mut axis = Group::new().set("class", "axis");
    let step = nice_step(scale.total / 8.0).max(1.0) as i32;
    let mut last_tick = f64::NEG_INFINITY;
    for (i, piece) in scale.pieces.iter().enumerate() {
        let (first, end) = (piece.first as i32, piece.end as i32);
        axis = axis.add(
            line(x_of(piece.first), axis_y, x_of(piece.end), axis_y)
                .set("stroke", GREY)
                .set("stroke-width", 1),
        );
        if let Some(next) = scale.pieces.get(i + 1) {
            // The break: two slanted strokes where the empty years are left out.
            let mid = (x_of(piece.end) + x_of(next.first)) / 2.0;
            let mut cut = Group::new().set("class", "break").add(Title::new(format!(
                "{end} to {}: no dated statements",
                next.first as i32 - 1
            )));
            for dx in [-3.0, 3.0] {
                cut = cut.add(
                    line(mid + dx - 3.0, axis_y + 5.0, mid + dx + 3.0, axis_y - 5.0)
                        .set("stroke", GREY)
                        .set("stroke-width", 1),
                );
            }
            axis = axis.add(cut);
        }
        let ticks =
            std::iter::once(first).chain((first + 1..=end).filter(|y| y.rem_euclid(step) == 0));
        for year in ticks {
            let x = x_of(f64::from(year));
            if x - last_tick < 32.0 {
                continue;
            }
            last_tick = x;
            axis = axis
                .add(
                    line(x, LANES_TOP - 6.0, x, axis_y)
                        .set("stroke", SHADE)
                        .set("stroke-width", 1),
                )
                .add(
                    line(x, axis_y, x, axis_y + 4.0)
                        .set("stroke", GREY)
                        .set("stroke-width", 1),
                )
                .add(text(
                    x,
                    axis_y + 17.0,
                    &year.to_string(),
                    11.0,
                    &[("text-anchor", "middle"), ("fill", GREY)],
                ));
        }
    }
    let caption = if scale.pieces.len() > 1 {
        format!("year ({from} to {to}, long empty stretches cut; one lane per dated statement)")
    } else {
        format!("year ({from} to {to}; one lane per dated statement, in date order)")
    };
    axis = axis.add(text(
        SIDE + plot_w / 2.0,
        axis_y + 40.0,
        &caption,
        12.0,
        &[("text-anchor", "middle"), ("fill", GREY)],
    ));
    doc = doc.add(axis);

    for (i, (t, ((s0, s1), (r0, r1)))) in placed.iter().enumerate() {
        let mid = LANES_TOP + LANE * (i as f64 + 0.5);
        let article = t.date.article().id().parts().first().copied().unwrap_or(1);
        let colour = PALETTE[(article as usize).saturating_sub(1) % PALETTE.len()];
        let precision = render::label(&t.date.precision());
        let iso = t.date.iso().unwrap_or_default();
        let sentence = t.sentence().map(|s| s.text()).unwrap_or_default();
        let mut g = Group::new()
            .set("class", "entry")
            .set("data-iso", iso)
            .set("data-precision", precision.as_str());
        let when = match t.date.iso_end() {
            Some(end) => {
                g = g.set("data-iso-end", end);
                format!("{iso}/{end}")
            }
            None => iso.to_string(),
        };
        g = g
            .add(Title::new(format!("{when} {}: {sentence}", t.date.text())))
            .add(
                line(SIDE, mid, SIDE + plot_w, mid)
                    .set("stroke", RULE)
                    .set("stroke-width", 0.3),
            );
        let ranged = t.date.iso_end().is_some();
        if ranged {
            g = g.add(
                Rectangle::new()
                    .set("class", "range")
                    .set("x", px(x_of(*r0)))
                    .set("y", px(mid - 3.0))
                    .set("width", px((x_of(*r1) - x_of(*r0)).max(2.0)))
                    .set("height", 6)
                    .set("fill", colour)
                    .set("fill-opacity", 0.4),
            );
        }
        let x = x_of((s0 + s1) / 2.0);
        g = g.add(marker(&precision, x, mid, colour));

        let label = t.date.text();
        // Beside the marker, or past the end of a range's bar.
        let (x0, x1) = if ranged {
            (x_of(*r0).min(x), x_of(*r1).max(x))
        } else {
            (x, x)
        };
        let (left, right) = (x0 - MARK - 5.0, x1 + MARK + 5.0);
        let (at, anchor) = if right + text_px(label, 12.0) <= WIDTH - 4.0 {
            (right, "start")
        } else {
            (left, "end")
        };
        g = g.add(text(
            at,
            mid + 4.0,
            label,
            12.0,
            &[("class", "label"), ("text-anchor", anchor), ("fill", INK)],
        ));
        doc = doc.add(g);
    }
    doc
}

/// A timeline marker in the shape of its precision, centred at (`x`, `y`).
fn marker(precision: &str, x: f64, y: f64, colour: &str) -> Element {
    let class = format!("marker {precision}");
    match precision {
        "day" => Circle::new()
            .set("class", class)
            .set("cx", px(x))
            .set("cy", px(y))
            .set("r", MARK - 0.5)
            .set("fill", colour)
            .into(),
        "month" => Polygon::new()
            .set("class", class)
            .set(
                "points",
                format!(
                    "{},{} {},{} {},{} {},{}",
                    px(x),
                    px(y - MARK - 0.5),
                    px(x + MARK + 0.5),
                    px(y),
                    px(x),
                    px(y + MARK + 0.5),
                    px(x - MARK - 0.5),
                    px(y)
                ),
            )
            .set("fill", colour)
            .into(),
        _ => Rectangle::new()
            .set("class", class)
            .set("x", px(x - MARK + 0.5))
            .set("y", px(y - MARK + 0.5))
            .set("width", 2.0 * MARK - 1.0)
            .set("height", 2.0 * MARK - 1.0)
            .set("fill", "white")
            .set("stroke", colour)
            .set("stroke-width", 1.5)
            .into(),
    }
}

/// The key to a timeline's marks, starting at (`x`, `y`): what a dot, a diamond, a
/// square and a bar stand for.
fn legend(x: f64, y: f64) -> Group {
    let mut g = Group::new().set("class", "legend");
    let mut at = x;
    for (precision, name) in [
        ("day", "day"),
        ("month", "month"),
        ("year", "year or season"),
    ] {
        g = g.add(marker(precision, at, y - 4.0, GREY)).add(text(
            at + 9.0,
            y,
            name,
            11.0,
            &[("fill", GREY)],
        ));
        at += 18.0 + text_px(name, 11.0) + 12.0;
    }
    g.add(
        Rectangle::new()
            .set("x", px(at - 6.0))
            .set("y", px(y - 7.0))
            .set("width", 18)
            .set("height", 6)
            .set("fill", GREY)
            .set("fill-opacity", 0.4),
    )
    .add(text(at + 16.0, y, "range", 11.0, &[("fill", GREY)]))
}

/// A blank picture `WIDTH` wide and `height` tall, on white, with its `<title>`.
pub(crate) fn canvas(height: f64, title: String) -> Document {
    Document::new()
        .set("width", WIDTH)
        .set("height", px(height))
        .set("viewBox", (0, 0, WIDTH, px(height)))
        .add(Title::new(title))
        .add(
            Rectangle::new()
                .set("width", "100%")
                .set("height", "100%")
                .set("fill", "white"),
        )
}

/// A `<text>` at (`x`, `y`) in the plot's fonts, with more attributes.
///
/// Built as a plain element, not `svg`'s `Text`, which writes its content on a line of
/// its own: a viewer collapses that whitespace, but a program reading the labels would
/// get it.
pub(crate) fn text(x: f64, y: f64, content: &str, size: f64, attrs: &[(&str, &str)]) -> Element {
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

pub(crate) fn line(x1: f64, y1: f64, x2: f64, y2: f64) -> Line {
    Line::new()
        .set("x1", px(x1))
        .set("y1", px(y1))
        .set("x2", px(x2))
        .set("y2", px(y2))
}

/// A coordinate rounded to a tenth of a pixel, to keep the file small.
pub(crate) fn px(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Estimated width of `s` in px at `size`: a CJK char about 1 em, others about half,
/// with some slack (there are no font metrics here).
pub(crate) fn text_px(s: &str, size: f64) -> f64 {
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
pub(crate) fn nice_step(raw: f64) -> f64 {
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
    fn periods_cover_their_precision() {
        assert_eq!(period("2014"), Some((2014.0, 2015.0)));
        let (s, e) = period("2021-06").unwrap();
        assert!((s - (2021.0 + 5.0 / 12.0)).abs() < 1e-9 && (e - s - 1.0 / 12.0).abs() < 1e-9);
        let (s, e) = period("2018-11-06").unwrap();
        assert!(s > 2018.8 && e < 2018.9 && e > s);
        let (s, e) = period("1943-21").unwrap();
        assert!((s - 1943.25 + 1.0 / 12.0).abs() < 1e-9 && (e - s - 0.25).abs() < 1e-9);
        assert_eq!(period("1943-spring"), Some((1943.0, 1944.0)));
        assert_eq!(period("x"), None);
    }

    #[test]
    fn long_empty_stretches_are_cut() {
        let scale = TimeScale::new(
            &[(1943.0, 1944.0), (2014.0, 2015.0), (2022.5, 2023.0)],
            0.0,
            100.0,
        );
        assert_eq!(scale.pieces.len(), 2);
        assert_eq!(
            (scale.pieces[1].first, scale.pieces[1].end),
            (2014.0, 2023.0)
        );
        assert_eq!(scale.total, 1.0 + CUT_WIDTH + 9.0);
        assert!(scale.x(1943.5) < scale.x(2014.0) && scale.x(2014.0) < scale.x(2022.0));
        assert_eq!(scale.x(2023.0), 100.0);
        // A short gap stays to scale.
        let scale = TimeScale::new(&[(2014.0, 2015.0), (2022.0, 2023.0)], 0.0, 90.0);
        assert_eq!(scale.pieces.len(), 1);
        assert_eq!(scale.x(2018.5), 45.0);
    }

    #[test]
    fn the_timeline_has_an_entry_per_dated_statement() {
        let c = baokan::corpus();
        let entries = c.timeline();
        let svg = timeline(&entries).to_string();
        assert_eq!(svg.matches(r#"class="entry""#).count(), entries.len());
        assert_eq!(
            svg.matches(r#"class="range""#).count(),
            entries
                .iter()
                .filter(|t| t.date.iso_end().is_some())
                .count()
        );
        assert!(timeline(&[]).to_string().contains("no dated statements"));
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
