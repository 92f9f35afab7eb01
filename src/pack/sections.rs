//! One function per section of the board pack, each appending blocks.

use super::tables::{band_tone, col, decision_tone, item_tone, plain_text, score_text, table};
use crate::analysis::{thesis_statement, OverdueKind};
use crate::model::{Landscape, FACTOR_LABELS};
use crate::pdf::{
    Align, Bar, BarChart, Block, Callout, Cell, Heading, Kpi, Paragraph, ProgressRow, Row,
    TextStyle, Threshold, Timeline, TimelineColumn, TimelineItem, Tone,
};
use crate::project::Project;
use crate::render::Changes;
use crate::rules::catalog::Severity;

/// Longest list a board pack section shows; the site has the rest.
const LIST_LIMIT: usize = 25;

/// "… and N more" under a list cut at [`LIST_LIMIT`].
fn more_note(total: usize, b: &mut Vec<Block>) {
    if total > LIST_LIMIT {
        b.push(p(
            format!(
                "… and {} more, listed in the handbook site.",
                total - LIST_LIMIT
            ),
            TextStyle::Muted,
        ));
    }
}

fn h(level: u8, text: impl Into<String>) -> Block {
    Block::Heading(Heading {
        level,
        text: text.into(),
    })
}

fn p(text: impl Into<String>, style: TextStyle) -> Block {
    Block::Paragraph(Paragraph {
        text: text.into(),
        style,
    })
}

fn fraction(now: f64, target: f64) -> Option<f32> {
    (target > 0.0).then(|| (now / target).clamp(0.0, 1.0) as f32)
}

pub fn executive_summary(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    let sym = plan.currency_symbol();
    b.push(h(1, "Executive summary"));
    let st = thesis_statement(plan);
    b.push(h(3, st.title));
    for (i, para) in st.paragraphs.iter().enumerate() {
        b.push(p(
            para.clone(),
            if i == 0 {
                TextStyle::Lead
            } else {
                TextStyle::Body
            },
        ));
    }
    b.push(h(2, "Key figures"));
    let k = &a.kpis;
    let mut tiles = Vec::new();
    let pipeline_target = plan
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .find(|kr| kr.metric.as_deref() == Some("partner_sourced_pipeline"))
        .and_then(|kr| kr.target);
    tiles.push(Kpi {
        label: "Partner-sourced pipeline".into(),
        value: k.partner_pipeline.display(sym),
        caption: pipeline_target.map_or_else(
            || "active and recruiting partners".into(),
            |t| format!("target {}", t.display(sym)),
        ),
        progress: pipeline_target.and_then(|t| fraction(k.partner_pipeline.0, t.value())),
        tone: Tone::Accent,
    });
    if let (Some(now), Some(target)) = (k.partner_share_now, k.partner_share_target) {
        tiles.push(Kpi {
            label: "Partner share of ARR".into(),
            value: format!("{now:.1}%"),
            caption: format!(
                "target {target:.0}% within {} years",
                plan.program.horizon_years
            ),
            progress: fraction(now, target),
            tone: if now >= target {
                Tone::Good
            } else {
                Tone::Warn
            },
        });
    }
    tiles.push(Kpi {
        label: "Partners by tier".into(),
        value: format!(
            "{} · {} · {} · {}",
            k.by_tier[0], k.by_tier[1], k.by_tier[2], k.by_tier[3]
        ),
        caption: format!(
            "Platinum · Gold · Silver · Registered; {} prospects",
            k.by_tier[4]
        ),
        progress: None,
        tone: Tone::Neutral,
    });
    tiles.push(Kpi {
        label: "Priority targets".into(),
        value: k.priority_targets.to_string(),
        caption: format!("{} signed at Gold or above", k.priority_signed),
        progress: fraction(k.priority_signed as f64, k.priority_targets as f64),
        tone: Tone::Accent,
    });
    if let (Some(cur), Some(tgt)) = (plan.company.current_arr, plan.company.target_arr) {
        tiles.push(Kpi {
            label: "Company ARR".into(),
            value: cur.display(sym),
            caption: format!("target {}", tgt.display(sym)),
            progress: fraction(cur.0, tgt.0),
            tone: Tone::Neutral,
        });
    }
    let (e, w) = (pr.errors(), pr.warnings());
    tiles.push(Kpi {
        label: "Plan validation".into(),
        value: match (e, w) {
            (0, 0) => "Clean".to_string(),
            (0, w) => format!("{w} warning{}", if w == 1 { "" } else { "s" }),
            (e, _) => format!("{e} error{}", if e == 1 { "" } else { "s" }),
        },
        caption: format!("{e} errors, {w} warnings against the program rules"),
        progress: None,
        tone: if e > 0 {
            Tone::Bad
        } else if w > 0 {
            Tone::Warn
        } else {
            Tone::Good
        },
    });
    b.push(Block::KpiTiles(tiles));
    let warnings: Vec<String> = pr
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .take(8)
        .map(|d| d.message.clone())
        .collect();
    if !warnings.is_empty() {
        b.push(Block::Callout(Callout {
            tone: Tone::Warn,
            title: format!("{w} points need the board's attention"),
            text: warnings.join("\n"),
        }));
    }
}

pub fn changes(ch: &Changes, b: &mut Vec<Block>) {
    b.push(h(1, format!("What changed since {}", ch.since)));
    if ch.sections.is_empty() {
        b.push(p("No changes to the plan.", TextStyle::Muted));
    }
    for (title, lines) in &ch.sections {
        b.push(h(2, title.clone()));
        b.push(Block::Bullets(lines.clone()));
    }
}

pub fn landscape(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    b.push(h(1, "Partner landscape"));
    let mut rows = Vec::new();
    for l in Landscape::ALL {
        let idx: Vec<usize> = (0..plan.partners.len())
            .filter(|&i| plan.partners[i].landscape == *l)
            .collect();
        let avg = if idx.is_empty() {
            0.0
        } else {
            idx.iter().map(|&i| a.partners[i].score).sum::<f64>() / idx.len() as f64
        };
        let target = l
            .expected_targets()
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join(" / ");
        rows.push(vec![
            Cell {
                text: format!("{} · {}", l.as_str(), l.label()),
                bold: true,
                ..Cell::default()
            },
            Cell::text(target),
            Cell::text(idx.len().to_string()),
            Cell::text(score_text((avg * 10.0).round() / 10.0)),
        ]);
    }
    b.push(Block::Table(table(
        vec![
            col("Landscape", 3.0, Align::Left),
            col("Tier target", 3.0, Align::Left),
            col("Partners", 1.5, Align::Right),
            col("Average score", 2.0, Align::Right),
        ],
        rows,
    )));
    b.push(h(2, "Ranked scorecard"));
    let top: Vec<usize> = a.ranking.iter().copied().take(25).collect();
    let s = &plan.scoring;
    b.push(Block::BarChart(BarChart {
        title: format!("Attractiveness score, top {} partners", top.len().min(15)),
        bars: top
            .iter()
            .take(15)
            .map(|&i| Bar {
                label: plan.partners[i].name.clone(),
                value: a.partners[i].score as f32,
                value_text: score_text(a.partners[i].score),
                tone: Some(band_tone(a.partners[i].band)),
            })
            .collect(),
        max: 100.0,
        thresholds: vec![
            Threshold {
                value: s.secondary as f32,
                label: format!("Secondary {}", s.secondary),
            },
            Threshold {
                value: s.priority as f32,
                label: format!("Priority {}", s.priority),
            },
        ],
    }));
    let rows = top.iter().map(|&i| scorecard_row(pr, i, false)).collect();
    b.push(Block::Table(table(scorecard_columns(false), rows)));
    if plan.partners.len() > top.len() {
        b.push(p(
            format!(
                "The full scorecard of all {} partners is in the appendix.",
                plan.partners.len()
            ),
            TextStyle::Muted,
        ));
    }
    near_line(pr, b);
}

fn scorecard_columns(full: bool) -> Vec<crate::pdf::Column> {
    let mut c = vec![
        col("#", 1.8, Align::Right),
        col("Partner", 6.0, Align::Left),
    ];
    if !full {
        c.push(col("Land", 1.6, Align::Center));
    }
    c.push(col("Tier → target", 3.6, Align::Left));
    if full {
        for l in ["ICP", "Inf", "Pra", "App", "Rev"] {
            c.push(col(l, 1.6, Align::Right));
        }
    }
    c.push(col("Score", 1.8, Align::Right));
    c.push(col("Band", 2.9, Align::Left));
    c
}

fn scorecard_row(pr: &Project, i: usize, full: bool) -> Vec<Cell> {
    let p = &pr.plan.partners[i];
    let f = &pr.analysis.partners[i];
    let tier = match p.target_tier {
        Some(t) if t != p.tier => format!("{} → {}", p.tier.label(), t.label()),
        _ => p.tier.label().to_string(),
    };
    let mut cells = vec![Cell::text(f.rank.to_string()), Cell::text(p.name.clone())];
    if !full {
        cells.push(Cell::text(p.landscape.as_str()));
    }
    cells.push(Cell::text(tier));
    if full {
        cells.extend(p.ratings.iter().map(|r| Cell::text(score_text(*r))));
    }
    cells.push(Cell {
        text: score_text(f.score),
        bold: true,
        ..Cell::default()
    });
    cells.push(Cell::toned(f.band.label(), band_tone(f.band)));
    cells
}

fn near_line(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let nl = &pr.analysis.near_line;
    b.push(h(2, "Near the line"));
    b.push(p(
        "Partners within 3 points of a band threshold, and partners whose band would change if one scoring weight moved by 5 points (the other weights rescaled to keep 100).",
        TextStyle::Muted,
    ));
    if nl.near.is_empty() {
        b.push(p(
            "No partner is within 3 points of a threshold.",
            TextStyle::Body,
        ));
    } else {
        let rows = nl
            .near
            .iter()
            .take(LIST_LIMIT)
            .map(|n| {
                let f = &pr.analysis.partners[n.partner];
                vec![
                    Cell::text(plan.partners[n.partner].name.clone()),
                    Cell::text(score_text(f.score)),
                    Cell::text(score_text(n.threshold)),
                    Cell::toned(
                        format!("{:+.2}", n.distance),
                        if n.distance < 0.0 {
                            Tone::Warn
                        } else {
                            Tone::Good
                        },
                    ),
                    Cell::toned(f.band.label(), band_tone(f.band)),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col("Partner", 4.0, Align::Left),
                col("Score", 1.5, Align::Right),
                col("Threshold", 1.5, Align::Right),
                col("Distance", 1.5, Align::Right),
                col("Band", 2.0, Align::Left),
            ],
            rows,
        )));
        more_note(nl.near.len(), b);
    }
    if !nl.sensitive.is_empty() {
        let rows = nl
            .sensitive
            .iter()
            .take(LIST_LIMIT)
            .map(|c| {
                vec![
                    Cell::text(plan.partners[c.partner].name.clone()),
                    Cell::text(format!("{} {:+} points", FACTOR_LABELS[c.factor], c.delta)),
                    Cell::text(format!("{} → {}", c.from.label(), c.to.label())),
                    Cell::text(score_text(c.new_score)),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col("Partner", 3.5, Align::Left),
                col("Weight change", 3.0, Align::Left),
                col("Band change", 3.0, Align::Left),
                col("New score", 1.5, Align::Right),
            ],
            rows,
        )));
        more_note(nl.sensitive.len(), b);
    }
}

pub fn tiers(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let sym = plan.currency_symbol();
    b.push(h(1, "Tier framework"));
    let Some(f) = &plan.tiers else {
        b.push(p("The plan has no tier framework.", TextStyle::Muted));
        return;
    };
    let rows = f
        .tiers
        .iter()
        .map(|t| {
            vec![
                Cell {
                    text: t.name.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(t.pipeline.display(sym)),
                Cell::text(t.certified_individuals.to_string()),
                Cell::text(if t.dedicated_practice {
                    "Required"
                } else {
                    "—"
                }),
                Cell::text(
                    t.mdf_per_year
                        .map_or_else(|| "—".into(), |m| m.display(sym)),
                ),
                Cell::text(t.min_gtm_activities.to_string()),
                Cell::text(t.review_cadence.map_or("—", |c| c.label())),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col("Tier", 2.0, Align::Left),
            col("Annual pipeline", 2.6, Align::Left),
            col("Certified", 1.5, Align::Right),
            col("Dedicated practice", 2.2, Align::Left),
            col("MDF / year", 1.8, Align::Right),
            col("GTM / year", 1.6, Align::Right),
            col("Review", 1.8, Align::Left),
        ],
        rows,
    )));
    let rows = f
        .tiers
        .iter()
        .map(|t| {
            let bullets = |v: &[String]| {
                if v.is_empty() {
                    "—".to_string()
                } else {
                    v.iter()
                        .map(|s| format!("• {s}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            };
            vec![
                Cell {
                    text: t.name.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(bullets(&t.benefits)),
                Cell::text(bullets(&t.commitments)),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col("Tier", 1.6, Align::Left),
            col("Benefits", 5.0, Align::Left),
            col("Commitments", 4.5, Align::Left),
        ],
        rows,
    )));
    b.push(h(2, "Tier review"));
    let review = &pr.analysis.tier_review;
    if review.is_empty() {
        b.push(p(
            "Every partner's pipeline, certification and commitments support its current tier.",
            TextStyle::Body,
        ));
        return;
    }
    let rows = review
        .iter()
        .take(LIST_LIMIT)
        .map(|c| {
            let (word, tone) = if c.is_promotion() {
                ("Promote", Tone::Good)
            } else {
                ("Demote", Tone::Warn)
            };
            vec![
                Cell::text(plan.partners[c.partner].name.clone()),
                Cell::toned(
                    format!("{word}: {} → {}", c.from.label(), c.to.label()),
                    tone,
                ),
                Cell::text(c.reasons.join("; ")),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col("Partner", 3.0, Align::Left),
            col("Recommendation", 3.5, Align::Left),
            col("Reason", 6.0, Align::Left),
        ],
        rows,
    )));
    more_note(review.len(), b);
}

pub fn competition(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    let a = &pr.analysis;
    b.push(h(1, "Competitive partner map"));
    let mut rows = Vec::new();
    let mut omitted = Vec::new();
    for c in &plan.competitors {
        if c.partners.len() > LIST_LIMIT {
            omitted.push(format!(
                "{} more of {}",
                c.partners.len() - LIST_LIMIT,
                c.name
            ));
        }
        for (j, cp) in c.partners.iter().take(LIST_LIMIT).enumerate() {
            let name = plan
                .partner(&cp.partner)
                .map_or_else(|| cp.partner.clone(), |p| p.name.clone());
            rows.push(vec![
                Cell {
                    text: if j == 0 {
                        c.name.clone()
                    } else {
                        String::new()
                    },
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(name),
                Cell::text(
                    cp.model
                        .as_deref()
                        .and_then(|m| plan.model(m))
                        .map_or_else(|| cp.model.clone().unwrap_or_default(), |m| m.name.clone()),
                ),
                Cell::text(cp.strength.clone()),
                if cp.locked {
                    Cell::toned("Locked", Tone::Bad)
                } else {
                    Cell::text("Open")
                },
            ]);
        }
    }
    b.push(Block::Table(table(
        vec![
            col("Competitor", 2.2, Align::Left),
            col("Partner", 2.6, Align::Left),
            col("Model", 2.0, Align::Left),
            col("Perceived strength", 5.0, Align::Left),
            col("Exclusive", 1.5, Align::Left),
        ],
        rows,
    )));
    if !omitted.is_empty() {
        b.push(p(
            format!(
                "Showing {LIST_LIMIT} partners per competitor; {} are listed in the handbook site.",
                omitted.join(", ")
            ),
            TextStyle::Muted,
        ));
    }
    b.push(h(2, "Counter-strategy"));
    let names = |v: &[usize]| -> Vec<String> {
        v.iter()
            .take(LIST_LIMIT)
            .map(|&i| {
                format!(
                    "{} ({})",
                    plan.partners[i].name,
                    score_text(a.partners[i].score)
                )
            })
            .collect()
    };
    b.push(h(
        3,
        "Recruit first: available and not held by a competitor",
    ));
    b.push(bullets_or(
        names(&a.counter.available),
        "No uncontested prospect.",
    ));
    more_note(a.counter.available.len(), b);
    b.push(h(
        3,
        "Recruit next: held by a competitor without exclusivity",
    ));
    b.push(bullets_or(
        names(&a.counter.contested),
        "No contested prospect.",
    ));
    more_note(a.counter.contested.len(), b);
    b.push(h(
        3,
        "Locked to a competitor: approach their adjacent partners",
    ));
    if a.counter.locked.is_empty() {
        b.push(p("No partner is locked to a competitor.", TextStyle::Body));
    } else {
        let rows = a
            .counter
            .locked
            .iter()
            .map(|l| {
                let comp = plan
                    .competitor(&l.competitor)
                    .map_or(l.competitor.as_str(), |c| c.name.as_str());
                let alts: Vec<String> = l
                    .alternatives
                    .iter()
                    .map(|&i| plan.partners[i].name.clone())
                    .collect();
                vec![
                    Cell::text(l.name.clone()),
                    Cell::text(comp),
                    Cell::text(if alts.is_empty() {
                        "—".into()
                    } else {
                        alts.join(", ")
                    }),
                ]
            })
            .collect();
        b.push(Block::Table(table(
            vec![
                col("Locked partner", 3.0, Align::Left),
                col("Competitor", 2.5, Align::Left),
                col("Adjacent alternatives", 6.0, Align::Left),
            ],
            rows,
        )));
    }
}

fn bullets_or(items: Vec<String>, empty: &str) -> Block {
    if items.is_empty() {
        p(empty, TextStyle::Muted)
    } else {
        Block::Bullets(items)
    }
}

pub fn decisions(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(1, "Decision log"));
    b.push(p(
        "Build, partner or acquire: each decision is checked against the playbook's matrix.",
        TextStyle::Muted,
    ));
    let rows = plan
        .decisions
        .iter()
        .zip(&pr.analysis.decisions)
        .map(|(d, m)| {
            let matrix = match m.outcome() {
                Some(_) if m.supports(d.decision) => {
                    Cell::toned(format!("Supports {}", d.decision.as_str()), Tone::Good)
                }
                Some(o) => Cell::toned(format!("Suggests {}", o.as_str()), Tone::Bad),
                None => Cell::toned("No branch applies", Tone::Warn),
            };
            vec![
                Cell {
                    text: d.id.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(d.title.clone()),
                Cell::text(d.decision.as_str()),
                matrix,
                Cell::toned(d.status.label(), decision_tone(d.status)),
                Cell::text(d.review_date.map_or_else(|| "—".into(), |r| r.to_string())),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col("ID", 1.3, Align::Left),
            col("Capability / market", 4.5, Align::Left),
            col("Decision", 1.7, Align::Left),
            col("Matrix", 2.5, Align::Left),
            col("Status", 1.7, Align::Left),
            col("Review", 1.8, Align::Left),
        ],
        rows,
    )));
    let rows = plan
        .decisions
        .iter()
        .filter(|d| {
            matches!(
                d.status,
                crate::model::DecisionStatus::Active | crate::model::DecisionStatus::Proposed
            )
        })
        .collect::<Vec<_>>();
    let total = rows.len();
    let mut recent = rows;
    recent.sort_by(|a, b| b.decided.cmp(&a.decided).then(a.id.cmp(&b.id)));
    let rows = recent
        .into_iter()
        .take(LIST_LIMIT)
        .map(|d| {
            let partner = d
                .partner_considered
                .as_deref()
                .and_then(|id| plan.partner(id))
                .map(|p| format!("\nPartner considered: {}", p.name))
                .unwrap_or_default();
            vec![
                Cell {
                    text: d.id.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(format!("{}{partner}", plain_text(&d.rationale.text))),
            ]
        })
        .collect::<Vec<_>>();
    if !rows.is_empty() {
        b.push(h(2, "Rationale of active and proposed decisions"));
        b.push(Block::Table(table(
            vec![
                col("ID", 1.3, Align::Left),
                col("Rationale", 12.0, Align::Left),
            ],
            rows,
        )));
        more_note(total, b);
    }
}

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
            .map(|q| TimelineColumn {
                title: q.key.clone(),
                subtitle: q.theme.clone(),
                items: q
                    .items
                    .iter()
                    .map(|it| TimelineItem {
                        text: it.title.clone(),
                        tone: item_tone(it.status),
                    })
                    .collect(),
            })
            .collect(),
    }));
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

pub fn governance(pr: &Project, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(1, "Governance"));
    if let Some(g) = &plan.governance {
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
