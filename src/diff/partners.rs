//! Partner changes (added, removed, score and band, tier, target tier, status, pipeline,
//! competitor lock and lesser properties) and changes to the competitive map.

use super::{currency_of, yes_no, Change, Currency, Subject, Value};
use crate::analysis::PartnerFacts;
use crate::model::{Partner, Plan, TermValue};
use crate::project::Project;
use std::collections::HashMap;

/// Scores closer than this are equal: a score is a figure of two decimals.
const SCORE_EPSILON: f64 = 0.005;

/// A partner with its computed facts, on one side of the diff.
struct Side<'a> {
    partner: &'a Partner,
    facts: Option<&'a PartnerFacts>,
    currency: Currency,
}

fn index(p: &Project) -> HashMap<&str, usize> {
    let mut m = HashMap::new();
    for (i, partner) in p.plan.partners.iter().enumerate() {
        m.entry(partner.id.as_str()).or_insert(i);
    }
    m
}

fn side(p: &Project, i: usize) -> Option<Side<'_>> {
    Some(Side {
        partner: p.plan.partners.get(i)?,
        facts: p.analysis.partners.get(i),
        currency: currency_of(&p.plan),
    })
}

fn score(s: &Side) -> (f64, crate::analysis::Band) {
    s.facts
        .map_or((0.0, crate::analysis::Band::Opportunistic), |f| {
            (f.score, f.band)
        })
}

/// Added and removed partners first, then the changes of each partner in plan order.
pub fn partners(old: &Project, new: &Project) -> Vec<Change> {
    let (old_ix, new_ix) = (index(old), index(new));
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (i, p) in new.plan.partners.iter().enumerate() {
        if new_ix.get(p.id.as_str()) != Some(&i) {
            continue; // a duplicate id: reported by the rules
        }
        let Some(n) = side(new, i) else { continue };
        match old_ix.get(p.id.as_str()).and_then(|&j| side(old, j)) {
            None => {
                let (score, band) = score(&n);
                added.push(Change::PartnerAdded {
                    id: p.id.clone(),
                    subject: p.name.clone(),
                    tier: p.tier,
                    score,
                    band,
                });
            }
            Some(o) => partner_changes(&mut changed, &o, &n),
        }
    }
    let mut out = added;
    for (j, p) in old.plan.partners.iter().enumerate() {
        if new_ix.contains_key(p.id.as_str()) || old_ix.get(p.id.as_str()) != Some(&j) {
            continue;
        }
        if let Some(o) = side(old, j) {
            let (score, band) = score(&o);
            out.push(Change::PartnerRemoved {
                id: p.id.clone(),
                subject: p.name.clone(),
                tier: p.tier,
                score,
                band,
            });
        }
    }
    out.extend(changed);
    out
}

fn partner_changes(out: &mut Vec<Change>, o: &Side, n: &Side) {
    let (op, np) = (o.partner, n.partner);
    let (id, name) = (np.id.clone(), np.name.clone());
    let ((os, ob), (ns, nb)) = (score(o), score(n));
    if (os - ns).abs() >= SCORE_EPSILON || ob != nb {
        out.push(Change::ScoreChanged {
            id: id.clone(),
            subject: name.clone(),
            from: os,
            to: ns,
            band_from: ob,
            band_to: nb,
        });
    }
    if op.tier != np.tier {
        out.push(Change::TierChanged {
            id: id.clone(),
            subject: name.clone(),
            from: op.tier,
            to: np.tier,
        });
    }
    if op.target_tier != np.target_tier {
        out.push(Change::TargetTierChanged {
            id: id.clone(),
            subject: name.clone(),
            from: op.target_tier,
            to: np.target_tier,
        });
    }
    if op.status != np.status {
        out.push(Change::PartnerStatusChanged {
            id: id.clone(),
            subject: name.clone(),
            from: op.status,
            to: np.status,
        });
    }
    lock_change(out, o, n);
    let subject = Subject::new(Some(&np.id), &np.name);
    subject.text_field(out, "name", Some(op.name.clone()), Some(np.name.clone()));
    subject.field(
        out,
        "pipeline",
        money(op.pipeline, &o.currency),
        money(np.pipeline, &n.currency),
    );
    property_changes(out, &subject, o, n);
}

fn lock_change(out: &mut Vec<Change>, o: &Side, n: &Side) {
    let locked = |s: &Side| s.facts.is_some_and(|f| f.locked);
    let holders = |s: &Side| -> Vec<String> {
        let mut names: Vec<String> = s
            .facts
            .map(|f| {
                f.holdings
                    .iter()
                    .filter(|h| h.locked)
                    .map(|h| h.competitor_name.clone())
                    .collect()
            })
            .unwrap_or_default();
        if names.is_empty() {
            names.extend(s.partner.locked_to.clone());
        }
        names
    };
    let (was, is) = (locked(o), locked(n));
    if was == is {
        return;
    }
    out.push(Change::LockChanged {
        id: n.partner.id.clone(),
        subject: n.partner.name.clone(),
        from: was,
        to: is,
        competitors: if is { holders(n) } else { holders(o) },
    });
}

/// Landscape, certification, commitments, models, terms, MDF, PAM.
fn property_changes(out: &mut Vec<Change>, subject: &Subject, o: &Side, n: &Side) {
    let (op, np) = (o.partner, n.partner);
    let landscape = |p: &Partner| {
        Some(Value::Text(format!(
            "{} ({})",
            p.landscape.as_str(),
            p.landscape.label()
        )))
    };
    subject.field(out, "landscape", landscape(op), landscape(np));
    let num = |v: u32| Some(Value::Number(f64::from(v)));
    subject.field(
        out,
        "certified individuals",
        num(op.certified_individuals),
        num(np.certified_individuals),
    );
    subject.field(
        out,
        "dedicated practice",
        yes_no(op.dedicated_practice),
        yes_no(np.dedicated_practice),
    );
    let (oc, nc) = (&op.commitments, &np.commitments);
    let plan_word = |p: &Partner| {
        Some(Value::Text(
            p.commitments.joint_business_plan.label().to_lowercase(),
        ))
    };
    subject.field(out, "joint business plan", plan_word(op), plan_word(np));
    subject.field(out, "QBR", yes_no(oc.qbr), yes_no(nc.qbr));
    subject.field(
        out,
        "joint GTM activities",
        num(oc.gtm_activities),
        num(nc.gtm_activities),
    );
    subject.field(
        out,
        "named PAM at the partner",
        yes_no(oc.named_pam),
        yes_no(nc.named_pam),
    );
    subject.list(out, "models", &op.models, &np.models);
    subject.field(
        out,
        "MDF",
        money(op.mdf, &o.currency),
        money(np.mdf, &n.currency),
    );
    subject.text_field(out, "PAM", op.pam.clone(), np.pam.clone());
    subject.field(out, "inbound", yes_no(op.inbound), yes_no(np.inbound));
    terms(out, subject, o, n);
}

/// An amount, when there is one, in a side's currency.
fn money(m: Option<crate::values::Money>, c: &Currency) -> Option<Value> {
    m.map(|m| Value::money(m, c))
}

fn terms(out: &mut Vec<Change>, subject: &Subject, o: &Side, n: &Side) {
    let get = |s: &Side, key: &str| {
        s.partner
            .terms
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v): &(String, TermValue)| Value::term(v, &s.currency))
    };
    let mut keys: Vec<&str> = n.partner.terms.iter().map(|(k, _)| k.as_str()).collect();
    for (k, _) in &o.partner.terms {
        if !keys.contains(&k.as_str()) {
            keys.push(k);
        }
    }
    for k in keys {
        let label = k.replace('_', " ");
        subject.field(out, &label, get(o, k), get(n, k));
    }
}

/// Competitors added to or removed from the competitive map.
pub fn competitors(old: &Project, new: &Project) -> Vec<Change> {
    let mut out = Vec::new();
    let has = |plan: &Plan, id: &str| plan.competitor(id).is_some();
    for c in &new.plan.competitors {
        if !has(&old.plan, &c.id) {
            out.push(Change::CompetitorAdded {
                id: c.id.clone(),
                subject: c.name.clone(),
            });
        }
    }
    for c in &new.plan.competitors {
        let Some(o) = old.plan.competitor(&c.id) else {
            continue;
        };
        let subject = Subject::new(Some(&c.id), &c.name);
        let held = |plan: &Plan, c: &crate::model::Competitor| -> Vec<String> {
            c.partners
                .iter()
                .map(|h| {
                    plan.partner(&h.partner)
                        .map_or(h.partner.clone(), |p| p.name.clone())
                })
                .collect()
        };
        subject.list(
            &mut out,
            "partners held",
            &held(&old.plan, o),
            &held(&new.plan, c),
        );
    }
    for c in &old.plan.competitors {
        if !has(&new.plan, &c.id) {
            out.push(Change::CompetitorRemoved {
                id: c.id.clone(),
                subject: c.name.clone(),
            });
        }
    }
    out
}
