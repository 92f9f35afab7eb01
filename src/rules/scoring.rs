//! score.weights, score.range, score.bands, score.declared, score.invest-low, score.recruit-order.

use super::RuleCtx;
use crate::analysis::Band;
use crate::diag::Diagnostic;
use crate::model::{PartnerStatus, FACTORS};

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    weights_and_bands(cx, out);
    for (p, f) in cx.plan.partners.iter().zip(&cx.analysis.partners) {
        for (i, r) in p.ratings.iter().enumerate() {
            if !(0.0..=100.0).contains(r) {
                let key = format!("scores.{}", FACTORS[i]);
                out.push(
                    Diagnostic::new(
                        "score.range",
                        p.loc.value(&key),
                        format!("{} rating {r} is outside 0–100", FACTORS[i]),
                    )
                    .label(format!("{r}"))
                    .help("rate each factor from 0 to 100"),
                );
            }
        }
        if let Some(d) = p.declared_score {
            if !d.is_finite() || (d - f.score).abs() > 0.05 {
                out.push(
                    Diagnostic::new(
                        "score.declared",
                        p.loc.value("score"),
                        format!(
                            "declared score {d} differs from the computed score {:.2}",
                            f.score
                        ),
                    )
                    .label(format!("computed: {:.2}", f.score))
                    .help(format!(
                        "remove `score:` (partnerbook computes it) or write {:.2}",
                        f.score
                    )),
                );
            }
        }
        invest_low(cx, p, f.band, out);
    }
    recruit_order(cx, out);
}

fn weights_and_bands(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let s = &cx.plan.scoring;
    let Some(loc) = &s.loc else { return };
    for k in &s.extra_weights {
        out.push(
            Diagnostic::new(
                "score.weights",
                loc.key(&format!("weights.{k}")),
                format!("`{k}` is not a scoring factor"),
            )
            .help(match crate::suggest::closest(k, FACTORS.iter().copied()) {
                Some(f) => format!("did you mean `{f}`?"),
                None => format!("the factors are {}", FACTORS.join(", ")),
            }),
        );
    }
    for k in &s.missing_weights {
        out.push(
            Diagnostic::new(
                "score.weights",
                loc.key("weights"),
                format!("factor `{k}` has no weight"),
            )
            .help("give all five factors a weight; the weights sum to 100"),
        );
    }
    let sum: f64 = s.weights.iter().sum();
    if s.missing_weights.is_empty() && (sum - 100.0).abs() > 1e-9 {
        out.push(
            Diagnostic::new(
                "score.weights",
                loc.key("weights"),
                format!("scoring weights sum to {sum}, expected 100"),
            )
            .label(format!("sum {sum}"))
            .help(format!(
                "the weights must sum to 100: {} them by {} points in total (seed: 30/25/20/15/10)",
                if sum > 100.0 { "lower" } else { "raise" },
                (100.0 - sum).abs()
            )),
        );
    }
    if s.weights.iter().any(|w| *w < 0.0) {
        out.push(
            Diagnostic::new(
                "score.weights",
                loc.key("weights"),
                "a scoring weight is negative",
            )
            .help("weights are points from 0 to 100"),
        );
    }
    let (p, sec) = (s.priority, s.secondary);
    if !(0.0 < sec && sec < p && p <= 100.0) {
        out.push(
            Diagnostic::new(
                "score.bands",
                loc.key("bands"),
                format!("bands priority {p} and secondary {sec} are out of order"),
            )
            .help("bands need 0 < secondary < priority ≤ 100 (seed: priority 75, secondary 50)"),
        );
    }
}

fn invest_low(cx: &RuleCtx, p: &crate::model::Partner, band: Band, out: &mut Vec<Diagnostic>) {
    if band != Band::Opportunistic || p.inbound {
        return;
    }
    let sec = cx.plan.scoring.secondary;
    let mut flag = |key: &str, what: String| {
        out.push(
            Diagnostic::new("score.invest-low", p.loc.value(key), format!("{} scores below {sec} (opportunistic) but {what}", p.name))
                .help("opportunistic partners get no investment unless inbound: lower the tier, remove the investment, or set `inbound: true`"),
        );
    };
    if let Some(t) = p.target_tier.filter(|t| t.is_investment_tier()) {
        flag("target_tier", format!("targets {}", t.label()));
    }
    if p.tier.is_investment_tier() {
        flag("tier", format!("is {}", p.tier.label()));
    }
    if p.mdf.is_some() {
        flag("mdf", "receives MDF".into());
    }
    if p.pam.is_some() {
        flag("pam", "has a PAM".into());
    }
}

fn recruit_order(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let facts = &cx.analysis.partners;
    let waiting: Vec<&str> = cx
        .plan
        .partners
        .iter()
        .zip(facts)
        .filter(|(p, f)| f.band == Band::Priority && p.status == PartnerStatus::Prospect)
        .map(|(p, _)| p.name.as_str())
        .collect();
    if waiting.is_empty() {
        return;
    }
    for (p, f) in cx.plan.partners.iter().zip(facts) {
        if f.band == Band::Secondary && p.status == PartnerStatus::Recruiting {
            out.push(
                Diagnostic::new("score.recruit-order", p.loc.value("status"), format!("{} (secondary, {:.2}) is being recruited while priority partners are still prospects", p.name, f.score))
                    .label(format!("priority prospects: {}", waiting.join(", ")))
                    .help("recruit priority-band partners first; secondary targets follow once the priority tier is active"),
            );
        }
    }
}
