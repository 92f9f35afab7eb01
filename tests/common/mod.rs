//! Test fixtures: the example plan copied into a temporary directory, mutated by a few
//! edits written as data, then loaded and checked with a fixed `--today`.

#![allow(dead_code)] // each test binary uses a different part of this module

use partnerbook::project::{CheckOptions, Project};
use partnerbook::values::Date;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The date every test checks against (the example plan is written for it).
pub const TODAY: &str = "2026-11-24";

/// The example plan shipped in the repository.
pub fn example_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// One change to the example plan.
#[derive(Clone)]
pub enum Edit {
    /// Replace the first occurrence of `old` (which must occur) in `file` by `new`.
    Replace {
        file: &'static str,
        old: &'static str,
        new: &'static str,
    },
    /// Write (create or overwrite) a file with these bytes.
    Write { file: &'static str, bytes: Vec<u8> },
    /// Delete a file.
    Remove(&'static str),
    /// Create a directory (with its parents).
    Mkdir(&'static str),
    /// Create a symbolic link at `link` pointing at `target` (as written).
    Symlink {
        link: &'static str,
        target: &'static str,
    },
}

/// Shorthand for [`Edit::Replace`].
pub fn replace(file: &'static str, old: &'static str, new: &'static str) -> Edit {
    Edit::Replace { file, old, new }
}

/// Shorthand for [`Edit::Write`].
pub fn write(file: &'static str, text: impl Into<Vec<u8>>) -> Edit {
    Edit::Write {
        file,
        bytes: text.into(),
    }
}

/// A copy of the example plan in a temporary directory.
pub struct Fixture {
    _tmp: TempDir,
    dir: PathBuf,
}

impl Fixture {
    /// A fresh copy of the example plan.
    pub fn example() -> Fixture {
        let tmp = tempfile::tempdir().expect("temp dir");
        let dir = tmp.path().join("content");
        copy_dir(&example_dir(), &dir);
        Fixture { _tmp: tmp, dir }
    }

    /// A copy of the example plan with `edits` applied.
    pub fn with(edits: &[Edit]) -> Fixture {
        let f = Fixture::example();
        for e in edits {
            f.apply(e);
        }
        f
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn apply(&self, e: &Edit) {
        match e {
            Edit::Replace { file, old, new } => {
                let text = self.read(file);
                assert!(
                    text.contains(old),
                    "fixture edit: `{old}` not found in {file}"
                );
                std::fs::write(self.path(file), text.replacen(old, new, 1)).expect("write");
            }
            Edit::Write { file, bytes } => {
                let p = self.path(file);
                if let Some(parent) = p.parent() {
                    std::fs::create_dir_all(parent).expect("mkdir");
                }
                std::fs::write(p, bytes).expect("write");
            }
            Edit::Remove(file) => std::fs::remove_file(self.path(file)).expect("remove"),
            Edit::Mkdir(dir) => std::fs::create_dir_all(self.path(dir)).expect("mkdir"),
            Edit::Symlink { link, target } => symlink(target, &self.path(link)),
        }
    }

    /// Loads and checks the plan as of [`TODAY`].
    pub fn check(&self) -> Checked {
        Checked::load(&self.dir)
    }
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

#[cfg(not(unix))]
fn symlink(_target: &str, _link: &Path) {}

/// Copies a directory tree (regular files and directories only).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    let mut entries: Vec<_> = std::fs::read_dir(from)
        .expect("read example dir")
        .map(|e| e.expect("dir entry"))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let dest = to.join(e.file_name());
        if e.file_type().expect("file type").is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), &dest).expect("copy");
        }
    }
}

/// A diagnostic flattened to what tests assert on.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub rule: String,
    pub severity: String,
    /// Path relative to the content directory.
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{} {}[{}] {}",
            self.file, self.line, self.col, self.severity, self.rule, self.message
        )
    }
}

/// The outcome of checking one plan.
pub struct Checked {
    pub project: Project,
    pub found: Vec<Found>,
}

impl Checked {
    pub fn load(dir: &Path) -> Checked {
        let today = Date::parse(TODAY).expect("date");
        let project = Project::load(dir, &CheckOptions { today: Some(today) })
            .unwrap_or_else(|e| panic!("load {}: {e}", dir.display()));
        let found = project
            .diagnostics
            .iter()
            .map(|d| {
                let (_, line, col) = project.sources.location(d.span);
                let file = project
                    .sources
                    .get(d.span.file)
                    .map_or_else(|| "<unknown>".to_string(), |f| f.rel.clone());
                Found {
                    rule: d.rule.to_string(),
                    severity: d.severity.as_str().to_string(),
                    file,
                    line,
                    col,
                    message: d.message.clone(),
                    help: d.help.clone(),
                }
            })
            .collect();
        Checked { project, found }
    }

    pub fn errors(&self) -> Vec<&Found> {
        self.found
            .iter()
            .filter(|f| f.severity == "error")
            .collect()
    }

    pub fn warnings(&self) -> Vec<&Found> {
        self.found
            .iter()
            .filter(|f| f.severity == "warning")
            .collect()
    }

    pub fn of_rule(&self, rule: &str) -> Vec<&Found> {
        self.found.iter().filter(|f| f.rule == rule).collect()
    }

    /// Every diagnostic, one per line (for assertion messages).
    pub fn listing(&self) -> String {
        self.found
            .iter()
            .map(|f| format!("  {f}\n"))
            .collect::<String>()
    }
}
