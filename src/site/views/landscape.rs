//! The partner landscape: tiers A/B/C grouped by category (the seed's landscape map),
//! the score distribution and the ranked scorecard of every partner.

use super::{band_chip, factor_label, landscape_chip, status_chip, tier_chip, Chip};
use crate::analysis::Band;
use crate::model::{Category, Landscape};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::{svg, urls};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct LandPartner {
    pub link: Link,
    pub detail: String,
    pub score: String,
    pub band: String,
    pub tier: Chip,
}

#[derive(Serialize)]
pub struct CategoryGroup {
    pub label: String,
    pub partners: Vec<LandPartner>,
    pub more: usize,
}

#[derive(Serialize)]
pub struct LandGroup {
    pub anchor: String,
    pub chip: Chip,
    pub title: String,
    pub target: String,
    pub count: usize,
    pub categories: Vec<CategoryGroup>,
}

#[derive(Serialize)]
pub struct ScoreRow {
    /// `None` for an exited partner (listed last, unranked).
    pub rank: Option<usize>,
    pub id: String,
    pub url: String,
    pub name: String,
    pub landscape: String,
    pub category: String,
    pub tier: Chip,
    pub target: String,
    pub ratings: Vec<String>,
    pub score: String,
    pub band: Chip,
    pub pipeline: String,
    pub pipeline_sort: String,
    pub status: Chip,
}

#[derive(Serialize)]
pub struct BandCount {
    pub chip: Chip,
    pub count: usize,
    pub range: String,
}

#[derive(Serialize)]
pub struct FactorHead {
    pub short: String,
    pub full: String,
    pub weight: String,
}

#[derive(Serialize)]
pub struct LandscapeView {
    pub distribution: String,
    pub bands: Vec<BandCount>,
    pub groups: Vec<LandGroup>,
    pub factors: Vec<FactorHead>,
    /// The scorecard's rows, rendered in parallel chunks by `partials/scorecard_rows.html`.
    pub rows_html: String,
    pub total: usize,
}

/// Partners listed per category in the landscape map (the scorecard lists all).
const SHOWN_PER_CATEGORY: usize = 40;

/// Column headers for the five factors (message ids).
const SHORT_LABELS: [&str; 5] = [
    "v_factor_short_icp",
    "v_factor_short_influence",
    "v_factor_short_practice",
    "v_factor_short_appetite",
    "v_factor_short_revenue",
];

/// A partner's category in the plan's language; a category the vocabulary lacks as written.
pub fn category_label(site: &Site, c: &str) -> String {
    Category::parse(c).map_or_else(|| c.to_string(), |c| site.word("category", c.as_str()))
}

fn category_order(c: &str) -> usize {
    Category::parse(c).map_or(usize::MAX, |c| c as usize)
}

pub fn render(site: &Site) -> Result<PageHtml, RenderError> {
    let an = site.an;
    let rows: Vec<ScoreRow> = an.listed().map(|i| score_row(site, i)).collect();
    let view = LandscapeView {
        distribution: svg::distribution(
            site.lang,
            &an.partners.iter().map(|f| f.score).collect::<Vec<_>>(),
            &site.plan.scoring,
        ),
        bands: bands(site),
        groups: groups(site),
        factors: factor_heads(site, &site.plan.scoring.weights),
        rows_html: rows_html(site, &rows)?,
        total: site.plan.partners.len(),
    };
    site.page(
        PageSpec {
            path: urls::LANDSCAPE.into(),
            template: "landscape.html",
            nav_key: "landscape".into(),
            nav_ancestors: Vec::new(),
            title: site.t("v_title_landscape"),
            description: site.t("v_desc_landscape"),
            crumbs: Vec::new(),
        },
        &view,
    )
}

/// How many partners fall in each score band, with the band's score range.
fn bands(site: &Site) -> Vec<BandCount> {
    let s = &site.plan.scoring;
    let mut band_n = [0usize; 3];
    for &i in &site.an.ranking {
        band_n[site.an.partners[i].band as usize] += 1;
    }
    vec![
        BandCount {
            chip: band_chip(site.lang, Band::Priority),
            count: band_n[0],
            range: site.f("v_band_from", &[("score", site.num2(s.priority).into())]),
        },
        BandCount {
            chip: band_chip(site.lang, Band::Secondary),
            count: band_n[1],
            range: format!("{}–{}", site.num2(s.secondary), site.num2(s.priority)),
        },
        BandCount {
            chip: band_chip(site.lang, Band::Opportunistic),
            count: band_n[2],
            range: site.f("v_band_below", &[("score", site.num2(s.secondary).into())]),
        },
    ]
}

/// The scorecard row of partner `i`.
fn score_row(site: &Site, i: usize) -> ScoreRow {
    let p = &site.plan.partners[i];
    let f = &site.an.partners[i];
    ScoreRow {
        rank: f.rank,
        id: p.id.clone(),
        url: urls::partner(&p.id),
        name: p.name.clone(),
        landscape: p.landscape.as_str().to_string(),
        category: category_label(site, &p.category),
        tier: tier_chip(site.lang, p.tier),
        target: p
            .target_tier
            .map_or(String::new(), |t| site.word("tier", t.as_str())),
        ratings: p.ratings.iter().map(|r| site.num2(*r)).collect(),
        score: site.score(f.score),
        band: band_chip(site.lang, f.band),
        pipeline: p.pipeline.map_or("—".into(), |m| site.pipeline_text(m)),
        pipeline_sort: format!("{:.0}", p.pipeline.map_or(0.0, |m| m.0)),
        status: status_chip(site.lang, p.status),
    }
}

/// The scorecard's factor column headers, with their weights.
fn factor_heads(site: &Site, weights: &[f64]) -> Vec<FactorHead> {
    SHORT_LABELS
        .iter()
        .zip(weights)
        .enumerate()
        .map(|(k, (short, w))| {
            let weight = site.lang.fmt.percent(*w, 2);
            FactorHead {
                short: site.t(short),
                full: site.f(
                    "v_factor_head",
                    &[
                        ("factor", factor_label(site.lang, k).into()),
                        ("weight", weight.as_str().into()),
                    ],
                ),
                weight,
            }
        })
        .collect()
}

fn groups(site: &Site) -> Vec<LandGroup> {
    let plan = site.plan;
    let mut out = Vec::new();
    for &l in Landscape::ALL {
        let mut by_cat: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
        for &i in &site.an.ranking {
            let p = &plan.partners[i];
            if p.landscape == l {
                by_cat
                    .entry((category_order(&p.category), p.category.clone()))
                    .or_default()
                    .push(i);
            }
        }
        let count = by_cat.values().map(Vec::len).sum();
        let categories = by_cat
            .into_iter()
            .map(|((_, cat), idx)| CategoryGroup {
                label: category_label(site, &cat),
                more: idx.len().saturating_sub(SHOWN_PER_CATEGORY),
                partners: idx
                    .iter()
                    .take(SHOWN_PER_CATEGORY)
                    .map(|&i| {
                        let p = &plan.partners[i];
                        let f = &site.an.partners[i];
                        LandPartner {
                            link: Link::to(&p.name, urls::partner(&p.id)),
                            detail: p.practice.clone().unwrap_or_default(),
                            score: site.score(f.score),
                            band: f.band.as_str().to_string(),
                            tier: tier_chip(site.lang, p.tier),
                        }
                    })
                    .collect(),
            })
            .collect();
        let (title, target) = match l {
            Landscape::A => ("v_land_a_title", "v_land_a_target"),
            Landscape::B => ("v_land_b_title", "v_land_b_target"),
            Landscape::C => ("v_land_c_title", "v_land_c_target"),
        };
        out.push(LandGroup {
            anchor: format!("landscape-{}", l.as_str().to_lowercase()),
            chip: landscape_chip(site.lang, l),
            title: site.t(title),
            target: site.t(target),
            count,
            categories,
        });
    }
    out
}

/// Rows per chunk of the scorecard rendered in parallel.
const ROWS_PER_CHUNK: usize = 500;

#[derive(Serialize)]
struct RowsView<'r> {
    root: &'static str,
    rows: &'r [ScoreRow],
}

fn rows_html(site: &Site, rows: &[ScoreRow]) -> Result<String, RenderError> {
    use rayon::prelude::*;
    let parts: Vec<Result<String, RenderError>> = rows
        .par_chunks(ROWS_PER_CHUNK)
        .map(|chunk| {
            site.theme.render(
                "partials/scorecard_rows.html",
                &RowsView {
                    root: "",
                    rows: chunk,
                },
            )
        })
        .collect();
    parts
        .into_iter()
        .collect::<Result<Vec<_>, _>>()
        .map(|v| v.concat())
}
