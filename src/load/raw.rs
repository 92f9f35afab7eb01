//! Raw serde structs: the files of a plan exactly as written.
//!
//! Every struct denies unknown keys. Values that need parsing with a position
//! (money, percentages, dates) stay `Scalar` here and are typed in `model::typed`.
//! The same structs give the JSON Schemas of `partnerbook schema` (`load::schema`):
//! their doc comments are the schemas' descriptions, and `#[schemars(with = …)]` names
//! the schema of a field whose Rust type does not say what the model reads.

mod plan;
mod unique;

use super::schema::fields as f;
pub use plan::*;
use schemars::JsonSchema;
use serde::Deserialize;
use std::borrow::Cow;
pub use unique::UniqueMap;

/// A YAML scalar kept untyped until it is converted with its span.
pub type Scalar = serde_yaml::Value;

/// The schema of a key result (`Objective::key_results`): a plain string or a
/// [`MeasuredKr`] map.
pub struct KeyResultSchema;

impl JsonSchema for KeyResultSchema {
    fn schema_name() -> Cow<'static, str> {
        "KeyResult".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A key result: a plain string, or a map with `text` and optional `id`, `metric`, `target`, `current`, `baseline`, `better`, `unit` and `due`.",
            "anyOf": [
                { "type": "string" },
                generator.subschema_for::<MeasuredKr>()
            ]
        })
    }
}

/// `thesis.md` front matter: why partner, through which models, with whom.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThesisFront {
    /// The six rationale keys of the playbook, each a non-empty string (required).
    #[schemars(with = "Option<f::Keys<f::Rationale, String>>")]
    pub partnership_rationale: Option<UniqueMap<Option<String>>>,
    /// The partnership models, in priority order, each with why.
    pub models: Option<Vec<ThesisModel>>,
    /// The kinds of partner sought (required).
    pub partner_types: Option<Vec<String>>,
    /// How partner-led growth accelerates penetration.
    pub mechanism: Option<String>,
    /// Adjacent use cases partners open.
    pub adjacent_use_cases: Option<String>,
    /// The north-star metric (default: `program.north_star` of plan.yaml).
    pub north_star: Option<String>,
}

/// A model of the thesis.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThesisModel {
    /// A model id of the catalog (built in, or from models.yaml).
    pub id: String,
    /// Why this model.
    pub because: Option<String>,
}

/// `tiers.yaml`: the tier framework.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TiersFile {
    /// The four tiers, platinum, gold, silver and registered (required).
    #[schemars(with = "Option<f::Keys<f::Tiers, Tier>>")]
    pub partner_tiers: Option<UniqueMap<Tier>>,
}

/// A tier: what it asks of a partner and gives back.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// The tier's display name (default: Platinum, Gold, …).
    pub name: Option<String>,
    /// The annual partner-sourced pipeline that fits the tier.
    #[schemars(with = "Option<f::MoneyRange>")]
    pub annual_pipeline_target: Option<Scalar>,
    /// Certified individuals a partner needs at this tier (default 0).
    pub certified_individuals: Option<u32>,
    /// Whether the tier needs a dedicated practice (default false).
    pub dedicated_practice: Option<bool>,
    /// What partners of the tier get.
    pub benefits: Option<Vec<String>>,
    /// What partners of the tier commit to.
    pub commitments: Option<Vec<String>>,
    /// Market development funds per partner and year.
    #[schemars(with = "Option<f::Money>")]
    pub mdf_per_year: Option<Scalar>,
    /// Joint go-to-market activities a year (default: platinum 4, gold 2, else 0).
    pub min_gtm_activities: Option<u32>,
    /// How often partners of the tier are reviewed.
    #[schemars(with = "Option<f::Word<crate::vocab::Cadence>>")]
    pub review_cadence: Option<String>,
    /// The deal registration period, in days.
    pub deal_registration_days: Option<u32>,
    /// Partners one partner account manager may carry at this tier.
    pub pam_max_partners: Option<u32>,
}

/// `models.yaml`: partnership models that override or add to the built-in catalog.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModelsFile {
    /// The models (referral, reseller, co-sell, implementation, oem, joint-venture and
    /// technology-alliance are built in).
    pub models: Option<Vec<Model>>,
}

/// A partnership model.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// The model's id: a built-in id overrides that model, another adds one.
    pub id: String,
    /// The model's display name.
    pub name: Option<String>,
    /// What the model is.
    pub definition: Option<String>,
    /// Which partners it suits.
    pub best_for: Option<String>,
    /// How the model makes money.
    pub revenue_mechanism: Option<String>,
    /// Percent ranges that partner terms are checked against (`referral_fee: "5–15%"`).
    #[schemars(with = "Option<UniqueMap<f::PercentRange>>")]
    pub terms: Option<UniqueMap<Scalar>>,
}

/// `partners/<id>.md` front matter: one partner (the id is the file name).
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnerFront {
    /// The partner's name (required).
    pub name: Option<String>,
    /// The landscape tier: A (strategic), B (growth) or C (long-tail) (required).
    #[schemars(with = "Option<f::Word<crate::vocab::Landscape>>")]
    pub landscape: Option<String>,
    /// The partner's category (required).
    #[schemars(with = "Option<f::Word<crate::vocab::Category>>")]
    pub category: Option<String>,
    /// The partner's practice areas.
    pub practice: Option<String>,
    /// Where the partner works.
    pub geography: Option<Vec<String>>,
    /// The model ids the partner works through.
    pub models: Option<Vec<String>>,
    /// The partner's current tier (required).
    #[schemars(with = "Option<f::Word<crate::vocab::TierLevel>>")]
    pub tier: Option<String>,
    /// The tier the partner is being developed towards.
    #[schemars(with = "Option<f::Word<crate::vocab::TierLevel>>")]
    pub target_tier: Option<String>,
    /// Where the partnership stands (default active).
    #[schemars(with = "Option<f::Word<crate::vocab::PartnerStatus>>")]
    pub status: Option<String>,
    /// The five attractiveness ratings, each 0–100 (required).
    #[schemars(with = "Option<f::Keys<f::Factors, f::Rating>>")]
    pub scores: Option<UniqueMap<Scalar>>,
    /// The weighted score, if written: it must equal the computed one (±0.05).
    pub score: Option<f64>,
    /// Annual partner-sourced pipeline.
    #[schemars(with = "Option<f::Money>")]
    pub pipeline: Option<Scalar>,
    /// The partner's certified individuals (default 0).
    pub certified_individuals: Option<u32>,
    /// Whether the partner has a dedicated practice for us (default false).
    pub dedicated_practice: Option<bool>,
    /// What the partner has committed to.
    pub commitments: Option<Commitments>,
    /// The partner's terms: term name → percentage (or amount).
    #[schemars(with = "Option<UniqueMap<f::Term>>")]
    pub terms: Option<UniqueMap<Scalar>>,
    /// Market development funds we give the partner per year.
    #[schemars(with = "Option<f::Money>")]
    pub mdf: Option<Scalar>,
    /// Our partner account manager.
    pub pam: Option<String>,
    /// The id of a competitor the partner is locked to.
    pub locked_to: Option<String>,
    /// Whether the partner came to us.
    pub inbound: Option<bool>,
    /// The date of the last quarterly business review.
    #[schemars(with = "Option<f::Date>")]
    pub last_qbr: Option<Scalar>,
    /// The date of the last tier review.
    #[schemars(with = "Option<f::Date>")]
    pub last_tier_review: Option<Scalar>,
    /// Partner-sourced ARR from this partner's customers.
    #[schemars(with = "Option<f::Money>")]
    pub arr: Option<Scalar>,
    /// Customers the partner sourced in the last 12 months.
    pub new_customers: Option<u32>,
}

/// What a partner has committed to.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Commitments {
    /// The joint business plan (default none).
    #[schemars(with = "Option<f::Word<crate::vocab::JointPlan>>")]
    pub joint_business_plan: Option<String>,
    /// Whether the partner holds quarterly business reviews with us.
    pub qbr: Option<bool>,
    /// Joint go-to-market activities a year.
    pub gtm_activities: Option<u32>,
    /// Whether the partner has a named partner account manager.
    pub named_pam: Option<bool>,
}

/// `competitors.yaml`: who our main competitors have signed, and how.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompetitorsFile {
    /// The competitors.
    pub competitors: Option<Vec<Competitor>>,
}

/// A competitor.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competitor {
    /// The competitor's id, a lower-case slug (required).
    pub id: Option<String>,
    /// The competitor's name (required).
    pub name: Option<String>,
    /// How the competitor positions itself.
    pub positioning: Option<String>,
    /// The competitor's partners.
    pub partners: Option<Vec<CompetitorPartner>>,
}

/// A competitor's partner.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompetitorPartner {
    /// A partner id, or the name of a firm we do not track (required).
    pub partner: Option<String>,
    /// The model they work through.
    pub model: Option<String>,
    /// How strong the partnership is.
    pub strength: Option<String>,
    /// Whether the partner is locked to the competitor.
    pub locked: Option<bool>,
}

/// `decisions/D-NNN-<slug>.md` front matter: a build, partner or acquire decision.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionFront {
    /// The decision id, `D-` and three or more digits (required).
    pub id: Option<String>,
    /// The decision's title (required).
    pub title: Option<String>,
    /// What was decided (required).
    #[schemars(with = "Option<f::Word<crate::vocab::DecisionKind>>")]
    pub decision: Option<String>,
    /// The decision's status (required).
    #[schemars(with = "Option<f::Word<crate::vocab::DecisionStatus>>")]
    pub status: Option<String>,
    /// The criteria of the build/partner/acquire matrix.
    pub criteria: Option<Criteria>,
    /// The partner considered.
    pub partner_considered: Option<String>,
    /// The acquisition target considered.
    pub acquisition_target: Option<String>,
    /// When it was decided.
    #[schemars(with = "Option<f::Date>")]
    pub decided: Option<Scalar>,
    /// When it is to be reviewed.
    #[schemars(with = "Option<f::Date>")]
    pub review_date: Option<Scalar>,
    /// The id of the decision this one supersedes.
    pub supersedes: Option<String>,
    /// Why the decision departs from what the matrix recommends.
    pub override_reason: Option<String>,
    /// Who owns the decision and its review (a role or a person).
    pub owner: Option<String>,
}

/// The criteria of the build/partner/acquire matrix (booleans default false).
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    /// The capability is core to our differentiation (BUILD; rules out PARTNER).
    pub core_differentiation: Option<bool>,
    /// We have the engineering capacity to build it (BUILD).
    pub engineering_capacity: Option<bool>,
    /// The capability is adjacent to our product (PARTNER).
    pub adjacent: Option<bool>,
    /// A strong partner already serves our ICP with it (PARTNER).
    pub strong_partner_serves_icp: Option<bool>,
    /// The partnership's economics are positive (PARTNER).
    pub partner_economics_positive: Option<bool>,
    /// The capability is critical to our market position (ACQUIRE).
    pub critical_to_market_position: Option<bool>,
    /// Months it would take to build (default 0; ACQUIRE needs more than 18).
    pub build_months: Option<u32>,
    /// An acquisition target is within budget (ACQUIRE).
    pub acquisition_target_in_budget: Option<bool>,
    /// The decision enters a new geography or vertical (PARTNER, as a joint venture).
    pub new_market_entry: Option<bool>,
    /// A partner has a local presence there (PARTNER, as a joint venture).
    pub partner_local_presence: Option<bool>,
}

/// `okrs.yaml`: the partnership OKRs.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OkrsFile {
    /// The objectives (required).
    pub partnership_okrs: Option<Vec<Objective>>,
}

/// An objective and its key results.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// The objective (required).
    pub objective: Option<String>,
    /// The objective's id, a lower-case slug.
    pub id: Option<String>,
    /// The model ids the objective serves.
    pub models: Option<Vec<String>>,
    /// Who owns the objective (a role or a person).
    pub owner: Option<String>,
    /// Each a plain string or a map ([`MeasuredKr`]), typed in `model::typed`.
    #[schemars(with = "Option<Vec<KeyResultSchema>>")]
    pub key_results: Option<Vec<Scalar>>,
}

/// A measured key result.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasuredKr {
    /// The key result (required).
    pub text: Option<String>,
    /// The key result's id, a lower-case slug (roadmap items name it).
    pub id: Option<String>,
    /// A metric partnerbook computes (`partner_sourced_arr`, `partner_sourced_pipeline`,
    /// `platinum_partners`, `certified_individuals`), or another name.
    pub metric: Option<String>,
    /// The target value.
    #[schemars(with = "Option<f::Measure>")]
    pub target: Option<Scalar>,
    /// The value today.
    #[schemars(with = "Option<f::Measure>")]
    pub current: Option<Scalar>,
    /// Where progress starts (default zero).
    #[schemars(with = "Option<f::Measure>")]
    pub baseline: Option<Scalar>,
    /// Which way is better (default higher).
    #[schemars(with = "Option<f::Word<crate::vocab::Better>>")]
    pub better: Option<String>,
    /// The unit of the values.
    pub unit: Option<String>,
    /// When the target is due.
    #[schemars(with = "Option<f::Date>")]
    pub due: Option<Scalar>,
}

/// `roadmap.yaml`: the year by quarter, then the later years.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoadmapFile {
    /// The roadmap year (must equal `program.year` of plan.yaml).
    pub year: Option<i32>,
    /// The quarters Q1 to Q4.
    #[schemars(with = "Option<f::Keys<f::Quarters, Quarter>>")]
    pub quarters: Option<UniqueMap<Quarter>>,
    /// Later years of the multi-year roadmap.
    pub later: Option<Vec<LaterYear>>,
}

/// A later year of the roadmap.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LaterYear {
    /// The year: after the roadmap's `year`, within the thesis horizon (required).
    pub year: Option<i32>,
    /// The year's theme.
    pub theme: Option<String>,
    /// The year's items.
    pub items: Option<Vec<RoadmapItem>>,
}

/// A quarter of the roadmap.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quarter {
    /// The quarter's theme.
    pub theme: Option<String>,
    /// The quarter's items.
    pub items: Option<Vec<RoadmapItem>>,
}

/// A roadmap item.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoadmapItem {
    /// The item (required).
    pub title: Option<String>,
    /// Where the item stands (default planned).
    #[schemars(with = "Option<f::Word<crate::vocab::ItemStatus>>")]
    pub status: Option<String>,
    /// Partner ids.
    pub partners: Option<Vec<String>>,
    /// Key-result ids.
    pub key_results: Option<Vec<String>>,
    /// Decision ids.
    pub decisions: Option<Vec<String>>,
    /// The role that owns the item.
    pub owner: Option<String>,
    /// When the item is due.
    #[schemars(with = "Option<f::Date>")]
    pub due: Option<Scalar>,
}

/// `governance.yaml`: decision rights (RACI) and executive sponsors.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GovernanceFile {
    /// The RACI matrix.
    pub raci: Option<Raci>,
    /// The executive sponsors of partners.
    pub sponsors: Option<Vec<Sponsor>>,
}

/// The RACI matrix.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Raci {
    /// The roles, the matrix's columns.
    pub roles: Option<Vec<String>>,
    /// Decision type → role → R, A, C or I.
    #[schemars(with = "Option<f::RaciDecisions>")]
    pub decisions: Option<serde_yaml::Mapping>,
}

/// A partner's executive sponsor.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sponsor {
    /// The partner (required).
    pub partner: Option<String>,
    /// The partner's executive.
    pub partner_executive: Option<String>,
    /// Our executive who meets them.
    pub our_counterpart: Option<String>,
    /// How often they meet.
    pub cadence: Option<String>,
}

/// `handbook/**/*.md` front matter: a page of the handbook.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PageFront {
    /// The page's title (required).
    pub title: Option<String>,
    /// Orders pages within a section (lower first, default 0).
    pub weight: Option<i64>,
    /// A one-line summary.
    pub description: Option<String>,
    /// Who may read the page: `internal` (the default: the internal handbook only) or
    /// `partners` (also every partner-facing site).
    pub audience: Option<String>,
}
