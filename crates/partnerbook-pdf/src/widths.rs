//! Table column widths sized to their content, so that no cell breaks inside a word.
//!
//! Each column is measured twice: its narrowest width (the widest single word of its
//! header and cells) and its natural width (the widest cell set on one line). When
//! every column fits at its natural width, the space left is shared by the columns'
//! relative widths; otherwise every column gets at least its narrowest width, the
//! columns that need little more get their natural width, and the rest share what
//! remains by how much they would need. Only when even the narrowest widths do not fit
//! (a single word wider than the page) are words split, as a last resort.

use super::ctx::Ctx;
use super::fonts::Weight;
use super::{Cell, Table};

/// Slack added to every measure so that a cell measured to fit does fit when wrapped.
const EPSILON: f32 = 0.05;

/// What one column's contents need, padding included.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Need {
    /// The widest unbreakable word.
    pub min: f32,
    /// The widest cell on one line.
    pub max: f32,
}

/// How a header or a cell is set: weight and size.
pub(crate) type Setting = (Weight, f32);

/// Measures every column of `t`: headers are set as `header`, a cell as `cell` says,
/// with `pad` points of padding on each side.
pub(crate) fn needs(
    ctx: &mut Ctx,
    t: &Table,
    header: Setting,
    cell: impl Fn(&Cell) -> Setting,
    pad: f32,
) -> Vec<Need> {
    let mut out: Vec<Need> = t
        .columns
        .iter()
        .map(|c| measure(ctx, &c.header, header))
        .collect();
    for row in &t.rows {
        for (need, c) in out.iter_mut().zip(&row.cells) {
            let m = measure(ctx, &c.text, cell(c));
            need.min = need.min.max(m.min);
            need.max = need.max.max(m.max);
        }
    }
    for n in &mut out {
        n.min += 2.0 * pad + EPSILON;
        n.max += 2.0 * pad + EPSILON;
    }
    out
}

/// The widest word and the widest line of `text`, without padding.
fn measure(ctx: &mut Ctx, text: &str, (weight, size): Setting) -> Need {
    let fonts = ctx.fonts;
    let clean = ctx.clean(text);
    let width = |s: &str| fonts.width(s, weight, size);
    let mut need = Need { min: 0.0, max: 0.0 };
    for line in clean.split('\n') {
        need.max = need.max.max(width(line.trim()));
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            need.min = need.min.max(width(word));
        }
    }
    need
}

/// Column widths summing to `total` for columns that need `needs` and whose
/// relative widths are `rel` (used to share space beyond what the content needs).
pub(crate) fn widths(needs: &[Need], rel: &[f32], total: f32) -> Vec<f32> {
    let min: f32 = needs.iter().map(|n| n.min).sum();
    let max: f32 = needs.iter().map(|n| n.max).sum();
    if max <= total {
        share_slack(needs, rel, total - max)
    } else if min <= total {
        fill_towards_natural(needs, total - min)
    } else {
        needs.iter().map(|n| total * n.min / min).collect()
    }
}

/// Every column at its natural width plus its relative share of `slack`.
fn share_slack(needs: &[Need], rel: &[f32], slack: f32) -> Vec<f32> {
    let weights: Vec<f32> = (0..needs.len())
        .map(|i| {
            rel.get(i)
                .copied()
                .filter(|r| r.is_finite() && *r > 0.0)
                .unwrap_or(1.0)
        })
        .collect();
    let sum: f32 = weights.iter().sum();
    needs
        .iter()
        .zip(&weights)
        .map(|(n, w)| n.max + slack * w / sum)
        .collect()
}

/// Every column at its narrowest width, then `budget` handed out: a column whose
/// extra need is at most an equal share of what is left gets its natural width
/// (smallest needs first); the others share the rest in proportion to their need.
fn fill_towards_natural(needs: &[Need], mut budget: f32) -> Vec<f32> {
    let mut w: Vec<f32> = needs.iter().map(|n| n.min).collect();
    let extra = |i: usize| (needs[i].max - needs[i].min).max(0.0);
    let mut order: Vec<usize> = (0..needs.len()).collect();
    order.sort_by(|&a, &b| extra(a).total_cmp(&extra(b)).then(a.cmp(&b)));
    let mut open: Vec<usize> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        let left = (order.len() - k) as f32;
        if extra(i) <= budget / left {
            w[i] += extra(i);
            budget -= extra(i);
        } else {
            open.push(i);
        }
    }
    let wanted: f32 = open.iter().map(|&i| extra(i)).sum();
    for &i in &open {
        w[i] += budget * extra(i) / wanted;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::{widths, Need};

    fn need(min: f32, max: f32) -> Need {
        Need { min, max }
    }

    fn close(a: &[f32], b: &[f32]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.01)
    }

    #[test]
    fn content_that_fits_keeps_its_natural_width_and_shares_the_slack() {
        let w = widths(&[need(10.0, 20.0), need(10.0, 40.0)], &[1.0, 3.0], 100.0);
        assert!(close(&w, &[30.0, 70.0]), "{w:?}");
    }

    #[test]
    fn short_columns_get_their_natural_width_before_prose_columns_grow() {
        // A label column needing 10 more points, a prose column needing 500 more.
        let w = widths(&[need(40.0, 50.0), need(60.0, 560.0)], &[1.0, 1.0], 300.0);
        assert!(close(&w, &[50.0, 250.0]), "{w:?}");
    }

    #[test]
    fn no_column_gets_less_than_its_widest_word() {
        let n = [need(30.0, 400.0), need(80.0, 90.0), need(20.0, 900.0)];
        let w = widths(&n, &[5.0, 1.0, 5.0], 200.0);
        assert!((w.iter().sum::<f32>() - 200.0).abs() < 0.01, "{w:?}");
        for (wi, ni) in w.iter().zip(&n) {
            assert!(*wi >= ni.min - 0.01, "{w:?}");
        }
    }

    #[test]
    fn words_wider_than_the_page_scale_down_as_a_last_resort() {
        let w = widths(
            &[need(300.0, 300.0), need(100.0, 100.0)],
            &[1.0, 1.0],
            200.0,
        );
        assert!(close(&w, &[150.0, 50.0]), "{w:?}");
    }
}
