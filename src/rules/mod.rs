//! The rules of a partnership plan (SPEC §3): each group checks the typed plan and its
//! analysis and returns diagnostics pointing at the offending key or value.

pub mod catalog;
mod company;
mod decisions;
mod governance;
mod placeholder;
mod refs;
mod scoring;
mod tiers;

use crate::analysis::Analysis;
use crate::diag::Diagnostic;
use crate::model::Plan;
use crate::source::Sources;

/// What every rule group reads.
pub struct RuleCtx<'a> {
    pub plan: &'a Plan,
    pub analysis: &'a Analysis,
    pub sources: &'a Sources,
}

/// Runs every rule group.
pub fn check_all(cx: &RuleCtx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    company::check(cx, &mut out);
    placeholder::check(cx, &mut out);
    scoring::check(cx, &mut out);
    tiers::check(cx, &mut out);
    refs::check(cx, &mut out);
    governance::check(cx, &mut out);
    decisions::check(cx, &mut out);
    out
}
