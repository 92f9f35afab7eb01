//! Staging: changed files are written into a staging directory inside the output
//! directory, then renamed into place. A directory that does not exist in the output
//! yet is moved as a whole (one rename for a fresh build's ten thousand partner
//! pages); other files are renamed one by one. Files are created from one thread:
//! creating many files in one directory from several threads only makes them wait for
//! the directory's lock.

use super::{io, read_manifest, remove_empty_parents, WriteError, MANIFEST, STAGING};
use crate::render::{Batch, RenderedFiles};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

/// Which directories (relative to the output directory) exist there, each looked up
/// once.
struct Dirs<'a> {
    out_dir: &'a Path,
    known: HashMap<String, bool>,
}

impl Dirs<'_> {
    fn exists(&mut self, dir: &str) -> bool {
        if dir.is_empty() {
            return true;
        }
        if let Some(&known) = self.known.get(dir) {
            return known;
        }
        let known = self.out_dir.join(dir).is_dir();
        self.known.insert(dir.to_string(), known);
        known
    }
}

/// One write of the output directory in progress.
pub(super) struct Stager<'a> {
    out_dir: &'a Path,
    staging: PathBuf,
    previous: Option<&'a RenderedFiles>,
    dirs: Dirs<'a>,
    /// Directories created in the staging directory.
    made: HashSet<String>,
    /// Files staged.
    changed: BTreeSet<String>,
}

/// The parent directory of an output path (`""` for the root).
fn parent_of(rel: &str) -> &str {
    rel.rsplit_once('/').map_or("", |(dir, _)| dir)
}

impl<'a> Stager<'a> {
    /// Creates the output directory if needed and an empty staging directory in it.
    pub fn new(out_dir: &'a Path, previous: Option<&'a RenderedFiles>) -> Result<Self, WriteError> {
        std::fs::create_dir_all(out_dir).map_err(io(out_dir))?;
        let staging = out_dir.join(STAGING);
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(io(&staging))?;
        }
        Ok(Stager {
            out_dir,
            staging,
            previous,
            dirs: Dirs {
                out_dir,
                known: HashMap::new(),
            },
            made: HashSet::new(),
            changed: BTreeSet::new(),
        })
    }

    pub fn staging(&self) -> &Path {
        &self.staging
    }

    /// Whether the output directory already holds `bytes` at `rel`. A file in a
    /// directory that does not exist yet is not looked for; one whose bytes equal the
    /// previous build's and whose size on disk matches is not read back.
    fn up_to_date(&mut self, rel: &str, bytes: &[u8]) -> bool {
        if !self.dirs.exists(parent_of(rel)) {
            return false;
        }
        let dest = self.out_dir.join(rel);
        let Ok(meta) = std::fs::metadata(&dest) else {
            return false;
        };
        if !meta.is_file() || meta.len() != bytes.len() as u64 {
            return false;
        }
        let same_as_before = self
            .previous
            .and_then(|p| p.get(rel))
            .is_some_and(|old| old == bytes);
        same_as_before || std::fs::read(&dest).is_ok_and(|old| old == bytes)
    }

    /// Writes one file into the staging directory unless the output already has it.
    pub fn stage(&mut self, rel: &str, bytes: &[u8]) -> Result<(), WriteError> {
        if self.up_to_date(rel, bytes) {
            return Ok(());
        }
        let parent = parent_of(rel);
        if !self.made.contains(parent) {
            let dir = self.staging.join(parent);
            std::fs::create_dir_all(&dir).map_err(io(&dir))?;
            self.made.insert(parent.to_string());
        }
        let tmp = self.staging.join(rel);
        let mut f = std::fs::File::create(&tmp).map_err(io(&tmp))?;
        f.write_all(bytes).map_err(io(&tmp))?;
        self.changed.insert(rel.to_string());
        Ok(())
    }

    /// Stages the files received until the end marker (or until every sender is gone).
    pub fn stage_all(mut self, files: &Receiver<Option<Batch>>) -> Result<Self, WriteError> {
        while let Ok(Some(batch)) = files.recv() {
            for (rel, bytes) in batch {
                self.stage(&rel, &bytes)?;
            }
        }
        Ok(self)
    }

    /// Removes the staging directory; the output directory is left as it was.
    pub fn discard(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }

    /// The renames that put the staged files in place: the topmost directory that
    /// does not exist in the output yet, or else the file itself.
    fn moves(&mut self) -> BTreeSet<String> {
        let dirs = &mut self.dirs;
        self.changed
            .iter()
            .map(|rel| {
                let missing = rel
                    .match_indices('/')
                    .map(|(i, _)| &rel[..i])
                    .find(|dir| !dirs.exists(dir));
                missing.unwrap_or(rel).to_string()
            })
            .collect()
    }

    /// Moves the staged files into place, removes the files of the previous build
    /// that `output` no longer has (except `keep`), and records what the output
    /// directory now holds. Returns how many files changed.
    pub fn finish(mut self, output: &RenderedFiles, keep: &[&str]) -> Result<usize, WriteError> {
        let moves: Vec<String> = self.moves().into_iter().collect();
        let moved = per_directory(&moves, |rel| self.move_into_place(rel));
        let _ = std::fs::remove_dir_all(&self.staging);
        moved?;
        remove_stale(self.out_dir, output, keep)?;
        Ok(self.changed.len())
    }

    /// Renames a staged file or directory over its destination.
    fn move_into_place(&self, rel: &str) -> Result<(), WriteError> {
        let tmp = self.staging.join(rel);
        let dest = self.out_dir.join(rel);
        if let Ok(meta) = std::fs::symlink_metadata(&dest) {
            let removed = if meta.is_dir() {
                std::fs::remove_dir_all(&dest)
            } else if tmp.is_dir() {
                std::fs::remove_file(&dest)
            } else {
                Ok(())
            };
            removed.map_err(io(&dest))?;
        }
        std::fs::rename(&tmp, &dest).map_err(io(&dest))
    }
}

/// Runs `f` on every path, one directory at a time per thread.
fn per_directory(
    rels: &[String],
    f: impl Fn(&str) -> Result<(), WriteError> + Sync,
) -> Result<(), WriteError> {
    let mut groups: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for rel in rels {
        groups.entry(parent_of(rel)).or_default().push(rel);
    }
    let groups: Vec<Vec<&str>> = groups.into_values().collect();
    groups
        .par_iter()
        .try_for_each(|group| group.iter().try_for_each(|rel| f(rel)))
}

/// Removes the files of the previous build that this one did not write (except those
/// in `keep`) and records what the output directory now holds.
fn remove_stale(out_dir: &Path, output: &RenderedFiles, keep: &[&str]) -> Result<(), WriteError> {
    let old = read_manifest(out_dir);
    let kept = old.iter().map(String::as_str).filter(|p| keep.contains(p));
    for stale in old
        .iter()
        .filter(|p| !output.contains(p) && !keep.contains(&p.as_str()))
    {
        let path = out_dir.join(stale);
        if path.is_file() {
            std::fs::remove_file(&path).map_err(io(&path))?;
            remove_empty_parents(out_dir, &path);
        }
    }
    let mut names: BTreeSet<&str> = output.paths().collect();
    names.extend(kept);
    let manifest: String = names.iter().map(|k| format!("{k}\n")).collect();
    std::fs::write(out_dir.join(MANIFEST), manifest).map_err(io(out_dir))
}
