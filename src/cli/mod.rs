//! Argument parsing and dispatch. Exit codes: 0 success, 1 plan errors, 2 usage or I/O.

mod args;
mod audience;
mod build;
mod check;
mod content;
mod diff;
mod explain;
mod export;
mod history;
mod import;
mod init;
mod qbr;
mod schema;
mod serve;
mod session;
mod watch;

use clap::{Parser, Subcommand};
use partnerbook::values::Date;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Rendering allocates many small strings on every thread; mimalloc keeps that cheap.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Checks a partnership plan kept as YAML and Markdown, and renders it as a
/// handbook site and a board pack.
#[derive(Parser, Debug)]
#[command(name = "partnerbook", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check the plan against the program's rules
    Check(check::Args),
    /// Check the plan and render the handbook site (and board pack) into the output directory
    Build(build::Args),
    /// Show what changed in the plan between two git revisions
    Diff(diff::Args),
    /// Write one QBR pack (PDF) per partner: every Platinum and Gold partner by default
    Qbr(qbr::Args),
    /// Show the plan's figures at each snapshot (tags or quarter ends) and now
    History(history::Args),
    /// Build, then rebuild on every change until Ctrl-C
    Watch(watch::Args),
    /// Watch, plus a preview server on 127.0.0.1 with live reload
    Serve(serve::Args),
    /// Explain a rule, with a failing and a passing example
    Explain(explain::Args),
    /// Write a complete, valid example plan (and JSON Schemas for editors) into a directory
    Init(init::Args),
    /// Write the ranked scorecard (csv, xlsx) or the whole analysed plan (json)
    Export(export::Args),
    /// Add or update partners from a spreadsheet (csv or xlsx)
    Import(import::Args),
    /// Write the JSON Schema of every file kind, for editor completion and checks
    Schema(schema::Args),
}

/// Exit status of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok = 0,
    /// The plan has errors (or warnings under `--deny-warnings`); for
    /// `diff --exit-code`, the plan changed.
    PlanErrors = 1,
    Failure = 2,
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let status = match cli.command {
        Command::Check(a) => check::run(a),
        Command::Build(a) => build::run(a),
        Command::Diff(a) => diff::run(a),
        Command::History(a) => history::run(a),
        Command::Qbr(a) => qbr::run(a),
        Command::Watch(a) => watch::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Init(a) => init::run(a),
        Command::Export(a) => export::run(a),
        Command::Import(a) => import::run(a),
        Command::Schema(a) => schema::run(a),
    };
    ExitCode::from(status as u8)
}

/// Whether to colour output written to stderr.
pub fn stderr_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Parses `--today`.
pub fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).map_err(|e| {
        let hint = partnerbook::hint::today_help(s);
        format!("{}; {}", hint.problem.unwrap_or(e), hint.help)
    })
}

/// Prints an error that stops a command.
pub fn fail(msg: impl std::fmt::Display) -> Status {
    eprintln!("error: {msg}");
    Status::Failure
}
