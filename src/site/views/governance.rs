//! Governance: the RACI matrix of partner-program decisions and the executive
//! sponsor map (with platinum partners that lack a sponsor).

use super::{tier_chip, Chip};
use crate::model::{TierLevel, TierName};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
pub struct RaciCell {
    pub letter: String,
    pub class: String,
}

#[derive(Serialize)]
pub struct RaciRowView {
    pub decision: String,
    pub cells: Vec<RaciCell>,
}

#[derive(Serialize)]
pub struct SponsorRow {
    pub anchor: String,
    pub partner: Link,
    pub tier: Option<Chip>,
    pub partner_executive: String,
    pub our_counterpart: String,
    pub cadence: String,
}

#[derive(Serialize)]
pub struct GovernanceView {
    pub roles: Vec<String>,
    pub rows: Vec<RaciRowView>,
    pub sponsors: Vec<SponsorRow>,
    pub missing: Vec<Link>,
}

pub fn render(site: &Site) -> Result<PageHtml, RenderError> {
    let plan = site.plan;
    let g = plan.governance.clone().unwrap_or_default();
    let rows = g
        .raci
        .iter()
        .map(|r| RaciRowView {
            decision: r.decision.clone(),
            cells: g
                .roles
                .iter()
                .map(|role| {
                    let letter = r
                        .cells
                        .iter()
                        .find(|(ro, _)| ro == role)
                        .map_or(String::new(), |(_, l)| l.trim().to_uppercase());
                    RaciCell {
                        class: format!("raci-{}", letter.to_lowercase()),
                        letter,
                    }
                })
                .collect(),
        })
        .collect();
    let mut anchors = crate::site::urls::Anchors::default();
    let sponsors = g
        .sponsors
        .iter()
        .map(|s| SponsorRow {
            anchor: anchors.unique(&format!("sponsor-{}", s.partner)),
            partner: site.partner_link(&s.partner),
            tier: site
                .partner_index(&s.partner)
                .map(|i| tier_chip(site.lang, plan.partners[i].tier)),
            partner_executive: s.partner_executive.clone(),
            our_counterpart: s.our_counterpart.clone(),
            cadence: s.cadence.clone(),
        })
        .collect();
    let missing = plan
        .partners
        .iter()
        .filter(|p| {
            p.tier == TierLevel::Tier(TierName::Platinum)
                && !site.sponsors.contains_key(p.id.as_str())
        })
        .map(|p| Link::to(&p.name, urls::partner(&p.id)))
        .collect();
    site.page(
        PageSpec {
            path: urls::GOVERNANCE.into(),
            template: "governance.html",
            nav_key: "governance".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_nav_governance"),
            description: site.t("v_desc_governance"),
            crumbs: Vec::new(),
        },
        &GovernanceView {
            roles: g.roles.clone(),
            rows,
            sponsors,
            missing,
        },
    )
}
