//! A watch session: the first full build, then a site rebuild on every change, with
//! the board pack rendered in the background (its own debounce, written to a temporary
//! file and renamed) so it never delays the site.

use super::args::created_unix;
use super::{stderr_color, Status};
use partnerbook::diag;
use partnerbook::diag::Severity;
use partnerbook::pack::{PackRenderer, PACK_FILE};
use partnerbook::pipeline::{BuildOptions, BuildReport, Incremental, Outcome};
use partnerbook::project::Project;
use partnerbook::render::{RenderOptions, Renderer};
use partnerbook::serve::OverlayDiagnostic;
use partnerbook::site::SiteRenderer;
use partnerbook::watch::{ChangeSet, RebuildReport, Rebuilder};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long the board pack waits for further edits before it renders.
const PDF_DEBOUNCE: Duration = Duration::from_millis(300);

/// Rebuilds the output of one plan.
pub struct Session {
    opts: BuildOptions,
    pdf: Option<PdfWorker>,
    builds: Incremental,
    output: OutputLock,
}

/// Serialises writes to the output directory between the site build and the board
/// pack thread: both rewrite the manifest, and interleaved, one would drop the other's
/// entries (leaving stale pages behind for good).
#[derive(Clone, Default)]
pub struct OutputLock(Arc<Mutex<()>>);

impl OutputLock {
    pub fn hold(&self) -> MutexGuard<'_, ()> {
        // Nothing is guarded but the order of writes: a poisoned lock is still usable.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Session {
    pub fn new(opts: BuildOptions, with_pdf: bool) -> Result<Session, String> {
        let output = OutputLock::default();
        let pdf = if with_pdf {
            let renderer = PackRenderer::new().map_err(|e| e.to_string())?;
            Some(PdfWorker::start(renderer, opts.clone(), output.clone()))
        } else {
            None
        };
        let mut opts = opts;
        opts.render.with_pdf = with_pdf;
        opts.keep = vec![PACK_FILE.to_string()];
        Ok(Session {
            opts,
            pdf,
            builds: Incremental::default(),
            output,
        })
    }

    /// Builds the site, and hands the checked plan to the board pack worker.
    fn build(&mut self) -> RebuildReport {
        let site = SiteRenderer;
        let renderers: [&dyn Renderer; 1] = [&site];
        let built = {
            let _writing = self.output.hold();
            self.builds.build(&self.opts, &renderers)
        };
        match built {
            Err(e) => {
                eprintln!("error: {e}");
                RebuildReport {
                    ok: false,
                    summary: e.to_string(),
                    diagnostics: Vec::new(),
                }
            }
            Ok(report) => self.report(report),
        }
    }

    fn report(&mut self, r: BuildReport) -> RebuildReport {
        let p = &r.project;
        let shown: Vec<_> = p
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .cloned()
            .collect();
        let overlay = overlay(p);
        match r.outcome {
            Outcome::PlanErrors => {
                let _ = diag::emit_human(
                    &mut std::io::stderr().lock(),
                    &shown,
                    &p.sources,
                    stderr_color(),
                );
                RebuildReport {
                    ok: false,
                    summary: format!("{}; kept the last good output", super::check::counts(p)),
                    diagnostics: overlay,
                }
            }
            Outcome::Written { changed, total, .. } => {
                if let Some(w) = &self.pdf {
                    let mut opts = self.opts.render.clone();
                    opts.created_unix = created_unix(r.project.analysis.today);
                    w.request(r.project, opts);
                }
                RebuildReport {
                    ok: true,
                    summary: format!("site: {changed} of {total} files changed"),
                    diagnostics: Vec::new(),
                }
            }
        }
    }
}

impl Rebuilder for Session {
    fn rebuild(&mut self, _changes: &ChangeSet) -> RebuildReport {
        self.build()
    }
}

/// The first build of a session, reported like a rebuild.
pub fn first_build(s: &mut Session) -> (RebuildReport, Status) {
    let r = s.build();
    let status = if r.ok { Status::Ok } else { Status::PlanErrors };
    (r, status)
}

/// The plan's errors as the browser overlay shows them, with files relative to the
/// content directory (empty when an error has no file).
fn overlay(p: &Project) -> Vec<OverlayDiagnostic> {
    p.diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let (_, line, column) = p.sources.location(d.span);
            let file = p.sources.get(d.span.file).map(|f| f.rel.clone());
            OverlayDiagnostic {
                rule: d.rule.to_string(),
                severity: d.severity.as_str().to_string(),
                file: file.unwrap_or_default(),
                line: line as u32,
                column: column as u32,
                message: d.message.clone(),
            }
        })
        .collect()
}

/// Renders the board pack on its own thread from the latest checked plan.
struct PdfWorker {
    tx: Sender<(Project, RenderOptions)>,
}

impl PdfWorker {
    /// Starts the worker for the plan and output of `opts`.
    fn start(renderer: PackRenderer, opts: BuildOptions, output: OutputLock) -> PdfWorker {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || pdf_loop(&renderer, &opts, &output, &rx));
        PdfWorker { tx }
    }

    fn request(&self, p: Project, opts: RenderOptions) {
        let _ = self.tx.send((p, opts));
    }
}

/// Renders the latest plan once the requests pause. The commit label (only the board
/// pack shows it) is read from git here, off the site's rebuild path.
fn pdf_loop(
    renderer: &PackRenderer,
    build: &BuildOptions,
    output: &OutputLock,
    rx: &Receiver<(Project, RenderOptions)>,
) {
    // Its own single worker for the pack's parallel parts (stream compression): on the
    // shared pool they would queue the site's page renders behind them.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "partnerbook-pack".to_string())
        .build()
        .ok();
    while let Ok(mut job) = rx.recv() {
        while let Ok(newer) = rx.recv_timeout(PDF_DEBOUNCE) {
            job = newer;
        }
        let start = Instant::now();
        let (project, mut opts) = job;
        opts.commit = partnerbook::git::commit_label(&build.content);
        let rendered = match &pool {
            Some(pool) => pool.install(|| renderer.render_bytes(&project, &opts)),
            None => renderer.render_bytes(&project, &opts),
        };
        match rendered {
            Ok((bytes, _)) => match publish(output, &build.output, PACK_FILE, &bytes) {
                Ok(true) => eprintln!("board pack: rebuilt in {} ms", start.elapsed().as_millis()),
                Ok(false) => {}
                Err(e) => eprintln!("error: board pack: {e}"),
            },
            Err(e) => eprintln!("error: {e}"),
        }
    }
}

/// [`write_atomically`] while no site build writes.
pub fn publish(
    lock: &OutputLock,
    dir: &std::path::Path,
    name: &str,
    bytes: &[u8],
) -> std::io::Result<bool> {
    let _writing = lock.hold();
    write_atomically(dir, name, bytes)
}

/// Writes `name` in `dir` through a temporary file and a rename; `false` when unchanged.
pub fn write_atomically(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::io::Result<bool> {
    let dest = dir.join(name);
    if std::fs::read(&dest).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    let tmp = dir.join(format!(".{name}.partial"));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, &dest)?;
    partnerbook::output::add_to_manifest(dir, name)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnerbook::output::{write_output_keeping, MANIFEST};
    use partnerbook::render::Output;

    /// Site builds and board pack writes racing on one output directory: the manifest
    /// ends up naming every page of the last site build and the pack.
    #[test]
    fn site_and_pack_writes_keep_a_complete_manifest() -> Result<(), String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
        let lock = OutputLock::default();
        let site = |round: usize| -> Result<Output, String> {
            let mut o = Output::default();
            for i in 0..20 {
                let page = format!("partners/p{}.html", (i + round) % 30);
                o.add(page, format!("page {i} of round {round}"))
                    .map_err(|e| e.to_string())?;
            }
            Ok(o)
        };
        let mut last = site(0)?;
        std::thread::scope(|s| -> Result<(), String> {
            let pack = s.spawn(|| -> std::io::Result<()> {
                for round in 0..60 {
                    publish(&lock, &out, PACK_FILE, format!("pdf {round}").as_bytes())?;
                }
                Ok(())
            });
            for round in 0..60 {
                last = site(round)?;
                let _writing = lock.hold();
                write_output_keeping(&out, &last, &[PACK_FILE]).map_err(|e| e.to_string())?;
            }
            pack.join()
                .map_err(|_| "pack thread panicked".to_string())?
                .map_err(|e| e.to_string())
        })?;
        let manifest = std::fs::read_to_string(out.join(MANIFEST)).map_err(|e| e.to_string())?;
        let mut expected: Vec<&str> = last.files().keys().map(String::as_str).collect();
        expected.push(PACK_FILE);
        expected.sort_unstable();
        assert_eq!(manifest.lines().collect::<Vec<_>>(), expected);
        Ok(())
    }
}
