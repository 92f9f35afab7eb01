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

/// The main pages: title, URL and one-line summary.
const MAIN_PAGES: &[(&str, &str, &str)] = &[
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
        "Program economics",
        urls::ECONOMICS,
        "Program cost, return, ROI, CAC, breakdowns and the forecast against the thesis",
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
        "The partnership roadmap by quarter, and the years after it",
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
];

/// Every entry, in a stable order: main pages, partners, decisions, competitors,
/// handbook pages and the handbook sections without an index page.
pub fn entries(site: &Site) -> Vec<Entry> {
    let mut out: Vec<Entry> = MAIN_PAGES.iter().map(main_page).collect();
    out.extend(partners(site));
    out.extend(decisions(site));
    out.extend(competitors(site));
    out.extend(handbook_pages(site));
    out.extend(handbook_sections(site));
    out
}

fn main_page(&(title, url, d): &(&str, &str, &str)) -> Entry {
    Entry {
        t: title.into(),
        k: "Page",
        u: url.into(),
        d: d.into(),
        x: String::new(),
    }
}

fn partners<'s>(site: &'s Site) -> impl Iterator<Item = Entry> + 's {
    site.plan.partners.iter().enumerate().map(|(i, p)| {
        let f = &site.an.partners[i];
        let cat = Category::parse(&p.category).map_or(p.category.as_str(), |c| c.label());
        Entry {
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
        }
    })
}

/// Decisions by id.
fn decisions(site: &Site) -> Vec<Entry> {
    let mut decisions: Vec<_> = site.plan.decisions.iter().collect();
    decisions.sort_by(|a, b| a.id.cmp(&b.id));
    decisions
        .into_iter()
        .map(|d| Entry {
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
        })
        .collect()
}

fn competitors<'s>(site: &'s Site) -> impl Iterator<Item = Entry> + 's {
    site.plan.competitors.iter().map(|c| Entry {
        t: c.name.clone(),
        k: "Competitor",
        u: urls::competitor(&c.id),
        d: c.positioning.clone().unwrap_or_default(),
        x: c.partners
            .iter()
            .map(|p| p.partner.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    })
}

/// Handbook pages in reading order.
fn handbook_pages<'s>(site: &'s Site) -> impl Iterator<Item = Entry> + 's {
    let pages = &site.plan.pages;
    site.handbook.order.iter().map(move |&i| {
        let p = &pages[i];
        Entry {
            t: p.title.clone(),
            k: "Handbook",
            u: site.handbook.page_url(pages, i),
            d: p.description
                .clone()
                .unwrap_or_else(|| plain_text(&p.body.text, SUMMARY)),
            x: plain_text(&p.body.text, 400),
        }
    })
}

/// Handbook sections that have no index page of their own (those are listed as pages).
fn handbook_sections<'s>(site: &'s Site) -> impl Iterator<Item = Entry> + 's {
    site.handbook
        .sections
        .iter()
        .skip(1)
        .filter(|sec| sec.index_page.is_none())
        .map(|sec| Entry {
            t: sec.title.clone(),
            k: "Handbook",
            u: sec.url(),
            d: format!("Handbook section ({} pages)", sec.pages.len()),
            x: String::new(),
        })
}

/// The index as JSON and as a script defining `window.PARTNERBOOK_SEARCH`.
pub fn index_files(site: &Site) -> (String, String) {
    let json = serde_json::to_string(&entries(site)).unwrap_or_else(|_| "[]".into());
    let js = format!("window.PARTNERBOOK_SEARCH={json};\n");
    (json, js)
}
