//! `partnerbook init [DIR]`: write the complete example plan, or with `--minimal` the
//! smallest plan that checks clean, with the JSON Schemas for editors
//! (`.partnerbook/schema/`, see `partnerbook schema`); `--ci github` writes a GitHub
//! Actions workflow.

use super::{fail, Status};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to write the plan (default: content); with `--ci`, also the repository
    /// root the workflow goes in (default: the current directory)
    dir: Option<PathBuf>,
    /// Write the smallest plan that checks clean (one company, its thesis, tiers,
    /// three competitors and one partner) instead of the complete example
    #[arg(long)]
    minimal: bool,
    /// Write a CI workflow (`.github/workflows/partnerbook.yml`) that checks the plan on
    /// every pull request, annotates it, summarises what changed and keeps the site and
    /// the board pack as artifacts. Alone, it writes only the workflow
    #[arg(long, value_enum, value_name = "SERVICE")]
    ci: Option<Ci>,
    /// Also write the default theme (templates, CSS, JS) into this directory, to
    /// customise it and build with `--theme DIR`
    #[arg(long, value_name = "DIR")]
    theme: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Ci {
    /// GitHub Actions
    Github,
}

pub fn run(a: Args) -> Status {
    if let Some(theme) = &a.theme {
        if let Err(e) = write_theme(theme) {
            return fail(e);
        }
    }
    // `--ci` alone writes only the workflow; a DIR or `--minimal` asks for a plan too
    let write_plan = a.ci.is_none() || a.dir.is_some() || a.minimal;
    let plan_dir = a.dir.clone().unwrap_or_else(|| PathBuf::from("content"));
    let root = a.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let workflow = root.join(partnerbook::example::WORKFLOW_PATH);
    if a.ci.is_some() && (workflow.exists() || workflow.is_symlink()) {
        return fail(format!(
            "refusing to overwrite existing files: {}",
            workflow.display()
        ));
    }
    if write_plan {
        if let Err(e) = write_plan_to(&plan_dir, a.minimal) {
            return fail(e);
        }
    }
    if a.ci.is_some() {
        let content = workflow_content(&root, &plan_dir, write_plan);
        if let Err(e) = write_workflow(&root, &content) {
            return fail(e);
        }
    }
    Status::Ok
}

/// Writes the example plan, or the minimal one, with the schemas for editors into `dir`
/// (refusing to overwrite).
fn write_plan_to(dir: &Path, minimal: bool) -> std::io::Result<()> {
    let (what, files) = if minimal {
        ("a minimal plan", partnerbook::example::minimal_files())
    } else {
        ("the example plan", partnerbook::example::files())
    };
    let plan_files = files.len();
    partnerbook::example::write_all(dir, partnerbook::example::with_schemas(files))?;
    eprintln!(
        "wrote {what} ({plan_files} files) to {} and the JSON Schemas for editors to {}; \
         next: partnerbook check --content {}",
        dir.display(),
        dir.join(partnerbook::load::schema::DIR).display(),
        dir.display()
    );
    Ok(())
}

fn write_theme(theme: &Path) -> std::io::Result<()> {
    let files = partnerbook::site::default_theme_files()
        .into_iter()
        .map(|(rel, bytes)| (PathBuf::from(rel), bytes))
        .collect();
    let f = partnerbook::example::write_all(theme, files)?;
    eprintln!(
        "wrote the default theme ({} files) to {}; build with --theme {}",
        f.len(),
        theme.display(),
        theme.display()
    );
    Ok(())
}

/// The `--content` the workflow passes, relative to the repository root `root`: the
/// root itself when the plan is written there (`init --ci github DIR`) or already
/// lives there, else `content/`.
fn workflow_content(root: &Path, plan_dir: &Path, write_plan: bool) -> String {
    if (write_plan && plan_dir == root) || (!write_plan && root.join("plan.yaml").is_file()) {
        ".".into()
    } else if write_plan {
        plan_dir.to_string_lossy().replace('\\', "/")
    } else {
        "content".into()
    }
}

/// Writes the workflow below `root`, refusing to overwrite one that exists.
fn write_workflow(root: &Path, content: &str) -> std::io::Result<()> {
    let rel = partnerbook::example::WORKFLOW_PATH;
    let git = env!("CARGO_PKG_REPOSITORY");
    let text = partnerbook::example::github_workflow(content, git);
    let files = vec![(PathBuf::from(rel), text.as_bytes())];
    partnerbook::example::write_all(root, files)?;
    eprintln!(
        "wrote {}: on every pull request it runs `partnerbook check --format github --content {content}`, \
         puts `partnerbook diff --format markdown` into the job summary and uploads the site and the board pack",
        root.join(rel).display()
    );
    if git.is_empty() {
        eprintln!(
            "note: set the repository variable PARTNERBOOK_GIT to the git URL partnerbook is installed from \
             (or edit `PARTNERBOOK_GIT:` in the workflow)"
        );
    }
    Ok(())
}
