//! The tier framework (requirements, benefits, commitments, who is at each tier)
//! and the tier review: promotions and demotions with their reasons, and PAM load.

use super::{tier_name_chip, yes_no, Chip};
use crate::analysis::TierChange;
use crate::model::{Tier, TierLevel, TierName};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct Requirement {
    pub label: String,
    pub value: String,
}

#[derive(Serialize)]
pub struct TierView {
    pub id: String,
    pub chip: Chip,
    pub name: String,
    pub pipeline: String,
    /// Whether the tier has an annual pipeline target at all (Registered has none).
    pub pipeline_target: bool,
    pub requirements: Vec<Requirement>,
    pub benefits: Vec<String>,
    pub commitments: Vec<String>,
    pub partners: Vec<Link>,
    pub partner_count: usize,
    pub more: usize,
    pub targeting: usize,
}

#[derive(Serialize)]
pub struct ChangeRow {
    pub partner: Link,
    pub from: Chip,
    pub to: Chip,
    pub reasons: Vec<String>,
}

#[derive(Serialize)]
pub struct PamRow {
    pub pam: String,
    pub platinum: usize,
    pub gold: usize,
    pub limit: String,
    pub over: bool,
}

#[derive(Serialize)]
pub struct TiersView {
    pub tiers: Vec<TierView>,
    pub promotions: Vec<ChangeRow>,
    pub demotions: Vec<ChangeRow>,
    pub pams: Vec<PamRow>,
    pub backlinks: Vec<Link>,
}

const SHOWN: usize = 30;

pub fn render(site: &Site) -> Result<PageHtml, RenderError> {
    let tiers = site
        .plan
        .tiers
        .iter()
        .flat_map(|f| &f.tiers)
        .map(|t| tier_view(site, t))
        .collect();
    let reviewed = &site.an.tier_review;
    let view = TiersView {
        tiers,
        promotions: changes(site, reviewed.iter().filter(|c| c.is_promotion())),
        demotions: changes(site, reviewed.iter().filter(|c| !c.is_promotion())),
        pams: pams(site),
        backlinks: site.backlinks_of(urls::TIERS),
    };
    site.page(
        PageSpec {
            path: urls::TIERS.into(),
            template: "tiers.html",
            nav_key: "tiers".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_title_tiers"),
            description: site.t("v_desc_tiers"),
            crumbs: Vec::new(),
        },
        &view,
    )
}

/// One tier: its requirements, benefits, commitments and the partners at it (the
/// first [`SHOWN`] by rank).
fn tier_view(site: &Site, t: &Tier) -> TierView {
    let plan = site.plan;
    let level = TierLevel::Tier(t.level);
    let members: Vec<usize> = site
        .an
        .ranking
        .iter()
        .copied()
        .filter(|&i| plan.partners[i].tier == level)
        .collect();
    let total = members.len();
    TierView {
        id: t.level.as_str().into(),
        chip: tier_name_chip(site.lang, t.level),
        name: t.name.clone(),
        pipeline: crate::render::figures::range(&t.pipeline, site.sym, site.lang),
        pipeline_target: !t.pipeline.is_empty(),
        requirements: requirements(site, t),
        benefits: t.benefits.clone(),
        commitments: t.commitments.clone(),
        partners: members
            .iter()
            .take(SHOWN)
            .map(|&i| Link::to(&plan.partners[i].name, urls::partner(&plan.partners[i].id)))
            .collect(),
        partner_count: total,
        more: total.saturating_sub(SHOWN),
        targeting: plan
            .partners
            .iter()
            .filter(|p| p.target_tier == Some(level))
            .count(),
    }
}

/// A tier's requirements table: the four every tier states, then the optional ones.
fn requirements(site: &Site, t: &Tier) -> Vec<Requirement> {
    let sym = site.sym;
    let req = |label: &str, value| Requirement {
        label: site.t(label),
        value,
    };
    let mut out = vec![
        req(
            "v_fact_pipeline",
            crate::render::figures::range(&t.pipeline, sym, site.lang),
        ),
        req("v_fact_certified", t.certified_individuals.to_string()),
        req(
            "v_fact_dedicated_practice",
            yes_no(site.lang, t.dedicated_practice),
        ),
        req(
            "v_req_gtm",
            site.f("v_req_gtm_value", &[("n", t.min_gtm_activities.into())]),
        ),
    ];
    let optional = [
        t.mdf_per_year.map(|m| req("v_fact_mdf", m.display(sym))),
        t.review_cadence
            .map(|c| req("v_req_cadence", site.word("cadence", c.as_str()))),
        t.deal_registration_days.map(|d| {
            req(
                "v_req_deal_registration",
                site.f("v_req_deal_registration_value", &[("n", d.into())]),
            )
        }),
        t.pam_max_partners
            .map(|m| req("v_req_pam", site.f("v_req_pam_value", &[("n", m.into())]))),
    ];
    out.extend(optional.into_iter().flatten());
    out
}

/// Rows of the promotions or demotions table.
fn changes<'c>(site: &Site, changes: impl Iterator<Item = &'c TierChange>) -> Vec<ChangeRow> {
    changes
        .map(|c| ChangeRow {
            partner: site.partner_link(&site.plan.partners[c.partner].id),
            from: tier_name_chip(site.lang, c.from),
            to: tier_name_chip(site.lang, c.to),
            reasons: crate::render::reasons::tier_reasons(c, site.plan, site.lang),
        })
        .collect()
}

fn pams(site: &Site) -> Vec<PamRow> {
    let mut by: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for p in &site.plan.partners {
        let (Some(pam), Some(t)) = (p.pam.as_deref(), p.tier.tier()) else {
            continue;
        };
        let e = by.entry(pam).or_default();
        match t {
            TierName::Platinum => e.0 += 1,
            TierName::Gold => e.1 += 1,
            _ => {}
        }
    }
    let limit = site
        .plan
        .tier(TierName::Gold)
        .and_then(|t| t.pam_max_partners);
    by.into_iter()
        .filter(|(_, (p, g))| p + g > 0)
        .map(|(pam, (platinum, gold))| PamRow {
            pam: pam.to_string(),
            platinum,
            gold,
            limit: limit.map_or("—".into(), |l| l.to_string()),
            over: limit.is_some_and(|l| gold > l as usize),
        })
        .collect()
}
