//! History from git: a temporary repository with the plan committed and tagged at
//! three board meetings (scores, tiers, ARR and an OKR changing between them), a
//! tagged revision whose plan is broken, and a tag from before the content directory
//! existed. Asserts `partnerbook history` in every format, the History page, a
//! partner's history, the dashboard's changes, the pack's Trend and "Since the last
//! board meeting", quarter-end selection without tags, and the cache.

use crate::support;

use support::{git, require_tool, Cmd, PlanTest, TODAY};

/// Commits everything in the repository as of `date` (noon UTC), and tags it.
fn commit_at(t: &PlanTest, date: &str, message: &str, tag: Option<&str>) {
    let when = format!("{date}T12:00:00+00:00");
    git(t.root(), ["add", "-A"]);
    Cmd::program("git")
        .arg("-C")
        .arg(t.root())
        .args(["commit", "-q", "--allow-empty", "-m", message])
        .env("GIT_AUTHOR_DATE", &when)
        .env("GIT_COMMITTER_DATE", &when)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .run()
        .expect_success();
    if let Some(tag) = tag {
        git(t.root(), ["tag", tag]);
    }
}

/// The plan of `init`, in a repository whose history is:
/// - 2026-01-05 `board/2025-q4`: a README, no content directory yet;
/// - 2026-03-10 `board/2026-q1`: the plan as `init` writes it, reading tags `board/*`;
/// - 2026-06-12 `board/2026-q2`: Deloitte down to Gold with lower ratings, more ARR;
/// - 2026-08-01 `board/2026-q3-draft`: PwC's file broken;
/// - 2026-09-20 `board/2026-q3`: PwC mended, certified individuals 67 → 80;
///
/// and, uncommitted, Deloitte's pipeline raised to $4.1M.
fn repo() -> PlanTest {
    let t = PlanTest::init();
    let root = t.root();
    support::git_init(root);
    let plan = t.read("plan.yaml");
    let content = t.content().to_path_buf();
    let parked = root.join("parked");
    std::fs::rename(&content, &parked).expect("park the plan");
    std::fs::write(root.join("README.md"), "Board material\n").expect("readme");
    commit_at(&t, "2026-01-05", "Start", Some("board/2025-q4"));
    std::fs::rename(&parked, &content).expect("bring the plan back");
    t.write(
        "plan.yaml",
        plan.replace("program:\n", "history:\n  tags: \"board/*\"\nprogram:\n"),
    );
    commit_at(&t, "2026-03-10", "Q1 plan", Some("board/2026-q1"));
    let deloitte = t.read("partners/deloitte.md");
    t.write(
        "partners/deloitte.md",
        deloitte
            .replace("tier: platinum\n", "tier: gold\n")
            .replace("icp_overlap: 92", "icp_overlap: 60")
            .replace("market_influence: 95", "market_influence: 60")
            .replace("arr: \"$820K\"", "arr: \"$1.22M\""),
    );
    commit_at(&t, "2026-06-12", "Q2 plan", Some("board/2026-q2"));
    let pwc = t.read("partners/pwc.md");
    t.write(
        "partners/pwc.md",
        pwc.replace("tier: gold\n", "tier: [gold\n"),
    );
    commit_at(&t, "2026-08-01", "Draft", Some("board/2026-q3-draft"));
    t.write("partners/pwc.md", &pwc);
    t.replace("okrs.yaml", "current: 67", "current: 80");
    commit_at(&t, "2026-09-20", "Q3 plan", Some("board/2026-q3"));
    t.replace(
        "partners/deloitte.md",
        "pipeline: \"$3.4M\"",
        "pipeline: \"$4.1M\"",
    );
    t
}

fn history(t: &PlanTest, format: &str) -> support::Ran {
    let ran = t
        .partnerbook(["history", "--format", format, "--today", TODAY])
        .run();
    ran.expect_success();
    ran
}

fn labels(json: &serde_json::Value) -> Vec<String> {
    json.as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|r| r["label"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn history_reads_tagged_board_meetings_in_every_format() {
    let t = repo();
    let ran = history(&t, "json");
    let json = ran.json();
    assert_eq!(
        labels(&json),
        [
            "board/2026-q1",
            "board/2026-q2",
            "board/2026-q3-draft",
            "board/2026-q3",
            "now"
        ]
    );
    ran.stderr_has("skipped board/2025-q4");
    ran.stderr_has("is not in this revision");
    let rows = json.as_array().expect("array");
    let arr = |i: usize| rows[i]["kpis"]["partner_sourced_arr"].as_f64();
    let (q1, q2) = (arr(0).expect("q1 arr"), arr(1).expect("q2 arr"));
    assert!((q2 - q1 - 400_000.0).abs() < 0.01, "ARR {q1} → {q2}");
    let tiers = |i: usize| rows[i]["kpis"]["partners_by_tier"]["platinum"].as_u64();
    assert_eq!(tiers(1), tiers(0).map(|n| n - 1), "Deloitte left Platinum");
    assert!(
        rows[2]["errors"].as_u64() >= Some(1),
        "the draft had errors"
    );
    assert_eq!(rows[3]["errors"].as_u64(), Some(0));
    let okr = |i: usize| rows[i]["kpis"]["okr_progress"].as_f64().unwrap_or(0.0);
    assert!(
        okr(3) > okr(1),
        "OKR progress rose: {} → {}",
        okr(1),
        okr(3)
    );
    let pipeline = |i: usize| rows[i]["kpis"]["pipeline"].as_f64().unwrap_or(0.0);
    assert!((pipeline(4) - pipeline(3) - 700_000.0).abs() < 0.01);
    assert_eq!(rows[4]["commit"], serde_json::Value::Null);
    assert_eq!(rows[0]["date"], "2026-03-10");

    let text = history(&t, "text");
    text.stdout_has("History: 5 tags matching `board/*`, oldest first, then now");
    text.stdout_has("had 1 error");
    text.stdout_has("skipped board/2025-q4");
    let first = text.stdout.lines().nth(2).unwrap_or_default();
    assert!(first.starts_with("Snapshot"), "{}", text.stdout);

    let md = history(&t, "markdown");
    md.stdout_has("| board/2026-q1 | 2026-03-10 |");
    md.stdout_has("|---|");

    let csv = history(&t, "csv");
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{}", csv.stdout);
    assert!(lines[0].starts_with("label,commit,date,errors,warnings,currency,partner_sourced_arr"));
    assert!(lines[5].starts_with("now,,2026-11-24,"), "{}", lines[5]);
}

#[test]
fn a_hand_edited_cache_entry_is_not_trusted() {
    let t = repo();
    let before = history(&t, "json").json();
    let cache = t.root().join(".git/partnerbook/history");
    let entries: Vec<_> = std::fs::read_dir(&cache)
        .expect("the cache was written")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(entries.len(), 4, "one entry per snapshot read: {entries:?}");
    for path in &entries {
        let text = std::fs::read_to_string(path).expect("entry");
        let edited = text.replace("\"partner_sourced_arr\":", "\"partner_sourced_arr\":9");
        assert_ne!(text, edited, "the entry holds the ARR");
        std::fs::write(path, edited).expect("edit");
    }
    let after = history(&t, "json").json();
    assert_eq!(before, after, "the edited entries were not used");
    std::fs::write(&entries[0], "{ cut short").expect("corrupt");
    assert_eq!(history(&t, "json").json(), before);
}

#[test]
fn the_site_shows_history_partner_history_and_changes_since_the_last_meeting() {
    let t = repo();
    t.build(&[]).expect_success();
    let page = t.page("history.html");
    for needle in [
        "Since the last board meeting (board/2026-q3)",
        "Partner-sourced ARR against the thesis path",
        "Partners by tier",
        "board/2026-q3-draft",
        "had 1 error",
        "board/2025-q4",
        "is not in this revision",
        "Deloitte",
    ] {
        assert!(page.contains(needle), "History page lacks {needle:?}");
    }
    let since = page
        .split("id=\"since\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .unwrap_or_default();
    assert!(since.contains("$4.1M"), "{since}");
    assert!(
        !since.contains(".md") && !since.contains("decision.review"),
        "{since}"
    );

    let deloitte = t.page("partners/deloitte.html");
    let panel = deloitte
        .split("id=\"history\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .unwrap_or_default();
    for needle in [
        "board/2026-q1",
        "board/2026-q2",
        "now",
        "Platinum",
        "Gold",
        "$820K",
        "$1.2M",
    ] {
        assert!(
            panel.contains(needle),
            "Deloitte's history lacks {needle:?}: {panel}"
        );
    }
    let home = t.page("index.html");
    assert!(
        home.contains("since board/2026-q3"),
        "the dashboard shows changes"
    );
    assert!(home.contains("▲ +$700K"), "pipeline up by $700K");
    assert!(
        home.contains("history.html"),
        "the sidebar links the History page"
    );

    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let ran = Cmd::program(pdftotext)
        .arg(t.out("board-pack.pdf"))
        .arg("-")
        .run();
    let text = ran.expect_success().stdout.as_str();
    let since = text
        .split("What moved in the plan from")
        .nth(1)
        .and_then(|s| s.split("Trend").next())
        .unwrap_or_default();
    assert!(since.contains("board/2026-q3"), "{since}");
    assert!(since.contains("Deloitte"), "{since}");
    assert!(
        !since.contains(".md") && !since.contains(".yaml"),
        "{since}"
    );
    assert!(text.contains("Partner-sourced ARR against the thesis path"));
    assert!(text.contains("Average OKR progress"));
}

#[test]
fn no_history_turns_it_off_and_outside_git_there_is_none() {
    let t = repo();
    t.build(&["--no-history"]).expect_success();
    assert!(!t.out("history.html").exists());
    assert!(!t.page("index.html").contains("history.html"));

    let plain = PlanTest::init();
    plain.build(&[]).expect_success();
    assert!(!plain.out("history.html").exists());
    let ran = history(&plain, "text");
    ran.stderr_has("no history: `");
    ran.stderr_has("is not inside a git repository");
    ran.stdout_has("now ");
}

#[test]
fn quarter_ends_are_the_default_without_tags() {
    let t = repo();
    let plan = t.read("plan.yaml");
    t.write(
        "plan.yaml",
        plan.replace("history:\n  tags: \"board/*\"\n", ""),
    );
    let ran = history(&t, "json");
    // The plan's directory has no commit before the end of 2025-Q4; each quarter is
    // the last commit before its end (2026-Q3 is the mended plan of 2026-09-20, not
    // the draft of 2026-08-01).
    assert_eq!(
        labels(&ran.json()),
        ["2026-Q1", "2026-Q2", "2026-Q3", "now"]
    );
    let dates: Vec<String> = ran
        .json()
        .as_array()
        .map(|r| r.iter().map(|s| s["date"].to_string()).collect())
        .unwrap_or_default();
    assert_eq!(
        dates,
        [
            "\"2026-03-10\"",
            "\"2026-06-12\"",
            "\"2026-09-20\"",
            "\"2026-11-24\""
        ]
    );
    history(&t, "text").stdout_has(
        "History: 3 of the last 4 quarter ends (the content directory has no commit before the others)",
    );
}

#[test]
fn history_settings_are_checked_where_they_are_written() {
    let t = PlanTest::init();
    let plan = t.read("plan.yaml");
    let both = plan.replace(
        "program:\n",
        "history:\n  tags: \"board/*\"\n  quarters: 2\nprogram:\n",
    );
    let line = both
        .lines()
        .position(|l| l == "  quarters: 2")
        .map(|i| i + 1);
    t.write("plan.yaml", &both);
    let ran = t.check(&["--format", "json"]);
    ran.expect_code(1);
    let found: Vec<serde_json::Value> = ran
        .json()
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|d| {
            d["message"]
                .as_str()
                .is_some_and(|m| m.contains("`history`"))
        })
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["rule"], "syntax");
    assert_eq!(found[0]["file"], "content/plan.yaml");
    assert_eq!(found[0]["line"].as_u64(), line.map(|l| l as u64));
    assert_eq!(found[0]["column"], 3);
    assert!(found[0]["help"]
        .as_str()
        .is_some_and(|h| h.contains("quarters: 4")));

    t.write(
        "plan.yaml",
        plan.replace("program:\n", "history:\n  quarters: 90\nprogram:\n"),
    );
    t.check(&[])
        .expect_code(1)
        .stderr_has("`history.quarters` is 90");
    t.write(
        "plan.yaml",
        plan.replace("program:\n", "history:\n  tag: board\nprogram:\n"),
    );
    t.check(&[]).expect_code(1).stderr_has("tag");
}
