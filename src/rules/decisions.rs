//! decision.id, decision.matrix, decision.partner, decision.review, decision.supersedes,
//! decision.rationale.

use super::RuleCtx;
use crate::diag::Severity;
use crate::diag::{Diagnostic, Rule};
use crate::model::{Decision, DecisionKind, DecisionStatus};
use crate::text::{plural, possessive};
use crate::values::is_decision_id;

/// What a declared outcome needs from the criteria, as `key: value` to write.
fn needs(kind: DecisionKind) -> &'static str {
    match kind {
        DecisionKind::Build => "`core_differentiation: true` and `engineering_capacity: true`",
        DecisionKind::Partner => "`adjacent: true`, `core_differentiation: false`, `strong_partner_serves_icp: true` and `partner_economics_positive: true` (or `new_market_entry: true` with `partner_local_presence: true`)",
        DecisionKind::Acquire => "`critical_to_market_position: true`, `build_months` above 18 and `acquisition_target_in_budget: true`",
    }
}

/// decision.matrix: declare what the criteria support, correct the criteria, or give
/// the reason for overriding the matrix.
fn matrix_help(d: &Decision, supported: &[DecisionKind]) -> String {
    let declare = match supported.first() {
        Some(k) => format!(
            "write `decision: {}` (what the criteria support), or ",
            k.as_str()
        ),
        None => String::new(),
    };
    format!(
        "{declare}if the criteria are out of date, correct them ({} needs {}); to keep {} against the matrix, add `override_reason:`",
        d.decision.as_str(),
        needs(d.decision),
        d.decision.as_str()
    )
}

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    for (d, m) in plan.decisions.iter().zip(&cx.analysis.decisions) {
        ids(cx, d, out);
        if !m.supports(d.decision) {
            let supported: Vec<&str> = m.supported.iter().map(|k| k.as_str()).collect();
            let found = if supported.is_empty() {
                "no outcome".to_string()
            } else {
                supported.join(" or ")
            };
            let mut diag = Diagnostic::new(
                Rule::DecisionMatrix,
                d.loc.value("decision"),
                format!(
                    "{} is declared {} but its criteria support {found}",
                    d.id,
                    d.decision.as_str()
                ),
            )
            .label("not supported by the criteria")
            .help(matrix_help(d, &m.supported));
            if d.override_reason.is_some() {
                diag = diag.severity(Severity::Warning).help(format!(
                    "overridden: {}",
                    d.override_reason.as_deref().unwrap_or("")
                ));
            }
            out.push(diag);
        }
        if d.decision == DecisionKind::Partner {
            match &d.partner_considered {
                None => out.push(
                    Diagnostic::new(
                        Rule::DecisionPartner,
                        d.loc.value("decision"),
                        format!(
                            "{} is a PARTNER decision without `partner_considered`",
                            d.id
                        ),
                    )
                    .help(match plan.partners.first() {
                        Some(p) => format!("add `partner_considered:` with the partner's id (its file name in partners/), e.g. `partner_considered: {}`", p.id),
                        None => "add `partner_considered:` with the partner's id (its file name in partners/)".to_string(),
                    }),
                ),
                Some(p) if !plan.knows_partner(p) => {
                    let help =
                        crate::suggest::closest(p, plan.partners.iter().map(|p| p.id.as_str()))
                            .map_or_else(
                                || "use a partner id from partners/".to_string(),
                                |s| format!("did you mean `{s}`?"),
                            );
                    out.push(
                        Diagnostic::new(
                            Rule::DecisionPartner,
                            d.loc.value("partner_considered"),
                            format!("partner `{p}` considered by {} does not exist", d.id),
                        )
                        .help(help),
                    );
                }
                _ => {}
            }
        }
        if matches!(d.status, DecisionStatus::Active | DecisionStatus::Proposed) {
            if let Some(r) = d.review_date.filter(|r| *r < cx.analysis.today) {
                out.push(
                    Diagnostic::new(
                        Rule::DecisionReview,
                        d.loc.value("review_date"),
                        format!(
                            "{} review date {r} has passed ({} ago)",
                            possessive(&d.id),
                            plural(r.days_until(cx.analysis.today) as usize, "day")
                        ),
                    )
                    .help(format!(
                        "review the decision, then set the next quarterly review: `review_date: {}`",
                        cx.analysis.today.add_months(3)
                    )),
                );
            }
        }
        supersedes(cx, d, out);
        rationale(d, out);
    }
}

fn ids(cx: &RuleCtx, d: &Decision, out: &mut Vec<Diagnostic>) {
    if d.id.is_empty() {
        return;
    }
    if !is_decision_id(&d.id) {
        out.push(
            Diagnostic::new(
                Rule::DecisionId,
                d.loc.value("id"),
                format!("decision id `{}` is not of the form D-NNN", d.id),
            )
            .help(match crate::hint::decision_id(&d.id) {
                Some(id) => format!("write `id: {id}` (`D-` and three or more digits)"),
                None => "write `D-` and three or more digits, e.g. `id: D-007`".to_string(),
            }),
        );
        return;
    }
    let stem = cx
        .sources
        .get(d.loc.file())
        .map(|f| {
            f.rel
                .trim_start_matches("decisions/")
                .trim_end_matches(".md")
                .to_string()
        })
        .unwrap_or_default();
    if stem != d.id && !stem.starts_with(&format!("{}-", d.id)) {
        out.push(
            Diagnostic::new(
                Rule::DecisionId,
                d.loc.value("id"),
                format!("id {} disagrees with the file name `{stem}.md`", d.id),
            )
            .help(format!(
                "rename the file to `{}` or fix the id",
                decision_file_name(&d.id, &stem)
            )),
        );
    }
}

/// The file name a decision with `id` should have, keeping the words of `stem` and
/// dropping anything in it that was meant as an id (`D1-benelux` → `D-001-benelux.md`).
fn decision_file_name(id: &str, stem: &str) -> String {
    let slug = crate::slug::slugify(without_id_prefix(stem));
    if slug.is_empty() {
        format!("{id}.md")
    } else {
        format!("{id}-{slug}.md")
    }
}

/// `stem` without a leading decision number in any spelling (`D-004-`, `D1-`, `D_02 `, `d-7-`).
fn without_id_prefix(stem: &str) -> &str {
    let Some(rest) = stem
        .strip_prefix('D')
        .or_else(|| stem.strip_prefix("d-"))
        .or_else(|| stem.strip_prefix("d_"))
    else {
        return stem;
    };
    let rest = rest.strip_prefix(['-', '_', ' ']).unwrap_or(rest);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return stem;
    }
    let after = &rest[digits..];
    match after.chars().next() {
        None => "",
        Some('-' | '_' | ' ' | '.') => &after[1..],
        Some(_) => stem,
    }
}

fn supersedes(cx: &RuleCtx, d: &Decision, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    if let Some(s) = &d.supersedes {
        match plan.decision(s) {
            None if plan.knows_decision(s) => {}
            None => out.push(
                Diagnostic::new(
                    Rule::DecisionSupersedes,
                    d.loc.value("supersedes"),
                    format!("{} supersedes `{s}`, which does not exist", d.id),
                )
                .help(
                    crate::suggest::closest(s, plan.decisions.iter().map(|d| d.id.as_str()))
                        .map_or_else(
                            || {
                                crate::links::where_ids_are(
                                    "decision",
                                    s,
                                    plan.decisions.first().map(|d| d.id.as_str()),
                                )
                            },
                            |id| format!("did you mean `{id}`?"),
                        ),
                ),
            ),
            Some(old) if old.status != DecisionStatus::Superseded => out.push(
                Diagnostic::new(
                    Rule::DecisionSupersedes,
                    d.loc.value("supersedes"),
                    format!(
                        "{} supersedes {s}, whose status is {}",
                        d.id,
                        old.status.as_str()
                    ),
                )
                .help(format!("set `status: superseded` in {s}")),
            ),
            _ => {}
        }
    }
    // an unread decision may be the one that supersedes it
    if d.status == DecisionStatus::Superseded
        && plan.unread.decisions.is_empty()
        && !plan
            .decisions
            .iter()
            .any(|o| o.supersedes.as_deref() == Some(d.id.as_str()))
    {
        out.push(
            Diagnostic::new(
                Rule::DecisionSupersedes,
                d.loc.value("status"),
                format!("{} is superseded, but no decision supersedes it", d.id),
            )
            .help(format!(
                "add `supersedes: {}` to the decision that replaces it, or change the status",
                d.id
            )),
        );
    }
}

fn rationale(d: &Decision, out: &mut Vec<Diagnostic>) {
    let n = count_sentences(&d.rationale.text);
    if !(2..=3).contains(&n) {
        let span = d
            .rationale
            .span(0..d.rationale.text.trim_end().len().min(1));
        out.push(
            Diagnostic::new(
                Rule::DecisionRationale,
                span,
                format!(
                    "{} rationale has {}, expected 2–3",
                    possessive(&d.id),
                    plural(n, "sentence")
                ),
            )
            .help(match n {
                0 => "write two or three sentences under the front matter: the decision, and why it beats the other options",
                1 => "add a sentence or two: why this option, and why not the others",
                _ => "shorten it to two or three sentences, and move the detail to a handbook page",
            }),
        );
    }
}

/// Counts sentences in Markdown prose (headings and code are ignored).
pub fn count_sentences(md: &str) -> usize {
    use pulldown_cmark::{Event, Parser};
    let mut text = String::new();
    for ev in Parser::new(md) {
        match ev {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    let mut n = 0;
    let mut pending = false;
    let words: Vec<&str> = text.split_whitespace().collect();
    for w in &words {
        pending = true;
        let lower = w.to_ascii_lowercase();
        let abbrev = ["e.g.", "i.e.", "etc.", "vs.", "approx.", "inc.", "ltd."]
            .iter()
            .any(|a| lower.ends_with(a));
        if !abbrev
            && w.trim_end_matches(['"', '\'', ')', '’', '”'])
                .ends_with(['.', '!', '?'])
        {
            n += 1;
            pending = false;
        }
    }
    n + usize::from(pending)
}

crate::declare_rule! {
    DecisionId {
        id: "decision.id",
        severity: Error,
        summary: "A decision id is not `D-NNN`, or the file name and the id disagree.",
        explanation: r#"Build/partner/acquire decisions form a numbered log (D-001, D-002, ...) that partner pages, roadmap items and `decision:` links refer to. The id must be `D-` followed by three or more digits, and the file must be named `decisions/<id>-<slug>.md` with the same id, so that the log sorts correctly and a reader who opens the file sees the decision it is cited as."#,
        bad: r#"# decisions/D-002-emea-data-residency.md
---
id: D-2
title: EMEA data residency
decision: PARTNER
---"#,
        good: r#"# decisions/D-002-emea-data-residency.md
---
id: D-002
title: EMEA data residency
decision: PARTNER
---"#,
    }
}

crate::declare_rule! {
    DecisionMatrix {
        id: "decision.matrix",
        severity: Error,
        summary: "The declared decision is not supported by its criteria under the build/partner/acquire matrix.",
        explanation: r#"partnerbook evaluates the playbook's matrix on a decision's `criteria`: BUILD when the capability is core to differentiation and we have engineering capacity; PARTNER when it is adjacent and not core, a strong partner serves our ICP and partner economics are positive; ACQUIRE when it is critical to market position, building would take more than 18 months and a target is within budget; PARTNER (with joint-venture consideration) for entry into a new geography or vertical where a partner has local presence. A declared `decision` that none of the matching branches supports is an error; with an `override_reason` it is reported as a warning, so deliberate exceptions stay visible to the board."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: BUILD
criteria: {core_differentiation: false, engineering_capacity: true, adjacent: true,
           strong_partner_serves_icp: true, partner_economics_positive: true}
---"#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
partner_considered: workiva
criteria: {core_differentiation: false, engineering_capacity: true, adjacent: true,
           strong_partner_serves_icp: true, partner_economics_positive: true}
---"#,
    }
}

crate::declare_rule! {
    DecisionPartner {
        id: "decision.partner",
        severity: Error,
        summary: "A PARTNER decision has no `partner_considered`, or it is not an existing partner id.",
        explanation: r#"The decision log records "Partner considered (if PARTNER)". A PARTNER decision must name that partner by id in `partner_considered`, and a file `partners/<id>.md` must exist (add the partner as a prospect if it is not tracked yet). This lets the partner's page list the decisions that depend on it and keeps the traceability chain intact: if the partner later pauses or exits, the decisions resting on it surface for review."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
partner_considered: Workiva Inc.
---"#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
partner_considered: workiva
---"#,
    }
}

crate::declare_rule! {
    DecisionReview {
        id: "decision.review",
        severity: Warning,
        summary: "An active or proposed decision's review date has passed.",
        explanation: r#"Build/partner/acquire decisions are reviewed quarterly: partner economics change, a partner's ICP coverage shifts, a build estimate shrinks. A decision with `status` active or proposed whose `review_date` is before today (the `--today` date, or the current date) is overdue; it is listed under overdue reviews in the site and board pack. Review it, then set the next `review_date`, or retire or supersede it."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
status: active
decided: 2026-10-02
review_date: 2027-01-15    # passed: checked with --today 2027-02-01
---"#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
status: active
decided: 2026-10-02
review_date: 2027-04-15    # reviewed in January, next quarterly review set
---"#,
    }
}

crate::declare_rule! {
    DecisionSupersedes {
        id: "decision.supersedes",
        severity: Error,
        summary: "`supersedes` names a missing or non-superseded decision, or a superseded decision is superseded by none.",
        explanation: r#"When a build/partner/acquire decision is revisited, the new decision names the old one in `supersedes` and the old one gets `status: superseded`. Both halves must agree: the named decision must exist and be marked superseded, and every superseded decision must be named by some decision. Otherwise the log shows two active answers to the same question, or a retired answer with no record of what replaced it."#,
        bad: r#"# decisions/D-004-connectors-acquire.md
---
id: D-004
supersedes: D-001
---
# decisions/D-001-regulatory-connectors.md
---
status: active
---"#,
        good: r#"# decisions/D-004-connectors-acquire.md
---
id: D-004
supersedes: D-001
---
# decisions/D-001-regulatory-connectors.md
---
status: superseded
---"#,
    }
}

crate::declare_rule! {
    DecisionRationale {
        id: "decision.rationale",
        severity: Warning,
        summary: "A decision's rationale is not 2–3 sentences.",
        explanation: r#"The decision log asks for a rationale of 2–3 sentences: enough to state the gap, why the chosen path wins under the matrix and what would change the answer, short enough for the board pack's decision log. The Markdown body of the decision file is the rationale; its sentences are counted, and a one-liner or an essay gets a warning."#,
        bad: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
---
Workiva does this."#,
        good: r#"# decisions/D-001-regulatory-connectors.md
---
id: D-001
decision: PARTNER
---
Regulatory reporting is adjacent to governance, not our differentiator.
Workiva already serves our CDO buyers and the co-sell economics are positive."#,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sentences() {
        assert_eq!(super::count_sentences("One. Two! Three?"), 3);
        assert_eq!(
            super::count_sentences("We partner, e.g. with Deloitte. It pays."),
            2
        );
        assert_eq!(super::count_sentences("Revenue of $2.4M in Q1. Next"), 2);
        assert_eq!(super::count_sentences(""), 0);
    }

    #[test]
    fn suggested_file_names_keep_the_words_and_drop_a_misspelt_id() {
        let name = |stem| super::decision_file_name("D-001", stem);
        assert_eq!(name("D1-benelux"), "D-001-benelux.md");
        assert_eq!(name("D-004-policy-engine"), "D-001-policy-engine.md");
        assert_eq!(name("d_07 Nordic entry"), "D-001-nordic-entry.md");
        assert_eq!(name("benelux"), "D-001-benelux.md");
        assert_eq!(
            name("Datenschutz-Übersicht"),
            "D-001-datenschutz-ubersicht.md"
        );
        assert_eq!(name("D-002"), "D-001.md");
        assert_eq!(name("D2x-entry"), "D-001-d2x-entry.md");
    }
}
