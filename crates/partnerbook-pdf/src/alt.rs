//! Alternate text of the drawn blocks (charts, progress bars, timelines, KPI tiles):
//! what a screen reader says instead of the drawing, built from the block's own data
//! so it carries every label and figure ("Pipeline by tier: Platinum $12.4M, Gold $8.1M").

use super::widgets::fmt_num;
use super::{BarChart, Kpi, LineChart, ProgressRow, Timeline};

/// `parts` that are not blank, trimmed and joined with `sep`.
fn join<'a>(parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

/// `title: body`, or the one that is not blank.
fn titled(title: &str, body: &str) -> String {
    let title = title.trim();
    match (title.is_empty(), body.is_empty()) {
        (true, _) => body.to_string(),
        (false, true) => title.to_string(),
        (false, false) => format!("{title}: {body}"),
    }
}

/// "Fit: P0 0, P1 10, …; B ≥ 50": every bar's label and printed value, then the
/// threshold labels.
pub(crate) fn bar_chart(c: &BarChart) -> String {
    let bars: Vec<String> = c
        .bars
        .iter()
        .map(|b| {
            let value = if b.value_text.trim().is_empty() {
                fmt_num(if b.value.is_finite() { b.value } else { 0.0 })
            } else {
                b.value_text.clone()
            };
            join([b.label.as_str(), value.as_str()], " ")
        })
        .collect();
    let thresholds = join(c.thresholds.iter().map(|t| t.label.as_str()), ", ");
    let body = join(
        [
            join(bars.iter().map(String::as_str), ", ").as_str(),
            &thresholds,
        ],
        "; ",
    );
    titled(&c.title, &body)
}

/// "Pipeline: Actual: Q1 $4M, Q2 $5M; Target: Q1 $5M": each series with its
/// points' labels and printed values.
pub(crate) fn line_chart(c: &LineChart) -> String {
    let series: Vec<String> = c
        .series
        .iter()
        .map(|s| {
            let points: Vec<String> = s
                .points
                .iter()
                .zip(&c.labels)
                .filter_map(|(p, label)| {
                    p.as_ref()
                        .map(|(_, text)| join([label.as_str(), text.as_str()], " "))
                })
                .collect();
            titled(&s.name, &join(points.iter().map(String::as_str), ", "))
        })
        .collect();
    titled(&c.title, &join(series.iter().map(String::as_str), "; "))
}

/// "KR1: 120%, 120 of 100; KR2: 40%": each bar's label, percentage and caption.
pub(crate) fn progress(rows: &[ProgressRow]) -> String {
    let rows: Vec<String> = rows
        .iter()
        .map(|r| {
            let fraction = if r.fraction.is_finite() {
                r.fraction
            } else {
                0.0
            };
            let pct = format!("{}%", (fraction * 100.0).round());
            titled(&r.label, &join([pct.as_str(), &r.caption], ", "))
        })
        .collect();
    join(rows.iter().map(String::as_str), "; ")
}

/// "Q1 2026: Launch, Pilot; Q2 2026: Scale": each column's title, subtitle and items.
pub(crate) fn timeline(t: &Timeline) -> String {
    let cols: Vec<String> = t
        .columns
        .iter()
        .map(|c| {
            let head = join([c.title.as_str(), &c.subtitle], " ");
            titled(&head, &join(c.items.iter().map(|i| i.text.as_str()), ", "))
        })
        .collect();
    join(cols.iter().map(String::as_str), "; ")
}

/// "ARR: $41M, target $60M, 68%": a tile's label, value, caption and progress.
pub(crate) fn kpi(k: &Kpi) -> String {
    let pct = k
        .progress
        .filter(|p| p.is_finite())
        .map(|p| format!("{}%", (p * 100.0).round()))
        .unwrap_or_default();
    titled(&k.label, &join([k.value.as_str(), &k.caption, &pct], ", "))
}

#[cfg(test)]
mod alt_tests {
    use crate::{Bar, BarChart, LineChart, LineSeries, Threshold};

    #[test]
    fn a_bar_chart_is_described_by_its_labels_and_values() {
        let c = BarChart {
            title: "Pipeline by tier".into(),
            bars: vec![
                Bar {
                    label: "Platinum".into(),
                    value: 12.4,
                    value_text: "$12.4M".into(),
                    tone: None,
                },
                Bar {
                    label: "Gold".into(),
                    value: 8.0,
                    ..Bar::default()
                },
            ],
            max: 0.0,
            thresholds: vec![Threshold {
                value: 10.0,
                label: "Target ≥ 10".into(),
            }],
        };
        assert_eq!(
            super::bar_chart(&c),
            "Pipeline by tier: Platinum $12.4M, Gold 8; Target ≥ 10"
        );
    }

    #[test]
    fn a_line_chart_is_described_series_by_series() {
        let c = LineChart {
            title: "Revenue".into(),
            labels: vec!["Q1".into(), "Q2".into()],
            series: vec![
                LineSeries {
                    name: "Actual".into(),
                    points: vec![Some((4.0, "$4M".into())), Some((5.0, "$5M".into()))],
                    ..LineSeries::default()
                },
                LineSeries {
                    name: "Target".into(),
                    dashed: true,
                    points: vec![None, Some((6.0, "$6M".into()))],
                    ..LineSeries::default()
                },
            ],
        };
        assert_eq!(
            super::line_chart(&c),
            "Revenue: Actual: Q1 $4M, Q2 $5M; Target: Q2 $6M"
        );
    }
}
