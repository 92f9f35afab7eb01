//! `partnerbook check`: load the plan, run every rule, print the diagnostics.

use super::{fail, parse_date, stderr_color, Status};
use partnerbook::diag;
use partnerbook::project::{CheckOptions, Project};
use partnerbook::text::plural;
use partnerbook::values::Date;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The content directory
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    deny_warnings: bool,
    /// The date reviews are judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// rustc-style text on stderr
    Human,
    /// a JSON array of diagnostics on stdout
    Json,
    /// GitHub Actions workflow commands (annotations) on stdout
    Github,
    /// a SARIF 2.1.0 log on stdout (GitHub code scanning)
    Sarif,
}

pub fn run(mut a: Args) -> Status {
    a.content = super::content::resolve(&a.content);
    if let Err(e) = super::content::require(&a.content) {
        return fail(e);
    }
    let project = match Project::load(&a.content, &CheckOptions { today: a.today }) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    match a.format {
        Format::Json => println!("{}", diag::to_json(&project.diagnostics, &project.sources)),
        Format::Github => {
            print!(
                "{}",
                diag::to_github(&project.diagnostics, &project.sources, &cwd())
            );
            eprintln!("{}", summary(&project));
        }
        Format::Sarif => {
            println!(
                "{}",
                diag::to_sarif(&project.diagnostics, &project.sources, &cwd())
            );
            eprintln!("{}", summary(&project));
        }
        Format::Human => {
            if let Err(e) = report_human(&project) {
                return fail(e);
            }
        }
    }
    status_of(&project, a.deny_warnings)
}

/// The current directory, which GitHub and SARIF paths are relative to.
fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_default()
}

/// Prints the diagnostics rustc-style to stderr, then the summary line.
pub fn report_human(project: &Project) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    diag::emit_human(
        &mut err,
        &project.diagnostics,
        &project.sources,
        stderr_color(),
    )?;
    drop(err);
    eprintln!("{}", summary(project));
    Ok(())
}

/// The exit status for a checked plan.
pub fn status_of(p: &Project, deny_warnings: bool) -> Status {
    if p.errors() > 0 || (deny_warnings && p.warnings() > 0) {
        Status::PlanErrors
    } else {
        Status::Ok
    }
}

/// One closing line: what was checked and what was found.
/// `1 error, 2 warnings`.
pub fn counts(p: &Project) -> String {
    format!(
        "{}, {}",
        plural(p.errors(), "error"),
        plural(p.warnings(), "warning")
    )
}

pub fn summary(p: &Project) -> String {
    let files = p.sources.iter().count();
    format!(
        "checked {} in {}: {} ({}, {})",
        plural(files, "file"),
        p.content_dir.display(),
        counts(p),
        plural(p.plan.partners.len(), "partner"),
        plural(p.plan.decisions.len(), "decision")
    )
}
