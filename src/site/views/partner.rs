//! One page per partner: score breakdown, band, tier fit, commitments, sponsor,
//! competitors holding it, decisions naming it, roadmap items and notes.

use super::landscape::category_label;
use super::partner_fit::{commitments, distance, fit, CommitRow, DistanceView, TierFitView};
use super::{
    band_chip, factor_label, item_status_chip, join_words, landscape_chip, status_chip, tier_chip,
    yes_no, Chip,
};
use crate::analysis::PartnerFacts;
use crate::model::{Partner, TermValue, TierLevel};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::svg;
use crate::site::urls::{self, Anchors};
use serde::Serialize;

#[derive(Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
    pub links: Vec<Link>,
}

#[derive(Serialize)]
pub struct FactorRow {
    pub label: String,
    pub weight: String,
    pub rating: String,
    pub points: String,
    pub bar: String,
}

#[derive(Serialize)]
pub struct SponsorView {
    pub partner_executive: String,
    pub our_counterpart: String,
    pub cadence: String,
}

#[derive(Serialize)]
pub struct HoldingView {
    pub competitor: Link,
    pub model: Option<Link>,
    pub strength: String,
    pub locked: bool,
}

#[derive(Serialize)]
pub struct DecisionRef {
    pub link: Link,
    pub kind: Chip,
    pub status: Chip,
    pub role: String,
}

#[derive(Serialize)]
pub struct ItemRef {
    pub quarter: String,
    pub title: String,
    pub url: String,
    pub status: Chip,
    pub due: Option<String>,
}

#[derive(Serialize)]
pub struct PartnerView {
    pub id: String,
    pub name: String,
    pub subtitle: String,
    pub chips: Vec<Chip>,
    pub score: String,
    /// `None` for an exited partner.
    pub rank: Option<usize>,
    pub of: usize,
    pub band: Chip,
    pub band_note: String,
    pub sensitivity: Vec<String>,
    pub composition: String,
    pub factors: Vec<FactorRow>,
    pub facts: Vec<Fact>,
    pub fit: Option<TierFitView>,
    /// The distance to the next tier (`None` without a tier framework).
    pub distance: Option<DistanceView>,
    /// The partner's QBR pack, when this build wrote one (`build --qbr`).
    pub qbr_pack: Option<String>,
    pub commitments: Vec<CommitRow>,
    pub sponsors: Vec<SponsorView>,
    pub sponsor_required: bool,
    pub holdings: Vec<HoldingView>,
    pub counter: String,
    pub alternatives: Vec<Link>,
    pub decisions: Vec<DecisionRef>,
    pub items: Vec<ItemRef>,
    pub overdue: Vec<String>,
    pub notes: String,
    pub backlinks: Vec<Link>,
    /// Score, band, tier, pipeline and ARR over the history's snapshots.
    pub history: Option<super::history::PartnerHistory>,
}

/// Ids the partner template uses for its own sections.
pub const RESERVED: &[&str] = &[
    "score",
    "tier-fit",
    "next-tier",
    "commitments",
    "sponsor",
    "competition",
    "decisions",
    "roadmap",
    "notes",
    "facts",
    "related",
    "history",
];

pub fn render(site: &Site, i: usize) -> Result<PageHtml, RenderError> {
    let p = &site.plan.partners[i];
    let path = urls::partner(&p.id);
    let view = build(site, i, &path);
    site.page(
        PageSpec {
            template: "partner.html",
            nav_key: format!("partner:{}", p.id),
            nav_ancestors: vec!["landscape".into()],
            title: p.name.clone(),
            description: view.subtitle.clone(),
            crumbs: vec![
                Link::to(site.t("v_nav_landscape"), urls::LANDSCAPE),
                Link::to(
                    site.f(
                        "v_crumb_landscape",
                        &[("landscape", p.landscape.as_str().into())],
                    ),
                    format!(
                        "{}#landscape-{}",
                        urls::LANDSCAPE,
                        p.landscape.as_str().to_lowercase()
                    ),
                ),
            ],
            path,
        },
        &view,
    )
}

fn build(site: &Site, i: usize, path: &str) -> PartnerView {
    let p = &site.plan.partners[i];
    let f = &site.an.partners[i];
    let mut anchors = Anchors::reserved(RESERVED);
    let notes = site.markdown(&p.notes, path, &mut anchors).html;
    let mut chips = vec![
        landscape_chip(site.lang, p.landscape),
        tier_chip(site.lang, p.tier),
        status_chip(site.lang, p.status),
    ];
    if f.locked {
        chips.push(Chip::new(site.t("v_chip_locked"), "bad"));
    }
    if p.inbound {
        chips.push(Chip::new(site.t("v_chip_inbound"), "info"));
    }
    let subtitle = [
        Some(category_label(site, &p.category)),
        p.practice.clone(),
        (!p.geography.is_empty()).then(|| p.geography.join(", ")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    PartnerView {
        id: p.id.clone(),
        name: p.name.clone(),
        subtitle,
        chips,
        score: site.score(f.score),
        rank: f.rank,
        of: site.an.ranking.len(),
        band: band_chip(site.lang, f.band),
        band_note: band_note(site, f),
        sensitivity: sensitivity(site, i),
        composition: composition(site, p),
        factors: factors(site, p),
        facts: facts(site, p),
        fit: fit(site, i, p, f),
        distance: distance(site, i),
        qbr_pack: (site.opts.with_qbr && crate::analysis::holds_qbr(p))
            .then(|| crate::render::qbr_file(&p.id)),
        commitments: commitments(site, p),
        sponsors: site
            .sponsors
            .get(p.id.as_str())
            .into_iter()
            .flatten()
            .filter_map(|&s| site.plan.governance.as_ref().map(|g| &g.sponsors[s]))
            .map(|s| SponsorView {
                partner_executive: s.partner_executive.clone(),
                our_counterpart: s.our_counterpart.clone(),
                cadence: s.cadence.clone(),
            })
            .collect(),
        sponsor_required: p.tier == TierLevel::Tier(crate::model::TierName::Platinum),
        holdings: f
            .holdings
            .iter()
            .map(|h| HoldingView {
                competitor: site.competitor_link(&h.competitor),
                model: h.model.as_deref().map(|m| site.model_link(m)),
                strength: h.strength.clone(),
                locked: h.locked,
            })
            .collect(),
        counter: counter_note(site, i, f),
        alternatives: alternatives(site, i),
        decisions: decisions(site, p),
        items: items(site, i),
        overdue: overdue(site, i),
        notes,
        backlinks: site.backlinks_of(path),
        history: super::history::partner(site, &p.id),
    }
}

fn band_note(site: &Site, f: &PartnerFacts) -> String {
    let s = &site.plan.scoring;
    let line = |v: f64, name: &str| {
        let d = f.score - v;
        let id = if d >= 0.0 {
            format!("v_note_above_{name}")
        } else {
            format!("v_note_below_{name}")
        };
        site.f(
            &id,
            &[
                ("points", site.score(d.abs()).into()),
                ("line", site.num2(v).into()),
            ],
        )
    };
    match f.band {
        crate::analysis::Band::Priority => line(s.priority, "priority"),
        crate::analysis::Band::Secondary => {
            format!(
                "{}; {}",
                line(s.priority, "priority"),
                line(s.secondary, "secondary")
            )
        }
        crate::analysis::Band::Opportunistic => line(s.secondary, "secondary"),
    }
}

fn sensitivity(site: &Site, i: usize) -> Vec<String> {
    site.index.partners[i]
        .sensitive
        .iter()
        .map(|&k| &site.an.near_line.sensitive[k])
        .map(|c| {
            site.f(
                "v_sensitivity",
                &[
                    (
                        "change",
                        super::weight_move(site.lang, c.factor, c.delta).into(),
                    ),
                    ("from", site.word("band", c.from.as_str()).into()),
                    ("to", site.word("band", c.to.as_str()).into()),
                    ("score", site.score(c.new_score).into()),
                ],
            )
        })
        .collect()
}

fn composition(site: &Site, p: &Partner) -> String {
    let w = &site.plan.scoring.weights;
    let points: Vec<(String, f64)> = (0..w.len().min(p.ratings.len()))
        .map(|k| (factor_label(site.lang, k), p.ratings[k] * w[k] / 100.0))
        .collect();
    svg::score_composition(site.lang, &points, &site.plan.scoring)
}

fn factors(site: &Site, p: &Partner) -> Vec<FactorRow> {
    let w = &site.plan.scoring.weights;
    (0..crate::model::FACTOR_LABELS.len())
        .map(|k| FactorRow {
            label: factor_label(site.lang, k),
            weight: site.lang.fmt.percent(w[k], 2),
            rating: site.num2(p.ratings[k]),
            points: site.num2(p.ratings[k] * w[k] / 100.0),
            bar: svg::rating_bar(site.lang, p.ratings[k], &format!("f{k}")),
        })
        .collect()
}

fn facts(site: &Site, p: &Partner) -> Vec<Fact> {
    let fact = |label: &str, value: String| Fact {
        label: site.t(label),
        value,
        links: Vec::new(),
    };
    let mut out = vec![fact("v_fact_category", category_label(site, &p.category))];
    if let Some(pr) = &p.practice {
        out.push(fact("v_fact_practice", pr.clone()));
    }
    if !p.geography.is_empty() {
        out.push(fact("v_fact_geography", p.geography.join(", ")));
    }
    out.push(Fact {
        links: p.models.iter().map(|m| site.model_link(m)).collect(),
        ..fact(
            "v_fact_models",
            if p.models.is_empty() {
                site.t("v_none")
            } else {
                String::new()
            },
        )
    });
    out.push(Fact {
        links: vec![tier_link(site, p.tier)],
        ..fact("v_fact_current_tier", String::new())
    });
    if let Some(t) = p.target_tier {
        out.push(Fact {
            links: vec![tier_link(site, t)],
            ..fact("v_fact_target_tier", String::new())
        });
    }
    let money = |m: Option<crate::values::Money>| m.map_or("—".into(), |m| m.display(site.sym));
    let pipeline = p.pipeline.map(|m| site.pipeline_text(m));
    out.push(fact(
        "v_fact_pipeline",
        pipeline.unwrap_or_else(|| "—".into()),
    ));
    out.push(fact(
        "v_fact_certified",
        p.certified_individuals.to_string(),
    ));
    out.push(fact(
        "v_fact_dedicated_practice",
        yes_no(site.lang, p.dedicated_practice),
    ));
    if p.mdf.is_some() {
        out.push(fact("v_fact_mdf", money(p.mdf)));
    }
    out.push(fact(
        "v_fact_pam",
        p.pam.clone().unwrap_or_else(|| "—".into()),
    ));
    for (name, v) in &p.terms {
        let value = match v {
            TermValue::Percent(x) => site.lang.fmt.percent(x.0, 1),
            TermValue::Money(m) => m.display(site.sym),
        };
        out.push(fact(
            "v_fact_terms",
            format!("{}: {value}", name.replace('_', " ")),
        ));
    }
    if let Some(d) = p.last_qbr {
        out.push(fact("v_fact_last_qbr", site.date(d)));
    }
    if let Some(d) = p.last_tier_review {
        out.push(fact("v_fact_last_tier_review", site.date(d)));
    }
    out
}

fn tier_link(site: &Site, t: TierLevel) -> Link {
    match t.tier() {
        Some(n) => Link::to(site.word("tier", t.as_str()), urls::tier(n)),
        None => Link::text(site.word("tier", t.as_str())),
    }
}

fn counter_note(site: &Site, i: usize, f: &PartnerFacts) -> String {
    let refs = &site.index.partners[i];
    if f.locked {
        let by: Vec<String> = refs
            .locked
            .iter()
            .map(|&k| &site.an.counter.locked[k])
            .map(|l| site.competitor_link(&l.competitor).title)
            .collect();
        return site.f(
            "v_counter_locked",
            &[("competitors", join_words(site.lang, &by).into())],
        );
    }
    if refs.available {
        return site.t("v_counter_available");
    }
    if refs.contested {
        return site.f("v_counter_contested", &[("n", f.holdings.len().into())]);
    }
    String::new()
}

fn alternatives(site: &Site, i: usize) -> Vec<Link> {
    let mut out: Vec<Link> = Vec::new();
    for l in site.index.partners[i]
        .locked
        .iter()
        .map(|&k| &site.an.counter.locked[k])
    {
        for &a in &l.alternatives {
            let link = site.partner_link(&site.plan.partners[a].id);
            if !out.contains(&link) {
                out.push(link);
            }
        }
    }
    out
}

fn decisions(site: &Site, p: &Partner) -> Vec<DecisionRef> {
    let pi = site.partner_index(&p.id).unwrap_or(0);
    let considered = site
        .an
        .trace
        .partner_decisions
        .get(pi)
        .cloned()
        .unwrap_or_default();
    let mentioned = site.mentions.get(&p.id).cloned().unwrap_or_default();
    let mut all: Vec<(usize, &'static str)> = considered
        .iter()
        .map(|&d| (d, "v_role_considered"))
        .collect();
    for d in mentioned {
        if !considered.contains(&d) {
            all.push((d, "v_role_mentioned"));
        }
    }
    all.sort_by(|a, b| {
        site.plan.decisions[a.0]
            .id
            .cmp(&site.plan.decisions[b.0].id)
    });
    all.into_iter()
        .map(|(d, role)| {
            let dec = &site.plan.decisions[d];
            DecisionRef {
                link: site.decision_link(&dec.id),
                kind: super::decision_kind_chip(site.lang, dec.decision),
                status: super::decision_status_chip(site.lang, dec.status),
                role: site.t(role),
            }
        })
        .collect()
}

fn items(site: &Site, i: usize) -> Vec<ItemRef> {
    let Some(r) = &site.plan.roadmap else {
        return Vec::new();
    };
    site.an
        .trace
        .partner_items
        .get(i)
        .into_iter()
        .flatten()
        .filter_map(|&(q, it)| {
            let quarter = r.quarters.get(q)?;
            let item = quarter.items.get(it)?;
            Some(ItemRef {
                quarter: format!("{} · {}", quarter.key, quarter.theme),
                title: item.title.clone(),
                url: urls::roadmap_item(q, it),
                status: item_status_chip(site.lang, item.status),
                due: item.due.map(|d| site.date(d)),
            })
        })
        .collect()
}

fn overdue(site: &Site, i: usize) -> Vec<String> {
    site.index.partners[i]
        .overdue
        .iter()
        .map(|&k| &site.an.overdue[k])
        .map(|o| {
            site.f(
                "v_overdue_line",
                &[
                    ("kind", super::analyses::overdue_kind(site, o.kind).into()),
                    ("date", site.date(o.due).into()),
                    ("n", o.days_late.into()),
                ],
            )
        })
        .collect()
}
