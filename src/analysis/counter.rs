//! The competitive partner map turned around: who holds which partner, which partners
//! are available to recruit first, and which are locked (with adjacent alternatives).

use crate::model::{Partner, PartnerStatus, Plan};
use std::collections::HashMap;

/// A competitor's hold on a partner.
#[derive(Debug, Clone, PartialEq)]
pub struct Holding {
    pub competitor: String,
    pub competitor_name: String,
    pub model: Option<String>,
    pub strength: String,
    pub locked: bool,
}

/// A partner (tracked or not) locked to a competitor, and where to go instead.
#[derive(Debug, Clone)]
pub struct LockedEntry {
    /// Index into `plan.partners` when the firm is tracked.
    pub partner: Option<usize>,
    pub name: String,
    pub competitor: String,
    /// Available partners of the same category, best score first (indexes).
    pub alternatives: Vec<usize>,
}

/// Counter-strategy lists.
#[derive(Debug, Clone, Default)]
pub struct CounterStrategy {
    holdings: HashMap<String, Vec<Holding>>,
    /// Not held by any competitor and still to recruit, best score first.
    pub available: Vec<usize>,
    /// Held by a competitor without exclusivity: under-served, recruit next.
    pub contested: Vec<usize>,
    pub locked: Vec<LockedEntry>,
}

impl CounterStrategy {
    pub fn new(plan: &Plan, scores: &[f64]) -> CounterStrategy {
        let mut holdings: HashMap<String, Vec<Holding>> = HashMap::new();
        let mut locked = Vec::new();
        for c in &plan.competitors {
            for cp in &c.partners {
                holdings
                    .entry(cp.partner.clone())
                    .or_default()
                    .push(Holding {
                        competitor: c.id.clone(),
                        competitor_name: c.name.clone(),
                        model: cp.model.clone(),
                        strength: cp.strength.clone(),
                        locked: cp.locked,
                    });
                if cp.locked {
                    let idx = plan.partners.iter().position(|p| p.id == cp.partner);
                    locked.push(LockedEntry {
                        partner: idx,
                        name: idx
                            .map_or_else(|| cp.partner.clone(), |i| plan.partners[i].name.clone()),
                        competitor: c.id.clone(),
                        alternatives: Vec::new(),
                    });
                }
            }
        }
        for (i, p) in plan.partners.iter().enumerate() {
            if let Some(comp) = &p.locked_to {
                if !locked
                    .iter()
                    .any(|l| l.partner == Some(i) && &l.competitor == comp)
                {
                    locked.push(LockedEntry {
                        partner: Some(i),
                        name: p.name.clone(),
                        competitor: comp.clone(),
                        alternatives: Vec::new(),
                    });
                }
            }
        }
        let mut cs = CounterStrategy {
            holdings,
            ..CounterStrategy::default()
        };
        let by_score = |v: &mut Vec<usize>| {
            v.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)))
        };
        let is_locked: Vec<bool> = plan.partners.iter().map(|p| cs.is_locked(p)).collect();
        for (i, p) in plan.partners.iter().enumerate() {
            let to_recruit = matches!(
                p.status,
                PartnerStatus::Prospect | PartnerStatus::Recruiting
            );
            if !to_recruit || is_locked[i] {
                continue;
            }
            if cs.holdings_of(&p.id).is_empty() {
                cs.available.push(i);
            } else {
                cs.contested.push(i);
            }
        }
        by_score(&mut cs.available);
        by_score(&mut cs.contested);
        for l in &mut locked {
            let category = l.partner.map(|i| plan.partners[i].category.as_str());
            let mut alts: Vec<usize> = plan
                .partners
                .iter()
                .enumerate()
                .filter(|(i, p)| {
                    Some(*i) != l.partner && !is_locked[*i] && p.status != PartnerStatus::Exited
                })
                .filter(|(_, p)| category.is_none_or(|c| p.category == c))
                .map(|(i, _)| i)
                .collect();
            by_score(&mut alts);
            alts.truncate(3);
            l.alternatives = alts;
        }
        locked.sort_by(|a, b| (&a.competitor, &a.name).cmp(&(&b.competitor, &b.name)));
        cs.locked = locked;
        cs
    }

    /// Competitors holding a partner id (or free firm name).
    pub fn holdings_of(&self, id: &str) -> &[Holding] {
        self.holdings.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether a partner is exclusive to a competitor.
    pub fn is_locked(&self, p: &Partner) -> bool {
        p.locked_to.is_some() || self.holdings_of(&p.id).iter().any(|h| h.locked)
    }
}
