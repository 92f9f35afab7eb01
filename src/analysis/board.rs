//! The board's view of the plan (docs/format.md, "The board summary"): the scorecard
//! against this year's plan with a status per figure, what the board is asked to
//! decide, and the risks it should know, most severe first.
//!
//! Computed once, here; the board pack's summary and the site's dashboard format
//! [`Board`] with `render::board`, so both show the same figures and words.

use super::{Economics, Kpis, OverdueKind, PartnerFacts, TierChange};
use crate::model::{
    BoardSettings, DecisionStatus, ItemStatus, KeyResult, Measure, PartnerStatus, Plan, TierLevel,
    TierName,
};
use crate::values::Date;

mod risks;
use risks::{asks, risks};

/// A figure's status, from its share of plan and `board.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Status {
    /// The status of `share` percent of plan under the plan's thresholds.
    pub fn of_share(share: f64, b: &BoardSettings) -> Status {
        if share < b.off_track_below {
            Status::OffTrack
        } else if share < b.at_risk_below {
            Status::AtRisk
        } else {
            Status::OnTrack
        }
    }

    /// `On track`, `At risk`, `Off track`.
    pub fn label(self) -> &'static str {
        match self {
            Status::OnTrack => "On track",
            Status::AtRisk => "At risk",
            Status::OffTrack => "Off track",
        }
    }

    /// The shape that says the status without colour: ● ▲ ■.
    pub fn shape(self) -> &'static str {
        match self {
            Status::OnTrack => "●",
            Status::AtRisk => "▲",
            Status::OffTrack => "■",
        }
    }

    /// A CSS class and tone name: `ok`, `warn`, `bad`.
    pub fn tone(self) -> &'static str {
        match self {
            Status::OnTrack => "ok",
            Status::AtRisk => "warn",
            Status::OffTrack => "bad",
        }
    }
}

/// What a scorecard line measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    /// Partner-sourced ARR at year end: the forecast against the path's figure.
    PartnerArr,
    /// Pipeline of active and recruiting partners.
    Pipeline,
    /// Partner-sourced ARR as a share of company ARR.
    Share,
    /// Program ROI: the return against the program's cost (plan: break even).
    Roi,
    /// Partners at the Platinum tier.
    Platinum,
    /// Average progress of the measured key results.
    Okrs,
    /// Roadmap items done (and at risk).
    Roadmap,
}

/// How a figure is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Money,
    /// Percent (variance in points).
    Percent,
    Count,
}

impl Metric {
    pub fn unit(self) -> Unit {
        match self {
            Metric::PartnerArr | Metric::Pipeline => Unit::Money,
            Metric::Share | Metric::Roi | Metric::Okrs => Unit::Percent,
            Metric::Platinum | Metric::Roadmap => Unit::Count,
        }
    }
}

/// Where a line's plan comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanSource {
    /// The thesis path: the partner-sourced ARR required at the end of the year.
    Path,
    /// A key result that measures the figure (its text).
    KeyResult(String),
    /// The pipeline that, at the win rate, closes this year's ARR plan.
    Coverage,
    /// Break even: return equal to cost.
    BreakEven,
    /// The year's progress: every key result at its target by year end.
    YearEnd,
    /// The roadmap's items of the year.
    Roadmap,
}

/// One line of the scorecard.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub metric: Metric,
    /// The figure now (for partner-sourced ARR: the year-end forecast).
    pub actual: f64,
    /// This year's plan (year end, or the key result's due date).
    pub plan: Option<f64>,
    pub due: Option<Date>,
    pub source: PlanSource,
    /// What the figure should be by the meeting: the straight line from the start of
    /// the year (the key result's baseline) to the plan at its due date. Equal to the
    /// plan for figures judged on their forecast (ARR) or at any time (ROI, pipeline
    /// coverage).
    pub expected: Option<f64>,
    /// `actual ÷ expected`, in percent (for ROI: return ÷ cost).
    pub share: Option<f64>,
    pub status: Option<Status>,
    /// Roadmap items at risk (roadmap line only).
    pub at_risk: usize,
}

impl Line {
    /// A line judged against its plan at any time (no pace): the plan is also what is
    /// expected by the meeting.
    fn flat(metric: Metric, actual: f64, plan: f64, source: PlanSource) -> Line {
        Line {
            metric,
            actual,
            plan: Some(plan),
            due: None,
            source,
            expected: Some(plan),
            share: share(actual, plan),
            status: None,
            at_risk: 0,
        }
    }

    /// `actual − expected`, in the figure's unit (points for percents).
    pub fn variance(&self) -> Option<f64> {
        Some(self.actual - self.expected?)
    }

    /// The variance as a percent of what was expected (`None` for percents and for a
    /// zero expectation).
    pub fn variance_pct(&self) -> Option<f64> {
        let e = self.expected?;
        (self.metric.unit() != Unit::Percent && e != 0.0).then(|| (self.actual - e) / e * 100.0)
    }
}

/// A decision the board is asked to take.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// A `proposed` decision: index into `plan.decisions`.
    Decision(usize),
    /// A tier move the tier review recommends: index into `analysis.tier_review`.
    TierMove(usize),
}

/// How severe a risk is; the board sees the most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Medium,
    High,
}

/// Something the board should know, in the plan's terms.
#[derive(Debug, Clone, PartialEq)]
pub enum RiskKind {
    /// A roadmap item past its due date and not done (quarter, item index).
    RoadmapOverdue {
        quarter: usize,
        item: usize,
        days: i64,
    },
    /// A roadmap item marked at risk.
    RoadmapAtRisk { quarter: usize, item: usize },
    /// A key result behind the pace to its target (objective, key result, progress
    /// and the progress expected by now, both 0–1).
    OkrBehind {
        objective: usize,
        key_result: usize,
        progress: f64,
        expected: f64,
    },
    /// A priority-band partner locked to a competitor.
    LockedTarget { partner: usize },
    /// A Platinum or Gold partner that does not meet its tier's requirements.
    BelowTier {
        partner: usize,
        certified_short: u32,
        commitments: bool,
    },
    /// A PAM carrying more Gold partners than the tier allows.
    PamOverloaded {
        pam: String,
        partners: usize,
        max: usize,
    },
    /// An active or proposed decision past its review date.
    DecisionReview { decision: usize, days: i64 },
}

/// A risk, its severity and its owner.
#[derive(Debug, Clone, PartialEq)]
pub struct Risk {
    pub kind: RiskKind,
    pub severity: Severity,
    /// How much it weighs within its severity (days late, points behind, …).
    pub weight: f64,
    /// Who owns it (`None`: the plan names nobody).
    pub owner: Option<String>,
}

/// An objective's progress and status.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rollup {
    /// Mean progress of the measured key results, 0–1.
    pub progress: f64,
    pub measured: usize,
    pub status: Status,
}

/// The most risks the summary shows; the rest are in the appendix.
pub const SUMMARY_RISKS: usize = 5;

/// The board's view of a plan at a meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct Board {
    /// The meeting date (`board.meeting`, else the analysis date).
    pub meeting: Date,
    pub lines: Vec<Line>,
    pub asks: Vec<Ask>,
    /// Every risk, most severe first.
    pub risks: Vec<Risk>,
}

/// What the board view reads.
pub struct Inputs<'a> {
    pub plan: &'a Plan,
    pub today: Date,
    pub facts: &'a [PartnerFacts],
    pub progress: &'a [Vec<Option<super::KrProgress>>],
    pub tier_review: &'a [TierChange],
    pub kpis: &'a Kpis,
    pub economics: &'a Economics,
}

impl Board {
    pub fn new(i: &Inputs) -> Board {
        let meeting = i.plan.board.meeting.unwrap_or(i.today);
        let year = i.plan.program.year;
        let elapsed = share_of_year(meeting, year, None);
        let mut lines = Vec::new();
        lines.extend(arr_line(i));
        lines.extend(pipeline_line(i, meeting));
        lines.extend(share_line(i, meeting));
        lines.extend(roi_line(i));
        lines.extend(platinum_line(i, meeting));
        lines.extend(okr_line(i, elapsed));
        lines.extend(roadmap_line(i, meeting));
        for l in &mut lines {
            l.status = l.share.map(|s| Status::of_share(s, &i.plan.board));
            if l.metric == Metric::Roadmap && l.at_risk > 0 {
                l.status = l.status.max(Some(Status::AtRisk));
            }
        }
        let mut risks = risks(i, meeting, year);
        risks.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(b.weight.total_cmp(&a.weight))
        });
        Board {
            meeting,
            lines,
            asks: asks(i),
            risks,
        }
    }

    /// How far a key result due at `due` (default: year end) should be by the meeting,
    /// 0–1: the share of the time from 1 January of the program year to its due date.
    pub fn expected_progress(&self, year: i32, due: Option<Date>) -> f64 {
        share_of_year(self.meeting, year, due)
    }

    /// The status of `progress` (0–1) against `expected` (0–1).
    pub fn pace_status(progress: f64, expected: f64, b: &BoardSettings) -> Status {
        if expected <= 0.0 {
            return Status::OnTrack;
        }
        Status::of_share(progress.min(1.0) / expected * 100.0, b)
    }

    /// A key result's status: its progress against the pace expected by the meeting.
    pub fn kr_status(&self, plan: &Plan, kr: &KeyResult, p: super::KrProgress) -> Status {
        let expected = self.expected_progress(plan.program.year, kr.due);
        Board::pace_status(p.fraction, expected, &plan.board)
    }

    /// Objective `oi`'s roll-up: the mean progress of its measured key results (each
    /// counted up to its target) against the mean pace expected by the meeting.
    pub fn rollup(
        &self,
        plan: &Plan,
        progress: &[Vec<Option<super::KrProgress>>],
        oi: usize,
    ) -> Option<Rollup> {
        let o = plan.objectives.get(oi)?;
        let measured: Vec<(f64, f64)> = o
            .key_results
            .iter()
            .enumerate()
            .filter_map(|(ki, kr)| {
                let p = progress.get(oi)?.get(ki).copied().flatten()?;
                let expected = self.expected_progress(plan.program.year, kr.due);
                Some((p.fraction.min(1.0), expected))
            })
            .collect();
        if measured.is_empty() {
            return None;
        }
        let n = measured.len() as f64;
        let progress = measured.iter().map(|m| m.0).sum::<f64>() / n;
        let expected = measured.iter().map(|m| m.1).sum::<f64>() / n;
        Some(Rollup {
            progress,
            measured: measured.len(),
            status: Board::pace_status(progress, expected, &plan.board),
        })
    }

    /// The risks the summary shows.
    pub fn top_risks(&self) -> &[Risk] {
        &self.risks[..self.risks.len().min(SUMMARY_RISKS)]
    }

    pub fn line(&self, m: Metric) -> Option<&Line> {
        self.lines.iter().find(|l| l.metric == m)
    }

    /// Proposed decisions (for decision) and tier moves (for approval), counted.
    pub fn count_asks(&self) -> (usize, usize) {
        let d = self
            .asks
            .iter()
            .filter(|a| matches!(a, Ask::Decision(_)))
            .count();
        (d, self.asks.len() - d)
    }
}

/// Share of the time from 1 January of `year` to `due` (default 31 December) that has
/// passed at `at`, 0–1.
fn share_of_year(at: Date, year: i32, due: Option<Date>) -> f64 {
    let Ok(start) = time::Date::from_calendar_date(year, time::Month::January, 1) else {
        return 0.0;
    };
    let end = due.map(|d| d.0).unwrap_or_else(|| {
        time::Date::from_calendar_date(year, time::Month::December, 31).unwrap_or(start)
    });
    let total = (end - start).whole_days();
    if total <= 0 {
        return if at.0 >= end { 1.0 } else { 0.0 };
    }
    ((at.0 - start).whole_days() as f64 / total as f64).clamp(0.0, 1.0)
}

fn measure_value(m: Option<Measure>) -> Option<f64> {
    m.map(|m| m.value())
}

/// The key result that measures `metric`, if it is due within the program year (or
/// has no due date) and has a target.
fn plan_kr<'a>(plan: &'a Plan, metric: &str) -> Option<&'a KeyResult> {
    plan.objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .filter(|kr| kr.metric.as_deref() == Some(metric))
        .filter(|kr| kr.due.is_none_or(|d| d.year() == plan.program.year))
        .find(|kr| kr.target.is_some())
}

/// A line judged against the straight line from `start` (at 1 January) to `plan` at
/// `due`.
fn paced(metric: Metric, actual: f64, kr: &KeyResult, start: f64, at: Date, year: i32) -> Line {
    let plan = measure_value(kr.target).unwrap_or(0.0);
    let elapsed = share_of_year(at, year, kr.due);
    let expected = start + (plan - start) * elapsed;
    Line {
        metric,
        actual,
        plan: Some(plan),
        due: kr.due,
        source: PlanSource::KeyResult(kr.text.clone()),
        expected: Some(expected),
        share: share(actual, expected),
        status: None,
        at_risk: 0,
    }
}

/// `actual ÷ expected` in percent; at or below a zero expectation any actual is on plan.
fn share(actual: f64, expected: f64) -> Option<f64> {
    if expected > 0.0 {
        Some(actual / expected * 100.0)
    } else {
        Some(100.0)
    }
}

/// The line of `metric` against the key result `key` plans it with, from its baseline
/// (else `start`) on 1 January.
fn kr_line(
    i: &Inputs,
    at: Date,
    metric: Metric,
    key: &str,
    actual: f64,
    start: f64,
) -> Option<Line> {
    let kr = plan_kr(i.plan, key)?;
    let start = measure_value(kr.baseline).unwrap_or(start);
    Some(paced(metric, actual, kr, start, at, i.plan.program.year))
}

fn arr_line(i: &Inputs) -> Option<Line> {
    let v = i.economics.forecast.verdict.ok()?;
    Some(Line::flat(
        Metric::PartnerArr,
        v.forecast.0,
        v.required.0,
        PlanSource::Path,
    ))
}

fn pipeline_line(i: &Inputs, at: Date) -> Option<Line> {
    let actual = i.kpis.pipeline.value.0;
    let kr = kr_line(
        i,
        at,
        Metric::Pipeline,
        "partner_sourced_pipeline",
        actual,
        0.0,
    );
    if kr.is_some() {
        return kr;
    }
    // The pipeline that, at the win rate, brings this year's ARR plan.
    let f = &i.economics.forecast;
    let (now, required, rate) = (
        i.economics.partner_arr.ok()?,
        f.required.ok()?,
        f.win_rate.ok()?,
    );
    if rate <= 0.0 {
        return None;
    }
    let needed = ((required.0 - now.0) / (rate / 100.0)).max(0.0);
    Some(Line::flat(
        Metric::Pipeline,
        actual,
        needed,
        PlanSource::Coverage,
    ))
}

/// Partner share of ARR against the key result that plans it; without one, this
/// year's forecast and plan of partner-sourced ARR over company ARR at the end of the
/// year (on the straight line from current to target ARR over the horizon).
fn share_line(i: &Inputs, at: Date) -> Option<Line> {
    if plan_kr(i.plan, "partner_arr_share").is_some() {
        let actual = i.kpis.share.now?;
        return kr_line(i, at, Metric::Share, "partner_arr_share", actual, actual);
    }
    let c = &i.plan.company;
    let (now, target) = (c.current_arr?.0, c.target_arr?.0);
    let years = f64::from(i.plan.program.horizon_years.max(1));
    let company = now + (target - now) / years;
    let v = i.economics.forecast.verdict.ok()?;
    if company <= 0.0 {
        return None;
    }
    let (actual, plan) = (
        v.forecast.0 / company * 100.0,
        v.required.0 / company * 100.0,
    );
    Some(Line::flat(Metric::Share, actual, plan, PlanSource::Path))
}

fn roi_line(i: &Inputs) -> Option<Line> {
    let e = i.economics;
    let (roi, ret, cost) = (e.roi.ok()?, e.returns.ok()?, e.program_cost.ok()?);
    Some(Line {
        metric: Metric::Roi,
        actual: roi,
        plan: Some(0.0),
        due: None,
        source: PlanSource::BreakEven,
        expected: Some(0.0),
        share: (cost.0 > 0.0).then(|| ret.0 / cost.0 * 100.0),
        status: None,
        at_risk: 0,
    })
}

fn platinum_line(i: &Inputs, at: Date) -> Option<Line> {
    let actual = i.kpis.by_tier[0] as f64;
    kr_line(i, at, Metric::Platinum, "platinum_partners", actual, 0.0)
}

fn okr_line(i: &Inputs, elapsed: f64) -> Option<Line> {
    let okrs = i.kpis.okrs.as_ref()?;
    let actual = okrs.average * 100.0;
    let expected = elapsed * 100.0;
    Some(Line {
        metric: Metric::Okrs,
        actual,
        plan: Some(100.0),
        due: None,
        source: PlanSource::YearEnd,
        expected: Some(expected),
        share: share(actual, expected),
        status: None,
        at_risk: 0,
    })
}

fn roadmap_line(i: &Inputs, at: Date) -> Option<Line> {
    let r = i.plan.roadmap.as_ref()?;
    let items: Vec<(&crate::model::RoadmapItem, Option<Date>)> = r
        .quarters
        .iter()
        .enumerate()
        .flat_map(|(q, quarter)| {
            quarter
                .items
                .iter()
                .map(move |it| (it, item_due(it, r.year, q)))
        })
        .filter(|(it, _)| it.status != ItemStatus::Dropped)
        .collect();
    if items.is_empty() {
        return None;
    }
    let with = |s: ItemStatus| items.iter().filter(|(it, _)| it.status == s).count();
    let done = with(ItemStatus::Done);
    let due_by_now = items
        .iter()
        .filter(|(_, due)| due.is_some_and(|d| d <= at))
        .count();
    Some(Line {
        metric: Metric::Roadmap,
        actual: done as f64,
        plan: Some(items.len() as f64),
        due: None,
        source: PlanSource::Roadmap,
        expected: Some(due_by_now as f64),
        share: share(done as f64, due_by_now as f64),
        status: None,
        at_risk: with(ItemStatus::AtRisk),
    })
}

/// An item's due date: its own, else the end of its quarter.
fn item_due(it: &crate::model::RoadmapItem, year: i32, quarter: usize) -> Option<Date> {
    if let Some(d) = it.due {
        return Some(d);
    }
    let (m, d) = [(3, 31), (6, 30), (9, 30), (12, 31)][quarter.min(3)];
    let month = time::Month::try_from(m).ok()?;
    time::Date::from_calendar_date(year, month, d)
        .ok()
        .map(Date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or(Date(time::Date::MIN))
    }

    #[test]
    fn status_follows_the_thresholds() {
        let b = BoardSettings::default();
        assert_eq!(Status::of_share(100.0, &b), Status::OnTrack);
        assert_eq!(Status::of_share(95.0, &b), Status::OnTrack);
        assert_eq!(Status::of_share(94.9, &b), Status::AtRisk);
        assert_eq!(Status::of_share(80.0, &b), Status::AtRisk);
        assert_eq!(Status::of_share(79.9, &b), Status::OffTrack);
    }

    #[test]
    fn the_year_passes_from_january_to_the_due_date() {
        assert_eq!(share_of_year(d("2026-12-06"), 2027, None), 0.0);
        assert_eq!(share_of_year(d("2028-02-01"), 2027, None), 1.0);
        let mid = share_of_year(d("2027-07-02"), 2027, None);
        assert!((mid - 0.5).abs() < 0.01, "{mid}");
        let q3 = share_of_year(d("2027-05-16"), 2027, Some(d("2027-09-30")));
        assert!((q3 - 0.5).abs() < 0.01, "{q3}");
    }
}
