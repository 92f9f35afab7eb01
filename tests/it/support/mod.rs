//! The one test harness of the integration tests, in the spirit of mdBook's `BookTest`:
//! a [`PlanTest`] copies a plan (the example plan, a plan made by `partnerbook init`,
//! or any directory) into a temporary directory, edits its files, runs the real
//! binary and reads what it wrote; [`Ran`] asserts on exit status and messages.
//!
//! Beside it: [`Checked`] (a plan loaded and checked through the library, with every
//! diagnostic flattened for assertions and snapshots), [`Running`] (a `watch` or
//! `serve` process with its log), HTTP requests, a headless Chromium driven over the
//! DevTools protocol, output trees and link checks.
//!
//! Tools the tests need from the system (pdftotext, qpdf, Chromium, axe-core, `script`) are
//! asked for with [`require_tool`]: a missing tool skips the test on a developer's
//! machine and fails it when `CI` is set.

#![allow(dead_code)] // helpers kept for tests to come; not every one is used today

pub mod axe;
mod check;
mod cmd;
pub mod devtools;
mod files;
mod html;
pub mod http;
mod plan;
mod process;

// Each test binary uses a different part of what follows.
#[allow(unused_imports)]
pub use check::{rules, Checked, Found};
#[allow(unused_imports)]
pub use cmd::{git, git_init, git_stdout, partnerbook, Cmd, Ran};
#[allow(unused_imports)]
pub use files::{copy_dir, differences, mtimes, snapshot, tree, Tree};
#[allow(unused_imports)]
pub use html::{check_links, main_element};
#[allow(unused_imports)]
pub use plan::{replace, write, Edit, PlanTest};
#[allow(unused_imports)]
pub use process::Running;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The date every test checks against (the example plan is written for it).
pub const TODAY: &str = "2026-11-24";

/// How long any single wait for a process, a page or a file may take.
pub const WAIT: Duration = Duration::from_secs(10);

/// How often waits look again.
const POLL: Duration = Duration::from_millis(5);

/// The example plan shipped in the repository.
pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// The binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_partnerbook")
}

/// Calls `cond` every few milliseconds until it holds or `limit` passes.
pub fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= end {
            return false;
        }
        std::thread::sleep(POLL);
    }
}

/// Whether the tests run under CI (`CI` set to any non-empty value), where every tool
/// a test needs must be installed.
pub fn ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// The external tool `name`, found on `PATH`. When it is missing the calling test
/// should return: on a developer's machine this prints a note and gives `None`; under
/// CI it panics, so that no test passes without having run.
pub fn require_tool(name: &str) -> Option<PathBuf> {
    require_any(name, &[name])
}

/// Chromium for the browser tests: `PARTNERBOOK_CHROMIUM` when set, else the first of
/// the usual names on `PATH`; missing, as [`require_tool`].
pub fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PARTNERBOOK_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    require_any("chromium", &names)
}

/// Whether `needle` occurs in `hay` as a whole word, whatever the case (leak checks:
/// `EY` is not found in `Keyes`).
pub fn has_word(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.to_lowercase(), needle.to_lowercase());
    let mut at = 0;
    while let Some(i) = hay[at..].find(&needle) {
        let start = at + i;
        let end = start + needle.len();
        let before = hay[..start].chars().next_back();
        let after = hay[end..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if edge(before) && edge(after) {
            return true;
        }
        at = start + needle.len().max(1);
    }
    false
}

/// pdfua, the PDF/UA-1 checker: where `.ci/run` installs it (a virtual environment
/// under the target directory, `CARGO_TARGET_DIR` or the workspace's), else on `PATH`;
/// missing, as [`require_tool`].
pub fn pdfua() -> Option<PathBuf> {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let venvs = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .into_iter()
        .chain([workspace.join("target")])
        .map(|target| target.join("pdfua/bin/pdfua"));
    for venv in venvs {
        if venv.is_file() {
            return Some(venv);
        }
    }
    require_tool("pdfua")
}

/// The first of `names` on `PATH`; missing, as [`require_tool`] (`what` names it).
fn require_any(what: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(found) = names.iter().find_map(|n| find_on_path(n)) {
        return Some(found);
    }
    missing(what)
}

/// What a test gets for a tool that is not installed: `None` and a note on a
/// developer's machine, a panic under CI.
pub fn missing<T>(what: &str) -> Option<T> {
    let test = std::thread::current()
        .name()
        .unwrap_or("this test")
        .to_string();
    assert!(
        !ci(),
        "{test}: `{what}` is required when CI is set (.ci/run installs it)"
    );
    eprintln!("SKIPPED {test}: `{what}` is not installed (.ci/run installs it)");
    None
}

/// An executable file called `name` in one of `PATH`'s directories.
fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}
