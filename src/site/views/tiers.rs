//! The tier framework (requirements, benefits, commitments, who is at each tier)
//! and the tier review: promotions and demotions with their reasons, and PAM load.

use super::{tier_name_chip, yes_no, Chip};
use crate::model::{TierLevel, TierName};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls;
use crate::text::plural;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct Requirement {
    pub label: &'static str,
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
    let plan = site.plan;
    let sym = site.sym;
    let mut tiers = Vec::new();
    if let Some(f) = &plan.tiers {
        for t in &f.tiers {
            let mut members: Vec<usize> = site
                .an
                .ranking
                .iter()
                .copied()
                .filter(|&i| plan.partners[i].tier == TierLevel::Tier(t.level))
                .collect();
            let total = members.len();
            members.truncate(SHOWN);
            let mut req = vec![
                Requirement {
                    label: "Annual pipeline",
                    value: t.pipeline.display(sym),
                },
                Requirement {
                    label: "Certified individuals",
                    value: t.certified_individuals.to_string(),
                },
                Requirement {
                    label: "Dedicated practice",
                    value: yes_no(t.dedicated_practice).into(),
                },
                Requirement {
                    label: "Joint GTM activities",
                    value: format!("≥ {} per year", t.min_gtm_activities),
                },
            ];
            if let Some(m) = t.mdf_per_year {
                req.push(Requirement {
                    label: "MDF per year",
                    value: m.display(sym),
                });
            }
            if let Some(c) = t.review_cadence {
                req.push(Requirement {
                    label: "Review cadence",
                    value: c.label().into(),
                });
            }
            if let Some(d) = t.deal_registration_days {
                req.push(Requirement {
                    label: "Deal registration",
                    value: format!("within {}", plural(d as usize, "business day")),
                });
            }
            if let Some(m) = t.pam_max_partners {
                req.push(Requirement {
                    label: "Partners per PAM",
                    value: format!("at most {m}"),
                });
            }
            tiers.push(TierView {
                id: t.level.as_str().into(),
                chip: tier_name_chip(t.level),
                name: t.name.clone(),
                pipeline: t.pipeline.display(sym),
                pipeline_target: !t.pipeline.is_empty(),
                requirements: req,
                benefits: t.benefits.clone(),
                commitments: t.commitments.clone(),
                partners: members
                    .iter()
                    .map(|&i| Link::to(&plan.partners[i].name, urls::partner(&plan.partners[i].id)))
                    .collect(),
                partner_count: total,
                more: total.saturating_sub(SHOWN),
                targeting: plan
                    .partners
                    .iter()
                    .filter(|p| p.target_tier == Some(TierLevel::Tier(t.level)))
                    .count(),
            });
        }
    }
    let change = |c: &crate::analysis::TierChange| ChangeRow {
        partner: site.partner_link(&plan.partners[c.partner].id),
        from: tier_name_chip(c.from),
        to: tier_name_chip(c.to),
        reasons: c.reasons.clone(),
    };
    let view = TiersView {
        tiers,
        promotions: site
            .an
            .tier_review
            .iter()
            .filter(|c| c.is_promotion())
            .map(change)
            .collect(),
        demotions: site
            .an
            .tier_review
            .iter()
            .filter(|c| !c.is_promotion())
            .map(change)
            .collect(),
        pams: pams(site),
        backlinks: site.backlinks_of(urls::TIERS),
    };
    site.page(
        PageSpec {
            path: urls::TIERS.into(),
            template: "tiers.html",
            nav_key: "tiers".into(),
            nav_ancestors: Vec::new(),
            title: "Tier framework".into(),
            description: "Tier requirements, benefits and commitments, and the tier review".into(),
            crumbs: Vec::new(),
        },
        &view,
    )
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
