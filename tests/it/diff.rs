//! `partnerbook diff`: a temporary git repository holds the example plan in a sub-folder
//! (`plans/content`); a second commit changes one thing of every kind, and the real
//! binary must report each change in business terms, in text, Markdown and JSON.

use crate::support;

use std::path::Path;
use support::{git, Cmd, PlanTest};

const TODAY: &str = "2027-01-10";
const CONTENT: &str = "plans/content";

fn init_repo(dir: &Path) {
    git(dir, ["init", "-q", "-b", "main"]);
    git(dir, ["config", "user.name", "Plan Owner"]);
    git(dir, ["config", "user.email", "owner@example.com"]);
    git(dir, ["config", "commit.gpgsign", "false"]);
}

fn commit(dir: &Path, message: &str) {
    git(dir, ["add", "-A"]);
    git(dir, ["commit", "-q", "-m", message]);
}

/// A repository with three commits: `empty` (no plan), `base` (the example plan in
/// `plans/content`) and `HEAD` (one change of every kind).
fn repo_with_changes() -> PlanTest {
    let t = PlanTest::empty_at(CONTENT);
    let repo = t.root();
    init_repo(repo);
    std::fs::write(repo.join("README.md"), "Partner plans\n").expect("write readme");
    commit(repo, "Start");
    git(repo, ["tag", "empty"]);
    support::copy_dir(&support::example_dir(), t.content());
    commit(repo, "Example plan");
    git(repo, ["tag", "base"]);
    apply_changes(&t);
    commit(repo, "Plan changes for the board");
    t
}

fn apply_changes(t: &PlanTest) {
    // a score across a band
    t.replace("partners/deloitte.md", "icp_overlap: 92", "icp_overlap: 60");
    t.replace(
        "partners/deloitte.md",
        "market_influence: 95",
        "market_influence: 70",
    );
    // a tier move; target tier, status and pipeline
    t.replace("partners/pwc.md", "tier: gold", "tier: platinum");
    t.replace(
        "partners/nord-data.md",
        "target_tier: gold",
        "target_tier: silver",
    );
    t.replace("partners/nord-data.md", "status: active", "status: paused");
    t.replace(
        "partners/nord-data.md",
        "pipeline: \"$420K\"",
        "pipeline: \"$610K\"",
    );
    // a partner removed, one added with a rule violation (referral fee above 15 %)
    t.remove("partners/riviere-associes.md");
    let acme = t
        .read("partners/ledgerline-advisors.md")
        .replace("name: Ledgerline Advisors", "name: Acme Advisory")
        .replace("referral_fee: 8%", "referral_fee: 25%");
    t.write("partners/acme-advisory.md", acme);
    // competitor lock
    t.replace("competitors.yaml",
        "strength: Largest certified Collibra implementation bench worldwide\n        locked: false",
        "strength: Largest certified Collibra implementation bench worldwide\n        locked: true",
    );
    // a competitor added to the map
    let mut map = t.read("competitors.yaml");
    map.push_str(
        "  - id: atlan\n    name: Atlan\n    partners:\n      - partner: Slalom\n        \
         model: implementation\n        strength: Active-metadata implementation practice\n        \
         locked: false\n",
    );
    t.write("competitors.yaml", map);
    // decisions: a status change and a matrix outcome change
    t.replace(
        "decisions/D-007-remediation-workflows.md",
        "status: proposed",
        "status: active",
    );
    t.replace(
        "decisions/D-001-policy-engine.md",
        "engineering_capacity: true",
        "engineering_capacity: false",
    );
    // OKR progress, roadmap status, RACI, sponsor, tiers, company, thesis
    t.replace("okrs.yaml", "current: \"$16.5M\"", "current: \"$19M\"");
    t.replace(
        "roadmap.yaml",
        "- title: Add the MDF claims module to the partner portal\n        status: at-risk",
        "- title: Add the MDF claims module to the partner portal\n        status: done",
    );
    t.replace(
        "governance.yaml",
        "Director Partner Ops: C\n      Finance: I",
        "Director Partner Ops: C\n      Finance: C",
    );
    t.replace(
        "governance.yaml",
        "partner_executive: VP Alliance, Risk Advisory",
        "partner_executive: Global Alliance Lead",
    );
    t.replace("tiers.yaml", "\"$2M+\"", "\"$2.5M+\"");
    t.replace("tiers.yaml", "\"$500K–$2M\"", "\"$500K–$2.5M\"");
    t.replace(
        "plan.yaml",
        "current_arr: \"$18M\"",
        "current_arr: \"$21M\"",
    );
    t.replace("thesis.md",
        "  - vertical boutique consultancies in banking and healthcare",
        "  - vertical boutique consultancies in banking and healthcare\n  - Nordic regional integrators",
    );
}

fn partnerbook(dir: &Path, args: &[&str]) -> support::Ran {
    Cmd::partnerbook().current_dir(dir).args(args).run()
}

fn diff_ok(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--today", TODAY]);
    let out = partnerbook(dir, &all);
    out.expect_success();
    out.stdout
}

fn diff_fails(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--today", TODAY]);
    let out = partnerbook(dir, &all);
    out.expect_code(2);
    assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
    out.stderr
}

/// Every kind of change, as the board reads it.
const EXPECTED: &[&str] = &[
    "Deloitte: score 89.05 → 73.20 (Priority → Secondary)",
    "PwC: tier Gold → Platinum (promotion)",
    "Nørd Data ApS: target tier Gold → Silver",
    "Nørd Data ApS: status Active → Paused",
    "Nørd Data ApS: pipeline $420K → $610K",
    "Acme Advisory: added as Silver, score 57.25 (Secondary)",
    "Rivière & Associés Conseil: removed (was Gold",
    "Accenture: now locked to Collibra",
    "D-007 Remediation workflows in IT service management: status Proposed → Active",
    "D-001 Policy-as-code enforcement engine: matrix outcome BUILD → no outcome",
    "Achieve $24M in partner-sourced pipeline by end of 2027: current $16.5M → $19M (better); progress from the $9M baseline 50% → 67%",
    "Add the MDF claims module to the partner portal: Q1 status At risk → Done",
    "Tier promotion/demotion: Finance I → C",
    "Deloitte sponsor: partner executive VP Alliance, Risk Advisory → Global Alliance Lead",
    "Platinum tier: pipeline range $2M+ → $2.5M+",
    "Gold tier: pipeline range $500K–$2M → $500K–$2.5M",
    "Company: current ARR $18M → $21M",
    "Thesis: partner types: added Nordic regional integrators",
    "Atlan: competitor added to the map",
    "partners/acme-advisory.md: new error [model.terms]",
    "decisions/D-001-policy-engine.md: new error [decision.matrix]",
    "roadmap.yaml: new error [roadmap.quarter] unknown partner `riviere-associes` (2 times)",
];

#[test]
fn text_reports_every_kind_of_change_in_business_terms() {
    let t = repo_with_changes();
    let out = diff_ok(t.root(), &["base", "HEAD", "--content", CONTENT]);
    for line in EXPECTED {
        assert!(out.contains(line), "missing `{line}` in:\n{out}");
    }
    for title in [
        "Partners",
        "Competitive map",
        "Tier framework",
        "Decisions",
        "OKRs",
        "Roadmap",
        "Governance",
        "Company and thesis",
        "Rule violations",
    ] {
        assert!(
            out.lines().any(|l| l == title),
            "no section `{title}` in:\n{out}"
        );
    }
    assert!(out.starts_with("Plan changes: base ("), "{out}");
    assert!(
        !out.contains("\x1b["),
        "NO_COLOR output must not be coloured"
    );
    // business terms, never YAML paths
    assert!(!out.contains("partner_tiers"), "{out}");
    assert!(!out.contains("scores.icp_overlap"), "{out}");
    assert!(!out.contains("raci.decisions"), "{out}");
    // unchanged partners are not mentioned
    assert!(!out.contains("Workiva"), "{out}");
}

#[test]
fn markdown_is_ready_for_a_pull_request_comment() {
    let t = repo_with_changes();
    let out = diff_ok(
        t.root(),
        &["base", "HEAD", "--content", CONTENT, "--format", "markdown"],
    );
    assert!(out.starts_with("## Plan changes: base ("), "{out}");
    assert!(out.contains("\n### Partners\n"), "{out}");
    assert!(out.contains("\n### Rule violations\n"), "{out}");
    assert!(
        out.contains("- **Deloitte**: score 89.05 → 73.20 (Priority → Secondary)"),
        "{out}"
    );
    assert!(
        out.contains("- **Tier promotion/demotion**: Finance I → C"),
        "{out}"
    );
    // names with Markdown characters are escaped
    assert!(
        out.contains("- **Rivière & Associés Conseil**: removed"),
        "{out}"
    );
    assert!(
        out.contains("- **partners/acme-advisory.md**: new error [model.terms] referral fee 25%"),
        "{out}"
    );
    let total = out.lines().filter(|l| l.starts_with("- **")).count();
    assert!(out.contains(&format!("**{total} changes**")), "{out}");
}

#[test]
fn json_has_typed_change_records() {
    let t = repo_with_changes();
    let out = diff_ok(
        t.root(),
        &["base", "HEAD", "--content", CONTENT, "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(
        v["head"].as_str().map(|s| s.starts_with("HEAD (")),
        Some(true)
    );
    let sections = v["sections"].as_array().expect("sections");
    let keys: Vec<&str> = sections.iter().filter_map(|s| s["key"].as_str()).collect();
    assert_eq!(
        keys,
        [
            "partners",
            "competitors",
            "tiers",
            "decisions",
            "okrs",
            "roadmap",
            "governance",
            "company",
            "rules"
        ]
    );
    let changes: Vec<&serde_json::Value> = sections
        .iter()
        .flat_map(|s| s["changes"].as_array().into_iter().flatten())
        .collect();
    assert_eq!(v["total"].as_u64(), Some(changes.len() as u64));
    let find = |kind: &str, key: &str, value: &str| {
        changes
            .iter()
            .find(|c| c["kind"] == kind && c[key] == value)
            .copied()
            .unwrap_or_else(|| panic!("no {kind} with {key} = {value} in {out}"))
    };
    let score = find("score_changed", "id", "deloitte");
    assert_eq!(score["from"].as_f64(), Some(89.05));
    assert_eq!(score["to"].as_f64(), Some(73.2));
    assert_eq!(score["band_from"], "priority");
    assert_eq!(score["band_to"], "secondary");
    let tier = find("tier_changed", "id", "pwc");
    assert_eq!(
        (tier["from"].as_str(), tier["to"].as_str()),
        (Some("gold"), Some("platinum"))
    );
    assert_eq!(
        find("partner_added", "id", "acme-advisory")["tier"],
        "silver"
    );
    find("partner_removed", "id", "riviere-associes");
    assert_eq!(find("lock_changed", "id", "accenture")["to"], true);
    assert_eq!(
        find("decision_status_changed", "id", "D-007")["to"],
        "active"
    );
    let matrix = find("matrix_outcome_changed", "id", "D-001");
    assert_eq!(matrix["from"], serde_json::json!(["BUILD"]));
    assert_eq!(matrix["to"], serde_json::json!([]));
    let progress = find("progress_changed", "id", "partner-pipeline");
    assert_eq!(progress["to"].as_f64(), Some(19e6));
    assert_eq!(progress["currency"], "USD");
    assert_eq!(progress["baseline"].as_f64(), Some(9e6));
    assert_eq!(progress["progress_to"].as_f64(), Some(67.0));
    assert_eq!(progress["sign"], "better");
    assert_eq!(
        find("roadmap_status_changed", "to", "done")["from"],
        "at-risk"
    );
    let raci = find("raci_changed", "subject", "Tier promotion/demotion");
    assert_eq!(
        (raci["role"].as_str(), raci["to"].as_str()),
        (Some("Finance"), Some("C"))
    );
    let range = find("field_changed", "id", "platinum");
    assert_eq!(range["field"], "pipeline range");
    assert_eq!(range["to"], serde_json::json!({"min": 2.5e6, "max": null}));
    let arr = find("field_changed", "field", "current ARR");
    assert_eq!(arr["subject"], "Company");
    assert_eq!(
        (
            arr["from"].as_f64(),
            arr["to"].as_f64(),
            arr["currency"].as_str()
        ),
        (Some(18e6), Some(21e6), Some("USD"))
    );
    let appeared = find("violation_appeared", "rule", "model.terms");
    assert_eq!(appeared["file"], "partners/acme-advisory.md");
    assert_eq!(appeared["severity"], "error");
    assert_eq!(appeared["count"], 1);
    assert_eq!(
        find("violation_appeared", "rule", "roadmap.quarter")["count"],
        2
    );
    assert!(changes
        .iter()
        .all(|c| c["text"].is_string() && c["sign"].is_string()));
    assert!(v["counts"]["errors_after"].as_u64() > v["counts"]["errors_before"].as_u64());
}

#[test]
fn working_tree_is_compared_with_head_by_default() {
    let t = repo_with_changes();
    let repo = t.root();
    let clean = diff_ok(repo, &["--content", CONTENT]);
    assert!(
        clean.starts_with("No plan changes between HEAD ("),
        "{clean}"
    );
    t.replace("okrs.yaml", "current: \"$19M\"", "current: \"$20M\"");
    t.replace(
        "partners/acme-advisory.md",
        "referral_fee: 25%",
        "referral_fee: 12%",
    );
    let out = diff_ok(repo, &["--content", CONTENT]);
    assert!(out.contains("→ working tree"), "{out}");
    assert!(
        out.contains("current $19M → $20M (better); progress from the $9M baseline 67% → 73%"),
        "{out}"
    );
    assert!(
        out.contains("Acme Advisory: referral fee 25% → 12%"),
        "{out}"
    );
    assert!(
        out.contains("partners/acme-advisory.md: resolved error [model.terms]"),
        "{out}"
    );
    // one revision: that revision against the working tree
    let since_base = diff_ok(repo, &["base", "--content", CONTENT]);
    assert!(since_base.contains("current $16.5M → $20M"), "{since_base}");
    // nothing was checked out or staged
    let status = git(repo, ["status", "--porcelain"]).stdout;
    assert_eq!(status.lines().count(), 2, "{status}");
    assert!(status.lines().all(|l| l.starts_with(" M")), "{status}");
}

#[test]
fn moving_lines_is_not_a_change() {
    let t = repo_with_changes();
    let repo = t.root();
    // the example plan's tier.fit warning on PwC and review warning on D-003 move down
    t.replace(
        "partners/pwc.md",
        "name: PwC",
        "# Big 4, EU and North America\n\nname: PwC",
    );
    t.replace(
        "decisions/D-003-enterprise-implementation.md",
        "---\n",
        "---\n# reviewed at the QBR\n",
    );
    let out = diff_ok(repo, &["--content", CONTENT]);
    assert!(out.starts_with("No plan changes between HEAD ("), "{out}");
}

#[test]
fn content_dir_can_be_given_from_inside_the_repository() {
    let t = repo_with_changes();
    let inner = t.root().join("plans");
    let out = diff_ok(&inner, &["base", "HEAD", "--content", "content"]);
    assert!(out.contains(EXPECTED[0]), "{out}");
    let content = inner.join("content");
    let out = diff_ok(&content, &["base", "HEAD", "--content", "."]);
    assert!(out.contains(EXPECTED[1]), "{out}");
}

#[test]
fn content_dir_at_the_repository_root() {
    let t = PlanTest::example_at("");
    let repo = t.root();
    init_repo(repo);
    commit(repo, "Plan");
    let plan = t
        .read("plan.yaml")
        .replace("target_arr: \"$60M\"", "target_arr: \"$75M\"");
    t.write("plan.yaml", plan);
    let out = diff_ok(repo, &["--content", "."]);
    assert!(out.contains("Company: target ARR $60M → $75M"), "{out}");
}

#[test]
fn a_repository_without_commits_is_a_clear_error() {
    let t = PlanTest::example();
    init_repo(t.root());
    let err = diff_fails(t.root(), &[]);
    assert!(err.contains("no commits yet"), "{err}");
}

#[test]
fn errors_exit_2_with_a_clear_message() {
    let t = repo_with_changes();
    let repo = t.root();
    let err = diff_fails(repo, &["no-such-rev", "--content", CONTENT]);
    assert!(err.contains("unknown revision `no-such-rev`"), "{err}");
    let err = diff_fails(repo, &["base", "no-such-rev", "--content", CONTENT]);
    assert!(err.contains("unknown revision `no-such-rev`"), "{err}");
    let err = diff_fails(repo, &["empty", "HEAD", "--content", CONTENT]);
    assert!(
        err.contains("content directory `plans/content` does not exist at revision `empty`"),
        "{err}"
    );
    let err = diff_fails(repo, &["base", "--content", "plans/nothing-here"]);
    assert!(err.contains("does not exist at revision `base`"), "{err}");
    let err = diff_fails(
        repo,
        &["base", "HEAD", "--content", CONTENT, "--format", "yaml"],
    );
    assert!(err.contains("yaml"), "{err}");

    let outside = PlanTest::example();
    let root = outside.root();
    let out = outside
        .partnerbook(["diff", "--today", TODAY])
        .env("GIT_CEILING_DIRECTORIES", root.parent().unwrap_or(root))
        .run();
    out.expect_code(2);
    let err = &out.stderr;
    assert!(
        err.contains("`content` is not inside a git repository"),
        "{err}"
    );
}

#[test]
fn changes_since_feeds_the_site_and_the_board_pack() {
    let t = repo_with_changes();
    let content = t.content();
    let today = partnerbook::values::Date::parse(TODAY).ok();
    let changes = partnerbook::diff::changes_since(content, "base", today).expect("changes");
    assert!(changes.since.starts_with("base ("), "{}", changes.since);
    let partners = changes
        .sections
        .iter()
        .find(|(title, _)| title == "Partners")
        .map(|(_, lines)| lines.clone())
        .unwrap_or_default();
    assert!(partners.iter().any(|l| l == EXPECTED[0]), "{partners:?}");
    let titles: Vec<&str> = changes.sections.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(titles.first(), Some(&"Partners"));
    // The board reads the check in counts, without files or rule ids.
    assert_eq!(titles.last(), Some(&"Plan check"));
    let check = &changes.sections.last().expect("plan check").1;
    assert!(
        check.iter().all(|l| !l.contains('[') && !l.contains(".md")),
        "{check:?}"
    );
    let err = partnerbook::diff::changes_since(content, "nope", today);
    assert!(matches!(
        err,
        Err(partnerbook::git::GitError::UnknownRevision { .. })
    ));
}

#[test]
fn the_board_pack_can_name_its_commit() {
    let t = repo_with_changes();
    let content = t.content();
    let head = partnerbook::git::head_commit(content).expect("a commit");
    assert!(
        head.len() >= 7 && head.chars().all(|c| c.is_ascii_hexdigit()),
        "{head}"
    );
    assert!(!partnerbook::git::is_dirty(content));
    assert_eq!(partnerbook::git::commit_label(content), Some(head.clone()));
    t.replace(
        "plan.yaml",
        "current_arr: \"$21M\"",
        "current_arr: \"$22M\"",
    );
    assert!(partnerbook::git::is_dirty(content));
    assert_eq!(
        partnerbook::git::commit_label(content),
        Some(format!("{head} with uncommitted changes"))
    );
    let outside = PlanTest::empty();
    assert_eq!(partnerbook::git::head_commit(outside.root()), None);
}

#[test]
fn exit_code_says_whether_the_plan_changed() {
    let tmp = repo_with_changes();
    let code = |args: &[&str]| {
        let mut all = vec!["diff", "--content", CONTENT, "--today", TODAY];
        all.extend_from_slice(args);
        partnerbook(tmp.root(), &all).status.code()
    };
    assert_eq!(code(&["--exit-code"]), Some(0), "no change: 0");
    assert_eq!(
        code(&["base", "HEAD", "--exit-code"]),
        Some(1),
        "changes: 1"
    );
    assert_eq!(code(&["base", "HEAD"]), Some(0), "without the flag: 0");
    assert_eq!(code(&["no-such-rev", "--exit-code"]), Some(2), "failure: 2");
}

/// A German plan's figures read in `diff` as they read in its site and pack
/// (`3,4 Mio. €`), while the words of the command stay English.
#[test]
fn amounts_read_in_the_plan_locale() {
    let t = PlanTest::empty_at(CONTENT);
    let repo = t.root();
    init_repo(repo);
    support::copy_dir(&support::example_dir(), t.content());
    for file in ["plan.yaml", "tiers.yaml", "partners/deloitte.md"] {
        let path = t.content().join(file);
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, text.replace('$', "€")).expect("write");
    }
    t.replace(
        "plan.yaml",
        "currency: USD",
        "currency: EUR\n  locale: de-DE",
    );
    commit(repo, "German plan");
    t.replace(
        "partners/deloitte.md",
        "pipeline: \"€3.4M\"",
        "pipeline: \"€3.6M\"",
    );
    let out = diff_ok(repo, &["HEAD", "--content", CONTENT]);
    assert!(
        out.contains("Deloitte: pipeline 3,4\u{a0}Mio.\u{a0}€ → 3,6\u{a0}Mio.\u{a0}€"),
        "{out}"
    );
}
