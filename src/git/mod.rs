//! Reading a plan as it was at a git revision, through the `git` command.
//!
//! Nothing is checked out: the files of the content directory are listed with
//! `git ls-tree` and read in one `git cat-file --batch` process, so the user's working
//! tree and index are never touched. The content directory may be a sub-folder of the
//! repository; its place in the repository is found with `git rev-parse --show-prefix`.
//! `log` lists the revisions history reads (tags, commits by date, content trees).

mod log;

pub use log::{Dated, TagRef};

use crate::load::files::{bytes_to_text, classify, is_skipped_name, FileKind, RawFile};
use crate::source::display_path;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why the plans to compare could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    /// The git command could not be started.
    #[error("cannot run git: {0} (is git installed and on the PATH?)")]
    Spawn(String),
    #[error("`{dir}` is not inside a git repository")]
    NotARepo { dir: String },
    #[error("unknown revision `{rev}`: no commit of that name in the repository")]
    UnknownRevision { rev: String },
    #[error("the repository has no commits yet: commit the plan first, then compare")]
    NoCommits,
    #[error("the content directory `{path}` does not exist at revision `{rev}`")]
    NoContentDir { rev: String, path: String },
    /// Git ran but failed for another reason.
    #[error("git {args} failed: {stderr}")]
    Failed { args: String, stderr: String },
    /// The working-tree side of a comparison could not be read.
    #[error("{0}")]
    Content(String),
}

/// A content directory inside a git repository.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The repository's top-level directory.
    top: PathBuf,
    /// The content directory relative to the top level, `/`-separated, without a
    /// trailing slash; empty when the content directory is the top level.
    prefix: String,
    /// The content directory as the user gave it (used to name files).
    content_dir: PathBuf,
    /// Whether the repository is a shallow clone.
    shallow: bool,
    /// The git directory shared by every work tree (`.git`), as git printed it.
    common_dir: String,
}

/// A revision resolved to a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The revision as the user wrote it (`HEAD~1`, `main`, `v1.2`).
    pub name: String,
    /// The full commit hash.
    pub commit: String,
    /// The abbreviated commit hash.
    pub short: String,
}

impl Revision {
    /// `HEAD~1 (3f2a9c1)`, or just the hash when that is what the user wrote.
    pub fn label(&self) -> String {
        if self.commit.starts_with(&self.name) {
            self.short.clone()
        } else {
            format!("{} ({})", self.name, self.short)
        }
    }
}

/// Runs git in `dir`. The outer `Err`: git could not be started; the inner result: its
/// standard output on success, its standard error on failure (callers decide what a
/// failure means: "not a repository", "unknown revision"…).
pub(crate) fn run_git(dir: &Path, args: &[&str]) -> Result<Result<Vec<u8>, String>, GitError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("--literal-pathspecs")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| GitError::Spawn(e.to_string()))?;
    if out.status.success() {
        Ok(Ok(out.stdout))
    } else {
        Ok(Err(String::from_utf8_lossy(&out.stderr).trim().to_string()))
    }
}

/// Runs git and returns its trimmed standard output, or a [`GitError::Failed`].
pub(crate) fn git_line(dir: &Path, args: &[&str]) -> Result<String, GitError> {
    match run_git(dir, args)? {
        Ok(out) => Ok(String::from_utf8_lossy(&out).trim().to_string()),
        Err(stderr) => Err(GitError::Failed {
            args: args.join(" "),
            stderr,
        }),
    }
}

/// The deepest existing directory at or above `dir`, and the path components below it.
fn existing_ancestor(dir: &Path) -> (PathBuf, Vec<String>) {
    let mut base = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir.to_path_buf()
    };
    let mut rest = Vec::new();
    while !base.is_dir() {
        let Some(name) = base.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            break;
        };
        rest.push(name);
        if !base.pop() || base.as_os_str().is_empty() {
            base = PathBuf::from(".");
            break;
        }
    }
    rest.reverse();
    (base, rest)
}

impl Repo {
    /// Finds the repository holding `content_dir` and the directory's place in it.
    /// The directory itself need not exist in the working tree.
    pub fn discover(content_dir: &Path) -> Result<Repo, GitError> {
        let (base, rest) = existing_ancestor(content_dir);
        let not_repo = || GitError::NotARepo {
            dir: content_dir.display().to_string(),
        };
        // One process answers all: inside a work tree, its top, the prefix, shallow,
        // and where the git directory is.
        let args = [
            "rev-parse",
            "--is-inside-work-tree",
            "--show-toplevel",
            "--show-prefix",
            "--is-shallow-repository",
            "--git-common-dir",
        ];
        let out = match run_git(&base, &args)? {
            Ok(out) => String::from_utf8_lossy(&out).into_owned(),
            Err(_) => return Err(not_repo()),
        };
        let mut lines = out.lines();
        if lines.next() != Some("true") {
            return Err(not_repo());
        }
        let top = lines.next().unwrap_or_default().to_string();
        let shown = lines.next().unwrap_or_default();
        let shallow = lines.next() == Some("true");
        let common_dir = lines.next().unwrap_or_default().to_string();
        if top.is_empty() {
            return Err(not_repo());
        }
        let mut parts: Vec<String> = shown
            .split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        for part in rest {
            match part.as_str() {
                "." => {}
                ".." => {
                    if parts.pop().is_none() {
                        return Err(not_repo());
                    }
                }
                _ => parts.push(part),
            }
        }
        Ok(Repo {
            top: PathBuf::from(top),
            prefix: parts.join("/"),
            content_dir: content_dir.to_path_buf(),
            shallow,
            common_dir,
        })
    }

    /// The repository's top-level directory.
    pub fn top(&self) -> &Path {
        &self.top
    }

    /// The content directory's path inside the repository (empty at the top level).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Resolves a revision name to a commit.
    pub fn resolve(&self, rev: &str) -> Result<Revision, GitError> {
        let unknown = || match rev {
            "HEAD" => GitError::NoCommits,
            _ => GitError::UnknownRevision {
                rev: rev.to_string(),
            },
        };
        if rev.is_empty() || rev.starts_with('-') {
            return Err(unknown());
        }
        let spec = format!("{rev}^{{commit}}");
        let commit = match run_git(&self.top, &["rev-parse", "--verify", "--quiet", &spec])? {
            Ok(out) => String::from_utf8_lossy(&out).trim().to_string(),
            Err(_) => return Err(unknown()),
        };
        if commit.is_empty() {
            return Err(unknown());
        }
        let short = git_line(&self.top, &["rev-parse", "--short", &commit])?;
        Ok(Revision {
            name: rev.to_string(),
            commit,
            short,
        })
    }

    /// Reads every plan file of the content directory at a revision.
    pub fn read_files(&self, rev: &Revision) -> Result<Vec<RawFile>, GitError> {
        self.read_many(std::slice::from_ref(rev))
            .pop()
            .unwrap_or(Err(GitError::NoCommits))
    }

    /// Reads the plan files of several revisions, every blob in one `git cat-file
    /// --batch` process (a blob shared by revisions is read once). One result per
    /// revision, in order: a revision without the content directory is an error of
    /// its own and does not stop the others.
    pub fn read_many(&self, revs: &[Revision]) -> Vec<Result<Vec<RawFile>, GitError>> {
        let listed: Vec<Result<Vec<Entry>, GitError>> = revs
            .iter()
            .map(|rev| {
                self.check_content_dir(rev)?;
                self.list(rev)
            })
            .collect();
        let mut oids: Vec<&str> = listed
            .iter()
            .flatten()
            .flatten()
            .filter_map(|e| match e {
                Entry::Blob { oid, .. } => Some(oid.as_str()),
                _ => None,
            })
            .collect();
        oids.sort_unstable();
        oids.dedup();
        let blobs = match cat_blobs(&self.top, &oids) {
            Ok(b) => b,
            Err(e) => {
                let reason = e.to_string();
                return revs
                    .iter()
                    .map(|_| {
                        Err(GitError::Failed {
                            args: "cat-file --batch".into(),
                            stderr: reason.clone(),
                        })
                    })
                    .collect();
            }
        };
        let by_oid: std::collections::HashMap<&str, &Vec<u8>> =
            oids.iter().copied().zip(blobs.iter()).collect();
        listed
            .iter()
            .map(|entries| Ok(self.files_of(entries.as_ref().map_err(clone_error)?, &by_oid)))
            .collect()
    }

    /// The files of one listed revision, their texts taken from the blobs read.
    fn files_of(
        &self,
        entries: &[Entry],
        blobs: &std::collections::HashMap<&str, &Vec<u8>>,
    ) -> Vec<RawFile> {
        entries
            .iter()
            .map(|entry| {
                let (rel, kind, text) = match entry {
                    Entry::Blob { rel, kind, oid } => {
                        let bytes = blobs.get(oid.as_str()).map_or(&[][..], |b| b.as_slice());
                        let text = bytes_to_text(bytes).map_err(|m| format!("`{rel}` {m}"));
                        (rel.clone(), kind.clone(), text)
                    }
                    Entry::Problem { rel, problem } => {
                        (rel.clone(), FileKind::Plan, Err(problem.clone()))
                    }
                    Entry::Ignored { rel } => (rel.clone(), FileKind::Ignored, Ok(String::new())),
                };
                RawFile {
                    display: display_path(&self.content_dir, &rel),
                    path: PathBuf::from(self.repo_path(&rel)),
                    rel,
                    kind,
                    text,
                }
            })
            .collect()
    }

    fn repo_path(&self, rel: &str) -> String {
        if self.prefix.is_empty() {
            rel.to_string()
        } else {
            format!("{}/{rel}", self.prefix)
        }
    }

    fn check_content_dir(&self, rev: &Revision) -> Result<(), GitError> {
        if self.prefix.is_empty() {
            return Ok(());
        }
        let spec = format!("{}:{}", rev.commit, self.prefix);
        match run_git(&self.top, &["cat-file", "-t", &spec])? {
            Ok(out) if out.starts_with(b"tree") => Ok(()),
            _ => Err(GitError::NoContentDir {
                rev: rev.name.clone(),
                path: self.prefix.clone(),
            }),
        }
    }

    /// The plan files under the content directory at a revision, sorted by path.
    fn list(&self, rev: &Revision) -> Result<Vec<Entry>, GitError> {
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", rev.commit.as_str()];
        let pathspec = format!("{}/", self.prefix);
        if !self.prefix.is_empty() {
            args.push("--");
            args.push(&pathspec);
        }
        let out = match run_git(&self.top, &args)? {
            Ok(out) => out,
            Err(stderr) => {
                return Err(GitError::Failed {
                    args: args.join(" "),
                    stderr,
                })
            }
        };
        let records: Vec<(String, String)> = out
            .split(|b| *b == 0)
            .filter(|r| !r.is_empty())
            .filter_map(|record| {
                let record = String::from_utf8_lossy(record);
                let (meta, path) = record.split_once('\t')?;
                let rel = if self.prefix.is_empty() {
                    path
                } else {
                    path.strip_prefix(&pathspec)?
                };
                Some((meta.to_string(), rel.to_string()))
            })
            .collect();
        let outputs = output_dirs(records.iter().map(|(_, rel)| rel.as_str()));
        let mut entries: Vec<Entry> = records
            .iter()
            .filter(|(_, rel)| !outputs.iter().any(|dir| rel.starts_with(dir.as_str())))
            .filter_map(|(meta, rel)| entry(meta, rel))
            .collect();
        entries.sort_by(|a, b| a.rel().cmp(b.rel()));
        Ok(entries)
    }
}

/// The directories (each with its trailing `/`) of a revision that hold partnerbook's
/// output manifest: an output directory committed beside the plan is not part of it.
fn output_dirs<'a>(rels: impl Iterator<Item = &'a str>) -> Vec<String> {
    let manifest = format!("/{}", crate::source::OUTPUT_MANIFEST);
    rels.filter_map(|rel| rel.strip_suffix(&manifest).map(|dir| format!("{dir}/")))
        .collect()
}

/// One listed file of a revision.
#[derive(Debug)]
enum Entry {
    Blob {
        rel: String,
        kind: FileKind,
        oid: String,
    },
    Problem {
        rel: String,
        problem: String,
    },
    /// A file the plan does not read (named by `file.ignored`, never read).
    Ignored {
        rel: String,
    },
}

impl Entry {
    fn rel(&self) -> &str {
        match self {
            Entry::Blob { rel, .. } | Entry::Problem { rel, .. } | Entry::Ignored { rel } => rel,
        }
    }
}

/// Turns one `ls-tree` record (`<mode> <type> <oid>` and a path) into an entry, or
/// `None` for hidden and temp files.
fn entry(meta: &str, rel: &str) -> Option<Entry> {
    if rel.split('/').any(is_skipped_name) {
        return None;
    }
    let mut fields = meta.split(' ');
    let (mode, kind, oid) = (fields.next()?, fields.next()?, fields.next()?);
    let file_kind = classify(rel);
    if file_kind == FileKind::Ignored {
        return Some(Entry::Ignored {
            rel: rel.to_string(),
        });
    }
    let problem = match (kind, mode) {
        ("blob", "120000") => format!(
            "`{rel}` is a symbolic link; links are not followed when reading a git revision"
        ),
        ("blob", _) => {
            return Some(Entry::Blob {
                rel: rel.to_string(),
                kind: file_kind,
                oid: oid.to_string(),
            })
        }
        _ => format!("`{rel}` is a {kind} in the repository, but a file is expected here"),
    };
    Some(Entry::Problem {
        rel: rel.to_string(),
        problem,
    })
}

/// A copy of an error met while listing a revision (errors are not `Clone`).
fn clone_error(e: &GitError) -> GitError {
    match e {
        GitError::NoContentDir { rev, path } => GitError::NoContentDir {
            rev: rev.clone(),
            path: path.clone(),
        },
        other => GitError::Failed {
            args: "ls-tree".into(),
            stderr: other.to_string(),
        },
    }
}

/// Reads blobs by object id in one `git cat-file --batch` process, in order.
fn cat_blobs(top: &Path, oids: &[&str]) -> Result<Vec<Vec<u8>>, GitError> {
    if oids.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(top)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| GitError::Spawn(e.to_string()))?;
    let input: String = oids.iter().map(|o| format!("{o}\n")).collect();
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| GitError::Spawn("no stdin for git cat-file".into()))?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| GitError::Spawn("no stdout for git cat-file".into()))?;
    let result = read_batch(BufReader::new(stdout), oids.len());
    let wrote = writer.join();
    let status = child.wait().map_err(|e| GitError::Spawn(e.to_string()))?;
    let failed = |stderr: String| GitError::Failed {
        args: "cat-file --batch".into(),
        stderr,
    };
    if !status.success() || !matches!(wrote, Ok(Ok(()))) {
        let mut stderr = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut stderr);
        }
        return Err(failed(stderr.trim().to_string()));
    }
    result.map_err(failed)
}

/// Parses `n` answers of `git cat-file --batch`: a header line, the contents, a newline.
fn read_batch(mut r: impl BufRead, n: usize) -> Result<Vec<Vec<u8>>, String> {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let mut header = String::new();
        r.read_line(&mut header).map_err(|e| e.to_string())?;
        let header = header.trim_end();
        let mut parts = header.split(' ');
        let (_oid, kind, size) = (parts.next(), parts.next(), parts.next());
        let size: usize = match (kind, size) {
            (Some("blob"), Some(s)) => s.parse().map_err(|_| format!("bad header `{header}`"))?,
            _ => return Err(format!("unexpected answer `{header}`")),
        };
        let mut buf = vec![0; size + 1];
        r.read_exact(&mut buf).map_err(|e| e.to_string())?;
        buf.pop();
        out.push(buf);
    }
    Ok(out)
}

/// The abbreviated hash of the commit checked out in the repository holding `dir`.
pub fn head_commit(dir: &Path) -> Option<String> {
    let (base, _) = existing_ancestor(dir);
    match run_git(
        &base,
        &["rev-parse", "--short", "--verify", "--quiet", "HEAD"],
    ) {
        Ok(Ok(out)) => {
            let s = String::from_utf8_lossy(&out).trim().to_string();
            (!s.is_empty()).then_some(s)
        }
        _ => None,
    }
}

/// Whether the files under `dir` differ from the checked-out commit (edited, staged or
/// untracked). `false` outside a repository.
pub fn is_dirty(dir: &Path) -> bool {
    let (base, _) = existing_ancestor(dir);
    match run_git(
        &base,
        &[
            "status",
            "--porcelain",
            "--untracked-files=normal",
            "--",
            ".",
        ],
    ) {
        Ok(Ok(out)) => !out.is_empty(),
        _ => false,
    }
}

/// `abc1234`, or `abc1234 with uncommitted changes`: what a build was made from.
pub fn commit_label(dir: &Path) -> Option<String> {
    let head = head_commit(dir)?;
    Some(if is_dirty(dir) {
        format!("{head} with uncommitted changes")
    } else {
        head
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_batch_answers() {
        let data = b"aaa blob 3\nabc\nbbb blob 0\n\n".to_vec();
        let got = read_batch(&data[..], 2);
        assert_eq!(got, Ok(vec![b"abc".to_vec(), Vec::new()]));
        let missing = b"ccc missing\n".to_vec();
        assert!(read_batch(&missing[..], 1).is_err());
    }

    #[test]
    fn classifies_entries() {
        let blob = entry("100644 blob 0123", "partners/pwc.md");
        assert!(
            matches!(blob, Some(Entry::Blob { kind: FileKind::Partner(ref id), .. }) if id == "pwc")
        );
        let notes = entry("100644 blob 0123", "notes.txt");
        assert!(matches!(notes, Some(Entry::Ignored { ref rel }) if rel == "notes.txt"));
        assert!(entry("100644 blob 0123", ".github/x.yaml").is_none());
        let link = entry("120000 blob 0123", "plan.yaml");
        assert!(
            matches!(link, Some(Entry::Problem { ref problem, .. }) if problem.contains("symbolic link"))
        );
        let wrong = entry("100644 blob 0123", "tier.yaml");
        assert!(matches!(wrong, Some(Entry::Ignored { .. })));
    }

    #[test]
    fn labels_revisions() {
        let r = Revision {
            name: "HEAD~1".into(),
            commit: "3f2a9c1aa".into(),
            short: "3f2a9c1".into(),
        };
        assert_eq!(r.label(), "HEAD~1 (3f2a9c1)");
        let h = Revision {
            name: "3f2a9c".into(),
            ..r
        };
        assert_eq!(h.label(), "3f2a9c1");
    }
}
