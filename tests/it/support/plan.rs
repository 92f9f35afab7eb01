//! [`PlanTest`]: a plan in a temporary directory (`content/`, with `output/` beside
//! it), edited file by file, built and checked by the real binary or the library.

use super::cmd::{Cmd, Ran};
use super::{copy_dir, example_dir, Checked, TODAY};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// One change to a plan, written as data (the rule fixture table is a list of them).
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

/// A temporary directory holding a plan and, once built, its output.
pub struct PlanTest {
    tmp: TempDir,
    content: PathBuf,
    output: PathBuf,
}

impl PlanTest {
    /// An empty temporary directory: `content/` and `output/` do not exist yet.
    pub fn empty() -> PlanTest {
        PlanTest::empty_at("content")
    }

    /// As [`PlanTest::empty`], with the plan to go at `rel` inside the directory
    /// (`""`: the directory itself).
    pub fn empty_at(rel: &str) -> PlanTest {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let content = match rel {
            "" | "." => tmp.path().to_path_buf(),
            rel => tmp.path().join(rel),
        };
        let output = tmp.path().join("output");
        PlanTest {
            tmp,
            content,
            output,
        }
    }

    /// A copy of the example plan of the repository.
    pub fn example() -> PlanTest {
        PlanTest::from_dir(&example_dir())
    }

    /// A copy of the example plan at `rel` inside the temporary directory (for a git
    /// repository that holds the plan in a sub-folder).
    pub fn example_at(rel: &str) -> PlanTest {
        let t = PlanTest::empty_at(rel);
        copy_dir(&example_dir(), &t.content);
        t
    }

    /// A copy of the plan in `dir`.
    pub fn from_dir(dir: &Path) -> PlanTest {
        let t = PlanTest::empty();
        copy_dir(dir, &t.content);
        t
    }

    /// A copy of the example plan, built into its output with `extra` arguments;
    /// panics when the build fails.
    pub fn example_built(extra: &[&str]) -> PlanTest {
        let t = PlanTest::example();
        t.build(extra).expect_success();
        t
    }

    /// The example plan with `edits` applied.
    pub fn with(edits: &[Edit]) -> PlanTest {
        let t = PlanTest::example();
        for e in edits {
            t.apply(e);
        }
        t
    }

    /// A plan written by `partnerbook init`.
    pub fn init() -> PlanTest {
        let t = PlanTest::empty();
        Cmd::partnerbook()
            .arg("init")
            .arg(&t.content)
            .run()
            .expect_success();
        t
    }

    /// The temporary directory holding the plan and its output.
    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    pub fn content(&self) -> &Path {
        &self.content
    }

    pub fn output(&self) -> &Path {
        &self.output
    }

    /// A file of the plan.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.content.join(rel)
    }

    /// A file of the output.
    pub fn out(&self, rel: &str) -> PathBuf {
        self.output.join(rel)
    }

    /// Reads a file of the plan; panics when it cannot.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// Reads a file of the output; panics when it does not exist.
    pub fn page(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out(rel)).unwrap_or_else(|e| panic!("read output {rel}: {e}"))
    }

    /// Reads a file of the output, or an empty string while it does not exist.
    pub fn read_out(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out(rel)).unwrap_or_default()
    }

    /// Applies one edit to the plan.
    pub fn apply(&self, e: &Edit) -> &PlanTest {
        match e {
            Edit::Replace { file, old, new } => self.replace(file, old, new),
            Edit::Write { file, bytes } => self.write(file, bytes),
            Edit::Remove(file) => self.remove(file),
            Edit::Mkdir(dir) => {
                std::fs::create_dir_all(self.path(dir))
                    .unwrap_or_else(|e| panic!("mkdir {dir}: {e}"));
                self
            }
            Edit::Symlink { link, target } => {
                symlink(target, &self.path(link));
                self
            }
        }
    }

    /// Replaces the first `old` (which must occur) in a plan file, in place.
    pub fn replace(&self, rel: &str, old: &str, new: &str) -> &PlanTest {
        let text = self.read(rel);
        assert!(text.contains(old), "edit: `{old}` not found in {rel}");
        self.write(rel, text.replacen(old, new, 1))
    }

    /// Writes (creates or truncates and overwrites, same inode) a plan file.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> &PlanTest {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir for {rel}: {e}"));
        }
        std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("write {rel}: {e}"));
        self
    }

    /// Writes a file at `rel` in the temporary directory, beside the plan rather than
    /// in it (a theme, say).
    pub fn write_beside(&self, rel: &str, bytes: impl AsRef<[u8]>) -> &PlanTest {
        let p = self.root().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir for {rel}: {e}"));
        }
        std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("write {rel}: {e}"));
        self
    }

    /// Deletes a plan file.
    pub fn remove(&self, rel: &str) -> &PlanTest {
        std::fs::remove_file(self.path(rel)).unwrap_or_else(|e| panic!("remove {rel}: {e}"));
        self
    }

    /// Loads and checks the plan through the library as of [`TODAY`].
    pub fn checked(&self) -> Checked {
        Checked::load(&self.content)
    }

    /// Checked, plus the problems building the board pack finds (`pack.*` rules).
    pub fn checked_with_pack(&self) -> Checked {
        Checked::load_with_pack(&self.content)
    }

    /// `--content`, `--output` and `--today`, as `build`, `watch` and `serve` take them.
    pub fn args(&self) -> Vec<String> {
        vec![
            "--content".into(),
            self.content.display().to_string(),
            "--output".into(),
            self.output.display().to_string(),
            "--today".into(),
            TODAY.into(),
        ]
    }

    /// The binary, run from the temporary directory.
    pub fn partnerbook<S: AsRef<OsStr>>(&self, args: impl IntoIterator<Item = S>) -> Cmd {
        Cmd::partnerbook().current_dir(self.root()).args(args)
    }

    /// `partnerbook build` of the plan into its output with `extra` arguments.
    pub fn build(&self, extra: &[&str]) -> Ran {
        self.build_to(&self.output, extra)
    }

    /// `partnerbook build` of the plan into `out` with `extra` arguments. The plan is
    /// named relative to the temporary directory (`--content content`), as a user
    /// would, so that pages showing its path do not depend on where the test ran.
    pub fn build_to(&self, out: &Path, extra: &[&str]) -> Ran {
        self.partnerbook(["build", "--today", TODAY])
            .arg("--content")
            .arg(self.content_arg())
            .arg("--output")
            .arg(out)
            .args(extra)
            .run()
    }

    /// `partnerbook check` of the plan with `extra` arguments, the plan named as for
    /// [`PlanTest::build_to`].
    pub fn check(&self, extra: &[&str]) -> Ran {
        self.check_at(&self.content_arg(), extra)
    }

    /// The plan's directory relative to the temporary directory (`.` when it is the
    /// temporary directory itself), for commands run from there.
    pub fn content_arg(&self) -> PathBuf {
        match self.content.strip_prefix(self.root()) {
            Ok(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
            Ok(rel) => rel.to_path_buf(),
            Err(_) => self.content.clone(),
        }
    }

    /// `partnerbook check` of `content` (any path, the plan's or not) as of [`TODAY`].
    pub fn check_at(&self, content: &Path, extra: &[&str]) -> Ran {
        self.partnerbook(["check", "--today", TODAY, "--content"])
            .arg(content)
            .args(extra)
            .run()
    }
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap_or_else(|e| panic!("symlink: {e}"));
}

#[cfg(not(unix))]
fn symlink(_target: &str, _link: &Path) {}
