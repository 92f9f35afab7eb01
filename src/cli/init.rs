//! `partnerbook init [DIR]`: write the complete example plan.

use super::{fail, Status};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to write the plan
    #[arg(default_value = "content")]
    dir: PathBuf,
}

pub fn run(a: Args) -> Status {
    match partnerbook::example::write_to(&a.dir) {
        Ok(files) => {
            eprintln!(
                "wrote the example plan ({} files) to {}; next: partnerbook check --content {}",
                files.len(),
                a.dir.display(),
                a.dir.display()
            );
            Status::Ok
        }
        Err(e) => fail(e),
    }
}
