//! Line charts over a row of labelled points (the board pack's trend charts): each
//! series is a line in its tone (a reference series dashed), the first series' values
//! printed above its points, the labels under the axis and a legend below.

use super::canvas::Ink;
use super::ctx::Ctx;
use super::fonts::Weight;
use super::style::{self, CONTENT_W, MARGIN_X};
use super::LineChart;

const TITLE_H: f32 = 18.0;
const PLOT_H: f32 = 92.0;
const AXIS_H: f32 = 16.0;
const LEGEND_H: f32 = 14.0;
const PAD_X: f32 = 30.0;
const SIZE_VALUE: f32 = 6.6;
const SIZE_LABEL: f32 = 7.0;

/// The height a chart takes.
pub(crate) fn height(c: &LineChart) -> f32 {
    let title = if c.title.trim().is_empty() {
        0.0
    } else {
        TITLE_H
    };
    title + 12.0 + PLOT_H + AXIS_H + LEGEND_H
}

/// The drawn range: from zero (or the lowest value, when negative) to the highest.
fn range(c: &LineChart) -> (f32, f32) {
    let (lo, hi) = c
        .series
        .iter()
        .flat_map(|s| s.points.iter().flatten().map(|p| p.0))
        .filter(|v| v.is_finite())
        .fold((0.0f32, 0.0f32), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if hi - lo > 0.0 {
        (lo, hi)
    } else {
        (lo, lo + 1.0)
    }
}

pub(crate) fn line_chart(ctx: &mut Ctx, c: &LineChart) {
    ctx.ensure(height(c));
    ctx.open_figure(super::alt::line_chart(c));
    if !c.title.trim().is_empty() {
        let title = ctx.clean(&c.title).into_owned();
        let base = ctx.y + 11.0;
        ctx.text(MARGIN_X, base, &title, Ink::bold(9.0, style::NAVY));
        ctx.advance(TITLE_H);
    }
    ctx.advance(12.0);
    let top = ctx.y;
    let (lo, hi) = range(c);
    let n = c.labels.len();
    let span = CONTENT_W - 2.0 * PAD_X;
    let x = |i: usize| {
        if n <= 1 {
            MARGIN_X + CONTENT_W / 2.0
        } else {
            MARGIN_X + PAD_X + span * i as f32 / (n - 1) as f32
        }
    };
    let y = |v: f32| top + PLOT_H - (v - lo) / (hi - lo) * PLOT_H;
    let zero = y(0.0);
    ctx.page()
        .artifact(|p| p.hline(MARGIN_X, MARGIN_X + CONTENT_W, zero, 0.8, style::RULE));
    for (k, s) in c.series.iter().enumerate() {
        let color = style::tone_color(s.tone);
        let pts: Vec<(f32, f32, &str)> = s
            .points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.as_ref().map(|(v, t)| (x(i), y(*v), t.as_str())))
            .filter(|p| p.1.is_finite())
            .collect();
        for pair in pts.windows(2) {
            let (a, b) = ((pair[0].0, pair[0].1), (pair[1].0, pair[1].1));
            if s.dashed {
                ctx.page().patterned_line(a, b, &[3.0, 2.5], 1.2, color);
            } else {
                ctx.page().line(a, b, 1.8, color);
            }
        }
        for &(px, py, text) in &pts {
            ctx.page()
                .dot(px, py, if s.dashed { 1.8 } else { 2.4 }, color);
            if k == 0 {
                let text = ctx.clean(text).into_owned();
                let fonts = ctx.fonts;
                ctx.page().text_center(
                    fonts,
                    px,
                    py - 5.0,
                    &text,
                    Ink::bold(SIZE_VALUE, style::SLATE),
                );
            }
        }
    }
    ctx.advance(PLOT_H);
    let fonts = ctx.fonts;
    let base = ctx.y + 11.0;
    for (i, label) in c.labels.iter().enumerate() {
        let label = ctx.clean(label).into_owned();
        ctx.page().text_center(
            fonts,
            x(i),
            base,
            &label,
            Ink::regular(SIZE_LABEL, style::MUTED),
        );
    }
    ctx.advance(AXIS_H);
    legend(ctx, c);
    ctx.close();
}

fn legend(ctx: &mut Ctx, c: &LineChart) {
    let fonts = ctx.fonts;
    let base = ctx.y + 9.0;
    let mut lx = MARGIN_X;
    for s in &c.series {
        let color = style::tone_color(s.tone);
        let name = ctx.clean(&s.name).into_owned();
        if s.dashed {
            ctx.page().patterned_line(
                (lx, base - 2.5),
                (lx + 14.0, base - 2.5),
                &[3.0, 2.0],
                1.2,
                color,
            );
        } else {
            ctx.page()
                .line((lx, base - 2.5), (lx + 14.0, base - 2.5), 1.8, color);
        }
        ctx.text(
            lx + 18.0,
            base,
            &name,
            Ink::regular(SIZE_LABEL, style::SLATE),
        );
        lx += 18.0 + fonts.width(&name, Weight::Regular, SIZE_LABEL) + 16.0;
    }
    ctx.advance(LEGEND_H);
}
