//! Tier fit: which tier a partner's pipeline, certification and commitments support,
//! and the promotions and demotions that follow.

use super::PartnerFacts;
use crate::model::{JointPlan, Partner, Plan, Tier, TierFramework, TierLevel, TierName};
use crate::text::plural_with;

/// What each criterion supports for one partner.
#[derive(Debug, Clone, PartialEq)]
pub struct TierFit {
    /// The tier whose pipeline range holds the partner's pipeline (None without pipeline).
    pub by_pipeline: Option<TierName>,
    pub by_certification: TierName,
    pub by_commitments: TierName,
    /// The lowest of the three: the tier the partner fully supports.
    pub supported: TierName,
}

/// Whether a partner meets a tier's requirements beyond pipeline and certification.
pub fn meets_commitments(p: &Partner, t: &Tier) -> bool {
    let gtm = p.commitments.gtm_activities >= t.min_gtm_activities;
    match t.level {
        TierName::Platinum => {
            gtm && p.dedicated_practice
                && p.commitments.joint_business_plan == JointPlan::Signed
                && p.commitments.qbr
                && p.commitments.named_pam
        }
        _ => gtm && (!t.dedicated_practice || p.dedicated_practice),
    }
}

/// The tier a pipeline amount falls in (ranges are checked top-down).
pub fn tier_for_pipeline(f: &TierFramework, amount: f64) -> TierName {
    for t in &f.tiers {
        if t.pipeline.min.is_none_or(|m| amount >= m.0) {
            return t.level;
        }
    }
    TierName::Registered
}

fn highest(f: &TierFramework, ok: impl Fn(&Tier) -> bool) -> TierName {
    f.tiers
        .iter()
        .find(|t| ok(t))
        .map_or(TierName::Registered, |t| t.level)
}

pub fn tier_fit(p: &Partner, f: &TierFramework) -> Option<TierFit> {
    let by_pipeline = p.pipeline.map(|m| tier_for_pipeline(f, m.0));
    let by_certification = highest(f, |t| p.certified_individuals >= t.certified_individuals);
    let by_commitments = highest(f, |t| meets_commitments(p, t));
    let mut supported = by_certification.max(by_commitments);
    if let Some(bp) = by_pipeline {
        supported = supported.max(bp);
    }
    Some(TierFit {
        by_pipeline,
        by_certification,
        by_commitments,
        supported,
    })
}

/// A promotion or demotion implied by the plan.
#[derive(Debug, Clone)]
pub struct TierChange {
    pub partner: usize,
    pub from: TierName,
    pub to: TierName,
    pub reasons: Vec<String>,
}

impl TierChange {
    pub fn is_promotion(&self) -> bool {
        self.to < self.from
    }
}

/// Promotions and demotions for every partner with a current tier.
pub fn review(plan: &Plan, facts: &[PartnerFacts]) -> Vec<TierChange> {
    let Some(f) = &plan.tiers else {
        return Vec::new();
    };
    let sym = &plan.company.currency.plain_style();
    let mut out = Vec::new();
    for (i, (p, fact)) in plan.partners.iter().zip(facts).enumerate() {
        let (TierLevel::Tier(current), Some(fit)) = (p.tier, &fact.fit) else {
            continue;
        };
        if fit.supported == current {
            continue;
        }
        let to = fit.supported;
        let target = f.get(to);
        let mut reasons = Vec::new();
        if let (Some(bp), Some(pipe)) = (fit.by_pipeline, p.pipeline) {
            if bp != current {
                reasons.push(format!(
                    "pipeline {} is in the {} range ({})",
                    pipe.exact(sym),
                    bp.label(),
                    f.get(bp).pipeline.exact(sym)
                ));
            }
        }
        if to > current {
            let cur = f.get(current);
            if p.certified_individuals < cur.certified_individuals {
                reasons.push(format!(
                    "{}, {} requires {}",
                    certified(p.certified_individuals),
                    current.label(),
                    cur.certified_individuals
                ));
            }
            if !meets_commitments(p, cur) {
                reasons.push(format!("does not meet the {} commitments", current.label()));
            }
        } else {
            reasons.push(format!(
                "meets {} certification ({} ≥ {}) and commitments",
                to.label(),
                p.certified_individuals,
                target.certified_individuals
            ));
        }
        out.push(TierChange {
            partner: i,
            from: current,
            to,
            reasons,
        });
    }
    out
}

/// `1 certified individual`, `3 certified individuals`.
fn certified(n: u32) -> String {
    plural_with(n as usize, "certified individual", "certified individuals")
}
