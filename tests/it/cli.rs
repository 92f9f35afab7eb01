//! The real binary: `check` output formats and exit codes, `explain`, `init`.

use crate::support;

use std::path::Path;
use support::{partnerbook, replace, require_tool, rules, Cmd, PlanTest, TODAY};

fn weights_fixture() -> PlanTest {
    PlanTest::with(&[replace(
        "plan.yaml",
        "revenue_potential: 10",
        "revenue_potential: 15",
    )])
}

#[test]
fn human_output_names_rule_location_source_and_help() {
    let fx = weights_fixture();
    let o = fx.check(&[]);
    o.expect_code(1);
    let err = &o.stderr;
    assert!(err.contains("error[score.weights]"), "{err}");
    let loc = "--> content/plan.yaml:32:3";
    assert!(err.contains(loc), "expected `{loc}` in:\n{err}");
    assert!(err.contains("  weights:"), "source line missing:\n{err}");
    assert!(err.contains("help: "), "{err}");
    // invalid weights are the one error: no rule judges a partner by a score computed
    // from them (pwc and tessellate declare scores that the new weights would change)
    assert!(!err.contains("error[score.declared]"), "{err}");
    assert!(
        err.contains("1 error, 3 warnings"),
        "summary missing:\n{err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "ANSI escapes with NO_COLOR:\n{err}"
    );
}

#[test]
fn json_output_has_every_field() {
    let fx = weights_fixture();
    let o = fx.check(&["--format", "json"]);
    o.expect_code(1);
    let v = o.json();
    let items = v.as_array().expect("an array");
    let w: Vec<&serde_json::Value> = items
        .iter()
        .filter(|d| d["rule"] == "score.weights")
        .collect();
    assert_eq!(w.len(), 1, "{v:#}");
    let d = w[0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "content/plan.yaml");
    assert_eq!(d["line"], 32);
    assert_eq!(d["column"], 3);
    assert!(
        d["message"].as_str().is_some_and(|m| m.contains("105")),
        "{d}"
    );
    assert!(d["help"].as_str().is_some_and(|h| !h.is_empty()), "{d}");
    let rules: Vec<&str> = items.iter().filter_map(|d| d["rule"].as_str()).collect();
    // sorted by file, then position
    assert_eq!(
        rules,
        vec![
            "decision.review",
            "tier.fit",
            "thesis.on-track",
            "score.weights"
        ]
    );
}

#[test]
fn json_output_of_the_clean_example_lists_the_three_warnings() {
    let fx = PlanTest::example();
    let o = fx.check(&["--format", "json"]);
    o.expect_success();
    let v = o.json();
    let sev: Vec<(&str, &str)> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or(""),
                d["severity"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        sev,
        vec![
            ("decision.review", "warning"),
            ("tier.fit", "warning"),
            ("thesis.on-track", "warning")
        ]
    );
}

#[test]
fn exit_codes() {
    let clean = PlanTest::example();
    assert_eq!(clean.check(&[]).code(), 0, "warnings only");
    assert_eq!(
        clean.check(&["--deny-warnings"]).code(),
        1,
        "warnings with --deny-warnings"
    );
    assert_eq!(weights_fixture().check(&[]).code(), 1, "plan errors");
    let o = clean.check_at(&clean.path("no-such-dir"), &[]);
    assert_eq!(o.code(), 2, "missing content dir");
    o.stderr_has("no-such-dir");
    assert_eq!(clean.check(&["--no-such-flag"]).code(), 2, "bad flag");
    assert_eq!(clean.check(&["--format", "xml"]).code(), 2, "bad format");
    let o = partnerbook(["check", "--today", "2026-13-45"]);
    assert_eq!(o.code(), 2, "bad date");
    let file = clean.path("plan.yaml");
    assert_eq!(
        clean.check_at(&file, &[]).code(),
        2,
        "content path is a file"
    );
}

#[test]
fn today_decides_review_warnings() {
    let clean = PlanTest::example();
    let early = clean
        .partnerbook(["check", "--today", "2026-09-01", "--format", "json"])
        .arg("--content")
        .arg(clean.content())
        .run();
    let v = early.json();
    assert!(
        !v.as_array()
            .expect("array")
            .iter()
            .any(|d| d["rule"] == "decision.review"),
        "{v:#}"
    );
}

#[test]
fn colour_only_when_asked_for() {
    let fx = weights_fixture();
    // stderr is a pipe here, so even without NO_COLOR there is no colour
    let o = fx
        .partnerbook(["check", "--today", TODAY, "--content"])
        .arg(fx.content())
        .env_remove("NO_COLOR")
        .run();
    assert!(!o.stderr.contains('\u{1b}'), "{}", o.stderr);
}

/// Runs `check` on a pseudo-terminal (with util-linux `script`) so colour is possible.
fn check_on_a_terminal(script: &Path, dir: &Path, no_color: &str) -> String {
    let cmd = format!(
        "{} check --content '{}' --today {TODAY}",
        support::bin(),
        dir.display()
    );
    let o = Cmd::program(script)
        .args(["-qec", &cmd, "/dev/null"])
        .env("NO_COLOR", no_color)
        .run();
    o.stdout
}

#[test]
fn no_color_turns_colour_off_on_a_terminal() {
    let Some(script) = require_tool("script") else {
        return;
    };
    let fx = weights_fixture();
    let coloured = check_on_a_terminal(&script, fx.content(), "");
    let plain = check_on_a_terminal(&script, fx.content(), "1");
    assert!(
        coloured.contains("\u{1b}["),
        "no colour on a terminal:\n{coloured}"
    );
    assert!(coloured.contains("score.weights"), "{coloured}");
    assert!(
        !plain.contains('\u{1b}'),
        "colour despite NO_COLOR:\n{plain}"
    );
    assert!(plain.contains("error[score.weights]"), "{plain}");
}

#[test]
fn explain_prints_the_explanation_and_both_examples() {
    let o = partnerbook(["explain", "score.weights"]);
    o.expect_success();
    let out = &o.stdout;
    let rules = rules();
    let rule = rules
        .iter()
        .find(|r| r.id() == "score.weights")
        .expect("rule");
    assert!(out.starts_with("score.weights (error)"), "{out}");
    assert!(out.contains(rule.summary()), "{out}");
    let first_words: String = rule
        .explanation()
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(out.contains(&first_words), "{out}");
    assert!(
        out.contains("Failing example:") && out.contains("Passing example:"),
        "{out}"
    );
    for example in [rule.bad(), rule.good()] {
        for line in example.lines().filter(|l| !l.trim().is_empty()) {
            assert!(out.contains(line), "example line `{line}` missing:\n{out}");
        }
    }
}

#[test]
fn explain_list_names_every_rule() {
    let o = partnerbook(["explain", "--list"]);
    o.expect_success();
    let out = &o.stdout;
    let rules = rules();
    for r in rules {
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(r.id()))
            .unwrap_or_else(|| panic!("{} missing from:\n{out}", r.id()));
        assert!(line.contains(r.severity().as_str()), "{line}");
    }
    assert_eq!(out.lines().count(), rules.len());
}

#[test]
fn explain_unknown_rule_suggests_a_close_one() {
    partnerbook(["explain", "score.weight"])
        .expect_code(2)
        .stderr_has("did you mean `score.weights`?");
    let o = partnerbook(["explain", "no.such"]);
    o.expect_code(2).stderr_has("no rule `no.such`");
    assert!(o.stdout.is_empty());
}

#[test]
fn init_writes_a_plan_that_checks_clean() {
    let t = PlanTest::empty_at("plan");
    t.partnerbook(["init"])
        .arg(t.content())
        .run()
        .expect_success();
    assert!(t.path("plan.yaml").is_file() && t.path("partners/deloitte.md").is_file());
    t.check(&[]).expect_success().stderr_has("0 errors");
    let v = t.check(&["--format", "json"]).json();
    assert!(
        v.as_array()
            .expect("array")
            .iter()
            .all(|d| d["severity"] == "warning"),
        "{v:#}"
    );
}

#[test]
fn init_refuses_to_overwrite_and_leaves_files_untouched() {
    let t = PlanTest::empty_at("");
    t.write("plan.yaml", "company: {name: Mine}\n")
        .write("partners/deloitte.md", "my notes\n");
    t.partnerbook(["init"])
        .arg(t.content())
        .run()
        .expect_code(2)
        .stderr_has("plan.yaml");
    assert_eq!(t.read("plan.yaml"), "company: {name: Mine}\n");
    assert_eq!(t.read("partners/deloitte.md"), "my notes\n");
    assert!(
        !t.path("tiers.yaml").exists(),
        "init wrote files before refusing"
    );
}

#[test]
fn no_arguments_is_a_usage_error() {
    assert_eq!(partnerbook::<&str>([]).code(), 2);
    assert_eq!(partnerbook(["explain"]).code(), 2);
    assert_eq!(partnerbook(["frobnicate"]).code(), 2);
    assert_eq!(partnerbook(["--help"]).code(), 0);
}
