//! Headline figures: the north star, partner share of ARR, partner pipeline against
//! its key result, partners by tier, priority partners signed, OKR and roadmap
//! progress, and company ARR.
//!
//! Computed once, here; the site's dashboard and the board pack's executive summary
//! only format what [`Kpis`] holds and choose from the same set of figures. Partner-sourced
//! ARR is the one of [`Economics`] (Σ partner `arr`, else `program.partner_sourced_arr`).

use super::{Band, Economics, KrProgress, PartnerFacts};
use crate::model::{
    ItemStatus, KeyResult, Measure, PartnerStatus, Plan, Roadmap, TierLevel, TierName,
};
use crate::values::Money;

/// A figure the tool computes from the plan, which a key result may name as its
/// `metric` (the key result then states the figure's target).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComputedMetric {
    /// Partner-sourced ARR ([`Economics::partner_arr`]).
    PartnerSourcedArr,
    /// Σ `pipeline` of partners that are active or recruiting.
    PartnerSourcedPipeline,
    /// Partners at the Platinum tier.
    PlatinumPartners,
    /// Individuals certified at partners.
    CertifiedIndividuals,
}

impl ComputedMetric {
    pub const ALL: [ComputedMetric; 4] = [
        ComputedMetric::PartnerSourcedArr,
        ComputedMetric::PartnerSourcedPipeline,
        ComputedMetric::PlatinumPartners,
        ComputedMetric::CertifiedIndividuals,
    ];

    /// The name a key result's `metric` gives it.
    pub fn key(self) -> &'static str {
        match self {
            ComputedMetric::PartnerSourcedArr => "partner_sourced_arr",
            ComputedMetric::PartnerSourcedPipeline => "partner_sourced_pipeline",
            ComputedMetric::PlatinumPartners => "platinum_partners",
            ComputedMetric::CertifiedIndividuals => "certified_individuals",
        }
    }

    /// The metric a key result's `metric` names, if the tool computes it.
    pub fn parse(key: &str) -> Option<ComputedMetric> {
        Self::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The metric a key result measures, if the tool computes it.
    pub fn of(kr: &KeyResult) -> Option<ComputedMetric> {
        kr.metric.as_deref().and_then(ComputedMetric::parse)
    }

    /// The plan's first key result that measures this metric.
    pub fn key_result(self, plan: &Plan) -> Option<&KeyResult> {
        plan.objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .find(|kr| ComputedMetric::of(kr) == Some(self))
    }
}

/// `now / target`, when the target is positive; may exceed 1.0.
pub fn ratio(now: f64, target: f64) -> Option<f64> {
    (target > 0.0).then(|| now / target)
}

/// The north star: partner-sourced ARR now against the thesis target.
#[derive(Debug, Clone, Default)]
pub struct NorthStar {
    /// What the plan calls it (the thesis's north star, or the program's).
    pub label: String,
    /// Partner-sourced ARR ([`Economics::partner_arr`]).
    pub now: Option<Money>,
    /// The thesis target ([`super::Forecast::thesis_target`]).
    pub target: Option<Money>,
    /// `program.partner_arr_share`, in percent.
    pub share_target: Option<f64>,
    /// `company.target_arr`, of which the target is the share.
    pub of_arr: Option<Money>,
    pub horizon_years: u32,
}

impl NorthStar {
    /// Partner-sourced ARR as a fraction of the target.
    pub fn progress(&self) -> Option<f64> {
        ratio(self.now?.0, self.target?.0)
    }
}

/// Partners' share of company ARR, in percent.
#[derive(Debug, Clone, Copy, Default)]
pub struct PartnerShare {
    /// Partner-sourced ARR over current company ARR.
    pub now: Option<f64>,
    /// `program.partner_arr_share`.
    pub target: Option<f64>,
}

impl PartnerShare {
    pub fn progress(&self) -> Option<f64> {
        ratio(self.now?, self.target?)
    }
}

/// Partner-sourced pipeline against the key result that measures it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pipeline {
    /// Σ `pipeline` of active and recruiting partners.
    pub value: Money,
    /// The target of the key result whose metric is
    /// [`ComputedMetric::PartnerSourcedPipeline`].
    pub target: Option<Measure>,
}

impl Pipeline {
    pub fn progress(&self) -> Option<f64> {
        ratio(self.value.0, self.target?.value())
    }
}

/// Priority-band partners that have not exited, and how many of them are signed at
/// Gold or Platinum. A priority partner locked to a competitor and not signed with us
/// is no available target: it is counted in `locked` instead.
#[derive(Debug, Clone, Copy, Default)]
pub struct PrioritySigned {
    pub targets: usize,
    pub signed: usize,
    pub locked: usize,
}

impl PrioritySigned {
    pub fn progress(&self) -> Option<f64> {
        ratio(self.signed as f64, self.targets as f64)
    }
}

/// Average progress of the measured key results (each counted up to its target).
#[derive(Debug, Clone, Copy)]
pub struct OkrProgress {
    /// 0.0 to 1.0.
    pub average: f64,
    /// How many key results are measured.
    pub measured: usize,
}

/// Items of the year's roadmap by status.
#[derive(Debug, Clone, Copy)]
pub struct RoadmapProgress {
    pub year: i32,
    pub items: usize,
    pub done: usize,
    pub at_risk: usize,
    pub in_progress: usize,
}

impl RoadmapProgress {
    pub fn progress(&self) -> Option<f64> {
        ratio(self.done as f64, self.items as f64)
    }
}

/// Company ARR now and targeted.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompanyArr {
    pub now: Option<Money>,
    pub target: Option<Money>,
}

impl CompanyArr {
    pub fn progress(&self) -> Option<f64> {
        ratio(self.now?.0, self.target?.0)
    }
}

/// Headline figures for the dashboard and the executive summary.
#[derive(Debug, Clone, Default)]
pub struct Kpis {
    pub north_star: NorthStar,
    pub share: PartnerShare,
    pub pipeline: Pipeline,
    /// Partners that are active or recruiting.
    pub live_partners: usize,
    /// Partners per tier (exited ones left out), platinum first, then prospects.
    pub by_tier: [usize; 5],
    /// Σ `certified_individuals` of partners that have not exited.
    pub certified_individuals: u32,
    pub priority: PrioritySigned,
    /// `None` when no key result is measured.
    pub okrs: Option<OkrProgress>,
    /// `None` when the plan has no roadmap.
    pub roadmap: Option<RoadmapProgress>,
    pub company_arr: CompanyArr,
}

impl Kpis {
    /// The figures of a plan, from its partners' facts and its key results' progress.
    pub fn new(
        plan: &Plan,
        facts: &[PartnerFacts],
        progress: &[Vec<Option<KrProgress>>],
        economics: &Economics,
    ) -> Kpis {
        let partner_arr = economics.partner_arr.ok();
        Kpis {
            north_star: north_star(plan, economics),
            share: share(plan, partner_arr),
            pipeline: pipeline(plan),
            live_partners: plan.partners.iter().filter(|p| is_live(p.status)).count(),
            by_tier: by_tier(plan),
            certified_individuals: plan
                .partners
                .iter()
                .filter(|p| p.status != PartnerStatus::Exited)
                .fold(0u32, |n, p| n.saturating_add(p.certified_individuals)),
            priority: priority(plan, facts),
            okrs: okrs(progress),
            roadmap: plan.roadmap.as_ref().map(roadmap),
            company_arr: CompanyArr {
                now: plan.company.current_arr,
                target: plan.company.target_arr,
            },
        }
    }
}

/// Active and recruiting partners bring pipeline.
fn is_live(status: PartnerStatus) -> bool {
    matches!(status, PartnerStatus::Active | PartnerStatus::Recruiting)
}

fn north_star(plan: &Plan, economics: &Economics) -> NorthStar {
    NorthStar {
        label: plan.north_star().to_string(),
        now: economics.partner_arr.ok(),
        target: economics.forecast.thesis_target.ok(),
        share_target: plan.program.partner_arr_share.map(|s| s.0),
        of_arr: plan.company.target_arr,
        horizon_years: plan.program.horizon_years,
    }
}

fn share(plan: &Plan, partner_arr: Option<Money>) -> PartnerShare {
    let arr_now = plan.company.current_arr.map(|m| m.0);
    PartnerShare {
        now: match (partner_arr, arr_now) {
            (Some(p), Some(a)) if a > 0.0 => Some(p.0 / a * 100.0),
            _ => None,
        },
        target: plan.program.partner_arr_share.map(|p| p.0),
    }
}

fn pipeline(plan: &Plan) -> Pipeline {
    let value = plan
        .partners
        .iter()
        .filter(|p| is_live(p.status))
        .fold(0.0, |sum, p| sum + p.pipeline.map_or(0.0, |m| m.0));
    Pipeline {
        value: Money(value),
        target: ComputedMetric::PartnerSourcedPipeline
            .key_result(plan)
            .and_then(|kr| kr.target),
    }
}

fn by_tier(plan: &Plan) -> [usize; 5] {
    let mut counts = [0; 5];
    for p in plan.partners.iter() {
        if p.status != PartnerStatus::Exited {
            counts[p.tier.rank()] += 1;
        }
    }
    counts
}

fn priority(plan: &Plan, facts: &[PartnerFacts]) -> PrioritySigned {
    let signed_tiers = [
        TierLevel::Tier(TierName::Platinum),
        TierLevel::Tier(TierName::Gold),
    ];
    let mut k = PrioritySigned::default();
    for (p, f) in plan.partners.iter().zip(facts) {
        if f.band != Band::Priority || p.status == PartnerStatus::Exited {
            continue;
        }
        let signed = signed_tiers.contains(&p.tier);
        if f.locked && !signed {
            k.locked += 1;
            continue;
        }
        k.targets += 1;
        if signed {
            k.signed += 1;
        }
    }
    k
}

fn okrs(progress: &[Vec<Option<KrProgress>>]) -> Option<OkrProgress> {
    let fractions: Vec<f64> = progress
        .iter()
        .flatten()
        .flatten()
        .map(|p| p.fraction.min(1.0))
        .collect();
    (!fractions.is_empty()).then(|| OkrProgress {
        average: fractions.iter().sum::<f64>() / fractions.len() as f64,
        measured: fractions.len(),
    })
}

fn roadmap(r: &Roadmap) -> RoadmapProgress {
    let items: Vec<ItemStatus> = r
        .quarters
        .iter()
        .flat_map(|q| &q.items)
        .map(|i| i.status)
        .collect();
    let with = |s: ItemStatus| items.iter().filter(|&&i| i == s).count();
    RoadmapProgress {
        year: r.year,
        items: items.len(),
        done: with(ItemStatus::Done),
        at_risk: with(ItemStatus::AtRisk),
        in_progress: with(ItemStatus::InProgress),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{KeyResult, Loc, Objective};
    use crate::project::{CheckOptions, Project};
    use crate::values::{Date, Percent};
    use std::path::Path;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn key_result(metric: &str, target: Measure) -> KeyResult {
        KeyResult {
            id: None,
            text: String::new(),
            metric: Some(metric.into()),
            target: Some(target),
            current: None,
            baseline: None,
            better: Default::default(),
            unit: None,
            due: None,
            loc: Loc::default(),
        }
    }

    #[test]
    fn metrics_parse_from_their_keys() {
        for m in ComputedMetric::ALL {
            assert_eq!(ComputedMetric::parse(m.key()), Some(m));
        }
        assert_eq!(ComputedMetric::parse("partner_nps"), None);
    }

    /// A plan with no partners: the north star and share from company and program,
    /// the pipeline target from the key result whose metric is the pipeline.
    #[test]
    fn figures_of_a_small_plan() {
        let mut plan = Plan::default();
        plan.company.current_arr = Some(Money(4_000_000.0));
        plan.company.target_arr = Some(Money(10_000_000.0));
        plan.program.partner_arr_share = Some(Percent(30.0));
        plan.program.partner_sourced_arr = Some(Money(1_000_000.0));
        plan.program.horizon_years = 2;
        plan.program.north_star = "Partner ARR".into();
        plan.objectives.push(Objective {
            id: None,
            objective: "Grow".into(),
            models: Vec::new(),
            owner: None,
            key_results: vec![
                key_result("platinum_partners", Measure::Number(3.0)),
                key_result("partner_sourced_pipeline", Measure::Money(Money(5e6))),
            ],
            loc: Loc::default(),
        });
        let progress = vec![vec![Some(KrProgress { fraction: 0.5 }), None]];
        let k = Kpis::new(&plan, &[], &progress, &Economics::new(&plan));
        let ns = &k.north_star;
        assert_eq!(ns.label, "Partner ARR");
        assert_eq!(ns.target, Some(Money(3_000_000.0)));
        assert_eq!(ns.of_arr, Some(Money(10_000_000.0)));
        assert_eq!(ns.horizon_years, 2);
        assert!(ns.progress().is_some_and(|p| close(p, 1.0 / 3.0)));
        assert!(k.share.now.is_some_and(|s| close(s, 25.0)));
        assert_eq!(k.share.target, Some(30.0));
        assert_eq!(k.pipeline.value, Money(0.0));
        assert_eq!(k.pipeline.target, Some(Measure::Money(Money(5e6))));
        assert_eq!(k.pipeline.progress(), Some(0.0));
        assert_eq!(k.live_partners, 0);
        assert_eq!(k.priority.progress(), None);
        assert!(k
            .okrs
            .is_some_and(|o| o.measured == 1 && close(o.average, 0.5)));
        assert!(k.roadmap.is_none());
        assert!(k.company_arr.progress().is_some_and(|p| close(p, 0.4)));
    }

    #[test]
    fn no_targets_no_progress() {
        let plan = Plan::default();
        let k = Kpis::new(&plan, &[], &[], &Economics::new(&plan));
        assert_eq!(k.north_star.target, None);
        assert_eq!(k.north_star.progress(), None);
        assert_eq!(k.share.now, None);
        assert_eq!(k.pipeline.target, None);
        assert!(k.okrs.is_none());
    }

    /// The example plan's figures, checked by hand against `content/`.
    #[test]
    fn figures_of_the_example_plan() -> Result<(), String> {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let today = Date::parse("2026-11-24").ok();
        let pr = Project::load(&content, &CheckOptions { today }).map_err(|e| e.0)?;
        let k = &pr.analysis.kpis;
        // plan.yaml: $3.1M partner-sourced; 35% of the $60M target ARR in 3 years.
        assert_eq!(k.north_star.label, "Partner-sourced ARR");
        assert!(k.north_star.now.is_some_and(|m| close(m.0, 3_100_000.0)));
        assert!(k
            .north_star
            .target
            .is_some_and(|t| close(t.0, 21_000_000.0)));
        assert_eq!(k.north_star.horizon_years, 3);
        // $3.1M of $18M ARR today.
        assert!(k.share.now.is_some_and(|s| close(s, 3.1 / 18.0 * 100.0)));
        assert_eq!(k.share.target, Some(35.0));
        // 15 active and 3 recruiting partners; the pipelines of the active ones sum
        // to $16.47M; okrs.yaml's partner-pipeline key result targets $24M.
        assert_eq!(k.live_partners, 18);
        assert!(close(k.pipeline.value.0, 16_470_000.0));
        assert_eq!(k.pipeline.target, Some(Measure::Money(Money(24_000_000.0))));
        assert!(k
            .pipeline
            .progress()
            .is_some_and(|p| close(p, 16.47 / 24.0)));
        // Oakmont (registered) has exited.
        assert_eq!(k.by_tier, [3, 5, 5, 3, 7]);
        assert_eq!(k.certified_individuals, 67);
        // TCS scores in the priority band but is locked to Informatica: not available.
        assert_eq!(
            (k.priority.targets, k.priority.signed, k.priority.locked),
            (9, 5, 1)
        );
        // Ten measured key results; their progress capped at 1 averages 53.8%.
        let okrs = k.okrs.ok_or("no measured key results")?;
        assert_eq!(okrs.measured, 10);
        assert!((okrs.average - 0.538_194).abs() < 1e-6);
        let r = k.roadmap.ok_or("no roadmap")?;
        assert_eq!(
            (r.year, r.items, r.done, r.at_risk, r.in_progress),
            (2027, 20, 1, 2, 4)
        );
        assert_eq!(k.company_arr.now, Some(Money(18_000_000.0)));
        assert_eq!(k.company_arr.target, Some(Money(60_000_000.0)));
        Ok(())
    }
}
