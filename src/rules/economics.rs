//! The rules of program economics and the forecast (docs/format.md, "Program economics
//! and the forecast"): kpi.consistency, thesis.on-track, economics.roi and roadmap.year.
//! Every figure comes from `analysis::Economics` and `analysis::Kpis`; the diagnostics
//! name both figures.

use super::RuleCtx;
use crate::analysis::{ArrSource, ComputedMetric, Economics};
use crate::diag::{Diagnostic, Rule};
use crate::model::{span_or, KeyResult, Loc, Measure, Plan};
use crate::values::{Money, Percent};

/// How far a declared amount may drift from the computed one (1 %).
const TOLERANCE: f64 = 0.01;

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    later_years(cx.plan, out);
    // A partner file that could not be read leaves every sum short: its own error says
    // what is wrong, and no figure is judged until it is fixed.
    if !cx.plan.unread.partners.is_empty() {
        return;
    }
    let e = &cx.analysis.economics;
    declared_arr(cx, e, out);
    for kr in cx.plan.objectives.iter().flat_map(|o| &o.key_results) {
        key_result(cx, kr, out);
    }
    on_track(cx, e, out);
    roi(cx, e, out);
}

/// Whether `declared` is more than 1 % away from `computed`.
fn drifts(declared: f64, computed: f64) -> bool {
    (declared - computed).abs() > TOLERANCE * computed.abs().max(f64::EPSILON)
}

/// The plan-file span of a `program` value, or the file's start.
fn program_span(plan: &Plan, key: &str) -> crate::source::Span {
    let file = plan.company.loc.as_ref().map_or(0, Loc::file);
    span_or(plan.program.loc.as_ref(), key, file)
}

/// The plan-file span of a `program` key (for a map such as `costs`), or the file's start.
fn program_key_span(plan: &Plan, key: &str) -> crate::source::Span {
    match &plan.program.loc {
        Some(l) => l.key(key),
        None => program_span(plan, key),
    }
}

fn declared_arr(cx: &RuleCtx, e: &Economics, out: &mut Vec<Diagnostic>) {
    let (Some((declared, sum)), ArrSource::Partners(n)) = (e.arr_declared, e.arr_source) else {
        return;
    };
    if !drifts(declared.0, sum.0) {
        return;
    }
    let sym = &cx.plan.company.currency.plain_style();
    out.push(
        Diagnostic::new(
            Rule::KpiConsistency,
            program_span(cx.plan, "partner_sourced_arr"),
            format!(
                "`partner_sourced_arr` is {}, but the `arr` of {} sums to {}",
                declared.display(sym),
                crate::text::plural(n, "partner"),
                sum.display(sym)
            ),
        )
        .label(format!("expected {}", sum.display(sym)))
        .help(format!(
            "write `partner_sourced_arr: \"{}\"` (the partners' sum, which the figures use), or remove the line",
            crate::hint::exact(sym, sum.0)
        )),
    );
}

/// The value the plan computes for a key result's metric, and how it is computed.
fn computed(cx: &RuleCtx, metric: ComputedMetric) -> Option<(Measure, &'static str)> {
    let k = &cx.analysis.kpis;
    Some(match metric {
        ComputedMetric::PartnerSourcedArr => (
            Measure::Money(cx.analysis.economics.partner_arr.ok()?),
            "partner-sourced ARR",
        ),
        ComputedMetric::PartnerSourcedPipeline => (
            Measure::Money(k.pipeline.value),
            "the pipeline of active and recruiting partners",
        ),
        ComputedMetric::PlatinumPartners => (
            Measure::Number(k.by_tier[0] as f64),
            "partners at the Platinum tier",
        ),
        ComputedMetric::CertifiedIndividuals => (
            Measure::Number(f64::from(k.certified_individuals)),
            "certified individuals of partners that have not exited",
        ),
    })
}

fn key_result(cx: &RuleCtx, kr: &KeyResult, out: &mut Vec<Diagnostic>) {
    let (Some(metric), Some(current)) = (ComputedMetric::of(kr), kr.current) else {
        return;
    };
    let Some((value, what)) = computed(cx, metric) else {
        return;
    };
    let differs = match value {
        Measure::Money(m) => drifts(current.value(), m.0),
        _ => (current.value() - value.value()).abs() > 1e-9,
    };
    if !differs {
        return;
    }
    let sym = &cx.plan.company.currency.plain_style();
    let name = kr.id.as_deref().unwrap_or(&kr.text);
    let write = match value {
        Measure::Money(m) => format!("\"{}\"", crate::hint::exact(sym, m.0)),
        other => other.display(sym),
    };
    out.push(
        Diagnostic::new(
            Rule::KpiConsistency,
            kr.loc.value("current"),
            format!(
                "key result `{name}` declares current {}, but the plan computes {} ({what})",
                current.display(sym),
                value.display(sym)
            ),
        )
        .label(format!("computed: {}", value.display(sym)))
        .help(format!(
            "write `current: {write}` (metric `{}` is computed from the plan)",
            metric.key()
        )),
    );
}

fn on_track(cx: &RuleCtx, e: &Economics, out: &mut Vec<Diagnostic>) {
    let f = &e.forecast;
    let Ok(v) = f.verdict else { return };
    if v.on_track() {
        return;
    }
    let sym = &cx.plan.company.currency.plain_style();
    let year = cx.plan.program.year;
    let short = v.shortfall();
    let more = match (f.closing_pipeline(), f.win_rate) {
        (Some(p), Ok(win)) => format!(
            "add {} of pipeline from active or recruiting partners (at the {} win rate)",
            p.display(sym),
            Percent(win).display()
        ),
        _ => "add partner-sourced pipeline or ARR".to_string(),
    };
    let target = match (f.thesis_target, f.target_year) {
        (Ok(t), Ok(y)) => format!(" on the path to {} by the end of {y}", t.display(sym)),
        _ => String::new(),
    };
    out.push(
        Diagnostic::new(
            Rule::ThesisOnTrack,
            program_span(cx.plan, "win_rate"),
            format!(
                "the {year} forecast of {} partner-sourced ARR is {} short of the {} required this year",
                v.forecast.display(sym),
                short.display(sym),
                v.required.display(sym)
            ),
        )
        .label(format!(
            "forecast {} < required {}",
            v.forecast.display(sym),
            v.required.display(sym)
        ))
        .help(format!(
            "to reach {} this year{target}, {more}",
            v.required.display(sym)
        )),
    );
}

fn roi(cx: &RuleCtx, e: &Economics, out: &mut Vec<Diagnostic>) {
    let (Ok(roi), Ok(ret), Ok(cost)) = (e.roi, e.returns, e.program_cost) else {
        return;
    };
    if roi >= 0.0 {
        return;
    }
    let sym = &cx.plan.company.currency.plain_style();
    let margin = e.gross_margin.unwrap_or(100.0);
    let gap = Money(cost.0 - ret.0);
    let arr_needed = Money(gap.0 / (margin / 100.0).max(f64::EPSILON));
    out.push(
        Diagnostic::new(
            Rule::EconomicsRoi,
            program_key_span(cx.plan, "costs"),
            format!(
                "program ROI is {}: the return of {} is below the program cost of {}",
                Percent(roi).display(),
                ret.display(sym),
                cost.display(sym)
            ),
        )
        .label(format!("cost {} > return {}", cost.display(sym), ret.display(sym)))
        .help(format!(
            "to break even, cut {} of cost (lines, MDF or payouts) or add {} of partner-sourced ARR at the {} gross margin",
            gap.display(sym),
            arr_needed.display(sym),
            Percent(margin).display()
        )),
    );
}

/// Later years lie after the roadmap year and within the thesis horizon.
fn later_years(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let Some(r) = &plan.roadmap else { return };
    let (program, horizon) = (plan.program.year, plan.program.horizon_years);
    // Without a program year and horizon (plan.yaml unread) there is no horizon to check.
    if program == 0 || horizon == 0 {
        return;
    }
    let year = if r.year != 0 { r.year } else { program };
    let last = program.max(year) + horizon as i32 - 1;
    for y in r.later.iter().filter(|y| y.year != 0) {
        let problem = if y.year <= year {
            format!("later year {} is not after the roadmap year {year}", y.year)
        } else if y.year > last {
            format!(
                "later year {} lies beyond the thesis horizon, which ends in {last} ({})",
                y.year,
                crate::text::plural(horizon as usize, "year")
            )
        } else {
            continue;
        };
        let help = if year < last {
            format!("write a year from {} to {last}", year + 1)
        } else {
            format!(
                "the {horizon}-year horizon leaves no later year: raise `program.horizon_years` or remove the entry"
            )
        };
        out.push(
            Diagnostic::new(Rule::RoadmapYear, y.loc.value("year"), problem)
                .label(format!("expected {}–{last}", year + 1))
                .help(help),
        );
    }
}

crate::declare_rule! {
    KpiConsistency {
        id: "kpi.consistency",
        severity: Warning,
        summary: "A declared figure disagrees with the one the plan computes.",
        explanation: r#"Some figures are written twice: `program.partner_sourced_arr` in plan.yaml and, per partner, `arr`; and a key result whose `metric` is one the tool computes (partner_sourced_arr, partner_sourced_pipeline, platinum_partners, certified_individuals) states its own `current`. When the partners carry `arr`, partner-sourced ARR is their sum, and a key result's progress is only as true as its `current`. A board reading $3.4M in one place and $3.1M in another trusts neither, so the rule warns when the declared ARR is more than 1 % away from the partners' sum, when a declared amount is more than 1 % away from the computed one, or when a declared count differs at all. Write the computed value, or remove the declared one."#,
        bad: r#"# plan.yaml
program:
  partner_sourced_arr: "$3.4M"   # the partners' arr sums to $3.1M"#,
        good: r#"# plan.yaml
program:
  partner_sourced_arr: "$3.1M"   # or leave it out: the partners' sum is used"#,
    }
}

crate::declare_rule! {
    ThesisOnTrack {
        id: "thesis.on-track",
        severity: Warning,
        summary: "This year's forecast is below the partner-sourced ARR the thesis path requires.",
        explanation: r#"The thesis sets a target (35 % of a $60M ARR target is $21M of partner-sourced ARR) due at the end of the horizon. The straight path from today's partner-sourced ARR to that target says how much is required by the end of this year: partner-sourced ARR + (thesis target − partner-sourced ARR) / horizon_years. The forecast for this year is partner-sourced ARR + win_rate × the pipeline of active and recruiting partners. When the forecast falls short of the requirement the program is behind its own thesis; the warning names both figures and the shortfall, and how much pipeline at the plan's win rate would close it."#,
        bad: r#"# plan.yaml
program:
  partner_sourced_arr: "$3.1M"
  win_rate: 20%        # $3.1M + 20% × $16.5M = $6.4M < $9.1M required"#,
        good: r#"# plan.yaml
program:
  partner_sourced_arr: "$3.1M"
  win_rate: 40%        # $3.1M + 40% × $16.5M = $9.7M ≥ $9.1M required"#,
    }
}

crate::declare_rule! {
    EconomicsRoi {
        id: "economics.roi",
        severity: Warning,
        summary: "The partner program's ROI is negative.",
        explanation: r#"The program's return is partner-sourced ARR × `gross_margin`; its cost is the sum of `program.costs` plus partner MDF plus partner payouts (ARR × referral fee or reseller margin). ROI = (return − cost) / cost. A negative ROI means the program costs more than the gross profit its partners bring, which is the first thing a board asks about ("Board report shows positive partnership ROI" is a milestone of the playbook). The warning names the return, the cost, and how much cost to cut or partner-sourced ARR to add to break even."#,
        bad: r#"# plan.yaml
program:
  gross_margin: 80%
  costs: {team: "$2.4M", platform: "$120K"}   # + MDF and payouts: cost $3.3M > return $2.5M"#,
        good: r#"# plan.yaml
program:
  gross_margin: 80%
  costs: {team: "$1.0M", platform: "$120K"}   # + MDF and payouts: cost $1.9M < return $2.5M"#,
    }
}

crate::declare_rule! {
    RoadmapYear {
        id: "roadmap.year",
        severity: Error,
        summary: "A later roadmap year is not after the roadmap year, or lies beyond the thesis horizon.",
        explanation: r#"`roadmap.later` lists the years after the roadmap's own year (the playbook's "Roadmap for Year 2"), up to the end of the thesis horizon: with `program.year: 2027` and `horizon_years: 3` the later years are 2028 and 2029. A later year equal to or before the roadmap year belongs in `quarters`, and one beyond the horizon plans past the thesis target, so neither can be placed on the multi-year timeline of the site and the board pack."#,
        bad: r#"# roadmap.yaml
year: 2027
later:
  - {year: 2031, theme: Global expansion}"#,
        good: r#"# roadmap.yaml
year: 2027
later:
  - {year: 2028, theme: Geographic expansion}"#,
    }
}
