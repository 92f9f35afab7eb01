//! Board pack: tier framework and review, competitive map and counter-strategy, decision log.

use super::tables::{
    bullets_or, col, decision_tone, h, more_note, p, plain_text, score_text, table, LIST_LIMIT,
};
use crate::analysis::{LockedEntry, MatrixResult};
use crate::model::{Competitor, CompetitorPartner, Decision, DecisionStatus, Plan, TierFramework};
use crate::pdf::{Align, Block, Cell, TextStyle, Tone};
use crate::project::Project;
use crate::values::MoneyStyle;

pub fn tiers(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
    let plan = &pr.plan;
    b.push(h(1, "Tier framework"));
    let Some(f) = &plan.tiers else {
        b.push(p("The plan has no tier framework.", TextStyle::Muted));
        return;
    };
    let k = &pr.analysis.kpis.by_tier;
    let review = &pr.analysis.tier_review;
    let up = review.iter().filter(|c| c.is_promotion()).count();
    b.push(p(
        format!(
            "{} Platinum, {} Gold, {} Silver and {} Registered partners; the tier review recommends {} and {}.",
            k[0],
            k[1],
            k[2],
            k[3],
            crate::text::plural(up, "promotion"),
            crate::text::plural(review.len() - up, "demotion")
        ),
        TextStyle::Lead,
    ));
    b.push(tier_requirements(f, plan.money_style()));
    b.push(tier_terms(f));
    b.push(h(2, "Tier review"));
    tier_review(pr, b, lang);
}

/// What each tier asks for: pipeline, certifications, practice, MDF, GTM activities,
/// review cadence.
fn tier_requirements(f: &TierFramework, sym: &MoneyStyle) -> Block {
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
    Block::Table(table(
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
    ))
}

/// Each tier's benefits and commitments, as bullets.
fn tier_terms(f: &TierFramework) -> Block {
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
                Cell::text(bullet_lines(&t.benefits)),
                Cell::text(bullet_lines(&t.commitments)),
            ]
        })
        .collect();
    Block::Table(table(
        vec![
            col("Tier", 1.6, Align::Left),
            col("Benefits", 5.0, Align::Left),
            col("Commitments", 4.5, Align::Left),
        ],
        rows,
    ))
}

/// `• a` lines in one cell, or `—` for none.
fn bullet_lines(v: &[String]) -> String {
    if v.is_empty() {
        "—".to_string()
    } else {
        v.iter()
            .map(|s| format!("• {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The partners whose standing supports another tier, with the reasons.
fn tier_review(pr: &Project, b: &mut Vec<Block>, lang: &crate::i18n::Lang) {
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
                Cell::text(pr.plan.partners[c.partner].name.clone()),
                Cell::toned(
                    format!("{word}: {} → {}", c.from.label(), c.to.label()),
                    tone,
                ),
                Cell::text(crate::render::reasons::tier_reasons(c, &pr.plan, lang).join("; ")),
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
    b.push(h(1, "Competitive partner map"));
    b.push(p(competition_headline(pr), TextStyle::Lead));
    b.push(h(2, "Counter-strategy"));
    counter_strategy(pr, b);
}

/// The section's conclusion: how many tracked partners competitors hold and lock, and
/// how many are free to recruit first.
fn competition_headline(pr: &Project) -> String {
    let a = &pr.analysis;
    let held = a
        .ranking
        .iter()
        .filter(|&&i| !a.partners[i].holdings.is_empty())
        .count();
    let locked = a.ranking.iter().filter(|&&i| a.partners[i].locked).count();
    format!(
        "{} map their partners: {} of our {} tracked partners work with a competitor and {} locked; {} to recruit first.",
        crate::text::plural(pr.plan.competitors.len(), "competitor"),
        held,
        a.ranking.len(),
        crate::text::plural_with(locked, "is", "are"),
        crate::text::plural_with(a.counter.available.len(), "partner is free", "partners are free")
    )
}

/// The competitor map in full, for the appendix.
pub fn competitor_detail(pr: &Project, b: &mut Vec<Block>) {
    if pr.plan.competitors.is_empty() {
        return;
    }
    b.push(h(2, "Competitor partner map"));
    competitor_map(&pr.plan, b);
}

/// Each competitor's partners (the first [`LIST_LIMIT`] of each) in one table, and a note
/// naming how many were left out.
fn competitor_map(plan: &Plan, b: &mut Vec<Block>) {
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
            rows.push(competitor_row(plan, c, j == 0, cp));
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
}

/// One partner of a competitor; the competitor is named on its `first` row only.
fn competitor_row(plan: &Plan, c: &Competitor, first: bool, cp: &CompetitorPartner) -> Vec<Cell> {
    let name = plan
        .partner(&cp.partner)
        .map_or_else(|| cp.partner.clone(), |p| p.name.clone());
    vec![
        Cell {
            text: if first { c.name.clone() } else { String::new() },
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
    ]
}

/// Whom to recruit first and next, and the partners locked to a competitor.
fn counter_strategy(pr: &Project, b: &mut Vec<Block>) {
    let counter = &pr.analysis.counter;
    b.push(h(
        3,
        "Recruit first: available and not held by a competitor",
    ));
    b.push(bullets_or(
        scored_names(pr, &counter.available),
        "No uncontested prospect.",
    ));
    more_note(counter.available.len(), b);
    b.push(h(
        3,
        "Recruit next: held by a competitor without exclusivity",
    ));
    b.push(bullets_or(
        scored_names(pr, &counter.contested),
        "No contested prospect.",
    ));
    more_note(counter.contested.len(), b);
    b.push(h(
        3,
        "Locked to a competitor: approach their adjacent partners",
    ));
    b.push(locked_partners(&pr.plan, &counter.locked));
}

/// `Deloitte (85.75)`: the first [`LIST_LIMIT`] partners of `v` with their scores.
fn scored_names(pr: &Project, v: &[usize]) -> Vec<String> {
    v.iter()
        .take(LIST_LIMIT)
        .map(|&i| {
            format!(
                "{} ({})",
                pr.plan.partners[i].name,
                score_text(pr.analysis.partners[i].score)
            )
        })
        .collect()
}

/// The partners locked to a competitor, each with the competitor's adjacent partners.
fn locked_partners(plan: &Plan, locked: &[LockedEntry]) -> Block {
    if locked.is_empty() {
        return p("No partner is locked to a competitor.", TextStyle::Body);
    }
    let rows = locked
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
    Block::Table(table(
        vec![
            col("Locked partner", 3.0, Align::Left),
            col("Competitor", 2.5, Align::Left),
            col("Adjacent alternatives", 6.0, Align::Left),
        ],
        rows,
    ))
}

pub fn decisions(pr: &Project, b: &mut Vec<Block>) {
    b.push(h(1, "Decision log"));
    b.push(p(decisions_headline(pr), TextStyle::Lead));
    b.push(decision_log(pr));
}

/// The section's conclusion: decisions in force, proposed to this meeting, and those the
/// matrix does not support.
fn decisions_headline(pr: &Project) -> String {
    let plan = &pr.plan;
    let with = |s: DecisionStatus| plan.decisions.iter().filter(|d| d.status == s).count();
    let unsupported = plan
        .decisions
        .iter()
        .zip(&pr.analysis.decisions)
        .filter(|(d, m)| {
            matches!(d.status, DecisionStatus::Active | DecisionStatus::Proposed)
                && !m.supports(d.decision)
        })
        .count();
    let matrix = match unsupported {
        0 => "the build/partner/acquire matrix supports every one in force".to_string(),
        n => format!(
            "the matrix does not support {}",
            crate::text::plural(n, "decision")
        ),
    };
    format!(
        "{} in force and {} put to this meeting; {matrix}. Rationales are in the appendix.",
        crate::text::plural(with(DecisionStatus::Active), "decision"),
        with(DecisionStatus::Proposed)
    )
}

/// Every decision with what the matrix says of it, its status and review date.
fn decision_log(pr: &Project) -> Block {
    let rows = pr
        .plan
        .decisions
        .iter()
        .zip(&pr.analysis.decisions)
        .map(|(d, m)| {
            vec![
                Cell {
                    text: d.id.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(d.title.clone()),
                Cell::text(d.decision.as_str()),
                matrix_cell(d, m),
                Cell::toned(d.status.label(), decision_tone(d.status)),
                Cell::text(d.review_date.map_or_else(|| "—".into(), |r| r.to_string())),
            ]
        })
        .collect();
    Block::Table(table(
        vec![
            col("ID", 1.3, Align::Left),
            col("Capability / market", 4.5, Align::Left),
            col("Decision", 1.7, Align::Left),
            col("Matrix", 2.5, Align::Left),
            col("Status", 1.7, Align::Left),
            col("Review", 1.8, Align::Left),
        ],
        rows,
    ))
}

/// Whether the matrix supports the declared decision, suggests another, or has no answer.
fn matrix_cell(d: &Decision, m: &MatrixResult) -> Cell {
    match m.outcome() {
        Some(_) if m.supports(d.decision) => {
            Cell::toned(format!("Supports {}", d.decision.as_str()), Tone::Good)
        }
        Some(o) => Cell::toned(format!("Suggests {}", o.as_str()), Tone::Bad),
        None => Cell::toned("No branch applies", Tone::Warn),
    }
}

/// The rationale of the most recent active and proposed decisions.
pub(super) fn rationales(plan: &Plan, b: &mut Vec<Block>) {
    let mut recent = plan
        .decisions
        .iter()
        .filter(|d| matches!(d.status, DecisionStatus::Active | DecisionStatus::Proposed))
        .collect::<Vec<_>>();
    let total = recent.len();
    recent.sort_by(|a, b| b.decided.cmp(&a.decided).then(a.id.cmp(&b.id)));
    let rows = recent
        .into_iter()
        .take(LIST_LIMIT)
        .map(|d| rationale_row(plan, d))
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

/// A decision's id and rationale, with the partner it considered.
fn rationale_row(plan: &Plan, d: &Decision) -> Vec<Cell> {
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
}
