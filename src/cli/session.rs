//! A watch session: the first full build, then a site rebuild on every change, with
//! the board pack rendered in the background (its own debounce, written to a temporary
//! file and renamed) so it never delays the site.

use super::args::created_unix;
use super::{stderr_color, Status};
use partnerbook::diag;
use partnerbook::pack::{PackRenderer, PACK_FILE};
use partnerbook::pipeline::{build_once, BuildOptions, BuildReport, Outcome};
use partnerbook::project::Project;
use partnerbook::render::{RenderOptions, Renderer};
use partnerbook::rules::catalog::Severity;
use partnerbook::serve::OverlayDiagnostic;
use partnerbook::site::SiteRenderer;
use partnerbook::watch::{ChangeSet, RebuildReport, Rebuilder};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

/// How long the board pack waits for further edits before it renders.
const PDF_DEBOUNCE: Duration = Duration::from_millis(300);

/// Rebuilds the output of one plan.
pub struct Session {
    opts: BuildOptions,
    pdf: Option<PdfWorker>,
}

impl Session {
    pub fn new(opts: BuildOptions, with_pdf: bool) -> Result<Session, String> {
        let pdf = if with_pdf {
            let renderer = PackRenderer::new().map_err(|e| e.to_string())?;
            Some(PdfWorker::start(renderer, opts.output.clone()))
        } else {
            None
        };
        let mut opts = opts;
        opts.render.with_pdf = with_pdf;
        opts.keep = vec![PACK_FILE.to_string()];
        Ok(Session { opts, pdf })
    }

    /// Builds the site, and hands the checked plan to the board pack worker.
    fn build(&mut self) -> RebuildReport {
        let site = SiteRenderer;
        let renderers: [&dyn Renderer; 1] = [&site];
        self.opts.render.commit = partnerbook::git::commit_label(&self.opts.content);
        match build_once(&self.opts, &renderers) {
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
            Outcome::Written { changed, total } => {
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
    fn start(renderer: PackRenderer, out_dir: PathBuf) -> PdfWorker {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || pdf_loop(&renderer, &out_dir, &rx));
        PdfWorker { tx }
    }

    fn request(&self, p: Project, opts: RenderOptions) {
        let _ = self.tx.send((p, opts));
    }
}

fn pdf_loop(
    renderer: &PackRenderer,
    out_dir: &std::path::Path,
    rx: &Receiver<(Project, RenderOptions)>,
) {
    while let Ok(mut job) = rx.recv() {
        while let Ok(newer) = rx.recv_timeout(PDF_DEBOUNCE) {
            job = newer;
        }
        let (project, opts) = (&job.0, &job.1);
        let start = Instant::now();
        match renderer.render_bytes(project, opts) {
            Ok((bytes, _)) => match write_atomically(out_dir, PACK_FILE, &bytes) {
                Ok(true) => eprintln!("board pack: rebuilt in {} ms", start.elapsed().as_millis()),
                Ok(false) => {}
                Err(e) => eprintln!("error: board pack: {e}"),
            },
            Err(e) => eprintln!("error: {e}"),
        }
    }
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
    partnerbook::build::add_to_manifest(dir, name)?;
    Ok(true)
}
