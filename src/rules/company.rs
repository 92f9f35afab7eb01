//! company.markets, company.arr, competitor.count, okr.empty, and the roadmap year
//! (roadmap.quarter).

use super::RuleCtx;
use crate::diag::Diagnostic;
use crate::model::span_or;
use crate::source::Span;

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let c = &cx.plan.company;
    let loc = c.loc.as_ref();
    let plan_file = loc.map_or(0, |l| l.file());
    let n = c.markets.len();
    if n > 0 && !(2..=3).contains(&n) {
        out.push(
            Diagnostic::new(
                "company.markets",
                loc.map_or(Span::file_start(plan_file), |l| l.key("markets")),
                format!(
                    "{n} market{} listed, expected 2 or 3",
                    if n == 1 { "" } else { "s" }
                ),
            )
            .label(format!("{n} listed"))
            .help("focus partnership-led growth on the 2–3 markets where partners accelerate most"),
        );
    }
    if let (Some(cur), Some(tgt)) = (c.current_arr, c.target_arr) {
        if tgt.0 <= cur.0 {
            let sym = cx.plan.currency_symbol();
            out.push(
                Diagnostic::new(
                    "company.arr",
                    span_or(loc, "target_arr", plan_file),
                    format!(
                        "target ARR {} does not exceed current ARR {}",
                        tgt.display(sym),
                        cur.display(sym)
                    ),
                )
                .label("not above current ARR")
                .help("set a target ARR above the current ARR"),
            );
        }
    }
    if cx.plan.competitors.len() < 3 {
        let n = cx.plan.competitors.len();
        let span = competitors_span(cx, plan_file);
        out.push(
            Diagnostic::new(
                "competitor.count",
                span,
                format!("{n} competitors mapped, expected at least 3"),
            )
            .help("map the partners of your top 3 competitors in `competitors.yaml`"),
        );
    }
    roadmap_year(cx, out);
    for o in &cx.plan.objectives {
        if o.key_results.is_empty() {
            out.push(
                Diagnostic::new(
                    "okr.empty",
                    o.loc.key("objective"),
                    format!("objective `{}` has no key results", o.objective),
                )
                .help("add measurable `key_results:` under the objective"),
            );
        }
    }
}

/// Where the competitive map is written: its `competitors` key, else the start of
/// `competitors.yaml`, else the start of `plan.yaml`.
fn competitors_span(cx: &RuleCtx, plan_file: crate::source::FileId) -> Span {
    if let Some(c) = cx.plan.competitors.first() {
        return c.loc.root().key("competitors");
    }
    ["competitors.yaml", "competitors.yml"]
        .iter()
        .find_map(|f| cx.sources.find(f))
        .map_or(Span::file_start(plan_file), Span::file_start)
}

/// The roadmap's quarters are quarters of the program year.
fn roadmap_year(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let (Some(r), program) = (&cx.plan.roadmap, cx.plan.program.year) else {
        return;
    };
    if r.year != 0 && program != 0 && r.year != program {
        out.push(
            Diagnostic::new(
                "roadmap.quarter",
                r.loc.value("year"),
                format!(
                    "roadmap year {} differs from the program year {program} in plan.yaml",
                    r.year
                ),
            )
            .label(format!("expected {program}"))
            .help("the roadmap lays out the quarters of `program.year`; make the two years agree"),
        );
    }
}
