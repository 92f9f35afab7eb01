//! Program economics and the forecast against the thesis (docs/format.md, "Program
//! economics and the forecast"): partner-sourced ARR, MDF, partner payouts, program cost,
//! return, ROI, partner CAC, the thesis target, the ARR required this year and the
//! forecast for it.
//!
//! Computed once, here, into [`Economics`]; the rules, the site and the board pack only
//! read and format it. A figure whose input is missing is a [`Gap`] naming the field that
//! would give it, never a zero.

use super::breakdown::{self, Breakdowns, PartnerMoney};
use crate::model::{PartnerStatus, Plan, TermValue};
use crate::values::Money;

/// Why a figure cannot be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// An input is not written; the field names where to write it (`program.gross_margin`).
    NotGiven(&'static str),
    /// The figure divides by a total that is zero (`program cost`).
    Zero(&'static str),
}

impl Gap {
    /// Short text for a value cell: `not given` or `not computable`.
    pub fn label(self) -> &'static str {
        match self {
            Gap::NotGiven(_) => "not given",
            Gap::Zero(_) => "not computable",
        }
    }

    /// What would give the figure: `write program.gross_margin in plan.yaml`,
    /// `write new_customers in the partner files`, `program cost is 0`.
    pub fn reason(self) -> String {
        match self {
            Gap::NotGiven(field)
                if field.starts_with("program.") || field.starts_with("company.") =>
            {
                format!("write {field} in plan.yaml")
            }
            Gap::NotGiven(field) => format!("write {field} in the partner files"),
            Gap::Zero(what) => format!("{what} is 0"),
        }
    }

    /// Both in one phrase: `not given (write program.gross_margin in plan.yaml)`.
    pub fn describe(self) -> String {
        format!("{} ({})", self.label(), self.reason())
    }
}

/// A figure, or why it cannot be computed.
pub type Figure<T> = Result<T, Gap>;

/// The field that gives partner-sourced ARR when no partner carries `arr`.
pub const ARR_FIELD: &str = "program.partner_sourced_arr";

/// Where partner-sourced ARR comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrSource {
    /// Σ partner `arr`, from this many partners.
    Partners(usize),
    /// `program.partner_sourced_arr` (no partner carries `arr`).
    Program,
    /// Neither is written.
    None,
}

/// One line of `program.costs`.
#[derive(Debug, Clone, PartialEq)]
pub struct CostLine {
    pub name: String,
    pub amount: Money,
}

/// Forecast this year against the ARR required this year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    pub forecast: Money,
    pub required: Money,
}

impl Verdict {
    /// On track when the forecast reaches the ARR required this year.
    pub fn on_track(&self) -> bool {
        self.forecast.0 >= self.required.0
    }

    /// How far the forecast falls short (0 when on track).
    pub fn shortfall(&self) -> Money {
        Money((self.required.0 - self.forecast.0).max(0.0))
    }
}

/// One year of the target path: partner-sourced ARR now, then a straight line to the
/// thesis target at the horizon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathPoint {
    /// The year's end (`program.year - 1` is "now": the start of the program year).
    pub year: i32,
    pub target: Money,
    /// The forecast, for the program year only.
    pub forecast: Option<Money>,
}

impl Forecast {
    /// The pipeline from active or recruiting partners that, at the win rate, closes
    /// this year's shortfall (`None` on track, or without a verdict or a win rate).
    pub fn closing_pipeline(&self) -> Option<Money> {
        let (v, win) = (self.verdict.ok()?, self.win_rate.ok()?);
        (!v.on_track() && win > 0.0).then(|| Money(v.shortfall().0 / win * 100.0))
    }
}

/// The thesis target, the path to it and this year's forecast.
#[derive(Debug, Clone, PartialEq)]
pub struct Forecast {
    /// `company.target_arr` × `program.partner_arr_share`.
    pub thesis_target: Figure<Money>,
    /// The year the thesis target is due at its end: `program.year + horizon_years − 1`.
    pub target_year: Figure<i32>,
    /// Partner-sourced ARR + (thesis target − partner-sourced ARR) / `horizon_years`.
    pub required: Figure<Money>,
    /// Σ `pipeline` of active and recruiting partners.
    pub pipeline: Money,
    /// `program.win_rate`, in percent.
    pub win_rate: Figure<f64>,
    /// Partner-sourced ARR + win rate × pipeline.
    pub forecast: Figure<Money>,
    pub verdict: Figure<Verdict>,
    /// Now, then each year to the horizon (empty when a figure is missing).
    pub path: Vec<PathPoint>,
}

/// The program's economics.
#[derive(Debug, Clone, PartialEq)]
pub struct Economics {
    /// Σ partner `arr` when any partner has one, else `program.partner_sourced_arr`.
    pub partner_arr: Figure<Money>,
    pub arr_source: ArrSource,
    /// `program.partner_sourced_arr` and Σ partner `arr`, when both are written.
    pub arr_declared: Option<(Money, Money)>,
    /// Same order as `plan.partners`.
    pub partners: Vec<PartnerMoney>,
    /// `program.costs`, largest first (`None`: not written).
    pub cost_lines: Option<Vec<CostLine>>,
    /// Σ partner `mdf` over partners that have not exited.
    pub mdf: Money,
    /// Σ partner `arr` × (`referral_fee` + `reseller_margin`).
    pub payouts: Money,
    /// Σ `program.costs` + MDF + payouts.
    pub program_cost: Figure<Money>,
    /// `program.gross_margin`, in percent.
    pub gross_margin: Figure<f64>,
    /// Partner-sourced ARR × gross margin.
    pub returns: Figure<Money>,
    /// (return − program cost) / program cost, in percent.
    pub roi: Figure<f64>,
    /// Σ partner `new_customers`, when any partner gives it.
    pub new_customers: Figure<u32>,
    /// Program cost / new customers.
    pub partner_cac: Figure<Money>,
    /// `program.direct_cac`.
    pub direct_cac: Figure<Money>,
    pub forecast: Forecast,
    pub breakdowns: Breakdowns,
}

impl Economics {
    pub fn new(plan: &Plan) -> Economics {
        let partners: Vec<PartnerMoney> = plan.partners.iter().map(partner_money).collect();
        let (partner_arr, arr_source) = partner_arr(plan);
        let sum = |f: fn(&PartnerMoney) -> f64| Money(partners.iter().map(f).sum());
        let mdf = sum(|m| m.mdf.0);
        let payouts = sum(|m| m.payout.0);
        let cost_lines = plan.program.costs.as_deref().map(cost_lines);
        let program_cost = match &cost_lines {
            Some(lines) => Ok(Money(
                lines.iter().map(|l| l.amount.0).sum::<f64>() + mdf.0 + payouts.0,
            )),
            None => Err(Gap::NotGiven("program.costs")),
        };
        let gross_margin = plan
            .program
            .gross_margin
            .map(|p| p.0)
            .ok_or(Gap::NotGiven("program.gross_margin"));
        let returns = partner_arr.and_then(|a| Ok(Money(a.0 * gross_margin? / 100.0)));
        let new_customers = new_customers(plan);
        let arr_declared = match (plan.program.partner_sourced_arr, arr_source) {
            (Some(declared), ArrSource::Partners(_)) => partner_arr.ok().map(|sum| (declared, sum)),
            _ => None,
        };
        Economics {
            partner_arr,
            arr_source,
            arr_declared,
            mdf,
            payouts,
            program_cost,
            gross_margin,
            returns,
            roi: roi(returns, program_cost),
            new_customers,
            partner_cac: cac(program_cost, new_customers),
            direct_cac: plan
                .program
                .direct_cac
                .ok_or(Gap::NotGiven("program.direct_cac")),
            forecast: forecast(plan, partner_arr),
            breakdowns: breakdown::breakdowns(plan, &partners),
            partners,
            cost_lines,
        }
    }
}

/// Σ partner `arr` when any partner has one, else `program.partner_sourced_arr`.
fn partner_arr(plan: &Plan) -> (Figure<Money>, ArrSource) {
    let given: Vec<Money> = plan.partners.iter().filter_map(|p| p.arr).collect();
    if !given.is_empty() {
        let sum = Money(given.iter().map(|m| m.0).sum());
        return (Ok(sum), ArrSource::Partners(given.len()));
    }
    match plan.program.partner_sourced_arr {
        Some(m) => (Ok(m), ArrSource::Program),
        None => (Err(Gap::NotGiven(ARR_FIELD)), ArrSource::None),
    }
}

fn partner_money(p: &crate::model::Partner) -> PartnerMoney {
    let payout_rate: f64 = p
        .terms
        .iter()
        .filter(|(k, _)| k == "referral_fee" || k == "reseller_margin")
        .filter_map(|(_, v)| match v {
            TermValue::Percent(p) => Some(p.0),
            TermValue::Money(_) => None,
        })
        .sum();
    let mdf = match (p.status, p.mdf) {
        (PartnerStatus::Exited, _) | (_, None) => Money(0.0),
        (_, Some(m)) => m,
    };
    PartnerMoney {
        arr: p.arr,
        mdf,
        payout_rate,
        payout: Money(p.arr.map_or(0.0, |a| a.0 * payout_rate / 100.0)),
    }
}

/// The cost lines, largest first (ties by name, so the order is stable).
fn cost_lines(costs: &[(String, Money)]) -> Vec<CostLine> {
    let mut lines: Vec<CostLine> = costs
        .iter()
        .map(|(name, amount)| CostLine {
            name: name.clone(),
            amount: *amount,
        })
        .collect();
    lines.sort_by(|a, b| b.amount.0.total_cmp(&a.amount.0).then(a.name.cmp(&b.name)));
    lines
}

fn new_customers(plan: &Plan) -> Figure<u32> {
    let given: Vec<u32> = plan
        .partners
        .iter()
        .filter_map(|p| p.new_customers)
        .collect();
    if given.is_empty() {
        return Err(Gap::NotGiven("new_customers"));
    }
    Ok(given.iter().fold(0u32, |s, n| s.saturating_add(*n)))
}

/// (return − cost) / cost, in percent; not computable at zero cost.
pub fn roi(returns: Figure<Money>, cost: Figure<Money>) -> Figure<f64> {
    let (r, c) = (returns?, cost?);
    if c.0 <= 0.0 {
        return Err(Gap::Zero("program cost"));
    }
    Ok((r.0 - c.0) / c.0 * 100.0)
}

/// Program cost per customer sourced; not computable without customers.
pub fn cac(cost: Figure<Money>, customers: Figure<u32>) -> Figure<Money> {
    let n = customers?;
    let c = cost?;
    if n == 0 {
        return Err(Gap::Zero("the partners' new customers"));
    }
    Ok(Money(c.0 / f64::from(n)))
}

fn forecast(plan: &Plan, partner_arr: Figure<Money>) -> Forecast {
    let pr = &plan.program;
    let thesis_target = match (plan.company.target_arr, pr.partner_arr_share) {
        (Some(t), Some(s)) => Ok(Money(t.0 * s.0 / 100.0)),
        (None, _) => Err(Gap::NotGiven("company.target_arr")),
        (_, None) => Err(Gap::NotGiven("program.partner_arr_share")),
    };
    let horizon = pr.horizon_years;
    let target_year = match (pr.year, horizon) {
        (0, _) => Err(Gap::NotGiven("program.year")),
        (_, 0) => Err(Gap::Zero("program.horizon_years")),
        (y, h) => Ok(y + h as i32 - 1),
    };
    let required = required_this_year(partner_arr, thesis_target, horizon);
    let pipeline = Money(
        plan.partners
            .iter()
            .filter(|p| matches!(p.status, PartnerStatus::Active | PartnerStatus::Recruiting))
            .filter_map(|p| p.pipeline)
            .map(|m| m.0)
            .sum(),
    );
    let win_rate = pr
        .win_rate
        .map(|p| p.0)
        .ok_or(Gap::NotGiven("program.win_rate"));
    let forecast = partner_arr.and_then(|a| Ok(Money(a.0 + win_rate? / 100.0 * pipeline.0)));
    let verdict = required.and_then(|required| {
        Ok(Verdict {
            forecast: forecast?,
            required,
        })
    });
    let path = match (partner_arr, thesis_target, target_year) {
        (Ok(now), Ok(target), Ok(end)) => target_path(now, target, end, horizon, forecast.ok()),
        _ => Vec::new(),
    };
    Forecast {
        thesis_target,
        target_year,
        required,
        pipeline,
        win_rate,
        forecast,
        verdict,
        path,
    }
}

/// Partner-sourced ARR + (thesis target − partner-sourced ARR) / horizon.
pub fn required_this_year(
    now: Figure<Money>,
    target: Figure<Money>,
    horizon_years: u32,
) -> Figure<Money> {
    let (now, target) = (now?, target?);
    if horizon_years == 0 {
        return Err(Gap::Zero("program.horizon_years"));
    }
    Ok(Money(now.0 + (target.0 - now.0) / f64::from(horizon_years)))
}

/// Now (the end of the year before the program year), then each year to `end`.
fn target_path(
    now: Money,
    target: Money,
    end: i32,
    horizon: u32,
    forecast: Option<Money>,
) -> Vec<PathPoint> {
    let start = end - horizon as i32;
    (0..=horizon)
        .map(|k| PathPoint {
            year: start + k as i32,
            target: Money(now.0 + (target.0 - now.0) * f64::from(k) / f64::from(horizon)),
            forecast: if k == 0 {
                Some(now)
            } else if k == 1 {
                forecast
            } else {
                None
            },
        })
        .collect()
}

#[cfg(test)]
#[path = "economics_tests.rs"]
mod tests;
