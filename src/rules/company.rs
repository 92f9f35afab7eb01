//! company.markets, company.arr, competitor.count, okr.empty, and the roadmap year
//! (roadmap.quarter).

use super::RuleCtx;
use crate::diag::{Diagnostic, Rule};
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
                Rule::CompanyMarkets,
                loc.map_or(Span::file_start(plan_file), |l| l.key("markets")),
                format!(
                    "{} listed, expected 2 or 3",
                    crate::text::plural(n, "market")
                ),
            )
            .label(format!("{n} listed"))
            .help(if n < 2 {
                "add a second market (or a third) under `markets:`: the 2–3 markets where partners accelerate growth most".to_string()
            } else {
                format!(
                    "keep the 2–3 markets where partners accelerate growth most: remove {} of the {n}",
                    n - 3
                )
            }),
        );
    }
    if let (Some(cur), Some(tgt)) = (c.current_arr, c.target_arr) {
        if tgt.0 <= cur.0 {
            let sym = &cx.plan.company.currency.plain_style();
            out.push(
                Diagnostic::new(
                    Rule::CompanyArr,
                    span_or(loc, "target_arr", plan_file),
                    format!(
                        "target ARR {} does not exceed current ARR {}",
                        tgt.exact(sym),
                        cur.exact(sym)
                    ),
                )
                .label("not above current ARR")
                .help(if tgt.0 < cur.0 {
                    format!(
                        "the two look swapped: write `current_arr: \"{}\"` and `target_arr: \"{}\"`",
                        crate::hint::exact(sym, tgt.0),
                        crate::hint::exact(sym, cur.0)
                    )
                } else {
                    format!("write a `target_arr` above {}", cur.exact(sym))
                }),
            );
        }
    }
    // an unread competitors.yaml has its own error
    if cx.plan.competitors.len() < 3 && !cx.plan.unread.competitors {
        let n = cx.plan.competitors.len();
        let span = competitors_span(cx, plan_file);
        out.push(
            Diagnostic::new(
                Rule::CompetitorCount,
                span,
                format!(
                    "{} mapped, expected at least 3",
                    crate::text::plural(n, "competitor")
                ),
            )
            .help(format!(
                "add {} to `competitors.yaml`, with the partners each one works with (map your top 3)",
                crate::text::plural_with(3 - n, "more competitor", "more competitors")
            )),
        );
    }
    roadmap_year(cx, out);
    board_status(cx, out);
    for o in &cx.plan.objectives {
        if o.key_results.is_empty() {
            out.push(
                Diagnostic::new(
                    Rule::OkrEmpty,
                    o.loc.key("objective"),
                    format!("objective `{}` has no key results", o.objective),
                )
                .help("add `key_results:` under the objective with at least one, e.g. `- Partner NPS score ≥ 40`"),
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
                Rule::RoadmapQuarter,
                r.loc.value("year"),
                format!(
                    "roadmap year {} differs from the program year {program} in plan.yaml",
                    r.year
                ),
            )
            .label(format!("expected {program}"))
            .help(format!(
                "write `year: {program}` (plan.yaml's `program.year`), or change `program.year` to {}",
                r.year
            )),
        );
    }
}

/// The scorecard's thresholds: 0 < off track < at risk ≤ 100 (percent of plan).
fn board_status(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let b = &cx.plan.board;
    let Some(loc) = &b.loc else { return };
    let (risk, off) = (b.at_risk_below, b.off_track_below);
    if off > 0.0 && off < risk && risk <= 100.0 {
        return;
    }
    let status = loc.child("status");
    let pct = crate::values::Percent;
    let (key, found) = if risk > 100.0 || risk <= 0.0 {
        (
            "at_risk_below",
            format!("`at_risk_below` is {}", pct(risk).display()),
        )
    } else if off <= 0.0 {
        (
            "off_track_below",
            format!("`off_track_below` is {}", pct(off).display()),
        )
    } else {
        (
            "off_track_below",
            format!(
                "`off_track_below` {} is not below `at_risk_below` {}",
                pct(off).display(),
                pct(risk).display()
            ),
        )
    };
    out.push(
        Diagnostic::new(Rule::BoardStatus, status.value(key), found)
            .label("expected 0% < off_track_below < at_risk_below ≤ 100%")
            .help("a figure below `off_track_below` of its plan is off track, below `at_risk_below` at risk; the defaults are `at_risk_below: 95%` and `off_track_below: 80%`"),
    );
}

crate::declare_rule! {
    BoardStatus {
        id: "board.status",
        severity: Error,
        summary: "The board scorecard's status thresholds are out of order.",
        explanation: r#"The board summary's scorecard gives every figure a status from its share of this year's plan: on track at or above `board.status.at_risk_below` (default 95 %), at risk below it, off track below `off_track_below` (default 80 %). The thresholds must satisfy 0 % < off_track_below < at_risk_below ≤ 100 %; otherwise a figure could be on track and off track at once, or never on track, and the board would read a status nobody defined."#,
        bad: r#"# plan.yaml
board:
  status: {at_risk_below: 80%, off_track_below: 90%}"#,
        good: r#"# plan.yaml
board:
  status: {at_risk_below: 95%, off_track_below: 80%}"#,
    }
}

crate::declare_rule! {
    CompanyMarkets {
        id: "company.markets",
        severity: Error,
        summary: "`company.markets` must list 2 or 3 markets.",
        explanation: r#"The playbook asks for "the 2–3 markets where partnership-led growth is expected to accelerate", and the thesis statement names them ("partnering with ... who serve [ICP] in [markets]"). A single market rarely needs the geographic and credibility reach that partners bring; four or more spreads recruitment, PAM capacity and MDF so thin that no market gets a Platinum partner. The rule counts the entries of `company.markets` in `plan.yaml`; pick the markets where partner reach closes the largest gap and move the rest to the Year 2 roadmap."#,
        bad: r#"# plan.yaml
company:
  markets: [EU financial services, North American healthcare,
            APAC insurance, LATAM banking]"#,
        good: r#"# plan.yaml
company:
  markets: [EU financial services, North American healthcare]"#,
    }
}

crate::declare_rule! {
    CompanyArr {
        id: "company.arr",
        severity: Error,
        summary: "`target_arr` must exceed `current_arr`.",
        explanation: r#"The partner program exists to close the gap between current and target ARR: with `partner_arr_share: 35%` and a target of $60M the channel must reach $21M of partner-sourced ARR within the horizon, and the KPI figures, OKR progress and thesis statement are derived from that gap. A target that does not exceed the current ARR makes the gap zero or negative and every derived number meaningless. Both values are parsed as money in the plan currency (`"$18M"` is 18,000,000) before they are compared, so a swapped pair or a unit slip (`"$60K"` for `"$60M"`) is caught."#,
        bad: r#"# plan.yaml
company:
  current_arr: "$18M"
  target_arr: "$60K""#,
        good: r#"# plan.yaml
company:
  current_arr: "$18M"
  target_arr: "$60M""#,
    }
}

crate::declare_rule! {
    CompetitorCount {
        id: "competitor.count",
        severity: Warning,
        summary: "Fewer than 3 competitors are mapped.",
        explanation: r#"The playbook maps "which partners your top 3 competitors have signed": with fewer than three, the counter-strategy (which partners are available or under-served and should be recruited first, which are locked and call for adjacent alternatives) is built on a partial view of the market. The rule counts the entries of `competitors.yaml`."#,
        bad: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: [{partner: deloitte, model: co-sell, locked: true}]}
  - {id: alation, name: Alation, partners: []}"#,
        good: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: [{partner: deloitte, model: co-sell, locked: true}]}
  - {id: alation, name: Alation, partners: []}
  - {id: informatica, name: Informatica, partners: [{partner: accenture, model: implementation}]}"#,
    }
}

crate::declare_rule! {
    OkrEmpty {
        id: "okr.empty",
        severity: Error,
        summary: "An objective has no key results.",
        explanation: r#"An objective such as "Establish a world-class partner ecosystem that drives 35% of ARR" is only measurable through its key results: Platinum partners signed, partner-sourced pipeline, certified individuals, partner NPS. An objective with an empty or missing `key_results` list has no progress to compute and nothing for roadmap items to trace to, so it is an error."#,
        bad: r#"# okrs.yaml
partnership_okrs:
  - objective: Operationalize the partner program for scale
    key_results: []"#,
        good: r#"# okrs.yaml
partnership_okrs:
  - objective: Operationalize the partner program for scale
    key_results:
      - Launch partner portal with self-serve training and deal registration
      - Complete QBRs with 100% of Platinum and Gold partners"#,
    }
}

crate::declare_rule! {
    RoadmapQuarter {
        id: "roadmap.quarter",
        severity: Error,
        summary: "A roadmap quarter key is not Q1..Q4, an item status is unknown, or an item names an unknown partner.",
        explanation: r#"The roadmap lays the year out in four quarters (seed themes: Foundation, First Revenue, Scale, Acceleration) and is rendered as a timeline in the site and board pack. Quarter keys must be `Q1`..`Q4` of the roadmap's year (which must be the `program.year` of plan.yaml), each item's `status` one of planned, in-progress, done, at-risk or dropped, and every id under `partners` an existing partner, so that roadmap progress and the orphan check (a platinum partner in no roadmap item) are computed correctly."#,
        bad: r#"# roadmap.yaml
year: 2027
quarters:
  Q1:
    theme: Foundation
    items:
      - {title: Sign first Platinum partner agreement, status: started, partners: [deloitte]}"#,
        good: r#"# roadmap.yaml
year: 2027
quarters:
  Q1:
    theme: Foundation
    items:
      - {title: Sign first Platinum partner agreement, status: in-progress, partners: [deloitte]}"#,
    }
}
