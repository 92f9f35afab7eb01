//! Board pack: OKR progress, roadmap and traceability, governance, full scorecard appendix.

use super::summary::{scorecard_columns, scorecard_row};
use super::tables::{bullets_or, col, h, item_tone, p, table};
use crate::analysis::OverdueKind;
use crate::model::{Governance, Plan, RoadmapItem};
use crate::pdf::{
    Align, Block, Cell, ProgressRow, Row, TextStyle, Timeline, TimelineColumn, TimelineItem, Tone,
};
use crate::project::Project;

pub fn okrs(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let sym = plan.currency_symbol();
    b.push(h(1, "OKR progress"));
    for (oi, o) in plan.objectives.iter().enumerate() {
        b.push(h(2, o.objective.clone()));
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
                    let tone = if pg.fraction >= 1.0 {
                        Tone::Good
                    } else if pg.fraction >= 0.5 {
                        Tone::Accent
                    } else {
                        Tone::Warn
                    };
                    bars.push(ProgressRow {
                        label: kr.text.clone(),
                        fraction: pg.fraction as f32,
                        caption: format!("{} of {}{due}", c.display(sym), t.display(sym)),
                        tone: Some(tone),
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

pub fn roadmap(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let Some(r) = &plan.roadmap else { return };
    b.push(h(1, format!("Roadmap {}", r.year)));
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
                text: it.title.clone(),
                tone: item_tone(it.status),
            })
            .collect(),
    }
}

pub fn governance(pr: &Project, b: &mut Vec<Block>) {
    b.push(h(1, "Governance"));
    if let Some(g) = &pr.plan.governance {
        raci(g, b);
        sponsors(&pr.plan, g, b);
    }
    overdue(pr, b);
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
    b.push(h(1, "Appendix — full scorecard"));
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
        .ranking
        .iter()
        .map(|&i| Row {
            cells: scorecard_row(pr, i, true),
            outline: Some(pr.plan.partners[i].name.clone()),
        })
        .collect();
    b.push(Block::Table(crate::pdf::Table {
        columns: scorecard_columns(true),
        rows,
    }));
}
