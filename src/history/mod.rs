//! History from git: the plan's figures at earlier revisions (snapshots), read through
//! git itself — never a checkout — and cached by the content directory's tree id.
//!
//! [`History::read`] picks the snapshots (`select`: tags matching the plan's glob, or
//! quarter ends), takes what the cache (`cache`) holds, reads every other revision's
//! files in one `git cat-file --batch` process, and analyses them in parallel. Each
//! snapshot holds the figures of `analysis` (`figures`); the newest is also kept as a
//! whole plan, for "Since the last board meeting". Reading history never fails a
//! build: a revision that cannot be read is listed in [`History::skipped`] with the
//! reason, and outside a git repository there is no history at all ([`NoHistory`]).

mod cache;
pub mod delta;
mod figures;
pub mod format;
mod select;
pub use select::{Found, Note};

pub use figures::{ByTier, Count, Figures, PartnerPoint};
pub use select::ended_quarters;

use crate::git::{Repo, Revision};
use crate::model::HistorySource;
use crate::project::{CheckOptions, Project};
use crate::values::Date;
use cache::{Cache, Stored};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// One revision of the plan and what it gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The tag, the quarter (`2026-Q3`), or `now`.
    pub label: String,
    /// The full commit hash; `None` for the working tree.
    pub commit: Option<String>,
    /// The commit's date (the day its plan is judged on), or today for `now`.
    pub date: Date,
    pub errors: usize,
    pub warnings: usize,
    /// The plan currency's ISO code.
    pub currency: String,
    pub figures: Figures,
    /// Every partner, by id.
    pub partners: Vec<PartnerPoint>,
}

impl Snapshot {
    /// The working tree as the last row of a history.
    pub fn now(project: &Project) -> Snapshot {
        Snapshot::from_stored("now".into(), None, project.analysis.today, stored(project))
    }

    fn from_stored(label: String, commit: Option<String>, date: Date, s: Stored) -> Snapshot {
        Snapshot {
            label,
            commit,
            date,
            errors: s.errors,
            warnings: s.warnings,
            currency: s.currency,
            figures: s.figures,
            partners: s.partners,
        }
    }

    /// The abbreviated commit hash, or `working tree`.
    pub fn short(&self) -> String {
        self.commit.as_deref().map_or_else(
            || "working tree".to_string(),
            |c| c.chars().take(7).collect(),
        )
    }

    /// A partner's point, when the partner was in this revision.
    pub fn partner(&self, id: &str) -> Option<&PartnerPoint> {
        self.partners
            .binary_search_by(|p| p.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.partners[i])
    }
}

/// A revision chosen as a snapshot that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub label: String,
    pub commit: String,
    pub reason: String,
}

/// The snapshots of a plan, oldest first (the working tree is not among them).
#[derive(Debug, Clone, Default)]
pub struct History {
    /// What was looked for and found (`the last 4 quarter ends`, `3 tags matching
    /// `board/*``), worded by each output.
    pub found: select::Found,
    /// What may be missing and how to get it (a shallow clone, no matching tag).
    pub notes: Vec<Note>,
    pub snapshots: Vec<Snapshot>,
    pub skipped: Vec<Skipped>,
    /// The newest snapshot's plan: what "Since the last board meeting" compares the
    /// working tree with, read from git only when it is needed.
    pub previous: Option<Previous>,
    /// The snapshot before the newest: what "Since the last board meeting" compares
    /// with when the plan is the newest snapshot itself.
    pub earlier: Option<Previous>,
    /// How many snapshots came from the cache.
    pub cached: usize,
    cache: Option<Cache>,
}

/// The newest snapshot's plan, loaded at most once (a watch session compares every
/// rebuild with it) and only when the changes since it are not in the cache.
#[derive(Debug, Clone)]
pub struct Previous {
    repo: Repo,
    rev: Revision,
    dir: PathBuf,
    date: Date,
    tree: String,
    project: Arc<OnceLock<Option<Arc<Project>>>>,
}

impl Previous {
    /// The plan at the snapshot, analysed and checked as of its date.
    pub fn project(&self) -> Option<Arc<Project>> {
        self.project
            .get_or_init(|| {
                let files = self.repo.read_files(&self.rev).ok()?;
                let opts = CheckOptions {
                    today: Some(self.date),
                };
                Some(Arc::new(Project::from_files(&self.dir, files, &opts)))
            })
            .clone()
    }
}

/// Why a plan has no history.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoHistory {
    #[error("`{0}` is not inside a git repository")]
    NotARepo(String),
    #[error("history is turned off (`history: {{quarters: 0}}` in plan.yaml)")]
    Off,
    #[error("git could not be run: {0}")]
    Git(String),
}

/// The figures of a checked plan, as a snapshot stores them.
fn stored(project: &Project) -> Stored {
    Stored {
        errors: project.errors(),
        warnings: project.warnings(),
        currency: project.plan.company.currency.code().to_string(),
        figures: Figures::of(project),
        partners: figures::partners_of(project),
    }
}

/// A snapshot to read: its pick, its content tree, and the revision to read it at.
struct Wanted {
    label: String,
    rev: Revision,
    date: Date,
    tree: String,
}

impl History {
    /// Reads the history of the plan in `content_dir` as `plan.yaml`'s `history`
    /// (`source`) asks, with "now" being `today`.
    pub fn read(
        content_dir: &Path,
        source: &HistorySource,
        today: Date,
    ) -> Result<History, NoHistory> {
        if *source == HistorySource::Quarters(0) {
            return Err(NoHistory::Off);
        }
        let repo = Repo::discover(content_dir).map_err(|e| match e {
            crate::git::GitError::NotARepo { dir } => NoHistory::NotARepo(dir),
            other => NoHistory::Git(other.to_string()),
        })?;
        let picks =
            select::picks(&repo, source, today).map_err(|e| NoHistory::Git(e.to_string()))?;
        let commits: Vec<&str> = picks.picks.iter().map(|p| p.commit.as_str()).collect();
        let trees = repo
            .content_trees(&commits)
            .map_err(|e| NoHistory::Git(e.to_string()))?;
        let mut history = History {
            found: picks.found.clone(),
            notes: picks.notes.clone(),
            ..History::default()
        };
        let mut wanted = Vec::new();
        for (pick, tree) in picks.picks.into_iter().zip(trees) {
            let rev = repo.revision(&pick.label, &pick.commit);
            match tree {
                Some(tree) => wanted.push(Wanted {
                    label: pick.label,
                    rev,
                    date: pick.date,
                    tree,
                }),
                None => history.skipped.push(Skipped {
                    label: pick.label,
                    commit: rev.short,
                    reason: format!(
                        "the content directory `{}` is not in this revision",
                        display_prefix(&repo, content_dir)
                    ),
                }),
            }
        }
        history.cache = repo.cache_dir().map(Cache::new);
        history.fill(&repo, content_dir, wanted);
        Ok(history)
    }

    /// Takes each wanted snapshot from the cache or reads it from git: the revisions
    /// not cached are read in one `git cat-file` process and analysed in parallel.
    fn fill(&mut self, repo: &Repo, dir: &Path, wanted: Vec<Wanted>) {
        let cache = self.cache.clone();
        let hits: Vec<Option<Stored>> = wanted
            .iter()
            .map(|w| cache.as_ref().and_then(|c| c.get(&w.tree, w.date)))
            .collect();
        let to_read: Vec<usize> = (0..wanted.len()).filter(|&i| hits[i].is_none()).collect();
        let revs: Vec<Revision> = to_read.iter().map(|&i| wanted[i].rev.clone()).collect();
        let files = repo.read_many(&revs);
        let mut loaded: Vec<Option<Result<Project, String>>> =
            (0..wanted.len()).map(|_| None).collect();
        let read: Vec<(usize, Result<Project, String>)> = to_read
            .into_par_iter()
            .zip(files.into_par_iter())
            .map(|(i, f)| {
                let opts = CheckOptions {
                    today: Some(wanted[i].date),
                };
                let p = f.map(|f| Project::from_files(dir, f, &opts));
                (i, p.map_err(|e| e.to_string()))
            })
            .collect();
        for (i, p) in read {
            loaded[i] = Some(p);
        }
        // The newest snapshot read, and its plan when it was just analysed.
        type Read = (Revision, Date, String, Option<Arc<Project>>);
        let mut newest: Option<Read> = None;
        let mut earlier: Option<Read> = None;
        for ((w, hit), project) in wanted.into_iter().zip(hits).zip(loaded) {
            let result = match (hit, project) {
                (Some(s), _) => {
                    self.cached += 1;
                    Ok((s, None))
                }
                (None, Some(Ok(p))) => {
                    let s = stored(&p);
                    if let Some(c) = &cache {
                        c.put(&w.tree, w.date, &s);
                    }
                    Ok((s, Some(Arc::new(p))))
                }
                (None, Some(Err(e))) => Err(e),
                (None, None) => Err("the revision was not read".to_string()),
            };
            match result {
                Ok((s, project)) => {
                    let commit = w.rev.commit.clone();
                    earlier = newest.replace((w.rev, w.date, w.tree, project));
                    self.snapshots
                        .push(Snapshot::from_stored(w.label, Some(commit), w.date, s));
                }
                Err(reason) => self.skipped.push(Skipped {
                    label: w.label,
                    commit: w.rev.short,
                    reason,
                }),
            }
        }
        let previous = |(rev, date, tree, project): Read| {
            let loaded = OnceLock::new();
            if let Some(p) = project {
                let _ = loaded.set(Some(p));
            }
            Previous {
                repo: repo.clone(),
                rev,
                dir: dir.to_path_buf(),
                date,
                tree,
                project: Arc::new(loaded),
            }
        };
        self.previous = newest.map(previous);
        self.earlier = earlier.map(previous);
    }

    /// A fingerprint of everything the changes from the newest snapshot to `now`
    /// depend on besides the snapshot's tree and date (the entry's key): its label,
    /// and now's files, date and check counts.
    fn fingerprint(&self, now: &Project) -> String {
        let label = self.last().map_or("", |s| s.label.as_str());
        let mut h = cache::Fnv::default();
        h.add(label.as_bytes())
            .add(now.analysis.today.to_string().as_bytes())
            .add(&now.errors().to_le_bytes())
            .add(&now.warnings().to_le_bytes());
        for (_, f) in now.sources.iter() {
            h.add(f.rel.as_bytes()).add(f.text.as_bytes());
        }
        h.hex()
    }

    /// A value derived from the newest snapshot and `now` (the changes since the last
    /// board meeting), when the cache holds one for exactly these inputs. There is one
    /// entry per snapshot, so a watch session's edits replace it rather than pile up.
    pub fn recall<T: serde::de::DeserializeOwned>(&self, now: &Project) -> Option<T> {
        let prev = self.previous.as_ref()?;
        let (fingerprint, value): (String, T) =
            self.cache
                .as_ref()?
                .get_value(cache::Slot::Since, &prev.tree, prev.date)?;
        (fingerprint == self.fingerprint(now)).then_some(value)
    }

    /// Stores a value derived from the newest snapshot and `now`.
    pub fn remember<T: serde::Serialize>(&self, now: &Project, value: &T) {
        if let (Some(prev), Some(cache)) = (&self.previous, &self.cache) {
            let entry = (self.fingerprint(now), value);
            cache.put_value(cache::Slot::Since, &prev.tree, prev.date, &entry);
        }
    }

    /// No snapshots, with what was found said as `found`.
    pub fn empty(found: &str) -> History {
        History {
            found: select::Found::Said(found.to_string()),
            ..History::default()
        }
    }

    /// The newest snapshot (the last board meeting), if any.
    pub fn last(&self) -> Option<&Snapshot> {
        self.snapshots.last()
    }

    /// The snapshots, then `now`: the rows every output shows.
    pub fn rows(&self, now: &Project) -> Vec<Snapshot> {
        let mut rows = self.snapshots.clone();
        rows.push(Snapshot::now(now));
        rows
    }
}

/// The content directory as the repository names it (`content`, `plans/acme`), or `.`.
fn display_prefix(repo: &Repo, content_dir: &Path) -> String {
    match repo.prefix() {
        "" => content_dir
            .file_name()
            .map_or_else(|| ".".to_string(), |n| n.to_string_lossy().into_owned()),
        p => p.to_string(),
    }
}
