//! Board pack: OKR progress, roadmap and traceability, governance, full scorecard appendix.

use super::summary::{scorecard_columns, scorecard_row};
use super::tables::{bullets_or, col, h, item_tone, num, p, percent_of, status_word, table};
use crate::analysis::board::Status;
use crate::analysis::OverdueKind;
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::model::{Governance, Measure, Plan, RoadmapItem};
use crate::pdf::{
    Align, Block, Cell, ProgressRow, Row, TextStyle, Timeline, TimelineColumn, TimelineItem, Tone,
};
use crate::project::Project;

pub fn okrs(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(1, lang.t("pack_okr_title")));
    b.push(p(okr_headline(pr, lang), TextStyle::Lead));
    for (oi, o) in plan.objectives.iter().enumerate() {
        b.push(h(2, o.objective.clone()));
        if let Some(line) = objective_rollup(pr, oi, lang) {
            b.push(p(line, TextStyle::Muted));
        }
        let mut bars = Vec::new();
        let mut plain = Vec::new();
        for ki in 0..o.key_results.len() {
            match kr_row(pr, (oi, ki), lang) {
                Some(Ok(bar)) => bars.push(bar),
                Some(Err(line)) => plain.push(line),
                None => {}
            }
        }
        if !bars.is_empty() {
            b.push(Block::Progress(bars));
        }
        if !plain.is_empty() {
            b.push(Block::Bullets(plain));
        }
    }
}

/// Key result `ki` of objective `oi` as a progress bar with how it is measured, its due
/// date and status (`Ok`), or the line that says it is not measured (`Err`); `None`
/// when there is no such key result. The board pack and the QBR packs show key results
/// with it.
pub(crate) fn kr_row(
    pr: &Project,
    (oi, ki): (usize, usize),
    lang: &Lang,
) -> Option<Result<ProgressRow, String>> {
    let plan = &pr.plan;
    let sym = plan.money_style();
    let board = &pr.analysis.board;
    let kr = plan.objectives.get(oi)?.key_results.get(ki)?;
    Some(
        match (
            pr.analysis
                .progress
                .get(oi)
                .and_then(|v| v.get(ki))
                .copied()
                .flatten(),
            kr.target,
            kr.current,
        ) {
            (Some(pg), Some(t), Some(c)) => {
                let status = board.kr_status(plan, kr, pg);
                let pct = lang.fmt.percent(pg.fraction * 100.0, 0);
                let mut a = args(&[
                    ("target", measure(lang, t, sym).into()),
                    ("current", measure(lang, c, sym).into()),
                    ("progress", pct.into()),
                ]);
                let measured = match kr.baseline {
                    Some(base) => {
                        a.set("baseline", measure(lang, base, sym));
                        lang.f("pack_kr_from_to", &a)
                    }
                    None => lang.f("pack_kr_of", &a),
                };
                let mut caption = vec![measured];
                if let Some(d) = kr.due {
                    caption.push(lang.f(
                        "pack_kr_due",
                        &args(&[("date", lang.fmt.date(d, DateStyle::Medium).into())]),
                    ));
                }
                caption.push(format!("{} {}", status.shape(), status_word(lang, status)));
                Ok(ProgressRow {
                    label: kr.text.clone(),
                    fraction: pg.fraction as f32,
                    caption: caption.join(" · "),
                    tone: Some(status_tone(status)),
                })
            }
            _ => Err(lang.f(
                "pack_kr_not_measured",
                &args(&[("kr", kr.text.as_str().into())]),
            )),
        },
    )
}

/// A status as a tone: the same colours as the site's.
pub(crate) fn status_tone(s: Status) -> Tone {
    match s {
        Status::OnTrack => Tone::Good,
        Status::AtRisk => Tone::Warn,
        Status::OffTrack => Tone::Bad,
    }
}

/// A measured value of a key result in the locale's form.
fn measure(lang: &Lang, m: Measure, sym: &crate::values::MoneyStyle) -> String {
    match m {
        Measure::Money(v) => v.display(sym),
        Measure::Percent(v) => lang.fmt.percent(v.0, 1),
        Measure::Number(n) => lang.fmt.number_trim(n, 1),
    }
}

/// The OKR section's conclusion: average progress, and key results behind pace.
fn okr_headline(pr: &Project, lang: &Lang) -> String {
    let a = &pr.analysis;
    let behind = a
        .board
        .risks
        .iter()
        .filter(|r| matches!(r.kind, crate::analysis::board::RiskKind::OkrBehind { .. }))
        .count();
    match &a.kpis.okrs {
        Some(o) => lang.f(
            "pack_okr_lead",
            &args(&[
                ("progress", lang.fmt.percent(o.average * 100.0, 0).into()),
                ("measured", o.measured.into()),
                ("behind", behind.into()),
            ]),
        ),
        None => lang.t("pack_okr_none").into_owned(),
    }
}

/// An objective's roll-up: the average progress of its measured key results and its
/// status against the pace expected by the meeting.
fn objective_rollup(pr: &Project, oi: usize, lang: &Lang) -> Option<String> {
    let plan = &pr.plan;
    let r = pr.analysis.board.rollup(plan, &pr.analysis.progress, oi)?;
    let mut a = args(&[
        ("shape", r.status.shape().into()),
        ("status", status_word(lang, r.status).into()),
        ("progress", lang.fmt.percent(r.progress * 100.0, 0).into()),
        ("measured", r.measured.into()),
    ]);
    Some(match plan.objectives[oi].owner.as_deref() {
        Some(w) => {
            a.set("owner", w);
            lang.f("pack_okr_rollup_owner", &a)
        }
        None => lang.f("pack_okr_rollup", &a),
    })
}

pub fn roadmap(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let Some(r) = &plan.roadmap else { return };
    let year = r.year.to_string();
    b.push(h(
        1,
        lang.f(
            "pack_roadmap_title",
            &args(&[("year", year.as_str().into())]),
        ),
    ));
    if let Some(k) = &pr.analysis.kpis.roadmap {
        b.push(p(
            lang.f(
                "pack_roadmap_lead",
                &args(&[
                    ("done", k.done.into()),
                    ("items", k.items.into()),
                    ("in_progress", k.in_progress.into()),
                    ("at_risk", k.at_risk.into()),
                ]),
            ),
            TextStyle::Lead,
        ));
    }
    b.push(Block::Legend(
        crate::model::ItemStatus::ALL
            .iter()
            .map(|s| crate::pdf::LegendItem {
                tone: item_tone(*s),
                label: lang.word("item_status", s.as_str()),
            })
            .collect(),
    ));
    b.push(Block::Timeline(Timeline {
        columns: r
            .quarters
            .iter()
            .map(|q| timeline_column(q.key.clone(), &q.theme, &q.items, lang))
            .collect(),
    }));
    if !r.later.is_empty() {
        b.push(h(
            2,
            lang.f(
                "pack_roadmap_beyond",
                &args(&[("year", year.as_str().into())]),
            ),
        ));
        b.push(Block::Timeline(Timeline {
            columns: r
                .later
                .iter()
                .map(|y| timeline_column(y.year.to_string(), &y.theme, &y.items, lang))
                .collect(),
        }));
    }
    let t = &pr.analysis.trace;
    b.push(h(2, lang.t("pack_traceability")));
    let mut gaps = Vec::new();
    for &i in &t.orphan_platinum {
        gaps.push(lang.f(
            "pack_trace_platinum",
            &args(&[("partner", plan.partners[i].name.as_str().into())]),
        ));
    }
    for &(o, k) in &t.orphan_key_results {
        gaps.push(lang.f(
            "pack_trace_key_result",
            &args(&[("kr", plan.objectives[o].key_results[k].text.as_str().into())]),
        ));
    }
    if let Some(th) = &plan.thesis {
        for &m in &t.orphan_models {
            gaps.push(lang.f(
                "pack_trace_model",
                &args(&[("model", th.models[m].id.as_str().into())]),
            ));
        }
    }
    b.push(bullets_or(gaps, &lang.t("pack_trace_none")));
}

fn timeline_column(
    title: String,
    theme: &str,
    items: &[RoadmapItem],
    lang: &Lang,
) -> TimelineColumn {
    TimelineColumn {
        title,
        subtitle: theme.to_string(),
        items: items
            .iter()
            .map(|it| TimelineItem {
                // the status in words too, so it reads in greyscale print
                text: match it.status {
                    crate::model::ItemStatus::Planned => it.title.clone(),
                    s => lang.f(
                        &crate::i18n::word_id("pack_item", s.as_str()),
                        &args(&[("title", it.title.as_str().into())]),
                    ),
                },
                tone: item_tone(it.status),
            })
            .collect(),
    }
}

pub fn governance(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(1, lang.t("pack_governance")));
    b.push(p(governance_headline(pr, lang), TextStyle::Lead));
    if let Some(g) = &pr.plan.governance {
        sponsors(&pr.plan, g, lang, b);
    }
    overdue(pr, lang, b);
}

/// The governance section's conclusion: sponsors of Platinum partners and overdue reviews.
fn governance_headline(pr: &Project, lang: &Lang) -> String {
    let plan = &pr.plan;
    let platinum: Vec<&crate::model::Partner> = plan
        .partners
        .iter()
        .filter(|p| p.tier == crate::model::TierLevel::Tier(crate::model::TierName::Platinum))
        .filter(|p| p.status != crate::model::PartnerStatus::Exited)
        .collect();
    let sponsored = platinum
        .iter()
        .filter(|p| {
            plan.governance
                .as_ref()
                .is_some_and(|g| g.sponsors.iter().any(|s| s.partner == p.id))
        })
        .count();
    let id = match (sponsored == platinum.len(), pr.analysis.overdue.is_empty()) {
        (true, true) => "pack_governance_lead_all",
        (true, false) => "pack_governance_lead_all_overdue",
        (false, true) => "pack_governance_lead_some",
        (false, false) => "pack_governance_lead_some_overdue",
    };
    lang.f(
        id,
        &args(&[
            ("platinum", platinum.len().into()),
            ("sponsored", sponsored.into()),
            ("overdue", pr.analysis.overdue.len().into()),
        ]),
    )
}

/// The RACI matrix, for the appendix.
pub fn raci_appendix(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    if let Some(g) = &pr.plan.governance {
        raci(g, lang, b);
    }
}

/// The RACI matrix, with the accountable role marked.
fn raci(g: &Governance, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(2, lang.t("pack_raci")));
    let mut cols = vec![col(&lang.t("pack_col_decision"), 3.5, Align::Left)];
    cols.extend(g.roles.iter().map(|r| col(r, 1.4, Align::Center)));
    let rows = g
        .raci
        .iter()
        .map(|row| {
            let mut cells = vec![Cell {
                text: row.decision.clone(),
                bold: true,
                ..Cell::default()
            }];
            for role in &g.roles {
                let l = row
                    .cells
                    .iter()
                    .find(|(r, _)| r == role)
                    .map_or("", |(_, l)| l.as_str());
                cells.push(if l == "A" {
                    Cell::toned(l, Tone::Accent)
                } else {
                    Cell::text(l)
                });
            }
            cells
        })
        .collect();
    b.push(Block::Table(table(cols, rows)));
    b.push(p(lang.t("pack_raci_note"), TextStyle::Muted));
}

/// Executive sponsors, one row per partner.
fn sponsors(plan: &Plan, g: &Governance, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(2, lang.t("pack_sponsors")));
    let rows = g
        .sponsors
        .iter()
        .map(|s| {
            let name = plan
                .partner(&s.partner)
                .map_or_else(|| s.partner.clone(), |p| p.name.clone());
            vec![
                Cell {
                    text: name,
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(s.partner_executive.clone()),
                Cell::text(s.our_counterpart.clone()),
                Cell::text(s.cadence.clone()),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col(&lang.t("pack_col_partner"), 2.5, Align::Left),
            col(&lang.t("pack_col_partner_executive"), 3.0, Align::Left),
            col(&lang.t("pack_col_our_counterpart"), 2.5, Align::Left),
            col(&lang.t("pack_col_cadence"), 3.0, Align::Left),
        ],
        rows,
    )));
}

/// Reviews past their date, or a line saying there are none.
fn overdue(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(2, lang.t("pack_overdue")));
    let rows: Vec<Vec<Cell>> = pr
        .analysis
        .overdue
        .iter()
        .map(|o| {
            let what = match o.kind {
                OverdueKind::DecisionReview => plan
                    .decisions
                    .get(o.item)
                    .map(|d| format!("{} {}", d.id, d.title)),
                _ => plan.partners.get(o.item).map(|p| p.name.clone()),
            };
            let kind = match o.kind {
                OverdueKind::DecisionReview => "pack_overdue_decision_review",
                OverdueKind::Qbr => "pack_overdue_qbr",
                OverdueKind::TierReview => "pack_overdue_tier_review",
            };
            vec![
                Cell::text(lang.t(kind)),
                Cell::text(what.unwrap_or_default()),
                Cell::text(lang.fmt.date(o.due, DateStyle::Medium)),
                Cell::toned(
                    lang.f("pack_days_late", &args(&[("n", o.days_late.into())])),
                    Tone::Warn,
                ),
            ]
        })
        .collect();
    if rows.is_empty() {
        b.push(p(lang.t("pack_overdue_none"), TextStyle::Body));
    } else {
        b.push(Block::Table(table(
            vec![
                col(&lang.t("pack_col_review"), 2.5, Align::Left),
                col(&lang.t("pack_col_subject"), 5.5, Align::Left),
                col(&lang.t("pack_col_was_due"), 2.0, Align::Left),
                col(&lang.t("pack_col_late_by"), 1.8, Align::Right),
            ],
            rows,
        )));
    }
}

pub fn appendix(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(2, lang.t("pack_full_scorecard")));
    let s = &pr.plan.scoring;
    let w = |i: usize| percent_of(lang, &num(lang, s.weights[i]));
    b.push(p(
        lang.f(
            "pack_scorecard_formula",
            &args(&[
                ("w1", w(0).into()),
                ("w2", w(1).into()),
                ("w3", w(2).into()),
                ("w4", w(3).into()),
                ("w5", w(4).into()),
                ("priority", num(lang, s.priority).into()),
                ("secondary", num(lang, s.secondary).into()),
            ]),
        ),
        TextStyle::Muted,
    ));
    let rows = pr
        .analysis
        .listed()
        .map(|i| Row {
            cells: scorecard_row(pr, i, true, lang),
            outline: Some(pr.plan.partners[i].name.clone()),
        })
        .collect();
    b.push(Block::Table(crate::pdf::Table {
        columns: scorecard_columns(true, lang),
        rows,
    }));
}
