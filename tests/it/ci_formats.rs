//! Review workflow: `check --format github` and `--format sarif` (validated against the
//! SARIF 2.1.0 schema vendored in `tests/it/fixtures/`), JSON diagnostics' ends.

use crate::support;

use support::{replace, PlanTest};

/// The example plan with one rating out of range (`score.range` on deloitte.md:15:16).
fn out_of_range() -> PlanTest {
    PlanTest::with(&[replace(
        "partners/deloitte.md",
        "icp_overlap: 92",
        "icp_overlap: 120",
    )])
}

/// A JSON Schema validator for the vendored schema `name`.
pub fn validator(name: &str) -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let schema: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every way `instance` breaks the schema, one line each.
pub fn violations(v: &jsonschema::Validator, instance: &serde_json::Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn github_format_is_one_workflow_command_per_diagnostic() {
    let fx = out_of_range();
    let o = fx.check(&["--format", "github"]);
    o.expect_code(1);
    let lines: Vec<&str> = o.stdout.lines().collect();
    // the example's three warnings and the fixture's error
    assert_eq!(lines.len(), 4, "{}", o.stdout);
    assert_eq!(
        lines[1],
        "::error file=content/partners/deloitte.md,line=15,col=16,endLine=15,endColumn=19,\
         title=score.range::icp_overlap rating 120 is outside 0–100%0A\
         help: ratings run from 0 to 100: write `icp_overlap: 100` or a rating within the scale"
    );
    assert!(
        lines[0].starts_with("::warning file=content/decisions/"),
        "{}",
        o.stdout
    );
    assert!(lines[0].contains("title=decision.review::"), "{}", o.stdout);
    o.stderr_has("1 error, 3 warnings");
}

#[test]
fn github_format_makes_an_absolute_content_path_relative_to_the_current_directory() {
    let fx = out_of_range();
    let o = fx.check_at(fx.content(), &["--format", "github"]);
    o.expect_code(1);
    assert!(
        o.stdout
            .contains("::error file=content/partners/deloitte.md,line=15,"),
        "{}",
        o.stdout
    );
}

#[test]
fn sarif_is_valid_sarif_2_1_0_with_the_rule_registry_and_regions() {
    let fx = out_of_range();
    let o = fx.check(&["--format", "sarif"]);
    o.expect_code(1);
    let log = o.json();
    let problems = violations(&validator("sarif-schema-2.1.0.json"), &log);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "partnerbook");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().expect("rules");
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 4, "{run:#}");
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "score.range")
        .expect("the score.range result");
    assert_eq!(r["level"], "error");
    let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    let rule = &rules[index];
    assert_eq!(rule["id"], "score.range");
    assert_eq!(rule["defaultConfiguration"]["level"], "error");
    assert!(rule["shortDescription"]["text"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));
    assert!(rule["fullDescription"]["text"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));
    assert!(rule["help"]["text"]
        .as_str()
        .is_some_and(|s| s.contains("Passing example")));
    let text = r["message"]["text"].as_str().unwrap_or_default();
    assert!(
        text.contains("120 is outside") && text.contains("\nhelp: "),
        "{text}"
    );
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "content/partners/deloitte.md"
    );
    assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    let region = &loc["region"];
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["endLine"],
            &region["endColumn"]
        ),
        (&15.into(), &16.into(), &15.into(), &19.into())
    );
}

#[test]
fn sarif_of_a_clean_plan_is_valid_too() {
    let fx = PlanTest::example();
    let o = fx.check(&["--format", "sarif"]);
    o.expect_success();
    let problems = violations(&validator("sarif-schema-2.1.0.json"), &o.json());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_schema_check_would_catch_a_broken_sarif_log() {
    // the validator is not vacuous: a result without a message breaks the schema
    let fx = out_of_range();
    let mut log = fx.check(&["--format", "sarif"]).json();
    log["runs"][0]["results"][0]["message"] = serde_json::json!({});
    log["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    let problems = violations(&validator("sarif-schema-2.1.0.json"), &log);
    assert!(problems.len() >= 2, "{problems:#?}");
}

#[test]
fn json_diagnostics_carry_their_end() {
    let fx = out_of_range();
    let o = fx.check(&["--format", "json"]);
    let v = o.json();
    let d = v
        .as_array()
        .expect("an array")
        .iter()
        .find(|d| d["rule"] == "score.range")
        .expect("score.range")
        .clone();
    assert_eq!((&d["line"], &d["column"]), (&15.into(), &16.into()));
    assert_eq!((&d["end_line"], &d["end_column"]), (&15.into(), &19.into()));
}
