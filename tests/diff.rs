//! `partnerbook diff`: a temporary git repository holds the example plan in a sub-folder
//! (`plans/content`); a second commit changes one thing of every kind, and the real
//! binary must report each change in business terms, in text, Markdown and JSON.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2027-01-10";
const CONTENT: &str = "plans/content";

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

fn example_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// Replaces `from` (which must occur) with `to` in a file of the repository.
fn edit(repo: &Path, rel: &str, from: &str, to: &str) {
    let path = repo.join(CONTENT).join(rel);
    let text = fs::read_to_string(&path).expect("read file");
    assert!(text.contains(from), "`{from}` not found in {rel}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write file");
}

fn init_repo(dir: &Path) {
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.name", "Plan Owner"]);
    git(dir, &["config", "user.email", "owner@example.com"]);
    git(dir, &["config", "commit.gpgsign", "false"]);
}

fn commit(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", message]);
}

/// A repository with three commits: `empty` (no plan), `base` (the example plan) and
/// `HEAD` (one change of every kind).
fn repo_with_changes() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let repo = tmp.path();
    init_repo(repo);
    fs::write(repo.join("README.md"), "Partner plans\n").expect("write readme");
    commit(repo, "Start");
    git(repo, &["tag", "empty"]);
    copy_dir(&example_content(), &repo.join(CONTENT));
    commit(repo, "Example plan");
    git(repo, &["tag", "base"]);
    apply_changes(repo);
    commit(repo, "Plan changes for the board");
    tmp
}

fn apply_changes(repo: &Path) {
    // a score across a band
    edit(
        repo,
        "partners/deloitte.md",
        "icp_overlap: 92",
        "icp_overlap: 60",
    );
    edit(
        repo,
        "partners/deloitte.md",
        "market_influence: 95",
        "market_influence: 70",
    );
    // a tier move; target tier, status and pipeline
    edit(repo, "partners/pwc.md", "tier: gold", "tier: platinum");
    edit(
        repo,
        "partners/nord-data.md",
        "target_tier: gold",
        "target_tier: silver",
    );
    edit(
        repo,
        "partners/nord-data.md",
        "status: active",
        "status: paused",
    );
    edit(
        repo,
        "partners/nord-data.md",
        "pipeline: \"$420K\"",
        "pipeline: \"$610K\"",
    );
    // a partner removed, one added with a rule violation (referral fee above 15 %)
    fs::remove_file(repo.join(CONTENT).join("partners/riviere-associes.md")).expect("remove");
    let acme = fs::read_to_string(repo.join(CONTENT).join("partners/ledgerline-advisors.md"))
        .expect("read partner")
        .replace("name: Ledgerline Advisors", "name: Acme Advisory")
        .replace("referral_fee: 8%", "referral_fee: 25%");
    fs::write(repo.join(CONTENT).join("partners/acme-advisory.md"), acme).expect("write");
    // competitor lock
    edit(
        repo,
        "competitors.yaml",
        "strength: Largest certified Collibra implementation bench worldwide\n        locked: false",
        "strength: Largest certified Collibra implementation bench worldwide\n        locked: true",
    );
    // a competitor added to the map
    let competitors = repo.join(CONTENT).join("competitors.yaml");
    let mut map = fs::read_to_string(&competitors).expect("read competitors");
    map.push_str(
        "  - id: atlan\n    name: Atlan\n    partners:\n      - partner: Slalom\n        \
         model: implementation\n        strength: Active-metadata implementation practice\n        \
         locked: false\n",
    );
    fs::write(&competitors, map).expect("write competitors");
    // decisions: a status change and a matrix outcome change
    edit(
        repo,
        "decisions/D-007-remediation-workflows.md",
        "status: proposed",
        "status: active",
    );
    edit(
        repo,
        "decisions/D-001-policy-engine.md",
        "engineering_capacity: true",
        "engineering_capacity: false",
    );
    // OKR progress, roadmap status, RACI, sponsor, tiers, company, thesis
    edit(
        repo,
        "okrs.yaml",
        "current: \"$16.5M\"",
        "current: \"$19M\"",
    );
    edit(
        repo,
        "roadmap.yaml",
        "- title: Add the MDF claims module to the partner portal\n        status: at-risk",
        "- title: Add the MDF claims module to the partner portal\n        status: done",
    );
    edit(
        repo,
        "governance.yaml",
        "Director Partner Ops: C\n      Finance: I",
        "Director Partner Ops: C\n      Finance: C",
    );
    edit(
        repo,
        "governance.yaml",
        "partner_executive: VP Alliance, Risk Advisory",
        "partner_executive: Global Alliance Lead",
    );
    edit(repo, "tiers.yaml", "\"$2M+\"", "\"$2.5M+\"");
    edit(repo, "tiers.yaml", "\"$500K–$2M\"", "\"$500K–$2.5M\"");
    edit(
        repo,
        "plan.yaml",
        "current_arr: \"$18M\"",
        "current_arr: \"$21M\"",
    );
    edit(
        repo,
        "thesis.md",
        "  - vertical boutique consultancies in banking and healthcare",
        "  - vertical boutique consultancies in banking and healthcare\n  - Nordic regional integrators",
    );
}

fn partnerbook(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_partnerbook"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("run partnerbook")
}

fn diff_ok(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--today", TODAY]);
    let out = partnerbook(dir, &all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "diff {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn diff_fails(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--today", TODAY]);
    let out = partnerbook(dir, &all);
    assert_eq!(out.status.code(), Some(2), "expected exit 2 for {args:?}");
    assert!(out.stdout.is_empty());
    String::from_utf8(out.stderr).expect("utf-8 stderr")
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
    let tmp = repo_with_changes();
    let out = diff_ok(tmp.path(), &["base", "HEAD", "--content", CONTENT]);
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
    let tmp = repo_with_changes();
    let out = diff_ok(
        tmp.path(),
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
    let tmp = repo_with_changes();
    let out = diff_ok(
        tmp.path(),
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
    let tmp = repo_with_changes();
    let repo = tmp.path();
    let clean = diff_ok(repo, &["--content", CONTENT]);
    assert!(
        clean.starts_with("No plan changes between HEAD ("),
        "{clean}"
    );
    edit(repo, "okrs.yaml", "current: \"$19M\"", "current: \"$20M\"");
    edit(
        repo,
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
    let status = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["status", "--porcelain"])
        .output()
        .expect("git status");
    let status = String::from_utf8_lossy(&status.stdout);
    assert_eq!(status.lines().count(), 2, "{status}");
    assert!(status.lines().all(|l| l.starts_with(" M")), "{status}");
}

#[test]
fn moving_lines_is_not_a_change() {
    let tmp = repo_with_changes();
    let repo = tmp.path();
    // the example plan's tier.fit warning on PwC and review warning on D-003 move down
    edit(
        repo,
        "partners/pwc.md",
        "name: PwC",
        "# Big 4, EU and North America\n\nname: PwC",
    );
    edit(
        repo,
        "decisions/D-003-enterprise-implementation.md",
        "---\n",
        "---\n# reviewed at the QBR\n",
    );
    let out = diff_ok(repo, &["--content", CONTENT]);
    assert!(out.starts_with("No plan changes between HEAD ("), "{out}");
}

#[test]
fn content_dir_can_be_given_from_inside_the_repository() {
    let tmp = repo_with_changes();
    let inner = tmp.path().join("plans");
    let out = diff_ok(&inner, &["base", "HEAD", "--content", "content"]);
    assert!(out.contains(EXPECTED[0]), "{out}");
    let content = inner.join("content");
    let out = diff_ok(&content, &["base", "HEAD", "--content", "."]);
    assert!(out.contains(EXPECTED[1]), "{out}");
}

#[test]
fn content_dir_at_the_repository_root() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let repo = tmp.path();
    copy_dir(&example_content(), repo);
    init_repo(repo);
    commit(repo, "Plan");
    fs::write(
        repo.join("plan.yaml"),
        fs::read_to_string(repo.join("plan.yaml"))
            .expect("read")
            .replace("target_arr: \"$60M\"", "target_arr: \"$75M\""),
    )
    .expect("write");
    let out = diff_ok(repo, &["--content", "."]);
    assert!(out.contains("Company: target ARR $60M → $75M"), "{out}");
}

#[test]
fn a_repository_without_commits_is_a_clear_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_dir(&example_content(), &tmp.path().join("content"));
    init_repo(tmp.path());
    let err = diff_fails(tmp.path(), &[]);
    assert!(err.contains("no commits yet"), "{err}");
}

#[test]
fn errors_exit_2_with_a_clear_message() {
    let tmp = repo_with_changes();
    let repo = tmp.path();
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

    let outside = tempfile::tempdir().expect("tempdir");
    copy_dir(&example_content(), &outside.path().join("content"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_partnerbook"));
    let out = cmd
        .current_dir(outside.path())
        .args(["diff", "--today", TODAY])
        .env(
            "GIT_CEILING_DIRECTORIES",
            outside.path().parent().unwrap_or(outside.path()),
        )
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("run partnerbook");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`content` is not inside a git repository"),
        "{err}"
    );
}

#[test]
fn changes_since_feeds_the_site_and_the_board_pack() {
    let tmp = repo_with_changes();
    let content = tmp.path().join(CONTENT);
    let today = partnerbook::values::Date::parse(TODAY).ok();
    let changes = partnerbook::diff::changes_since(&content, "base", today).expect("changes");
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
    assert_eq!(titles.last(), Some(&"Rule violations"));
    let err = partnerbook::diff::changes_since(&content, "nope", today);
    assert!(matches!(
        err,
        Err(partnerbook::git::GitError::UnknownRevision { .. })
    ));
}

#[test]
fn the_board_pack_can_name_its_commit() {
    let tmp = repo_with_changes();
    let content = tmp.path().join(CONTENT);
    let head = partnerbook::git::head_commit(&content).expect("a commit");
    assert!(
        head.len() >= 7 && head.chars().all(|c| c.is_ascii_hexdigit()),
        "{head}"
    );
    assert!(!partnerbook::git::is_dirty(&content));
    assert_eq!(partnerbook::git::commit_label(&content), Some(head.clone()));
    edit(
        tmp.path(),
        "plan.yaml",
        "current_arr: \"$21M\"",
        "current_arr: \"$22M\"",
    );
    assert!(partnerbook::git::is_dirty(&content));
    assert_eq!(
        partnerbook::git::commit_label(&content),
        Some(format!("{head} with uncommitted changes"))
    );
    let outside = tempfile::tempdir().expect("tempdir");
    assert_eq!(partnerbook::git::head_commit(outside.path()), None);
}

#[test]
fn exit_code_says_whether_the_plan_changed() {
    let tmp = repo_with_changes();
    let code = |args: &[&str]| {
        let mut all = vec!["diff", "--content", CONTENT, "--today", TODAY];
        all.extend_from_slice(args);
        partnerbook(tmp.path(), &all).status.code()
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
