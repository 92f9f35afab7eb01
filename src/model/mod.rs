//! The typed, validated plan: one struct per concept of the playbook.
//!
//! `typed` turns the raw files into these types (reporting values that do not parse);
//! the analysis module computes scores, bands, tier fit and the rest from them, and
//! the rules check them. Renderers read only these types and the analysis.

mod catalog;
mod settings;
mod typed;

pub use crate::vocab::*;
pub use catalog::builtin_models;
pub use settings::*;
pub use typed::typed_plan;

use crate::load::spans::SpanIndex;
pub use crate::source::Markdown;
use crate::source::{FileId, Span};
use crate::values::{Date, Money, MoneyRange, Percent, PercentRange};
use std::sync::Arc;

/// Where an item was written: its file's span index and its path in it.
#[derive(Debug, Clone)]
pub struct Loc {
    index: Arc<SpanIndex>,
    path: String,
}

impl Loc {
    pub fn new(index: Arc<SpanIndex>, path: impl Into<String>) -> Self {
        Loc {
            index,
            path: path.into(),
        }
    }

    /// A location for a file with no index (e.g. a file that failed to parse).
    pub fn for_file(file: FileId) -> Self {
        Loc::new(Arc::new(SpanIndex::empty(file)), "")
    }

    fn full(&self, sub: &str) -> String {
        match (self.path.is_empty(), sub.is_empty()) {
            (true, _) => sub.to_string(),
            (false, true) => self.path.clone(),
            (false, false) if sub.starts_with('[') => format!("{}{sub}", self.path),
            (false, false) => format!("{}.{sub}", self.path),
        }
    }

    /// Span of the value at `sub` (relative to this item), or its nearest ancestor.
    pub fn value(&self, sub: &str) -> Span {
        self.index.value(&self.full(sub))
    }

    /// Span of the key at `sub`, or its nearest ancestor.
    pub fn key(&self, sub: &str) -> Span {
        self.index.key(&self.full(sub))
    }

    /// Whether `sub` was written.
    pub fn has(&self, sub: &str) -> bool {
        self.index.get(&self.full(sub)).is_some()
    }

    /// The document this item is written in.
    pub fn root(&self) -> Loc {
        Loc::new(self.index.clone(), "")
    }

    pub fn child(&self, sub: &str) -> Loc {
        Loc::new(self.index.clone(), self.full(sub))
    }

    /// The item itself (its key when it has one).
    pub fn span(&self) -> Span {
        self.key("")
    }

    pub fn file(&self) -> FileId {
        self.index.file()
    }
}

impl Default for Loc {
    fn default() -> Self {
        Loc::for_file(0)
    }
}

/// The whole plan.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub company: Company,
    pub program: Program,
    pub scoring: Scoring,
    pub site: SiteSettings,
    /// Which earlier revisions history reads (`plan.yaml` `history`).
    pub history: HistorySource,
    /// The board meeting the pack is for and its scorecard's status thresholds.
    pub board: BoardSettings,
    /// The board pack's fonts (`plan.yaml` `pack`).
    pub pack: PackSettings,
    /// What partner-facing outputs may show (`plan.yaml` `sharing`).
    pub sharing: Sharing,
    pub thesis: Option<Thesis>,
    pub tiers: Option<TierFramework>,
    pub models: Vec<ModelDef>,
    pub partners: Vec<Partner>,
    pub competitors: Vec<Competitor>,
    pub decisions: Vec<Decision>,
    pub objectives: Vec<Objective>,
    pub roadmap: Option<Roadmap>,
    pub governance: Option<Governance>,
    pub pages: Vec<Page>,
    /// Items whose file exists but could not be read or parsed.
    pub unread: Unread,
}

/// Items whose file exists but could not be read or parsed: known by id only, so that a
/// reference to one is not reported as unknown (the file's own error says what is wrong).
#[derive(Debug, Clone, Default)]
pub struct Unread {
    /// Partner ids (file stems).
    pub partners: Vec<String>,
    /// Decision file stems (`D-004-nordic-reseller-entry`).
    pub decisions: Vec<String>,
    /// `competitors.yaml` exists but did not parse: no competitor id is known.
    pub competitors: bool,
    /// `okrs.yaml` exists but did not parse: no key-result id is known.
    pub okrs: bool,
    /// `governance.yaml` exists but did not parse: the sponsors are not known.
    pub governance: bool,
}

impl Plan {
    /// The partner with this id. Partners are sorted by id when the plan is built, so this
    /// is a binary search; a plan assembled unsorted still gets the right answer by a scan.
    pub fn partner(&self, id: &str) -> Option<&Partner> {
        let i = self.partners.partition_point(|p| p.id.as_str() < id);
        match self.partners.get(i) {
            Some(p) if p.id == id => Some(p),
            _ => self.partners.iter().find(|p| p.id == id),
        }
    }

    /// The first decision with this id (decisions are sorted by id, then slug).
    pub fn decision(&self, id: &str) -> Option<&Decision> {
        let i = self.decisions.partition_point(|d| d.id.as_str() < id);
        match self.decisions.get(i) {
            Some(d) if d.id == id => Some(d),
            _ => self.decisions.iter().find(|d| d.id == id),
        }
    }

    /// The handbook page at `path` (relative to `handbook/`, without `.md`; pages are
    /// sorted by path).
    pub fn page(&self, path: &str) -> Option<&Page> {
        let i = self.pages.partition_point(|p| p.path.as_str() < path);
        match self.pages.get(i) {
            Some(p) if p.path == path => Some(p),
            _ => self.pages.iter().find(|p| p.path == path),
        }
    }

    /// Whether a partner with this id exists, read or not.
    pub fn knows_partner(&self, id: &str) -> bool {
        self.partner(id).is_some() || self.unread.partners.iter().any(|p| p == id)
    }

    /// Whether a decision with this id exists, read or not (an unread decision is known
    /// by the id its file name starts with).
    pub fn knows_decision(&self, id: &str) -> bool {
        self.decision(id).is_some()
            || self.unread.decisions.iter().any(|stem| {
                stem.strip_prefix(id)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
            })
    }

    /// Whether a competitor with this id exists, or may exist in an unread competitors.yaml.
    pub fn knows_competitor(&self, id: &str) -> bool {
        self.competitor(id).is_some() || self.unread.competitors
    }

    /// Whether a key result with this id exists, or may exist in an unread okrs.yaml.
    pub fn knows_key_result(&self, id: &str) -> bool {
        self.key_result(id).is_some() || self.unread.okrs
    }

    pub fn competitor(&self, id: &str) -> Option<&Competitor> {
        self.competitors.iter().find(|c| c.id == id)
    }

    pub fn model(&self, id: &str) -> Option<&ModelDef> {
        self.models.iter().find(|m| m.id == id)
    }

    pub fn tier(&self, t: TierName) -> Option<&Tier> {
        self.tiers.as_ref().map(|f| f.get(t))
    }

    /// Every key result with an id, with its objective index.
    pub fn key_result(&self, id: &str) -> Option<&KeyResult> {
        self.objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .find(|k| k.id.as_deref() == Some(id))
    }

    /// How amounts in the plan currency are written in the plan's locale: `$2.4M`,
    /// `2,4 Mio. €`, `¥24億` (`company.money`).
    pub fn money_style(&self) -> &crate::values::MoneyStyle {
        &self.company.money
    }

    /// How a partner's pipeline is shown: compact but never on a tier boundary it does
    /// not reach (`€1.999M` beside a Gold range that ends at €2M). Make it once, show
    /// many.
    pub fn pipeline_shown(&self) -> crate::values::Apart {
        let bounds = self.tiers.as_ref().map(|f| f.bounds()).unwrap_or_default();
        crate::values::Apart::new(self.money_style(), &bounds)
    }

    pub fn north_star(&self) -> &str {
        self.thesis
            .as_ref()
            .and_then(|t| t.north_star.as_deref())
            .unwrap_or(&self.program.north_star)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Thesis {
    /// The six rationale keys in the seed's order, with their text.
    pub rationale: Vec<(String, String)>,
    pub models: Vec<ThesisModel>,
    pub partner_types: Vec<String>,
    pub mechanism: Option<String>,
    pub adjacent_use_cases: Option<String>,
    pub north_star: Option<String>,
    pub body: Markdown,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct ThesisModel {
    pub id: String,
    pub because: String,
}

#[derive(Debug, Clone)]
pub struct TierFramework {
    /// platinum, gold, silver, registered.
    pub tiers: [Tier; 4],
    pub loc: Loc,
}

impl TierFramework {
    pub fn get(&self, t: TierName) -> &Tier {
        &self.tiers[t.rank()]
    }

    /// Every end of a tier's pipeline range.
    pub fn bounds(&self) -> Vec<Money> {
        self.tiers
            .iter()
            .flat_map(|t| [t.pipeline.min, t.pipeline.max])
            .flatten()
            .collect()
    }
}

#[derive(Debug, Clone)]
pub struct Tier {
    pub level: TierName,
    pub name: String,
    pub pipeline: MoneyRange,
    pub certified_individuals: u32,
    pub dedicated_practice: bool,
    pub benefits: Vec<String>,
    pub commitments: Vec<String>,
    pub mdf_per_year: Option<Money>,
    pub min_gtm_activities: u32,
    pub review_cadence: Option<Cadence>,
    pub deal_registration_days: Option<u32>,
    pub pam_max_partners: Option<u32>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct ModelDef {
    pub id: String,
    pub name: String,
    pub definition: String,
    pub best_for: String,
    pub revenue_mechanism: String,
    pub terms: Vec<(String, PercentRange)>,
}

#[derive(Debug, Clone)]
pub struct Partner {
    pub id: String,
    pub name: String,
    pub landscape: Landscape,
    pub category: String,
    pub practice: Option<String>,
    pub geography: Vec<String>,
    pub models: Vec<String>,
    pub tier: TierLevel,
    pub target_tier: Option<TierLevel>,
    pub status: PartnerStatus,
    /// Factor ratings in the order of [`FACTORS`].
    pub ratings: [f64; 5],
    /// Whether all five ratings were read as numbers (a missing, misspelt or unreadable
    /// rating leaves the score unknown, so no rule judges the partner by it).
    pub ratings_read: bool,
    pub declared_score: Option<f64>,
    pub pipeline: Option<Money>,
    pub certified_individuals: u32,
    pub dedicated_practice: bool,
    pub commitments: Commitments,
    pub terms: Vec<(String, TermValue)>,
    pub mdf: Option<Money>,
    pub pam: Option<String>,
    pub locked_to: Option<String>,
    pub inbound: bool,
    pub last_qbr: Option<Date>,
    pub last_tier_review: Option<Date>,
    /// Partner-sourced ARR from this partner's customers.
    pub arr: Option<Money>,
    /// Customers this partner sourced in the last 12 months.
    pub new_customers: Option<u32>,
    pub notes: Markdown,
    pub loc: Loc,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Commitments {
    pub joint_business_plan: JointPlan,
    pub qbr: bool,
    pub gtm_activities: u32,
    pub named_pam: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TermValue {
    Percent(Percent),
    Money(Money),
}

#[derive(Debug, Clone)]
pub struct Competitor {
    pub id: String,
    pub name: String,
    pub positioning: Option<String>,
    pub partners: Vec<CompetitorPartner>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct CompetitorPartner {
    /// A partner id of the plan, or the free name of a firm.
    pub partner: String,
    pub model: Option<String>,
    pub strength: String,
    pub locked: bool,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub id: String,
    pub slug: String,
    pub title: String,
    pub decision: DecisionKind,
    pub status: DecisionStatus,
    pub criteria: Criteria,
    pub partner_considered: Option<String>,
    pub acquisition_target: Option<String>,
    pub decided: Option<Date>,
    pub review_date: Option<Date>,
    pub supersedes: Option<String>,
    pub override_reason: Option<String>,
    /// Who owns the decision and its review.
    pub owner: Option<String>,
    pub rationale: Markdown,
    pub loc: Loc,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Criteria {
    pub core_differentiation: bool,
    pub engineering_capacity: bool,
    pub adjacent: bool,
    pub strong_partner_serves_icp: bool,
    pub partner_economics_positive: bool,
    pub critical_to_market_position: bool,
    pub build_months: u32,
    pub acquisition_target_in_budget: bool,
    pub new_market_entry: bool,
    pub partner_local_presence: bool,
}

#[derive(Debug, Clone)]
pub struct Objective {
    pub id: Option<String>,
    pub objective: String,
    pub models: Vec<String>,
    /// Who owns the objective.
    pub owner: Option<String>,
    pub key_results: Vec<KeyResult>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct KeyResult {
    pub id: Option<String>,
    pub text: String,
    pub metric: Option<String>,
    pub target: Option<Measure>,
    pub current: Option<Measure>,
    pub baseline: Option<Measure>,
    /// Which way the value is better (`better: higher|lower`, default higher).
    pub better: Better,
    pub unit: Option<String>,
    pub due: Option<Date>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Roadmap {
    pub year: i32,
    /// Q1..Q4 in order; a quarter not written is empty.
    pub quarters: Vec<Quarter>,
    /// Later years of the multi-year roadmap, as written.
    pub later: Vec<LaterYear>,
    pub loc: Loc,
}

impl Roadmap {
    /// Every item: the year's quarters, then the later years.
    pub fn all_items(&self) -> impl Iterator<Item = &RoadmapItem> {
        self.quarters
            .iter()
            .flat_map(|q| &q.items)
            .chain(self.later.iter().flat_map(|y| &y.items))
    }
}

/// A later year of the multi-year roadmap (`roadmap.later`).
#[derive(Debug, Clone)]
pub struct LaterYear {
    /// 0 when not written (reported by `required`).
    pub year: i32,
    pub theme: String,
    pub items: Vec<RoadmapItem>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Quarter {
    pub key: String,
    pub theme: String,
    pub items: Vec<RoadmapItem>,
}

#[derive(Debug, Clone)]
pub struct RoadmapItem {
    pub title: String,
    pub status: ItemStatus,
    pub partners: Vec<String>,
    pub key_results: Vec<String>,
    pub decisions: Vec<String>,
    pub owner: Option<String>,
    pub due: Option<Date>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Default)]
pub struct Governance {
    pub roles: Vec<String>,
    pub raci: Vec<RaciRow>,
    pub sponsors: Vec<Sponsor>,
    pub loc: Option<Loc>,
}

#[derive(Debug, Clone)]
pub struct RaciRow {
    pub decision: String,
    /// (role, letter) as written.
    pub cells: Vec<(String, String)>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Sponsor {
    pub partner: String,
    pub partner_executive: String,
    pub our_counterpart: String,
    pub cadence: String,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to `handbook/`, without `.md` (`operations/deal-registration`).
    pub path: String,
    pub title: String,
    pub weight: i64,
    pub description: Option<String>,
    /// Who may read it (front matter `audience`).
    pub audience: Audience,
    pub body: Markdown,
    pub loc: Loc,
}

/// A span for an item that may not have been written at all.
pub fn span_or(loc: Option<&Loc>, sub: &str, file: FileId) -> Span {
    loc.map_or(Span::file_start(file), |l| l.value(sub))
}
