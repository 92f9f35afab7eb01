//! `partnerbook history [--format text|markdown|json|csv]`: the plan's figures at each
//! snapshot (the tags or quarter ends `plan.yaml` names) and now, oldest first.

use super::{fail, parse_date, Status};
use partnerbook::history::{format, History, NoHistory};
use partnerbook::project::{CheckOptions, Project};
use partnerbook::values::Date;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The content directory
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// How to print the table
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// "Now": the date quarter ends are counted back from and reviews judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// An aligned table for the terminal
    Text,
    /// A GitHub-flavoured Markdown table
    Markdown,
    /// An array of snapshots, oldest first (money as plain numbers)
    Json,
    /// One row per snapshot, plain numbers
    Csv,
}

pub fn run(mut a: Args) -> Status {
    a.content = super::content::resolve(&a.content);
    if let Err(e) = super::content::require(&a.content) {
        return fail(e);
    }
    let now = match Project::load(&a.content, &CheckOptions { today: a.today }) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let history = match History::read(&a.content, &now.plan.history, now.analysis.today) {
        Ok(h) => h,
        // Git failing is an error; no history is an answer: the table is now alone.
        Err(why @ NoHistory::Git(_)) => return fail(why),
        Err(why) => {
            eprintln!("note: no history: {why}");
            History::empty("no snapshots")
        }
    };
    let rows = history.rows(&now);
    let fmt = format::CliFormats::of(&now.plan.company.locale);
    let text = match a.format {
        Format::Text => Ok(format::text(&history, &rows, &fmt)),
        Format::Markdown => Ok(format::markdown(&history, &rows, &fmt)),
        Format::Json => format::json(&rows),
        Format::Csv => format::csv(&rows),
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot write the history: {e}")),
    };
    if matches!(a.format, Format::Json | Format::Csv) {
        for n in &history.notes {
            eprintln!("note: {n}");
        }
        for s in &history.skipped {
            eprintln!("note: skipped {} ({}): {}", s.label, s.commit, s.reason);
        }
    }
    if let Err(e) = std::io::stdout().lock().write_all(text.as_bytes()) {
        return fail(format!("cannot write to standard output: {e}"));
    }
    Status::Ok
}
