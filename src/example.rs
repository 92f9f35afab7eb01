//! The plans and files `init` writes, embedded in the binary: the complete example plan
//! (`content/`), the minimal plan (`starter/minimal/`) and the GitHub Actions workflow
//! (`starter/github-workflow.yml`); [`with_schemas`] adds the editor setup (the JSON
//! Schemas, and a line in each YAML file that points yaml-language-server at its schema).

use crate::load::files::classify;
use crate::load::schema::{self, FileSchema, KINDS};
use include_dir::{include_dir, Dir};
use std::path::{Path, PathBuf};

static EXAMPLE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");
static MINIMAL: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/starter/minimal");
const WORKFLOW: &str = include_str!("../starter/github-workflow.yml");

/// Where `init --ci github` writes the workflow, relative to the repository root.
pub const WORKFLOW_PATH: &str = ".github/workflows/partnerbook.yml";

/// Every file of the example plan: path relative to the plan root, and contents.
pub fn files() -> Vec<(PathBuf, &'static [u8])> {
    sorted(&EXAMPLE)
}

/// Every file of the minimal plan (one company, its thesis, tiers, three competitors
/// and one partner), which checks clean.
pub fn minimal_files() -> Vec<(PathBuf, &'static [u8])> {
    sorted(&MINIMAL)
}

fn sorted(dir: &'static Dir<'static>) -> Vec<(PathBuf, &'static [u8])> {
    let mut out = Vec::new();
    collect(dir, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A plan's `files` as `init` writes them: each top-level YAML file starts with the line
/// that points yaml-language-server at its schema (Markdown front matter cannot be
/// pointed at one), and the schemas of every file kind are added in `.partnerbook/schema/`
/// (hidden, so the plan does not read them).
pub fn with_schemas(files: Vec<(PathBuf, &'static [u8])>) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<(PathBuf, Vec<u8>)> = files
        .into_iter()
        .map(|(rel, bytes)| {
            let kind = classify(&rel.to_string_lossy().replace('\\', "/"));
            let bytes = match schema::for_file(&kind).and_then(FileSchema::modeline) {
                Some(line) => [line.as_bytes(), b"\n", bytes].concat(),
                None => bytes.to_vec(),
            };
            (rel, bytes)
        })
        .collect();
    out.extend(KINDS.iter().map(|k| {
        (
            Path::new(schema::DIR).join(k.file_name()),
            k.json().into_bytes(),
        )
    }));
    out
}

/// The GitHub Actions workflow for a plan at `content` (relative to the repository
/// root), installing partnerbook from the git repository `git` (may be empty: the
/// workflow then asks for the `PARTNERBOOK_GIT` variable).
pub fn github_workflow(content: &str, git: &str) -> String {
    let quoted = serde_json::to_string(content).unwrap_or_else(|_| "content".into());
    WORKFLOW
        .replace("@@GIT@@", &git.replace('\'', "''"))
        .replace("@@CONTENT@@", &quoted)
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(PathBuf, &'static [u8])>) {
    for f in dir.files() {
        out.push((f.path().to_path_buf(), f.contents()));
    }
    for d in dir.dirs() {
        collect(d, out);
    }
}

/// Writes the example plan, with its schemas ([`with_schemas`]), into `dest`, refusing
/// to overwrite any existing file. Returns the files written.
pub fn write_to(dest: &Path) -> std::io::Result<Vec<PathBuf>> {
    write_all(dest, with_schemas(files()))
}

/// Writes files below `dest`; refuses (writing nothing) if any exists.
pub fn write_all<B: AsRef<[u8]>>(
    dest: &Path,
    files: Vec<(PathBuf, B)>,
) -> std::io::Result<Vec<PathBuf>> {
    let clashes: Vec<String> = files
        .iter()
        .map(|(rel, _)| dest.join(rel))
        .filter(|p| p.exists() || p.is_symlink())
        .map(|p| p.display().to_string())
        .collect();
    if !clashes.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            format!(
                "refusing to overwrite existing files: {}",
                clashes.join(", ")
            ),
        ));
    }
    let mut written = Vec::new();
    for (rel, bytes) in files {
        let path = dest.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes.as_ref())?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_files_point_at_their_schema_and_markdown_is_left_as_it_is() {
        let plan = minimal_files();
        let written = with_schemas(plan.clone());
        assert_eq!(written.len(), plan.len() + KINDS.len());
        for ((rel, before), (same, after)) in plan.iter().zip(&written) {
            assert_eq!(rel, same);
            let text = String::from_utf8_lossy(after);
            if rel.extension().is_some_and(|e| e == "yaml") {
                let (first, rest) = text.split_once('\n').unwrap_or_default();
                assert!(
                    first.starts_with("# yaml-language-server: $schema=.partnerbook/schema/"),
                    "{}: {first}",
                    rel.display()
                );
                assert_eq!(rest.as_bytes(), *before);
            } else {
                assert_eq!(after.as_slice(), *before, "{}", rel.display());
            }
        }
        assert!(written
            .iter()
            .any(|(rel, _)| rel == Path::new(".partnerbook/schema/partner.schema.json")));
    }
}
