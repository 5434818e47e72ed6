//! The trend chart: each term's hits per million chars, period by period.
//!
//! Periods run along the x axis in time order, evenly spaced (a period is a day, an ISO
//! week, a month or a year: `Corpus::trend`'s labels); per-million rates run up the y
//! axis from 0. Each term is a line in its colour with a dot per period, named in a
//! legend; the structure is meant for programs as well as people: each term is a
//! `<g class="series" data-term="…">` holding a `<polyline>` and one
//! `<circle class="point" data-period="…" data-hits="…" data-per-million="…">` per
//! period, each with a tooltip.

use baokan::TrendPoint;
use svg::Document;
use svg::Node;
use svg::node::element::{Circle, Group, Polyline, Title};

use crate::plot::{
    FONT_SIZE, GREY, INK, PALETTE, RULE, WIDTH, canvas, line, nice_step, px, text, text_px,
};

/// Height of the plot area, px.
const PLOT_H: f64 = 320.0;
/// Space above the plot for the title and legend, and below for the axis, px.
const TOP: f64 = 64.0;
const BOTTOM: f64 = 64.0;

/// The trend chart of `points` (as `Corpus::trend` returns them: term by term, each
/// term's periods in time order), `by` naming the period for the axis caption.
pub(crate) fn trend(points: &[TrendPoint], by: &str) -> Document {
    let mut terms: Vec<&str> = Vec::new();
    let mut periods: Vec<&str> = Vec::new();
    for p in points {
        if !terms.contains(&p.term.as_str()) {
            terms.push(&p.term);
        }
        if !periods.contains(&p.period.as_str()) {
            periods.push(&p.period);
        }
    }
    periods.sort_unstable();
    let max = points.iter().map(|p| p.per_million).fold(0.0, f64::max);
    let step = nice_step(max / 5.0);
    let top_value = (max / step).ceil().max(1.0) * step;
    let left = text_px(&format!("{top_value}"), FONT_SIZE) + 28.0;
    let right = 24.0;
    let plot_w = WIDTH - left - right;
    let x_of = |i: usize| {
        if periods.len() <= 1 {
            left + plot_w / 2.0
        } else {
            left + plot_w * i as f64 / (periods.len() - 1) as f64
        }
    };
    let y_of = |v: f64| TOP + PLOT_H - v / top_value * PLOT_H;
    let height = TOP + PLOT_H + BOTTOM;

    let mut doc = canvas(height, format!("Trend: {}", terms.join(", "))).add(text(
        left,
        24.0,
        &format!("Hits per million chars, by {by}"),
        15.0,
        &[("font-weight", "bold"), ("fill", INK)],
    ));

    // The y axis: gridlines at round steps.
    let mut grid = Group::new().set("class", "y-axis");
    let mut v = 0.0;
    while v <= top_value + step / 2.0 {
        let y = y_of(v);
        grid.append(
            line(left, y, left + plot_w, y)
                .set("stroke", RULE)
                .set("stroke-width", 0.5),
        );
        let label = if step >= 1.0 {
            format!("{v:.0}")
        } else {
            format!("{v}")
        };
        grid.append(text(
            left - 6.0,
            y + 4.0,
            &label,
            11.0,
            &[("fill", GREY), ("text-anchor", "end")],
        ));
        v += step;
    }
    doc = doc.add(grid);

    // The x axis: every period's tick, and as many labels as fit.
    let mut axis = Group::new().set("class", "x-axis");
    let base = TOP + PLOT_H;
    axis.append(line(left, base, left + plot_w, base).set("stroke", INK));
    let label_w = periods.iter().map(|p| text_px(p, 11.0)).fold(0.0, f64::max) + 8.0;
    let every = if periods.len() <= 1 {
        1
    } else {
        ((label_w / (plot_w / (periods.len() - 1) as f64)).ceil() as usize).max(1)
    };
    for (i, p) in periods.iter().enumerate() {
        let x = x_of(i);
        axis.append(line(x, base, x, base + 4.0).set("stroke", INK));
        if i % every == 0 {
            axis.append(text(
                x,
                base + 18.0,
                p,
                11.0,
                &[("fill", INK), ("text-anchor", "middle")],
            ));
        }
    }
    axis.append(text(
        left + plot_w / 2.0,
        base + 44.0,
        by,
        FONT_SIZE,
        &[("fill", GREY), ("text-anchor", "middle")],
    ));
    doc = doc.add(axis);

    // One series per term, and the legend.
    let mut legend_x = left;
    for (k, term) in terms.iter().enumerate() {
        let colour = PALETTE[k % PALETTE.len()];
        let mut series = Group::new().set("class", "series").set("data-term", *term);
        let mine: Vec<&TrendPoint> = points.iter().filter(|p| p.term == *term).collect();
        let coords: Vec<String> = mine
            .iter()
            .filter_map(|p| {
                let i = periods.iter().position(|q| *q == p.period)?;
                Some(format!("{},{}", px(x_of(i)), px(y_of(p.per_million))))
            })
            .collect();
        series.append(
            Polyline::new()
                .set("points", coords.join(" "))
                .set("fill", "none")
                .set("stroke", colour)
                .set("stroke-width", 2),
        );
        for p in &mine {
            let Some(i) = periods.iter().position(|q| *q == p.period) else {
                continue;
            };
            let mut dot = Circle::new()
                .set("class", "point")
                .set("cx", px(x_of(i)))
                .set("cy", px(y_of(p.per_million)))
                .set("r", 3)
                .set("fill", colour)
                .set("data-period", p.period.as_str())
                .set("data-hits", p.hits)
                .set("data-per-million", px(p.per_million));
            dot.append(Title::new(format!(
                "{} {}: {} hits, {:.1} per million, {} articles",
                p.term, p.period, p.hits, p.per_million, p.articles
            )));
            series.append(dot);
        }
        doc = doc.add(series);
        let key = Group::new()
            .set("class", "legend")
            .add(
                line(legend_x, 44.0, legend_x + 18.0, 44.0)
                    .set("stroke", colour)
                    .set("stroke-width", 3),
            )
            .add(text(
                legend_x + 24.0,
                48.0,
                term,
                FONT_SIZE,
                &[("fill", INK)],
            ));
        doc = doc.add(key);
        legend_x += text_px(term, FONT_SIZE) + 48.0;
    }
    if points.is_empty() {
        doc = doc.add(text(
            left + plot_w / 2.0,
            TOP + PLOT_H / 2.0,
            "no dated articles",
            FONT_SIZE,
            &[("fill", GREY), ("text-anchor", "middle")],
        ));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_point_is_a_dot_on_its_terms_line() {
        let c = baokan::corpus();
        let points = c
            .trend(&["乡村振兴", "基层"], baokan::Period::Month)
            .unwrap();
        let svg = trend(&points, "month").to_string();
        assert_eq!(svg.matches(r#"class="point""#).count(), points.len());
        assert_eq!(svg.matches(r#"class="series""#).count(), 2);
        assert!(svg.contains(r#"data-term="乡村振兴""#) && svg.contains(">基层</text>"));
        assert!(svg.contains(&format!(r#"data-hits="{}""#, c.count("基层").unwrap())));
        assert!(svg.contains(crate::plot::FONT_FAMILY));
        assert!(
            trend(&[], "month")
                .to_string()
                .contains("no dated articles")
        );
    }
}
