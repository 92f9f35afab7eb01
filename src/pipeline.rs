//! One build: load and check the plan, render every output in memory, and write the
//! result only when the plan has no errors and every renderer succeeded.
//!
//! Watch mode builds the site with [`Incremental`] and renders the board pack with
//! a [`Background`] renderer of the same output; both write through `crate::output`
//! under one lock, and the CLI only schedules them.

mod background;

pub use background::Background;

use crate::output::{check_output_dir, OutputLock, WriteError};
use crate::project::{CheckOptions, Project};
use crate::render::{Keep, RenderOptions, RenderedFiles, Renderer, Tap};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What to build and where.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub content: PathBuf,
    pub output: PathBuf,
    pub check: CheckOptions,
    pub render: RenderOptions,
    /// Outputs of the previous build to keep although no renderer produced them now.
    pub keep: Vec<String>,
}

/// How a build ended.
#[derive(Debug)]
pub enum Outcome {
    /// The plan has errors: nothing was written.
    PlanErrors,
    /// Written: how many files changed, how many the output holds, and how long each
    /// step took.
    Written {
        changed: usize,
        total: usize,
        timings: Timings,
    },
}

/// How long the steps of a build took after loading.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Each renderer's time (they run in parallel), by renderer name.
    pub render: Vec<(&'static str, Duration)>,
    /// Rendering as a whole (wall time).
    pub render_total: Duration,
    /// Writing the output after rendering ended (files are staged while rendering,
    /// so this is what writing added to the build).
    pub write: Duration,
}

/// A build that ran (with or without plan errors).
#[derive(Debug)]
pub struct BuildReport {
    pub project: Project,
    pub outcome: Outcome,
    pub elapsed: Duration,
}

/// Why a build could not run or write.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Load(#[from] crate::project::LoadError),
    #[error("{0}")]
    Render(#[from] crate::render::RenderError),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Checks the output directory and loads the plan.
pub fn load(opts: &BuildOptions) -> Result<Project, BuildError> {
    load_with(opts, None)
}

/// [`load`], reusing the parses of unchanged files kept in `cache` by the last load
/// (watch and serve sessions).
pub fn load_with(
    opts: &BuildOptions,
    cache: Option<&crate::load::ParseCache>,
) -> Result<Project, BuildError> {
    check_output_dir(&opts.output, &opts.content)?;
    Ok(Project::load_with(&opts.content, &opts.check, cache)?)
}

/// Renders a checked plan with every renderer and writes the output. Nothing of the
/// output is kept once it is on disk.
pub fn write(
    project: &Project,
    opts: &BuildOptions,
    renderers: &[&dyn Renderer],
) -> Result<Outcome, BuildError> {
    let one = OneWrite {
        lock: &OutputLock::default(),
        last: None,
        keep: Keep::Paths,
    };
    one.run(project, opts, renderers)
        .map(|(_, outcome)| outcome)
}

/// Renders a checked plan with `renderers` and adds their files to the output
/// directory, leaving every other file a build wrote there as it is (`partnerbook qbr`
/// adds `qbr/<id>.pdf` beside the site). Nothing is written when a renderer fails.
/// Returns the paths written, in order.
pub fn add(
    project: &Project,
    opts: &BuildOptions,
    renderers: &[&dyn Renderer],
) -> Result<Vec<String>, BuildError> {
    let render = for_build(project, &opts.render);
    let mut out = RenderedFiles::default();
    for r in renderers {
        r.render(project, &render, &mut out)
            .map_err(|e| crate::render::RenderError(format!("{}: {}", r.name(), e.0)))?;
    }
    OutputLock::default().write_part(&opts.output, &out)?;
    Ok(out.paths().map(str::to_string).collect())
}

/// Renders with `render` alone and writes the output as [`write`] does: for an output
/// made from a view of the plan rather than from the project (a partner's site, whose
/// renderer never receives the project). `name` names the renderer in errors and timings.
pub fn write_rendered(
    opts: &BuildOptions,
    name: &'static str,
    render: impl FnOnce(&mut RenderedFiles) -> Result<(), crate::render::RenderError>,
) -> Result<Outcome, BuildError> {
    let keep: Vec<&str> = opts.keep.iter().map(String::as_str).collect();
    let start = Instant::now();
    let mut render_total = Duration::ZERO;
    let (output, changed) =
        OutputLock::default().write_while_rendering(&opts.output, &keep, None, |tap| {
            let mut out = RenderedFiles::tapped(tap, Keep::Paths);
            let rendered = render(&mut out)
                .map_err(|e| crate::render::RenderError(format!("{name}: {}", e.0)));
            render_total = start.elapsed();
            rendered.map(|()| out).map_err(BuildError::from)
        })?;
    let timings = Timings {
        render: vec![(name, render_total)],
        render_total,
        write: start.elapsed().saturating_sub(render_total),
    };
    Ok(Outcome::Written {
        changed,
        total: output.len(),
        timings,
    })
}

/// Loads the plan and, when it has no errors, renders with every renderer and writes.
pub fn run_once(
    opts: &BuildOptions,
    renderers: &[&dyn Renderer],
) -> Result<BuildReport, BuildError> {
    build_with(opts, |project| write(project, opts, renderers))
}

/// Loads the plan and, when it has no errors, writes it with `write`.
fn build_with(
    opts: &BuildOptions,
    write: impl FnOnce(&Project) -> Result<Outcome, BuildError>,
) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    let project = load(opts)?;
    let outcome = if project.errors() > 0 {
        Outcome::PlanErrors
    } else {
        write(&project)?
    };
    Ok(BuildReport {
        project,
        outcome,
        elapsed: start.elapsed(),
    })
}

/// Successive builds of one plan into one output directory (watch mode). Remembers
/// what the last build wrote, so files whose bytes did not change are not read back
/// from disk to be compared; the output is the same as a fresh build's.
#[derive(Debug, Default)]
pub struct Incremental {
    last: Option<RenderedFiles>,
    /// Shared with the background renderers of the same output.
    lock: OutputLock,
}

impl Incremental {
    /// Starts `renderer` in the background for the plan and output of `opts`; its
    /// writes and this build's never interleave. Give it plans with
    /// [`Background::request`], and name the files it writes in `opts.keep` of this
    /// build's options so the site build keeps them.
    pub fn background<L>(
        &self,
        renderer: Box<dyn Renderer + Send>,
        opts: &BuildOptions,
        log: L,
    ) -> Background
    where
        L: Fn(&str) + Send + 'static,
    {
        Background::start(
            renderer,
            opts.content.clone(),
            opts.output.clone(),
            self.lock.clone(),
            log,
        )
    }

    /// As [`run_once`], remembering what was written for the next build.
    pub fn build(
        &mut self,
        opts: &BuildOptions,
        renderers: &[&dyn Renderer],
    ) -> Result<BuildReport, BuildError> {
        build_with(opts, |project| self.write(project, opts, renderers))
    }

    /// As [`write`], remembering what was written for the next build.
    pub fn write(
        &mut self,
        project: &Project,
        opts: &BuildOptions,
        renderers: &[&dyn Renderer],
    ) -> Result<Outcome, BuildError> {
        // Forgotten first: after a failed write, the next build compares with the disk.
        let last = self.last.take();
        let one = OneWrite {
            lock: &self.lock,
            last: last.as_ref(),
            keep: Keep::Bytes,
        };
        let (output, outcome) = one.run(project, opts, renderers)?;
        self.last = Some(output);
        Ok(outcome)
    }
}

/// One render-and-write of the output directory.
struct OneWrite<'a> {
    lock: &'a OutputLock,
    /// What the previous build wrote, when it is remembered.
    last: Option<&'a RenderedFiles>,
    /// What the returned output keeps of the files written.
    keep: Keep,
}

impl OneWrite<'_> {
    /// Renders with every renderer while writing, and returns the output and how the
    /// build ended.
    fn run(
        &self,
        project: &Project,
        opts: &BuildOptions,
        renderers: &[&dyn Renderer],
    ) -> Result<(RenderedFiles, Outcome), BuildError> {
        let keep: Vec<&str> = opts.keep.iter().map(String::as_str).collect();
        let start = Instant::now();
        let mut render = Vec::new();
        let mut render_total = Duration::ZERO;
        let (output, changed) =
            self.lock
                .write_while_rendering(&opts.output, &keep, self.last, |tap| {
                    let rendered = render_timed(project, &opts.render, renderers, (tap, self.keep));
                    render_total = start.elapsed();
                    rendered.map_err(BuildError::from).map(|(output, times)| {
                        render = times;
                        output
                    })
                })?;
        let timings = Timings {
            render,
            render_total,
            write: start.elapsed().saturating_sub(render_total),
        };
        let total = output.len();
        let outcome = Outcome::Written {
            changed,
            total,
            timings,
        };
        Ok((output, outcome))
    }
}

/// The render options of one build of `project`: "Since the last board meeting"
/// compares the newest snapshot of the history with this build's plan.
pub(crate) fn for_build<'a>(
    project: &Project,
    opts: &'a RenderOptions,
) -> std::borrow::Cow<'a, RenderOptions> {
    match &opts.history {
        Some(h) if opts.since_last.is_none() => match since_last(h, project, opts) {
            Some(changes) => {
                let mut o = opts.clone();
                o.since_last = Some(changes);
                std::borrow::Cow::Owned(o)
            }
            None => std::borrow::Cow::Borrowed(opts),
        },
        _ => std::borrow::Cow::Borrowed(opts),
    }
}

/// What the history cache keeps of "since the last board meeting": the language it is
/// worded in (the plan's locale) with the report, so a report in another language
/// (or one cached before reports were translated) is worded again.
type CachedChanges = (String, crate::render::ChangeReport);

/// The changes from the newest snapshot to `project`, in the plan's language: from the
/// cache when it holds them for exactly this plan, else compared (the snapshot's plan
/// is read once).
fn since_last(
    h: &crate::history::History,
    project: &Project,
    opts: &RenderOptions,
) -> Option<crate::render::ChangeReport> {
    let label = h.last()?.label.clone();
    let tag = format!("c1:{}", project.plan.company.locale);
    if let Some((cached_tag, changes)) = h.recall::<CachedChanges>(project) {
        if cached_tag == tag {
            return Some(changes);
        }
    }
    let lang = match crate::diff::plan_lang(project, opts.theme_dir.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("note: history: the changes since {label} are left out: {e}");
            return None;
        }
    };
    let previous = h.previous.as_ref()?.project()?;
    let mut changes = crate::diff::since_snapshot(&previous, project, &label, &lang);
    if changes.sections.is_empty() {
        // The plan is the newest snapshot (the pack is rebuilt after the meeting's tag
        // was set): what moved is what moved up to that snapshot.
        let before = h.snapshots.iter().rev().nth(1).map(|s| s.label.clone());
        if let (Some(earlier), Some(before)) =
            (h.earlier.as_ref().and_then(|e| e.project()), before)
        {
            changes = crate::diff::since_snapshot(&earlier, project, &before, &lang);
            changes.rebuilt_at = Some(label);
        }
    }
    h.remember(project, &(tag, &changes));
    Some(changes)
}

/// The history of a checked plan for a build: `None` outside a git repository or when
/// `plan.yaml` turns it off. Revisions that could not be read are reported on
/// standard error; history never stops a build.
pub fn history_of(project: &Project) -> Option<std::sync::Arc<crate::history::History>> {
    let h = crate::history::History::read(
        &project.content_dir,
        &project.plan.history,
        project.analysis.today,
    )
    .ok()?;
    for s in &h.skipped {
        eprintln!(
            "note: history: skipped {} ({}): {}",
            s.label, s.commit, s.reason
        );
    }
    Some(std::sync::Arc::new(h))
}

/// Each renderer's time, by renderer name.
type RenderTimes = Vec<(&'static str, Duration)>;

/// Runs the renderers in parallel into one output, passing every file to `tap` as it
/// is produced (the output keeps what it says), and times each renderer.
fn render_timed(
    project: &Project,
    opts: &RenderOptions,
    renderers: &[&dyn Renderer],
    (tap, keep): (Tap, Keep),
) -> Result<(RenderedFiles, RenderTimes), crate::render::RenderError> {
    let opts = &*for_build(project, opts);
    type Part = (
        &'static str,
        Duration,
        Result<RenderedFiles, crate::render::RenderError>,
    );
    let parts: Vec<Part> = renderers
        .par_iter()
        .map(|r| {
            let start = Instant::now();
            let mut out = RenderedFiles::tapped(tap.clone(), keep);
            let result = r
                .render(project, opts, &mut out)
                .map(|()| out)
                .map_err(|e| crate::render::RenderError(format!("{}: {}", r.name(), e.0)));
            (r.name(), start.elapsed(), result)
        })
        .collect();
    let mut all = RenderedFiles::default();
    let mut times = Vec::new();
    for (name, took, part) in parts {
        all.merge(part?);
        times.push((name, took));
    }
    Ok((all, times))
}
