//! The playbook's thesis statement, written from the structured thesis and plan.yaml,
//! so that its numbers can never disagree with the rest of the plan.

use crate::model::Plan;

/// The rendered thesis statement.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ThesisStatement {
    /// `PARTNERSHIP THESIS — Northwind Analytics`.
    pub title: String,
    /// The statement's sentences, grouped in paragraphs.
    pub paragraphs: Vec<String>,
}

/// Joins items as English prose: `a`, `a and b`, `a, b and c`.
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Writes the statement; parts the plan does not give are left out rather than faked.
pub fn thesis_statement(plan: &Plan) -> ThesisStatement {
    let c = &plan.company;
    let p = &plan.program;
    let mut paras = Vec::new();
    let share = p
        .partner_arr_share
        .map_or_else(|| "a defined share".to_string(), |s| s.display());
    let years = match p.horizon_years {
        1 => "1 year".to_string(),
        n => format!("{n} years"),
    };
    let types = plan
        .thesis
        .as_ref()
        .map(|t| t.partner_types.clone())
        .unwrap_or_default();
    let types = if types.is_empty() {
        "partners".to_string()
    } else {
        join_and(&types)
    };
    paras.push(format!(
        "We will build a partner-led revenue channel that contributes {share} of total ARR within {years} by partnering with {types} who serve {} in {}.",
        join_and(&c.icps),
        join_and(&c.markets)
    ));
    if let Some(t) = &plan.thesis {
        let names: Vec<String> = t
            .models
            .iter()
            .map(|m| {
                plan.model(&m.id)
                    .map_or_else(|| m.id.clone(), |d| d.name.clone())
            })
            .collect();
        if !names.is_empty() {
            let reasons: Vec<String> = t
                .models
                .iter()
                .zip(&names)
                .filter(|(m, _)| !m.because.trim().is_empty())
                .map(|(m, n)| format!("{} because {}", n, m.because.trim().trim_end_matches('.')))
                .collect();
            let mut s = format!("We will prioritize {} models", join_and(&names));
            if reasons.is_empty() {
                s.push('.');
            } else {
                s.push_str(&format!(": {}.", reasons.join("; ")));
            }
            paras.push(s);
        }
        let mut growth = Vec::new();
        if let Some(m) = t.mechanism.as_deref().filter(|m| !m.trim().is_empty()) {
            growth.push(format!(
                "Partner-led growth accelerates our market penetration by {}.",
                m.trim().trim_end_matches('.')
            ));
        }
        if let Some(a) = t
            .adjacent_use_cases
            .as_deref()
            .filter(|a| !a.trim().is_empty())
        {
            growth.push(format!(
                "Product partners extend our platform reach into {}.",
                a.trim().trim_end_matches('.')
            ));
        }
        if !growth.is_empty() {
            paras.push(growth.join(" "));
        }
    }
    paras.push(format!(
        "The program will be measured by: {}.",
        plan.north_star().trim_end_matches('.')
    ));
    ThesisStatement {
        title: format!("PARTNERSHIP THESIS — {}", c.name),
        paragraphs: paras,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&v(&["a"])), "a");
        assert_eq!(join_and(&v(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn numbers_come_from_the_plan() {
        let mut plan = Plan::default();
        plan.company.name = "Acme".into();
        plan.company.icps = vec!["Chief Data Officers".into()];
        plan.company.markets = vec!["EU".into(), "US".into()];
        plan.program.partner_arr_share = Some(crate::values::Percent(35.0));
        plan.program.horizon_years = 3;
        plan.program.north_star = "Partner-sourced ARR".into();
        let s = thesis_statement(&plan);
        assert_eq!(s.title, "PARTNERSHIP THESIS — Acme");
        assert!(s.paragraphs[0].contains("35% of total ARR within 3 years"));
        assert!(s.paragraphs[0].contains("in EU and US"));
        assert_eq!(
            s.paragraphs.last().map(String::as_str),
            Some("The program will be measured by: Partner-sourced ARR.")
        );
    }
}
