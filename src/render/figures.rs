//! The program-economics figures as text, shared by every output: the site's economics
//! page, dashboard and thesis page, and the board pack format [`Economics`] only
//! through these functions, so a figure reads the same (same rounding, same "not
//! given") everywhere. Amounts go through `Money::display`, percents through
//! `Percent::display`.

use crate::analysis::board::{Metric, Status};
use crate::analysis::{Analysis, Economics, Figure, Gap, PathPoint};
use crate::model::Plan;
use crate::values::MoneyStyle;
use crate::values::{Money, Percent};

/// An amount that enters a total or a ratio shown beside it (program cost, return,
/// CAC), with up to two decimals in its unit (`$2.05M`) so that the reader's arithmetic
/// reproduces the total and the ROI; or `not given` / `not computable`.
pub fn money(f: Figure<Money>, sym: &MoneyStyle) -> String {
    f.map_or_else(|g| g.label().to_string(), |m| amount(m, sym))
}

/// An amount with up to two decimals in its unit (`$2.05M`, `$76.9K`).
pub fn amount(m: Money, sym: &MoneyStyle) -> String {
    m.display_with(sym, 2)
}

/// A percentage with at most one decimal (`21.2%`), or the gap's label.
pub fn percent(f: Figure<f64>) -> String {
    f.map_or_else(|g| g.label().to_string(), |p| Percent(p).display())
}

/// What would give a missing figure (`set `program.gross_margin``); `None` when given.
pub fn gap<T>(f: &Figure<T>) -> Option<String> {
    f.as_ref().err().map(|g| Gap::reason(*g))
}

/// A cost line's name as a label: `partner_marketing` → `Partner marketing`.
pub fn cost_line(name: &str) -> String {
    let s = name.replace(['_', '-'], " ");
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// `End of 2027`, or `Now` for the start of the program year.
pub fn path_year(p: &PathPoint, program_year: i32) -> String {
    if p.year < program_year {
        "Now".to_string()
    } else {
        format!("End of {}", p.year)
    }
}

/// The on-track verdict in a word or two: the board status of this year's
/// partner-sourced ARR forecast (`On track`, `At risk`, `Off track`, by
/// `board.status`), or the gap.
pub fn verdict_label(a: &Analysis) -> String {
    match (verdict_status(a), &a.economics.forecast.verdict) {
        (Some(s), _) => s.label().into(),
        (None, Err(g)) => g.label().into(),
        (None, Ok(_)) => "not computable".into(),
    }
}

/// The status of this year's forecast, as the board summary's scorecard gives it.
pub fn verdict_status(a: &Analysis) -> Option<Status> {
    a.board.line(Metric::PartnerArr).and_then(|l| l.status)
}

/// The verdict in a sentence, naming both figures and the shortfall.
pub fn verdict_sentence(a: &Analysis, plan: &Plan) -> String {
    let e = &a.economics;
    let word = verdict_label(a);
    let sym = plan.money_style();
    let f = &e.forecast;
    let year = plan.program.year;
    let target = match (f.thesis_target, f.target_year) {
        (Ok(t), Ok(y)) => format!(
            ", on the path to the thesis target of {} by the end of {y}",
            t.display(sym)
        ),
        _ => String::new(),
    };
    match f.verdict {
        Ok(v) if v.on_track() => format!(
            "{word}: the {year} forecast of {} partner-sourced ARR reaches the {} required this year{target}.",
            amount(v.forecast, sym),
            amount(v.required, sym)
        ),
        Ok(v) => format!(
            "{word}: the {year} forecast of {} partner-sourced ARR is {} short of the {} required this year{target}.",
            amount(v.forecast, sym),
            v.shortfall().display(sym),
            amount(v.required, sym)
        ),
        Err(g) => format!("The forecast cannot be computed: {}.", g.describe()),
    }
}

/// How the forecast is made: `$3.1M now + 35% of $16.5M pipeline`.
pub fn forecast_basis(e: &Economics, sym: &MoneyStyle) -> Option<String> {
    let f = &e.forecast;
    let (now, win) = (e.partner_arr.ok()?, f.win_rate.ok()?);
    Some(format!(
        "{} now + {} of {} pipeline",
        now.display(sym),
        Percent(win).display(),
        f.pipeline.display(sym)
    ))
}

/// ROI in a sentence: return, cost and the result.
pub fn roi_sentence(e: &Economics, sym: &MoneyStyle) -> String {
    match (e.returns, e.program_cost, e.roi) {
        (Ok(r), Ok(c), Ok(roi)) => format!(
            "The program returns {} of gross profit on partner-sourced ARR for a cost of {}: an ROI of {}.",
            amount(r, sym),
            amount(c, sym),
            Percent(roi).display()
        ),
        (_, _, Err(g)) => format!("ROI cannot be computed: {}.", g.describe()),
        _ => String::new(),
    }
}

/// Partner CAC beside direct CAC: `$39.4K per customer against $45K direct`.
pub fn cac_comparison(e: &Economics, sym: &MoneyStyle) -> String {
    match (e.partner_cac, e.direct_cac) {
        (Ok(p), Ok(d)) => {
            let word = if p.0 <= d.0 { "below" } else { "above" };
            format!(
                "{} per partner-sourced customer, {word} the {} of direct sales",
                p.display(sym),
                d.display(sym)
            )
        }
        (Ok(p), Err(g)) => format!(
            "{} per partner-sourced customer; direct CAC {}",
            p.display(sym),
            g.describe()
        ),
        (Err(g), _) => format!("partner CAC {}", g.describe()),
    }
}
