//! `partnerbook build`: check the plan, render the site (and, when registered, the
//! board pack) in memory, and write the output directory safely. A plan with errors
//! prints its diagnostics (as `check` does) and leaves the output untouched.

use super::check::{status_of, summary};
use super::{fail, parse_date, stderr_color, Status};
use partnerbook::build::{check_output_dir, write_output};
use partnerbook::diag;
use partnerbook::project::{CheckOptions, Project};
use partnerbook::render::{Output, RenderError, RenderOptions, Renderer};
use partnerbook::site::SiteRenderer;
use partnerbook::values::Date;
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The content directory
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// Where to write the site
    #[arg(long, default_value = "output")]
    output: PathBuf,
    /// A theme directory whose files override the default theme's
    #[arg(long)]
    theme: Option<PathBuf>,
    /// URL prefix the site is served under (e.g. /handbook/ or https://intranet.example/partners/)
    #[arg(long)]
    base_url: Option<String>,
    /// Do not render the board pack PDF
    #[arg(long)]
    no_pdf: bool,
    /// The date reviews are judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    deny_warnings: bool,
}

/// The renderers of a build. The board pack renderer is registered here (after the
/// site) when PDF output is enabled; `with_pdf` in the options follows from it.
fn renderers(pdf: bool) -> Vec<Box<dyn Renderer>> {
    let list: Vec<Box<dyn Renderer>> = vec![Box::new(SiteRenderer)];
    // PDF RENDERER: push the board pack renderer here when `pdf` is true.
    let _ = pdf;
    list
}

/// Whether a board pack renderer is part of the list.
fn has_pdf(list: &[Box<dyn Renderer>]) -> bool {
    list.iter().any(|r| r.name() == "board pack")
}

/// Seconds since the epoch for document dates: `SOURCE_DATE_EPOCH`, else the plan's "today".
fn created_unix(today: Date) -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| today.0.midnight().assume_utc().unix_timestamp())
}

/// Runs every renderer (in parallel) into its own output, then merges them.
pub fn render_all(
    project: &Project,
    opts: &RenderOptions,
    list: &[Box<dyn Renderer>],
) -> Result<Output, RenderError> {
    let outputs: Vec<Result<Output, RenderError>> = list
        .par_iter()
        .map(|r| {
            let mut out = Output::default();
            r.render(project, opts, &mut out)
                .map_err(|e| RenderError(format!("{}: {}", r.name(), e.0)))?;
            Ok(out)
        })
        .collect();
    let mut merged = Output::default();
    for o in outputs {
        merged.merge(o?);
    }
    Ok(merged)
}

pub fn run(a: Args) -> Status {
    let start = Instant::now();
    let project = match Project::load(&a.content, &CheckOptions { today: a.today }) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let mut err = std::io::stderr().lock();
    if let Err(e) = diag::emit_human(
        &mut err,
        &project.diagnostics,
        &project.sources,
        stderr_color(),
    ) {
        return fail(e);
    }
    drop(err);
    eprintln!("{}", summary(&project));
    let status = status_of(&project, a.deny_warnings);
    if status != Status::Ok {
        eprintln!(
            "build stopped: fix the errors above; {} was left unchanged",
            a.output.display()
        );
        return status;
    }
    if let Err(e) = check_output_dir(&a.output, &a.content) {
        return fail(e);
    }
    let list = renderers(!a.no_pdf);
    let opts = RenderOptions {
        base_url: a.base_url.clone().unwrap_or_default(),
        theme_dir: a.theme.clone(),
        commit: None,
        created_unix: created_unix(project.analysis.today),
        with_pdf: has_pdf(&list),
        changes: None,
    };
    let output = match render_all(&project, &opts, &list) {
        Ok(o) => o,
        Err(e) => return fail(e),
    };
    let changed = match write_output(&a.output, &output) {
        Ok(n) => n,
        Err(e) => return fail(e),
    };
    let pages = output
        .files()
        .keys()
        .filter(|k| k.ends_with(".html"))
        .count();
    eprintln!(
        "built {} pages ({} files, {} changed) into {} in {:.2} s",
        pages,
        output.files().len(),
        changed,
        a.output.display(),
        start.elapsed().as_secs_f64()
    );
    Status::Ok
}
