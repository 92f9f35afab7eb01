//! score.weights, score.range, score.bands, score.declared, score.invest-low, score.recruit-order.

use super::RuleCtx;
use crate::analysis::Band;
use crate::diag::{Diagnostic, Rule};
use crate::model::{Partner, PartnerStatus, FACTORS};
use crate::values::fixed;
use crate::values::score;

/// Whether a rule may judge partner `p` by its score and band: the plan's weights and
/// bands are usable and the partner's five ratings were all read, within 0–100, and do
/// not look like a 0–10 scale. When not, the one diagnostic that says why is enough;
/// nothing is derived from the score.
pub(super) fn has_score(cx: &RuleCtx, p: &Partner) -> bool {
    cx.plan.scoring.is_usable()
        && p.ratings_read
        && p.ratings.iter().all(|r| (0.0..=100.0).contains(r))
        && !super::implausible::ratings_look_ten_scale(p)
}

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    weights_and_bands(cx, out);
    for (p, f) in cx.plan.partners.iter().zip(&cx.analysis.partners) {
        if p.ratings_read {
            ranges(p, out);
        }
        if !has_score(cx, p) {
            continue;
        }
        if let Some(d) = p.declared_score {
            if !d.is_finite() || (d - f.score).abs() > 0.05 {
                out.push(
                    Diagnostic::new(
                        Rule::ScoreDeclared,
                        p.loc.value("score"),
                        format!(
                            "declared score {d} differs from the computed score {}",
                            score(f.score)
                        ),
                    )
                    .label(format!("computed: {}", score(f.score)))
                    .help(format!(
                        "remove `score:` (partnerbook computes it) or write `score: {}`",
                        score(f.score)
                    )),
                );
            }
        }
        invest_low(cx, p, f.band, out);
    }
    recruit_order(cx, out);
}

fn ranges(p: &Partner, out: &mut Vec<Diagnostic>) {
    for (i, r) in p.ratings.iter().enumerate() {
        if !(0.0..=100.0).contains(r) {
            let key = format!("scores.{}", FACTORS[i]);
            out.push(
                Diagnostic::new(
                    Rule::ScoreRange,
                    p.loc.value(&key),
                    format!("{} rating {r} is outside 0–100", FACTORS[i]),
                )
                .label(format!("{r}"))
                .help(format!(
                    "ratings run from 0 to 100: write `{}: {}` or a rating within the scale",
                    FACTORS[i],
                    if *r > 100.0 { 100 } else { 0 }
                )),
            );
        }
    }
}

fn weights_and_bands(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let s = &cx.plan.scoring;
    let Some(loc) = &s.loc else { return };
    for k in &s.extra_weights {
        out.push(
            Diagnostic::new(
                Rule::ScoreWeights,
                loc.key(&format!("weights.{k}")),
                format!("`{k}` is not a scoring factor"),
            )
            .help(match crate::suggest::closest(k, FACTORS.iter().copied()) {
                Some(f) => format!("did you mean `{f}`?"),
                None => format!("the factors are {}", FACTORS.join(", ")),
            }),
        );
    }
    // a misspelt factor is one slip: reported as not a factor, not also as missing
    let meant: Vec<&str> = s
        .extra_weights
        .iter()
        .filter_map(|k| crate::suggest::closest(k, FACTORS.iter().copied()))
        .collect();
    for k in s
        .missing_weights
        .iter()
        .filter(|k| !meant.contains(&k.as_str()))
    {
        out.push(
            Diagnostic::new(
                Rule::ScoreWeights,
                loc.key("weights"),
                format!("factor `{k}` has no weight"),
            )
            .help(format!(
                "add `{k}: {}` under `weights:` (the seed's weight), so that the five weights sum to 100",
                seed_weight(k)
            )),
        );
    }
    let sum: f64 = s.weights.iter().sum();
    let fractions = super::implausible::weights_are_fractions(s);
    if s.weights_read && s.missing_weights.is_empty() && !s.weights_sum_to_100() && !fractions {
        out.push(
            Diagnostic::new(
                Rule::ScoreWeights,
                loc.key("weights"),
                format!("scoring weights sum to {}, expected 100", fixed(sum, 6)),
            )
            .label(format!("sum {}", fixed(sum, 6)))
            .help(format!(
                "the weights must sum to 100: {} them by {} points in total (seed: 30/25/20/15/10)",
                if sum > 100.0 { "lower" } else { "raise" },
                fixed((100.0 - sum).abs(), 6)
            )),
        );
    }
    if let Some(i) = s.weights.iter().position(|w| *w < 0.0) {
        out.push(
            Diagnostic::new(
                Rule::ScoreWeights,
                loc.key("weights"),
                "a scoring weight is negative",
            )
            .help(format!(
                "weights are points from 0 to 100: write `{}: 0` or more",
                FACTORS[i]
            )),
        );
    }
    let (p, sec) = (s.priority, s.secondary);
    if !(0.0 < sec && sec < p && p <= 100.0) {
        out.push(
            Diagnostic::new(
                Rule::ScoreBands,
                loc.key("bands"),
                format!("bands priority {p} and secondary {sec} are out of order"),
            )
            .help(bands_help(p, sec)),
        );
    }
}

/// The seed's weight of a factor (30/25/20/15/10).
fn seed_weight(factor: &str) -> u32 {
    const SEED: [u32; 5] = [30, 25, 20, 15, 10];
    FACTORS
        .iter()
        .position(|f| *f == factor)
        .map_or(0, |i| SEED[i])
}

/// How to put the bands in order: swap them when they are swapped, else the seed's.
fn bands_help(priority: f64, secondary: f64) -> String {
    let (p, s) = (
        crate::values::decimal2(priority),
        crate::values::decimal2(secondary),
    );
    if 0.0 < priority && priority < secondary && secondary <= 100.0 {
        return format!("the two look swapped: write `priority: {s}` and `secondary: {p}`");
    }
    "write `priority: 75` and `secondary: 50` (the seed's bands), or any 0 < secondary < priority ≤ 100".into()
}

fn invest_low(cx: &RuleCtx, p: &Partner, band: Band, out: &mut Vec<Diagnostic>) {
    if band != Band::Opportunistic || p.inbound {
        return;
    }
    let sec = crate::values::decimal2(cx.plan.scoring.secondary);
    let mut flag = |key: &str, what: String, fix: &str| {
        out.push(
            Diagnostic::new(Rule::ScoreInvestLow, p.loc.value(key), format!("{} scores below {sec} (opportunistic) but {what}", p.name))
                .help(format!("opportunistic partners get no investment: {fix}, or set `inbound: true` if the partner came to you")),
        );
    };
    if let Some(t) = p.target_tier.filter(|t| t.is_investment_tier()) {
        flag(
            "target_tier",
            format!("targets {}", t.label()),
            "write `target_tier: silver` or lower",
        );
    }
    if p.tier.is_investment_tier() {
        flag(
            "tier",
            format!("is {}", p.tier.label()),
            "review the tier (`tier: silver`)",
        );
    }
    if p.mdf.is_some() {
        flag("mdf", "receives MDF".into(), "remove `mdf:`");
    }
    if p.pam.is_some() {
        flag("pam", "has a PAM".into(), "remove `pam:`");
    }
}

fn recruit_order(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let scored = || {
        cx.plan
            .partners
            .iter()
            .zip(&cx.analysis.partners)
            .filter(|(p, _)| has_score(cx, p))
    };
    let waiting: Vec<&str> = scored()
        .filter(|(p, f)| f.band == Band::Priority && p.status == PartnerStatus::Prospect)
        .map(|(p, _)| p.name.as_str())
        .collect();
    if waiting.is_empty() {
        return;
    }
    for (p, f) in scored() {
        if f.band == Band::Secondary && p.status == PartnerStatus::Recruiting {
            out.push(
                Diagnostic::new(Rule::ScoreRecruitOrder, p.loc.value("status"), format!("{} (secondary, {}) is being recruited while priority partners are still prospects", p.name, score(f.score)))
                    .label(format!("priority prospects: {}", waiting.join(", ")))
                    .help(format!("recruit the priority partners first ({}), and keep `status: prospect` here until then", waiting.join(", "))),
            );
        }
    }
}

crate::declare_rule! {
    ScoreWeights {
        id: "score.weights",
        severity: Error,
        summary: "Scoring weights must be exactly the five factors and sum to 100.",
        explanation: r#"The Partner Attractiveness Score is ICP client overlap × 30% + market influence × 25% + practice alignment × 20% + partnership appetite × 15% + revenue potential × 10%. A plan may tune these weights under `scoring.weights`, but they must name exactly the five factors (`icp_overlap`, `market_influence`, `practice_alignment`, `partnership_appetite`, `revenue_potential`) and add up to 100. Otherwise scores leave the 0–100 scale, the 75/50 band thresholds stop meaning "priority" and "secondary", and a partner's band depends on an arithmetic slip instead of its merits."#,
        bad: r#"# plan.yaml
scoring:
  weights: {icp_overlap: 35, market_influence: 25, practice_alignment: 20,
            partnership_appetite: 15, revenue_potential: 10}"#,
        good: r#"# plan.yaml
scoring:
  weights: {icp_overlap: 30, market_influence: 25, practice_alignment: 20,
            partnership_appetite: 15, revenue_potential: 10}"#,
    }
}

crate::declare_rule! {
    ScoreRange {
        id: "score.range",
        severity: Error,
        summary: "Each factor rating must lie within 0–100.",
        explanation: r#"Each of the five ratings under a partner's `scores` is on a 0–100 scale, so that the weighted sum lands on the same scale as the priority (75) and secondary (50) bands. A rating of 120, or one given on a 1–10 scale, would push a partner into the wrong band and distort the ranked scorecard, the recruitment order and the near-the-line analysis. The rule checks every rating of every partner file."#,
        bad: r#"# partners/pwc.md
---
scores:
  icp_overlap: 85
  market_influence: 120
  practice_alignment: 75
  partnership_appetite: 60
  revenue_potential: 70
---"#,
        good: r#"# partners/pwc.md
---
scores:
  icp_overlap: 85
  market_influence: 95
  practice_alignment: 75
  partnership_appetite: 60
  revenue_potential: 70
---"#,
    }
}

crate::declare_rule! {
    ScoreBands {
        id: "score.bands",
        severity: Error,
        summary: "Score bands must satisfy 0 < secondary < priority ≤ 100.",
        explanation: r#"The bands turn a score into a resourcing decision: at or above `priority` (seed: 75) a partner is a priority recruitment target; from `secondary` (seed: 50) up to the priority line it is a secondary target, recruited after the priority partners are active; below `secondary` it is opportunistic and gets no investment unless it came inbound. The thresholds must be ordered 0 < secondary < priority ≤ 100, or a band becomes empty or unreachable and the recruitment order and investment rules contradict each other."#,
        bad: r#"# plan.yaml
scoring:
  bands: {priority: 50, secondary: 75}"#,
        good: r#"# plan.yaml
scoring:
  bands: {priority: 75, secondary: 50}"#,
    }
}

crate::declare_rule! {
    ScoreDeclared {
        id: "score.declared",
        severity: Error,
        summary: "A hand-written `score` differs from the score computed from the ratings.",
        explanation: r#"The attractiveness score is always computed by partnerbook from the five ratings and the plan's weights (seed: 30/25/20/15/10). A partner file may state `score:` for readability, but if it differs from the computed value by more than 0.05 it is an error: a stale score left behind after a rating changed would put the partner in a band its ratings do not support. With ratings 90/95/80/70/85 the score is 27 + 23.75 + 16 + 10.5 + 8.5 = 85.75; fix the number, or delete `score:` and let partnerbook show it."#,
        bad: r#"# partners/deloitte.md
---
scores: {icp_overlap: 90, market_influence: 95, practice_alignment: 80,
         partnership_appetite: 70, revenue_potential: 85}
score: 86
---"#,
        good: r#"# partners/deloitte.md
---
scores: {icp_overlap: 90, market_influence: 95, practice_alignment: 80,
         partnership_appetite: 70, revenue_potential: 85}
score: 85.75
---"#,
    }
}

crate::declare_rule! {
    ScoreInvestLow {
        id: "score.invest-low",
        severity: Error,
        summary: "An opportunistic partner (below the secondary band) is targeted at gold or platinum, or gets MDF or a PAM, without `inbound: true`.",
        explanation: r#"The playbook is explicit: "Score < 50: Opportunistic only — do not invest unless inbound." PAM time and MDF are the program's scarcest resources, and spending them on a partner that scores below the secondary band starves the priority partners that drive partner-sourced ARR. The rule fires when such a partner has `target_tier` gold or platinum, an `mdf` amount, or a `pam`, unless the partner is marked `inbound: true` (it came to us with a deal). Raise the ratings if they are wrong, mark the partner inbound, or keep it on the self-serve long tail."#,
        bad: r#"# partners/harbor-advisory.md
---
tier: registered
target_tier: gold
scores: {icp_overlap: 40, market_influence: 30, practice_alignment: 50,
         partnership_appetite: 60, revenue_potential: 20}
mdf: "$25K"
---"#,
        good: r#"# partners/harbor-advisory.md
---
tier: registered
target_tier: registered
scores: {icp_overlap: 40, market_influence: 30, practice_alignment: 50,
         partnership_appetite: 60, revenue_potential: 20}
---"#,
    }
}

crate::declare_rule! {
    ScoreRecruitOrder {
        id: "score.recruit-order",
        severity: Warning,
        summary: "A secondary-band partner is being recruited while a priority-band partner is still a prospect.",
        explanation: r#"The playbook orders recruitment by score: priority targets (≥ 75) first, and secondary targets (50–74) only "after Priority tier is active". Recruiting a secondary partner while a priority partner has `status: prospect` spends partner-development capacity on the weaker opportunity first. The rule compares computed scores: if any partner with `status: recruiting` is in the secondary band while a priority-band partner is still a prospect, it warns and names both. Start the priority outreach first, or re-rate the partners if the order is deliberate."#,
        bad: r#"# partners/accenture.md
status: prospect      # computed score 82: priority band
# partners/bluecrest.md
status: recruiting    # computed score 61: secondary band"#,
        good: r#"# partners/accenture.md
status: recruiting    # computed score 82: priority band
# partners/bluecrest.md
status: prospect      # computed score 61: secondary band"#,
    }
}
