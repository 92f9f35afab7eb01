//! Every rule of the catalog against a failing fixture: the example plan with a small
//! mutation, and the exact file, line and column the diagnostic must point at.
//!
//! The table is data: a new rule without a row here fails `every_rule_has_a_fixture`.
//! What each fixture makes `check` print is snapshotted per rule in
//! `tests/it/snapshots/it__rules__<rule>.snap`.

use crate::support;

use support::{replace, rules, Checked, Edit, Found, PlanTest};

const PLAN: &str = "plan.yaml";
const D001: &str = "decisions/D-001-policy-engine.md";

pub mod cases;

use cases::{all_cases, Case};

/// Runs one case; `Err` explains the mismatch.
fn run(c: &Case, clean: &Checked) -> Result<(), String> {
    let checked = checked(c);
    let (file, line, col) = c.at;
    let matches = |f: &&Found| {
        f.rule == c.rule && f.file == file && f.line == line && (col == 0 || f.col == col)
    };
    if clean.found.iter().any(|f| matches(&f)) {
        return Err(format!(
            "[{}] {}: the clean example already reports it",
            c.rule, c.what
        ));
    }
    if checked.found.iter().any(|f| matches(&f)) {
        return Ok(());
    }
    Err(format!(
        "[{}] {}: expected at {file}:{line}:{col}; found:\n{}",
        c.rule,
        c.what,
        checked.listing()
    ))
}

/// The fixture checked; the rules of the pack's fonts are found when it is built.
fn checked(c: &Case) -> Checked {
    let t = PlanTest::with(&c.edits);
    if c.rule.starts_with("pack.") {
        t.checked_with_pack()
    } else {
        t.checked()
    }
}

#[test]
fn every_fixture_reports_its_rule_at_the_expected_place() {
    let clean = PlanTest::example().checked();
    let failures: Vec<String> = all_cases()
        .iter()
        .filter_map(|c| run(c, &clean).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_a_fixture() {
    let cases = all_cases();
    let rules = rules();
    let missing: Vec<&str> = rules
        .iter()
        .map(|r| r.id())
        .filter(|id| !cases.iter().any(|c| c.rule == *id))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a failing fixture: {missing:?}"
    );
    let unknown: Vec<&str> = cases
        .iter()
        .map(|c| c.rule)
        .filter(|id| !rules.iter().any(|r| r.id() == *id))
        .collect();
    assert!(
        unknown.is_empty(),
        "fixtures for rules not in the catalog: {unknown:?}"
    );
}

/// The diagnostics of its rule that each fixture adds to the clean example's, as
/// `check` prints them without colour: one snapshot per rule, every case in table order.
#[test]
fn fixture_diagnostics_match_the_snapshots() {
    let clean = PlanTest::example().checked();
    let cases = all_cases();
    for rule in rules() {
        let mut text = String::new();
        for c in cases.iter().filter(|c| c.rule == rule.id()) {
            let checked = checked(c);
            let human = checked.human(|f| f.rule == c.rule && !clean.found.contains(f));
            text.push_str(&format!("=== {}\n{}\n", c.what, human.trim_end()));
        }
        insta::assert_snapshot!(rule.id(), text);
    }
}

#[test]
fn clean_example_has_no_errors_and_the_three_known_warnings() {
    let clean = PlanTest::example().checked();
    assert!(
        clean.errors().is_empty(),
        "errors in the example:\n{}",
        clean.listing()
    );
    let warnings: Vec<(&str, &str)> = clean
        .warnings()
        .iter()
        .map(|f| (f.rule.as_str(), f.file.as_str()))
        .collect();
    assert_eq!(
        warnings,
        vec![
            (
                "decision.review",
                "decisions/D-003-enterprise-implementation.md"
            ),
            ("tier.fit", "partners/pwc.md"),
            // Northwind is slightly behind its path this year, and says so.
            ("thesis.on-track", "plan.yaml"),
        ],
        "{}",
        clean.listing()
    );
}

#[test]
fn diagnostics_say_what_was_found_and_what_was_expected() {
    let checked = PlanTest::with(&[replace(
        PLAN,
        "revenue_potential: 10",
        "revenue_potential: 15",
    )])
    .checked();
    let w = checked.of_rule("score.weights");
    assert_eq!(w.len(), 1, "{}", checked.listing());
    assert!(w[0].message.contains("105"), "{}", w[0].message);
    assert!(
        w[0].help.as_deref().is_some_and(|h| h.contains("100")),
        "{:?}",
        w[0].help
    );
    let typo = PlanTest::with(&[replace(PLAN, "  current_arr:", "  curent_arr:")]).checked();
    let s = typo.of_rule("syntax");
    assert_eq!(s.len(), 1, "{}", typo.listing());
    assert!(s[0].message.contains("curent_arr"), "{}", s[0].message);
    assert_eq!(s[0].help.as_deref(), Some("did you mean `current_arr`?"));
}

#[test]
fn override_reason_turns_a_matrix_error_into_a_warning() {
    let checked = PlanTest::with(&[replace(
        D001,
        "decision: BUILD",
        "decision: ACQUIRE\noverride_reason: The board prefers to buy the team",
    )])
    .checked();
    let m = checked.of_rule("decision.matrix");
    assert_eq!(m.len(), 1, "{}", checked.listing());
    assert_eq!(m[0].severity, "warning");
    assert!(checked.errors().is_empty(), "{}", checked.listing());
}

#[test]
fn inbound_partners_may_be_invested_in() {
    let checked = PlanTest::with(&[replace(
        "partners/bluefin-data.md",
        "certified_individuals: 0\n",
        "certified_individuals: 0\nmdf: \"$10K\"\ninbound: true\n",
    )])
    .checked();
    assert!(
        checked.of_rule("score.invest-low").is_empty(),
        "{}",
        checked.listing()
    );
}

#[test]
fn a_mismatched_decision_id_suggests_the_right_file_name() {
    let checked = PlanTest::with(&[replace(D001, "id: D-001", "id: D-008")]).checked();
    let d = checked.of_rule("decision.id");
    assert_eq!(d.len(), 1, "{}", checked.listing());
    assert_eq!(
        d[0].help.as_deref(),
        Some("rename the file to `D-008-policy-engine.md` or fix the id")
    );
}

#[test]
fn unreadable_files_are_named_relative_to_the_plan_with_help() {
    let checked = PlanTest::with(&[Edit::Write {
        file: "partners/latin1.md",
        bytes: b"---\nname: Caf\xe9\n---\n".to_vec(),
    }])
    .checked();
    let io = checked.of_rule("io");
    assert_eq!(io.len(), 1, "{}", checked.listing());
    assert_eq!(
        io[0].message,
        "`partners/latin1.md` is not valid UTF-8 (invalid byte at offset 13)"
    );
    assert!(io[0].help.as_deref().is_some_and(|h| h.contains("UTF-8")));
}

#[test]
fn wrong_types_are_named_in_plain_words() {
    let checked =
        PlanTest::with(&[replace(PLAN, "horizon_years: 3", "horizon_years: three")]).checked();
    let s = checked.of_rule("syntax");
    assert_eq!(s.len(), 1, "{}", checked.listing());
    assert_eq!(
        s[0].message,
        "program.horizon_years: wrong type: found string \"three\""
    );
    assert_eq!(s[0].help.as_deref(), Some("expected a whole number"));
}
