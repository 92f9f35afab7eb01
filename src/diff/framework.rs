//! ChangeReport to the program's framework: the tier framework, governance (RACI and
//! executive sponsors), and the company profile, program settings, scoring and thesis.

use super::{currency_of, yes_no, Change, Currency, Subject, Value};
use crate::model::{Governance, Plan, RaciRow, Sponsor, Thesis, Tier, TierName, FACTOR_LABELS};
use crate::values::Money;

/// Pipeline ranges, certification minimums, benefits, commitments and the other
/// structured requirements of each tier.
pub fn tiers(old: &Plan, new: &Plan) -> Vec<Change> {
    let (Some(of), Some(nf)) = (&old.tiers, &new.tiers) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for level in TierName::ALL {
        let (o, n) = (of.get(*level), nf.get(*level));
        let name = format!("{} tier", level.label());
        let subject = Subject::new(Some(level.as_str()), &name);
        tier_changes(&mut out, &subject, (o, old), (n, new));
    }
    out
}

fn tier_changes(out: &mut Vec<Change>, s: &Subject, old: (&Tier, &Plan), new: (&Tier, &Plan)) {
    let ((o, op), (n, np)) = (old, new);
    let (oc, nc) = (currency_of(op), currency_of(np));
    s.text_field(out, "name", Some(o.name.clone()), Some(n.name.clone()));
    s.field(
        out,
        "pipeline range",
        Some(Value::MoneyRange(o.pipeline, oc.clone())),
        Some(Value::MoneyRange(n.pipeline, nc.clone())),
    );
    let num = |v: u32| Some(Value::Number(f64::from(v)));
    s.field(
        out,
        "certified individuals required",
        num(o.certified_individuals),
        num(n.certified_individuals),
    );
    s.field(
        out,
        "dedicated practice required",
        yes_no(o.dedicated_practice),
        yes_no(n.dedicated_practice),
    );
    s.field(
        out,
        "MDF per year",
        money(o.mdf_per_year, &oc),
        money(n.mdf_per_year, &nc),
    );
    s.field(
        out,
        "minimum joint GTM activities",
        num(o.min_gtm_activities),
        num(n.min_gtm_activities),
    );
    let cadence = |t: &Tier| t.review_cadence.map(|c| c.label().to_lowercase());
    s.text_field(out, "review cadence", cadence(o), cadence(n));
    let count = |v: Option<u32>| v.map(|d| Value::Number(f64::from(d)));
    s.field(
        out,
        "deal registration days",
        count(o.deal_registration_days),
        count(n.deal_registration_days),
    );
    s.field(
        out,
        "partners per PAM",
        count(o.pam_max_partners),
        count(n.pam_max_partners),
    );
    s.list(out, "benefits", &o.benefits, &n.benefits);
    s.list(out, "commitments", &o.commitments, &n.commitments);
}

/// RACI roles, rows and letters, and executive sponsors.
pub fn governance(old: &Plan, new: &Plan) -> Vec<Change> {
    let empty = Governance::default();
    let og = old.governance.as_ref().unwrap_or(&empty);
    let ng = new.governance.as_ref().unwrap_or(&empty);
    let mut out = Vec::new();
    Subject::new(None, "RACI").list(&mut out, "roles", &og.roles, &ng.roles);
    for row in &ng.raci {
        match og.raci.iter().find(|r| r.decision == row.decision) {
            None => out.push(Change::RaciRowAdded {
                subject: row.decision.clone(),
                accountable: roles_with(row, "A"),
                responsible: roles_with(row, "R"),
            }),
            Some(o) => raci_cells(&mut out, o, row),
        }
    }
    for row in &og.raci {
        if !ng.raci.iter().any(|r| r.decision == row.decision) {
            out.push(Change::RaciRowRemoved {
                subject: row.decision.clone(),
            });
        }
    }
    sponsors(&mut out, (old, &og.sponsors), (new, &ng.sponsors));
    out
}

/// An amount, when there is one, in a side's currency.
fn money(m: Option<Money>, c: &Currency) -> Option<Value> {
    m.map(|m| Value::money(m, c))
}

fn roles_with(row: &RaciRow, letter: &str) -> Vec<String> {
    row.cells
        .iter()
        .filter(|(_, l)| l.trim().eq_ignore_ascii_case(letter))
        .map(|(r, _)| r.clone())
        .collect()
}

fn raci_cells(out: &mut Vec<Change>, old: &RaciRow, new: &RaciRow) {
    let letter = |row: &RaciRow, role: &str| {
        row.cells
            .iter()
            .find(|(r, _)| r == role)
            .map(|(_, l)| l.trim().to_uppercase())
    };
    let mut roles: Vec<&str> = new.cells.iter().map(|(r, _)| r.as_str()).collect();
    for (r, _) in &old.cells {
        if !roles.contains(&r.as_str()) {
            roles.push(r);
        }
    }
    for role in roles {
        let (from, to) = (letter(old, role), letter(new, role));
        if from != to {
            out.push(Change::RaciChanged {
                subject: new.decision.clone(),
                role: role.to_string(),
                from,
                to,
            });
        }
    }
}

fn sponsors(out: &mut Vec<Change>, old: (&Plan, &[Sponsor]), new: (&Plan, &[Sponsor])) {
    let ((op, os), (np, ns)) = (old, new);
    let name = |plan: &Plan, id: &str| plan.partner(id).map_or(id.to_string(), |p| p.name.clone());
    for s in ns {
        let display = name(np, &s.partner);
        match os.iter().find(|o| o.partner == s.partner) {
            None => out.push(Change::SponsorAdded {
                id: s.partner.clone(),
                subject: display,
                partner_executive: s.partner_executive.clone(),
                our_counterpart: s.our_counterpart.clone(),
            }),
            Some(o) => {
                let subject_name = format!("{display} sponsor");
                let subject = Subject::new(Some(&s.partner), &subject_name);
                let f = |v: &str| Some(v.to_string());
                subject.text_field(
                    out,
                    "partner executive",
                    f(&o.partner_executive),
                    f(&s.partner_executive),
                );
                subject.text_field(
                    out,
                    "our counterpart",
                    f(&o.our_counterpart),
                    f(&s.our_counterpart),
                );
                subject.text_field(out, "cadence", f(&o.cadence), f(&s.cadence));
            }
        }
    }
    for s in os {
        if !ns.iter().any(|n| n.partner == s.partner) {
            out.push(Change::SponsorRemoved {
                id: s.partner.clone(),
                subject: name(op, &s.partner),
            });
        }
    }
}

/// The company profile, program settings, scoring weights and bands, and the thesis.
pub fn company(old: &Plan, new: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    let (oc, nc) = (&old.company, &new.company);
    let s = Subject::new(None, "Company");
    let f = |v: &str| Some(v.to_string());
    s.text_field(&mut out, "name", f(&oc.name), f(&nc.name));
    s.text(
        &mut out,
        "description",
        Some(&oc.description),
        Some(&nc.description),
    );
    s.text_field(&mut out, "category", f(&oc.category), f(&nc.category));
    let (ocur, ncur) = (currency_of(old), currency_of(new));
    s.field(
        &mut out,
        "current ARR",
        money(oc.current_arr, &ocur),
        money(nc.current_arr, &ncur),
    );
    s.field(
        &mut out,
        "target ARR",
        money(oc.target_arr, &ocur),
        money(nc.target_arr, &ncur),
    );
    s.text_field(
        &mut out,
        "currency",
        f(oc.currency.code()),
        f(nc.currency.code()),
    );
    s.list(&mut out, "ICPs", &oc.icps, &nc.icps);
    s.list(&mut out, "markets", &oc.markets, &nc.markets);
    program(&mut out, old, new);
    scoring(&mut out, old, new);
    thesis(&mut out, old, new);
    out
}

fn program(out: &mut Vec<Change>, old: &Plan, new: &Plan) {
    let (o, n) = (&old.program, &new.program);
    let s = Subject::new(None, "Program");
    s.field(
        out,
        "partner share of ARR",
        o.partner_arr_share.map(|p| Value::Percent(p.0)),
        n.partner_arr_share.map(|p| Value::Percent(p.0)),
    );
    let years = |y: u32| Some(Value::Years(y));
    s.field(
        out,
        "horizon",
        years(o.horizon_years),
        years(n.horizon_years),
    );
    s.text_field(
        out,
        "north star",
        Some(old.north_star().to_string()),
        Some(new.north_star().to_string()),
    );
    s.text_field(
        out,
        "roadmap year",
        Some(o.year.to_string()),
        Some(n.year.to_string()),
    );
    s.field(
        out,
        "partner-sourced ARR",
        money(o.partner_sourced_arr, &currency_of(old)),
        money(n.partner_sourced_arr, &currency_of(new)),
    );
}

fn points(v: f64) -> Option<Value> {
    Some(Value::Number(v))
}

fn scoring(out: &mut Vec<Change>, old: &Plan, new: &Plan) {
    let (o, n) = (&old.scoring, &new.scoring);
    let s = Subject::new(None, "Scoring");
    for (i, label) in FACTOR_LABELS.iter().enumerate() {
        s.field(
            out,
            &format!("weight of {}", label.to_lowercase()),
            points(o.weights[i]),
            points(n.weights[i]),
        );
    }
    s.field(
        out,
        "priority band threshold",
        points(o.priority),
        points(n.priority),
    );
    s.field(
        out,
        "secondary band threshold",
        points(o.secondary),
        points(n.secondary),
    );
}

fn thesis(out: &mut Vec<Change>, old: &Plan, new: &Plan) {
    let empty = Thesis::default();
    let o = old.thesis.as_ref().unwrap_or(&empty);
    let n = new.thesis.as_ref().unwrap_or(&empty);
    let s = Subject::new(None, "Thesis");
    let text_of = |t: &Thesis, key: &str| {
        t.rationale
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let mut keys: Vec<&str> = n.rationale.iter().map(|(k, _)| k.as_str()).collect();
    for (k, _) in &o.rationale {
        if !keys.contains(&k.as_str()) {
            keys.push(k);
        }
    }
    for key in keys {
        let field = key.replace('_', " ");
        s.text(
            out,
            &field,
            text_of(o, key).as_deref(),
            text_of(n, key).as_deref(),
        );
    }
    let ids = |t: &Thesis| t.models.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    s.list(out, "partnership models", &ids(o), &ids(n));
    s.list(out, "partner types", &o.partner_types, &n.partner_types);
    s.text(
        out,
        "mechanism",
        o.mechanism.as_deref(),
        n.mechanism.as_deref(),
    );
    s.text(
        out,
        "adjacent use cases",
        o.adjacent_use_cases.as_deref(),
        n.adjacent_use_cases.as_deref(),
    );
    s.text(out, "prose", Some(&o.body.text), Some(&n.body.text));
}
