//! Board pack: tier framework and review, competitive map and counter-strategy, decision log.

use super::tables::{
    bullets_or, col, count, decision_tone, h, list, more_note, p, plain_text_smart, score, table,
    LIST_LIMIT,
};
use crate::analysis::{LockedEntry, MatrixResult};
use crate::audience::view::SharedTier;
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, word_id, Lang};
use crate::model::{
    Competitor, CompetitorPartner, Decision, DecisionKind, DecisionStatus, Plan, TierFramework,
};
use crate::pdf::{Align, Block, Cell, TextStyle, Tone};
use crate::project::Project;
use crate::values::MoneyStyle;

pub fn tiers(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let plan = &pr.plan;
    b.push(h(1, lang.t("pack_tiers_title")));
    let Some(f) = &plan.tiers else {
        b.push(p(lang.t("pack_tiers_none"), TextStyle::Muted));
        return;
    };
    let k = &pr.analysis.kpis.by_tier;
    let review = &pr.analysis.tier_review;
    let up = review.iter().filter(|c| c.is_promotion()).count();
    b.push(p(
        lang.f(
            "pack_tiers_lead",
            &args(&[
                ("platinum", k[0].into()),
                ("gold", k[1].into()),
                ("silver", k[2].into()),
                ("registered", k[3].into()),
                ("promotions", up.into()),
                ("demotions", (review.len() - up).into()),
            ]),
        ),
        TextStyle::Lead,
    ));
    let shared: Vec<SharedTier> = f.tiers.iter().map(SharedTier::from).collect();
    b.push(tier_requirements(&shared, plan.money_style(), lang));
    b.push(tier_terms(f, lang));
    b.push(h(2, lang.t("pack_tier_review")));
    tier_review(pr, lang, b);
}

/// What each tier asks for: pipeline, certifications, practice, MDF, GTM activities,
/// review cadence (the board pack's and the partner-facing QBR pack's table).
pub(crate) fn tier_requirements(tiers: &[SharedTier], sym: &MoneyStyle, lang: &Lang) -> Block {
    let rows = tiers
        .iter()
        .map(|t| {
            vec![
                Cell {
                    text: t.name.clone(),
                    bold: true,
                    ..Cell::default()
                },
                Cell::text(crate::render::figures::range(&t.pipeline, sym, lang)),
                Cell::text(count(lang, t.certified_individuals as usize)),
                Cell::text(if t.dedicated_practice {
                    lang.t("pack_required").into_owned()
                } else {
                    "—".into()
                }),
                Cell::text(
                    t.mdf_per_year
                        .map_or_else(|| "—".into(), |m| m.display(sym)),
                ),
                Cell::text(count(lang, t.min_gtm_activities as usize)),
                Cell::text(
                    t.review_cadence
                        .map_or_else(|| "—".into(), |c| lang.word("cadence", c.as_str())),
                ),
            ]
        })
        .collect();
    Block::Table(table(
        vec![
            col(&lang.t("pack_col_tier"), 2.0, Align::Left),
            col(&lang.t("pack_col_annual_pipeline"), 2.6, Align::Left),
            col(&lang.t("pack_col_certified"), 1.5, Align::Right),
            col(&lang.t("pack_col_dedicated_practice"), 2.2, Align::Left),
            col(&lang.t("pack_col_mdf_per_year"), 1.8, Align::Right),
            col(&lang.t("pack_col_gtm_per_year"), 1.6, Align::Right),
            col(&lang.t("pack_col_review"), 1.8, Align::Left),
        ],
        rows,
    ))
}

/// Each tier's benefits and commitments, as bullets.
fn tier_terms(f: &TierFramework, lang: &Lang) -> Block {
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
            col(&lang.t("pack_col_tier"), 1.6, Align::Left),
            col(&lang.t("pack_col_benefits"), 5.0, Align::Left),
            col(&lang.t("pack_col_commitments"), 4.5, Align::Left),
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
fn tier_review(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let review = &pr.analysis.tier_review;
    if review.is_empty() {
        b.push(p(lang.t("pack_tier_review_none"), TextStyle::Body));
        return;
    }
    let rows = review
        .iter()
        .take(LIST_LIMIT)
        .map(|c| {
            let (id, tone) = if c.is_promotion() {
                ("pack_promote", Tone::Good)
            } else {
                ("pack_demote", Tone::Warn)
            };
            vec![
                Cell::text(pr.plan.partners[c.partner].name.clone()),
                Cell::toned(
                    lang.f(
                        id,
                        &args(&[
                            ("from", lang.word("tier", c.from.as_str()).into()),
                            ("to", lang.word("tier", c.to.as_str()).into()),
                        ]),
                    ),
                    tone,
                ),
                Cell::text(crate::render::reasons::tier_reasons(c, &pr.plan, lang).join("; ")),
            ]
        })
        .collect();
    b.push(Block::Table(table(
        vec![
            col(&lang.t("pack_col_partner"), 3.0, Align::Left),
            col(&lang.t("pack_col_recommendation"), 3.5, Align::Left),
            col(&lang.t("pack_col_reason"), 6.0, Align::Left),
        ],
        rows,
    )));
    more_note(lang, review.len(), b);
}

pub fn competition(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(1, lang.t("pack_competition_title")));
    b.push(p(competition_headline(pr, lang), TextStyle::Lead));
    b.push(h(2, lang.t("pack_counter_strategy")));
    counter_strategy(pr, lang, b);
}

/// The section's conclusion: how many tracked partners competitors hold and lock, and
/// how many are free to recruit first.
fn competition_headline(pr: &Project, lang: &Lang) -> String {
    let a = &pr.analysis;
    let held = a
        .ranking
        .iter()
        .filter(|&&i| !a.partners[i].holdings.is_empty())
        .count();
    let locked = a.ranking.iter().filter(|&&i| a.partners[i].locked).count();
    lang.f(
        "pack_competition_lead",
        &args(&[
            ("competitors", pr.plan.competitors.len().into()),
            ("held", held.into()),
            ("tracked", a.ranking.len().into()),
            ("locked", locked.into()),
            ("free", a.counter.available.len().into()),
        ]),
    )
}

/// The competitor map in full, for the appendix.
pub fn competitor_detail(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    if pr.plan.competitors.is_empty() {
        return;
    }
    b.push(h(2, lang.t("pack_competitor_map")));
    competitor_map(&pr.plan, lang, b);
}

/// Each competitor's partners (the first [`LIST_LIMIT`] of each) in one table, and a note
/// naming how many were left out.
fn competitor_map(plan: &Plan, lang: &Lang, b: &mut Vec<Block>) {
    let mut rows = Vec::new();
    let mut omitted = Vec::new();
    for c in &plan.competitors {
        if c.partners.len() > LIST_LIMIT {
            omitted.push(lang.f(
                "pack_competitor_omitted",
                &args(&[
                    ("n", (c.partners.len() - LIST_LIMIT).into()),
                    ("competitor", c.name.as_str().into()),
                ]),
            ));
        }
        for (j, cp) in c.partners.iter().take(LIST_LIMIT).enumerate() {
            rows.push(competitor_row(plan, c, j == 0, cp, lang));
        }
    }
    b.push(Block::Table(table(
        vec![
            col(&lang.t("pack_col_competitor"), 2.2, Align::Left),
            col(&lang.t("pack_col_partner"), 2.6, Align::Left),
            col(&lang.t("pack_col_model"), 2.0, Align::Left),
            col(&lang.t("pack_col_perceived_strength"), 5.0, Align::Left),
            col(&lang.t("pack_col_exclusive"), 1.5, Align::Left),
        ],
        rows,
    )));
    if !omitted.is_empty() {
        b.push(p(
            lang.f(
                "pack_competitor_omitted_note",
                &args(&[
                    ("limit", LIST_LIMIT.into()),
                    ("omitted", list(lang, &omitted).into()),
                ]),
            ),
            TextStyle::Muted,
        ));
    }
}

/// One partner of a competitor; the competitor is named on its `first` row only.
fn competitor_row(
    plan: &Plan,
    c: &Competitor,
    first: bool,
    cp: &CompetitorPartner,
    lang: &Lang,
) -> Vec<Cell> {
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
            Cell::toned(lang.t("pack_locked"), Tone::Bad)
        } else {
            Cell::text(lang.t("pack_open"))
        },
    ]
}

/// Whom to recruit first and next, and the partners locked to a competitor.
fn counter_strategy(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    let counter = &pr.analysis.counter;
    b.push(h(3, lang.t("pack_recruit_first")));
    b.push(bullets_or(
        scored_names(pr, &counter.available, lang),
        &lang.t("pack_recruit_first_none"),
    ));
    more_note(lang, counter.available.len(), b);
    b.push(h(3, lang.t("pack_recruit_next")));
    b.push(bullets_or(
        scored_names(pr, &counter.contested, lang),
        &lang.t("pack_recruit_next_none"),
    ));
    more_note(lang, counter.contested.len(), b);
    b.push(h(3, lang.t("pack_locked_title")));
    b.push(locked_partners(&pr.plan, &counter.locked, lang));
}

/// `Deloitte (85.75)`: the first [`LIST_LIMIT`] partners of `v` with their scores.
fn scored_names(pr: &Project, v: &[usize], lang: &Lang) -> Vec<String> {
    v.iter()
        .take(LIST_LIMIT)
        .map(|&i| {
            lang.f(
                "pack_scored_name",
                &args(&[
                    ("name", pr.plan.partners[i].name.as_str().into()),
                    ("score", score(lang, pr.analysis.partners[i].score).into()),
                ]),
            )
        })
        .collect()
}

/// The partners locked to a competitor, each with the competitor's adjacent partners.
fn locked_partners(plan: &Plan, locked: &[LockedEntry], lang: &Lang) -> Block {
    if locked.is_empty() {
        return p(lang.t("pack_locked_none"), TextStyle::Body);
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
                    list(lang, &alts)
                }),
            ]
        })
        .collect();
    Block::Table(table(
        vec![
            col(&lang.t("pack_col_locked_partner"), 3.0, Align::Left),
            col(&lang.t("pack_col_competitor"), 2.5, Align::Left),
            col(&lang.t("pack_col_adjacent_alternatives"), 6.0, Align::Left),
        ],
        rows,
    ))
}

pub fn decisions(pr: &Project, lang: &Lang, b: &mut Vec<Block>) {
    b.push(h(1, lang.t("pack_decisions_title")));
    b.push(p(decisions_headline(pr, lang), TextStyle::Lead));
    b.push(decision_log(pr, lang));
}

/// The section's conclusion: decisions in force, proposed to this meeting, and those the
/// matrix does not support.
fn decisions_headline(pr: &Project, lang: &Lang) -> String {
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
    let id = if unsupported == 0 {
        "pack_decisions_lead"
    } else {
        "pack_decisions_lead_unsupported"
    };
    lang.f(
        id,
        &args(&[
            ("active", with(DecisionStatus::Active).into()),
            ("proposed", with(DecisionStatus::Proposed).into()),
            ("unsupported", unsupported.into()),
        ]),
    )
}

/// A decision kind as the pack writes it: `BUILD`, `Selbst entwickeln`.
fn kind(lang: &Lang, k: DecisionKind) -> String {
    lang.t(&word_id("pack_decision", k.as_str())).into_owned()
}

/// Every decision with what the matrix says of it, its status and review date.
fn decision_log(pr: &Project, lang: &Lang) -> Block {
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
                Cell::text(kind(lang, d.decision)),
                matrix_cell(d, m, lang),
                Cell::toned(
                    lang.word("decision_status", d.status.as_str()),
                    decision_tone(d.status),
                ),
                Cell::text(
                    d.review_date
                        .map_or_else(|| "—".into(), |r| lang.fmt.date(r, DateStyle::Medium)),
                ),
            ]
        })
        .collect();
    Block::Table(table(
        vec![
            col(&lang.t("pack_col_id"), 1.3, Align::Left),
            col(&lang.t("pack_col_capability"), 4.5, Align::Left),
            col(&lang.t("pack_col_decision"), 1.7, Align::Left),
            col(&lang.t("pack_col_matrix"), 2.5, Align::Left),
            col(&lang.t("pack_col_status"), 1.7, Align::Left),
            col(&lang.t("pack_col_review"), 1.8, Align::Left),
        ],
        rows,
    ))
}

/// Whether the matrix supports the declared decision, suggests another, or has no answer.
fn matrix_cell(d: &Decision, m: &MatrixResult, lang: &Lang) -> Cell {
    let says = |id: &str, k: DecisionKind| lang.f(id, &args(&[("decision", kind(lang, k).into())]));
    match m.outcome() {
        Some(_) if m.supports(d.decision) => {
            Cell::toned(says("pack_matrix_supports", d.decision), Tone::Good)
        }
        Some(o) => Cell::toned(says("pack_matrix_suggests", o), Tone::Bad),
        None => Cell::toned(lang.t("pack_matrix_none"), Tone::Warn),
    }
}

/// The rationale of the most recent active and proposed decisions.
pub(super) fn rationales(plan: &Plan, lang: &Lang, b: &mut Vec<Block>) {
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
        .map(|d| rationale_row(plan, d, lang))
        .collect::<Vec<_>>();
    if !rows.is_empty() {
        b.push(h(2, lang.t("pack_rationales_title")));
        b.push(Block::Table(table(
            vec![
                col(&lang.t("pack_col_id"), 1.3, Align::Left),
                col(&lang.t("pack_col_rationale"), 12.0, Align::Left),
            ],
            rows,
        )));
        more_note(lang, total, b);
    }
}

/// A decision's id and rationale, with the partner it considered.
fn rationale_row(plan: &Plan, d: &Decision, lang: &Lang) -> Vec<Cell> {
    let partner = d
        .partner_considered
        .as_deref()
        .and_then(|id| plan.partner(id))
        .map(|p| {
            let line = lang.f(
                "pack_partner_considered",
                &args(&[("partner", p.name.as_str().into())]),
            );
            format!("\n{line}")
        })
        .unwrap_or_default();
    vec![
        Cell {
            text: d.id.clone(),
            bold: true,
            ..Cell::default()
        },
        Cell::text(format!("{}{partner}", plain_text_smart(&d.rationale.text))),
    ]
}
