//! `partnerbook export [--format csv|xlsx|json] [--output FILE]`: the ranked scorecard
//! for finance (csv, xlsx) or the whole analysed plan (json).

use super::{fail, parse_date, Status};
use partnerbook::export::{export, ExportOptions, Format as Out};
use partnerbook::project::{CheckOptions, Project};
use partnerbook::text::plural;
use partnerbook::values::Date;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The content directory
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// What to write (default: from the --output file's extension, else csv)
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// The file to write (default: standard output)
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The date reviews are judged against (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Leave out the byte-order mark a CSV starts with (Excel needs it to read
    /// non-ASCII names right; some older tools show it as stray characters)
    #[arg(long)]
    no_bom: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// The ranked scorecard as CSV
    Csv,
    /// The ranked scorecard as an Excel workbook
    Xlsx,
    /// The whole analysed plan as JSON
    Json,
}

pub fn run(mut a: Args) -> Status {
    a.content = super::content::resolve(&a.content);
    if let Err(e) = super::content::require(&a.content) {
        return fail(e);
    }
    let format = match format_of(&a) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    if format == Out::Xlsx && a.output.is_none() && std::io::stdout().is_terminal() {
        return fail(
            "an XLSX workbook is binary: pass `--output FILE.xlsx` (or redirect standard output)",
        );
    }
    let project = match Project::load(&a.content, &CheckOptions { today: a.today }) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let opts = ExportOptions { bom: !a.no_bom };
    let bytes = match export(&project, format, &opts) {
        Ok(b) => b,
        Err(e) => return fail(e),
    };
    let errors = project.errors();
    if errors > 0 {
        eprintln!(
            "warning: the plan has {}; the figures they concern may be incomplete (run `partnerbook check`)",
            plural(errors, "error")
        );
    }
    match &a.output {
        Some(path) => {
            if let Err(e) = partnerbook::output::replace_file(path, &bytes) {
                return fail(format!("cannot write {}: {e}", path.display()));
            }
            eprintln!(
                "wrote {} ({})",
                path.display(),
                plural(project.plan.partners.len(), "partner")
            );
        }
        None => {
            if let Err(e) = std::io::stdout().lock().write_all(&bytes) {
                return fail(format!("cannot write to standard output: {e}"));
            }
        }
    }
    Status::Ok
}

/// `--format`, else the output file's extension, else csv.
fn format_of(a: &Args) -> Result<Out, String> {
    let by_flag = a.format.map(|f| match f {
        Format::Csv => Out::Csv,
        Format::Xlsx => Out::Xlsx,
        Format::Json => Out::Json,
    });
    let ext = a
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let by_ext = match ext.as_deref() {
        Some("csv") => Some(Out::Csv),
        Some("xlsx") => Some(Out::Xlsx),
        Some("json") => Some(Out::Json),
        _ => None,
    };
    match (by_flag, by_ext) {
        (Some(f), Some(e)) if f != e => Err(format!(
            "--format does not match the extension of {}: drop one of them",
            a.output
                .as_ref()
                .map_or(String::new(), |p| p.display().to_string())
        )),
        (Some(f), _) | (None, Some(f)) => Ok(f),
        (None, None) => Ok(Out::Csv),
    }
}
