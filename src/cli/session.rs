//! A watch session: the first full build, then a site rebuild on every change, with
//! the board pack rendered in the background (`pipeline::Background`: its own thread
//! and debounce) so it never delays the site. The session only schedules: the pipeline
//! renders and the output layer writes.

use super::args::created_unix;
use super::audience::Audience;
use super::{stderr_color, Status};
use partnerbook::diag;
use partnerbook::diag::Severity;
use partnerbook::pack::{PackRenderer, PACK_FILE};
use partnerbook::pipeline::{
    self, Background, BuildError, BuildOptions, BuildReport, Incremental, Outcome,
};
use partnerbook::project::Project;
use partnerbook::render::Renderer;
use partnerbook::serve::OverlayDiagnostic;
use partnerbook::site::SiteRenderer;
use partnerbook::watch::{FsEvents, RebuildReport, Rebuilder};

/// Rebuilds the output of one plan.
pub struct Session {
    opts: BuildOptions,
    pdf: Option<Background>,
    builds: Incremental,
    /// The site's renderer, remembering its pages from one build to the next.
    site: std::sync::Arc<SiteRenderer>,
    /// The plan's files as parsed at the last build, reused while they do not change.
    parsed: partnerbook::load::ParseCache,
    /// Who the site is for: the internal handbook, or one partner's site.
    audience: Audience,
    /// Whether the history is still to be read: once per session, at the first build
    /// whose plan loads (`--no-history` starts with `false`).
    history_due: bool,
}

impl Session {
    /// A session for `audience`: a partner's site has no board pack and no history.
    pub fn new(
        opts: BuildOptions,
        with_pdf: bool,
        history: bool,
        audience: Audience,
    ) -> Result<Session, String> {
        let internal = audience.is_internal();
        let (with_pdf, history) = (with_pdf && internal, history && internal);
        let builds = Incremental::default();
        let pdf = if with_pdf {
            let renderer = PackRenderer::new().map_err(|e| e.to_string())?;
            Some(builds.background(Box::new(renderer), &opts, |line| eprintln!("{line}")))
        } else {
            None
        };
        let mut opts = opts;
        opts.render.with_pdf = with_pdf;
        opts.keep = vec![PACK_FILE.to_string()];
        Ok(Session {
            opts,
            pdf,
            builds,
            site: std::sync::Arc::new(SiteRenderer::remembering()),
            parsed: partnerbook::load::ParseCache::default(),
            audience,
            history_due: history,
        })
    }

    /// Builds the site, and hands the checked plan to the board pack's renderer.
    fn build(&mut self) -> RebuildReport {
        let site = std::sync::Arc::clone(&self.site);
        let renderers: [&dyn Renderer; 1] = [site.as_ref()];
        match self.load_and_write(&renderers) {
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

    /// Loads the plan, reads the history the first time, and writes the site.
    fn load_and_write(&mut self, renderers: &[&dyn Renderer]) -> Result<BuildReport, BuildError> {
        let start = std::time::Instant::now();
        let project = pipeline::load_with(&self.opts, Some(&self.parsed))?;
        if self.history_due {
            self.history_due = false;
            self.opts.render.history = pipeline::history_of(&project);
        }
        let outcome = if project.errors() > 0 {
            Outcome::PlanErrors
        } else if let Audience::Partner(id) = &self.audience {
            super::audience::write_site(&project, &self.opts, id)
                .map_err(|e| BuildError::Render(partnerbook::render::RenderError(e)))?
                .1
        } else {
            self.builds.write(&project, &self.opts, renderers)?
        };
        Ok(BuildReport {
            project,
            outcome,
            elapsed: start.elapsed(),
        })
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
    fn rebuild(&mut self, _changes: &FsEvents) -> RebuildReport {
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
