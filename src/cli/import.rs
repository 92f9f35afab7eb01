//! `partnerbook import FILE`: add or update partners from a CSV or XLSX sheet, then
//! check the plan. `--dry-run` prints the change as `diff` would and writes nothing.

use super::{check, fail, parse_date, Status};
use partnerbook::diff;
use partnerbook::import::{self, ImportError, ImportOptions};
use partnerbook::project::{CheckOptions, Project};
use partnerbook::text::plural;
use partnerbook::values::Date;
use std::path::PathBuf;

/// At most this many cell errors are listed; the rest are counted.
const SHOWN_ERRORS: usize = 100;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The .csv or .xlsx file to import
    file: PathBuf,
    /// The content directory
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// The sheet of an XLSX workbook to read (default: the first)
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Print what would change and write nothing
    #[arg(long)]
    dry_run: bool,
    /// Skip columns that name no partner field instead of failing
    #[arg(long)]
    ignore_unknown: bool,
    /// The date reviews are judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

pub fn run(mut a: Args) -> Status {
    a.content = super::content::resolve(&a.content);
    if let Err(e) = super::content::require(&a.content) {
        return fail(e);
    }
    let files = match partnerbook::load::read_dir(&a.content) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    let opts = CheckOptions { today: a.today };
    let before = Project::from_files(&a.content, files.clone(), &opts);
    let io = ImportOptions {
        sheet: a.sheet.clone(),
        ignore_unknown: a.ignore_unknown,
    };
    let prepared = match import::prepare(&a.file, &before, files, &io) {
        Ok(p) => p,
        Err(e) => return refuse(e),
    };
    let after = Project::from_files(&a.content, prepared.files.clone(), &opts);
    let bad = import::verify(&prepared, &after);
    if !bad.is_empty() {
        for b in &bad {
            eprintln!("error: {b}");
        }
        return fail(
            "the import would not read back as written; nothing was imported (please report this)",
        );
    }
    let changes = diff::diff(&before, &after).labelled("the plan", a.file.display().to_string());
    print!("{}", diff::render_text(&changes, super::stderr_color()));
    if !prepared.skipped_columns.is_empty() {
        eprintln!(
            "note: not imported: {} (computed by partnerbook or not a partner field)",
            prepared.skipped_columns.join(", ")
        );
    }
    let counts = format!(
        "{}: {} new, {} updated, {} unchanged",
        plural(
            prepared.created + prepared.updated + prepared.unchanged,
            "row"
        ),
        prepared.created,
        prepared.updated,
        prepared.unchanged
    );
    if a.dry_run {
        eprintln!("dry run: {counts}; nothing was written");
        return Status::Ok;
    }
    if let Err(e) = import::write(&prepared) {
        return fail(format!("cannot write the partner files: {e}"));
    }
    eprintln!("imported {}: {counts}", a.file.display());
    if let Err(e) = check::report_human(&after) {
        return fail(e);
    }
    check::status_of(&after, false)
}

/// Prints why nothing was imported.
fn refuse(e: ImportError) -> Status {
    match e {
        ImportError::File(msg) => fail(msg),
        ImportError::Cells { file, errors } => {
            for c in errors.iter().take(SHOWN_ERRORS) {
                eprintln!("error: {file}:{c}");
            }
            if errors.len() > SHOWN_ERRORS {
                eprintln!(
                    "error: … and {} more",
                    plural(errors.len() - SHOWN_ERRORS, "problem")
                );
            }
            fail(format!(
                "nothing was imported ({}); fix the file and run the import again",
                plural(errors.len(), "problem")
            ))
        }
    }
}
