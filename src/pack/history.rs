//! Board pack: "Since the last board meeting" (the changes from the newest snapshot
//! to now, in business terms) and "Trend" (line charts of the snapshots and now, and
//! the table of the same numbers). Figures are `history::Snapshot`'s, formatted by
//! `history::format` as the site and `partnerbook history` show them.

use super::tables::{col, h, p, table};
use crate::history::{format as hf, History, Snapshot};
use crate::pdf::{Align, Block, Cell, LineChart, LineSeries, TextStyle, Tone};
use crate::render::ChangeReport;

/// The changes since the newest snapshot, grouped as the diff groups them (partners,
/// decisions, OKRs, roadmap, …), ending with the plan check in counts.
pub fn since_last(ch: &ChangeReport, b: &mut Vec<Block>) {
    b.push(h(1, "Since the last board meeting"));
    let lead = match &ch.rebuilt_at {
        Some(at) => format!(
            "The plan is as tagged at {at}; what moved in it since {}, the snapshot before.",
            ch.since
        ),
        None => format!("What moved in the plan from {} to this pack.", ch.since),
    };
    b.push(p(lead, TextStyle::Lead));
    if ch.sections.is_empty() {
        b.push(p("Nothing in the plan changed.", TextStyle::Muted));
    }
    for (title, lines) in &ch.sections {
        b.push(h(3, title.clone()));
        b.push(Block::Bullets(lines.clone()));
    }
}

/// Chart points on the PDF's `f32` scale.
fn on_page(points: Vec<Option<(f64, String)>>) -> Vec<Option<(f32, String)>> {
    points
        .into_iter()
        .map(|p| p.map(|(v, t)| (v as f32, t)))
        .collect()
}

fn line(name: &str, tone: Tone, points: Vec<Option<(f32, String)>>) -> LineSeries {
    LineSeries {
        name: name.into(),
        tone,
        dashed: false,
        points,
    }
}

/// A line chart, or a muted line naming the figure when no snapshot gives it.
fn chart(title: &str, rows: &[Snapshot], series: Vec<LineSeries>) -> Block {
    if series.iter().all(|s| s.points.iter().all(Option::is_none)) {
        return p(
            format!("{title}: not given in any snapshot."),
            TextStyle::Muted,
        );
    }
    Block::LineChart(LineChart {
        title: title.into(),
        labels: rows.iter().map(|s| s.label.clone()).collect(),
        series,
    })
}

/// The trend charts and their table; nothing when there is no earlier snapshot.
pub fn trend(history: &History, rows: &[Snapshot], b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    if rows.len() < 2 {
        return;
    }
    b.push(h(2, "Trend"));
    b.push(p(
        format!(
            "The plan's figures at {}, then now, read from its git history.",
            history.found.replace('`', "")
        ),
        TextStyle::Lead,
    ));
    let mut path = line(
        "Required this year (thesis path)",
        Tone::Neutral,
        on_page(hf::money_points(rows, lang, |s| {
            s.figures.required_this_year
        })),
    );
    path.dashed = true;
    b.push(chart(
        "Partner-sourced ARR against the thesis path",
        rows,
        vec![
            line(
                "Partner-sourced ARR",
                Tone::Accent,
                on_page(hf::money_points(rows, lang, |s| {
                    s.figures.partner_sourced_arr
                })),
            ),
            path,
        ],
    ));
    b.push(chart(
        "Partner pipeline",
        rows,
        vec![line(
            "Pipeline",
            Tone::Accent,
            on_page(hf::money_points(rows, lang, |s| Some(s.figures.pipeline))),
        )],
    ));
    b.push(chart(
        "Average OKR progress",
        rows,
        vec![line(
            "OKR progress",
            Tone::Good,
            on_page(hf::percent_points(rows, lang, |s| s.figures.okr_progress)),
        )],
    ));
    b.push(chart(
        "Program ROI",
        rows,
        vec![line(
            "ROI",
            Tone::Accent,
            on_page(hf::percent_points(rows, lang, |s| s.figures.roi)),
        )],
    ));
    b.push(h(3, "The numbers"));
    b.push(Block::Table(numbers(rows, lang)));
    if !history.skipped.is_empty() {
        let skipped = history
            .skipped
            .iter()
            .map(|s| format!("{}: not shown, {}", s.label, s.reason))
            .collect();
        b.push(Block::Bullets(skipped));
    }
}

fn numbers(rows: &[Snapshot], lang: &crate::i18n::Lang) -> crate::pdf::Table {
    let body = rows
        .iter()
        .map(|s| {
            let f = &s.figures;
            let check = if s.errors > 0 {
                Cell::toned(hf::check_word(s, lang), Tone::Bad)
            } else {
                Cell::text(hf::check_word(s, lang))
            };
            vec![
                Cell::text(&s.label),
                Cell::text(s.date.to_string()),
                Cell::text(hf::money(s, f.partner_sourced_arr, lang)),
                Cell::text(hf::money(s, Some(f.pipeline), lang)),
                Cell::text(hf::money(s, f.program_cost, lang)),
                Cell::text(hf::percent(f.roi, lang)),
                Cell::text(hf::percent(f.okr_progress, lang)),
                Cell::text(f.partners_by_tier.compact()),
                check,
            ]
        })
        .collect();
    table(
        vec![
            col("Snapshot", 1.3, Align::Left),
            col("Date", 1.1, Align::Left),
            col("Partner ARR", 1.0, Align::Right),
            col("Pipeline", 1.0, Align::Right),
            col("Cost", 0.9, Align::Right),
            col("ROI", 0.8, Align::Right),
            col("OKRs", 0.8, Align::Right),
            col("Tiers P/G/S/R/pr.", 1.2, Align::Left),
            col("Check", 1.1, Align::Left),
        ],
        body,
    )
}
