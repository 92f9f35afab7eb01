//! Tier fit: which tier a partner's pipeline, certification and commitments support,
//! and the promotions and demotions that follow.

use super::PartnerFacts;
use crate::model::{Partner, Plan, Tier, TierFramework, TierLevel, TierName};
use crate::values::Money;

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

/// Whether a partner meets a tier's requirements beyond pipeline and certification
/// (the commitments of [`super::distance::requirements`]).
pub fn meets_commitments(p: &Partner, t: &Tier) -> bool {
    super::distance::requirements(p, t)
        .iter()
        .filter(|r| r.kind.is_commitment())
        .all(|r| r.met())
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

/// Why a partner's standing supports another tier (worded by `render::reasons`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TierReason {
    /// The partner's pipeline is in the pipeline range of `tier`.
    Pipeline { amount: Money, tier: TierName },
    /// Fewer certified individuals (`have`) than the current `tier` requires.
    CertifiedShort {
        tier: TierName,
        have: u32,
        required: u32,
    },
    /// The partner does not meet the current `tier`'s commitments.
    Commitments { tier: TierName },
    /// The partner meets the certification (`have` ≥ `required`) and the commitments
    /// of the higher `tier`.
    Meets {
        tier: TierName,
        have: u32,
        required: u32,
    },
}

/// A promotion or demotion implied by the plan.
#[derive(Debug, Clone)]
pub struct TierChange {
    pub partner: usize,
    pub from: TierName,
    pub to: TierName,
    pub reasons: Vec<TierReason>,
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
                reasons.push(TierReason::Pipeline {
                    amount: pipe,
                    tier: bp,
                });
            }
        }
        if to > current {
            let cur = f.get(current);
            if p.certified_individuals < cur.certified_individuals {
                reasons.push(TierReason::CertifiedShort {
                    tier: current,
                    have: p.certified_individuals,
                    required: cur.certified_individuals,
                });
            }
            if !meets_commitments(p, cur) {
                reasons.push(TierReason::Commitments { tier: current });
            }
        } else {
            reasons.push(TierReason::Meets {
                tier: to,
                have: p.certified_individuals,
                required: target.certified_individuals,
            });
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
