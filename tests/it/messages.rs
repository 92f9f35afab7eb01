//! Messages a user can act on: every help line says what to write instead (never the
//! error again), values are converted where possible, impossible dates name the month's
//! length, counts and names read as English, and `check` finds a plan folder it is run in.

use crate::support;

use crate::rules::cases;

use partnerbook::diag::Diagnostic;
use std::process::Command;
use support::{replace, PlanTest};

const PWC: &str = "partners/pwc.md";
const DELOITTE: &str = "partners/deloitte.md";

/// Every diagnostic of a plan.
fn diagnostics(f: &PlanTest) -> Vec<Diagnostic> {
    f.checked().project.diagnostics
}

fn one<'a>(ds: &'a [Diagnostic], rule: &str, message_part: &str) -> &'a Diagnostic {
    ds.iter()
        .find(|d| d.rule.id() == rule && d.message.contains(message_part))
        .unwrap_or_else(|| {
            let all: Vec<String> = ds
                .iter()
                .map(|d| format!("[{}] {}", d.rule, d.message))
                .collect();
            panic!("no [{rule}] `{message_part}` in {all:#?}")
        })
}

fn help(d: &Diagnostic) -> &str {
    d.help.as_deref().unwrap_or("")
}

#[test]
fn no_help_line_repeats_its_error() {
    let mut repeats = Vec::new();
    for c in cases::all_cases() {
        for d in diagnostics(&PlanTest::with(&c.edits)) {
            let h = help(&d).trim();
            let restates = h.is_empty()
                || h == d.message
                || d.label.as_deref() == Some(h)
                || h.contains(&d.message);
            if restates {
                repeats.push(format!(
                    "[{}] {}: {} / help: {h}",
                    d.rule, c.what, d.message
                ));
            }
        }
    }
    repeats.sort();
    repeats.dedup();
    assert!(
        repeats.is_empty(),
        "help lines that restate the problem:\n{}",
        repeats.join("\n")
    );
}

#[test]
fn a_value_that_does_not_parse_gets_the_converted_value_to_write() {
    let ds = diagnostics(&PlanTest::with(&[
        replace(PWC, "icp_overlap: 86", "icp_overlap: 86%"),
        // `2,3M $` and `2,3 Mio. $` are read as they are; a scale in English words is not
        replace(PWC, "pipeline: \"$2.3M\"", "pipeline: \"2.3 million $\""),
        replace(
            PWC,
            "last_tier_review: 2026-09-15",
            "last_tier_review: 15.09.2026",
        ),
        replace(PWC, "mdf: \"$50K\"", "mdf: \"50 thousand\""),
    ]));
    let score = one(&ds, "syntax", "`icp_overlap`");
    assert_eq!(help(score), "write `icp_overlap: 86`");
    assert_eq!(score.label.as_deref(), Some("`86%` is not a number"));
    assert_eq!(
        help(one(&ds, "syntax", "`pipeline`")),
        "write `pipeline: \"$2.3M\"`"
    );
    assert_eq!(
        help(one(&ds, "syntax", "`last_tier_review`")),
        "write `last_tier_review: 2026-09-15`"
    );
    assert_eq!(help(one(&ds, "syntax", "`mdf`")), "write `mdf: \"50K\"`");
}

#[test]
fn an_impossible_day_names_the_length_of_its_month() {
    for (date, days, last) in [
        ("2027-02-30", 28, "2027-02-28"),
        ("2028-02-30", 29, "2028-02-29"),
    ] {
        let ds = diagnostics(&PlanTest::with(&[replace(
            PWC,
            "last_qbr: 2026-11-06",
            Box::leak(format!("last_qbr: {date}").into_boxed_str()),
        )]));
        let d = one(&ds, "syntax", "`last_qbr`");
        let year = &date[..4];
        assert_eq!(
            d.label.as_deref(),
            Some(format!("February {year} has {days} days").as_str())
        );
        assert_eq!(
            help(d),
            format!("write a day from 01 to {days}, e.g. `last_qbr: {last}`")
        );
    }
}

#[test]
fn landscape_priority_shows_the_computed_score() {
    let ds = diagnostics(&PlanTest::with(&[replace(
        "partners/kpmg.md",
        "icp_overlap: 80",
        "icp_overlap: 60",
    )]));
    let d = one(&ds, "landscape.priority", "KPMG");
    assert!(
        d.message.contains("but scores ") && d.message.contains(", below the priority band (75)"),
        "{}",
        d.message
    );
    let shown = d
        .message
        .split("scores ")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .unwrap_or("");
    assert!(
        shown.split('.').nth(1).is_some_and(|dec| dec.len() == 2),
        "score with two decimals: {shown}"
    );
    assert!(help(d).contains("points short"), "{}", help(d));
}

#[test]
fn counts_and_names_read_as_english() {
    let ds = diagnostics(&PlanTest::with(&[
        replace(
            DELOITTE,
            "certified_individuals: 14",
            "certified_individuals: 1",
        ),
        replace(PWC, "name: PwC", "name: PwC Netherlands"),
    ]));
    let d = one(&ds, "tier.certified", "Deloitte");
    assert!(
        d.message.contains("has 1 certified individual;"),
        "{}",
        d.message
    );
    let fit = one(&ds, "tier.fit", "PwC Netherlands");
    assert!(
        fit.message.starts_with("PwC Netherlands' pipeline"),
        "{}",
        fit.message
    );
    assert_eq!(
        partnerbook::text::possessive("the Netherlands"),
        "the Netherlands'"
    );
}

fn partnerbook(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_partnerbook"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run partnerbook");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_inside_a_plan_folder_reads_that_folder() {
    let f = PlanTest::with(&[]);
    let (code, err) = partnerbook(f.content(), &["check", "--today", support::TODAY]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("checked ") && err.contains(" in .: "), "{err}");
    let empty = tempfile::tempdir().expect("temp dir");
    let (code, err) = partnerbook(empty.path(), &["check"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--content DIR"), "{err}");
}

#[test]
fn the_summary_counts_in_the_singular_too() {
    let f = PlanTest::with(&[]);
    for d in std::fs::read_dir(f.path("decisions"))
        .expect("decisions")
        .flatten()
    {
        if !d.file_name().to_string_lossy().starts_with("D-001") {
            std::fs::remove_file(d.path()).expect("remove decision");
        }
    }
    let (_, err) = partnerbook(f.content(), &["check", "--today", support::TODAY]);
    assert!(err.contains(", 1 decision)"), "{err}");
}

#[test]
fn the_dashboard_does_not_call_untraced_key_results_gaps() {
    let f = PlanTest::with(&[]);
    let out = tempfile::tempdir().expect("temp dir");
    let site = out.path().join("site");
    let site_arg = site.to_string_lossy().into_owned();
    let (code, err) = partnerbook(
        f.content(),
        &[
            "build",
            "--no-pdf",
            "--output",
            &site_arg,
            "--today",
            support::TODAY,
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let home = std::fs::read_to_string(site.join("index.html")).expect("index.html");
    assert!(!home.contains("Traceability gaps"), "{home}");
    assert!(
        home.contains(
            "<span class=\"count info\">1</span>\n      <span>Not yet traced to the roadmap or OKRs</span>"
        ),
        "{home}"
    );
    let trace = std::fs::read_to_string(site.join("traceability.html")).expect("traceability");
    assert!(trace.contains("Partner NPS score ≥ 45 (written as plain text: give it an id"));
}
