//! The whole analysed plan as JSON (`export --format json`), for finance tools and
//! scripts: every partner with its computed score, band, rank and supported tier, the
//! headline figures, the program economics, tiers, competitors, decisions with the
//! matrix outcome, OKRs with progress, the roadmap and the check's result.
//!
//! Money is a number in the plan currency (`currency` at the top), rounded to the cent;
//! percentages are numbers with one decimal and scores with two, the rounding every
//! other output shows. A figure the plan cannot give is `null`, and `gaps` says which
//! field would give it. `schema_version` changes when a field changes meaning.

use super::SCHEMA_VERSION;
use crate::analysis::{Figure, PartnerFacts};
use crate::columns::{value_of, Value, COLUMNS};
use crate::model::{Measure, Partner, TierLevel};
use crate::project::Project;
use crate::values::decimal::round;
use crate::values::Money;
use serde::Serialize;
use serde_json::{Map, Value as Json};
use std::collections::BTreeMap;

pub fn write(project: &Project) -> Result<Vec<u8>, String> {
    let doc = Document::of(project);
    let mut out = serde_json::to_vec_pretty(&doc).map_err(|e| format!("cannot write JSON: {e}"))?;
    out.push(b'\n');
    Ok(out)
}

#[derive(Serialize)]
struct Document {
    schema_version: u32,
    generator: String,
    as_of: String,
    company: Company,
    currency: String,
    kpis: Kpis,
    economics: Economics,
    tiers: Vec<Tier>,
    partners: Vec<Map<String, Json>>,
    competitors: Vec<Competitor>,
    decisions: Vec<Decision>,
    okrs: Vec<Objective>,
    roadmap: Vec<RoadmapItem>,
    check: Check,
}

#[derive(Serialize)]
struct Company {
    name: String,
    category: String,
    current_arr: Option<f64>,
    target_arr: Option<f64>,
    program_year: i32,
    horizon_years: u32,
}

#[derive(Serialize)]
struct Kpis {
    north_star: String,
    partner_sourced_arr: Option<f64>,
    north_star_target: Option<f64>,
    partner_share: Option<f64>,
    partner_share_target: Option<f64>,
    pipeline: f64,
    pipeline_target: Option<f64>,
    live_partners: usize,
    partners_by_tier: BTreeMap<&'static str, usize>,
    certified_individuals: u32,
    priority_partners: usize,
    priority_signed: usize,
    okr_progress: Option<f64>,
    roadmap_done: Option<usize>,
    roadmap_items: Option<usize>,
}

#[derive(Serialize)]
struct Economics {
    partner_sourced_arr: Option<f64>,
    mdf: f64,
    payouts: f64,
    program_cost: Option<f64>,
    gross_margin: Option<f64>,
    #[serde(rename = "return")]
    returns: Option<f64>,
    roi: Option<f64>,
    new_customers: Option<u32>,
    partner_cac: Option<f64>,
    direct_cac: Option<f64>,
    thesis_target: Option<f64>,
    target_year: Option<i32>,
    required_this_year: Option<f64>,
    win_rate: Option<f64>,
    forecast_this_year: Option<f64>,
    on_track: Option<bool>,
    /// Figure → what would give it.
    gaps: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
struct Tier {
    tier: &'static str,
    name: String,
    pipeline_min: Option<f64>,
    pipeline_max: Option<f64>,
    certified_individuals: u32,
    dedicated_practice: bool,
    mdf_per_year: Option<f64>,
    partners: usize,
}

#[derive(Serialize)]
struct Competitor {
    id: String,
    name: String,
    partners: Vec<Held>,
}

#[derive(Serialize)]
struct Held {
    partner: String,
    strength: String,
    locked: bool,
}

#[derive(Serialize)]
struct Decision {
    id: String,
    title: String,
    decision: &'static str,
    status: &'static str,
    decided: Option<String>,
    review_date: Option<String>,
    matrix_supports: Vec<&'static str>,
}

#[derive(Serialize)]
struct Objective {
    id: Option<String>,
    objective: String,
    key_results: Vec<KeyResult>,
}

#[derive(Serialize)]
struct KeyResult {
    id: Option<String>,
    text: String,
    metric: Option<String>,
    baseline: Option<f64>,
    current: Option<f64>,
    target: Option<f64>,
    progress: Option<f64>,
}

#[derive(Serialize)]
struct RoadmapItem {
    quarter: String,
    title: String,
    status: &'static str,
    owner: Option<String>,
}

#[derive(Serialize)]
struct Check {
    errors: usize,
    warnings: usize,
}

fn pct(p: f64) -> f64 {
    round(p, 1)
}

fn fig<T, U>(
    f: &Figure<T>,
    gaps: &mut BTreeMap<&'static str, String>,
    name: &'static str,
    map: impl Fn(&T) -> U,
) -> Option<U> {
    match f {
        Ok(v) => Some(map(v)),
        Err(g) => {
            gaps.insert(name, g.reason());
            None
        }
    }
}

fn measure(m: Option<Measure>) -> Option<f64> {
    m.map(|m| round(m.value(), 2))
}

impl Document {
    fn of(pr: &Project) -> Document {
        let plan = &pr.plan;
        let cents = |m: Money| plan.company.currency.round(m.0);
        Document {
            schema_version: SCHEMA_VERSION,
            generator: format!("partnerbook {}", env!("CARGO_PKG_VERSION")),
            as_of: pr.analysis.today.to_string(),
            company: Company {
                name: plan.company.name.clone(),
                category: plan.company.category.clone(),
                current_arr: plan.company.current_arr.map(cents),
                target_arr: plan.company.target_arr.map(cents),
                program_year: plan.program.year,
                horizon_years: plan.program.horizon_years,
            },
            currency: plan.company.currency.code().to_string(),
            kpis: kpis(pr),
            economics: economics(pr),
            tiers: tiers(pr),
            partners: pr
                .analysis
                .listed()
                .filter_map(|i| Some(partner(plan.partners.get(i)?, pr.analysis.partners.get(i))))
                .collect(),
            competitors: plan
                .competitors
                .iter()
                .map(|c| Competitor {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    partners: c
                        .partners
                        .iter()
                        .map(|h| Held {
                            partner: h.partner.clone(),
                            strength: h.strength.clone(),
                            locked: h.locked,
                        })
                        .collect(),
                })
                .collect(),
            decisions: decisions(pr),
            okrs: okrs(pr),
            roadmap: roadmap(pr),
            check: Check {
                errors: pr.errors(),
                warnings: pr.warnings(),
            },
        }
    }
}

fn kpis(pr: &Project) -> Kpis {
    let k = &pr.analysis.kpis;
    let cents = |m: Money| pr.plan.company.currency.round(m.0);
    Kpis {
        north_star: k.north_star.label.clone(),
        partner_sourced_arr: k.north_star.now.map(cents),
        north_star_target: k.north_star.target.map(cents),
        partner_share: k.share.now.map(pct),
        partner_share_target: k.share.target.map(pct),
        pipeline: cents(k.pipeline.value),
        pipeline_target: measure(k.pipeline.target),
        live_partners: k.live_partners,
        partners_by_tier: TierLevel::WORDS.iter().copied().zip(k.by_tier).collect(),
        certified_individuals: k.certified_individuals,
        priority_partners: k.priority.targets,
        priority_signed: k.priority.signed,
        okr_progress: k.okrs.as_ref().map(|o| pct(o.average * 100.0)),
        roadmap_done: k.roadmap.as_ref().map(|r| r.done),
        roadmap_items: k.roadmap.as_ref().map(|r| r.items),
    }
}

fn economics(pr: &Project) -> Economics {
    let e = &pr.analysis.economics;
    let f = &e.forecast;
    let mut gaps = BTreeMap::new();
    let g = &mut gaps;
    let cents = |m: Money| pr.plan.company.currency.round(m.0);
    let money = |m: &Money| cents(*m);
    Economics {
        partner_sourced_arr: fig(&e.partner_arr, g, "partner_sourced_arr", money),
        mdf: cents(e.mdf),
        payouts: cents(e.payouts),
        program_cost: fig(&e.program_cost, g, "program_cost", money),
        gross_margin: fig(&e.gross_margin, g, "gross_margin", |p| pct(*p)),
        returns: fig(&e.returns, g, "return", money),
        roi: fig(&e.roi, g, "roi", |p| pct(*p)),
        new_customers: fig(&e.new_customers, g, "new_customers", |n| *n),
        partner_cac: fig(&e.partner_cac, g, "partner_cac", money),
        direct_cac: fig(&e.direct_cac, g, "direct_cac", money),
        thesis_target: fig(&f.thesis_target, g, "thesis_target", money),
        target_year: fig(&f.target_year, g, "target_year", |y| *y),
        required_this_year: fig(&f.required, g, "required_this_year", money),
        win_rate: fig(&f.win_rate, g, "win_rate", |p| pct(*p)),
        forecast_this_year: fig(&f.forecast, g, "forecast_this_year", money),
        on_track: fig(&f.verdict, g, "on_track", |v| v.on_track()),
        gaps,
    }
}

fn tiers(pr: &Project) -> Vec<Tier> {
    let Some(fw) = &pr.plan.tiers else {
        return Vec::new();
    };
    let cents = |m: Money| pr.plan.company.currency.round(m.0);
    fw.tiers
        .iter()
        .map(|t| Tier {
            tier: t.level.as_str(),
            name: t.name.clone(),
            pipeline_min: t.pipeline.min.map(cents),
            pipeline_max: t.pipeline.max.map(cents),
            certified_individuals: t.certified_individuals,
            dedicated_practice: t.dedicated_practice,
            mdf_per_year: t.mdf_per_year.map(cents),
            partners: pr
                .analysis
                .kpis
                .by_tier
                .get(t.level.rank())
                .copied()
                .unwrap_or(0),
        })
        .collect()
}

/// A partner: every column of the partner table under its field name (ratings under
/// `scores`, commitments under `commitments`), plus the tier it supports.
fn partner(p: &Partner, facts: Option<&PartnerFacts>) -> Map<String, Json> {
    let mut m = Map::new();
    let mut scores = Map::new();
    let mut commitments = Map::new();
    for c in COLUMNS {
        let v = json_of(&value_of(p, facts, c.key));
        if let Some(f) = c.key.strip_prefix("scores.") {
            scores.insert(f.to_string(), v);
        } else if let Some(f) = c.key.strip_prefix("commitments.") {
            commitments.insert(f.to_string(), v);
        } else {
            m.insert(c.key.to_string(), v);
        }
    }
    m.insert("scores".into(), Json::Object(scores));
    m.insert("commitments".into(), Json::Object(commitments));
    let supported = facts
        .and_then(|f| f.fit.as_ref())
        .map_or(Json::Null, |f| Json::from(f.supported.as_str()));
    m.insert("supported_tier".into(), supported);
    m
}

fn json_of(v: &Value) -> Json {
    match v {
        Value::Empty => Json::Null,
        Value::Text(t) => Json::from(t.as_str()),
        Value::Word(w) => Json::from(*w),
        Value::List(l) => Json::from(l.clone()),
        Value::Number(n) => Json::from(round(*n, 2)),
        Value::Score(s) => Json::from(round(*s, 2)),
        Value::Money(m) => Json::from(round(*m, 2)),
        Value::Count(c) => Json::from(*c),
        Value::Flag(b) => Json::from(*b),
        Value::Date(d) => Json::from(d.to_string()),
    }
}

fn decisions(pr: &Project) -> Vec<Decision> {
    pr.plan
        .decisions
        .iter()
        .enumerate()
        .map(|(i, d)| Decision {
            id: d.id.clone(),
            title: d.title.clone(),
            decision: d.decision.as_str(),
            status: d.status.as_str(),
            decided: d.decided.map(|x| x.to_string()),
            review_date: d.review_date.map(|x| x.to_string()),
            matrix_supports: pr
                .analysis
                .decisions
                .get(i)
                .map(|m| m.supported.iter().map(|k| k.as_str()).collect())
                .unwrap_or_default(),
        })
        .collect()
}

fn okrs(pr: &Project) -> Vec<Objective> {
    pr.plan
        .objectives
        .iter()
        .enumerate()
        .map(|(oi, o)| Objective {
            id: o.id.clone(),
            objective: o.objective.clone(),
            key_results: o
                .key_results
                .iter()
                .enumerate()
                .map(|(ki, k)| KeyResult {
                    id: k.id.clone(),
                    text: k.text.clone(),
                    metric: k.metric.clone(),
                    baseline: measure(k.baseline),
                    current: measure(k.current),
                    target: measure(k.target),
                    progress: pr
                        .analysis
                        .progress
                        .get(oi)
                        .and_then(|p| p.get(ki))
                        .and_then(|p| p.as_ref())
                        .map(|p| pct(p.fraction * 100.0)),
                })
                .collect(),
        })
        .collect()
}

fn roadmap(pr: &Project) -> Vec<RoadmapItem> {
    let Some(r) = &pr.plan.roadmap else {
        return Vec::new();
    };
    r.quarters
        .iter()
        .flat_map(|q| {
            q.items.iter().map(|i| RoadmapItem {
                quarter: format!("{} {}", q.key, r.year),
                title: i.title.clone(),
                status: i.status.as_str(),
                owner: i.owner.clone(),
            })
        })
        .collect()
}
