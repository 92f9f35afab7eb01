//! The build / partner / acquire decision matrix of the playbook.

use crate::model::{Criteria, DecisionKind};

/// Which branches of the matrix a decision's criteria satisfy.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MatrixResult {
    /// Outcomes the criteria support, in the matrix's order.
    pub supported: Vec<DecisionKind>,
    /// The PARTNER outcome comes from the new-geography branch (consider a JV).
    pub joint_venture_consideration: bool,
    /// One line per branch: whether it applies and why.
    pub reasons: Vec<String>,
}

impl MatrixResult {
    pub fn supports(&self, kind: DecisionKind) -> bool {
        self.supported.contains(&kind)
    }

    /// The outcome to show: the first supported one.
    pub fn outcome(&self) -> Option<DecisionKind> {
        self.supported.first().copied()
    }
}

fn mark(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// Evaluates the seed's matrix on a decision's criteria.
pub fn evaluate_matrix(c: &Criteria) -> MatrixResult {
    let build = c.core_differentiation && c.engineering_capacity;
    let partner = c.adjacent
        && !c.core_differentiation
        && c.strong_partner_serves_icp
        && c.partner_economics_positive;
    let acquire =
        c.critical_to_market_position && c.build_months > 18 && c.acquisition_target_in_budget;
    let geo = c.new_market_entry && c.partner_local_presence;
    let mut r = MatrixResult::default();
    if build {
        r.supported.push(DecisionKind::Build);
    }
    if partner || geo {
        r.supported.push(DecisionKind::Partner);
    }
    if acquire {
        r.supported.push(DecisionKind::Acquire);
    }
    r.joint_venture_consideration = geo;
    r.reasons = vec![
        format!(
            "BUILD: core to differentiation ({}) and engineering capacity ({})",
            mark(c.core_differentiation),
            mark(c.engineering_capacity)
        ),
        format!(
            "PARTNER: adjacent ({}), not core ({}), a strong partner serves the ICP ({}), partner economics positive ({})",
            mark(c.adjacent),
            mark(!c.core_differentiation),
            mark(c.strong_partner_serves_icp),
            mark(c.partner_economics_positive)
        ),
        format!(
            "ACQUIRE: critical to market position ({}), build > 18 months ({}, {} months), target within budget ({})",
            mark(c.critical_to_market_position),
            mark(c.build_months > 18),
            c.build_months,
            mark(c.acquisition_target_in_budget)
        ),
        format!(
            "PARTNER (JV consideration): new geography or vertical ({}) and a partner with local presence ({})",
            mark(c.new_market_entry),
            mark(c.partner_local_presence)
        ),
    ];
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_branch() {
        let build = Criteria {
            core_differentiation: true,
            engineering_capacity: true,
            ..Criteria::default()
        };
        assert_eq!(evaluate_matrix(&build).supported, vec![DecisionKind::Build]);
        let partner = Criteria {
            adjacent: true,
            strong_partner_serves_icp: true,
            partner_economics_positive: true,
            ..Criteria::default()
        };
        assert_eq!(
            evaluate_matrix(&partner).supported,
            vec![DecisionKind::Partner]
        );
        let core_partner = Criteria {
            core_differentiation: true,
            ..partner.clone()
        };
        assert!(evaluate_matrix(&core_partner).supported.is_empty());
        let acquire = Criteria {
            critical_to_market_position: true,
            build_months: 24,
            acquisition_target_in_budget: true,
            ..Criteria::default()
        };
        assert_eq!(
            evaluate_matrix(&acquire).supported,
            vec![DecisionKind::Acquire]
        );
        let short = Criteria {
            build_months: 18,
            ..acquire
        };
        assert!(evaluate_matrix(&short).supported.is_empty());
        let geo = Criteria {
            new_market_entry: true,
            partner_local_presence: true,
            ..Criteria::default()
        };
        let r = evaluate_matrix(&geo);
        assert_eq!(r.supported, vec![DecisionKind::Partner]);
        assert!(r.joint_venture_consideration);
    }
}
