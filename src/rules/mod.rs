//! The rules of a partnership plan (`partnerbook explain --list` lists them): each group
//! checks the typed plan and its analysis and returns diagnostics pointing at the
//! offending key or value. Each rule is declared (`declare_rule!`) in the module of
//! its check.

mod audience;
mod company;
mod decisions;
mod economics;
mod governance;
mod implausible;
mod placeholder;
mod refs;
mod scoring;
mod tiers;

use crate::analysis::Analysis;
use crate::diag::Diagnostic;
use crate::model::Plan;
use crate::source::Sources;
use rayon::prelude::*;

/// What every rule group reads.
pub struct RuleCtx<'a> {
    pub plan: &'a Plan,
    pub analysis: &'a Analysis,
    pub sources: &'a Sources,
}

/// One rule group.
type Group = fn(&RuleCtx, &mut Vec<Diagnostic>);

/// Every rule group, in the order their diagnostics are listed.
const GROUPS: [Group; 10] = [
    company::check,
    placeholder::check,
    scoring::check,
    implausible::check,
    tiers::check,
    refs::check,
    governance::check,
    decisions::check,
    economics::check,
    audience::check,
];

/// Runs every rule group (in parallel; the diagnostics keep the groups' order).
pub fn check_all(cx: &RuleCtx) -> Vec<Diagnostic> {
    let found: Vec<Vec<Diagnostic>> = GROUPS
        .par_iter()
        .map(|group| {
            let mut out = Vec::new();
            group(cx, &mut out);
            out
        })
        .collect();
    found.concat()
}
