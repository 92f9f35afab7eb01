//! Raw serde structs: the files of a plan exactly as written.
//!
//! Every struct denies unknown keys. Values that need parsing with a position
//! (money, percentages, dates) stay `Scalar` here and are typed in `model::typed`.

use serde::de::{Deserializer, Error as _, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A YAML scalar kept untyped until it is converted with its span.
pub type Scalar = serde_yaml::Value;

/// A map keyed by name that refuses a key written twice (serde's maps keep the last).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UniqueMap<V>(pub BTreeMap<String, V>);

impl<V> std::ops::Deref for UniqueMap<V> {
    type Target = BTreeMap<String, V>;
    fn deref(&self) -> &BTreeMap<String, V> {
        &self.0
    }
}

impl<'a, V> IntoIterator for &'a UniqueMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::collections::btree_map::Iter<'a, String, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for UniqueMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Unique<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Unique<V> {
            type Value = UniqueMap<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, V>()? {
                    if out.contains_key(&k) {
                        return Err(A::Error::custom(format!("duplicate entry with key `{k}`")));
                    }
                    out.insert(k, v);
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(Unique(std::marker::PhantomData))
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    pub company: Option<Company>,
    pub program: Option<Program>,
    pub scoring: Option<Scoring>,
    pub site: Option<Site>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub name: Option<String>,
    pub description: Option<String>,
    pub category: Option<String>,
    pub current_arr: Option<Scalar>,
    pub target_arr: Option<Scalar>,
    pub currency: Option<String>,
    pub icps: Option<Vec<String>>,
    pub markets: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub partner_arr_share: Option<Scalar>,
    pub horizon_years: Option<u32>,
    pub north_star: Option<String>,
    pub year: Option<i32>,
    pub partner_sourced_arr: Option<Scalar>,
    pub gross_margin: Option<Scalar>,
    pub win_rate: Option<Scalar>,
    pub direct_cac: Option<Scalar>,
    /// Annual program costs by line (`team`, `platform`, …), money values.
    pub costs: Option<UniqueMap<Scalar>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub weights: Option<UniqueMap<Scalar>>,
    pub bands: Option<Bands>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    pub priority: Option<f64>,
    pub secondary: Option<f64>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub title: Option<String>,
    pub base_url: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThesisFront {
    pub partnership_rationale: Option<UniqueMap<Option<String>>>,
    pub models: Option<Vec<ThesisModel>>,
    pub partner_types: Option<Vec<String>>,
    pub mechanism: Option<String>,
    pub adjacent_use_cases: Option<String>,
    pub north_star: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThesisModel {
    pub id: String,
    pub because: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct TiersFile {
    pub partner_tiers: Option<UniqueMap<Tier>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub name: Option<String>,
    pub annual_pipeline_target: Option<Scalar>,
    pub certified_individuals: Option<u32>,
    pub dedicated_practice: Option<bool>,
    pub benefits: Option<Vec<String>>,
    pub commitments: Option<Vec<String>>,
    pub mdf_per_year: Option<Scalar>,
    pub min_gtm_activities: Option<u32>,
    pub review_cadence: Option<String>,
    pub deal_registration_days: Option<u32>,
    pub pam_max_partners: Option<u32>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ModelsFile {
    pub models: Option<Vec<Model>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub id: String,
    pub name: Option<String>,
    pub definition: Option<String>,
    pub best_for: Option<String>,
    pub revenue_mechanism: Option<String>,
    pub terms: Option<UniqueMap<Scalar>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PartnerFront {
    pub name: Option<String>,
    pub landscape: Option<String>,
    pub category: Option<String>,
    pub practice: Option<String>,
    pub geography: Option<Vec<String>>,
    pub models: Option<Vec<String>>,
    pub tier: Option<String>,
    pub target_tier: Option<String>,
    pub status: Option<String>,
    pub scores: Option<UniqueMap<Scalar>>,
    pub score: Option<f64>,
    pub pipeline: Option<Scalar>,
    pub certified_individuals: Option<u32>,
    pub dedicated_practice: Option<bool>,
    pub commitments: Option<Commitments>,
    pub terms: Option<UniqueMap<Scalar>>,
    pub mdf: Option<Scalar>,
    pub pam: Option<String>,
    pub locked_to: Option<String>,
    pub inbound: Option<bool>,
    pub last_qbr: Option<Scalar>,
    pub last_tier_review: Option<Scalar>,
    pub arr: Option<Scalar>,
    pub new_customers: Option<u32>,
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct Commitments {
    pub joint_business_plan: Option<String>,
    pub qbr: Option<bool>,
    pub gtm_activities: Option<u32>,
    pub named_pam: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CompetitorsFile {
    pub competitors: Option<Vec<Competitor>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    pub id: Option<String>,
    pub name: Option<String>,
    pub positioning: Option<String>,
    pub partners: Option<Vec<CompetitorPartner>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CompetitorPartner {
    pub partner: Option<String>,
    pub model: Option<String>,
    pub strength: Option<String>,
    pub locked: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DecisionFront {
    pub id: Option<String>,
    pub title: Option<String>,
    pub decision: Option<String>,
    pub status: Option<String>,
    pub criteria: Option<Criteria>,
    pub partner_considered: Option<String>,
    pub acquisition_target: Option<String>,
    pub decided: Option<Scalar>,
    pub review_date: Option<Scalar>,
    pub supersedes: Option<String>,
    pub override_reason: Option<String>,
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    pub core_differentiation: Option<bool>,
    pub engineering_capacity: Option<bool>,
    pub adjacent: Option<bool>,
    pub strong_partner_serves_icp: Option<bool>,
    pub partner_economics_positive: Option<bool>,
    pub critical_to_market_position: Option<bool>,
    pub build_months: Option<u32>,
    pub acquisition_target_in_budget: Option<bool>,
    pub new_market_entry: Option<bool>,
    pub partner_local_presence: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct OkrsFile {
    pub partnership_okrs: Option<Vec<Objective>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub objective: Option<String>,
    pub id: Option<String>,
    pub models: Option<Vec<String>>,
    /// Each a plain string or a map ([`MeasuredKr`]), typed in `model::typed`.
    pub key_results: Option<Vec<Scalar>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct MeasuredKr {
    pub text: Option<String>,
    pub id: Option<String>,
    pub metric: Option<String>,
    pub target: Option<Scalar>,
    pub current: Option<Scalar>,
    pub baseline: Option<Scalar>,
    pub better: Option<String>,
    pub unit: Option<String>,
    pub due: Option<Scalar>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RoadmapFile {
    pub year: Option<i32>,
    pub quarters: Option<UniqueMap<Quarter>>,
    /// Later years of the multi-year roadmap.
    pub later: Option<Vec<LaterYear>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LaterYear {
    pub year: Option<i32>,
    pub theme: Option<String>,
    pub items: Option<Vec<RoadmapItem>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Quarter {
    pub theme: Option<String>,
    pub items: Option<Vec<RoadmapItem>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RoadmapItem {
    pub title: Option<String>,
    pub status: Option<String>,
    pub partners: Option<Vec<String>>,
    pub key_results: Option<Vec<String>>,
    pub decisions: Option<Vec<String>>,
    pub owner: Option<String>,
    pub due: Option<Scalar>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct GovernanceFile {
    pub raci: Option<Raci>,
    pub sponsors: Option<Vec<Sponsor>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Raci {
    pub roles: Option<Vec<String>>,
    pub decisions: Option<serde_yaml::Mapping>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Sponsor {
    pub partner: Option<String>,
    pub partner_executive: Option<String>,
    pub our_counterpart: Option<String>,
    pub cadence: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PageFront {
    pub title: Option<String>,
    pub weight: Option<i64>,
    pub description: Option<String>,
}
