//! Everything the plan implies: scores and bands, tier fit and review, the decision
//! matrix, OKR progress, near-the-line sensitivity, counter-strategy, traceability,
//! overdue reviews, headline KPIs and the program's economics and forecast.
//!
//! The single source of these numbers: the rules, the site, the board pack and the
//! diff all read them from [`Analysis`].

pub mod board;
mod breakdown;
mod counter;
pub mod distance;
mod economics;
mod kpis;
mod matrix;
mod scores;
mod statement;
mod tiers;
mod trace;

pub use breakdown::{Breakdowns, PartnerMoney, Slice};
pub use counter::{CounterStrategy, Holding, LockedEntry};
pub use distance::{Distance, Missing, Need, Requirement, RequirementKind};
pub use economics::{
    cac, required_this_year, roi, ArrSource, CostLine, Economics, Figure, Forecast, Gap, PathPoint,
    Verdict, ARR_FIELD,
};
pub use kpis::{
    ratio, CompanyArr, ComputedMetric, Kpis, NorthStar, OkrProgress, PartnerShare, Pipeline,
    PrioritySigned, RoadmapProgress,
};
pub use matrix::{evaluate_matrix, MatrixResult};
pub use scores::{
    band_of, score_of, Band, BandChange, NearLine, NearThreshold, NEAR_POINTS, WEIGHT_STEP,
};
#[cfg(test)]
pub(crate) use statement::statement_plan;
pub use statement::{thesis_parts, ThesisModel, ThesisParts};
pub use tiers::{tier_fit, TierChange, TierFit, TierReason};
pub use trace::{holds_qbr, next_qbr, Overdue, OverdueKind, Traceability};

use crate::model::{Measure, Plan};
use crate::values::Date;
use rayon::prelude::*;

/// Computed facts about one partner.
#[derive(Debug, Clone)]
pub struct PartnerFacts {
    pub score: f64,
    pub band: Band,
    /// 1-based rank by score (ties share the order of ids); `None` for an exited
    /// partner, which is never ranked.
    pub rank: Option<usize>,
    pub fit: Option<TierFit>,
    /// Competitors that hold this partner.
    pub holdings: Vec<Holding>,
    pub locked: bool,
}

/// Progress of one measured key result.
#[derive(Debug, Clone, Copy)]
pub struct KrProgress {
    /// 0.0 at baseline (or zero), 1.0 at target; may exceed 1.0.
    pub fraction: f64,
}

/// The analysis of a plan as of a date.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub today: Date,
    /// Same order as `plan.partners`.
    pub partners: Vec<PartnerFacts>,
    /// Indexes into `plan.partners` of the partners that have not exited, best score
    /// first.
    pub ranking: Vec<usize>,
    /// Indexes of the exited partners, in the order of `plan.partners`: counted
    /// nowhere but in a line of their own.
    pub exited: Vec<usize>,
    /// Same order as `plan.decisions`.
    pub decisions: Vec<MatrixResult>,
    /// `[objective][key result]`.
    pub progress: Vec<Vec<Option<KrProgress>>>,
    pub tier_review: Vec<TierChange>,
    /// Each partner's distance to the next tier up (same order as `plan.partners`;
    /// `None` when the plan has no tier framework).
    pub distance: Vec<Option<Distance>>,
    pub near_line: NearLine,
    pub counter: CounterStrategy,
    pub trace: Traceability,
    pub overdue: Vec<Overdue>,
    pub kpis: Kpis,
    /// Program economics and the forecast against the thesis.
    pub economics: Economics,
    /// The scorecard against this year's plan, the asks and the risks.
    pub board: board::Board,
}

impl Analysis {
    pub fn new(plan: &Plan, today: Date) -> Analysis {
        let scores: Vec<f64> = plan
            .partners
            .iter()
            .map(|p| score_of(&p.ratings, &plan.scoring.weights))
            .collect();
        let exited_at = |i: &usize| plan.partners[*i].status == crate::model::PartnerStatus::Exited;
        let (exited, mut ranking): (Vec<usize>, Vec<usize>) =
            (0..plan.partners.len()).partition(exited_at);
        ranking.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        let mut rank = vec![None; scores.len()];
        for (pos, &i) in ranking.iter().enumerate() {
            rank[i] = Some(pos + 1);
        }
        let counter = CounterStrategy::new(plan, &scores);
        // The parts that only read the plan and the scores are made side by side.
        let facts = || -> Vec<PartnerFacts> {
            plan.partners
                .par_iter()
                .enumerate()
                .map(|(i, p)| PartnerFacts {
                    score: scores[i],
                    band: band_of(scores[i], &plan.scoring),
                    rank: rank[i],
                    fit: plan.tiers.as_ref().and_then(|t| tier_fit(p, t)),
                    holdings: counter.holdings_of(&p.id).to_vec(),
                    locked: counter.is_locked(p),
                })
                .collect()
        };
        let distance = || -> Vec<Option<Distance>> {
            plan.partners
                .par_iter()
                .map(|p| plan.tiers.as_ref().map(|f| Distance::of(p, f)))
                .collect()
        };
        let ((partners, distance), ((near_line, trace), economics)) = rayon::join(
            || rayon::join(facts, distance),
            || {
                rayon::join(
                    || rayon::join(|| NearLine::new(plan, &scores), || Traceability::new(plan)),
                    || Economics::new(plan),
                )
            },
        );
        let tier_review = tiers::review(plan, &partners);
        let decisions = plan
            .decisions
            .iter()
            .map(|d| evaluate_matrix(&d.criteria))
            .collect();
        let progress: Vec<Vec<Option<KrProgress>>> = plan
            .objectives
            .iter()
            .map(|o| {
                o.key_results
                    .iter()
                    .map(|k| kr_progress(k.target, k.current, k.baseline, k.better))
                    .collect()
            })
            .collect();
        let overdue = trace::overdue(plan, today);
        let kpis = Kpis::new(plan, &partners, &progress, &economics);
        let board = board::Board::new(&board::Inputs {
            plan,
            today,
            facts: &partners,
            progress: &progress,
            tier_review: &tier_review,
            kpis: &kpis,
            economics: &economics,
        });
        Analysis {
            today,
            partners,
            ranking,
            exited,
            decisions,
            progress,
            tier_review,
            distance,
            near_line,
            counter,
            trace,
            overdue,
            kpis,
            economics,
            board,
        }
    }
}

/// Progress of a key result from its baseline (or zero) to its target. Without a
/// baseline, a key result where lower is better has made `target / current` of its way
/// (a churn of 8 % against a 4 % target is halfway).
pub fn kr_progress(
    target: Option<Measure>,
    current: Option<Measure>,
    baseline: Option<Measure>,
    better: crate::model::Better,
) -> Option<KrProgress> {
    let (t, c) = (target?.value(), current?.value());
    if better == crate::model::Better::Lower && baseline.is_none() {
        let fraction = if c > 0.0 { (t / c).max(0.0) } else { 1.0 };
        return Some(KrProgress { fraction });
    }
    let b = baseline.map_or(0.0, Measure::value);
    let span = t - b;
    if span.abs() < f64::EPSILON {
        return Some(KrProgress {
            fraction: if better.improved(c, t) == Some(true) {
                0.0
            } else {
                1.0
            },
        });
    }
    Some(KrProgress {
        fraction: ((c - b) / span).max(0.0),
    })
}

impl Analysis {
    /// Every partner to list: the ranked ones best first, then the exited ones.
    pub fn listed(&self) -> impl Iterator<Item = usize> + '_ {
        self.ranking.iter().chain(&self.exited).copied()
    }
}
