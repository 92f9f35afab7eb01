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
use crate::i18n::formats::DateStyle;
use crate::i18n::{args, Lang};
use crate::model::{Decision, DecisionKind, Plan};
use crate::render::reasons;
use crate::values::MoneyStyle;
use crate::values::{Date, Money};

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

/// The meeting date in words: `January 20, 2027`, `20. Januar 2027`.
pub fn long_date(d: Date, lang: &Lang) -> String {
    lang.fmt.date(d, DateStyle::Long)
}

/// `Sep 30, 2027`, `30.09.2027`.
fn short_date(d: Date, lang: &Lang) -> String {
    lang.fmt.date(d, DateStyle::Medium)
}

/// The headline verdict in one sentence.
pub fn headline(plan: &Plan, a: &Analysis, lang: &Lang) -> String {
    let sym = plan.money_style();
    let year = plan.program.year.to_string();
    let statuses: Vec<Status> = a.board.lines.iter().filter_map(|l| l.status).collect();
    let off = statuses.iter().filter(|s| **s == Status::OffTrack).count();
    let risk = statuses.iter().filter(|s| **s == Status::AtRisk).count();
    let arr = a.board.line(Metric::PartnerArr);
    let lead = match arr {
        Some(l) => {
            let (actual, planned, diff) = trio(l.actual, l.plan.unwrap_or(0.0), sym);
            let verdict = l.status.map_or_else(
                || lang.t("s_headline_plan_not_set").into_owned(),
                |s| reasons::status(s, lang),
            );
            let diff = diff.trim_start_matches(['+', '−']).to_string();
            let closing = a.economics.forecast.closing_pipeline();
            let id = if l.actual >= l.plan.unwrap_or(0.0) {
                "s_headline_above"
            } else if closing.is_some() {
                "s_headline_behind_closing"
            } else {
                "s_headline_behind"
            };
            lang.f(
                id,
                &args(&[
                    ("verdict", verdict.into()),
                    ("actual", actual.into()),
                    ("year", year.as_str().into()),
                    ("diff", diff.into()),
                    ("plan", planned.into()),
                    (
                        "pipeline",
                        closing.map_or_else(String::new, |p| p.display(sym)).into(),
                    ),
                ]),
            )
        }
        None => lang.t("s_headline_no_forecast").into_owned(),
    };
    let rest = match (off, risk) {
        (0, 0) => lang.t("s_headline_all_on_plan").into_owned(),
        (o, 0) => lang.f("s_headline_off_track", &args(&[("off", o.into())])),
        (0, r) => lang.f("s_headline_at_risk", &args(&[("risk", r.into())])),
        (o, r) => lang.f(
            "s_headline_off_and_at_risk",
            &args(&[("off", o.into()), ("risk", r.into())]),
        ),
    };
    let asks = match a.board.count_asks() {
        (0, 0) => lang.t("s_headline_no_ask").into_owned(),
        (d, 0) => lang.f(
            "s_headline_asks_decisions",
            &args(&[("decisions", d.into())]),
        ),
        (0, t) => lang.f("s_headline_asks_moves", &args(&[("moves", t.into())])),
        (d, t) => lang.f(
            "s_headline_asks_both",
            &args(&[("decisions", d.into()), ("moves", t.into())]),
        ),
    };
    lang.f(
        "s_headline",
        &args(&[
            ("lead", lead.into()),
            ("rest", rest.into()),
            ("asks", asks.into()),
        ]),
    )
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

fn measure(l: &Line, year: i32, lang: &Lang) -> String {
    let id = match l.metric {
        Metric::PartnerArr => "s_measure_arr",
        Metric::Pipeline => "s_measure_pipeline",
        Metric::Share if l.source == PlanSource::Path => "s_measure_share_forecast",
        Metric::Share => "s_measure_share",
        Metric::Roi => "s_measure_roi",
        Metric::Platinum => "s_measure_platinum",
        Metric::Okrs => "s_measure_okrs",
        Metric::Roadmap => "s_measure_roadmap",
    };
    lang.f(id, &args(&[("year", year.to_string().into())]))
}

fn basis(l: &Line, a: &Analysis, sym: &MoneyStyle, lang: &Lang) -> String {
    let e = &a.economics;
    match &l.source {
        PlanSource::Path if l.metric == Metric::Share => lang.t("s_basis_share_path").into_owned(),
        PlanSource::Path => match (e.forecast.thesis_target, e.forecast.target_year) {
            (Ok(t), Ok(y)) => lang.f(
                "s_basis_arr_path",
                &args(&[
                    ("target", t.display(sym).into()),
                    ("year", y.to_string().into()),
                ]),
            ),
            _ => lang.t("s_basis_thesis_path").into_owned(),
        },
        PlanSource::KeyResult(text) => lang.f(
            "s_basis_key_result",
            &args(&[("text", text.as_str().into())]),
        ),
        PlanSource::Coverage => lang.t("s_basis_coverage").into_owned(),
        PlanSource::BreakEven => lang.t("s_basis_break_even").into_owned(),
        PlanSource::YearEnd => lang.t("s_basis_year_end").into_owned(),
        PlanSource::Roadmap if l.at_risk > 0 => {
            lang.f("s_basis_roadmap_at_risk", &args(&[("n", l.at_risk.into())]))
        }
        PlanSource::Roadmap => lang.t("s_basis_roadmap").into_owned(),
    }
}

/// The scorecard line as text, with its change since the last board meeting.
pub fn line(
    l: &Line,
    plan: &Plan,
    a: &Analysis,
    since: Option<&Headline>,
    lang: &Lang,
) -> LineText {
    let sym = plan.money_style();
    let expected = l.expected.unwrap_or(0.0);
    let diff = l.variance().unwrap_or(0.0);
    let pct = l
        .variance_pct()
        .map_or(String::new(), |p| format!(" ({})", signed_percent(p, lang)));
    let (actual, expected_text, variance) = match l.metric.unit() {
        Unit::Money => {
            let (x, e, v) = trio(l.actual, expected, sym);
            (x, e, format!("{v}{pct}"))
        }
        Unit::Percent => (
            true_minus(lang.fmt.percent(l.actual, 1)),
            true_minus(lang.fmt.percent(expected, 1)),
            lang.f(
                "s_points",
                &args(&[("n", signed_number(diff, 1, lang).into())]),
            ),
        ),
        Unit::Count => (
            count_text(l.actual, lang),
            count_text(expected, lang),
            format!("{}{pct}", signed_number(diff, 1, lang)),
        ),
    };
    let plan_text = plan_cell(l, &expected_text, sym, lang);
    let actual = match l.metric {
        Metric::Roadmap => lang.f(
            "s_line_of",
            &args(&[
                ("actual", actual.into()),
                ("total", count_text(l.plan.unwrap_or(0.0), lang).into()),
            ]),
        ),
        _ => actual,
    };
    let status = l.status;
    LineText {
        measure: measure(l, plan.program.year, lang),
        basis: basis(l, a, sym, lang),
        actual,
        plan: plan_text,
        variance,
        change: since.and_then(|h| change(l.metric, h)).unwrap_or_default(),
        status: status.map_or_else(
            || lang.t("s_no_plan").into_owned(),
            |s| reasons::status(s, lang),
        ),
        shape: status.map_or("–", Status::shape).into(),
        tone: status.map_or("neutral", Status::tone).into(),
    }
}

/// The plan cell: the figure expected by the meeting, and the year's plan when the
/// two differ (`1.2 due now · 5 by Sep 30, 2027`).
fn plan_cell(l: &Line, expected: &str, sym: &MoneyStyle, lang: &Lang) -> String {
    let year_end = l.plan.unwrap_or(0.0);
    if l.expected == l.plan {
        return match l.metric {
            Metric::Roi => lang.f(
                "s_plan_break_even",
                &args(&[("zero", lang.fmt.percent(0.0, 1).into())]),
            ),
            _ => expected.to_string(),
        };
    }
    let full = match l.metric.unit() {
        Unit::Money => Money(year_end).display_with(sym, 2),
        Unit::Percent => lang.fmt.percent(year_end, 1),
        Unit::Count => count_text(year_end, lang),
    };
    match l.due {
        Some(d) => lang.f(
            "s_plan_due_by",
            &args(&[
                ("expected", expected.into()),
                ("full", full.into()),
                ("date", short_date(d, lang).into()),
            ]),
        ),
        None => lang.f(
            "s_plan_due_year_end",
            &args(&[("expected", expected.into()), ("full", full.into())]),
        ),
    }
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

fn count_text(x: f64, lang: &Lang) -> String {
    if (x - x.round()).abs() < 0.05 {
        true_minus(lang.fmt.number(x.round(), 0))
    } else {
        true_minus(lang.fmt.number(x, 1))
    }
}

/// `+2.5`, `−1.1` (a true minus), `0`, in the locale's digits.
pub fn signed_number(x: f64, decimals: usize, lang: &Lang) -> String {
    let r = (x * 10f64.powi(decimals as i32)).round() / 10f64.powi(decimals as i32);
    if r == 0.0 {
        return lang.fmt.number(0.0, 0);
    }
    let body = lang.fmt.number_trim(r.abs(), decimals);
    format!("{}{body}", if r < 0.0 { "−" } else { "+" })
}

/// `+2.5%`, `−1.1 %`.
fn signed_percent(x: f64, lang: &Lang) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r == 0.0 {
        return lang.fmt.percent(0.0, 1);
    }
    let body = lang.fmt.percent(r.abs(), 1);
    format!("{}{body}", if r < 0.0 { "−" } else { "+" })
}

/// The words of the matrix's outcomes: `BUILD`, `PARTNER`, `ACQUIRE`.
fn kind_word(k: DecisionKind, lang: &Lang) -> String {
    let id = match k {
        DecisionKind::Build => "s_matrix_build",
        DecisionKind::Partner => "s_matrix_partner",
        DecisionKind::Acquire => "s_matrix_acquire",
    };
    lang.t(id).into_owned()
}

/// Every ask as text, decisions first.
pub fn asks(plan: &Plan, a: &Analysis, lang: &Lang) -> Vec<AskText> {
    a.board
        .asks
        .iter()
        .filter_map(|ask| match ask {
            Ask::Decision(k) => {
                let d = plan.decisions.get(*k)?;
                Some(decision_ask(plan, d, a.decisions.get(*k)?, lang))
            }
            Ask::TierMove(k) => {
                let c = a.tier_review.get(*k)?;
                let p = plan.partners.get(c.partner)?;
                let (from, to) = (reasons::tier(c.from, lang), reasons::tier(c.to, lang));
                let verb = if c.is_promotion() {
                    "s_ask_promote"
                } else {
                    "s_ask_move_down"
                };
                let why = reasons::tier_reasons(c, plan, lang);
                Some(AskText {
                    id: p.name.clone(),
                    title: lang.f(
                        "s_ask_tier_title",
                        &args(&[("from", from.into()), ("to", to.as_str().into())]),
                    ),
                    recommendation: lang.f(verb, &args(&[("tier", to.into())])),
                    matrix: lang.t("s_ask_tier_supports").into_owned(),
                    rationale: capitalise(&why.join(&lang.t("s_reason_sep"))),
                    decision: false,
                })
            }
        })
        .collect()
}

fn decision_ask(plan: &Plan, d: &Decision, m: &MatrixResult, lang: &Lang) -> AskText {
    let with = d
        .partner_considered
        .as_deref()
        .and_then(|id| plan.partner(id));
    let kind = kind_word(d.decision, lang);
    let matrix = if m.supports(d.decision) {
        lang.f(
            "s_ask_matrix_supports",
            &args(&[("kind", kind.as_str().into())]),
        )
    } else if m.supported.is_empty() {
        lang.t("s_ask_matrix_none").into_owned()
    } else {
        let s: Vec<String> = m.supported.iter().map(|k| kind_word(*k, lang)).collect();
        lang.f(
            "s_ask_matrix_points",
            &args(&[("kinds", reasons::or_list(&s, lang).into())]),
        )
    };
    let recommendation = match with {
        Some(p) => lang.f(
            "s_ask_approve_with",
            &args(&[("kind", kind.into()), ("partner", p.name.as_str().into())]),
        ),
        None => lang.f("s_ask_approve", &args(&[("kind", kind.into())])),
    };
    AskText {
        id: d.id.clone(),
        title: d.title.clone(),
        recommendation,
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
            matches!(c, '.' | '!' | '?' | '。')
                && (*c == '。' || t[i + c.len_utf8()..].starts_with(|n: char| n.is_whitespace()))
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
pub fn risk(plan: &Plan, a: &Analysis, r: &Risk, lang: &Lang) -> RiskText {
    let text = match &r.kind {
        RiskKind::RoadmapOverdue {
            quarter,
            item,
            days,
        } => roadmap_item(plan, *quarter, *item).map_or_else(String::new, |t| {
            lang.f(
                "s_risk_roadmap_overdue",
                &args(&[
                    ("quarter", (quarter + 1).into()),
                    ("item", t.into()),
                    ("late", days_text(*days, lang).into()),
                ]),
            )
        }),
        RiskKind::RoadmapAtRisk { quarter, item } => roadmap_item(plan, *quarter, *item)
            .map_or_else(String::new, |t| {
                lang.f(
                    "s_risk_roadmap_at_risk",
                    &args(&[("quarter", (quarter + 1).into()), ("item", t.into())]),
                )
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
                lang.f(
                    "s_risk_okr_behind",
                    &args(&[
                        ("kr", kr.text.as_str().into()),
                        ("progress", lang.fmt.percent(progress * 100.0, 0).into()),
                        ("expected", lang.fmt.percent(expected * 100.0, 0).into()),
                    ]),
                )
            }),
        RiskKind::LockedTarget { partner } => {
            plan.partners.get(*partner).map_or_else(String::new, |p| {
                let by = a.partners[*partner]
                    .holdings
                    .iter()
                    .find(|h| h.locked)
                    .map(|h| h.competitor_name.clone())
                    .or_else(|| {
                        let id = p.locked_to.as_deref()?;
                        let name = plan
                            .competitors
                            .iter()
                            .find(|c| c.id == id)
                            .map(|c| c.name.clone());
                        Some(name.unwrap_or_else(|| id.to_string()))
                    })
                    .unwrap_or_else(|| lang.t("s_risk_a_competitor").into_owned());
                lang.f(
                    "s_risk_locked",
                    &args(&[
                        ("partner", p.name.as_str().into()),
                        (
                            "score",
                            lang.fmt.number(a.partners[*partner].score, 2).into(),
                        ),
                        ("competitor", by.into()),
                    ]),
                )
            })
        }
        RiskKind::BelowTier {
            partner,
            certified_short,
            commitments,
        } => plan.partners.get(*partner).map_or_else(String::new, |p| {
            let id = match (*certified_short > 0, *commitments) {
                (true, true) => "s_risk_below_tier_both",
                (true, false) => "s_risk_below_tier_certified",
                _ => "s_risk_below_tier_commitments",
            };
            let tier = p
                .tier
                .tier()
                .map_or_else(|| lang.word("tier", "prospect"), |t| reasons::tier(t, lang));
            lang.f(
                id,
                &args(&[
                    ("partner", p.name.as_str().into()),
                    ("tier", tier.into()),
                    ("n", (*certified_short).into()),
                ]),
            )
        }),
        RiskKind::PamOverloaded { pam, partners, max } => lang.f(
            "s_risk_pam_overloaded",
            &args(&[
                ("pam", pam.as_str().into()),
                ("n", (*partners).into()),
                ("max", (*max).into()),
                ("tier", lang.word("tier", "gold").into()),
            ]),
        ),
        RiskKind::DecisionReview { decision, days } => {
            plan.decisions.get(*decision).map_or_else(String::new, |d| {
                lang.f(
                    "s_risk_decision_review",
                    &args(&[
                        ("id", d.id.as_str().into()),
                        ("title", d.title.as_str().into()),
                        ("late", days_text(*days, lang).into()),
                    ]),
                )
            })
        }
    };
    RiskText {
        text,
        owner: r
            .owner
            .clone()
            .unwrap_or_else(|| lang.t("s_owner_not_named").into_owned()),
        severity: reasons::severity(r.severity, lang),
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

/// `3 days`, `2 months` (from 60 days on).
fn days_text(days: i64, lang: &Lang) -> String {
    if days >= 60 {
        lang.f("s_months", &args(&[("n", (days / 30).into())]))
    } else {
        lang.f("s_days", &args(&[("n", days.max(0).into())]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variance_is_the_difference_of_the_amounts_shown() {
        let shown = |a: f64, b: f64, sign: &str| {
            let (a, b, d) = trio(a, b, &crate::values::MoneyStyle::plain(sign));
            [a, b, d]
        };
        assert_eq!(
            shown(8_864_500.0, 9_066_667.0, "$"),
            ["$8.86M", "$9.07M", "−$0.21M"]
        );
        assert_eq!(
            shown(16_500_000.0, 24_000_000.0, "$"),
            ["$16.5M", "$24.0M", "−$7.5M"]
        );
        assert_eq!(
            shown(9_100_000.0, 9_100_000.0, "€"),
            ["€9.1M", "€9.1M", "€0.0M"]
        );
        // an amount too small for the other's unit is shown in its own
        assert_eq!(
            shown(2_400_000_000.0, 24_000_000.0, "$"),
            ["$2.4B", "$24M", "+$2.38B"]
        );
    }

    #[test]
    fn signed_numbers_use_a_true_minus() {
        let en = crate::render::reasons::test_lang("en-US");
        assert_eq!(signed_number(-1.1, 1, &en), "−1.1");
        assert_eq!(signed_number(2.0, 1, &en), "+2");
        assert_eq!(signed_number(0.01, 1, &en), "0");
        let de = crate::render::reasons::test_lang("de-DE");
        assert_eq!(signed_number(-1.1, 1, &de), "−1,1");
        assert_eq!(signed_percent(-26.84, &de), "−26,8\u{a0}%");
    }

    #[test]
    fn first_sentence_stops_at_the_first_full_stop() {
        assert_eq!(first_sentence("We partner. It is cheaper."), "We partner.");
        assert_eq!(first_sentence("Version 2.5 ships"), "Version 2.5 ships");
    }
}
