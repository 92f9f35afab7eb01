//! value.implausible: values that parse and may even pass every other rule, but are
//! almost surely a slip of scale: a share written as a fraction (`0.3` for 30 %),
//! ratings on a 0–10 scale, weights written as fractions.

use super::RuleCtx;
use crate::diag::{Diagnostic, Rule, Severity};
use crate::model::{Partner, Scoring, FACTORS};
use crate::values::decimal2;

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    share(cx, out);
    weights(&cx.plan.scoring, out);
    for p in &cx.plan.partners {
        ratings(p, out);
    }
}

/// Whether the weights are fractions (0.30, 0.25 …) where points are expected: each 1
/// or below and together above 0 and at most 2, whether or not they sum to 1 (five
/// points-weights that sum to 100 cannot all be 1 or below).
pub(super) fn weights_are_fractions(s: &Scoring) -> bool {
    let sum: f64 = s.weights.iter().sum();
    s.weights_read
        && s.missing_weights.is_empty()
        && s.weights.iter().all(|w| (0.0..=1.0).contains(w))
        && sum > 0.0
        && sum <= 2.0
}

/// The program's percents (`partner_arr_share`, `gross_margin`, `win_rate`) written as
/// fractions.
fn share(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let Some(program) = cx
        .plan
        .company
        .loc
        .as_ref()
        .map(|l| l.root().child("program"))
    else {
        return;
    };
    let pr = &cx.plan.program;
    for (key, what, value) in [
        (
            "partner_arr_share",
            "partner share of ARR",
            pr.partner_arr_share,
        ),
        ("gross_margin", "gross margin", pr.gross_margin),
        ("win_rate", "win rate", pr.win_rate),
    ] {
        let Some(share) = value else { continue };
        if share.0 > 0.0 && share.0 < 1.0 {
            let meant = share.0 * 100.0;
            out.push(
                Diagnostic::new(
                    Rule::ValueImplausible,
                    program.value(key),
                    format!(
                        "{what} is {}%: percents are whole numbers, so this looks like a fraction",
                        decimal2(share.0)
                    ),
                )
                .label("below 1%")
                .help(format!("write `{key}: {}%`", decimal2(meant))),
            );
        }
    }
}

/// Weights that sum to 1 are reported here, once, as the error they are (the scores
/// cannot be computed from them); `score.weights` leaves them to this rule.
fn weights(s: &Scoring, out: &mut Vec<Diagnostic>) {
    let Some(loc) = &s.loc else { return };
    if !weights_are_fractions(s) {
        return;
    }
    let sum: f64 = s.weights.iter().sum();
    let points: Vec<String> = s.weights.iter().map(|w| decimal2(w * 100.0)).collect();
    let (message, help) = if (sum - 1.0).abs() <= 1e-6 {
        (
            "scoring weights sum to 1, expected 100".to_string(),
            format!(
                "they look like fractions: write them as points, {}",
                points.join("/")
            ),
        )
    } else {
        let off = crate::values::fixed((1.0 - sum).abs(), 6);
        let side = if sum < 1.0 { "short of" } else { "over" };
        (
            format!(
                "scoring weights look like fractions and sum to {}, {off} {side} 1; expected points that sum to 100",
                crate::values::fixed(sum, 6)
            ),
            format!(
                "write them as points ({}) and {} them by {} points in total so that they sum to 100 (seed: 30/25/20/15/10)",
                points.join("/"),
                if sum < 1.0 { "raise" } else { "lower" },
                crate::values::fixed((1.0 - sum).abs() * 100.0, 4)
            ),
        )
    };
    out.push(
        Diagnostic::new(Rule::ValueImplausible, loc.key("weights"), message)
            .severity(Severity::Error)
            .label(format!("sum {}", crate::values::fixed(sum, 6)))
            .help(help),
    );
}

/// Whether a partner's five ratings look like a 0–10 scale (all read, all 10 or below,
/// not all zero). Such a partner gets this rule's warning only: its score, ten times
/// too low, is not judged by the score-derived rules.
pub(super) fn ratings_look_ten_scale(p: &Partner) -> bool {
    p.ratings_read
        && p.ratings.iter().all(|r| (0.0..=10.0).contains(r))
        && p.ratings.iter().any(|r| *r != 0.0)
}

fn ratings(p: &Partner, out: &mut Vec<Diagnostic>) {
    if !ratings_look_ten_scale(p) {
        return;
    }
    let (first, rating) = (FACTORS[0], p.ratings[0]);
    let example = format!(
        "`{first}: {}` → `{first}: {}`",
        decimal2(rating),
        decimal2(rating * 10.0)
    );
    out.push(
        Diagnostic::new(
            Rule::ValueImplausible,
            p.loc.key("scores"),
            format!(
                "all five ratings of {} are 10 or below: they look like a 0–10 scale",
                p.name
            ),
        )
        .label("0–10 scale?")
        .help(format!(
            "ratings are 0–100: multiply each by 10 ({example})"
        )),
    );
}

crate::declare_rule! {
    ValueImplausible {
        id: "value.implausible",
        severity: Warning,
        summary: "A value that is valid but almost surely a slip of scale: a percent below 1, ratings on a 0–10 scale, weights as fractions.",
        explanation: r#"Percents in a plan are whole numbers (`partner_arr_share: 35%` or `35`), ratings are 0–100 and scoring weights are points that sum to 100. A spreadsheet habit turns these into fractions or a 0–10 scale: `partner_arr_share: 0.3` is read as 0.3 %, which makes the required partner-sourced ARR a rounding error; five ratings of 8, 7, 9, 6 and 8 score 7.7 and put a strong partner in the opportunistic band; weights of 0.30/0.25/0.20/0.15/0.10 sum to 1 and make every score meaningless. Each gets this warning with the value it most likely meant. Weights that sum to 1 are an error, reported once here, and no rule that judges partners by their scores runs until they are fixed."#,
        bad: r#"# plan.yaml
program:
  partner_arr_share: 0.35
scoring:
  weights: {icp_overlap: 0.30, market_influence: 0.25, practice_alignment: 0.20,
            partnership_appetite: 0.15, revenue_potential: 0.10}"#,
        good: r#"# plan.yaml
program:
  partner_arr_share: 35%
scoring:
  weights: {icp_overlap: 30, market_influence: 25, practice_alignment: 20,
            partnership_appetite: 15, revenue_potential: 10}"#,
    }
}
