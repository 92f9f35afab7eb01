//! The file-system watcher behind `partnerbook watch`: wraps notify's debouncer, watches
//! the roots recursively and their parents shallowly (so a root that is deleted, renamed
//! or replaced is noticed and watched again), and merges bursts of events into one
//! [`FsEvents`].

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use notify_debouncer_full::notify::{self, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    new_debouncer, new_debouncer_opt, DebounceEventResult, Debouncer, NoCache, RecommendedCache,
};

use super::filter::{is_relevant_kind, Scope};
use super::{FsEvents, WatchOptions};

/// Longest time one [`Watcher::next_change`] keeps gathering a continuous stream of
/// events before returning, so a file written without pause still gets rebuilt.
const MIN_GATHER_CAP: Duration = Duration::from_secs(1);

/// How long a change set of a few paths (an editor's save) must be quiet before it is
/// reported, at least.
const MIN_QUIET: Duration = Duration::from_millis(20);

/// More paths than this in one change set make it a burst (a branch checkout, a copied
/// folder, a search-and-replace across files).
const SMALL_CHANGE: usize = 3;

/// How long a burst must be quiet before it is reported: long enough to bridge a
/// writer's pauses, so a checkout of hundreds of files is one rebuild of its end state.
const BURST_QUIET: Duration = Duration::from_millis(150);

/// Bounds for the debounce and the poll interval, so odd settings cannot spin the
/// CPU or overflow a deadline.
const MIN_DEBOUNCE: Duration = Duration::from_millis(1);
const MAX_DEBOUNCE: Duration = Duration::from_secs(10);
const MIN_POLL: Duration = Duration::from_millis(10);

enum Backend {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, NoCache>),
}

impl Backend {
    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        match self {
            Backend::Native(d) => d.watch(path, mode),
            Backend::Poll(d) => d.watch(path, mode),
        }
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        match self {
            Backend::Native(d) => d.unwatch(path),
            Backend::Poll(d) => d.unwatch(path),
        }
    }
}

/// Watches the content and theme directories and reports debounced, filtered changes.
pub struct Watcher {
    backend: Mutex<Backend>,
    /// Behind a mutex so the watcher can be shared between threads; only one
    /// `next_change` waits at a time.
    events: Mutex<Receiver<DebounceEventResult>>,
    roots: Vec<PathBuf>,
    ignore_dirs: Vec<PathBuf>,
    debounce: Duration,
}

/// Events gathered so far by one `next_change` call.
#[derive(Default)]
struct Gathered {
    paths: BTreeSet<PathBuf>,
    errors: Vec<String>,
    rescan: bool,
    replaced_roots: BTreeSet<PathBuf>,
}

impl Gathered {
    fn is_empty(&self) -> bool {
        self.paths.is_empty() && self.errors.is_empty() && !self.rescan
    }
}

impl Watcher {
    /// Starts watching `opts.roots` (recursively) and the parent of each root
    /// (shallowly). A root that does not exist yet is picked up once it is created,
    /// provided its parent exists.
    pub fn new(opts: &WatchOptions) -> Result<Self> {
        if opts.roots.is_empty() {
            bail!("nothing to watch: no directories given");
        }
        let roots = outermost(
            opts.roots
                .iter()
                .map(|r| absolute(r))
                .collect::<Result<_>>()?,
        );
        let ignore_dirs = opts
            .ignore_dirs
            .iter()
            .map(|d| absolute(d))
            .collect::<Result<Vec<_>>>()?;
        let debounce = opts.debounce.clamp(MIN_DEBOUNCE, MAX_DEBOUNCE);
        let (tx, events) = mpsc::channel();
        let backend = match opts.poll {
            None => Backend::Native(
                new_debouncer(debounce, None, tx).context("cannot start the file watcher")?,
            ),
            Some(interval) => Backend::Poll(
                new_debouncer_opt(
                    debounce,
                    None,
                    tx,
                    NoCache,
                    // The poller keeps modification times in whole seconds, so
                    // without comparing contents a second save within the same
                    // second as the previous scan would go unnoticed.
                    notify::Config::default()
                        .with_poll_interval(interval.max(MIN_POLL))
                        .with_compare_contents(true),
                )
                .context("cannot start the polling file watcher")?,
            ),
        };
        let watcher = Watcher {
            backend: Mutex::new(backend),
            events: Mutex::new(events),
            roots,
            ignore_dirs,
            debounce,
        };
        watcher.watch_all()?;
        Ok(watcher)
    }

    /// The watched roots, absolute, outermost only.
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }

    fn watch_all(&self) -> Result<()> {
        let mut backend = self.lock()?;
        let mut parents = BTreeSet::new();
        for root in &self.roots {
            let parent = root.parent().filter(|p| !self.covers(p));
            if root.exists() {
                backend
                    .watch(root, RecursiveMode::Recursive)
                    .with_context(|| format!("cannot watch {}", root.display()))?;
            } else if !parent.is_some_and(Path::is_dir) {
                bail!(
                    "cannot watch {}: neither it nor its parent directory exists",
                    root.display()
                );
            }
            if let Some(parent) = parent {
                parents.insert(parent.to_path_buf());
            }
        }
        for parent in parents {
            backend
                .watch(&parent, RecursiveMode::NonRecursive)
                .with_context(|| format!("cannot watch {}", parent.display()))?;
        }
        Ok(())
    }

    /// Whether `path` is already watched recursively through one of the roots.
    fn covers(&self, path: &Path) -> bool {
        self.roots.iter().any(|r| path.starts_with(r))
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Backend>> {
        self.backend
            .lock()
            .map_err(|_| anyhow!("the file watcher's state is poisoned"))
    }

    /// Blocks until something relevant changes, or `timeout` passes (`None`: wait
    /// forever), and returns everything that changed meanwhile as one [`FsEvents`].
    ///
    /// Once the first relevant event arrives, it keeps gathering until no new event has
    /// come for a quiet period: twice the debounce (at least 20 ms) while the change
    /// set names at most three paths, 150 ms once it is a burst, so a save is reported
    /// at once and a branch checkout is one change set.
    /// Returns `Ok(None)` on timeout; an error only when the watcher has stopped.
    pub fn next_change(&self, timeout: Option<Duration>) -> Result<Option<FsEvents>> {
        // A timeout too large to represent means: wait forever.
        let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
        let events = self
            .events
            .lock()
            .map_err(|_| anyhow!("the file watcher's event queue is poisoned"))?;
        let mut gathered = Gathered::default();
        while gathered.is_empty() {
            let received = match deadline {
                None => events.recv().map_err(|_| RecvTimeoutError::Disconnected),
                Some(d) => events.recv_timeout(d.saturating_duration_since(Instant::now())),
            };
            match received {
                Ok(batch) => self.absorb(batch, &mut gathered),
                Err(RecvTimeoutError::Timeout) => return Ok(None),
                Err(RecvTimeoutError::Disconnected) => bail!("the file watcher stopped"),
            }
        }
        self.settle(&events, &mut gathered);
        self.rewatch(&gathered.replaced_roots, &mut gathered.errors)?;
        Ok(Some(FsEvents {
            paths: gathered.paths.into_iter().collect(),
            rescan: gathered.rescan
                || !gathered.replaced_roots.is_empty()
                || !gathered.errors.is_empty(),
            errors: gathered.errors,
        }))
    }

    /// Keeps absorbing batches until the stream pauses for the quiet period.
    fn settle(&self, events: &Receiver<DebounceEventResult>, gathered: &mut Gathered) {
        let cap = Instant::now() + MIN_GATHER_CAP.max(self.debounce * 20);
        loop {
            let left = cap.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match events.recv_timeout(self.quiet(gathered).min(left)) {
                Ok(batch) => self.absorb(batch, gathered),
                Err(_) => return,
            }
        }
    }

    /// The pause that ends a change set: short for a save, longer for a burst.
    fn quiet(&self, gathered: &Gathered) -> Duration {
        let save = (self.debounce * 2).max(MIN_QUIET);
        if gathered.rescan || gathered.paths.len() > SMALL_CHANGE {
            BURST_QUIET.max(save)
        } else {
            save
        }
    }

    fn absorb(&self, batch: DebounceEventResult, gathered: &mut Gathered) {
        let scope = Scope {
            roots: &self.roots,
            ignore_dirs: &self.ignore_dirs,
        };
        let events = match batch {
            Ok(events) => events,
            Err(errors) => {
                gathered.errors.extend(errors.iter().map(|e| e.to_string()));
                return;
            }
        };
        for event in events {
            if event.need_rescan() {
                gathered.rescan = true;
                continue;
            }
            if !is_relevant_kind(&event.kind) {
                continue;
            }
            for path in &event.paths {
                if self.roots.contains(path) {
                    gathered.replaced_roots.insert(path.clone());
                }
                if scope.is_relevant_path(path) {
                    gathered.paths.insert(path.clone());
                }
            }
        }
    }

    /// Watches again roots that were removed, renamed or replaced; the old watch died
    /// with the old directory.
    fn rewatch(&self, roots: &BTreeSet<PathBuf>, errors: &mut Vec<String>) -> Result<()> {
        let mut backend = self.lock()?;
        for root in roots {
            // The old watch may already be gone with the old directory.
            let _ = backend.unwatch(root);
            if root.exists() {
                if let Err(e) = backend.watch(root, RecursiveMode::Recursive) {
                    errors.push(format!("cannot watch {} again: {e}", root.display()));
                }
            }
        }
        Ok(())
    }
}

/// Makes `path` absolute and, where it exists, canonical, so event paths (which the
/// backends report under the watched path) compare equal to it.
fn absolute(path: &Path) -> Result<PathBuf> {
    if let Ok(canonical) = path.canonicalize() {
        return Ok(canonical);
    }
    let abs =
        std::path::absolute(path).with_context(|| format!("cannot resolve {}", path.display()))?;
    match (abs.parent(), abs.file_name()) {
        (Some(parent), Some(name)) => match parent.canonicalize() {
            Ok(p) => Ok(p.join(name)),
            Err(_) => Ok(abs),
        },
        _ => Ok(abs),
    }
}

/// Drops roots nested inside other roots: the outer recursive watch covers them.
fn outermost(mut roots: Vec<PathBuf>) -> Vec<PathBuf> {
    roots.sort();
    roots.dedup();
    let mut kept: Vec<PathBuf> = Vec::new();
    for root in roots {
        if !kept.iter().any(|k| root.starts_with(k)) {
            kept.push(root);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_roots_are_dropped() {
        let kept = outermost(vec![
            PathBuf::from("/p/content/theme"),
            PathBuf::from("/p/content"),
            PathBuf::from("/p/theme"),
            PathBuf::from("/p/content"),
        ]);
        assert_eq!(
            kept,
            vec![PathBuf::from("/p/content"), PathBuf::from("/p/theme")]
        );
    }

    #[test]
    fn absolute_resolves_missing_leaf_under_existing_parent() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let missing = dir.path().join("not-yet");
        let abs = absolute(&missing)?;
        assert_eq!(abs, dir.path().canonicalize()?.join("not-yet"));
        Ok(())
    }
}
