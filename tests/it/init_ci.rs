//! `init --minimal` (the smallest plan that checks clean) and `init --ci github` (a
//! workflow that parses, with the steps a pull request needs, never overwriting).

use crate::support;

use support::{Cmd, PlanTest, TODAY};

fn init(t: &PlanTest, args: &[&str]) -> support::Ran {
    Cmd::partnerbook()
        .current_dir(t.root())
        .arg("init")
        .args(args)
        .run()
}

#[test]
fn minimal_plan_checks_clean_without_a_warning_and_builds() {
    let t = PlanTest::empty();
    init(&t, &["--minimal", "content"]).expect_success();
    let o = t.check(&["--deny-warnings"]);
    o.expect_success();
    o.stderr_has("0 errors, 0 warnings (1 partner, 0 decisions)");
    t.build(&["--no-pdf"]).expect_success();
    // the smallest plan: no example partner to delete
    assert!(!t.path("partners/deloitte.md").exists());
}

/// The workflow's steps by name, and the `run:` text of each.
fn steps(yaml: &str) -> Vec<(String, String, String)> {
    let v: serde_yaml::Value = serde_yaml::from_str(yaml).unwrap_or_else(|e| panic!("{e}"));
    let steps = v["jobs"]["plan"]["steps"]
        .as_sequence()
        .unwrap_or_else(|| panic!("no steps in\n{yaml}"));
    steps
        .iter()
        .map(|s| {
            let text = |k: &str| s[k].as_str().unwrap_or_default().to_string();
            (text("name"), text("uses"), text("run"))
        })
        .collect()
}

#[test]
fn ci_github_writes_a_workflow_with_the_review_steps() {
    let t = PlanTest::example_at("content");
    init(&t, &["--ci", "github"]).expect_success();
    let yaml = std::fs::read_to_string(t.root().join(".github/workflows/partnerbook.yml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let v: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{e}"));
    assert!(v["on"].get("pull_request").is_some(), "{yaml}");
    assert_eq!(v["env"]["CONTENT"].as_str(), Some("content"), "{yaml}");
    let steps = steps(&yaml);
    let uses: Vec<&str> = steps.iter().map(|s| s.1.as_str()).collect();
    assert!(uses.contains(&"actions/checkout@v4"), "{uses:?}");
    assert_eq!(
        uses.iter()
            .filter(|u| u.starts_with("actions/upload-artifact@"))
            .count(),
        2,
        "{uses:?}"
    );
    let checkout = &v["jobs"]["plan"]["steps"][0];
    assert_eq!(checkout["with"]["fetch-depth"].as_u64(), Some(0));
    let runs: String = steps
        .iter()
        .map(|s| s.2.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for needle in [
        "cargo install --locked --git",
        "partnerbook check --format github --content \"$CONTENT\"",
        "partnerbook build --content \"$CONTENT\"",
        "partnerbook diff --format markdown",
        "\"origin/${{ github.base_ref }}\" HEAD >> \"$GITHUB_STEP_SUMMARY\"",
    ] {
        assert!(runs.contains(needle), "`{needle}` missing in\n{runs}");
    }
    // the plan itself was not touched, and no second plan was written
    assert!(!t.root().join("content/content").exists());
    // the workflow's own folder is hidden from the plan: the plan still checks clean
    t.check(&[]).expect_success();
}

#[test]
fn ci_github_with_a_dir_writes_plan_and_workflow_into_that_repository() {
    let t = PlanTest::empty();
    init(&t, &["--minimal", "--ci", "github", "plan-repo"]).expect_success();
    let root = t.root().join("plan-repo");
    let yaml = std::fs::read_to_string(root.join(".github/workflows/partnerbook.yml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let v: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["env"]["CONTENT"].as_str(), Some("."), "{yaml}");
    // `.github/` inside the plan folder is not a plan file
    Cmd::partnerbook()
        .current_dir(&root)
        .args(["check", "--deny-warnings", "--today", TODAY])
        .run()
        .expect_success();
}

#[test]
fn init_refuses_to_overwrite_a_workflow_or_a_plan() {
    let t = PlanTest::example_at("content");
    let wf = t.root().join(".github/workflows/partnerbook.yml");
    std::fs::create_dir_all(wf.parent().unwrap_or(t.root())).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&wf, "mine\n").unwrap_or_else(|e| panic!("{e}"));
    let o = init(&t, &["--ci", "github"]);
    o.expect_code(2);
    o.stderr_has("refusing to overwrite");
    assert_eq!(std::fs::read_to_string(&wf).unwrap_or_default(), "mine\n");
    let o = init(&t, &["--minimal", "content"]);
    o.expect_code(2);
    o.stderr_has("refusing to overwrite");
}

/// The first hour: `init --minimal`, then `build` run again and again inside the plan
/// folder. The output lands in `./output`, is never read back as part of the plan (no
/// `file.ignored`, no overlap refusal), and a second output folder with another name is
/// skipped the same way; so is an output folder committed to git.
#[test]
fn build_runs_again_and_again_inside_the_plan_folder() {
    let t = PlanTest::empty();
    init(&t, &["--minimal", "plan"]).expect_success();
    let plan = t.root().join("plan");
    let run = |args: &[&str]| {
        Cmd::partnerbook()
            .current_dir(&plan)
            .args(args)
            .args(["--today", TODAY])
            .run()
    };
    for _ in 0..2 {
        run(&["build", "--no-pdf"]).expect_success();
    }
    assert!(plan.join("output/index.html").is_file());
    run(&["build", "--no-pdf", "--output", "site"]).expect_success();
    let checked = run(&["check", "--deny-warnings"]);
    checked.expect_success();
    checked.stderr_has("0 errors, 0 warnings");
    assert!(
        !checked.stderr.contains("file.ignored"),
        "{}",
        checked.stderr
    );
    // the plan folder itself is refused as the output directory, and nothing is written
    let refused = run(&["build", "--no-pdf", "--output", "."]);
    refused.expect_code(2);
    refused.stderr_has("is the content directory or holds it");
    // committed with its output, the plan's history reads the plan alone
    support::git_init(&plan);
    support::git(&plan, ["add", "-A"]).expect_success();
    support::git(&plan, ["commit", "-q", "-m", "plan and site"]).expect_success();
    let history = run(&["history"]);
    history.expect_success();
    assert!(
        !history.stderr.contains("file.ignored"),
        "{}",
        history.stderr
    );
}
