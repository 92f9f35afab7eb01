//! Inline SVG charts of the plan's history: lines over the snapshots (partner-sourced
//! ARR against the thesis path, pipeline, OKR progress, ROI, a partner's score) and
//! stacked columns of partners by tier. As in `charts`, each chart's `aria-label`
//! carries every number it draws, the page shows the same numbers in a table, and the
//! colours come from CSS classes.

use super::svg::esc;
use crate::i18n::Lang;
use crate::model::{TierLevel, TierName};
use std::fmt::Write;

/// A coordinate with at most one decimal (`12`, `12.5`, `-3.2`): one chart per
/// partner page draws many, so this is integer arithmetic, not a decimal formatter.
fn num(v: f64) -> String {
    let tenths = (v * 10.0).round();
    if !tenths.is_finite() {
        return "0".into();
    }
    let t = tenths as i64;
    let (sign, t) = if t < 0 { ("-", -t) } else { ("", t) };
    match t % 10 {
        0 => format!("{sign}{}", t / 10),
        d => format!("{sign}{}.{d}", t / 10),
    }
}

/// One line: its name (for the legend and labels), a CSS class (`s-accent`, `s-ok`,
/// `s-muted`: a dashed reference line), and a value with its text per snapshot.
pub struct Series {
    pub name: String,
    pub class: &'static str,
    pub points: Vec<Option<(f64, String)>>,
}

/// The drawing size: the full chart, or a small one beside a partner's table.
#[derive(Clone, Copy)]
pub struct Size {
    pub w: f64,
    pub h: f64,
}

pub const WIDE: Size = Size { w: 560.0, h: 210.0 };
pub const SMALL: Size = Size { w: 320.0, h: 130.0 };

const PAD_X: f64 = 44.0;
const PAD_TOP: f64 = 24.0;
const PAD_BOTTOM: f64 = 30.0;

/// The value range to draw: from zero (or the lowest value, when negative) to the
/// highest.
fn range(series: &[Series]) -> (f64, f64) {
    let values = series
        .iter()
        .flat_map(|s| s.points.iter().flatten().map(|p| p.0))
        .filter(|v| v.is_finite());
    let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if hi - lo > 0.0 {
        (lo, hi)
    } else {
        (lo, lo + 1.0)
    }
}

/// Lines over the snapshots `labels`; the first series' values are printed above
/// its points, every point has a tooltip.
pub fn lines(title: &str, labels: &[String], series: &[Series], size: Size) -> String {
    let (lo, hi) = range(series);
    let n = labels.len().max(2) as f64 - 1.0;
    let plot_h = size.h - PAD_TOP - PAD_BOTTOM;
    let x = |i: usize| {
        if labels.len() == 1 {
            size.w / 2.0
        } else {
            PAD_X + i as f64 / n * (size.w - 2.0 * PAD_X)
        }
    };
    let y = |v: f64| PAD_TOP + plot_h - (v - lo) / (hi - lo) * plot_h;
    let mut s = format!(
        r#"<svg class="chart trend" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        num(size.w),
        num(size.h),
        esc(&aria(title, labels, series))
    );
    let _ = write!(
        s,
        r#"<line class="baseline" x1="{}" y1="{b}" x2="{}" y2="{b}"/>"#,
        num(PAD_X - 14.0),
        num(size.w - PAD_X + 14.0),
        b = num(y(0.0))
    );
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            s,
            r#"<text class="axis" x="{}" y="{}" text-anchor="middle">{}</text>"#,
            num(x(i)),
            num(size.h - 8.0),
            esc(label)
        );
    }
    for (k, line) in series.iter().enumerate() {
        draw_series(&mut s, line, labels, k == 0, (&x, &y));
    }
    s.push_str("</svg>");
    s
}

type Scales<'a> = (&'a dyn Fn(usize) -> f64, &'a dyn Fn(f64) -> f64);

fn draw_series(s: &mut String, line: &Series, labels: &[String], values: bool, (x, y): Scales) {
    let pts: Vec<(usize, f64, &str)> = line
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.as_ref().map(|(v, t)| (i, *v, t.as_str())))
        .filter(|p| p.1.is_finite())
        .collect();
    if pts.len() > 1 {
        let path: Vec<String> = pts
            .iter()
            .map(|&(i, v, _)| format!("{},{}", num(x(i)), num(y(v))))
            .collect();
        let _ = write!(
            s,
            r#"<polyline class="line {}" points="{}"/>"#,
            line.class,
            path.join(" ")
        );
    }
    for &(i, v, text) in &pts {
        let label = labels.get(i).map_or("", String::as_str);
        let _ = write!(
            s,
            r#"<circle class="dot {}" cx="{}" cy="{}" r="3.5"><title>{}: {} {}</title></circle>"#,
            line.class,
            num(x(i)),
            num(y(v)),
            esc(label),
            esc(&line.name),
            esc(text)
        );
        if values {
            let _ = write!(
                s,
                r#"<text class="value" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                num(x(i)),
                num(y(v) - 9.0),
                esc(text)
            );
        }
    }
}

fn aria(title: &str, labels: &[String], series: &[Series]) -> String {
    let parts: Vec<String> = series
        .iter()
        .map(|line| {
            let pts: Vec<String> = line
                .points
                .iter()
                .zip(labels)
                .filter_map(|(p, l)| p.as_ref().map(|(_, t)| format!("{l} {t}")))
                .collect();
            format!("{}: {}", line.name, pts.join(", "))
        })
        .collect();
    format!("{title}. {}", parts.join("; "))
}

/// The CSS class that colours a tier (`tier-gold`).
pub fn tier_class(t: TierLevel) -> &'static str {
    match t {
        TierLevel::Tier(TierName::Platinum) => "tier-platinum",
        TierLevel::Tier(TierName::Gold) => "tier-gold",
        TierLevel::Tier(TierName::Silver) => "tier-silver",
        TierLevel::Tier(TierName::Registered) => "tier-registered",
        TierLevel::Prospect => "tier-prospect",
    }
}

/// Partners by tier as one stacked column per snapshot, platinum at the bottom.
pub fn tier_columns(l: &Lang, labels: &[String], counts: &[[(TierLevel, usize); 5]]) -> String {
    let word = |t: TierLevel| l.word("tier", t.as_str());
    let size = WIDE;
    let max = counts
        .iter()
        .map(|c| c.iter().map(|(_, n)| n).sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let plot_h = size.h - PAD_TOP - PAD_BOTTOM;
    let slot = (size.w - 2.0 * PAD_X) / labels.len().max(1) as f64;
    let col_w = (slot * 0.5).min(44.0);
    let summary: Vec<String> = labels
        .iter()
        .zip(counts)
        .map(|(l, c)| {
            let each: Vec<String> = c.iter().map(|(t, n)| format!("{} {n}", word(*t))).collect();
            format!("{l}: {}", each.join(", "))
        })
        .collect();
    let mut s = format!(
        r#"<svg class="chart trend" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        num(size.w),
        num(size.h),
        esc(&format!(
            "{}. {}",
            l.t("v_partners_by_tier"),
            summary.join("; ")
        ))
    );
    let base = PAD_TOP + plot_h;
    for (i, (label, c)) in labels.iter().zip(counts).enumerate() {
        let cx = PAD_X + slot * (i as f64 + 0.5);
        let mut top = base;
        for &(tier, n) in c {
            let class = tier_class(tier);
            if n == 0 {
                continue;
            }
            let h = n as f64 / max * plot_h;
            top -= h;
            let _ = write!(
                s,
                r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}"><title>{}: {n} {}</title></rect>"#,
                num(cx - col_w / 2.0),
                num(top),
                num(col_w),
                num(h),
                esc(label),
                esc(&word(tier))
            );
        }
        let total: usize = c.iter().map(|(_, n)| n).sum();
        let _ = write!(
            s,
            r#"<text class="value" x="{x}" y="{}" text-anchor="middle">{total}</text><text class="axis" x="{x}" y="{}" text-anchor="middle">{}</text>"#,
            num(top - 6.0),
            num(size.h - 8.0),
            esc(label),
            x = num(cx),
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Vec<String> {
        vec!["2026-Q2".into(), "2026-Q3".into(), "now".into()]
    }

    #[test]
    fn lines_carry_every_number_and_skip_gaps() {
        let s = lines(
            "Partner-sourced ARR",
            &labels(),
            &[
                Series {
                    name: "ARR".into(),
                    class: "s-accent",
                    points: vec![
                        Some((1.0e6, "$1M".into())),
                        None,
                        Some((2.5e6, "$2.5M".into())),
                    ],
                },
                Series {
                    name: "thesis path".into(),
                    class: "s-muted",
                    points: vec![Some((3.0e6, "$3M".into())); 3],
                },
            ],
            WIDE,
        );
        assert!(s.contains("ARR: 2026-Q2 $1M, now $2.5M"), "{s}");
        assert!(s.contains("thesis path: 2026-Q2 $3M, 2026-Q3 $3M, now $3M"));
        assert_eq!(s.matches("<polyline").count(), 2);
        assert_eq!(s.matches("<circle").count(), 5);
    }

    #[test]
    fn negative_values_stay_inside_the_chart() {
        let s = lines(
            "ROI",
            &labels(),
            &[Series {
                name: "ROI".into(),
                class: "s-accent",
                points: vec![
                    Some((-40.0, "-40%".into())),
                    Some((10.0, "10%".into())),
                    Some((25.0, "25%".into())),
                ],
            }],
            SMALL,
        );
        let ys: Vec<f64> = s
            .split("cy=\"")
            .skip(1)
            .filter_map(|p| p.split('"').next()?.parse().ok())
            .collect();
        assert!(ys.iter().all(|y| *y >= 0.0 && *y <= SMALL.h), "{ys:?}");
    }

    #[test]
    fn coordinates_have_one_decimal() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(-3.25), "-3.3");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn columns_stack_the_tiers() {
        let levels = crate::history::ByTier::LEVELS;
        let at = |n: [usize; 5]| {
            let mut i = 0;
            levels.map(|l| {
                i += 1;
                (l, n[i - 1])
            })
        };
        let s = tier_columns(
            &crate::site::context::english(),
            &labels(),
            &[
                at([1, 2, 0, 3, 4]),
                at([1, 3, 1, 3, 4]),
                at([2, 3, 1, 3, 2]),
            ],
        );
        assert!(s.contains("2026-Q2: Platinum 1, Gold 2, Silver 0, Registered 3, Prospect 4"));
        assert_eq!(s.matches("<rect").count(), 14);
    }
}
