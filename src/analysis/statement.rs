//! What the playbook's thesis statement says, taken from the structured thesis and
//! plan.yaml so that its numbers can never disagree with the rest of the plan. The
//! statement's sentences are written by `render::thesis` in the plan's language.

use crate::model::Plan;
use crate::values::Percent;

/// A thesis model the statement names, and why (empty: no reason given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThesisModel {
    pub name: String,
    /// The reason, trimmed and without its closing full stop.
    pub because: String,
}

/// The parts of the thesis statement; parts the plan does not give are `None` or
/// empty rather than faked.
#[derive(Debug, Clone, PartialEq)]
pub struct ThesisParts {
    pub company: String,
    /// `program.partner_arr_share`.
    pub share: Option<Percent>,
    pub horizon_years: u32,
    /// The thesis's partner types (empty: "partners").
    pub partner_types: Vec<String>,
    pub icps: Vec<String>,
    pub markets: Vec<String>,
    /// `None` without a thesis.
    pub models: Option<Vec<ThesisModel>>,
    /// How partner-led growth accelerates penetration (without its full stop).
    pub mechanism: Option<String>,
    /// The adjacent use cases product partners open (without its full stop).
    pub adjacent: Option<String>,
    /// The north star (without its full stop).
    pub north_star: String,
}

/// A text trimmed and without its closing full stop; `None` when empty.
fn clause(s: Option<&str>) -> Option<String> {
    s.map(|m| m.trim().trim_end_matches('.').to_string())
        .filter(|m| !m.trim().is_empty())
}

/// The parts of the statement, from the plan.
pub fn thesis_parts(plan: &Plan) -> ThesisParts {
    let c = &plan.company;
    let p = &plan.program;
    let t = plan.thesis.as_ref();
    let models = t.map(|t| {
        t.models
            .iter()
            .map(|m| ThesisModel {
                name: plan
                    .model(&m.id)
                    .map_or_else(|| m.id.clone(), |d| d.name.clone()),
                because: m.because.trim().trim_end_matches('.').to_string(),
            })
            .collect()
    });
    ThesisParts {
        company: c.name.clone(),
        share: p.partner_arr_share,
        horizon_years: p.horizon_years,
        partner_types: t.map(|t| t.partner_types.clone()).unwrap_or_default(),
        icps: c.icps.clone(),
        markets: c.markets.clone(),
        models,
        mechanism: t.and_then(|t| clause(t.mechanism.as_deref())),
        adjacent: t.and_then(|t| clause(t.adjacent_use_cases.as_deref())),
        north_star: plan.north_star().trim_end_matches('.').to_string(),
    }
}

/// A small plan with the figures a thesis statement names (Acme, 35 % in 3 years, EU
/// and US, no thesis file), for the tests of the statement and of its wording.
#[cfg(test)]
pub(crate) fn statement_plan() -> Plan {
    let mut plan = Plan::default();
    plan.company.name = "Acme".into();
    plan.company.markets = vec!["EU".into(), "US".into()];
    plan.program.partner_arr_share = Some(Percent(35.0));
    plan.program.horizon_years = 3;
    plan.program.north_star = "Partner-sourced ARR.".into();
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_come_from_the_plan() {
        let s = thesis_parts(&statement_plan());
        assert_eq!(s.share, Some(crate::values::Percent(35.0)));
        assert_eq!(s.horizon_years, 3);
        assert_eq!(s.markets, ["EU", "US"]);
        assert_eq!(s.north_star, "Partner-sourced ARR");
        assert!(s.models.is_none());
    }
}
