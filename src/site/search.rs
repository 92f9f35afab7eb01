//! The client-side search index: partners, decisions, competitors, handbook pages
//! and the main pages, written as `search-index.json` and as `assets/search-index.js`
//! (a script, because `fetch` of a JSON file fails from `file://`).

use super::context::Site;
use super::markdown::plain_text;
use super::urls;
use super::views::score_text;
use crate::model::Category;
use serde::Serialize;

/// One searchable document.
#[derive(Debug, Serialize)]
pub struct Entry {
    /// Title.
    pub t: String,
    /// Kind (Partner, Decision, Competitor, Handbook, Page).
    pub k: &'static str,
    /// URL relative to the site root.
    pub u: String,
    /// One-line summary.
    pub d: String,
    /// Extra words that match but are not shown.
    pub x: String,
}

const SUMMARY: usize = 140;

/// Every entry, in a stable order.
pub fn entries(site: &Site) -> Vec<Entry> {
    let plan = site.plan;
    let mut out = Vec::new();
    for (title, url, d) in [
        (
            "Dashboard",
            urls::HOME,
            "Thesis, north star, KPIs and validation",
        ),
        (
            "Partnership thesis",
            urls::THESIS,
            "Why we partner, with whom, and how it is measured",
        ),
        (
            "Partnership models",
            urls::MODELS,
            "Referral, reseller, co-sell, implementation, OEM, JV, technology alliance",
        ),
        (
            "Partner landscape and scorecard",
            urls::LANDSCAPE,
            "Landscape A/B/C and the ranked scorecard",
        ),
        (
            "Competitors and counter-strategy",
            urls::COMPETITORS,
            "Competitive partner map",
        ),
        (
            "Tier framework and tier review",
            urls::TIERS,
            "Platinum, Gold, Silver, Registered; promotions and demotions",
        ),
        (
            "Decision log",
            urls::DECISIONS,
            "Build, partner and acquire decisions",
        ),
        (
            "OKRs",
            urls::OKRS,
            "Objectives and key results with progress",
        ),
        (
            "Roadmap",
            urls::ROADMAP,
            "The partnership roadmap by quarter",
        ),
        (
            "Governance",
            urls::GOVERNANCE,
            "RACI matrix and executive sponsors",
        ),
        (
            "Near the line",
            urls::NEAR_LINE,
            "Partners close to a band threshold",
        ),
        (
            "Traceability",
            urls::TRACEABILITY,
            "Thesis models to OKRs, roadmap, partners and decisions",
        ),
        (
            "Overdue reviews",
            urls::REVIEWS,
            "Decision reviews, QBRs and tier reviews past due",
        ),
    ] {
        out.push(Entry {
            t: title.into(),
            k: "Page",
            u: url.into(),
            d: d.into(),
            x: String::new(),
        });
    }
    for (i, p) in plan.partners.iter().enumerate() {
        let f = &site.an.partners[i];
        let cat = Category::parse(&p.category).map_or(p.category.as_str(), |c| c.label());
        out.push(Entry {
            t: p.name.clone(),
            k: "Partner",
            u: urls::partner(&p.id),
            d: format!(
                "{} · {} · score {} · {}",
                p.tier.label(),
                cat,
                score_text(f.score),
                p.landscape.as_str()
            ),
            x: [
                p.id.as_str(),
                p.practice.as_deref().unwrap_or(""),
                &p.geography.join(" "),
                &p.models.join(" "),
            ]
            .join(" "),
        });
    }
    let mut decisions: Vec<_> = plan.decisions.iter().collect();
    decisions.sort_by(|a, b| a.id.cmp(&b.id));
    for d in decisions {
        out.push(Entry {
            t: format!("{} {}", d.id, d.title),
            k: "Decision",
            u: urls::decision(&d.id),
            d: format!(
                "{} · {} · {}",
                d.decision.as_str(),
                d.status.label(),
                plain_text(&d.rationale.text, SUMMARY)
            ),
            x: d.partner_considered.clone().unwrap_or_default(),
        });
    }
    for c in &plan.competitors {
        out.push(Entry {
            t: c.name.clone(),
            k: "Competitor",
            u: urls::competitor(&c.id),
            d: c.positioning.clone().unwrap_or_default(),
            x: c.partners
                .iter()
                .map(|p| p.partner.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        });
    }
    for &i in &site.handbook.order {
        let p = &plan.pages[i];
        out.push(Entry {
            t: p.title.clone(),
            k: "Handbook",
            u: site.handbook.page_url(&plan.pages, i),
            d: p.description
                .clone()
                .unwrap_or_else(|| plain_text(&p.body.text, SUMMARY)),
            x: plain_text(&p.body.text, 400),
        });
    }
    for sec in site.handbook.sections.iter().skip(1) {
        if sec.index_page.is_none() {
            out.push(Entry {
                t: sec.title.clone(),
                k: "Handbook",
                u: sec.url(),
                d: format!("Handbook section ({} pages)", sec.pages.len()),
                x: String::new(),
            });
        }
    }
    out
}

/// The index as JSON and as a script defining `window.PARTNERBOOK_SEARCH`.
pub fn index_files(site: &Site) -> (String, String) {
    let json = serde_json::to_string(&entries(site)).unwrap_or_else(|_| "[]".into());
    let js = format!("window.PARTNERBOOK_SEARCH={json};\n");
    (json, js)
}
