//! One build: load and check the plan, render every output in memory, and write the
//! result only when the plan has no errors and every renderer succeeded.

use crate::build::{check_output_dir, write_output_keeping, WriteError};
use crate::project::{CheckOptions, Project};
use crate::render::{Output, RenderOptions, Renderer};
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
    /// Written: how many files changed, how many the output holds.
    Written { changed: usize, total: usize },
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

/// Loads the plan and, when it has no errors, renders with every renderer and writes.
pub fn build_once(
    opts: &BuildOptions,
    renderers: &[&dyn Renderer],
) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    check_output_dir(&opts.output, &opts.content)?;
    let project = Project::load(&opts.content, &opts.check)?;
    if project.errors() > 0 {
        return Ok(BuildReport {
            project,
            outcome: Outcome::PlanErrors,
            elapsed: start.elapsed(),
        });
    }
    let output = render_all(&project, &opts.render, renderers)?;
    let keep: Vec<&str> = opts.keep.iter().map(String::as_str).collect();
    let changed = write_output_keeping(&opts.output, &output, &keep)?;
    Ok(BuildReport {
        outcome: Outcome::Written {
            changed,
            total: output.files().len(),
        },
        project,
        elapsed: start.elapsed(),
    })
}

/// Runs the renderers in parallel into one output.
pub fn render_all(
    project: &Project,
    opts: &RenderOptions,
    renderers: &[&dyn Renderer],
) -> Result<Output, crate::render::RenderError> {
    let parts: Vec<Result<Output, crate::render::RenderError>> = renderers
        .par_iter()
        .map(|r| {
            let mut out = Output::default();
            r.render(project, opts, &mut out).map(|()| out)
        })
        .collect();
    let mut all = Output::default();
    for p in parts {
        all.merge(p?);
    }
    Ok(all)
}
