//! tier.ladder, tier.certification-ladder, tier.fit, tier.certified, tier.requirements,
//! tier.pam-capacity, landscape.alignment, landscape.priority.

use super::RuleCtx;
use crate::analysis::Band;
use crate::diag::Diagnostic;
use crate::model::{JointPlan, Partner, TierFramework, TierLevel, TierName};
use std::collections::BTreeMap;

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let Some(f) = &cx.plan.tiers else { return };
    ladder(cx, f, out);
    for (p, fact) in cx.plan.partners.iter().zip(&cx.analysis.partners) {
        if let TierLevel::Tier(t) = p.tier {
            fit(
                cx,
                f,
                p,
                t,
                fact.fit.as_ref().and_then(|x| x.by_pipeline),
                out,
            );
            requirements(f, p, t, out);
        }
        landscape(p, fact.band, cx.plan.scoring.priority, out);
    }
    pam_capacity(cx, f, out);
}

fn ladder(cx: &RuleCtx, f: &TierFramework, out: &mut Vec<Diagnostic>) {
    let sym = cx.plan.currency_symbol();
    for pair in f.tiers.windows(2) {
        let (hi, lo) = (&pair[0], &pair[1]);
        let span = lo.loc.value("annual_pipeline_target");
        let Some(hi_min) = hi.pipeline.min else {
            out.push(
                Diagnostic::new(
                    "tier.ladder",
                    hi.loc.value("annual_pipeline_target"),
                    format!("{} has no pipeline minimum", hi.name),
                )
                .help("give every tier above registered a pipeline target such as \"$500K–$2M\""),
            );
            continue;
        };
        if lo.level == TierName::Registered && lo.pipeline.is_empty() {
            continue;
        }
        let msg = match lo.pipeline.max {
            None => Some(format!(
                "{} ({}) has no upper bound, so it overlaps {} ({})",
                lo.name,
                lo.pipeline.display(sym),
                hi.name,
                hi.pipeline.display(sym)
            )),
            Some(m) if m.0 > hi_min.0 => Some(format!(
                "{} ({}) overlaps {} ({})",
                lo.name,
                lo.pipeline.display(sym),
                hi.name,
                hi.pipeline.display(sym)
            )),
            Some(m) if m.0 < hi_min.0 => Some(format!(
                "gap between {} ({}) and {} ({})",
                lo.name,
                lo.pipeline.display(sym),
                hi.name,
                hi.pipeline.display(sym)
            )),
            _ => None,
        };
        if let Some(msg) = msg {
            out.push(
                Diagnostic::new("tier.ladder", span, msg)
                    .label(format!("expected to end at {}", hi_min.display(sym)))
                    .help("each tier's range ends where the next tier up starts (seed: $2M+, $500K–$2M, $100K–$500K)"),
            );
        }
    }
    for pair in f.tiers.windows(2) {
        let (hi, lo) = (&pair[0], &pair[1]);
        if lo.certified_individuals > hi.certified_individuals {
            out.push(
                Diagnostic::new(
                    "tier.certification-ladder",
                    lo.loc.value("certified_individuals"),
                    format!(
                        "{} requires {} certified individuals, more than {} ({})",
                        lo.name, lo.certified_individuals, hi.name, hi.certified_individuals
                    ),
                )
                .help("certification requirements decrease down the ladder (seed: 5, 3, 1)"),
            );
        }
    }
}

fn fit(
    cx: &RuleCtx,
    f: &TierFramework,
    p: &Partner,
    t: TierName,
    by_pipeline: Option<TierName>,
    out: &mut Vec<Diagnostic>,
) {
    let sym = cx.plan.currency_symbol();
    let tier = f.get(t);
    if let (Some(bp), Some(pipe)) = (by_pipeline, p.pipeline) {
        if bp != t
            && !(t == TierName::Registered
                && tier.pipeline.is_empty()
                && bp == TierName::Registered)
        {
            let dir = if bp < t { "promotion" } else { "demotion" };
            out.push(
                Diagnostic::new(
                    "tier.fit",
                    p.loc.value("pipeline"),
                    format!(
                        "{}'s pipeline {} is outside the {} range ({})",
                        p.name,
                        pipe.display(sym),
                        tier.name,
                        tier.pipeline.display(sym)
                    ),
                )
                .label(format!("in the {} range", f.get(bp).name))
                .help(format!(
                    "review for {dir} to {} (see the tier review)",
                    f.get(bp).name
                )),
            );
        }
    }
    if p.certified_individuals < tier.certified_individuals {
        out.push(
            Diagnostic::new(
                "tier.certified",
                p.loc.value("certified_individuals"),
                format!(
                    "{} has {} certified individuals; {} requires {}",
                    p.name, p.certified_individuals, tier.name, tier.certified_individuals
                ),
            )
            .label(format!("{} certified", p.certified_individuals))
            .help(format!(
                "certify {} more people or review the tier",
                tier.certified_individuals - p.certified_individuals
            )),
        );
    }
}

fn requirements(f: &TierFramework, p: &Partner, t: TierName, out: &mut Vec<Diagnostic>) {
    let tier = f.get(t);
    let mut miss = |key: &str, what: String| {
        out.push(
            Diagnostic::new(
                "tier.requirements",
                p.loc.value(key),
                format!(
                    "{} does not meet the {} requirements: {what}",
                    p.name, tier.name
                ),
            )
            .help(format!(
                "meet the {} commitments or review the tier",
                tier.name
            )),
        );
    };
    if t == TierName::Platinum {
        if !p.dedicated_practice {
            miss("dedicated_practice", "no dedicated practice".into());
        }
        let c = &p.commitments;
        if c.joint_business_plan != JointPlan::Signed {
            miss(
                "commitments.joint_business_plan",
                format!(
                    "joint business plan is {}, expected signed",
                    c.joint_business_plan.as_str()
                ),
            );
        }
        if !c.qbr {
            miss("commitments.qbr", "no QBR commitment".into());
        }
        if !c.named_pam {
            miss(
                "commitments.named_pam",
                "no named PAM at the partner firm".into(),
            );
        }
    } else if tier.dedicated_practice && !p.dedicated_practice {
        miss("dedicated_practice", "no dedicated practice".into());
    }
    if p.commitments.gtm_activities < tier.min_gtm_activities {
        miss(
            "commitments.gtm_activities",
            format!(
                "{} joint GTM activit{} a year, expected at least {}",
                p.commitments.gtm_activities,
                if p.commitments.gtm_activities == 1 {
                    "y"
                } else {
                    "ies"
                },
                tier.min_gtm_activities
            ),
        );
    }
}

fn landscape(p: &Partner, band: Band, priority: f64, out: &mut Vec<Diagnostic>) {
    let target = p.target_tier.unwrap_or(p.tier);
    if let Some(t) = target.tier() {
        if !p.landscape.expected_targets().contains(&t) {
            let key = if p.target_tier.is_some() {
                "target_tier"
            } else {
                "tier"
            };
            let expected: Vec<&str> = p
                .landscape
                .expected_targets()
                .iter()
                .map(|t| t.as_str())
                .collect();
            out.push(
                Diagnostic::new(
                    "landscape.alignment",
                    p.loc.value(key),
                    format!(
                        "landscape {} partner {} targets {}",
                        p.landscape.as_str(),
                        p.name,
                        t.label()
                    ),
                )
                .help(format!(
                    "landscape {} should target {}; change the landscape or the target",
                    p.landscape.as_str(),
                    expected.join(" or ")
                )),
            );
        }
    }
    let strategic =
        p.landscape == crate::model::Landscape::A || target == TierLevel::Tier(TierName::Platinum);
    if strategic && band != Band::Priority {
        out.push(
            Diagnostic::new("landscape.priority", p.loc.key("scores"), format!("{} is strategic (landscape A or platinum target) but scores below the priority band ({priority})", p.name))
                .help("re-check the factor ratings, or move the partner to landscape B"),
        );
    }
}

fn pam_capacity(cx: &RuleCtx, f: &TierFramework, out: &mut Vec<Diagnostic>) {
    let gold = f.get(TierName::Gold);
    let max = gold.pam_max_partners.unwrap_or(5) as usize;
    let mut by_pam: BTreeMap<&str, Vec<&Partner>> = BTreeMap::new();
    for p in &cx.plan.partners {
        if let (TierLevel::Tier(TierName::Gold), Some(pam)) = (p.tier, &p.pam) {
            by_pam.entry(pam.as_str()).or_default().push(p);
        }
    }
    for (pam, ps) in by_pam {
        if ps.len() > max {
            let names: Vec<&str> = ps.iter().map(|p| p.name.as_str()).collect();
            out.push(
                Diagnostic::new(
                    "tier.pam-capacity",
                    ps[max].loc.value("pam"),
                    format!(
                        "PAM `{pam}` carries {} gold partners, more than {max}",
                        ps.len()
                    ),
                )
                .label(names.join(", "))
                .help(format!(
                    "the gold tier allows {max} partners per PAM (`pam_max_partners`; seed: 3–5): assign another PAM"
                )),
            );
        }
    }
}
