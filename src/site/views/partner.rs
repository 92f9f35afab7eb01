//! One page per partner: score breakdown, band, tier fit, commitments, sponsor,
//! competitors holding it, decisions naming it, roadmap items and notes.

use super::partner_fit::{commitments, fit, CommitRow, TierFitView};
use super::{
    band_chip, decimal2, item_status_chip, landscape_chip, score_text, status_chip, tier_chip,
    yes_no, Chip,
};
use crate::analysis::PartnerFacts;
use crate::model::{Category, Partner, TermValue, TierLevel, FACTOR_LABELS};
use crate::render::RenderError;
use crate::site::context::{PageHtml, PageSpec, Site};
use crate::site::nav::Link;
use crate::site::svg;
use crate::site::urls::{self, Anchors};
use crate::text::plural;
use serde::Serialize;

#[derive(Serialize)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
    pub links: Vec<Link>,
}

#[derive(Serialize)]
pub struct FactorRow {
    pub label: &'static str,
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
    pub role: &'static str,
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
                Link::to("Landscape", urls::LANDSCAPE),
                Link::to(
                    format!("Landscape {}", p.landscape.as_str()),
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

fn category_label(c: &str) -> String {
    Category::parse(c).map_or_else(|| c.to_string(), |c| c.label().to_string())
}

fn build(site: &Site, i: usize, path: &str) -> PartnerView {
    let p = &site.plan.partners[i];
    let f = &site.an.partners[i];
    let mut anchors = Anchors::reserved(RESERVED);
    let notes = site.markdown(&p.notes, path, &mut anchors).html;
    let mut chips = vec![
        landscape_chip(p.landscape),
        tier_chip(p.tier),
        status_chip(p.status),
    ];
    if f.locked {
        chips.push(Chip::new("Locked to a competitor", "bad"));
    }
    if p.inbound {
        chips.push(Chip::new("Inbound", "info"));
    }
    let subtitle = [
        Some(category_label(&p.category)),
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
        score: score_text(f.score),
        rank: f.rank,
        of: site.an.ranking.len(),
        band: band_chip(f.band),
        band_note: band_note(site, f),
        sensitivity: sensitivity(site, i),
        composition: composition(site, p),
        factors: factors(site, p),
        facts: facts(site, p),
        fit: fit(site, i, p, f),
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
        if d >= 0.0 {
            format!(
                "{} points above the {name} line ({})",
                score_text(d),
                decimal2(v)
            )
        } else {
            format!(
                "{} points below the {name} line ({})",
                score_text(-d),
                decimal2(v)
            )
        }
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
            format!(
                "{}: would move from {} to {} ({})",
                super::weight_move(c.factor, c.delta),
                c.from.label(),
                c.to.label(),
                score_text(c.new_score)
            )
        })
        .collect()
}

fn composition(site: &Site, p: &Partner) -> String {
    let w = &site.plan.scoring.weights;
    let points: Vec<(&str, f64)> = FACTOR_LABELS
        .iter()
        .enumerate()
        .map(|(k, l)| (*l, p.ratings[k] * w[k] / 100.0))
        .collect();
    svg::score_composition(&points, &site.plan.scoring)
}

fn factors(site: &Site, p: &Partner) -> Vec<FactorRow> {
    let w = &site.plan.scoring.weights;
    FACTOR_LABELS
        .iter()
        .enumerate()
        .map(|(k, label)| FactorRow {
            label,
            weight: format!("{}%", decimal2(w[k])),
            rating: decimal2(p.ratings[k]),
            points: decimal2(p.ratings[k] * w[k] / 100.0),
            bar: svg::rating_bar(p.ratings[k], &format!("f{k}")),
        })
        .collect()
}

fn facts(site: &Site, p: &Partner) -> Vec<Fact> {
    let fact = |label, value: String| Fact {
        label,
        value,
        links: Vec::new(),
    };
    let mut out = vec![fact("Category", category_label(&p.category))];
    if let Some(pr) = &p.practice {
        out.push(fact("Practice", pr.clone()));
    }
    if !p.geography.is_empty() {
        out.push(fact("Geography", p.geography.join(", ")));
    }
    out.push(Fact {
        label: "Models",
        value: if p.models.is_empty() {
            "None".into()
        } else {
            String::new()
        },
        links: p.models.iter().map(|m| site.model_link(m)).collect(),
    });
    out.push(Fact {
        label: "Current tier",
        value: String::new(),
        links: vec![tier_link(p.tier)],
    });
    if let Some(t) = p.target_tier {
        out.push(Fact {
            label: "Target tier",
            value: String::new(),
            links: vec![tier_link(t)],
        });
    }
    let money = |m: Option<crate::values::Money>| m.map_or("—".into(), |m| m.display(site.sym));
    let pipeline = p.pipeline.map(|m| site.pipeline_text(m));
    out.push(fact(
        "Annual pipeline",
        pipeline.unwrap_or_else(|| "—".into()),
    ));
    out.push(fact(
        "Certified individuals",
        p.certified_individuals.to_string(),
    ));
    out.push(fact(
        "Dedicated practice",
        yes_no(p.dedicated_practice).into(),
    ));
    if p.mdf.is_some() {
        out.push(fact("MDF per year", money(p.mdf)));
    }
    out.push(fact("Our PAM", p.pam.clone().unwrap_or_else(|| "—".into())));
    for (name, v) in &p.terms {
        let value = match v {
            TermValue::Percent(x) => x.display(),
            TermValue::Money(m) => m.display(site.sym),
        };
        out.push(Fact {
            label: "Commercial terms",
            value: format!("{}: {value}", name.replace('_', " ")),
            links: Vec::new(),
        });
    }
    if let Some(d) = p.last_qbr {
        out.push(fact("Last QBR", d.0.to_string()));
    }
    if let Some(d) = p.last_tier_review {
        out.push(fact("Last tier review", d.0.to_string()));
    }
    out
}

fn tier_link(t: TierLevel) -> Link {
    match t.tier() {
        Some(n) => Link::to(n.label(), urls::tier(n)),
        None => Link::text("Prospect"),
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
        return format!(
            "Locked to {}: develop a counter-narrative and approach adjacent partners.",
            super::join_words(&by)
        );
    }
    if refs.available {
        return "Available: no competitor holds this partner. Recruit first.".into();
    }
    if refs.contested {
        return format!(
            "Under-served: held by {} without exclusivity. Recruit next.",
            plural(f.holdings.len(), "competitor")
        );
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
        .map(|&d| (d, "Partner considered"))
        .collect();
    for d in mentioned {
        if !considered.contains(&d) {
            all.push((d, "Mentioned in rationale"));
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
                kind: super::decision_kind_chip(dec.decision),
                status: super::decision_status_chip(dec.status),
                role,
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
                status: item_status_chip(item.status),
                due: item.due.map(|d| d.0.to_string()),
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
            format!(
                "{} was due {} ({} late)",
                o.kind.label(),
                o.due.0,
                plural(o.days_late as usize, "day")
            )
        })
        .collect()
}
