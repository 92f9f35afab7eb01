//! The slips a new user makes on a hand-written plan, each answered by one diagnostic
//! that says the fix, not by a cascade: weights as fractions or percents, a YAML slip
//! in one file, a tab, a block pasted without indentation, implausible scales, a
//! competitor's partner named by display name, files the plan never reads, file names
//! with umlauts, and nesting deep enough to stall a parser.

use crate::support;

use std::time::{Duration, Instant};
use support::{replace, write, Checked, Edit, Found, PlanTest};

const PLAN: &str = "plan.yaml";
const KPMG: &str = "partners/kpmg.md";
const WEIGHTS: &str = "    icp_overlap: 30\n    market_influence: 25\n    practice_alignment: 20\n    partnership_appetite: 15\n    revenue_potential: 10\n";

/// The diagnostics of `c` that the clean example does not have.
fn added<'a>(c: &'a Checked, clean: &Checked) -> Vec<&'a Found> {
    c.found
        .iter()
        .filter(|f| !clean.found.contains(f))
        .collect()
}

/// Checks the example with `edits`; asserts exactly one new diagnostic, and returns it.
fn one_new(edits: &[Edit]) -> Found {
    let clean = PlanTest::example().checked();
    let c = PlanTest::with(edits).checked();
    let new = added(&c, &clean);
    assert_eq!(
        new.len(),
        1,
        "expected one new diagnostic:\n{}",
        c.listing()
    );
    new[0].clone()
}

#[test]
fn weights_as_fractions_are_one_error_with_the_fix() {
    let fractions = "    icp_overlap: 0.30\n    market_influence: 0.25\n    practice_alignment: 0.20\n    partnership_appetite: 0.15\n    revenue_potential: 0.10\n";
    let f = one_new(&[replace(PLAN, WEIGHTS, fractions)]);
    assert_eq!(
        (f.rule.as_str(), f.severity.as_str(), f.line, f.col),
        ("value.implausible", "error", 32, 3)
    );
    assert_eq!(
        f.help.as_deref(),
        Some("they look like fractions: write them as points, 30/25/20/15/10")
    );
    // fractions that do not sum to 1: still one error, saying how far they are from 1
    let short = "    icp_overlap: 0.30\n    market_influence: 0.25\n    practice_alignment: 0.20\n    partnership_appetite: 0.15\n    revenue_potential: 0.05\n";
    let f = one_new(&[replace(PLAN, WEIGHTS, short)]);
    assert_eq!(
        (f.rule.as_str(), f.line, f.col),
        ("value.implausible", 32, 3)
    );
    assert!(
        f.message.contains("sum to 0.95, 0.05 short of 1"),
        "{}",
        f.message
    );
}

#[test]
fn weights_written_as_percents_are_accepted() {
    let clean = PlanTest::example().checked();
    let percents = "    icp_overlap: 30%\n    market_influence: \"25%\"\n    practice_alignment: 20 %\n    partnership_appetite: 15%\n    revenue_potential: 10%\n";
    let c = PlanTest::with(&[replace(PLAN, WEIGHTS, percents)]).checked();
    assert!(added(&c, &clean).is_empty(), "{}", c.listing());
    assert_eq!(
        c.project.plan.scoring.weights,
        [30.0, 25.0, 20.0, 15.0, 10.0]
    );
}

#[test]
fn invalid_weights_are_reported_once_and_no_score_rule_runs() {
    // pwc declares `score: 82.5`, kpmg is landscape A: with other weights both would
    // get score-derived diagnostics, and many partners would fall below a band
    let f = one_new(&[replace(PLAN, "icp_overlap: 30", "icp_overlap: 25")]);
    assert_eq!((f.rule.as_str(), f.line), ("score.weights", 32));
    let typo = one_new(&[replace(
        PLAN,
        "revenue_potential: 10",
        "revenue_potentail: 10",
    )]);
    assert_eq!(typo.rule, "score.weights");
    assert_eq!(
        typo.help.as_deref(),
        Some("did you mean `revenue_potential`?")
    );
    let word = one_new(&[replace(PLAN, "icp_overlap: 30", "icp_overlap: thirty")]);
    assert_eq!(
        (word.rule.as_str(), word.line, word.col),
        ("syntax", 33, 18)
    );
}

#[test]
fn a_partner_file_that_does_not_parse_is_still_known_by_its_id() {
    // kpmg is named in competitors.yaml, governance.yaml, roadmap.yaml (5 times) and
    // in a handbook link; each slip must give its syntax error only
    for (what, edit) in [
        (
            "tab",
            replace(KPMG, "  icp_overlap: 80", "\ticp_overlap: 80"),
        ),
        (
            "repeated key",
            replace(KPMG, "tier: platinum\n", "tier: platinum\ntier: gold\n"),
        ),
        (
            "unterminated front matter",
            replace(KPMG, "---\nKPMG", "KPMG"),
        ),
    ] {
        let f = one_new(&[edit]);
        assert_eq!(
            (f.rule.as_str(), f.file.as_str()),
            ("syntax", KPMG),
            "{what}"
        );
    }
}

#[test]
fn decisions_and_competitors_whose_file_does_not_parse_are_still_known() {
    // D-003 is linked from deloitte.md and named twice in roadmap.yaml
    let d = one_new(&[replace(
        "decisions/D-003-enterprise-implementation.md",
        "title: Enterprise",
        "title: [Enterprise",
    )]);
    assert_eq!(d.file, "decisions/D-003-enterprise-implementation.md");
    // D-005 supersedes D-004: an unread D-005 leaves D-004 superseded by something
    let d = one_new(&[replace(
        "decisions/D-005-nordic-co-sell-entry.md",
        "status: active",
        "status: active\nstatus: active",
    )]);
    assert_eq!(d.rule, "syntax");
    // tcs.md is locked to informatica; links name competitors; three are needed
    let c = one_new(&[replace(
        "competitors.yaml",
        "  - id: collibra",
        "\t- id: collibra",
    )]);
    assert_eq!(
        (c.file.as_str(), c.rule.as_str()),
        ("competitors.yaml", "syntax")
    );
}

#[test]
fn a_misspelt_score_key_is_one_error() {
    let f = one_new(&[replace(KPMG, "  icp_overlap: 80", "  icp_overlpa: 80")]);
    assert_eq!((f.rule.as_str(), f.line, f.col), ("syntax", 15, 3));
    assert_eq!(f.help.as_deref(), Some("did you mean `icp_overlap`?"));
}

#[test]
fn a_tab_in_the_indentation_is_named_at_the_tab() {
    let f = one_new(&[replace(
        PLAN,
        "  name: Northwind Analytics",
        "\tname: Northwind Analytics",
    )]);
    assert_eq!((f.rule.as_str(), f.line, f.col), ("syntax", 3, 1));
    assert_eq!(
        f.message,
        "tab in the indentation: YAML indentation must use spaces"
    );
    let f = one_new(&[replace(
        PLAN,
        "  name: Northwind Analytics",
        "  \tname: Northwind Analytics",
    )]);
    assert_eq!((f.line, f.col), (3, 3));
}

#[test]
fn a_block_pasted_without_indentation_says_where_it_belongs() {
    let fx = PlanTest::example();
    let unindented: String = fx
        .read("tiers.yaml")
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("  ").unwrap_or(l)))
        .collect();
    fx.apply(&write("tiers.yaml", unindented));
    let c = fx.checked();
    let s = c.of_rule("syntax");
    assert_eq!(s.len(), 1, "{}", c.listing());
    assert_eq!((s[0].line, s[0].col), (3, 1));
    assert_eq!(
        s[0].message,
        "unknown key `platinum`: it looks like it belongs under `partner_tiers`"
    );
    assert!(s[0].help.as_deref().is_some_and(|h| h.contains("indent")));
}

#[test]
fn implausible_scales_are_warned_with_the_value_meant() {
    let share = one_new(&[replace(
        PLAN,
        "partner_arr_share: 35%",
        "partner_arr_share: 0.3",
    )]);
    assert_eq!(
        (
            share.rule.as_str(),
            share.severity.as_str(),
            share.line,
            share.col
        ),
        ("value.implausible", "warning", 18, 22)
    );
    assert_eq!(
        share.help.as_deref(),
        Some("write `partner_arr_share: 30%`")
    );
    let c = PlanTest::with(&[replace(
        "partners/deloitte.md",
        "  icp_overlap: 92\n  market_influence: 95\n  practice_alignment: 85\n  partnership_appetite: 78\n  revenue_potential: 90",
        "  icp_overlap: 9\n  market_influence: 9.5\n  practice_alignment: 8.5\n  partnership_appetite: 8\n  revenue_potential: 9",
    )])
    .checked();
    let v = c.of_rule("value.implausible");
    assert_eq!(v.len(), 1, "{}", c.listing());
    assert_eq!(
        (v[0].file.as_str(), v[0].line),
        ("partners/deloitte.md", 14)
    );
    assert!(v[0].message.contains("0–10 scale"), "{}", v[0].message);
}

#[test]
fn ratings_on_a_ten_scale_are_one_warning_not_a_cascade() {
    // kpmg is landscape A and platinum: scored 7.4 it would also be below the priority
    // band (landscape.priority) and opportunistic with investments (score.invest-low)
    let f = one_new(&[replace(
        KPMG,
        "  icp_overlap: 80\n  market_influence: 82\n  practice_alignment: 78\n  partnership_appetite: 74\n  revenue_potential: 76",
        "  icp_overlap: 8\n  market_influence: 8\n  practice_alignment: 7\n  partnership_appetite: 7\n  revenue_potential: 7",
    )]);
    assert_eq!(
        (
            f.rule.as_str(),
            f.severity.as_str(),
            f.file.as_str(),
            f.line
        ),
        ("value.implausible", "warning", KPMG, 14)
    );
}

#[test]
fn a_competitor_partner_given_by_display_name_suggests_the_id() {
    let f = one_new(&[replace(
        "competitors.yaml",
        "partner: deloitte",
        "partner: Deloitte",
    )]);
    assert_eq!(
        (f.rule.as_str(), f.file.as_str(), f.line, f.col),
        ("ref.unknown", "competitors.yaml", 7, 18)
    );
    assert_eq!(f.help.as_deref(), Some("did you mean `deloitte`?"));
    let payflow = "---\nname: Payflow B.V.\n---\n";
    let c = PlanTest::with(&[
        write("partners/payflow-bv.md", payflow),
        replace(
            "competitors.yaml",
            "partner: Capgemini",
            "partner: Payflow B.V.",
        ),
    ])
    .checked();
    assert!(
        c.of_rule("ref.unknown")
            .iter()
            .any(|f| f.help.as_deref() == Some("did you mean `payflow-bv`?")),
        "{}",
        c.listing()
    );
}

#[test]
fn files_the_plan_does_not_read_are_named() {
    let c = PlanTest::with(&[
        write("decisions/D-008-benelux.markdown", "---\nid: D-008\n---\n"),
        write("notes.txt", "to do\n"),
        write("partner.yaml", "a: 1\n"),
        write("partners/acme.yaml", "name: Acme\n"),
        write("handbook/diagram.png", b"\x89PNG\r\n\x1a\n\0\0".to_vec()),
        write("partners/.kpmg.md.swp", "x"),
        write("partners/kpmg.md~", "x"),
        write("#plan.yaml#", "x"),
        write("4913", ""),
    ])
    .checked();
    let mut ignored: Vec<(&str, &str)> = c
        .of_rule("file.ignored")
        .iter()
        .map(|f| (f.file.as_str(), f.help.as_deref().unwrap_or("")))
        .collect();
    ignored.sort();
    assert_eq!(
        ignored,
        vec![
            (
                "decisions/D-008-benelux.markdown",
                "rename it to `decisions/D-008-benelux.md`"
            ),
            (
                "handbook/diagram.png",
                "move it out of the content directory if the plan does not need it"
            ),
            (
                "notes.txt",
                "move it out of the content directory if the plan does not need it"
            ),
            ("partner.yaml", "did you mean `plan.yaml`?"),
            (
                "partners/acme.yaml",
                "rename it to `partners/acme.md` and put its keys between two `---` lines"
            ),
        ],
        "{}",
        c.listing()
    );
    assert!(c.errors().is_empty(), "{}", c.listing());
}

#[test]
fn suggested_file_names_are_transliterated_and_keep_their_words() {
    let d001 = "decisions/D-001-policy-engine.md";
    let fx = PlanTest::example();
    let text = fx.read(d001);
    fx.apply(&Edit::Remove(d001));
    fx.apply(&write("decisions/D1-benelux.md", text));
    fx.apply(&write(
        "partners/lohnbüro-meyer.md",
        "---\nname: Lohnbüro Meyer\n---\n",
    ));
    let c = fx.checked();
    let help = |rule: &str| {
        c.of_rule(rule)
            .iter()
            .filter_map(|f| f.help.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        help("decision.id"),
        vec!["rename the file to `D-001-benelux.md` or fix the id".to_string()]
    );
    assert!(
        help("syntax").contains(&"rename the file to `partners/lohnburo-meyer.md`".to_string()),
        "{}",
        c.listing()
    );
}

/// Checks a plan with one deeply nested file; asserts the depth error at `line`, fast.
fn refused_quickly(file: &'static str, text: String, line: usize) {
    let fx = PlanTest::with(&[write(file, text)]);
    let start = Instant::now();
    let c = fx.checked();
    let took = start.elapsed();
    assert!(took < Duration::from_secs(1), "{file}: took {took:?}");
    let deep: Vec<_> = c
        .of_rule("syntax")
        .into_iter()
        .filter(|f| f.file == file)
        .collect();
    assert_eq!(deep.len(), 1, "{}", c.listing());
    assert_eq!(deep[0].message, "YAML nesting deeper than 256 levels");
    assert_eq!(deep[0].line, line, "{file}");
}

#[test]
fn two_hundred_thousand_levels_are_refused_in_under_a_second() {
    const N: usize = 200_000;
    let flow = |open: &str, close: &str| format!("{}1{}", open.repeat(N), close.repeat(N));
    refused_quickly(
        "okrs.yaml",
        format!("partnership_okrs: {}\n", flow("[", "]")),
        1,
    );
    refused_quickly(
        "okrs.yaml",
        format!("partnership_okrs:\n{}x\n", "- ".repeat(N)),
        2,
    );
    refused_quickly(
        "partners/deep.md",
        format!("---\nname: A\nscores: {}\n---\nbody\n", flow("{a: ", "}")),
        3,
    );
    refused_quickly(
        "partners/deep.md",
        format!("---\nname: A\ngeography:\n{}x\n---\nbody\n", "- ".repeat(N)),
        4,
    );
}
