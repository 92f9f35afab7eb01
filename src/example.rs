//! The plans and files `init` writes, embedded in the binary: the complete example plan
//! (`content/`), the minimal plan (`starter/minimal/`) and the GitHub Actions workflow
//! (`starter/github-workflow.yml`).

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

/// Writes the example plan into `dest`, refusing to overwrite any existing file.
/// Returns the files written.
pub fn write_to(dest: &Path) -> std::io::Result<Vec<PathBuf>> {
    write_all(dest, files())
}

/// Writes embedded files below `dest`; refuses (writing nothing) if any exists.
pub fn write_all(dest: &Path, files: Vec<(PathBuf, &[u8])>) -> std::io::Result<Vec<PathBuf>> {
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
        std::fs::write(&path, bytes)?;
        written.push(path);
    }
    Ok(written)
}
