//! model.unknown, model.terms, ref.unknown (ids and Markdown links), id.duplicate,
//! roadmap.quarter (unknown partners in roadmap items).

use super::RuleCtx;
use crate::diag::{Diagnostic, Rule};
use crate::links;
use crate::model::{Loc, Markdown, Plan, TermValue};
use crate::source::Span;
use crate::values::is_slug;
use rayon::prelude::*;
use std::collections::HashSet;

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let plan = cx.plan;
    models(plan, out);
    terms(plan, out);
    references(plan, out);
    duplicates(plan, out);
    markdown_links(cx, out);
}

fn did_you_mean<'a>(found: &str, ids: impl Iterator<Item = &'a str>) -> Option<String> {
    crate::suggest::closest(found, ids).map(|s| format!("did you mean `{s}`?"))
}

/// Reports `id` at `loc`/`sub` when it is not a model of the catalog.
fn unknown_model(plan: &Plan, id: &str, at: (&Loc, &str), out: &mut Vec<Diagnostic>) {
    if plan.model(id).is_none() {
        let span = at.0.value(at.1);
        let ids: Vec<&str> = plan.models.iter().map(|m| m.id.as_str()).collect();
        let help = did_you_mean(id, ids.iter().copied())
            .unwrap_or_else(|| format!("known models: {}", ids.join(", ")));
        out.push(
            Diagnostic::new(
                Rule::ModelUnknown,
                span,
                format!("unknown partnership model `{id}`"),
            )
            .label("not in the model catalog")
            .help(help),
        );
    }
}

fn models(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for p in &plan.partners {
        for (i, m) in p.models.iter().enumerate() {
            unknown_model(plan, m, (&p.loc, &format!("models[{i}]")), out);
        }
    }
    if let Some(t) = &plan.thesis {
        for (i, m) in t.models.iter().enumerate() {
            unknown_model(plan, &m.id, (&t.loc, &format!("models[{i}].id")), out);
        }
    }
    for o in &plan.objectives {
        for (i, m) in o.models.iter().enumerate() {
            unknown_model(plan, m, (&o.loc, &format!("models[{i}]")), out);
        }
    }
    for c in &plan.competitors {
        for cp in &c.partners {
            if let Some(m) = &cp.model {
                unknown_model(plan, m, (&cp.loc, "model"), out);
            }
        }
    }
}

fn terms(plan: &Plan, out: &mut Vec<Diagnostic>) {
    for p in &plan.partners {
        for (name, value) in &p.terms {
            let TermValue::Percent(v) = value else {
                continue;
            };
            let Some((model, range)) = plan
                .models
                .iter()
                .find_map(|m| m.terms.iter().find(|(n, _)| n == name).map(|(_, r)| (m, r)))
            else {
                continue;
            };
            if !range.contains(*v) {
                out.push(
                    Diagnostic::new(
                        Rule::ModelTerms,
                        p.loc.value(&format!("terms.{name}")),
                        format!(
                            "{} {} is outside the {} range ({})",
                            name.replace('_', " "),
                            v.display(),
                            model.name,
                            range.display()
                        ),
                    )
                    .label(v.display())
                    .help(terms_help(name, *v, range, &model.name)),
                );
            }
        }
    }
}

/// The nearest value within a model's range for a term outside it.
fn terms_help(
    name: &str,
    v: crate::values::Percent,
    range: &crate::values::PercentRange,
    model: &str,
) -> String {
    let nearest = if v.0 > range.max.0 {
        range.max
    } else {
        range.min
    };
    format!(
        "write a {} within the {model} range, e.g. `{name}: {}`",
        name.replace('_', " "),
        nearest.display()
    )
}

fn unknown_ref(
    kind: &str,
    found: &str,
    span: Span,
    ids: Vec<&str>,
    rule: Rule,
    out: &mut Vec<Diagnostic>,
) {
    let help = did_you_mean(found, ids.iter().copied())
        .unwrap_or_else(|| crate::links::where_ids_are(kind, found, ids.first().copied()));
    out.push(
        Diagnostic::new(rule, span, format!("unknown {kind} `{found}`"))
            .label(format!("not a {kind} of the plan"))
            .help(help),
    );
}

fn references(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let partner_ids = || {
        plan.partners
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
    };
    let competitor_ids = || {
        plan.competitors
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>()
    };
    let mut names: Option<ByName> = None;
    for c in &plan.competitors {
        for cp in &c.partners {
            // a slug names a tracked partner; other text is the free name of a firm
            if is_slug(&cp.partner) && !plan.knows_partner(&cp.partner) {
                unknown_ref(
                    "partner",
                    &cp.partner,
                    cp.loc.value("partner"),
                    partner_ids(),
                    Rule::RefUnknown,
                    out,
                );
            } else if !is_slug(&cp.partner) {
                let index = names.get_or_insert_with(|| ByName::of(plan));
                tracked_by_name(plan, index, cp, out);
            }
        }
    }
    for p in &plan.partners {
        if let Some(c) = &p.locked_to {
            if !plan.knows_competitor(c) {
                unknown_ref(
                    "competitor",
                    c,
                    p.loc.value("locked_to"),
                    competitor_ids(),
                    Rule::RefUnknown,
                    out,
                );
            }
        }
    }
    if let Some(g) = &plan.governance {
        for s in &g.sponsors {
            if !plan.knows_partner(&s.partner) {
                unknown_ref(
                    "partner",
                    &s.partner,
                    s.loc.value("partner"),
                    partner_ids(),
                    Rule::RefUnknown,
                    out,
                );
            }
        }
    }
    for d in &plan.decisions {
        if d.decision != crate::model::DecisionKind::Partner {
            if let Some(pc) = &d.partner_considered {
                if !plan.knows_partner(pc) {
                    unknown_ref(
                        "partner",
                        pc,
                        d.loc.value("partner_considered"),
                        partner_ids(),
                        Rule::RefUnknown,
                        out,
                    );
                }
            }
        }
    }
    let Some(r) = &plan.roadmap else { return };
    for it in r.all_items() {
        item_refs(plan, it, out);
    }
}

/// Tracked partners by display name and by name key, built once per check (the first
/// partner wins a shared key), so that naming a firm costs one lookup, not one pass over
/// every partner.
struct ByName {
    /// Trimmed, ASCII-lower-cased display names.
    names: std::collections::HashMap<String, usize>,
    /// The letters and digits of the slug of the name, and of the id.
    keys: std::collections::HashMap<String, usize>,
}

/// The letters and digits of `s`, lower-cased.
fn name_key(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

impl ByName {
    fn of(plan: &Plan) -> ByName {
        let mut names = std::collections::HashMap::new();
        let mut keys = std::collections::HashMap::new();
        for (i, p) in plan.partners.iter().enumerate() {
            names.entry(p.name.trim().to_ascii_lowercase()).or_insert(i);
            keys.entry(name_key(&crate::slug::slugify(&p.name)))
                .or_insert(i);
            keys.entry(name_key(&p.id)).or_insert(i);
        }
        ByName { names, keys }
    }

    /// The first partner whose name is `written` (any case), or whose name or id has
    /// the same letters and digits as its slug.
    fn find(&self, written: &str) -> Option<usize> {
        let key = name_key(&crate::slug::slugify(written));
        if key.is_empty() {
            return None;
        }
        let by_name = self
            .names
            .get(&written.trim().to_ascii_lowercase())
            .copied();
        let by_key = self.keys.get(&key).copied();
        by_name.into_iter().chain(by_key).min()
    }
}

/// A competitor's partner written as a tracked partner's display name (`Payflow B.V.`
/// for `payflow-bv`): the map would show a free firm name instead of linking the partner.
fn tracked_by_name(
    plan: &Plan,
    index: &ByName,
    cp: &crate::model::CompetitorPartner,
    out: &mut Vec<Diagnostic>,
) {
    let Some(p) = index
        .find(cp.partner.as_str())
        .and_then(|i| plan.partners.get(i))
    else {
        return;
    };
    out.push(
        Diagnostic::new(
            Rule::RefUnknown,
            cp.loc.value("partner"),
            format!(
                "`{}` is the name of the tracked partner `{}`; competitor maps name tracked partners by id",
                cp.partner, p.id
            ),
        )
        .label("a name, not an id")
        .help(format!("did you mean `{}`?", p.id)),
    );
}

fn item_refs(plan: &Plan, it: &crate::model::RoadmapItem, out: &mut Vec<Diagnostic>) {
    for (i, p) in it.partners.iter().enumerate() {
        if !plan.knows_partner(p) {
            let ids = plan.partners.iter().map(|p| p.id.as_str()).collect();
            unknown_ref(
                "partner",
                p,
                it.loc.value(&format!("partners[{i}]")),
                ids,
                Rule::RoadmapQuarter,
                out,
            );
        }
    }
    for (i, k) in it.key_results.iter().enumerate() {
        if !plan.knows_key_result(k) {
            let ids = plan
                .objectives
                .iter()
                .flat_map(|o| &o.key_results)
                .filter_map(|k| k.id.as_deref())
                .collect();
            unknown_ref(
                "key result",
                k,
                it.loc.value(&format!("key_results[{i}]")),
                ids,
                Rule::RefUnknown,
                out,
            );
        }
    }
    for (i, d) in it.decisions.iter().enumerate() {
        if !plan.knows_decision(d) {
            let ids = plan.decisions.iter().map(|d| d.id.as_str()).collect();
            unknown_ref(
                "decision",
                d,
                it.loc.value(&format!("decisions[{i}]")),
                ids,
                Rule::RefUnknown,
                out,
            );
        }
    }
}

/// Reports every id used a second time; `items` are (id, where, sub-path of the id).
fn dup<'a>(
    kind: &str,
    items: impl Iterator<Item = (&'a str, &'a Loc, &'static str)>,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: HashSet<&str> = HashSet::new();
    for (id, loc, sub) in items {
        if id.is_empty() || seen.insert(id) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Rule::IdDuplicate,
                loc.value(sub),
                format!("{kind} id `{id}` is used twice"),
            )
            .label("second use")
            .help(format!("give each {kind} its own id")),
        );
    }
}

fn duplicates(plan: &Plan, out: &mut Vec<Diagnostic>) {
    dup(
        "decision",
        plan.decisions.iter().map(|d| (d.id.as_str(), &d.loc, "id")),
        out,
    );
    dup(
        "competitor",
        plan.competitors
            .iter()
            .map(|c| (c.id.as_str(), &c.loc, "id")),
        out,
    );
    dup(
        "objective",
        plan.objectives
            .iter()
            .filter_map(|o| o.id.as_deref().map(|id| (id, &o.loc, "id"))),
        out,
    );
    dup(
        "key result",
        plan.objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .filter_map(|k| k.id.as_deref().map(|id| (id, &k.loc, "id"))),
        out,
    );
    dup(
        "partner",
        plan.partners.iter().map(|p| (p.id.as_str(), &p.loc, "")),
        out,
    );
    if let Some(g) = &plan.governance {
        dup(
            "sponsor",
            g.sponsors
                .iter()
                .map(|s| (s.partner.as_str(), &s.loc, "partner")),
            out,
        );
    }
}

/// Every Markdown body of the plan with the file it is in.
pub fn markdown_bodies(plan: &Plan) -> Vec<(&Markdown, &Loc)> {
    let mut v: Vec<(&Markdown, &Loc)> = Vec::new();
    if let Some(t) = &plan.thesis {
        v.push((&t.body, &t.loc));
    }
    v.extend(plan.partners.iter().map(|p| (&p.notes, &p.loc)));
    v.extend(plan.decisions.iter().map(|d| (&d.rationale, &d.loc)));
    v.extend(plan.pages.iter().map(|p| (&p.body, &p.loc)));
    v
}

/// Links in Markdown that do not resolve (every body parsed in parallel; the
/// diagnostics keep the bodies' order).
fn markdown_links(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let found: Vec<Vec<Diagnostic>> = markdown_bodies(cx.plan)
        .par_iter()
        .map(|(md, _)| broken_links(cx, md))
        .collect();
    out.extend(found.into_iter().flatten());
}

fn broken_links(cx: &RuleCtx, md: &Markdown) -> Vec<Diagnostic> {
    let Some(file) = cx.sources.get(md.file) else {
        return Vec::new();
    };
    links::links_in(md)
        .into_iter()
        .filter_map(|(dest, span)| {
            let msg = links::resolve(cx.plan, &file.rel, &dest).err()?;
            Some(
                Diagnostic::new(
                    Rule::RefUnknown,
                    span,
                    format!("link `{dest}` does not resolve"),
                )
                .label("broken link")
                .help(msg),
            )
        })
        .collect()
}

crate::declare_rule! {
    ModelUnknown {
        id: "model.unknown",
        severity: Error,
        summary: "A partnership model id that is not in the model catalog.",
        explanation: r#"Partnership models are referenced by id in the thesis, partner files, competitor entries and OKRs. The catalog holds the seven built-in models (referral, reseller, co-sell, implementation, oem, joint-venture, technology-alliance), each with its definition, best-for partners, revenue mechanism and term ranges, plus any added in `models.yaml`. An unknown id cannot be linked, its commercial terms cannot be checked, and traceability from thesis models to OKRs breaks. Use a catalog id or define the model in `models.yaml`."#,
        bad: r#"# partners/insight-partners.md
---
models: [co-sell, resale]
---"#,
        good: r#"# partners/insight-partners.md
---
models: [co-sell, reseller]
---"#,
    }
}

crate::declare_rule! {
    ModelTerms {
        id: "model.terms",
        severity: Error,
        summary: "Commercial terms lie outside the model's range (referral fee 5–15 %, reseller margin 20–40 %).",
        explanation: r#"Each model has a commercial term range: a referral partner earns 5–15 % of ACV, a reseller 20–40 % off list. A partner's `terms` are checked against the ranges of its models (as overridden in `models.yaml`, if at all). Above the range the deal erodes the unit economics that made partnering cheaper than direct sales (the cost-efficiency rationale); below it the partner has no reason to prioritise us. Terms outside the range need a different model, a renegotiation, or a documented range change in `models.yaml`."#,
        bad: r#"# partners/ledgerline.md
---
models: [referral]
terms: {referral_fee: 20%}
---"#,
        good: r#"# partners/ledgerline.md
---
models: [referral]
terms: {referral_fee: 12%}
---"#,
    }
}

crate::declare_rule! {
    RefUnknown {
        id: "ref.unknown",
        severity: Error,
        summary: "A reference to a partner, decision, competitor, tier or page that does not exist.",
        explanation: r#"The plan is a web of references: roadmap items and sponsors name partners, decisions name the partner considered, competitor maps name partners, and Markdown links use `partner:<id>`, `decision:<D-NNN>`, `competitor:<id>`, `tier:<name>` or a relative path to another `.md` file. Each is resolved against the content directory; one that points nowhere would be a broken link in the handbook and a hole in the traceability chain (thesis → OKRs → roadmap → partners → decisions). The diagnostic names the missing target and, when one is close, suggests it."#,
        bad: r#"# handbook/deal-registration.md
---
title: Deal registration
---
Platinum partners such as [Deloitte](partner:delloite) register
deals within 5 business days ([tiers](tier:platinum))."#,
        good: r#"# handbook/deal-registration.md
---
title: Deal registration
---
Platinum partners such as [Deloitte](partner:deloitte) register
deals within 5 business days ([tiers](tier:platinum))."#,
    }
}

crate::declare_rule! {
    IdDuplicate {
        id: "id.duplicate",
        severity: Error,
        summary: "Two items share an id.",
        explanation: r#"Ids are how partners, decisions, competitors, objectives and key results are linked, rendered as pages and compared over time by `partnerbook diff`. Two items with the same id would make every reference to it ambiguous: which Collibra holds Deloitte, which D-004 was superseded? The rule checks uniqueness within each kind: partner ids (file stems), decision ids, competitor ids, and objective and key-result ids."#,
        bad: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: []}
  - {id: collibra, name: Alation, partners: []}"#,
        good: r#"# competitors.yaml
competitors:
  - {id: collibra, name: Collibra, partners: []}
  - {id: alation, name: Alation, partners: []}"#,
    }
}
