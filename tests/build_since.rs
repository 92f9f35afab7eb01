//! `build --since REV`: the site gets a "What changed" page, the board pack a section,
//! and the cover names the commit the pack was built from.

use std::path::Path;
use std::process::Command;

fn run(dir: &Path, cmd: &str, args: &[&str]) -> std::process::Output {
    Command::new(cmd)
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("run")
}

fn git(dir: &Path, args: &[&str]) {
    let out = run(dir, "git", args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn build_since_adds_what_changed_to_site_and_pack() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let repo = tmp.path();
    git(repo, &["init", "-q"]);
    git(repo, &["config", "user.name", "Plan Owner"]);
    git(repo, &["config", "user.email", "owner@example.invalid"]);
    let bin = env!("CARGO_BIN_EXE_partnerbook");
    assert!(run(repo, bin, &["init", "content"]).status.success());
    git(repo, &["add", "-A"]);
    git(repo, &["commit", "-q", "-m", "Example plan"]);
    let partner = repo.join("content/partners/deloitte.md");
    let text = std::fs::read_to_string(&partner).expect("read");
    std::fs::write(&partner, text.replace("status: active", "status: paused")).expect("write");
    git(repo, &["commit", "-q", "-am", "Pause Deloitte"]);
    let out = run(
        repo,
        bin,
        &["build", "--since", "HEAD~1", "--today", "2026-11-24"],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(repo.join("output/changes.html")).expect("changes page");
    assert!(page.contains("What changed since HEAD~1"), "{page}");
    assert!(page.contains("Deloitte"), "{page}");
    let home = std::fs::read_to_string(repo.join("output/index.html")).expect("home");
    assert!(
        home.contains("changes.html"),
        "the sidebar links the changes page"
    );
    let pdf = repo.join("output/board-pack.pdf");
    let Ok(t) = Command::new("pdftotext").arg(&pdf).arg("-").output() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext is required in CI"
        );
        return;
    };
    let text = String::from_utf8_lossy(&t.stdout);
    assert!(
        text.contains("What changed since HEAD~1"),
        "pack lacks the changes section"
    );
    let head = String::from_utf8_lossy(&run(repo, "git", &["rev-parse", "--short", "HEAD"]).stdout)
        .trim()
        .to_string();
    assert!(
        text.contains(&format!("Built from commit {head}")),
        "cover names the commit {head}"
    );
}

#[test]
fn build_since_an_unknown_revision_exits_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let repo = tmp.path();
    git(repo, &["init", "-q"]);
    let bin = env!("CARGO_BIN_EXE_partnerbook");
    assert!(run(repo, bin, &["init", "content"]).status.success());
    let out = run(
        repo,
        bin,
        &[
            "build",
            "--since",
            "no-such-rev",
            "--today",
            "2026-11-24",
            "--no-pdf",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!repo.join("output").exists(), "nothing written");
}
