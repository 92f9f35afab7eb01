//! The partnerbook command line: a thin layer over the library, one module per command.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
