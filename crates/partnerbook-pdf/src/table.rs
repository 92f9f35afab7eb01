//! Tables: columns sized to their content, wrapped cells, zebra stripes, per-cell emphasis, page breaks with
//! the header row repeated, no row split and no row stranded alone with a header.

use super::canvas::Ink;
use super::ctx::Ctx;
use super::fonts::Weight;
use super::structure::Tag;
use super::style::{self, CONTENT_W, MARGIN_X};
use super::widths;
use super::wrap::{Hyphenate, Line};
use super::{Align, Cell, PdfError, Table};

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 4.0;
const SIZE: f32 = style::SIZE_SMALL;
const HEADER_SIZE: f32 = 7.5;

fn line_h() -> f32 {
    SIZE * 1.3
}

/// A row measured for layout.
struct Prepared {
    cells: Vec<Vec<Line>>,
    height: f32,
}

struct Geometry {
    x: Vec<f32>,
    w: Vec<f32>,
    align: Vec<Align>,
}

/// Column positions and widths: sized to the content (see [`widths`]).
fn geometry(ctx: &mut Ctx, t: &Table) -> Geometry {
    let needs = widths::needs(
        ctx,
        t,
        (Weight::Bold, HEADER_SIZE),
        |c| (cell_weight(c), SIZE),
        PAD_X,
    );
    let rel: Vec<f32> = t.columns.iter().map(|c| c.width).collect();
    let w = widths::widths(&needs, &rel, CONTENT_W);
    let mut x = Vec::with_capacity(w.len());
    let mut at = MARGIN_X;
    for cw in &w {
        x.push(at);
        at += cw;
    }
    Geometry {
        x,
        w,
        align: t.columns.iter().map(|c| c.align).collect(),
    }
}

fn cell_weight(c: &Cell) -> Weight {
    if c.bold || c.tone.is_some() {
        Weight::Bold
    } else {
        Weight::Regular
    }
}

/// Wraps every cell; rows taller than `max_h` lose their last lines.
fn prepare(ctx: &mut Ctx, geo: &Geometry, cells: &[Cell], max_h: f32) -> Prepared {
    let max_lines = (((max_h - 2.0 * PAD_Y) / line_h()).floor() as usize).max(1);
    let blank = Cell::default();
    let mut wrapped = Vec::with_capacity(geo.w.len());
    let mut lines = 1;
    for (i, w) in geo.w.iter().enumerate() {
        let cell = cells.get(i).unwrap_or(&blank);
        // Columns are as wide as their widest word (see `widths`): a cell hyphenates only
        // a word wider than the column, before splitting it between characters.
        let (weight, inner) = (cell_weight(cell), w - 2.0 * PAD_X);
        let mut l = ctx.wrap_as(&cell.text, weight, SIZE, inner, Hyphenate::Overlong);
        if l.len() > max_lines {
            l.truncate(max_lines);
            if let Some(last) = l.last_mut() {
                last.text.push('…');
            }
        }
        lines = lines.max(l.len());
        wrapped.push(l);
    }
    Prepared {
        cells: wrapped,
        height: lines as f32 * line_h() + 2.0 * PAD_Y,
    }
}

fn header_lines(ctx: &mut Ctx, t: &Table, geo: &Geometry) -> (Vec<Vec<Line>>, f32) {
    let mut lines = 1;
    let cells: Vec<Vec<Line>> = t
        .columns
        .iter()
        .zip(&geo.w)
        .map(|(c, w)| {
            let inner = w - 2.0 * PAD_X;
            let l = ctx.wrap_as(
                &c.header,
                Weight::Bold,
                HEADER_SIZE,
                inner,
                Hyphenate::Overlong,
            );
            lines = lines.max(l.len());
            l
        })
        .collect();
    let h = lines as f32 * HEADER_SIZE * 1.3 + 2.0 * PAD_Y + 1.0;
    (cells, h)
}

/// A table no taller than this is never split across pages: it moves to the next page
/// whole rather than leave a few rows on a page of their own.
const KEEP_WHOLE: f32 = style::BODY_H / 4.0;

/// Height that must fit before the table may start on the current page: the whole
/// table when it is short or has three rows or fewer (two rows and one, or one and
/// two, would leave a header with a single row), else the header row plus the first
/// two rows.
fn keep_height(header_h: f32, heights: &[f32]) -> f32 {
    let whole = header_h + heights.iter().sum::<f32>();
    if whole <= KEEP_WHOLE || heights.len() <= 3 {
        whole
    } else {
        header_h + heights.iter().take(2).sum::<f32>()
    }
}

/// Row heights of `t` laid out with `geo`, and the header lines and height.
fn measure_rows(ctx: &mut Ctx, t: &Table, geo: &Geometry) -> (Vec<Prepared>, Vec<Vec<Line>>, f32) {
    let (header, header_h) = header_lines(ctx, t, geo);
    let max_row = style::BODY_H - header_h;
    let rows = t
        .rows
        .iter()
        .map(|r| prepare(ctx, geo, &r.cells, max_row))
        .collect();
    (rows, header, header_h)
}

/// Height that must fit under a heading placed before the table (see [`keep_height`]).
pub(crate) fn lead_height(ctx: &mut Ctx, t: &Table) -> f32 {
    if t.columns.is_empty() {
        return 0.0;
    }
    let geo = geometry(ctx, t);
    let (rows, _, header_h) = measure_rows(ctx, t, &geo);
    let heights: Vec<f32> = rows.iter().map(|r| r.height).collect();
    keep_height(header_h, &heights)
}

/// Splits rows into page segments: each page gets whole rows, and a segment
/// holds at least two rows unless the table has fewer, so the header (repeated on
/// every page) always stands over two rows or more. An empty first segment means the
/// table starts on the next page: the first page's room would only split it two and one.
fn plan(heights: &[f32], first_avail: f32, full_avail: f32) -> Vec<std::ops::Range<usize>> {
    let segments = split(heights, first_avail, full_avail);
    let stranded = segments.len() == 2 && segments[1].len() < 2 && segments[0].len() <= 2;
    if stranded && first_avail < full_avail - 0.01 {
        let later = split(heights, full_avail, full_avail);
        return std::iter::once(0..0).chain(later).collect();
    }
    segments
}

/// [`plan`] without moving the whole table.
fn split(heights: &[f32], first_avail: f32, full_avail: f32) -> Vec<std::ops::Range<usize>> {
    let n = heights.len();
    let mut segments = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    let mut avail = first_avail;
    for i in 0..n {
        if used + heights[i] > avail + 0.01 && i > start {
            let mut brk = i;
            if n - i == 1 && i - start >= 3 {
                brk = i - 1;
            }
            segments.push(start..brk);
            start = brk;
            used = heights[brk..i].iter().sum();
            avail = full_avail;
        }
        used += heights[i];
    }
    segments.push(start..n);
    segments
}

/// Lays out a table.
pub(crate) fn table(ctx: &mut Ctx, t: &Table) -> Result<(), PdfError> {
    if t.columns.is_empty() {
        if t.rows.iter().any(|r| !r.cells.is_empty()) {
            return Err(PdfError::Invalid("a table with rows has no columns".into()));
        }
        return Ok(());
    }
    let geo = geometry(ctx, t);
    let (rows, header, header_h) = measure_rows(ctx, t, &geo);
    let max_row = style::BODY_H - header_h;
    let heights: Vec<f32> = rows.iter().map(|r| r.height).collect();
    ctx.ensure(keep_height(header_h, &heights));
    let segments = plan(&heights, ctx.remaining() - header_h, max_row);
    let outline_level = ctx.outline_level + 1;
    // One Table element over all pages: the header row is tagged once, its
    // repetitions on later pages are artifacts.
    ctx.open(Tag::Table);
    let mut tagged_header = false;
    for (s, seg) in segments.into_iter().enumerate() {
        if s > 0 {
            ctx.new_page();
        }
        if seg.is_empty() {
            continue;
        }
        if !tagged_header {
            tagged_header = true;
            ctx.open(Tag::THead);
            ctx.open(Tag::TR);
            draw_header(ctx, &geo, &header, header_h, Some(Tag::TH));
            ctx.close();
            ctx.close();
            ctx.open(Tag::TBody);
        } else {
            ctx.artifact(|ctx| draw_header(ctx, &geo, &header, header_h, None));
        }
        for i in seg {
            let row = &rows[i];
            if let Some(title) = &t.rows[i].outline {
                ctx.bookmark(outline_level, title, (ctx.y - 24.0).max(0.0));
            }
            ctx.open(Tag::TR);
            draw_row(ctx, &geo, row, &t.rows[i].cells, i % 2 == 1);
            ctx.close();
        }
        let y = ctx.y;
        ctx.page()
            .artifact(|p| p.hline(MARGIN_X, MARGIN_X + CONTENT_W, y, 0.6, style::RULE));
    }
    ctx.close();
    ctx.close();
    Ok(())
}

/// Draws the header row; with `cell`, each column's header is a structure element
/// of that type (TH).
fn draw_header(ctx: &mut Ctx, geo: &Geometry, header: &[Vec<Line>], h: f32, cell: Option<Tag>) {
    let top = ctx.y;
    ctx.page()
        .artifact(|p| p.rect(MARGIN_X, top, CONTENT_W, h, style::NAVY));
    let ink = Ink::bold(HEADER_SIZE, style::WHITE);
    let lh = HEADER_SIZE * 1.3;
    for (c, lines) in header.iter().enumerate() {
        if let Some(tag) = cell {
            ctx.open(tag);
        }
        for (l, line) in lines.iter().enumerate() {
            let base = top + PAD_Y + 0.5 + l as f32 * lh + style::baseline_in(lh, HEADER_SIZE);
            place(ctx, geo, c, base, line, ink);
        }
        if cell.is_some() {
            ctx.close();
        }
    }
    ctx.advance(h);
}

fn draw_row(ctx: &mut Ctx, geo: &Geometry, row: &Prepared, cells: &[Cell], zebra: bool) {
    let top = ctx.y;
    if zebra {
        ctx.page()
            .artifact(|p| p.rect(MARGIN_X, top, CONTENT_W, row.height, style::ZEBRA));
    }
    let lh = line_h();
    for (c, lines) in row.cells.iter().enumerate() {
        ctx.open(Tag::TD);
        let cell = cells.get(c);
        let ink = match cell {
            Some(Cell {
                tone: Some(tone), ..
            }) => Ink::bold(SIZE, style::tone_color(*tone)),
            Some(Cell { bold: true, .. }) => Ink::bold(SIZE, style::NAVY),
            _ => Ink::regular(SIZE, style::INK),
        };
        for (l, line) in lines.iter().enumerate() {
            let base = top + PAD_Y + l as f32 * lh + style::baseline_in(lh, SIZE);
            place(ctx, geo, c, base, line, ink);
        }
        ctx.close();
    }
    ctx.advance(row.height);
}

/// Draws one line of a header or a cell in its column: a left-aligned line with its
/// hanging indent, a right-aligned one (figures, and their header over them) flush
/// against the column's right padding.
fn place(ctx: &mut Ctx, geo: &Geometry, col: usize, base: f32, line: &Line, ink: Ink) {
    let fonts = ctx.fonts;
    let (x, w) = (geo.x[col], geo.w[col]);
    let text = line.text.as_str();
    // A line break's trailing space (see `Ctx::wrap`) takes no room.
    let space = if text.ends_with(' ') {
        fonts.width(text, ink.weight, ink.size) - fonts.width(text.trim_end(), ink.weight, ink.size)
    } else {
        0.0
    };
    let page = ctx.page();
    match geo.align[col] {
        Align::Left => page.text(fonts, x + PAD_X + line.indent, base, text, ink),
        // number columns: tabular figures, so digits line up
        Align::Right => page.text_right(fonts, x + w - PAD_X + space, base, text, ink.tabular()),
        Align::Center => page.text_center(fonts, x + w / 2.0 + space / 2.0, base, text, ink),
    }
}

#[cfg(test)]
mod plan_tests {
    use super::plan;

    #[test]
    fn rows_never_split_and_last_page_keeps_two_rows() {
        // 10 rows of 10 pt; 45 pt on the first page, 30 on the others.
        let h = vec![10.0; 10];
        let segs = plan(&h, 45.0, 30.0);
        assert_eq!(segs.first(), Some(&(0..4)));
        let last = segs.last().cloned().unwrap_or(0..0);
        assert!(last.len() >= 2, "{segs:?}");
        let covered: usize = segs.iter().map(|s| s.len()).sum();
        assert_eq!(covered, 10);
    }

    #[test]
    fn a_header_never_stands_over_a_single_row() {
        // Room for two rows on the first page, the third would be alone on the next:
        // the table starts on the next page.
        let h = vec![30.0; 3];
        assert_eq!(plan(&h, 65.0, 200.0), vec![0..0, 0..3]);
        // Pages of three rows: the last page would hold one, the page before gives one up.
        assert_eq!(plan(&[40.0; 4], 130.0, 130.0), vec![0..2, 2..4]);
        let h = vec![40.0; 7];
        let segs = plan(&h, 130.0, 130.0);
        assert!(segs.iter().all(|s| s.len() >= 2), "{segs:?}");
    }

    #[test]
    fn a_single_trailing_row_pulls_its_predecessor_along() {
        let h = vec![10.0; 5];
        let segs = plan(&h, 40.0, 100.0);
        assert_eq!(segs, vec![0..3, 3..5]);
    }
}
