//! What a snapshot holds: the headline figures of `analysis` (never computed again
//! here) rounded as every output shows them — money to the cent, percents to one
//! decimal, scores to two — and each partner's score, band, tier, pipeline and ARR.

use crate::model::TierLevel;
use crate::project::Project;
use crate::values::decimal::round;
use crate::values::Money;
use serde::{Deserialize, Serialize};

/// Partners per tier (exited partners left out).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ByTier {
    pub platinum: usize,
    pub gold: usize,
    pub silver: usize,
    pub registered: usize,
    pub prospect: usize,
}

impl ByTier {
    /// The tiers in ladder order, platinum first, then prospects.
    pub const LEVELS: [TierLevel; 5] = TierLevel::LADDER;

    /// The counts in ladder order, with their tiers.
    pub fn rows(&self) -> [(TierLevel, usize); 5] {
        let n = [
            self.platinum,
            self.gold,
            self.silver,
            self.registered,
            self.prospect,
        ];
        let mut i = 0;
        Self::LEVELS.map(|level| {
            i += 1;
            (level, n[i - 1])
        })
    }

    /// `3/5/5/3/7`: platinum, gold, silver, registered, prospect.
    pub fn compact(&self) -> String {
        let n = self.rows().map(|(_, n)| n.to_string());
        n.join("/")
    }
}

/// `done` of `of`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub done: usize,
    pub of: usize,
}

/// The §6.2 figures of one revision of the plan. Money is in the plan currency of that
/// revision; `None` is a figure the revision's plan could not give.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub partner_sourced_arr: Option<f64>,
    /// The ARR the thesis path requires by the end of the program year.
    pub required_this_year: Option<f64>,
    /// `target_arr` × `partner_arr_share`, the thesis target.
    pub thesis_target: Option<f64>,
    pub forecast: Option<f64>,
    pub pipeline: f64,
    pub program_cost: Option<f64>,
    /// Percent, one decimal.
    pub roi: Option<f64>,
    /// Average key-result progress in percent, one decimal.
    pub okr_progress: Option<f64>,
    pub partners_by_tier: ByTier,
    /// Priority-band partners at a signed tier.
    pub priority_signed: Count,
    /// Roadmap items of the program year that are done.
    pub roadmap_done: Option<Count>,
}

/// One partner in one revision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnerPoint {
    pub id: String,
    pub name: String,
    /// Two decimals.
    pub score: f64,
    /// `Priority`, `Secondary`, `Opportunistic`.
    pub band: String,
    /// `platinum` … `prospect`.
    pub tier: String,
    pub pipeline: Option<f64>,
    pub arr: Option<f64>,
}

impl Figures {
    /// The figures of an analysed plan.
    pub fn of(project: &Project) -> Figures {
        let a = &project.analysis;
        let (k, e) = (&a.kpis, &a.economics);
        let [platinum, gold, silver, registered, prospect] = k.by_tier;
        // money rounded to the currency's unit (no fraction of a yen), as the export does
        let cents = |m: Money| project.plan.company.currency.round(m.0);
        Figures {
            partner_sourced_arr: e.partner_arr.ok().map(cents),
            required_this_year: e.forecast.required.ok().map(cents),
            thesis_target: e.forecast.thesis_target.ok().map(cents),
            forecast: e.forecast.forecast.ok().map(cents),
            pipeline: cents(k.pipeline.value),
            program_cost: e.program_cost.ok().map(cents),
            roi: e.roi.ok().map(|r| round(r, 1)),
            okr_progress: k.okrs.as_ref().map(|o| round(o.average * 100.0, 1)),
            partners_by_tier: ByTier {
                platinum,
                gold,
                silver,
                registered,
                prospect,
            },
            priority_signed: Count {
                done: k.priority.signed,
                of: k.priority.targets,
            },
            roadmap_done: k.roadmap.as_ref().map(|r| Count {
                done: r.done,
                of: r.items,
            }),
        }
    }
}

/// Every partner of an analysed plan, by id.
pub fn partners_of(project: &Project) -> Vec<PartnerPoint> {
    let cents = |m: Money| project.plan.company.currency.round(m.0);
    let mut out: Vec<PartnerPoint> = project
        .plan
        .partners
        .iter()
        .zip(&project.analysis.partners)
        .map(|(p, f)| PartnerPoint {
            id: p.id.clone(),
            name: p.name.clone(),
            score: round(f.score, 2),
            band: f.band.label().to_string(),
            tier: p.tier.as_str().to_string(),
            pipeline: p.pipeline.map(cents),
            arr: p.arr.map(cents),
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}
