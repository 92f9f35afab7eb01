//! Inline SVG charts: score composition, score distribution, progress and stacked
//! bars. Colours come from CSS classes so light, dark and print themes apply; numbers
//! are formatted with fixed precision so output is byte-for-byte reproducible.
//!
//! Every chart is an `role="img"` whose `aria-label` says what it shows with its numbers
//! (the percentage of a progress bar, each segment of a stacked bar, each factor's points,
//! each bin of the histogram and the thresholds), so a reader who cannot see it loses
//! nothing.

use crate::i18n::{args, Lang};
use crate::model::Scoring;
use std::fmt::Write;

/// Escapes text for SVG/HTML content and attributes (the one HTML escaper).
pub use crate::text::escape_html as esc;

use crate::values::decimal2 as num;

/// One segment of a stacked bar.
pub struct Segment<'a> {
    pub value: f64,
    /// CSS class giving the fill colour.
    pub class: &'a str,
    /// Tooltip text.
    pub title: String,
}

/// A horizontal stacked bar scaled to `total` (or the segments' sum when larger); its
/// text alternative is `label` followed by every segment's title.
pub fn stacked_bar(segments: &[Segment], total: f64, label: &str) -> String {
    let sum: f64 = segments.iter().map(|s| s.value.max(0.0)).sum();
    let scale = total.max(sum).max(f64::EPSILON);
    let titles: Vec<&str> = segments.iter().map(|s| s.title.as_str()).collect();
    let alt = format!("{label}: {}", titles.join(", "));
    let mut s = format!(
        r#"<svg class="chart stack" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="{}"><rect class="track" x="0" y="0" width="100" height="10" rx="2"/>"#,
        esc(&alt)
    );
    let mut x = 0.0;
    for seg in segments.iter().filter(|s| s.value > 0.0) {
        let w = seg.value / scale * 100.0;
        let _ = write!(
            s,
            r#"<rect class="{}" x="{}" y="0" width="{}" height="10"><title>{}</title></rect>"#,
            seg.class,
            num(x),
            num(w),
            esc(&seg.title)
        );
        x += w;
    }
    s.push_str("</svg>");
    s
}

/// A progress bar for a fraction (0.0–1.0, clamped for drawing); its text alternative is
/// `label` and the unclamped percentage (`progress to target: 62%`).
pub fn progress(l: &Lang, fraction: f64, class: &str, label: &str) -> String {
    let alt = format!("{label}: {}", super::context::share_in(l, fraction * 100.0));
    bar(fraction, class, &alt)
}

/// A bar filled to `fraction` (clamped to 0.0–1.0) with the text alternative `alt`.
fn bar(fraction: f64, class: &str, alt: &str) -> String {
    let w = (fraction.clamp(0.0, 1.0) * 100.0 * 100.0).round() / 100.0;
    format!(
        r#"<svg class="chart progress" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="{}"><rect class="track" x="0" y="0" width="100" height="6" rx="3"/><rect class="{class}" x="0" y="0" width="{}" height="6" rx="3"/></svg>"#,
        esc(alt),
        num(w)
    )
}

/// The score as the sum of the five weighted factors, against the band thresholds.
pub fn score_composition(l: &Lang, points: &[(String, f64)], scoring: &Scoring) -> String {
    const W: f64 = 600.0;
    let x = |v: f64| v.clamp(0.0, 100.0) / 100.0 * W;
    let total: f64 = points.iter().map(|p| p.1).sum();
    let n = |v: f64| l.fmt.number_trim(v, 2);
    let shown: Vec<(String, String)> = points.iter().map(|(lb, p)| (esc(lb), n(*p))).collect();
    let factors: Vec<String> = shown
        .iter()
        .map(|(label, points)| {
            l.f(
                "v_chart_factor_points",
                &args(&[
                    ("factor", label.as_str().into()),
                    ("points", points.as_str().into()),
                ]),
            )
        })
        .collect();
    let alt = l.f(
        "v_chart_composition",
        &args(&[
            ("score", n(total).into()),
            ("factors", factors.join(&l.t("v_join_sep")).into()),
            ("secondary", n(scoring.secondary).into()),
            ("priority", n(scoring.priority).into()),
        ]),
    );
    let mut s = String::with_capacity(1600);
    let _ = write!(
        s,
        r#"<svg class="chart composition" viewBox="0 0 {w} 64" role="img" aria-label="{alt}"><rect class="track" x="0" y="14" width="{w}" height="22" rx="4"/>"#,
        w = num(W),
    );
    let mut at = 0.0;
    for (i, ((label, shown), (_, p))) in shown.iter().zip(points).enumerate() {
        let w = x(*p);
        let _ = write!(
            s,
            r#"<rect class="f{i}" x="{}" y="14" width="{}" height="22"><title>{}</title></rect>"#,
            num(at),
            num(w),
            l.f(
                "v_chart_factor_points_title",
                &args(&[
                    ("factor", label.as_str().into()),
                    ("points", shown.as_str().into()),
                ]),
            ),
        );
        at += w;
    }
    for (v, name) in [
        (scoring.secondary, l.word("band", "secondary")),
        (scoring.priority, l.word("band", "priority")),
    ] {
        let _ = write!(
            s,
            r#"<line class="threshold" x1="{x}" y1="8" x2="{x}" y2="42"/><text class="axis" x="{x}" y="56" text-anchor="middle">{name} {v}</text>"#,
            x = num(x(v)),
            name = esc(&name),
            v = n(v)
        );
    }
    s.push_str("</svg>");
    s
}

/// The distribution chart's plot width and bar-area height.
const DIST_W: f64 = 480.0;
const DIST_H: f64 = 120.0;
/// Score bins of the distribution chart: 20 bins of 5 points.
const BINS: usize = 20;

/// A histogram of scores in 5-point bins, coloured by band, with the thresholds drawn.
pub fn distribution(l: &Lang, scores: &[f64], scoring: &Scoring) -> String {
    let bins = bin_scores(scores);
    let mut s = format!(
        r#"<svg class="chart distribution" viewBox="0 0 {} {}" role="img" aria-label="{}">"#,
        num(DIST_W),
        num(DIST_H + 34.0),
        esc(&distribution_alt(l, scores.len(), &bins, scoring))
    );
    let _ = write!(
        s,
        r#"<line class="baseline" x1="0" y1="{h}" x2="{w}" y2="{h}"/>"#,
        h = num(DIST_H),
        w = num(DIST_W)
    );
    distribution_bars(l, &mut s, &bins, scoring);
    distribution_axis(&mut s);
    distribution_thresholds(l, &mut s, scoring);
    s.push_str("</svg>");
    s
}

/// The histogram in words: how many partners each non-empty bin holds, and the thresholds.
fn distribution_alt(l: &Lang, count: usize, bins: &[usize; BINS], scoring: &Scoring) -> String {
    let n = |v: f64| l.fmt.number_trim(v, 2);
    let filled: Vec<String> = bins
        .iter()
        .enumerate()
        .filter(|(_, &c)| c > 0)
        .map(|(i, &c)| {
            let lo = i as f64 * 5.0;
            format!("{}–{}: {}", n(lo), n(lo + 5.0), c)
        })
        .collect();
    let mut a = args(&[
        ("n", count.into()),
        ("secondary", n(scoring.secondary).into()),
        ("priority", n(scoring.priority).into()),
    ]);
    if filled.is_empty() {
        l.f("v_chart_distribution", &a)
    } else {
        a.set("bins", filled.join(&l.t("v_join_sep")));
        l.f("v_chart_distribution_bins", &a)
    }
}

/// How many scores fall in each 5-point bin (100 counts in the last).
fn bin_scores(scores: &[f64]) -> [usize; BINS] {
    let mut bins = [0usize; BINS];
    for &sc in scores {
        let b = ((sc.clamp(0.0, 100.0) / 5.0).floor() as usize).min(BINS - 1);
        bins[b] += 1;
    }
    bins
}

/// The band class of the bin starting at score `lo`.
fn bin_class(lo: f64, scoring: &Scoring) -> &'static str {
    if lo >= scoring.priority {
        "band-priority"
    } else if lo + 5.0 <= scoring.secondary {
        "band-opportunistic"
    } else if lo >= scoring.secondary {
        "band-secondary"
    } else {
        "band-opportunistic"
    }
}

/// One bar per non-empty bin, scaled to the fullest, with a tooltip.
fn distribution_bars(l: &Lang, s: &mut String, bins: &[usize; BINS], scoring: &Scoring) {
    let max = bins.iter().copied().max().unwrap_or(0).max(1) as f64;
    let bw = DIST_W / BINS as f64;
    for (i, &n) in bins.iter().enumerate() {
        if n == 0 {
            continue;
        }
        let lo = i as f64 * 5.0;
        let class = bin_class(lo, scoring);
        let h = n as f64 / max * (DIST_H - 16.0);
        let _ = write!(
            s,
            r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}" rx="2"><title>{}–{}: {}</title></rect>"#,
            num(i as f64 * bw + 1.5),
            num(DIST_H - h),
            num(bw - 3.0),
            num(h),
            l.fmt.number_trim(lo, 2),
            l.fmt.number_trim(lo + 5.0, 2),
            l.f("v_chart_partners", &args(&[("n", n.into())]))
        );
    }
}

/// Score labels 0, 25, 50, 75 and 100 under the bars.
fn distribution_axis(s: &mut String) {
    for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let anchor = match v as u32 {
            0 => "start",
            100 => "end",
            _ => "middle",
        };
        let _ = write!(
            s,
            r#"<text class="axis" x="{}" y="{}" text-anchor="{anchor}">{}</text>"#,
            num(v / 100.0 * DIST_W),
            num(DIST_H + 14.0),
            num(v)
        );
    }
}

/// The secondary and priority thresholds as labelled vertical lines.
fn distribution_thresholds(l: &Lang, s: &mut String, scoring: &Scoring) {
    for (v, name) in [
        (scoring.secondary, l.word("band", "secondary")),
        (scoring.priority, l.word("band", "priority")),
    ] {
        let x = num(v.clamp(0.0, 100.0) / 100.0 * DIST_W);
        let _ = write!(
            s,
            r#"<line class="threshold" x1="{x}" y1="0" x2="{x}" y2="{h}"/><text class="axis label" x="{x}" y="{y}" text-anchor="middle">{name} ≥ {v}</text>"#,
            h = num(DIST_H),
            y = num(DIST_H + 30.0),
            name = esc(&name),
            v = l.fmt.number_trim(v, 2)
        );
    }
}

/// A horizontal bar for one factor rating (0–100).
pub fn rating_bar(l: &Lang, rating: f64, class: &str) -> String {
    bar(
        rating / 100.0,
        class,
        &l.f(
            "v_chart_rating",
            &args(&[("rating", l.fmt.number_trim(rating, 2).into())]),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.0), "0");
    }

    #[test]
    fn escapes_labels() {
        let s = stacked_bar(
            &[Segment {
                value: 1.0,
                class: "a",
                title: "<b>".into(),
            }],
            2.0,
            "x\"y",
        );
        assert!(s.contains("&lt;b&gt;"));
        assert!(s.contains("x&quot;y"));
        assert!(s.contains(r#"width="50""#));
    }

    #[test]
    fn every_chart_says_its_numbers() {
        let en = crate::site::context::english();
        let bar = progress(&en, 0.625, "fill-ok", "progress to target");
        assert!(
            bar.contains(r#"aria-label="progress to target: 63%""#),
            "{bar}"
        );
        let over = progress(&en, 1.2, "fill-ok", "pipeline against target");
        assert!(over.contains("pipeline against target: 120%"), "{over}");
        assert!(rating_bar(&en, 92.0, "f0").contains(r#"aria-label="rating 92 of 100""#));
        let seg = |value: f64, title: &str| Segment {
            value,
            class: "x",
            title: title.into(),
        };
        let stack = stacked_bar(
            &[seg(3.0, "Platinum: 3"), seg(0.0, "Gold: 0")],
            3.0,
            "Partners by tier",
        );
        assert!(stack.contains(r#"aria-label="Partners by tier: Platinum: 3, Gold: 0""#));
        let points = [("ICP client overlap".to_string(), 27.6)];
        let comp = score_composition(&en, &points, &Scoring::default());
        assert!(
            comp.contains("Score 27.6 of 100: ICP client overlap 27.6 points; secondary from 50, priority from 75"),
            "{comp}"
        );
        let dist = distribution(&en, &[10.0, 12.0, 80.0], &Scoring::default());
        assert!(
            dist.contains(r#"aria-label="Scores of 3 partners in 5-point bins: 10–15: 2, 80–85: 1; secondary from 50, priority from 75""#),
            "{dist}"
        );
    }

    #[test]
    fn histogram_counts_every_score() {
        let en = crate::site::context::english();
        let s = distribution(&en, &[10.0, 12.0, 80.0, 100.0], &Scoring::default());
        assert!(s.contains("10–15: 2 partners"));
        assert!(s.contains("95–100: 1 partner<"));
        assert!(s.contains("band-priority"));
    }
}
