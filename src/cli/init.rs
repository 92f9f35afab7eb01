//! `partnerbook init [DIR]`: write the complete example plan.

use super::{fail, Status};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to write the plan
    #[arg(default_value = "content")]
    dir: PathBuf,
    /// Also write the default theme (templates, CSS, JS) into this directory, to
    /// customise it and build with `--theme DIR`
    #[arg(long, value_name = "DIR")]
    theme: Option<PathBuf>,
}

pub fn run(a: Args) -> Status {
    if let Some(theme) = &a.theme {
        let files = partnerbook::site::default_theme_files()
            .into_iter()
            .map(|(rel, bytes)| (PathBuf::from(rel), bytes))
            .collect();
        match partnerbook::example::write_all(theme, files) {
            Ok(f) => eprintln!(
                "wrote the default theme ({} files) to {}; build with --theme {}",
                f.len(),
                theme.display(),
                theme.display()
            ),
            Err(e) => return fail(e),
        }
    }
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
