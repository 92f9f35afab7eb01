//! `partnerbook diff [BASE [HEAD]]`: what changed in the plan between two git revisions,
//! or between a revision (default `HEAD`) and the working tree.

use super::{fail, parse_date, Status};
use partnerbook::diff::{self, PlanDiff};
use partnerbook::git::{GitError, Repo, Revision};
use partnerbook::project::{CheckOptions, Project};
use partnerbook::values::Date;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The revision to compare from (default: HEAD)
    base: Option<String>,
    /// The revision to compare to (default: the working tree)
    head: Option<String>,
    /// The content directory
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The date reviews are judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Exit with 1 when the plan changed and 0 when it did not, as `git diff --exit-code`
    #[arg(long)]
    exit_code: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// Terminal text, coloured when writing to a terminal
    Text,
    /// Markdown for a pull-request comment
    Markdown,
    /// JSON
    Json,
}

pub fn run(mut a: Args) -> Status {
    a.content = super::content::resolve(&a.content);
    let d = match compute(&a) {
        Ok(d) => d,
        Err(e) => return fail(e),
    };
    let out = match a.format {
        Format::Text => diff::render_text(&d, stdout_color()),
        Format::Markdown => diff::render_markdown(&d),
        Format::Json => diff::to_json(&d) + "\n",
    };
    print!("{out}");
    if a.exit_code && !d.is_empty() {
        Status::PlanErrors
    } else {
        Status::Ok
    }
}

fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

fn load_revision(
    repo: &Repo,
    rev: &Revision,
    a: &Args,
    opts: &CheckOptions,
) -> Result<Project, GitError> {
    let files = repo.read_files(rev)?;
    Ok(Project::from_files(&a.content, files, opts))
}

fn compute(a: &Args) -> Result<PlanDiff, GitError> {
    let repo = Repo::discover(&a.content)?;
    let base_rev = repo.resolve(a.base.as_deref().unwrap_or("HEAD"))?;
    let head_rev = a.head.as_deref().map(|h| repo.resolve(h)).transpose()?;
    let opts = CheckOptions { today: a.today };
    let old = load_revision(&repo, &base_rev, a, &opts)?;
    let (new, head_label) = match &head_rev {
        Some(rev) => (load_revision(&repo, rev, a, &opts)?, rev.label()),
        None => {
            let p =
                Project::load(&a.content, &opts).map_err(|e| GitError::Content(e.to_string()))?;
            (p, "working tree".to_string())
        }
    };
    Ok(diff::diff(&old, &new).labelled(base_rev.label(), head_label))
}
