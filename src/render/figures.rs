//! The program-economics figures as text, shared by every output: the site's economics
//! page, dashboard and thesis page, and the board pack format [`Economics`] only
//! through these functions, so a figure reads the same (same rounding, same "not
//! given") everywhere, in the plan's language. Amounts go through `Money::display`
//! with the plan's `MoneyStyle`, percents through `lang.fmt.percent`.

use crate::analysis::board::{Metric, Status};
use crate::analysis::{Analysis, Economics, Figure, Gap, PathPoint};
use crate::i18n::{args, Lang};
use crate::model::Plan;
use crate::render::reasons;
use crate::values::Money;
use crate::values::MoneyStyle;

/// An amount that enters a total or a ratio shown beside it (program cost, return,
/// CAC), with up to two decimals in its unit (`$2.05M`) so that the reader's arithmetic
/// reproduces the total and the ROI; or `not given` / `not computable`.
pub fn money(f: Figure<Money>, sym: &MoneyStyle, lang: &Lang) -> String {
    f.map_or_else(|g| gap_label(g, lang), |m| amount(m, sym))
}

/// An amount with up to two decimals in its unit (`$2.05M`, `$76.9K`).
pub fn amount(m: Money, sym: &MoneyStyle) -> String {
    m.display_with(sym, 2)
}

/// A money range as the tiers state it (`$500K–$2M`, `$2M+`), in the plan's language
/// when it is open below (`up to $2M`) or empty (`no target`).
pub fn range(r: &crate::values::MoneyRange, sym: &MoneyStyle, lang: &Lang) -> String {
    match (r.min, r.max) {
        (None, None) => lang.t("s_range_none").into_owned(),
        (None, Some(hi)) => lang.f("s_range_up_to", &args(&[("max", hi.display(sym).into())])),
        _ => r.display(sym),
    }
}

/// A percentage with at most one decimal (`21.2%`), or the gap's label.
pub fn percent(f: Figure<f64>, lang: &Lang) -> String {
    f.map_or_else(|g| gap_label(g, lang), |p| lang.fmt.percent(p, 1))
}

/// A gap in a value cell: `not given` or `not computable`.
pub fn gap_label(g: Gap, lang: &Lang) -> String {
    lang.t(match g {
        Gap::NotGiven(_) => "s_gap_not_given",
        Gap::Zero(_) => "s_gap_not_computable",
    })
    .into_owned()
}

/// What would give a missing figure: `write program.gross_margin in plan.yaml`,
/// `program cost is 0`.
pub fn gap_reason(g: Gap, lang: &Lang) -> String {
    match g {
        Gap::NotGiven(field) if field.starts_with("program.") || field.starts_with("company.") => {
            lang.f("s_gap_write_plan", &args(&[("field", field.into())]))
        }
        Gap::NotGiven(field) => lang.f("s_gap_write_partners", &args(&[("field", field.into())])),
        Gap::Zero("program cost") => lang.t("s_gap_zero_program_cost").into_owned(),
        Gap::Zero("the partners' new customers") => lang.t("s_gap_zero_new_customers").into_owned(),
        Gap::Zero(what) => lang.f("s_gap_zero", &args(&[("what", what.into())])),
    }
}

/// Both in one phrase: `not given (write program.gross_margin in plan.yaml)`.
pub fn gap_describe(g: Gap, lang: &Lang) -> String {
    lang.f(
        "s_gap_describe",
        &args(&[
            ("label", gap_label(g, lang).into()),
            ("reason", gap_reason(g, lang).into()),
        ]),
    )
}

/// What would give a missing figure (`write program.gross_margin in plan.yaml`);
/// `None` when given.
pub fn gap<T>(f: &Figure<T>, lang: &Lang) -> Option<String> {
    f.as_ref().err().map(|g| gap_reason(*g, lang))
}

/// A cost line's name as a label: `partner_marketing` → `Partner marketing`.
pub fn cost_line(name: &str) -> String {
    let s = name.replace(['_', '-'], " ");
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// `End of 2027`, or `Now` for the start of the program year.
pub fn path_year(p: &PathPoint, program_year: i32, lang: &Lang) -> String {
    if p.year < program_year {
        lang.t("s_path_now").into_owned()
    } else {
        lang.f(
            "s_path_end_of",
            &args(&[("year", p.year.to_string().into())]),
        )
    }
}

/// The on-track verdict in a word or two: the board status of this year's
/// partner-sourced ARR forecast (`On track`, `At risk`, `Off track`, by
/// `board.status`), or the gap.
pub fn verdict_label(a: &Analysis, lang: &Lang) -> String {
    match (verdict_status(a), &a.economics.forecast.verdict) {
        (Some(s), _) => reasons::status(s, lang),
        (None, Err(g)) => gap_label(*g, lang),
        (None, Ok(_)) => lang.t("s_gap_not_computable").into_owned(),
    }
}

/// The status of this year's forecast, as the board summary's scorecard gives it.
pub fn verdict_status(a: &Analysis) -> Option<Status> {
    a.board.line(Metric::PartnerArr).and_then(|l| l.status)
}

/// The verdict in a sentence, naming both figures and the shortfall.
pub fn verdict_sentence(a: &Analysis, plan: &Plan, lang: &Lang) -> String {
    let e = &a.economics;
    let word = verdict_label(a, lang);
    let sym = plan.money_style();
    let f = &e.forecast;
    let year = plan.program.year.to_string();
    let path = match (f.thesis_target, f.target_year) {
        (Ok(t), Ok(y)) => Some((t.display(sym), y.to_string())),
        _ => None,
    };
    let (target, target_year) = path.clone().unwrap_or_default();
    match f.verdict {
        Ok(v) => {
            let id = match (v.on_track(), path.is_some()) {
                (true, true) => "s_verdict_reaches_path",
                (true, false) => "s_verdict_reaches",
                (false, true) => "s_verdict_short_path",
                (false, false) => "s_verdict_short",
            };
            lang.f(
                id,
                &args(&[
                    ("verdict", word.into()),
                    ("year", year.as_str().into()),
                    ("forecast", amount(v.forecast, sym).into()),
                    ("shortfall", v.shortfall().display(sym).into()),
                    ("required", amount(v.required, sym).into()),
                    ("target", target.into()),
                    ("target_year", target_year.into()),
                ]),
            )
        }
        Err(g) => lang.f(
            "s_verdict_none",
            &args(&[("gap", gap_describe(g, lang).into())]),
        ),
    }
}

/// How the forecast is made: `$3.1M now + 35% of $16.5M pipeline`.
pub fn forecast_basis(e: &Economics, sym: &MoneyStyle, lang: &Lang) -> Option<String> {
    let f = &e.forecast;
    let (now, win) = (e.partner_arr.ok()?, f.win_rate.ok()?);
    Some(lang.f(
        "s_forecast_basis",
        &args(&[
            ("now", now.display(sym).into()),
            ("win", lang.fmt.percent(win, 1).into()),
            ("pipeline", f.pipeline.display(sym).into()),
        ]),
    ))
}

/// ROI in a sentence: return, cost and the result.
pub fn roi_sentence(e: &Economics, sym: &MoneyStyle, lang: &Lang) -> String {
    match (e.returns, e.program_cost, e.roi) {
        (Ok(r), Ok(c), Ok(roi)) => lang.f(
            "s_roi_sentence",
            &args(&[
                ("returns", amount(r, sym).into()),
                ("cost", amount(c, sym).into()),
                ("roi", lang.fmt.percent(roi, 1).into()),
            ]),
        ),
        (_, _, Err(g)) => lang.f(
            "s_roi_none",
            &args(&[("gap", gap_describe(g, lang).into())]),
        ),
        _ => String::new(),
    }
}

/// Partner CAC beside direct CAC: `$39.4K per partner-sourced customer, below the $45K
/// of direct sales`.
pub fn cac_comparison(e: &Economics, sym: &MoneyStyle, lang: &Lang) -> String {
    match (e.partner_cac, e.direct_cac) {
        (Ok(p), Ok(d)) => lang.f(
            if p.0 <= d.0 {
                "s_cac_below"
            } else {
                "s_cac_above"
            },
            &args(&[
                ("cac", p.display(sym).into()),
                ("direct", d.display(sym).into()),
            ]),
        ),
        (Ok(p), Err(g)) => lang.f(
            "s_cac_no_direct",
            &args(&[
                ("cac", p.display(sym).into()),
                ("gap", gap_describe(g, lang).into()),
            ]),
        ),
        (Err(g), _) => lang.f(
            "s_cac_none",
            &args(&[("gap", gap_describe(g, lang).into())]),
        ),
    }
}
