//! ChangeReport to the work of the plan: the decision log (with matrix outcomes), the OKRs
//! (targets and progress) and the roadmap (items and their status).

use super::{currency_of, Change, Currency, Subject, Value, Values};
use crate::model::{Decision, KeyResult, Measure, Objective, Plan, RoadmapItem};
use crate::project::Project;

/// Decisions added and removed, then the decision, status, matrix outcome, review date
/// and other changes of each decision.
pub fn decisions(old: &Project, new: &Project) -> Vec<Change> {
    let find = |p: &Project, id: &str| p.plan.decisions.iter().position(|d| d.id == id);
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (i, d) in new.plan.decisions.iter().enumerate() {
        if find(new, &d.id) != Some(i) {
            continue; // a duplicate id: reported by the rules
        }
        match find(old, &d.id) {
            None => added.push(Change::DecisionAdded {
                id: d.id.clone(),
                subject: d.title.clone(),
                outcome: d.decision,
                status: d.status,
            }),
            Some(j) => {
                let outcome = |p: &Project, k: usize| {
                    p.analysis
                        .decisions
                        .get(k)
                        .map(|m| m.supported.clone())
                        .unwrap_or_default()
                };
                let od = &old.plan.decisions[j];
                decision_changes(&mut changed, (od, outcome(old, j)), (d, outcome(new, i)));
            }
        }
    }
    let mut out = added;
    for d in &old.plan.decisions {
        if find(new, &d.id).is_none() {
            out.push(Change::DecisionRemoved {
                id: d.id.clone(),
                subject: d.title.clone(),
                outcome: d.decision,
                status: d.status,
            });
        }
    }
    out.extend(changed);
    out
}

type Side<'a> = (&'a Decision, Vec<crate::model::DecisionKind>);

fn decision_changes(out: &mut Vec<Change>, old: Side, new: Side) {
    let ((o, om), (n, nm)) = (old, new);
    let (id, title) = (n.id.clone(), n.title.clone());
    if o.decision != n.decision {
        out.push(Change::DecisionChanged {
            id: id.clone(),
            subject: title.clone(),
            from: o.decision,
            to: n.decision,
        });
    }
    if o.status != n.status {
        out.push(Change::DecisionStatusChanged {
            id: id.clone(),
            subject: title.clone(),
            from: o.status,
            to: n.status,
        });
    }
    if om != nm {
        out.push(Change::MatrixOutcomeChanged {
            id: id.clone(),
            subject: title.clone(),
            from: om,
            to: nm,
        });
    }
    let name = format!("{id} {title}");
    let s = Subject::new(Some(&n.id), &name);
    s.text_field(out, "title", Some(o.title.clone()), Some(n.title.clone()));
    let date = |d: Option<crate::values::Date>| d.map(|d| d.to_string());
    s.text_field(out, "review date", date(o.review_date), date(n.review_date));
    s.text_field(
        out,
        "partner considered",
        o.partner_considered.clone(),
        n.partner_considered.clone(),
    );
    s.text_field(
        out,
        "supersedes",
        o.supersedes.clone(),
        n.supersedes.clone(),
    );
    s.text(
        out,
        "rationale",
        Some(&o.rationale.text),
        Some(&n.rationale.text),
    );
}

fn objective_key(o: &Objective) -> &str {
    o.id.as_deref().unwrap_or(&o.objective)
}

fn kr_key(k: &KeyResult) -> &str {
    k.id.as_deref().unwrap_or(&k.text)
}

/// Objectives and key results added and removed, target and progress changes.
pub fn okrs(old: &Project, new: &Project) -> Vec<Change> {
    let mut out = Vec::new();
    for (i, o) in new.plan.objectives.iter().enumerate() {
        let Some(j) = old
            .plan
            .objectives
            .iter()
            .position(|x| objective_key(x) == objective_key(o))
        else {
            out.push(Change::ObjectiveAdded {
                id: o.id.clone(),
                subject: o.objective.clone(),
                key_results: o.key_results.len(),
            });
            continue;
        };
        let s = Subject::new(o.id.as_deref(), &o.objective);
        let oo = &old.plan.objectives[j];
        s.text_field(
            &mut out,
            "objective",
            Some(oo.objective.clone()),
            Some(o.objective.clone()),
        );
        key_results(&mut out, (old, j), (new, i));
    }
    for o in &old.plan.objectives {
        if !new
            .plan
            .objectives
            .iter()
            .any(|x| objective_key(x) == objective_key(o))
        {
            out.push(Change::ObjectiveRemoved {
                id: o.id.clone(),
                subject: o.objective.clone(),
            });
        }
    }
    out
}

/// A key result with what the analysis says of it.
struct Kr<'a> {
    kr: &'a KeyResult,
    progress: Option<f64>,
    currency: Currency,
}

fn kr_at(p: &Project, obj: usize, k: usize) -> Option<Kr<'_>> {
    Some(Kr {
        kr: p.plan.objectives.get(obj)?.key_results.get(k)?,
        progress: p
            .analysis
            .progress
            .get(obj)
            .and_then(|v| v.get(k).copied().flatten())
            .map(|pr| (pr.fraction * 100.0).round()),
        currency: currency_of(&p.plan),
    })
}

fn key_results(out: &mut Vec<Change>, old: (&Project, usize), new: (&Project, usize)) {
    let ((op, oi), (np, ni)) = (old, new);
    let (oo, no) = (&op.plan.objectives[oi], &np.plan.objectives[ni]);
    for (k, kr) in no.key_results.iter().enumerate() {
        let found = oo.key_results.iter().position(|x| kr_key(x) == kr_key(kr));
        match (found.and_then(|j| kr_at(op, oi, j)), kr_at(np, ni, k)) {
            (Some(o), Some(n)) => kr_changes(out, &o, &n),
            _ => out.push(Change::KeyResultAdded {
                id: kr.id.clone(),
                subject: kr.text.clone(),
                objective: no.objective.clone(),
            }),
        }
    }
    for kr in &oo.key_results {
        if !no.key_results.iter().any(|x| kr_key(x) == kr_key(kr)) {
            out.push(Change::KeyResultRemoved {
                id: kr.id.clone(),
                subject: kr.text.clone(),
                objective: no.objective.clone(),
            });
        }
    }
}

fn kr_changes(out: &mut Vec<Change>, o: &Kr, n: &Kr) {
    let value = |m: Option<Measure>, c: &Currency| m.map(|m| Value::measure(m, c));
    let (id, text) = (n.kr.id.clone(), n.kr.text.clone());
    let target = Values::new(
        value(o.kr.target, &o.currency),
        value(n.kr.target, &n.currency),
    );
    if target.changed() {
        out.push(Change::TargetChanged {
            id: id.clone(),
            subject: text.clone(),
            values: target,
        });
    }
    let current = Values::new(
        value(o.kr.current, &o.currency),
        value(n.kr.current, &n.currency),
    );
    if current.changed() || o.progress != n.progress {
        out.push(Change::ProgressChanged {
            id: id.clone(),
            subject: text.clone(),
            values: current,
            progress_from: o.progress,
            progress_to: n.progress,
            baseline: value(n.kr.baseline, &n.currency),
            better: n.kr.better,
        });
    }
    let s = Subject::new(n.kr.id.as_deref(), &text);
    s.text_field(
        out,
        "text",
        Some(o.kr.text.clone()),
        Some(n.kr.text.clone()),
    );
    let better = |k: &KeyResult| Some(k.better.label().to_lowercase());
    s.text_field(out, "direction", better(o.kr), better(n.kr));
    let date = |d: Option<crate::values::Date>| d.map(|d| d.to_string());
    s.text_field(out, "due", date(o.kr.due), date(n.kr.due));
}

/// Every roadmap item with its quarter key, in roadmap order.
fn items(plan: &Plan) -> Vec<(&str, &RoadmapItem)> {
    plan.roadmap
        .iter()
        .flat_map(|r| &r.quarters)
        .flat_map(|q| q.items.iter().map(move |i| (q.key.as_str(), i)))
        .collect()
}

/// Items are matched by title; the n-th item of a title matches the n-th of the other side.
fn occurrence(list: &[(&str, &RoadmapItem)], pos: usize) -> usize {
    let title = &list[pos].1.title;
    list[..pos]
        .iter()
        .filter(|(_, i)| &i.title == title)
        .count()
}

fn find_item<'a>(
    list: &[(&'a str, &'a RoadmapItem)],
    title: &str,
    nth: usize,
) -> Option<(&'a str, &'a RoadmapItem)> {
    list.iter()
        .filter(|(_, i)| i.title == title)
        .nth(nth)
        .copied()
}

/// Quarter themes, items added, removed, moved between quarters, and status changes.
pub fn roadmap(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    let themes = |p: &Plan, key: &str| {
        p.roadmap
            .iter()
            .flat_map(|r| &r.quarters)
            .find(|q| q.key == key)
            .map(|q| q.theme.clone())
            .filter(|t| !t.is_empty())
    };
    for q in ["Q1", "Q2", "Q3", "Q4"] {
        Subject::new(None, q).text_field(&mut out, "theme", themes(old, q), themes(new, q));
    }
    let (ol, nl) = (items(old), items(new));
    let mut changed = Vec::new();
    for (pos, &(quarter, item)) in nl.iter().enumerate() {
        match find_item(&ol, &item.title, occurrence(&nl, pos)) {
            None => out.push(Change::RoadmapItemAdded {
                subject: item.title.clone(),
                quarter: quarter.to_string(),
                status: item.status,
            }),
            Some(o) => item_changes(&mut changed, o, (quarter, item)),
        }
    }
    for (pos, &(quarter, item)) in ol.iter().enumerate() {
        if find_item(&nl, &item.title, occurrence(&ol, pos)).is_none() {
            out.push(Change::RoadmapItemRemoved {
                subject: item.title.clone(),
                quarter: quarter.to_string(),
                status: item.status,
            });
        }
    }
    out.extend(changed);
    out
}

fn item_changes(out: &mut Vec<Change>, old: (&str, &RoadmapItem), new: (&str, &RoadmapItem)) {
    let ((oq, o), (nq, n)) = (old, new);
    if oq != nq {
        out.push(Change::RoadmapItemMoved {
            subject: n.title.clone(),
            from: oq.to_string(),
            to: nq.to_string(),
        });
    }
    if o.status != n.status {
        out.push(Change::RoadmapStatusChanged {
            subject: n.title.clone(),
            quarter: nq.to_string(),
            from: o.status,
            to: n.status,
        });
    }
    let s = Subject::new(None, &n.title);
    s.text_field(out, "owner", o.owner.clone(), n.owner.clone());
    let date = |d: Option<crate::values::Date>| d.map(|d| d.to_string());
    s.text_field(out, "due", date(o.due), date(n.due));
    s.list(out, "partners", &o.partners, &n.partners);
}
