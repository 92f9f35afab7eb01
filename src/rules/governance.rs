//! sponsor.missing, raci.accountable, raci.responsible, raci.letter.

use super::RuleCtx;
use crate::diag::{Diagnostic, Rule};
use crate::model::{Governance, TierLevel, TierName};

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    sponsors(cx, out);
    if let Some(g) = cx.plan.governance.as_ref() {
        raci(g, out);
    }
}

/// sponsor.missing: every Platinum partner has a complete sponsor row.
fn sponsors(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let g = cx.plan.governance.as_ref();
    // an unread governance.yaml has its own error; its sponsors are unknown, not missing
    let sponsors_known = !cx.plan.unread.governance;
    for p in cx.plan.partners.iter().filter(|_| sponsors_known) {
        if p.tier != TierLevel::Tier(TierName::Platinum) {
            continue;
        }
        let row = g.and_then(|g| g.sponsors.iter().find(|s| s.partner == p.id));
        let Some(row) = row else {
            out.push(
                Diagnostic::new(Rule::SponsorMissing, p.loc.value("tier"), format!("platinum partner {} has no executive sponsor", p.name))
                    .help(format!("add a row under `sponsors:` in governance.yaml with `partner: {}`, partner_executive, our_counterpart and cadence", p.id)),
            );
            continue;
        };
        for (key, v) in [
            ("partner_executive", &row.partner_executive),
            ("our_counterpart", &row.our_counterpart),
            ("cadence", &row.cadence),
        ] {
            if v.trim().is_empty() {
                let at = if row.loc.has(key) { key } else { "partner" };
                out.push(
                    Diagnostic::new(Rule::SponsorMissing, row.loc.key(at), format!("sponsor row for {} lacks `{key}`", p.name))
                        .help(format!("add `{key}: {}` to the sponsor row (a sponsor row names the partner executive, our counterpart and the cadence)", sponsor_example(key))),
                );
            }
        }
    }
}

/// raci.accountable, raci.responsible, raci.letter: one A, at least one R, known letters and roles.
fn raci(g: &Governance, out: &mut Vec<Diagnostic>) {
    for row in &g.raci {
        let count = |l: &str| row.cells.iter().filter(|(_, v)| v.trim() == l).count();
        let a = count("A");
        if a != 1 {
            out.push(
                Diagnostic::new(
                    Rule::RaciAccountable,
                    row.loc.key(""),
                    format!(
                        "`{}` has {a} accountable roles, expected exactly one A",
                        row.decision
                    ),
                )
                .help(accountable_help(row)),
            );
        }
        if count("R") == 0 {
            out.push(
                Diagnostic::new(
                    Rule::RaciResponsible,
                    row.loc.key(""),
                    format!("`{}` has no responsible role (R)", row.decision),
                )
                .help("mark the role that does the work with R, e.g. `Director Partner Dev: R` (the accountable role may also do it)"),
            );
        }
        for (role, letter) in &row.cells {
            if !matches!(letter.trim(), "R" | "A" | "C" | "I") {
                out.push(
                    Diagnostic::new(
                        Rule::RaciLetter,
                        row.loc.value(role),
                        format!("`{letter}` is not a RACI letter"),
                    )
                    .help(letter_help(role, letter)),
                );
            }
            if !g.roles.iter().any(|r| r == role) {
                let help = crate::suggest::closest(role, g.roles.iter().map(String::as_str))
                    .map_or_else(
                        || {
                            format!(
                                "use one of the roles ({}), or add `{role}` to `roles:`",
                                g.roles.join(", ")
                            )
                        },
                        |s| format!("did you mean `{s}`?"),
                    );
                out.push(
                    Diagnostic::new(
                        Rule::RaciLetter,
                        row.loc.key(role),
                        format!("role `{role}` is not in the roles list"),
                    )
                    .help(help),
                );
            }
        }
    }
}

/// An example value for a missing key of a sponsor row.
fn sponsor_example(key: &str) -> &'static str {
    match key {
        "partner_executive" => "VP Alliances",
        "our_counterpart" => "CPO",
        _ => "Monthly 1:1 + QBR",
    }
}

/// How to leave one A in a RACI row: name the role to mark, or the roles to choose from.
fn accountable_help(row: &crate::model::RaciRow) -> String {
    let with_a: Vec<&str> = row
        .cells
        .iter()
        .filter(|(_, l)| l.trim() == "A")
        .map(|(r, _)| r.as_str())
        .collect();
    if with_a.is_empty() {
        "mark the one role that owns the outcome with A, e.g. `CPO: A`".into()
    } else {
        format!(
            "keep A on one of {} and make the others R or C",
            with_a.join(", ")
        )
    }
}

/// What to write for a cell that is not one RACI letter: `a` → `A`, `Responsible` → `R`.
fn letter_help(role: &str, letter: &str) -> String {
    let t = letter.trim();
    let first = t.chars().next().map(|c| c.to_ascii_uppercase());
    match first {
        Some(c @ ('R' | 'A' | 'C' | 'I'))
            if t.len() == 1 || t.chars().skip(1).all(char::is_alphabetic) =>
        {
            format!("write `{role}: {c}`")
        }
        _ => "write one letter: R (responsible), A (accountable), C (consulted) or I (informed)"
            .into(),
    }
}

crate::declare_rule! {
    SponsorMissing {
        id: "sponsor.missing",
        severity: Error,
        summary: "A platinum partner has no complete executive sponsor row.",
        explanation: r#"The playbook requires an executive sponsor mapping for every Platinum partner: the partner's executive, our counterpart (typically the CPO) and the relationship cadence (e.g. "Monthly 1:1 + QBR"). Executive-to-executive relationships are a Platinum benefit and the main defence against a competitor winning the partner over. The rule checks that each partner whose current tier is platinum has a row in `governance.yaml` `sponsors` with `partner_executive`, `our_counterpart` and `cadence` all filled."#,
        bad: r#"# governance.yaml
sponsors:
  - partner: deloitte
    partner_executive: VP Alliance, Digital
    our_counterpart: CPO"#,
        good: r#"# governance.yaml
sponsors:
  - partner: deloitte
    partner_executive: VP Alliance, Digital
    our_counterpart: CPO
    cadence: Monthly 1:1 + QBR"#,
    }
}

crate::declare_rule! {
    RaciAccountable {
        id: "raci.accountable",
        severity: Error,
        summary: "A RACI row does not have exactly one A (Accountable).",
        explanation: r#"The governance RACI assigns each partner-program decision (new partnership approval, tier promotion/demotion, commercial terms, deal registration, MDF allocation, partner exit) to roles. Exactly one role must be Accountable: with none, nobody owns the outcome; with two, the decision stalls or is made twice. In the seed the CPO is accountable for commercial terms while Finance and Legal are responsible. The rule counts the A letters in each row of `raci.decisions`."#,
        bad: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Finance, Legal]
  decisions:
    Commercial terms approval: {CPO: A, VP Alliance GTM: C, Finance: A, Legal: R}"#,
        good: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Finance, Legal]
  decisions:
    Commercial terms approval: {CPO: A, VP Alliance GTM: C, Finance: R, Legal: R}"#,
    }
}

crate::declare_rule! {
    RaciResponsible {
        id: "raci.responsible",
        severity: Error,
        summary: "A RACI row has no R (Responsible).",
        explanation: r#"A decision type with an accountable owner but nobody responsible for doing the work is a process that exists only on paper: deal registrations wait past the 48-hour SLA, MDF claims pile up. Every row of `raci.decisions` needs at least one R; in the seed, Partner Ops is responsible for deal registration approval while the VP Alliance GTM is accountable."#,
        bad: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops]
  decisions:
    Deal registration approval: {CPO: I, VP Alliance GTM: A, Director Partner Ops: I}"#,
        good: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops]
  decisions:
    Deal registration approval: {CPO: I, VP Alliance GTM: A, Director Partner Ops: R}"#,
    }
}

crate::declare_rule! {
    RaciLetter {
        id: "raci.letter",
        severity: Error,
        summary: "A RACI cell is not R, A, C or I, or names a role not in the roles list.",
        explanation: r#"Each RACI cell holds one letter: R (Responsible), A (Accountable), C (Consulted) or I (Informed), and each column must be one of `raci.roles`, so that the governance table renders with one column per role and the accountable/responsible checks count correctly. A misspelt role ("VP Alliances" for "VP Alliance GTM") would add a phantom column, and an unknown letter would leave that role's duty undefined."#,
        bad: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops, Finance]
  decisions:
    MDF allocation: {CPO: A, VP Alliances: C, Director Partner Ops: R, Finance: X}"#,
        good: r#"# governance.yaml
raci:
  roles: [CPO, VP Alliance GTM, Director Partner Ops, Finance]
  decisions:
    MDF allocation: {CPO: A, VP Alliance GTM: C, Director Partner Ops: R, Finance: R}"#,
    }
}
