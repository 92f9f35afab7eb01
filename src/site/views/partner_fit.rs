//! The tier-fit and commitments sections of a partner page: which tier each
//! criterion supports, the recommended promotion or demotion, and the commitments
//! measured against the current tier's requirements.

use super::{tier_chip, tier_name_chip, yes_no, Chip};
use crate::analysis::PartnerFacts;
use crate::model::{JointPlan, Partner, TierLevel};
use crate::site::context::Site;
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
pub struct TierFitView {
    pub current: Chip,
    pub current_url: Option<String>,
    pub rows: Vec<FitRow>,
    pub supported: Chip,
    pub change: Option<ChangeView>,
}

#[derive(Serialize)]
pub struct FitRow {
    pub criterion: String,
    pub value: String,
    pub supports: Option<Chip>,
}

#[derive(Serialize)]
pub struct ChangeView {
    pub promotion: bool,
    pub to: Chip,
    pub reasons: Vec<String>,
}

/// The distance to the next tier: one sentence, then each requirement of that tier.
#[derive(Serialize)]
pub struct DistanceView {
    /// The next tier (`None`: the partner is Platinum).
    pub next: Option<Chip>,
    pub next_url: Option<String>,
    pub sentence: String,
    pub rows: Vec<DistanceRow>,
}

#[derive(Serialize)]
pub struct DistanceRow {
    pub label: String,
    pub have: String,
    pub need: String,
    pub missing: String,
    /// `Met` (ok) or `Missing` (bad): a word in a chip, not a colour alone.
    pub status: Chip,
}

/// The partner's distance to the next tier, from `Analysis::distance`.
pub fn distance(site: &Site, i: usize) -> Option<DistanceView> {
    let d = site.an.distance.get(i)?.as_ref()?;
    let amounts = &site.amounts;
    let rows = d
        .requirements
        .iter()
        .map(|r| {
            let t = crate::render::distance::requirement_in(r, amounts, site.lang);
            DistanceRow {
                label: t.label,
                have: t.have,
                need: t.need,
                missing: t.missing,
                status: Chip::new(t.status, if t.met { "ok" } else { "bad" }),
            }
        })
        .collect();
    Some(DistanceView {
        next: d.next.map(|t| tier_name_chip(site.lang, t)),
        next_url: d.next.map(urls::tier),
        sentence: crate::render::distance::sentence_in(d, amounts, site.lang),
        rows,
    })
}

#[derive(Serialize)]
pub struct CommitRow {
    pub label: String,
    pub value: String,
    pub required: String,
    /// Whether the current tier's requirement is met (`None`: no requirement).
    pub ok: Option<bool>,
}

pub fn fit(site: &Site, i: usize, p: &Partner, f: &PartnerFacts) -> Option<TierFitView> {
    let fit = f.fit.as_ref()?;
    site.plan.tiers.as_ref()?;
    let l = site.lang;
    let mut rows = vec![FitRow {
        criterion: site.t("v_hist_pipeline"),
        value: p
            .pipeline
            .map_or_else(|| site.t("v_fit_not_recorded"), |m| site.pipeline_text(m)),
        supports: fit.by_pipeline.map(|t| tier_name_chip(l, t)),
    }];
    rows.push(FitRow {
        criterion: site.t("v_fact_certified"),
        value: p.certified_individuals.to_string(),
        supports: Some(tier_name_chip(l, fit.by_certification)),
    });
    rows.push(FitRow {
        criterion: site.t("v_fit_commitments"),
        value: site.f(
            "v_fit_commitments_value",
            &[
                (
                    "plan",
                    site.word("joint_plan", p.commitments.joint_business_plan.as_str())
                        .to_lowercase()
                        .into(),
                ),
                ("n", p.commitments.gtm_activities.into()),
            ],
        ),
        supports: Some(tier_name_chip(l, fit.by_commitments)),
    });
    let change = site.index.partners[i]
        .tier_change
        .map(|k| &site.an.tier_review[k])
        .map(|c| ChangeView {
            promotion: c.is_promotion(),
            to: tier_name_chip(l, c.to),
            reasons: crate::render::reasons::tier_reasons(c, site.plan, site.lang),
        });
    Some(TierFitView {
        current: tier_chip(l, p.tier),
        current_url: p.tier.tier().map(urls::tier),
        rows,
        supported: tier_name_chip(l, fit.supported),
        change,
    })
}

pub fn commitments(site: &Site, p: &Partner) -> Vec<CommitRow> {
    let tier = p.tier.tier().and_then(|t| site.plan.tier(t));
    let platinum = p.tier == TierLevel::Tier(crate::model::TierName::Platinum);
    let c = &p.commitments;
    let req = |needed: bool, ok: bool, text: &str| {
        if needed {
            (text.to_string(), Some(ok))
        } else {
            ("—".to_string(), None)
        }
    };
    let yes = site.t("v_req_yes");
    let (jbp_req, jbp_ok) = req(
        platinum,
        c.joint_business_plan == JointPlan::Signed,
        &site.t("v_req_signed"),
    );
    let (qbr_req, qbr_ok) = req(platinum, c.qbr, &yes);
    let (pam_req, pam_ok) = req(platinum, c.named_pam, &yes);
    let min_gtm = tier.map_or(0, |t| t.min_gtm_activities);
    let (gtm_req, gtm_ok) = req(
        min_gtm > 0,
        c.gtm_activities >= min_gtm,
        &format!("≥ {min_gtm}"),
    );
    let needs_practice = platinum || tier.is_some_and(|t| t.dedicated_practice);
    let (dp_req, dp_ok) = req(needs_practice, p.dedicated_practice, &yes);
    let l = site.lang;
    vec![
        CommitRow {
            label: site.t("v_commit_jbp"),
            value: site.word("joint_plan", c.joint_business_plan.as_str()),
            required: jbp_req,
            ok: jbp_ok,
        },
        CommitRow {
            label: site.t("v_commit_qbr"),
            value: yes_no(l, c.qbr),
            required: qbr_req,
            ok: qbr_ok,
        },
        CommitRow {
            label: site.t("v_commit_gtm"),
            value: c.gtm_activities.to_string(),
            required: gtm_req,
            ok: gtm_ok,
        },
        CommitRow {
            label: site.t("v_commit_pam"),
            value: yes_no(l, c.named_pam),
            required: pam_req,
            ok: pam_ok,
        },
        CommitRow {
            label: site.t("v_fact_dedicated_practice"),
            value: yes_no(l, p.dedicated_practice),
            required: dp_req,
            ok: dp_ok,
        },
    ]
}
