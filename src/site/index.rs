//! Per-item lookups into the analysis, built once per render so that each partner
//! and decision page finds its tier change, sensitivity, counter-strategy position
//! and overdue reviews without scanning the whole analysis.

use crate::analysis::{Analysis, OverdueKind};

/// What the analysis says about one partner, as indexes into the analysis's lists.
#[derive(Debug, Clone, Default)]
pub struct PartnerRefs {
    /// Index into `analysis.tier_review`.
    pub tier_change: Option<usize>,
    /// Indexes into `analysis.near_line.sensitive`.
    pub sensitive: Vec<usize>,
    /// Indexes into `analysis.counter.locked`.
    pub locked: Vec<usize>,
    /// Indexes into `analysis.overdue` (QBRs and tier reviews).
    pub overdue: Vec<usize>,
    pub available: bool,
    pub contested: bool,
}

/// Lookups for every partner and decision.
#[derive(Debug, Clone, Default)]
pub struct AnalysisIndex {
    pub partners: Vec<PartnerRefs>,
    /// Days late of each decision's review, when overdue.
    pub decision_late: Vec<Option<i64>>,
}

impl AnalysisIndex {
    pub fn new(an: &Analysis, partners: usize, decisions: usize) -> AnalysisIndex {
        let mut p = vec![PartnerRefs::default(); partners];
        for (k, c) in an.tier_review.iter().enumerate() {
            if let Some(r) = p.get_mut(c.partner) {
                r.tier_change.get_or_insert(k);
            }
        }
        for (k, c) in an.near_line.sensitive.iter().enumerate() {
            if let Some(r) = p.get_mut(c.partner) {
                r.sensitive.push(k);
            }
        }
        for (k, l) in an.counter.locked.iter().enumerate() {
            if let Some(r) = l.partner.and_then(|i| p.get_mut(i)) {
                r.locked.push(k);
            }
        }
        for &i in &an.counter.available {
            if let Some(r) = p.get_mut(i) {
                r.available = true;
            }
        }
        for &i in &an.counter.contested {
            if let Some(r) = p.get_mut(i) {
                r.contested = true;
            }
        }
        let mut decision_late = vec![None; decisions];
        for (k, o) in an.overdue.iter().enumerate() {
            match o.kind {
                OverdueKind::DecisionReview => {
                    if let Some(d) = decision_late.get_mut(o.item) {
                        *d = Some(o.days_late);
                    }
                }
                _ => {
                    if let Some(r) = p.get_mut(o.item) {
                        r.overdue.push(k);
                    }
                }
            }
        }
        AnalysisIndex {
            partners: p,
            decision_late,
        }
    }
}
