//! `partnerbook build`: check the plan, render the site and the board pack in memory,
//! and write the output directory safely. A plan with errors prints its diagnostics
//! (as `check` does) and leaves the output untouched. `--audience partner:ID` writes that
//! partner's site instead (`super::audience`).

use super::args::{created_unix, BuildArgs};
use super::audience::{self, Audience};
use super::check::{report_human, status_of};
use super::{fail, Status};
use partnerbook::pack::PackRenderer;
use partnerbook::pipeline::{self, Outcome, Timings};
use partnerbook::qbr::QbrRenderer;
use partnerbook::render::{RenderError, Renderer};
use partnerbook::site::SiteRenderer;
use partnerbook::{diff, git};
use std::time::{Duration, Instant};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    build: BuildArgs,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    deny_warnings: bool,
    /// Add a QBR pack for every Platinum and Gold partner (qbr/<id>.pdf), linked from
    /// their partner pages
    #[arg(long)]
    qbr: bool,
    /// Print how long loading, each renderer and writing took
    #[arg(long)]
    timings: bool,
    /// Who the build is for: `internal` (the handbook and the board pack) or
    /// `partner:ID` (that partner's site alone: its page, the tiers, the shared pages)
    #[arg(long, default_value = "internal", value_parser = audience::parse, value_name = "AUDIENCE")]
    audience: Audience,
}

/// The renderers of a build: the site, the board pack unless `--no-pdf`, and the QBR
/// packs with `--qbr`.
fn renderers(pdf: bool, qbr: bool) -> Result<Vec<Box<dyn Renderer>>, RenderError> {
    let mut list: Vec<Box<dyn Renderer>> = vec![Box::new(SiteRenderer::new())];
    if pdf {
        list.push(Box::new(PackRenderer::new()?));
    }
    if qbr {
        list.push(Box::new(QbrRenderer::new()?));
    }
    Ok(list)
}

/// Prints what stops the packs from being set (`pack.fonts`, `pack.glyphs`) as `check`
/// prints diagnostics; `true` when there is any (a plan error: the build stops).
fn font_problems(
    project: &partnerbook::project::Project,
    opts: &partnerbook::render::RenderOptions,
) -> Result<bool, RenderError> {
    let diags = PackRenderer::new()?.font_diagnostics(project, opts)?;
    if diags.is_empty() {
        return Ok(false);
    }
    let mut err = std::io::stderr().lock();
    partnerbook::diag::emit_human(&mut err, &diags, &project.sources, super::stderr_color())
        .map_err(|e| RenderError(e.to_string()))?;
    Ok(true)
}

pub fn run(mut a: Args) -> Status {
    let start = Instant::now();
    if let Err(e) = a.build.resolve_content() {
        return fail(e);
    }
    let b = &a.build;
    let mut opts = b.options();
    opts.render.with_qbr = a.qbr;
    let project = match pipeline::load(&opts) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let loaded = start.elapsed();
    // Git (the commit, the history) and the fonts are read while the diagnostics print.
    let internal = a.audience.is_internal();
    let wants_history = internal && !b.no_history && project.errors() == 0;
    let (reported, commit, history, list) = std::thread::scope(|s| {
        let commit = s.spawn(|| git::commit_label(&b.content));
        let history = s.spawn(|| wants_history.then(|| pipeline::history_of(&project)));
        let reported = report_human(&project);
        let list = if internal {
            renderers(!b.no_pdf, a.qbr)
        } else {
            Ok(Vec::new())
        };
        (
            reported,
            commit.join().ok().flatten(),
            history.join().ok().flatten().flatten(),
            list,
        )
    });
    if let Err(e) = reported {
        return fail(e);
    }
    let status = status_of(&project, a.deny_warnings);
    if status != Status::Ok {
        eprintln!(
            "build stopped: fix the problems above; {} was left unchanged",
            b.output.display()
        );
        return status;
    }
    if let Audience::Partner(id) = &a.audience {
        return audience::build(&project, &opts, id, start);
    }
    opts.render.created_unix = created_unix(project.analysis.today);
    opts.render.commit = commit;
    opts.render.history = history;
    if let Some(rev) = &b.since {
        let lang = match diff::plan_lang(&project, opts.render.theme_dir.as_deref()) {
            Ok(l) => l,
            Err(e) => return fail(e),
        };
        match diff::changes_since_project(&project, rev, &lang) {
            Ok(c) => opts.render.changes = Some(c),
            Err(e) => return fail(e),
        }
    }
    if !b.no_pdf || a.qbr {
        match font_problems(&project, &opts.render) {
            Ok(true) => {
                eprintln!(
                    "build stopped: fix the problems above; {} was left unchanged",
                    b.output.display()
                );
                return Status::PlanErrors;
            }
            Ok(false) => {}
            Err(e) => return fail(e),
        }
    }
    let list = match list {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    let refs: Vec<&dyn Renderer> = list.iter().map(|r| r.as_ref()).collect();
    match pipeline::write(&project, &opts, &refs) {
        Ok(Outcome::Written {
            changed,
            total,
            timings,
        }) => {
            if a.timings {
                print_timings(loaded, &timings);
            }
            let pdf = match (b.no_pdf, a.qbr) {
                (true, false) => "",
                (false, false) => " and the board pack",
                (true, true) => " and the QBR packs",
                (false, true) => ", the board pack and the QBR packs",
            };
            eprintln!(
                "built the site{pdf} into {} ({total} files, {changed} changed) in {:.2} s",
                b.output.display(),
                start.elapsed().as_secs_f64()
            );
            Status::Ok
        }
        Ok(Outcome::PlanErrors) => Status::PlanErrors,
        Err(e) => fail(e),
    }
}

/// `--timings`: one line per step, in milliseconds.
fn print_timings(loaded: Duration, t: &Timings) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    eprintln!("timings: load + check {:>8.1} ms", ms(loaded));
    for (name, took) in &t.render {
        eprintln!("timings: render {name:<10}{:>8.1} ms", ms(*took));
    }
    eprintln!("timings: render (all)   {:>8.1} ms", ms(t.render_total));
    eprintln!("timings: write          {:>8.1} ms", ms(t.write));
}
