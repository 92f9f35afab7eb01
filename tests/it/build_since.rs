//! `build --since REV`: the site gets a "What changed" page, the board pack a section,
//! and the cover names the commit the pack was built from.

use crate::support;

use support::{git, git_stdout, require_tool, Cmd, PlanTest, TODAY};

/// A git repository holding a plan made by `partnerbook init` in `content/`.
fn repo_with_plan() -> PlanTest {
    let t = PlanTest::init();
    crate::support::git_init(t.root());
    t
}

#[test]
fn build_since_adds_what_changed_to_site_and_pack() {
    let t = repo_with_plan();
    let repo = t.root();
    git(repo, ["add", "-A"]);
    git(repo, ["commit", "-q", "-m", "Example plan"]);
    let text = t.read("partners/deloitte.md");
    t.write(
        "partners/deloitte.md",
        text.replace("status: active", "status: paused"),
    );
    git(repo, ["commit", "-q", "-am", "Pause Deloitte"]);
    t.partnerbook(["build", "--since", "HEAD~1", "--today", TODAY])
        .run()
        .expect_success();
    let page = t.page("changes.html");
    assert!(page.contains("What changed since HEAD~1"), "{page}");
    assert!(page.contains("Deloitte"), "{page}");
    assert!(
        t.page("index.html").contains("changes.html"),
        "the sidebar links the changes page"
    );
    let Some(pdftotext) = require_tool("pdftotext") else {
        return;
    };
    let t2 = Cmd::program(pdftotext)
        .arg(t.out("board-pack.pdf"))
        .arg("-")
        .run();
    let text = t2.expect_success().stdout.as_str();
    assert!(
        text.contains("What changed since HEAD~1"),
        "pack lacks the changes section"
    );
    let head = git_stdout(repo, ["rev-parse", "--short", "HEAD"]);
    assert!(
        text.contains(&format!("Built from commit {head}")),
        "cover names the commit {head}"
    );
}

#[test]
fn build_since_an_unknown_revision_exits_2() {
    let t = repo_with_plan();
    t.partnerbook([
        "build",
        "--since",
        "no-such-rev",
        "--today",
        TODAY,
        "--no-pdf",
    ])
    .run()
    .expect_code(2);
    assert!(!t.output().exists(), "nothing written");
}
