//! The board's view as text, shared by the board pack's summary and the site's
//! dashboard: the headline sentence, the scorecard's cells, the asks and the risks in
//! business words (never a rule id or a file path). Numbers come from
//! `analysis::board` only.
//!
//! Amounts on one scorecard line are shown with the same unit and decimals, and the
//! variance is the difference of the two amounts as shown, so that a reader's
//! subtraction gives the figure printed beside them.

use crate::analysis::board::{Ask, Line, Metric, PlanSource, Risk, RiskKind, Status, Unit};
use crate::analysis::{Analysis, MatrixResult};
use crate::history::delta::Headline;
use crate::model::{Decision, Plan};
use crate::values::MoneyStyle;
use crate::values::{Date, Money, Percent};

/// One scorecard line as text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LineText {
    pub measure: String,
    /// How the plan is set (`key result: Sign 5 Platinum partners by 2027-09-30`).
    pub basis: String,
    pub actual: String,
    pub plan: String,
    pub variance: String,
    /// `▲ +$400K`, or empty without history.
    pub change: String,
    /// `On track`, `At risk`, `Off track`, or `No plan`.
    pub status: String,
    /// ● ▲ ■, or `–` without a plan.
    pub shape: String,
    /// `ok`, `warn`, `bad`, `neutral`.
    pub tone: String,
}

/// A decision the board is asked to take, as text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AskText {
    /// `D-007`, or the partner's name for a tier move.
    pub id: String,
    pub title: String,
    /// `Approve: PARTNER with Servicenow`, `Promote to Platinum`.
    pub recommendation: String,
    /// `the matrix supports PARTNER`.
    pub matrix: String,
    /// One sentence of rationale.
    pub rationale: String,
    /// Whether this is a decision (else a tier move, for approval).
    pub decision: bool,
}

/// A risk as text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RiskText {
    pub text: String,
    pub owner: String,
    /// `High`, `Medium`, `Low`.
    pub severity: String,
}

/// The meeting date in words: `20 January 2027`.
pub fn long_date(d: Date) -> String {
    format!("{} {} {}", d.0.day(), d.0.month(), d.0.year())
}

/// `30 Sep 2027`.
fn short_date(d: Date) -> String {
    let m = d.0.month().to_string();
    format!("{} {} {}", d.0.day(), &m[..3.min(m.len())], d.0.year())
}

/// The headline verdict in one sentence.
pub fn headline(plan: &Plan, a: &Analysis) -> String {
    let sym = plan.money_style();
    let year = plan.program.year;
    let statuses: Vec<Status> = a.board.lines.iter().filter_map(|l| l.status).collect();
    let off = statuses.iter().filter(|s| **s == Status::OffTrack).count();
    let risk = statuses.iter().filter(|s| **s == Status::AtRisk).count();
    let arr = a.board.line(Metric::PartnerArr);
    let lead = match arr {
        Some(l) => {
            let (actual, planned, diff) = trio(l.actual, l.plan.unwrap_or(0.0), sym);
            let verdict = l.status.map_or("Plan not set", Status::label);
            if l.actual >= l.plan.unwrap_or(0.0) {
                format!(
                    "{verdict}: partner-sourced ARR is forecast at {actual} for {year}, {} above this year's plan of {planned}",
                    diff.trim_start_matches(['+', '−'])
                )
            } else {
                let closes = match a.economics.forecast.closing_pipeline() {
                    Some(p) => format!(
                        "; {} more pipeline from active partners closes the gap",
                        p.display(sym)
                    ),
                    _ => String::new(),
                };
                format!(
                    "{verdict}: partner-sourced ARR is forecast at {actual} for {year}, {} behind this year's plan of {planned}{closes}",
                    diff.trim_start_matches(['+', '−'])
                )
            }
        }
        None => "This year's partner-sourced ARR plan cannot be computed (the forecast needs the thesis target, the win rate and partner-sourced ARR)".to_string(),
    };
    let rest = match (off, risk) {
        (0, 0) => "every other figure is on plan".to_string(),
        (o, r) => {
            let mut parts = Vec::new();
            if o > 0 {
                parts.push(format!("{} off track", crate::text::plural(o, "figure")));
            }
            if r > 0 {
                parts.push(format!("{} at risk", crate::text::plural(r, "figure")));
            }
            parts.join(" and ")
        }
    };
    let (d, t) = a.board.count_asks();
    let asks = match (d, t) {
        (0, 0) => "no decision is asked".to_string(),
        _ => {
            let mut parts = Vec::new();
            if d > 0 {
                parts.push(crate::text::plural(d, "decision"));
            }
            if t > 0 {
                parts.push(crate::text::plural(t, "tier move"));
            }
            format!("the board is asked for {}", parts.join(" and "))
        }
    };
    format!("{lead}. Scorecard: {rest}; {asks}.")
}

/// Amounts `a` and `b` in one unit and with the same decimals (1 to 3, the fewest
/// that give their difference two significant digits), and that difference as shown.
pub fn trio(a: f64, b: f64, sym: &MoneyStyle) -> (String, String, String) {
    let big = a.abs().max(b.abs());
    let (unit, suffix) = sym.unit_for(big);
    let mut decimals = 1;
    let round = |x: f64, d: i32| (x / unit * 10f64.powi(d)).round() / 10f64.powi(d);
    while decimals < 3 {
        let diff = (round(a, decimals) - round(b, decimals)).abs();
        if diff == 0.0 || diff >= 10f64.powi(1 - decimals) {
            break;
        }
        decimals += 1;
    }
    let d = decimals as usize;
    let show = |x: f64, signed: bool| {
        let sign = if x < 0.0 {
            "−"
        } else if signed && x > 0.0 {
            "+"
        } else {
            ""
        };
        sym.in_unit(sign, x.abs(), d, suffix)
    };
    let (ra, rb) = (round(a, decimals), round(b, decimals));
    if (ra == 0.0 && a != 0.0) || (rb == 0.0 && b != 0.0) {
        // one amount is too small for the other's unit ($24M beside $2.4B): each in its own
        let own = |x: f64| Money(x.abs()).display_with(sym, 2);
        let sign = if a < b {
            "−"
        } else if a > b {
            "+"
        } else {
            ""
        };
        return (own(a), own(b), format!("{sign}{}", own(a - b)));
    }
    let diff = ((ra - rb) * 10f64.powi(decimals)).round() / 10f64.powi(decimals);
    (show(ra, false), show(rb, false), show(diff, true))
}

fn measure(l: &Line, year: i32) -> String {
    match l.metric {
        Metric::PartnerArr => format!("Partner-sourced ARR, {year} forecast"),
        Metric::Pipeline => "Partner pipeline".into(),
        Metric::Share if l.source == PlanSource::Path => {
            format!("Partner share of ARR, {year} forecast")
        }
        Metric::Share => "Partner share of ARR".into(),
        Metric::Roi => "Program ROI".into(),
        Metric::Platinum => "Platinum partners signed".into(),
        Metric::Okrs => "Average OKR progress".into(),
        Metric::Roadmap => "Roadmap items done".into(),
    }
}

fn basis(l: &Line, a: &Analysis, sym: &MoneyStyle) -> String {
    let e = &a.economics;
    match &l.source {
        PlanSource::Path if l.metric == Metric::Share => {
            "forecast and plan ÷ company ARR on its straight path to the target".into()
        }
        PlanSource::Path => match (e.forecast.thesis_target, e.forecast.target_year) {
            (Ok(t), Ok(y)) => format!(
                "forecast = ARR now + win rate × pipeline; plan = the path to {} by {y}",
                t.display(sym)
            ),
            _ => "the thesis path".into(),
        },
        PlanSource::KeyResult(text) => format!("key result: {text}"),
        PlanSource::Coverage => {
            "the pipeline that closes this year's ARR plan at the win rate".into()
        }
        PlanSource::BreakEven => "plan: return at least the program's cost".into(),
        PlanSource::YearEnd => "every measured key result at target by year end".into(),
        PlanSource::Roadmap => {
            let risk = if l.at_risk > 0 {
                format!("; {} at risk", l.at_risk)
            } else {
                String::new()
            };
            format!("plan = items due by the meeting{risk}")
        }
    }
}

/// The scorecard line as text, with its change since the last board meeting.
pub fn line(l: &Line, plan: &Plan, a: &Analysis, since: Option<&Headline>) -> LineText {
    let sym = plan.money_style();
    let expected = l.expected.unwrap_or(0.0);
    let diff = l.variance().unwrap_or(0.0);
    let pct = l
        .variance_pct()
        .map_or(String::new(), |p| format!(" ({})", signed_percent(p)));
    let (actual, expected_text, variance) = match l.metric.unit() {
        Unit::Money => {
            let (x, e, v) = trio(l.actual, expected, sym);
            (x, e, format!("{v}{pct}"))
        }
        Unit::Percent => (
            true_minus(Percent(l.actual).display()),
            true_minus(Percent(expected).display()),
            format!("{} pts", signed_number(diff, 1)),
        ),
        Unit::Count => (
            count_text(l.actual),
            count_text(expected),
            format!("{}{pct}", signed_number(diff, 1)),
        ),
    };
    let plan_text = plan_cell(l, &expected_text, sym);
    let actual = match l.metric {
        Metric::Roadmap => format!("{actual} of {}", count_text(l.plan.unwrap_or(0.0))),
        _ => actual,
    };
    let status = l.status;
    LineText {
        measure: measure(l, plan.program.year),
        basis: basis(l, a, sym),
        actual,
        plan: plan_text,
        variance,
        change: since.and_then(|h| change(l.metric, h)).unwrap_or_default(),
        status: status.map_or("No plan", Status::label).into(),
        shape: status.map_or("–", Status::shape).into(),
        tone: status.map_or("neutral", Status::tone).into(),
    }
}

/// The plan cell: the figure expected by the meeting, and the year's plan when the
/// two differ (`1.2 now · 5 by 30 Sep 2027`).
fn plan_cell(l: &Line, expected: &str, sym: &MoneyStyle) -> String {
    let year_end = l.plan.unwrap_or(0.0);
    if l.expected == l.plan {
        return match l.metric {
            Metric::Roi => "≥ 0% (break even)".into(),
            _ => expected.to_string(),
        };
    }
    let full = match l.metric.unit() {
        Unit::Money => Money(year_end).display_with(sym, 2),
        Unit::Percent => Percent(year_end).display(),
        Unit::Count => count_text(year_end),
    };
    let by = l
        .due
        .map_or("year end".to_string(), |d| format!("by {}", short_date(d)));
    format!("{expected} due now · {full} {by}")
}

fn change(m: Metric, h: &Headline) -> Option<String> {
    let d = match m {
        Metric::PartnerArr => h.forecast.as_ref(),
        Metric::Pipeline => h.pipeline.as_ref(),
        // snapshots do not keep the share
        Metric::Share => None,
        Metric::Roi => h.roi.as_ref(),
        Metric::Platinum => Some(&h.platinum),
        Metric::Okrs => h.okr_progress.as_ref(),
        Metric::Roadmap => h.roadmap_done.as_ref(),
    }?;
    Some(d.text.clone())
}

/// A leading hyphen-minus as a true minus (`−26.8%`).
fn true_minus(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => s,
    }
}

fn count_text(x: f64) -> String {
    if (x - x.round()).abs() < 0.05 {
        format!("{}", x.round())
    } else {
        format!("{x:.1}")
    }
}

/// `+2.5`, `−1.1` (a true minus), `0`.
pub fn signed_number(x: f64, decimals: usize) -> String {
    let r = (x * 10f64.powi(decimals as i32)).round() / 10f64.powi(decimals as i32);
    if r == 0.0 {
        return "0".into();
    }
    let body = format!("{:.decimals$}", r.abs());
    let body = if body.contains('.') {
        body.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        body
    };
    format!("{}{body}", if r < 0.0 { "−" } else { "+" })
}

fn signed_percent(x: f64) -> String {
    format!("{}%", signed_number(x, 1))
}

/// Every ask as text, decisions first.
pub fn asks(plan: &Plan, a: &Analysis) -> Vec<AskText> {
    a.board
        .asks
        .iter()
        .filter_map(|ask| match ask {
            Ask::Decision(k) => {
                let d = plan.decisions.get(*k)?;
                Some(decision_ask(plan, d, a.decisions.get(*k)?))
            }
            Ask::TierMove(k) => {
                let c = a.tier_review.get(*k)?;
                let p = plan.partners.get(c.partner)?;
                let verb = if c.is_promotion() {
                    "Promote"
                } else {
                    "Move down"
                };
                Some(AskText {
                    id: p.name.clone(),
                    title: format!("Tier review: {} → {}", c.from.label(), c.to.label()),
                    recommendation: format!("{verb} to {}", c.to.label()),
                    matrix: "the tier framework supports it".into(),
                    rationale: capitalise(&c.reasons.join("; ")),
                    decision: false,
                })
            }
        })
        .collect()
}

fn decision_ask(plan: &Plan, d: &Decision, m: &MatrixResult) -> AskText {
    let with = d
        .partner_considered
        .as_deref()
        .and_then(|id| plan.partner(id))
        .map_or(String::new(), |p| format!(" with {}", p.name));
    let matrix = if m.supports(d.decision) {
        format!("the matrix supports {}", d.decision.as_str())
    } else if m.supported.is_empty() {
        "the matrix supports no option: the criteria need review".into()
    } else {
        let s: Vec<&str> = m.supported.iter().map(|k| k.as_str()).collect();
        format!("the matrix points to {} instead", s.join(" or "))
    };
    AskText {
        id: d.id.clone(),
        title: d.title.clone(),
        recommendation: format!("Approve: {}{with}", d.decision.as_str()),
        matrix,
        rationale: first_sentence(&crate::text::plain_text(&d.rationale.text)),
        decision: true,
    }
}

fn first_sentence(text: &str) -> String {
    let t = text.trim();
    let end = t
        .char_indices()
        .find(|(i, c)| {
            matches!(c, '.' | '!' | '?')
                && t[i + c.len_utf8()..].starts_with(|n: char| n.is_whitespace())
        })
        .map_or(t.len(), |(i, c)| i + c.len_utf8());
    t[..end].to_string()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// A risk in business words, with its owner.
pub fn risk(plan: &Plan, a: &Analysis, r: &Risk) -> RiskText {
    let text = match &r.kind {
        RiskKind::RoadmapOverdue {
            quarter,
            item,
            days,
        } => roadmap_item(plan, *quarter, *item).map_or_else(String::new, |t| {
            format!("Q{} roadmap item “{t}” is {} overdue", quarter + 1, days_text(*days))
        }),
        RiskKind::RoadmapAtRisk { quarter, item } => roadmap_item(plan, *quarter, *item)
            .map_or_else(String::new, |t| {
                format!("Q{} roadmap item “{t}” is at risk", quarter + 1)
            }),
        RiskKind::OkrBehind {
            objective,
            key_result,
            progress,
            expected,
        } => plan
            .objectives
            .get(*objective)
            .and_then(|o| o.key_results.get(*key_result))
            .map_or_else(String::new, |kr| {
                format!(
                    "Key result “{}” is {} of the way against {} expected by now",
                    kr.text,
                    Percent(progress * 100.0).display_with(0),
                    Percent(expected * 100.0).display_with(0)
                )
            }),
        RiskKind::LockedTarget { partner } => plan.partners.get(*partner).map_or_else(
            String::new,
            |p| {
                let by = a.partners[*partner]
                    .holdings
                    .iter()
                    .find(|h| h.locked)
                    .map(|h| h.competitor_name.clone())
                    .or_else(|| {
                        let id = p.locked_to.as_deref()?;
                        let name = plan.competitors.iter().find(|c| c.id == id).map(|c| c.name.clone());
                        Some(name.unwrap_or_else(|| id.to_string()))
                    })
                    .unwrap_or_else(|| "a competitor".into());
                format!(
                    "{} (priority target, score {}) is locked to {by}: approach its adjacent partners instead",
                    p.name,
                    crate::values::score(a.partners[*partner].score)
                )
            },
        ),
        RiskKind::BelowTier {
            partner,
            certified_short,
            commitments,
        } => plan.partners.get(*partner).map_or_else(String::new, |p| {
            let mut gaps = Vec::new();
            if *certified_short > 0 {
                gaps.push(format!(
                    "{} more certified {}",
                    certified_short,
                    if *certified_short == 1 { "individual" } else { "individuals" }
                ));
            }
            if *commitments {
                gaps.push("the tier's commitments".into());
            }
            format!(
                "{} does not meet the {} requirements: needs {}",
                p.name,
                p.tier.label(),
                gaps.join(" and ")
            )
        }),
        RiskKind::PamOverloaded { pam, partners, max } => format!(
            "Partner manager {pam} carries {partners} Gold partners, more than the {max} the tier promises"
        ),
        RiskKind::DecisionReview { decision, days } => plan.decisions.get(*decision).map_or_else(
            String::new,
            |d| format!("{} “{}” is {} past its review date", d.id, d.title, days_text(*days)),
        ),
    };
    RiskText {
        text,
        owner: r.owner.clone().unwrap_or_else(|| "not named".into()),
        severity: match r.severity {
            crate::analysis::board::Severity::High => "High",
            crate::analysis::board::Severity::Medium => "Medium",
            crate::analysis::board::Severity::Low => "Low",
        }
        .into(),
    }
}

fn roadmap_item(plan: &Plan, q: usize, k: usize) -> Option<String> {
    Some(
        plan.roadmap
            .as_ref()?
            .quarters
            .get(q)?
            .items
            .get(k)?
            .title
            .clone(),
    )
}

fn days_text(days: i64) -> String {
    if days >= 60 {
        format!("{} months", days / 30)
    } else {
        crate::text::plural(days.max(0) as usize, "day")
    }
}

/// The purpose line of the cover: `For decision: 1 · For approval: 2 tier moves · For
/// noting: scorecard, 5 risks`.
pub fn purpose(a: &Analysis) -> String {
    let (d, t) = a.board.count_asks();
    let mut parts = Vec::new();
    parts.push(format!(
        "For decision: {}",
        if d == 0 {
            "none".to_string()
        } else {
            crate::text::plural(d, "item")
        }
    ));
    if t > 0 {
        parts.push(format!(
            "For approval: {}",
            crate::text::plural(t, "tier move")
        ));
    }
    parts.push(format!(
        "For noting: the scorecard and {}",
        crate::text::plural(a.board.top_risks().len(), "risk")
    ));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variance_is_the_difference_of_the_amounts_shown() {
        let (a, b, d) = trio(
            8_864_500.0,
            9_066_667.0,
            &crate::values::MoneyStyle::plain("$"),
        );
        assert_eq!(
            (a.as_str(), b.as_str(), d.as_str()),
            ("$8.86M", "$9.07M", "−$0.21M")
        );
        let (a, b, d) = trio(
            16_500_000.0,
            24_000_000.0,
            &crate::values::MoneyStyle::plain("$"),
        );
        assert_eq!(
            (a.as_str(), b.as_str(), d.as_str()),
            ("$16.5M", "$24.0M", "−$7.5M")
        );
        let (a, b, d) = trio(
            9_100_000.0,
            9_100_000.0,
            &crate::values::MoneyStyle::plain("€"),
        );
        assert_eq!(
            (a.as_str(), b.as_str(), d.as_str()),
            ("€9.1M", "€9.1M", "€0.0M")
        );
        // an amount too small for the other's unit is shown in its own
        let (a, b, d) = trio(
            2_400_000_000.0,
            24_000_000.0,
            &crate::values::MoneyStyle::plain("$"),
        );
        assert_eq!(
            (a.as_str(), b.as_str(), d.as_str()),
            ("$2.4B", "$24M", "+$2.38B")
        );
    }

    #[test]
    fn signed_numbers_use_a_true_minus() {
        assert_eq!(signed_number(-1.1, 1), "−1.1");
        assert_eq!(signed_number(2.0, 1), "+2");
        assert_eq!(signed_number(0.01, 1), "0");
    }

    #[test]
    fn first_sentence_stops_at_the_first_full_stop() {
        assert_eq!(first_sentence("We partner. It is cheaper."), "We partner.");
        assert_eq!(first_sentence("Version 2.5 ships"), "Version 2.5 ships");
    }
}
