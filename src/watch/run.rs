//! The watch loop: waits for a change set, runs one rebuild, logs what triggered it,
//! what it did and how long it took, and repeats until told to stop. Builds never
//! overlap; changes made during a build are gathered into the next change set.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;

use super::{FsEvents, Watcher};
use crate::serve::OverlayDiagnostic;

/// How often the loop looks at the stop flag while idle.
const STOP_CHECK: Duration = Duration::from_millis(100);

/// How many triggering paths a log line names before summarising the rest.
const PATHS_IN_LOG: usize = 5;

/// Runs a build for a set of changed paths.
pub trait Rebuilder {
    /// Rebuilds after `changes`; never called while a previous call is running.
    fn rebuild(&mut self, changes: &FsEvents) -> RebuildReport;
}

impl<F> Rebuilder for F
where
    F: FnMut(&FsEvents) -> RebuildReport,
{
    fn rebuild(&mut self, changes: &FsEvents) -> RebuildReport {
        self(changes)
    }
}

/// The outcome of one rebuild, as the watch loop logs it and the preview shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RebuildReport {
    /// Whether the build succeeded and its output was published.
    pub ok: bool,
    /// One line for the log, e.g. "rebuilt 3 pages" or "2 errors, output kept".
    pub summary: String,
    /// Problems to show over the page in the preview.
    pub diagnostics: Vec<OverlayDiagnostic>,
}

/// Watches until `stop` is set, calling `rebuilder` once per change set and `log` once
/// per rebuild (and once per watcher error). Does not build at start: build once
/// after creating the [`Watcher`] and before calling this, so nothing that changes
/// during the first build is missed. Returns an error only if the watcher stops.
pub fn run(
    watcher: &Watcher,
    rebuilder: &mut dyn Rebuilder,
    stop: &AtomicBool,
    mut log: impl FnMut(&str),
) -> Result<()> {
    while !stop.load(Ordering::Acquire) {
        let Some(changes) = watcher.next_change(Some(STOP_CHECK))? else {
            continue;
        };
        for error in &changes.errors {
            log(&format!("watch error: {error}"));
        }
        let started = Instant::now();
        let report = rebuilder.rebuild(&changes);
        let line = RebuildLine {
            changes: &changes,
            roots: watcher.roots(),
            report: &report,
            took: started.elapsed(),
        };
        log(&line.to_string());
    }
    Ok(())
}

/// One log line describing a rebuild.
struct RebuildLine<'a> {
    changes: &'a FsEvents,
    roots: &'a [PathBuf],
    report: &'a RebuildReport,
    took: Duration,
}

impl std::fmt::Display for RebuildLine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut trigger = describe_paths(&self.changes.paths, self.roots);
        if self.changes.rescan {
            trigger = if trigger.is_empty() {
                "full rescan".to_string()
            } else {
                format!("{trigger} (full rescan)")
            };
        }
        let outcome = if self.report.ok { "" } else { "build failed: " };
        write!(
            f,
            "changed {trigger}: {outcome}{} in {} ms",
            self.report.summary,
            self.took.as_millis()
        )
    }
}

/// Names up to five paths, each relative to the directory holding its root (so
/// `content/plan.yaml`, `theme/site.css`), then "and N more".
pub fn describe_paths(paths: &[PathBuf], roots: &[PathBuf]) -> String {
    let shown: Vec<String> = paths
        .iter()
        .take(PATHS_IN_LOG)
        .map(|p| display_path(p, roots))
        .collect();
    let mut text = shown.join(", ");
    if paths.len() > PATHS_IN_LOG {
        text.push_str(&format!(" and {} more", paths.len() - PATHS_IN_LOG));
    }
    text
}

fn display_path(path: &Path, roots: &[PathBuf]) -> String {
    let base = roots
        .iter()
        .filter(|r| path.starts_with(r))
        .find_map(|r| r.parent());
    let shown = match base.and_then(|b| path.strip_prefix(b).ok()) {
        Some(rel) => rel,
        None => path,
    };
    shown.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_roots_parent() {
        let roots = [PathBuf::from("/p/content"), PathBuf::from("/p/theme")];
        let paths = [
            PathBuf::from("/p/content/plan.yaml"),
            PathBuf::from("/p/theme/site.css"),
        ];
        assert_eq!(
            describe_paths(&paths, &roots),
            "content/plan.yaml, theme/site.css"
        );
    }

    #[test]
    fn long_lists_are_summarised() {
        let roots = [PathBuf::from("/p/content")];
        let paths: Vec<PathBuf> = (0..8)
            .map(|i| PathBuf::from(format!("/p/content/partners/p{i}.md")))
            .collect();
        let text = describe_paths(&paths, &roots);
        assert!(text.starts_with("content/partners/p0.md, content/partners/p1.md"));
        assert!(
            text.ends_with("content/partners/p4.md and 3 more"),
            "{text}"
        );
        assert_eq!(text.matches(".md").count(), 5);
    }

    #[test]
    fn rebuild_line_names_trigger_summary_and_duration() {
        let roots = [PathBuf::from("/p/content")];
        let changes = FsEvents {
            paths: vec![PathBuf::from("/p/content/plan.yaml")],
            ..FsEvents::default()
        };
        let ok = RebuildReport {
            ok: true,
            summary: "rebuilt 3 pages".into(),
            diagnostics: Vec::new(),
        };
        let line = RebuildLine {
            changes: &changes,
            roots: &roots,
            report: &ok,
            took: Duration::from_millis(142),
        };
        assert_eq!(
            line.to_string(),
            "changed content/plan.yaml: rebuilt 3 pages in 142 ms"
        );
        let failed = RebuildReport {
            ok: false,
            summary: "2 errors".into(),
            diagnostics: Vec::new(),
        };
        let line = RebuildLine {
            report: &failed,
            ..line
        };
        assert_eq!(
            line.to_string(),
            "changed content/plan.yaml: build failed: 2 errors in 142 ms"
        );
    }
}
