//! Board pack: OKR progress, roadmap and traceability, governance, full scorecard appendix.

use super::summary::{scorecard_columns, scorecard_row};
use super::tables::{bullets_or, col, h, item_tone, p, table};
use crate::analysis::board::Status;
use crate::analysis::OverdueKind;
use crate::model::{Governance, Plan, RoadmapItem};
use crate::pdf::{
    Align, Block, Cell, ProgressRow, Row, TextStyle, Timeline, TimelineColumn, TimelineItem, Tone,
};
use crate::project::Project;
use crate::values::Percent;

pub fn okrs(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let sym = plan.money_style();
    b.push(h(1, "OKR progress"));
    b.push(p(okr_headline(pr), TextStyle::Lead));
    let board = &pr.analysis.board;
    for (oi, o) in plan.objectives.iter().enumerate() {
        b.push(h(2, o.objective.clone()));
        if let Some(line) = objective_rollup(pr, oi) {
            b.push(p(line, TextStyle::Muted));
        }
        let mut bars = Vec::new();
        let mut plain = Vec::new();
        for (ki, kr) in o.key_results.iter().enumerate() {
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
                    let due = kr.due.map(|d| format!(" · due {d}")).unwrap_or_default();
                    let status = board.kr_status(plan, kr, pg);
                    let measured = match kr.baseline {
                        Some(base) => format!(
                            "from {} to {}: {} now, {} of the way",
                            base.display(sym),
                            t.display(sym),
                            c.display(sym),
                            Percent(pg.fraction * 100.0).display_with(0)
                        ),
                        None => format!(
                            "{} of {}, {}",
                            c.display(sym),
                            t.display(sym),
                            Percent(pg.fraction * 100.0).display_with(0)
                        ),
                    };
                    bars.push(ProgressRow {
                        label: kr.text.clone(),
                        fraction: pg.fraction as f32,
                        caption: format!("{measured}{due} · {} {}", status.shape(), status.label()),
                        tone: Some(status_tone(status)),
                    });
                }
                _ => plain.push(format!("{} (not measured)", kr.text)),
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

/// A status as a tone: the same colours as the site's.
pub(super) fn status_tone(s: Status) -> Tone {
    match s {
        Status::OnTrack => Tone::Good,
        Status::AtRisk => Tone::Warn,
        Status::OffTrack => Tone::Bad,
    }
}

/// The OKR section's conclusion: average progress, and key results behind pace.
fn okr_headline(pr: &Project) -> String {
    let a = &pr.analysis;
    let behind = a
        .board
        .risks
        .iter()
        .filter(|r| matches!(r.kind, crate::analysis::board::RiskKind::OkrBehind { .. }))
        .count();
    match &a.kpis.okrs {
        Some(o) => format!(
            "Key results are {} of the way on average across {} measured; {} behind the pace to {} target.",
            Percent(o.average * 100.0).display_with(0),
            o.measured,
            crate::text::plural_with(behind, "is", "are"),
            if behind == 1 { "its" } else { "their" }
        ),
        None => "No key result is measured yet: give key results a target and a current value.".into(),
    }
}

/// An objective's roll-up: the average progress of its measured key results and its
/// status against the pace expected by the meeting.
fn objective_rollup(pr: &Project, oi: usize) -> Option<String> {
    let plan = &pr.plan;
    let r = pr.analysis.board.rollup(plan, &pr.analysis.progress, oi)?;
    let owner = plan.objectives[oi]
        .owner
        .as_deref()
        .map_or(String::new(), |w| format!(" · owner {w}"));
    Some(format!(
        "{} {} · {} of the way on average over {} measured key results{owner}",
        r.status.shape(),
        r.status.label(),
        Percent(r.progress * 100.0).display_with(0),
        r.measured
    ))
}

pub fn roadmap(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let Some(r) = &plan.roadmap else { return };
    b.push(h(1, format!("Roadmap {}", r.year)));
    if let Some(k) = &pr.analysis.kpis.roadmap {
        b.push(p(
            format!(
                "{} of {} items done, {} in progress and {} at risk.",
                k.done, k.items, k.in_progress, k.at_risk
            ),
            TextStyle::Lead,
        ));
    }
    b.push(Block::Legend(
        crate::model::ItemStatus::ALL
            .iter()
            .map(|s| crate::pdf::LegendItem {
                tone: item_tone(*s),
                label: s.label().to_string(),
            })
            .collect(),
    ));
    b.push(Block::Timeline(Timeline {
        columns: r
            .quarters
            .iter()
            .map(|q| timeline_column(q.key.clone(), &q.theme, &q.items))
            .collect(),
    }));
    if !r.later.is_empty() {
        b.push(h(2, format!("Beyond {}: the multi-year roadmap", r.year)));
        b.push(Block::Timeline(Timeline {
            columns: r
                .later
                .iter()
                .map(|y| timeline_column(y.year.to_string(), &y.theme, &y.items))
                .collect(),
        }));
    }
    let t = &pr.analysis.trace;
    b.push(h(2, "Traceability"));
    let mut gaps = Vec::new();
    for &i in &t.orphan_platinum {
        gaps.push(format!(
            "Platinum partner {} appears in no roadmap item",
            plan.partners[i].name
        ));
    }
    for &(o, k) in &t.orphan_key_results {
        gaps.push(format!(
            "Key result \"{}\" has no roadmap item",
            plan.objectives[o].key_results[k].text
        ));
    }
    if let Some(th) = &plan.thesis {
        for &m in &t.orphan_models {
            gaps.push(format!(
                "Thesis model {} is served by no objective",
                th.models[m].id
            ));
        }
    }
    b.push(bullets_or(
        gaps,
        "Every platinum partner and key result is carried by the roadmap.",
    ));
}

fn timeline_column(title: String, theme: &str, items: &[RoadmapItem]) -> TimelineColumn {
    TimelineColumn {
        title,
        subtitle: theme.to_string(),
        items: items
            .iter()
            .map(|it| TimelineItem {
                // the status in words too, so it reads in greyscale print
                text: match it.status {
                    crate::model::ItemStatus::Planned => it.title.clone(),
                    s => format!("{} ({})", it.title, s.label().to_lowercase()),
                },
                tone: item_tone(it.status),
            })
            .collect(),
    }
}

pub fn governance(pr: &Project, b: &mut Vec<Block>) {
    b.push(h(1, "Governance"));
    b.push(p(governance_headline(pr), TextStyle::Lead));
    if let Some(g) = &pr.plan.governance {
        sponsors(&pr.plan, g, b);
    }
    overdue(pr, b);
}

/// The governance section's conclusion: sponsors of Platinum partners and overdue reviews.
fn governance_headline(pr: &Project) -> String {
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
    let sponsors = if sponsored == platinum.len() {
        format!(
            "Every Platinum partner ({}) has an executive sponsor",
            platinum.len()
        )
    } else {
        format!(
            "{} of {} Platinum partners have an executive sponsor",
            sponsored,
            platinum.len()
        )
    };
    let overdue = match pr.analysis.overdue.len() {
        0 => "no review is overdue".to_string(),
        n => format!(
            "{} overdue",
            crate::text::plural_with(n, "review is", "reviews are")
        ),
    };
    format!("{sponsors}; {overdue}. The RACI matrix is in the appendix.")
}

/// The RACI matrix, for the appendix.
pub fn raci_appendix(pr: &Project, b: &mut Vec<Block>) {
    if let Some(g) = &pr.plan.governance {
        raci(g, b);
    }
}

/// The RACI matrix, with the accountable role marked.
fn raci(g: &Governance, b: &mut Vec<Block>) {
    b.push(h(2, "RACI"));
    let mut cols = vec![col("Decision", 3.5, Align::Left)];
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
    b.push(p(
        "R = Responsible, A = Accountable, C = Consulted, I = Informed.",
        TextStyle::Muted,
    ));
}

/// Executive sponsors, one row per partner.
fn sponsors(plan: &Plan, g: &Governance, b: &mut Vec<Block>) {
    b.push(h(2, "Executive sponsors"));
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
            col("Partner", 2.5, Align::Left),
            col("Partner executive", 3.0, Align::Left),
            col("Our counterpart", 2.5, Align::Left),
            col("Cadence", 3.0, Align::Left),
        ],
        rows,
    )));
}

/// Reviews past their date, or a line saying there are none.
fn overdue(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(2, "Overdue reviews"));
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
            vec![
                Cell::text(o.kind.label()),
                Cell::text(what.unwrap_or_default()),
                Cell::text(o.due.to_string()),
                Cell::toned(format!("{} days", o.days_late), Tone::Warn),
            ]
        })
        .collect();
    if rows.is_empty() {
        b.push(p("No review is past its date.", TextStyle::Body));
    } else {
        b.push(Block::Table(table(
            vec![
                col("Review", 2.5, Align::Left),
                col("Subject", 5.5, Align::Left),
                col("Was due", 2.0, Align::Left),
                col("Late by", 1.8, Align::Right),
            ],
            rows,
        )));
    }
}

pub fn appendix(pr: &Project, b: &mut Vec<Block>) {
    b.push(h(2, "Full scorecard"));
    let s = &pr.plan.scoring;
    b.push(p(
        format!(
            "Attractiveness = ICP overlap × {}% + market influence × {}% + practice alignment × {}% + partnership appetite × {}% + revenue potential × {}%. Priority ≥ {}, secondary ≥ {}.",
            s.weights[0], s.weights[1], s.weights[2], s.weights[3], s.weights[4], s.priority, s.secondary
        ),
        TextStyle::Muted,
    ));
    let rows = pr
        .analysis
        .listed()
        .map(|i| Row {
            cells: scorecard_row(pr, i, true),
            outline: Some(pr.plan.partners[i].name.clone()),
        })
        .collect();
    b.push(Block::Table(crate::pdf::Table {
        columns: scorecard_columns(true),
        rows,
    }));
}
