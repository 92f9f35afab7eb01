//! tier.ladder, tier.certification-ladder, tier.fit, tier.certified, tier.requirements,
//! tier.pam-capacity, landscape.alignment, landscape.priority.

use super::RuleCtx;
use crate::analysis::Band;
use crate::diag::{Diagnostic, Rule};
use crate::model::{JointPlan, Landscape, Partner, Tier, TierFramework, TierLevel, TierName};
use crate::text::{plural, plural_with, possessive};
use crate::values::MoneyStyle;
use crate::values::{decimal2, score};
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
        landscape(p, out);
        if super::scoring::has_score(cx, p) {
            priority(p, fact, cx.plan.scoring.priority, out);
        }
    }
    pam_capacity(cx, f, out);
}

fn ladder(cx: &RuleCtx, f: &TierFramework, out: &mut Vec<Diagnostic>) {
    let sym = &cx.plan.company.currency.plain_style();
    for pair in f.tiers.windows(2) {
        let (hi, lo) = (&pair[0], &pair[1]);
        let span = lo.loc.value("annual_pipeline_target");
        let Some(hi_min) = hi.pipeline.min else {
            out.push(
                Diagnostic::new(
                    Rule::TierLadder,
                    hi.loc.value("annual_pipeline_target"),
                    format!("{} has no pipeline minimum", hi.name),
                )
                .help(format!(
                    "give {} a pipeline range: `annual_pipeline_target: \"{}\"`",
                    hi.name,
                    seed_range(hi.level, lo, sym)
                )),
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
                lo.pipeline.exact(sym),
                hi.name,
                hi.pipeline.exact(sym)
            )),
            Some(m) if m.0 > hi_min.0 => Some(format!(
                "{} ({}) overlaps {} ({})",
                lo.name,
                lo.pipeline.exact(sym),
                hi.name,
                hi.pipeline.exact(sym)
            )),
            Some(m) if m.0 < hi_min.0 => Some(format!(
                "gap between {} ({}) and {} ({})",
                lo.name,
                lo.pipeline.exact(sym),
                hi.name,
                hi.pipeline.exact(sym)
            )),
            _ => None,
        };
        if let Some(msg) = msg {
            let fix = match lo.pipeline.min {
                Some(a) => format!(
                    "write `annual_pipeline_target: \"{}–{}\"`",
                    crate::hint::exact(sym, a.0),
                    crate::hint::exact(sym, hi_min.0)
                ),
                None => format!("end the range at {}", hi_min.exact(sym)),
            };
            out.push(
                Diagnostic::new(Rule::TierLadder, span, msg)
                    .label(format!("expected to end at {}", hi_min.exact(sym)))
                    .help(format!(
                        "{fix}, so that {} ends where {} starts",
                        lo.name, hi.name
                    )),
            );
        }
    }
    for pair in f.tiers.windows(2) {
        let (hi, lo) = (&pair[0], &pair[1]);
        if lo.certified_individuals > hi.certified_individuals {
            out.push(
                Diagnostic::new(
                    Rule::TierCertificationLadder,
                    lo.loc.value("certified_individuals"),
                    format!(
                        "{} requires {}, more than {} ({})",
                        lo.name,
                        certified(lo.certified_individuals),
                        hi.name,
                        hi.certified_individuals
                    ),
                )
                .help(format!(
                    "write `certified_individuals: {}` or fewer for {}, or require at least {} for {}",
                    hi.certified_individuals, lo.name, lo.certified_individuals, hi.name
                )),
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
    let sym = &cx.plan.company.currency.plain_style();
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
                    Rule::TierFit,
                    p.loc.value("pipeline"),
                    format!(
                        "{} pipeline {} is outside the {} range ({})",
                        possessive(&p.name),
                        pipe.exact(sym),
                        tier.name,
                        tier.pipeline.exact(sym)
                    ),
                )
                .label(format!("in the {} range", f.get(bp).name))
                .help(format!(
                    "review for {dir} to {} (see the tier review), then write `tier: {}`; or correct `pipeline:`",
                    f.get(bp).name,
                    bp.as_str()
                )),
            );
        }
    }
    if p.certified_individuals < tier.certified_individuals {
        out.push(
            Diagnostic::new(
                Rule::TierCertified,
                p.loc.value("certified_individuals"),
                format!(
                    "{} has {}; {} requires {}",
                    p.name,
                    certified(p.certified_individuals),
                    tier.name,
                    tier.certified_individuals
                ),
            )
            .label(format!("{} certified", p.certified_individuals))
            .help(certified_help(f, p, t)),
        );
    }
}

/// `1 certified individual`, `3 certified individuals`.
fn certified(n: u32) -> String {
    plural_with(n as usize, "certified individual", "certified individuals")
}

/// The next tier down the ladder (registered stays registered).
fn tier_below(t: TierName) -> TierName {
    let all = TierName::ALL;
    let i = all.iter().position(|x| *x == t).unwrap_or(0);
    all.get(i + 1).copied().unwrap_or(t)
}

/// The seed's pipeline range for a tier, in the plan currency; above a tier whose range
/// ends at an amount, the range that starts there.
fn seed_range(level: TierName, below: &Tier, sym: &MoneyStyle) -> String {
    let m = |v: f64| crate::values::Money(v).display(sym);
    match (level, below.pipeline.max) {
        (TierName::Platinum, Some(end)) => format!("{}+", crate::hint::exact(sym, end.0)),
        (TierName::Platinum, None) => format!("{}+", m(2e6)),
        (TierName::Gold, _) => format!("{}–{}", m(5e5), m(2e6)),
        _ => format!("{}–{}", m(1e5), m(5e5)),
    }
}

/// How to close a certification shortfall: certify more people, or the tier the
/// partner's certified individuals do support.
fn certified_help(f: &TierFramework, p: &Partner, t: TierName) -> String {
    let short = f.get(t).certified_individuals - p.certified_individuals;
    let people = plural_with(short as usize, "more person", "more people");
    let fits = TierName::ALL
        .iter()
        .filter(|x| **x > t)
        .find(|x| f.get(**x).certified_individuals <= p.certified_individuals);
    match fits {
        Some(x) => format!(
            "certify {people}, or move the partner to {} (`tier: {}`), which requires {}",
            f.get(*x).name,
            x.as_str(),
            f.get(*x).certified_individuals
        ),
        None => format!("certify {people}"),
    }
}

fn requirements(f: &TierFramework, p: &Partner, t: TierName, out: &mut Vec<Diagnostic>) {
    let tier = f.get(t);
    let below = tier_below(t);
    let mut miss = |key: &str, what: String, fix: String| {
        out.push(
            Diagnostic::new(
                Rule::TierRequirements,
                p.loc.value(key),
                format!(
                    "{} does not meet the {} requirements: {what}",
                    p.name, tier.name
                ),
            )
            .help(format!(
                "{fix}; otherwise review the tier (`tier: {}`)",
                below.as_str()
            )),
        );
    };
    let practice =
        || "once the partner runs a dedicated practice, write `dedicated_practice: true`";
    if t == TierName::Platinum {
        if !p.dedicated_practice {
            miss(
                "dedicated_practice",
                "no dedicated practice".into(),
                practice().into(),
            );
        }
        let c = &p.commitments;
        if c.joint_business_plan != JointPlan::Signed {
            miss(
                "commitments.joint_business_plan",
                format!(
                    "joint business plan is {}, expected signed",
                    c.joint_business_plan.as_str()
                ),
                "once the joint business plan is signed, write `joint_business_plan: signed`"
                    .into(),
            );
        }
        if !c.qbr {
            miss(
                "commitments.qbr",
                "no QBR commitment".into(),
                "agree quarterly business reviews and write `qbr: true`".into(),
            );
        }
        if !c.named_pam {
            miss(
                "commitments.named_pam",
                "no named PAM at the partner firm".into(),
                "once the partner names a PAM, write `named_pam: true`".into(),
            );
        }
    } else if tier.dedicated_practice && !p.dedicated_practice {
        miss(
            "dedicated_practice",
            "no dedicated practice".into(),
            practice().into(),
        );
    }
    let (have, need) = (p.commitments.gtm_activities, tier.min_gtm_activities);
    if have < need {
        miss(
            "commitments.gtm_activities",
            format!(
                "{} a year, expected at least {need}",
                plural_with(have as usize, "joint GTM activity", "joint GTM activities")
            ),
            format!(
                "plan {} and write `gtm_activities: {need}`",
                plural_with(
                    (need - have) as usize,
                    "more joint activity",
                    "more joint activities"
                )
            ),
        );
    }
}

/// The landscape that targets a tier: A platinum, B gold, C silver or registered.
fn landscape_for(t: TierName) -> Landscape {
    match t {
        TierName::Platinum => Landscape::A,
        TierName::Gold => Landscape::B,
        _ => Landscape::C,
    }
}

fn landscape(p: &Partner, out: &mut Vec<Diagnostic>) {
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
                    Rule::LandscapeAlignment,
                    p.loc.value(key),
                    format!(
                        "landscape {} partner {} targets {}",
                        p.landscape.as_str(),
                        p.name,
                        t.label()
                    ),
                )
                .help(format!(
                    "write `{key}: {}` (landscape {} targets {}), or `landscape: {}` for a {} target",
                    expected[0],
                    p.landscape.as_str(),
                    expected.join(" or "),
                    landscape_for(t).as_str(),
                    t.label()
                )),
            );
        }
    }
}

/// landscape.priority: a strategic partner (landscape A or a platinum target) whose
/// computed score is below the priority band.
fn priority(
    p: &Partner,
    fact: &crate::analysis::PartnerFacts,
    band: f64,
    out: &mut Vec<Diagnostic>,
) {
    let target = p.target_tier.unwrap_or(p.tier);
    let platinum = target == TierLevel::Tier(TierName::Platinum);
    if !(p.landscape == Landscape::A || platinum) || fact.band == Band::Priority {
        return;
    }
    let reclassify = if p.landscape == Landscape::A {
        "move the partner to landscape B (`landscape: B`)"
    } else {
        "target Gold instead (`target_tier: gold`)"
    };
    out.push(
        Diagnostic::new(
            Rule::LandscapePriority,
            p.loc.key("scores"),
            format!(
                "{} is strategic (landscape A or platinum target) but scores {}, below the priority band ({})",
                p.name,
                score(fact.score),
                decimal2(band)
            ),
        )
        .label(format!("computed score {}", score(fact.score)))
        .help(format!(
            "it is {} points short: re-check the factor ratings, or {reclassify}",
            score(band - fact.score)
        )),
    );
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
                    Rule::TierPamCapacity,
                    ps[max].loc.value("pam"),
                    format!(
                        "PAM `{pam}` carries {}, more than {max}",
                        plural(ps.len(), "gold partner")
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

crate::declare_rule! {
    TierLadder {
        id: "tier.ladder",
        severity: Error,
        summary: "Tier pipeline ranges must descend platinum > gold > silver > registered, without overlap or gap.",
        explanation: r#"A partner's annual partner-sourced pipeline places it on the tier ladder: seed values Platinum $2M+, Gold $500K–$2M, Silver $100K–$500K, Registered no target. The tier review recommends promotions and demotions from these ranges, so they must descend from platinum to registered, each tier's upper bound meeting the lower bound of the tier above. An overlap makes a partner fit two tiers; a gap (Gold ending at $1.5M while Platinum starts at $2M) leaves a $1.7M partner with no tier at all."#,
        bad: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, annual_pipeline_target: "$2M+"}
  gold: {name: Gold, annual_pipeline_target: "$500K–$1.5M"}
  silver: {name: Silver, annual_pipeline_target: "$100K–$500K"}
  registered: {name: Registered, annual_pipeline_target: ""}"#,
        good: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, annual_pipeline_target: "$2M+"}
  gold: {name: Gold, annual_pipeline_target: "$500K–$2M"}
  silver: {name: Silver, annual_pipeline_target: "$100K–$500K"}
  registered: {name: Registered, annual_pipeline_target: ""}"#,
    }
}

crate::declare_rule! {
    TierCertificationLadder {
        id: "tier.certification-ladder",
        severity: Error,
        summary: "Required certified individuals must not increase down the ladder.",
        explanation: r#"Certified individuals are how a partner proves it can deliver without our professional services, which is what closes the delivery gap. Higher tiers earn more benefits (PAM, MDF, executive sponsorship) and must therefore demand at least as much enablement: the seed requires 5 for Platinum, 3 for Gold, 1 for Silver and none for Registered. The rule checks that `certified_individuals` never increases from platinum to gold to silver to registered; otherwise a promotion could lower a partner's obligations."#,
        bad: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, certified_individuals: 5}
  gold: {name: Gold, certified_individuals: 6}
  silver: {name: Silver, certified_individuals: 1}"#,
        good: r#"# tiers.yaml
partner_tiers:
  platinum: {name: Platinum, certified_individuals: 5}
  gold: {name: Gold, certified_individuals: 3}
  silver: {name: Silver, certified_individuals: 1}"#,
    }
}

crate::declare_rule! {
    TierFit {
        id: "tier.fit",
        severity: Warning,
        summary: "A partner's pipeline lies outside its tier's pipeline range: promotion or demotion recommended.",
        explanation: r#"Tiers should follow performance. When a partner's `pipeline` is above its current tier's `annual_pipeline_target` range, it is under-served (a Silver partner bringing $1.1M belongs in Gold, with a shared PAM and MDF); when it is below, it consumes benefits it has not earned. The rule compares the pipeline with the range of the partner's `tier` and warns with the tier whose range it falls in, which the tier review lists as a promotion or demotion. Partners without a stated pipeline are not checked."#,
        bad: r#"# partners/bluecrest.md
---
tier: silver
pipeline: "$1.1M"
certified_individuals: 3
commitments: {gtm_activities: 2}
---"#,
        good: r#"# partners/bluecrest.md
---
tier: gold
pipeline: "$1.1M"
certified_individuals: 3
commitments: {gtm_activities: 2}
---"#,
    }
}

crate::declare_rule! {
    TierCertified {
        id: "tier.certified",
        severity: Error,
        summary: "A partner has fewer certified individuals than its tier requires.",
        explanation: r#"A partner's `certified_individuals` must reach its current tier's requirement (seed: Platinum 5, Gold 3, Silver 1). Below it the partner cannot credibly deliver implementations on its own, customers it brings land on our services team, and the tier's benefits are paid for enablement that has not happened. Either finish the certifications (the roadmap's "training + certification completed" item) or move the partner down a tier."#,
        bad: r#"# partners/bluecrest.md
---
tier: gold
certified_individuals: 1
---"#,
        good: r#"# partners/bluecrest.md
---
tier: gold
certified_individuals: 3
---"#,
    }
}

crate::declare_rule! {
    TierRequirements {
        id: "tier.requirements",
        severity: Error,
        summary: "A partner does not meet its current tier's practice and commitment requirements.",
        explanation: r#"Tier benefits are exchanged for commitments. Platinum requires a dedicated practice or center of excellence (`dedicated_practice: true`) and, under `commitments`, a joint business plan signed by VP+ (`joint_business_plan: signed`), quarterly business reviews (`qbr: true`), a named PAM at the partner firm (`named_pam: true`) and at least the tier's `min_gtm_activities` joint go-to-market activities a year (seed: 4). Gold requires at least its `min_gtm_activities` (seed: 2). The review cadence and deal-registration days belong to the tier, not to each partner. A Platinum partner with only a draft plan gets top MDF and executive time without a shared target to hold it to."#,
        bad: r#"# partners/deloitte.md
---
tier: platinum
dedicated_practice: true
commitments:
  joint_business_plan: draft
  qbr: true
  gtm_activities: 2
  named_pam: true
---"#,
        good: r#"# partners/deloitte.md
---
tier: platinum
dedicated_practice: true
commitments:
  joint_business_plan: signed
  qbr: true
  gtm_activities: 4
  named_pam: true
---"#,
    }
}

crate::declare_rule! {
    TierPamCapacity {
        id: "tier.pam-capacity",
        severity: Warning,
        summary: "One PAM carries more gold partners than the tier allows.",
        explanation: r#"The Gold tier's benefit is a "PAM shared across 3–5 Gold partners". Beyond that a partner account manager cannot run the semi-annual reviews, joint activities and deal-registration follow-up the tier promises, and the partners notice. The rule counts, per `pam` value, the partners whose `tier` is gold and warns when the count exceeds the gold tier's `pam_max_partners` (the seed's upper bound, 5). Move partners to another PAM or plan the hire in the roadmap."#,
        bad: r#"# tiers.yaml
partner_tiers:
  gold: {name: Gold, annual_pipeline_target: "$500K–$2M", pam_max_partners: 5}
# partners/{bluecrest,harbor,meridian,northgate,oakline,quayside}.md
tier: gold
pam: j.alvarez"#,
        good: r#"# tiers.yaml
partner_tiers:
  gold: {name: Gold, annual_pipeline_target: "$500K–$2M", pam_max_partners: 5}
# partners/{bluecrest,harbor,meridian,northgate,oakline}.md
tier: gold
pam: j.alvarez
# partners/quayside.md
tier: gold
pam: m.osei"#,
    }
}

crate::declare_rule! {
    LandscapeAlignment {
        id: "landscape.alignment",
        severity: Warning,
        summary: "Landscape A should target platinum, B gold, C silver or registered.",
        explanation: r#"The partner landscape and the tier ladder are two views of the same strategy: Tier A strategic partners (Big 4, GSIs) are Platinum targets, Tier B growth partners (boutiques, regional SIs, ISVs) are Gold targets, and the Tier C long tail is served self-serve at Silver or Registered with minimal investment. A partner whose `target_tier` (or current `tier` when no target is set) does not match its `landscape` means either the landscape letter or the tier ambition is wrong, and MDF and PAM time will follow the wrong one."#,
        bad: r#"# partners/bluecrest.md
---
landscape: B
tier: silver
target_tier: platinum
---"#,
        good: r#"# partners/bluecrest.md
---
landscape: B
tier: silver
target_tier: gold
---"#,
    }
}

crate::declare_rule! {
    LandscapePriority {
        id: "landscape.priority",
        severity: Warning,
        summary: "A landscape-A or platinum-target partner scores below the priority band.",
        explanation: r#"Landscape A and a Platinum target commit the most resources: a dedicated PAM, top MDF, executive-to-executive sponsorship. The playbook reserves priority recruitment for partners scoring at or above the priority band (seed: 75). When a partner marked `landscape: A` or `target_tier: platinum` computes below that line, the strategic label is not supported by the ratings (here 21 + 20 + 12 + 9 + 7 = 69). Re-rate the partner if the ratings are stale, or reclassify it as a growth partner."#,
        bad: r#"# partners/cognizant.md
---
landscape: A
target_tier: platinum
scores: {icp_overlap: 70, market_influence: 80, practice_alignment: 60,
         partnership_appetite: 60, revenue_potential: 70}
---"#,
        good: r#"# partners/cognizant.md
---
landscape: B
target_tier: gold
scores: {icp_overlap: 70, market_influence: 80, practice_alignment: 60,
         partnership_appetite: 60, revenue_potential: 70}
---"#,
    }
}
