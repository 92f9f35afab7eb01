//! Writing renderer output to disk safely.
//!
//! Everything is rendered in memory first; a build with plan errors or a render
//! failure never touches the output directory. Files are written to a staging
//! directory inside the output directory and renamed into place; files of the previous
//! build that are gone are removed, using a manifest of what partnerbook wrote, so
//! nothing partnerbook did not write is ever deleted, and nothing outside the output
//! directory is ever written.

use crate::render::Output;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Name of the manifest of files written by the last build.
pub const MANIFEST: &str = ".partnerbook-manifest";
const STAGING: &str = ".partnerbook-staging";

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}")]
    Refused(String),
    #[error("cannot write `{path}`: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Checks that `out_dir` may be written: not the content directory or one of its
/// ancestors, and either new, empty, or written by partnerbook before.
pub fn check_output_dir(out_dir: &Path, content_dir: &Path) -> Result<(), WriteError> {
    let abs = |p: &Path| std::fs::canonicalize(p).ok();
    if let (Some(o), Some(c)) = (abs(out_dir), abs(content_dir)) {
        if c.starts_with(&o) || o.starts_with(&c) {
            return Err(WriteError::Refused(format!(
                "the output directory `{}` overlaps the content directory `{}`",
                out_dir.display(),
                content_dir.display()
            )));
        }
    }
    match std::fs::read_dir(out_dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(out_dir)(e)),
        Ok(mut entries) => {
            let empty = entries.next().is_none();
            if empty || out_dir.join(MANIFEST).is_file() {
                Ok(())
            } else {
                Err(WriteError::Refused(format!(
                    "`{}` is not empty and was not written by partnerbook; choose another --output or empty it",
                    out_dir.display()
                )))
            }
        }
    }
}

fn read_manifest(out_dir: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(out_dir.join(MANIFEST))
        .map(|s| {
            s.lines()
                .filter(|l| crate::render::is_safe_relative(l))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Writes `output` into `out_dir`, replacing the previous build. Unchanged files are
/// left untouched (same bytes, same mtime).
pub fn write_output(out_dir: &Path, output: &Output) -> Result<usize, WriteError> {
    write_output_keeping(out_dir, output, &[])
}

/// As [`write_output`], but files of the previous build named in `keep` are kept
/// (watch mode renders the board pack separately from the site).
pub fn write_output_keeping(
    out_dir: &Path,
    output: &Output,
    keep: &[&str],
) -> Result<usize, WriteError> {
    write_output_after(out_dir, output, keep, None)
}

/// Writes one file to the staging directory unless the output already holds its bytes.
fn stage(
    out_dir: &Path,
    staging: &Path,
    rel: &str,
    bytes: &[u8],
    previous: Option<&Output>,
) -> Result<Option<(PathBuf, PathBuf)>, WriteError> {
    let dest = out_dir.join(rel);
    if unchanged_since(previous, rel, bytes, &dest)
        || std::fs::read(&dest).is_ok_and(|old| old == bytes)
    {
        return Ok(None);
    }
    let tmp = staging.join(rel);
    if let Some(parent) = tmp.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let mut f = std::fs::File::create(&tmp).map_err(io(&tmp))?;
    f.write_all(bytes).map_err(io(&tmp))?;
    Ok(Some((tmp, dest)))
}

/// Renames a staged file over its destination.
fn move_into_place(tmp: &Path, dest: &Path) -> Result<(), WriteError> {
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    if dest.is_dir() {
        std::fs::remove_dir_all(dest).map_err(io(dest))?;
    }
    std::fs::rename(tmp, dest).map_err(io(dest))
}

/// As [`write_output_keeping`], knowing what the previous build wrote (`previous`,
/// watch mode keeps it in memory): a file whose bytes equal the previous build's and
/// that is still on disk with that size is not read back to be compared. The result
/// on disk is the same as without `previous`, as long as nothing else rewrote the
/// output meanwhile.
pub fn write_output_after(
    out_dir: &Path,
    output: &Output,
    keep: &[&str],
    previous: Option<&Output>,
) -> Result<usize, WriteError> {
    std::fs::create_dir_all(out_dir).map_err(io(out_dir))?;
    let staging = out_dir.join(STAGING);
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    // Stage every changed file (in parallel), then rename them into place.
    let staged: Vec<Option<(PathBuf, PathBuf)>> = output
        .files()
        .par_iter()
        .map(|(rel, bytes)| stage(out_dir, &staging, rel, bytes, previous))
        .collect::<Result<_, _>>()?;
    let changed: Vec<(PathBuf, PathBuf)> = staged.into_iter().flatten().collect();
    changed
        .par_iter()
        .map(|(tmp, dest)| move_into_place(tmp, dest))
        .collect::<Result<(), _>>()?;
    let _ = std::fs::remove_dir_all(&staging);
    let old = read_manifest(out_dir);
    let kept: Vec<&String> = old.iter().filter(|p| keep.contains(&p.as_str())).collect();
    for stale in old
        .iter()
        .filter(|p| !output.files().contains_key(*p) && !keep.contains(&p.as_str()))
    {
        let path = out_dir.join(stale);
        if path.is_file() {
            std::fs::remove_file(&path).map_err(io(&path))?;
            remove_empty_parents(out_dir, &path);
        }
    }
    let mut names: BTreeSet<&String> = output.files().keys().collect();
    names.extend(kept);
    let manifest: String = names.iter().map(|k| format!("{k}\n")).collect();
    std::fs::write(out_dir.join(MANIFEST), manifest).map_err(io(out_dir))?;
    Ok(changed.len())
}

/// Whether `dest` holds what the previous build wrote there and `bytes` are the same.
fn unchanged_since(previous: Option<&Output>, rel: &str, bytes: &[u8], dest: &Path) -> bool {
    previous
        .and_then(|p| p.get(rel))
        .is_some_and(|old| old == bytes)
        && std::fs::metadata(dest).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
}

/// Records a file written outside [`write_output`] (the board pack in watch mode) in
/// the manifest, so later builds treat it as theirs.
pub fn add_to_manifest(out_dir: &Path, rel: &str) -> std::io::Result<()> {
    let mut names = read_manifest(out_dir);
    if names.insert(rel.to_string()) {
        let manifest: String = names.iter().map(|k| format!("{k}\n")).collect();
        std::fs::write(out_dir.join(MANIFEST), manifest)?;
    }
    Ok(())
}

fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == root || !d.starts_with(root) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replaces_and_removes_stale_files() {
        let dir = tempfile::tempdir().map_err(|e| e.to_string());
        let Ok(dir) = dir else { return };
        let out = dir.path().join("out");
        let mut a = Output::default();
        assert!(a.add("index.html", "one").is_ok());
        assert!(a.add("partners/x.html", "x").is_ok());
        assert_eq!(write_output(&out, &a).ok(), Some(2));
        let mut b = Output::default();
        assert!(b.add("index.html", "two").is_ok());
        assert_eq!(write_output(&out, &b).ok(), Some(1));
        assert_eq!(
            std::fs::read_to_string(out.join("index.html"))
                .ok()
                .as_deref(),
            Some("two")
        );
        assert!(!out.join("partners").exists());
        assert!(check_output_dir(&out, dir.path().join("content").as_path()).is_ok());
    }

    #[test]
    fn previous_output_skips_reading_but_not_missing_files() {
        let Ok(dir) = tempfile::tempdir() else { return };
        let out = dir.path().join("out");
        let mut a = Output::default();
        assert!(a.add("index.html", "one").is_ok());
        assert!(a.add("partners/x.html", "x").is_ok());
        assert_eq!(write_output(&out, &a).ok(), Some(2));
        // Deleted or shortened behind partnerbook's back: written again.
        assert!(std::fs::remove_file(out.join("partners/x.html")).is_ok());
        assert!(std::fs::write(out.join("index.html"), "on").is_ok());
        let mut b = a.clone();
        assert!(b.add("new.html", "new").is_ok());
        assert_eq!(write_output_after(&out, &b, &[], Some(&a)).ok(), Some(3));
        let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap_or_default();
        assert_eq!(read("index.html"), "one");
        assert_eq!(read("partners/x.html"), "x");
        assert_eq!(read("new.html"), "new");
        assert_eq!(write_output_after(&out, &b, &[], Some(&b)).ok(), Some(0));
    }

    #[test]
    fn refuses_foreign_directories() {
        let Ok(dir) = tempfile::tempdir() else { return };
        assert!(std::fs::write(dir.path().join("mine.txt"), "keep").is_ok());
        let r = check_output_dir(dir.path(), Path::new("/nonexistent-content"));
        assert!(matches!(r, Err(WriteError::Refused(_))));
    }
}
