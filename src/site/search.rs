//! The client-side search index: partners, decisions, competitors, handbook pages
//! and the main pages, written as `search-index.json` and as `assets/search-index.js`
//! (a script, because `fetch` of a JSON file fails from `file://`).

use super::context::Site;
use super::markdown::plain_text;
use super::urls;
use crate::model::Category;
use serde::Serialize;

/// One searchable document.
#[derive(Debug, Serialize)]
pub struct Entry {
    /// Title.
    pub t: String,
    /// Kind (Partner, Decision, Competitor, Handbook, Page), in the plan's language.
    pub k: String,
    /// URL relative to the site root.
    pub u: String,
    /// One-line summary.
    pub d: String,
    /// Extra words that match but are not shown.
    pub x: String,
}

const SUMMARY: usize = 140;

/// The main pages: title, URL and one-line summary (message ids).
const MAIN_PAGES: &[(&str, &str, &str)] = &[
    ("v_nav_dashboard", urls::HOME, "v_search_home"),
    ("v_title_thesis", urls::THESIS, "v_search_thesis"),
    ("v_title_models", urls::MODELS, "v_search_models"),
    ("v_title_economics", urls::ECONOMICS, "v_search_economics"),
    (
        "v_search_landscape_title",
        urls::LANDSCAPE,
        "v_search_landscape",
    ),
    (
        "v_title_competitors",
        urls::COMPETITORS,
        "v_search_competitors",
    ),
    ("v_search_tiers_title", urls::TIERS, "v_search_tiers"),
    ("v_title_decisions", urls::DECISIONS, "v_search_decisions"),
    ("v_nav_okrs", urls::OKRS, "v_search_okrs"),
    ("v_nav_roadmap", urls::ROADMAP, "v_desc_roadmap"),
    ("v_nav_governance", urls::GOVERNANCE, "v_search_governance"),
    ("v_nav_near_line", urls::NEAR_LINE, "v_search_near_line"),
    (
        "v_nav_traceability",
        urls::TRACEABILITY,
        "v_search_traceability",
    ),
    ("v_nav_reviews", urls::REVIEWS, "v_search_reviews"),
];

/// Every entry, in a stable order: main pages, partners, decisions, competitors,
/// handbook pages and the handbook sections without an index page.
pub fn entries(site: &Site) -> Vec<Entry> {
    let mut out: Vec<Entry> = MAIN_PAGES.iter().map(|p| main_page(site, p)).collect();
    out.extend(partners(site));
    out.extend(decisions(site));
    out.extend(competitors(site));
    out.extend(handbook_pages(site));
    out.extend(handbook_sections(site));
    out
}

fn main_page(site: &Site, &(title, url, d): &(&str, &str, &str)) -> Entry {
    Entry {
        t: site.t(title),
        k: site.t("v_search_kind_page"),
        u: url.into(),
        d: site.t(d),
        x: String::new(),
    }
}

fn partners<'s>(site: &'s Site) -> impl Iterator<Item = Entry> + 's {
    site.plan.partners.iter().enumerate().map(|(i, p)| {
        let f = &site.an.partners[i];
        let cat = Category::parse(&p.category)
            .map_or_else(|| p.category.clone(), |c| site.word("category", c.as_str()));
        Entry {
            t: p.name.clone(),
            k: site.t("v_search_kind_partner"),
            u: urls::partner(&p.id),
            d: site.f(
                "v_search_partner",
                &[
                    ("tier", site.word("tier", p.tier.as_str()).into()),
                    ("category", cat.into()),
                    ("score", site.score(f.score).into()),
                    ("landscape", p.landscape.as_str().into()),
                ],
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
            k: site.t("v_search_kind_decision"),
            u: urls::decision(&d.id),
            d: format!(
                "{} · {} · {}",
                super::views::decision_kind_word(site.lang, d.decision),
                site.word("decision_status", d.status.as_str()),
                plain_text(&d.rationale.text, SUMMARY)
            ),
            x: d.partner_considered.clone().unwrap_or_default(),
        })
        .collect()
}

fn competitors<'s>(site: &'s Site) -> impl Iterator<Item = Entry> + 's {
    site.plan.competitors.iter().map(|c| Entry {
        t: c.name.clone(),
        k: site.t("v_search_kind_competitor"),
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
            k: site.t("v_search_kind_handbook"),
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
            k: site.t("v_search_kind_handbook"),
            u: sec.url(),
            d: site.f("v_search_section", &[("n", sec.pages.len().into())]),
            x: String::new(),
        })
}

/// The index as JSON and as a script defining `window.PARTNERBOOK_SEARCH`.
pub fn index_files(site: &Site) -> (String, String) {
    let json = serde_json::to_string(&entries(site)).unwrap_or_else(|_| "[]".into());
    let js = format!("window.PARTNERBOOK_SEARCH={json};\n");
    (json, js)
}
