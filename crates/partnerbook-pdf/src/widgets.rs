//! Graphic blocks: KPI tiles, horizontal bar charts, progress bars and the
//! column timeline.

use super::canvas::Ink;
use super::ctx::Ctx;
use super::fonts::Weight;
use super::style::{self, CONTENT_W, MARGIN_X, RIGHT};
use super::{BarChart, Kpi, ProgressRow, Timeline, Tone};

/// Formats a number with at most one decimal.
pub(crate) fn fmt_num(v: f32) -> String {
    if !v.is_finite() {
        return "–".to_string();
    }
    partnerbook_base::values::fixed(f64::from(v), 1)
}

/// The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `v`.
fn nice_ceil(v: f32) -> f32 {
    if !(v.is_finite() && v > 0.0) {
        return 1.0;
    }
    let mag = 10f32.powf(v.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|c| *c >= v * 0.9999)
        .unwrap_or(10.0 * mag)
}

/// How many grid intervals divide `0..max` into readable ticks: four for a scale of 2,
/// 4 or 8 (…× 10ⁿ: 0.5, 1, 2), five otherwise (1 → 0.2, 2.5 → 0.5, 5 → 1, 100 → 20).
fn intervals(max: f32) -> usize {
    if !(max.is_finite() && max > 0.0) {
        return 4;
    }
    let mantissa = max / 10f32.powf(max.log10().floor());
    if [2.0, 4.0, 8.0].iter().any(|m| (mantissa - m).abs() < 1e-3) {
        4
    } else {
        5
    }
}

fn clamp01(v: f32) -> f32 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

// ---------------------------------------------------------------- KPI tiles

const TILE_GAP: f32 = 10.0;
const TILE_PAD: f32 = 10.0;
const CAPTION_LH: f32 = 10.0;

fn tile_columns(n: usize) -> usize {
    match n {
        0..=4 => n.max(1),
        5 | 6 | 9 => 3,
        _ => 4,
    }
}

fn tile_width(cols: usize) -> f32 {
    (CONTENT_W - TILE_GAP * (cols as f32 - 1.0)) / cols as f32
}

struct TileText {
    label: String,
    value: String,
    caption: Vec<String>,
}

fn tile_text(ctx: &mut Ctx, k: &Kpi, w: f32) -> TileText {
    let inner = w - 2.0 * TILE_PAD - 3.0;
    let fonts = ctx.fonts;
    let label = ctx.clean(&k.label).to_uppercase();
    let value = ctx.clean(&k.value).into_owned();
    let mut caption = ctx.wrap(&k.caption, Weight::Regular, 7.5, inner);
    caption.truncate(2);
    TileText {
        label: fonts.fit(&label, Weight::Bold, 6.8, inner),
        value: fonts.fit(&value, Weight::Bold, style::SIZE_KPI, inner),
        caption,
    }
}

fn tile_height(t: &TileText, k: &Kpi) -> f32 {
    let caption = t.caption.len().max(1) as f32 * CAPTION_LH;
    let bar = if k.progress.is_some() { 11.0 } else { 0.0 };
    2.0 * TILE_PAD + 12.0 + 26.0 + caption + bar
}

/// Height of the first row of tiles.
pub(crate) fn kpi_first_row_height(ctx: &mut Ctx, tiles: &[Kpi]) -> f32 {
    let cols = tile_columns(tiles.len());
    let w = tile_width(cols);
    tiles
        .iter()
        .take(cols)
        .map(|k| {
            let t = tile_text(ctx, k, w);
            tile_height(&t, k)
        })
        .fold(0.0, f32::max)
}

/// Lays out KPI tiles in rows.
pub(crate) fn kpi_tiles(ctx: &mut Ctx, tiles: &[Kpi]) {
    let cols = tile_columns(tiles.len());
    let w = tile_width(cols);
    for (r, row) in tiles.chunks(cols).enumerate() {
        let texts: Vec<TileText> = row.iter().map(|k| tile_text(ctx, k, w)).collect();
        let h = texts
            .iter()
            .zip(row)
            .map(|(t, k)| tile_height(t, k))
            .fold(0.0, f32::max);
        if r > 0 {
            ctx.space(TILE_GAP);
        }
        ctx.ensure(h);
        let top = ctx.y;
        for (i, (t, k)) in texts.iter().zip(row).enumerate() {
            let x = MARGIN_X + i as f32 * (w + TILE_GAP);
            draw_tile(ctx, (x, top, w, h), t, k);
        }
        ctx.advance(h);
    }
}

fn draw_tile(ctx: &mut Ctx, (x, top, w, h): (f32, f32, f32, f32), t: &TileText, k: &Kpi) {
    let strong = style::tone_color(k.tone);
    ctx.page().artifact(|page| {
        page.round_rect(x, top, w, h, 3.0, style::TINT);
        page.rect(x, top, 3.0, h, strong);
    });
    ctx.open_figure(super::alt::kpi(k));
    let tx = x + 3.0 + TILE_PAD;
    let inner = w - 2.0 * TILE_PAD - 3.0;
    let mut y = top + TILE_PAD;
    ctx.text(tx, y + 7.0, &t.label, Ink::bold(6.8, style::MUTED));
    y += 12.0;
    ctx.text(
        tx,
        y + 19.0,
        &t.value,
        Ink::bold(style::SIZE_KPI, style::NAVY),
    );
    y += 26.0;
    for line in &t.caption {
        ctx.text(tx, y + 7.5, line, Ink::regular(7.5, style::SLATE));
        y += CAPTION_LH;
    }
    if let Some(p) = k.progress {
        let bar_y = top + h - TILE_PAD - 3.5;
        let page = ctx.page();
        page.round_rect(tx, bar_y, inner, 3.5, 1.75, style::HAIR);
        page.round_rect(tx, bar_y, inner * clamp01(p), 3.5, 1.75, strong);
    }
    ctx.close();
}

// ---------------------------------------------------------------- bar chart

const BAR_ROW: f32 = 16.0;
const BAR_H: f32 = 9.0;
const VALUE_W: f32 = 40.0;

struct ChartFrame {
    label_w: f32,
    /// Room right of the longest bar for its value.
    value_w: f32,
    x0: f32,
    span: f32,
    max: f32,
    head: f32,
}

fn chart_frame(ctx: &mut Ctx, c: &BarChart) -> ChartFrame {
    let fonts = ctx.fonts;
    let widest = c
        .bars
        .iter()
        .map(|b| fonts.width(&b.label, Weight::Regular, SIZE_LABEL))
        .fold(0.0, f32::max);
    let label_w = (widest + 10.0).clamp(60.0, CONTENT_W * 0.32);
    // the widest value fits beside a full-length bar (`¥1,503.3万`, `$12.4M`)
    let widest_value = c
        .bars
        .iter()
        .map(|b| fonts.width(&b.value_text, Weight::Bold, 7.5))
        .fold(0.0, f32::max);
    let value_w = (widest_value + 8.0).clamp(VALUE_W, CONTENT_W * 0.2);
    let x0 = MARGIN_X + label_w;
    let span = RIGHT - value_w - x0;
    let data_max = c
        .bars
        .iter()
        .map(|b| b.value)
        .filter(|v| v.is_finite())
        .fold(0.0, f32::max);
    let max = if c.max.is_finite() && c.max > 0.0 {
        c.max
    } else {
        nice_ceil(data_max)
    };
    let mut head = if c.title.trim().is_empty() { 0.0 } else { 18.0 };
    if !c.thresholds.is_empty() {
        head += 13.0;
    }
    ChartFrame {
        label_w,
        value_w,
        x0,
        span,
        max,
        head,
    }
}

const SIZE_LABEL: f32 = 8.0;
const AXIS_H: f32 = 14.0;

/// Height of the chart's top part and first three bars.
pub(crate) fn bar_chart_lead(ctx: &mut Ctx, c: &BarChart) -> f32 {
    let f = chart_frame(ctx, c);
    let total = f.head + BAR_ROW * c.bars.len() as f32 + AXIS_H + 4.0;
    // a chart that fits a page moves whole, so what follows a heading is all of it
    if total <= style::BODY_H {
        total
    } else {
        f.head + BAR_ROW * c.bars.len().min(3) as f32 + AXIS_H
    }
}

/// Lays out a horizontal bar chart; a chart taller than the space left
/// continues on the next page with its threshold labels repeated.
pub(crate) fn bar_chart(ctx: &mut Ctx, c: &BarChart) {
    let f = chart_frame(ctx, c);
    let lead = bar_chart_lead(ctx, c);
    ctx.ensure(lead);
    ctx.open_figure(super::alt::bar_chart(c));
    let mut i = 0;
    loop {
        chart_head(ctx, c, &f);
        let fit = ((ctx.remaining() - AXIS_H - 4.0) / BAR_ROW)
            .floor()
            .max(1.0) as usize;
        let take = fit.min(c.bars.len() - i);
        let top = ctx.y;
        ctx.artifact(|ctx| chart_grid(ctx, c, &f, top, take as f32 * BAR_ROW));
        for (r, bar) in c.bars[i..i + take].iter().enumerate() {
            chart_bar(ctx, &f, top + r as f32 * BAR_ROW, bar);
        }
        ctx.advance(take as f32 * BAR_ROW);
        chart_axis(ctx, &f);
        i += take;
        if i >= c.bars.len() {
            break;
        }
        ctx.new_page();
    }
    ctx.close();
}

fn chart_head(ctx: &mut Ctx, c: &BarChart, f: &ChartFrame) {
    if !c.title.trim().is_empty() {
        let title = ctx.clean(&c.title).into_owned();
        let fonts = ctx.fonts;
        let title = fonts.fit(&title, Weight::Bold, 9.0, CONTENT_W);
        let base = ctx.y + 11.0;
        ctx.text(MARGIN_X, base, &title, Ink::bold(9.0, style::NAVY));
        ctx.advance(18.0);
    }
    if !c.thresholds.is_empty() {
        let fonts = ctx.fonts;
        let base = ctx.y + 8.0;
        for t in &c.thresholds {
            let label = ctx.clean(&t.label).into_owned();
            let x = f.x0 + f.span * clamp01(t.value / f.max);
            let w = fonts.width(&label, Weight::Bold, 6.8);
            let lx = (x - w / 2.0).clamp(f.x0, RIGHT - w);
            ctx.text(lx, base, &label, Ink::bold(6.8, style::SLATE));
        }
        ctx.advance(13.0);
    }
}

fn chart_grid(ctx: &mut Ctx, c: &BarChart, f: &ChartFrame, top: f32, h: f32) {
    let page = ctx.page();
    let n = intervals(f.max);
    for q in 1..=n {
        let x = f.x0 + f.span * q as f32 / n as f32;
        page.line((x, top), (x, top + h), 0.4, style::HAIR);
    }
    for t in &c.thresholds {
        let x = f.x0 + f.span * clamp01(t.value / f.max);
        page.patterned_line((x, top - 2.0), (x, top + h), &[2.5, 2.0], 0.8, style::SLATE);
    }
    page.line((f.x0, top), (f.x0, top + h), 0.8, style::RULE);
}

fn chart_bar(ctx: &mut Ctx, f: &ChartFrame, top: f32, bar: &super::Bar) {
    let fonts = ctx.fonts;
    let label = ctx.clean(&bar.label).into_owned();
    let label = fonts.fit(&label, Weight::Regular, SIZE_LABEL, f.label_w - 10.0);
    let base = top + style::baseline_in(BAR_ROW, SIZE_LABEL);
    ctx.text(MARGIN_X, base, &label, Ink::regular(SIZE_LABEL, style::INK));
    let value = if bar.value.is_finite() {
        bar.value
    } else {
        0.0
    };
    let w = f.span * clamp01(value / f.max);
    let color = style::tone_color(bar.tone.unwrap_or(Tone::Accent));
    let bar_top = top + (BAR_ROW - BAR_H) / 2.0;
    ctx.page().rect(f.x0, bar_top, w, BAR_H, color);
    let text = if bar.value_text.trim().is_empty() {
        fmt_num(value)
    } else {
        ctx.clean(&bar.value_text).into_owned()
    };
    let text = fonts.fit(&text, Weight::Bold, 7.5, f.value_w - 4.0);
    let text_w = fonts.width(&text, Weight::Bold, 7.5);
    // Keep grid and threshold lines from running through the value.
    ctx.page()
        .rect(f.x0 + w + 1.5, bar_top, text_w + 5.0, BAR_H, style::WHITE);
    ctx.text(f.x0 + w + 4.0, base, &text, Ink::bold(7.5, style::NAVY));
}

fn chart_axis(ctx: &mut Ctx, f: &ChartFrame) {
    let y = ctx.y;
    let fonts = ctx.fonts;
    let ink = Ink::regular(6.8, style::MUTED);
    let page = ctx.page();
    page.hline(f.x0, f.x0 + f.span, y, 0.6, style::RULE);
    let n = intervals(f.max);
    for q in 0..=n {
        let x = f.x0 + f.span * q as f32 / n as f32;
        let label = fmt_num(f.max * q as f32 / n as f32);
        page.text_center(fonts, x, y + 9.0, &label, ink);
    }
    ctx.advance(AXIS_H);
}

// ---------------------------------------------------------------- progress

const PCT_W: f32 = 44.0;
const TRACK_H: f32 = 7.0;

struct ProgressText {
    label: Vec<String>,
    caption: Vec<String>,
}

fn progress_geometry() -> (f32, f32, f32) {
    let label_w = CONTENT_W * 0.34;
    let bar_x = MARGIN_X + label_w + 10.0;
    let bar_w = RIGHT - PCT_W - bar_x;
    (label_w, bar_x, bar_w)
}

fn progress_text(ctx: &mut Ctx, r: &ProgressRow) -> (ProgressText, f32) {
    let (label_w, _, bar_w) = progress_geometry();
    let label = ctx.wrap(&r.label, Weight::Regular, 8.5, label_w);
    let caption = if r.caption.trim().is_empty() {
        Vec::new()
    } else {
        ctx.wrap(&r.caption, Weight::Regular, 7.5, bar_w)
    };
    let left = label.len() as f32 * 11.5;
    let right = 3.0 + TRACK_H + 3.0 + caption.len() as f32 * 9.5;
    let h = left.max(right) + 8.0;
    (ProgressText { label, caption }, h)
}

/// Height of the first two progress rows.
pub(crate) fn progress_lead(ctx: &mut Ctx, rows: &[ProgressRow]) -> f32 {
    rows.iter().take(2).map(|r| progress_text(ctx, r).1).sum()
}

/// Lays out progress bars with labels, percentages and captions.
pub(crate) fn progress(ctx: &mut Ctx, rows: &[ProgressRow]) {
    let (_, bar_x, bar_w) = progress_geometry();
    ctx.open_figure(super::alt::progress(rows));
    for r in rows {
        let (t, h) = progress_text(ctx, r);
        ctx.ensure(h);
        let top = ctx.y + 4.0;
        let first = top + 2.5 + TRACK_H / 2.0 + 8.5 * 0.36;
        for (i, line) in t.label.iter().enumerate() {
            let base = first + i as f32 * 11.5;
            ctx.text(MARGIN_X, base, line, Ink::regular(8.5, style::INK));
        }
        let fraction = if r.fraction.is_finite() {
            r.fraction
        } else {
            0.0
        };
        let color = style::tone_color(r.tone.unwrap_or(Tone::Accent));
        let track_y = top + 2.5;
        let page = ctx.page();
        page.round_rect(bar_x, track_y, bar_w, TRACK_H, 3.5, style::HAIR);
        page.round_rect(
            bar_x,
            track_y,
            bar_w * clamp01(fraction),
            TRACK_H,
            3.5,
            color,
        );
        let pct = format!("{}%", (fraction * 100.0).round());
        let fonts = ctx.fonts;
        let ink = Ink::bold(8.5, style::NAVY);
        ctx.page().text_right(fonts, RIGHT, first, &pct, ink);
        for (i, line) in t.caption.iter().enumerate() {
            let base = track_y + TRACK_H + 3.0 + i as f32 * 9.5 + 7.0;
            ctx.text(bar_x, base, line, Ink::regular(7.5, style::MUTED));
        }
        ctx.advance(h);
        let y = ctx.y;
        ctx.page()
            .artifact(|p| p.hline(MARGIN_X, RIGHT, y, 0.4, style::HAIR));
    }
    ctx.close();
}

// ---------------------------------------------------------------- timeline

const COL_GAP: f32 = 8.0;
const ITEM_SIZE: f32 = 8.0;
const ITEM_LH: f32 = 10.4;
const ITEM_GAP: f32 = 7.0;

struct TimelineCol {
    title: Vec<String>,
    subtitle: Vec<String>,
    items: Vec<(Vec<String>, Tone, f32)>,
}

fn timeline_cols(ctx: &mut Ctx, t: &Timeline) -> (Vec<TimelineCol>, f32, f32) {
    let n = t.columns.len().max(1);
    let w = (CONTENT_W - COL_GAP * (n as f32 - 1.0)) / n as f32;
    let cols: Vec<TimelineCol> = t
        .columns
        .iter()
        .map(|c| {
            let title = ctx.wrap(&c.title, Weight::Bold, 10.0, w - 16.0);
            let subtitle = if c.subtitle.trim().is_empty() {
                Vec::new()
            } else {
                ctx.wrap(&c.subtitle, Weight::Regular, 7.5, w - 16.0)
            };
            let items = c
                .items
                .iter()
                .map(|i| {
                    let lines = ctx.wrap(&i.text, Weight::Regular, ITEM_SIZE, w - 22.0);
                    let h = lines.len() as f32 * ITEM_LH + ITEM_GAP;
                    (lines, i.tone, h)
                })
                .collect();
            TimelineCol {
                title,
                subtitle,
                items,
            }
        })
        .collect();
    let head = cols
        .iter()
        .map(|c| 14.0 + c.title.len() as f32 * 13.0 + c.subtitle.len() as f32 * 10.0)
        .fold(0.0, f32::max)
        + 6.0;
    (cols, w, head)
}

/// Height of the column headers and the tallest first item.
pub(crate) fn timeline_lead(ctx: &mut Ctx, t: &Timeline) -> f32 {
    let (cols, _, head) = timeline_cols(ctx, t);
    let first = cols
        .iter()
        .filter_map(|c| c.items.first().map(|i| i.2))
        .fold(0.0, f32::max);
    head + first + 6.0
}

/// Lays out the timeline: columns side by side, each with its items; when
/// the items do not fit, they continue under repeated headers on the next page.
pub(crate) fn timeline(ctx: &mut Ctx, t: &Timeline) {
    if t.columns.is_empty() {
        return;
    }
    let (cols, w, head) = timeline_cols(ctx, t);
    let lead = timeline_lead(ctx, t);
    let total = head
        + cols
            .iter()
            .map(|c| c.items.iter().map(|i| i.2).sum::<f32>())
            .fold(0.0, f32::max)
        + 6.0;
    ctx.ensure(if total <= style::BODY_H { total } else { lead });
    ctx.open_figure(super::alt::timeline(t));
    let mut next = vec![0usize; cols.len()];
    loop {
        let top = ctx.y;
        let avail = ctx.remaining() - head - 6.0;
        let mut tallest: f32 = 0.0;
        let mut placed = vec![0usize; cols.len()];
        for (c, col) in cols.iter().enumerate() {
            let mut used = 0.0;
            for item in &col.items[next[c]..] {
                if used + item.2 > avail && (used > 0.0 || !ctx.fresh) {
                    break;
                }
                used += item.2;
                placed[c] += 1;
            }
            tallest = tallest.max(used);
        }
        let body = tallest + 6.0;
        for (c, col) in cols.iter().enumerate() {
            let x = MARGIN_X + c as f32 * (w + COL_GAP);
            draw_column(
                ctx,
                (x, top, w),
                head,
                body,
                col,
                next[c]..next[c] + placed[c],
            );
            next[c] += placed[c];
        }
        ctx.advance(head + body);
        if cols.iter().zip(&next).all(|(c, n)| *n >= c.items.len()) {
            break;
        }
        ctx.new_page();
    }
    ctx.close();
}

fn draw_column(
    ctx: &mut Ctx,
    (x, top, w): (f32, f32, f32),
    head: f32,
    body: f32,
    col: &TimelineCol,
    items: std::ops::Range<usize>,
) {
    ctx.page().artifact(|page| {
        page.round_rect(x, top, w, head + body, 3.0, style::TINT);
        page.rect(x, top, w, 3.0, style::NAVY);
    });
    let mut y = top + 14.0;
    for line in &col.title {
        ctx.text(x + 8.0, y + 4.0, line, Ink::bold(10.0, style::NAVY));
        y += 13.0;
    }
    for line in &col.subtitle {
        ctx.text(x + 8.0, y + 2.0, line, Ink::regular(7.5, style::MUTED));
        y += 10.0;
    }
    let rule = top + head - 2.0;
    ctx.page()
        .artifact(|p| p.hline(x + 8.0, x + w - 8.0, rule, 0.5, style::RULE));
    let mut y = top + head + 4.0;
    for (lines, tone, h) in &col.items[items] {
        let base = y + style::baseline_in(ITEM_LH, ITEM_SIZE);
        let color = style::tone_color(*tone);
        ctx.page()
            .dot(x + 11.0, base - ITEM_SIZE * 0.35, 2.6, color);
        for (i, line) in lines.iter().enumerate() {
            let ink = Ink::regular(ITEM_SIZE, style::INK);
            ctx.text(x + 18.0, base + i as f32 * ITEM_LH, line, ink);
        }
        y += h;
    }
}

#[cfg(test)]
mod scale_tests {
    #[test]
    fn axis_ticks_are_round_numbers() {
        for (max, n) in [
            (100.0, 5),
            (2.5, 5),
            (25.0, 5),
            (2.0, 4),
            (20.0, 4),
            (1.0, 5),
            (5.0, 5),
        ] {
            assert_eq!(super::intervals(max), n, "{max}");
            let step = max / n as f32;
            assert_eq!(
                super::fmt_num(step).parse::<f32>().ok(),
                Some(step),
                "{max}"
            );
        }
    }

    #[test]
    fn nice_ceil_rounds_up_to_a_readable_scale() {
        assert_eq!(super::nice_ceil(99.0), 100.0);
        assert_eq!(super::nice_ceil(100.0), 100.0);
        assert_eq!(super::nice_ceil(0.42), 0.5);
        assert_eq!(super::nice_ceil(1700.0), 2000.0);
        assert_eq!(super::nice_ceil(0.0), 1.0);
    }
}
