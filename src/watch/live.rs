//! Connects the watch loop to the preview: after each rebuild, tells open pages to
//! reload, to swap stylesheets, or to show what broke.

use super::{FsEvents, RebuildReport, Rebuilder};
use crate::serve::{Broadcaster, LiveEvent, OverlayDiagnostic};

/// Wraps a [`Rebuilder`] and sends the matching [`LiveEvent`] after every rebuild.
/// The event goes out only once the inner rebuild has returned, so the inner build
/// must have published its output (built into staging and swapped) by then; pages
/// reloading never see a half-written site or a 404.
pub struct LiveReload<R> {
    inner: R,
    broadcaster: Broadcaster,
    broken: bool,
}

impl<R: Rebuilder> LiveReload<R> {
    pub fn new(inner: R, broadcaster: Broadcaster) -> Self {
        LiveReload {
            inner,
            broadcaster,
            broken: false,
        }
    }

    /// Records the build made before watching started, so a page opened while the
    /// plan is broken shows the overlay.
    pub fn report_initial(&mut self, report: &RebuildReport) {
        if !report.ok {
            self.broadcaster
                .broadcast(LiveEvent::Errors(overlay_items(report)));
        }
        self.broken = !report.ok;
    }

    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Rebuilder> Rebuilder for LiveReload<R> {
    fn rebuild(&mut self, changes: &FsEvents) -> RebuildReport {
        let report = self.inner.rebuild(changes);
        self.broadcaster
            .broadcast(event_after(&report, changes, self.broken));
        self.broken = !report.ok;
        report
    }
}

/// The event for open pages after a rebuild: the errors when it failed; a stylesheet
/// swap when only CSS changed and the page was not showing errors; a reload otherwise.
pub fn event_after(report: &RebuildReport, changes: &FsEvents, was_broken: bool) -> LiveEvent {
    if !report.ok {
        return LiveEvent::Errors(overlay_items(report));
    }
    let only_css = !changes.rescan
        && !changes.paths.is_empty()
        && changes
            .paths
            .iter()
            .all(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("css")));
    if only_css && !was_broken {
        LiveEvent::CssChanged
    } else {
        LiveEvent::Reload
    }
}

/// The report's diagnostics, or its summary when a failure came without any (an I/O
/// error, say), so the overlay never shows an empty list.
fn overlay_items(report: &RebuildReport) -> Vec<OverlayDiagnostic> {
    if !report.diagnostics.is_empty() {
        return report.diagnostics.clone();
    }
    vec![OverlayDiagnostic {
        rule: "build".to_string(),
        severity: "error".to_string(),
        file: String::new(),
        line: 0,
        column: 0,
        message: report.summary.clone(),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn changes(paths: &[&str]) -> FsEvents {
        FsEvents {
            paths: paths.iter().map(PathBuf::from).collect(),
            ..FsEvents::default()
        }
    }

    fn ok() -> RebuildReport {
        RebuildReport {
            ok: true,
            summary: "rebuilt 2 pages".into(),
            diagnostics: Vec::new(),
        }
    }

    #[test]
    fn css_only_changes_swap_stylesheets() {
        let css = changes(&["/p/theme/site.css", "/p/theme/print.CSS"]);
        assert_eq!(event_after(&ok(), &css, false), LiveEvent::CssChanged);
        assert_eq!(event_after(&ok(), &css, true), LiveEvent::Reload);
        let mixed = changes(&["/p/theme/site.css", "/p/content/plan.yaml"]);
        assert_eq!(event_after(&ok(), &mixed, false), LiveEvent::Reload);
        let rescan = FsEvents {
            rescan: true,
            ..css.clone()
        };
        assert_eq!(event_after(&ok(), &rescan, false), LiveEvent::Reload);
    }

    #[test]
    fn failures_always_carry_something_to_show() {
        let failed = RebuildReport {
            ok: false,
            summary: "cannot write output: disk full".into(),
            diagnostics: Vec::new(),
        };
        let event = event_after(&failed, &changes(&["/p/c/a.md"]), false);
        let expected = OverlayDiagnostic {
            rule: "build".into(),
            severity: "error".into(),
            file: String::new(),
            line: 0,
            column: 0,
            message: "cannot write output: disk full".into(),
        };
        assert_eq!(event, LiveEvent::Errors(vec![expected]));
    }

    /// Fails or succeeds as scripted, one outcome per rebuild.
    struct Scripted(std::vec::IntoIter<bool>);

    impl Rebuilder for Scripted {
        fn rebuild(&mut self, changes: &FsEvents) -> RebuildReport {
            RebuildReport {
                ok: self.0.next().unwrap_or(true),
                summary: format!("{} paths", changes.paths.len()),
                diagnostics: Vec::new(),
            }
        }
    }

    #[test]
    fn wrapper_sends_errors_then_a_reload_once_fixed() {
        let broadcaster = Broadcaster::detached();
        let hub = broadcaster.clone();
        let mut live = LiveReload::new(Scripted(vec![false, true].into_iter()), broadcaster);
        let css = changes(&["/p/theme/site.css"]);
        live.report_initial(&ok());
        let page = hub.subscribe();
        assert!(!live.rebuild(&css).ok);
        assert!(live.rebuild(&css).ok);
        let received: Vec<String> = page
            .map(|rx| rx.try_iter().map(|m| m.to_string()).collect())
            .unwrap_or_default();
        assert_eq!(received.len(), 2, "{received:?}");
        assert!(received[0].starts_with("event: errors\n"));
        // Only CSS changed, but the overlay must go: a reload, not a swap.
        assert!(received[1].starts_with("event: reload\n"));
        assert!(hub.subscribe().is_some_and(|rx| rx.try_recv().is_err()));
    }

    #[test]
    fn failed_initial_build_is_shown_to_pages_that_open_later() {
        let broadcaster = Broadcaster::detached();
        let hub = broadcaster.clone();
        let mut live = LiveReload::new(Scripted(Vec::new().into_iter()), broadcaster);
        live.report_initial(&RebuildReport {
            ok: false,
            summary: "2 errors".into(),
            diagnostics: Vec::new(),
        });
        let first = hub.subscribe().and_then(|rx| rx.try_recv().ok());
        assert!(first.is_some_and(|m| m.starts_with("event: errors\n")));
        // The next successful build, even CSS-only, reloads to drop the overlay.
        live.rebuild(&changes(&["/p/theme/site.css"]));
        assert!(hub.subscribe().is_some_and(|rx| rx.try_recv().is_err()));
    }
}
