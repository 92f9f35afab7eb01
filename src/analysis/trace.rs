//! Traceability (thesis models → OKRs → roadmap → partners → decisions, and orphans)
//! and overdue reviews (decisions, QBRs, tier reviews).

use crate::model::{Cadence, DecisionStatus, Plan, TierLevel, TierName};
use crate::values::Date;

/// Links from the thesis down to decisions, and what hangs loose.
#[derive(Debug, Clone, Default)]
pub struct Traceability {
    /// For each thesis model (by index): objectives serving it.
    pub model_objectives: Vec<Vec<usize>>,
    /// For each `[objective][key result]`: roadmap items as (quarter index, item index).
    pub kr_items: Vec<Vec<Vec<(usize, usize)>>>,
    /// For each partner: roadmap items naming it.
    pub partner_items: Vec<Vec<(usize, usize)>>,
    /// For each partner: decisions naming it (indexes into `plan.decisions`).
    pub partner_decisions: Vec<Vec<usize>>,
    /// Platinum partners in no roadmap item.
    pub orphan_platinum: Vec<usize>,
    /// Key results no roadmap item advances, as (objective, key result).
    pub orphan_key_results: Vec<(usize, usize)>,
    /// Thesis models (indexes) no objective serves.
    pub orphan_models: Vec<usize>,
}

impl Traceability {
    pub fn new(plan: &Plan) -> Traceability {
        let mut t = Traceability::default();
        let items: Vec<((usize, usize), &crate::model::RoadmapItem)> = plan
            .roadmap
            .iter()
            .flat_map(|r| r.quarters.iter().enumerate())
            .flat_map(|(q, quarter)| {
                quarter
                    .items
                    .iter()
                    .enumerate()
                    .map(move |(i, it)| ((q, i), it))
            })
            .collect();
        if let Some(th) = &plan.thesis {
            for (mi, m) in th.models.iter().enumerate() {
                let objs: Vec<usize> = plan
                    .objectives
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.models.contains(&m.id))
                    .map(|(i, _)| i)
                    .collect();
                if objs.is_empty() {
                    t.orphan_models.push(mi);
                }
                t.model_objectives.push(objs);
            }
        }
        for (oi, o) in plan.objectives.iter().enumerate() {
            let mut per_kr = Vec::new();
            for (ki, kr) in o.key_results.iter().enumerate() {
                let linked: Vec<(usize, usize)> = match &kr.id {
                    Some(id) => items
                        .iter()
                        .filter(|(_, it)| it.key_results.contains(id))
                        .map(|(pos, _)| *pos)
                        .collect(),
                    None => Vec::new(),
                };
                if linked.is_empty() {
                    t.orphan_key_results.push((oi, ki));
                }
                per_kr.push(linked);
            }
            t.kr_items.push(per_kr);
        }
        for (pi, p) in plan.partners.iter().enumerate() {
            let linked: Vec<(usize, usize)> = items
                .iter()
                .filter(|(_, it)| it.partners.contains(&p.id))
                .map(|(pos, _)| *pos)
                .collect();
            if p.tier == TierLevel::Tier(TierName::Platinum) && linked.is_empty() {
                t.orphan_platinum.push(pi);
            }
            t.partner_items.push(linked);
            let decisions = plan
                .decisions
                .iter()
                .enumerate()
                .filter(|(_, d)| d.partner_considered.as_deref() == Some(p.id.as_str()))
                .map(|(i, _)| i)
                .collect();
            t.partner_decisions.push(decisions);
        }
        t
    }
}

/// What is overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum OverdueKind {
    DecisionReview,
    Qbr,
    TierReview,
}

impl OverdueKind {
    pub fn label(self) -> &'static str {
        match self {
            OverdueKind::DecisionReview => "Decision review",
            OverdueKind::Qbr => "QBR",
            OverdueKind::TierReview => "Tier review",
        }
    }
}

/// One review past its date.
#[derive(Debug, Clone)]
pub struct Overdue {
    pub kind: OverdueKind,
    /// Index into `plan.decisions` or `plan.partners`, by kind.
    pub item: usize,
    pub due: Date,
    pub days_late: i64,
}

/// When a partner's next business review with us is due: its last QBR plus its tier's
/// review cadence (quarterly when the tier sets none). `None` before a first QBR.
/// The one definition: overdue reviews, partner pages and QBR packs read it.
pub fn next_qbr(p: &crate::model::Partner, tier: &crate::model::Tier) -> Option<Date> {
    let months = tier.review_cadence.map_or(3, Cadence::months);
    p.last_qbr.map(|last| last.add_months(months))
}

/// Whether a partner gets a QBR pack by default: a Platinum or Gold partner that has
/// not exited (the tiers whose commitments include business reviews with us).
pub fn holds_qbr(p: &crate::model::Partner) -> bool {
    p.tier.is_investment_tier() && p.status != crate::model::PartnerStatus::Exited
}

/// Reviews past their date as of `today`.
pub fn overdue(plan: &Plan, today: Date) -> Vec<Overdue> {
    let mut out = Vec::new();
    let mut push = |kind, item, due: Date| {
        if due < today {
            out.push(Overdue {
                kind,
                item,
                due,
                days_late: due.days_until(today),
            });
        }
    };
    for (i, d) in plan.decisions.iter().enumerate() {
        if matches!(d.status, DecisionStatus::Active | DecisionStatus::Proposed) {
            if let Some(r) = d.review_date {
                push(OverdueKind::DecisionReview, i, r);
            }
        }
    }
    for (i, p) in plan.partners.iter().enumerate() {
        let Some(tier) = p.tier.tier().and_then(|t| plan.tier(t)) else {
            continue;
        };
        let cadence = tier.review_cadence.unwrap_or(Cadence::Annual);
        if p.commitments.qbr {
            if let Some(next) = next_qbr(p, tier) {
                push(OverdueKind::Qbr, i, next);
            }
        }
        if let Some(last) = p.last_tier_review {
            push(
                OverdueKind::TierReview,
                i,
                last.add_months(cadence.months()),
            );
        }
    }
    out.sort_by_key(|o| (o.due, o.kind, o.item));
    out
}
