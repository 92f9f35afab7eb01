//! The real binary: `check` output formats and exit codes, `explain`, `init`.

mod common;

use common::{replace, Fixture, TODAY};
use partnerbook::diag::Rule;
use std::path::Path;
use std::process::{Command, Output};

fn partnerbook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_partnerbook"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run partnerbook")
}

fn check(dir: &Path, extra: &[&str]) -> Output {
    let dir = dir.to_str().expect("utf-8 path");
    let mut args = vec!["check", "--content", dir, "--today", TODAY];
    args.extend_from_slice(extra);
    partnerbook(&args)
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn weights_fixture() -> Fixture {
    Fixture::with(&[replace(
        "plan.yaml",
        "revenue_potential: 10",
        "revenue_potential: 15",
    )])
}

#[test]
fn human_output_names_rule_location_source_and_help() {
    let fx = weights_fixture();
    let o = check(fx.dir(), &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("error[score.weights]"), "{err}");
    let loc = format!("--> {}:24:3", fx.path("plan.yaml").display());
    assert!(err.contains(&loc), "expected `{loc}` in:\n{err}");
    assert!(err.contains("  weights:"), "source line missing:\n{err}");
    assert!(err.contains("help: "), "{err}");
    // invalid weights are the one error: no rule judges a partner by a score computed
    // from them (pwc and tessellate declare scores that the new weights would change)
    assert!(!err.contains("error[score.declared]"), "{err}");
    assert!(
        err.contains("1 error, 2 warnings"),
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
    let o = check(fx.dir(), &["--format", "json"]);
    assert_eq!(code(&o), 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let items = v.as_array().expect("an array");
    let w: Vec<&serde_json::Value> = items
        .iter()
        .filter(|d| d["rule"] == "score.weights")
        .collect();
    assert_eq!(w.len(), 1, "{v:#}");
    let d = w[0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], fx.path("plan.yaml").display().to_string());
    assert_eq!(d["line"], 24);
    assert_eq!(d["column"], 3);
    assert!(
        d["message"].as_str().is_some_and(|m| m.contains("105")),
        "{d}"
    );
    assert!(d["help"].as_str().is_some_and(|h| !h.is_empty()), "{d}");
    let rules: Vec<&str> = items.iter().filter_map(|d| d["rule"].as_str()).collect();
    // sorted by file, then position
    assert_eq!(rules, vec!["decision.review", "tier.fit", "score.weights"]);
}

#[test]
fn json_output_of_the_clean_example_lists_the_two_warnings() {
    let fx = Fixture::example();
    let o = check(fx.dir(), &["--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
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
        vec![("decision.review", "warning"), ("tier.fit", "warning")]
    );
}

#[test]
fn exit_codes() {
    let clean = Fixture::example();
    assert_eq!(code(&check(clean.dir(), &[])), 0, "warnings only");
    assert_eq!(
        code(&check(clean.dir(), &["--deny-warnings"])),
        1,
        "warnings with --deny-warnings"
    );
    assert_eq!(code(&check(weights_fixture().dir(), &[])), 1, "plan errors");
    let missing = clean.path("no-such-dir");
    let o = check(&missing, &[]);
    assert_eq!(code(&o), 2, "missing content dir");
    assert!(stderr(&o).contains("no-such-dir"), "{}", stderr(&o));
    let o = check(clean.dir(), &["--no-such-flag"]);
    assert_eq!(code(&o), 2, "bad flag");
    let o = check(clean.dir(), &["--format", "xml"]);
    assert_eq!(code(&o), 2, "bad format");
    let o = partnerbook(&["check", "--today", "2026-13-45"]);
    assert_eq!(code(&o), 2, "bad date");
    let file = clean.path("plan.yaml");
    assert_eq!(code(&check(&file, &[])), 2, "content path is a file");
}

#[test]
fn today_decides_review_warnings() {
    let clean = Fixture::example();
    let dir = clean.dir().to_str().expect("utf-8");
    let early = partnerbook(&[
        "check",
        "--content",
        dir,
        "--today",
        "2026-09-01",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&early)).expect("json");
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
    let dir = fx.dir().to_str().expect("utf-8");
    // stderr is a pipe here, so even without NO_COLOR there is no colour
    let o = Command::new(env!("CARGO_BIN_EXE_partnerbook"))
        .args(["check", "--content", dir, "--today", TODAY])
        .env_remove("NO_COLOR")
        .output()
        .expect("run");
    assert!(!stderr(&o).contains('\u{1b}'), "{}", stderr(&o));
}

/// Runs `check` on a pseudo-terminal (with util-linux `script`) so colour is possible.
fn check_on_a_terminal(dir: &Path, no_color: &str) -> Option<String> {
    let script = ["/usr/bin/script", "/bin/script"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    let cmd = format!(
        "{} check --content '{}' --today {TODAY}",
        env!("CARGO_BIN_EXE_partnerbook"),
        dir.display()
    );
    let o = Command::new(script)
        .args(["-qec", &cmd, "/dev/null"])
        .env("NO_COLOR", no_color)
        .output()
        .expect("run script");
    Some(stdout(&o))
}

#[test]
fn no_color_turns_colour_off_on_a_terminal() {
    let fx = weights_fixture();
    let (Some(coloured), Some(plain)) = (
        check_on_a_terminal(fx.dir(), ""),
        check_on_a_terminal(fx.dir(), "1"),
    ) else {
        eprintln!("util-linux `script` not installed: terminal colour not tested");
        return;
    };
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
    let o = partnerbook(&["explain", "score.weights"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    let rule = Rule::ScoreWeights;
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
    let o = partnerbook(&["explain", "--list"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    for r in Rule::ALL {
        let line = out
            .lines()
            .find(|l| l.split_whitespace().next() == Some(r.id()))
            .unwrap_or_else(|| panic!("{} missing from:\n{out}", r.id()));
        assert!(line.contains(r.severity().as_str()), "{line}");
    }
    assert_eq!(out.lines().count(), Rule::ALL.len());
}

#[test]
fn explain_unknown_rule_suggests_a_close_one() {
    let o = partnerbook(&["explain", "score.weight"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("did you mean `score.weights`?"),
        "{}",
        stderr(&o)
    );
    let o = partnerbook(&["explain", "no.such"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("no rule `no.such`"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
}

#[test]
fn init_writes_a_plan_that_checks_clean() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("plan");
    let d = dir.to_str().expect("utf-8");
    let o = partnerbook(&["init", d]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(dir.join("plan.yaml").is_file() && dir.join("partners/deloitte.md").is_file());
    let o = check(&dir, &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).contains("0 errors"), "{}", stderr(&o));
    let o = check(&dir, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
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
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    std::fs::write(dir.join("plan.yaml"), "company: {name: Mine}\n").expect("write");
    std::fs::create_dir(dir.join("partners")).expect("mkdir");
    std::fs::write(dir.join("partners/deloitte.md"), "my notes\n").expect("write");
    let o = partnerbook(&["init", dir.to_str().expect("utf-8")]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("plan.yaml"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.yaml")).expect("read"),
        "company: {name: Mine}\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("partners/deloitte.md")).expect("read"),
        "my notes\n"
    );
    assert!(
        !dir.join("tiers.yaml").exists(),
        "init wrote files before refusing"
    );
}

#[test]
fn no_arguments_is_a_usage_error() {
    assert_eq!(code(&partnerbook(&[])), 2);
    assert_eq!(code(&partnerbook(&["explain"])), 2);
    assert_eq!(code(&partnerbook(&["frobnicate"])), 2);
    assert_eq!(code(&partnerbook(&["--help"])), 0);
}
