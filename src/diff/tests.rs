//! Plan diffs of the example plan against edited copies, without git: exact values,
//! values that visibly differ, the direction a key result is better in, and one key
//! naming scheme in JSON.

use super::{diff, to_json, Sign};
use crate::load::RawFile;
use crate::project::{CheckOptions, Project};
use crate::values::Date;
use std::path::{Path, PathBuf};

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// The example plan with `(file, from, to)` replacements, checked as of a fixed day.
fn plan(edits: &[(&str, &str, &str)]) -> Project {
    let mut files: Vec<RawFile> = crate::load::read_dir(&content()).unwrap_or_default();
    for (rel, from, to) in edits {
        let f = files.iter_mut().find(|f| f.rel == *rel);
        let Some(Ok(text)) = f.map(|f| &mut f.text) else {
            panic!("no file {rel}");
        };
        assert!(text.contains(from), "`{from}` not in {rel}");
        *text = text.replacen(from, to, 1);
    }
    let today = Date::parse("2027-01-10").ok();
    Project::from_files(&content(), files, &CheckOptions { today })
}

fn lines(old: &Project, new: &Project) -> Vec<String> {
    let d = diff(old, new);
    d.sections
        .iter()
        .flat_map(|s| {
            s.changes
                .iter()
                .map(|c| c.line(crate::diff::english()).plain(crate::diff::english()))
        })
        .collect()
}

const NORD: &str = "partners/nord-data.md";
const OKRS: &str = "okrs.yaml";

#[test]
fn the_same_amount_written_another_way_is_no_change() {
    let old = plan(&[(NORD, "pipeline: \"$420K\"", "pipeline: \"$2.2M\"")]);
    let new = plan(&[(NORD, "pipeline: \"$420K\"", "pipeline: 2200000")]);
    assert!(diff(&old, &new).is_empty(), "{:?}", lines(&old, &new));
}

#[test]
fn a_small_change_of_amount_shows_enough_digits() {
    let old = plan(&[(NORD, "pipeline: \"$420K\"", "pipeline: \"$2.2M\"")]);
    let new = plan(&[(NORD, "pipeline: \"$420K\"", "pipeline: 2240000")]);
    let l = lines(&old, &new);
    assert!(
        l.contains(&"Nørd Data ApS: pipeline $2.2M → $2.24M".to_string()),
        "{l:?}"
    );
    let kr = plan(&[(OKRS, "current: \"$16.5M\"", "current: \"$16.54M\"")]);
    let l = lines(&plan(&[]), &kr);
    assert!(
        l.iter().any(|x| x.contains("current $16.5M → $16.54M")),
        "{l:?}"
    );
}

/// The seed's plain-string NPS key result, measured.
fn nps(current: u32, better: &str) -> Project {
    plan(&[(
        OKRS,
        "      - Partner NPS score ≥ 45\n",
        &format!(
            "      - id: partner-nps\n        text: Partner NPS score ≥ 45\n        target: 45\n        current: {current}\n{better}"
        ),
    )])
}

#[test]
fn a_key_result_says_which_direction_is_better() {
    let d = diff(&nps(45, ""), &nps(38, ""));
    let change = &d.section("okrs")[0];
    let line = change.line(crate::diff::english());
    assert_eq!(line.sign, Sign::Worse);
    assert_eq!(
        line.plain(crate::diff::english()),
        "Partner NPS score ≥ 45: current 45 → 38 (worse); 100% → 84% of target"
    );
    let lower = "        better: lower\n";
    let d = diff(&nps(45, lower), &nps(38, lower));
    let line = d.section("okrs")[0].line(crate::diff::english());
    assert_eq!(line.sign, Sign::Better);
    assert_eq!(
        line.plain(crate::diff::english()),
        "Partner NPS score ≥ 45: current 45 → 38 (better); progress 100% → 118% (target ÷ current)"
    );
}

#[test]
fn progress_from_a_baseline_is_named_so() {
    let new = plan(&[(OKRS, "current: \"$16.5M\"", "current: \"$19M\"")]);
    let l = lines(&plan(&[]), &new);
    assert!(
        l.iter().any(|x| x
            .ends_with("current $16.5M → $19M (better); progress from the $9M baseline 50% → 67%")),
        "{l:?}"
    );
}

#[test]
fn json_uses_one_key_scheme_and_numbers_for_money() {
    let new = plan(&[
        (NORD, "pipeline: \"$420K\"", "pipeline: \"$610K\""),
        (NORD, "status: active", "status: paused"),
        (OKRS, "current: \"$16.5M\"", "current: \"$19M\""),
        ("tiers.yaml", "\"$2M+\"", "\"$2.5M+\""),
        (
            "plan.yaml",
            "current_arr: \"$18M\"",
            "current_arr: \"$21M\"",
        ),
        ("partners/deloitte.md", "icp_overlap: 92", "icp_overlap: 60"),
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&diff(&plan(&[]), &new))).unwrap_or_default();
    let changes: Vec<&serde_json::Value> = json["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["changes"].as_array().into_iter().flatten())
        .collect();
    assert!(changes.len() >= 6, "{json}");
    for c in &changes {
        let keys: Vec<&String> = c
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        for old in [
            "old",
            "new",
            "name",
            "title",
            "partner",
            "decision",
            "key_result",
        ] {
            assert!(!keys.iter().any(|k| *k == old), "`{old}` in {c}");
        }
        assert!(c["subject"].is_string() || c["rule"].is_string(), "{c}");
    }
    let pipeline = changes
        .iter()
        .find(|c| c["field"] == "pipeline")
        .copied()
        .unwrap_or(&serde_json::Value::Null);
    assert_eq!(pipeline["from"].as_f64(), Some(420_000.0), "{pipeline}");
    assert_eq!(pipeline["to"].as_f64(), Some(610_000.0));
    assert_eq!(pipeline["currency"], "USD");
    assert_eq!(pipeline["id"], "nord-data");
}
