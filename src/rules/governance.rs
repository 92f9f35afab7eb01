//! sponsor.missing, raci.accountable, raci.responsible, raci.letter.

use super::RuleCtx;
use crate::diag::Diagnostic;
use crate::model::{TierLevel, TierName};

pub fn check(cx: &RuleCtx, out: &mut Vec<Diagnostic>) {
    let g = cx.plan.governance.as_ref();
    for p in &cx.plan.partners {
        if p.tier != TierLevel::Tier(TierName::Platinum) {
            continue;
        }
        let row = g.and_then(|g| g.sponsors.iter().find(|s| s.partner == p.id));
        let Some(row) = row else {
            out.push(
                Diagnostic::new("sponsor.missing", p.loc.value("tier"), format!("platinum partner {} has no executive sponsor", p.name))
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
                    Diagnostic::new("sponsor.missing", row.loc.key(at), format!("sponsor row for {} lacks `{key}`", p.name))
                        .help("a sponsor row names the partner executive, our counterpart and the cadence"),
                );
            }
        }
    }
    let Some(g) = g else { return };
    for row in &g.raci {
        let count = |l: &str| row.cells.iter().filter(|(_, v)| v.trim() == l).count();
        let a = count("A");
        if a != 1 {
            out.push(
                Diagnostic::new(
                    "raci.accountable",
                    row.loc.key(""),
                    format!(
                        "`{}` has {a} accountable roles, expected exactly one A",
                        row.decision
                    ),
                )
                .help("exactly one role is accountable (A) for each decision"),
            );
        }
        if count("R") == 0 {
            out.push(
                Diagnostic::new(
                    "raci.responsible",
                    row.loc.key(""),
                    format!("`{}` has no responsible role (R)", row.decision),
                )
                .help("at least one role does the work (R)"),
            );
        }
        for (role, letter) in &row.cells {
            if !matches!(letter.trim(), "R" | "A" | "C" | "I") {
                out.push(
                    Diagnostic::new(
                        "raci.letter",
                        row.loc.value(role),
                        format!("`{letter}` is not a RACI letter"),
                    )
                    .help("use R (responsible), A (accountable), C (consulted) or I (informed)"),
                );
            }
            if !g.roles.iter().any(|r| r == role) {
                let help = crate::suggest::closest(role, g.roles.iter().map(String::as_str))
                    .map_or_else(
                        || format!("roles: {}", g.roles.join(", ")),
                        |s| format!("did you mean `{s}`?"),
                    );
                out.push(
                    Diagnostic::new(
                        "raci.letter",
                        row.loc.key(role),
                        format!("role `{role}` is not in the roles list"),
                    )
                    .help(help),
                );
            }
        }
    }
}
