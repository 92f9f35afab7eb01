//! Breakdowns of the program's money: pipeline, ARR and partner cost (MDF and payouts)
//! by tier, by landscape, by model and by geography.
//!
//! Every partner falls in exactly one slice of each breakdown (its current tier, its
//! landscape, its first listed model, its first listed geography), so the slices of a
//! breakdown sum to the program's totals: pipeline counts active and recruiting
//! partners (as the headline pipeline does), ARR and payouts every partner, MDF every
//! partner that has not exited.

use crate::model::{Landscape, Partner, PartnerStatus, Plan, TierLevel};
use crate::values::Money;

/// What one partner costs and brings.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PartnerMoney {
    pub arr: Option<Money>,
    /// `mdf`, counted only while the partner has not exited.
    pub mdf: Money,
    /// `terms.referral_fee` + `terms.reseller_margin`, in percent.
    pub payout_rate: f64,
    /// `arr` × the payout rate.
    pub payout: Money,
}

impl PartnerMoney {
    /// What the partner costs the program directly: MDF and payouts.
    pub fn cost(&self) -> Money {
        Money(self.mdf.0 + self.payout.0)
    }
}

/// One slice of a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Slice {
    /// What the slice is (`Platinum`, `A · Strategic`, `Co-sell`, `EU`).
    pub label: String,
    /// Partners in the slice that have not exited.
    pub partners: usize,
    /// Σ `pipeline` of the slice's active and recruiting partners.
    pub pipeline: Money,
    /// Σ partner `arr`.
    pub arr: Money,
    pub mdf: Money,
    pub payouts: Money,
    /// Σ partner `new_customers`.
    pub new_customers: u32,
}

impl Slice {
    fn new(label: impl Into<String>) -> Slice {
        Slice {
            label: label.into(),
            partners: 0,
            pipeline: Money(0.0),
            arr: Money(0.0),
            mdf: Money(0.0),
            payouts: Money(0.0),
            new_customers: 0,
        }
    }

    /// MDF and payouts: what the slice's partners cost the program directly.
    pub fn cost(&self) -> Money {
        Money(self.mdf.0 + self.payouts.0)
    }

    fn add(&mut self, p: &Partner, m: &PartnerMoney) {
        if p.status != PartnerStatus::Exited {
            self.partners += 1;
        }
        if matches!(p.status, PartnerStatus::Active | PartnerStatus::Recruiting) {
            self.pipeline.0 += p.pipeline.map_or(0.0, |x| x.0);
        }
        self.arr.0 += p.arr.map_or(0.0, |x| x.0);
        self.mdf.0 += m.mdf.0;
        self.payouts.0 += m.payout.0;
        self.new_customers = self
            .new_customers
            .saturating_add(p.new_customers.unwrap_or(0));
    }
}

/// The four breakdowns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Breakdowns {
    /// Platinum, Gold, Silver, Registered, Prospect (all five, in that order).
    pub by_tier: Vec<Slice>,
    /// A, B, C.
    pub by_landscape: Vec<Slice>,
    /// By first listed model, largest pipeline first.
    pub by_model: Vec<Slice>,
    /// By first listed geography, largest pipeline first.
    pub by_geography: Vec<Slice>,
}

pub fn breakdowns(plan: &Plan, money: &[PartnerMoney]) -> Breakdowns {
    let tiers = TierLevel::LADDER;
    let mut by_tier: Vec<Slice> = tiers.iter().map(|t| Slice::new(t.label())).collect();
    let mut by_landscape: Vec<Slice> = Landscape::ALL
        .iter()
        .map(|l| Slice::new(format!("{} · {}", l.as_str(), l.label())))
        .collect();
    let mut by_model: Vec<Slice> = Vec::new();
    let mut by_geography: Vec<Slice> = Vec::new();
    for (p, m) in plan.partners.iter().zip(money) {
        by_tier[p.tier.rank()].add(p, m);
        if let Some(i) = Landscape::ALL.iter().position(|l| *l == p.landscape) {
            by_landscape[i].add(p, m);
        }
        let model = p.models.first().map_or_else(
            || "No model".to_string(),
            |id| {
                plan.model(id)
                    .map_or_else(|| id.clone(), |d| d.name.clone())
            },
        );
        named(&mut by_model, &model).add(p, m);
        let geo = p
            .geography
            .first()
            .map_or("Not given", |g| g.as_str())
            .to_string();
        named(&mut by_geography, &geo).add(p, m);
    }
    for list in [&mut by_model, &mut by_geography] {
        list.sort_by(|a, b| {
            b.pipeline
                .0
                .total_cmp(&a.pipeline.0)
                .then(b.arr.0.total_cmp(&a.arr.0))
                .then(a.label.cmp(&b.label))
        });
    }
    Breakdowns {
        by_tier,
        by_landscape,
        by_model,
        by_geography,
    }
}

/// The slice with this label, added when new.
fn named<'a>(list: &'a mut Vec<Slice>, label: &str) -> &'a mut Slice {
    let i = match list.iter().position(|s| s.label == label) {
        Some(i) => i,
        None => {
            list.push(Slice::new(label));
            list.len() - 1
        }
    };
    &mut list[i]
}
