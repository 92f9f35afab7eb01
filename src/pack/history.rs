//! Board pack: "Since the last board meeting" (the changes from the newest snapshot
//! to now, in business terms) and "Trend" (line charts of the snapshots and now, and
//! the table of the same numbers). Figures are `history::Snapshot`'s, formatted by
//! `history::format` as the site and `partnerbook history` show them.

use super::tables::{col, h, p, table};
use crate::history::{format as hf, History, Snapshot};
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::pdf::{Align, Block, Cell, LineChart, LineSeries, TextStyle, Tone};
use crate::render::ChangeReport;

/// The changes since the newest snapshot, grouped as the diff groups them (partners,
/// decisions, OKRs, roadmap, …), ending with the plan check in counts.
pub fn since_last(ch: &ChangeReport, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(1, lang.t("pack_since_title")));
    let lead = match &ch.rebuilt_at {
        Some(at) => lang.f(
            "pack_since_lead_tagged",
            &args(&[
                ("at", at.as_str().into()),
                ("since", ch.since.as_str().into()),
            ]),
        ),
        None => lang.f(
            "pack_since_lead",
            &args(&[("since", ch.since.as_str().into())]),
        ),
    };
    b.push(p(lead, TextStyle::Lead));
    if ch.sections.is_empty() {
        b.push(p(lang.t("pack_since_none"), TextStyle::Muted));
    }
    for (title, lines) in &ch.sections {
        b.push(h(3, title.clone()));
        b.push(Block::Bullets(lines.clone()));
    }
}

/// Chart points on the PDF's `f32` scale.
pub(crate) fn on_page(points: Vec<Option<(f64, String)>>) -> Vec<Option<(f32, String)>> {
    points
        .into_iter()
        .map(|p| p.map(|(v, t)| (v as f32, t)))
        .collect()
}

pub(crate) fn line(name: &str, tone: Tone, points: Vec<Option<(f32, String)>>) -> LineSeries {
    LineSeries {
        name: name.into(),
        tone,
        dashed: false,
        points,
    }
}

/// A line chart, or a muted line naming the figure when no snapshot gives it.
pub(crate) fn chart(lang: &Lang, title: &str, rows: &[Snapshot], series: Vec<LineSeries>) -> Block {
    if series.iter().all(|s| s.points.iter().all(Option::is_none)) {
        return p(
            lang.f("pack_trend_not_given", &args(&[("figure", title.into())])),
            TextStyle::Muted,
        );
    }
    Block::LineChart(LineChart {
        title: title.into(),
        labels: rows
            .iter()
            .map(|s| crate::render::reasons::snapshot_label(s, lang))
            .collect(),
        series,
    })
}

/// The trend charts and their table; nothing when there is no earlier snapshot.
pub fn trend(history: &History, rows: &[Snapshot], lang: &Lang, b: &mut Vec<Block>) {
    if rows.len() < 2 {
        return;
    }
    let t = |id: &str| lang.t(id).into_owned();
    b.push(h(2, t("pack_trend")));
    b.push(p(
        lang.f(
            "pack_trend_lead",
            &args(&[(
                "found",
                crate::render::reasons::found(&history.found, lang).into(),
            )]),
        ),
        TextStyle::Lead,
    ));
    let mut path = line(
        &t("pack_trend_required"),
        Tone::Neutral,
        on_page(hf::money_points(rows, lang, |s| {
            s.figures.required_this_year
        })),
    );
    path.dashed = true;
    b.push(chart(
        lang,
        &t("pack_trend_arr_chart"),
        rows,
        vec![
            line(
                &t("pack_trend_arr"),
                Tone::Accent,
                on_page(hf::money_points(rows, lang, |s| {
                    s.figures.partner_sourced_arr
                })),
            ),
            path,
        ],
    ));
    b.push(chart(
        lang,
        &t("pack_trend_pipeline_chart"),
        rows,
        vec![line(
            &t("pack_trend_pipeline"),
            Tone::Accent,
            on_page(hf::money_points(rows, lang, |s| Some(s.figures.pipeline))),
        )],
    ));
    b.push(chart(
        lang,
        &t("pack_trend_okr_chart"),
        rows,
        vec![line(
            &t("pack_trend_okr"),
            Tone::Good,
            on_page(hf::percent_points(rows, lang, |s| s.figures.okr_progress)),
        )],
    ));
    b.push(chart(
        lang,
        &t("pack_trend_roi_chart"),
        rows,
        vec![line(
            &t("pack_trend_roi"),
            Tone::Accent,
            on_page(hf::percent_points(rows, lang, |s| s.figures.roi)),
        )],
    ));
    b.push(h(3, t("pack_trend_numbers")));
    b.push(Block::Table(numbers(rows, lang)));
    if !history.skipped.is_empty() {
        let skipped = history
            .skipped
            .iter()
            .map(|s| {
                lang.f(
                    "pack_trend_skipped",
                    &args(&[
                        ("snapshot", s.label.as_str().into()),
                        ("reason", s.reason.as_str().into()),
                    ]),
                )
            })
            .collect();
        b.push(Block::Bullets(skipped));
    }
}

fn numbers(rows: &[Snapshot], lang: &Lang) -> crate::pdf::Table {
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
                Cell::text(crate::render::reasons::snapshot_label(s, lang)),
                Cell::text(lang.fmt.date(s.date, DateStyle::Medium)),
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
            col(&lang.t("pack_col_snapshot"), 1.3, Align::Left),
            col(&lang.t("pack_col_date"), 1.1, Align::Left),
            col(&lang.t("pack_col_partner_arr"), 1.0, Align::Right),
            col(&lang.t("pack_col_pipeline"), 1.0, Align::Right),
            col(&lang.t("pack_col_cost"), 0.9, Align::Right),
            col(&lang.t("pack_col_roi"), 0.8, Align::Right),
            col(&lang.t("pack_col_okrs"), 0.8, Align::Right),
            col(&lang.t("pack_col_tiers_compact"), 1.2, Align::Left),
            col(&lang.t("pack_col_check"), 1.1, Align::Left),
        ],
        body,
    )
}
