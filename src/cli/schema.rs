//! `partnerbook schema`: write the JSON Schema of every file kind (`<kind>.schema.json`)
//! into `--output DIR` (default `.partnerbook/schema` in the content directory), or
//! print one with `--print KIND`.

use super::{fail, Status};
use partnerbook::load::schema::{self, FileSchema, KINDS};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The content directory (the schemas go in its `.partnerbook/schema/`)
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// Where to write the schemas instead
    #[arg(long, value_name = "DIR", conflicts_with = "print")]
    output: Option<PathBuf>,
    /// Print the schema of one kind to stdout instead (plan, thesis, tiers, models,
    /// partner, competitors, decision, okrs, roadmap, governance, page), or of the kind
    /// of a file (`partners/acme.md`)
    #[arg(long, value_name = "KIND")]
    print: Option<String>,
}

pub fn run(a: Args) -> Status {
    if let Some(name) = &a.print {
        return print(name);
    }
    let dir = match a.output {
        Some(dir) => dir,
        None => {
            let content = super::content::resolve(&a.content);
            if let Err(e) = super::content::require(&content) {
                return fail(e);
            }
            content.join(schema::DIR)
        }
    };
    match write(&dir) {
        Ok(n) => {
            eprintln!(
                "wrote {n} schemas to {}; YAML files point at theirs with a first line \
                 `# yaml-language-server: $schema={}/<kind>.schema.json`",
                dir.display(),
                schema::DIR
            );
            Status::Ok
        }
        Err(e) => fail(format!(
            "cannot write the schemas to {}: {e}",
            dir.display()
        )),
    }
}

fn print(name: &str) -> Status {
    let Some(kind) = schema::find(name) else {
        let names = KINDS.iter().map(|k| k.name);
        return match partnerbook::suggest::closest(name, names) {
            Some(s) => fail(format!("no file kind `{name}`; did you mean `{s}`?")),
            None => fail(format!(
                "no file kind `{name}`; the kinds are {}",
                KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
            )),
        };
    };
    print!("{}", kind.json());
    Status::Ok
}

/// Writes every schema into `dir` (replacing older ones), never through a symbolic
/// link, so nothing is written outside `dir`. Returns how many were written.
fn write(dir: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let files: Vec<(PathBuf, &FileSchema)> =
        KINDS.iter().map(|k| (dir.join(k.file_name()), k)).collect();
    for (path, _) in &files {
        if let Ok(meta) = std::fs::symlink_metadata(path) {
            if !meta.is_file() {
                return Err(std::io::Error::other(format!(
                    "refusing to write through `{}`, which is not a regular file",
                    path.display()
                )));
            }
        }
    }
    for (path, kind) in &files {
        std::fs::write(path, kind.json())?;
    }
    Ok(files.len())
}
