//! Inline SVG charts of the program economics: labelled horizontal bars for the
//! breakdowns, and the target path against the forecast. Each chart's `aria-label`
//! carries every number it draws (and the pages put the same numbers in a table beside
//! it); colours come from CSS classes so light, dark and print themes apply.

use super::svg::esc;
use crate::i18n::{args, Lang};
use crate::values::decimal2 as num;
use std::fmt::Write;

/// One bar: a label, a value on the chart's scale, the text printed after it.
pub struct HBar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

const BAR_W: f64 = 400.0;
const LABEL_W: f64 = 130.0;
const VALUE_W: f64 = 60.0;
const ROW_H: f64 = 26.0;

/// Horizontal bars scaled to the largest value; `class` colours the bars.
pub fn hbars(title: &str, bars: &[HBar], class: &str) -> String {
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let scale = if max > 0.0 { max } else { 1.0 };
    let height = ROW_H * bars.len().max(1) as f64 + 4.0;
    let numbers: Vec<String> = bars
        .iter()
        .map(|b| format!("{} {}", b.label, b.text))
        .collect();
    let mut s = format!(
        r#"<svg class="chart hbars" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        num(BAR_W),
        num(height),
        esc(&format!("{title}: {}", numbers.join(", ")))
    );
    let track = BAR_W - LABEL_W - VALUE_W;
    for (i, b) in bars.iter().enumerate() {
        let y = i as f64 * ROW_H + 4.0;
        let w = (b.value.max(0.0) / scale * track).max(if b.value > 0.0 { 1.5 } else { 0.0 });
        let _ = write!(
            s,
            r#"<text class="label" x="{lx}" y="{ty}" text-anchor="end">{label}</text><rect class="track" x="{bx}" y="{y}" width="{tw}" height="16" rx="3"/><rect class="{class}" x="{bx}" y="{y}" width="{w}" height="16" rx="3"><title>{label}: {text}</title></rect><text class="value" x="{vx}" y="{ty}">{text}</text>"#,
            lx = num(LABEL_W - 8.0),
            ty = num(y + 12.5),
            label = esc(&truncate(&b.label, 18)),
            bx = num(LABEL_W),
            y = num(y),
            tw = num(track),
            w = num(w),
            vx = num(LABEL_W + track + 6.0),
            text = esc(&b.text),
        );
    }
    s.push_str("</svg>");
    s
}

/// A label cut to `max` characters with an ellipsis (the full text is in the title).
fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

/// One point of the path chart.
pub struct PathPt {
    pub label: String,
    pub target: f64,
    pub target_text: String,
    pub forecast: Option<(f64, String)>,
}

const PATH_W: f64 = 560.0;
const PATH_H: f64 = 200.0;
const PAD_X: f64 = 48.0;
const PAD_TOP: f64 = 26.0;
const PAD_BOTTOM: f64 = 34.0;

/// The target path (a line through each year's target) and the forecast (a marker at
/// the program year), on a scale from zero to the largest value.
pub fn path_chart(l: &Lang, points: &[PathPt], forecast_on_track: bool) -> String {
    let max = points
        .iter()
        .flat_map(|p| std::iter::once(p.target).chain(p.forecast.as_ref().map(|f| f.0)))
        .fold(0.0, f64::max);
    let scale = if max > 0.0 { max } else { 1.0 };
    let n = points.len().max(2) as f64 - 1.0;
    let plot_h = PATH_H - PAD_TOP - PAD_BOTTOM;
    let x = |i: usize| PAD_X + i as f64 / n * (PATH_W - 2.0 * PAD_X);
    let y = |v: f64| PAD_TOP + plot_h - v.max(0.0) / scale * plot_h;
    let mut s = format!(
        r#"<svg class="chart path" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        num(PATH_W),
        num(PATH_H),
        esc(&path_label(l, points))
    );
    let base = PAD_TOP + plot_h;
    let _ = write!(
        s,
        r#"<line class="baseline" x1="{}" y1="{b}" x2="{}" y2="{b}"/>"#,
        num(PAD_X - 16.0),
        num(PATH_W - PAD_X + 16.0),
        b = num(base)
    );
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{},{}", num(x(i)), num(y(p.target))))
        .collect();
    let _ = write!(
        s,
        r#"<polyline class="target-line" points="{}"/>"#,
        line.join(" ")
    );
    for (i, p) in points.iter().enumerate() {
        let _ = write!(
            s,
            r#"<circle class="target-dot" cx="{cx}" cy="{cy}" r="4"><title>{tip}</title></circle><text class="value" x="{cx}" y="{ty}" text-anchor="middle">{t}</text><text class="axis" x="{cx}" y="{ay}" text-anchor="middle">{label}</text>"#,
            cx = num(x(i)),
            cy = num(y(p.target)),
            ty = num(y(p.target) - 9.0),
            ay = num(base + 18.0),
            label = esc(&p.label),
            t = esc(&p.target_text),
            tip = esc(&l.f(
                "v_chart_target_point",
                &args(&[
                    ("label", p.label.as_str().into()),
                    ("value", p.target_text.as_str().into()),
                ])
            )),
        );
    }
    forecast_marks(l, &mut s, points, forecast_on_track, x, y);
    s.push_str("</svg>");
    s
}

/// The forecast: a dashed line from now to the program year's forecast, and its marker.
fn forecast_marks(
    l: &Lang,
    s: &mut String,
    points: &[PathPt],
    on_track: bool,
    x: impl Fn(usize) -> f64,
    y: impl Fn(f64) -> f64,
) {
    let class = if on_track {
        "forecast ok"
    } else {
        "forecast behind"
    };
    let marks: Vec<(usize, f64, &str)> = points
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(i, p)| p.forecast.as_ref().map(|(v, t)| (i, *v, t.as_str())))
        .collect();
    let Some(first) = points.first() else { return };
    for (i, v, text) in marks {
        let _ = write!(
            s,
            r#"<line class="{class}" x1="{}" y1="{}" x2="{cx}" y2="{cy}"/><rect class="{class}" x="{rx}" y="{ry}" width="9" height="9" transform="rotate(45 {cx} {cy})"><title>{tip}</title></rect><text class="value {class}" x="{tx}" y="{ty}">{value}</text>"#,
            num(x(0)),
            num(y(first.target)),
            cx = num(x(i)),
            cy = num(y(v)),
            rx = num(x(i) - 4.5),
            ry = num(y(v) - 4.5),
            tx = num(x(i) + 10.0),
            ty = num(y(v) + 16.0),
            tip = esc(&l.f(
                "v_chart_forecast_point",
                &args(&[
                    ("label", points[i].label.as_str().into()),
                    ("value", text.into()),
                ])
            )),
            value = esc(&l.f("v_chart_forecast_value", &args(&[("value", text.into())]))),
        );
    }
}

fn path_label(l: &Lang, points: &[PathPt]) -> String {
    let path: Vec<String> = points
        .iter()
        .map(|p| format!("{} {}", p.label, p.target_text))
        .collect();
    let forecast: Vec<String> = points
        .iter()
        .skip(1)
        .filter_map(|p| p.forecast.as_ref().map(|f| format!("{} {}", p.label, f.1)))
        .collect();
    let sep = l.t("v_join_sep");
    if forecast.is_empty() {
        l.f("v_chart_path", &args(&[("path", path.join(&sep).into())]))
    } else {
        l.f(
            "v_chart_path_forecast",
            &args(&[
                ("path", path.join(&sep).into()),
                ("forecast", forecast.join(&sep).into()),
            ]),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_carry_their_numbers() {
        let s = hbars(
            "Pipeline by tier",
            &[
                HBar {
                    label: "Platinum".into(),
                    value: 2.0,
                    text: "$2M".into(),
                },
                HBar {
                    label: "Gold & co".into(),
                    value: 0.0,
                    text: "$0".into(),
                },
            ],
            "fill-accent",
        );
        assert!(s.contains(r#"aria-label="Pipeline by tier: Platinum $2M, Gold &amp; co $0""#));
        assert!(s.contains(r#"width="210""#), "{s}");
        assert_eq!(
            truncate("Harbor Risk Partners International", 10),
            "Harbor Ri…"
        );
    }

    #[test]
    fn the_path_names_target_and_forecast() {
        let pt = |label: &str, t: f64, f: Option<f64>| PathPt {
            label: label.into(),
            target: t,
            target_text: format!("${t}M"),
            forecast: f.map(|v| (v, format!("${v}M"))),
        };
        let en = crate::site::context::english();
        let s = path_chart(
            &en,
            &[
                pt("Now", 3.0, Some(3.0)),
                pt("End of 2027", 9.0, Some(8.0)),
                pt("End of 2028", 15.0, None),
            ],
            false,
        );
        assert!(s.contains(
            "Target path: Now $3M, End of 2027 $9M, End of 2028 $15M; forecast: End of 2027 $8M"
        ));
        assert!(s.contains("forecast behind"));
        assert_eq!(s.matches("<circle").count(), 3);
    }
}
