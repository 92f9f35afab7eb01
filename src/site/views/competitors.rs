//! The competitive partner map and the counter-strategy: partners available to
//! recruit first, under-served partners, and locked partners with their alternatives.

use super::{band_chip, tier_chip, Chip};
use crate::analysis::LockedEntry;
use crate::model::{Competitor, CompetitorPartner};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::urls;
use serde::Serialize;

#[derive(Serialize)]
pub struct HeldPartner {
    pub partner: Link,
    pub tracked: bool,
    pub model: Option<Link>,
    pub strength: String,
    pub locked: bool,
    pub tier: Option<Chip>,
}

#[derive(Serialize)]
pub struct CompetitorView {
    pub id: String,
    pub name: String,
    pub positioning: Option<String>,
    pub partners: Vec<HeldPartner>,
    pub locked_count: usize,
}

#[derive(Serialize)]
pub struct Brief {
    pub link: Link,
    pub score: String,
    pub band: Chip,
    pub tier: Chip,
    pub held_by: Vec<Link>,
}

#[derive(Serialize)]
pub struct LockedView {
    pub partner: Link,
    pub competitor: Link,
    pub alternatives: Vec<Link>,
}

#[derive(Serialize)]
pub struct CompetitorsView {
    pub competitors: Vec<CompetitorView>,
    pub available: Vec<Brief>,
    pub available_more: usize,
    pub contested: Vec<Brief>,
    pub contested_more: usize,
    pub locked: Vec<LockedView>,
    pub backlinks: Vec<Link>,
}

/// Partners each recruiting list shows, best score first.
const SHORTLIST: usize = 60;

fn brief(site: &Site, i: usize) -> Brief {
    let p = &site.plan.partners[i];
    let f = &site.an.partners[i];
    Brief {
        link: Link::to(&p.name, urls::partner(&p.id)),
        score: site.score(f.score),
        band: band_chip(site.lang, f.band),
        tier: tier_chip(site.lang, p.tier),
        held_by: f
            .holdings
            .iter()
            .map(|h| site.competitor_link(&h.competitor))
            .collect(),
    }
}

pub fn render(site: &Site) -> Result<PageHtml, RenderError> {
    let cs = &site.an.counter;
    let view = CompetitorsView {
        backlinks: site.backlinks_of(urls::COMPETITORS),
        competitors: site
            .plan
            .competitors
            .iter()
            .map(|c| competitor(site, c))
            .collect(),
        available: shortlist(site, &cs.available),
        available_more: cs.available.len().saturating_sub(SHORTLIST),
        contested: shortlist(site, &cs.contested),
        contested_more: cs.contested.len().saturating_sub(SHORTLIST),
        locked: cs.locked.iter().map(|l| locked(site, l)).collect(),
    };
    site.page(
        PageSpec {
            path: urls::COMPETITORS.into(),
            template: "competitors.html",
            nav_key: "competitors".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_title_competitors"),
            description: site.t("v_desc_competitors"),
            crumbs: Vec::new(),
        },
        &view,
    )
}

/// One competitor's card: the partners it holds, tracked or not.
fn competitor(site: &Site, c: &Competitor) -> CompetitorView {
    CompetitorView {
        id: c.id.clone(),
        name: c.name.clone(),
        positioning: c.positioning.clone(),
        locked_count: c.partners.iter().filter(|p| p.locked).count(),
        partners: c.partners.iter().map(|cp| held(site, cp)).collect(),
    }
}

fn held(site: &Site, cp: &CompetitorPartner) -> HeldPartner {
    let idx = site.partner_index(&cp.partner);
    HeldPartner {
        partner: site.partner_link(&cp.partner),
        tracked: idx.is_some(),
        model: cp.model.as_deref().map(|m| site.model_link(m)),
        strength: cp.strength.clone(),
        locked: cp.locked,
        tier: idx.map(|i| tier_chip(site.lang, site.plan.partners[i].tier)),
    }
}

/// The first [`SHORTLIST`] partners of a recruiting list.
fn shortlist(site: &Site, partners: &[usize]) -> Vec<Brief> {
    partners
        .iter()
        .take(SHORTLIST)
        .map(|&i| brief(site, i))
        .collect()
}

/// A locked partner with the available alternatives of its category, scores shown.
fn locked(site: &Site, l: &LockedEntry) -> LockedView {
    let plan = site.plan;
    LockedView {
        partner: match l.partner {
            Some(i) => Link::to(&plan.partners[i].name, urls::partner(&plan.partners[i].id)),
            None => Link::text(&l.name),
        },
        competitor: site.competitor_link(&l.competitor),
        alternatives: l
            .alternatives
            .iter()
            .map(|&a| {
                let p = &plan.partners[a];
                Link::to(
                    format!("{} ({})", p.name, site.score(site.an.partners[a].score)),
                    urls::partner(&p.id),
                )
            })
            .collect(),
    }
}
