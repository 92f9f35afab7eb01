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
    pub criterion: &'static str,
    pub value: String,
    pub supports: Option<Chip>,
}

#[derive(Serialize)]
pub struct ChangeView {
    pub promotion: bool,
    pub to: Chip,
    pub reasons: Vec<String>,
}

#[derive(Serialize)]
pub struct CommitRow {
    pub label: &'static str,
    pub value: String,
    pub required: String,
    /// Whether the current tier's requirement is met (`None`: no requirement).
    pub ok: Option<bool>,
}

pub fn fit(site: &Site, i: usize, p: &Partner, f: &PartnerFacts) -> Option<TierFitView> {
    let fit = f.fit.as_ref()?;
    site.plan.tiers.as_ref()?;
    let mut rows = vec![FitRow {
        criterion: "Pipeline",
        value: p
            .pipeline
            .map_or("not recorded".into(), |m| site.pipeline_text(m)),
        supports: fit.by_pipeline.map(tier_name_chip),
    }];
    rows.push(FitRow {
        criterion: "Certified individuals",
        value: p.certified_individuals.to_string(),
        supports: Some(tier_name_chip(fit.by_certification)),
    });
    rows.push(FitRow {
        criterion: "Commitments",
        value: format!(
            "plan {}, {} GTM activities",
            p.commitments.joint_business_plan.label().to_lowercase(),
            p.commitments.gtm_activities
        ),
        supports: Some(tier_name_chip(fit.by_commitments)),
    });
    let change = site.index.partners[i]
        .tier_change
        .map(|k| &site.an.tier_review[k])
        .map(|c| ChangeView {
            promotion: c.is_promotion(),
            to: tier_name_chip(c.to),
            reasons: crate::render::reasons::tier_reasons(c, site.plan, site.lang),
        });
    Some(TierFitView {
        current: tier_chip(p.tier),
        current_url: p.tier.tier().map(urls::tier),
        rows,
        supported: tier_name_chip(fit.supported),
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
    let (jbp_req, jbp_ok) = req(
        platinum,
        c.joint_business_plan == JointPlan::Signed,
        "signed",
    );
    let (qbr_req, qbr_ok) = req(platinum, c.qbr, "yes");
    let (pam_req, pam_ok) = req(platinum, c.named_pam, "yes");
    let min_gtm = tier.map_or(0, |t| t.min_gtm_activities);
    let (gtm_req, gtm_ok) = req(
        min_gtm > 0,
        c.gtm_activities >= min_gtm,
        &format!("≥ {min_gtm}"),
    );
    let needs_practice = platinum || tier.is_some_and(|t| t.dedicated_practice);
    let (dp_req, dp_ok) = req(needs_practice, p.dedicated_practice, "yes");
    vec![
        CommitRow {
            label: "Joint business plan",
            value: c.joint_business_plan.label().into(),
            required: jbp_req,
            ok: jbp_ok,
        },
        CommitRow {
            label: "Quarterly business review",
            value: yes_no(c.qbr).into(),
            required: qbr_req,
            ok: qbr_ok,
        },
        CommitRow {
            label: "Joint GTM activities per year",
            value: c.gtm_activities.to_string(),
            required: gtm_req,
            ok: gtm_ok,
        },
        CommitRow {
            label: "Named PAM at the partner",
            value: yes_no(c.named_pam).into(),
            required: pam_req,
            ok: pam_ok,
        },
        CommitRow {
            label: "Dedicated practice",
            value: yes_no(p.dedicated_practice).into(),
            required: dp_req,
            ok: dp_ok,
        },
    ]
}
