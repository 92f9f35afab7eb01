//! decision.id, decision.matrix, decision.partner, decision.review, decision.supersedes,
//! decision.rationale.

use super::RuleCtx;
use crate::diag::Diagnostic;
use crate::model::{Decision, DecisionKind, DecisionStatus};
use crate::rules::catalog::Severity;
use crate::values::is_decision_id;

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
                "decision.matrix",
                d.loc.value("decision"),
                format!(
                    "{} is declared {} but its criteria support {found}",
                    d.id,
                    d.decision.as_str()
                ),
            )
            .label("not supported by the criteria")
            .help(m.reasons.join("; "));
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
                        "decision.partner",
                        d.loc.value("decision"),
                        format!(
                            "{} is a PARTNER decision without `partner_considered`",
                            d.id
                        ),
                    )
                    .help("name the partner considered (a partner id)"),
                ),
                Some(p) if plan.partner(p).is_none() => {
                    let help =
                        crate::suggest::closest(p, plan.partners.iter().map(|p| p.id.as_str()))
                            .map_or_else(
                                || "use a partner id from partners/".to_string(),
                                |s| format!("did you mean `{s}`?"),
                            );
                    out.push(
                        Diagnostic::new(
                            "decision.partner",
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
                        "decision.review",
                        d.loc.value("review_date"),
                        format!(
                            "{}'s review date {r} has passed ({} days ago)",
                            d.id,
                            r.days_until(cx.analysis.today)
                        ),
                    )
                    .help("review the decision and set the next quarterly review date"),
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
                "decision.id",
                d.loc.value("id"),
                format!("decision id `{}` is not of the form D-NNN", d.id),
            )
            .help("use `D-` and three or more digits, e.g. D-007"),
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
                "decision.id",
                d.loc.value("id"),
                format!("id {} disagrees with the file name `{stem}.md`", d.id),
            )
            .help(if d.slug.is_empty() {
                format!("rename the file to `{}.md` or fix the id", d.id)
            } else {
                format!("rename the file to `{}-{}.md` or fix the id", d.id, d.slug)
            }),
        );
    }
}

fn supersedes(cx: &RuleCtx, d: &Decision, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    if let Some(s) = &d.supersedes {
        match plan.decision(s) {
            None => out.push(
                Diagnostic::new(
                    "decision.supersedes",
                    d.loc.value("supersedes"),
                    format!("{} supersedes `{s}`, which does not exist", d.id),
                )
                .help("name an existing decision id"),
            ),
            Some(old) if old.status != DecisionStatus::Superseded => out.push(
                Diagnostic::new(
                    "decision.supersedes",
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
    if d.status == DecisionStatus::Superseded
        && !plan
            .decisions
            .iter()
            .any(|o| o.supersedes.as_deref() == Some(d.id.as_str()))
    {
        out.push(
            Diagnostic::new(
                "decision.supersedes",
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
                "decision.rationale",
                span,
                format!(
                    "{}'s rationale has {n} sentence{}, expected 2–3",
                    d.id,
                    if n == 1 { "" } else { "s" }
                ),
            )
            .help("state the decision's rationale in two or three sentences"),
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
}
