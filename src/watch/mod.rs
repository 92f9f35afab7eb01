//! `partnerbook watch`: notices changes to the content and theme directories and runs
//! one rebuild at a time, coalescing whatever changes while a build runs into a single
//! follow-up build. Knows nothing about plans; the build comes in as a [`Rebuilder`].

mod filter;
mod live;
mod run;
mod watcher;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::time::Duration;

pub use filter::is_ignored_temp_file;
pub use live::{event_after, LiveReload};
pub use run::{describe_paths, run, RebuildReport, Rebuilder};
pub use watcher::Watcher;

/// Default trailing debounce: long enough to merge an editor's save dance (its
/// renames, writes and deletions follow each other within a millisecond or two), short
/// enough that a save shows in the browser before the eye is back on it. Bursts of many
/// files are held together by a longer quiet wait (see [`Watcher::next_change`]).
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(10);

/// What to watch and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchOptions {
    /// Directories watched recursively (the content directory, the theme directory).
    pub roots: Vec<PathBuf>,
    /// Directories whose changes are ignored (the output directory and any staging
    /// directory the build writes into), even when they lie inside a root.
    pub ignore_dirs: Vec<PathBuf>,
    /// Poll every this often instead of using native events (network mounts, WSL,
    /// containers with bind mounts, where native events do not arrive).
    pub poll: Option<Duration>,
    /// Trailing debounce: a change is reported once its path has been quiet this long.
    pub debounce: Duration,
}

impl WatchOptions {
    /// Watches `roots` natively with the default debounce, ignoring nothing extra.
    pub fn new(roots: Vec<PathBuf>) -> Self {
        WatchOptions {
            roots,
            ignore_dirs: Vec::new(),
            poll: None,
            debounce: DEFAULT_DEBOUNCE,
        }
    }
}

/// Everything that changed between two rebuilds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FsEvents {
    /// Absolute paths that were written, created, removed or renamed (both the old and
    /// the new name), sorted and deduplicated. Directories appear when a folder was
    /// created, removed or renamed. Temp files and ignored directories are left out.
    pub paths: Vec<PathBuf>,
    /// True when the watcher may have missed events (queue overflow, a root directory
    /// replaced, watcher errors): rebuild everything rather than just `paths`.
    pub rescan: bool,
    /// Watcher errors that arrived with this change set, as messages for the log.
    pub errors: Vec<String>,
}
