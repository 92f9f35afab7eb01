//! The revisions history reads: tags matching a glob, the commits that touched the
//! content directory (with their dates), the content directory's tree id at each, and
//! where a cache may live. Each query is one git process, whatever the number of
//! revisions.

use super::{git_line, run_git, GitError, Repo, Revision};
use crate::values::Date;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A tag that names a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagRef {
    /// The tag's name without `refs/tags/` (`board/2026-q3`).
    pub name: String,
    /// The commit it names (annotated tags are peeled).
    pub commit: String,
}

/// A commit and its date (the committer's date, as the committer's clock wrote it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub commit: String,
    pub date: Date,
}

impl Repo {
    /// Tags whose name matches `glob` (`board/*`; `*` also matches `/`), sorted by name.
    /// Tags that name something other than a commit are left out.
    pub fn tags(&self, glob: &str) -> Result<Vec<TagRef>, GitError> {
        let pattern = format!("refs/tags/{glob}");
        let args = [
            "for-each-ref",
            "--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)",
            pattern.as_str(),
        ];
        let out = git_line(&self.top, &args)?;
        let mut tags: Vec<TagRef> = out
            .lines()
            .filter_map(|line| {
                let f: Vec<&str> = line.split('\0').collect();
                let commit = match f.as_slice() {
                    [name, "commit", oid, ..] => (name, oid),
                    [name, "tag", _, "commit", peeled] => (name, peeled),
                    _ => return None,
                };
                Some(TagRef {
                    name: commit.0.to_string(),
                    commit: commit.1.to_string(),
                })
            })
            .collect();
        tags.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(tags)
    }

    /// The dates of some commits, in the order given.
    pub fn dates(&self, commits: &[&str]) -> Result<Vec<Date>, GitError> {
        if commits.is_empty() {
            return Ok(Vec::new());
        }
        let mut args = vec!["show", "-s", "--no-walk=unsorted", "--format=%H %cI"];
        args.extend(commits.iter().copied());
        let out = git_line(&self.top, &args)?;
        let known: std::collections::HashMap<&str, Date> = out
            .lines()
            .filter_map(|l| {
                let (commit, when) = l.split_once(' ')?;
                Some((commit, Date::parse(when.get(..10)?).ok()?))
            })
            .collect();
        commits
            .iter()
            .map(|c| {
                known.get(c).copied().ok_or_else(|| GitError::Failed {
                    args: "show -s".into(),
                    stderr: format!("no date for commit {c}"),
                })
            })
            .collect()
    }

    /// The commits reachable from `HEAD` that changed the content directory, newest
    /// first. Empty in a repository without commits.
    pub fn commits_touching(&self) -> Result<Vec<Dated>, GitError> {
        let path = if self.prefix.is_empty() {
            ".".to_string()
        } else {
            self.prefix.clone()
        };
        let args = ["log", "--format=%H %cI", "HEAD", "--", path.as_str()];
        let out = match run_git(&self.top, &args)? {
            Ok(out) => out,
            // `HEAD` does not exist yet: no commits, no history.
            Err(_) => return Ok(Vec::new()),
        };
        Ok(String::from_utf8_lossy(&out)
            .lines()
            .filter_map(|l| {
                let (commit, when) = l.split_once(' ')?;
                Some(Dated {
                    commit: commit.to_string(),
                    date: Date::parse(when.get(..10)?).ok()?,
                })
            })
            .collect())
    }

    /// The tree id of the content directory at each commit (`None`: the directory is
    /// not there), in one `git cat-file --batch-check` process.
    pub fn content_trees(&self, commits: &[&str]) -> Result<Vec<Option<String>>, GitError> {
        if commits.is_empty() {
            return Ok(Vec::new());
        }
        let input: String = commits
            .iter()
            .map(|c| {
                if self.prefix.is_empty() {
                    format!("{c}^{{tree}}\n")
                } else {
                    format!("{c}:{}\n", self.prefix)
                }
            })
            .collect();
        let mut child = Command::new("git")
            .arg("-C")
            .arg(&self.top)
            .args(["cat-file", "--batch-check"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| GitError::Spawn(e.to_string()))?;
        if let Some(mut stdin) = child.stdin.take() {
            // The answers are short; git reads all of the input before it is closed.
            let _ = stdin.write_all(input.as_bytes());
        }
        let out = child
            .wait_with_output()
            .map_err(|e| GitError::Spawn(e.to_string()))?;
        let text = String::from_utf8_lossy(&out.stdout);
        let mut trees: Vec<Option<String>> = text
            .lines()
            .map(|l| {
                let mut f = l.split(' ');
                match (f.next(), f.next()) {
                    (Some(oid), Some("tree")) => Some(oid.to_string()),
                    _ => None,
                }
            })
            .collect();
        trees.resize(commits.len(), None);
        Ok(trees)
    }

    /// Whether the repository is a shallow clone (older commits are not there).
    pub fn is_shallow(&self) -> bool {
        self.shallow
    }

    /// A directory inside the repository's git directory that partnerbook may use as
    /// a cache (`.git/partnerbook`); `None` when git did not say where that is.
    pub fn cache_dir(&self) -> Option<PathBuf> {
        if self.common_dir.is_empty() {
            return None;
        }
        let dir = PathBuf::from(&self.common_dir);
        // A relative answer is relative to where rev-parse ran: at or below the top,
        // so it is resolved from the content directory's deepest existing ancestor.
        let dir = if dir.is_absolute() {
            dir
        } else {
            super::existing_ancestor(&self.content_dir).0.join(dir)
        };
        Some(dir.join("partnerbook"))
    }

    /// A revision for a commit already resolved, named `name`.
    pub fn revision(&self, name: &str, commit: &str) -> Revision {
        Revision {
            name: name.to_string(),
            commit: commit.to_string(),
            short: commit.chars().take(7).collect(),
        }
    }
}
